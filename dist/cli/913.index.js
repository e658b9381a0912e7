export const id = 913;
export const ids = [913,370,7989,5132,2751,9894];
export const modules = {

/***/ 41777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ checkEnvName),
/* harmony export */   D: () => (/* binding */ MANAGED_PREFIX),
/* harmony export */   DG: () => (/* binding */ parseManagedEnvName),
/* harmony export */   G1: () => (/* binding */ ENV_NAME),
/* harmony export */   YG: () => (/* binding */ managedProfileId),
/* harmony export */   g0: () => (/* binding */ quoteId),
/* harmony export */   le: () => (/* binding */ checkAgentId),
/* harmony export */   zC: () => (/* binding */ checkProviderId)
/* harmony export */ });
/* unused harmony exports MAX_SOURCE_ENV_LENGTH, managedEnvName */
/**
 * Identifier grammars for provisioning. Every id that ends up in a file path, a plan, an env var name or an
 * RPC is checked here first, before any filesystem call (reliability-cases SE-08: an agent id such as
 * `../../tmp/x` must never reach `path.join`).
 */
/**
 * Agent ids as OpenClaw's schema writes them (`^[a-z0-9_][a-z0-9_-]{0,63}$` in `agents.entries`), narrowed
 * to start with a letter or digit. Upper case is accepted (OpenClaw's runtime folds it) and folded here.
 */
const AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Provider ids: OpenClaw lower-cases them; bundled ones use letters, digits, `-`, `_` and `.` (`z.ai`). */
const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Env SecretRef ids and secret-store names share this grammar in OpenClaw 2026.9.6 (schema `SecretRef.id`). */
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,127}$/;
/** Prefix of every variable this action owns in the gateway's `.env`; other lines are never touched. */
const MANAGED_PREFIX = 'CLAWFLEET_';
/** Longest source variable name that still leaves room for the managed prefix and a generation suffix. */
const MAX_SOURCE_ENV_LENGTH = 128 - MANAGED_PREFIX.length - '_G9999'.length;
/** Checks an agent id from the config or an input; folds case like OpenClaw. */
function checkAgentId(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `agent id must be a string, got ${typeof raw}` };
    const folded = raw.toLowerCase();
    if (AGENT_ID.test(folded))
        return { ok: true, id: folded };
    return { ok: false, message: `agent id ${quoteId(raw)} is not allowed: agent ids must match ${AGENT_ID.source} (letters, digits, "_" and "-", at most 64 characters; no "/", "." or "..")` };
}
/** Checks a provider id (lower-cased, like OpenClaw's `normalizeProviderId`). */
function checkProviderId(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `provider id must be a string, got ${typeof raw}` };
    const folded = raw.trim().toLowerCase();
    if (PROVIDER_ID.test(folded) && !folded.includes('..'))
        return { ok: true, id: folded };
    return { ok: false, message: `provider id ${quoteId(raw)} is not allowed: provider ids must match ${PROVIDER_ID.source}` };
}
/** Checks the name of an environment variable that holds a secret (runner side). */
function checkEnvName(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `environment variable name must be a string, got ${typeof raw}` };
    if (!ENV_NAME.test(raw)) {
        return { ok: false, message: `environment variable name ${quoteId(raw)} is not allowed: use upper case letters, digits and "_", starting with a letter (${ENV_NAME.source}), as OpenClaw's env SecretRefs require` };
    }
    if (raw.length > MAX_SOURCE_ENV_LENGTH) {
        return { ok: false, message: `environment variable name ${quoteId(raw)} is ${raw.length} characters; at most ${MAX_SOURCE_ENV_LENGTH} fit in a managed name` };
    }
    return { ok: true, id: raw };
}
/**
 * The variable this action writes into the gateway's `.env` for a source variable, at a generation.
 * A changed secret gets a new generation (a new name): a running gateway keeps the values it loaded at start
 * (an in-process restart re-reads `.env` but never overrides a variable it already has), so only a new name
 * reaches it without a process restart. Measured against 2026.9.6; see the action README.
 */
function managedEnvName(sourceEnv, generation) {
    return `${MANAGED_PREFIX}${sourceEnv}_G${generation}`;
}
/** Parses a managed name back into its source variable and generation (undefined for other names). */
function parseManagedEnvName(name) {
    if (!name.startsWith(MANAGED_PREFIX))
        return undefined;
    const m = /^(.*)_G([1-9][0-9]{0,3})$/.exec(name.slice(MANAGED_PREFIX.length));
    if (!m || !m[1] || !ENV_NAME.test(m[1]))
        return undefined;
    return { sourceEnv: m[1], generation: Number(m[2]) };
}
/** The auth profile id this action owns for a provider (`<provider>:clawfleet`). */
function managedProfileId(provider) {
    return `${provider}:clawfleet`;
}
/** Quotes an untrusted id for a message: JSON-escaped, control characters visible, long values cut. */
function quoteId(raw) {
    const cut = raw.length > 80 ? `${raw.slice(0, 80)}… (${raw.length} characters)` : raw;
    return JSON.stringify(cut);
}


/***/ }),

/***/ 20913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ provisionLocal),
  removeScratch: () => (/* binding */ removeScratch)
});

// UNUSED EXPORTS: LocalProvisionError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/fleet/client.ts
var fleet_client = __webpack_require__(89157);
;// CONCATENATED MODULE: ./src/fleet/identity.ts
/**
 * Is the process answering on this address the gateway we mean, and has it restarted since we last looked?
 *
 * A probe can be answered by another process on the same port (a new gateway that failed to bind leaves
 * the OLD one answering — openclaw-notes §3.1), so after connecting we compare the authenticated
 * `config.get` path with the expected one. Restarts: `uptimeMs` (in `/readyz` and `/startupz` details)
 * resets on an in-process restart while the PID stays; `status.pid` changes on a process restart. The
 * detector turns each sample into an estimated boot time (`sampledAt - uptimeMs`): if that moves forward by
 * more than a tolerance, the gateway restarted — this also catches a restart between two samples taken so far
 * apart that the new uptime already exceeds the old one (a plain "uptime went down" rule would miss it).
 */

function normalizePath(p) {
    return p.replace(/\/+$/, '');
}
/**
 * Reads `config.get` (authenticated — an unauthenticated impostor cannot pass) and `/readyz`, and compares
 * the config path with the expectation. Call errors propagate as GatewayError.
 */
async function verifyIdentity(client, expected = {}, opts) {
    const [snapshot, ready] = await Promise.all([client.configGet(opts), client.readyz(opts)]);
    const result = {
        ok: true,
        instanceId: client.id,
        configPath: snapshot.path,
        ...(expected.configPath !== undefined ? { expectedConfigPath: expected.configPath } : {}),
        ...(ready.uptimeMs !== undefined ? { uptimeMs: ready.uptimeMs } : {}),
        ...(ready.version !== undefined ? { version: ready.version } : {}),
    };
    if (expected.configPath !== undefined && normalizePath(snapshot.path) !== normalizePath(expected.configPath)) {
        result.ok = false;
        result.reason = `the gateway at ${client.url} serves ${snapshot.path}, not ${expected.configPath}: another gateway answers on this address`;
    }
    return result;
}
/** verifyIdentity that throws a `protocol` GatewayError (code IDENTITY_MISMATCH) when the identity is wrong. */
async function assertIdentity(client, expected, opts) {
    const r = await verifyIdentity(client, expected, opts);
    if (!r.ok) {
        throw new GatewayError({
            kind: 'protocol',
            instanceId: client.id,
            method: 'config.get',
            code: 'IDENTITY_MISMATCH',
            message: `${client.id}: identity check failed: ${r.reason ?? 'unknown'}`,
        });
    }
    return r;
}
/**
 * Tracks one gateway across probes. `toleranceMs` absorbs request latency and clock granularity between
 * the moment the gateway computed `uptimeMs` and our `at` (default 5 s; a restart takes ≥ 5 s anyway).
 */
class RestartDetector {
    toleranceMs;
    bootAt;
    pid;
    restarts = 0;
    constructor(toleranceMs = 5_000) {
        this.toleranceMs = toleranceMs;
    }
    /** Number of restarts seen so far. */
    get count() {
        return this.restarts;
    }
    observe(sample) {
        const at = sample.at ?? Date.now();
        const reasons = [];
        if (sample.pid !== undefined) {
            if (this.pid !== undefined && sample.pid !== this.pid)
                reasons.push(`process id changed (${this.pid} → ${sample.pid})`);
            this.pid = sample.pid;
        }
        let bootAt;
        if (sample.uptimeMs !== undefined) {
            bootAt = at - sample.uptimeMs;
            if (this.bootAt !== undefined && bootAt - this.bootAt > this.toleranceMs) {
                reasons.push(`uptime reset (booted ${Math.round((bootAt - this.bootAt) / 1000)} s after the previous boot)`);
            }
            // Keep the earliest estimate within tolerance so jitter cannot accumulate into a false restart.
            if (this.bootAt === undefined || bootAt - this.bootAt > this.toleranceMs || bootAt < this.bootAt)
                this.bootAt = bootAt;
        }
        const restarted = reasons.length > 0;
        if (restarted)
            this.restarts++;
        return { restarted, ...(restarted ? { reason: reasons.join('; ') } : {}), ...(bootAt !== undefined ? { bootAt } : {}) };
    }
}

