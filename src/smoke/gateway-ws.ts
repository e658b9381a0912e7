/**
 * A minimal OpenClaw gateway WebSocket client (protocol 4): the challenge/connect handshake, request/response
 * calls and events — just what the chat probe and the WebSocket load probe need.
 *
 * Handshake (docs/gateway/protocol/handshake.md, openclaw-notes §3.2, re-measured on 2026.9.6):
 * server → `{type:"event", event:"connect.challenge", payload:{nonce, ts}}`; client → `{type:"req", id,
 * method:"connect", params:{minProtocol:4, maxProtocol:4, client:{id,version,platform,mode}, role, scopes,
 * caps:[], auth:{token}, device?}}`; server → `{type:"res", id, ok:true, payload:{type:"hello-ok", server:
 * {version, bootId, …}, auth:{role, scopes, deviceToken?}, …}}` or `ok:false` with `error:{code, message,
 * details}` and then a close (1008 for pairing, 1013 while starting).
 *
 * Scopes: a loopback caller presenting the shared token as client `cli`/`cli` keeps the scopes it asks for;
 * any other caller (non-loopback, or behind a proxy that sets X-Forwarded-For) gets NO scopes unless it signs
 * the connect with a paired Ed25519 device identity. The device proof (measured against the gateway's own
 * verifier) is an Ed25519 signature over
 * `v2|<deviceId>|<clientId>|<clientMode>|<role>|<scopes,comma-joined>|<signedAtMs>|<token>|<nonce>`, with
 * `deviceId = sha256(raw public key)` in hex, the raw 32-byte public key and the signature in base64url,
 * and `signedAt` = the challenge's `ts`.
 *
 * The token travels only inside the connect frame; frames are never logged.
 */
import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import WebSocket from 'ws';

export const PROTOCOL_VERSION = 4;

/** An ephemeral Ed25519 identity for one smoke run (paired, used, then removed). */
export interface DeviceIdentity {
  deviceId: string;
  /** Raw 32-byte public key, base64url. */
  publicKey: string;
  privateKey: KeyObject;
}

