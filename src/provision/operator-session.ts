/**
 * An `operator.admin` WebSocket session with a gateway, for the RPCs that admin HTTP RPC does not expose
 * (`secrets.store.*`; openclaw-notes §3.6).
 *
 * A shared-token WebSocket client only keeps the scopes it asks for when it is a local CLI on loopback
 * (§3.2). Everywhere else the gateway wants a paired device, so the session:
 * 1. creates an ephemeral Ed25519 device identity (never written to disk; id = sha256 of the raw public key),
 * 2. answers `connect.challenge` with a v3 device signature over
 *    `v3|deviceId|clientId|clientMode|role|scopes|signedAt|token|nonce|platform|deviceFamily`,
 * 3. on `NOT_PAIRED` approves its own pairing request through `approve(requestId)` (the caller uses admin
 *    HTTP RPC `device.pair.approve`, which the bearer token authorizes) and connects again,
 * 4. reports its device id so the caller removes the pairing afterwards (`device.pair.remove`), also from the
 *    post step if this process dies.
 * Errors name the instance, the method and the gateway's error code; messages pass through the registry.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import WebSocket from 'ws';
import type { SecretRegistry } from '../common/secrets.js';

export class OperatorSessionError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'OperatorSessionError';
  }
}

export interface OperatorSessionOptions {
  instanceId: string;
  /** Gateway base URL (`http(s)://host:port[/base]`); the WebSocket is the same origin and path. */
  url: string;
  token: string;
  registry: SecretRegistry;
  /** Approves a pairing request (admin HTTP RPC `device.pair.approve`). */
  approve: (requestId: string) => Promise<void>;
  /** Called once, when a connect carrying the device is first sent (so a post step can unpair it). */
  onDevice?: (deviceId: string) => void;
  /** Per-frame timeout. Default 20 s. */
  timeoutMs?: number;
  /** Budget for retryable `UNAVAILABLE` (gateway starting). Default 60 s. */
  startupBudgetMs?: number;
  version?: string;
}