// EXTERNAL MODULE: ./src/provision/ids.ts
var ids = __webpack_require__(41777);
// EXTERNAL MODULE: ./src/provision/util.ts
var util = __webpack_require__(82787);
;// CONCATENATED MODULE: ./src/provision/dotenv.ts
/**
 * The gateway's `$OPENCLAW_STATE_DIR/.env`, edited without disturbing what the operator wrote.
 *
 * OpenClaw reads it with `dotenv` 17 `parse()` (first-wins against the process env, 1 MiB cap). This module
 * owns one marked block; every line outside it is kept byte for byte, in place. Inside the block the
 * entries are sorted by name, so the same inputs always give the same bytes (idempotent runs compare
 * bytes). Values are quoted so that dotenv's parser returns them exactly — `test/provision/dotenv.test.ts`
 * round-trips canaries (PEM blocks, quotes, backslashes, CRLF) through the real `dotenv.parse`.
 */


const BLOCK_START = '# >>> clawfleet provision-auth-profiles: managed block, do not edit >>>';
const BLOCK_END = '# <<< clawfleet provision-auth-profiles <<<';
/** OpenClaw skips `.env` files over this size (`MAX_DOTENV_FILE_BYTES`). */
const MAX_DOTENV_BYTES = 1_048_576;
class DotenvError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DotenvError';
    }
}
/**
 * Quotes a value for dotenv: single quotes (literal, may span lines) unless it holds `'`, then backticks,
 * then double quotes (which expand `\n`/`\r`, so they carry carriage returns). Returns undefined when no
 * form round-trips (dotenv has no escape for every character in every quote style).
 */
