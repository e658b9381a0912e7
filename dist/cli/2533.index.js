export const id = 2533;
export const ids = [2533];
export const modules = {

/***/ 12533:
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
// EXTERNAL MODULE: ./src/smoke/chat.ts
var chat = __webpack_require__(58787);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/smoke/errors.ts
var errors = __webpack_require__(19346);
// EXTERNAL MODULE: ./src/smoke/http.ts
var http = __webpack_require__(77933);
// EXTERNAL MODULE: ./src/smoke/pairing.ts
var pairing = __webpack_require__(13417);
// EXTERNAL MODULE: ./src/smoke/status.ts
var smoke_status = __webpack_require__(66751);
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
    return { kind: 'rejected', text: `the gateway refused the UI connection: ${code}: ${(0,errors/* oneLine */.TN)(message)}` };
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
    observer = new chat/* RunObserver */.C8(() => this.chatRunId);
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
        page.on('pageerror', (e) => this.pageErrors.push((0,errors/* oneLine */.TN)(`${e.name}: ${e.message}`)));
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
        const p = (0,pairing/* approveOwnPairing */.eP)(o.pairing, requestId, deviceId).then((r) => {
            approvedBy = r.approvedVia ?? 'owner';
            approvedDevice = deviceId;
            notes.push('browser paired through device.pair.approve (non-local origin)');
            return undefined;
        }, (err) => {
            pairingFailure = err instanceof pairing/* PairingError */.RR ? err.message : (0,errors/* describeFailure */.Ic)(err).message;
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
            throw new Error(`opening ${(0,http/* displayUrl */.Qy)(base + path)} failed: ${(0,errors/* oneLine */.TN)(err.message).replace(/navigating to "[^"]*"/, 'navigating')}`);
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
            ui.warn(`no screenshot: ${(0,errors/* oneLine */.TN)(err.message)}`);
        }
    }
    catch (err) {
        const d = (0,errors/* describeFailure */.Ic)(err, o.deadline.signal);
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
        ui.fail(`${consoleErrors.length} console error(s): ${unique(consoleErrors.map((c) => `"${(0,errors/* oneLine */.TN)(c.text).slice(0, 200)}"`)).slice(0, 3).join('; ')}`);
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
        const r = await (0,pairing/* removeDevice */.Ls)(cleanupDeps, deviceToRemove).catch((err) => `not removed (${(0,errors/* describeFailure */.Ic)(err).message})`);
        if (r === 'removed' || r === 'absent')
            notes.push('browser device removed (device.pair.remove)');
        else
            ui.warn(`the browser's paired-device record could not be removed: ${r}`);
    }
    else if (monitor.connectError?.code === 'PAIRING_REQUIRED' && typeof monitor.connectError.details['requestId'] === 'string' && !approvedBy) {
        await (0,pairing/* rejectPending */.h_)(cleanupDeps, monitor.connectError.details['requestId']).catch(() => undefined);
    }
    const chatResult = chatCheck;
    if (chatStarted && o.cleanupSession) {
        const done = monitor.observer.finished || chatResult?.failed === false;
        notes.push(await o.cleanupSession(sessionKey, done ? undefined : monitor.chatRunId).catch((err) => `chat session not deleted: ${(0,errors/* describeFailure */.Ic)(err).message}`));
    }
    ui.data['cleanupMs'] = Math.round(performance.now() - cleanupStarted);
    if (notes.length)
        ui.data['notes'] = notes;
    const checks = [ui.build(`Connected in ${((Number(ui.data['connectMs']) || 0) / 1000).toFixed(1)} s, no console errors or failed loads`)];
    if (chatResult) {
        checks.push(chatResult.build(`"${(0,errors/* oneLine */.TN)(String(chatResult.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(chatResult.data['latencyMs']) || 0) / 1000).toFixed(1)} s (UI)`));
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
        check.fail(`could not send the prompt in the UI: ${(0,errors/* describeFailure */.Ic)(err, deadline.signal).message}`);
        return;
    }
    const sentAt = performance.now();
    const budget = Math.min(spec.timeoutMs, deadline.remaining());
    let finishedAt;
    let matchedAt;
    let reply;
    let stableSince;
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
            const text = after.join('\n');
            if (text !== reply)
                stableSince = elapsed;
            reply = text;
            // The reply streams in: once it matches, keep reading until the run is over AND the transcript shows
            // the whole reply — the text the gateway sent (the page's own WebSocket frames), or, when the UI
            // renders it differently (markdown), no change for 1.5 s — at most 5 s more. The run's end reaches
            // the page before its last chunk is rendered (measured: "PONG fro" read at the lifecycle end).
            if (spec.expect.test(reply)) {
                matchedAt ??= elapsed;
                const sent = monitor.observer.replyText.trim();
                const whole = (sent !== '' && reply.includes(sent)) || (stableSince !== undefined && elapsed - stableSince >= 1_500);
                if ((finishedAt !== undefined && whole) || elapsed - matchedAt > 5_000)
                    break;
            }
        }
        // The model keeps failing (see chat.ts): say why now instead of waiting out the agent's retries.
        const verdict = matchedAt === undefined ? monitor.observer.providerVerdict(spec.providerFailureLimit ?? chat/* DEFAULT_PROVIDER_FAILURE_LIMIT */.Ds) : undefined;
        if (verdict) {
            check.fail(verdict);
            check.data['latencyMs'] = Math.round(elapsed);
            return;
        }
        // After the run is over, give the transcript 3 s to render the final row.
        if ((finishedAt !== undefined && elapsed - finishedAt > 3_000) || elapsed >= budget || deadline.expired)
            break;
        await sleep(250);
    }
    const elapsed = matchedAt ?? performance.now() - sentAt;
    if (reply !== undefined || finishedAt === undefined) {
        (0,chat/* judgeReply */.uQ)(check, reply, { ...spec, timeoutMs: budget }, elapsed, reply === undefined ? monitor.observer.explain() : '');
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


const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
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
            if (isObj(entry) && typeof entry['alias'] === 'string' && entry['alias'].trim() === r && key.includes('/')) {
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
    if (isObj(value)) {
        const primary = typeof value['primary'] === 'string' ? value['primary'] : undefined;
        const fallbacks = Array.isArray(value['fallbacks']) ? value['fallbacks'].filter((x) => typeof x === 'string') : [];
        return { ...(primary ? { primary } : {}), fallbacks };
    }
    return { fallbacks: [] };
}
/** The agents to check: those the gateway runs (health RPC) plus those the config lists; `main` when none. */
function agentsOf(config, agentIds) {
    const cfg = isObj(config) ? config : {};
    const agents = isObj(cfg['agents']) ? cfg['agents'] : {};
    const entries = isObj(agents['entries']) ? agents['entries'] : {};
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
    const cfg = isObj(config) ? config : {};
    const agents = isObj(cfg['agents']) ? cfg['agents'] : {};
    const defaults = isObj(agents['defaults']) ? agents['defaults'] : {};
    const entries = isObj(agents['entries']) ? agents['entries'] : {};
    const uses = [];
    for (const agentId of agentsOf(config, agentIds)) {
        const entry = isObj(entries[agentId]) ? entries[agentId] : {};
        const aliasMaps = [entry['models'], defaults['models']].filter(isObj);
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
    const p = isObj(payload) ? payload : {};
    const providers = [];
    for (const raw of Array.isArray(p['providers']) ? p['providers'] : []) {
        if (!isObj(raw) || typeof raw['provider'] !== 'string')
            continue;
        const expiry = isObj(raw['expiry']) ? raw['expiry'] : undefined;
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
        if (!isObj(raw) || typeof raw['provider'] !== 'string')
            continue;
        capabilities.push({
            provider: raw['provider'],
            ...(typeof raw['apiKeySupported'] === 'boolean' ? { apiKeySupported: raw['apiKeySupported'] } : {}),
            ...(Array.isArray(raw['loginOptions']) ? { loginOptions: raw['loginOptions'] } : {}),
        });
    }
    const unavailable = isObj(p['unavailable'])
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
    const s = isObj(status) ? status : {};
    const list = Array.isArray(s['degradedSecretOwners']) ? s['degradedSecretOwners'] : [];
    return list.filter(isObj).map((o) => ({
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
            const d = (0,errors/* describeFailure */.Ic)(err, input.signal);
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

// EXTERNAL MODULE: ./src/smoke/deadline.ts
var smoke_deadline = __webpack_require__(63393);
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
        const d = (0,errors/* describeFailure */.Ic)(err, deadline.signal);
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
            if ((0,errors/* isTerminal */.Hd)(d.kind))
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
            if ((0,errors/* isTerminal */.Hd)(d.kind))
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
            if ((0,errors/* isTerminal */.Hd)(d.kind))
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
            if ((0,errors/* isTerminal */.Hd)(d.kind))
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
            if ((0,errors/* isTerminal */.Hd)(d.kind))
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
        const d = (0,errors/* describeFailure */.Ic)(err, deadline.signal);
        if ((0,errors/* isTerminal */.Hd)(d.kind))
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
        page = await (0,http/* httpGet */.lx)(pageUrl, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, headers: { accept: 'text/html' }, maxBytes: 2 * 1024 * 1024 });
    }
    catch (err) {
        const d = (0,errors/* describeFailure */.Ic)(err, deadline.signal);
        ui.fail(`${d.kind}: the Control UI page could not be fetched: ${d.message}`);
        ui.data['failure'] = d.kind;
        return { checks: [ui.build(''), (0,smoke_status/* skippedCheck */.nT)('cache-headers', `skipped: ${d.kind} (see ui-http)`)], facts };
    }
    ui.data['httpStatus'] = page.status;
    ui.data['pageMs'] = Math.round(page.elapsedMs);
    if (page.status >= 300 && page.status < 400) {
        const loc = page.headers.get('location');
        ui.fail(`the Control UI page redirects (HTTP ${page.status}) to ${loc ? (0,http/* displayUrl */.Qy)(new URL(loc, pageUrl)) : 'nowhere'}: a login page or proxy is in front of the gateway — a redirect is not a working UI`);
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
        ui.fail(`the page at ${(0,http/* displayUrl */.Qy)(pageUrl)} is not the OpenClaw Control UI (${type || 'no content type'}${title ? `, title "${title}"` : ''}${buildId ? '' : ', no build id'})`);
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
            const r = await (0,http/* httpGet */.lx)(asset, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, discardBody: true });
            if (r.status !== 200)
                broken.push(`${new URL(asset).pathname} → HTTP ${r.status}`);
        }
        catch (err) {
            const d = (0,errors/* describeFailure */.Ic)(err, deadline.signal);
            broken.push(`${new URL(asset).pathname} → ${d.kind}`);
        }
    })));
    ui.data['assets'] = facts.assets.length;
    if (broken.length) {
        ui.fail(`${broken.length} of ${facts.assets.length} UI bundle file(s) do not load, the page would not start: ${broken.slice(0, 4).join('; ')}${broken.length > 4 ? '; …' : ''}`);
        ui.data['brokenAssets'] = broken;
    }
    if (deadline.expired)
        ui.fail((0,errors/* describeFailure */.Ic)(deadline.signal.reason, deadline.signal).message);
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

