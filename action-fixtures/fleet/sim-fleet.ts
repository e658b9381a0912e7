/**
 * Simulated fleet: ONE process serving thousands of OpenClaw-like gateways on loopback, for scale and fault
 * tests that real gateways (~20 s and ~0.8 GB each) cannot cover. Instances are routed by path prefix —
 * instance `sim-0042` lives at `http://127.0.0.1:<port>/i/sim-0042` — so 10 000 instances need one port.
 *
 * It reproduces the HTTP surface clawfleet uses, as measured on OpenClaw 2026.9.6 (openclaw-notes §3 and
 * the contract suite test/fleet/contract.gateway.test.ts, which runs the same cases here and on a real
 * gateway): probes (`/healthz`, `/readyz`, `/startupz`), `POST /api/v1/admin/rpc` with bearer auth and the
 * same status codes and error bodies, `config.get` (opaque per-instance HMAC hashes, redacted secrets,
 * valid/issues, configRevisionHash/appliedConfigHash), `config.apply`/`config.patch` with baseHash
 * semantics, merge-patch (null deletes, id-keyed arrays merge, shrinking an array needs `replacePaths`),
 * invalid-config rejection, the control-plane write limit (30 per 60 s per method per client IP, fixed
 * window, rejected writes count too), `health`, `status`, `config.schema.lookup` (reloadKind), restarts.
 *
 * Where it is an approximation (documented in the README section and the report): the default validity
 * rule knows only OpenClaw's root keys, `gateway.*` keys and a few typed fields (pass `validate` to plug in
 * the project's validator); `changedPaths` recurses only where both sides are objects; the
 * persisted-not-applied `UNAVAILABLE` body is modelled on the docs, not observed.
 *
 * Fault knobs per instance ({@link SimKnobs}): latency, black hole, connection reset, HTTP 500, not ready,
 * degraded event loop / plugins / model runtime, admin RPC disabled, persisted-not-applied writes, rejected
 * writes, unhealthy some time after a write, per-method errors, rate limit settings, restart downtime.
 * Every request is logged (instance, method, time, status) for assertions such as "instances 201–300 got
 * zero RPCs".
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSON5 from 'json5';
import { isPlainObject, type PlainObject } from '../../src/fleet/merge.js';

export const SIM_VERSION = '2026.9.6';
const REDACTED = '__OPENCLAW_REDACTED__';
const MAX_BODY = 1024 * 1024;

/** Per-instance fault and behaviour switches. Unset = behave like a healthy gateway. */
export interface SimKnobs {
  /** Delay before answering (ms). */
  latencyMs?: number;
  /** Accept the request and never answer (like a SIGSTOPped gateway). */
  blackHole?: boolean;
  /** Destroy the connection without answering. */
  reset?: boolean;
  /** Answer every request with HTTP 500. */
  status500?: boolean;
  /** Which routes latency/blackHole/reset/status500 affect. Default `all`. */
  faultScope?: 'all' | 'rpc' | 'probes';
  /** `/readyz` 503; `true` = failing `["agent-database:main"]`, or the given failing list. */
  notReady?: boolean | string[];
  /** Still starting: `/startupz` and `/readyz` 503, RPCs answer retryable UNAVAILABLE. */
  starting?: boolean;
  eventLoopDegraded?: boolean;
  health?: { ok?: boolean; pluginErrors?: string[]; pluginsUnavailable?: string[]; modelRuntimeDegraded?: boolean; hotReloadStatus?: string };
  /** The admin-http-rpc plugin is off: the RPC route answers 404. */
  adminRpcDisabled?: boolean;
  /** Config writes persist but are not applied: 503 UNAVAILABLE with `details.persistedConfig`. */
  persistNotApplied?: boolean;
  /** Every config write is rejected as invalid config with this message (e.g. version skew). */
  rejectWrites?: { message: string; issues?: Array<{ path: string; message: string }> };
  /** After each successful write, `/readyz` turns not ready this many ms later (a late-failing health gate). */
  unhealthyAfterWriteMs?: number;
  /** Control-plane write limit. Default 30 per 60 000 ms; `false` = unlimited. */
  rateLimit?: { limit: number; windowMs: number } | false;
  /** Version reported by `/startupz` and `status.runtimeVersion`. */
  version?: string;
  /** How long a restart keeps the instance down (connections reset). Default 0. */
  restartDowntimeMs?: number;
  /** Per-method error injection; `times` limits it to the next N calls. */
  methodErrors?: Record<string, { status: number; code: string; message: string; retryable?: boolean; retryAfterMs?: number; details?: unknown; times?: number }>;
  /** Overrides the `models.authStatus` payload. */
  authStatus?: unknown;
}

/** One logged request. */
export interface SimRequest {
  instance: string;
  /** RPC method (`config.patch`) or `GET /readyz` for probes. */
  method: string;
  time: number;
  status: number;
  /** A control-plane write (config.apply/patch/…, gateway.restart.request). */
  write: boolean;
}

export interface SimRequestLog {
  entries: SimRequest[];
  forInstance(id: string): SimRequest[];
  /** Count of requests, optionally for one instance and/or method. */
  count(filter?: { instance?: string; method?: string; write?: boolean }): number;
  /** Ids that received at least one request matching the filter. */
  instancesWith(filter?: { method?: string; write?: boolean }): Set<string>;
  clear(): void;
}

export interface SimInstanceInfo {
  id: string;
  url: string;
  token: string;
  tokenEnv: string;
}

/** What `configOf` returns: the true (unredacted) state of one instance. */
export interface SimConfigState {
  path: string;
  raw: string;
  parsed: PlainObject;
  hash: string;
  configRevisionHash: string | null;
  appliedConfigHash: string | null;
  valid: boolean;
  issues: Array<{ path: string; message: string }>;
  /** Successful config writes so far. */
  writes: number;
  /** Restarts so far. */
  restarts: number;
  uptimeMs: number;
  pid: number;
}

