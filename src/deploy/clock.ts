/**
 * Time, injected: every wait of the rollout (bake, probe interval, restart cooldown, pacing, progress
 * deadline) goes through a {@link Clock}, so tests run with zero waits or with vitest's fake timers, and
 * benches measure the engine, not sleeps.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts. `ms <= 0` resolves at once. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock (`Date.now` + `setTimeout`; vitest's fake timers replace both). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      if (ms <= 0) {
        resolve();
        return;
      }
      const onAbort = () => {
        clearTimeout(t);
        reject(signal?.reason);
      };
      const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** Thrown (as an abort reason) when the progress deadline passes. */
export class ProgressDeadlineError extends Error {
  constructor(readonly seconds: number) {
    super(`no progress in ${seconds} s (progress-deadline-seconds): aborted`);
    this.name = 'ProgressDeadlineError';
  }
}

/** Thrown (as an abort reason) when the operator cancels the run (SIGINT/SIGTERM, workflow cancel). */
export class CancelledError extends Error {
  constructor(reason = 'the run was cancelled') {
    super(reason);
    this.name = 'CancelledError';
  }
}

/**
 * The progress deadline (Kubernetes `progressDeadlineSeconds`, Argo `progressDeadlineAbort`): when no
 * instance reaches a final state for `deadlineMs`, `signal` aborts with {@link ProgressDeadlineError} and
 * every in-flight call stops. Deliberate waits (the bake, a restart cooldown) pause it: waiting on purpose
 * is not "no progress".
 */
export class ProgressWatchdog {
  private readonly ctrl = new AbortController();
  private last: number;
  private paused = 0;
  private stopped = false;
  private readonly stopCtrl = new AbortController();
  readonly signal: AbortSignal;

  constructor(
    private readonly clock: Clock,
    private readonly deadlineMs: number,
    parent?: AbortSignal,
  ) {
    this.last = clock.now();
    this.signal = parent ? AbortSignal.any([this.ctrl.signal, parent]) : this.ctrl.signal;
    if (deadlineMs > 0) void this.loop();
  }

  /** Something advanced: restart the deadline. */
  progress(): void {
    this.last = this.clock.now();
  }

  /** Runs `fn` with the deadline paused (deliberate waits). */
  async whilePaused<T>(fn: () => Promise<T>): Promise<T> {
    this.paused++;
    try {
      return await fn();
    } finally {
      this.paused--;
      this.last = this.clock.now();
    }
  }

  stop(): void {
    this.stopped = true;
    this.stopCtrl.abort();
  }

  private async loop(): Promise<void> {
    while (!this.stopped && !this.ctrl.signal.aborted) {
      const remaining = this.last + this.deadlineMs - this.clock.now();
      if (remaining <= 0 && this.paused === 0) {
        this.ctrl.abort(new ProgressDeadlineError(Math.round(this.deadlineMs / 1000)));
        return;
      }
      try {
        await this.clock.sleep(Math.max(remaining, Math.min(1000, this.deadlineMs)), this.stopCtrl.signal);
      } catch {
        return;
      }
    }
  }
}