// EXTERNAL MODULE: ./src/smoke/gateway-ws.ts
var gateway_ws = __webpack_require__(40926);
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
            const s = await (0,gateway_ws/* connectGateway */.Vq)({
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
            const key = err instanceof gateway_ws/* GatewayWsError */.Bf ? `${err.kind}: ${err.code}` : `error: ${err.message}`;
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
    // One browser for the whole run, started when the first instance needs it (or the caller's).
    let browserPromise;
    const getBrowser = () => {
        if (!opts.browserPath)
            throw new Error('no browser');
        if (opts.sharedBrowser)
            return opts.sharedBrowser;
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
    const deadline = new smoke_deadline/* Deadline */.B(opts.timeoutMs, opts.signal);
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
            // The chat over the API does not need the page: it runs while the browser check does (each mostly
            // waits on the gateway or the browser, so side by side they take the time of the longer one).
            const apiChat = opts.chat?.via === 'api' && !blockedWhy ? (0,chat/* chatViaApi */.r4)({ ...chatBase, spec: opts.chat }) : undefined;
            if (opts.browserPath && screenshot && opts.screenshotsDir) {
                if (deadline.expired)
                    checks.push((0,smoke_status/* skippedCheck */.nT)('control-ui', (0,errors/* describeFailure */.Ic)(deadline.signal.reason, deadline.signal).message));
                else {
                    let browser;
                    try {
                        browser = await getBrowser();
                    }
                    catch (err) {
                        checks.push({ name: 'control-ui', status: 'fail', summary: (0,errors/* describeFailure */.Ic)(err).message, reasons: [(0,errors/* describeFailure */.Ic)(err).message], durationMs: 0 });
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
                            ...(opts.chat?.via === 'ui' && !blockedWhy ? { chat: opts.chat, cleanupSession: (key, runId) => (0,chat/* cleanupSmokeSession */.gh)(chatBase, key, runId) } : {}),
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
            if (apiChat)
                checks.push(await apiChat);
            else if (opts.chat && !checks.some((c) => c.name === 'chat')) {
                if (blockedWhy)
                    checks.push((0,smoke_status/* skippedCheck */.nT)('chat', blockedWhy));
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
        const d = (0,errors/* describeFailure */.Ic)(err, deadline.signal);
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


/***/ })

};

//# sourceMappingURL=2533.index.js.map