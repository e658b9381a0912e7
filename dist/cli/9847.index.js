export const id = 9847;
export const ids = [9847,4712,6845];
export const modules = {

/***/ 77808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: defaultStubCommand, parseArgs

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/common/logger.ts
var common_logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./action-fixtures/fleet/launcher.ts
var launcher = __webpack_require__(33425);
// EXTERNAL MODULE: ./action-fixtures/fleet/model-stub.ts
var model_stub = __webpack_require__(96845);
// EXTERNAL MODULE: ./action-fixtures/fleet/proc.ts
var proc = __webpack_require__(72489);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __webpack_require__(84841);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/fleet/merge.ts
var merge = __webpack_require__(44712);
;// CONCATENATED MODULE: ./action-fixtures/fleet/sim-fleet.ts
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







const SIM_VERSION = '2026.9.6';
const REDACTED = '__OPENCLAW_REDACTED__';
const MAX_BODY = 1024 * 1024;
// ---------------------------------------------------------------------------------------------------------
// Facts about OpenClaw 2026.9.6 the simulation needs
/** Root keys of the 2026.9.6 config schema (`openclaw config schema`, root additionalProperties:false). */
const ROOT_KEYS = [
    '$schema', 'meta', 'env', 'wizard', 'diagnostics', 'logging', 'update', 'telemetry', 'browser', 'ui', 'secrets', 'auth',
    'accessGroups', 'acp', 'models', 'nodeHost', 'agents', 'worktreeRoot', 'worktreeAcceleration', 'tools', 'security',
    'bindings', 'broadcast', 'attachments', 'messages', 'tts', 'commands', 'approvals', 'session', 'cron', 'transcripts',
    'hooks', 'channels', 'discovery', 'talk', 'gateway', 'cloudWorkers', 'desktop', 'memory', 'mcp', 'skills', 'plugins',
    'surfaces', 'proxy',
];
const GATEWAY_KEYS = [
    'port', 'mode', 'bind', 'customBindHost', 'publicOrigin', 'portals', 'controlUi', 'cliAgents', 'terminal', 'auth', 'roles',
    'trustedProxies', 'allowRealIpFallback', 'tools', 'tailscale', 'remote', 'reload', 'tls', 'http', 'push', 'nodes',
];
/** Methods the admin-http-rpc plugin allows (openclaw-notes §3.6, `commands.list`). */
const ADMIN_HTTP_METHODS = [
    'health', 'status', 'logs.tail', 'usage.status', 'usage.cost', 'gateway.restart.request', 'gateway.suspend.prepare',
    'gateway.suspend.status', 'gateway.suspend.resume', 'commands.list', 'config.get', 'config.schema', 'config.schema.lookup',
    'config.set', 'config.patch', 'config.apply', 'channels.status', 'channels.start', 'channels.stop', 'channels.logout',
    'web.login.start', 'web.login.wait', 'models.list', 'models.authStatus', 'agents.list', 'agents.create', 'agents.update',
    'agents.delete', 'exec.approvals.get', 'exec.approvals.set', 'exec.approvals.node.get', 'exec.approvals.node.set',
    'cron.status', 'cron.list', 'cron.get', 'cron.runs', 'cron.add', 'cron.update', 'cron.remove', 'cron.run',
    'device.pair.list', 'device.pair.approve', 'device.pair.reject', 'device.pair.remove', 'node.list', 'node.describe',
    'node.rename', 'node.pair.list', 'node.pair.approve', 'node.pair.reject', 'node.pair.remove', 'tasks.list', 'tasks.get',
    'tasks.cancel', 'doctor.memory.status', 'update.status',
];
const ALLOWED = new Set(ADMIN_HTTP_METHODS);
/** Control-plane writes reachable over admin HTTP that consume the 30/60 s budget (method registry). */
const RATE_LIMITED = new Set(['config.apply', 'config.patch', 'gateway.restart.request', 'gateway.suspend.prepare', 'cron.add', 'cron.update', 'cron.remove', 'cron.run']);
/**
 * `config.schema.lookup` reloadKind as measured on 2026.9.6 (contract suite; openclaw-notes §3.4 is coarser).
 * The longest listed prefix of a path decides; unlisted roots are `hot`.
 */
const RELOAD_KINDS = {
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
function reloadKindOf(path) {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
        const kind = RELOAD_KINDS[parts.slice(0, n).join('.')];
        if (kind)
            return kind;
    }
    return 'hot';
}
const ENUMS = {
    'gateway.mode': ['local', 'remote'],
    'gateway.bind': ['auto', 'lan', 'loopback', 'custom', 'tailnet'],
    'gateway.reload.mode': ['off', 'hybrid'],
};
/**
 * Default validity rule: root must be an object; unknown root / `gateway` keys; `gateway.port` an integer
 * 1..65535; the enums above. Messages and issue order as OpenClaw (zod) reports them: nested issues in
 * property order first, then the object's unrecognized keys.
 */
function defaultValidate(config) {
    if (!(0,merge/* isPlainObject */.Q)(config))
        return [{ path: '', message: `Invalid input: expected object, received ${Array.isArray(config) ? 'array' : config === null ? 'null' : typeof config}` }];
    const issues = [];
    const gw = config['gateway'];
    if (gw !== undefined) {
        if (!(0,merge/* isPlainObject */.Q)(gw))
            issues.push({ path: 'gateway', message: `Invalid input: expected object, received ${typeName(gw)}` });
        else {
            for (const key of GATEWAY_KEYS) {
                if (!(key in gw))
                    continue;
                const v = gw[key];
                const path = `gateway.${key}`;
                if (key === 'port') {
                    if (typeof v !== 'number')
                        issues.push({ path, message: `Invalid input: expected number, received ${typeName(v)}` });
                    else if (!Number.isInteger(v))
                        issues.push({ path, message: 'Invalid input: expected int, received number' });
                    else if (v > 65535)
                        issues.push({ path, message: 'Too big: expected number to be <=65535 (maximum: 65535)' });
                    else if (v < 1)
                        issues.push({ path, message: 'Too small: expected number to be >=1 (minimum: 1)' });
                }
                else if (ENUMS[path] && !ENUMS[path].includes(v)) {
                    issues.push({ path, message: `Invalid input (allowed: ${ENUMS[path].map((x) => `"${x}"`).join(', ')})` });
                }
                else if (key === 'reload' && (0,merge/* isPlainObject */.Q)(v) && v['mode'] !== undefined && !ENUMS['gateway.reload.mode']?.includes(v['mode'])) {
                    issues.push({ path: 'gateway.reload.mode', message: 'Invalid input (allowed: "off", "hybrid")' });
                }
            }
            const unknown = Object.keys(gw).filter((k) => !GATEWAY_KEYS.includes(k));
            if (unknown.length > 0)
                issues.push({ path: 'gateway', message: unrecognized(unknown) });
        }
    }
    const unknownRoot = Object.keys(config).filter((k) => !ROOT_KEYS.includes(k));
    if (unknownRoot.length > 0)
        issues.push({ path: '', message: unrecognized(unknownRoot) });
    return issues;
}
function unrecognized(keys) {
    return keys.length === 1 ? `Unrecognized key: "${keys[0]}"` : `Unrecognized keys: ${keys.map((k) => `"${k}"`).join(', ')}`;
}
function typeName(v) {
    return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}
// ---------------------------------------------------------------------------------------------------------
// One simulated gateway
class SimInstance {
    id;
    token;
    key = (0,external_node_crypto_.randomBytes)(32);
    path;
    raw = '';
    parsed = {};
    hash = '';
    revisionHash = null;
    appliedHash = null;
    valid = true;
    issues = [];
    knobs = {};
    bootAt = Date.now();
    downUntil = 0;
    pid;
    writes = 0;
    restarts = 0;
    lastRestartAt = 0;
    unhealthyAt = Infinity;
    buckets = new Map();
    methodErrorUses = new Map();
    constructor(id, token, initial, index) {
        this.id = id;
        this.token = token;
        this.path = `/sim/${id}/openclaw.json`;
        this.pid = 100_000 + index;
        this.setFile(JSON.stringify(initial, null, 2) + '\n', initial, true);
    }
    hmac(data) {
        return `hmac-sha256:v1:${(0,external_node_crypto_.createHmac)('sha256', this.key).update(data).digest('base64url')}`;
    }
    /** Writes the file; `apply` = the runtime takes it (valid content, not persist-only). */
    setFile(raw, parsed, apply, issues = []) {
        this.raw = raw;
        this.parsed = parsed;
        this.hash = this.hmac(raw);
        this.valid = issues.length === 0;
        this.issues = issues;
        this.revisionHash = this.valid ? this.hmac(`rev\0${stableStringify(parsed)}`) : null;
        if (apply && this.valid)
            this.appliedHash = this.revisionHash;
    }
    uptimeMs(now) {
        return Math.max(0, now - this.bootAt);
    }
    restart(kind, now) {
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
async function startSimFleet(opts) {
    if (!Number.isInteger(opts.count) || opts.count < 1)
        throw new Error(`sim fleet: count must be an integer ≥ 1, got ${String(opts.count)}`);
    const prefix = opts.idPrefix ?? 'sim';
    const width = Math.max(4, String(opts.count).length);
    const validate = opts.validate ?? defaultValidate;
    const sharedToken = typeof opts.tokens === 'string' ? opts.tokens : undefined;
    const sharedTokenEnv = opts.sharedTokenEnv ?? 'SIM_FLEET_TOKEN';
    const instances = new Map();
    const order = [];
    for (let i = 0; i < opts.count; i++) {
        const id = `${prefix}-${String(i + 1).padStart(width, '0')}`;
        const token = sharedToken ?? (typeof opts.tokens === 'function' ? opts.tokens(i) : (0,external_node_crypto_.randomBytes)(18).toString('base64url'));
        const inst = new SimInstance(id, token, opts.config?.(i) ?? defaultSimConfig(i), i);
        const k = typeof opts.knobs === 'function' ? opts.knobs(i) : opts.knobs;
        if (k)
            inst.knobs = { ...k };
        instances.set(id, inst);
        order.push(inst);
    }
    const entries = [];
    const log = {
        entries,
        forInstance: (id) => entries.filter((e) => e.instance === id),
        count: (f = {}) => entries.filter((e) => (f.instance === undefined || e.instance === f.instance) && (f.method === undefined || e.method === f.method) && (f.write === undefined || e.write === f.write)).length,
        instancesWith: (f = {}) => new Set(entries.filter((e) => (f.method === undefined || e.method === f.method) && (f.write === undefined || e.write === f.write)).map((e) => e.instance)),
        clear: () => {
            entries.length = 0;
        },
    };
    const sockets = new Set();
    const timers = new Set();
    const later = (ms, fn) => {
        const t = setTimeout(() => {
            timers.delete(t);
            fn();
        }, ms);
        timers.add(t);
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        void handle(req, res).catch((err) => {
            if (!res.headersSent)
                sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: `sim fleet error: ${String(err)}` } });
        });
    });
    server.keepAliveTimeout = 5_000;
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    async function handle(req, res) {
        const url = req.url ?? '/';
        const m = /^\/i\/([^/?#]+)(\/[^?#]*)?/.exec(url);
        const inst = m ? instances.get(decodeURIComponent(m[1])) : undefined;
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
        const record = (method, status, write = false) => entries.push({ instance: inst.id, method, time: now, status, write });
        if (now < inst.downUntil) {
            record(isRpc ? 'rpc' : `${req.method} ${path}`, 0);
            req.socket.destroy(); // restarting: nothing listens
            return;
        }
        if (faultHere && k.latencyMs)
            await new Promise((r) => later(k.latencyMs, r));
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
        let body;
        try {
            body = JSON.parse(text);
            if (!(0,merge/* isPlainObject */.Q)(body))
                throw new Error('not an object');
        }
        catch {
            record('rpc', 400);
            sendJson(res, 400, { ok: false, error: { type: 'invalid_request', message: 'request body must be valid JSON' } });
            return;
        }
        const id = typeof body.id === 'string' ? body.id : cryptoId();
        const method = typeof body.method === 'string' ? body.method : '';
        const write = RATE_LIMITED.has(method);
        const reply = (status, payload) => {
            record(method || 'rpc', status, write);
            sendJson(res, status, { id, ...payload });
        };
        const fail = (code, message, extra = {}) => reply(httpStatusFor(code), { ok: false, error: { code, message, ...extra } });
        if (!method)
            return fail('INVALID_REQUEST', 'admin HTTP RPC request requires a method');
        if (!ALLOWED.has(method))
            return fail('INVALID_REQUEST', `admin HTTP RPC method is not supported: ${method}`);
        if (k.starting)
            return fail('UNAVAILABLE', 'gateway starting', { retryable: true, retryAfterMs: 500, details: { reason: 'startup-sidecars' } });
        if (write) {
            const limit = k.rateLimit === undefined ? { limit: 30, windowMs: 60_000 } : k.rateLimit;
            if (limit) {
                const bucketKey = `${method}|${req.socket.remoteAddress ?? 'unknown-ip'}`;
                const b = inst.buckets.get(bucketKey);
                const t = Date.now();
                if (!b || t - b.windowStart >= limit.windowMs)
                    inst.buckets.set(bucketKey, { count: 1, windowStart: t });
                else if (b.count >= limit.limit) {
                    const retryAfterMs = Math.max(0, b.windowStart + limit.windowMs - t);
                    return fail('UNAVAILABLE', `rate limit exceeded for ${method}; retry after ${Math.ceil(retryAfterMs / 1000)}s`, {
                        retryable: true,
                        retryAfterMs,
                        details: { method, limit: `${limit.limit} per ${limit.windowMs / 1000}s` },
                    });
                }
                else
                    b.count++;
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
        const params = ((0,merge/* isPlainObject */.Q)(body.params) ? body.params : body.params === undefined ? {} : body.params);
        const r = dispatch(inst, method, params, Date.now());
        if (r.ok)
            reply(200, { ok: true, payload: r.payload });
        else
            fail(r.code, r.message, r.extra ?? {});
    }
    function dispatch(inst, method, params, now) {
        switch (method) {
            case 'config.get':
                return { ok: true, payload: configGetPayload(inst) };
            case 'config.apply':
            case 'config.patch':
                return configWrite(inst, method, params, now);
            case 'config.schema':
                return { ok: true, payload: { schema: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ROOT_KEYS.map((k) => [k, {}])) }, uiHints: {}, version: inst.knobs.version ?? SIM_VERSION, generatedAt: new Date(0).toISOString() } };
            case 'config.schema.lookup': {
                if (typeof params['path'] !== 'string')
                    return { ok: false, code: 'INVALID_REQUEST', message: "invalid config.schema.lookup params: must have required property 'path'" };
                const p = params['path'];
                const root = p.split('.')[0] ?? '';
                if (!ROOT_KEYS.includes(root))
                    return { ok: false, code: 'INVALID_REQUEST', message: 'config schema path not found' };
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
    function configWrite(inst, method, params, now) {
        const bad = (m) => ({ ok: false, code: 'INVALID_REQUEST', message: m });
        if (params['raw'] === undefined)
            return bad(`invalid ${method} params: must have required property 'raw'`);
        if (typeof params['raw'] !== 'string')
            return bad(`invalid ${method} params: at /raw: must be string`);
        if (params['baseHash'] !== undefined && typeof params['baseHash'] !== 'string')
            return bad(`invalid ${method} params: at /baseHash: must be string`);
        if (params['replacePaths'] !== undefined && (!Array.isArray(params['replacePaths']) || params['replacePaths'].some((p) => typeof p !== 'string'))) {
            return bad(`invalid ${method} params: at /replacePaths: must be array`);
        }
        if (Array.isArray(params['replacePaths']) && params['replacePaths'].length > 256)
            return bad(`invalid ${method} params: at /replacePaths: must NOT have more than 256 items`);
        let incoming;
        try {
            incoming = lib_default().parse(params['raw']);
        }
        catch (e) {
            return bad(String(e));
        }
        const baseHash = typeof params['baseHash'] === 'string' && params['baseHash'] !== '' ? params['baseHash'] : undefined;
        if (method === 'config.patch' && !(0,merge/* isPlainObject */.Q)(incoming))
            return bad('config.patch raw must be an object');
        if (baseHash === undefined) {
            return bad(method === 'config.patch'
                ? `config base hash required for ${Object.keys(incoming).join(', ') || '<root>'}; re-run config.get and retry with baseHash`
                : 'config base hash required; re-run config.get and retry');
        }
        if (baseHash !== inst.hash)
            return bad('config changed since last load; re-run config.get and retry');
        if (inst.knobs.rejectWrites) {
            const issues = inst.knobs.rejectWrites.issues ?? [{ path: '', message: inst.knobs.rejectWrites.message }];
            return { ok: false, code: 'INVALID_REQUEST', message: `invalid config: ${inst.knobs.rejectWrites.message}`, extra: { details: { issues } } };
        }
        const current = inst.parsed;
        let next;
        if (method === 'config.patch') {
            const replacePaths = new Set(params['replacePaths'] ?? []);
            const removals = [];
            next = mergePatch(current, incoming, '', replacePaths, removals);
            if (removals.length > 0) {
                return bad(`config.patch would remove entries from array path(s): ${removals.join(', ')}. Pass replacePaths with the exact path(s) when this is intentional, or use config.apply for full-config replacement.`);
            }
        }
        else {
            next = incoming;
        }
        if ((0,merge/* isPlainObject */.Q)(next))
            next = restoreRedacted(next, current);
        const issues = validate(next);
        if (issues.length > 0) {
            return { ok: false, code: 'INVALID_REQUEST', message: `invalid config: ${issues.map((i) => `${i.path || '<root>'}: ${i.message}`).join('; ')}`, extra: { details: { issues } } };
        }
        const nextObj = next;
        const { meta: _oldMeta, ...currentNoMeta } = current;
        const { meta: _newMeta, ...nextNoMeta } = nextObj;
        const changedPaths = diffPaths(currentNoMeta, nextNoMeta, '');
        if (method === 'config.patch' && changedPaths.length === 0) {
            return { ok: true, payload: { ok: true, noop: true, changedPaths: [], path: inst.path, config: redact(current) } };
        }
        const withMeta = { ...nextObj, meta: { ...((0,merge/* isPlainObject */.Q)(nextObj['meta']) ? nextObj['meta'] : {}), lastTouchedVersion: inst.knobs.version ?? SIM_VERSION } };
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
        if (inst.knobs.unhealthyAfterWriteMs !== undefined)
            inst.unhealthyAt = now + inst.knobs.unhealthyAfterWriteMs;
        if (requiresRestart) {
            const delay = typeof params['restartDelayMs'] === 'number' ? params['restartDelayMs'] : 0;
            later(delay, () => inst.restart('in-process', Date.now()));
        }
        const payload = {
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
    function configGetPayload(inst) {
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
    const at = (id) => {
        const inst = instances.get(id);
        if (!inst)
            throw new Error(`sim fleet: no instance ${id}`);
        return inst;
    };
    const targets = (id) => (id === '*' ? order : (Array.isArray(id) ? id : [id]).map(at));
    await new Promise((res, rej) => {
        server.once('error', rej);
        server.listen(opts.basePort ?? 0, '127.0.0.1', () => {
            server.off('error', rej);
            res();
        });
    });
    const port = server.address().port;
    const origin = `http://127.0.0.1:${port}`;
    const infos = order.map((inst) => ({
        id: inst.id,
        url: `${origin}/i/${inst.id}`,
        token: inst.token,
        tokenEnv: sharedToken !== undefined ? sharedTokenEnv : `${inst.id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TOKEN`,
    }));
    const env = Object.fromEntries(infos.map((i) => [i.tokenEnv, i.token]));
    const createdDir = opts.dir === undefined;
    const dir = (0,external_node_path_.resolve)(opts.dir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'clawfleet-sim-')));
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const inventoryFile = (0,external_node_path_.join)(dir, 'inventory.json5');
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
    (0,external_node_fs_.writeFileSync)(inventoryFile, `// Simulated fleet (clawfleet sim-fleet.ts): ${opts.count} instances on ${origin}\n${JSON.stringify(inventory, null, 1)}\n`, { mode: 0o600 });
    return {
        instances: infos,
        env,
        inventoryFile,
        port,
        origin,
        log,
        setKnobs(id, knobs) {
            for (const inst of targets(id)) {
                const next = { ...inst.knobs };
                for (const [k, v] of Object.entries(knobs)) {
                    if (v === undefined)
                        delete next[k];
                    else
                        next[k] = v;
                }
                inst.knobs = next;
                if (knobs.methodErrors)
                    inst.methodErrorUses.clear();
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
            let parsed;
            try {
                parsed = lib_default().parse(raw);
            }
            catch (e) {
                inst.setFile(raw, inst.parsed, false, [{ path: '<root>', message: `JSON5 parse failed: ${String(e)}` }]);
                return;
            }
            // A direct edit is watched: valid content hot-reloads, invalid content is skipped (old runtime keeps running).
            const issues = validate(parsed);
            inst.setFile(raw, (0,merge/* isPlainObject */.Q)(parsed) ? parsed : {}, issues.length === 0, issues);
        },
        restart(id, kind = 'in-process') {
            at(id).restart(kind, Date.now());
        },
        async stop() {
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            const closed = new Promise((r) => server.close(() => r()));
            for (const s of sockets)
                s.destroy();
            server.closeAllConnections();
            await closed;
            if (createdDir)
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        },
    };
}
// ---------------------------------------------------------------------------------------------------------
// Payloads
function eventLoop(inst) {
    const degraded = inst.knobs.eventLoopDegraded === true;
    return { degraded, degradedSinceMs: degraded ? 0 : null, reasons: degraded ? ['cpu'] : [], intervalMs: 1000, delayP99Ms: degraded ? 900 : 12, delayMaxMs: degraded ? 900 : 15, utilization: degraded ? 0.95 : 0.1, cpuCoreRatio: degraded ? 1.5 : 0.05 };
}
function probeAnswer(inst, path, now) {
    const k = inst.knobs;
    const version = k.version ?? SIM_VERSION;
    const uptimeMs = inst.uptimeMs(now);
    if (path === '/healthz' || path === '/health')
        return [200, { ok: true, status: 'live' }];
    if (path === '/startupz' || path === '/startup') {
        if (k.starting)
            return [503, { ok: false, status: 'starting', version, uptimeMs, pendingReason: 'startup-sidecars' }];
        return [200, { ok: true, status: 'started', version, uptimeMs }];
    }
    const failing = [];
    if (k.starting)
        failing.push('startup-sidecars');
    if (k.notReady === true)
        failing.push('agent-database:main');
    else if (Array.isArray(k.notReady))
        failing.push(...k.notReady);
    if (now >= inst.unhealthyAt)
        failing.push('agent-database:main');
    const ready = failing.length === 0;
    return [ready ? 200 : 503, { ready, failing, uptimeMs, ...(k.starting ? {} : { eventLoop: eventLoop(inst) }) }];
}
function healthPayload(inst, now) {
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
function authStatusPayload(inst, now) {
    const providers = (0,merge/* isPlainObject */.Q)(inst.parsed['models']) && (0,merge/* isPlainObject */.Q)(inst.parsed['models']['providers']) ? Object.keys(inst.parsed['models']['providers']) : [];
    return { ts: now, providers: providers.map((p) => ({ provider: p, authProvider: p, displayName: p, status: 'static', profiles: [], apiKey: { source: 'config' } })), providerCapabilities: [] };
}
/** Minimal local-mode config like the rehearsal fleet's. */
function defaultSimConfig(index) {
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
function redact(v) {
    if (Array.isArray(v))
        return v.map(redact);
    if ((0,merge/* isPlainObject */.Q)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = SENSITIVE_KEY.test(k) && typeof x === 'string' ? REDACTED : redact(x);
        return out;
    }
    return v;
}
/** Where an incoming value is the sentinel, keep the stored secret (rollback with a redacted snapshot). */
function restoreRedacted(next, current) {
    const walk = (n, c) => {
        if (n === REDACTED)
            return typeof c === 'string' ? c : n;
        if (Array.isArray(n))
            return n.map((x, i) => walk(x, Array.isArray(c) ? c[i] : undefined));
        if ((0,merge/* isPlainObject */.Q)(n)) {
            const out = {};
            for (const [k, x] of Object.entries(n))
                out[k] = walk(x, (0,merge/* isPlainObject */.Q)(c) ? c[k] : undefined);
            return out;
        }
        return n;
    };
    return walk(next, current);
}
function isIdArray(a) {
    return Array.isArray(a) && a.every((x) => (0,merge/* isPlainObject */.Q)(x) && typeof x['id'] === 'string');
}
/**
 * JSON merge patch with OpenClaw's guards: objects merge, `null` deletes, arrays replace — except arrays of
 * `{id}` objects, which merge by id — and removing existing array entries (or deleting an array, or an
 * object that contains arrays) is collected in `removals` unless the exact path is in `replacePaths`.
 */
function mergePatch(base, patch, path, replacePaths, removals) {
    if (!(0,merge/* isPlainObject */.Q)(patch)) {
        if (Array.isArray(patch) && Array.isArray(base) && !replacePaths.has(path)) {
            if (isIdArray(base) && isIdArray(patch)) {
                const out = base.map((x) => ({ ...x }));
                for (const p of patch) {
                    const i = out.findIndex((x) => x['id'] === p['id']);
                    if (i >= 0)
                        out[i] = mergePatch(out[i], p, `${path}[]`, replacePaths, removals);
                    else
                        out.push(p);
                }
                return out;
            }
            if (base.some((b) => !patch.some((p) => stableStringify(p) === stableStringify(b))))
                removals.push(path);
        }
        return patch;
    }
    const out = (0,merge/* isPlainObject */.Q)(base) ? { ...base } : {};
    for (const [k, v] of Object.entries(patch)) {
        const p = path ? `${path}.${k}` : k;
        if (v === null) {
            if (k in out) {
                for (const arrayPath of containedArrays(out[k], p))
                    if (!replacePaths.has(arrayPath))
                        removals.push(arrayPath);
                delete out[k];
            }
            continue;
        }
        out[k] = mergePatch(out[k], v, p, replacePaths, removals);
    }
    return out;
}
/** Array paths inside a value being deleted (the value itself if it is an array). */
function containedArrays(v, path) {
    if (Array.isArray(v))
        return [path];
    if ((0,merge/* isPlainObject */.Q)(v))
        return Object.entries(v).flatMap(([k, x]) => containedArrays(x, `${path}.${k}`));
    return [];
}
/** Paths whose value differs; recurses only where both sides are objects (as OpenClaw reports changedPaths). */
function diffPaths(a, b, path) {
    if ((0,merge/* isPlainObject */.Q)(a) && (0,merge/* isPlainObject */.Q)(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        return keys.flatMap((k) => diffPaths(a[k], b[k], path ? `${path}.${k}` : k));
    }
    return stableStringify(a) === stableStringify(b) ? [] : [path];
}
/** JSON with sorted keys, for content comparison and hashing. */
function stableStringify(v) {
    if (Array.isArray(v))
        return `[${v.map(stableStringify).join(',')}]`;
    if ((0,merge/* isPlainObject */.Q)(v))
        return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`).join(',')}}`;
    return v === undefined ? 'null' : JSON.stringify(v);
}
// ---------------------------------------------------------------------------------------------------------
// HTTP helpers
function httpStatusFor(code) {
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
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
        size += c.length;
        if (size > MAX_BODY)
            return null;
        chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function drain(req) {
    for await (const _ of req) {
        // discard
    }
}
let idCounter = 0;
function cryptoId() {
    idCounter++;
    return `sim-${Date.now().toString(36)}-${idCounter}`;
}

;// CONCATENATED MODULE: ./action-fixtures/fleet/cli.ts
/**
 * Rehearsal fleet CLI (run with tsx):
 *
 *   tsx action-fixtures/fleet/cli.ts up --count 3 --base-port 20000 --dir /tmp/fleet [--model-stub] [--format yaml]
 *   tsx action-fixtures/fleet/cli.ts status --dir /tmp/fleet
 *   tsx action-fixtures/fleet/cli.ts down --dir /tmp/fleet
 *   tsx action-fixtures/fleet/cli.ts model-stub --port 20900          (foreground; what `up --model-stub` runs)
 *   tsx action-fixtures/fleet/cli.ts sim --count 1000 --port 20500 --dir /tmp/sim   (simulated fleet, foreground)
 *
 * `up` starts the gateways detached (they outlive this command), writes `<dir>/inventory.json5` (or .yaml),
 * `<dir>/fleet.env` (0600, `export GW_1_TOKEN=…` lines — source it to talk to the fleet) and
 * `<dir>/fleet-state.json` (PIDs + start times, no tokens); `--foreground` instead keeps running and stops
 * everything on Ctrl-C. `down` stops by PID what the state file lists (only processes whose start time
 * still matches, so a reused PID is never signalled). `--json` on up/status/down prints one JSON document
 * (never a token). Exit codes: 0 ok (status: everything running), 1 failure, 2 usage.
 *
 * The detached model stub is a process of its own that runs this CLI's `model-stub` command. How to start
 * "this CLI" again depends on how it runs: from the sources (tsx) it is this file; inside the clawfleet
 * bundle (dist/cli/index.js) this module is a chunk that cannot be run, so `clawfleet fleet` passes its own
 * command line (`node dist/cli/index.js fleet __model-stub`) as {@link MainOptions.stubCommand}.
 */











const USAGE = `usage:
  cli.ts up --count N --base-port P --dir D [--port-step S] [--model-stub] [--model-stub-port P] [--format json5|yaml] [--foreground] [--verbose] [--json]
  cli.ts status --dir D [--json]
  cli.ts down --dir D [--json]
  cli.ts model-stub [--port P] [--reply TEXT]
  cli.ts sim --count N [--port P] [--dir D]`;
class UsageError extends Error {
}
/** Parses `--name value` / `--flag` pairs; unknown flags are a usage error. */
function parseArgs(argv, allowed) {
    const [command, ...rest] = argv;
    if (!command || !(command in allowed))
        throw new UsageError(command ? `unknown command: ${command}` : 'missing command');
    const flags = new Map();
    const known = allowed[command] ?? [];
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (!a.startsWith('--'))
            throw new UsageError(`unexpected argument: ${a}`);
        const name = a.slice(2);
        const spec = known.find((k) => k === name || k === `${name}=`);
        if (!spec)
            throw new UsageError(`unknown option for ${command}: --${name}`);
        if (spec.endsWith('=')) {
            const v = rest[i + 1];
            if (v === undefined || v.startsWith('--'))
                throw new UsageError(`--${name} needs a value`);
            flags.set(name, v);
            i++;
        }
        else {
            flags.set(name, true);
        }
    }
    return { command, flags };
}
const COMMANDS = {
    up: ['count=', 'base-port=', 'port-step=', 'dir=', 'model-stub', 'model-stub-port=', 'format=', 'foreground', 'verbose', 'json'],
    down: ['dir=', 'json'],
    status: ['dir=', 'json'],
    'model-stub': ['port=', 'reply='],
    sim: ['count=', 'port=', 'dir='],
};
function intFlag(p, name, fallback) {
    const v = p.flags.get(name);
    if (v === undefined) {
        if (fallback !== undefined)
            return fallback;
        throw new UsageError(`--${name} is required`);
    }
    if (v === true || !/^\d+$/.test(v))
        throw new UsageError(`--${name} must be a whole number, got ${String(v)}`);
    return Number(v);
}
function strFlag(p, name) {
    const v = p.flags.get(name);
    if (typeof v !== 'string')
        throw new UsageError(`--${name} is required`);
    return v;
}
/** Runs the CLI; returns the exit code (never calls process.exit itself). */
async function main(argv, io = defaultIo(), options = {}) {
    let parsed;
    try {
        parsed = parseArgs(argv, COMMANDS);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`${e.message}\n${USAGE}`);
            return 2;
        }
        throw e;
    }
    try {
        switch (parsed.command) {
            case 'up':
                return await up(parsed, io, options);
            case 'down':
                return await down((0,external_node_path_.resolve)(strFlag(parsed, 'dir')), io, parsed.flags.has('json'));
            case 'status':
                return cli_status((0,external_node_path_.resolve)(strFlag(parsed, 'dir')), io, parsed.flags.has('json'));
            case 'model-stub':
                return await serveModelStub(parsed, io);
            case 'sim':
                return await serveSim(parsed, io);
        }
        return 2;
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`${e.message}\n${USAGE}`);
            return 2;
        }
        io.err(`error: ${e instanceof Error ? e.message : String(e)}`);
        return 1;
    }
}
async function up(p, io, options) {
    const count = intFlag(p, 'count');
    const basePort = intFlag(p, 'base-port');
    const portStep = intFlag(p, 'port-step', 120);
    const dir = (0,external_node_path_.resolve)(strFlag(p, 'dir'));
    const format = (p.flags.get('format') ?? 'json5');
    if (format !== 'json5' && format !== 'yaml')
        throw new UsageError(`--format must be json5 or yaml, got ${format}`);
    const foreground = p.flags.has('foreground');
    const json = p.flags.has('json');
    const logger = (0,common_logger/* createStderrLogger */.J)({ verbose: p.flags.has('verbose') });
    let stubUrl;
    let stubProc;
    let stopStub;
    if (p.flags.has('model-stub')) {
        const stubPort = intFlag(p, 'model-stub-port', basePort + count * portStep);
        if (foreground) {
            const stub = await (0,model_stub.startModelStub)({ port: stubPort });
            stubUrl = stub.url;
            stopStub = () => stub.stop();
        }
        else {
            stubProc = await spawnDetachedStub(dir, stubPort, options.stubCommand ?? defaultStubCommand());
            stubUrl = stubProc.url;
            const id = { pid: stubProc.pid, startTime: stubProc.startTime };
            stopStub = async () => {
                (0,proc/* signalIfSame */.mS)(id, 'SIGTERM');
                await (0,proc/* waitUntilGone */.Ly)(() => (0,proc/* isSameProcessAlive */.xk)(id), 5_000);
            };
        }
    }
    let fleet;
    try {
        fleet = await (0,launcher.startFleet)({
            count,
            basePort,
            portStep,
            dir,
            inventoryFormat: format,
            logger,
            killOnExit: foreground,
            removeDirOnStop: false,
            ...(stubUrl ? { modelStubUrl: stubUrl } : {}),
        });
    }
    catch (e) {
        await stopStub?.();
        throw e;
    }
    if (stubProc) {
        const state = JSON.parse((0,external_node_fs_.readFileSync)(fleet.stateFile, 'utf8'));
        state.modelStub = stubProc;
        (0,external_node_fs_.writeFileSync)(fleet.stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
    }
    const name = options.displayName ?? 'tsx action-fixtures/fleet/cli.ts';
    if (json) {
        io.out(JSON.stringify({
            dir,
            inventoryFile: fleet.inventoryFile,
            envFile: fleet.envFile,
            stateFile: fleet.stateFile,
            foreground,
            gateways: fleet.gateways.map((g) => ({ id: g.id, url: g.url, port: g.port, pid: g.pid, tokenEnv: g.tokenEnv, startupMs: g.startupMs })),
            ...(stubUrl ? { modelStub: { url: stubUrl, ...(stubProc ? { pid: stubProc.pid, port: stubProc.port } : {}) } } : {}),
        }, null, 2));
    }
    else {
        io.out([
            `rehearsal fleet up: ${fleet.gateways.length} gateway(s)`,
            ...fleet.gateways.map((g) => `  ${g.id}  ${g.url}  pid ${g.pid}  token in $${g.tokenEnv}  ready in ${(g.startupMs / 1000).toFixed(1)} s`),
            ...(stubUrl ? [`  model stub  ${stubUrl}`] : []),
            `inventory: ${fleet.inventoryFile}`,
            `tokens:    source ${fleet.envFile}`,
            foreground ? 'press Ctrl-C to stop' : `stop with: ${name} down --dir ${dir}`,
        ].join('\n'));
    }
    if (!foreground)
        return 0;
    await new Promise((r) => {
        process.once('SIGINT', r);
        process.once('SIGTERM', r);
    });
    io.out('stopping…');
    await fleet.stop();
    await stopStub?.();
    return 0;
}
/**
 * The default way to run this CLI's `model-stub` command in a new process: this file under this Node, with
 * the tsx loader when it is the TypeScript source. Throws when this module is not the CLI file itself (it
 * was bundled into something else, which must pass `stubCommand`).
 */
function defaultStubCommand(moduleUrl = import.meta.url) {
    const self = (0,external_node_url_.fileURLToPath)(moduleUrl);
    const file = (0,external_node_path_.basename)(self);
    if (!/^cli\.(ts|js|mjs)$/.test(file)) {
        throw new Error(`cannot start the model stub as its own process: this code runs from ${self}, not from the fleet CLI file (a bundle?). ` +
            'Use `clawfleet fleet up` (it passes its own command line) or --foreground.');
    }
    if (!file.endsWith('.ts'))
        return [process.execPath, self, 'model-stub'];
    // Not process.execArgv: under a test runner or a debugger that holds flags meant for the parent only.
    const tsx = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(import.meta.url).resolve('tsx')).href;
    return [process.execPath, '--import', tsx, self, 'model-stub'];
}
/** Starts the model stub as its own detached process (`command` + `--port N`) so it outlives `up`. */
async function spawnDetachedStub(dir, port, command) {
    if (await portOpen(port))
        throw new Error(`model stub port ${port} on 127.0.0.1 is already in use; pass --model-stub-port`);
    const [exe, ...args] = command;
    if (!exe)
        throw new Error('the model stub command is empty');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const log = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'model-stub.log'), 'a', 0o600);
    const child = (0,external_node_child_process_.spawn)(exe, [...args, '--port', String(port)], {
        detached: true,
        stdio: ['ignore', log, log],
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    });
    (0,external_node_fs_.closeSync)(log);
    child.unref();
    const pid = await new Promise((res, rej) => {
        child.once('spawn', () => res(child.pid));
        child.once('error', rej);
    });
    // Generous: under tsx on a saturated 2-core host, loading the stub's modules alone took >10 s.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (await portOpen(port))
            return { ...(0,proc/* identify */.ls)(pid), port, url: `http://127.0.0.1:${port}/v1` };
        if (child.exitCode !== null)
            break;
        await new Promise((r) => setTimeout(r, 100));
    }
    (0,proc/* signalIfSame */.mS)((0,proc/* identify */.ls)(pid), 'SIGKILL');
    throw new Error(`the model stub did not start on port ${port}; see ${(0,external_node_path_.join)(dir, 'model-stub.log')}`);
}
async function down(dir, io, json) {
    const state = (0,launcher/* readFleetState */.cf)(dir);
    let stub;
    if (state.modelStub) {
        const id = { pid: state.modelStub.pid, startTime: state.modelStub.startTime };
        stub = (0,proc/* isSameProcessAlive */.xk)(id) ? 'stopped' : 'not running';
        if ((0,proc/* signalIfSame */.mS)(id, 'SIGTERM'))
            await (0,proc/* waitUntilGone */.Ly)(() => (0,proc/* isSameProcessAlive */.xk)(id), 5_000);
        (0,proc/* signalIfSame */.mS)(id, 'SIGKILL');
    }
    const r = await (0,launcher/* stopFleetFromState */.AB)(dir);
    if (json) {
        io.out(JSON.stringify({ dir, stopped: r.stopped, notRunning: r.notRunning, ...(stub ? { modelStub: stub } : {}) }, null, 2));
        return 0;
    }
    io.out(`rehearsal fleet down: stopped ${r.stopped.length ? r.stopped.join(', ') : 'nothing'}` +
        (r.notRunning.length ? `; not running: ${r.notRunning.join(', ')}` : '') +
        (stub ? `; model stub ${stub}` : ''));
    return 0;
}
function cli_status(dir, io, json) {
    const state = (0,launcher/* readFleetState */.cf)(dir);
    const gateways = state.gateways.map((g) => ({ id: g.id, url: g.url, pid: g.pid, running: (0,proc/* isSameProcessAlive */.xk)({ pid: g.pid, startTime: g.startTime }) }));
    const stub = state.modelStub ? { url: state.modelStub.url, pid: state.modelStub.pid, running: (0,proc/* isSameProcessAlive */.xk)({ pid: state.modelStub.pid, startTime: state.modelStub.startTime }) } : undefined;
    const allUp = gateways.every((g) => g.running) && (stub?.running ?? true);
    if (json) {
        io.out(JSON.stringify({ dir, inventoryFile: state.inventoryFile, running: allUp, gateways, ...(stub ? { modelStub: stub } : {}) }, null, 2));
        return allUp ? 0 : 1;
    }
    const lines = gateways.map((g) => `  ${g.id}  ${g.url}  pid ${g.pid}  ${g.running ? 'running' : 'not running'}`);
    if (stub)
        lines.push(`  model stub  ${stub.url}  pid ${stub.pid}  ${stub.running ? 'running' : 'not running'}`);
    io.out([`rehearsal fleet in ${dir}:`, ...lines, `inventory: ${state.inventoryFile}`].join('\n'));
    return allUp ? 0 : 1;
}
async function serveModelStub(p, io) {
    const reply = p.flags.get('reply');
    const stub = await (0,model_stub.startModelStub)({ port: intFlag(p, 'port', 0), ...(typeof reply === 'string' ? { reply } : {}) });
    io.out(`model stub listening on ${stub.url}`);
    await new Promise((r) => {
        process.once('SIGINT', r);
        process.once('SIGTERM', r);
    });
    await stub.stop();
    return 0;
}
async function serveSim(p, io) {
    const dirFlag = p.flags.get('dir');
    const sim = await startSimFleet({ count: intFlag(p, 'count'), basePort: intFlag(p, 'port', 0), ...(typeof dirFlag === 'string' ? { dir: (0,external_node_path_.resolve)(dirFlag) } : {}) });
    const envFile = (0,external_node_path_.join)((0,external_node_path_.dirname)(sim.inventoryFile), 'sim.env');
    (0,external_node_fs_.writeFileSync)(envFile, Object.entries(sim.env).map(([k, v]) => `export ${k}='${v}'\n`).join(''), { mode: 0o600 });
    io.out(`simulated fleet: ${sim.instances.length} instance(s) on ${sim.origin}/i/<id>\ninventory: ${sim.inventoryFile}\ntokens:    source ${envFile}\npress Ctrl-C to stop`);
    await new Promise((r) => {
        process.once('SIGINT', r);
        process.once('SIGTERM', r);
    });
    await sim.stop();
    return 0;
}
function portOpen(port) {
    return new Promise((res) => {
        const s = (0,external_node_net_.connect)({ host: '127.0.0.1', port });
        const done = (v) => {
            s.destroy();
            res(v);
        };
        s.setTimeout(1_000, () => done(false));
        s.once('connect', () => done(true));
        s.once('error', () => done(false));
    });
}
function defaultIo() {
    return { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };
}
// Entry point only when run directly (importing this module has no side effects).
if (process.argv[1] && import.meta.url === (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(process.argv[1])).href) {
    void main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}


/***/ }),

