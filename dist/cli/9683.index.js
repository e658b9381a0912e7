export const id = 9683;
export const ids = [9683];
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

/***/ 58787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ RunObserver),
/* harmony export */   Ds: () => (/* binding */ DEFAULT_PROVIDER_FAILURE_LIMIT),
/* harmony export */   gh: () => (/* binding */ cleanupSmokeSession),
/* harmony export */   r4: () => (/* binding */ chatViaApi),
/* harmony export */   uQ: () => (/* binding */ judgeReply)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19346);
/* harmony import */ var _gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40926);
/* harmony import */ var _pairing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13417);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66751);
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





/** Failed model attempts in a row after which the chat check stops waiting (see the module comment). */
const DEFAULT_PROVIDER_FAILURE_LIMIT = 2;
/**
 * Failover reasons the agent's recovery is designed to wait out (docs/concepts/retry.md: rate limits get up
 * to 10 attempts and honour the provider's retry-after): a throttled provider is not a broken route.
 */
const WAIT_OUT_REASONS = new Set(['rate_limit', 'overloaded']);
/** What the agent events of one run told us. */
class RunObserver {
    runId;
    sessionKey;
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
    /** Failed model attempts in a row (provider errors with an `errorObservation`), rate limits excepted. */
    providerFailures = 0;
    /** Attempts that failed on a rate limit or overload (waited out, never a reason to stop early). */
    throttledAttempts = 0;
    /** How the gateway classified the last provider failure (`timeout`, `auth`, `rate_limit`, …). */
    failoverReason;
    listeners = new Set();
    /**
     * @param runId the run to follow (undefined until `chat.send` answered: then every event counts, unless
     *   it names another session than `sessionKey`).
     */
    constructor(runId, sessionKey) {
        this.runId = runId;
        this.sessionKey = sessionKey;
    }
    /** Calls `fn` after every event of this run; returns the unsubscribe function. */
    onChange(fn) {
        this.listeners.add(fn);
        return () => this.listeners.delete(fn);
    }
    /** Feeds one `agent`/`chat` event (as the gateway broadcasts them). Events of other runs are ignored. */
    observe(e) {
        if (e.event !== 'agent' && e.event !== 'chat')
            return;
        const p = e.payload;
        const id = this.runId();
        if (!p || (id !== undefined && p.runId !== id))
            return;
        if (id === undefined && this.sessionKey !== undefined && typeof p.sessionKey === 'string' && p.sessionKey !== this.sessionKey)
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
            // One failed model attempt: the error plus the gateway's provider classification.
            if (typeof data['error'] === 'string' && obs && typeof obs === 'object') {
                const reason = typeof obs.failoverReason === 'string' ? obs.failoverReason : typeof obs.providerRuntimeFailureKind === 'string' ? obs.providerRuntimeFailureKind : undefined;
                this.failoverReason = reason;
                if (reason !== undefined && WAIT_OUT_REASONS.has(reason))
                    this.throttledAttempts++;
                else
                    this.providerFailures++;
            }
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
            // A retry starts with an empty assistant item; only real text means the model answered again.
            if (typeof data['text'] === 'string' && data['text']) {
                this.replyText = data['text'];
                this.providerFailures = 0;
            }
        }
        if (e.event === 'chat') {
            if (typeof p.errorMessage === 'string')
                this.lastError = p.errorMessage;
            if (p.state === 'final' || p.state === 'error' || p.state === 'aborted')
                this.finished = true;
        }
        for (const fn of this.listeners)
            fn();
    }
    /**
     * The failure to report when the run has failed `limit` model attempts in a row (undefined otherwise, and
     * always for `limit` 0): `provider error: <error> (provider p, model m, reason r); <n> model attempts failed
     * in a row, the agent was retrying (<retry status>)`.
     */
    providerVerdict(limit) {
        if (limit <= 0 || this.providerFailures < limit || !this.lastError)
            return undefined;
        const facts = [this.provider ? `provider ${this.provider}` : '', this.model ? `model ${this.model}` : '', this.failoverReason ? `reason ${this.failoverReason}` : ''].filter(Boolean);
        return (`provider error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(this.lastError)}${facts.length ? ` (${facts.join(', ')})` : ''}; ` +
            `${this.providerFailures} model attempts failed in a row, stopped without waiting out the agent's retries` +
            (this.lastStatus ? ` (last status: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(this.lastStatus)})` : ''));
    }
    /** "; the agent reported: <error> (provider x, model y); <retry status>" or "". */
    explain() {
        const parts = [];
        if (this.lastError)
            parts.push(`the agent reported: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(this.lastError)}${this.provider ? ` (provider ${this.provider}${this.model ? `, model ${this.model}` : ''})` : ''}`);
        if (this.lastStatus)
            parts.push(`last status: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(this.lastStatus)}`);
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
        check.fail(`the reply does not match /${spec.expect.source}/${spec.expect.flags}: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(reply).slice(0, 160)}"`);
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
    const first = await (0,_gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .connectGateway */ .Vq)({ ...base, timeoutMs: o.deadline.timeout(o.callTimeoutMs) });
    if (first.hello.scopes.includes('operator.write'))
        return { session: first };
    first.close();
    notes.push('the gateway granted no write scope to the shared token (not a local connection): pairing a device');
    const device = (0,_gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .createDeviceIdentity */ .p)();
    try {
        return { session: await (0,_gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .connectGateway */ .Vq)({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
    }
    catch (err) {
        if (!(err instanceof _gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .GatewayWsError */ .Bf) || err.code !== 'PAIRING_REQUIRED' || typeof err.details['requestId'] !== 'string')
            throw err;
        const requestId = err.details['requestId'];
        if (!o.pairing.approve) {
            await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .rejectPending */ .h_)(o.pairing, requestId).catch(() => undefined);
            throw new _gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .GatewayWsError */ .Bf('the gateway requires device pairing for this runner and pairing is turned off (input pair-devices: false)', 'PAIRING_REQUIRED', {}, 'rejected');
        }
        const cleanup = { ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs };
        try {
            await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .approveOwnPairing */ .eP)(o.pairing, requestId, device.deviceId);
        }
        catch (approveErr) {
            // Do not leave our request in the operator's pending list.
            await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .rejectPending */ .h_)(cleanup, requestId).catch(() => undefined);
            throw approveErr;
        }
        notes.push('device paired through device.pair.approve');
        try {
            return { session: await (0,_gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .connectGateway */ .Vq)({ ...base, device, timeoutMs: o.deadline.timeout(o.callTimeoutMs) }), device };
        }
        catch (err2) {
            await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .removeDevice */ .Ls)(cleanup, device.deviceId).catch(() => undefined);
            throw err2;
        }
    }
}
/** The chat check over the gateway's WebSocket chat API. Never throws. */
async function chatViaApi(o) {
    const check = new _status_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckBuilder */ .ur('chat');
    check.data['via'] = 'api';
    const notes = [];
    const agentId = o.spec.agentId ?? o.defaultAgentId ?? 'main';
    const sessionKey = `agent:${agentId}:clawfleet-smoke-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    let session;
    let device;
    let runId;
    let finished = false;
    const observer = new RunObserver(() => runId, sessionKey);
    const failureLimit = o.spec.providerFailureLimit ?? DEFAULT_PROVIDER_FAILURE_LIMIT;
    let unwatch;
    try {
        ({ session, device } = await openChatSession(o, notes));
        session.onEvent((e) => observer.observe(e));
        const sentAt = performance.now();
        const chatBudget = () => Math.max(1, Math.min(o.spec.timeoutMs - (performance.now() - sentAt), o.deadline.remaining()));
        const sent = await session.call('chat.send', { sessionKey, message: o.spec.prompt, idempotencyKey: (0,_gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .newIdempotencyKey */ .NO)() }, { timeoutMs: o.deadline.timeout(o.callTimeoutMs), signal: o.deadline.signal });
        if (typeof sent?.runId !== 'string')
            throw new _gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .GatewayWsError */ .Bf(`chat.send returned no runId (status ${String(sent?.status)})`, 'PROTOCOL', {}, 'protocol');
        runId = sent.runId;
        let reply;
        const waitMs = Math.floor(chatBudget());
        const waitCall = session.call('agent.wait', { runId, timeoutMs: waitMs }, { timeoutMs: waitMs + 5_000, signal: o.deadline.signal }).then((waited) => ({ kind: 'waited', waited }), (error) => (error instanceof _gateway_ws_js__WEBPACK_IMPORTED_MODULE_2__/* .GatewayWsError */ .Bf && error.kind === 'timeout' ? { kind: 'waited', waited: { status: 'timeout' } } : { kind: 'failed', error }));
        const providerStop = new Promise((resolveStop) => {
            const look = () => {
                const verdict = observer.providerVerdict(failureLimit);
                if (verdict)
                    resolveStop({ kind: 'provider', verdict });
            };
            unwatch = observer.onChange(look);
            look(); // events may have arrived before chat.send answered
        });
        const outcome = await Promise.race([waitCall, providerStop]);
        const elapsed = performance.now() - sentAt;
        if (outcome.kind === 'failed')
            throw outcome.error;
        if (outcome.kind === 'provider') {
            check.fail(outcome.verdict);
            check.data['latencyMs'] = Math.round(elapsed);
            check.data['providerError'] = { attempts: observer.providerFailures, ...(observer.provider ? { provider: observer.provider } : {}), ...(observer.model ? { model: observer.model } : {}), ...(observer.failoverReason ? { reason: observer.failoverReason } : {}) };
        }
        else if (outcome.waited.status === 'ok') {
            finished = true;
            const waited = outcome.waited;
            reply = typeof waited.terminalReply?.text === 'string' ? waited.terminalReply.text : observer.replyText;
            judgeReply(check, reply, o.spec, elapsed);
        }
        else if (outcome.waited.status === 'timeout' || outcome.waited.status === 'pending') {
            judgeReply(check, undefined, { ...o.spec, timeoutMs: Math.min(o.spec.timeoutMs, elapsed) }, elapsed, observer.explain());
        }
        else {
            finished = true;
            const err = typeof outcome.waited.error === 'string' ? outcome.waited.error : observer.lastError;
            check.fail(`the agent run ended with status "${String(outcome.waited.status)}"${err ? `: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(err)}` : ''}`);
            check.data['latencyMs'] = Math.round(elapsed);
        }
    }
    catch (err) {
        const d = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(err, o.deadline.signal);
        check.fail(`${d.kind}: ${d.message}${observer.explain()}`);
    }
    finally {
        unwatch?.();
        if (session) {
            // Stop a run that is still retrying against a dead model, then drop the smoke session.
            const cleanupMs = Math.min(5_000, o.callTimeoutMs);
            if (runId && !finished)
                await session.call('chat.abort', { sessionKey, runId }, { timeoutMs: cleanupMs }).catch(() => undefined);
            await session.call('sessions.delete', { key: sessionKey, deleteTranscript: true }, { timeoutMs: cleanupMs }).catch(() => undefined);
            session.close();
        }
        if (device) {
            const removed = await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .removeDevice */ .Ls)({ ...o.pairing, timeoutMs: () => o.callTimeoutMs, signal: undefined }, device.deviceId).catch((err) => `not removed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(err.message)}`);
            notes.push(`device ${removed === 'removed' || removed === 'absent' ? 'removed again (device.pair.remove)' : removed}`);
            if (removed !== 'removed' && removed !== 'absent')
                check.warn(`the paired smoke-test device could not be removed: ${removed}`);
        }
    }
    if (notes.length)
        check.data['notes'] = notes;
    return check.build(`"${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(String(check.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(check.data['latencyMs']) || 0) / 1000).toFixed(1)} s`);
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
            await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_3__/* .removeDevice */ .Ls)({ ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs }, device.deviceId).catch(() => undefined);
    }
}


