/**
 * An in-memory OpenClaw gateway fleet implementing the GatewayClient contract, for fast and deterministic
 * engine tests (300 and 10 000 instances in one process, fake timers). It reproduces the behaviours the
 * engine depends on, as measured against the real 2026.9.6 gateway:
 * - per-gateway opaque hashes (same content, different hash on each gateway);
 * - `config.get` shows secrets as `__OPENCLAW_REDACTED__` but `${VAR}` references verbatim; `config.apply`
 *   restores a sentinel from the value the file holds, and rejects one with no value to restore;
 * - a stale baseHash → conflict; an invalid config → rejected with issues;
 * - a write needing a restart answers at once with requiresRestart, then the gateway is down for a while
 *   and comes back with its uptime reset; a 30 s cooldown between restarts defers the next one;
 * - a no-op `config.apply` never answers (here: a timeout after the call's timeout, counted in `noopApplies`);
 * - `${VAR}` missing from the gateway's env → a "Missing env var" warning;
 * - 30 writes / 60 s per method (knob), answered with rate-limited + retryAfterMs.
 * Every call is logged (sequence number, time, instance, method) so tests can assert who got which RPC.
 */
import JSON5 from 'json5';
import { createHash } from 'node:crypto';
import { GatewayError } from '../../src/fleet/client.js';
import type { GatewayErrorKind } from '../../src/fleet/types.js';
import type { CallOptions, ConfigSnapshot, GatewayClient, HealthRpc, InstanceSpec, ReadyzResult, ReloadKind, StartupzResult, WriteResult } from '../../src/fleet/types.js';

export const SENTINEL = '__OPENCLAW_REDACTED__';
const SECRET_KEY = /(token|apikey|password|secret)$/i;
const ENV_REF = /^\$\{[A-Z_][A-Z0-9_]*\}$/;

export interface Knobs {
  /** Every call fails as connection refused. */
  unreachable?: boolean;
  /** Every call hangs until its timeout (SIGSTOP / black hole). */
  hang?: boolean;
  /** Extra latency per call (ms). */
  latencyMs?: number;
  /** /readyz says not ready (503). */
  notReady?: boolean;
  /** health RPC ok:false + a plugin error (score drops by 35). */
  degraded?: boolean;
  /** From this time on (ms epoch) the gateway is unhealthy (not ready). */
  unhealthyAfter?: number;
  /** Rejects a config: return an issue message, or undefined to accept. */
  reject?: (config: Record<string, unknown>) => string | undefined;
  /** Next write answers UNAVAILABLE; `persist` says whether it was persisted (not applied). */
  unavailableOnWrite?: { persist: boolean; applyAfterRestart?: boolean };
  /** Writes per method per window before rate-limited (default: unlimited). */
  rateLimit?: { count: number; windowMs: number };
  /** Called before a write is handled (e.g. simulate an operator edit → stale baseHash). */
  beforeWrite?: (gw: FakeGateway) => void;
  /** Downtime of a restart (ms). Default 2000. */
  restartMs?: number;
  /** Delay between a restart-requiring write and the restart (ms). Default 500. */
  restartDelayMs?: number;
  /** The gateway never restarts (restart-timeout). */
  neverRestart?: boolean;
  /** After a successful write, /readyz goes not-ready (the config breaks the gateway). */
  failAfterWrite?: boolean;
  /** Writes take this long to answer (ms), e.g. to exceed a progress deadline. */
  writeLatencyMs?: number;
}

export interface CallRecord {
  seq: number;
  t: number;
  id: string;
  method: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function canonical(v: unknown): string {
  const sort = (x: unknown): unknown => (Array.isArray(x) ? x.map(sort) : isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x);
  return JSON.stringify(sort(v));
}

function redact(v: unknown, key = ''): unknown {
  if (typeof v === 'string') return SECRET_KEY.test(key) && !ENV_REF.test(v) ? SENTINEL : v;
  if (Array.isArray(v)) return v.map((x) => redact(x, ''));
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x, k)]));
  return v;
}