function encodeDotenvValue(value) {
    const hasCR = value.includes('\r');
    if (!hasCR && !value.includes("'"))
        return `'${value}'`;
    if (!hasCR && !value.includes('`'))
        return `\`${value}\``;
    if (!value.includes('"') && !/\\[nr]/.test(value))
        return `"${value.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
    // All three quote characters on one line: no quoted form matches the whole line, so dotenv takes it as
    // an unquoted value and then strips the outer quotes, keeping the inner ones. A `#` would start a comment.
    if (!/[\r\n#]/.test(value))
        return `'${value}'`;
    return undefined;
}
/** Inverse of {@link encodeDotenvValue} for the forms it writes (used inside the managed block only). */
function decodeQuoted(quoted) {
    const q = quoted[0];
    const inner = quoted.slice(1, -1);
    return q === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
}
/** Finds a line that is exactly `marker` (CRLF tolerated); returns its start and the index after its newline. */
function findMarker(text, marker, from) {
    let i = text.indexOf(marker, from);
    while (i >= 0) {
        const lineStart = i === 0 || text[i - 1] === '\n';
        let end = i + marker.length;
        if (text[end] === '\r')
            end++;
        const lineEnd = end === text.length || text[end] === '\n';
        if (lineStart && lineEnd)
            return { start: i, end: end === text.length ? end : end + 1 };
        i = text.indexOf(marker, i + 1);
    }
    return undefined;
}
/** Names assigned outside the block, by a key-only scan (a base64 line ending in `=` may also look like one). */
function keysOutside(text) {
    const keys = [];
    for (const m of text.matchAll(/^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=/gm))
        if (m[1])
            keys.push(m[1]);
    return keys;
}
/** Splits a `.env` text into the operator's part and this action's block. Throws on a damaged block. */
function parseDotenv(text) {
    const start = findMarker(text, BLOCK_START, 0);
    if (!start) {
        if (findMarker(text, BLOCK_END, 0))
            throw new DotenvError(`the .env has the end marker of clawfleet's managed block but not its start ("${BLOCK_START}"). Fix: remove the stray marker line`);
        assertNoManagedOutside(text);
        return { before: text, after: '', managed: [], hadBlock: false };
    }
    const end = findMarker(text, BLOCK_END, start.end);
    if (!end)
        throw new DotenvError(`the .env has the start of clawfleet's managed block but no end marker ("${BLOCK_END}"). Fix: restore or delete the block by hand`);
    if (findMarker(text, BLOCK_START, start.end))
        throw new DotenvError('the .env has two clawfleet managed blocks. Fix: keep one');
    const before = text.slice(0, start.start);
    const after = text.slice(end.end);
    assertNoManagedOutside(before + after);
    return { before, after, managed: parseBlock(text.slice(start.end, end.start)), hadBlock: true };
}
function assertNoManagedOutside(text) {
    const stray = keysOutside(text).filter((k) => k.startsWith(ids/* MANAGED_PREFIX */.D));
    if (stray.length)
        throw new DotenvError(`the .env sets ${stray.join(', ')} outside clawfleet's managed block; ${ids/* MANAGED_PREFIX */.D}* names are reserved for it. Fix: remove or rename those lines`);
}
/** Parses the block body written by {@link renderBlock}. */
function parseBlock(body) {
    const out = [];
    let i = 0;
    const text = body.replace(/\r\n/g, '\n');
    while (i < text.length) {
        if (text[i] === '\n') {
            i++;
            continue;
        }
        const eq = text.indexOf('=', i);
        const name = eq > i ? text.slice(i, eq) : '';
        const q = text[eq + 1];
        if (!ids/* ENV_NAME */.G1.test(name) || (q !== "'" && q !== '`' && q !== '"'))
            throw new DotenvError(`clawfleet's managed block in the .env is damaged near "${text.slice(i, i + 20).split('\n')[0]}". Fix: delete the block; the next run rewrites it`);
        // The closing quote is the first one that ends a line (a one-line value may hold inner quotes).
        let close = text.indexOf(q, eq + 2);
        while (close >= 0 && text[close + 1] !== '\n' && close + 1 !== text.length)
            close = text.indexOf(q, close + 1);
        if (close < 0)
            throw new DotenvError(`clawfleet's managed block in the .env is damaged at ${name}. Fix: delete the block; the next run rewrites it`);
        out.push({ name, value: decodeQuoted(text.slice(eq + 1, close + 1)) });
        i = close + 1;
    }
    return out;
}
/** Renders entries as a block, sorted by name. */
function renderBlock(entries) {
    if (entries.length === 0)
        return '';
    const lines = [...entries].sort((a, b) => (0,util/* byCodeUnit */.X)(a.name, b.name)).map((e) => {
        const quoted = encodeDotenvValue(e.value);
        if (quoted === undefined)
            throw new DotenvError(`the secret for ${e.name} mixes ', \` and " with a carriage return or a literal \\n, which a .env file cannot hold exactly`);
        return `${e.name}=${quoted}`;
    });
    return `${BLOCK_START}\n${lines.join('\n')}\n${BLOCK_END}\n`;
}
/** Renders the whole file: the operator's text untouched, then the block (appended when it is new). */
function renderDotenv(doc, managed) {
    const block = renderBlock(managed);
    let before = doc.before;
    if (!doc.hadBlock && block && before.length > 0 && !before.endsWith('\n'))
        before += '\n';
    const text = before + block + doc.after;
    if (Buffer.byteLength(text) > MAX_DOTENV_BYTES)
        throw new DotenvError(`the .env would be ${Buffer.byteLength(text)} bytes; OpenClaw ignores .env files over ${MAX_DOTENV_BYTES} bytes`);
    return text;
}
/**
 * Decides the managed variable of each source: an existing entry with the same value keeps its name (no
 * change); a changed value gets the next generation; a new source starts at generation 1. Entries of other
 * sources are kept (another run may own them).
 */
function planManaged(existing, wanted) {
    const bySource = new Map();
    const other = [];
    for (const e of existing) {
        const parsed = (0,ids/* parseManagedEnvName */.DG)(e.name);
        if (!parsed) {
            other.push(e);
            continue;
        }
        const list = bySource.get(parsed.sourceEnv) ?? [];
        list.push({ generation: parsed.generation, entry: e });
        bySource.set(parsed.sourceEnv, list);
    }
    const names = new Map();
    const entries = [...other];
    const finalEntries = [...other];
    const rotated = [];
    const added = [];
    for (const [source, list] of bySource) {
        if (wanted.has(source))
            continue;
        for (const g of list) {
            entries.push(g.entry);
            finalEntries.push(g.entry);
        }
    }
    for (const source of [...wanted.keys()].sort(util/* byCodeUnit */.X)) {
        const value = wanted.get(source);
        const list = (bySource.get(source) ?? []).sort((a, b) => b.generation - a.generation);
        const same = list.find((g) => g.entry.value === value);
        if (same) {
            names.set(source, same.entry.name);
            entries.push(...list.map((g) => g.entry));
            finalEntries.push(same.entry);
            continue;
        }
        const next = (list[0]?.generation ?? 0) + 1;
        if (next > 9999)
            throw new DotenvError(`${source} has been rotated 9999 times; delete its old ${ids/* MANAGED_PREFIX */.D}${source}_G* lines`);
        const name = `${ids/* MANAGED_PREFIX */.D}${source}_G${next}`;
        names.set(source, name);
        const fresh = { name, value };
        entries.push(...list.map((g) => g.entry), fresh);
        finalEntries.push(fresh);
        (list.length ? rotated : added).push(name);
    }
    return { names, entries, finalEntries, rotated, added };
}

// EXTERNAL MODULE: ./src/provision/plan.ts
var plan = __webpack_require__(24444);
// EXTERNAL MODULE: ./src/provision/openclaw-cli.ts
var openclaw_cli = __webpack_require__(26771);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/provision/secure-file.ts
/**
 * Writing credential files so that nobody else can read them and no reader ever sees half a file.
 *
 * - The parent directory must be a real directory (lstat: a symlink is refused, SE-07); it is created 0700
 *   when missing and tightened to 0700 when group/other can enter it (SE-06).
 * - The target must be a regular file or absent; a symlink (even a dangling one) is refused.
 * - The new bytes go to `.<name>.tmp-<pid>-<random>` (hidden) in the same directory, opened O_CREAT|O_EXCL|O_NOFOLLOW
 *   with mode 0600 (and fchmod'ed, so the umask cannot widen or narrow it), fsync'ed, then renamed over the
 *   target (atomic on POSIX) and the directory fsync'ed. A reader sees the old bytes or the new ones (SE-05),
 *   and an existing 0644 file ends 0600 because the rename replaces its inode.
 * - Identical content is not rewritten (idempotent runs write nothing); only a wrong mode is fixed.
 * - Temp files left by a killed run (their pid is gone) are removed by the next run and reported.
 * - `withLock` serializes read-modify-write cycles across processes (O_EXCL lock file, stale-pid takeover).
 *
 * Fault injection for tests: `CLAWFLEET_TEST_FAULT_AT=after-write|after-fsync|before-rename` SIGKILLs the
 * process at that point; `enospc` makes the write fail with ENOSPC. It is read only here.
 */




class SecureFileError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'SecureFileError';
    }
}
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
function faultAt(point) {
    const want = process.env['CLAWFLEET_TEST_FAULT_AT'];
    if (!want || want !== point)
        return;
    process.kill(process.pid, 'SIGKILL');
}
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/** Describes a path for an error message without following it. */
function kindOf(st) {
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Makes sure `dir` is a real directory that only its owner can enter: refuses symlinks, creates it (and
 * missing parents) 0700, tightens group/other bits. Returns whether anything changed.
 */
async function ensurePrivateDir(dir) {
    const st = await lstatOrUndefined(dir);
    if (st === undefined) {
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent !== dir) {
            const pst = await lstatOrUndefined(parent);
            if (pst?.isSymbolicLink())
                throw new SecureFileError(`refusing to write under ${parent}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
        }
        await (0,promises_.mkdir)(dir, { recursive: true, mode: DIR_MODE });
        await (0,promises_.chmod)(dir, DIR_MODE);
        return true;
    }
    if (st.isSymbolicLink())
        throw new SecureFileError(`refusing to write under ${dir}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
    if (!st.isDirectory())
        throw new SecureFileError(`refusing to write under ${dir}: it is ${kindOf(st)}, not a directory`, 'not-dir');
    // Never tighten a directory other people use (e.g. /tmp, sticky) or one we do not own: that would break
    // them, and a credential directory should be the gateway's own anyway.
    if ((st.mode & 0o1000) !== 0)
        throw new SecureFileError(`refusing to keep credentials directly in ${dir}: it is a shared directory (sticky bit set, like /tmp). Fix: point at the gateway's own state directory`, 'shared-dir');
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid && (st.mode & 0o077) !== 0)
        throw new SecureFileError(`refusing to change the permissions of ${dir}: it belongs to uid ${st.uid}, not this process (uid ${uid}). Fix: run as the gateway's user or make the directory 0700`, 'not-owner');
    if ((st.mode & 0o077) !== 0) {
        await (0,promises_.chmod)(dir, DIR_MODE);
        return true;
    }
    return false;
}
/** Reads a regular file that must not be a symlink; undefined when absent. */
async function readSecureFile(path) {
    const st = await lstatOrUndefined(path);
    if (st === undefined)
        return undefined;
    if (!st.isFile())
        throw new SecureFileError(`refusing to use ${path}: it is ${kindOf(st)} (a credential file must be a regular file)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
    const fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        return await fh.readFile();
    }
    finally {
        await fh.close();
    }
}
/** Writes `data` to `target` atomically with mode 0600 (see module doc). */
async function writeSecureFile(target, data, opts = {}) {
    const dir = (0,external_node_path_.dirname)(target);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const dst = await lstatOrUndefined(dir);
    if (dst?.isSymbolicLink())
        throw new SecureFileError(`refusing to write ${target}: its directory ${dir} is a symlink`, 'symlink');
    if (opts.parent === 'existing') {
        if (dst === undefined)
            await (0,promises_.mkdir)(dir, { recursive: true, mode: DIR_MODE });
        else if (!dst.isDirectory())
            throw new SecureFileError(`refusing to write ${target}: ${dir} is ${kindOf(dst)}, not a directory`, 'not-dir');
    }
    else
        await ensurePrivateDir(dir);
    const st = await lstatOrUndefined(target);
    if (st !== undefined && !st.isFile())
        throw new SecureFileError(`refusing to write ${target}: it is ${kindOf(st)}; a credential file must be a regular file (nothing was written)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
    if (st !== undefined) {
        const current = await readSecureFile(target);
        if (current !== undefined && current.equals(bytes)) {
            if ((st.mode & 0o777) !== FILE_MODE) {
                await (0,promises_.chmod)(target, FILE_MODE);
                return { written: false, modeFixed: true };
            }
            return { written: false, modeFixed: false };
        }
    }
    const tmp = (0,external_node_path_.join)(dir, `${tempPrefix(target)}${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const fh = await (0,promises_.open)(tmp, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
    let renamed = false;
    try {
        try {
            await fh.chmod(FILE_MODE);
            if (process.env['CLAWFLEET_TEST_FAULT_AT'] === 'enospc')
                throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            // Write in two halves so a kill between them (tests) would leave a visibly partial temp file.
            const half = Math.floor(bytes.length / 2);
            await fh.write(bytes, 0, half, 0);
            faultAt('mid-write');
            await fh.write(bytes, half, bytes.length - half, half);
            faultAt('after-write');
            await fh.sync();
            faultAt('after-fsync');
        }
        finally {
            await fh.close();
        }
        faultAt('before-rename');
        await (0,promises_.rename)(tmp, target);
        renamed = true;
        await fsyncDir(dir);
        return { written: true, modeFixed: false };
    }
    catch (e) {
        if (!renamed)
            await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        const code = e.code;
        if (code === 'ENOSPC')
            throw new SecureFileError(`no space left on the device holding ${dir}; ${target} was left unchanged`, 'ENOSPC');
        throw e;
    }
}
/** `.env` → `.env.tmp-`, `auth-profiles.json` → `.auth-profiles.json.tmp-` (always a hidden file). */
function tempPrefix(target) {
    const base = (0,external_node_path_.basename)(target);
    return `${base.startsWith('.') ? '' : '.'}${base}.tmp-`;
}
async function fsyncDir(dir) {
    const fh = await (0,promises_.open)(dir, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY);
    try {
        await fh.sync();
    }
    catch {
        // Some filesystems refuse fsync on a directory; the rename is still atomic.
    }
    finally {
        await fh.close();
    }
}
function pidAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Removes temp files of `target` left by processes that no longer exist; returns their names. */
async function removeStaleTemps(target) {
    const dir = (0,external_node_path_.dirname)(target);
    const prefix = tempPrefix(target);
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const pid = Number(name.slice(prefix.length).split('-')[0]);
        if (pidAlive(pid) && pid !== process.pid)
            continue;
        const full = (0,external_node_path_.join)(dir, name);
        const st = await lstatOrUndefined(full);
        if (!st || !st.isFile())
            continue;
        await (0,promises_.unlink)(full).catch(() => undefined);
        removed.push(name);
    }
    return removed;
}
/**
 * Runs `fn` while holding `lockPath` (created O_EXCL, 0600, holding our pid). A lock whose pid is gone is
 * taken over. Two provisioning runs against one state directory therefore never interleave their
 * read-modify-write of the `.env`.
 */
async function withLock(lockPath, fn, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const pollMs = opts.pollMs ?? 50;
    const deadline = Date.now() + timeoutMs;
    const st = await lstatOrUndefined(lockPath);
    if (st?.isSymbolicLink())
        throw new SecureFileError(`refusing to use lock file ${lockPath}: it is a symlink`, 'symlink');
    for (;;) {
        try {
            const fh = await (0,promises_.open)(lockPath, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
            try {
                await fh.writeFile(`${process.pid}\n`);
            }
            finally {
                await fh.close();
            }
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            const holder = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
            if (holder && !pidAlive(holder)) {
                // The holder died. One process at a time (O_EXCL on a takeover file) removes the stale lock; then
                // everyone competes for it again through the O_EXCL create above.
                const takeover = `${lockPath}.takeover`;
                try {
                    const th = await (0,promises_.open)(takeover, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
                    await th.close();
                    try {
                        const again = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
                        if (again === holder)
                            await (0,promises_.rm)(lockPath, { force: true });
                    }
                    finally {
                        await (0,promises_.rm)(takeover, { force: true });
                    }
                }
                catch (te) {
                    if (te.code !== 'EEXIST')
                        throw te;
                    const tst = await lstatOrUndefined(takeover);
                    if (tst && Date.now() - tst.mtimeMs > 10_000)
                        await (0,promises_.rm)(takeover, { force: true });
                }
                continue;
            }
            if (Date.now() > deadline)
                throw new SecureFileError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${lockPath} (held by pid ${holder || 'unknown'}); another provisioning run is using this state directory`, 'lock-timeout');
            await new Promise((r) => setTimeout(r, pollMs + Math.floor(Math.random() * pollMs)));
        }
    }
    try {
        return await fn();
    }
    finally {
        const holder = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
        if (holder === process.pid)
            await (0,promises_.rm)(lockPath, { force: true });
    }
}

// EXTERNAL MODULE: ./src/provision/verify.ts
var verify = __webpack_require__(34918);
// EXTERNAL MODULE: ./src/provision/temporary-session.ts + 1 modules
var temporary_session = __webpack_require__(58478);
;// CONCATENATED MODULE: ./src/provision/local.ts
/**
 * Local provisioning, run on the gateway host (measured against OpenClaw 2026.9.6):
 *
 * 1. Under a lock on the state directory, the keys go into the managed block of `$OPENCLAW_STATE_DIR/.env`
 *    (0600, atomic, parent 0700, symlinks refused) as `CLAWFLEET_<SOURCE>_G<n>` variables.
 * 2. `openclaw secrets apply` gets a plan with one env SecretRef per agent profile (`<provider>:clawfleet`);
 *    the agents' SQLite stores then hold refs, never keys. `secrets apply` also migrates and rewrites the
 *    config file it is given (plain JSON + `meta` + `.bak`, even for a plan with only store targets), so it
 *    runs against a byte copy of the config in the same directory (includes resolve alike), deleted after:
 *    the gateway's config — the one in git — does not drift.
 * 3. A running gateway only sees variables that were in its environment when its process started: an
 *    in-process restart (`gateway.restart.request`) loads NEW names from `.env` but never replaces a value it
 *    already has, and `secrets.reload` reads no `.env` at all. A changed key therefore gets a new generation
 *    name, and the gateway is restarted (when a URL is given) whenever a name was added.
 * 4. For versions that still read `auth-profiles.json` (opt-in by version) that file gets the same refs.
 * 5. Verification: `openclaw models status --check --json --agent <id>` per agent on the on-disk state, and
 *    `models.authStatus` on the running gateway when one is given.
 */












class LocalProvisionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LocalProvisionError';
    }
}
const LOCK_NAME = '.clawfleet-provision.lock';
/** Provisions on the gateway host. Nothing is written before every check passed (done by the caller). */
async function provisionLocal(ctx) {
    const { inputs, deps } = ctx;
    const stateDir = (0,external_node_path_.resolve)(inputs.stateDir);
    const envPath = (0,external_node_path_.join)(stateDir, '.env');
    const actions = [];
    const warnings = [];
    const cli = (0,openclaw_cli/* parseOpenclawCommand */.y8)(inputs.openclaw);
    const refProvider = (0,plan/* envRefProvider */.Gq)(ctx.config);
    const wanted = new Map();
    for (const a of ctx.resolved.assignments)
        wanted.set(a.sourceEnv, ctx.resolved.values.get(a.sourceEnv));
    let newNames = [];
    let changed = false;
    await ensureStateDir(stateDir, inputs.dryRun, actions);
    const locked = async () => {
        const stale = inputs.dryRun ? [] : await removeStaleTemps(envPath);
        if (stale.length)
            warnings.push(`removed ${stale.length} temp file(s) left in ${stateDir} by an interrupted run: ${stale.join(', ')}`);
        const text = (await readSecureFile(envPath))?.toString('utf8') ?? '';
        const doc = parseDotenv(text);
        const managed = planManaged(doc.managed, wanted);
        newNames = [...managed.added, ...managed.rotated];
        const next = renderDotenv(doc, managed.entries);
        const targets = ctx.resolved.assignments.map((a) => ({ agentId: a.agentId, provider: a.provider, envName: managed.names.get(a.sourceEnv) }));
        if (inputs.dryRun) {
            if (next !== text)
                actions.push(`would update ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s))`);
            actions.push(`would apply ${targets.length} auth-profile ref(s) (${ctx.storeFormat === 'sqlite' ? 'openclaw secrets apply' : 'auth-profiles.json'})`);
            return;
        }
        const w = await writeSecureFile(envPath, next);
        if (w.written) {
            changed = true;
            actions.push(`wrote ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s); mode 0600)`);
        }
        else if (w.modeFixed) {
            changed = true;
            actions.push(`tightened ${envPath} to mode 0600`);
        }
        if (ctx.storeFormat === 'sqlite') {
            if (await applyPlan(ctx, cli, stateDir, targets, refProvider, actions))
                changed = true;
        }
        else if (await writeLegacyFiles(stateDir, targets, refProvider, actions))
            changed = true;
        // Superseded generations are dropped only now that no ref points at them any more.
        const final = renderDotenv(doc, managed.finalEntries);
        if (final !== next) {
            await writeSecureFile(envPath, final);
            actions.push(`removed ${managed.entries.length - managed.finalEntries.length} superseded variable(s) from ${envPath}`);
        }
    };
    if (inputs.dryRun)
        await locked(); // reads only: no lock file either
    else
        await withLock((0,external_node_path_.join)(stateDir, LOCK_NAME), locked, { timeoutMs: Math.max(inputs.timeoutMs, 30_000) });
    // The running gateway: restart when it must load new variables, then ask it what it holds.
    const gateway = inputs.gateways[0];
    const client = gateway ? (0,fleet_client/* createGatewayClient */.kU)(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) }) : undefined;
    const restart = { required: false, requested: false };
    if (newNames.length > 0 && !inputs.dryRun) {
        restart.reason = `the gateway must restart to load ${newNames.length} new credential variable(s) from ${envPath}`;
        if (client && inputs.restart === 'auto') {
            await restartAndWait(client, gateway, inputs.timeoutMs, deps);
            restart.requested = true;
            changed = true;
            actions.push(`restarted gateway ${gateway?.id} (gateway.restart.request) to load the new variables`);
        }
        else {
            restart.required = true;
            warnings.push(`${restart.reason}; ${client ? "restart is 'never'" : 'no gateway URL was given'}. Until it restarts, its agents cannot use the new keys`);
        }
    }
    let cells = [];
    const verified = inputs.verify && !inputs.dryRun;
    if (verified) {
        const onDisk = await verifyOnDisk(ctx, cli, stateDir);
        cells = client ? merge(onDisk, await verifyLive(ctx, client)) : onDisk;
        // The files are right but the running gateway still lacks a key: it did not restart after an earlier
        // run (a failed restart, `restart: never`, a crash). Restart once now, then check it again.
        const onDiskReady = (c) => onDisk.some((d) => d.agentId === c.agentId && d.provider === c.provider && d.status !== 'missing');
        if (client && inputs.restart === 'auto' && !restart.requested && cells.some((c) => c.status === 'missing' && onDiskReady(c))) {
            await restartAndWait(client, gateway, inputs.timeoutMs, deps);
            restart.requested = true;
            changed = true;
            actions.push(`restarted gateway ${gateway?.id}: it was running without credentials that are on disk`);
            cells = merge(onDisk, await verifyLive(ctx, client));
        }
    }
    return { changed, actions, warnings, cells, verified, restart };
}
async function ensureStateDir(stateDir, dryRun, actions) {
    if (dryRun)
        return;
    if (await ensurePrivateDir(stateDir))
        actions.push(`made ${stateDir} a private directory (0700)`);
}
/** Runs `openclaw secrets apply` on a scratch copy of the config; returns whether the stores changed. */
async function applyPlan(ctx, cli, stateDir, targets, refProvider, actions) {
    const { inputs, deps } = ctx;
    if (targets.length === 0)
        return false;
    const planFile = (0,external_node_path_.join)(inputs.tempDir, `clawfleet-secrets-plan-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    deps.staging.file(planFile);
    await writeSecureFile(planFile, `${JSON.stringify((0,plan/* buildSecretsPlan */.Xu)(targets, refProvider), null, 2)}\n`, { parent: 'existing' });
    const configFile = (0,external_node_path_.resolve)(inputs.gatewayConfigFile);
    const scratch = (0,external_node_path_.join)((0,external_node_path_.dirname)(configFile), `.clawfleet-apply-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    deps.staging.file(scratch);
    try {
        await (0,promises_.copyFile)(configFile, scratch);
        const env = (0,openclaw_cli/* childEnv */.gf)(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: scratch });
        const r = await (0,openclaw_cli/* runOpenclaw */.$H)(cli, ['secrets', 'apply', '--from', planFile, '--json'], { env, timeoutMs: inputs.timeoutMs });
        const json = (0,openclaw_cli/* parseJsonOutput */.dl)(r.stdout);
        if (r.code !== 0 || json === undefined)
            throw new LocalProvisionError((0,openclaw_cli/* describeFailure */.Ic)('openclaw secrets apply', r, deps.registry));
        const files = Array.isArray(json.changedFiles) ? json.changedFiles.length : 0;
        if (json.changed === true)
            actions.push(`openclaw secrets apply: set ${targets.length} env SecretRef(s) in ${files} agent store(s)`);
        return json.changed === true;
    }
    finally {
        await removeScratch(scratch);
    }
}
/** Deletes the scratch config and the `.bak` files `secrets apply` made next to it. */
async function removeScratch(scratch) {
    const dir = (0,external_node_path_.dirname)(scratch);
    const base = (0,external_node_path_.basename)(scratch);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const n of names)
        if (n === base || n.startsWith(`${base}.`))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, n), { force: true });
}
/** Writes each agent's legacy `auth-profiles.json`; returns whether any changed. */
async function writeLegacyFiles(stateDir, targets, refProvider, actions) {
    const byAgent = new Map();
    for (const t of targets)
        byAgent.set(t.agentId, [...(byAgent.get(t.agentId) ?? []), t]);
    let changed = false;
    for (const [agentId, list] of byAgent) {
        // agentId passed checkAgentId (no separators, no dots) before any of this runs.
        const agentsDir = (0,external_node_path_.join)(stateDir, 'agents');
        const agentDir = (0,external_node_path_.join)(agentsDir, agentId, 'agent');
        for (const d of [agentsDir, (0,external_node_path_.join)(agentsDir, agentId), agentDir])
            await ensurePrivateDir(d);
        const file = (0,external_node_path_.join)(agentDir, 'auth-profiles.json');
        const raw = await readSecureFile(file);
        let existing;
        if (raw !== undefined) {
            try {
                existing = JSON.parse(raw.toString('utf8'));
            }
            catch {
                throw new LocalProvisionError(`${file} is not valid JSON; it was left unchanged. Fix: repair or remove it`);
            }
        }
        const w = await writeSecureFile(file, (0,plan/* buildLegacyAuthProfiles */.Ws)(existing, list, refProvider));
        if (w.written || w.modeFixed) {
            changed = true;
            actions.push(`wrote ${file} (${list.length} keyRef profile(s); mode 0600)`);
        }
    }
    return changed;
}
/** Requests an in-process restart and waits until the gateway is back (uptime reset) and ready. */
async function restartAndWait(client, gateway, timeoutMs, deps) {
    const detector = new RestartDetector();
    const before = await client.readyz().catch(() => undefined);
    if (before?.uptimeMs !== undefined)
        detector.observe({ uptimeMs: before.uptimeMs });
    await client.restartRequest();
    deps.logger.info(`${gateway.id}: restart requested; waiting for it to come back`);
    const deadline = Date.now() + Math.max(timeoutMs, 120_000);
    let restarted = before?.uptimeMs === undefined;
    while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1000));
        const r = await client.readyz({ attempts: 1, timeoutMs: 5000 }).catch(() => undefined);
        if (!r) {
            restarted = true; // unreachable while it restarts
            continue;
        }
        if (r.uptimeMs !== undefined && detector.observe({ uptimeMs: r.uptimeMs }).restarted)
            restarted = true;
        if (restarted && r.ready)
            return;
    }
    throw new LocalProvisionError(`${gateway.id}: the gateway did not come back ready within ${Math.round(Math.max(timeoutMs, 120_000) / 1000)} s after the restart request`);
}
/**
 * Asks the running gateway to re-resolve its SecretRefs (`secrets.reload`, WebSocket) and returns the
 * (agent, provider) pairs of this action's profiles it cannot resolve (`status.degradedSecretOwners`).
 * Measured: after `secrets apply` a running gateway does not look at the new refs until a reload or
 * restart, `models.authStatus` reports a keyRef profile as usable whether or not the ref resolves, and only
 * the degraded-owner list shows a ref whose variable the process does not have.
 */