export interface StartSimFleetOptions {
  count: number;
  /** Port for the one listener (0/omitted = any free port). */
  basePort?: number;
  /** One token for all instances, a function per index, or (default) a random token per instance. */
  tokens?: string | ((index: number) => string);
  /** Initial knobs, for all instances or per index. */
  knobs?: SimKnobs | ((index: number) => SimKnobs | undefined);
  /** Initial config per instance (default: a minimal local-mode config). */
  config?: (index: number) => PlainObject;
  /** Validity rule for configs; returns issues (empty = valid). Default: see module doc. */
  validate?: (config: unknown) => Array<{ path: string; message: string }>;
  /** Id prefix (`sim` → `sim-0001`). */
  idPrefix?: string;
  /** tier/zone/labels per index for the inventory. Default primary, zones az-a/az-b/az-c round robin. */
  instance?: (index: number) => { tier?: 'primary' | 'standby'; zone?: string; labels?: Record<string, string> };
  /** Folder for the inventory file (default a temp folder, removed by stop()). */
  dir?: string;
  /** When every instance shares one token, the env var name for it. Default `SIM_FLEET_TOKEN`. */
  sharedTokenEnv?: string;
}

export interface SimFleet {
  instances: SimInstanceInfo[];
  /** tokenEnv → token. */
  env: Record<string, string>;
  inventoryFile: string;
  port: number;
  origin: string;
  log: SimRequestLog;
  /** Merges knobs into an instance's knobs (`undefined` values remove a knob). `'*'` = every instance. */
  setKnobs(id: string | string[] | '*', knobs: SimKnobs): void;
  clearKnobs(id?: string | string[] | '*'): void;
  configOf(id: string): SimConfigState;
  /** Simulates an operator editing the file directly (drift). Invalid content is kept on disk, not applied. */
  editConfig(id: string, config: PlainObject | string): void;
  /** Simulates a restart (uptime reset; `process` also changes the PID and clears rate-limit buckets). */
  restart(id: string, kind?: 'in-process' | 'process'): void;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Facts about OpenClaw 2026.9.6 the simulation needs

/** Root keys of the 2026.9.6 config schema (`openclaw config schema`, root additionalProperties:false). */
export const ROOT_KEYS = [
  '$schema', 'meta', 'env', 'wizard', 'diagnostics', 'logging', 'update', 'telemetry', 'browser', 'ui', 'secrets', 'auth',
  'accessGroups', 'acp', 'models', 'nodeHost', 'agents', 'worktreeRoot', 'worktreeAcceleration', 'tools', 'security',
  'bindings', 'broadcast', 'attachments', 'messages', 'tts', 'commands', 'approvals', 'session', 'cron', 'transcripts',
  'hooks', 'channels', 'discovery', 'talk', 'gateway', 'cloudWorkers', 'desktop', 'memory', 'mcp', 'skills', 'plugins',
  'surfaces', 'proxy',
] as const;
const GATEWAY_KEYS = [
  'port', 'mode', 'bind', 'customBindHost', 'publicOrigin', 'portals', 'controlUi', 'cliAgents', 'terminal', 'auth', 'roles',
  'trustedProxies', 'allowRealIpFallback', 'tools', 'tailscale', 'remote', 'reload', 'tls', 'http', 'push', 'nodes',
] as const;

/** Methods the admin-http-rpc plugin allows (openclaw-notes §3.6, `commands.list`). */
export const ADMIN_HTTP_METHODS = [
  'health', 'status', 'logs.tail', 'usage.status', 'usage.cost', 'gateway.restart.request', 'gateway.suspend.prepare',
  'gateway.suspend.status', 'gateway.suspend.resume', 'commands.list', 'config.get', 'config.schema', 'config.schema.lookup',
  'config.set', 'config.patch', 'config.apply', 'channels.status', 'channels.start', 'channels.stop', 'channels.logout',
  'web.login.start', 'web.login.wait', 'models.list', 'models.authStatus', 'agents.list', 'agents.create', 'agents.update',
  'agents.delete', 'exec.approvals.get', 'exec.approvals.set', 'exec.approvals.node.get', 'exec.approvals.node.set',
  'cron.status', 'cron.list', 'cron.get', 'cron.runs', 'cron.add', 'cron.update', 'cron.remove', 'cron.run',
  'device.pair.list', 'device.pair.approve', 'device.pair.reject', 'device.pair.remove', 'node.list', 'node.describe',
  'node.rename', 'node.pair.list', 'node.pair.approve', 'node.pair.reject', 'node.pair.remove', 'tasks.list', 'tasks.get',
  'tasks.cancel', 'doctor.memory.status', 'update.status',
] as const;
const ALLOWED = new Set<string>(ADMIN_HTTP_METHODS);

/** Control-plane writes reachable over admin HTTP that consume the 30/60 s budget (method registry). */
const RATE_LIMITED = new Set(['config.apply', 'config.patch', 'gateway.restart.request', 'gateway.suspend.prepare', 'cron.add', 'cron.update', 'cron.remove', 'cron.run']);

/**
 * `config.schema.lookup` reloadKind as measured on 2026.9.6 (contract suite; openclaw-notes §3.4 is coarser).
 * The longest listed prefix of a path decides; unlisted roots are `hot`.
 */
const RELOAD_KINDS: Record<string, 'hot' | 'restart' | 'none'> = {
  gateway: 'restart',
  'gateway.roles': 'hot',
  'gateway.remote': 'none',
  'gateway.reload': 'none',
  'gateway.trustedProxies': 'hot',
  'gateway.http': 'restart',
  'gateway.http.endpoints': 'hot',
  'gateway.controlUi': 'restart',
  'gateway.controlUi.enabled': 'hot',
  'gateway.controlUi.allowedOrigins': 'hot',
  browser: 'restart',
  'browser.enabled': 'hot',
  update: 'restart',
  'update.checkOnStart': 'hot',
  discovery: 'restart',
  'discovery.mdns.mode': 'hot',
  diagnostics: 'restart',
  'diagnostics.enabled': 'hot',
  env: 'restart',
  auth: 'restart',
  memory: 'restart',
  approvals: 'restart',
  security: 'restart',
  proxy: 'restart',
  agents: 'none',
  'agents.defaults': 'hot',
  'agents.entries': 'hot',
  logging: 'none',
  session: 'none',
  ui: 'none',
  meta: 'none',
  $schema: 'none',
  wizard: 'none',
  secrets: 'none',
  messages: 'none',
  skills: 'none',
  commands: 'none',
  talk: 'none',
  bindings: 'none',
  tts: 'none',
};

/** reloadKind of a config path, as `config.schema.lookup` reports it (longest listed prefix wins). */
export function reloadKindOf(path: string): 'hot' | 'restart' | 'none' {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const kind = RELOAD_KINDS[parts.slice(0, n).join('.')];
    if (kind) return kind;
  }
  return 'hot';
}