/** Replaces sentinels with the values the current file holds at the same path; throws when there is none. */
function unredact(next: unknown, cur: unknown, path: string[]): unknown {
  if (next === SENTINEL) {
    if (typeof cur !== 'string' || cur === SENTINEL) throw new Error(`Sentinel value "${SENTINEL}" in key ${path.join('.')} is not valid as real data`);
    return cur;
  }
  if (Array.isArray(next)) return next.map((x, i) => unredact(x, Array.isArray(cur) ? cur[i] : undefined, [...path, String(i)]));
  if (isObj(next)) return Object.fromEntries(Object.entries(next).map(([k, x]) => [k, unredact(x, isObj(cur) ? cur[k] : undefined, [...path, k])]));
  return next;
}

function envRefs(v: unknown, path: string[], out: Array<{ path: string; name: string }>): void {
  if (typeof v === 'string') {
    for (const m of v.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)\}/g)) out.push({ path: path.join('.'), name: m[1]! });
  } else if (Array.isArray(v)) v.forEach((x, i) => envRefs(x, [...path, String(i)], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) envRefs(x, [...path, k], out);
}

/** Paths whose value differs (objects descended), for restart classification. */
function changedPaths(a: unknown, b: unknown, path: string[] = [], out: string[] = []): string[] {
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path.length === 0 && k === 'meta') continue;
      changedPaths(a[k], b[k], [...path, k], out);
    }
    return out;
  }
  if (canonical(a) !== canonical(b)) out.push(path.join('.'));
  return out;
}

/** Reload kinds by longest prefix (a subset of OpenClaw's rules; unknown → restart). */
export const DEFAULT_RELOAD_RULES: Array<[string, ReloadKind]> = [
  ['gateway.port', 'restart'],
  ['gateway.bind', 'restart'],
  ['gateway.auth.mode', 'restart'],
  ['gateway.http', 'hot'],
  ['gateway.controlUi', 'hot'],
  ['gateway', 'restart'],
  ['env', 'restart'],
  ['ui', 'none'],
  ['logging', 'none'],
  ['models', 'hot'],
  ['agents', 'hot'],
  ['plugins', 'hot'],
  ['channels', 'hot'],
  ['tools', 'hot'],
  ['session', 'hot'],
  ['messages', 'hot'],
  ['update', 'none'],
  ['discovery', 'hot'],
  ['browser', 'hot'],
  ['cron', 'hot'],
  ['meta', 'none'],
];

export function reloadKindOf(path: string, rules = DEFAULT_RELOAD_RULES): ReloadKind {
  let best: [string, ReloadKind] | undefined;
  for (const r of rules) if ((path === r[0] || path.startsWith(r[0] + '.')) && (!best || r[0].length > best[0].length)) best = r;
  return best?.[1] ?? 'restart';
}

export interface FakeFleetOptions {
  /** Time source (default Date.now — faked by vitest timers). */
  now?: () => number;
  /** Default per-call timeout (ms). Default 10 000. */
  timeoutMs?: number;
  /** Gateway env per instance (for `${VAR}` warnings). Default: every var "present". */
  env?: (id: string) => Record<string, string> | undefined;
}

export class FakeGateway {
  file: Obj; // real values (unredacted), including meta
  hashSalt: string;
  revision = 0;
  appliedRevision = 0;
  bootAt: number;
  downUntil = 0;
  lastRestartAt = -Infinity;
  pendingRestart: number | undefined;
  knobs: Knobs = {};
  writes: Array<{ method: string; t: number; raw: string }> = [];
  writeTimes = new Map<string, number[]>();
  noopApplies = 0;
  restarts = 0;
  env: Record<string, string> | undefined;

  constructor(
    readonly id: string,
    readonly url: string,
    initial: Obj,
    private readonly fleet: FakeFleet,
  ) {
    this.file = { ...structuredClone(initial), meta: { lastTouchedVersion: '2026.9.6' } };
    this.hashSalt = createHash('sha256').update(id + Math.random()).digest('hex').slice(0, 8);
    this.bootAt = fleet.now() - 60_000;
    this.env = fleet.opts.env?.(id);
  }

