/**
 * One way to describe any failure the smoke checks meet (gateway client errors, our own HTTP errors, the
 * instance deadline, Playwright errors), as a kind plus a one-line message without secrets or URLs with
 * fragments. The kind decides what the report says first: `timeout`, `unauthorized`, `unreachable`, …
 */
import { getErrorMessage } from '../common/errors.js';
import { DeadlineExceeded } from './deadline.js';
import { NetError } from './http.js';

export type FailureKind = 'timeout' | 'unauthorized' | 'unreachable' | 'tls' | 'not-enabled' | 'unavailable' | 'rejected' | 'protocol' | 'error';

export interface DescribedFailure {
  kind: FailureKind;
  message: string;
}

const KNOWN: ReadonlySet<string> = new Set(['timeout', 'unauthorized', 'unreachable', 'tls', 'not-enabled', 'unavailable', 'rejected', 'protocol']);

/** Classifies an error thrown while checking an instance. `signal` is the instance's (deadline) signal. */
export function describeFailure(err: unknown, signal?: AbortSignal): DescribedFailure {
  if (signal?.aborted && signal.reason instanceof DeadlineExceeded) return { kind: 'timeout', message: signal.reason.message };
  if (err instanceof DeadlineExceeded) return { kind: 'timeout', message: err.message };
  if (err instanceof NetError) {
    const kind: FailureKind = err.kind === 'aborted' ? 'timeout' : err.kind === 'protocol' ? 'protocol' : err.kind;
    return { kind, message: err.message };
  }
  const k = (err as { kind?: unknown } | null)?.kind;
  const message = shortenGatewayMessage(err, oneLine(getErrorMessage(err)));
  if (typeof k === 'string' && KNOWN.has(k)) {
    // GatewayError kinds map onto ours; conflict / rate-limited are "rejected"/"unavailable" for a read-only smoke test.
    return { kind: k as FailureKind, message };
  }
  if (k === 'rate-limited') return { kind: 'unavailable', message };
  if (k === 'conflict') return { kind: 'rejected', message };
  if ((err as { name?: string } | null)?.name === 'TimeoutError') return { kind: 'timeout', message };
  return { kind: 'error', message };
}

/** Collapses whitespace; Playwright errors are multi-line call logs. Only the first line is kept. */
export function oneLine(s: string): string {
  const first = s.split(/\r?\n/).find((l) => l.trim() !== '') ?? s;
  return first.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** True for failures after which talking to the same gateway again is pointless within this run. */
export function isTerminal(kind: FailureKind): boolean {
  return kind === 'timeout' || kind === 'unreachable' || kind === 'tls';
}

/**
 * A GatewayError message reads `<id>: <method> (<host/path>) <kind>: <detail>`; the smoke report already
 * says which instance, check and kind, so only `(<host/path>) <detail>` is kept.
 */
function shortenGatewayMessage(err: unknown, message: string): string {
  const e = err as { instanceId?: unknown; method?: unknown; kind?: unknown } | null;
  if (!e || typeof e.instanceId !== 'string' || typeof e.method !== 'string' || typeof e.kind !== 'string') return message;
  const prefix = `${e.instanceId}: ${e.method} `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  const m = /^(\([^)]*\)) ([a-z-]+):\s*(.*)$/.exec(rest);
  return m ? `${m[1]} ${m[3]}` : rest;
}
