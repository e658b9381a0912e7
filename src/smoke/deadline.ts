/**
 * A per-instance time budget: every call an instance's checks make gets `min(per-call timeout, time left)`,
 * and the whole instance is cancelled through one AbortSignal when the budget runs out, so a gateway that
 * stops answering (SIGSTOP) costs at most `timeout-seconds`, never a hang.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly endsAt: number;

  constructor(
    readonly budgetMs: number,
    parent?: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {
    this.endsAt = now() + budgetMs;
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(budgetMs)), budgetMs);
    this.timer.unref?.();
    if (parent) {
      if (parent.aborted) this.controller.abort(parent.reason);
      else parent.addEventListener('abort', () => this.controller.abort(parent.reason), { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** Milliseconds left (≥ 0). */
  remaining(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  /** A timeout for one call: the per-call limit, cut to what is left (at least 1 ms). */
  timeout(perCallMs: number): number {
    return Math.max(1, Math.min(perCallMs, this.remaining()));
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** The reason an instance's signal carries when its budget ran out. */
export class DeadlineExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`timeout: the instance's budget of ${Math.round(budgetMs / 1000)} s (timeout-seconds) ran out`);
    this.name = 'DeadlineExceeded';
  }
}
