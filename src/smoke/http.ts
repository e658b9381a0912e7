/**
 * The few plain HTTP requests the smoke test makes itself (the Control UI page, its assets): every request
 * has a timeout, never follows redirects (a redirect to a login page is a finding, not a pass — RF-09), and
 * network failures are classified so a report can say "timeout" or "TLS error" instead of "fetch failed".
 */

export type NetErrorKind = 'unreachable' | 'timeout' | 'tls' | 'aborted' | 'protocol';

/** A request that got no HTTP answer. The message names the URL without query or fragment. */
export class NetError extends Error {
  constructor(
    readonly kind: NetErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

export interface HttpResult {
  status: number;
  headers: Headers;
  /** The body as text, cut at `maxBytes` (empty when `discardBody`). */
  body: string;
  /** Milliseconds from sending to the end of the body. */
  elapsedMs: number;
}

export interface HttpOptions {
  timeoutMs: number;
  /** Aborts with the caller (e.g. the instance's deadline). */
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Read at most this many bytes of the body (default 1 MiB). */
  maxBytes?: number;
  /** Only the status and headers matter (asset checks): the body is cancelled unread. */
  discardBody?: boolean;
}

const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET)_|HOSTNAME_MISMATCH)/;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** The URL as safe to show: origin + path, no userinfo, query or fragment (a `#token=` must never print). */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(String(url));
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '<invalid url>';
  }
}

/** Classifies whatever `fetch` threw. `timeoutMs` is only used for the message. */
export function classifyNetError(err: unknown, url: string, timeoutMs: number): NetError {
  if (err instanceof NetError) return err;
  const shown = displayUrl(url);
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError') return new NetError('timeout', `no answer from ${shown} within ${Math.round(timeoutMs / 1000)} s`, 'TIMEOUT');
  if (e?.name === 'AbortError') return new NetError('aborted', `request to ${shown} was cancelled (instance deadline reached)`, 'ABORTED');
  const code = e?.cause?.code;
  if (code && TLS_CODES.test(code)) return new NetError('tls', `TLS error talking to ${shown}: ${code}`, code);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return new NetError('timeout', `no answer from ${shown} within ${Math.round(timeoutMs / 1000)} s`, code);
  }
  if (code && UNREACHABLE_CODES.has(code)) return new NetError('unreachable', `${shown} is unreachable: ${code}`, code);
  const detail = e?.cause?.message ?? e?.message ?? String(err);
  return new NetError('protocol', `request to ${shown} failed: ${detail}`, code);
}

/** A signal that fires after `timeoutMs` or when `parent` fires, whichever is first. */
export function withTimeout(timeoutMs: number, parent?: AbortSignal): AbortSignal {
  const t = AbortSignal.timeout(Math.max(1, Math.round(timeoutMs)));
  return parent ? AbortSignal.any([parent, t]) : t;
}

/** GET without following redirects. Throws `NetError` when no HTTP answer arrives. */
export async function httpGet(url: string, opts: HttpOptions): Promise<HttpResult> {
  const started = performance.now();
  const signal = withTimeout(opts.timeoutMs, opts.signal);
  try {
    const res = await fetch(url, { method: 'GET', redirect: 'manual', headers: opts.headers, signal });
    if (opts.discardBody) {
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, headers: res.headers, body: '', elapsedMs: performance.now() - started };
    }
    const body = await readLimited(res, opts.maxBytes ?? 1024 * 1024);
    return { status: res.status, headers: res.headers, body, elapsedMs: performance.now() - started };
  } catch (err) {
    // A timeout that fires while the body streams surfaces as the signal's reason.
    const reason = signal.aborted ? (signal.reason as unknown) : err;
    throw classifyNetError(reason ?? err, url, opts.timeoutMs);
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total >= maxBytes) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
