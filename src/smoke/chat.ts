/**
 * The chat round trip (issue #5 item 5): send the golden prompt to an agent and wait, within a deadline, for
 * a reply that matches `expect`. Two transports share the outcome rules:
 * - `api`: the gateway's WebSocket chat API (`chat.send` → `agent.wait`), in a dedicated session
 *   `agent:<agentId>:clawfleet-smoke-<run>` that is deleted afterwards, so an operator's main chat is not
 *   touched and a stuck earlier run cannot queue ours (runs in one session are serialised — observed);
 * - `ui`: typed into the Control UI (see control-ui.ts), reusing the event parsing below.
 *
 * While the agent works, the gateway broadcasts `agent` events to every operator connection; for our
 * `runId` they say why a turn is not finishing. Measured on 2026.9.6 with the model endpoint down (connection
 * refused): each failed model attempt sends `stream:"lifecycle", data:{phase:"finishing", error:"LLM request
 * failed: connection refused by the provider endpoint.", errorObservation:{provider, model,
 * failoverReason:"timeout", providerRuntimeFailureKind:"timeout"}}`, then `stream:"run_status",
 * data:{phase:"retrying", message:"Provider temporarily unavailable. Retrying in 1s (1/8).", retryAttempt,
 * maxRetries:8, reason:"timeout"}`. The agent retries 8 times with a growing backoff (0.5, 2.5, 3.3, 7, 9,
 * 30 s, …; docs/concepts/retry.md: a 90-second outage window) before `agent.wait` reports `status:"error"`:
 * 90–150 s for an answer that is clear after the second attempt (~2 s after the first). So the check stops
 * as soon as the run has failed `providerFailureLimit` model attempts in a row (default 2: one blip that
 * the agent's first retry absorbs still passes) and reports the provider's error; rate limits and overloads
 * do not count, the agent is meant to wait those out. The run is then aborted (`chat.abort`).
 */
import { randomBytes } from 'node:crypto';
import type { Deadline } from './deadline.js';
import { describeFailure, oneLine } from './errors.js';
import { connectGateway, createDeviceIdentity, GatewayWsError, newIdempotencyKey, type DeviceIdentity, type GatewayEvent, type GatewaySession } from './gateway-ws.js';
import { approveOwnPairing, rejectPending, removeDevice, type PairingDeps } from './pairing.js';
import { CheckBuilder } from './status.js';
import type { CheckResult } from './types.js';

export interface ChatSpec {
  prompt: string;
  expect: RegExp;
  /** Deadline for the reply after sending (cut to the instance budget). */
  timeoutMs: number;
  /** Agent to talk to; default the gateway's default agent. */
  agentId?: string;
  /**
   * Fail as soon as the run has reported this many failed model attempts in a row (provider errors the
   * agent would keep retrying; rate limits and overloads excepted). Default
   * {@link DEFAULT_PROVIDER_FAILURE_LIMIT}; 0 waits for the agent's own verdict or the deadline.
   */
  providerFailureLimit?: number;
}

/** Failed model attempts in a row after which the chat check stops waiting (see the module comment). */
export const DEFAULT_PROVIDER_FAILURE_LIMIT = 2;

/**
 * Failover reasons the agent's recovery is designed to wait out (docs/concepts/retry.md: rate limits get up
 * to 10 attempts and honour the provider's retry-after): a throttled provider is not a broken route.
 */
const WAIT_OUT_REASONS: ReadonlySet<string> = new Set(['rate_limit', 'overloaded']);

/** What the agent events of one run told us. */
export class RunObserver {
  lastError: string | undefined;
  /** The last retry message (`Provider temporarily unavailable. Retrying in 2s (1/8).`). */
  lastStatus: string | undefined;
  /** The last run phase (`preparing_context`, `starting_model`, …). */
  lastPhase: string | undefined;
  provider: string | undefined;
  model: string | undefined;
  replyText = '';
  /** Set when the gateway reported the run over (`chat` event state final/error/aborted). */
  finished = false;
  /** Failed model attempts in a row (provider errors with an `errorObservation`), rate limits excepted. */
  providerFailures = 0;
  /** Attempts that failed on a rate limit or overload (waited out, never a reason to stop early). */
  throttledAttempts = 0;
  /** How the gateway classified the last provider failure (`timeout`, `auth`, `rate_limit`, …). */
  failoverReason: string | undefined;
  private readonly listeners = new Set<() => void>();

  /**
   * @param runId the run to follow (undefined until `chat.send` answered: then every event counts, unless
   *   it names another session than `sessionKey`).
   */
  constructor(
    readonly runId: () => string | undefined,
    readonly sessionKey?: string,
  ) {}