const ENUMS: Record<string, readonly string[]> = {
  'gateway.mode': ['local', 'remote'],
  'gateway.bind': ['auto', 'lan', 'loopback', 'custom', 'tailnet'],
  'gateway.reload.mode': ['off', 'hybrid'],
};

/**
 * Default validity rule: root must be an object; unknown root / `gateway` keys; `gateway.port` an integer
 * 1..65535; the enums above. Messages and issue order as OpenClaw (zod) reports them: nested issues in
 * property order first, then the object's unrecognized keys.
 */
export function defaultValidate(config: unknown): Array<{ path: string; message: string }> {
  if (!isPlainObject(config)) return [{ path: '', message: `Invalid input: expected object, received ${Array.isArray(config) ? 'array' : config === null ? 'null' : typeof config}` }];
  const issues: Array<{ path: string; message: string }> = [];
  const gw = config['gateway'];
  if (gw !== undefined) {
    if (!isPlainObject(gw)) issues.push({ path: 'gateway', message: `Invalid input: expected object, received ${typeName(gw)}` });
    else {
      for (const key of GATEWAY_KEYS) {
        if (!(key in gw)) continue;
        const v = gw[key];
        const path = `gateway.${key}`;
        if (key === 'port') {
          if (typeof v !== 'number') issues.push({ path, message: `Invalid input: expected number, received ${typeName(v)}` });
          else if (!Number.isInteger(v)) issues.push({ path, message: 'Invalid input: expected int, received number' });
          else if (v > 65535) issues.push({ path, message: 'Too big: expected number to be <=65535 (maximum: 65535)' });
          else if (v < 1) issues.push({ path, message: 'Too small: expected number to be >=1 (minimum: 1)' });
        } else if (ENUMS[path] && !ENUMS[path].includes(v as string)) {
          issues.push({ path, message: `Invalid input (allowed: ${ENUMS[path].map((x) => `"${x}"`).join(', ')})` });
        } else if (key === 'reload' && isPlainObject(v) && v['mode'] !== undefined && !ENUMS['gateway.reload.mode']?.includes(v['mode'] as string)) {
          issues.push({ path: 'gateway.reload.mode', message: 'Invalid input (allowed: "off", "hybrid")' });
        }
      }
      const unknown = Object.keys(gw).filter((k) => !(GATEWAY_KEYS as readonly string[]).includes(k));
      if (unknown.length > 0) issues.push({ path: 'gateway', message: unrecognized(unknown) });
    }
  }
  const unknownRoot = Object.keys(config).filter((k) => !(ROOT_KEYS as readonly string[]).includes(k));
  if (unknownRoot.length > 0) issues.push({ path: '', message: unrecognized(unknownRoot) });
  return issues;
}

