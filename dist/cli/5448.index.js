export const id = 5448;
export const ids = [5448,8951,4712];
export const modules = {

/***/ 78951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_WAVE: () => (/* binding */ NO_WAVE),
/* harmony export */   buildBatches: () => (/* binding */ buildBatches),
/* harmony export */   confirmationTokenFor: () => (/* binding */ confirmationTokenFor),
/* harmony export */   normalizeCanarySteps: () => (/* binding */ normalizeCanarySteps),
/* harmony export */   orderInstances: () => (/* binding */ orderInstances),
/* harmony export */   strategyBlockers: () => (/* binding */ strategyBlockers),
/* harmony export */   tokenMatches: () => (/* binding */ tokenMatches),
/* harmony export */   waveOf: () => (/* binding */ waveOf)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44130);

const NO_WAVE = '(none)';
function waveOf(inst, mode) {
    if (mode.kind === 'none')
        return 'all';
    const v = mode.kind === 'zone' ? inst.zone : inst.labels[mode.key];
    return v && v.trim() ? v : NO_WAVE;
}
/** Instances in rollout order, with their wave, and the wave order. */
function orderInstances(instances, mode) {
    const waves = [];
    for (const i of instances) {
        const w = waveOf(i, mode);
        if (w !== NO_WAVE && !waves.includes(w))
            waves.push(w);
    }
    if (instances.some((i) => waveOf(i, mode) === NO_WAVE))
        waves.push(NO_WAVE);
    const ordered = [];
    for (const w of waves) {
        for (const tier of ['primary', 'standby']) {
            for (const i of instances)
                if (waveOf(i, mode) === w && i.tier === tier)
                    ordered.push({ ...i, wave: w });
        }
    }
    return { ordered, waves };
}
/** Builds the batches over already ordered instances (see module doc). */
function buildBatches(ordered, policy) {
    const n = ordered.length;
    if (n === 0)
        return [];
    const batches = [];
    const push = (from, to, percent) => {
        const first = ordered[from];
        batches.push({ index: batches.length + 1, wave: first.wave, tier: first.tier, ...(percent !== undefined ? { percent } : {}), instances: ordered.slice(from, to).map((i) => i.id) });
    };
    // Group boundaries: indices where wave or tier changes.
    const groupEnds = [];
    for (let i = 1; i < n; i++) {
        if (ordered[i].wave !== ordered[i - 1].wave || ordered[i].tier !== ordered[i - 1].tier)
            groupEnds.push(i);
    }
    groupEnds.push(n);
    if (policy.strategy === 'all-at-once') {
        batches.push({ index: 1, wave: ordered[0].wave, tier: ordered[0].tier, instances: ordered.map((i) => i.id) });
        return batches;
    }
    if (policy.strategy === 'rolling') {
        let start = 0;
        for (const end of groupEnds) {
            for (let s = start; s < end; s += policy.batchSize)
                push(s, Math.min(end, s + policy.batchSize));
            start = end;
        }
        return batches;
    }
    // canary
    const stepEnds = [];
    for (const p of policy.canarySteps) {
        const end = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
        if (stepEnds.length === 0 || end > stepEnds.at(-1).end)
            stepEnds.push({ end, percent: p });
    }
    if (stepEnds.at(-1).end < n)
        stepEnds.push({ end: n, percent: 100 });
    let start = 0;
    for (const { end, percent } of stepEnds) {
        let s = start;
        for (const g of groupEnds) {
            if (g <= s)
                continue;
            if (g >= end)
                break;
            push(s, g, percent);
            s = g;
        }
        push(s, end, percent);
        start = end;
    }
    return batches;
}
/**
 * The seeds' strategy rules, as blockers (messages that name the fix). `count` is the number of instances
 * the deployment would touch (selected, not excluded). `planDigest` is what a confirmation token must match.
 */
