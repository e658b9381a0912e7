export const id = 6868;
export const ids = [6868];
export const modules = {

/***/ 66868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_TOKEN_ENV: () => (/* binding */ DEFAULT_TOKEN_ENV),
/* harmony export */   ID_PATTERN: () => (/* binding */ ID_PATTERN),
/* harmony export */   INVENTORY_SCHEMA: () => (/* binding */ INVENTORY_SCHEMA),
/* harmony export */   InventoryError: () => (/* binding */ InventoryError),
/* harmony export */   TOKEN_ENV_PATTERN: () => (/* binding */ TOKEN_ENV_PATTERN),
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadInventory: () => (/* binding */ loadInventory),
/* harmony export */   parseInventory: () => (/* binding */ parseInventory),
/* harmony export */   resolveTokens: () => (/* binding */ resolveTokens),
/* harmony export */   selectInstances: () => (/* binding */ selectInstances)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _humanwhocodes_momoa__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93162);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44712);
/**
 * The inventory (fleet file): which gateways exist, where, and how to reach them. JSON5 (`.json5`/`.json`)
 * or YAML (`.yaml`/`.yml`), validated against {@link INVENTORY_SCHEMA} plus the rules a schema cannot say
 * (unique ids, URL shape, host allowlist, metadata addresses). Every problem is reported at once, each with
 * `file:line:col`; nothing is contacted before the whole file is valid and every token env var is set.
 *
 * ```json5
 * {
 *   defaults: { tokenEnv: "OPENCLAW_GATEWAY_TOKEN", overlay: { … } },
 *   instances: [
 *     { id: "gw-a1", url: "http://10.0.0.5:18789", tier: "primary", zone: "az-a", labels: { tenant: "acme" } },
 *     { id: "gw-a2", url: "http://10.0.0.6:18789", tier: "standby", tokenEnv: "GW_A2_TOKEN", overlay: { … } },
 *   ],
 * }
 * ```
 *
 * Defaults: `tier` primary; `tokenEnv` from `defaults.tokenEnv`, else `OPENCLAW_GATEWAY_TOKEN`; `zone` and
 * `labels` from `defaults` (labels merged key by key, the instance wins). `overlay` = `defaults.overlay` then
 * the instance's `overlay`, merged by {@link mergeOverlay} (objects merge, arrays and scalars replace).
 */







const ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,63}$';
const TOKEN_ENV_PATTERN = '^[A-Z_][A-Z0-9_]*$';
const DEFAULT_TOKEN_ENV = 'OPENCLAW_GATEWAY_TOKEN';
const LABEL_KEY_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$';
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const instanceProps = {
    id: { type: 'string', pattern: ID_PATTERN },
    url: { type: 'string', minLength: 1, maxLength: 2048 },
    tier: { enum: ['primary', 'standby'] },
    zone: { type: 'string', minLength: 1, maxLength: 64 },
    labels: {
        type: 'object',
        propertyNames: { pattern: LABEL_KEY_PATTERN },
        additionalProperties: { type: 'string', maxLength: 256 },
    },
    tokenEnv: { type: 'string', pattern: TOKEN_ENV_PATTERN, maxLength: 128 },
    overlay: { type: 'object' },
};
/** JSON schema of the inventory file (draft-07; also usable as `$schema` for editor hints). */
const INVENTORY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'clawfleet inventory',
    type: 'object',
    additionalProperties: false,
    required: ['instances'],
    properties: {
        $schema: { type: 'string' },
        defaults: {
            type: 'object',
            additionalProperties: false,
            properties: {
                tier: instanceProps.tier,
                zone: instanceProps.zone,
                labels: instanceProps.labels,
                tokenEnv: instanceProps.tokenEnv,
                overlay: instanceProps.overlay,
            },
        },
        instances: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['id', 'url'], properties: instanceProps },
        },
    },
};
/** All problems of one inventory file; the message lists each as `file:line:col: path: message`. */
class InventoryError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    issues;
    constructor(file, issues) {
        const lines = issues.map((i) => `  ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(i.location)}: ${i.path === '<root>' ? '' : `${i.path}: `}${i.message}`);
        super(`inventory ${file} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, issues[0]?.location);
        this.name = 'InventoryError';
        this.issues = issues;
    }
}
/** Reads, parses and validates an inventory file. Throws InventoryError (a UserError) listing every problem. */
function loadInventory(file, opts = {}) {
    const allowlist = parseAllowlist(opts.hostAllowlist ?? []);
    const text = readInventoryText(file);
    return parseInventory(text, file, { ...opts, hostAllowlist: allowlist.map((a) => a.raw) });
}
/** Like loadInventory, for text already in memory (`file` names it in messages and picks the format). */
function parseInventory(text, file, opts = {}) {
    const allowlist = parseAllowlist(opts.hostAllowlist ?? []);
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase();
    const isYaml = ext === '.yaml' || ext === '.yml';
    if (!isYaml && ext !== '.json5' && ext !== '.json') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${file}: unknown file type "${ext || '(none)'}"; use .json5, .json, .yaml or .yml`);
    }
    const doc = isYaml ? parseYaml(text, file) : parseJson5(text, file);
    if (doc.issues.length > 0)
        throw new InventoryError(file, doc.issues);
    const issues = [];
    const add = (path, message, what = 'value') => issues.push({ path: formatPath(path), message, location: doc.locate(path, what) });
    for (const e of schemaErrors(doc.value))
        add(e.path, e.message, e.what);
    // The rules a schema cannot say run on whatever is well-formed, so one run reports every problem.
    const rootObj = (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(doc.value) ? doc.value : {};
    const rawInstances = Array.isArray(rootObj['instances']) ? rootObj['instances'] : undefined;
    if (rawInstances && rawInstances.length === 0)
        add(['instances'], 'is empty: list at least one gateway');
    const rawDefaults = (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(rootObj['defaults']) ? rootObj['defaults'] : undefined;
    if (rawDefaults && (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(rawDefaults['overlay']))
        checkOverlayKeys(rawDefaults['overlay'], ['defaults', 'overlay'], add);
    const firstById = new Map();
    (rawInstances ?? []).forEach((inst, i) => {
        if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(inst))
            return;
        const id = inst['id'];
        if (typeof id === 'string') {
            const prev = firstById.get(id);
            if (prev !== undefined) {
                add(['instances', i, 'id'], `"${id}" is a duplicate: first used at ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(doc.locate(['instances', prev, 'id']))} (instances[${prev}])`);
            }
            else {
                firstById.set(id, i);
            }
        }
        if (typeof inst['url'] === 'string') {
            const urlProblem = checkUrl(inst['url'], allowlist);
            if (urlProblem)
                add(['instances', i, 'url'], urlProblem);
        }
        if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(inst['overlay']))
            checkOverlayKeys(inst['overlay'], ['instances', i, 'overlay'], add);
    });
    if (issues.length > 0) {
        issues.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
        throw new InventoryError(file, issues);
    }
    const root = doc.value;
    const d = root.defaults ?? {};
    const instances = root.instances.map((inst, i) => {
        const overlay = d.overlay || inst.overlay ? (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeOverlay */ .$)({}, d.overlay, inst.overlay) : undefined;
        const zone = inst.zone ?? d.zone;
        return {
            id: inst.id,
            url: inst.url.replace(/\/+$/, ''),
            tier: inst.tier ?? d.tier ?? 'primary',
            ...(zone !== undefined ? { zone } : {}),
            labels: { ...(d.labels ?? {}), ...(inst.labels ?? {}) },
            tokenEnv: inst.tokenEnv ?? d.tokenEnv ?? DEFAULT_TOKEN_ENV,
            ...(overlay ? { overlay } : {}),
            source: doc.locate(['instances', i]),
        };
    });
    return { file, instances };
}
function readInventoryText(file) {
    let size;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (!st.isFile())
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${file} is not a regular file`);
        size = st.size;
    }
    catch (e) {
        if (e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo)
            throw e;
        const code = e.code;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${file} cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'error'}); pass the path of your fleet file`);
    }
    if (size > MAX_FILE_BYTES)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${file} is ${size} bytes; the limit is ${MAX_FILE_BYTES}`);
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${file} is not valid UTF-8`, { file, line: 1, column: 1 });
    }
}
// ---------------------------------------------------------------------------------------------------------
// JSON5 (momoa gives positions; the value is built from its tree, so both always agree)
function parseJson5(text, file) {
    const locs = new Map();
    const issues = [];
    const at = (l) => ({ file, line: l.line, column: l.column });
    const fileStart = { file, line: 1, column: 1 };
    const locate = (path, what = 'value') => {
        for (let n = path.length; n >= 0; n--) {
            const l = locs.get(pathKey(path.slice(0, n)));
            if (l)
                return (what === 'key' && n === path.length && l.key) || l.value;
        }
        return fileStart;
    };
    if (text.trim() === '') {
        return { value: undefined, locate, issues: [{ path: '<root>', message: 'file is empty: expected an object with "instances"', location: fileStart }] };
    }
    let ast;
    try {
        ast = (0,_humanwhocodes_momoa__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { mode: 'json5', ranges: false, tokens: false });
    }
    catch (e) {
        const err = e;
        if (e instanceof RangeError) {
            return { value: undefined, locate, issues: [{ path: '<root>', message: 'nesting is too deep', location: fileStart }] };
        }
        const msg = (err.message ?? 'parse error').replace(/\s*\(\d+:\d+\)\s*$/, '');
        return { value: undefined, locate, issues: [{ path: '<root>', message: `invalid JSON5: ${msg}`, location: { file, line: err.line ?? 1, column: err.column ?? 1 } }] };
    }
    const build = (node, path, keyLoc) => {
        locs.set(pathKey(path), { value: at(node.loc.start), ...(keyLoc ? { key: keyLoc } : {}) });
        if (path.length > MAX_DEPTH) {
            issues.push({ path: formatPath(path), message: `nesting deeper than ${MAX_DEPTH} levels`, location: at(node.loc.start) });
            return null;
        }
        switch (node.type) {
            case 'Object': {
                // defineProperty: a key such as "__proto__" becomes plain data, never the object's prototype.
                const out = {};
                const seen = new Map();
                for (const m of node.members) {
                    const key = m.name.type === 'Identifier' ? m.name.name : m.name.value;
                    const kLoc = at(m.name.loc.start);
                    const first = seen.get(key);
                    if (first) {
                        issues.push({ path: formatPath([...path, key]), message: `duplicate key "${key}" (first at ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(first)}); each key may appear once`, location: kLoc });
                        continue;
                    }
                    seen.set(key, kLoc);
                    Object.defineProperty(out, key, { value: build(m.value, [...path, key], kLoc), enumerable: true, writable: true, configurable: true });
                }
                return out;
            }
            case 'Array':
                return node.elements.map((el, i) => build(el.value, [...path, i]));
            case 'String':
            case 'Boolean':
                return node.value;
            case 'Number':
                if (!Number.isFinite(node.value) || (Number.isInteger(node.value) && !Number.isSafeInteger(node.value))) {
                    issues.push({ path: formatPath(path), message: 'number is not a finite, safe value', location: at(node.loc.start) });
                }
                return node.value;
            case 'Null':
                return null;
            default:
                issues.push({ path: formatPath(path), message: `${node.type} is not allowed here`, location: at(node.loc.start) });
                return null;
        }
    };
    let value;
    try {
        value = build(ast.body, []);
    }
    catch (e) {
        if (e instanceof RangeError)
            return { value: undefined, locate, issues: [{ path: '<root>', message: 'nesting is too deep', location: fileStart }] };
        throw e;
    }
    return { value, locate, issues };
}
// ---------------------------------------------------------------------------------------------------------
// YAML (the yaml package keeps node ranges; LineCounter turns offsets into line/column)
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_3__.LineCounter();
    const fileStart = { file, line: 1, column: 1 };
    // uniqueKeys off: duplicates are found below, with the position of both occurrences.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parseDocument)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
    const pos = (offset) => {
        if (offset === undefined)
            return fileStart;
        const p = lineCounter.linePos(offset);
        return { file, line: p.line, column: p.col };
    };
    const issues = doc.errors.map((e) => ({
        path: '<root>',
        message: `invalid YAML: ${(e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '')}`,
        location: pos(e.pos[0]),
    }));
    const findDuplicates = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__.isMap)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const k = pair.key;
                const key = k && typeof k === 'object' && 'value' in k ? String(k.value) : String(k);
                const here = pos(k?.range?.[0]);
                const first = seen.get(key);
                if (first)
                    issues.push({ path: formatPath([...path, key]), message: `duplicate key "${key}" (first at ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(first)}); each key may appear once`, location: here });
                else
                    seen.set(key, here);
                if (path.length < MAX_DEPTH)
                    findDuplicates(pair.value, [...path, key]);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__.isSeq)(node) && path.length < MAX_DEPTH) {
            node.items.forEach((item, i) => findDuplicates(item, [...path, i]));
        }
    };
    if (issues.length === 0)
        findDuplicates(doc.contents, []);
    const locate = (path, what = 'value') => {
        let node = doc.contents;
        let last = pos(node?.range?.[0]);
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__.isMap)(node)) {
                const pair = node.items.find((p) => {
                    const k = p.key;
                    return (k && typeof k === 'object' && 'value' in k ? String(k.value) : String(k)) === String(seg);
                });
                if (!pair)
                    return last;
                const keyPos = pos(pair.key?.range?.[0]);
                if (what === 'key' && i === path.length - 1)
                    return keyPos;
                node = pair.value;
                last = node?.range ? pos(node.range[0]) : keyPos;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__.isSeq)(node) && typeof seg === 'number') {
                node = node.items[seg];
                if (!node)
                    return last;
                last = pos(node.range?.[0]);
            }
            else {
                return last;
            }
        }
        return last;
    };
    if (issues.length > 0)
        return { value: undefined, locate, issues };
    if (doc.contents === null) {
        return { value: undefined, locate, issues: [{ path: '<root>', message: 'file is empty: expected a mapping with "instances"', location: fileStart }] };
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { value: undefined, locate, issues: [{ path: '<root>', message: `invalid YAML: ${e.message}`, location: fileStart }] };
    }
    const numberIssues = [];
    const walk = (v, path) => {
        if (path.length > MAX_DEPTH) {
            numberIssues.push({ path: formatPath(path), message: `nesting deeper than ${MAX_DEPTH} levels`, location: locate(path) });
            return;
        }
        if (typeof v === 'number' && (!Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v)))) {
            numberIssues.push({ path: formatPath(path), message: 'number is not a finite, safe value', location: locate(path) });
        }
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...path, i]));
        else if (v && typeof v === 'object') {
            if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(v)) {
                numberIssues.push({ path: formatPath(path), message: 'only plain mappings, lists, strings, numbers, booleans and null are allowed', location: locate(path) });
                return;
            }
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
        }
    };
    walk(value, []);
    return { value, locate, issues: numberIssues };
}
let compiled;
function validator() {
    if (!compiled) {
        // Ajv is CommonJS: depending on the loader (tsx, vitest, ncc) the default import is the class itself or
        // the module object holding it as `.default`. A static import, so ncc bundles it (a runtime require()
        // would look for node_modules next to the bundle, which an action checkout does not have).
        const Ajv = ((ajv__WEBPACK_IMPORTED_MODULE_6___default()["default"]) ?? (ajv__WEBPACK_IMPORTED_MODULE_6___default()));
        compiled = new Ajv({ allErrors: true, strict: false, messages: false }).compile(INVENTORY_SCHEMA);
    }
    return compiled;
}
const ALLOWED_KEYS = {
    root: ['$schema', 'defaults', 'instances'],
    defaults: ['tier', 'zone', 'labels', 'tokenEnv', 'overlay'],
    instance: ['id', 'url', 'tier', 'zone', 'labels', 'tokenEnv', 'overlay'],
};
function schemaErrors(value) {
    const validate = validator();
    if (validate(value))
        return [];
    const out = [];
    const seen = new Set();
    for (const e of validate.errors ?? []) {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const msg = describeSchemaError(e, path, value);
        if (!msg)
            continue;
        const key = `${pathKey(msg.path)}|${msg.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(msg);
    }
    return out;
}
function describeSchemaError(e, path, root) {
    const v = getAt(root, path);
    const shown = typeof v === 'string' ? `"${v.length > 80 ? `${v.slice(0, 80)}…` : v}"` : JSON.stringify(v);
    const where = path.length === 0 ? 'root' : path[0] === 'defaults' && path.length === 1 ? 'defaults' : path[0] === 'instances' && path.length === 2 ? 'instance' : undefined;
    switch (e.keyword) {
        case 'type': {
            const t = e.params['type'];
            if (path.length === 0)
                return { path, message: 'the file must hold an object with an "instances" list', what: 'value' };
            const label = path[path.length - 1] === 'overlay' ? 'an object (a config fragment)' : t === 'object' ? 'an object' : t === 'array' ? 'a list' : `a ${String(t)}`;
            return { path, message: `must be ${label}, got ${describeType(v)}`, what: 'value' };
        }
        case 'required':
            return { path, message: `missing required key "${String(e.params['missingProperty'])}"`, what: 'value' };
        case 'additionalProperties': {
            const key = String(e.params['additionalProperty']);
            const allowed = where ? ALLOWED_KEYS[where] : undefined;
            return { path: [...path, key], message: `unknown key "${key}"${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`, what: 'key' };
        }
        case 'pattern': {
            if (e.propertyName !== undefined) {
                // A bad key of `labels` (propertyNames): point at the key itself.
                return { path: [...path, e.propertyName], message: `label name "${e.propertyName}" must match ${LABEL_KEY_PATTERN}`, what: 'key' };
            }
            const last = path[path.length - 1];
            if (last === 'id')
                return { path, message: `${shown} must match ${ID_PATTERN} (lowercase letters, digits, "-" and "_"; starts with a letter or digit; at most 64 characters)`, what: 'value' };
            if (last === 'tokenEnv')
                return { path, message: `${shown} must match ${TOKEN_ENV_PATTERN} (an environment variable name such as GW_A1_TOKEN)`, what: 'value' };
            return { path, message: `${shown} must match ${String(e.params['pattern'])}`, what: 'value' };
        }
        case 'propertyNames':
            return undefined; // reported by the nested `pattern` error on the key below
        case 'enum':
            return { path, message: `${shown} must be one of: ${e.params['allowedValues'].join(', ')}`, what: 'value' };
        case 'minLength':
            return { path, message: 'must not be empty', what: 'value' };
        case 'maxLength':
            return { path, message: `must be at most ${String(e.params['limit'])} characters`, what: 'value' };
        default:
            return { path, message: `is invalid (${e.keyword})`, what: 'value' };
    }
}
function describeType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 100);
}
function getAt(root, path) {
    let cur = root;
    for (const s of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[s];
    }
    return cur;
}
function checkOverlayKeys(overlay, path, add) {
    const walk = (v, p, depth) => {
        if (depth > MAX_DEPTH)
            return;
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...p, i], depth + 1));
        else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
                if (FORBIDDEN_KEYS.has(k))
                    add([...p, k], `key "${k}" is not allowed in an overlay`, 'key');
                else
                    walk(x, [...p, k], depth + 1);
            }
        }
    };
    walk(overlay, path, 0);
}
/** Validates the allowlist input itself (each entry a host, an IP, `[v6]`, or `*.domain`). */
function parseAllowlist(entries) {
    return entries
        .map((e) => e.trim())
        .filter((e) => e !== '')
        .map((raw) => {
        const lower = raw.toLowerCase();
        if (lower.startsWith('*.')) {
            const rest = lower.slice(2);
            if (!isHostName(rest))
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`host allowlist entry "${raw}" is not valid: use a host name, an IP address or *.domain`);
            return { raw, suffix: `.${rest}` };
        }
        const host = lower.replace(/^\[(.*)\]$/, '$1');
        if (!isHostName(host) && !isIp(host))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`host allowlist entry "${raw}" is not valid: use a host name, an IP address or *.domain`);
        return { raw, exact: host };
    });
}
function isHostName(h) {
    return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(h);
}
function isIp(h) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || (h.includes(':') && /^[0-9a-f:.]+$/.test(h));
}
/** Cloud metadata endpoints and link-local / unspecified addresses: refused unless explicitly allowlisted. */
function isSensitiveHost(host) {
    const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    if (/^169\.254\.\d{1,3}\.\d{1,3}$/.test(h))
        return true; // IPv4 link-local, incl. 169.254.169.254
    if (h === '0.0.0.0' || h === '::' || h === '100.100.100.200')
        return true; // unspecified; Alibaba metadata
    if (/^fe[89ab][0-9a-f]?:/.test(h))
        return true; // IPv6 link-local fe80::/10
    if (h === 'fd00:ec2::254')
        return true; // AWS IMDS over IPv6
    if (/^::ffff:169\.254\./.test(h) || /^::ffff:a9fe:/.test(h))
        return true; // IPv4-mapped link-local
    return h === 'metadata.google.internal' || h === 'metadata.goog' || h === 'metadata' || h.endsWith('.metadata.google.internal');
}
function hostAllowed(host, allow) {
    const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return allow.some((a) => (a.exact !== undefined ? a.exact === h : a.suffix !== undefined && h.endsWith(a.suffix) && h.length > a.suffix.length));
}
/** Returns a message when the URL is unusable; never echoes credentials, query or fragment. */
function checkUrl(raw, allow) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return 'is not a valid URL: use http://host:port or https://host';
    }
    const shown = `${u.protocol}//${u.host}`;
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `must be an http:// or https:// URL, got ${u.protocol}`;
    if (u.username || u.password)
        return `must not contain credentials (user:password@ in ${u.protocol}//…@${u.host}); put the token in the env var named by tokenEnv`;
    if (u.search || raw.includes('?'))
        return `must not have a query string (${shown}…?…); the token belongs in tokenEnv`;
    if (u.hash || raw.includes('#'))
        return `must not have a fragment (${shown}…#…)`;
    if (!u.hostname)
        return 'has no host';
    const host = u.hostname.toLowerCase();
    if (allow.length > 0) {
        if (!hostAllowed(host, allow))
            return `host "${host}" is not in the host allowlist (${allow.map((a) => a.raw).join(', ')})`;
        return undefined;
    }
    if (isSensitiveHost(host))
        return `host "${host}" is a cloud metadata or link-local address; refused unless it is in the host allowlist`;
    return undefined;
}
// ---------------------------------------------------------------------------------------------------------
// Tokens and selectors
/**
 * Reads every instance's token from `env`. Fails BEFORE any network call, naming every instance whose
 * token env var is missing or empty (names only — never a value).
 */
function resolveTokens(inventory, env = process.env) {
    const tokens = new Map();
    const missing = new Map();
    for (const inst of inventory.instances) {
        const v = env[inst.tokenEnv];
        if (v === undefined || v.trim() === '') {
            const entry = missing.get(inst.tokenEnv) ?? { state: v === undefined ? 'missing' : 'empty', ids: [] };
            entry.ids.push(inst.id);
            missing.set(inst.tokenEnv, entry);
        }
        else {
            tokens.set(inst.id, v);
        }
    }
    if (missing.size > 0) {
        const parts = [...missing.entries()].map(([name, m]) => `${name} (${m.state}) for ${m.ids.join(', ')}`);
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`gateway token(s) not set: ${parts.join('; ')}. Set these environment variables (e.g. from repository secrets) before running; nothing was contacted.`);
    }
    return tokens;
}
/**
 * Selects instances. A selector is a comma-separated list of terms, ALL of which must hold:
 * - `gw-a1` (a bare id) — several bare ids mean "any of these ids";
 * - `id=gw-a1`, `tier=primary`, `zone=az-a`, `label.tenant=acme` — `|` separates alternatives
 *   (`zone=az-a|az-b`), `!=` negates (`tier!=standby`);
 * - empty or `*` — every instance.
 * Unknown keys, unknown ids and a selection that matches nothing are errors (a typo must not deploy to
 * nothing, or to everything).
 */
function selectInstances(inventory, selector) {
    const sel = (selector ?? '').trim();
    if (inventory.instances.length === 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`inventory ${inventory.file ?? ''} has no instances`.replace('  ', ' '));
    if (sel === '' || sel === '*')
        return [...inventory.instances];
    const ids = [];
    const filters = [];
    for (const rawTerm of sel.split(',')) {
        const term = rawTerm.trim();
        if (term === '')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector "${sel}" has an empty term (two commas in a row?)`);
        const m = /^([A-Za-z][A-Za-z0-9._/-]*)\s*(!=|=)\s*(.+)$/.exec(term);
        if (!m) {
            if (!new RegExp(ID_PATTERN).test(term))
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector term "${term}" is neither an instance id nor key=value (keys: id, tier, zone, label.<name>)`);
            ids.push(term);
            continue;
        }
        const [, key, op, value] = m;
        if (!['id', 'tier', 'zone'].includes(key) && !key.startsWith('label.')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector term "${term}": unknown key "${key}" (use id, tier, zone or label.<name>)`);
        }
        const values = value.split('|').map((v) => v.trim());
        if (key === 'tier') {
            const bad = values.find((v) => v !== 'primary' && v !== 'standby');
            if (bad !== undefined)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector term "${term}": tier must be primary or standby, got "${bad}"`);
        }
        filters.push({ key, values, negate: op === '!=', term });
    }
    const known = new Set(inventory.instances.map((i) => i.id));
    const unknownIds = [...ids, ...filters.filter((f) => f.key === 'id').flatMap((f) => f.values)].filter((id) => !known.has(id));
    if (unknownIds.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector "${sel}": no instance has id ${unknownIds.join(', ')}`);
    const valueOf = (inst, key) => key === 'id' ? inst.id : key === 'tier' ? inst.tier : key === 'zone' ? inst.zone : inst.labels[key.slice('label.'.length)];
    const picked = inventory.instances.filter((inst) => (ids.length === 0 || ids.includes(inst.id)) &&
        filters.every((f) => {
            const v = valueOf(inst, f.key);
            const hit = v !== undefined && f.values.includes(v);
            return f.negate ? !hit : hit;
        }));
    if (picked.length === 0) {
        const zones = [...new Set(inventory.instances.map((i) => i.zone).filter((z) => !!z))];
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`selector "${sel}" matches no instance${zones.length ? ` (zones: ${zones.join(', ')})` : ''}`);
    }
    return picked;
}
// ---------------------------------------------------------------------------------------------------------
function pathKey(path) {
    return JSON.stringify(path);
}
/** `['instances', 1, 'url']` → `instances[1].url`. */
function formatPath(path) {
    if (path.length === 0)
        return '<root>';
    let out = '';
    for (const s of path) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else
            out += out === '' ? s : /^[A-Za-z_$][\w$-]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=6868.index.js.map