export function createDeviceIdentity(): DeviceIdentity {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { deviceId: createHash('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
}

/** The v2 device-auth payload the gateway verifies (see module doc). */
export function deviceAuthPayload(p: {
  deviceId: string;
  clientId: string;
  clientMode: string;
  role: string;
  scopes: readonly string[];
  signedAtMs: number;
  token: string;
  nonce: string;
}): string {
  return ['v2', p.deviceId, p.clientId, p.clientMode, p.role, p.scopes.join(','), String(p.signedAtMs), p.token, p.nonce].join('|');
}

export interface ClientInfo {
  id: string;
  version: string;
  platform: string;
  mode: string;
}

export interface ConnectOptions {
  /** Gateway base URL (`http(s)://host:port[/basePath]`); the socket goes to the same origin and path. */
  url: string;
  token: string;
  scopes: readonly string[];
  client?: ClientInfo;
  device?: DeviceIdentity;
  /** Extra handshake headers (tests use X-Forwarded-For to look non-local). */
  headers?: Record<string, string>;
  /** Budget for socket open + challenge + hello. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface HelloOk {
  serverVersion?: string;
  bootId?: string;
  role?: string;
  scopes: string[];
  methods: string[];
}

/** A refused handshake or call. `code`/`details` are the gateway's (e.g. `NOT_PAIRED` + `details.requestId`). */
export class GatewayWsError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
    /** `timeout` / `unreachable` / `unauthorized` / `rejected` / `protocol`, compatible with describeFailure. */
    readonly kind: 'timeout' | 'unreachable' | 'unauthorized' | 'rejected' | 'protocol' | 'unavailable' = 'rejected',
  ) {
    super(message);
    this.name = 'GatewayWsError';
  }
}

export interface GatewayEvent {
  event: string;
  payload: unknown;
}

export interface GatewaySession {
  readonly hello: HelloOk;
  /** Milliseconds from opening the socket to hello-ok. */
  readonly connectMs: number;
  call<T = unknown>(method: string, params: unknown, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<T>;
  /** Subscribes to events; returns the unsubscribe function. */
  onEvent(fn: (e: GatewayEvent) => void): () => void;
  close(): void;
}

/** `850 ms` / `12 s`: durations in messages. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}

export const DEFAULT_CLIENT: ClientInfo = { id: 'cli', version: 'clawfleet', platform: process.platform, mode: 'cli' };

/** ws(s) URL of a gateway base URL. */
export function wsUrlOf(base: string): string {
  const u = new URL(base);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  u.pathname = u.pathname.replace(/\/+$/, '') + '/';
  u.search = '';
  u.hash = '';
  return u.href;
}

type Frame = { type?: string; id?: string; ok?: boolean; payload?: unknown; error?: { code?: string; message?: string; details?: unknown }; event?: string };

const AUTH_CODES = /^(AUTH_|UNAUTHORIZED|TOKEN_)/;

/** Classifies a refused connect (`error.code` + `error.details.code`). */
function connectError(err: Frame['error'], closeReason?: string): GatewayWsError {
  const details = err?.details && typeof err.details === 'object' ? (err.details as Record<string, unknown>) : {};
  const code = String(details['code'] ?? err?.code ?? 'CONNECT_REJECTED');
  const message = err?.message ?? closeReason ?? 'connect refused';
  const kind = AUTH_CODES.test(code) || /token|unauthori[sz]ed|secret/i.test(message) ? 'unauthorized' : err?.code === 'UNAVAILABLE' ? 'unavailable' : 'rejected';
  return new GatewayWsError(`connect refused: ${code}: ${message}`, code, details, kind);
}

/** Opens a socket, completes the handshake and returns a session. Rejects with GatewayWsError. */
export function connectGateway(opts: ConnectOptions): Promise<GatewaySession> {
  const client = opts.client ?? DEFAULT_CLIENT;
  const started = performance.now();
  return new Promise<GatewaySession>((resolve, reject) => {
    let settled = false;
    let nextId = 0;
    const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout }>();
    const listeners = new Set<(e: GatewayEvent) => void>();
    const ws = new WebSocket(wsUrlOf(opts.url), { headers: opts.headers ?? {}, handshakeTimeout: Math.max(1, opts.timeoutMs), maxPayload: 64 * 1024 * 1024 });
    const connectId = `c${++nextId}`;

    const finish = (err: GatewayWsError | undefined, session?: GatewaySession) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) {
        ws.removeAllListeners('message');
        ws.on('error', () => undefined);
        try {
          ws.terminate();
        } catch {
          /* already closed */
        }
        reject(err);
      } else if (session) resolve(session);
    };
    const timer = setTimeout(
      () => finish(new GatewayWsError(`no hello-ok within ${formatDuration(opts.timeoutMs)}`, 'TIMEOUT', {}, 'timeout')),
      Math.max(1, opts.timeoutMs),
    );
    const onAbort = () => finish(new GatewayWsError('cancelled: the instance deadline was reached', 'TIMEOUT', {}, 'timeout'));
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const rejectAll = (err: Error) => {
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(err);
      }
      pending.clear();
    };

    const session: GatewaySession = {
      hello: { scopes: [], methods: [] },
      connectMs: 0,
      call<T>(method: string, params: unknown, o: { timeoutMs: number; signal?: AbortSignal }): Promise<T> {
        if (ws.readyState !== WebSocket.OPEN) return Promise.reject(new GatewayWsError(`${method}: the connection is closed`, 'CLOSED', {}, 'unreachable'));
        const id = `r${++nextId}`;
        return new Promise<T>((res, rej) => {
          const onAbortCall = () => {
            const p = pending.get(id);
            if (!p) return;
            clearTimeout(p.timer);
            pending.delete(id);
            rej(new GatewayWsError(`${method}: cancelled (instance deadline)`, 'TIMEOUT', {}, 'timeout'));
          };
          const t = setTimeout(() => {
            pending.delete(id);
            o.signal?.removeEventListener('abort', onAbortCall);
            rej(new GatewayWsError(`${method}: no answer within ${formatDuration(o.timeoutMs)}`, 'TIMEOUT', {}, 'timeout'));
          }, Math.max(1, o.timeoutMs));
          pending.set(id, {
            resolve: (v) => {
              o.signal?.removeEventListener('abort', onAbortCall);
              res(v as T);
            },
            reject: (e) => {
              o.signal?.removeEventListener('abort', onAbortCall);
              rej(e);
            },
            timer: t,
          });
          o.signal?.addEventListener('abort', onAbortCall, { once: true });
          ws.send(JSON.stringify({ type: 'req', id, method, params }));
        });
      },
      onEvent(fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      close() {
        rejectAll(new GatewayWsError('connection closed by the client', 'CLOSED', {}, 'unreachable'));
        try {
          ws.close(1000);
        } catch {
          /* already closed */
        }
        setTimeout(() => ws.terminate(), 2000).unref();
      },
    };

    ws.on('message', (data) => {
      let frame: Frame;
      try {
        frame = JSON.parse(String(data)) as Frame;
      } catch {
        return;
      }
      if (frame.type === 'event' && frame.event === 'connect.challenge' && !settled) {
        const p = (frame.payload ?? {}) as { nonce?: unknown; ts?: unknown };
        if (typeof p.nonce !== 'string' || typeof p.ts !== 'number') {
          finish(new GatewayWsError('malformed connect.challenge (no nonce/ts)', 'PROTOCOL', {}, 'protocol'));
          return;
        }
        const params: Record<string, unknown> = {
          minProtocol: PROTOCOL_VERSION,
          maxProtocol: PROTOCOL_VERSION,
          client,
          role: 'operator',
          scopes: [...opts.scopes],
          caps: [],
          auth: { token: opts.token },
        };
        if (opts.device) {
          const payload = deviceAuthPayload({
            deviceId: opts.device.deviceId,
            clientId: client.id,
            clientMode: client.mode,
            role: 'operator',
            scopes: opts.scopes,
            signedAtMs: p.ts,
            token: opts.token,
            nonce: p.nonce,
          });
          params['device'] = {
            id: opts.device.deviceId,
            publicKey: opts.device.publicKey,
            signature: sign(null, Buffer.from(payload, 'utf8'), opts.device.privateKey).toString('base64url'),
            signedAt: p.ts,
            nonce: p.nonce,
          };
        }
        ws.send(JSON.stringify({ type: 'req', id: connectId, method: 'connect', params }));
        return;
      }
      if (frame.type === 'res' && frame.id === connectId) {
        if (frame.ok !== true) {
          finish(connectError(frame.error));
          return;
        }
        const pl = (frame.payload ?? {}) as { server?: { version?: unknown; bootId?: unknown }; auth?: { role?: unknown; scopes?: unknown }; features?: { methods?: unknown } };
        const hello: HelloOk = {
          ...(typeof pl.server?.version === 'string' ? { serverVersion: pl.server.version } : {}),
          ...(typeof pl.server?.bootId === 'string' ? { bootId: pl.server.bootId } : {}),
          ...(typeof pl.auth?.role === 'string' ? { role: pl.auth.role } : {}),
          scopes: Array.isArray(pl.auth?.scopes) ? pl.auth.scopes.map(String) : [],
          methods: Array.isArray(pl.features?.methods) ? pl.features.methods.map(String) : [],
        };
        Object.assign(session, { hello, connectMs: performance.now() - started });
        finish(undefined, session);
        return;
      }
      if (frame.type === 'res' && typeof frame.id === 'string') {
        const p = pending.get(frame.id);
        if (!p) return;
        pending.delete(frame.id);
        clearTimeout(p.timer);
        if (frame.ok === true) p.resolve(frame.payload);
        else {
          const details = frame.error?.details && typeof frame.error.details === 'object' ? (frame.error.details as Record<string, unknown>) : {};
          p.reject(new GatewayWsError(`${frame.error?.code ?? 'ERROR'}: ${frame.error?.message ?? 'request failed'}`, String(frame.error?.code ?? 'ERROR'), details));
        }
        return;
      }
      if (frame.type === 'event' && typeof frame.event === 'string') {
        for (const fn of listeners) fn({ event: frame.event, payload: frame.payload });
      }
    });
    ws.on('close', (code, reason) => {
      const why = reason.toString('utf8');
      rejectAll(new GatewayWsError(`connection closed (${code}${why ? ` ${why}` : ''})`, 'CLOSED', {}, 'unreachable'));
      if (!settled) {
        // A close before hello-ok: 1008 = policy (pairing/auth), 1013 = gateway starting.
        const kind = code === 1013 ? 'unavailable' : /token|auth|unauthori[sz]ed/i.test(why) ? 'unauthorized' : code === 1008 ? 'rejected' : 'unreachable';
        finish(new GatewayWsError(`connection closed before hello-ok (${code}${why ? `: ${why}` : ''})`, `CLOSE_${code}`, {}, kind));
      }
    });
    ws.on('error', (err: Error & { code?: string }) => {
      if (!settled) finish(new GatewayWsError(`socket error: ${err.code ?? err.message}`, err.code ?? 'SOCKET', {}, 'unreachable'));
    });
    ws.on('unexpected-response', (_req, res) => {
      const status = res.statusCode ?? 0;
      res.resume();
      finish(
        new GatewayWsError(
          `the WebSocket upgrade was answered with HTTP ${status}`,
          `HTTP_${status}`,
          {},
          status === 401 || status === 403 ? 'unauthorized' : status >= 300 && status < 400 ? 'protocol' : 'rejected',
        ),
      );
    });
  });
}

/** A fresh idempotency key for chat.send. */
export function newIdempotencyKey(): string {
  return randomUUID();
}
