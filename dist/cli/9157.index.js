export const id = 9157;
export const ids = [9157];
export const modules = {

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

/***/ 89157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ GatewayError),
/* harmony export */   kU: () => (/* binding */ createGatewayClient),
/* harmony export */   xO: () => (/* binding */ isGatewayError)
/* harmony export */ });
/* unused harmony exports RPC_PATH, READ_ONLY_METHODS, normalizeBaseUrl, classifyRpcResponse, classifyProbeResponse, abortableSleep */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49353);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7168);
/**
 * Gateway client (issue #3): typed calls over a gateway's admin HTTP RPC (`POST /api/v1/admin/rpc`, bearer
 * token) and its probes (`/healthz`, `/readyz`, `/startupz`).
 *
 * Failure policy, in one place:
 * - Every attempt has a timeout (an AbortSignal; the caller's own signal is honoured too).
 * - Transient failures of READ calls and probes — connection refused/reset, timeout, 5xx `UNAVAILABLE`
 *   marked `retryable` (e.g. startup sidecars) — are retried with capped exponential backoff and full jitter
 *   (`delay = random() * min(maxBackoffMs, baseBackoffMs * 2^n)`), or after the gateway's `retryAfterMs`.
 * - WRITE calls (anything not known to be read-only: config.apply/patch/set, gateway.restart.request, …) are
 *   sent once: a timeout or reset after sending may mean the write happened, and an `UNAVAILABLE` after a
 *   write can mean "persisted, not applied" (reliability-cases RF-04). The one exception is the control-plane
 *   rate limit (30 writes / 60 s per method per caller): the gateway refused the write before handling it,
 *   so the client waits `retryAfterMs` and sends again, as long as the total wait stays under
 *   `maxRateLimitWaitMs`; beyond that it throws `rate-limited` at once (it does not sleep in vain).
 * - A rejected write is never retried: stale `baseHash` → `conflict`; invalid config → `rejected` with the
 *   gateway's issues.
 * - 404 on the RPC route → `not-enabled` (enable `plugins.entries["admin-http-rpc"].enabled`); 401/403 →
 *   `unauthorized`; redirects are not followed (they could carry the bearer token elsewhere) → `protocol`.
 *
 * Errors carry only the instance id, method, host/path, HTTP status, error code and the gateway's message,
 * scrubbed through a SecretRegistry holding the token (a gateway message can echo what it received). The
 * token lives only in a closure — never on an object property that `console.log(client)` would print.
 */





const RPC_PATH = '/api/v1/admin/rpc';
/** Methods that only read: safe to retry after a timeout or reset. Everything else counts as a write. */
const READ_ONLY_METHODS = new Set([
    'health',
    'status',
    'logs.tail',
    'usage.status',
    'usage.cost',
    'commands.list',
    'config.get',
    'config.schema',
    'config.schema.lookup',
    'channels.status',
    'models.list',
    'models.authStatus',
    'agents.list',
    'exec.approvals.get',
    'exec.approvals.node.get',
    'cron.status',
    'cron.list',
    'cron.get',
    'cron.runs',
    'device.pair.list',
    'node.list',
    'node.describe',
    'node.pair.list',
    'tasks.list',
    'tasks.get',
    'doctor.memory.status',
    'update.status',
    'gateway.suspend.status',
]);
/**
 * A classified failure of one gateway call. The message is safe to print: it never holds the token,
 * request headers or request body (see module doc).
 */
class GatewayError extends Error {
    kind;
    instanceId;
    method;
    httpStatus;
    code;
    retryable;
    retryAfterMs;
    issues;
    attempts;
    constructor(init) {
        super(init.message);
        this.name = 'GatewayError';
        this.kind = init.kind;
        this.instanceId = init.instanceId;
        this.method = init.method;
        this.httpStatus = init.httpStatus;
        this.code = init.code;
        this.retryable = init.retryable ?? false;
        this.retryAfterMs = init.retryAfterMs;
        this.issues = init.issues;
        this.attempts = init.attempts ?? 1;
    }
}
function isGatewayError(e) {
    return e instanceof GatewayError;
}
const DEFAULTS = {
    timeoutMs: 10_000,
    maxAttempts: 3,
    maxBackoffMs: 5_000,
    baseBackoffMs: 200,
    maxRateLimitWaitMs: 65_000,
    maxResponseBytes: 64 * 1024 * 1024,
};
const MAX_GATEWAY_MESSAGE = 600;
/**
 * Validates a gateway base URL (http/https, no credentials, query or fragment) and splits it into origin and
 * path prefix (`''` or e.g. `/i/gw-1` for the simulated fleet or a gateway behind a path-routing proxy).
 */
