export const id = 8951;
export const ids = [8951];
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


/***/ })

};

//# sourceMappingURL=8951.index.js.map