/***/ }),

/***/ 63393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   m: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
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


/***/ }),

/***/ 19346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63393);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77933);
/**
 * One way to describe any failure the smoke checks meet (gateway client errors, our own HTTP errors, the
 * instance deadline, Playwright errors), as a kind plus a one-line message without secrets or URLs with
 * fragments. The kind decides what the report says first: `timeout`, `unauthorized`, `unreachable`, …
 */



const KNOWN = new Set(['timeout', 'unauthorized', 'unreachable', 'tls', 'not-enabled', 'unavailable', 'rejected', 'protocol']);
/** Classifies an error thrown while checking an instance. `signal` is the instance's (deadline) signal. */
function describeFailure(err, signal) {
    if (signal?.aborted && signal.reason instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineExceeded */ .m)
        return { kind: 'timeout', message: signal.reason.message };
    if (err instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineExceeded */ .m)
        return { kind: 'timeout', message: err.message };
    if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_2__/* .NetError */ .Ay) {
        const kind = err.kind === 'aborted' ? 'timeout' : err.kind === 'protocol' ? 'protocol' : err.kind;
        return { kind, message: err.message };
    }
    const k = err?.kind;
    const message = shortenGatewayMessage(err, oneLine((0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)));
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


/***/ }),

/***/ 40926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ GatewayWsError),
/* harmony export */   NO: () => (/* binding */ newIdempotencyKey),
/* harmony export */   Vq: () => (/* binding */ connectGateway),
/* harmony export */   p: () => (/* binding */ createDeviceIdentity)
/* harmony export */ });
/* unused harmony exports PROTOCOL_VERSION, deviceAuthPayload, formatDuration, DEFAULT_CLIENT, wsUrlOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ws__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52977);
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
    const { publicKey, privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { deviceId: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
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
        const ws = new ws__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay(wsUrlOf(opts.url), { headers: opts.headers ?? {}, handshakeTimeout: Math.max(1, opts.timeoutMs), maxPayload: 64 * 1024 * 1024 });
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
                if (ws.readyState !== ws__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.OPEN)
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
                        signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, Buffer.from(payload, 'utf8'), opts.device.privateKey).toString('base64url'),
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}


/***/ }),

/***/ 77933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ NetError),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   lx: () => (/* binding */ httpGet)
/* harmony export */ });
/* unused harmony exports classifyNetError, withTimeout */
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


/***/ }),

/***/ 13417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ removeDevice),
/* harmony export */   RR: () => (/* binding */ PairingError),
/* harmony export */   eP: () => (/* binding */ approveOwnPairing),
/* harmony export */   h_: () => (/* binding */ rejectPending)
/* harmony export */ });
/* unused harmony export parsePairList */
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

//# sourceMappingURL=9683.index.js.map