async function unresolvedOnGateway(client, gateway, deps, timeoutMs, warnings) {
    await (0,temporary_session/* withTemporarySession */.u)(client, gateway, deps, timeoutMs, warnings, (session) => session.call('secrets.reload', {}));
    return (0,verify/* unresolvedFromStatus */.WO)(await client.status());
}
/** The providers of an agent this run provisioned (only those are verified). */
function verifiableProviders(ctx, agent) {
    return agent.providers.map((p) => p.provider).filter((p) => ctx.resolved.assignments.some((a) => a.agentId === agent.agentId && a.provider === p));
}
/** Per agent: `openclaw models status --check` on the on-disk state (what a fresh start gets). */
async function verifyOnDisk(ctx, cli, stateDir) {
    const { inputs, deps } = ctx;
    const limit = (0,p_limit["default"])(2);
    const env = (0,openclaw_cli/* childEnv */.gf)(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: (0,external_node_path_.resolve)(inputs.gatewayConfigFile) });
    const perAgent = await Promise.all(ctx.needs.map((agent) => limit(async () => {
        const verifiable = verifiableProviders(ctx, agent);
        if (verifiable.length === 0)
            return [];
        const r = await (0,openclaw_cli/* runOpenclaw */.$H)(cli, ['models', 'status', '--check', '--json', '--agent', agent.agentId], { env, timeoutMs: inputs.timeoutMs });
        if (r.timedOut || (r.code !== 0 && r.code !== 1 && r.code !== 2))
            throw new LocalProvisionError((0,openclaw_cli/* describeFailure */.Ic)(`openclaw models status --agent ${agent.agentId}`, r, deps.registry));
        return (0,verify/* cellsFromModelsStatus */.eZ)(agent.agentId, verifiable, r.code, (0,openclaw_cli/* parseJsonOutput */.dl)(r.stdout));
    })));
    return perAgent.flat();
}
/** Per agent: what the running gateway holds (`models.authStatus` + refs it cannot resolve after a reload). */
async function verifyLive(ctx, client) {
    const { inputs, deps } = ctx;
    const unresolved = await unresolvedOnGateway(client, inputs.gateways[0], deps, inputs.timeoutMs, []);
    const cells = [];
    for (const agent of ctx.needs) {
        const verifiable = verifiableProviders(ctx, agent);
        if (verifiable.length === 0)
            continue;
        const payload = await client.modelsAuthStatus({ agentId: agent.agentId });
        cells.push(...(0,verify/* cellsFromAuthStatus */.at)(agent.agentId, verifiable, payload).map((c) => unresolved.has(`${c.agentId}\0${c.provider}`) ? { ...c, status: 'missing', detail: 'gateway status: the running gateway cannot resolve this key (secret reference not found; it needs a restart)' } : c));
    }
    return cells;
}
/** Merges two verdict lists for the same (agent, provider) keys, keeping the worse of each. */
function merge(a, b) {
    const out = new Map(a.map((c) => [`${c.agentId}\0${c.provider}`, c]));
    for (const c of b) {
        const k = `${c.agentId}\0${c.provider}`;
        const prev = out.get(k);
        out.set(k, prev ? (0,verify/* worse */.JJ)(prev, c) : c);
    }
    return [...out.values()];
}


