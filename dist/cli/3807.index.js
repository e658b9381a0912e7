export const id = 3807;
export const ids = [3807];
export const modules = {

/***/ 68409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ envReferenceNames),
/* harmony export */   Vs: () => (/* binding */ substituteTree),
/* harmony export */   Yh: () => (/* binding */ containsEnvReference),
/* harmony export */   py: () => (/* binding */ effectiveEnv)
/* harmony export */ });
/* unused harmony export substituteString */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81066);

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function tokenAt(value, index) {
    if (value[index] !== '$')
        return null;
    const next = value[index + 1];
    if (next === '$' && value[index + 2] === '{') {
        const end = value.indexOf('}', index + 3);
        if (end !== -1) {
            const name = value.slice(index + 3, end);
            if (ENV_NAME.test(name))
                return { kind: 'escaped', name, end };
        }
    }
    if (next === '{') {
        const end = value.indexOf('}', index + 2);
        if (end !== -1) {
            const name = value.slice(index + 2, end);
            if (ENV_NAME.test(name))
                return { kind: 'substitution', name, end };
        }
    }
    return null;
}
/** True when `value` holds an unescaped `${VAR}` reference. */
function containsEnvReference(value) {
    if (!value.includes('$'))
        return false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] !== '$')
            continue;
        const token = tokenAt(value, i);
        if (token?.kind === 'substitution')
            return true;
        if (token)
            i = token.end;
    }
    return false;
}
/** Names of the unescaped `${VAR}` references in `value`, in order. */
function envReferenceNames(value) {
    const names = [];
    if (!value.includes('$'))
        return names;
    for (let i = 0; i < value.length; i++) {
        if (value[i] !== '$')
            continue;
        const token = tokenAt(value, i);
        if (!token)
            continue;
        if (token.kind === 'substitution')
            names.push(token.name);
        i = token.end;
    }
    return names;
}
/** Substitutes one string; missing/empty variables stay literal and are listed with `provided: false`. */
function substituteString(value, env) {
    if (!value.includes('$'))
        return { value, refs: [] };
    const refs = [];
    let out = '';
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c !== '$') {
            out += c;
            continue;
        }
        const token = tokenAt(value, i);
        if (!token) {
            out += c;
            continue;
        }
        if (token.kind === 'escaped') {
            out += '${' + token.name + '}';
        }
        else {
            const v = env[token.name];
            if (v === undefined || v === '') {
                refs.push({ name: token.name, provided: false });
                out += '${' + token.name + '}';
            }
            else {
                refs.push({ name: token.name, provided: true });
                out += v;
            }
        }
        i = token.end;
    }
    return { value: out, refs };
}
/**
 * The environment substitution sees: `base` plus the config's `env.vars` (and legacy flat `env.*` string
 * keys) for names `base` leaves unset or blank. Like OpenClaw, entries whose value is blank, whose name
 * is not portable, or whose value itself references `${…}` are ignored; a few names OpenClaw refuses to
 * take from config are ignored too.
 */
function effectiveEnv(tree, base) {
    const env = { ...base };
    const envNode = tree?.kind === 'object' ? tree.entries.get('env')?.node : undefined;
    if (!envNode || envNode.kind !== 'object')
        return env;
    const candidates = [];
    const vars = envNode.entries.get('vars')?.node;
    if (vars?.kind === 'object')
        candidates.push(...vars.entries);
    for (const [key, entry] of envNode.entries)
        if (key !== 'vars' && key !== 'shellEnv')
            candidates.push([key, entry]);
    const fromConfig = new Map();
    for (const [rawKey, entry] of candidates) {
        if (entry.node.kind !== 'value' || typeof entry.node.value !== 'string')
            continue;
        const value = entry.node.value;
        const key = rawKey.trim();
        if (!value.trim() || !PORTABLE_KEY.test(key) || BLOCKED_CONFIG_ENV.has(key.toUpperCase()) || containsEnvReference(value))
            continue;
        fromConfig.set(key, value);
    }
    for (const [key, value] of fromConfig) {
        if (env[key]?.trim())
            continue;
        env[key] = value;
    }
    return env;
}
/** Names OpenClaw never takes from config `env` (they steer its own process). */
const BLOCKED_CONFIG_ENV = new Set(['OPENCLAW_ALLOW_OLDER_BINARY_DESTRUCTIVE_ACTIONS', 'OPENCLAW_INCLUDE_ROOTS', 'OPENCLAW_CONFIG_READONLY', 'NODE_OPTIONS', 'NODE_PATH', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'DYLD_INSERT_LIBRARIES', 'BASH_ENV', 'ENV', 'SHELL', 'IFS']);
/** Substitutes every string in a located tree (depth is bounded by the loader's nesting limit), returning the new tree and every reference. */
function substituteTree(root, env) {
    const refs = [];
    const visit = (node, path) => {
        if (node.kind === 'value') {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return node;
            const s = substituteString(node.value, env);
            if (s.refs.length === 0 && s.value === node.value)
                return node;
            const p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(path);
            for (const r of s.refs)
                refs.push({ path: p, name: r.name, provided: r.provided, loc: node.loc });
            return { kind: 'value', loc: node.loc, value: s.value };
        }
        if (node.kind === 'array') {
            const items = new Array(node.items.length);
            for (let i = 0; i < node.items.length; i++) {
                path.push(i);
                items[i] = visit(node.items[i], path);
                path.pop();
            }
            return { kind: 'array', loc: node.loc, items };
        }
        const entries = new Map();
        for (const [key, entry] of node.entries) {
            path.push(key);
            const child = visit(entry.node, path);
            path.pop();
            entries.set(key, child === entry.node ? entry : { keyLoc: entry.keyLoc, node: child });
        }
        const out = { kind: 'object', loc: node.loc, entries };
        return out;
    };
    return { tree: visit(root, []), refs };
}


