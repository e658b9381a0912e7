export const id = 9536;
export const ids = [9536,4712];
export const modules = {

/***/ 89536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCleanRef: () => (/* binding */ checkCleanRef),
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _config_located_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21564);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43807);
/* harmony import */ var _fleet_merge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44712);
/* harmony import */ var _fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66868);
/* harmony import */ var _validate_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80575);
/* harmony import */ var _validate_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58107);
/**
 * Preflight of a deployment (issue #4 step 1), everything that must hold BEFORE the first RPC:
 * the config validates (fast engine by default, exact when asked) with deploy-time env rules, the inventory
 * parses, the selector and the exclusions name real instances, every selected instance's token is set, and
 * (when asked) the checkout is a clean tag. Any problem is a UserError naming the file:line or the input.
 *
 * The desired config handed to the engine is the loader's `authored` tree — includes merged, `${VAR}` left
 * verbatim (see plan.ts for why that is what the gateway must store).
 */










const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Validates and loads everything a deployment needs (see module doc). */
async function preflight(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const env = opts.env ?? process.env;
    const envMode = opts.envMode ?? 'warn';
    const validation = await (0,_validate_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validateFiles */ .kc)([opts.configFile], { engine: opts.engine ?? 'fast', envMode, env, cwd });
    if ((0,_validate_format_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailed */ .C5)(validation)) {
        const text = (0,_validate_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatReport */ .CI)(validation, { color: false }).trimEnd();
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config does not validate; nothing was deployed:\n${text}`, firstLocation(validation));
    }
    const load = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z)(opts.configFile, { env, envMode, cwd });
    if (!load.authored || load.issues.length > 0) {
        const i = load.issues[0];
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config could not be loaded: ${i ? `${i.file}:${i.line}:${i.column}: ${i.message}` : 'unknown error'}`, i ? { file: i.file, line: i.line, column: i.column } : undefined);
    }
    const config = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_4__/* .toPlain */ .Ul)(load.authored);
    if (!(0,_fleet_merge_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Q)(config))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config ${opts.configFile} is not an object`);
    const inventory = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.loadInventory)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.inventoryFile), { ...(opts.hostAllowlist ? { hostAllowlist: opts.hostAllowlist } : {}) });
    const selectedAll = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.selectInstances)(inventory, opts.selector);
    const excludeIds = [...new Set((opts.exclude ?? []).map((s) => s.trim()).filter(Boolean))];
    const known = new Set(inventory.instances.map((i) => i.id));
    const unknown = excludeIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The value '${unknown.join(', ')}' is not valid for 'exclude': no instance has that id in ${opts.inventoryFile}.`);
    const excluded = selectedAll.filter((i) => excludeIds.includes(i.id)).map((spec) => ({ spec, reason: 'excluded by the exclude input' }));
    const selected = selectedAll.filter((i) => !excludeIds.includes(i.id));
    if (selected.length === 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('every selected instance is excluded: nothing to deploy');
    const tokens = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.resolveTokens)({ file: inventory.file, instances: selected }, env);
    for (const t of tokens.values())
        opts.secrets?.add(t);
    const root = opts.repoRoot ?? cwd;
    const rel = (f) => {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(f) ? f : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, f);
        const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
        return r.startsWith('..') ? abs : r.split('\\').join('/');
    };
    const source = { ...(opts.source ?? {}), entry: rel(opts.configFile), files: load.files.map(rel) };
    return { config, source, validation, inventory, selected, excluded, tokens };
}
function firstLocation(report) {
    for (const f of report.files) {
        const i = f.issues.find((x) => x.severity === 'error') ?? f.lint.find((x) => x.severity === 'error');
        if (i)
            return { file: i.file, line: i.line, column: i.column };
    }
    return undefined;
}
/**
 * `require-clean-ref`: production deploys come from a tag and a clean checkout ("prod must be clean").
 * `ref` is GITHUB_REF when in a workflow; otherwise HEAD must sit exactly on a tag.
 */
async function checkCleanRef(opts) {
    // Only the end is trimmed: porcelain lines start with a status column that may be a space.
    const git = async (args) => (await exec('git', ['-c', `safe.directory=${opts.cwd}`, '-C', opts.cwd, ...args], { encoding: 'utf8' })).stdout.trimEnd();
    let tag;
    if (opts.ref) {
        if (!opts.ref.startsWith('refs/tags/')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: require-clean-ref is on and this run is for ${opts.ref}, not a tag. Fix: dispatch the workflow on a release tag (refs/tags/…).`);
        }
        tag = opts.ref.slice('refs/tags/'.length);
    }
    else {
        try {
            tag = await git(['describe', '--exact-match', '--tags', 'HEAD']);
        }
        catch {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('prod must be clean: require-clean-ref is on and HEAD is not exactly on a tag. Fix: check out a release tag.');
        }
    }
    let status;
    try {
        status = await git(['status', '--porcelain', '--untracked-files=normal']);
    }
    catch (e) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: cannot read the git status of ${opts.cwd} (${e.message.split('\n')[0]}). Fix: run from a git checkout.`);
    }
    if (status !== '') {
        const files = status.split('\n').slice(0, 10).map((l) => l.slice(3));
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: the checkout has uncommitted changes (${files.join(', ')}${status.split('\n').length > 10 ? ', …' : ''}). Fix: deploy exactly what the tag holds.`);
    }
    return { tag };
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

//# sourceMappingURL=9536.index.js.map