function normalizeBaseUrl(raw) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        throw new TypeError(`gateway url is not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new TypeError(`gateway url must be http(s): ${u.protocol}//${u.host}`);
    if (u.username || u.password)
        throw new TypeError(`gateway url must not contain credentials (host ${u.host})`);
    if (u.search || u.hash)
        throw new TypeError(`gateway url must not have a query or fragment (host ${u.host})`);
    return { origin: u.origin, host: u.host, basePath: u.pathname.replace(/\/+$/, '') };
}
/**
 * Keep-alive agents shared by every client of the process. Plain `node:http(s)` rather than the global
 * `fetch`: measured against the simulated fleet (30 000 config.get at concurrency 10, bench/README.md),
 * fetch (undici, WHATWG streams, one abort-signal finalizer per request) served ~1 200 calls/s and drove
 * the process to ~370–390 MB RSS; node:http served ~3 300 calls/s at ~190 MB. Idle sockets close after
 * 5 s (a fleet of 10 000 gateways must not keep 10 000 sockets open) and never keep the process alive.
 */
const AGENT_OPTIONS = { keepAlive: true, keepAliveMsecs: 1_000, timeout: 5_000, maxFreeSockets: 16 };
let httpAgent;
let httpsAgent;
const agentFor = (protocol) => (protocol === 'https:' ? (httpsAgent ??= new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent(AGENT_OPTIONS)) : (httpAgent ??= new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent(AGENT_OPTIONS)));
/** Creates a client for one gateway. Throws TypeError for a malformed URL (the inventory validates earlier). */
function createGatewayClient(target, opts = {}) {
    const base = normalizeBaseUrl(target.url);
    const transport = new Transport(target.id, target.token, base, opts);
    return new HttpGatewayClient(target.id, base.origin + base.basePath, base.host + base.basePath, transport);
}
/**
 * One gateway's HTTP transport: the retry policy and the exchange (see module doc). The token sits in a
 * private field — never on an enumerable property, so neither `inspect` nor `JSON.stringify` shows it — and
 * the methods live on the prototype: a fleet of 10 000 clients shares one copy of the code instead of a
 * set of closures per client.
 */