/***/ }),

/***/ 26771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ runOpenclaw),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   dl: () => (/* binding */ parseJsonOutput),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   y8: () => (/* binding */ parseOpenclawCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41777);
/**
 * Running the OpenClaw CLI on the gateway host: `secrets apply`, `models status --check`, `--version`.
 *
 * The child gets a small environment: PATH/HOME/locale/temp, the operator's `OPENCLAW_*` settings, and the
 * state and config paths we choose. It never inherits the runner's secrets: the CLI reads the keys from the
 * gateway's `.env` exactly as the gateway will (a process-env value would win over `.env` and hide a bad
 * write). Output is size-capped, every call has a timeout, and anything shown to the user passes through
 * the SecretRegistry first.
 */


/** `openclaw` (on PATH), an absolute path to the binary, or a `.mjs`/`.js` entry run with this Node. */
function parseOpenclawCommand(value) {
    const v = value.trim() || 'openclaw';
    if (/\.(mjs|cjs|js)$/.test(v))
        return { file: process.execPath, prefixArgs: [v] };
    return { file: v, prefixArgs: [] };
}
const PASS_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'TMP', 'TEMP', 'TZ', 'NODE_EXTRA_CA_CERTS', 'SystemRoot'];
const MAX_OUTPUT = 4 * 1024 * 1024;
/** The child environment (see module doc). */
function childEnv(base, extra) {
    const env = {};
    for (const k of PASS_ENV)
        if (base[k] !== undefined)
            env[k] = base[k];
    for (const [k, v] of Object.entries(base))
        if (k.startsWith('OPENCLAW_') && v !== undefined)
            env[k] = v;
    for (const k of Object.keys(env))
        if (k.startsWith(_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .MANAGED_PREFIX */ .D))
            delete env[k];
    delete env['OPENCLAW_CONFIG_READONLY']; // a read-only config would make `secrets apply` refuse; we point it at a scratch copy
    env['NO_COLOR'] = '1';
    env['FORCE_COLOR'] = '0';
    return { ...env, ...extra };
}
/** Runs one CLI command to completion (or timeout: SIGTERM, then SIGKILL after 5 s). */
function runOpenclaw(cmd, args, opts) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd.file, [...cmd.prefixArgs, ...args], { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const cap = (cur, chunk) => (cur.length >= MAX_OUTPUT ? cur : cur + chunk.toString('utf8'));
        child.stdout.on('data', (c) => (stdout = cap(stdout, c)));
        child.stderr.on('data', (c) => (stderr = cap(stderr, c)));
        let killTimer;
        const stop = () => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        };
        const timer = setTimeout(stop, opts.timeoutMs);
        const onAbort = () => stop();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (e) => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            const code = e.code;
            reject(new Error(code === 'ENOENT' ? `cannot run the OpenClaw CLI "${cmd.file}": not found. Fix: install openclaw on this host or set the 'openclaw' input to its path` : `cannot run the OpenClaw CLI "${cmd.file}": ${code ?? e.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            opts.signal?.removeEventListener('abort', onAbort);
            resolvePromise({ code, signal, stdout, stderr, timedOut });
        });
    });
}
/** Parses the JSON document a `--json` command printed (ignoring anything before the first `{`). */
function parseJsonOutput(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    try {
        return JSON.parse(stdout.slice(start));
    }
    catch {
        return undefined;
    }
}
/** A short, scrubbed excerpt of a failed command's output for an error message. */
function describeFailure(what, r, registry) {
    const parsed = parseJsonOutput(r.stdout);
    const fromJson = typeof parsed?.error?.message === 'string' ? parsed.error.message : undefined;
    const tail = (fromJson ?? (r.stderr.trim() || r.stdout.trim()))
        .split('\n')
        .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
        .filter(Boolean)
        .slice(-6)
        .join(' | ');
    const how = r.timedOut ? 'timed out' : r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`;
    return registry.redact(`${what} ${how}${tail ? `: ${tail.slice(0, 1500)}` : ''}`);
}
/** `OpenClaw 2026.9.6 (eb377ac)` → `2026.9.6`. */
function parseVersion(output) {
    return /(\d{4}\.\d{1,2}\.\d{1,3}(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1];
}


/***/ }),

/***/ 24444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ StoreFormatError),
/* harmony export */   Gq: () => (/* binding */ envRefProvider),
/* harmony export */   Ws: () => (/* binding */ buildLegacyAuthProfiles),
/* harmony export */   Xu: () => (/* binding */ buildSecretsPlan),
/* harmony export */   vN: () => (/* binding */ selectStoreFormat)
/* harmony export */ });
/* unused harmony export SQLITE_ONLY_VERSION */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41777);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82787);
/**
 * Files that tell OpenClaw where each agent's key lives — never the key itself:
 * - the `openclaw secrets apply` plan (docs/gateway/secrets-plan-contract.md): one SQLite auth-profile
 *   target per (agent, provider), each an env SecretRef to the managed `.env` variable;
 * - the legacy per-agent `auth-profiles.json`, for OpenClaw versions that still read it (opt-in, by version).
 */