/***/ }),

/***/ 43807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/env.ts
var config_env = __webpack_require__(68409);
// EXTERNAL MODULE: ./src/config/located.ts
var located = __webpack_require__(21564);
;// CONCATENATED MODULE: ./src/config/read.ts
/**
 * Reading one config file safely: `stat` first (regular file, size, hard links) so a FIFO, a device or a
 * huge file is refused before it is opened; then open without blocking, check the descriptor is the same
 * regular file (nothing was swapped in between), and read at most the allowed bytes.
 */

/** OpenClaw's `MAX_INCLUDE_FILE_BYTES`. */
const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
/** OpenClaw's include depth limit (`Maximum include depth (10) exceeded`). */
const MAX_INCLUDE_DEPTH = 10;
/** clawfleet's own caps against include fan-out bombs (OpenClaw has none): reads and bytes per config. */
const MAX_INCLUDE_READS = 256;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
/** The root file has no size check in OpenClaw; we cap it at the total budget so memory stays bounded. */
const MAX_ROOT_FILE_BYTES = MAX_TOTAL_BYTES;
/** A load failure: stops loading, becomes one `<root>` issue pointing at `loc`. */
class LoadError extends Error {
    loc;
    includeChain;
    constructor(message, loc, includeChain) {
        super(message);
        this.loc = loc;
        this.includeChain = includeChain;
        this.name = 'LoadError';
    }
}
/** Describes what a non-regular file is, for messages. */
function describeFileType(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/**
 * Reads a file that `stat` already showed to be a regular file of `expected.size` bytes. Opens it
 * non-blocking (a FIFO swapped in after the stat cannot hang us), re-checks the descriptor, and refuses
 * to read more than `maxBytes`.
 */
function readGuarded(abs, expected, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        return { ok: false, reason: error.code ?? 'open failed' };
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile() || st.ino !== expected.ino || st.dev !== expected.dev)
            return { ok: false, reason: 'the file changed while it was being read' };
        if (st.size > maxBytes)
            return { ok: false, reason: `it is ${st.size} bytes` };
        const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
        let total = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, total, buf.length - total, null);
            if (n === 0)
                break;
            total += n;
            if (total === buf.length)
                break;
        }
        if (total > st.size)
            return { ok: false, reason: 'the file grew while it was being read' };
        return { ok: true, bytes: buf.subarray(0, total) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/config/includes.ts
/**
 * `$include` resolution with OpenClaw's semantics (checked against `openclaw config validate` 2026.9.6):
 * - `"$include": "./x.json5"` — the included value replaces the containing object; sibling keys are then
 *   merged on top with the include merge (objects merge, arrays concatenate, scalars: the sibling wins);
 * - `"$include": ["./a", "./b"]` — every file is loaded, then folded with the same merge in order;
 * - paths are relative to the including file, never env-expanded, and must stay inside the root config's
 *   folder (or an `OPENCLAW_INCLUDE_ROOTS` root) both lexically and after `realpath` — the target of an
 *   escaping path is never opened;
 * - at most 10 nested include files; cycles are reported with the whole chain; the same file may be
 *   included twice (not in its own chain);
 * - each include must be a regular file of at most 2 MiB with one link, checked before it is opened.
 * On top, clawfleet caps the total work per config (256 include reads, 16 MiB) against fan-out bombs.
 */




const INCLUDE_KEY = '$include';
const MAX_INCLUDE_PATH_LENGTH = 4096;
/** True when `candidate` is `root` or lies below it (no `..` escape). */
function isPathInside(root, candidate) {
    const rel = (0,external_node_path_.relative)(root, candidate);
    return rel === '' || (!(0,external_node_path_.isAbsolute)(rel) && rel !== '..' && !rel.startsWith('..' + external_node_path_.sep));
}
class IncludeProcessor {
    host;
    file;
    chain;
    /**
     * @param file absolute path of the file whose content is being processed
     * @param chain absolute paths from the root config to `file` (the cycle check is per chain)
     */
    constructor(host, file, chain) {
        this.host = host;
        this.file = file;
        this.chain = chain;
    }
    get depth() {
        return this.chain.length - 1;
    }
    process(node, path) {
        if (node.kind === 'array') {
            const items = node.items.map((item, i) => this.process(item, [...path, i]));
            const out = { kind: 'array', loc: node.loc, items };
            return out;
        }
        if (node.kind !== 'object')
            return node;
        if (!node.entries.has(INCLUDE_KEY)) {
            const entries = new Map();
            for (const [key, entry] of node.entries)
                entries.set(key, { keyLoc: entry.keyLoc, node: this.process(entry.node, [...path, key]) });
            const out = { kind: 'object', loc: node.loc, entries };
            return out;
        }
        return this.processInclude(node, path);
    }
    processInclude(obj, path) {
        const includeEntry = obj.entries.get(INCLUDE_KEY);
        const included = this.resolveInclude(includeEntry.node, obj, path);
        const others = [...obj.entries].filter(([key]) => key !== INCLUDE_KEY);
        if (others.length === 0)
            return included;
        if (included.kind !== 'object') {
            throw this.error('Sibling keys require included content to be an object', includeEntry.keyLoc);
        }
        const rest = new Map();
        for (const [key, entry] of others)
            rest.set(key, { keyLoc: entry.keyLoc, node: this.process(entry.node, [...path, key]) });
        return (0,located/* deepMerge */.$N)(included, { kind: 'object', loc: obj.loc, entries: rest }, obj.loc);
    }
    resolveInclude(value, obj, path) {
        if (value.kind === 'value' && typeof value.value === 'string')
            return this.loadFile(value.value, value.loc, path);
        if (value.kind === 'array') {
            const loaded = value.items.map((item) => {
                if (item.kind !== 'value' || typeof item.value !== 'string') {
                    throw this.error(`Invalid $include array item: expected string, got ${typeOf(item)}`, item.loc);
                }
                return this.loadFile(item.value, item.loc, path);
            });
            let merged = { kind: 'object', loc: obj.loc, entries: new Map() };
            for (const entry of loaded)
                merged = (0,located/* deepMerge */.$N)(merged, entry, obj.loc, this.host.onOverride, path);
            return merged;
        }
        throw this.error(`Invalid $include value: expected string or array of strings, got ${typeOf(value)}`, value.loc);
    }
    loadFile(includePath, at, path) {
        const host = this.host;
        if (includePath.includes('\0'))
            throw this.error('Include path must not contain null bytes', at);
        if (includePath.length >= MAX_INCLUDE_PATH_LENGTH)
            throw this.error(`Include path exceeds maximum length (${MAX_INCLUDE_PATH_LENGTH} characters)`, at);
        const resolved = (0,external_node_path_.normalize)((0,external_node_path_.isAbsolute)(includePath) ? includePath : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(this.file), includePath));
        if (resolved.length >= MAX_INCLUDE_PATH_LENGTH)
            throw this.error(`Resolved include path exceeds maximum length (${MAX_INCLUDE_PATH_LENGTH} characters)`, at);
        const rootLabel = host.display(host.roots[0].dir) || '.';
        if (!host.roots.some((r) => isPathInside(r.dir, resolved))) {
            throw this.error(`Include path escapes config directory: ${includePath} (root: ${rootLabel}). Fix: keep included files inside the config's folder`, at);
        }
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(resolved);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw this.error(`Failed to resolve include file realpath: ${includePath} (resolved: ${host.display(resolved)})`, at);
        }
        if (real !== undefined && !host.roots.some((r) => isPathInside(r.realDir, real))) {
            throw this.error(`Include path resolves outside config directory (symlink): ${includePath} (root: ${rootLabel}). Fix: copy the file into the config's folder instead of linking to it`, at);
        }
        if (this.chain.includes(resolved)) {
            throw this.error(`Circular include detected: ${[...this.chain, resolved].map((p) => host.display(p)).join(' -> ')}`, at);
        }
        if (this.depth >= MAX_INCLUDE_DEPTH) {
            throw this.error(`Maximum include depth (${MAX_INCLUDE_DEPTH}) exceeded at: ${includePath}`, at);
        }
        host.budget.reads++;
        if (host.budget.reads > MAX_INCLUDE_READS) {
            throw this.error(`Include budget exceeded: more than ${MAX_INCLUDE_READS} include files read for one config (a fan-out include graph). clawfleet caps includes at ${MAX_INCLUDE_READS} reads and 16 MiB in total; OpenClaw has no such cap. Fix: include shared files once, higher up`, at);
        }
        let st;
        try {
            st = (0,external_node_fs_.statSync)(resolved);
        }
        catch {
            throw this.error(`Failed to read include file: ${includePath} (resolved: ${host.display(resolved)})`, at);
        }
        const guard = `Include file failed security checks (regular file, max ${MAX_INCLUDE_FILE_BYTES} bytes, no hardlinks): ${includePath}`;
        if (!st.isFile())
            throw this.error(`${guard} — ${describeFileType(st)}, not a regular file; it was not opened`, at);
        if (st.size > MAX_INCLUDE_FILE_BYTES)
            throw this.error(`${guard} — it is ${st.size} bytes, which exceeds 2 MiB; it was not read. Fix: split it into smaller includes`, at);
        if (st.nlink > 1)
            throw this.error(`${guard} — it has ${st.nlink} hard links. Fix: replace the hard link with a copy`, at);
        host.budget.bytes += st.size;
        if (host.budget.bytes > MAX_TOTAL_BYTES) {
            throw this.error(`Include budget exceeded: more than 16 MiB read for one config across its includes. Fix: include shared files once, higher up`, at);
        }
        const chain = [...this.chain, resolved];
        const parsed = host.parseInclude(resolved, st, includePath, path, chain);
        return new IncludeProcessor(host, resolved, chain).process(parsed, path);
    }
    error(message, at) {
        return new LoadError(message, at, this.chain.map((p) => this.host.display(p)));
    }
}
function typeOf(node) {
    if (node.kind !== 'value')
        return 'object';
    return node.value === null ? 'object' : typeof node.value;
}