function strategyBlockers(policy, count, planDigest) {
    const blockers = [];
    const notes = [];
    if (policy.strategy !== 'all-at-once')
        return { blockers, notes };
    if (count > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_AT_ONCE_MAX */ .JO && !policy.allowAllAtOnce) {
        blockers.push(`all-at-once to ${count} instances refused: rolling is required above ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_AT_ONCE_MAX */ .JO} instances. Fix: use strategy: rolling (or canary), or set allow-all-at-once: true to ask for it explicitly.`);
    }
    if (count > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIRMATION_THRESHOLD */ .WY) {
        const token = policy.confirmationToken?.trim().toLowerCase();
        const short = confirmationTokenFor(planDigest);
        if (!token) {
            blockers.push(`all-at-once to ${count} instances (more than ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIRMATION_THRESHOLD */ .WY}) needs confirmation-token: ${short} (the digest of this plan; review the dry-run plan first).`);
        }
        else if (!tokenMatches(token, planDigest)) {
            blockers.push(`confirmation-token '${token.slice(0, 64)}' does not match this plan (${short}): the plan changed since it was confirmed (config, instances or batches). Review the new dry-run plan and confirm it again.`);
        }
        else {
            notes.push(`all-at-once to ${count} instances confirmed by token ${short}.`);
        }
    }
    return { blockers, notes };
}
/** The short form of a plan digest an operator types: the first 12 hex characters. */
function confirmationTokenFor(planDigest) {
    return planDigest.replace(/^sha256:/, '').slice(0, 12);
}
/** A token matches when it is the full digest (with or without `sha256:`) or a prefix of at least 12 hex chars. */
function tokenMatches(token, planDigest) {
    const t = token.trim().toLowerCase().replace(/^sha256:/, '');
    const d = planDigest.toLowerCase().replace(/^sha256:/, '');
    return /^[0-9a-f]{12,64}$/.test(t) && d.startsWith(t);
}
/** Validates a canary ladder: strictly increasing percentages in (0, 100]; 100 is appended when missing. */
function normalizeCanarySteps(steps) {
    if (steps.length === 0)
        throw new Error('canary-steps is empty');
    const out = [...steps];
    for (let i = 0; i < out.length; i++) {
        const p = out[i];
        if (!(p > 0 && p <= 100))
            throw new Error(`canary step ${p} is outside (0, 100]`);
        if (i > 0 && p <= out[i - 1])
            throw new Error(`canary steps must increase: ${out[i - 1]} then ${p}`);
    }
    if (out.at(-1) !== 100)
        out.push(100);
    return out;
}


/***/ }),

/***/ 30925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ classifyOffline),
/* harmony export */   f5: () => (/* binding */ ReloadClassifier),
/* harmony export */   yX: () => (/* binding */ strongest)
/* harmony export */ });
/* unused harmony exports LISTENER_PATHS, listenerChanges */
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81562);