/** The newest OpenClaw version we measured: it keeps credentials in SQLite and ignores `auth-profiles.json`. */
const SQLITE_ONLY_VERSION = '2026.9.6';
/** The env SecretRef provider alias: `secrets.defaults.env` when the config sets one, else `default`. */
function envRefProvider(config) {
    const alias = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .getIn */ .O6)(config, ['secrets', 'defaults', 'env']);
    return typeof alias === 'string' && alias.trim() ? alias.trim() : 'default';
}
/**
 * The plan for `openclaw secrets apply --from`. `scrubEnv` is off: it would delete from `.env` the values a
 * plan migrates, i.e. exactly the variables the refs need. `scrubAuthProfilesForProviderTargets` is off so
 * the operator's other profiles are left alone.
 */
function buildSecretsPlan(targets, refProvider) {
    const sorted = [...targets].sort((a, b) => (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnit */ .X)(a.agentId, b.agentId) || (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnit */ .X)(a.provider, b.provider));
    return {
        version: 1,
        protocolVersion: 1,
        scrubEnv: false,
        scrubAuthProfilesForProviderTargets: false,
        targets: sorted.map((t) => {
            const profileId = (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .managedProfileId */ .YG)(t.provider);
            return {
                type: 'auth-profiles.api_key.key',
                path: `profiles.${profileId}.key`,
                pathSegments: ['profiles', profileId, 'key'],
                agentId: t.agentId,
                authProfileProvider: t.provider,
                ref: { source: 'env', provider: refProvider, id: t.envName },
            };
        }),
    };
}
class StoreFormatError extends Error {
}
/**
 * Picks the store format. `legacyBelow` (input `legacy-auth-profiles-below`) is the first OpenClaw version
 * that no longer reads `auth-profiles.json`; OpenClaw's docs and changelog do not name it, so the operator
 * supplies it. Unset → always SQLite. A threshold above {@link SQLITE_ONLY_VERSION} is refused: that version
 * is known to ignore the file, and a leftover file next to an empty store blocks those providers.
 */
function selectStoreFormat(targetVersion, legacyBelow) {
    if (legacyBelow === undefined || legacyBelow === '')
        return 'sqlite';
    const below = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(legacyBelow, { includePrerelease: true }));
    if (!below)
        throw new StoreFormatError(`The value '${legacyBelow}' is not valid for 'legacy-auth-profiles-below'. Expected a version such as 2026.5.0.`);
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().gt(below, SQLITE_ONLY_VERSION)) {
        throw new StoreFormatError(`'legacy-auth-profiles-below' is ${legacyBelow}, but OpenClaw ${SQLITE_ONLY_VERSION} already ignores auth-profiles.json (credentials live in SQLite; a leftover file next to an empty store blocks the provider with AUTH_PROFILE_MIGRATION_REQUIRED). Fix: set it to the first version that stopped reading the file, at most ${SQLITE_ONLY_VERSION}.`);
    }
    if (targetVersion === undefined)
        throw new StoreFormatError(`'legacy-auth-profiles-below' is set but the target OpenClaw version is unknown. Fix: set 'openclaw-version'.`);
    const target = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(targetVersion, { includePrerelease: true }));
    if (!target)
        throw new StoreFormatError(`The value '${targetVersion}' is not valid for 'openclaw-version'. Expected a version such as 2026.9.6.`);
    return semver__WEBPACK_IMPORTED_MODULE_0___default().lt(target, below) ? 'legacy-json' : 'sqlite';
}
/**
 * The content of one agent's legacy `auth-profiles.json`: the existing profiles kept, this action's
 * `<provider>:clawfleet` profiles set to env `keyRef`s (the key itself stays in `.env`). Keys sorted.
 */
function buildLegacyAuthProfiles(existing, targets, refProvider) {
    const base = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(existing) ? existing : {};
    const profiles = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(base['profiles']) ? { ...base['profiles'] } : {};
    for (const t of targets) {
        profiles[(0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .managedProfileId */ .YG)(t.provider)] = { type: 'api_key', provider: t.provider, keyRef: { source: 'env', provider: refProvider, id: t.envName } };
    }
    const sortedProfiles = Object.fromEntries(Object.keys(profiles).sort(_util_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnit */ .X).map((k) => [k, profiles[k]]));
    return `${JSON.stringify({ ...base, version: typeof base['version'] === 'number' ? base['version'] : 1, profiles: sortedProfiles }, null, 2)}\n`;
}


