/**
 * Client-side pacing of control-plane writes (reliability-cases RF-06). Each gateway allows 30 writes per
 * 60 s per method per caller (openclaw-notes §3.3). Every instance of a fleet sees OUR runner as the same
 * client IP, but the limit is enforced by each gateway separately, so the budget is kept per gateway
 * (its URL origin + base path) and per method — a sliding window of send times. A write waits for a free
 * slot instead of being sent into a certain 503; a rate-limit answer that still arrives (another tool
 * writing from the same IP) is handled by the client (it waits `retryAfterMs`) and never counts as an
 * instance failure.
 *
 * One pacer is shared per process (`sharedPacer`) so several operations in one run (deploy, then rollback)
 * share the budget of each gateway.
 */
import { systemClock, type Clock } from './clock.js';

export class WritePacer {
  private readonly sent = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Total milliseconds callers waited for a slot (for reports and tests). */
  waitedMs = 0;

  constructor(
    private readonly limit: { count: number; windowMs: number } = { count: 30, windowMs: 60_000 },
    private readonly clock: Clock = systemClock,
  ) {
    if (!(limit.count >= 1) || !(limit.windowMs > 0)) throw new Error('write pacer: count must be ≥ 1 and windowMs > 0');
  }

  /**
   * Waits until one more `method` write to `gateway` fits in the window, then records it. Calls for the
   * same gateway+method are served in order. Call the returned function when the write's answer arrived:
   * the slot is then re-stamped with that time, because the gateway counts the request when it RECEIVES it,
   * which can be well after we sent it on a loaded network — counting from the answer keeps a margin.
   */
  acquire(gateway: string, method: string, signal?: AbortSignal): Promise<() => void> {
    const key = `${gateway} ${method}`;
    const prev = this.queues.get(key) ?? Promise.resolve();
    const next = prev.then(() => this.take(key, signal));
    // The chain must survive a rejected (aborted) waiter.
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async take(key: string, signal?: AbortSignal): Promise<() => void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      const times = (this.sent.get(key) ?? []).filter((t) => t > now - this.limit.windowMs);
      if (times.length < this.limit.count) {
        const slot = { t: now };
        times.push(now);
        this.sent.set(key, times);
        return () => {
          const list = this.sent.get(key);
          if (!list) return;
          const i = list.indexOf(slot.t);
          if (i >= 0) {
            list[i] = Math.max(slot.t, this.clock.now());
            list.sort((a, b) => a - b);
          }
        };
      }
      const wait = times[0]! + this.limit.windowMs - now + 1;
      this.waitedMs += wait;
      await this.clock.sleep(wait, signal);
    }
  }

  /** Writes recorded for a gateway+method inside the current window. */
  inWindow(gateway: string, method: string): number {
    const now = this.clock.now();
    return (this.sent.get(`${gateway} ${method}`) ?? []).filter((t) => t > now - this.limit.windowMs).length;
  }
}

let shared: WritePacer | undefined;
/** The process-wide pacer with the gateway's default limit. */
export function sharedPacer(): WritePacer {
  shared ??= new WritePacer();
  return shared;
}

/** The pacing key of a gateway: its URL without trailing slash (origin + base path). */
export function gatewayKey(url: string): string {
  return url.replace(/\/+$/, '');
}