  hash(): string {
    return `hmac-sha256:v1:${createHash('sha256').update(this.hashSalt + canonical(this.file)).digest('base64url').slice(0, 43)}`;
  }

  /** The file as an operator would see it (secrets real). */
  content(): Obj {
    return structuredClone(this.file);
  }

  /** Simulates an operator editing the file directly (hash changes, content changes, applied by the watcher). */
  operatorEdit(mutate: (f: Obj) => void): void {
    mutate(this.file);
    this.revision++;
    this.appliedRevision = this.revision;
  }

  private tick(): void {
    const now = this.fleet.now();
    if (this.pendingRestart !== undefined && now >= this.pendingRestart && !this.knobs.neverRestart) {
      const restartAt = Math.max(this.pendingRestart, this.lastRestartAt + 30_000);
      if (now >= restartAt) {
        this.pendingRestart = undefined;
        this.lastRestartAt = restartAt;
        this.downUntil = restartAt + (this.knobs.restartMs ?? 2000);
        this.bootAt = this.downUntil;
        this.appliedRevision = this.revision;
        this.restarts++;
      }
    }
  }

  isDown(): boolean {
    this.tick();
    return this.fleet.now() < this.downUntil;
  }

  snapshot(): ConfigSnapshot {
    const redacted = redact(this.file) as Obj;
    const warnings: Array<{ path: string; message: string }> = [];
    if (this.env) {
      const refs: Array<{ path: string; name: string }> = [];
      envRefs(this.file, [], refs);
      for (const r of refs) if (!this.env[r.name]) warnings.push({ path: r.path, message: `Missing env var "${r.name}" - feature using this value will be unavailable` });
    }
    return {
      path: `/fake/${this.id}/openclaw.json`,
      exists: true,
      hash: this.hash(),
      raw: JSON.stringify(redacted, null, 2) + '\n',
      parsed: redacted,
      config: redacted,
      valid: true,
      issues: [],
      warnings,
      configRevisionHash: `rev-${this.revision}`,
      appliedConfigHash: `rev-${this.appliedRevision}`,
    };
  }

  apply(method: string, params: { raw: string; baseHash: string }): WriteResult {
    this.knobs.beforeWrite?.(this);
    const now = this.fleet.now();
    if (this.knobs.rateLimit) {
      const times = (this.writeTimes.get(method) ?? []).filter((t) => t > now - this.knobs.rateLimit!.windowMs);
      if (times.length >= this.knobs.rateLimit.count) {
        const retryAfterMs = times[0]! + this.knobs.rateLimit.windowMs - now;
        throw this.err('rate-limited', method, `rate limit exceeded for ${method}; retry after ${Math.ceil(retryAfterMs / 1000)}s`, { retryAfterMs, retryable: true, httpStatus: 503 });
      }
      times.push(now);
      this.writeTimes.set(method, times);
    }
    if (params.baseHash !== this.hash()) throw this.err('conflict', method, 'config changed since last load; re-run config.get and retry', { httpStatus: 400, code: 'INVALID_REQUEST' });
    let next: Obj;
    try {
      next = JSON5.parse(params.raw) as Obj;
    } catch (e) {
      throw this.err('rejected', method, `SyntaxError: ${(e as Error).message}`, { httpStatus: 400 });
    }
    try {
      next = unredact(next, this.file, []) as Obj;
    } catch (e) {
      throw this.err('rejected', method, (e as Error).message, { httpStatus: 400 });
    }
    const issue = this.knobs.reject?.(next) ?? (JSON.stringify(next).includes('"bogusKey"') ? 'ui: Unrecognized key: "bogusKey"' : undefined);
    if (issue) throw this.err('rejected', method, `invalid config: ${issue}`, { httpStatus: 400, issues: [{ path: issue.split(':')[0]!, message: issue }] });
    const withMeta = { ...next, meta: this.file['meta'] ?? { lastTouchedVersion: '2026.9.6' } };
    const changed = changedPaths(this.file, withMeta);
    if (changed.length === 0) {
      // The real gateway never answers a no-op config.apply.
      this.noopApplies++;
      throw this.err('timeout', method, `no answer within ${this.fleet.opts.timeoutMs ?? 10_000} ms`, { retryable: true });
    }
    const u = this.knobs.unavailableOnWrite;
    if (u) {
      this.knobs.unavailableOnWrite = undefined;
      if (u.persist) {
        this.writes.push({ method, t: now, raw: params.raw });
        this.file = withMeta;
        this.revision++; // persisted, not applied (appliedRevision stays) until a restart
      }
      throw this.err('unavailable', method, `${u.persist ? 'config persisted but not applied' : 'gateway draining'}; restart the gateway`, { httpStatus: 503, code: 'UNAVAILABLE' });
    }
    this.writes.push({ method, t: now, raw: params.raw });
    this.file = withMeta;
    this.revision++;
    const requiresRestart = changed.some((p) => reloadKindOf(p) === 'restart');
    if (requiresRestart) this.pendingRestart = now + (this.knobs.restartDelayMs ?? 500);
    else this.appliedRevision = this.revision;
    if (this.knobs.failAfterWrite) this.knobs.notReady = true;
    return { ok: true, hash: this.hash(), changedPaths: changed, requiresRestart, raw: {} };
  }

