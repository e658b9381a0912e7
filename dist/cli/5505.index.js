export const id = 5505;
export const ids = [5505,8951];
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

/***/ 65505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMermaid: () => (/* binding */ renderMermaid),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   renderReportMarkdown: () => (/* binding */ renderReportMarkdown),
/* harmony export */   reportOneLine: () => (/* binding */ reportOneLine),
/* harmony export */   summarizeIds: () => (/* binding */ summarizeIds)
/* harmony export */ });
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78951);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70453);
/**
 * Human renderings of a plan and of a deployment report: Markdown for the job summary and PR comments
 * (tables + a Mermaid diagram of the rollout), and one-line text summaries. Pure functions; the JSON report
 * is the record, these are views of it. Long fleets are capped (problem instances first) so a summary of
 * 10 000 instances stays readable and under the runner's size limit.
 */


const MAX_ROWS = 100;
function cell(text) {
    return String(text ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/\r?\n|\r/g, '<br>');
}
function table(headers, rows) {
    return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
const pct = (r) => `${Math.round(r * 1000) / 10} %`;
// ---------------------------------------------------------------------------------------------------------
// Plan
function renderPlanMarkdown(plan) {
    const out = [];
    out.push(`## Rollout plan — ${cell(plan.environment)}, ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(plan.version)} (${plan.strategy})`);
    out.push('');
    out.push(`Plan digest \`${plan.digest}\` — confirmation token \`${(0,_batches_js__WEBPACK_IMPORTED_MODULE_0__.confirmationTokenFor)(plan.digest)}\`; config \`${plan.configDigest.slice(0, 19)}…\`.`);
    out.push('');
    const c = plan.counts;
    out.push(table(['instances', 'to update', 'unchanged', 'unreachable', 'excluded', 'batches'], [[c.total, c.update, c.unchanged, c.unreachable, c.excluded, plan.batches.length]]));
    if (plan.blockers.length > 0) {
        out.push('', '### ⛔ Refused', '', ...plan.blockers.map((b) => `- ${cell(b)}`));
    }
    if (plan.notes.length > 0)
        out.push('', '### Notes', '', ...plan.notes.map((n) => `- ${cell(n)}`));
    out.push('', '### Batches', '');
    const bRows = plan.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.tier, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, summarizeIds(b.instances)]);
    out.push(table(['batch', 'wave', 'tier', 'canary', 'size', 'instances'], bRows));
    if (plan.batches.length > MAX_ROWS)
        out.push('', `… and ${plan.batches.length - MAX_ROWS} more batches in the plan file.`);
    const paths = new Map();
    for (const i of plan.instances) {
        for (const ch of i.changes) {
            const e = paths.get(ch.path) ?? { cls: ch.class, ops: new Set(), ids: [] };
            e.ops.add(ch.op);
            e.ids.push(i.id);
            paths.set(ch.path, e);
        }
    }
    if (paths.size > 0) {
        out.push('', '### Changed paths', '');
        const rows = [...paths.entries()]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .slice(0, MAX_ROWS)
            .map(([p, e]) => [`\`${p}\``, [...e.ops].join('/'), reloadLabel(e.cls), e.ids.length, summarizeIds(e.ids)]);
        out.push(table(['path', 'change', 'applies by', 'instances', 'which'], rows));
    }
    const interesting = (i) => i.action !== 'unchanged';
    const rows = [...plan.instances].sort((a, b) => Number(interesting(b)) - Number(interesting(a))).slice(0, MAX_ROWS);
    out.push('', '### Instances', '');
    out.push(table(['instance', 'batch', 'wave', 'action', 'changes', 'applies by', 'note'], rows.map((i) => [i.id, i.batch || '', i.wave, i.action, i.changes.length || '', i.action === 'update' ? reloadLabel(i.restart) : '', i.reason ?? (i.secretPathsUnverifiable.length ? `secrets not verifiable: ${i.secretPathsUnverifiable.join(', ')}` : '')])));
    if (plan.instances.length > MAX_ROWS)
        out.push('', `… ${plan.instances.length - MAX_ROWS} more in the plan file.`);
    return out.join('\n') + '\n';
}
function reloadLabel(cls) {
    switch (cls) {
        case 'none':
            return 'no reload';
        case 'hot':
            return 'hot reload';
        case 'restart':
            return 'gateway restart';
        case 'process-restart':
            return 'PROCESS restart (listener)';
        default:
            return cls;
    }
}
/** `gw-1, gw-2, … (40)` */
function summarizeIds(ids, max = 6) {
    if (ids.length <= max)
        return ids.join(', ');
    return `${ids.slice(0, max - 1).join(', ')}, … ${ids.at(-1)} (${ids.length})`;
}
// ---------------------------------------------------------------------------------------------------------
// Deployment report
const RESULT_ICON = { succeeded: '✅', stopped: '⛔', 'rolled-back': '↩️', planned: '📝' };
function renderReportMarkdown(report, opts = {}) {
    const out = [];
    const title = opts.title ?? (report.kind === 'rollback-to-version' ? 'Rollback to a version' : 'Rolling deploy');
    out.push(`## ${RESULT_ICON[report.result]} ${title} — ${cell(report.environment)}: ${report.result} (${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)} → ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)})`);
    out.push('');
    out.push(`Deployment \`${report.deploymentId}\`${report.attempt > 1 ? ` (attempt ${report.attempt})` : ''} · ${report.strategy} · ${report.writes} write(s) · plan \`${(0,_batches_js__WEBPACK_IMPORTED_MODULE_0__.confirmationTokenFor)(report.planDigest)}\` · ${report.startedAt} → ${report.finishedAt}`);
    out.push('');
    const c = report.counts;
    out.push(table(['applied', 'unchanged', 'skipped', 'failed', 'rolled back', 'untouched'], [[c.applied, c.unchanged, c.skipped, c.failed, c['rolled-back'], c.untouched]]));
    if (report.stopReasons.length > 0) {
        out.push('', '### Why it stopped', '', ...report.stopReasons.map((r) => `- ${cell(r)}`));
    }
    if (report.batches.length > 0) {
        out.push('', '### Rollout', '', '```mermaid', renderMermaid(report), '```', '');
        out.push('### Batches', '');
        out.push(table(['batch', 'wave', 'canary', 'instances', 'healthy', 'ratio', 'error rate', 'probes', 'gate'], report.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, `${b.healthy}/${b.counted}`, pct(b.ratio), pct(b.errorRate), b.probes, b.passed ? '✅ passed' : '❌ failed'])));
        if (report.batches.length > MAX_ROWS)
            out.push('', `… ${report.batches.length - MAX_ROWS} more batches in the report file.`);
    }
    if (report.rollback) {
        const rb = report.rollback;
        out.push('', `### Rollback (${rb.trigger}, scope ${rb.scope}): ${rb.ok ? 'restored' : 'INCOMPLETE'}`, '');
        if (rb.manualIntervention)
            out.push(`> **${cell(rb.manualIntervention)}**`, '');
        out.push(table(['instance', 'result', 'current hash', 'detail'], rb.instances.slice(0, MAX_ROWS).map((i) => [i.id, i.status, i.currentHash ? `\`${i.currentHash.slice(0, 28)}…\`` : '', i.reason ?? ''])));
    }
    if (report.verification && !report.verification.ok) {
        out.push('', '### Verification failed', '', ...report.verification.drifted.map((d) => `- ${cell(d.reason)}`));
    }
    const order = { failed: 0, skipped: 1, 'rolled-back': 2, untouched: 3, applied: 4, unchanged: 5 };
    const rows = [...report.instances].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9)).slice(0, MAX_ROWS);
    out.push('', '### Instances', '');
    out.push(table(['instance', 'batch', 'status', 'health before → after', 'reason'], rows.map((i) => [i.id, i.batch || '', statusLabel(i), scores(i), i.reason ?? ''])));
    if (report.instances.length > MAX_ROWS)
        out.push('', `… ${report.instances.length - MAX_ROWS} more in the report file.`);
    return out.join('\n') + '\n';
}
function statusLabel(i) {
    return i.failure ? `${i.status} (${i.failure})` : i.status;
}
function scores(i) {
    if (i.scoreBefore === undefined && i.scoreAfter === undefined)
        return '';
    return `${i.scoreBefore ?? '?'} → ${i.scoreAfter ?? '?'}`;
}
/**
 * A left-to-right flowchart: one node per batch (runs of passed batches collapsed so big fleets stay
 * small), then the outcome (done, stopped, rolled back) and the untouched remainder.
 */
