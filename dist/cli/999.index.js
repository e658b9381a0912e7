export const id = 999;
export const ids = [999];
export const modules = {

/***/ 72965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ launchBrowser),
/* harmony export */   Kz: () => (/* binding */ findBrowser)
/* harmony export */ });
/* unused harmony exports loadPlaywright, BROWSER_ARGS, SYSTEM_BROWSERS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/**
 * Finding and starting the browser for the Control UI check. One headless Chromium/Chrome is started per
 * run and shared by every instance (a new, empty context per instance, so instances never share cookies,
 * storage or device identities).
 *
 * Where the browser comes from, first match wins (same order as the composite action's install step):
 * the `browser-path` input, `CHROME_BIN`, then the usual system locations. We never download a browser:
 * GitHub's Ubuntu runners ship Google Chrome; elsewhere `install-browser: true` installs Debian's `chromium`.
 */



/**
 * Loads playwright-core. It cannot be bundled by ncc (it reads its own package.json and files next to it at
 * run time), so the build copies it beside the action's bundle (`dist/<action>/vendor/playwright-core`,
 * see scripts/build.mjs); from the sources (tests, tsx) the installed package is used. The import is left to
 * Node (`webpackIgnore`), so the bundler neither inlines nor rewrites it.
 */
async function loadPlaywright() {
    // Built from parts on purpose: a literal `new URL('./x', import.meta.url)` is turned into an emitted
    // asset by the bundler (webpack asset modules), which would break the lookup.
    const vendored = new URL(['.', 'vendor', 'playwright-core', 'index.mjs'].join('/'), import.meta.url);
    const specifier = vendored.protocol === 'file:' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(vendored)) ? vendored.href : 'playwright-core';
    return (await import(/* webpackIgnore: true */ specifier));
}
/** Flags for a quiet, offline, throw-away headless browser (no sandbox: CI containers run as root). */
const BROWSER_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
];
/** System locations, in preference order (Google Chrome first: Ubuntu's `chromium-browser` is a snap shim). */
const SYSTEM_BROWSERS = {
    linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};
function isExecutableFile(p) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Finds the browser executable. An explicit `browser-path` or `CHROME_BIN` that does not exist is an error
 * (not a silent fallback): the operator asked for that binary.
 */
function findBrowser(opts = {}) {
    const isExec = opts.isExecutable ?? isExecutableFile;
    const env = opts.env ?? process.env;
    const explicit = opts.browserPath?.trim();
    if (explicit) {
        if (!isExec(explicit))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input 'browser-path' is '${explicit}', which is not an executable file. Give the path of a Chrome or Chromium binary, or leave it empty to search.`);
        return { path: explicit, source: 'browser-path' };
    }
    const fromEnv = env['CHROME_BIN']?.trim();
    if (fromEnv) {
        if (!isExec(fromEnv))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`CHROME_BIN is '${fromEnv}', which is not an executable file. Fix or unset CHROME_BIN, or set the 'browser-path' input.`);
        return { path: fromEnv, source: 'CHROME_BIN' };
    }
    const candidates = SYSTEM_BROWSERS[opts.platform ?? process.platform] ?? [];
    const found = candidates.find((p) => isExec(p));
    if (found)
        return { path: found, source: 'system' };
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No Chrome or Chromium found (looked at: ${candidates.join(', ') || 'no known locations on this platform'}). ` +
        `Set 'browser-path' or CHROME_BIN, set 'install-browser: true' (Debian/Ubuntu: apt-get install chromium), or set 'browser: false' to skip the UI check.`);
}
/** Starts the shared headless browser. */
async function launchBrowser(executablePath, timeoutMs = 60_000) {
    try {
        const { chromium } = await loadPlaywright();
        return await chromium.launch({ executablePath, headless: true, args: [...BROWSER_ARGS], timeout: timeoutMs, chromiumSandbox: false });
    }
    catch (err) {
        const first = String(err.message ?? err).split('\n')[0];
        throw new Error(`could not start the browser at ${executablePath}: ${first}`, { cause: err });
    }
}


/***/ }),

/***/ 16999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redactDeep: () => (/* binding */ redactDeep),
  runSmoke: () => (/* binding */ runSmoke),
  screenshotName: () => (/* binding */ screenshotName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/fleet/client.ts
var client = __webpack_require__(89157);
// EXTERNAL MODULE: ./src/smoke/browser.ts
var browser = __webpack_require__(72965);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/smoke/deadline.ts
/**
 * A per-instance time budget: every call an instance's checks make gets `min(per-call timeout, time left)`,
 * and the whole instance is cancelled through one AbortSignal when the budget runs out, so a gateway that
 * stops answering (SIGSTOP) costs at most `timeout-seconds`, never a hang.
 */
class Deadline {
    budgetMs;
    now;
    controller = new AbortController();
    timer;
    endsAt;
    constructor(budgetMs, parent, now = Date.now) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.endsAt = now() + budgetMs;
        this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(budgetMs)), budgetMs);
        this.timer.unref?.();
        if (parent) {
            if (parent.aborted)
                this.controller.abort(parent.reason);
            else
                parent.addEventListener('abort', () => this.controller.abort(parent.reason), { once: true });
        }
    }
    get signal() {
        return this.controller.signal;
    }
    get expired() {
        return this.controller.signal.aborted;
    }
    /** Milliseconds left (≥ 0). */
    remaining() {
        return Math.max(0, this.endsAt - this.now());
    }
    /** A timeout for one call: the per-call limit, cut to what is left (at least 1 ms). */
    timeout(perCallMs) {
        return Math.max(1, Math.min(perCallMs, this.remaining()));
    }
    dispose() {
        clearTimeout(this.timer);
    }
}
/** The reason an instance's signal carries when its budget ran out. */
class DeadlineExceeded extends Error {
    budgetMs;
    constructor(budgetMs) {
        super(`timeout: the instance's budget of ${Math.round(budgetMs / 1000)} s (timeout-seconds) ran out`);
        this.budgetMs = budgetMs;
        this.name = 'DeadlineExceeded';
    }
}

;// CONCATENATED MODULE: ./src/smoke/http.ts
/**
 * The few plain HTTP requests the smoke test makes itself (the Control UI page, its assets): every request
 * has a timeout, never follows redirects (a redirect to a login page is a finding, not a pass — RF-09), and
 * network failures are classified so a report can say "timeout" or "TLS error" instead of "fetch failed".
 */
/** A request that got no HTTP answer. The message names the URL without query or fragment. */
class NetError extends Error {
    kind;
    code;
    constructor(kind, message, code) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.name = 'NetError';
    }
}
const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET)_|HOSTNAME_MISMATCH)/;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
/** The URL as safe to show: origin + path, no userinfo, query or fragment (a `#token=` must never print). */
function displayUrl(url) {
    try {
        const u = new URL(String(url));
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '<invalid url>';
    }
}
/** Classifies whatever `fetch` threw. `timeoutMs` is only used for the message. */
function classifyNetError(err, url, timeoutMs) {
    if (err instanceof NetError)
        return err;
    const shown = displayUrl(url);
    const e = err;
    if (e?.name === 'TimeoutError')
        return new NetError('timeout', `no answer from ${shown} within ${Math.round(timeoutMs / 1000)} s`, 'TIMEOUT');
    if (e?.name === 'AbortError')
        return new NetError('aborted', `request to ${shown} was cancelled (instance deadline reached)`, 'ABORTED');
    const code = e?.cause?.code;
    if (code && TLS_CODES.test(code))
        return new NetError('tls', `TLS error talking to ${shown}: ${code}`, code);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
        return new NetError('timeout', `no answer from ${shown} within ${Math.round(timeoutMs / 1000)} s`, code);
    }
    if (code && UNREACHABLE_CODES.has(code))
        return new NetError('unreachable', `${shown} is unreachable: ${code}`, code);
    const detail = e?.cause?.message ?? e?.message ?? String(err);
    return new NetError('protocol', `request to ${shown} failed: ${detail}`, code);
}
/** A signal that fires after `timeoutMs` or when `parent` fires, whichever is first. */
function withTimeout(timeoutMs, parent) {
    const t = AbortSignal.timeout(Math.max(1, Math.round(timeoutMs)));
    return parent ? AbortSignal.any([parent, t]) : t;
}
/** GET without following redirects. Throws `NetError` when no HTTP answer arrives. */
async function httpGet(url, opts) {
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
    }
    catch (err) {
        // A timeout that fires while the body streams surfaces as the signal's reason.
        const reason = signal.aborted ? signal.reason : err;
        throw classifyNetError(reason ?? err, url, opts.timeoutMs);
    }
}
async function readLimited(res, maxBytes) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        total += value.byteLength;
        if (total >= maxBytes) {
            await reader.cancel().catch(() => undefined);
            break;
        }
    }
    return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/smoke/errors.ts
/**
 * One way to describe any failure the smoke checks meet (gateway client errors, our own HTTP errors, the
 * instance deadline, Playwright errors), as a kind plus a one-line message without secrets or URLs with
 * fragments. The kind decides what the report says first: `timeout`, `unauthorized`, `unreachable`, …
 */



const KNOWN = new Set(['timeout', 'unauthorized', 'unreachable', 'tls', 'not-enabled', 'unavailable', 'rejected', 'protocol']);
/** Classifies an error thrown while checking an instance. `signal` is the instance's (deadline) signal. */
function describeFailure(err, signal) {
    if (signal?.aborted && signal.reason instanceof DeadlineExceeded)
        return { kind: 'timeout', message: signal.reason.message };
    if (err instanceof DeadlineExceeded)
        return { kind: 'timeout', message: err.message };
    if (err instanceof NetError) {
        const kind = err.kind === 'aborted' ? 'timeout' : err.kind === 'protocol' ? 'protocol' : err.kind;
        return { kind, message: err.message };
    }
    const k = err?.kind;
    const message = shortenGatewayMessage(err, oneLine((0,errors/* getErrorMessage */.u1)(err)));
    if (typeof k === 'string' && KNOWN.has(k)) {
        // GatewayError kinds map onto ours; conflict / rate-limited are "rejected"/"unavailable" for a read-only smoke test.
        return { kind: k, message };
    }
    if (k === 'rate-limited')
        return { kind: 'unavailable', message };
    if (k === 'conflict')
        return { kind: 'rejected', message };
    if (err?.name === 'TimeoutError')
        return { kind: 'timeout', message };
    return { kind: 'error', message };
}
/** Collapses whitespace; Playwright errors are multi-line call logs. Only the first line is kept. */
function oneLine(s) {
    const first = s.split(/\r?\n/).find((l) => l.trim() !== '') ?? s;
    return first.replace(/\s+/g, ' ').trim().slice(0, 500);
}
/** True for failures after which talking to the same gateway again is pointless within this run. */
function isTerminal(kind) {
    return kind === 'timeout' || kind === 'unreachable' || kind === 'tls';
}
/**
 * A GatewayError message reads `<id>: <method> (<host/path>) <kind>: <detail>`; the smoke report already
 * says which instance, check and kind, so only `(<host/path>) <detail>` is kept.
 */
function shortenGatewayMessage(err, message) {
    const e = err;
    if (!e || typeof e.instanceId !== 'string' || typeof e.method !== 'string' || typeof e.kind !== 'string')
        return message;
    const prefix = `${e.instanceId}: ${e.method} `;
    if (!message.startsWith(prefix))
        return message;
    const rest = message.slice(prefix.length);
    const m = /^(\([^)]*\)) ([a-z-]+):\s*(.*)$/.exec(rest);
    return m ? `${m[1]} ${m[3]}` : rest;
}

// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
;// CONCATENATED MODULE: ./src/smoke/gateway-ws.ts
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