// EXTERNAL MODULE: ./node_modules/@humanwhocodes/momoa/dist/momoa.js
var momoa = __webpack_require__(93162);
// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __webpack_require__(84841);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Parses one config file into a located tree. Values come from the same parsers OpenClaw uses
 * (`JSON.parse`, then `json5` 2.2.3), so the config we validate is the config OpenClaw would load;
 * positions come from `@humanwhocodes/momoa` (JSON5 mode), walked in step with the value. Momoa also
 * sees what the value parsers hide: duplicate keys, NaN/Infinity, integer literals past 2^53.
 */




/**
 * Parses `text` (already decoded, BOM removed, nesting already bounded) of file `file`.
 * `prefix` is the config path where this file's content lands, used in finding messages.
 * `jsonFirst` mirrors OpenClaw: the root config is tried with `JSON.parse` first, includes go to json5.
 */
function parseDocument(text, file, prefix, jsonFirst) {
    let value;
    let parsed = false;
    if (jsonFirst) {
        try {
            value = JSON.parse(text);
            parsed = true;
        }
        catch {
            // not strict JSON: JSON5 decides, as in OpenClaw's parseJsonWithJson5Fallback
        }
    }
    if (!parsed) {
        try {
            value = lib_default().parse(text);
        }
        catch (error) {
            return { ok: false, error: toParseError(error) };
        }
    }
    let ast;
    try {
        ast = (0,momoa/* parse */.qg)(text, { mode: 'json5' }).body;
    }
    catch {
        // momoa disagrees with json5 on some exotic input: keep json5's value, fall back to coarse positions.
        ast = undefined;
    }
    const findings = [];
    const root = build(value, ast, { file, line: 1, column: 1 }, [...prefix], text, file, findings);
    return { ok: true, root, findings };
}
function toParseError(error) {
    const e = error;
    const message = typeof e?.message === 'string' ? e.message : String(error);
    const line = typeof e?.lineNumber === 'number' ? e.lineNumber : 1;
    const column = typeof e?.columnNumber === 'number' ? e.columnNumber : 1;
    return { message, line, column };
}
function locOf(file, node, fallback) {
    return node ? { file, line: node.loc.start.line, column: node.loc.start.column } : fallback;
}
function keyName(member) {
    return member.name.type === 'Identifier' ? member.name.name : member.name.value;
}
const INTEGER_LITERAL = /^[+-]?(?:0[xX][0-9a-fA-F]+|\d+)$/;
function build(value, ast, fallback, path, text, file, findings) {
    const loc = locOf(file, ast, fallback);
    if (Array.isArray(value)) {
        const elements = ast?.type === 'Array' ? ast.elements : undefined;
        const items = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
            path.push(i);
            items[i] = build(value[i], elements?.[i]?.value, loc, path, text, file, findings);
            path.pop();
        }
        return { kind: 'array', loc, items };
    }
    if (value !== null && typeof value === 'object') {
        const members = ast?.type === 'Object' ? ast.members : undefined;
        // json5/JSON.parse keep the last of duplicate keys; so do we, and we remember the earlier ones.
        const lastByKey = new Map();
        if (members) {
            for (const member of members) {
                const name = keyName(member);
                const earlier = lastByKey.get(name);
                if (earlier) {
                    const first = locOf(file, earlier.name, loc);
                    const again = locOf(file, member.name, loc);
                    findings.push({
                        rule: 'duplicate-key',
                        path: (0,paths/* joinPath */.uJ)([...path, name]),
                        loc: again,
                        message: `duplicate key "${name}" at ${(0,paths/* joinPath */.uJ)(path)}: first at ${first.file}:${first.line}:${first.column}, again at ${again.file}:${again.line}:${again.column}; OpenClaw silently keeps the last value. Fix: remove one of them`,
                    });
                }
                lastByKey.set(name, member);
            }
        }
        const entries = new Map();
        for (const key of Object.keys(value)) {
            const member = lastByKey.get(key);
            const keyLoc = locOf(file, member?.name, loc);
            if (located/* BLOCKED_KEYS */.gx.has(key)) {
                findings.push({
                    rule: 'forbidden-key',
                    path: (0,paths/* joinPath */.uJ)([...path, key]),
                    loc: keyLoc,
                    message: key === '__proto__'
                        ? `forbidden key "__proto__" at ${(0,paths/* joinPath */.uJ)(path)}: OpenClaw silently drops it (it becomes the object's prototype), so nothing under it takes effect, and a naive merge of it pollutes every object. Fix: remove the key`
                        : `forbidden key "${key}" at ${(0,paths/* joinPath */.uJ)(path)}: OpenClaw's include merge silently drops "${key}" keys. Fix: remove or rename the key`,
                });
            }
            path.push(key);
            entries.set(key, { keyLoc, node: build(value[key], member?.value, keyLoc, path, text, file, findings) });
            path.pop();
        }
        return { kind: 'object', loc, entries };
    }
    if (typeof value === 'number')
        checkNumber(value, ast, loc, path, text, findings);
    return { kind: 'value', loc, value: value };
}
function checkNumber(value, ast, loc, path, text, findings) {
    if (!Number.isFinite(value)) {
        const literal = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
        findings.push({
            rule: 'non-finite-number',
            path: (0,paths/* joinPath */.uJ)(path),
            loc,
            message: `non-finite number ${literal} at ${(0,paths/* joinPath */.uJ)(path)}: JSON cannot carry it (it turns into null when the config is sent to a gateway). Fix: write a finite number`,
        });
        return;
    }
    if (Number.isSafeInteger(value) || !Number.isInteger(value))
        return;
    // 1e300 is a float literal that happens to be integral; only flag literals written as integers.
    const raw = ast ? text.slice(ast.loc.start.offset, ast.loc.end.offset) : String(value);
    if (!INTEGER_LITERAL.test(raw.trim()))
        return;
    findings.push({
        rule: 'unsafe-integer',
        path: (0,paths/* joinPath */.uJ)(path),
        loc,
        message: `integer at ${(0,paths/* joinPath */.uJ)(path)} is beyond ±9007199254740991 (2^53-1) and silently loses precision when parsed. Fix: use a smaller number, or a string where the field accepts one`,
    });
}

