export const id = 5473;
export const ids = [5473,4712,9120];
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

/***/ 67384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Input: () => (/* binding */ Input),
/* harmony export */   Output: () => (/* binding */ Output),
/* harmony export */   State: () => (/* binding */ State),
/* harmony export */   getInputs: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _fleet_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66868);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59120);
/**
 * Typed inputs of provision-auth-profiles, parsed strictly before any side effect. Every cross-field rule
 * lives here so a bad combination fails before a file is read or a gateway contacted.
 */





/** Input names, once (kebab-case, as in action.yml). */
const Input = {
    Config: 'config',
    Profiles: 'profiles',
    Mode: 'mode',
    StateDir: 'state-dir',
    GatewayConfig: 'gateway-config',
    Openclaw: 'openclaw',
    GatewayUrl: 'gateway-url',
    GatewayTokenEnv: 'gateway-token-env',
    Inventory: 'inventory',
    Instances: 'instances',
    Restart: 'restart',
    OpenclawVersion: 'openclaw-version',
    LegacyBelow: 'legacy-auth-profiles-below',
    RemoteConfig: 'remote-config',
    Verify: 'verify',
    RequireReady: 'require-ready',
    DryRun: 'dry-run',
    TimeoutSeconds: 'timeout-seconds',
};
const Output = {
    Ready: 'ready',
    Changed: 'changed',
    ReportFile: 'report-file',
    RestartRequired: 'restart-required',
};
const State = {
    Staged: 'staged',
};
const DEFAULT_TOKEN_ENV = 'OPENCLAW_GATEWAY_TOKEN';
const TOKEN_ENV = /^[A-Z_][A-Z0-9_]*$/;
function expandHome(p) {
    return p === '~' ? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)() : p.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), p.slice(2)) : p;
}
/**
 * Reads and checks every input. Gateway tokens are registered with `registry` the moment they are read.
 * `env` is the step environment (secrets arrive there, never as inputs).
 */
function getInputs(read, env, registry) {
    const inputs = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__.createInputs)(read);
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const inWorkspace = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, p));
    const configFile = inWorkspace(inputs.getRequired(Input.Config));
    const mode = inputs.getEnum(Input.Mode, ['local', 'remote'], 'local');
    const profiles = read(Input.Profiles) ?? '';
    const stateRaw = inputs.getOptional(Input.StateDir) ?? env['OPENCLAW_STATE_DIR'] ?? '~/.openclaw';
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(expandHome(stateRaw));
    const gatewayConfigFile = inWorkspace(expandHome(inputs.getOptional(Input.GatewayConfig) ?? configFile));
    const openclaw = inputs.getOptional(Input.Openclaw) ?? 'openclaw';
    const restart = inputs.getEnum(Input.Restart, ['auto', 'never'], 'auto');
    const openclawVersion = inputs.getOptional(Input.OpenclawVersion);
    if (openclawVersion !== undefined && !/^\d{4}\.\d{1,2}\.\d{1,3}(-[0-9A-Za-z.-]+)?$/.test(openclawVersion)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__.invalidValueMessage)(Input.OpenclawVersion, openclawVersion, 'Expected an OpenClaw version such as 2026.9.6.'));
    }
    const legacyBelow = inputs.getOptional(Input.LegacyBelow);
    const remoteConfig = inputs.getEnum(Input.RemoteConfig, ['require', 'patch'], 'require');
    const verify = inputs.getBoolean(Input.Verify, true);
    const requireReady = inputs.getBoolean(Input.RequireReady, true);
    const dryRun = inputs.getBoolean(Input.DryRun, false);
    const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 180, min: 10, max: 3600 }) * 1000;
    const url = inputs.getOptional(Input.GatewayUrl);
    const inventoryFile = inputs.getOptional(Input.Inventory);
    const selector = inputs.getOptional(Input.Instances);
    const tokenEnvInput = inputs.getOptional(Input.GatewayTokenEnv);
    if (url && inventoryFile)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Set either '${Input.GatewayUrl}' or '${Input.Inventory}', not both.`);
    if (selector && !inventoryFile)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${Input.Instances}' selects from an inventory; set '${Input.Inventory}' too.`);
    if (mode === 'remote' && !url && !inventoryFile)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`mode 'remote' needs a gateway: set '${Input.GatewayUrl}' (and '${Input.GatewayTokenEnv}') or '${Input.Inventory}'.`);
    if (tokenEnvInput && !TOKEN_ENV.test(tokenEnvInput))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__.invalidValueMessage)(Input.GatewayTokenEnv, tokenEnvInput, 'Expected the NAME of an environment variable (A-Z, 0-9, _) that holds the token.'));
    if (tokenEnvInput && !url)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${Input.GatewayTokenEnv}' goes with '${Input.GatewayUrl}'; set the URL too.`);
    const gateways = [];
    const tokenEnvs = {};
    if (url) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__.invalidValueMessage)(Input.GatewayUrl, url, 'Expected an http(s) URL such as http://127.0.0.1:18789.'));
        }
        if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__.invalidValueMessage)(Input.GatewayUrl, url, 'Expected an http(s) URL without credentials, such as https://gw.example.com.'));
        }
        const tokenEnv = tokenEnvInput ?? DEFAULT_TOKEN_ENV;
        const token = env[tokenEnv];
        if (!token || !token.trim())
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The gateway token variable ${tokenEnv} is empty or unset. Fix: pass it to this step, e.g. env: ${tokenEnv}: \${{ secrets.${tokenEnv} }} (or name another variable in '${Input.GatewayTokenEnv}').`);
        registry.add(token);
        gateways.push({ id: parsed.host, url: parsed.toString().replace(/\/$/, ''), token });
        tokenEnvs[parsed.host] = tokenEnv;
    }
    if (inventoryFile) {
        const inventory = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_3__.loadInventory)(inWorkspace(inventoryFile));
        const picked = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_3__.selectInstances)(inventory, selector);
        const tokens = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_3__.resolveTokens)({ ...inventory, instances: picked }, env);
        for (const inst of picked) {
            const token = tokens.get(inst.id);
            registry.add(token);
            gateways.push({ id: inst.id, url: inst.url, token });
            tokenEnvs[inst.id] = inst.tokenEnv;
        }
        if (mode === 'local' && gateways.length > 1) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`mode 'local' provisions the one gateway on this host, but the inventory selection has ${gateways.length} instances. Fix: select one with '${Input.Instances}', or use mode: remote`);
        }
    }
    const tempDir = env['RUNNER_TEMP'] && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(env['RUNNER_TEMP']) ? env['RUNNER_TEMP'] : (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
    return {
        configFile,
        profiles,
        mode,
        stateDir,
        gatewayConfigFile,
        openclaw,
        gateways,
        restart,
        openclawVersion,
        legacyBelow,
        remoteConfig,
        verify,
        dryRun,
        tempDir,
        timeoutMs,
        requireReady,
        tokenEnvs,
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

//# sourceMappingURL=5473.index.js.map