const PROTOCOL_VERSION = 4;
function createDeviceIdentity() {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { deviceId: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
}
/** The v2 device-auth payload the gateway verifies (see module doc). */
function deviceAuthPayload(p) {
    return ['v2', p.deviceId, p.clientId, p.clientMode, p.role, p.scopes.join(','), String(p.signedAtMs), p.token, p.nonce].join('|');
}
/** A refused handshake or call. `code`/`details` are the gateway's (e.g. `NOT_PAIRED` + `details.requestId`). */
class GatewayWsError extends Error {
    code;
    details;
    kind;
    constructor(message, code, details = {}, 
    /** `timeout` / `unreachable` / `unauthorized` / `rejected` / `protocol`, compatible with describeFailure. */
    kind = 'rejected') {
        super(message);
        this.code = code;
        this.details = details;
        this.kind = kind;
        this.name = 'GatewayWsError';
    }
}
/** `850 ms` / `12 s`: durations in messages. */
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
const DEFAULT_CLIENT = { id: 'cli', version: 'clawfleet', platform: process.platform, mode: 'cli' };
/** ws(s) URL of a gateway base URL. */
function wsUrlOf(base) {
    const u = new URL(base);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    u.pathname = u.pathname.replace(/\/+$/, '') + '/';
    u.search = '';
    u.hash = '';
    return u.href;
}
const AUTH_CODES = /^(AUTH_|UNAUTHORIZED|TOKEN_)/;
/** Classifies a refused connect (`error.code` + `error.details.code`). */
function connectError(err, closeReason) {
    const details = err?.details && typeof err.details === 'object' ? err.details : {};
    const code = String(details['code'] ?? err?.code ?? 'CONNECT_REJECTED');
    const message = err?.message ?? closeReason ?? 'connect refused';
    const kind = AUTH_CODES.test(code) || /token|unauthori[sz]ed|secret/i.test(message) ? 'unauthorized' : err?.code === 'UNAVAILABLE' ? 'unavailable' : 'rejected';
    return new GatewayWsError(`connect refused: ${code}: ${message}`, code, details, kind);
}
/** Opens a socket, completes the handshake and returns a session. Rejects with GatewayWsError. */
function connectGateway(opts) {
    const client = opts.client ?? DEFAULT_CLIENT;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        let settled = false;
        let nextId = 0;
        const pending = new Map();
        const listeners = new Set();
        const ws = new wrapper/* default */.Ay(wsUrlOf(opts.url), { headers: opts.headers ?? {}, handshakeTimeout: Math.max(1, opts.timeoutMs), maxPayload: 64 * 1024 * 1024 });
        const connectId = `c${++nextId}`;
        const finish = (err, session) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            if (err) {
                ws.removeAllListeners('message');
                ws.on('error', () => undefined);
                try {
                    ws.terminate();
                }
                catch {
                    /* already closed */
                }
                reject(err);
            }
            else if (session)
                resolve(session);
        };
        const timer = setTimeout(() => finish(new GatewayWsError(`no hello-ok within ${formatDuration(opts.timeoutMs)}`, 'TIMEOUT', {}, 'timeout')), Math.max(1, opts.timeoutMs));
        const onAbort = () => finish(new GatewayWsError('cancelled: the instance deadline was reached', 'TIMEOUT', {}, 'timeout'));
        if (opts.signal?.aborted)
            onAbort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const rejectAll = (err) => {
            for (const p of pending.values()) {
                clearTimeout(p.timer);
                p.reject(err);
            }
            pending.clear();
        };
        const session = {
            hello: { scopes: [], methods: [] },
            connectMs: 0,
            call(method, params, o) {
                if (ws.readyState !== wrapper/* default */.Ay.OPEN)
                    return Promise.reject(new GatewayWsError(`${method}: the connection is closed`, 'CLOSED', {}, 'unreachable'));
                const id = `r${++nextId}`;
                return new Promise((res, rej) => {
                    const onAbortCall = () => {
                        const p = pending.get(id);
                        if (!p)
                            return;
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
                            res(v);
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
                }
                catch {
                    /* already closed */
                }
                setTimeout(() => ws.terminate(), 2000).unref();
            },
        };
        ws.on('message', (data) => {
            let frame;
            try {
                frame = JSON.parse(String(data));
            }
            catch {
                return;
            }
            if (frame.type === 'event' && frame.event === 'connect.challenge' && !settled) {
                const p = (frame.payload ?? {});
                if (typeof p.nonce !== 'string' || typeof p.ts !== 'number') {
                    finish(new GatewayWsError('malformed connect.challenge (no nonce/ts)', 'PROTOCOL', {}, 'protocol'));
                    return;
                }
                const params = {
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
                        signature: (0,external_node_crypto_.sign)(null, Buffer.from(payload, 'utf8'), opts.device.privateKey).toString('base64url'),
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
                const pl = (frame.payload ?? {});
                const hello = {
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
                if (!p)
                    return;
                pending.delete(frame.id);
                clearTimeout(p.timer);
                if (frame.ok === true)
                    p.resolve(frame.payload);
                else {
                    const details = frame.error?.details && typeof frame.error.details === 'object' ? frame.error.details : {};
                    p.reject(new GatewayWsError(`${frame.error?.code ?? 'ERROR'}: ${frame.error?.message ?? 'request failed'}`, String(frame.error?.code ?? 'ERROR'), details));
                }
                return;
            }
            if (frame.type === 'event' && typeof frame.event === 'string') {
                for (const fn of listeners)
                    fn({ event: frame.event, payload: frame.payload });
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
        ws.on('error', (err) => {
            if (!settled)
                finish(new GatewayWsError(`socket error: ${err.code ?? err.message}`, err.code ?? 'SOCKET', {}, 'unreachable'));
        });
        ws.on('unexpected-response', (_req, res) => {
            const status = res.statusCode ?? 0;
            res.resume();
            finish(new GatewayWsError(`the WebSocket upgrade was answered with HTTP ${status}`, `HTTP_${status}`, {}, status === 401 || status === 403 ? 'unauthorized' : status >= 300 && status < 400 ? 'protocol' : 'rejected'));
        });
    });
}
/** A fresh idempotency key for chat.send. */
function newIdempotencyKey() {
    return (0,external_node_crypto_.randomUUID)();
}

;// CONCATENATED MODULE: ./src/smoke/pairing.ts
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Parses `device.pair.list`. */
function parsePairList(payload) {
    const p = isObj(payload) ? payload : {};
    const pending = [];
    for (const r of Array.isArray(p['pending']) ? p['pending'] : []) {
        if (!isObj(r) || typeof r['requestId'] !== 'string' || typeof r['deviceId'] !== 'string')
            continue;
        pending.push({
            requestId: r['requestId'],
            deviceId: r['deviceId'],
            ...(typeof r['clientId'] === 'string' ? { clientId: r['clientId'] } : {}),
            ...(typeof r['remoteIp'] === 'string' ? { remoteIp: r['remoteIp'] } : {}),
        });
    }
    const paired = (Array.isArray(p['paired']) ? p['paired'] : [])
        .map((d) => (isObj(d) && typeof d['deviceId'] === 'string' ? d['deviceId'] : undefined))
        .filter((x) => !!x);
    return { pending, paired };
}
/** Thrown when a pairing step cannot be done; the message says which and why. */
class PairingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PairingError';
    }
}
const opts = (d) => ({ timeoutMs: d.timeoutMs(), ...(d.signal ? { signal: d.signal } : {}), attempts: 1 });
/**
 * Approves the pending request `requestId` after checking it belongs to `deviceId` (ours).
 * Returns how the gateway recorded the approval.
 */
async function approveOwnPairing(deps, requestId, deviceId) {
    const list = parsePairList(await deps.client.call('device.pair.list', {}, opts(deps)));
    const req = list.pending.find((r) => r.requestId === requestId);
    if (!req)
        throw new PairingError(`pairing request ${requestId} is not pending on the gateway (expired or superseded)`);
    if (req.deviceId !== deviceId) {
        throw new PairingError(`pairing request ${requestId} belongs to device ${req.deviceId.slice(0, 12)}…, not to this run's device ${deviceId.slice(0, 12)}…; refusing to approve it`);
    }
    const res = await deps.client.call('device.pair.approve', { requestId }, opts(deps));
    const device = isObj(res) && isObj(res['device']) ? res['device'] : undefined;
    if (device && typeof device['deviceId'] === 'string' && device['deviceId'] !== deviceId) {
        throw new PairingError(`the gateway approved device ${String(device['deviceId']).slice(0, 12)}… instead of ${deviceId.slice(0, 12)}…`);
    }
    return device && typeof device['approvedVia'] === 'string' ? { approvedVia: device['approvedVia'] } : {};
}
/**
 * Removes a paired device; `absent` when the gateway does not know it (never paired, or already removed).
 * Removal is idempotent, so a timeout or a transient failure is tried once more (the gateway client never
 * repeats a write by itself); a second timeout is reported.
 */
async function removeDevice(deps, deviceId, attempts = 2) {
    for (let attempt = 1;; attempt++) {
        try {
            await deps.client.call('device.pair.remove', { deviceId }, opts(deps));
            return 'removed';
        }
        catch (err) {
            if (/unknown deviceId/i.test(err.message))
                return 'absent';
            const kind = err.kind;
            const transient = kind === 'timeout' || kind === 'unreachable' || kind === 'unavailable' || kind === 'rate-limited';
            if (!transient || attempt >= attempts)
                throw err;
        }
    }
}
/** Rejects a pending request we created but did not approve (so it does not linger in the operator's inbox). */
async function rejectPending(deps, requestId) {
    try {
        await deps.client.call('device.pair.reject', { requestId }, opts(deps));
        return 'rejected';
    }
    catch (err) {
        if (/unknown requestId/i.test(err.message))
            return 'absent';
        throw err;
    }
}

// EXTERNAL MODULE: ./src/smoke/status.ts
var smoke_status = __webpack_require__(66751);
;// CONCATENATED MODULE: ./src/smoke/chat.ts
/**
 * The chat round trip (issue #5 item 5): send the golden prompt to an agent and wait, within a deadline, for
 * a reply that matches `expect`. Two transports share the outcome rules:
 * - `api`: the gateway's WebSocket chat API (`chat.send` → `agent.wait`), in a dedicated session
 *   `agent:<agentId>:clawfleet-smoke-<run>` that is deleted afterwards, so an operator's main chat is not
 *   touched and a stuck earlier run cannot queue ours (runs in one session are serialised — observed);
 * - `ui`: typed into the Control UI (see control-ui.ts), reusing the event parsing below.
 *
 * While the agent works, the gateway broadcasts `agent` events to every operator connection; for our
 * `runId` they say why a turn is not finishing (measured on 2026.9.6 with the model endpoint down):
 * `stream:"lifecycle", data:{phase:"finishing", error:"LLM request failed: connection refused by the
 * provider endpoint.", errorObservation:{provider, model}}` then `stream:"run_status", data:{phase:"retrying",
 * message:"Provider temporarily unavailable. Retrying in 2s (1/8)."}` — the agent retries up to 8 times, so
 * a dead model endpoint shows up as "no reply within the deadline" plus that error, which is what we report.
 */





/** What the agent events of one run told us. */
class RunObserver {
    runId;
    lastError;
    /** The last retry message (`Provider temporarily unavailable. Retrying in 2s (1/8).`). */
    lastStatus;
    /** The last run phase (`preparing_context`, `starting_model`, …). */
    lastPhase;
    provider;
    model;
    replyText = '';
    /** Set when the gateway reported the run over (`chat` event state final/error/aborted). */
    finished = false;
    constructor(runId) {
        this.runId = runId;
    }
    /** Feeds one `agent`/`chat` event (as the gateway broadcasts them). Events of other runs are ignored. */
    observe(e) {
        if (e.event !== 'agent' && e.event !== 'chat')
            return;
        const p = e.payload;
        const id = this.runId();
        if (!p || (id !== undefined && p.runId !== id))
            return;
        const data = p.data ?? {};
        if (p.stream === 'lifecycle') {
            if (typeof data['error'] === 'string')
                this.lastError = data['error'];
            const obs = data['errorObservation'];
            if (typeof obs?.provider === 'string')
                this.provider = obs.provider;
            if (typeof obs?.model === 'string')
                this.model = obs.model;
            if (typeof data['provider'] === 'string')
                this.provider = data['provider'];
            if (typeof data['model'] === 'string')
                this.model = data['model'];
        }
        else if (p.stream === 'run_status') {
            // `retrying` carries a message; the preparation phases only a phase name (a cold first run can spend
            // half a minute in `preparing_context` on a busy host — worth saying when no reply came).
            if (typeof data['message'] === 'string')
                this.lastStatus = data['message'];
            else if (typeof data['phase'] === 'string')
                this.lastPhase = data['phase'];
        }
        else if (p.stream === 'assistant') {
            if (typeof data['text'] === 'string' && data['text'])
                this.replyText = data['text'];
        }
        if (e.event === 'chat') {
            if (typeof p.errorMessage === 'string')
                this.lastError = p.errorMessage;
            if (p.state === 'final' || p.state === 'error' || p.state === 'aborted')
                this.finished = true;
        }
    }
    /** "; the agent reported: <error> (provider x, model y); <retry status>" or "". */
    explain() {
        const parts = [];
        if (this.lastError)
            parts.push(`the agent reported: ${oneLine(this.lastError)}${this.provider ? ` (provider ${this.provider}${this.model ? `, model ${this.model}` : ''})` : ''}`);
        if (this.lastStatus)
            parts.push(`last status: ${oneLine(this.lastStatus)}`);
        else if (this.lastPhase)
            parts.push(`the run was still in phase "${this.lastPhase}"`);
        return parts.length ? `; ${parts.join('; ')}` : '';
    }
}
/** Judges a reply against `expect`; fills the check. */
function judgeReply(check, reply, spec, elapsedMs, why = '') {
    check.data['latencyMs'] = Math.round(elapsedMs);
    if (reply === undefined) {
        check.fail(`no reply within ${Math.round(spec.timeoutMs / 1000)} s${why}`);
        return;
    }
    check.data['reply'] = reply.slice(0, 200);
    if (!spec.expect.test(reply))
        check.fail(`the reply does not match /${spec.expect.source}/${spec.expect.flags}: "${oneLine(reply).slice(0, 160)}"`);
}
// operator.admin only for deleting the smoke session afterwards (`sessions.delete` requires it).
const CHAT_SCOPES = ['operator.read', 'operator.write', 'operator.admin'];
/**
 * Opens an operator session able to chat: first as the loopback CLI client (no device needed on the
 * gateway's own host); when the gateway grants no write scope (a remote runner), again with an ephemeral
 * device identity, pairing it through the admin RPC. Returns the paired device so it can be removed.
 */
async function openChatSession(o, notes) {
    const base = { url: o.url, token: o.token, scopes: CHAT_SCOPES, ...(o.headers ? { headers: o.headers } : {}), signal: o.deadline.signal };
    const first = await connectGateway({ ...base, timeoutMs: o.deadline.timeout(o.callTimeoutMs) });
    if (first.hello.scopes.includes('operator.write'))
        return { session: first };
    first.close();
    notes.push('the gateway granted no write scope to the shared token (not a local connection): pairing a device');
    const device = createDeviceIdentity();
    try {
        return { session: await connectGateway({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
    }
    catch (err) {
        if (!(err instanceof GatewayWsError) || err.code !== 'PAIRING_REQUIRED' || typeof err.details['requestId'] !== 'string')
            throw err;
        const requestId = err.details['requestId'];
        if (!o.pairing.approve) {
            await rejectPending(o.pairing, requestId).catch(() => undefined);
            throw new GatewayWsError('the gateway requires device pairing for this runner and pairing is turned off (input pair-devices: false)', 'PAIRING_REQUIRED', {}, 'rejected');
        }
        const cleanup = { ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs };
        try {
            await approveOwnPairing(o.pairing, requestId, device.deviceId);
        }
        catch (approveErr) {
            // Do not leave our request in the operator's pending list.
            await rejectPending(cleanup, requestId).catch(() => undefined);
            throw approveErr;
        }
        notes.push('device paired through device.pair.approve');
        try {
            return { session: await connectGateway({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
        }
        catch (err2) {
            await removeDevice(cleanup, device.deviceId).catch(() => undefined);
            throw err2;
        }
    }
}
/** The chat check over the gateway's WebSocket chat API. Never throws. */
async function chatViaApi(o) {
    const check = new smoke_status/* CheckBuilder */.ur('chat');
    check.data['via'] = 'api';
    const notes = [];
    const agentId = o.spec.agentId ?? o.defaultAgentId ?? 'main';
    const sessionKey = `agent:${agentId}:clawfleet-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    let session;
    let device;
    let runId;
    let finished = false;
    const observer = new RunObserver(() => runId);
    try {
        ({ session, device } = await openChatSession(o, notes));
        session.onEvent((e) => observer.observe(e));
        const sentAt = performance.now();
        const chatBudget = () => Math.max(1, Math.min(o.spec.timeoutMs - (performance.now() - sentAt), o.deadline.remaining()));
        const sent = await session.call('chat.send', { sessionKey, message: o.spec.prompt, idempotencyKey: newIdempotencyKey() }, { timeoutMs: o.deadline.timeout(o.callTimeoutMs), signal: o.deadline.signal });
        if (typeof sent?.runId !== 'string')
            throw new GatewayWsError(`chat.send returned no runId (status ${String(sent?.status)})`, 'PROTOCOL', {}, 'protocol');
        runId = sent.runId;
        let reply;
        const waitMs = Math.floor(chatBudget());
        const waited = await session
            .call('agent.wait', { runId, timeoutMs: waitMs }, { timeoutMs: waitMs + 5_000, signal: o.deadline.signal })
            .catch((err) => {
            if (err instanceof GatewayWsError && err.kind === 'timeout')
                return { status: 'timeout' };
            throw err;
        });
        const elapsed = performance.now() - sentAt;
        if (waited.status === 'ok') {
            finished = true;
            reply = typeof waited.terminalReply?.text === 'string' ? waited.terminalReply.text : observer.replyText;
            judgeReply(check, reply, o.spec, elapsed);
        }
        else if (waited.status === 'timeout' || waited.status === 'pending') {
            judgeReply(check, undefined, { ...o.spec, timeoutMs: Math.min(o.spec.timeoutMs, elapsed) }, elapsed, observer.explain());
        }
        else {
            finished = true;
            const err = typeof waited.error === 'string' ? waited.error : observer.lastError;
            check.fail(`the agent run ended with status "${String(waited.status)}"${err ? `: ${oneLine(err)}` : ''}`);
            check.data['latencyMs'] = Math.round(elapsed);
        }
    }
    catch (err) {
        const d = describeFailure(err, o.deadline.signal);
        check.fail(`${d.kind}: ${d.message}${observer.explain()}`);
    }
    finally {
        if (session) {
            // Stop a run that is still retrying against a dead model, then drop the smoke session.
            const cleanupMs = Math.min(5_000, o.callTimeoutMs);
            if (runId && !finished)
                await session.call('chat.abort', { sessionKey, runId }, { timeoutMs: cleanupMs }).catch(() => undefined);
            await session.call('sessions.delete', { key: sessionKey, deleteTranscript: true }, { timeoutMs: cleanupMs }).catch(() => undefined);
            session.close();
        }
        if (device) {
            const removed = await removeDevice({ ...o.pairing, timeoutMs: () => o.callTimeoutMs, signal: undefined }, device.deviceId).catch((err) => `not removed: ${oneLine(err.message)}`);
            notes.push(`device ${removed === 'removed' || removed === 'absent' ? 'removed again (device.pair.remove)' : removed}`);
            if (removed !== 'removed' && removed !== 'absent')
                check.warn(`the paired smoke-test device could not be removed: ${removed}`);
        }
    }
    if (notes.length)
        check.data['notes'] = notes;
    return check.build(`"${oneLine(String(check.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(check.data['latencyMs']) || 0) / 1000).toFixed(1)} s`);
}
/**
 * Deletes a smoke chat session (and first aborts its run, when `runId` is given) over the chat API — used
 * after the UI chat, whose session the browser created. Pairs a device for it when the gateway needs one.
 * Returns a note for the report.
 */
async function cleanupSmokeSession(o, sessionKey, runId) {
    const notes = [];
    let session;
    let device;
    const timeoutMs = Math.min(5_000, o.callTimeoutMs);
    try {
        ({ session, device } = await openChatSession({ ...o, spec: { prompt: '', expect: /./, timeoutMs } }, notes));
        if (runId)
            await session.call('chat.abort', { sessionKey, runId }, { timeoutMs }).catch(() => undefined);
        await session.call('sessions.delete', { key: sessionKey, deleteTranscript: true }, { timeoutMs });
        return `chat session ${sessionKey} deleted`;
    }
    finally {
        session?.close();
        if (device)
            await removeDevice({ ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs }, device.deviceId).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/smoke/control-ui.ts
/**
 * The Control UI in a real browser (issue #5 item 4, and the UI flavour of item 5): open
 * `<gateway>/#token=…`, wait until the sidebar's status says `Connected`, collect console errors, uncaught
 * page errors and failed loads, save a screenshot, optionally chat, and leave nothing behind on the gateway.
 *
 * Facts this relies on (openclaw-notes §5, re-measured with playwright-core + Chromium on 2026.9.6):
 * - the connected indicator is `div.sidebar-footer-bar span.sr-only[role="status"]`, text exactly
 *   `Connected` (English UI: the context forces `locale: "en-US"`); the composer is
 *   `textarea[aria-label="Chat composer"]`, the send button has the accessible name `Send message`, and
 *   transcript rows carry their text in `[data-message-text]`. Playwright locators pierce the open shadow roots;
 * - the UI removes the token from the address bar and keeps it in sessionStorage; its WebSocket `connect`
 *   frame carries the browser's device id (`params.device.id`). A refused connect answers
 *   `{ok:false, error:{code, message, details:{code}}}`: `CONTROL_UI_ORIGIN_NOT_ALLOWED` (origin not in
 *   `gateway.controlUi.allowedOrigins`), `PAIRING_REQUIRED` (+ `requestId`, `deviceId`) for a non-local
 *   browser, `AUTH_TOKEN_MISMATCH` (or another auth code) for a wrong token. The UI retries on its own, so
 *   approving the pending request is enough for it to connect;
 * - a healthy 2026.9.6 UI requests a few optional images that 404 (`/api/users/<id>/avatar`,
 *   `/__openclaw__/workspace-icon/…`, as `fetch`), each with a console error "Failed to load resource". So a
 *   failed load only fails the check when it is part of the app (document, script, stylesheet, font, or
 *   anything under `/assets/`); other 4xx loads are listed in the report as ignored, 5xx ones warn;
 * - a route `/chat/<agentId>/<a>/<b>` opens the literal session key `agent:<agentId>:<a>:<b>`, created by the
 *   first message: the UI chat runs in `agent:<id>:clawfleet:smoke-<hex>`, never in the operator's main chat.
 *
 * Secrets: no tracing, HAR or video is ever recorded (they would capture the token in the URL and frames);
 * the screenshot file name comes from the instance id only; every message leaves here through the run's
 * SecretRegistry (Playwright errors quote the URL, fragment included).
 */






const SELECTORS = {
    status: 'div.sidebar-footer-bar span.sr-only[role="status"]',
    composer: 'textarea[aria-label="Chat composer"]',
    sendButtonName: 'Send message',
    messageText: '[data-message-text]',
};
/** Resource types that make up the app: if one fails to load, the UI is broken. */
const CRITICAL_TYPES = new Set(['document', 'script', 'stylesheet', 'font']);
/** How much a failed load matters (see module doc). `aborted` loads (navigation, cancelled fetches) are ignored. */
function classifyFailedLoad(r, pageOrigin) {
    if (r.errorText && /ERR_ABORTED/.test(r.errorText))
        return 'ignored';
    let sameOrigin = false;
    let path = '';
    try {
        const u = new URL(r.url);
        sameOrigin = u.origin === pageOrigin;
        path = u.pathname;
    }
    catch {
        /* data: or malformed: treat as foreign */
    }
    // Same-origin app files are the app. From other origins only scripts are (a missing web font or theme
    // stylesheet from a CDN degrades the look, not the function — and offline runners cannot reach CDNs).
    if (sameOrigin && (CRITICAL_TYPES.has(r.resourceType) || /(^|\/)assets\//.test(path)))
        return 'critical';
    if (!sameOrigin && (r.resourceType === 'script' || r.resourceType === 'document'))
        return 'critical';
    if (sameOrigin && r.status !== undefined && r.status >= 500)
        return 'server-error';
    return 'ignored';
}
/**
 * The console errors that count: not the "Failed to load resource" lines (their loads are judged by
 * `classifyFailedLoad`), not those matching an ignore pattern.
 */
function countedConsoleErrors(errors, ignore = []) {
    return errors.filter((e) => !/^Failed to load resource\b/.test(e.text) && !ignore.some((re) => re.test(e.text)));
}
/** The message for a refused UI connect, with the fix. */
function connectFailureMessage(code, message, origin) {
    if (code === 'CONTROL_UI_ORIGIN_NOT_ALLOWED') {
        return {
            kind: 'rejected',
            text: `the gateway refuses the browser origin ${origin} (CONTROL_UI_ORIGIN_NOT_ALLOWED): add "${origin}" to gateway.controlUi.allowedOrigins in the config repo`,
        };
    }
    if (/^AUTH_|TOKEN/.test(code) || /token|secret|unauthori[sz]ed/i.test(message)) {
        return { kind: 'unauthorized', text: `unauthorized: the gateway rejected the token (${code}); check the instance's tokenEnv` };
    }
    if (code === 'PAIRING_REQUIRED') {
        return { kind: 'rejected', text: 'the gateway requires pairing this browser and pairing is turned off (input pair-devices: false)' };
    }
    return { kind: 'rejected', text: `the gateway refused the UI connection: ${code}: ${oneLine(message)}` };
}
/** Everything the page's network, console and WebSocket told us. */
class PageMonitor {
    onPairingRequired;
    consoleErrors = [];
    pageErrors = [];
    failedLoads = [];
    deviceId;
    serverVersion;
    connectError;
    hello = false;
    approvals = new Map();
    /** chat.send request id → the run id the gateway answered with. */
    chatSendIds = new Set();
    chatRunId;
    observer = new RunObserver(() => this.chatRunId);
    connectIds = new Set();
    terminalWaiters = [];
    terminal;
    constructor(onPairingRequired) {
        this.onPairingRequired = onPairingRequired;
    }
    setTerminal(t) {
        if (this.terminal)
            return;
        this.terminal = t;
        for (const w of this.terminalWaiters)
            w();
        this.terminalWaiters = [];
    }
    whenTerminal() {
        return this.terminal ? Promise.resolve() : new Promise((r) => this.terminalWaiters.push(r));
    }
    attach(page, origin) {
        page.on('console', (m) => {
            if (m.type() !== 'error')
                return;
            const loc = m.location();
            this.consoleErrors.push({ text: m.text().slice(0, 2000), ...(loc?.url ? { url: loc.url } : {}) });
        });
        page.on('pageerror', (e) => this.pageErrors.push(oneLine(`${e.name}: ${e.message}`)));
        page.on('requestfailed', (r) => {
            this.failedLoads.push({ url: r.url(), resourceType: r.resourceType(), errorText: r.failure()?.errorText ?? 'failed' });
        });
        page.on('response', (r) => {
            if (r.status() >= 400)
                this.failedLoads.push({ url: r.url(), resourceType: r.request().resourceType(), status: r.status() });
        });
        page.on('websocket', (ws) => {
            ws.on('framesent', (f) => this.onSent(String(f.payload)));
            ws.on('framereceived', (f) => this.onReceived(String(f.payload), origin));
        });
    }
    onSent(raw) {
        let j;
        try {
            j = JSON.parse(raw);
        }
        catch {
            return;
        }
        if (j.type !== 'req' || typeof j.id !== 'string')
            return;
        if (j.method === 'connect') {
            this.connectIds.add(j.id);
            if (typeof j.params?.device?.id === 'string')
                this.deviceId = j.params.device.id;
        }
        else if (j.method === 'chat.send')
            this.chatSendIds.add(j.id);
    }
    onReceived(raw, origin) {
        let j;
        try {
            j = JSON.parse(raw);
        }
        catch {
            return;
        }
        if (j.type === 'event' && typeof j.event === 'string') {
            this.observer.observe({ event: j.event, payload: j.payload });
            return;
        }
        if (j.type !== 'res' || typeof j.id !== 'string')
            return;
        if (this.chatSendIds.has(j.id)) {
            if (j.ok && typeof j.payload?.['runId'] === 'string')
                this.chatRunId = j.payload['runId'];
            else if (!j.ok)
                this.observer.lastError = `chat.send refused: ${j.error?.code ?? ''} ${j.error?.message ?? ''}`.trim();
            return;
        }
        if (!this.connectIds.has(j.id))
            return;
        if (j.ok) {
            this.hello = true;
            const server = j.payload?.['server'];
            if (typeof server?.version === 'string')
                this.serverVersion = server.version;
            return;
        }
        const details = j.error?.details && typeof j.error.details === 'object' ? j.error.details : {};
        const code = String(details['code'] ?? j.error?.code ?? 'CONNECT_REJECTED');
        const message = j.error?.message ?? '';
        this.connectError = { code, message, details };
        const requestId = details['requestId'];
        const deviceId = details['deviceId'];
        if (code === 'PAIRING_REQUIRED' && typeof requestId === 'string' && typeof deviceId === 'string') {
            this.onPairingRequired(requestId, deviceId);
            return;
        }
        this.setTerminal(connectFailureMessage(code, message, origin));
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Runs the browser check (and the UI chat) for one instance. Never throws. */
async function checkControlUi(o) {
    const ui = new smoke_status/* CheckBuilder */.ur('control-ui');
    let chatCheck;
    const newChatCheck = () => {
        chatCheck = new smoke_status/* CheckBuilder */.ur('chat');
        chatCheck.data['via'] = 'ui';
        return chatCheck;
    };
    const base = o.url.replace(/\/+$/, '');
    const origin = new URL(base).origin;
    const agentId = o.chat?.agentId ?? o.defaultAgentId ?? 'main';
    const sessionRest = `smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const sessionKey = `agent:${agentId}:clawfleet:${sessionRest}`;
    const path = o.chat ? `/chat/${encodeURIComponent(agentId)}/clawfleet/${sessionRest}` : '/';
    const notes = [];
    let context;
    let screenshot = false;
    let approvedBy;
    let approvedDevice;
    let pairingFailure;
    let chatStarted = false;
    const monitor = new PageMonitor((requestId, deviceId) => {
        if (monitor.approvals.has(requestId))
            return;
        if (!o.pairing.approve) {
            monitor.approvals.set(requestId, Promise.resolve(undefined));
            monitor.setTerminal(connectFailureMessage('PAIRING_REQUIRED', '', origin));
            return;
        }
        if (monitor.deviceId && deviceId !== monitor.deviceId) {
            monitor.setTerminal({ kind: 'rejected', text: `a pairing request for another device (${deviceId.slice(0, 12)}…) answered this browser's connect; not approving it` });
            return;
        }
        const p = approveOwnPairing(o.pairing, requestId, deviceId).then((r) => {
            approvedBy = r.approvedVia ?? 'owner';
            approvedDevice = deviceId;
            notes.push('browser paired through device.pair.approve (non-local origin)');
            return undefined;
        }, (err) => {
            pairingFailure = err instanceof PairingError ? err.message : describeFailure(err).message;
            monitor.setTerminal({ kind: 'rejected', text: `pairing the browser failed: ${pairingFailure}` });
            return pairingFailure;
        });
        monitor.approvals.set(requestId, p);
    });
    let page;
    try {
        // No recordHar / recordVideo / tracing: they would store the token (module doc).
        context = await o.browser.newContext({
            locale: 'en-US',
            viewport: { width: 1280, height: 800 },
            ...(o.extraHTTPHeaders ? { extraHTTPHeaders: o.extraHTTPHeaders } : {}),
        });
        context.setDefaultTimeout(o.callTimeoutMs);
        page = await context.newPage();
        monitor.attach(page, origin);
        const started = performance.now();
        try {
            // A page load is slower than an RPC on a busy runner: at least a minute (cut to the instance budget).
            await page.goto(`${base}${path}#token=${encodeURIComponent(o.token)}`, { waitUntil: 'domcontentloaded', timeout: o.deadline.timeout(Math.max(o.callTimeoutMs, 60_000)) });
        }
        catch (err) {
            throw new Error(`opening ${displayUrl(base + path)} failed: ${oneLine(err.message).replace(/navigating to "[^"]*"/, 'navigating')}`);
        }
        // Connected, or a refused connect, or the time is up.
        const connectBudget = o.deadline.timeout(o.connectTimeoutMs);
        const connected = page
            .locator(SELECTORS.status)
            .filter({ hasText: /^\s*Connected\s*$/ })
            .first()
            .waitFor({ state: 'attached', timeout: connectBudget })
            .then(() => 'connected');
        connected.catch(() => undefined);
        const outcome = await Promise.race([connected, monitor.whenTerminal().then(() => 'refused')]).catch(() => 'timeout');
        const connectMs = Math.round(performance.now() - started);
        ui.data['connectMs'] = connectMs;
        if (outcome === 'connected') {
            // Let late loads and errors arrive before judging them.
            const settle = performance.now();
            await page.waitForLoadState('networkidle', { timeout: o.deadline.timeout(1_000) }).catch(() => undefined);
            ui.data['settleMs'] = Math.round(performance.now() - settle);
        }
        else if (outcome === 'refused' && monitor.terminal) {
            ui.fail(monitor.terminal.kind === 'unauthorized' ? monitor.terminal.text : `${monitor.terminal.kind}: ${monitor.terminal.text}`);
        }
        else {
            const status = await page.locator(SELECTORS.status).first().textContent({ timeout: 1_000 }).catch(() => null);
            const last = monitor.connectError ? `; last connect error ${monitor.connectError.code}` : '';
            ui.fail(`timeout: the UI did not show "Connected" within ${Math.round(connectBudget / 1000)} s (status: ${status?.trim() ? `"${status.trim()}"` : 'none'}${last})`);
        }
        // Chat in the UI, once connected.
        if (o.chat) {
            if (outcome !== 'connected')
                newChatCheck().skip('skipped: the UI did not connect (see control-ui)');
            else {
                chatStarted = true;
                await chatInUi(page, monitor, o.chat, newChatCheck(), o.deadline);
            }
        }
        try {
            // Rendering a screenshot needs CPU; on a contended runner it can take many seconds.
            const shot = performance.now();
            await page.screenshot({ path: o.screenshotFile, fullPage: false, timeout: Math.min(30_000, Math.max(5_000, o.deadline.remaining())) });
            ui.data['screenshotMs'] = Math.round(performance.now() - shot);
            screenshot = true;
        }
        catch (err) {
            ui.warn(`no screenshot: ${oneLine(err.message)}`);
        }
    }
    catch (err) {
        const d = describeFailure(err, o.deadline.signal);
        ui.fail(`${d.kind}: ${d.message}`);
        if (o.chat && !chatCheck)
            newChatCheck().skip('skipped: the UI check failed before the chat (see control-ui)');
        if (page && !screenshot) {
            screenshot = await page
                .screenshot({ path: o.screenshotFile, timeout: 15_000 })
                .then(() => true)
                .catch(() => false);
        }
    }
    finally {
        await context?.close().catch(() => undefined);
    }
    // Judge loads and console errors (after the page is gone, so nothing arrives late).
    const classes = monitor.failedLoads.map((f) => ({ ...f, cls: classifyFailedLoad(f, origin) }));
    const critical = classes.filter((c) => c.cls === 'critical');
    const serverErrors = classes.filter((c) => c.cls === 'server-error');
    const ignored = classes.filter((c) => c.cls === 'ignored' && !(c.errorText && /ERR_ABORTED/.test(c.errorText)));
    const show = (c) => `${safePath(c.url, origin)} → ${c.status !== undefined ? `HTTP ${c.status}` : c.errorText}`;
    if (critical.length)
        ui.fail(`${critical.length} failed load(s) of the app itself: ${unique(critical.map(show)).slice(0, 4).join('; ')}`);
    if (serverErrors.length)
        ui.warn(`${serverErrors.length} request(s) answered with a server error: ${unique(serverErrors.map(show)).slice(0, 4).join('; ')}`);
    const consoleErrors = countedConsoleErrors(monitor.consoleErrors, o.ignoreConsole);
    if (consoleErrors.length)
        ui.fail(`${consoleErrors.length} console error(s): ${unique(consoleErrors.map((c) => `"${oneLine(c.text).slice(0, 200)}"`)).slice(0, 3).join('; ')}`);
    if (monitor.pageErrors.length)
        ui.fail(`${monitor.pageErrors.length} uncaught page error(s): ${unique(monitor.pageErrors).slice(0, 3).join('; ')}`);
    Object.assign(ui.data, {
        consoleErrors: consoleErrors.length,
        failedLoads: critical.length,
        ...(ignored.length ? { ignoredLoads: unique(ignored.map(show)).slice(0, 10) } : {}),
        ...(monitor.serverVersion ? { serverVersion: monitor.serverVersion } : {}),
        pairing: approvedBy ? 'approved via admin RPC' : monitor.hello ? 'local (approved by the gateway)' : 'none',
    });
    // Leave nothing behind: the browser's device record (silent or approved), pending requests, the chat session.
    // Cleanup runs even after the instance's budget is spent (a record left behind is worse than a few seconds).
    const cleanupDeps = { ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs };
    const cleanupStarted = performance.now();
    // An approval still in flight (the check timed out meanwhile) must land before we decide what to remove.
    await Promise.all(monitor.approvals.values());
    const deviceToRemove = approvedDevice ?? (monitor.hello ? monitor.deviceId : undefined);
    if (deviceToRemove) {
        const r = await removeDevice(cleanupDeps, deviceToRemove).catch((err) => `not removed (${describeFailure(err).message})`);
        if (r === 'removed' || r === 'absent')
            notes.push('browser device removed (device.pair.remove)');
        else
            ui.warn(`the browser's paired-device record could not be removed: ${r}`);
    }
    else if (monitor.connectError?.code === 'PAIRING_REQUIRED' && typeof monitor.connectError.details['requestId'] === 'string' && !approvedBy) {
        await rejectPending(cleanupDeps, monitor.connectError.details['requestId']).catch(() => undefined);
    }
    const chatResult = chatCheck;
    if (chatStarted && o.cleanupSession) {
        const done = monitor.observer.finished || chatResult?.failed === false;
        notes.push(await o.cleanupSession(sessionKey, done ? undefined : monitor.chatRunId).catch((err) => `chat session not deleted: ${describeFailure(err).message}`));
    }
    ui.data['cleanupMs'] = Math.round(performance.now() - cleanupStarted);
    if (notes.length)
        ui.data['notes'] = notes;
    const checks = [ui.build(`Connected in ${((Number(ui.data['connectMs']) || 0) / 1000).toFixed(1)} s, no console errors or failed loads`)];
    if (chatResult) {
        checks.push(chatResult.build(`"${oneLine(String(chatResult.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(chatResult.data['latencyMs']) || 0) / 1000).toFixed(1)} s (UI)`));
    }
    return { checks, ...(monitor.serverVersion ? { version: monitor.serverVersion } : {}), screenshot };
}
/** Types the prompt, sends it, and waits for the agent's reply row. */
async function chatInUi(page, monitor, spec, check, deadline) {
    const composer = page.locator(SELECTORS.composer).first();
    try {
        // Upper bounds only: on an idle runner these take milliseconds, on a saturated 2-core host the UI's
        // re-render that enables the send button took more than 10 s (measured at load average ~30).
        await composer.waitFor({ state: 'visible', timeout: deadline.timeout(30_000) });
        await composer.fill(spec.prompt, { timeout: deadline.timeout(30_000) });
        await page.getByRole('button', { name: SELECTORS.sendButtonName }).first().click({ timeout: deadline.timeout(30_000) });
    }
    catch (err) {
        check.fail(`could not send the prompt in the UI: ${describeFailure(err, deadline.signal).message}`);
        return;
    }
    const sentAt = performance.now();
    const budget = Math.min(spec.timeoutMs, deadline.remaining());
    let finishedAt;
    let matchedAt;
    let reply;
    for (;;) {
        const rows = await page
            .locator(SELECTORS.messageText)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-message-text') ?? ''))
            .catch(() => []);
        const mine = rows.lastIndexOf(spec.prompt);
        const after = mine >= 0 ? rows.slice(mine + 1).filter((t) => t.trim() !== '') : [];
        const elapsed = performance.now() - sentAt;
        if (monitor.observer.finished && finishedAt === undefined)
            finishedAt = elapsed;
        if (after.length) {
            reply = after.join('\n');
            // The reply streams in: once it matches, keep reading until the run is over (at most 5 s more)
            // so the report shows the whole reply, not the first chunk.
            if (spec.expect.test(reply)) {
                matchedAt ??= elapsed;
                if (finishedAt !== undefined || elapsed - matchedAt > 5_000)
                    break;
            }
        }
        // After the run is over, give the transcript 3 s to render the final row.
        if ((finishedAt !== undefined && elapsed - finishedAt > 3_000) || elapsed >= budget || deadline.expired)
            break;
        await sleep(250);
    }
    const elapsed = matchedAt ?? performance.now() - sentAt;
    if (reply !== undefined || finishedAt === undefined) {
        judgeReply(check, reply, { ...spec, timeoutMs: budget }, elapsed, reply === undefined ? monitor.observer.explain() : '');
    }
    else {
        check.fail(`the agent run ended without a reply in the transcript${monitor.observer.explain()}`);
        check.data['latencyMs'] = Math.round(elapsed);
    }
}
function unique(xs) {
    return [...new Set(xs)];
}
/** A URL as shown in findings: same-origin paths only; other origins as origin + path. No query/fragment. */
function safePath(url, origin) {
    try {
        const u = new URL(url);
        return u.origin === origin ? u.pathname : `${u.origin}${u.pathname}`;
    }
    catch {
        return '<url>';
    }
}

;// CONCATENATED MODULE: ./src/smoke/credentials.ts


const credentials_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Lower-cases and trims a provider id (what OpenClaw's `normalizeProviderId` does for plain ids). */
function normalizeProvider(id) {
    return id.trim().toLowerCase();
}
/** `provider/model` → provider; an alias is looked up in the `models` maps (`{"p/m": {alias}}`). */
function providerOfRef(ref, aliasMaps) {
    const r = ref.trim();
    if (!r)
        return undefined;
    const slash = r.indexOf('/');
    if (slash > 0)
        return normalizeProvider(r.slice(0, slash));
    for (const map of aliasMaps) {
        for (const [key, entry] of Object.entries(map)) {
            if (credentials_isObj(entry) && typeof entry['alias'] === 'string' && entry['alias'].trim() === r && key.includes('/')) {
                return normalizeProvider(key.slice(0, key.indexOf('/')));
            }
        }
    }
    return undefined;
}
/** Model refs of one setting that is either `"p/m"` or `{primary, fallbacks}`. */
function refsOf(value) {
    if (typeof value === 'string')
        return { primary: value, fallbacks: [] };
    if (credentials_isObj(value)) {
        const primary = typeof value['primary'] === 'string' ? value['primary'] : undefined;
        const fallbacks = Array.isArray(value['fallbacks']) ? value['fallbacks'].filter((x) => typeof x === 'string') : [];
        return { ...(primary ? { primary } : {}), fallbacks };
    }
    return { fallbacks: [] };
}
/** The agents to check: those the gateway runs (health RPC) plus those the config lists; `main` when none. */
function agentsOf(config, agentIds) {
    const cfg = credentials_isObj(config) ? config : {};
    const agents = credentials_isObj(cfg['agents']) ? cfg['agents'] : {};
    const entries = credentials_isObj(agents['entries']) ? agents['entries'] : {};
    const ids = new Set(agentIds);
    for (const id of Object.keys(entries))
        ids.add(id);
    if (ids.size === 0)
        ids.add('main');
    return [...ids].sort();
}
/**
 * Every model an agent uses, from the gateway's resolved config (`config.get` → `config`). `agentIds` are
 * the agents the gateway runs (health RPC), so implicit agents (the default `main`) are covered too.
 */
function modelUses(config, agentIds) {
    const cfg = credentials_isObj(config) ? config : {};
    const agents = credentials_isObj(cfg['agents']) ? cfg['agents'] : {};
    const defaults = credentials_isObj(agents['defaults']) ? agents['defaults'] : {};
    const entries = credentials_isObj(agents['entries']) ? agents['entries'] : {};
    const uses = [];
    for (const agentId of agentsOf(config, agentIds)) {
        const entry = credentials_isObj(entries[agentId]) ? entries[agentId] : {};
        const aliasMaps = [entry['models'], defaults['models']].filter(credentials_isObj);
        const pick = (key) => (entry[key] !== undefined ? entry[key] : defaults[key]);
        const add = (role, ref) => {
            const provider = providerOfRef(ref, aliasMaps);
            uses.push({ agentId, role, ref, ...(provider ? { provider } : {}) });
        };
        const model = refsOf(pick('model'));
        if (model.primary)
            add('primary', model.primary);
        for (const f of model.fallbacks)
            add('fallback', f);
        for (const [key, role] of [
            ['utilityModel', 'utility'],
            ['decisionModel', 'decision'],
            ['imageModel', 'image'],
            ['pdfModel', 'pdf'],
        ]) {
            const r = refsOf(pick(key));
            if (r.primary)
                add(role, r.primary);
            for (const f of r.fallbacks)
                add(role, f);
        }
    }
    return uses;
}
/** Reads a `models.authStatus` payload defensively (unknown fields ignored, bad entries dropped). */
function parseAuthStatus(payload) {
    const p = credentials_isObj(payload) ? payload : {};
    const providers = [];
    for (const raw of Array.isArray(p['providers']) ? p['providers'] : []) {
        if (!credentials_isObj(raw) || typeof raw['provider'] !== 'string')
            continue;
        const expiry = credentials_isObj(raw['expiry']) ? raw['expiry'] : undefined;
        providers.push({
            provider: raw['provider'],
            ...(typeof raw['authProvider'] === 'string' ? { authProvider: raw['authProvider'] } : {}),
            status: typeof raw['status'] === 'string' ? raw['status'] : 'unknown',
            ...(expiry
                ? {
                    expiry: {
                        ...(typeof expiry['label'] === 'string' ? { label: expiry['label'] } : {}),
                        ...(typeof expiry['remainingMs'] === 'number' ? { remainingMs: expiry['remainingMs'] } : {}),
                    },
                }
                : {}),
        });
    }
    const capabilities = [];
    for (const raw of Array.isArray(p['providerCapabilities']) ? p['providerCapabilities'] : []) {
        if (!credentials_isObj(raw) || typeof raw['provider'] !== 'string')
            continue;
        capabilities.push({
            provider: raw['provider'],
            ...(typeof raw['apiKeySupported'] === 'boolean' ? { apiKeySupported: raw['apiKeySupported'] } : {}),
            ...(Array.isArray(raw['loginOptions']) ? { loginOptions: raw['loginOptions'] } : {}),
        });
    }
    const unavailable = credentials_isObj(p['unavailable'])
        ? {
            ...(typeof p['unavailable']['code'] === 'string' ? { code: p['unavailable']['code'] } : {}),
            ...(typeof p['unavailable']['message'] === 'string' ? { message: p['unavailable']['message'] } : {}),
        }
        : undefined;
    return { providers, capabilities, ...(unavailable ? { unavailable } : {}) };
}
/** The verdict for one provider in one agent's auth status. */
function providerVerdict(provider, auth) {
    const entry = auth.providers.find((p) => normalizeProvider(p.provider) === provider || (p.authProvider !== undefined && normalizeProvider(p.authProvider) === provider));
    if (!entry) {
        const cap = auth.capabilities.find((c) => normalizeProvider(c.provider) === provider);
        // Local servers (ollama, vllm, lmstudio, sglang) take no API key and offer no login: nothing to provision.
        if (cap && cap.apiKeySupported === false && !(cap.loginOptions && cap.loginOptions.length)) {
            return { verdict: 'keyless', detail: 'local provider without credentials' };
        }
        return { verdict: 'missing', detail: 'no credential source (not listed by models.authStatus)' };
    }
    switch (entry.status) {
        case 'ok':
        case 'static':
            return { verdict: 'ready', detail: entry.status };
        case 'expiring':
            return { verdict: 'expiring', detail: `expiring${entry.expiry?.label ? ` in ${entry.expiry.label}` : ''}` };
        case 'expired':
            return { verdict: 'expired', detail: 'expired' };
        case 'missing':
            return { verdict: 'missing', detail: 'configured but the credential does not resolve (status "missing")' };
        default:
            return { verdict: 'unknown', detail: `status "${entry.status}"` };
    }
}
/** Secret owners the gateway's `status` reports as degraded (e.g. a SecretRef that does not resolve). */
function degradedSecretOwners(status) {
    const s = credentials_isObj(status) ? status : {};
    const list = Array.isArray(s['degradedSecretOwners']) ? s['degradedSecretOwners'] : [];
    return list.filter(credentials_isObj).map((o) => ({
        ownerKind: typeof o['ownerKind'] === 'string' ? o['ownerKind'] : 'unknown',
        ownerId: typeof o['ownerId'] === 'string' ? o['ownerId'] : 'unknown',
        reason: typeof o['reason'] === 'string' ? o['reason'] : 'degraded',
        paths: Array.isArray(o['paths']) ? o['paths'].filter((x) => typeof x === 'string') : [],
    }));
}
/**
 * Runs the credentials check: one `models.authStatus` call per agent. A primary model's provider without
 * credentials fails the check (chats would fail); a fallback/auxiliary model's provider warns.
 */
async function checkCredentials(input) {
    const check = new smoke_status/* CheckBuilder */.ur('credentials');
    const uses = modelUses(input.config, input.agentIds);
    const rows = [];
    const byAgent = new Map(agentsOf(input.config, input.agentIds).map((id) => [id, []]));
    for (const u of uses)
        byAgent.get(u.agentId)?.push(u);
    for (const u of uses) {
        if (!u.provider)
            check.warn(`agent "${u.agentId}": model ref "${u.ref}" (${u.role}) names no provider and matches no alias`);
    }
    for (const [agentId, agentUses] of byAgent) {
        let auth;
        try {
            auth = parseAuthStatus(await input.client.modelsAuthStatus({ agentId }, { timeoutMs: input.timeoutMs(), ...(input.signal ? { signal: input.signal } : {}) }));
        }
        catch (err) {
            const d = describeFailure(err, input.signal);
            check.fail(`agent "${agentId}": models.authStatus failed: ${d.kind}: ${d.message}`);
            continue;
        }
        if (!agentUses.length)
            check.warn(`agent "${agentId}": no model is configured (agents.defaults.model or agents.entries.${agentId}.model), so its provider could not be checked`);
        if (auth.unavailable) {
            check.warn(`agent "${agentId}": model auth status is not available yet (${auth.unavailable.code ?? 'unavailable'}); credentials could not be verified`);
            continue;
        }
        const providers = new Map();
        for (const u of agentUses)
            if (u.provider)
                providers.set(u.provider, (providers.get(u.provider) ?? new Set()).add(u.role));
        for (const [provider, roles] of providers) {
            const { verdict, detail } = providerVerdict(provider, auth);
            rows.push({ agentId, provider, roles: [...roles], verdict, detail });
            const primary = roles.has('primary');
            const what = `agent "${agentId}": provider "${provider}" (${[...roles].join(', ')})`;
            if (verdict === 'missing' || verdict === 'expired') {
                const msg = `${what} has no usable credentials (${detail}); chats ${primary ? 'will' : 'that fall back to it will'} fail with: No API key found for provider "${provider}". Provision them (provision-auth-profiles) for this agent.`;
                if (primary)
                    check.fail(msg);
                else
                    check.warn(msg);
            }
            else if (verdict === 'expiring') {
                check.warn(`${what}: credentials ${detail}`);
            }
            else if (verdict === 'unknown') {
                check.warn(`${what}: unrecognised auth status (${detail})`);
            }
        }
    }
    for (const owner of degradedSecretOwners(input.status)) {
        check.warn(`secret owner ${owner.ownerKind} "${owner.ownerId}" is degraded: ${owner.reason}${owner.paths.length ? ` (${owner.paths.join(', ')})` : ''}`);
    }
    check.data['providers'] = rows;
    const ready = rows.filter((r) => r.verdict === 'ready' || r.verdict === 'keyless').length;
    return check.build(`${byAgent.size} agent(s), ${ready}/${rows.length} provider credential(s) ready`);
}

;// CONCATENATED MODULE: ./src/smoke/probes.ts


const probes_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : []);
const firstN = (xs, n = 3) => xs.slice(0, n).join('; ') + (xs.length > n ? ` (+${xs.length - n} more)` : '');
/** Runs the probe checks in order. Never throws: every failure becomes a finding. */
async function runProbes(client, deadline, opts) {
    const facts = { agentIds: [], versions: [] };
    const checks = [];
    const call = () => ({ timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, attempts: opts.attempts ?? 2 });
    const fail = (c, err, what) => {
        const d = describeFailure(err, deadline.signal);
        c.fail(`${d.kind}: ${what}${d.message.startsWith('(') ? ' ' : ': '}${d.message}`);
        c.data['failure'] = d.kind;
        return d;
    };
    // /healthz — liveness; a failure that means "nobody answers" ends the instance here.
    {
        const c = new smoke_status/* CheckBuilder */.ur('healthz');
        try {
            const r = await client.healthz(call());
            c.data['httpStatus'] = r.status;
            if (r.status !== 200 || !r.ok)
                c.fail(`/healthz answered HTTP ${r.status}${r.ok ? '' : ' without ok:true'}`);
        }
        catch (err) {
            const d = fail(c, err, '/healthz');
            if (isTerminal(d.kind))
                facts.terminal = d;
        }
        checks.push(c.build('live'));
    }
    if (facts.terminal)
        return { checks: [...checks, ...skipRest(['readyz', 'startupz', 'health-rpc', 'config'], facts.terminal)], facts };
    // /readyz — traffic admission, with details because the request carries the token.
    {
        const c = new smoke_status/* CheckBuilder */.ur('readyz');
        try {
            const r = await client.readyz(call());
            c.data['httpStatus'] = r.status;
            if (r.uptimeMs !== undefined)
                c.data['uptimeMs'] = r.uptimeMs;
            if (!r.ready)
                c.fail(`not ready (HTTP ${r.status})${r.failing.length ? `: failing ${r.failing.join(', ')}` : ''}`);
            if (r.eventLoopDegraded) {
                const reasons = r.eventLoopReasons;
                c.warn(`event loop degraded${reasons?.length ? ` (${reasons.join(', ')})` : ''}`);
                c.data['eventLoopDegraded'] = true;
            }
            if (r.version)
                facts.versions.push({ source: 'readyz', version: r.version });
        }
        catch (err) {
            const d = fail(c, err, '/readyz');
            if (isTerminal(d.kind))
                facts.terminal = d;
        }
        checks.push(c.build('ready, no failing subsystems'));
    }
    if (facts.terminal)
        return { checks: [...checks, ...skipRest(['startupz', 'health-rpc', 'config'], facts.terminal)], facts };
    // /startupz — startup settled and not draining; the authenticated answer carries the version.
    {
        const c = new smoke_status/* CheckBuilder */.ur('startupz');
        try {
            const r = await client.startupz(call());
            c.data['httpStatus'] = r.status;
            const phase = r.phase;
            if (!r.started)
                c.fail(`not started (HTTP ${r.status}${phase ? `, status "${phase}"` : ''})`);
            if (r.version) {
                c.data['version'] = r.version;
                facts.versions.push({ source: 'startupz', version: r.version });
            }
            if (r.uptimeMs !== undefined)
                c.data['uptimeMs'] = r.uptimeMs;
        }
        catch (err) {
            const d = fail(c, err, '/startupz');
            if (isTerminal(d.kind))
                facts.terminal = d;
        }
        checks.push(c.build(`started${facts.versions[0] ? ` (${facts.versions[0].version})` : ''}`));
    }
    if (facts.terminal)
        return { checks: [...checks, ...skipRest(['health-rpc', 'config'], facts.terminal)], facts };
    // health RPC — the first RPC: it also tells whether the token is accepted and the admin route exists.
    {
        const c = new smoke_status/* CheckBuilder */.ur('health-rpc');
        try {
            const h = await client.health(call());
            if (!h.ok)
                c.fail('health RPC answered ok:false');
            const plugins = probes_isObj(h.plugins) ? h.plugins : {};
            const errors = list(plugins['errors']).map(describeItem);
            const unavailable = list(plugins['unavailable']).map(describeItem);
            if (errors.length)
                c.warn(`plugin errors: ${firstN(errors)}`);
            if (unavailable.length)
                c.warn(`plugins unavailable: ${firstN(unavailable)}`);
            const reload = probes_isObj(h.configReload) ? h.configReload['hotReloadStatus'] : undefined;
            if (typeof reload === 'string' && reload !== 'active')
                c.warn(`config hot reload is "${reload}" (changes may not apply without a restart)`);
            const mr = probes_isObj(h.modelRuntime) ? h.modelRuntime : {};
            if (mr['degraded'] === true) {
                const pending = list(mr['pendingAgents']).map(describeItem);
                c.warn(`model runtime degraded${pending.length ? `: agents still preparing ${firstN(pending)}` : ''}`);
            }
            const el = probes_isObj(h['eventLoop']) ? h['eventLoop'] : undefined;
            if (el?.['degraded'] === true && !checks.some((x) => x.data?.['eventLoopDegraded'])) {
                c.warn(`event loop degraded${list(el['reasons']).length ? ` (${list(el['reasons']).map(String).join(', ')})` : ''}`);
            }
            facts.agentIds = list(h.agents)
                .map((a) => (probes_isObj(a) && typeof a['agentId'] === 'string' ? a['agentId'] : undefined))
                .filter((x) => !!x);
            if (typeof h.defaultAgentId === 'string') {
                facts.defaultAgentId = h.defaultAgentId;
                if (!facts.agentIds.includes(h.defaultAgentId))
                    facts.agentIds.push(h.defaultAgentId);
            }
            c.data['agents'] = facts.agentIds.length;
            c.data['plugins'] = list(plugins['loaded']).length;
        }
        catch (err) {
            const d = fail(c, err, 'health RPC');
            if (isTerminal(d.kind))
                facts.terminal = d;
            else if (d.kind === 'unauthorized' || d.kind === 'not-enabled')
                facts.rpcBlocked = d;
        }
        checks.push(c.build(`ok, ${facts.agentIds.length} agent(s)`));
    }
    if (facts.terminal)
        return { checks: [...checks, ...skipRest(['config'], facts.terminal)], facts };
    if (facts.rpcBlocked)
        return { checks: [...checks, (0,smoke_status/* skippedCheck */.nT)('config', `skipped: ${facts.rpcBlocked.kind} (see health-rpc)`)], facts };
    // config.get — valid, and the saved config is the applied one.
    {
        const c = new smoke_status/* CheckBuilder */.ur('config');
        try {
            const snap = await client.configGet(call());
            facts.config = snap.config;
            if (!snap.valid) {
                const issues = snap.issues.map((i) => `${i.path || '<root>'}: ${i.message}`);
                c.fail(`the config file is invalid, the gateway keeps running its last good config${issues.length ? `: ${firstN(issues)}` : ''}`);
            }
            if (snap.configRevisionHash && snap.appliedConfigHash && snap.configRevisionHash !== snap.appliedConfigHash) {
                c.fail('the saved config is not the applied one (a restart is pending or the last reload failed)');
            }
            else if (snap.valid && !snap.configRevisionHash) {
                c.warn('the gateway did not report a config revision, so "applied" could not be verified');
            }
            const warnings = snap.warnings.map((w) => `${w.path || '<root>'}: ${w.message}`);
            if (warnings.length)
                c.warn(`config warnings: ${firstN(warnings)}`);
            if (snap.appliedConfigHash)
                c.data['appliedConfigHash'] = snap.appliedConfigHash;
            c.data['issues'] = snap.issues.length;
            c.data['warnings'] = snap.warnings.length;
        }
        catch (err) {
            const d = fail(c, err, 'config.get');
            if (isTerminal(d.kind))
                facts.terminal = d;
        }
        checks.push(c.build('valid and applied'));
    }
    if (facts.terminal)
        return { checks, facts };
    // status RPC — not a check of its own; its facts feed the version and credentials checks.
    try {
        const s = await client.status(call());
        facts.status = s;
        if (typeof s.runtimeVersion === 'string')
            facts.versions.push({ source: 'status', version: s.runtimeVersion });
    }
    catch (err) {
        const d = describeFailure(err, deadline.signal);
        if (isTerminal(d.kind))
            facts.terminal = d;
    }
    return { checks, facts };
}
function skipRest(names, why) {
    return names.map((n) => (0,smoke_status/* skippedCheck */.nT)(n, `skipped: ${why.kind} (see healthz)`));
}
/** A plugin/agent entry as a short string (they are ids or `{id|pluginId|agentId, error|reason}` objects). */
function describeItem(x) {
    if (typeof x === 'string')
        return x;
    if (probes_isObj(x)) {
        const id = x['id'] ?? x['pluginId'] ?? x['agentId'] ?? x['name'];
        const why = x['error'] ?? x['reason'] ?? x['stage'] ?? x['message'];
        return `${typeof id === 'string' ? id : '?'}${typeof why === 'string' ? ` (${why})` : ''}`;
    }
    return String(x);
}

// EXTERNAL MODULE: ./src/smoke/types.ts
var types = __webpack_require__(34876);
// EXTERNAL MODULE: ./src/smoke/version.ts
var smoke_version = __webpack_require__(16561);
;// CONCATENATED MODULE: ./src/smoke/ui-http.ts
/**
 * The Control UI over plain HTTP (no browser needed): the page itself, its JS/CSS bundle, and its cache
 * headers (issue #5 items 4 and 6, reliability case RF-09).
 *
 * Measured on OpenClaw 2026.9.6: `GET /` answers `200 text/html` with `Cache-Control: no-cache`,
 * `X-Frame-Options: DENY`, a strict `Content-Security-Policy`, `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`; the `<html>` element carries `data-openclaw-control-ui-build-id=
 * "2026.9.6-release-…"`; the bundle is `/assets/*.js|css` referenced by `<script src>` and
 * `<link rel=modulepreload|stylesheet>`. So:
 * - a redirect (a login page, an auth proxy) or a TLS error is a failure, never a pass;
 * - a bundle file that does not load (404 after a half-finished upgrade) is a failure — the page would stay blank;
 * - HTML that browsers may cache is a failure (after an upgrade they would keep running the old UI against
 *   the new gateway: "Protocol mismatch"); a missing header OpenClaw always sends means something in front
 *   (proxy, CDN) stripped it, and the report says which.
 */





/** Headers OpenClaw 2026.9.6 sends on the Control UI HTML, besides Cache-Control. Missing = stripped in front. */
const EXPECTED_UI_HEADERS = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy'];
/** Headers that reveal a proxy or CDN between the runner and the gateway. */
const PROXY_HEADERS = ['via', 'x-cache', 'cf-cache-status', 'x-served-by', 'age', 'x-proxy-cache', 'server'];
/** Parses a Cache-Control value into lower-case directives (`max-age` → number). */
function parseCacheControl(value) {
    const out = new Map();
    for (const part of value.split(',')) {
        const [k, ...rest] = part.trim().split('=');
        if (!k)
            continue;
        out.set(k.trim().toLowerCase(), rest.length ? rest.join('=').trim().replace(/^"|"$/g, '') : true);
    }
    return out;
}
/** Whether a response's caching lets a browser show the HTML without asking the server first. */
function assessCacheControl(cacheControl, expires = null, now = Date.now()) {
    if (cacheControl === null || cacheControl.trim() === '') {
        const exp = expires ? Date.parse(expires) : NaN;
        const extra = Number.isFinite(exp) && exp > now ? ` and Expires is ${Math.round((exp - now) / 1000)} s in the future` : '';
        return {
            status: 'fail',
            finding: `the UI HTML has no Cache-Control header${extra}: OpenClaw sends "no-cache", so a proxy or CDN in front stripped it — browsers may keep a stale UI after an upgrade`,
        };
    }
    const d = parseCacheControl(cacheControl);
    if (d.has('no-store') || d.has('no-cache'))
        return { status: 'pass', finding: `Cache-Control: ${cacheControl}` };
    const maxAge = Number(d.get('max-age'));
    if (d.has('immutable'))
        return { status: 'fail', finding: `the UI HTML is marked immutable (Cache-Control: ${cacheControl}); browsers will not revalidate it` };
    if (Number.isFinite(maxAge) && maxAge > 0) {
        return {
            status: 'fail',
            finding: `browsers may cache the UI HTML for ${maxAge} s (Cache-Control: ${cacheControl}); OpenClaw sends "no-cache", so something in front rewrote it`,
        };
    }
    const sMaxAge = Number(d.get('s-maxage'));
    if (Number.isFinite(sMaxAge) && sMaxAge > 0) {
        return { status: 'warn', finding: `shared caches may keep the UI HTML for ${sMaxAge} s (Cache-Control: ${cacheControl})` };
    }
    if (Number.isFinite(maxAge) && maxAge === 0)
        return { status: 'pass', finding: `Cache-Control: ${cacheControl}` };
    return {
        status: 'fail',
        finding: `Cache-Control "${cacheControl}" does not require revalidation (no no-cache, no-store or max-age=0); browsers may reuse a stale UI`,
    };
}
/** `data-openclaw-control-ui-build-id` of the page, if it is the OpenClaw Control UI. */
function extractBuildId(html) {
    return /data-openclaw-control-ui-build-id="([^"]+)"/.exec(html)?.[1];
}
/** Same-origin JS/CSS the page needs: module scripts, modulepreloads and stylesheets. */
function extractAssets(html, pageUrl) {
    const page = new URL(pageUrl);
    const out = new Set();
    const add = (ref) => {
        if (!ref)
            return;
        try {
            const u = new URL(ref.replace(/&amp;/g, '&'), page);
            if (u.origin === page.origin)
                out.add(u.href);
        }
        catch {
            /* not a URL: ignore */
        }
    };
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi))
        add(m[1]);
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
        const tag = m[0];
        const rel = /\brel="([^"]+)"/i.exec(tag)?.[1]?.toLowerCase() ?? '';
        if (/\b(stylesheet|modulepreload|preload)\b/.test(rel))
            add(/\bhref="([^"]+)"/i.exec(tag)?.[1]);
    }
    return [...out];
}
/** Fetches the UI page and its bundle; returns the `ui-http` and `cache-headers` checks and what it learned. */
async function checkUiHttp(baseUrl, deadline, opts) {
    const facts = { assets: [] };
    const ui = new smoke_status/* CheckBuilder */.ur('ui-http');
    const pageUrl = baseUrl.replace(/\/+$/, '') + '/';
    let page;
    try {
        page = await httpGet(pageUrl, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, headers: { accept: 'text/html' }, maxBytes: 2 * 1024 * 1024 });
    }
    catch (err) {
        const d = describeFailure(err, deadline.signal);
        ui.fail(`${d.kind}: the Control UI page could not be fetched: ${d.message}`);
        ui.data['failure'] = d.kind;
        return { checks: [ui.build(''), (0,smoke_status/* skippedCheck */.nT)('cache-headers', `skipped: ${d.kind} (see ui-http)`)], facts };
    }
    ui.data['httpStatus'] = page.status;
    ui.data['pageMs'] = Math.round(page.elapsedMs);
    if (page.status >= 300 && page.status < 400) {
        const loc = page.headers.get('location');
        ui.fail(`the Control UI page redirects (HTTP ${page.status}) to ${loc ? displayUrl(new URL(loc, pageUrl)) : 'nowhere'}: a login page or proxy is in front of the gateway — a redirect is not a working UI`);
        return { checks: [ui.build(''), (0,smoke_status/* skippedCheck */.nT)('cache-headers', 'skipped: the page redirects (see ui-http)')], facts };
    }
    if (page.status !== 200) {
        ui.fail(`the Control UI page answered HTTP ${page.status}${page.status === 404 ? ' (is gateway.controlUi disabled or on another basePath?)' : ''}`);
        return { checks: [ui.build(''), (0,smoke_status/* skippedCheck */.nT)('cache-headers', `skipped: HTTP ${page.status} (see ui-http)`)], facts };
    }
    const type = page.headers.get('content-type') ?? '';
    const buildId = extractBuildId(page.body);
    if (!/text\/html/i.test(type) || !buildId) {
        const title = /<title>([^<]{0,120})<\/title>/i.exec(page.body)?.[1];
        ui.fail(`the page at ${displayUrl(pageUrl)} is not the OpenClaw Control UI (${type || 'no content type'}${title ? `, title "${title}"` : ''}${buildId ? '' : ', no build id'})`);
    }
    if (buildId) {
        facts.buildId = buildId;
        ui.data['buildId'] = buildId;
        const v = (0,smoke_version/* versionFromBuildId */.CO)(buildId);
        if (v)
            facts.version = v;
    }
    // The bundle: each file must load, or the page stays blank (RF-09).
    facts.assets = extractAssets(page.body, pageUrl).slice(0, opts.maxAssets ?? 40);
    const limit = (0,p_limit["default"])(opts.assetConcurrency ?? 4);
    const broken = [];
    await Promise.all(facts.assets.map((asset) => limit(async () => {
        if (deadline.expired)
            return;
        try {
            const r = await httpGet(asset, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, discardBody: true });
            if (r.status !== 200)
                broken.push(`${new URL(asset).pathname} → HTTP ${r.status}`);
        }
        catch (err) {
            const d = describeFailure(err, deadline.signal);
            broken.push(`${new URL(asset).pathname} → ${d.kind}`);
        }
    })));
    ui.data['assets'] = facts.assets.length;
    if (broken.length) {
        ui.fail(`${broken.length} of ${facts.assets.length} UI bundle file(s) do not load, the page would not start: ${broken.slice(0, 4).join('; ')}${broken.length > 4 ? '; …' : ''}`);
        ui.data['brokenAssets'] = broken;
    }
    if (deadline.expired)
        ui.fail(describeFailure(deadline.signal.reason, deadline.signal).message);
    // Cache headers of the HTML, and the headers OpenClaw sends that are missing (stripped in front).
    const cache = new smoke_status/* CheckBuilder */.ur('cache-headers');
    const cc = page.headers.get('cache-control');
    const verdict = assessCacheControl(cc, page.headers.get('expires'));
    if (verdict.status === 'fail')
        cache.fail(verdict.finding);
    else if (verdict.status === 'warn')
        cache.warn(verdict.finding);
    cache.data['cacheControl'] = cc ?? null;
    const missingSecurity = EXPECTED_UI_HEADERS.filter((h) => !page.headers.has(h));
    const stripped = [...(cc === null ? ['cache-control'] : []), ...missingSecurity];
    if (stripped.length)
        cache.data['stripped'] = stripped;
    if (missingSecurity.length) {
        cache.warn(`headers OpenClaw always sends on the UI are missing: ${missingSecurity.join(', ')} — a proxy or CDN in front strips them`);
    }
    const proxy = PROXY_HEADERS.filter((h) => page.headers.has(h) && !(h === 'server' && !page.headers.has('via'))).map((h) => `${h}: ${page.headers.get(h)}`);
    if (proxy.length)
        cache.data['proxy'] = proxy;
    return {
        checks: [ui.build(`Control UI ${facts.version ?? buildId ?? ''} served, ${facts.assets.length} bundle file(s) load`.replace(/\s+/g, ' ')), cache.build(verdict.finding)],
        facts,
    };
}

;// CONCATENATED MODULE: ./src/smoke/ws-load.ts


/** Nearest-rank percentile of sorted values (`p` in 0..100); undefined for no values. */
function percentile(sorted, p) {
    if (!sorted.length)
        return undefined;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
async function wsLoadProbe(o) {
    const check = new smoke_status/* CheckBuilder */.ur('ws-load');
    const n = Math.max(1, Math.floor(o.connections));
    const latencies = [];
    const errors = new Map();
    const sessions = await Promise.all(Array.from({ length: n }, async () => {
        try {
            const s = await connectGateway({
                url: o.url,
                token: o.token,
                scopes: [],
                ...(o.headers ? { headers: o.headers } : {}),
                timeoutMs: o.deadline.timeout(o.connectTimeoutMs),
                signal: o.deadline.signal,
            });
            latencies.push(s.connectMs);
            return s;
        }
        catch (err) {
            const key = err instanceof GatewayWsError ? `${err.kind}: ${err.code}` : `error: ${err.message}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
            return undefined;
        }
    }));
    // All connections were open at the same time: only now close them.
    for (const s of sessions)
        s?.close();
    latencies.sort((a, b) => a - b);
    const round = (x) => (x === undefined ? null : Math.round(x));
    const failed = n - latencies.length;
    Object.assign(check.data, {
        connections: n,
        succeeded: latencies.length,
        failed,
        p50Ms: round(percentile(latencies, 50)),
        p95Ms: round(percentile(latencies, 95)),
        p99Ms: round(percentile(latencies, 99)),
        maxMs: round(latencies[latencies.length - 1]),
        errors: Object.fromEntries(errors),
    });
    const errorText = [...errors].map(([k, c]) => `${c}× ${k}`).join(', ');
    if (failed === n)
        check.fail(`all ${n} WebSocket connections failed: ${errorText}`);
    else if (failed > 0)
        check.warn(`${failed} of ${n} WebSocket connections failed: ${errorText}`);
    return check.build(`${n} concurrent connections, connect p50 ${round(percentile(latencies, 50))} ms / p95 ${round(percentile(latencies, 95))} ms / p99 ${round(percentile(latencies, 99))} ms`);
}

;// CONCATENATED MODULE: ./src/smoke/run-smoke.ts
/**
 * The smoke test of a set of gateways (issue #5): per instance, the probes, the version pin, credentials,
 * the Control UI over HTTP and in a real browser, the chat round trip and the optional WebSocket load probe,
 * merged into one result per instance (`healthy | degraded | failed`) and one for the run.
 *
 * Instances run in parallel (`concurrency`), each within its own budget (`timeoutMs`): a gateway that stops
 * answering costs one budget and fails with "timeout", it never hangs the run. One browser serves every
 * instance (a fresh context each). Everything returned has been passed through the run's SecretRegistry.
 */
















const DEFAULT_CALL_TIMEOUT_MS = 15_000;
// Measured: ~3 s on an idle 2-core machine, but > 45 s when the host is saturated (load 15+ on 2 cores).
// A timeout is an upper bound, not a cost; the instance budget (timeout-seconds) caps it anyway.
const DEFAULT_UI_CONNECT_TIMEOUT_MS = 90_000;
/** A file name for an instance's screenshot: the id with anything unusual replaced, never a secret. */
function screenshotName(id, index, secrets, taken) {
    let base = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || `instance-${index + 1}`;
    if (secrets.redact(base) !== base)
        base = `instance-${index + 1}`;
    let name = `${base}.png`;
    for (let n = 2; taken.has(name); n++)
        name = `${base}-${n}.png`;
    taken.add(name);
    return name;
}
/** Deep-copies a value with every string passed through `redact` (the last line of defence for reports). */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[redact(k)] = redactDeep(v, redact);
        return out;
    }
    return value;
}
/** Runs the smoke test. Throws only for problems with the options themselves. */
async function runSmoke(opts) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const t0 = performance.now();
    const callTimeoutMs = opts.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    const logger = opts.logger;
    const redact = (s) => opts.secrets.redact(s);
    if (opts.browserPath && !opts.screenshotsDir)
        throw new Error('runSmoke: screenshotsDir is required with a browser');
    if (opts.chat?.via === 'ui' && !opts.browserPath)
        throw new Error("runSmoke: chat via 'ui' needs the browser");
    if (opts.screenshotsDir)
        (0,external_node_fs_.mkdirSync)(opts.screenshotsDir, { recursive: true });
    const factory = opts.clientFactory ?? ((t) => (0,client/* createGatewayClient */.kU)({ id: t.id, url: t.url, token: t.token }, { timeoutMs: callTimeoutMs, logger, secrets: opts.secrets }));
    // One browser for the whole run, started when the first instance needs it.
    let browserPromise;
    const getBrowser = () => {
        if (!opts.browserPath)
            throw new Error('no browser');
        browserPromise ??= (0,browser/* launchBrowser */.Ik)(opts.browserPath);
        return browserPromise;
    };
    const taken = new Set();
    const names = opts.targets.map((t, i) => (opts.browserPath ? screenshotName(t.id, i, opts.secrets, taken) : undefined));
    const limit = (0,p_limit["default"])(Math.max(1, opts.concurrency));
    let instances;
    try {
        instances = await Promise.all(opts.targets.map((t, i) => limit(async () => {
            const result = await smokeInstance(t, names[i], { ...opts, callTimeoutMs }, factory, getBrowser);
            const clean = redactDeep(result, redact);
            const line = `${clean.id}: ${clean.status} (${(clean.durationMs / 1000).toFixed(1)} s)${clean.reasons.length ? ` — ${clean.reasons[0]}` : ''}`;
            if (clean.status === 'healthy')
                logger.info(line);
            else
                logger.warning(line);
            return clean;
        })));
    }
    finally {
        if (browserPromise)
            await browserPromise.then((b) => b.close()).catch(() => undefined);
    }
    const counts = { healthy: 0, degraded: 0, failed: 0 };
    for (const r of instances)
        counts[r.status]++;
    const finishedAt = now();
    const report = {
        schemaVersion: 1,
        tool: 'clawfleet/smoke-and-browser-test',
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: Math.round(performance.now() - t0),
        result: (0,smoke_status/* worstStatus */.A4)(instances.map((r) => r.status)),
        ...(opts.expectedVersion ? { expectedVersion: opts.expectedVersion } : {}),
        settings: {
            browser: Boolean(opts.browserPath),
            chat: opts.chat ? opts.chat.via : 'off',
            wsLoadConnections: opts.wsConnections ?? 0,
            timeoutSeconds: Math.round(opts.timeoutMs / 1000),
            concurrency: opts.concurrency,
        },
        counts,
        instances,
    };
    return redactDeep(report, redact);
}
async function smokeInstance(t, screenshot, opts, factory, getBrowser) {
    const started = performance.now();
    const deadline = new Deadline(opts.timeoutMs, opts.signal);
    const checks = [];
    let screenshotWritten = false;
    const versions = [];
    try {
        const client = factory(t);
        const { checks: probeChecks, facts } = await runProbes(client, deadline, { callTimeoutMs: opts.callTimeoutMs });
        checks.push(...probeChecks);
        versions.push(...facts.versions);
        const defaultAgentId = defaultAgent(facts);
        const pairing = { client, timeoutMs: () => deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, approve: opts.pairDevices };
        if (facts.terminal) {
            const why = `skipped: ${facts.terminal.kind} (see healthz)`;
            for (const n of ['credentials', 'ui-http', 'cache-headers', 'control-ui', 'chat', 'ws-load']) {
                if (applies(n, opts))
                    checks.push((0,smoke_status/* skippedCheck */.nT)(n, why));
            }
        }
        else {
            // Credentials (RPC) and the UI over HTTP are independent: run them side by side.
            const [cred, uiHttp] = await Promise.all([
                facts.rpcBlocked
                    ? Promise.resolve((0,smoke_status/* skippedCheck */.nT)('credentials', `skipped: ${facts.rpcBlocked.kind} (see health-rpc)`))
                    : checkCredentials({
                        client,
                        config: facts.config,
                        agentIds: facts.agentIds,
                        status: facts.status,
                        timeoutMs: () => deadline.timeout(opts.callTimeoutMs),
                        signal: deadline.signal,
                    }),
                checkUiHttp(t.url, deadline, { callTimeoutMs: opts.callTimeoutMs }),
            ]);
            checks.push(cred, ...uiHttp.checks);
            if (uiHttp.facts.version)
                versions.push({ source: 'ui', version: uiHttp.facts.version });
            const blockedWhy = facts.rpcBlocked ? `skipped: ${facts.rpcBlocked.kind} (see health-rpc)` : undefined;
            const chatBase = { url: t.url, token: t.token, deadline, callTimeoutMs: opts.callTimeoutMs, pairing, ...(opts.extraHeaders ? { headers: opts.extraHeaders } : {}), ...(defaultAgentId ? { defaultAgentId } : {}) };
            if (opts.browserPath && screenshot && opts.screenshotsDir) {
                if (deadline.expired)
                    checks.push((0,smoke_status/* skippedCheck */.nT)('control-ui', describeFailure(deadline.signal.reason, deadline.signal).message));
                else {
                    let browser;
                    try {
                        browser = await getBrowser();
                    }
                    catch (err) {
                        checks.push({ name: 'control-ui', status: 'fail', summary: describeFailure(err).message, reasons: [describeFailure(err).message], durationMs: 0 });
                    }
                    if (browser) {
                        const ui = await checkControlUi({
                            browser,
                            url: t.url,
                            token: t.token,
                            deadline,
                            connectTimeoutMs: opts.uiConnectTimeoutMs ?? DEFAULT_UI_CONNECT_TIMEOUT_MS,
                            callTimeoutMs: opts.callTimeoutMs,
                            screenshotFile: (0,external_node_path_.join)(opts.screenshotsDir, screenshot),
                            pairing,
                            ...(opts.chat?.via === 'ui' && !blockedWhy ? { chat: opts.chat, cleanupSession: (key, runId) => cleanupSmokeSession(chatBase, key, runId) } : {}),
                            ...(defaultAgentId ? { defaultAgentId } : {}),
                            ...(opts.ignoreConsole ? { ignoreConsole: opts.ignoreConsole } : {}),
                            ...(opts.extraHeaders ? { extraHTTPHeaders: opts.extraHeaders } : {}),
                        });
                        checks.push(...ui.checks);
                        screenshotWritten = ui.screenshot;
                        if (ui.version)
                            versions.push({ source: 'hello', version: ui.version });
                    }
                }
            }
            if (opts.chat && !checks.some((c) => c.name === 'chat')) {
                if (blockedWhy)
                    checks.push((0,smoke_status/* skippedCheck */.nT)('chat', blockedWhy));
                else if (opts.chat.via === 'api')
                    checks.push(await chatViaApi({ ...chatBase, spec: opts.chat }));
                else
                    checks.push((0,smoke_status/* skippedCheck */.nT)('chat', 'skipped: the UI check did not run (see control-ui)'));
            }
            if (opts.wsConnections && opts.wsConnections > 0) {
                checks.push(await wsLoadProbe({
                    url: t.url,
                    token: t.token,
                    connections: opts.wsConnections,
                    connectTimeoutMs: opts.callTimeoutMs,
                    deadline,
                    ...(opts.extraHeaders ? { headers: opts.extraHeaders } : {}),
                }));
            }
        }
    }
    catch (err) {
        // A bug or an unexpected failure must still produce a failed instance, not a crashed run.
        const d = describeFailure(err, deadline.signal);
        checks.push({ name: 'smoke', status: 'fail', summary: `${d.kind}: ${d.message}`, reasons: [`${d.kind}: ${d.message}`], durationMs: 0 });
    }
    finally {
        deadline.dispose();
    }
    // Nothing answered: the version is unknown because of that failure, not a finding of its own.
    const noAnswer = checks.find((c) => c.status === 'fail' && (c.name === 'smoke' || (c.name === 'healthz' && /^(timeout|unreachable|tls):/.test(c.summary))));
    checks.push(!versions.length && noAnswer ? (0,smoke_status/* skippedCheck */.nT)('version', `skipped: no answer (see ${noAnswer.name})`) : (0,smoke_version/* checkVersion */.ps)(opts.expectedVersion, versions));
    const ordered = [...checks].sort((a, b) => types/* CHECK_NAMES */.c.indexOf(a.name) - types/* CHECK_NAMES */.c.indexOf(b.name));
    const version = versions.find((v) => v.source === 'startupz' || v.source === 'status')?.version ?? versions[0]?.version;
    return {
        id: t.id,
        url: t.url,
        status: (0,smoke_status/* instanceStatus */.sR)(ordered),
        reasons: (0,smoke_status/* instanceReasons */.n)(ordered),
        ...(version ? { version } : {}),
        ...(screenshot && screenshotWritten ? { screenshot } : {}),
        checks: ordered,
        durationMs: Math.round(performance.now() - started),
    };
}
/** Whether a check is part of this run at all (so a skipped row is shown only for requested checks). */
function applies(name, opts) {
    if (name === 'control-ui')
        return Boolean(opts.browserPath);
    if (name === 'chat')
        return Boolean(opts.chat);
    if (name === 'ws-load')
        return Boolean(opts.wsConnections && opts.wsConnections > 0);
    return true;
}
function defaultAgent(facts) {
    return facts.defaultAgentId ?? facts.agentIds[0];
}


/***/ }),

/***/ 66751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   n: () => (/* binding */ instanceReasons),
/* harmony export */   nT: () => (/* binding */ skippedCheck),
/* harmony export */   sR: () => (/* binding */ instanceStatus),
/* harmony export */   ur: () => (/* binding */ CheckBuilder)
/* harmony export */ });
const CHECK_RANK = { skip: 0, pass: 1, warn: 2, fail: 3 };
const STATUS_RANK = { healthy: 0, degraded: 1, failed: 2 };
/** Collects the findings of one check while it runs, then builds its `CheckResult`. */
class CheckBuilder {
    name;
    now;
    failures = [];
    warnings = [];
    started;
    skipped;
    data = {};
    constructor(name, now = Date.now) {
        this.name = name;
        this.now = now;
        this.started = now();
    }
    fail(reason) {
        this.failures.push(reason);
        return this;
    }
    warn(reason) {
        this.warnings.push(reason);
        return this;
    }
    /** Marks the check as not run (e.g. the gateway was already unreachable), with the reason. */
    skip(reason) {
        this.skipped = reason;
        return this;
    }
    get failed() {
        return this.failures.length > 0;
    }
    /** `passSummary` is the line shown when nothing failed or warned. */
    build(passSummary) {
        const durationMs = Math.max(0, Math.round(this.now() - this.started));
        const data = Object.keys(this.data).length ? { ...this.data } : undefined;
        if (this.skipped !== undefined && !this.failures.length && !this.warnings.length) {
            return { name: this.name, status: 'skip', summary: this.skipped, reasons: [], durationMs, ...(data ? { data } : {}) };
        }
        const reasons = [...this.failures, ...this.warnings];
        const status = this.failures.length ? 'fail' : this.warnings.length ? 'warn' : 'pass';
        const summary = status === 'pass' ? passSummary : (reasons[0] ?? passSummary) + (reasons.length > 1 ? ` (+${reasons.length - 1} more)` : '');
        return { name: this.name, status, summary, reasons, durationMs, ...(data ? { data } : {}) };
    }
}
/** A check that was not run, with why. */
function skippedCheck(name, reason) {
    return { name, status: 'skip', summary: reason, reasons: [], durationMs: 0 };
}
/** The instance verdict from its checks. */
function instanceStatus(checks) {
    let worst = 'pass';
    for (const c of checks)
        if (CHECK_RANK[c.status] > CHECK_RANK[worst])
            worst = c.status;
    return worst === 'fail' ? 'failed' : worst === 'warn' ? 'degraded' : 'healthy';
}
/** The worst of several verdicts; `healthy` for none. */
function worstStatus(statuses) {
    let worst = 'healthy';
    for (const s of statuses)
        if (STATUS_RANK[s] > STATUS_RANK[worst])
            worst = s;
    return worst;
}
/** The "why" of an instance: failing check summaries first, then warning ones, each prefixed with the check. */
function instanceReasons(checks) {
    const fails = checks.filter((c) => c.status === 'fail').map((c) => `${c.name}: ${c.summary}`);
    const warns = checks.filter((c) => c.status === 'warn').map((c) => `${c.name}: ${c.summary}`);
    return [...fails, ...warns];
}


/***/ }),

/***/ 34876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CHECK_NAMES)
/* harmony export */ });
/**
 * Shapes of the smoke test (issue #5): what one check, one instance and the whole run report.
 *
 * Every string in these shapes is meant to be shown to people and written to artifacts, so it must never
 * carry a token: the orchestrator passes the whole report through the run's `SecretRegistry` before it
 * leaves `runSmoke()`.
 */
/** The checks, in the order they run and are shown. */
const CHECK_NAMES = [
    'smoke', // the smoke test itself could not check the instance (an unexpected error)
    'healthz',
    'readyz',
    'startupz',
    'health-rpc',
    'config',
    'version',
    'credentials',
    'ui-http',
    'cache-headers',
    'control-ui',
    'chat',
    'ws-load',
];


/***/ }),

/***/ 16561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ versionFromBuildId),
/* harmony export */   Jk: () => (/* binding */ resolveExpectedVersion),
/* harmony export */   ps: () => (/* binding */ checkVersion)
/* harmony export */ });
/* unused harmony exports VERSION_FILE, parseExactVersion, versionsEqual */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66751);
/**
 * The version pin: which OpenClaw version every instance must run, and the comparison.
 *
 * Order of sources (the first that exists wins; all are documented in the action README):
 * 1. the `expected-version` input;
 * 2. a `.openclaw-version` file at the root of the config repo (one version on the first non-comment line);
 * 3. the config repo's `package.json`: `devDependencies.openclaw`, then `dependencies.openclaw` — only an
 *    exact version counts; a range (`^2026.9.0`) is refused, because "the fleet runs something in a range"
 *    is not a pin.
 * A malformed pin is a `UserError` naming the file (or input) and the fix, raised before any probe runs.
 */





const VERSION_FILE = '.openclaw-version';
/** Parses one version string (a leading `v` is allowed); `undefined` when it is not an exact version. */
function parseExactVersion(raw) {
    const v = raw.trim().replace(/^v(?=\d)/, '');
    return semver__WEBPACK_IMPORTED_MODULE_2___default().valid(v) ?? undefined;
}
/**
 * Resolves the expected version. `input` is the action input (may be empty); `repoDir` the config repo
 * checkout (usually `GITHUB_WORKSPACE`). Returns `undefined` when nothing pins a version.
 */
function resolveExpectedVersion(input, repoDir, cwd = process.cwd()) {
    const given = input?.trim();
    if (given) {
        const v = parseExactVersion(given);
        if (!v) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input 'expected-version' is '${given}', which is not an exact OpenClaw version. Expected a version such as 2026.9.6 (no ranges).`);
        }
        return { version: v, source: 'input' };
    }
    if (!repoDir)
        return undefined;
    const shown = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, p) || p;
    const versionFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, VERSION_FILE);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(versionFile)) {
        const lines = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(versionFile, 'utf8').split(/\r?\n/);
        const idx = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
        const line = idx >= 0 ? (lines[idx] ?? '').trim() : '';
        const v = parseExactVersion(line);
        if (!v) {
            const what = idx < 0 ? 'has no version line' : `'${line}' is not an exact OpenClaw version`;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shown(versionFile)}:${idx >= 0 ? idx + 1 : 1}:1: ${what}. Put one version such as 2026.9.6 on the first line.`, { file: shown(versionFile), line: idx >= 0 ? idx + 1 : 1, column: 1 });
        }
        return { version: v, source: VERSION_FILE };
    }
    const pkgFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, 'package.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkgFile)) {
        let pkg;
        try {
            pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkgFile, 'utf8'));
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shown(pkgFile)} is not valid JSON (${err.message}); fix it or set the 'expected-version' input.`, undefined, {
                cause: err,
            });
        }
        for (const field of ['devDependencies', 'dependencies']) {
            const spec = pkg[field]?.['openclaw'];
            if (spec === undefined)
                continue;
            const v = typeof spec === 'string' ? parseExactVersion(spec) : undefined;
            if (!v) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shown(pkgFile)}: ${field}.openclaw is '${String(spec)}', a range rather than one version. Pin an exact version (e.g. "openclaw": "2026.9.6"), add a ${VERSION_FILE} file, or set the 'expected-version' input.`);
            }
            return { version: v, source: `package.json (${field}.openclaw)` };
        }
    }
    return undefined;
}
/** Extracts the release version from a Control UI build id such as `2026.9.6-release-eb377ac…`. */
function versionFromBuildId(buildId) {
    if (!buildId)
        return undefined;
    const m = /^(\d+\.\d+\.\d+(?:-(?!release)[0-9A-Za-z.]+)?)(?:-release|$|-)/.exec(buildId.trim());
    return m?.[1] ? (semver__WEBPACK_IMPORTED_MODULE_2___default().valid(m[1]) ?? undefined) : undefined;
}
/** Whether a running version equals the pin (semver equality, so `v2026.9.6` = `2026.9.6`). */
function versionsEqual(running, expected) {
    const a = parseExactVersion(running);
    const b = parseExactVersion(expected);
    return a !== undefined && b !== undefined && semver__WEBPACK_IMPORTED_MODULE_2___default().eq(a, b);
}
/**
 * The version check: every source that reported a running version must equal the pin. A mismatch is a
 * hard failure however green the rest is; sources that disagree with each other fail too (a stale UI
 * bundle served from a cache reports the old version while the gateway runs the new one).
 */
function checkVersion(expected, running) {
    const check = new _status_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckBuilder */ .ur('version');
    const seen = new Map();
    for (const r of running)
        seen.set(r.version, [...(seen.get(r.version) ?? []), r.source]);
    const describe = [...seen].map(([v, sources]) => `${v} (${[...new Set(sources)].join(', ')})`).join(', ');
    check.data['running'] = [...seen.keys()];
    if (expected)
        check.data['expected'] = expected.version;
    if (!running.length) {
        if (expected)
            check.fail(`no source reported the running OpenClaw version, so the pin ${expected.version} could not be verified`);
        else
            check.skip('no version reported and none pinned');
        return check.build('');
    }
    if (!expected) {
        check.skip(`running ${describe}; no version pinned (set expected-version, add ${VERSION_FILE}, or pin openclaw in package.json)`);
        return check.build('');
    }
    for (const [v, sources] of seen) {
        if (!versionsEqual(v, expected.version)) {
            check.fail(`runs OpenClaw ${v} (${[...new Set(sources)].join(', ')}) but ${expected.version} is pinned (${expected.source})`);
        }
    }
    return check.build(`${expected.version} as pinned (${expected.source})`);
}


/***/ })

};

//# sourceMappingURL=999.index.js.map