/**
 * Operations on one gateway that deploy and rollback share: a paced write that survives rate limits, the
 * wait for a restart a write caused, the read-back that decides "applied", and the handling of
 * "persisted but not applied".
 *
 * Facts these rely on (measured against 2026.9.6, see openclaw-notes §3.3–3.4 and the report):
 * - `config.apply` returns after a hot change is applied, but a restart-requiring write returns at once
 *   (`requiresRestart: true`) and the in-process restart follows ~1–10 s later (~6–10 s of downtime);
 *   restarts coalesce and keep a 30 s cooldown, so a second one can be deferred. `/readyz`'s `uptimeMs`
 *   resets on an in-process restart (the PID does not change): that is how the restart is detected.
 * - `config.apply` with content equal to the file never answers (measured: no reply for ≥ 300 s; the log
 *   says the reload was "superseded"). Never send a no-op apply; a write that times out is checked by
 *   reading back, not resent.
 * - `UNAVAILABLE` after a write can mean persisted-but-not-applied: not success (reliability-cases RF-04).
 */
import { getErrorMessage } from '../common/errors.js';
import { isGatewayError } from '../fleet/client.js';
import type { ConfigSnapshot, GatewayClient, WriteResult } from '../fleet/types.js';
import type { Clock } from './clock.js';
import { contentEquals, diffConfig } from './content.js';
import { gatewayKey, type WritePacer } from './pacer.js';
import type { FailureClass } from './types.js';

export interface OpsContext {
  clock: Clock;
  pacer: WritePacer;
  /** Aborts waits and reads (deadline or cancel). */
  signal: AbortSignal;
  /** Aborts writes (deadline only: a cancelled run lets an in-flight write finish, RF-12). */
  writeSignal: AbortSignal;
  /** Per-call timeout for writes. */
  writeTimeoutMs?: number;
  restartTimeoutMs: number;
  restartCooldownMs: number;
  /** Poll interval while waiting for a restart/readiness. */
  pollMs?: number;
}

export type WriteOutcome =
  | { ok: true; result: WriteResult; sentAt: number }
  | { ok: false; failure: FailureClass; reason: string; kind: string; sentAt: number; maybeWritten: boolean; error: unknown };

/**
 * `config.apply` through the pacer. A rate-limit answer the client gave up waiting on is waited out again
 * (bounded by the progress deadline via `writeSignal`) — a rate limit is never an instance failure.
 */
export async function pacedApply(client: GatewayClient, params: { raw: string; baseHash: string; note?: string }, ctx: OpsContext): Promise<WriteOutcome> {
  for (;;) {
    const answered = await ctx.pacer.acquire(gatewayKey(client.url), 'config.apply', ctx.writeSignal);
    const sentAt = ctx.clock.now();
    try {
      const result = await client.configApply(params, { signal: ctx.writeSignal, ...(ctx.writeTimeoutMs ? { timeoutMs: ctx.writeTimeoutMs } : {}) });
      answered();
      return { ok: true, result, sentAt };
    } catch (e) {
      answered();
      ctx.writeSignal.throwIfAborted();
      if (!isGatewayError(e)) throw e;
      switch (e.kind) {
        case 'rate-limited':
          await ctx.clock.sleep(Math.max(1000, e.retryAfterMs ?? 5000), ctx.writeSignal);
          continue;
        case 'conflict':
          return { ok: false, failure: 'drift', reason: `config changed since it was read (stale baseHash); nothing was overwritten`, kind: e.kind, sentAt, maybeWritten: false, error: e };
        case 'rejected':
          return { ok: false, failure: 'rejected', reason: `the gateway rejected the config: ${firstIssues(e)}`, kind: e.kind, sentAt, maybeWritten: false, error: e };
        case 'unavailable':
          return { ok: false, failure: 'not-applied', reason: e.message, kind: e.kind, sentAt, maybeWritten: true, error: e };
        case 'timeout':
        case 'unreachable':
          return { ok: false, failure: 'unreachable', reason: e.message, kind: e.kind, sentAt, maybeWritten: true, error: e };
        default:
          return { ok: false, failure: 'rejected', reason: e.message, kind: e.kind, sentAt, maybeWritten: false, error: e };
      }
    }
  }
}