;// CONCATENATED MODULE: ./src/config/source-map.ts

class SourceMap {
    root;
    rootFile;
    aliases = [];
    /** `root` undefined (the file could not be loaded): every lookup answers `rootFile:1:1`. */
    constructor(root, rootFile) {
        this.root = root;
        this.rootFile = rootFile;
    }
    /**
     * Declares that values now at `from` were written at `to` (a legacy migration moved them:
     * `agents.entries.helper` was authored as `agents.list.1`).
     */
    addAlias(from, to) {
        this.aliases.push({ from: from.map(String), to: to.map(String) });
    }
    /** Location of the value at `path` (for containers: where its key is written), or of its nearest ancestor. */
    locate(path) {
        const segments = this.applyAliases(typeof path === 'string' ? (0,paths/* parsePath */.Rr)(path) : path.map(String));
        const fallback = { file: this.rootFile, line: 1, column: 1 };
        if (!this.root)
            return { loc: fallback, exact: segments.length === 0 };
        let cur = this.root;
        let best = this.root.loc;
        let i = 0;
        while (i < segments.length) {
            if (cur.kind === 'object') {
                // A key may itself contain dots (`models.providers["z.ai"]` reported as `models.providers.z.ai`):
                // try the longest run of segments that names an existing key first.
                let matched = false;
                for (let j = segments.length; j > i; j--) {
                    const key = segments.slice(i, j).join('.');
                    const entry = cur.entries.get(key);
                    if (entry) {
                        best = entry.node.kind === 'value' ? entry.node.loc : entry.keyLoc;
                        cur = entry.node;
                        i = j;
                        matched = true;
                        break;
                    }
                }
                if (!matched)
                    return { loc: best, exact: false };
            }
            else if (cur.kind === 'array') {
                const seg = segments[i];
                const index = /^\d+$/.test(seg) ? Number(seg) : NaN;
                const item = Number.isNaN(index) ? undefined : cur.items[index];
                if (!item)
                    return { loc: best, exact: false };
                best = item.loc;
                cur = item;
                i++;
            }
            else {
                return { loc: best, exact: false };
            }
        }
        return { loc: best, exact: true };
    }
    /** Where the last key of `path` is written, if that key exists (used for "unknown key" messages). */
    keyLocation(path) {
        const segments = this.applyAliases(typeof path === 'string' ? (0,paths/* parsePath */.Rr)(path) : path.map(String));
        if (!this.root || segments.length === 0)
            return undefined;
        let cur = this.root;
        let keyLoc;
        for (const seg of segments) {
            if (!cur)
                return undefined;
            if (cur.kind === 'object') {
                const entry = cur.entries.get(seg);
                if (!entry)
                    return undefined;
                keyLoc = entry.keyLoc;
                cur = entry.node;
            }
            else if (cur.kind === 'array') {
                cur = cur.items[Number(seg)];
                keyLoc = cur?.loc;
            }
            else {
                return undefined;
            }
        }
        return keyLoc;
    }
    applyAliases(segments) {
        for (const { from, to } of this.aliases) {
            if (from.length <= segments.length && from.every((s, i) => segments[i] === s))
                return [...to, ...segments.slice(from.length)];
        }
        return segments;
    }
}