/***/ }),

/***/ 58478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ withTemporarySession)
});

// UNUSED EXPORTS: removeDevice

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
;// CONCATENATED MODULE: ./src/provision/operator-session.ts
/**
 * An `operator.admin` WebSocket session with a gateway, for the RPCs that admin HTTP RPC does not expose
 * (`secrets.store.*`; openclaw-notes §3.6).
 *
 * A shared-token WebSocket client only keeps the scopes it asks for when it is a local CLI on loopback
 * (§3.2). Everywhere else the gateway wants a paired device, so the session:
 * 1. creates an ephemeral Ed25519 device identity (never written to disk; id = sha256 of the raw public key),
 * 2. answers `connect.challenge` with a v3 device signature over
 *    `v3|deviceId|clientId|clientMode|role|scopes|signedAt|token|nonce|platform|deviceFamily`,
 * 3. on `NOT_PAIRED` approves its own pairing request through `approve(requestId)` (the caller uses admin
 *    HTTP RPC `device.pair.approve`, which the bearer token authorizes) and connects again,
 * 4. reports its device id so the caller removes the pairing afterwards (`device.pair.remove`), also from the
 *    post step if this process dies.
 * Errors name the instance, the method and the gateway's error code; messages pass through the registry.
 */


class OperatorSessionError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'OperatorSessionError';
    }
}
const SCOPES = ['operator.admin'];
const CLIENT = { id: 'cli', mode: 'cli' };
/** Converts an http(s) gateway URL into its WebSocket URL. */
function wsUrlFor(url) {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new OperatorSessionError(`gateway URL must be http(s), got ${u.protocol}`);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    u.search = '';
    u.hash = '';
    return u.toString();
}
function newIdentity() {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { deviceId: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
}
class OperatorSession {
    ws;
    opts;
    deviceId;
    scopes;
    serverVersion;
    nextId = 0;
    pending = new Map();
    closed = false;
    constructor(ws, opts, deviceId, scopes, serverVersion) {
        this.ws = ws;
        this.opts = opts;
        this.deviceId = deviceId;
        this.scopes = scopes;
        this.serverVersion = serverVersion;
        ws.on('message', (data) => this.onMessage(String(data)));
        ws.on('close', () => this.failAll(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket`, 'closed')));
    }
    /** Connects (pairing the ephemeral device when needed). */
    static async open(opts) {
        const identity = newIdentity();
        let announced = false;
        // The device exists for the gateway only once a connect carrying it was sent: report it then (not
        // before), so a gateway that never answered leaves nothing to unpair.
        const announce = () => {
            if (announced)
                return;
            announced = true;
            opts.onDevice?.(identity.deviceId);
        };
        const deadline = Date.now() + (opts.startupBudgetMs ?? 60_000);
        let approved = false;
        for (let attempt = 0;; attempt++) {
            const result = await connectOnce(opts, identity, announce);
            if (result.ok)
                return new OperatorSession(result.ws, opts, identity.deviceId, result.scopes, result.serverVersion);
            const err = result.error;
            if (err.code === 'NOT_PAIRED' && !approved && typeof err.details?.['requestId'] === 'string') {
                await opts.approve(err.details['requestId']);
                approved = true;
                continue;
            }
            const retryAfter = typeof err.retryAfterMs === 'number' ? err.retryAfterMs : typeof err.details?.['retryAfterMs'] === 'number' ? err.details['retryAfterMs'] : undefined;
            if (err.code === 'UNAVAILABLE' && Date.now() + (retryAfter ?? 1000) < deadline && attempt < 30) {
                await new Promise((r) => setTimeout(r, Math.min(retryAfter ?? 1000, 5000)));
                continue;
            }
            throw new OperatorSessionError(opts.registry.redact(`${opts.instanceId}: WebSocket connect refused (${err.code ?? 'error'}): ${err.message ?? 'no message'}${err.code === 'NOT_PAIRED' ? ' — the pairing approval did not take effect' : ''}`), err.code);
        }
    }
    onMessage(text) {
        let frame;
        try {
            frame = JSON.parse(text);
        }
        catch {
            return;
        }
        const f = frame;
        if (f.type !== 'res' || typeof f.id !== 'string')
            return;
        const p = this.pending.get(f.id);
        if (!p)
            return;
        this.pending.delete(f.id);
        clearTimeout(p.timer);
        p.resolve(f);
    }
    failAll(e) {
        this.closed = true;
        for (const [id, p] of this.pending) {
            clearTimeout(p.timer);
            p.reject(e);
            this.pending.delete(id);
        }
    }
    /** Calls one method; rejects with the gateway's error code and (scrubbed) message. */
    async call(method, params) {
        if (this.closed)
            throw new OperatorSessionError(`${this.opts.instanceId}: ${method}: the session is closed`, 'closed');
        const id = `p${++this.nextId}`;
        const timeoutMs = this.opts.timeoutMs ?? 20_000;
        const frame = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new OperatorSessionError(`${this.opts.instanceId}: ${method} timed out after ${timeoutMs} ms`, 'timeout'));
            }, timeoutMs);
            this.pending.set(id, { resolve, reject, timer });
            this.ws.send(JSON.stringify({ type: 'req', id, method, params }), (e) => {
                if (!e)
                    return;
                clearTimeout(timer);
                this.pending.delete(id);
                reject(new OperatorSessionError(`${this.opts.instanceId}: ${method}: send failed`, 'send'));
            });
        });
        if (frame.ok)
            return frame.payload;
        throw new OperatorSessionError(this.opts.registry.redact(`${this.opts.instanceId}: ${method} failed (${frame.error?.code ?? 'error'}): ${frame.error?.message ?? 'no message'}`), frame.error?.code);
    }
    close() {
        this.closed = true;
        try {
            this.ws.close(1000);
        }
        catch {
            // already closed
        }
    }
}
function connectOnce(opts, identity, announce) {
    const timeoutMs = opts.timeoutMs ?? 20_000;
    return new Promise((resolve, reject) => {
        let settled = false;
        const ws = new wrapper/* default */.Ay(wsUrlFor(opts.url), { handshakeTimeout: timeoutMs, maxPayload: 32 * 1024 * 1024, followRedirects: false });
        const done = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            fn();
        };
        const timer = setTimeout(() => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket handshake timed out after ${timeoutMs} ms`, 'timeout')); }), timeoutMs);
        ws.on('error', (e) => done(() => reject(new OperatorSessionError(opts.registry.redact(`${opts.instanceId}: WebSocket to ${new URL(opts.url).host} failed: ${e.code ?? e.message}`), 'unreachable'))));
        ws.on('unexpected-response', (_req, res) => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket upgrade refused with HTTP ${res.statusCode}`, res.statusCode === 401 || res.statusCode === 403 ? 'unauthorized' : 'protocol')); }));
        ws.on('close', (code) => done(() => reject(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket during connect (code ${code})`, 'closed'))));
        ws.on('message', (data) => {
            let m;
            try {
                m = JSON.parse(String(data));
            }
            catch {
                return;
            }
            if (m.type === 'event' && m.event === 'connect.challenge') {
                const challenge = (m.payload ?? {});
                const nonce = String(challenge.nonce ?? '');
                const signedAt = typeof challenge.ts === 'number' ? challenge.ts : Date.now();
                const platform = process.platform;
                const payload = ['v3', identity.deviceId, CLIENT.id, CLIENT.mode, 'operator', SCOPES.join(','), String(signedAt), opts.token, nonce, platform, ''].join('|');
                const signature = (0,external_node_crypto_.sign)(null, Buffer.from(payload, 'utf8'), identity.privateKey).toString('base64url');
                announce();
                ws.send(JSON.stringify({
                    type: 'req',
                    id: 'connect',
                    method: 'connect',
                    params: {
                        minProtocol: 4,
                        maxProtocol: 4,
                        client: { id: CLIENT.id, version: opts.version ?? '0.1.0', platform, mode: CLIENT.mode },
                        role: 'operator',
                        scopes: SCOPES,
                        caps: [],
                        auth: { token: opts.token },
                        userAgent: `clawfleet/${opts.version ?? '0.1.0'}`,
                        device: { id: identity.deviceId, publicKey: identity.publicKey, signature, signedAt, nonce },
                    },
                }));
                return;
            }
            if (m.type === 'res' && m.id === 'connect') {
                if (m.ok) {
                    const payload = (m.payload ?? {});
                    const scopes = Array.isArray(payload.auth?.scopes) ? payload.auth.scopes.filter((s) => typeof s === 'string') : [];
                    if (!scopes.includes('operator.admin')) {
                        done(() => {
                            ws.close(1000);
                            reject(new OperatorSessionError(`${opts.instanceId}: the gateway granted scopes [${scopes.join(', ')}] but provisioning needs operator.admin`, 'scope'));
                        });
                        return;
                    }
                    done(() => resolve({ ok: true, ws, scopes, serverVersion: typeof payload.server?.version === 'string' ? payload.server.version : undefined }));
                }
                else {
                    done(() => {
                        ws.terminate();
                        resolve({ ok: false, error: m.error ?? {} });
                    });
                }
            }
        });
    });
}