interface Pending {
  resolve: (frame: ResFrame) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface ResFrame {
  type: 'res';
  id: string;
  ok: boolean;
  payload?: unknown;
  error?: { code?: string; message?: string; details?: Record<string, unknown>; retryAfterMs?: number };
}

const SCOPES = ['operator.admin'];
const CLIENT = { id: 'cli', mode: 'cli' } as const;

/** Converts an http(s) gateway URL into its WebSocket URL. */
export function wsUrlFor(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new OperatorSessionError(`gateway URL must be http(s), got ${u.protocol}`);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  u.search = '';
  u.hash = '';
  return u.toString();
}

interface DeviceIdentity {
  deviceId: string;
  publicKey: string;
  privateKey: KeyObject;
}

function newIdentity(): DeviceIdentity {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { deviceId: createHash('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
}

export class OperatorSession {
  private nextId = 0;
  private readonly pending = new Map<string, Pending>();
  private closed = false;

  private constructor(
    private readonly ws: WebSocket,
    private readonly opts: OperatorSessionOptions,
    readonly deviceId: string,
    readonly scopes: string[],
    readonly serverVersion: string | undefined,
  ) {
    ws.on('message', (data) => this.onMessage(String(data)));
    ws.on('close', () => this.failAll(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket`, 'closed')));
  }

  /** Connects (pairing the ephemeral device when needed). */
  static async open(opts: OperatorSessionOptions): Promise<OperatorSession> {
    const identity = newIdentity();
    let announced = false;
    // The device exists for the gateway only once a connect carrying it was sent: report it then (not
    // before), so a gateway that never answered leaves nothing to unpair.
    const announce = () => {
      if (announced) return;
      announced = true;
      opts.onDevice?.(identity.deviceId);
    };
    const deadline = Date.now() + (opts.startupBudgetMs ?? 60_000);
    let approved = false;
    for (let attempt = 0; ; attempt++) {
      const result = await connectOnce(opts, identity, announce);
      if (result.ok) return new OperatorSession(result.ws, opts, identity.deviceId, result.scopes, result.serverVersion);
      const err = result.error;
      if (err.code === 'NOT_PAIRED' && !approved && typeof err.details?.['requestId'] === 'string') {
        await opts.approve(err.details['requestId']);
        approved = true;
        continue;
      }
      const retryAfter = typeof err.retryAfterMs === 'number' ? err.retryAfterMs : typeof err.details?.['retryAfterMs'] === 'number' ? (err.details['retryAfterMs'] as number) : undefined;
      if (err.code === 'UNAVAILABLE' && Date.now() + (retryAfter ?? 1000) < deadline && attempt < 30) {
        await new Promise((r) => setTimeout(r, Math.min(retryAfter ?? 1000, 5000)));
        continue;
      }
      throw new OperatorSessionError(
        opts.registry.redact(`${opts.instanceId}: WebSocket connect refused (${err.code ?? 'error'}): ${err.message ?? 'no message'}${err.code === 'NOT_PAIRED' ? ' — the pairing approval did not take effect' : ''}`),
        err.code,
      );
    }
  }

  private onMessage(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    const f = frame as Partial<ResFrame>;
    if (f.type !== 'res' || typeof f.id !== 'string') return;
    const p = this.pending.get(f.id);
    if (!p) return;
    this.pending.delete(f.id);
    clearTimeout(p.timer);
    p.resolve(f as ResFrame);
  }

  private failAll(e: Error): void {
    this.closed = true;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(e);
      this.pending.delete(id);
    }
  }

  /** Calls one method; rejects with the gateway's error code and (scrubbed) message. */
  async call<T = unknown>(method: string, params: unknown): Promise<T> {
    if (this.closed) throw new OperatorSessionError(`${this.opts.instanceId}: ${method}: the session is closed`, 'closed');
    const id = `p${++this.nextId}`;
    const timeoutMs = this.opts.timeoutMs ?? 20_000;
    const frame = await new Promise<ResFrame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new OperatorSessionError(`${this.opts.instanceId}: ${method} timed out after ${timeoutMs} ms`, 'timeout'));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.ws.send(JSON.stringify({ type: 'req', id, method, params }), (e) => {
        if (!e) return;
        clearTimeout(timer);
        this.pending.delete(id);
        reject(new OperatorSessionError(`${this.opts.instanceId}: ${method}: send failed`, 'send'));
      });
    });
    if (frame.ok) return frame.payload as T;
    throw new OperatorSessionError(this.opts.registry.redact(`${this.opts.instanceId}: ${method} failed (${frame.error?.code ?? 'error'}): ${frame.error?.message ?? 'no message'}`), frame.error?.code);
  }

  close(): void {
    this.closed = true;
    try {
      this.ws.close(1000);
    } catch {
      // already closed
    }
  }
}

type ConnectResult = { ok: true; ws: WebSocket; scopes: string[]; serverVersion: string | undefined } | { ok: false; error: NonNullable<ResFrame['error']> };

function connectOnce(opts: OperatorSessionOptions, identity: DeviceIdentity, announce: () => void): Promise<ConnectResult> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    let settled = false;
    const ws = new WebSocket(wsUrlFor(opts.url), { handshakeTimeout: timeoutMs, maxPayload: 32 * 1024 * 1024, followRedirects: false });
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket handshake timed out after ${timeoutMs} ms`, 'timeout')); }), timeoutMs);
    ws.on('error', (e) => done(() => reject(new OperatorSessionError(opts.registry.redact(`${opts.instanceId}: WebSocket to ${new URL(opts.url).host} failed: ${(e as NodeJS.ErrnoException).code ?? e.message}`), 'unreachable'))));
    ws.on('unexpected-response', (_req, res) => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket upgrade refused with HTTP ${res.statusCode}`, res.statusCode === 401 || res.statusCode === 403 ? 'unauthorized' : 'protocol')); }));
    ws.on('close', (code) => done(() => reject(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket during connect (code ${code})`, 'closed'))));
    ws.on('message', (data) => {
      let m: { type?: string; event?: string; id?: string; ok?: boolean; payload?: unknown; error?: ResFrame['error'] };
      try {
        m = JSON.parse(String(data));
      } catch {
        return;
      }
      if (m.type === 'event' && m.event === 'connect.challenge') {
        const challenge = (m.payload ?? {}) as { nonce?: unknown; ts?: unknown };
        const nonce = String(challenge.nonce ?? '');
        const signedAt = typeof challenge.ts === 'number' ? challenge.ts : Date.now();
        const platform = process.platform;
        const payload = ['v3', identity.deviceId, CLIENT.id, CLIENT.mode, 'operator', SCOPES.join(','), String(signedAt), opts.token, nonce, platform, ''].join('|');
        const signature = sign(null, Buffer.from(payload, 'utf8'), identity.privateKey).toString('base64url');
        announce();
        ws.send(
          JSON.stringify({
            type: 'req',
            id: 'connect',
            method: 'connect',
            params: {
              minProtocol: 4,
              maxProtocol: 4,
              client: { id: CLIENT.id, version: opts.version ?? '0.1.0', platform, mode: CLIENT.mode },
              role: 'operator',
              scopes: SCOPES,
              caps: [],
              auth: { token: opts.token },
              userAgent: `clawfleet/${opts.version ?? '0.1.0'}`,
              device: { id: identity.deviceId, publicKey: identity.publicKey, signature, signedAt, nonce },
            },
          }),
        );
        return;
      }
      if (m.type === 'res' && m.id === 'connect') {
        if (m.ok) {
          const payload = (m.payload ?? {}) as { auth?: { scopes?: unknown }; server?: { version?: unknown } };
          const scopes = Array.isArray(payload.auth?.scopes) ? payload.auth.scopes.filter((s): s is string => typeof s === 'string') : [];
          if (!scopes.includes('operator.admin')) {
            done(() => {
              ws.close(1000);
              reject(new OperatorSessionError(`${opts.instanceId}: the gateway granted scopes [${scopes.join(', ')}] but provisioning needs operator.admin`, 'scope'));
            });
            return;
          }
          done(() => resolve({ ok: true, ws, scopes, serverVersion: typeof payload.server?.version === 'string' ? payload.server.version : undefined }));
        } else {
          done(() => {
            ws.terminate();
            resolve({ ok: false, error: m.error ?? {} });
          });
        }
      }
    });
  });
}