;// CONCATENATED MODULE: ./src/config/text.ts
/**
 * Byte-level checks that run before any parser sees a config file: encoding (BOM, UTF-16, invalid UTF-8)
 * and a cheap nesting-depth scan. They are iterative on purpose: a recursive consumer would overflow the
 * stack on 100 000 nested brackets (reliability case BI-09), so the depth limit must hold before recursion.
 */
/** Deepest nesting of `{`/`[` accepted in one file (real OpenClaw configs stay under ~15). */
const MAX_NESTING_DEPTH = 128;
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/**
 * Decodes a config file the way OpenClaw reads it (`readFileSync(p, 'utf-8')`: BOM kept in the string and
 * accepted by JSON5, invalid bytes replaced by U+FFFD) while telling the caller where the first invalid
 * UTF-8 byte is, so the strict-load lint can point at it. UTF-16/32 files are refused: OpenClaw cannot
 * parse them either ("JSON5: invalid character").
 */
function decodeConfigBytes(bytes) {
    if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
        return { ok: false, reason: 'utf32', message: 'the file is UTF-32 encoded; OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
    }
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return { ok: false, reason: 'utf16', message: 'the file is UTF-16 encoded (byte-order mark FF FE / FE FF); OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
    }
    if (looksLikeUtf16WithoutBom(bytes)) {
        return { ok: false, reason: 'utf16', message: 'the file looks UTF-16 encoded (every other byte is 0); OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
    }
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: fatalDecoder.decode(body), bom };
    }
    catch {
        const byte = firstInvalidUtf8Byte(body) + (bom ? 3 : 0);
        const text = lenientDecoder.decode(body);
        const { line, column } = lineColumnOfByte(bytes, byte);
        return { ok: true, text, bom, invalidUtf8: { byte, line, column } };
    }
}
function looksLikeUtf16WithoutBom(bytes) {
    // JSON text starts with ASCII; in UTF-16 half of the first bytes are NUL. Plain UTF-8 configs never hold NUL.
    const n = Math.min(bytes.length, 64);
    if (n < 4)
        return false;
    let zeros = 0;
    for (let i = 0; i < n; i++)
        if (bytes[i] === 0)
            zeros++;
    return zeros >= n / 4;
}
/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidUtf8Byte(bytes) {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function lineColumnOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    // Column counts characters, not bytes: count the UTF-8 lead bytes between the line start and the offset.
    let column = 1;
    for (let i = lineStart; i < offset; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            column++;
    return { line, column };
}
/** 1-based line and column of a character offset in a string. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}
/**
 * Finds the first place where `{`/`[` nesting exceeds `max`, skipping strings and comments (JSON5 syntax:
 * single and double quotes, `//` and block comments). Returns the character offset or -1. Linear, no
 * recursion, no allocation: safe on any input.
 */
function findExcessiveNesting(text, max = MAX_NESTING_DEPTH) {
    let depth = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
            i++;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d === 0x5c /* \ */) {
                    i += 2;
                    continue;
                }
                i++;
                if (d === c || d === 0x0a)
                    break; // an unterminated string ends at the newline for our purposes
            }
            continue;
        }
        if (c === 0x2f /* / */ && i + 1 < n) {
            const d = text.charCodeAt(i + 1);
            if (d === 0x2f) {
                const nl = text.indexOf('\n', i + 2);
                i = nl === -1 ? n : nl + 1;
                continue;
            }
            if (d === 0x2a /* * */) {
                const end = text.indexOf('*/', i + 2);
                i = end === -1 ? n : end + 2;
                continue;
            }
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            depth++;
            if (depth > max)
                return i;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (depth > 0)
                depth--;
        }
        i++;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * `loadConfig`: loads an OpenClaw config exactly as OpenClaw 2026.9.6 loads it — JSON5, `$include`,
 * `${VAR}` — and keeps, for every value, the file:line:column that holds it. Nothing here throws for bad
 * input: every problem becomes an issue naming the file and position, with the include chain when one is
 * involved. See `includes.ts` and `env.ts` for the semantics, `parse.ts` for parsing.
 */










