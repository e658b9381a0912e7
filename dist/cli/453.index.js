export const id = 453;
export const ids = [453];
export const modules = {

/***/ 81562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ diffConfig),
/* harmony export */   PM: () => (/* binding */ renderConfigRaw),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   jU: () => (/* binding */ contentEquals),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vj: () => (/* binding */ unverifiableSecretPaths)
/* harmony export */ });
/* unused harmony exports REDACTED_SENTINEL, IGNORED_ROOT_KEYS, withoutIgnoredRoot */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Content comparison of OpenClaw configs, the way "already at target" and "read back" are decided.
 *
 * Hashes cannot be used for that: `config.get`'s `hash` is an HMAC keyed per installation (openclaw-notes
 * §3.3), so two gateways with identical files report different hashes and nothing computed in CI matches.
 * We compare the parsed JSON of the gateway's file (`config.get.parsed`: the file as written, `${VAR}`
 * verbatim, `$include` unresolved, secrets redacted) with the desired object, with two rules:
 *
 * - the root `meta` block is ignored: OpenClaw adds/updates it on every write (`lastTouchedVersion`,
 *   `migrations`), so it is never part of what we deploy;
 * - a live value `"__OPENCLAW_REDACTED__"` is OpenClaw hiding a secret it holds. It matches a desired
 *   `"__OPENCLAW_REDACTED__"` (the documented way to say "keep the gateway's stored secret"; OpenClaw restores
 *   the real value on write) and any other desired string (we cannot see the value, so a literal secret in the
 *   repo config cannot be verified — {@link unverifiableSecretPaths} lists those paths so the plan can say so).
 *   A `${VAR}` reference is NOT redacted by OpenClaw (measured), so env-ref secrets compare exactly.
 *
 * Object key order never matters; array order does (OpenClaw keeps it).
 */

/** What OpenClaw writes in place of a secret in `config.get` (and accepts back to mean "keep it"). */
const REDACTED_SENTINEL = '__OPENCLAW_REDACTED__';
/** Root keys that OpenClaw owns and that deployments neither send nor compare. */
const IGNORED_ROOT_KEYS = new Set(['meta']);
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** A copy of a config object without the ignored root keys. */
function withoutIgnoredRoot(config) {
    if (!isRecord(config))
        return config;
    const out = {};
    for (const [k, v] of Object.entries(config))
        if (!IGNORED_ROOT_KEYS.has(k))
            out[k] = v;
    return out;
}
/**
 * Deterministic JSON: object keys sorted, no whitespace. Iterative descent is not needed here: configs are
 * depth-limited by the loader (128) before they reach us, and gateway answers are parsed by JSON.parse.
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (isRecord(v)) {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** `sha256:<hex>` of the canonical JSON of a config without its ignored root keys. */
function contentDigest(config) {
    return `sha256:${sha256Hex(canonicalJson(withoutIgnoredRoot(config)))}`;
}
/** True when `live` (from config.get) holds the same content as `desired` under the module's rules. */
function contentEquals(live, desired) {
    return equalAt(withoutIgnoredRoot(live), withoutIgnoredRoot(desired));
}
function equalAt(live, desired) {
    if (live === REDACTED_SENTINEL && typeof desired === 'string')
        return true;
    if (Array.isArray(live) || Array.isArray(desired)) {
        if (!Array.isArray(live) || !Array.isArray(desired) || live.length !== desired.length)
            return false;
        for (let i = 0; i < live.length; i++)
            if (!equalAt(live[i], desired[i]))
                return false;
        return true;
    }
    if (isRecord(live) || isRecord(desired)) {
        if (!isRecord(live) || !isRecord(desired))
            return false;
        const lk = Object.keys(live);
        if (lk.length !== Object.keys(desired).length)
            return false;
        for (const k of lk) {
            if (!Object.prototype.hasOwnProperty.call(desired, k))
                return false;
            if (!equalAt(live[k], desired[k]))
                return false;
        }
        return true;
    }
    return Object.is(live, desired) || (typeof live === 'number' && live === desired);
}
/**
 * The paths where `desired` differs from `live` (same rules as {@link contentEquals}). Objects are descended;
 * an added/removed key, a type change, or a differing array/scalar is one entry at that path. Paths only:
 * values can be secrets and never appear in a plan.
 */