/** Settings the in-process restart does not re-read (captured once at process start). */
const LISTENER_PATHS = ['gateway.port', 'gateway.bind', 'gateway.customBindHost'];
/** Added/removed objects with more leaves than this are classified by their root (bounded lookups). */
const MAX_LEAVES = 32;
/** Dotted paths of the leaves of an object (arrays and scalars are leaves); stops after `max + 1`. */
function leafPaths(obj, prefix, max) {
    const out = [];
    const walk = (v, path) => {
        if (out.length > max)
            return;
        if ((0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) && Object.keys(v).length > 0) {
            for (const [k, x] of Object.entries(v))
                walk(x, `${path}.${k}`);
        }
        else
            out.push(path);
    };
    walk(obj, prefix);
    return out;
}
const RANK = { none: 0, hot: 1, restart: 2, 'process-restart': 3 };
/** The strongest class of a list (`none` when empty). */
function strongest(classes) {
    let best = 'none';
    for (const c of classes)
        if (RANK[c] > RANK[best])
            best = c;
    return best;
}
/** True when `live` and `desired` differ in a listener setting (see module doc). */
function listenerChanges(live, desired) {
    const out = [];
    for (const p of LISTENER_PATHS) {
        const a = (0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Yn)(live, p);
        const b = (0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Yn)(desired, p);
        if (JSON.stringify(a) !== JSON.stringify(b))
            out.push(p);
    }
    return out;
}
class ReloadClassifier {
    cache = new Map();
    /** Lookups actually sent (for tests and the bench). */
    lookups = 0;
    /** `client` answers the lookups (any reachable instance of the fleet: the schema is the release's). */
    async classify(client, changes, live, desired, signal) {
        const listener = new Set(listenerChanges(live, desired));
        const out = [];
        for (const ch of changes) {
            if ([...listener].some((p) => ch.path === p || p.startsWith(ch.path + '.'))) {
                out.push({ ...ch, class: 'process-restart' });
                continue;
            }
            // A whole added/removed object is looked up leaf by leaf: its own root may say `restart` (e.g.
            // `gateway.controlUi`) while the leaves that actually change are hot (`…allowedOrigins`).
            const subtree = ch.op === 'add' ? (0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Yn)(desired, ch.path) : ch.op === 'remove' ? (0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Yn)(live, ch.path) : undefined;
            const leaves = (0,_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(subtree) ? leafPaths(subtree, ch.path, MAX_LEAVES) : undefined;
            if (leaves && leaves.length > 0 && leaves.length <= MAX_LEAVES) {
                const classes = [];
                for (const leaf of leaves)
                    classes.push(await this.lookup(client, leaf, signal));
                out.push({ ...ch, class: strongest(classes) });
            }
            else {
                out.push({ ...ch, class: await this.lookup(client, ch.path, signal) });
            }
        }
        return out;
    }
    lookup(client, path, signal) {
        const cached = this.cache.get(path);
        if (cached)
            return cached;
        const p = this.resolve(client, path, signal);
        this.cache.set(path, p);
        // A failed lookup (unreachable gateway) must not poison the cache for the next instance.
        p.catch(() => this.cache.delete(path));
        return p;
    }
    async resolve(client, path, signal) {
        if (path === '<root>')
            return 'restart';
        this.lookups++;
        try {
            const r = await client.configSchemaLookup(path, signal ? { signal } : undefined);
            return r.reloadKind;
        }
        catch (e) {
            const kind = e.kind;
            if (kind === 'rejected') {
                // "config schema path not found": ask the parent (dynamic keys), else OpenClaw's default.
                const dot = path.lastIndexOf('.');
                return dot > 0 ? this.lookup(client, path.slice(0, dot), signal) : 'restart';
            }
            throw e;
        }
    }
}
/** A conservative classification without a gateway (dry runs with nothing reachable): listener or restart. */
function classifyOffline(changes, live, desired) {
    const listener = listenerChanges(live, desired);
    return changes.map((ch) => ({ ...ch, class: listener.some((p) => ch.path === p || p.startsWith(ch.path + '.')) ? 'process-restart' : 'restart' }));
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ desiredFor),
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   xQ: () => (/* binding */ planDigestFor)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70370);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _fleet_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44712);
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78951);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30925);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81562);
/**
 * The plan: what a deployment would do, computed before any write (issue #4 "Plan / dry-run").
 *
 * Desired config per instance = the repo config ⊕ the instance's inventory overlay (objects merge, the
 * overlay's scalars/arrays replace — `mergeOverlay`). The repo config is taken fully resolved (includes
 * merged) but WITHOUT `${VAR}` substitution. Why that is the right thing to send:
 * - `config.apply` replaces the gateway's whole file; the gateway cannot read our repo's include files, and
 *   writes through `$include` fail closed in OpenClaw for most shapes, so a single resolved document is the
 *   only form that lands intact;
 * - `${VAR}` strings are what OpenClaw itself stores (it substitutes at load time, from the GATEWAY's
 *   environment), so secrets never pass through CI, the stored file matches the repo, and the comparison with
 *   `config.get` is exact (OpenClaw does not redact `${VAR}` references).
 *
 * For each instance the plan reads `config.get` (a read; before any write), diffs the live file's parsed
 * content against the desired object (content, not hashes — they are per-gateway HMACs), classifies each
 * changed path (classify.ts), and places the instance in a batch (batches.ts). The digest binds config
 * content + instance list (ids and desired digests) + batches: a confirmation token or a sign-off of this
 * plan does not match a plan where any of these differ, while live state (which instances are already done)
 * does not change it, so a resumed run keeps its digest.
 */