/**
 * Loads the config whose entry file is `entryFile` (as given: relative to `opts.cwd` or absolute).
 * Synchronous on purpose: it is CPU-bound and small, and the fast engine's budget is about a millisecond.
 */
function loadConfig(entryFile, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const baseEnv = opts.env ?? process.env;
    const envMode = opts.envMode ?? 'warn';
    const rootAbs = (0,external_node_path_.normalize)((0,external_node_path_.resolve)(cwd, entryFile));
    const files = [];
    const findings = [];
    const display = (abs) => {
        if (abs === rootAbs)
            return entryFile;
        const rel = (0,external_node_path_.relative)(cwd, abs);
        return rel === '' ? '.' : !(0,external_node_path_.isAbsolute)(rel) && rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) ? rel.split(external_node_path_.sep).join('/') : abs;
    };
    const failed = (message, loc, includeChain) => ({
        config: undefined,
        authored: undefined,
        sourceMap: new SourceMap(undefined, entryFile),
        issues: [issue('error', paths/* ROOT_PATH */.Dl, message, loc, includeChain)],
        warnings: [],
        findings,
        files,
        envRefs: [],
    });
    const at1 = (file) => ({ file, line: 1, column: 1 });
    // 1. The root file: exists, is a regular file, bounded in size — checked before it is opened.
    let st;
    try {
        st = (0,external_node_fs_.statSync)(rootAbs);
    }
    catch (error) {
        const code = error.code;
        return failed(code === 'ENOENT' || code === 'ENOTDIR' ? `Config file not found: ${entryFile}. Fix: check the path (it is resolved from ${cwd})` : `Cannot read config file ${entryFile}: ${code ?? 'stat failed'}`, at1(entryFile));
    }
    if (!st.isFile()) {
        return failed(st.isDirectory()
            ? `Config path ${entryFile} is a directory. Fix: pass the config file itself (e.g. ${entryFile.replace(/\/$/, '')}/openclaw.json)`
            : `Config path ${entryFile} is ${describeFileType(st)}, not a regular file; it was not opened`, at1(entryFile));
    }
    if (st.size > MAX_ROOT_FILE_BYTES) {
        return failed(`Config file ${entryFile} is ${st.size} bytes, over clawfleet's 16 MiB limit; it was not read. Fix: split it with $include`, at1(entryFile));
    }
    const rootDir = (0,external_node_path_.dirname)(rootAbs);
    const roots = [{ dir: rootDir, realDir: safeRealpath(rootDir) }];
    for (const extra of (baseEnv['OPENCLAW_INCLUDE_ROOTS'] ?? '').split(external_node_path_.delimiter)) {
        if (!extra.trim())
            continue;
        const dir = (0,external_node_path_.normalize)((0,external_node_path_.resolve)(cwd, extra.trim()));
        roots.push({ dir, realDir: safeRealpath(dir) });
    }
    const budget = { reads: 0, bytes: st.size };
    try {
        const rootTree = readDocument(rootAbs, st, MAX_ROOT_FILE_BYTES, entryFile, [], true, [entryFile], findings, files, (text) => text.trim() === '' ? `JSON5 parse failed: the file is empty (JSON5: invalid end of input). Fix: write a config object, at least {}` : undefined);
        const host = {
            roots,
            budget,
            display,
            onOverride: (path, replaced, winner) => {
                const p = (0,paths/* joinPath */.uJ)(path);
                findings.push({
                    rule: 'duplicate-key',
                    path: p,
                    loc: winner,
                    message: `${p} is set by more than one file of an array $include: first at ${replaced.file}:${replaced.line}:${replaced.column}, again at ${winner.file}:${winner.line}:${winner.column}; the later file wins`,
                });
            },
            parseInclude: (abs, stat, includePath, prefix, chain) => {
                const chainDisplay = chain.map(display);
                return readDocument(abs, stat, MAX_INCLUDE_FILE_BYTES, display(abs), prefix, false, chainDisplay, findings, files, undefined, (detail) => `Failed to parse include file: ${includePath} (resolved: ${display(abs)}): ${detail} (included via ${chainDisplay.join(' -> ')})`);
            },
        };
        const authored = new IncludeProcessor(host, rootAbs, [rootAbs]).process(rootTree, []);
        // 2. ${VAR} substitution, after includes, with the config's env.vars filling gaps.
        const env = (0,config_env/* effectiveEnv */.py)(authored, baseEnv);
        const { tree, refs } = (0,config_env/* substituteTree */.Vs)(authored, env);
        const issues = [];
        const warnings = [];
        const envRefs = refs.map((r) => ({ path: r.path, name: r.name, provided: r.provided, loc: r.loc }));
        for (const r of refs) {
            if (r.provided)
                continue;
            if (envMode === 'error') {
                issues.push(issue('error', r.path, `Missing env var "${r.name}" (unset or empty) at ${r.path}. env-mode is "error": every \${VAR} must be provided at deploy time. Fix: set ${r.name} in the job's environment`, r.loc));
            }
            else {
                warnings.push(issue('warning', r.path, `Missing env var "${r.name}" - feature using this value will be unavailable`, r.loc));
            }
        }
        return { config: (0,located/* toPlain */.Ul)(tree), authored, sourceMap: new SourceMap(tree, entryFile), issues, warnings, findings, files, envRefs };
    }
    catch (error) {
        if (error instanceof LoadError)
            return failed(error.message, error.loc, error.includeChain);
        throw error;
    }
}
function issue(severity, path, message, loc, includeChain) {
    const out = { severity, path, message, file: loc.file, line: loc.line, column: loc.column };
    if (includeChain && includeChain.length > 1)
        out.includeChain = includeChain;
    return out;
}
function safeRealpath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * Reads, decodes, bounds and parses one file into a located tree. `emptyMessage` lets the root file
 * report an empty file in its own words; `wrapParseError` frames json5's message for include files.
 */