/***/ 96845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startModelStub: () => (/* binding */ startModelStub)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A small OpenAI-compatible model server on loopback, so rehearsal gateways can complete chat turns with no
 * internet (openclaw-notes §5). It serves `GET /v1/models` and `POST /v1/chat/completions` (SSE streaming
 * chunks ending in `data: [DONE]`, or one JSON completion), answers with a configurable reply, records every
 * request (never the API key) and has fault knobs: an HTTP error status, a delay, a hang, a reset connection.
 *
 * Point a gateway at it with the provider fragment from `stub.providerConfig()`:
 * `models.providers.fake = {baseUrl: stub.url, apiKey, api: "openai-completions", models: [{id, name}]}` and
 * `agents.defaults.model.primary: "fake/<modelId>"`.
 */

const DEFAULT_REPLY = 'PONG from model stub';
const DEFAULT_MODEL = 'fake-model';
const DEFAULT_API_KEY = 'sk-clawfleet-stub';
const MAX_BODY_BYTES = 16 * 1024 * 1024; // the gateway sends a ~65 KB system prompt; leave ample room
/** Starts the stub on 127.0.0.1 (loopback only). */
async function startModelStub(opts = {}) {
    const modelId = opts.modelId ?? DEFAULT_MODEL;
    const chunkSize = Math.max(1, opts.chunkSize ?? 8);
    let reply = opts.reply ?? DEFAULT_REPLY;
    let fault = null;
    const requests = [];
    const sockets = new Set();
    const timers = new Set();
    const sleep = (ms) => new Promise((resolve) => {
        const t = setTimeout(() => {
            timers.delete(t);
            resolve();
        }, ms);
        timers.add(t);
    });
    /** Takes the current fault for one request, counting down `times`. */
    const takeFault = () => {
        if (!fault)
            return null;
        const f = fault;
        if (f.remaining !== undefined) {
            f.remaining -= 1;
            if (f.remaining <= 0)
                fault = null;
        }
        return f;
    };
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        void handle(req, res).catch((err) => {
            if (!res.headersSent)
                sendJson(res, 500, { error: { message: `stub error: ${String(err)}`, type: 'server_error' } });
            else
                res.destroy();
        });
    });
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    async function handle(req, res) {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const entry = { time: Date.now(), method: req.method ?? 'GET', path, authorized: isAuthorized(req), status: 0 };
        const isModelRoute = path === '/v1/chat/completions' || path === '/v1/models';
        if (!isModelRoute) {
            entry.status = 404;
            requests.push(entry);
            sendJson(res, 404, { error: { message: `unknown route ${path}`, type: 'invalid_request_error' } });
            return;
        }
        let body = {};
        if (req.method === 'POST') {
            const text = await readBody(req);
            try {
                body = JSON.parse(text);
            }
            catch {
                entry.status = 400;
                requests.push(entry);
                sendJson(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
                return;
            }
        }
        if (path === '/v1/chat/completions')
            describeChat(entry, body);
        requests.push(entry);
        const f = takeFault();
        if (f?.delayMs)
            await sleep(f.delayMs);
        if (f?.hang)
            return; // leave the socket open; stop() destroys it
        if (f?.reset) {
            req.socket.destroy();
            return;
        }
        if (f?.status) {
            entry.status = f.status;
            sendJson(res, f.status, {
                error: { message: f.message ?? defaultFaultMessage(f.status), type: f.status === 401 ? 'invalid_api_key' : 'server_error' },
            });
            return;
        }
        if (!entry.authorized) {
            entry.status = 401;
            sendJson(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_api_key' } });
            return;
        }
        if (path === '/v1/models') {
            if (req.method !== 'GET')
                return methodNotAllowed(res, entry);
            entry.status = 200;
            sendJson(res, 200, { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'clawfleet-model-stub' }] });
            return;
        }
        if (req.method !== 'POST')
            return methodNotAllowed(res, entry);
        const text = typeof reply === 'function' ? reply(entry.lastUserMessage ?? '') : reply;
        const model = typeof body['model'] === 'string' ? body['model'] : modelId;
        const id = `chatcmpl-stub-${requests.length}`;
        const created = Math.floor(Date.now() / 1000);
        const usage = { prompt_tokens: 10, completion_tokens: Math.max(1, Math.ceil(text.length / 4)), total_tokens: 10 + Math.ceil(text.length / 4) };
        entry.status = 200;
        if (body['stream'] === true) {
            res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
            const chunk = (delta, finish) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
            res.write(chunk({ role: 'assistant', content: '' }, null));
            for (let i = 0; i < text.length; i += chunkSize)
                res.write(chunk({ content: text.slice(i, i + chunkSize) }, null));
            res.write(chunk({}, 'stop'));
            const streamOptions = body['stream_options'];
            if (streamOptions?.include_usage) {
                res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
            }
            res.end('data: [DONE]\n\n');
            return;
        }
        sendJson(res, 200, {
            id,
            object: 'chat.completion',
            created,
            model,
            choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
            usage,
        });
    }
    function isAuthorized(req) {
        const h = req.headers.authorization;
        if (!h || !/^Bearer\s+\S/i.test(h))
            return false;
        if (opts.apiKey === undefined)
            return true;
        return h.replace(/^Bearer\s+/i, '') === opts.apiKey;
    }
    function methodNotAllowed(res, entry) {
        entry.status = 405;
        sendJson(res, 405, { error: { message: 'method not allowed', type: 'invalid_request_error' } });
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.address().port;
    const url = `http://127.0.0.1:${port}/v1`;
    return {
        url,
        port,
        requests,
        setReply(r) {
            reply = r;
        },
        setFault(f) {
            fault = f ? { ...f, ...(f.times !== undefined ? { remaining: f.times } : {}) } : null;
        },
        clear() {
            requests.length = 0;
        },
        providerConfig(providerId = 'fake') {
            return {
                providerId,
                modelRef: `${providerId}/${modelId}`,
                provider: {
                    baseUrl: url,
                    apiKey: opts.apiKey ?? DEFAULT_API_KEY,
                    api: 'openai-completions',
                    models: [{ id: modelId, name: 'Clawfleet Model Stub' }],
                },
            };
        },
        async stop() {
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            const closed = new Promise((resolve) => server.close(() => resolve()));
            for (const s of sockets)
                s.destroy();
            server.closeAllConnections();
            await closed;
        },
    };
}
function describeChat(entry, body) {
    if (typeof body['model'] === 'string')
        entry.model = body['model'];
    entry.stream = body['stream'] === true;
    const messages = Array.isArray(body['messages']) ? body['messages'] : [];
    entry.messageCount = messages.length;
    const lastUser = [...messages].reverse().find((m) => m?.['role'] === 'user');
    if (lastUser)
        entry.lastUserMessage = contentText(lastUser['content']).slice(0, 2000);
    const all = messages.filter((m) => m?.['role'] === 'user').map((m) => contentText(m['content'])).join('\n');
    if (all)
        entry.userText = all.slice(-8000);
}
/** OpenAI message content is a string or an array of parts (`{type:"text", text}`). */
function contentText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        return content
            .map((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? p.text : ''))
            .join('');
    }
    return '';
}
function defaultFaultMessage(status) {
    if (status === 401)
        return 'Incorrect API key provided.';
    if (status === 429)
        return 'Rate limit reached for requests.';
    return 'The model stub was told to fail.';
}
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
        const b = c;
        size += b.length;
        if (size > MAX_BODY_BYTES)
            throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
        chunks.push(b);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 49353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ createStderrLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that drops everything: for library calls where the caller collects results instead. */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_title, fn) => fn(),
};
/** Writes to stderr, one line per message; used by the CLI when not in --json mode. */
function createStderrLogger(opts = {}) {
    const write = (s) => process.stderr.write(s + '\n');
    const where = (l) => (l ? `${l.file}:${l.line}:${l.column}: ` : '');
    return {
        debug: (m) => {
            if (opts.verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m, l) => write(`warning: ${where(l)}${m}`),
        error: (m, l) => write(`error: ${where(l)}${m}`),
        group: async (title, fn) => {
            write(`── ${title}`);
            return fn();
        },
    };
}


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SecretRegistry)
/* harmony export */ });
/* unused harmony export derivedForms */
/**
 * Secret hygiene: every secret value is registered here before anything can print, together with the
 * forms it can take on its way out (JSON-escaped, base64, URL-encoded, each line of a multi-line value).
 * `redact()` replaces all of them. Action adapters forward `onRegister` to `core.setSecret` so the runner
 * masks the same strings.
 */