  /** Calls `fn` after every event of this run; returns the unsubscribe function. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Feeds one `agent`/`chat` event (as the gateway broadcasts them). Events of other runs are ignored. */
  observe(e: GatewayEvent): void {
    if (e.event !== 'agent' && e.event !== 'chat') return;
    const p = e.payload as { runId?: unknown; sessionKey?: unknown; stream?: unknown; data?: Record<string, unknown>; state?: unknown; errorMessage?: unknown } | undefined;
    const id = this.runId();
    if (!p || (id !== undefined && p.runId !== id)) return;
    if (id === undefined && this.sessionKey !== undefined && typeof p.sessionKey === 'string' && p.sessionKey !== this.sessionKey) return;
    const data = p.data ?? {};
    if (p.stream === 'lifecycle') {
      if (typeof data['error'] === 'string') this.lastError = data['error'];
      const obs = data['errorObservation'] as { provider?: unknown; model?: unknown; failoverReason?: unknown; providerRuntimeFailureKind?: unknown } | undefined;
      if (typeof obs?.provider === 'string') this.provider = obs.provider;
      if (typeof obs?.model === 'string') this.model = obs.model;
      if (typeof data['provider'] === 'string') this.provider = data['provider'];
      if (typeof data['model'] === 'string') this.model = data['model'];
      // One failed model attempt: the error plus the gateway's provider classification.
      if (typeof data['error'] === 'string' && obs && typeof obs === 'object') {
        const reason = typeof obs.failoverReason === 'string' ? obs.failoverReason : typeof obs.providerRuntimeFailureKind === 'string' ? obs.providerRuntimeFailureKind : undefined;
        this.failoverReason = reason;
        if (reason !== undefined && WAIT_OUT_REASONS.has(reason)) this.throttledAttempts++;
        else this.providerFailures++;
      }
    } else if (p.stream === 'run_status') {
      // `retrying` carries a message; the preparation phases only a phase name (a cold first run can spend
      // half a minute in `preparing_context` on a busy host — worth saying when no reply came).
      if (typeof data['message'] === 'string') this.lastStatus = data['message'];
      else if (typeof data['phase'] === 'string') this.lastPhase = data['phase'];
    } else if (p.stream === 'assistant') {
      // A retry starts with an empty assistant item; only real text means the model answered again.
      if (typeof data['text'] === 'string' && data['text']) {
        this.replyText = data['text'];
        this.providerFailures = 0;
      }
    }
    if (e.event === 'chat') {
      if (typeof p.errorMessage === 'string') this.lastError = p.errorMessage;
      if (p.state === 'final' || p.state === 'error' || p.state === 'aborted') this.finished = true;
    }
    for (const fn of this.listeners) fn();
  }

  /**
   * The failure to report when the run has failed `limit` model attempts in a row (undefined otherwise, and
   * always for `limit` 0): `provider error: <error> (provider p, model m, reason r); <n> model attempts failed
   * in a row, the agent was retrying (<retry status>)`.
   */
  providerVerdict(limit: number): string | undefined {
    if (limit <= 0 || this.providerFailures < limit || !this.lastError) return undefined;
    const facts = [this.provider ? `provider ${this.provider}` : '', this.model ? `model ${this.model}` : '', this.failoverReason ? `reason ${this.failoverReason}` : ''].filter(Boolean);
    return (
      `provider error: ${oneLine(this.lastError)}${facts.length ? ` (${facts.join(', ')})` : ''}; ` +
      `${this.providerFailures} model attempts failed in a row, stopped without waiting out the agent's retries` +
      (this.lastStatus ? ` (last status: ${oneLine(this.lastStatus)})` : '')
    );
  }

  /** "; the agent reported: <error> (provider x, model y); <retry status>" or "". */
  explain(): string {
    const parts: string[] = [];
    if (this.lastError) parts.push(`the agent reported: ${oneLine(this.lastError)}${this.provider ? ` (provider ${this.provider}${this.model ? `, model ${this.model}` : ''})` : ''}`);
    if (this.lastStatus) parts.push(`last status: ${oneLine(this.lastStatus)}`);
    else if (this.lastPhase) parts.push(`the run was still in phase "${this.lastPhase}"`);
    return parts.length ? `; ${parts.join('; ')}` : '';
  }
}

/** Judges a reply against `expect`; fills the check. */
export function judgeReply(check: CheckBuilder, reply: string | undefined, spec: ChatSpec, elapsedMs: number, why = ''): void {
  check.data['latencyMs'] = Math.round(elapsedMs);
  if (reply === undefined) {
    check.fail(`no reply within ${Math.round(spec.timeoutMs / 1000)} s${why}`);
    return;
  }
  check.data['reply'] = reply.slice(0, 200);
  if (!spec.expect.test(reply)) check.fail(`the reply does not match /${spec.expect.source}/${spec.expect.flags}: "${oneLine(reply).slice(0, 160)}"`);
}

