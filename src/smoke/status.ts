/**
 * Turning check outcomes into verdicts: a check collects findings (fail / warn), its status is the worst
 * of them; an instance is `failed` when any check failed, `degraded` when any warned, else `healthy`;
 * the run's result is the worst instance.
 */
import type { CheckName, CheckResult, CheckStatus, SmokeStatus } from './types.js';

const CHECK_RANK: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };
const STATUS_RANK: Record<SmokeStatus, number> = { healthy: 0, degraded: 1, failed: 2 };

/** Collects the findings of one check while it runs, then builds its `CheckResult`. */
export class CheckBuilder {
  private readonly failures: string[] = [];
  private readonly warnings: string[] = [];
  private readonly started: number;
  private skipped: string | undefined;
  readonly data: Record<string, unknown> = {};

  constructor(
    readonly name: CheckName,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  fail(reason: string): this {
    this.failures.push(reason);
    return this;
  }

  warn(reason: string): this {
    this.warnings.push(reason);
    return this;
  }

  /** Marks the check as not run (e.g. the gateway was already unreachable), with the reason. */
  skip(reason: string): this {
    this.skipped = reason;
    return this;
  }

  get failed(): boolean {
    return this.failures.length > 0;
  }

  /** `passSummary` is the line shown when nothing failed or warned. */
  build(passSummary: string): CheckResult {
    const durationMs = Math.max(0, Math.round(this.now() - this.started));
    const data = Object.keys(this.data).length ? { ...this.data } : undefined;
    if (this.skipped !== undefined && !this.failures.length && !this.warnings.length) {
      return { name: this.name, status: 'skip', summary: this.skipped, reasons: [], durationMs, ...(data ? { data } : {}) };
    }
    const reasons = [...this.failures, ...this.warnings];
    const status: CheckStatus = this.failures.length ? 'fail' : this.warnings.length ? 'warn' : 'pass';
    const summary = status === 'pass' ? passSummary : (reasons[0] ?? passSummary) + (reasons.length > 1 ? ` (+${reasons.length - 1} more)` : '');
    return { name: this.name, status, summary, reasons, durationMs, ...(data ? { data } : {}) };
  }
}

/** A check that was not run, with why. */
export function skippedCheck(name: CheckName, reason: string): CheckResult {
  return { name, status: 'skip', summary: reason, reasons: [], durationMs: 0 };
}

/** The instance verdict from its checks. */
export function instanceStatus(checks: readonly CheckResult[]): SmokeStatus {
  let worst: CheckStatus = 'pass';
  for (const c of checks) if (CHECK_RANK[c.status] > CHECK_RANK[worst]) worst = c.status;
  return worst === 'fail' ? 'failed' : worst === 'warn' ? 'degraded' : 'healthy';
}

/** The worst of several verdicts; `healthy` for none. */
export function worstStatus(statuses: Iterable<SmokeStatus>): SmokeStatus {
  let worst: SmokeStatus = 'healthy';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

/** The "why" of an instance: failing check summaries first, then warning ones, each prefixed with the check. */
export function instanceReasons(checks: readonly CheckResult[]): string[] {
  const fails = checks.filter((c) => c.status === 'fail').map((c) => `${c.name}: ${c.summary}`);
  const warns = checks.filter((c) => c.status === 'warn').map((c) => `${c.name}: ${c.summary}`);
  return [...fails, ...warns];
}
