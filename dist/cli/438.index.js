export const id = 438;
export const ids = [438];
export const modules = {

/***/ 59120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ createInputs),
/* harmony export */   UF: () => (/* binding */ invalidValueMessage)
/* harmony export */ });
/* unused harmony exports actionsInputReader, quoteValue */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/**
 * Strict input parsers shared by every action adapter (codeql `getRequiredInput`, aws `getBooleanInput`,
 * gradle's enum message). Every parser throws a {@link UserError} that names the input, quotes the value and
 * says what is expected, so a typo fails the step before anything happens instead of quietly becoming a
 * default (`ture` is not `false`).
 *
 * Inputs are read through a {@link InputReader} so the parsers are testable without the runner; the default
 * reader is `@actions/core`'s `getInput` (which trims and maps `name` to `INPUT_NAME`).
 */


/** The runner's inputs (`INPUT_<NAME>` env vars, trimmed). */
const actionsInputReader = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
function quoteValue(value) {
    const oneLine = value.replace(/\r?\n/g, '\\n');
    return oneLine.length > 120 ? `'${oneLine.slice(0, 117)}...'` : `'${oneLine}'`;
}
/** The one message shape for a bad value: `The value 'x' is not valid for 'name'. <expected>` */
function invalidValueMessage(name, value, expected) {
    return `The value ${quoteValue(value)} is not valid for '${name}'. ${expected}`;
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Builds the strict parsers over `read` (default: the runner's inputs). */
function createInputs(read = actionsInputReader) {
    const raw = (name) => (read(name) ?? '').trim();
    const intPattern = /^-?\d+$/;
    const parseIntStrict = (name, value, min, max) => {
        const bounds = describeBounds(min, max);
        if (!intPattern.test(value))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        const n = Number(value);
        if (!Number.isSafeInteger(n))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        }
        return n;
    };
    return {
        getRequired(name) {
            const v = raw(name);
            if (!v)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The input '${name}' is required but was empty. Fix: set it in the step's 'with:' block.`);
            return v;
        },
        getOptional(name) {
            const v = raw(name);
            return v === '' ? undefined : v;
        },
        getBoolean(name, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (TRUE_VALUES.includes(v))
                return true;
            if (FALSE_VALUES.includes(v))
                return false;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, 'Valid values are: [true, false].'));
        },
        getEnum(name, allowed, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (allowed.includes(v))
                return v;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, `Valid values are: [${allowed.join(', ')}].`));
        },
        getInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getOptionalInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return undefined;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getRatio(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            const min = opts.min ?? 0;
            const max = opts.max ?? 1;
            const expected = `Expected a ratio between ${min} and ${max} (e.g. 0.9) or a percentage (e.g. 90%).`;
            const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(v);
            if (!m)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            const n = Number(m[1]) / (m[2] ? 100 : 1);
            if (!Number.isFinite(n) || n < min || n > max)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            return n;
        },
        getList(name, opts) {
            const v = read(name) ?? '';
            const sep = opts?.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
            return v
                .split(sep)
                .map((s) => s.trim())
                .filter((s) => s !== '' && !s.startsWith('#'));
        },
    };
}
function describeBounds(min, max) {
    if (min !== undefined && max !== undefined)
        return ` between ${min} and ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}


/***/ }),

/***/ 97438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Input: () => (/* binding */ Input),
/* harmony export */   Output: () => (/* binding */ Output),
/* harmony export */   getInputs: () => (/* binding */ getInputs),
/* harmony export */   parseExpect: () => (/* binding */ parseExpect)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _fleet_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66868);
/* harmony import */ var _smoke_browser_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72965);
/* harmony import */ var _smoke_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16561);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59120);
/**
 * Typed inputs of smoke-and-browser-test, parsed strictly before anything is contacted: the inventory and
 * the selection, every instance's token (registered as a secret the moment it is read), the version pin,
 * the browser, the chat and the limits. Every cross-field rule lives here.
 */








/** Input names, once (kebab-case, as in action.yml). */
const Input = {
    Inventory: 'inventory',
    Instances: 'instances',
    ExpectedVersion: 'expected-version',
    ConfigRepo: 'config-repo',
    Browser: 'browser',
    BrowserPath: 'browser-path',
    InstallBrowser: 'install-browser',
    GoldenPrompt: 'golden-prompt',
    Expect: 'expect',
    ChatVia: 'chat-via',
    ChatAgent: 'chat-agent',
    ChatTimeoutSeconds: 'chat-timeout-seconds',
    TimeoutSeconds: 'timeout-seconds',
    Concurrency: 'concurrency',
    WsConnections: 'ws-connections',
    PairDevices: 'pair-devices',
    IgnoreConsoleErrors: 'ignore-console-errors',
    ScreenshotsDir: 'screenshots-dir',
    FailOn: 'fail-on',
};
const Output = {
    Result: 'result',
    ReportFile: 'report-file',
    ReportDigest: 'report-digest',
    ScreenshotsDir: 'screenshots-dir',
    FailedInstances: 'failed-instances',
    DegradedInstances: 'degraded-instances',
};
/**
 * Parses `expect`: `/pattern/flags` (flags from `imsu`), or a bare pattern. An invalid pattern names the
 * input and the engine's complaint.
 */
function parseExpect(raw) {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(raw);
    const source = m ? (m[1] ?? '') : raw;
    const flags = m ? (m[2] ?? '') : '';
    if (/[^imsu]/.test(flags))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .invalidValueMessage */ .UF)(Input.Expect, raw, 'Flags after the closing / may only be i, m, s and u (e.g. /pong/i).'));
    try {
        return new RegExp(source, flags);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .invalidValueMessage */ .UF)(Input.Expect, raw, `It is not a valid regular expression (${err.message}).`));
    }
}
/**
 * Reads and checks every input. `env` is the step environment: tokens arrive there (each instance's
 * `tokenEnv`), never as inputs.
 */
function getInputs(read, env, registry) {
    const inputs = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .createInputs */ .In)(read);
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const inWorkspace = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, p));
    const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `clawfleet-smoke-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    const inventoryFile = inWorkspace(inputs.getRequired(Input.Inventory));
    const selector = inputs.getOptional(Input.Instances);
    const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 180, min: 10, max: 3600 }) * 1000;
    const concurrency = inputs.getInt(Input.Concurrency, { default: 4, min: 1, max: 64 });
    const wsConnections = inputs.getInt(Input.WsConnections, { default: 0, min: 0, max: 1000 });
    const pairDevices = inputs.getBoolean(Input.PairDevices, true);
    const failOn = inputs.getEnum(Input.FailOn, ['failed', 'degraded', 'never'], 'failed');
    const useBrowser = inputs.getBoolean(Input.Browser, true);
    inputs.getBoolean(Input.InstallBrowser, false); // used by the composite step; validated here so a typo fails
    const browserPath = inputs.getOptional(Input.BrowserPath);
    if (browserPath && !useBrowser)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${Input.BrowserPath}' is set but '${Input.Browser}' is false; remove one of them.`);
    const prompt = inputs.getOptional(Input.GoldenPrompt);
    const expectRaw = inputs.getOptional(Input.Expect);
    if (expectRaw && !prompt)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${Input.Expect}' checks the reply to '${Input.GoldenPrompt}'; set the prompt too.`);
    const chatViaRaw = inputs.getEnum(Input.ChatVia, ['auto', 'ui', 'api'], 'auto');
    const chatVia = chatViaRaw === 'auto' ? (useBrowser ? 'ui' : 'api') : chatViaRaw;
    if (prompt && chatVia === 'ui' && !useBrowser)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${Input.ChatVia}: ui' types the prompt into the Control UI and needs '${Input.Browser}: true'; use 'api' without a browser.`);
    const chatTimeoutMs = inputs.getInt(Input.ChatTimeoutSeconds, { default: 90, min: 5, max: 3600 }) * 1000;
    const chatAgent = inputs.getOptional(Input.ChatAgent);
    if (chatAgent && !/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(chatAgent))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .invalidValueMessage */ .UF)(Input.ChatAgent, chatAgent, 'Expected an agent id (lower-case letters, digits, _ and -).'));
    if (prompt && chatTimeoutMs >= timeoutMs) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${Input.ChatTimeoutSeconds}' (${chatTimeoutMs / 1000}) must be below '${Input.TimeoutSeconds}' (${timeoutMs / 1000}), the budget of the whole instance.`);
    }
    const ignoreConsole = inputs.getList(Input.IgnoreConsoleErrors, { separator: 'newline' }).map((p) => {
        try {
            return new RegExp(p);
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .invalidValueMessage */ .UF)(Input.IgnoreConsoleErrors, p, `Each line must be a regular expression (${err.message}).`));
        }
    });
    const configRepo = inputs.getOptional(Input.ConfigRepo);
    const expectedVersion = (0,_smoke_version_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveExpectedVersion */ .Jk)(inputs.getOptional(Input.ExpectedVersion), configRepo ? inWorkspace(configRepo) : workspace, workspace);
    // Inventory, selection and tokens: all before any network call.
    const inventory = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_4__.loadInventory)(inventoryFile);
    const picked = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_4__.selectInstances)(inventory, selector);
    const tokens = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_4__.resolveTokens)({ ...inventory, instances: picked }, env);
    const targets = picked.map((inst) => {
        const token = tokens.get(inst.id) ?? '';
        registry.add(token);
        return { id: inst.id, url: inst.url, token };
    });
    const browser = useBrowser ? (0,_smoke_browser_js__WEBPACK_IMPORTED_MODULE_5__/* .findBrowser */ .Kz)({ ...(browserPath ? { browserPath } : {}), env }) : undefined;
    const screenshotsDir = inWorkspace(inputs.getOptional(Input.ScreenshotsDir) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, 'screenshots'));
    return {
        inventoryFile,
        targets,
        ...(expectedVersion ? { expectedVersion } : {}),
        ...(browser ? { browser } : {}),
        ...(prompt ? { chat: { prompt, expect: expectRaw ? parseExpect(expectRaw) : /\S/, via: chatVia, timeoutMs: chatTimeoutMs, ...(chatAgent ? { agentId: chatAgent } : {}) } } : {}),
        timeoutMs,
        concurrency,
        wsConnections,
        pairDevices,
        ignoreConsole,
        screenshotsDir,
        reportFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, 'smoke-report.json'),
        failOn,
    };
}


/***/ }),

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

//# sourceMappingURL=438.index.js.map