;// CONCATENATED MODULE: ./src/provision/temporary-session.ts

/** Unpairs a temporary device; a failure becomes a warning (the post step retries). */
async function removeDevice(admin, deviceId, instanceId, warnings) {
    try {
        await admin.call('device.pair.remove', { deviceId });
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (!/not found|unknown device|NOT_FOUND/i.test(msg))
            warnings.push(`${instanceId}: could not remove the temporary paired device ${deviceId.slice(0, 12)}…: ${msg} (the post step retries)`);
    }
}
/**
 * Opens the session (recording the device in the staging file before it exists on the gateway, so the post
 * step can unpair it after a crash), runs `work`, then closes the session and unpairs the device. A failure
 * to unpair is a warning; a failure to connect or of `work` propagates after the clean-up.
 */
async function withTemporarySession(admin, endpoint, deps, timeoutMs, warnings, work, opts = {}) {
    let deviceId;
    const session = await OperatorSession.open({
        instanceId: endpoint.id,
        url: endpoint.url,
        token: endpoint.token,
        registry: deps.registry,
        timeoutMs: Math.min(timeoutMs, 30_000),
        version: deps.clientVersion,
        onDevice: (id) => {
            deviceId = id;
            deps.staging.device({ instanceId: endpoint.id, url: endpoint.url, deviceId: id });
        },
        approve: async (requestId) => {
            await admin.call('device.pair.approve', { requestId });
            if (opts.announceApproval)
                deps.logger.info(`${endpoint.id}: approved the pairing of a temporary device (removed again at the end)`);
        },
    }).catch(async (e) => {
        if (deviceId)
            await removeDevice(admin, deviceId, endpoint.id, warnings);
        throw e;
    });
    try {
        return await work(session);
    }
    finally {
        session.close();
        if (deviceId)
            await removeDevice(admin, deviceId, endpoint.id, warnings);
    }
}


/***/ }),

/***/ 82787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ getIn),
/* harmony export */   X: () => (/* binding */ byCodeUnit),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/** Small helpers shared by the provisioning modules. */
/** A plain object (not an array, not null). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads a nested value by plain keys (undefined when a step is missing or not an object). */
function getIn(value, keys) {
    let cur = value;
    for (const key of keys) {
        if (!isRecord(cur) || !Object.hasOwn(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Compares strings by code unit, so output order never depends on the runner's locale. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 34918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ worse),
/* harmony export */   WO: () => (/* binding */ unresolvedFromStatus),
/* harmony export */   at: () => (/* binding */ cellsFromAuthStatus),
/* harmony export */   eZ: () => (/* binding */ cellsFromModelsStatus)
/* harmony export */ });
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82787);
/**
 * Turning what OpenClaw reports about credentials into one table: agent × provider → ready / missing /
 * expiring (plus `skipped` for needs this action leaves alone, e.g. a keyless local provider).
 *
 * Two sources, same verdicts:
 * - `openclaw models status --check --json --agent <id>` on the gateway host (exit 0 ok, 1 missing/expired/
 *   unusable, 2 expiring; JSON `auth.missingProvidersInUse`, `auth.modelRouteIssues`, `auth.providers`,
 *   `auth.oauth.providers`) — what the on-disk state gives a freshly started gateway;
 * - the `models.authStatus {agentId}` RPC (`providers[].status`: ok | static | expiring | expired | missing)
 *   — what the running gateway holds in memory.
 */

const RANK = { skipped: 0, unverified: 0, ready: 1, expiring: 2, missing: 3 };
/** The worse of two verdicts for one cell (missing > expiring > ready). */
function worse(a, b) {
    return RANK[b.status] > RANK[a.status] ? b : a;
}
/** Verdicts from one `models status --check --json --agent <id>` run for the providers we care about. */
function cellsFromModelsStatus(agentId, providers, exitCode, json) {
    const auth = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json) && (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json['auth']) ? json['auth'] : {};
    const missing = new Set(Array.isArray(auth.missingProvidersInUse) ? auth.missingProvidersInUse.filter((p) => typeof p === 'string').map((p) => p.toLowerCase()) : []);
    const routeIssues = Array.isArray(auth.modelRouteIssues) ? auth.modelRouteIssues.filter(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
    const effective = new Map();
    if (Array.isArray(auth.providers)) {
        for (const p of auth.providers) {
            if (!(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p) || typeof p['provider'] !== 'string')
                continue;
            const eff = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p['effective']) ? p['effective']['kind'] : undefined;
            effective.set(p['provider'].toLowerCase(), typeof eff === 'string' ? eff : 'unknown');
        }
    }
    const oauthStatus = new Map();
    const oauthProviders = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(auth.oauth) ? auth.oauth['providers'] : undefined;
    if (Array.isArray(oauthProviders)) {
        for (const p of oauthProviders)
            if ((0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p) && typeof p['provider'] === 'string' && typeof p['status'] === 'string')
                oauthStatus.set(p['provider'].toLowerCase(), p['status']);
    }
    return providers.map((provider) => {
        const src = 'models status';
        if (json === undefined)
            return { agentId, provider, status: 'missing', detail: `${src}: no JSON output (exit ${exitCode})` };
        if (missing.has(provider))
            return { agentId, provider, status: 'missing', detail: `${src}: listed in missingProvidersInUse` };
        const issue = routeIssues.find((i) => String(i['provider']).toLowerCase() === provider);
        if (issue)
            return { agentId, provider, status: 'missing', detail: `${src}: ${String(issue['kind'])}${typeof issue['message'] === 'string' ? ` (${issue['message']})` : ''}` };
        const oauth = oauthStatus.get(provider);
        if (oauth === 'expired' || oauth === 'missing')
            return { agentId, provider, status: 'missing', detail: `${src}: OAuth ${oauth}` };
        if (oauth === 'expiring')
            return { agentId, provider, status: 'expiring', detail: `${src}: OAuth expiring` };
        const eff = effective.get(provider);
        if (eff === 'missing')
            return { agentId, provider, status: 'missing', detail: `${src}: no usable credential` };
        if (eff !== undefined)
            return { agentId, provider, status: 'ready', detail: `${src}: credential from ${eff}` };
        return { agentId, provider, status: exitCode === 1 ? 'missing' : 'ready', detail: `${src}: exit ${exitCode}, provider not listed` };
    });
}
/** Verdicts from the `models.authStatus` RPC payload for one agent. */
function cellsFromAuthStatus(agentId, providers, payload) {
    const list = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(payload) && Array.isArray(payload['providers']) ? payload['providers'].filter(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
    return providers.map((provider) => {
        const src = 'gateway models.authStatus';
        const entry = list.find((p) => String(p['provider']).toLowerCase() === provider || String(p['authProvider']).toLowerCase() === provider);
        if (!entry)
            return { agentId, provider, status: 'missing', detail: `${src}: provider has no credential` };
        const status = String(entry['status']);
        if (status === 'ok' || status === 'static')
            return { agentId, provider, status: 'ready', detail: `${src}: ${status}` };
        if (status === 'expiring')
            return { agentId, provider, status: 'expiring', detail: `${src}: expiring` };
        return { agentId, provider, status: 'missing', detail: `${src}: ${status}` };
    });
}
/**
 * This action's profiles the running gateway cannot resolve, from the `status` RPC's
 * `degradedSecretOwners` (each `ownerId` is `["<agentDir>/openclaw-agent.sqlite", "<profileId>"]` for an
 * auth profile). Returns `agent\0provider` keys for `<provider>:clawfleet` profiles.
 */
function unresolvedFromStatus(status) {
    const owners = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(status) && Array.isArray(status['degradedSecretOwners']) ? status['degradedSecretOwners'].filter(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
    const out = new Set();
    for (const o of owners) {
        let id;
        try {
            id = JSON.parse(String(o['ownerId']));
        }
        catch {
            continue;
        }
        if (!Array.isArray(id) || typeof id[0] !== 'string' || typeof id[1] !== 'string')
            continue;
        const agent = /[\\/]agents[\\/]([^\\/]+)[\\/]agent[\\/]openclaw-agent\.sqlite$/.exec(id[0])?.[1];
        const profile = /^(.+):clawfleet$/.exec(id[1])?.[1];
        if (agent && profile)
            out.add(`${agent}\0${profile}`);
    }
    return out;
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};

//# sourceMappingURL=913.index.js.map