function diffConfig(live, desired) {
    const out = [];
    const walk = (l, d, path) => {
        if (isRecord(l) && isRecord(d)) {
            const keys = new Set([...Object.keys(l), ...Object.keys(d)]);
            for (const k of [...keys].sort()) {
                if (path.length === 0 && IGNORED_ROOT_KEYS.has(k))
                    continue;
                const inL = Object.prototype.hasOwnProperty.call(l, k);
                const inD = Object.prototype.hasOwnProperty.call(d, k);
                if (!inD)
                    out.push({ path: [...path, k].join('.'), op: 'remove' });
                else if (!inL)
                    out.push({ path: [...path, k].join('.'), op: 'add' });
                else
                    walk(l[k], d[k], [...path, k]);
            }
            return;
        }
        if (!equalAt(l, d))
            out.push({ path: path.length ? path.join('.') : '<root>', op: 'change' });
    };
    walk(l0(live), l0(desired), []);
    return out;
}
const l0 = (v) => (isRecord(v) ? v : v === undefined ? {} : v);
/** Reads a dotted path (`gateway.port`) from a config; `undefined` when absent. */
function getPath(config, path) {
    let cur = config;
    for (const seg of path.split('.')) {
        if (!isRecord(cur))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/**
 * Paths where the live config holds a redacted secret and the desired config puts a DIFFERENT thing there
 * (absent, another type, or a string other than the sentinel). Two consequences the plan reports:
 * - a literal in the repo config cannot be verified against the gateway's hidden value;
 * - a snapshot rollback cannot restore the old value (OpenClaw restores a sentinel only from the value the
 *   file holds at rollback time, which the deployment replaced).
 */
function unverifiableSecretPaths(live, desired) {
    const out = [];
    const walk = (l, d, path) => {
        if (l === REDACTED_SENTINEL) {
            if (d !== REDACTED_SENTINEL)
                out.push(path.join('.'));
            return;
        }
        if (Array.isArray(l)) {
            l.forEach((x, i) => walk(x, Array.isArray(d) ? d[i] : undefined, [...path, String(i)]));
            return;
        }
        if (isRecord(l)) {
            for (const [k, v] of Object.entries(l)) {
                if (path.length === 0 && IGNORED_ROOT_KEYS.has(k))
                    continue;
                walk(v, isRecord(d) ? d[k] : undefined, [...path, k]);
            }
        }
    };
    walk(live, desired, []);
    return out;
}
/** The exact text sent to the gateway for a desired config (pretty JSON, as OpenClaw writes it). */
function renderConfigRaw(config) {
    return JSON.stringify(withoutIgnoredRoot(config), null, 2) + '\n';
}


/***/ }),

/***/ 70453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StateRecorder: () => (/* binding */ StateRecorder),
/* harmony export */   formatVersion: () => (/* binding */ formatVersion),
/* harmony export */   newDeploymentId: () => (/* binding */ newDeploymentId),
/* harmony export */   normalizeEnvironment: () => (/* binding */ normalizeEnvironment),
/* harmony export */   parseVersionLabel: () => (/* binding */ parseVersionLabel),
/* harmony export */   versionFile: () => (/* binding */ versionFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81562);
/**
 * The deployment record on top of a {@link StateStore}, one folder per environment:
 *
 * ```
 * environments/<env>/audit.jsonl                      append-only, one JSON line per step
 * environments/<env>/current.json                     what runs: the last successful version, or the pre-clawfleet
 *                                                     baseline after its first deployment was rolled back (+ history for N-1)
 * environments/<env>/lock.json                        the environment lock (owner, its holders: one per parallel slice)
 * environments/<env>/versions/v000048.json            version → exact config content
 * environments/<env>/deployments/<id>/deployment.json state across attempts (for resume / auto-rollback)
 * environments/<env>/deployments/<id>/manifest-0001.json …  rollback snapshots, one shard per batch
 * environments/<env>/deployments/<id>/report.json     the final report
 * ```
 *
 * Manifest shards are write-once (a batch's snapshots are flushed BEFORE its first write), so a killed run
 * leaves a complete manifest for everything it touched, and large fleets never rewrite one big file.
 * Snapshot texts are deduplicated by content within a deployment (10 000 identical configs → one blob).
 *
 * Everything written is checked against the SecretRegistry first: a gateway token (or any registered
 * secret, in any derived form) in a record is refused with an error, never stored — the state branch is
 * readable by everyone who can read the repo.
 */