function firstIssues(e: { issues?: Array<{ path: string; message: string }> | undefined; message: string }): string {
  if (e.issues && e.issues.length > 0) return e.issues.slice(0, 5).map((i) => `${i.path || '<root>'}: ${i.message}`).join('; ');
  return e.message;
}

/** Reads config.get, classifying failures; never throws for a gateway failure. */
export async function readConfig(client: GatewayClient, ctx: Pick<OpsContext, 'signal'>): Promise<{ ok: true; snap: ConfigSnapshot } | { ok: false; reason: string; kind: string }> {
  try {
    return { ok: true, snap: await client.configGet({ signal: ctx.signal }) };
  } catch (e) {
    ctx.signal.throwIfAborted();
    if (!isGatewayError(e)) throw e;
    return { ok: false, reason: e.message, kind: e.kind };
  }
}

/**
 * Waits until the gateway has restarted after `sinceMs` (its `/readyz` uptime says it booted after the
 * write was sent) and is ready again. Unreachable answers in between are the restart itself.
 */
export async function waitForRestart(client: GatewayClient, sinceMs: number, ctx: OpsContext): Promise<{ ok: true; bootAt: number } | { ok: false; reason: string }> {
  const deadline = sinceMs + ctx.restartTimeoutMs;
  const poll = ctx.pollMs ?? 1000;
  let last = 'no answer yet';
  for (;;) {
    try {
      const r = await client.readyz({ signal: ctx.signal, attempts: 1, timeoutMs: Math.max(1000, Math.min(5000, ctx.restartTimeoutMs)) });
      const now = ctx.clock.now();
      if (r.uptimeMs !== undefined) {
        const bootAt = now - r.uptimeMs;
        if (bootAt >= sinceMs - 250 && r.ready) return { ok: true, bootAt };
        last = bootAt >= sinceMs - 250 ? `restarted, not ready yet (/readyz ${r.status}${r.failing.length ? `: ${r.failing.join(', ')}` : ''})` : 'not restarted yet';
      } else {
        last = '/readyz gives no uptime (is the token right?)';
      }
    } catch (e) {
      ctx.signal.throwIfAborted();
      last = `unreachable while restarting (${getErrorMessage(e)})`;
    }
    if (ctx.clock.now() >= deadline) {
      return { ok: false, reason: `the gateway did not restart and get ready within ${Math.round(ctx.restartTimeoutMs / 1000)} s after the write (${last})` };
    }
    await ctx.clock.sleep(poll, ctx.signal);
  }
}

/** Waits until `/readyz` says ready (no restart required), bounded by the restart timeout. */
export async function waitReady(client: GatewayClient, ctx: OpsContext): Promise<{ ok: true; uptimeMs?: number } | { ok: false; reason: string }> {
  const deadline = ctx.clock.now() + ctx.restartTimeoutMs;
  let last = '';
  for (;;) {
    try {
      const r = await client.readyz({ signal: ctx.signal, attempts: 1 });
      if (r.ready) return { ok: true, ...(r.uptimeMs !== undefined ? { uptimeMs: r.uptimeMs } : {}) };
      last = `/readyz ${r.status}`;
    } catch (e) {
      ctx.signal.throwIfAborted();
      last = getErrorMessage(e);
    }
    if (ctx.clock.now() >= deadline) return { ok: false, reason: `not ready within ${Math.round(ctx.restartTimeoutMs / 1000)} s (${last})` };
    await ctx.clock.sleep(ctx.pollMs ?? 1000, ctx.signal);
  }
}

/**
 * Before a write that needs a restart: the gateway refuses to restart twice within its cooldown (30 s), so
 * wait until its current run is older than the cooldown. The uptime comes from `/readyz`, so this also
 * works in a later run that did not see the previous restart (RF-07).
 */
export async function waitOutRestartCooldown(client: GatewayClient, ctx: OpsContext): Promise<number> {
  if (ctx.restartCooldownMs <= 0) return 0;
  let uptime: number | undefined;
  try {
    uptime = (await client.readyz({ signal: ctx.signal })).uptimeMs;
  } catch (e) {
    ctx.signal.throwIfAborted();
    return 0; // the write will fail and be classified; nothing to wait for
  }
  if (uptime === undefined || uptime >= ctx.restartCooldownMs) return 0;
  const wait = ctx.restartCooldownMs - uptime + 500;
  await ctx.clock.sleep(wait, ctx.signal);
  return wait;
}