  err(kind: GatewayErrorKind, method: string, message: string, extra: { httpStatus?: number; code?: string; retryAfterMs?: number; retryable?: boolean; issues?: Array<{ path: string; message: string }> } = {}): GatewayError {
    return new GatewayError({ kind, instanceId: this.id, method, message: `${this.id}: ${method} (${this.url}) ${kind}: ${message}`, ...extra });
  }
}

export class FakeFleet {
  readonly gateways = new Map<string, FakeGateway>();
  readonly log: CallRecord[] = [];
  private seq = 0;
  readonly now: () => number;
  constructor(readonly opts: FakeFleetOptions = {}) {
    this.now = opts.now ?? (() => Date.now());
  }

  add(id: string, initial: Obj, url = `http://127.0.0.1:1/i/${id}`): FakeGateway {
    const gw = new FakeGateway(id, url, initial, this);
    this.gateways.set(id, gw);
    return gw;
  }

  gw(id: string): FakeGateway {
    const g = this.gateways.get(id);
    if (!g) throw new Error(`no fake gateway ${id}`);
    return g;
  }

  calls(id?: string, after = 0): CallRecord[] {
    return this.log.filter((c) => (id === undefined || c.id === id) && c.seq > after);
  }

  lastSeq(): number {
    return this.seq;
  }