/** The digest over config digest + strategy + (id, desired digest) per instance + batches (see module doc). */
function digestOf(configDigest, strategy, entries, batches) {
    return ('sha256:' +
        (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)((0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)({
            configDigest,
            strategy,
            instances: entries.map((e) => [e.id, e.desiredDigest]),
            batches: batches.map((b) => b.instances),
        })));
}
/**
 * The digest {@link buildPlan} would give these instances, computed offline: it depends only on the repo
 * config, the inventory (overlays, order, tiers, waves) and the policy — never on live state — so a sign-off
 * binding can be checked before any RPC, lock or write.
 */
function planDigestFor(config, instances, policy) {
    const { ordered } = (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.orderInstances)(instances, policy.waves);
    const batches = (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.buildBatches)(ordered, policy);
    return digestOf((0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentDigest */ .eZ)(config), policy.strategy, ordered.map((inst) => ({ id: inst.id, desiredDigest: (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentDigest */ .eZ)(desiredFor(config, inst)) })), batches);
}
/** The desired config of one instance (see module doc). */
function desiredFor(config, inst) {
    return (0,_fleet_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeOverlay */ .$)(config, inst.overlay);
}
async function buildPlan(input) {
    const { policy, logger } = input;
    const configDigest = (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentDigest */ .eZ)(input.config);
    const { ordered, waves } = (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.orderInstances)(input.instances, policy.waves);
    const batches = (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.buildBatches)(ordered, policy);
    const batchOf = new Map();
    for (const b of batches)
        for (const id of b.instances)
            batchOf.set(id, b.index);
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__["default"])(Math.max(1, policy.concurrency));
    const entries = await Promise.all(ordered.map((inst) => limit(async () => {
        const want = desiredFor(input.config, inst);
        const base = {
            id: inst.id,
            url: inst.url,
            tier: inst.tier,
            ...(inst.zone ? { zone: inst.zone } : {}),
            wave: inst.wave,
            batch: batchOf.get(inst.id) ?? 0,
            action: 'update',
            desiredDigest: (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentDigest */ .eZ)(want),
            changes: [],
            restart: 'none',
            secretPathsUnverifiable: [],
        };
        const client = input.clientFor(inst);
        let snap;
        try {
            snap = await client.configGet(input.signal ? { signal: input.signal } : undefined);
        }
        catch (e) {
            input.signal?.throwIfAborted();
            return { ...base, action: 'unreachable', reason: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e), restart: 'none' };
        }
        const current = snap.parsed ?? {};
        const secretPaths = (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .unverifiableSecretPaths */ .vj)(current, want);
        if ((0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentEquals */ .jU)(current, want))
            return { ...base, action: 'unchanged', liveHash: snap.hash, secretPathsUnverifiable: secretPaths };
        const diff = (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .diffConfig */ .O2)(current, want);
        let changes;
        try {
            changes = await input.classifier.classify(client, diff, current, want, input.signal);
        }
        catch (e) {
            input.signal?.throwIfAborted();
            logger.debug(`${inst.id}: config.schema.lookup failed (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}); classifying conservatively`);
            changes = (0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyOffline */ .AO)(diff, current, want);
        }
        return { ...base, liveHash: snap.hash, changes, restart: (0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .strongest */ .yX)(changes.map((c) => c.class)), secretPathsUnverifiable: secretPaths };
    })));
    const excludedEntries = (input.excluded ?? []).map(({ spec, reason }) => ({
        id: spec.id,
        url: spec.url,
        tier: spec.tier,
        ...(spec.zone ? { zone: spec.zone } : {}),
        wave: (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.orderInstances)([spec], policy.waves).ordered[0]?.wave ?? 'all',
        batch: 0,
        action: 'excluded',
        reason,
        desiredDigest: (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .contentDigest */ .eZ)(desiredFor(input.config, spec)),
        changes: [],
        restart: 'none',
        secretPathsUnverifiable: [],
    }));
    const digest = digestOf(configDigest, policy.strategy, entries, batches);
    const notes = [];
    const blockers = [];
    const rules = (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__.strategyBlockers)(policy, entries.length, digest);
    blockers.push(...rules.blockers);
    notes.push(...rules.notes);
    const processRestart = entries.filter((e) => e.restart === 'process-restart');
    if (processRestart.length > 0) {
        const what = processRestart
            .slice(0, 10)
            .map((e) => `${e.id} (${e.changes.filter((c) => c.class === 'process-restart').map((c) => c.path).join(', ')})`)
            .join('; ');
        const more = processRestart.length > 10 ? ` and ${processRestart.length - 10} more` : '';
        if (!policy.allowProcessRestart || !input.restartHook) {
            blockers.push(`listener settings change on ${processRestart.length} instance(s): ${what}${more}. OpenClaw's in-process restart does not apply gateway.port/bind, ` +
                'so the gateway would keep listening where it is while reporting the new config. Fix: set allow-process-restart: true AND a restart-command that restarts the gateway process (its supervisor), or keep the listener settings unchanged.');
        }
        else {
            notes.push(`listener settings change on ${processRestart.length} instance(s): each is restarted with the restart command after its write.`);
        }
    }
    const secretGaps = entries.filter((e) => e.action === 'update' && e.secretPathsUnverifiable.length > 0);
    if (secretGaps.length > 0) {
        notes.push(`${secretGaps.length} instance(s) hold secrets (redacted by OpenClaw) at paths this config changes or does not set (e.g. ${secretGaps[0].id}: ${secretGaps[0].secretPathsUnverifiable.slice(0, 3).join(', ')}): ` +
            'clawfleet cannot verify those values, and a snapshot rollback cannot bring them back. Prefer ${VAR} references, or "__OPENCLAW_REDACTED__" to keep the gateway\'s stored secret.');
    }
    const unreachable = entries.filter((e) => e.action === 'unreachable');
    if (unreachable.length > 0)
        notes.push(`${unreachable.length} instance(s) did not answer config.get; they count as failed in their batch's gate unless they recover.`);
    const all = [...entries, ...excludedEntries];
    const counts = {
        total: all.length,
        update: entries.filter((e) => e.action === 'update').length,
        unchanged: entries.filter((e) => e.action === 'unchanged').length,
        unreachable: unreachable.length,
        excluded: excludedEntries.length,
    };
    const plan = {
        schema: 1,
        environment: input.environment,
        strategy: policy.strategy,
        version: input.version,
        configDigest,
        digest,
        createdAt: new Date((input.now ?? Date.now)()).toISOString(),
        instances: all,
        batches,
        waves,
        processRestartInstances: processRestart.map((e) => e.id),
        notes,
        blockers,
        counts,
    };
    // Live snapshots are not kept: a gateway's config.get payload is tens of KB, and each batch reads its
    // instances again right before writing (the snapshot that matters is that one).
    // Desired configs are not kept either (desiredFor() is cheap to run again); 10 000 copies would not be.
    return { plan };
}