function readDocument(abs, st, maxBytes, displayName, prefix, isRoot, chain, findings, files, emptyMessage, wrapParseError) {
    const at = (line, column) => ({ file: displayName, line, column });
    const read = readGuarded(abs, st, maxBytes);
    if (!read.ok)
        throw new LoadError(`Failed to read ${isRoot ? 'config' : 'include'} file: ${displayName} (${read.reason})`, at(1, 1), chain);
    if (!files.includes(displayName))
        files.push(displayName);
    const decoded = decodeConfigBytes(read.bytes);
    const frame = (detail) => (wrapParseError ? wrapParseError(detail) : `JSON5 parse failed: ${detail}`);
    if (!decoded.ok)
        throw new LoadError(frame(decoded.message), at(1, 1), chain);
    if (decoded.invalidUtf8) {
        const { byte, line, column } = decoded.invalidUtf8;
        findings.push({
            rule: 'invalid-utf8',
            loc: at(line, column),
            message: `invalid UTF-8 at byte ${byte} in ${displayName}: OpenClaw reads it as U+FFFD (�), silently changing the value. Fix: save the file as UTF-8`,
        });
    }
    const text = decoded.text;
    const empty = emptyMessage?.(text);
    if (empty)
        throw new LoadError(empty, at(1, 1), chain);
    const deep = findExcessiveNesting(text);
    if (deep !== -1) {
        const { line, column } = lineColumnAt(text, deep);
        throw new LoadError(`nesting depth > ${MAX_NESTING_DEPTH} at ${displayName}:${line}:${column}: clawfleet refuses configs nested this deeply (OpenClaw fails on them with a stack overflow). Fix: flatten the structure`, at(line, column), chain);
    }
    const parsed = parseDocument(text, displayName, prefix, isRoot);
    if (!parsed.ok) {
        const detail = isRoot ? `SyntaxError: ${parsed.error.message}` : parsed.error.message;
        throw new LoadError(frame(detail), at(parsed.error.line, parsed.error.column), chain);
    }
    findings.push(...parsed.findings);
    return parsed.root;
}


/***/ }),