  clientFor = (spec: Pick<InstanceSpec, 'id'>): GatewayClient => {
    const gw = this.gw(spec.id);
    const fleet = this;
    const timeoutMs = this.opts.timeoutMs ?? 10_000;
    const sleep = (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const t = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        const onAbort = () => {
          clearTimeout(t);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    async function enter(method: string, opts?: CallOptions): Promise<void> {
      fleet.log.push({ seq: ++fleet.seq, t: fleet.now(), id: gw.id, method });
      opts?.signal?.throwIfAborted();
      if (gw.knobs.latencyMs) await sleep(gw.knobs.latencyMs, opts?.signal);
      if (gw.knobs.hang) {
        await sleep(opts?.timeoutMs ?? timeoutMs, opts?.signal);
        throw gw.err('timeout', method, `no answer within ${opts?.timeoutMs ?? timeoutMs} ms`, { retryable: true });
      }
      if (gw.knobs.unreachable || gw.isDown()) throw gw.err('unreachable', method, 'connection refused (nothing listens on that port)', { retryable: true });
    }
    const notReady = () => gw.knobs.notReady === true || (gw.knobs.unhealthyAfter !== undefined && fleet.now() >= gw.knobs.unhealthyAfter);
    const client: GatewayClient = {
      id: gw.id,
      url: gw.url,
      async call<T>(method: string, params?: unknown, o?: CallOptions): Promise<T> {
        switch (method) {
          case 'config.get':
            return (await client.configGet(o)) as T;
          default:
            await enter(method, o);
            return {} as T;
        }
      },
      async configGet(o) {
        await enter('config.get', o);
        return gw.snapshot();
      },
      async configApply(params, o) {
        await enter('config.apply', o);
        if (gw.knobs.writeLatencyMs) await sleep(gw.knobs.writeLatencyMs, o?.signal);
        return gw.apply('config.apply', params);
      },
      async configPatch(params, o) {
        await enter('config.patch', o);
        return gw.apply('config.patch', params);
      },
      async configSchema(o) {
        await enter('config.schema', o);
        return { schema: {}, version: '2026.9.6' };
      },
      async configSchemaLookup(path, o) {
        await enter('config.schema.lookup', o);
        return { path, reloadKind: reloadKindOf(path) };
      },
      async health(o) {
        await enter('health', o);
        const degraded = gw.knobs.degraded === true;
        return { ok: !degraded, plugins: { loaded: [], errors: degraded ? [{ id: 'broken-plugin' }] : [], unavailable: [] }, configReload: { hotReloadStatus: 'active' } } as HealthRpc;
      },
      async status(o) {
        await enter('status', o);
        return { runtimeVersion: '2026.9.6' };
      },
      async modelsAuthStatus(_p, o) {
        await enter('models.authStatus', o);
        return {};
      },
      async restartRequest(o) {
        await enter('gateway.restart.request', o);
        gw.pendingRestart = fleet.now() + 100;
        return { ok: true, status: 'scheduled' };
      },
      async updateStatus(o) {
        await enter('update.status', o);
        return {};
      },
      async healthz(o) {
        await enter('GET /healthz', o);
        return { status: 200, ok: true };
      },
      async readyz(o): Promise<ReadyzResult> {
        await enter('GET /readyz', o);
        const nr = notReady();
        return { status: nr ? 503 : 200, ready: !nr, failing: nr ? ['startup-sidecars'] : [], uptimeMs: fleet.now() - gw.bootAt, eventLoopDegraded: false };
      },
      async startupz(o): Promise<StartupzResult> {
        await enter('GET /startupz', o);
        return { status: 200, started: true, version: '2026.9.6', uptimeMs: fleet.now() - gw.bootAt };
      },
    };
    return client;
  };
}

/** A minimal valid-looking rehearsal config for instance `i`. */
export function baseGatewayConfig(i: number): Obj {
  return {
    gateway: { mode: 'local', bind: 'loopback', port: 20000 + i, auth: { mode: 'token' } },
    plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
    ui: { seamColor: '#000000' },
    logging: { file: `/tmp/fake-${i}.log` },
  };
}

/** N instances with overlays holding the per-instance part (port, log file). */
export function makeFleet(n: number, opts: FakeFleetOptions & { initial?: (i: number) => Obj; spec?: (i: number) => Partial<InstanceSpec> } = {}): { fleet: FakeFleet; instances: InstanceSpec[] } {
  const fleet = new FakeFleet(opts);
  const instances: InstanceSpec[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `gw-${i}`;
    const gw = fleet.add(id, opts.initial?.(i) ?? baseGatewayConfig(i));
    instances.push({
      id,
      url: gw.url,
      tier: 'primary',
      zone: 'z1',
      labels: {},
      tokenEnv: `GW_${i}_TOKEN`,
      overlay: { gateway: { port: 20000 + i }, logging: { file: `/tmp/fake-${i}.log` } },
      ...opts.spec?.(i),
    });
  }
  return { fleet, instances };
}

/** The repo config matching baseGatewayConfig (without the per-instance part), with a chosen accent colour. */
export function repoConfig(color = '#112233', extra: Obj = {}): Obj {
  return {
    gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' } },
    plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
    ui: { seamColor: color },
    ...extra,
  };
}