/***/ }),

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ ALL_AT_ONCE_MAX),
/* harmony export */   WY: () => (/* binding */ CONFIRMATION_THRESHOLD),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = Object.freeze({
    strategy: 'rolling',
    batchSize: 50,
    waitSeconds: 60,
    probeIntervalSeconds: 30,
    minSuccessRatio: 0.9,
    minHealthScore: 60,
    rollbackErrorRate: 0.2,
    autoRollback: true,
    rollbackScope: 'deployment',
    canarySteps: [5, 20, 35, 50, 65, 80, 100],
    allowAllAtOnce: false,
    onDrift: 'halt',
    noData: 'fail',
    progressDeadlineSeconds: 600,
    waves: { kind: 'none' },
    retryFailed: false,
    allowProcessRestart: false,
    restartCooldownSeconds: 30,
    restartTimeoutSeconds: 120,
    failOnMissingEnv: true,
    concurrency: 10,
    writeLimit: { count: 30, windowMs: 60_000 },
});
/** Largest fleet for which all-at-once is allowed without `allow-all-at-once`. */
const ALL_AT_ONCE_MAX = 10;
/** Above this, all-at-once needs a confirmation token that matches the plan. */
const CONFIRMATION_THRESHOLD = 100;


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

//# sourceMappingURL=5448.index.js.map