function unrecognized(keys: string[]): string {
  return keys.length === 1 ? `Unrecognized key: "${keys[0]}"` : `Unrecognized keys: ${keys.map((k) => `"${k}"`).join(', ')}`;
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

// ---------------------------------------------------------------------------------------------------------
// One simulated gateway

class SimInstance {
  readonly key = randomBytes(32);
  readonly path: string;
  raw = '';
  parsed: PlainObject = {};
  hash = '';
  revisionHash: string | null = null;
  appliedHash: string | null = null;
  valid = true;
  issues: Array<{ path: string; message: string }> = [];
  knobs: SimKnobs = {};
  bootAt = Date.now();
  downUntil = 0;
  pid: number;
  writes = 0;
  restarts = 0;
  lastRestartAt = 0;
  unhealthyAt = Infinity;
  buckets = new Map<string, { count: number; windowStart: number }>();
  methodErrorUses = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly token: string,
    initial: PlainObject,
    index: number,
  ) {
    this.path = `/sim/${id}/openclaw.json`;
    this.pid = 100_000 + index;
    this.setFile(JSON.stringify(initial, null, 2) + '\n', initial, true);
  }

  hmac(data: string): string {
    return `hmac-sha256:v1:${createHmac('sha256', this.key).update(data).digest('base64url')}`;
  }

  /** Writes the file; `apply` = the runtime takes it (valid content, not persist-only). */
  setFile(raw: string, parsed: PlainObject, apply: boolean, issues: Array<{ path: string; message: string }> = []): void {
    this.raw = raw;
    this.parsed = parsed;
    this.hash = this.hmac(raw);
    this.valid = issues.length === 0;
    this.issues = issues;
    this.revisionHash = this.valid ? this.hmac(`rev\0${stableStringify(parsed)}`) : null;
    if (apply && this.valid) this.appliedHash = this.revisionHash;
  }

  uptimeMs(now: number): number {
    return Math.max(0, now - this.bootAt);
  }

  restart(kind: 'in-process' | 'process', now: number): void {
    const down = this.knobs.restartDowntimeMs ?? 0;
    this.downUntil = now + down;
    this.bootAt = now + down;
    this.restarts++;
    this.lastRestartAt = now;
    this.unhealthyAt = Infinity;
    if (kind === 'process') {
      this.pid += 1_000_000;
      this.buckets.clear(); // only replacing the process clears the limiter (rate-limiting.md)
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Starts the simulated fleet on 127.0.0.1. */
export async function startSimFleet(opts: StartSimFleetOptions): Promise<SimFleet> {
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error(`sim fleet: count must be an integer ≥ 1, got ${String(opts.count)}`);
  const prefix = opts.idPrefix ?? 'sim';
  const width = Math.max(4, String(opts.count).length);
  const validate = opts.validate ?? defaultValidate;
  const sharedToken = typeof opts.tokens === 'string' ? opts.tokens : undefined;
  const sharedTokenEnv = opts.sharedTokenEnv ?? 'SIM_FLEET_TOKEN';
  const instances = new Map<string, SimInstance>();
  const order: SimInstance[] = [];
  for (let i = 0; i < opts.count; i++) {
    const id = `${prefix}-${String(i + 1).padStart(width, '0')}`;
    const token = sharedToken ?? (typeof opts.tokens === 'function' ? opts.tokens(i) : randomBytes(18).toString('base64url'));
    const inst = new SimInstance(id, token, opts.config?.(i) ?? defaultSimConfig(i), i);
    const k = typeof opts.knobs === 'function' ? opts.knobs(i) : opts.knobs;
    if (k) inst.knobs = { ...k };
    instances.set(id, inst);
    order.push(inst);
  }

  const entries: SimRequest[] = [];
  const log: SimRequestLog = {
    entries,
    forInstance: (id) => entries.filter((e) => e.instance === id),
    count: (f = {}) =>
      entries.filter((e) => (f.instance === undefined || e.instance === f.instance) && (f.method === undefined || e.method === f.method) && (f.write === undefined || e.write === f.write)).length,
    instancesWith: (f = {}) =>
      new Set(entries.filter((e) => (f.method === undefined || e.method === f.method) && (f.write === undefined || e.write === f.write)).map((e) => e.instance)),
    clear: () => {
      entries.length = 0;
    },
  };

  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: `sim fleet error: ${String(err)}` } });
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const m = /^\/i\/([^/?#]+)(\/[^?#]*)?/.exec(url);
    const inst = m ? instances.get(decodeURIComponent(m[1] as string)) : undefined;
    if (!m || !inst) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const path = m[2] ?? '/';
    const now = Date.now();
    const isRpc = path === '/api/v1/admin/rpc';
    const probe = ['/healthz', '/health', '/readyz', '/ready', '/startupz', '/startup'].includes(path);
    const k = inst.knobs;
    const faultHere = (k.faultScope ?? 'all') === 'all' || (k.faultScope === 'rpc' ? isRpc : probe);
    const record = (method: string, status: number, write = false) => entries.push({ instance: inst.id, method, time: now, status, write });

    if (now < inst.downUntil) {
      record(isRpc ? 'rpc' : `${req.method} ${path}`, 0);
      req.socket.destroy(); // restarting: nothing listens
      return;
    }
    if (faultHere && k.latencyMs) await new Promise<void>((r) => later(k.latencyMs as number, r));
    if (faultHere && k.blackHole) {
      record(isRpc ? 'rpc' : `${req.method} ${path}`, 0);
      return; // never answer; stop() destroys the socket
    }
    if (faultHere && k.reset) {
      record(isRpc ? 'rpc' : `${req.method} ${path}`, 0);
      req.socket.destroy();
      return;
    }
    if (faultHere && k.status500) {
      record(isRpc ? 'rpc' : `${req.method} ${path}`, 500);
      sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'injected failure' } });
      return;
    }
    if (probe) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        record(`${req.method} ${path}`, 405);
        sendJson(res, 405, { ok: false, error: { type: 'method_not_allowed', message: 'Method Not Allowed' } });
        return;
      }
      const [status, body] = probeAnswer(inst, path, Date.now());
      record(`GET ${path}`, status);
      sendJson(res, status, body);
      return;
    }
    if (!isRpc || k.adminRpcDisabled) {
      record(`${req.method} ${path}`, 404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    if (req.method !== 'POST') {
      record('rpc', 405);
      sendJson(res, 405, { ok: false, error: { type: 'method_not_allowed', message: 'Method Not Allowed' } });
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || auth.slice(7) !== inst.token) {
      await drain(req);
      record('rpc', 401);
      sendJson(res, 401, { error: { message: 'Unauthorized', type: 'unauthorized' } });
      return;
    }
    const text = await readBody(req);
    if (text === null) {
      record('rpc', 413);
      sendJson(res, 413, { ok: false, error: { type: 'payload_too_large', message: 'Payload Too Large' } });
      return;
    }
    let body: { id?: unknown; method?: unknown; params?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
      if (!isPlainObject(body)) throw new Error('not an object');
    } catch {
      record('rpc', 400);
      sendJson(res, 400, { ok: false, error: { type: 'invalid_request', message: 'request body must be valid JSON' } });
      return;
    }
    const id = typeof body.id === 'string' ? body.id : cryptoId();
    const method = typeof body.method === 'string' ? body.method : '';
    const write = RATE_LIMITED.has(method);
    const reply = (status: number, payload: { ok: true; payload: unknown } | { ok: false; error: Record<string, unknown> }) => {
      record(method || 'rpc', status, write);
      sendJson(res, status, { id, ...payload });
    };
    const fail = (code: string, message: string, extra: Record<string, unknown> = {}) => reply(httpStatusFor(code), { ok: false, error: { code, message, ...extra } });
    if (!method) return fail('INVALID_REQUEST', 'admin HTTP RPC request requires a method');
    if (!ALLOWED.has(method)) return fail('INVALID_REQUEST', `admin HTTP RPC method is not supported: ${method}`);
    if (k.starting) return fail('UNAVAILABLE', 'gateway starting', { retryable: true, retryAfterMs: 500, details: { reason: 'startup-sidecars' } });
    if (write) {
      const limit = k.rateLimit === undefined ? { limit: 30, windowMs: 60_000 } : k.rateLimit;
      if (limit) {
        const bucketKey = `${method}|${req.socket.remoteAddress ?? 'unknown-ip'}`;
        const b = inst.buckets.get(bucketKey);
        const t = Date.now();
        if (!b || t - b.windowStart >= limit.windowMs) inst.buckets.set(bucketKey, { count: 1, windowStart: t });
        else if (b.count >= limit.limit) {
          const retryAfterMs = Math.max(0, b.windowStart + limit.windowMs - t);
          return fail('UNAVAILABLE', `rate limit exceeded for ${method}; retry after ${Math.ceil(retryAfterMs / 1000)}s`, {
            retryable: true,
            retryAfterMs,
            details: { method, limit: `${limit.limit} per ${limit.windowMs / 1000}s` },
          });
        } else b.count++;
      }
    }
    const injected = k.methodErrors?.[method];
    if (injected) {
      const used = inst.methodErrorUses.get(method) ?? 0;
      if (injected.times === undefined || used < injected.times) {
        inst.methodErrorUses.set(method, used + 1);
        return reply(injected.status, {
          ok: false,
          error: {
            code: injected.code,
            message: injected.message,
            ...(injected.retryable !== undefined ? { retryable: injected.retryable } : {}),
            ...(injected.retryAfterMs !== undefined ? { retryAfterMs: injected.retryAfterMs } : {}),
            ...(injected.details !== undefined ? { details: injected.details } : {}),
          },
        });
      }
    }
    const params = (isPlainObject(body.params) ? body.params : body.params === undefined ? {} : body.params) as Record<string, unknown>;
    const r = dispatch(inst, method, params, Date.now());
    if (r.ok) reply(200, { ok: true, payload: r.payload });
    else fail(r.code, r.message, r.extra ?? {});
  }

  type Result = { ok: true; payload: unknown } | { ok: false; code: string; message: string; extra?: Record<string, unknown> };

  function dispatch(inst: SimInstance, method: string, params: Record<string, unknown>, now: number): Result {
    switch (method) {
      case 'config.get':
        return { ok: true, payload: configGetPayload(inst) };
      case 'config.apply':
      case 'config.patch':
        return configWrite(inst, method, params, now);
      case 'config.schema':
        return { ok: true, payload: { schema: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ROOT_KEYS.map((k) => [k, {}])) }, uiHints: {}, version: inst.knobs.version ?? SIM_VERSION, generatedAt: new Date(0).toISOString() } };
      case 'config.schema.lookup': {
        if (typeof params['path'] !== 'string') return { ok: false, code: 'INVALID_REQUEST', message: "invalid config.schema.lookup params: must have required property 'path'" };
        const p = params['path'];
        const root = p.split('.')[0] ?? '';
        if (!(ROOT_KEYS as readonly string[]).includes(root)) return { ok: false, code: 'INVALID_REQUEST', message: 'config schema path not found' };
        return { ok: true, payload: { path: p, schema: {}, reloadKind: reloadKindOf(p), hint: {}, children: [] } };
      }
      case 'health':
        return { ok: true, payload: healthPayload(inst, now) };
      case 'status':
        return {
          ok: true,
          payload: {
            runtimeVersion: inst.knobs.version ?? SIM_VERSION,
            pid: inst.pid,
            heartbeat: { defaultAgentId: 'main', agents: [{ agentId: 'main', enabled: false, every: 'disabled', everyMs: null }] },
            channelSummary: [],
            degradedSecretOwners: [],
            degradedPlugins: inst.knobs.health?.pluginErrors ?? [],
            tasks: { total: 0, active: 0 },
            sessions: { count: 0, recent: [] },
            modelRuntime: { degraded: inst.knobs.health?.modelRuntimeDegraded === true, pendingAgents: [] },
            eventLoop: eventLoop(inst),
          },
        };
      case 'models.authStatus':
        return { ok: true, payload: inst.knobs.authStatus ?? authStatusPayload(inst, now) };
      case 'update.status':
        return { ok: true, payload: { sentinel: null, updateAvailable: null, effectiveChannel: 'stable', schedule: { channel: 'stable', autoEnabled: false } } };
      case 'commands.list':
        return { ok: true, payload: { methods: [...ADMIN_HTTP_METHODS] } };
      case 'gateway.restart.request': {
        const cooldown = Math.max(0, inst.lastRestartAt + 30_000 - now);
        const delay = inst.lastRestartAt === 0 ? 0 : cooldown;
        later(delay, () => inst.restart('in-process', Date.now()));
        return {
          ok: true,
          payload: {
            ok: true,
            status: 'scheduled',
            preflight: { safe: true, counts: { totalActive: 0 }, blockers: [], summary: 'safe to restart now' },
            restart: { ok: true, pid: inst.pid, signal: 'SIGUSR2', reason: 'gateway.restart.safe', mode: 'emit', cooldownMsApplied: delay, delayMs: delay, coalesced: false, emitHooksQueued: false },
          },
        };
      }
      default:
        return { ok: false, code: 'INVALID_REQUEST', message: `method not simulated by the clawfleet sim fleet: ${method}` };
    }
  }

  function configWrite(inst: SimInstance, method: 'config.apply' | 'config.patch', params: Record<string, unknown>, now: number): Result {
    const bad = (m: string): Result => ({ ok: false, code: 'INVALID_REQUEST', message: m });
    if (params['raw'] === undefined) return bad(`invalid ${method} params: must have required property 'raw'`);
    if (typeof params['raw'] !== 'string') return bad(`invalid ${method} params: at /raw: must be string`);
    if (params['baseHash'] !== undefined && typeof params['baseHash'] !== 'string') return bad(`invalid ${method} params: at /baseHash: must be string`);
    if (params['replacePaths'] !== undefined && (!Array.isArray(params['replacePaths']) || params['replacePaths'].some((p) => typeof p !== 'string'))) {
      return bad(`invalid ${method} params: at /replacePaths: must be array`);
    }
    if (Array.isArray(params['replacePaths']) && params['replacePaths'].length > 256) return bad(`invalid ${method} params: at /replacePaths: must NOT have more than 256 items`);
    let incoming: unknown;
    try {
      incoming = JSON5.parse(params['raw']);
    } catch (e) {
      return bad(String(e));
    }
    const baseHash = typeof params['baseHash'] === 'string' && params['baseHash'] !== '' ? params['baseHash'] : undefined;
    if (method === 'config.patch' && !isPlainObject(incoming)) return bad('config.patch raw must be an object');
    if (baseHash === undefined) {
      return bad(
        method === 'config.patch'
          ? `config base hash required for ${Object.keys(incoming as PlainObject).join(', ') || '<root>'}; re-run config.get and retry with baseHash`
          : 'config base hash required; re-run config.get and retry',
      );
    }
    if (baseHash !== inst.hash) return bad('config changed since last load; re-run config.get and retry');
    if (inst.knobs.rejectWrites) {
      const issues = inst.knobs.rejectWrites.issues ?? [{ path: '', message: inst.knobs.rejectWrites.message }];
      return { ok: false, code: 'INVALID_REQUEST', message: `invalid config: ${inst.knobs.rejectWrites.message}`, extra: { details: { issues } } };
    }
    const current = inst.parsed;
    let next: unknown;
    if (method === 'config.patch') {
      const replacePaths = new Set((params['replacePaths'] as string[] | undefined) ?? []);
      const removals: string[] = [];
      next = mergePatch(current, incoming as PlainObject, '', replacePaths, removals);
      if (removals.length > 0) {
        return bad(`config.patch would remove entries from array path(s): ${removals.join(', ')}. Pass replacePaths with the exact path(s) when this is intentional, or use config.apply for full-config replacement.`);
      }
    } else {
      next = incoming;
    }
    if (isPlainObject(next)) next = restoreRedacted(next, current);
    const issues = validate(next);
    if (issues.length > 0) {
      return { ok: false, code: 'INVALID_REQUEST', message: `invalid config: ${issues.map((i) => `${i.path || '<root>'}: ${i.message}`).join('; ')}`, extra: { details: { issues } } };
    }
    const nextObj = next as PlainObject;
    const { meta: _oldMeta, ...currentNoMeta } = current;
    const { meta: _newMeta, ...nextNoMeta } = nextObj;
    const changedPaths = diffPaths(currentNoMeta, nextNoMeta, '');
    if (method === 'config.patch' && changedPaths.length === 0) {
      return { ok: true, payload: { ok: true, noop: true, changedPaths: [], path: inst.path, config: redact(current) } };
    }
    const withMeta: PlainObject = { ...nextObj, meta: { ...(isPlainObject(nextObj['meta']) ? nextObj['meta'] : {}), lastTouchedVersion: inst.knobs.version ?? SIM_VERSION } };
    const raw = JSON.stringify(withMeta, null, 2) + '\n';
    const requiresRestart = changedPaths.some((p) => reloadKindOf(p) === 'restart');
    const persistOnly = inst.knobs.persistNotApplied === true;
    inst.setFile(raw, withMeta, !persistOnly);
    inst.writes++;
    if (persistOnly) {
      return {
        ok: false,
        code: 'UNAVAILABLE',
        message: 'config persisted but not applied; wait for the Gateway to restart, then use config.get to verify the active revision',
        extra: { retryable: false, details: { persistedConfig: true, path: inst.path, hash: inst.hash } },
      };
    }
    if (inst.knobs.unhealthyAfterWriteMs !== undefined) inst.unhealthyAt = now + inst.knobs.unhealthyAfterWriteMs;
    if (requiresRestart) {
      const delay = typeof params['restartDelayMs'] === 'number' ? params['restartDelayMs'] : 0;
      later(delay, () => inst.restart('in-process', Date.now()));
    }
    const payload: PlainObject = {
      ok: true,
      path: inst.path,
      hash: inst.hash,
      config: redact(withMeta),
      ...(method === 'config.patch' ? { changedPaths } : {}),
      sentinel: {
        persisted: true,
        payload: {
          kind: method === 'config.patch' ? 'config-patch' : 'config-apply',
          status: 'ok',
          ts: now,
          ...(typeof params['note'] === 'string' ? { message: params['note'] } : {}),
          stats: { mode: method, root: inst.path, requiresRestart },
        },
      },
    };
    return { ok: true, payload };
  }

  function configGetPayload(inst: SimInstance): PlainObject {
    const red = redact(inst.parsed);
    return {
      path: inst.path,
      includedPaths: [],
      includeProvenance: [],
      exists: true,
      raw: JSON.stringify(red, null, 2) + '\n',
      parsed: red,
      sourceConfig: red,
      resolved: red,
      valid: inst.valid,
      runtimeConfig: red,
      config: red,
      hash: inst.hash,
      issues: inst.issues,
      warnings: [],
      legacyIssues: [],
      configRevisionHash: inst.revisionHash,
      appliedConfigHash: inst.appliedHash,
    };
  }

  const at = (id: string): SimInstance => {
    const inst = instances.get(id);
    if (!inst) throw new Error(`sim fleet: no instance ${id}`);
    return inst;
  };
  const targets = (id: string | string[] | '*'): SimInstance[] => (id === '*' ? order : (Array.isArray(id) ? id : [id]).map(at));

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(opts.basePort ?? 0, '127.0.0.1', () => {
      server.off('error', rej);
      res();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const infos: SimInstanceInfo[] = order.map((inst) => ({
    id: inst.id,
    url: `${origin}/i/${inst.id}`,
    token: inst.token,
    tokenEnv: sharedToken !== undefined ? sharedTokenEnv : `${inst.id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TOKEN`,
  }));
  const env = Object.fromEntries(infos.map((i) => [i.tokenEnv, i.token]));
  const createdDir = opts.dir === undefined;
  const dir = resolve(opts.dir ?? mkdtempSync(join(tmpdir(), 'clawfleet-sim-')));
  mkdirSync(dir, { recursive: true });
  const inventoryFile = join(dir, 'inventory.json5');
  const inventory = {
    instances: infos.map((info, i) => {
      const extra = opts.instance?.(i) ?? {};
      return {
        id: info.id,
        url: info.url,
        tier: extra.tier ?? 'primary',
        zone: extra.zone ?? `az-${'abc'[i % 3]}`,
        labels: { fleet: 'sim', ...(extra.labels ?? {}) },
        tokenEnv: info.tokenEnv,
      };
    }),
  };
  writeFileSync(inventoryFile, `// Simulated fleet (clawfleet sim-fleet.ts): ${opts.count} instances on ${origin}\n${JSON.stringify(inventory, null, 1)}\n`, { mode: 0o600 });

  return {
    instances: infos,
    env,
    inventoryFile,
    port,
    origin,
    log,
    setKnobs(id, knobs) {
      for (const inst of targets(id)) {
        const next: SimKnobs = { ...inst.knobs };
        for (const [k, v] of Object.entries(knobs)) {
          if (v === undefined) delete (next as Record<string, unknown>)[k];
          else (next as Record<string, unknown>)[k] = v;
        }
        inst.knobs = next;
        if (knobs.methodErrors) inst.methodErrorUses.clear();
      }
    },
    clearKnobs(id = '*') {
      for (const inst of targets(id)) {
        inst.knobs = {};
        inst.methodErrorUses.clear();
        inst.unhealthyAt = Infinity;
      }
    },
    configOf(id) {
      const inst = at(id);
      return {
        path: inst.path,
        raw: inst.raw,
        parsed: structuredClone(inst.parsed),
        hash: inst.hash,
        configRevisionHash: inst.revisionHash,
        appliedConfigHash: inst.appliedHash,
        valid: inst.valid,
        issues: inst.issues,
        writes: inst.writes,
        restarts: inst.restarts,
        uptimeMs: inst.uptimeMs(Date.now()),
        pid: inst.pid,
      };
    },
    editConfig(id, config) {
      const inst = at(id);
      const raw = typeof config === 'string' ? config : JSON.stringify(config, null, 2) + '\n';
      let parsed: unknown;
      try {
        parsed = JSON5.parse(raw);
      } catch (e) {
        inst.setFile(raw, inst.parsed, false, [{ path: '<root>', message: `JSON5 parse failed: ${String(e)}` }]);
        return;
      }
      // A direct edit is watched: valid content hot-reloads, invalid content is skipped (old runtime keeps running).
      const issues = validate(parsed);
      inst.setFile(raw, isPlainObject(parsed) ? parsed : {}, issues.length === 0, issues);
    },
    restart(id, kind = 'in-process') {
      at(id).restart(kind, Date.now());
    },
    async stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((r) => server.close(() => r()));
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await closed;
      if (createdDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Payloads

function eventLoop(inst: SimInstance): PlainObject {
  const degraded = inst.knobs.eventLoopDegraded === true;
  return { degraded, degradedSinceMs: degraded ? 0 : null, reasons: degraded ? ['cpu'] : [], intervalMs: 1000, delayP99Ms: degraded ? 900 : 12, delayMaxMs: degraded ? 900 : 15, utilization: degraded ? 0.95 : 0.1, cpuCoreRatio: degraded ? 1.5 : 0.05 };
}

function probeAnswer(inst: SimInstance, path: string, now: number): [number, PlainObject] {
  const k = inst.knobs;
  const version = k.version ?? SIM_VERSION;
  const uptimeMs = inst.uptimeMs(now);
  if (path === '/healthz' || path === '/health') return [200, { ok: true, status: 'live' }];
  if (path === '/startupz' || path === '/startup') {
    if (k.starting) return [503, { ok: false, status: 'starting', version, uptimeMs, pendingReason: 'startup-sidecars' }];
    return [200, { ok: true, status: 'started', version, uptimeMs }];
  }
  const failing: string[] = [];
  if (k.starting) failing.push('startup-sidecars');
  if (k.notReady === true) failing.push('agent-database:main');
  else if (Array.isArray(k.notReady)) failing.push(...k.notReady);
  if (now >= inst.unhealthyAt) failing.push('agent-database:main');
  const ready = failing.length === 0;
  return [ready ? 200 : 503, { ready, failing, uptimeMs, ...(k.starting ? {} : { eventLoop: eventLoop(inst) }) }];
}

function healthPayload(inst: SimInstance, now: number): PlainObject {
  const h = inst.knobs.health ?? {};
  return {
    ok: h.ok ?? true,
    ts: now,
    durationMs: 1,
    plugins: { loaded: ['admin-http-rpc', 'memory-core'], errors: (h.pluginErrors ?? []).map((id) => ({ id, error: 'injected plugin error' })), unavailable: h.pluginsUnavailable ?? [] },
    configReload: { hotReloadStatus: h.hotReloadStatus ?? 'active' },
    channels: {},
    channelOrder: [],
    channelLabels: {},
    heartbeatSeconds: 0,
    defaultAgentId: 'main',
    agents: [{ agentId: 'main', isDefault: true, sessions: { count: 0, recent: [] } }],
    sessions: { count: 0, recent: [] },
    modelRuntime: { degraded: h.modelRuntimeDegraded === true, pendingAgents: h.modelRuntimeDegraded ? ['main'] : [] },
    eventLoop: eventLoop(inst),
  };
}

function authStatusPayload(inst: SimInstance, now: number): PlainObject {
  const providers = isPlainObject(inst.parsed['models']) && isPlainObject((inst.parsed['models'] as PlainObject)['providers']) ? Object.keys((inst.parsed['models'] as PlainObject)['providers'] as PlainObject) : [];
  return { ts: now, providers: providers.map((p) => ({ provider: p, authProvider: p, displayName: p, status: 'static', profiles: [], apiKey: { source: 'config' } })), providerCapabilities: [] };
}

/** Minimal local-mode config like the rehearsal fleet's. */
export function defaultSimConfig(index: number): PlainObject {
  return {
    gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 18789 + index },
    plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
    update: { checkOnStart: false },
    agents: { defaults: { heartbeat: { every: '0m' } } },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Config semantics

const SENSITIVE_KEY = /(token|password|secret|apikey|api_key|privatekey|private_key)$/i;

/** Replaces secret-looking string values with the redaction sentinel (config.get never returns them). */
export function redact<T>(v: T): T {
  if (Array.isArray(v)) return v.map(redact) as T;
  if (isPlainObject(v)) {
    const out: PlainObject = {};
    for (const [k, x] of Object.entries(v)) out[k] = SENSITIVE_KEY.test(k) && typeof x === 'string' ? REDACTED : redact(x);
    return out as T;
  }
  return v;
}

/** Where an incoming value is the sentinel, keep the stored secret (rollback with a redacted snapshot). */
function restoreRedacted(next: PlainObject, current: unknown): PlainObject {
  const walk = (n: unknown, c: unknown): unknown => {
    if (n === REDACTED) return typeof c === 'string' ? c : n;
    if (Array.isArray(n)) return n.map((x, i) => walk(x, Array.isArray(c) ? c[i] : undefined));
    if (isPlainObject(n)) {
      const out: PlainObject = {};
      for (const [k, x] of Object.entries(n)) out[k] = walk(x, isPlainObject(c) ? c[k] : undefined);
      return out;
    }
    return n;
  };
  return walk(next, current) as PlainObject;
}

function isIdArray(a: unknown): a is PlainObject[] {
  return Array.isArray(a) && a.every((x) => isPlainObject(x) && typeof x['id'] === 'string');
}

/**
 * JSON merge patch with OpenClaw's guards: objects merge, `null` deletes, arrays replace — except arrays of
 * `{id}` objects, which merge by id — and removing existing array entries (or deleting an array, or an
 * object that contains arrays) is collected in `removals` unless the exact path is in `replacePaths`.
 */
function mergePatch(base: unknown, patch: unknown, path: string, replacePaths: Set<string>, removals: string[]): unknown {
  if (!isPlainObject(patch)) {
    if (Array.isArray(patch) && Array.isArray(base) && !replacePaths.has(path)) {
      if (isIdArray(base) && isIdArray(patch)) {
        const out = base.map((x) => ({ ...x }));
        for (const p of patch) {
          const i = out.findIndex((x) => x['id'] === p['id']);
          if (i >= 0) out[i] = mergePatch(out[i], p, `${path}[]`, replacePaths, removals) as PlainObject;
          else out.push(p);
        }
        return out;
      }
      if (base.some((b) => !patch.some((p) => stableStringify(p) === stableStringify(b)))) removals.push(path);
    }
    return patch;
  }
  const out: PlainObject = isPlainObject(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) {
    const p = path ? `${path}.${k}` : k;
    if (v === null) {
      if (k in out) {
        for (const arrayPath of containedArrays(out[k], p)) if (!replacePaths.has(arrayPath)) removals.push(arrayPath);
        delete out[k];
      }
      continue;
    }
    out[k] = mergePatch(out[k], v, p, replacePaths, removals);
  }
  return out;
}

/** Array paths inside a value being deleted (the value itself if it is an array). */
function containedArrays(v: unknown, path: string): string[] {
  if (Array.isArray(v)) return [path];
  if (isPlainObject(v)) return Object.entries(v).flatMap(([k, x]) => containedArrays(x, `${path}.${k}`));
  return [];
}

/** Paths whose value differs; recurses only where both sides are objects (as OpenClaw reports changedPaths). */
function diffPaths(a: unknown, b: unknown, path: string): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return stableStringify(a) === stableStringify(b) ? [] : [path];
}

/** JSON with sorted keys, for content comparison and hashing. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (isPlainObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`).join(',')}}`;
  return v === undefined ? 'null' : JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------------------
// HTTP helpers

function httpStatusFor(code: string): number {
  switch (code) {
    case 'INVALID_REQUEST':
      return 400;
    case 'APPROVAL_NOT_FOUND':
      return 404;
    case 'NOT_LINKED':
    case 'NOT_PAIRED':
      return 409;
    case 'UNAVAILABLE':
      return 503;
    case 'AGENT_TIMEOUT':
      return 504;
    default:
      return 500;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function drain(req: IncomingMessage): Promise<void> {
  for await (const _ of req) {
    // discard
  }
}

let idCounter = 0;
function cryptoId(): string {
  idCounter++;
  return `sim-${Date.now().toString(36)}-${idCounter}`;
}