export interface ApiChatOptions {
  url: string;
  token: string;
  spec: ChatSpec;
  deadline: Deadline;
  /** Handshake/call timeout. */
  callTimeoutMs: number;
  pairing: PairingDeps & { approve: boolean };
  /** Extra handshake headers (tests: X-Forwarded-For to look non-local). */
  headers?: Record<string, string>;
  /** The gateway's default agent id, when known. */
  defaultAgentId?: string;
}

// operator.admin only for deleting the smoke session afterwards (`sessions.delete` requires it).
const CHAT_SCOPES = ['operator.read', 'operator.write', 'operator.admin'] as const;

/**
 * Opens an operator session able to chat: first as the loopback CLI client (no device needed on the
 * gateway's own host); when the gateway grants no write scope (a remote runner), again with an ephemeral
 * device identity, pairing it through the admin RPC. Returns the paired device so it can be removed.
 */
async function openChatSession(o: ApiChatOptions, notes: string[]): Promise<{ session: GatewaySession; device?: DeviceIdentity }> {
  const base = { url: o.url, token: o.token, scopes: CHAT_SCOPES, ...(o.headers ? { headers: o.headers } : {}), signal: o.deadline.signal };
  const first = await connectGateway({ ...base, timeoutMs: o.deadline.timeout(o.callTimeoutMs) });
  if (first.hello.scopes.includes('operator.write')) return { session: first };
  first.close();
  notes.push('the gateway granted no write scope to the shared token (not a local connection): pairing a device');
  const device = createDeviceIdentity();
  try {
    return { session: await connectGateway({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
  } catch (err) {
    if (!(err instanceof GatewayWsError) || err.code !== 'PAIRING_REQUIRED' || typeof err.details['requestId'] !== 'string') throw err;
    const requestId = err.details['requestId'];
    if (!o.pairing.approve) {
      await rejectPending(o.pairing, requestId).catch(() => undefined);
      throw new GatewayWsError('the gateway requires device pairing for this runner and pairing is turned off (input pair-devices: false)', 'PAIRING_REQUIRED', {}, 'rejected');
    }
    const cleanup = { ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs };
    try {
      await approveOwnPairing(o.pairing, requestId, device.deviceId);
    } catch (approveErr) {
      // Do not leave our request in the operator's pending list.
      await rejectPending(cleanup, requestId).catch(() => undefined);
      throw approveErr;
    }
    notes.push('device paired through device.pair.approve');
    try {
      return { session: await connectGateway({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
    } catch (err2) {
      await removeDevice(cleanup, device.deviceId).catch(() => undefined);
      throw err2;
    }
  }
}

/** The chat check over the gateway's WebSocket chat API. Never throws. */
export async function chatViaApi(o: ApiChatOptions): Promise<CheckResult> {
  const check = new CheckBuilder('chat');
  check.data['via'] = 'api';
  const notes: string[] = [];
  const agentId = o.spec.agentId ?? o.defaultAgentId ?? 'main';
  const sessionKey = `agent:${agentId}:clawfleet-smoke-${randomBytes(4).toString('hex')}`;
  let session: GatewaySession | undefined;
  let device: DeviceIdentity | undefined;
  let runId: string | undefined;
  let finished = false;
  const observer = new RunObserver(() => runId, sessionKey);
  const failureLimit = o.spec.providerFailureLimit ?? DEFAULT_PROVIDER_FAILURE_LIMIT;
  let unwatch: (() => void) | undefined;
  try {
    ({ session, device } = await openChatSession(o, notes));
    session.onEvent((e) => observer.observe(e));
    const sentAt = performance.now();
    const chatBudget = () => Math.max(1, Math.min(o.spec.timeoutMs - (performance.now() - sentAt), o.deadline.remaining()));
    const sent = await session.call<{ runId?: unknown; status?: unknown }>(
      'chat.send',
      { sessionKey, message: o.spec.prompt, idempotencyKey: newIdempotencyKey() },
      { timeoutMs: o.deadline.timeout(o.callTimeoutMs), signal: o.deadline.signal },
    );
    if (typeof sent?.runId !== 'string') throw new GatewayWsError(`chat.send returned no runId (status ${String(sent?.status)})`, 'PROTOCOL', {}, 'protocol');
    runId = sent.runId;
    let reply: string | undefined;
    const waitMs = Math.floor(chatBudget());
    // agent.wait returns at its own timeout with status "timeout"; our call timeout leaves it a margin.
    // It races the provider verdict of the run's events (see the module comment): whichever comes first.
    type Waited = { status?: unknown; terminalReply?: { text?: unknown }; error?: unknown };
    type Outcome = { kind: 'waited'; waited: Waited } | { kind: 'failed'; error: unknown } | { kind: 'provider'; verdict: string };
    const waitCall: Promise<Outcome> = session.call<Waited>('agent.wait', { runId, timeoutMs: waitMs }, { timeoutMs: waitMs + 5_000, signal: o.deadline.signal }).then(
      (waited): Outcome => ({ kind: 'waited', waited }),
      (error: unknown): Outcome => (error instanceof GatewayWsError && error.kind === 'timeout' ? { kind: 'waited', waited: { status: 'timeout' } } : { kind: 'failed', error }),
    );
    const providerStop = new Promise<Outcome>((resolveStop) => {
      const look = () => {
        const verdict = observer.providerVerdict(failureLimit);
        if (verdict) resolveStop({ kind: 'provider', verdict });
      };
      unwatch = observer.onChange(look);
      look(); // events may have arrived before chat.send answered
    });
    const outcome = await Promise.race([waitCall, providerStop]);
    const elapsed = performance.now() - sentAt;
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind === 'provider') {
      check.fail(outcome.verdict);
      check.data['latencyMs'] = Math.round(elapsed);
      check.data['providerError'] = { attempts: observer.providerFailures, ...(observer.provider ? { provider: observer.provider } : {}), ...(observer.model ? { model: observer.model } : {}), ...(observer.failoverReason ? { reason: observer.failoverReason } : {}) };
    } else if (outcome.waited.status === 'ok') {
      finished = true;
      const waited = outcome.waited;
      reply = typeof waited.terminalReply?.text === 'string' ? waited.terminalReply.text : observer.replyText;
      judgeReply(check, reply, o.spec, elapsed);
    } else if (outcome.waited.status === 'timeout' || outcome.waited.status === 'pending') {
      judgeReply(check, undefined, { ...o.spec, timeoutMs: Math.min(o.spec.timeoutMs, elapsed) }, elapsed, observer.explain());
    } else {
      finished = true;
      const err = typeof outcome.waited.error === 'string' ? outcome.waited.error : observer.lastError;
      check.fail(`the agent run ended with status "${String(outcome.waited.status)}"${err ? `: ${oneLine(err)}` : ''}`);
      check.data['latencyMs'] = Math.round(elapsed);
    }
  } catch (err) {
    const d = describeFailure(err, o.deadline.signal);
    check.fail(`${d.kind}: ${d.message}${observer.explain()}`);
  } finally {
    unwatch?.();
    if (session) {
      // Stop a run that is still retrying against a dead model, then drop the smoke session.
      const cleanupMs = Math.min(5_000, o.callTimeoutMs);
      if (runId && !finished) await session.call('chat.abort', { sessionKey, runId }, { timeoutMs: cleanupMs }).catch(() => undefined);
      await session.call('sessions.delete', { key: sessionKey, deleteTranscript: true }, { timeoutMs: cleanupMs }).catch(() => undefined);
      session.close();
    }
    if (device) {
      const removed = await removeDevice({ ...o.pairing, timeoutMs: () => o.callTimeoutMs, signal: undefined }, device.deviceId).catch(
        (err: unknown) => `not removed: ${oneLine((err as Error).message)}`,
      );
      notes.push(`device ${removed === 'removed' || removed === 'absent' ? 'removed again (device.pair.remove)' : removed}`);
      if (removed !== 'removed' && removed !== 'absent') check.warn(`the paired smoke-test device could not be removed: ${removed}`);
    }
  }
  if (notes.length) check.data['notes'] = notes;
  return check.build(`"${oneLine(String(check.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(check.data['latencyMs']) || 0) / 1000).toFixed(1)} s`);
}

/**
 * Deletes a smoke chat session (and first aborts its run, when `runId` is given) over the chat API — used
 * after the UI chat, whose session the browser created. Pairs a device for it when the gateway needs one.
 * Returns a note for the report.
 */
export async function cleanupSmokeSession(o: Omit<ApiChatOptions, 'spec'>, sessionKey: string, runId: string | undefined): Promise<string> {
  const notes: string[] = [];
  let session: GatewaySession | undefined;
  let device: DeviceIdentity | undefined;
  const timeoutMs = Math.min(5_000, o.callTimeoutMs);
  try {
    ({ session, device } = await openChatSession({ ...o, spec: { prompt: '', expect: /./, timeoutMs } }, notes));
    if (runId) await session.call('chat.abort', { sessionKey, runId }, { timeoutMs }).catch(() => undefined);
    await session.call('sessions.delete', { key: sessionKey, deleteTranscript: true }, { timeoutMs });
    return `chat session ${sessionKey} deleted`;
  } finally {
    session?.close();
    if (device) await removeDevice({ ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs }, device.deviceId).catch(() => undefined);
  }
}