export type ReadBack = { ok: true; snap: ConfigSnapshot } | { ok: false; failure: FailureClass; reason: string; snap?: ConfigSnapshot };

/**
 * Decides "applied": the gateway's file has the desired content, it is valid, the persisted revision is
 * the applied one, and (optionally) no `${VAR}` of it is missing in the gateway's environment.
 */
export function judgeReadBack(snap: ConfigSnapshot, desired: unknown, failOnMissingEnv: boolean): ReadBack {
  if (!contentEquals(snap.parsed ?? {}, desired)) {
    const diff = diffConfig(snap.parsed ?? {}, desired)
      .slice(0, 5)
      .map((d) => d.path);
    return { ok: false, failure: 'not-applied', reason: `the gateway's config differs from what was sent (at ${diff.join(', ') || '<root>'})`, snap };
  }
  if (!snap.valid) {
    const i = snap.issues[0];
    return { ok: false, failure: 'not-applied', reason: `the gateway reports its config invalid${i ? ` (${i.path || '<root>'}: ${i.message})` : ''}`, snap };
  }
  if (snap.appliedConfigHash && snap.configRevisionHash && snap.appliedConfigHash !== snap.configRevisionHash) {
    return { ok: false, failure: 'not-applied', reason: 'persisted but not applied (appliedConfigHash ≠ configRevisionHash)', snap };
  }
  if (failOnMissingEnv) {
    const missing = snap.warnings.filter((w) => /^Missing env var "/.test(w.message));
    if (missing.length > 0) {
      const names = missing.slice(0, 5).map((w) => `${/"([^"]+)"/.exec(w.message)?.[1] ?? '?'} (${w.path})`);
      return { ok: false, failure: 'missing-env', reason: `the gateway's environment lacks ${names.join(', ')}: the feature using it is unavailable (a missing gateway.auth.token even makes it generate a random one)`, snap };
    }
  }
  return { ok: true, snap };
}

/**
 * After `UNAVAILABLE` on a write (RF-04): do NOT resend (an identical write may be a no-op that never
 * applies). Wait for the gateway to settle and read back; if the content is persisted but not applied,
 * follow the gateway's guidance once — one restart request — then read back again. Anything else fails.
 */
export async function settleUnavailable(
  client: GatewayClient,
  desired: unknown,
  sentAt: number,
  ctx: OpsContext,
  failOnMissingEnv: boolean,
): Promise<ReadBack & { restartRequested: boolean }> {
  const ready = await waitReady(client, ctx);
  if (!ready.ok) return { ok: false, failure: 'not-applied', reason: `UNAVAILABLE after the write, then ${ready.reason}`, restartRequested: false };
  let read = await readConfig(client, ctx);
  if (!read.ok) return { ok: false, failure: 'unreachable', reason: read.reason, restartRequested: false };
  let verdict = judgeReadBack(read.snap, desired, failOnMissingEnv);
  if (verdict.ok || verdict.failure !== 'not-applied' || !contentEquals(read.snap.parsed ?? {}, desired)) return { ...verdict, restartRequested: false };
  // Persisted (content matches) but not applied: one restart, as the gateway's recovery guidance says.
  try {
    const answered = await ctx.pacer.acquire(gatewayKey(client.url), 'gateway.restart.request', ctx.writeSignal);
    try {
      await client.restartRequest({ signal: ctx.writeSignal });
    } finally {
      answered();
    }
  } catch (e) {
    ctx.writeSignal.throwIfAborted();
    return { ok: false, failure: 'not-applied', reason: `persisted but not applied, and the restart request failed: ${getErrorMessage(e)}`, restartRequested: true };
  }
  const restarted = await waitForRestart(client, Math.max(sentAt, ctx.clock.now() - 250), ctx);
  if (!restarted.ok) return { ok: false, failure: 'not-applied', reason: `persisted but not applied; after one restart request: ${restarted.reason}`, restartRequested: true };
  read = await readConfig(client, ctx);
  if (!read.ok) return { ok: false, failure: 'unreachable', reason: read.reason, restartRequested: true };
  verdict = judgeReadBack(read.snap, desired, failOnMissingEnv);
  return { ...verdict, restartRequested: true };
}