const MIN_LINE_LENGTH = 4; // a one-character line such as "{" must not become a mask (runner#326)
function derivedForms(value) {
    const forms = new Set();
    const add = (s) => {
        if (s.length >= MIN_LINE_LENGTH)
            forms.add(s);
    };
    add(value);
    add(JSON.stringify(value).slice(1, -1));
    add(Buffer.from(value, 'utf8').toString('base64'));
    add(Buffer.from(value, 'utf8').toString('base64url'));
    add(encodeURIComponent(value));
    add(encodeURI(value));
    for (const line of value.split(/\r?\n|\r/)) {
        add(line.trim());
        add(line);
    }
    return [...forms];
}
class SecretRegistry {
    onRegister;
    values = new Set();
    /**
     * Forms indexed by their first MIN_LINE_LENGTH characters, then by length: a scan of the text costs one
     * map lookup per position (plus one set lookup per distinct length when the prefix matches), whatever the
     * number of secrets. A fleet of 10 000 gateways registers tens of thousands of forms, often with a common
     * prefix (`sk-ant-…`, `ghp_…`); a `split/join` per form on every log line would take seconds per line.
     */
    byPrefix = new Map();
    constructor(onRegister) {
        this.onRegister = onRegister;
    }
    /** Registers a secret and its derived forms; empty or very short values are ignored. */
    add(value) {
        if (!value)
            return;
        for (const form of derivedForms(value)) {
            if (this.values.has(form))
                continue;
            this.values.add(form);
            const key = form.slice(0, MIN_LINE_LENGTH);
            const cur = this.byPrefix.get(key);
            // Most prefixes hold one form (random tokens): keep the bare string, build a bucket on the second.
            if (cur === undefined)
                this.byPrefix.set(key, form);
            else {
                const bucket = typeof cur === 'string' ? newBucket(cur) : cur;
                addToBucket(bucket, form);
                if (typeof cur === 'string')
                    this.byPrefix.set(key, bucket);
            }
            this.onRegister?.(form);
        }
    }
    has(value) {
        return this.values.has(value);
    }
    /** Number of registered forms. */
    get size() {
        return this.values.size;
    }
    /**
     * Replaces every registered form with `***`, scanning left to right and taking the longest form that
     * starts at each position (so a line of a multi-line key never leaves the rest of the key behind).
     */
    redact(text) {
        if (this.values.size === 0 || text.length < MIN_LINE_LENGTH)
            return text;
        let out = '';
        let last = 0;
        let i = 0;
        const end = text.length - MIN_LINE_LENGTH;
        while (i <= end) {
            const hit = this.matchAt(text, i);
            if (hit === undefined) {
                i++;
                continue;
            }
            out += text.slice(last, i) + '***';
            i += hit.length;
            last = i;
        }
        return last === 0 ? text : out + text.slice(last);
    }
    /** True when `text` holds any registered form (same scan as redact, stops at the first). */
    containsSecret(text) {
        if (this.values.size === 0)
            return false;
        for (let i = 0; i <= text.length - MIN_LINE_LENGTH; i++)
            if (this.matchAt(text, i) !== undefined)
                return true;
        return false;
    }
    matchAt(text, i) {
        const bucket = this.byPrefix.get(text.slice(i, i + MIN_LINE_LENGTH));
        if (bucket === undefined)
            return undefined;
        if (typeof bucket === 'string')
            return text.startsWith(bucket, i) ? bucket : undefined;
        for (const len of bucket.lengths) {
            if (i + len > text.length)
                continue;
            const candidate = text.slice(i, i + len);
            if (bucket.byLength.get(len).has(candidate))
                return candidate;
        }
        return undefined;
    }
}
function newBucket(first) {
    const b = { lengths: [], byLength: new Map() };
    addToBucket(b, first);
    return b;
}
function addToBucket(b, form) {
    let set = b.byLength.get(form.length);
    if (!set) {
        b.byLength.set(form.length, (set = new Set()));
        b.lengths.push(form.length);
        b.lengths.sort((x, y) => y - x);
    }
    set.add(form);
}


/***/ }),

/***/ 44712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ mergeOverlay),
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function isPlainObject(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/** Deep-merges `overlays` over `base` left to right (see module doc for the rules). */
function mergeOverlay(base, ...overlays) {
    let out = cloneValue(base);
    for (const overlay of overlays) {
        if (overlay)
            out = mergeTwo(out, overlay);
    }
    return out;
}
function mergeTwo(base, overlay) {
    const out = {};
    for (const [k, v] of Object.entries(base)) {
        if (!FORBIDDEN_KEYS.has(k))
            out[k] = v;
    }
    for (const [k, v] of Object.entries(overlay)) {
        if (FORBIDDEN_KEYS.has(k))
            continue;
        const prev = out[k];
        out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeTwo(prev, v) : cloneValue(v);
    }
    return out;
}
function cloneValue(v) {
    if (Array.isArray(v))
        return v.map(cloneValue);
    if (isPlainObject(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            if (!FORBIDDEN_KEYS.has(k))
                out[k] = cloneValue(x);
        return out;
    }
    return v;
}


/***/ })

};

//# sourceMappingURL=9847.index.js.map