/***/ 21564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   gx: () => (/* binding */ BLOCKED_KEYS),
/* harmony export */   hX: () => (/* binding */ getLocated),
/* harmony export */   ut: () => (/* binding */ walkLocated)
/* harmony export */ });
/** Keys OpenClaw's merge skips (`isBlockedObjectKey`): assigning them could touch a prototype. */
const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** Drops blocked keys recursively from plain-object subtrees (OpenClaw's `sanitizePlainObject`). */
function sanitize(node) {
    const entries = new Map();
    for (const [key, entry] of node.entries) {
        if (BLOCKED_KEYS.has(key))
            continue;
        entries.set(key, entry.node.kind === 'object' ? { keyLoc: entry.keyLoc, node: sanitize(entry.node) } : entry);
    }
    return { kind: 'object', loc: node.loc, entries };
}
function deepMerge(base, override, loc, onOverride, path = []) {
    if (base.kind === 'array' && override.kind === 'array') {
        return { kind: 'array', loc: loc ?? base.loc, items: [...base.items, ...override.items] };
    }
    if (base.kind !== 'object' || override.kind !== 'object')
        return override;
    const merged = sanitize(base);
    if (loc)
        merged.loc = loc;
    for (const [key, entry] of override.entries) {
        if (BLOCKED_KEYS.has(key))
            continue;
        const current = merged.entries.get(key);
        const value = entry.node;
        if (value.kind === 'object') {
            merged.entries.set(key, {
                keyLoc: entry.keyLoc,
                node: current && current.node.kind === 'object' ? deepMerge(current.node, value, undefined, onOverride, [...path, key]) : sanitize(value),
            });
        }
        else if (value.kind === 'array' && current && current.node.kind === 'array') {
            merged.entries.set(key, { keyLoc: entry.keyLoc, node: { kind: 'array', loc: current.node.loc, items: [...current.node.items, ...value.items] } });
        }
        else {
            if (onOverride && current && current.node.kind === 'value' && value.kind === 'value')
                onOverride([...path, key], current.node.loc, value.loc);
            merged.entries.set(key, entry);
        }
    }
    return merged;
}
/**
 * Converts a located tree to plain JSON values. `__proto__` keys are dropped (a plain object cannot hold
 * them as data; OpenClaw's own key copy turns them into the object's prototype, i.e. they vanish from
 * the config too); `constructor`/`prototype` become ordinary own properties.
 */
function toPlain(node) {
    switch (node.kind) {
        case 'value':
            return node.value;
        case 'array': {
            const out = new Array(node.items.length);
            for (let i = 0; i < node.items.length; i++)
                out[i] = toPlain(node.items[i]);
            return out;
        }
        case 'object': {
            const out = {};
            for (const [key, entry] of node.entries) {
                if (key === '__proto__')
                    continue;
                out[key] = toPlain(entry.node);
            }
            return out;
        }
    }
}
/** Depth-first visit of every node with its path (iterative: safe on deep trees). */
function walkLocated(root, visit) {
    const stack = [{ node: root, path: [], keyLoc: undefined }];
    while (stack.length > 0) {
        const { node, path, keyLoc } = stack.pop();
        visit(node, path, keyLoc);
        if (node.kind === 'object') {
            const children = [...node.entries];
            for (let i = children.length - 1; i >= 0; i--) {
                const [key, entry] = children[i];
                stack.push({ node: entry.node, path: [...path, key], keyLoc: entry.keyLoc });
            }
        }
        else if (node.kind === 'array') {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ node: node.items[i], path: [...path, i], keyLoc: undefined });
        }
    }
}
/** Follows plain segments through a located tree (array indices as numbers or numeric strings). */
function getLocated(root, segments) {
    let cur = root;
    for (const seg of segments) {
        if (!cur)
            return undefined;
        if (cur.kind === 'object')
            cur = cur.entries.get(String(seg))?.node;
        else if (cur.kind === 'array')
            cur = cur.items[Number(seg)];
        else
            return undefined;
    }
    return cur;
}


/***/ }),

/***/ 81066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT_PATH),
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/** The path of the whole document. */
const ROOT_PATH = '<root>';
/** Dot-joins segments; the empty path is `<root>`. */
function joinPath(segments) {
    return segments.length === 0 ? ROOT_PATH : segments.join('.');
}
/**
 * Splits a path in either form into segments: `a.b.0`, `a.b[0]`, `a["x.y"].z`, `<root>` or `` (root).
 * Dots inside bracketed quoted keys are kept; a dot-joined key that itself contains dots cannot be told
 * apart here — {@link SourceMap} resolves that ambiguity against the real tree.
 */
function parsePath(path) {
    if (path === '' || path === ROOT_PATH)
        return [];
    const out = [];
    let cur = '';
    let i = 0;
    const n = path.length;
    while (i < n) {
        const c = path[i];
        if (c === '.') {
            if (cur !== '')
                out.push(cur);
            cur = '';
            i++;
            continue;
        }
        if (c === '[') {
            if (cur !== '')
                out.push(cur);
            cur = '';
            const close = findBracketEnd(path, i);
            const inner = path.slice(i + 1, close);
            if (inner.startsWith('"')) {
                try {
                    out.push(String(JSON.parse(inner)));
                }
                catch {
                    out.push(inner);
                }
            }
            else {
                out.push(inner);
            }
            i = close + 1;
            continue;
        }
        cur += c;
        i++;
    }
    if (cur !== '')
        out.push(cur);
    return out;
}
function findBracketEnd(path, open) {
    if (path[open + 1] === '"') {
        // Quoted key: skip to the closing quote (honouring escapes), then the bracket.
        let i = open + 2;
        while (i < path.length) {
            if (path[i] === '\\') {
                i += 2;
                continue;
            }
            if (path[i] === '"')
                break;
            i++;
        }
        const close = path.indexOf(']', i);
        return close === -1 ? path.length : close;
    }
    const close = path.indexOf(']', open);
    return close === -1 ? path.length : close;
}
/** Converts any accepted path form to the dot-joined report form. */
function normalizePath(path) {
    return joinPath(parsePath(path));
}


/***/ })

};

//# sourceMappingURL=3807.index.js.map