class Transport {
    #id;
    #token;
    #origin;
    #host;
    #basePath;
    #logger;
    /** An injected fetch (tests, benches); without one, requests go through node:http(s) (see agentFor). */
    #fetch;
    #sleep;
    #random;
    #cfg;
    #extraSecrets;
    /** The token's own registry, built on first use (an error to scrub): most clients never need one. */
    #secrets;
    constructor(id, token, base, opts) {
        this.#id = id;
        this.#token = token;
        this.#origin = base.origin;
        this.#host = base.host;
        this.#basePath = base.basePath;
        this.#logger = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .q;
        this.#fetch = opts.fetch;
        this.#sleep = opts.sleep ?? abortableSleep;
        this.#random = opts.random ?? Math.random;
        this.#cfg =
            opts.timeoutMs === undefined &&
                opts.maxAttempts === undefined &&
                opts.maxBackoffMs === undefined &&
                opts.baseBackoffMs === undefined &&
                opts.maxRateLimitWaitMs === undefined &&
                opts.maxResponseBytes === undefined
                ? DEFAULTS
                : {
                    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
                    maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULTS.maxAttempts),
                    maxBackoffMs: opts.maxBackoffMs ?? DEFAULTS.maxBackoffMs,
                    baseBackoffMs: opts.baseBackoffMs ?? DEFAULTS.baseBackoffMs,
                    maxRateLimitWaitMs: opts.maxRateLimitWaitMs ?? DEFAULTS.maxRateLimitWaitMs,
                    maxResponseBytes: opts.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
                };
        this.#extraSecrets = opts.secrets;
    }
    #scrub(s) {
        if (!this.#secrets) {
            this.#secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretRegistry */ .k();
            this.#secrets.add(this.#token);
        }
        const once = this.#secrets.redact(s);
        return this.#extraSecrets ? this.#extraSecrets.redact(once) : once;
    }
    #where(path) {
        return `${this.#host}${this.#basePath}${path}`;
    }
    /** One HTTP exchange with its own timeout; network failures become Classified. */
    #exchange(path, init, timeoutMs, signal) {
        return this.#fetch ? this.#exchangeFetch(this.#fetch, path, init, timeoutMs, signal) : this.#exchangeHttp(path, init, timeoutMs, signal);
    }
    /**
     * The exchange over node:http(s): no redirect is followed (a 3xx comes back as it is, like fetch's
     * `redirect: 'manual'`), the body is capped at `maxResponseBytes`, and the timeout / the caller's abort
     * destroy the request.
     */
    async #exchangeHttp(path, init, timeoutMs, signal) {
        signal?.throwIfAborted();
        const u = new URL(`${this.#origin}${this.#basePath}${path}`);
        const max = this.#cfg.maxResponseBytes;
        let timedOut = false;
        let onAbort;
        let timer;
        try {
            const value = await new Promise((resolve, reject) => {
                const headers = { authorization: `Bearer ${this.#token}`, accept: 'application/json' };
                if (init.body !== undefined) {
                    headers['content-type'] = 'application/json';
                    headers['content-length'] = String(Buffer.byteLength(init.body));
                }
                const req = (u.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__.request : node_http__WEBPACK_IMPORTED_MODULE_1__.request)({ protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ''), port: u.port, path: u.pathname, method: init.method, headers, agent: agentFor(u.protocol) }, (res) => {
                    const len = Number(res.headers['content-length'] ?? NaN);
                    if (Number.isFinite(len) && len > max) {
                        reject(new ResponseTooLarge(`response of ${len} bytes is over the ${max}-byte limit`)); // before destroy: it emits errors of its own
                        res.destroy();
                        return;
                    }
                    const chunks = [];
                    let size = 0;
                    res.on('data', (d) => {
                        size += d.byteLength;
                        if (size > max) {
                            reject(new ResponseTooLarge(`response over the ${max}-byte limit`));
                            res.destroy();
                            return;
                        }
                        chunks.push(d);
                    });
                    res.on('end', () => {
                        const loc = res.headers['location'];
                        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), location: loc ?? null });
                    });
                    res.on('error', reject);
                    res.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
                });
                req.on('error', reject);
                timer = setTimeout(() => {
                    timedOut = true;
                    req.destroy(new Error('timeout'));
                }, timeoutMs);
                onAbort = () => req.destroy(new Error('aborted'));
                signal?.addEventListener('abort', onAbort, { once: true });
                req.end(init.body);
            });
            return { ok: true, value };
        }
        catch (e) {
            if (signal?.aborted)
                throw signal.reason ?? e;
            if (timedOut)
                return fail({ kind: 'timeout', detail: `no answer within ${timeoutMs} ms`, retryable: true });
            if (e instanceof ResponseTooLarge)
                return fail({ kind: 'protocol', detail: e.message, retryable: false });
            const code = networkCode(e);
            return fail({ kind: 'unreachable', detail: describeNetworkError(e), retryable: true, ...(code ? { code } : {}) });
        }
        finally {
            clearTimeout(timer);
            if (onAbort)
                signal?.removeEventListener('abort', onAbort);
        }
    }
    /** The exchange over an injected fetch. */
    async #exchangeFetch(doFetch, path, init, timeoutMs, signal) {
        const ctrl = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            ctrl.abort();
        }, timeoutMs);
        const onAbort = () => ctrl.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const res = await doFetch(`${this.#origin}${this.#basePath}${path}`, {
                method: init.method,
                headers: {
                    authorization: `Bearer ${this.#token}`,
                    accept: 'application/json',
                    ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
                },
                ...(init.body !== undefined ? { body: init.body } : {}),
                redirect: 'manual',
                signal: ctrl.signal,
            });
            const text = await readLimited(res, this.#cfg.maxResponseBytes);
            return { ok: true, value: { status: res.status, text, location: res.headers.get('location') } };
        }
        catch (e) {
            if (signal?.aborted)
                throw signal.reason ?? e;
            if (timedOut)
                return fail({ kind: 'timeout', detail: `no answer within ${timeoutMs} ms`, retryable: true });
            if (e instanceof ResponseTooLarge)
                return fail({ kind: 'protocol', detail: e.message, retryable: false });
            const code = networkCode(e);
            return fail({ kind: 'unreachable', detail: describeNetworkError(e), retryable: true, ...(code ? { code } : {}) });
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    }
    /** Runs `attempt` with the retry policy; `write` decides whether transient failures may be retried. */
    async #withRetries(method, path, write, callOpts, attempt) {
        const cfg = this.#cfg;
        const id = this.#id;
        const maxAttempts = Math.max(1, callOpts?.attempts ?? (write ? 1 : cfg.maxAttempts));
        const timeoutMs = callOpts?.timeoutMs ?? cfg.timeoutMs;
        const signal = callOpts?.signal;
        let failures = 0;
        let waitedMs = 0;
        let attempts = 0;
        for (;;) {
            signal?.throwIfAborted();
            attempts++;
            const outcome = await attempt(timeoutMs, signal);
            if (outcome.ok)
                return outcome.value;
            const r = outcome.failure;
            const err = () => new GatewayError({
                kind: r.kind,
                instanceId: id,
                method,
                message: formatMessage(id, method, this.#where(path), r, (s) => this.#scrub(s)) + (attempts > 1 ? ` (after ${attempts} attempts)` : ''),
                ...(r.httpStatus !== undefined ? { httpStatus: r.httpStatus } : {}),
                ...(r.code !== undefined ? { code: r.code } : {}),
                retryable: r.retryable,
                ...(r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs } : {}),
                ...(r.issues ? { issues: r.issues.map((i) => ({ path: i.path, message: this.#scrub(i.message) })) } : {}),
                attempts,
            });
            if (r.kind === 'rate-limited') {
                // Refused before handling, so resending is safe even for writes; bounded by total wait time.
                const wait = Math.max(0, r.retryAfterMs ?? cfg.baseBackoffMs) + Math.floor(this.#random() * 250);
                if (waitedMs + wait > cfg.maxRateLimitWaitMs)
                    throw err();
                this.#logger.debug(`${id}: ${method} rate-limited; waiting ${wait} ms as the gateway asked`);
                await this.#sleep(wait, signal);
                waitedMs += wait;
                continue;
            }
            failures++;
            if (write || !r.retryable || failures >= maxAttempts)
                throw err();
            const backoff = r.retryAfterMs ?? Math.floor(this.#random() * Math.min(cfg.maxBackoffMs, cfg.baseBackoffMs * 2 ** (failures - 1)));
            if (r.retryAfterMs !== undefined && waitedMs + backoff > cfg.maxRateLimitWaitMs)
                throw err();
            this.#logger.debug(`${id}: ${method} attempt ${failures}/${maxAttempts} failed (${r.kind}); retrying in ${backoff} ms`);
            await this.#sleep(backoff, signal);
            waitedMs += backoff;
        }
    }
    call(method, params, callOpts) {
        const write = !READ_ONLY_METHODS.has(method);
        const body = JSON.stringify({ id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(), method, params: params ?? {} });
        return this.#withRetries(method, RPC_PATH, write, callOpts, async (timeoutMs, signal) => {
            const r = await this.#exchange(RPC_PATH, { method: 'POST', body }, timeoutMs, signal);
            return r.ok ? classifyRpcResponse(r.value) : r;
        });
    }
    probe(path, callOpts) {
        return this.#withRetries(`GET ${path}`, path, false, callOpts, async (timeoutMs, signal) => {
            const r = await this.#exchange(path, { method: 'GET' }, timeoutMs, signal);
            return r.ok ? classifyProbeResponse(r.value) : r;
        });
    }
}
/** The typed calls over a {@link Transport} (prototype methods, shared by every client). */
class HttpGatewayClient {
    id;
    url;
    #t;
    #host;
    #rpc;
    constructor(id, url, host, transport) {
        this.id = id;
        this.url = url;
        this.#t = transport;
        this.#host = host;
        this.#rpc = `${host}${RPC_PATH}`;
    }
    #call(method, params, o) {
        return this.#t.call(method, params, o);
    }
    #probe(path, o) {
        return this.#t.probe(path, o);
    }
    call(method, params, o) {
        return this.#call(method, params, o);
    }
    async configGet(o) {
        return toConfigSnapshot(await this.#call('config.get', {}, o), this.id, this.#rpc);
    }
    async configApply(params, o) {
        return toWriteResult(await this.#call('config.apply', params, o), this.id, 'config.apply', this.#rpc);
    }
    async configPatch(params, o) {
        return toWriteResult(await this.#call('config.patch', params, o), this.id, 'config.patch', this.#rpc);
    }
    async configSchema(o) {
        const p = asObject(await this.#call('config.schema', {}, o), this.id, 'config.schema', this.#rpc);
        return { ...p, schema: p['schema'], ...(typeof p['version'] === 'string' ? { version: p['version'] } : {}) };
    }
    async configSchemaLookup(path, o) {
        const p = asObject(await this.#call('config.schema.lookup', { path }, o), this.id, 'config.schema.lookup', this.#rpc);
        const kind = p['reloadKind'];
        if (kind !== 'hot' && kind !== 'restart' && kind !== 'none') {
            throw protocolError(this.id, 'config.schema.lookup', this.#rpc, `reloadKind is ${JSON.stringify(kind)}, expected hot|restart|none`);
        }
        return { ...p, reloadKind: kind };
    }
    async health(o) {
        const p = asObject(await this.#call('health', {}, o), this.id, 'health', this.#rpc);
        return { ...p, ok: p['ok'] === true };
    }
    async status(o) {
        const p = asObject(await this.#call('status', {}, o), this.id, 'status', this.#rpc);
        return { ...p, ...(typeof p['runtimeVersion'] === 'string' ? { runtimeVersion: p['runtimeVersion'] } : {}) };
    }
    modelsAuthStatus(params, o) {
        return this.#call('models.authStatus', params ?? {}, o);
    }
    restartRequest(o) {
        return this.#call('gateway.restart.request', {}, o);
    }
    updateStatus(o) {
        return this.#call('update.status', {}, o);
    }
    async healthz(o) {
        const r = await this.#probe('/healthz', o);
        return { status: r.status, ok: r.status === 200 && r.body['ok'] === true };
    }
    async readyz(o) {
        const r = await this.#probe('/readyz', o);
        return toReadyz(r.status, r.body);
    }
    async startupz(o) {
        const r = await this.#probe('/startupz', o);
        const b = r.body;
        return {
            status: r.status,
            started: r.status === 200 && (b['status'] === 'started' || b['ok'] === true),
            ...(typeof b['version'] === 'string' ? { version: b['version'] } : {}),
            ...(typeof b['uptimeMs'] === 'number' ? { uptimeMs: b['uptimeMs'] } : {}),
            ...(typeof b['status'] === 'string' ? { phase: b['status'] } : {}),
        };
    }
    describe() {
        return `${this.id} (${this.#host})`;
    }
}
const fail = (failure) => ({ ok: false, failure });
/** Turns one RPC HTTP answer into the payload or a classified failure. */
function classifyRpcResponse(r) {
    if (r.status >= 300 && r.status < 400) {
        return fail({ kind: 'protocol', httpStatus: r.status, retryable: false, detail: `redirected (HTTP ${r.status}); redirects are not followed, so the token cannot leak to another host` });
    }
    const json = parseJson(r.text);
    const rpcError = json && typeof json === 'object' ? json.error : undefined;
    const err = rpcError && typeof rpcError === 'object' ? rpcError : undefined;
    const code = typeof err?.['code'] === 'string' ? err['code'] : typeof err?.['type'] === 'string' ? err['type'] : undefined;
    const message = typeof err?.['message'] === 'string' ? err['message'] : undefined;
    if (r.status === 401 || r.status === 403) {
        return fail({
            kind: 'unauthorized',
            httpStatus: r.status,
            retryable: false,
            ...(code ? { code } : {}),
            detail: `${message ?? 'unauthorized'}: check the token in this instance's tokenEnv`,
        });
    }
    // A disabled plugin means no route at all: 404 with a plain body. A 404 with an RPC error body is a method
    // error (APPROVAL_NOT_FOUND) and is classified below.
    if (r.status === 404 && !(json && typeof json === 'object' && 'ok' in json)) {
        return fail({
            kind: 'not-enabled',
            httpStatus: 404,
            retryable: false,
            detail: 'no admin RPC route: enable plugins.entries["admin-http-rpc"].enabled: true in this gateway\'s config (applies without a restart)',
        });
    }
    if (r.status === 200 && json && typeof json === 'object' && json.ok === true) {
        return { ok: true, value: json.payload };
    }
    if (!err) {
        if (r.status >= 500) {
            // 502/503/504 from a proxy in front are transient; a bare 500 is not known to be.
            return fail({ kind: 'unavailable', httpStatus: r.status, retryable: r.status !== 500, detail: `HTTP ${r.status} without an RPC error body` });
        }
        return fail({ kind: 'protocol', httpStatus: r.status, retryable: false, detail: `unexpected answer (HTTP ${r.status}, ${json === undefined ? 'not JSON' : 'no ok/error'})` });
    }
    const retryAfterRaw = err['retryAfterMs'];
    const retryAfterMs = typeof retryAfterRaw === 'number' && Number.isFinite(retryAfterRaw) ? Math.max(0, retryAfterRaw) : undefined;
    const details = err['details'] && typeof err['details'] === 'object' ? err['details'] : undefined;
    const base = {
        httpStatus: r.status,
        ...(code ? { code } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        detail: message ?? `error ${code ?? 'without a code'}`,
    };
    if (code === 'UNAVAILABLE' && (/^rate limit exceeded/i.test(message ?? '') || typeof details?.['limit'] === 'string')) {
        return fail({ ...base, kind: 'rate-limited', retryable: true });
    }
    if (details?.['code'] === 'AUTH_RATE_LIMITED')
        return fail({ ...base, kind: 'rate-limited', retryable: true });
    if (code === 'UNAVAILABLE')
        return fail({ ...base, kind: 'unavailable', retryable: err['retryable'] === true });
    if (code === 'AGENT_TIMEOUT')
        return fail({ ...base, kind: 'timeout', retryable: false });
    if (code === 'INVALID_REQUEST' && /^config changed since last load/i.test(message ?? '')) {
        return fail({ ...base, kind: 'conflict', retryable: false });
    }
    if (r.status >= 500) {
        // An internal error of the gateway (or a proxy's 502/504): not a verdict on the request.
        return fail({ ...base, kind: 'unavailable', retryable: err['retryable'] === true || r.status === 502 || r.status === 503 || r.status === 504 });
    }
    const issues = extractIssues(details?.['issues']);
    return fail({ ...base, kind: 'rejected', retryable: false, ...(issues ? { issues } : {}) });
}
/** Probes answer 200 or 503 with a JSON object; any other status or body means something else answered. */
function classifyProbeResponse(r) {
    if (r.status >= 300 && r.status < 400) {
        return fail({ kind: 'protocol', httpStatus: r.status, retryable: false, detail: `redirected (HTTP ${r.status}): a probe must answer directly; a login page or proxy is in the way` });
    }
    if (r.status === 401 || r.status === 403)
        return fail({ kind: 'unauthorized', httpStatus: r.status, retryable: false, detail: 'the probe was refused' });
    const json = parseJson(r.text);
    if (json && typeof json === 'object' && !Array.isArray(json) && (r.status === 200 || r.status === 503)) {
        return { ok: true, value: { status: r.status, body: json } };
    }
    if (r.status >= 500)
        return fail({ kind: 'unavailable', httpStatus: r.status, retryable: true, detail: `HTTP ${r.status} without a probe body` });
    return fail({ kind: 'protocol', httpStatus: r.status, retryable: false, detail: `HTTP ${r.status}: not an OpenClaw probe answer` });
}
function extractIssues(v) {
    if (!Array.isArray(v))
        return undefined;
    return v
        .filter((i) => !!i && typeof i === 'object')
        .map((i) => ({ path: typeof i['path'] === 'string' ? i['path'] : '', message: typeof i['message'] === 'string' ? i['message'] : String(i['message']) }));
}
function formatMessage(id, method, where, r, scrub) {
    const status = r.httpStatus !== undefined ? ` HTTP ${r.httpStatus}` : '';
    const code = r.code ? ` ${r.code}` : '';
    const detail = scrub(r.detail.replace(/[\r\n]+/g, ' ')).slice(0, MAX_GATEWAY_MESSAGE);
    return `${id}: ${method} (${where}) ${r.kind}:${status}${code} ${detail}`.replace(/\s+/g, ' ').trim();
}
function protocolError(id, method, where, detail) {
    return new GatewayError({ kind: 'protocol', instanceId: id, method, message: `${id}: ${method} (${where}) protocol: ${detail}`, retryable: false });
}
function asObject(v, id, method, where) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw protocolError(id, method, where, 'payload is not an object');
    return v;
}
function toConfigSnapshot(v, id, where) {
    const p = asObject(v, id, 'config.get', where);
    if (typeof p['path'] !== 'string')
        throw protocolError(id, 'config.get', where, 'payload has no path');
    const exists = p['exists'] !== false;
    if (exists && typeof p['hash'] !== 'string')
        throw protocolError(id, 'config.get', where, 'payload has no hash');
    const issues = (x) => extractIssues(x) ?? [];
    return {
        ...p,
        path: p['path'],
        exists,
        hash: typeof p['hash'] === 'string' ? p['hash'] : '',
        raw: typeof p['raw'] === 'string' ? p['raw'] : null,
        parsed: p['parsed'],
        config: p['config'],
        valid: p['valid'] !== false,
        issues: issues(p['issues']),
        warnings: issues(p['warnings']),
        configRevisionHash: typeof p['configRevisionHash'] === 'string' ? p['configRevisionHash'] : null,
        appliedConfigHash: typeof p['appliedConfigHash'] === 'string' ? p['appliedConfigHash'] : null,
    };
}
function toWriteResult(v, id, method, where) {
    const p = asObject(v, id, method, where);
    const sentinel = p['sentinel'];
    const requiresRestart = sentinel?.payload?.stats?.requiresRestart;
    return {
        ok: p['ok'] === true,
        ...(typeof p['hash'] === 'string' ? { hash: p['hash'] } : {}),
        ...(Array.isArray(p['changedPaths']) ? { changedPaths: p['changedPaths'].map(String) } : {}),
        ...(typeof requiresRestart === 'boolean' ? { requiresRestart } : {}),
        ...(p['noop'] === true ? { noop: true } : {}),
        raw: p,
    };
}
function toReadyz(status, b) {
    const eventLoop = b['eventLoop'];
    return {
        status,
        ready: status === 200 && b['ready'] === true,
        failing: Array.isArray(b['failing']) ? b['failing'].map(String) : [],
        ...(typeof b['uptimeMs'] === 'number' ? { uptimeMs: b['uptimeMs'] } : {}),
        ...(typeof eventLoop?.degraded === 'boolean' ? { eventLoopDegraded: eventLoop.degraded } : {}),
        ...(Array.isArray(eventLoop?.reasons) ? { eventLoopReasons: eventLoop.reasons.map(String) } : {}),
        ...(typeof b['version'] === 'string' ? { version: b['version'] } : {}),
    };
}
// ---------------------------------------------------------------------------------------------------------
// Helpers
class ResponseTooLarge extends Error {
}
async function readLimited(res, max) {
    const len = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(len) && len > max) {
        await res.body?.cancel();
        throw new ResponseTooLarge(`response of ${len} bytes is over the ${max}-byte limit`);
    }
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel();
            throw new ResponseTooLarge(`response over the ${max}-byte limit`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED'];
/** The errno-style code of a fetch failure (undici nests it in `cause`), if any. */
function networkCode(e) {
    let cur = e;
    for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
        const code = cur.code;
        if (typeof code === 'string' && NETWORK_CODES.includes(code))
            return code;
        cur = cur.cause;
    }
    return undefined;
}
/** A short description of a network failure: the code only (undici messages can include the URL). */
function describeNetworkError(e) {
    const code = networkCode(e);
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused (nothing listens on that port)';
        case 'ECONNRESET':
        case 'UND_ERR_SOCKET':
        case 'UND_ERR_CLOSED':
        case 'EPIPE':
            return 'connection reset by the peer';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'host name not resolved';
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'host unreachable';
        case 'ETIMEDOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
            return 'connect timed out';
        default:
            return 'network error';
    }
}
/** setTimeout-based sleep that rejects with the signal's reason when aborted. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
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
}


/***/ })

};

//# sourceMappingURL=9157.index.js.map