function renderMermaid(report) {
    const lines = ['flowchart LR', '  classDef ok fill:#d1f7d6,stroke:#1a7f37', '  classDef bad fill:#ffd8d3,stroke:#cf222e', '  classDef idle fill:#eeeeee,stroke:#999999,stroke-dasharray: 4 4', '  classDef back fill:#fff1c2,stroke:#9a6700'];
    const nodes = [{ id: 'start', label: `${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)}`, cls: 'ok' }];
    const groups = [];
    for (const b of report.batches) {
        const last = groups.at(-1);
        if (last && b.passed && last.every((x) => x.passed))
            last.push(b);
        else
            groups.push([b]);
    }
    for (const g of groups) {
        const first = g[0];
        const lastB = g.at(-1);
        const n = g.reduce((s, b) => s + b.instances.length, 0);
        const label = g.length === 1
            ? `batch ${first.index}${first.percent !== undefined ? ` (${first.percent} %)` : ''}<br/>${first.healthy}/${first.counted} healthy`
            : `batches ${first.index}–${lastB.index}<br/>${n} instances, all gates passed`;
        nodes.push({ id: `b${first.index}`, label, cls: g.every((b) => b.passed) ? 'ok' : 'bad' });
    }
    if (report.rollback)
        nodes.push({ id: 'rb', label: `rollback<br/>${report.rollback.changed} restored${report.rollback.ok ? '' : ', manual intervention'}`, cls: report.rollback.ok ? 'back' : 'bad' });
    const untouched = report.counts.untouched;
    const end = report.result === 'succeeded'
        ? { id: 'end', label: `${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)} everywhere`, cls: 'ok' }
        : { id: 'end', label: `${report.result}${untouched ? `<br/>${untouched} untouched` : ''}`, cls: report.result === 'rolled-back' ? 'back' : 'bad' };
    nodes.push(end);
    for (const n of nodes)
        lines.push(`  ${n.id}["${n.label.replace(/"/g, "'")}"]:::${n.cls}`);
    for (let i = 1; i < nodes.length; i++)
        lines.push(`  ${nodes[i - 1].id} --> ${nodes[i].id}`);
    return lines.join('\n');
}
/** One line for logs and the CLI. */
function reportOneLine(report) {
    const c = report.counts;
    return `${report.result}: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)} → ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)} on ${report.environment} — ${c.applied} applied, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped, ${c['rolled-back']} rolled back, ${c.untouched} untouched${report.stopReasons.length ? ` (${report.stopReasons[0]})` : ''}`;
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

//# sourceMappingURL=5505.index.js.map