export const id = 4455;
export const ids = [4455,4712,9120];
export const modules = {

/***/ 59120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsInputReader: () => (/* binding */ actionsInputReader),
/* harmony export */   createInputs: () => (/* binding */ createInputs),
/* harmony export */   invalidValueMessage: () => (/* binding */ invalidValueMessage),
/* harmony export */   quoteValue: () => (/* binding */ quoteValue)
/* harmony export */ });
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
/* harmony import */ var _smoke_chat_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58787);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59120);
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
    ChatProviderFailures: 'chat-provider-failures',
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_8__.invalidValueMessage)(Input.Expect, raw, 'Flags after the closing / may only be i, m, s and u (e.g. /pong/i).'));
    try {
        return new RegExp(source, flags);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_8__.invalidValueMessage)(Input.Expect, raw, `It is not a valid regular expression (${err.message}).`));
    }
}
/**
 * Reads and checks every input. `env` is the step environment: tokens arrive there (each instance's
 * `tokenEnv`), never as inputs.
 */
function getInputs(read, env, registry) {
    const inputs = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_8__.createInputs)(read);
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
    const providerFailureLimit = inputs.getInt(Input.ChatProviderFailures, { default: _smoke_chat_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_PROVIDER_FAILURE_LIMIT */ .Ds, min: 0, max: 20 });
    const chatAgent = inputs.getOptional(Input.ChatAgent);
    if (chatAgent && !/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(chatAgent))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_8__.invalidValueMessage)(Input.ChatAgent, chatAgent, 'Expected an agent id (lower-case letters, digits, _ and -).'));
    if (prompt && chatTimeoutMs >= timeoutMs) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${Input.ChatTimeoutSeconds}' (${chatTimeoutMs / 1000}) must be below '${Input.TimeoutSeconds}' (${timeoutMs / 1000}), the budget of the whole instance.`);
    }
    const ignoreConsole = inputs.getList(Input.IgnoreConsoleErrors, { separator: 'newline' }).map((p) => {
        try {
            return new RegExp(p);
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_8__.invalidValueMessage)(Input.IgnoreConsoleErrors, p, `Each line must be a regular expression (${err.message}).`));
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
        ...(prompt ? { chat: { prompt, expect: expectRaw ? parseExpect(expectRaw) : /\S/, via: chatVia, timeoutMs: chatTimeoutMs, providerFailureLimit, ...(chatAgent ? { agentId: chatAgent } : {}) } } : {}),
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

//# sourceMappingURL=4455.index.js.map