const ENV_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * Validates an environment name and normalises it to lower case: GitHub concurrency groups are
 * case-insensitive (`deploy-Prod` = `deploy-prod`, reliability-cases CC-02), so the record is too.
 */
function normalizeEnvironment(name) {
    if (!ENV_PATTERN.test(name)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The value '${name.slice(0, 80)}' is not valid for 'environment'. Expected 1–64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit.`);
    }
    return name.toLowerCase();
}
/** The holders of a parsed lock; a lock in the single-holder format is its own one holder. */
function holdersOf(lock) {
    if (Array.isArray(lock.holders))
        return lock.holders.filter((h) => h && typeof h === 'object');
    return [{ id: 'legacy', host: lock.host ?? '?', pid: typeof lock.pid === 'number' ? lock.pid : -1, acquiredAt: lock.acquiredAt ?? '', operation: lock.operation ?? '?', ...(lock.deploymentId ? { deploymentId: lock.deploymentId } : {}) }];
}
/** The lock document for `holders` (oldest first, at least one). */
function lockDoc(owner, holders) {
    const first = holders[0];
    return { owner, host: first.host, pid: first.pid, acquiredAt: first.acquiredAt, operation: first.operation, ...(first.deploymentId ? { deploymentId: first.deploymentId } : {}), holders };
}
function defaultPidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
class StateRecorder {
    store;
    opts;
    environment;
    base;
    now;
    constructor(store, environment, opts = {}) {
        this.store = store;
        this.opts = opts;
        this.environment = normalizeEnvironment(environment);
        this.base = `environments/${this.environment}`;
        this.now = opts.now ?? Date.now;
    }
    iso() {
        return new Date(this.now()).toISOString();
    }
    /** Refuses content holding a registered secret (see module doc). */
    guard(path, text) {
        const s = this.opts.secrets;
        if (s && s.redact(text) !== text) {
            throw new Error(`refusing to record ${path}: it contains a secret (a token or credential). Nothing was written.`);
        }
        return text;
    }
    async writeJson(path, value) {
        const full = `${this.base}/${path}`;
        await this.store.write(full, this.guard(full, JSON.stringify(value, null, 2) + '\n'));
    }
    async readJson(path) {
        const text = await this.store.read(`${this.base}/${path}`);
        if (text === undefined)
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            throw new Error(`the state record ${this.base}/${path} in ${this.store.description} is not valid JSON; fix or remove it`);
        }
    }
    flush(message) {
        return this.store.flush(`${this.environment}: ${message}`);
    }
    // ---------------------------------------------------------------------------------------------------
    // Lock
    /** Holder ids this recorder added, newest last (released in reverse order). */
    held = [];
    /**
     * Takes the environment lock or throws a UserError naming the holder and the fix.
     *
     * The same owner joins the lock as one more holder (slices of one promotion run in parallel jobs of the
     * same workflow run; a re-run attempt of that run). Holders of another owner refuse, unless every one of
     * them is stale: older than the TTL, or a process on this host that is gone (a CLI lock, or a slice of
     * the same owner killed without its post step). Every update is a compare-and-swap on lock.json, retried
     * on conflict, so two slices joining or leaving at once cannot lose one another.
     */
    async acquireLock(owner, operation, deploymentId) {
        const me = { id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex'), host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), pid: process.pid, acquiredAt: this.iso(), operation, ...(deploymentId ? { deploymentId } : {}) };
        let refused;
        const doc = await this.updateLock(`lock for ${operation}`, (existing) => {
            refused = undefined;
            if (!existing || this.opts.forceUnlock)
                return lockDoc(owner, [me]);
            const live = holdersOf(existing).filter((h) => !this.isStale(h, existing.owner === owner || (existing.owner ?? '').startsWith('cli:')));
            if (live.length === 0)
                return lockDoc(owner, [me]);
            if (existing.owner === owner)
                return lockDoc(owner, [...live, me]);
            refused = existing;
            return 'keep';
        });
        if (refused || !doc) {
            const ex = refused ?? {};
            const n = ex.holders?.length ?? 1;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`environment '${this.environment}' is locked by ${ex.owner ?? 'an unknown owner'} (${ex.operation ?? 'operation unknown'}${ex.deploymentId ? `, deployment ${ex.deploymentId}` : ''}) since ${ex.acquiredAt ?? '?'}${n > 1 ? ` (${n} parallel jobs of that run hold it)` : ''}. ` +
                `Only one deployment or rollback runs per environment. Wait for it, or if that run is gone, re-run with force-unlock: true (lock in ${this.store.description}).`);
        }
        this.held.push({ owner, id: me.id });
        return { ...lockDoc(owner, [me]), holders: doc.holders ?? [me] };
    }
    /**
     * Leaves the lock: removes this recorder's newest holder of `owner` and deletes the lock when no holder
     * is left. A recorder that did not take the lock (the post step of a killed main step, another process)
     * names the holder's process (`process`: host and pid), or else removes the holders of `owner` on this
     * host whose process is gone. Never touches another owner's lock, nor a sibling slice's holder.
     */
    async releaseLock(owner, process_) {
        const idx = process_ ? -1 : this.held.map((h) => h.owner).lastIndexOf(owner);
        const mine = idx >= 0 ? this.held.splice(idx, 1)[0].id : undefined;
        const pidAlive = this.opts.pidAlive ?? defaultPidAlive;
        await this.updateLock('unlock', (existing) => {
            if (!existing || existing.owner !== owner)
                return 'keep'; // gone, or taken over: not ours to release
            const holders = holdersOf(existing);
            const legacy = !Array.isArray(existing.holders);
            const gone = (h) => process_ ? h.host === process_.host && h.pid === process_.pid : mine !== undefined ? h.id === mine : legacy || (h.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && h.pid !== process.pid && !pidAlive(h.pid));
            const rest = holders.filter((h) => !gone(h));
            if (rest.length === holders.length)
                return 'keep';
            return rest.length === 0 ? undefined : lockDoc(owner, rest);
        });
        await this.flush('unlock');
    }
    /** A holder that can be dropped: past the TTL, or (when `pidCheck`) a dead process on this host. */
    isStale(h, pidCheck) {
        const since = Date.parse(h.acquiredAt);
        if (!Number.isFinite(since) || this.now() - since > (this.opts.lockTtlMs ?? 6 * 3600_000))
            return true;
        return pidCheck && h.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && h.pid > 0 && h.pid !== process.pid && this.opts.pidAlive !== undefined && !this.opts.pidAlive(h.pid);
    }
    /**
     * Read-modify-write of lock.json as a compare-and-swap loop. `change` gets the parsed lock (undefined when
     * absent or unreadable) and returns the new lock, `undefined` to delete it, or 'keep'. Returns the lock
     * as left (undefined when absent).
     */
    async updateLock(label, change) {
        const path = `${this.base}/lock.json`;
        const message = `${this.environment}: ${label}`;
        let text = await this.store.read(path);
        for (let attempt = 0; attempt < 50; attempt++) {
            let parsed;
            if (text !== undefined) {
                try {
                    const v = JSON.parse(text);
                    parsed = v && typeof v === 'object' ? v : undefined;
                }
                catch {
                    parsed = undefined; // unreadable lock: not a lock we can honour
                }
            }
            const next = change(parsed);
            if (next === 'keep')
                return parsed;
            const nextText = next === undefined ? undefined : this.guard(path, JSON.stringify(next, null, 2) + '\n');
            const r = await this.swapLock(path, text, nextText, message);
            if (r.ok)
                return next;
            text = r.existing;
            await new Promise((res) => setTimeout(res, Math.random() * 20 * Math.min(attempt + 1, 10)));
        }
        throw new Error(`the environment lock ${path} in ${this.store.description} kept changing while updating it (50 attempts); try again`);
    }
    /** {@link StateStore.swap}, or its nearest equivalent with `tryCreate` for stores without it. */
    async swapLock(path, expected, next, message) {
        if (this.store.swap)
            return this.store.swap(path, expected, next, message);
        if (next === undefined) {
            // No conditional removal: re-check, then remove (a narrow race, only with stores lacking swap).
            const now = await this.store.read(path);
            if (now !== expected)
                return { ok: false, existing: now };
            await this.store.remove(path);
            await this.store.flush(message);
            return { ok: true };
        }
        const r = await this.store.tryCreate(path, next, (ex) => expected !== undefined && ex === expected, message);
        return r.ok ? r : { ok: false, existing: r.existing };
    }
    async readLock() {
        return this.readJson('lock.json');
    }
    // ---------------------------------------------------------------------------------------------------
    // Versions
    async listVersions() {
        const names = await this.store.list(`${this.base}/versions`);
        return names
            .map((n) => /^v(\d+)\.json$/.exec(n)?.[1])
            .filter((x) => x !== undefined)
            .map(Number)
            .sort((a, b) => a - b);
    }
    readVersion(version) {
        return this.readJson(`versions/${versionFile(version)}`);
    }
    /** The version holding `digest`, newest first, if any. */
    async findVersionByDigest(digest) {
        const all = await this.listVersions();
        for (const v of all.reverse()) {
            const rec = await this.readVersion(v);
            if (rec?.digest === digest)
                return rec;
        }
        return undefined;
    }
    /**
     * The version for this content: the existing number when the same content was registered before (a
     * re-run or a redeploy of old content keeps its number), else the next number.
     */
    async registerVersion(config, digest, source) {
        const existing = await this.findVersionByDigest(digest);
        if (existing)
            return { record: existing, created: false };
        const all = await this.listVersions();
        const version = (all.at(-1) ?? 0) + 1;
        const record = { schema: 1, version, digest, createdAt: this.iso(), config, ...(source ? { source } : {}) };
        await this.writeJson(`versions/${versionFile(version)}`, record);
        return { record, created: true };
    }
    /** What {@link registerVersion} would return, without writing (dry runs). */
    async peekVersion(digest) {
        const existing = await this.findVersionByDigest(digest);
        if (existing)
            return existing.version;
        return ((await this.listVersions()).at(-1) ?? 0) + 1;
    }
    // ---------------------------------------------------------------------------------------------------
    // Current / history
    readCurrent() {
        return this.readJson('current.json');
    }
    async setCurrent(version, digest, deploymentId) {
        const prev = await this.readCurrent();
        const at = this.iso();
        const history = [...(prev?.history ?? [])];
        const last = history.at(-1);
        if (last?.version !== version || last.baseline)
            history.push({ version, deploymentId, at });
        const rec = { schema: 1, version, digest, deploymentId, updatedAt: at, history: history.slice(-100) };
        await this.writeJson('current.json', rec);
        return rec;
    }
    /**
     * Records that the environment runs its pre-clawfleet baseline again: `rolledBack` (its first recorded
     * deployment) was restored to its snapshots, so no recorded version is running (issue #4: current.json
     * says what actually runs). The next deployment then starts from "no version", like the first one did.
     */
    async setBaseline(rolledBack, by) {
        const prev = await this.readCurrent();
        const at = this.iso();
        const history = [...(prev?.history ?? [])];
        if (!history.at(-1)?.baseline)
            history.push({ baseline: true, deploymentId: by, at });
        const rec = { schema: 1, deploymentId: by, updatedAt: at, baseline: { rolledBack, at }, history: history.slice(-100) };
        await this.writeJson('current.json', rec);
        return rec;
    }
    /**
     * What ran before the current state (N-1), from the history: a recorded version, the pre-clawfleet
     * baseline (not a version: it cannot be deployed by number), or nothing recorded.
     */
    async previousState() {
        const cur = await this.readCurrent();
        const h = cur?.history ?? [];
        const isCurrent = (e) => (cur?.baseline ? e.baseline === true : !e.baseline && e.version === cur?.version);
        let i = h.length - 1;
        while (i >= 0 && isCurrent(h[i]))
            i--;
        const e = h[i];
        if (!e)
            return undefined;
        return e.baseline || e.version === undefined ? { kind: 'baseline', deploymentId: e.deploymentId } : { kind: 'version', version: e.version };
    }
    /** The recorded version that ran before the current one (N-1); undefined when none did (see {@link previousState}). */
    async previousVersion() {
        const p = await this.previousState();
        return p?.kind === 'version' ? p.version : undefined;
    }
    // ---------------------------------------------------------------------------------------------------
    // Deployments
    async listDeployments() {
        return this.store.list(`${this.base}/deployments`);
    }
    async latestDeployment(filter) {
        const ids = await this.listDeployments();
        for (const id of ids.reverse()) {
            const d = await this.readDeployment(id);
            if (d && (!filter || filter(d)))
                return d;
        }
        return undefined;
    }
    /**
     * The deployment record: a small header plus per-instance states stored as shards (`state-0001.json`, …;
     * a later shard wins), so a batch records only its own instances — rewriting one 10 000-instance file per
     * batch would cost O(fleet) per batch.
     */
    async readDeployment(id) {
        const dir = `deployments/${checkId(id)}`;
        const header = await this.readJson(`${dir}/deployment.json`);
        if (!header)
            return undefined;
        const instances = { ...(header.instances ?? {}) };
        const shards = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^state-\d{4,}\.json$/.test(n)).sort();
        for (const n of shards) {
            const shard = await this.readJson(`${dir}/${n}`);
            if (shard)
                Object.assign(instances, shard.instances);
        }
        return { ...header, instances };
    }
    /** Writes the header and, when `rec.instances` is not empty, one state shard with those instances. */
    async writeDeployment(rec) {
        const dir = `deployments/${checkId(rec.deploymentId)}`;
        const { instances, ...header } = rec;
        await this.writeJson(`${dir}/deployment.json`, { ...header, instances: {} });
        if (Object.keys(instances).length === 0)
            return;
        const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^state-\d{4,}\.json$/.test(n));
        await this.writeJson(`${dir}/state-${String(names.length + 1).padStart(4, '0')}.json`, { instances });
    }
    writeReport(id, report) {
        return this.writeJson(`deployments/${checkId(id)}/report.json`, report);
    }
    async readReport(id) {
        return this.readJson(`deployments/${checkId(id)}/report.json`);
    }
    /** Writes one manifest shard (entries + the blobs not written in an earlier shard). */
    async appendManifestShard(deploymentId, entries, blobs) {
        const dir = `deployments/${checkId(deploymentId)}`;
        const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^manifest-\d{4,}\.json$/.test(n));
        const next = names.length + 1;
        const name = `manifest-${String(next).padStart(4, '0')}.json`;
        await this.writeJson(`${dir}/${name}`, { schema: 1, shard: next, entries, blobs });
        return name;
    }
    /** The whole manifest of a deployment (all shards merged; a later snapshot of an instance never replaces the first). */
    async readManifest(deploymentId) {
        const dep = await this.readDeployment(deploymentId);
        const dir = `deployments/${checkId(deploymentId)}`;
        const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^manifest-\d{4,}\.json$/.test(n)).sort();
        if (!dep && names.length === 0)
            return undefined;
        const manifest = {
            schema: 1,
            deploymentId,
            environment: this.environment,
            version: dep?.version ?? 0,
            ...(dep?.fromVersion !== undefined ? { fromVersion: dep.fromVersion } : {}),
            createdAt: dep?.startedAt ?? this.iso(),
            entries: {},
            blobs: {},
        };
        for (const n of names) {
            const shard = await this.readJson(`${dir}/${n}`);
            if (!shard)
                continue;
            Object.assign(manifest.blobs, shard.blobs);
            for (const e of shard.entries)
                if (!manifest.entries[e.id])
                    manifest.entries[e.id] = e;
        }
        return manifest;
    }
    // ---------------------------------------------------------------------------------------------------
    // Audit
    async audit(line) {
        const full = { ts: line.ts ?? this.iso(), environment: this.environment, ...line };
        const path = `${this.base}/audit.jsonl`;
        await this.store.append(path, this.guard(path, JSON.stringify(full) + '\n'));
    }
    async readAudit() {
        const text = (await this.store.read(`${this.base}/audit.jsonl`)) ?? '';
        return text
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => JSON.parse(l));
    }
}
function versionFile(version) {
    return `v${String(version).padStart(6, '0')}.json`;
}
/** `v48` / `48` / `V48` → 48. */
function parseVersionLabel(label) {
    const m = /^[vV]?(\d{1,9})$/.exec(label.trim());
    return m ? Number(m[1]) : undefined;
}
function formatVersion(v) {
    return v === undefined ? '(none)' : `v${v}`;
}
function checkId(id) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id))
        throw new Error(`invalid deployment id ${JSON.stringify(id.slice(0, 100))}`);
    return id;
}
/** A sortable, unique deployment id: `20261121T220405Z-v48-1a2b3c4d`. */
function newDeploymentId(now, version, planDigest, kind = '') {
    const ts = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const tag = (0,_content_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${planDigest}:${now}:${Math.random()}`).slice(0, 8);
    return `${ts}-${kind}v${version}-${tag}`;
}


/***/ })

};

//# sourceMappingURL=453.index.js.map