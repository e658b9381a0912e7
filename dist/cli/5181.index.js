export const id = 5181;
export const ids = [5181];
export const modules = {

/***/ 75181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postDeployCheck: () => (/* binding */ postDeployCheck),
/* harmony export */   promotionDeployments: () => (/* binding */ promotionDeployments),
/* harmony export */   runAutoRollback: () => (/* binding */ runAutoRollback)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55228);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73941);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40417);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20420);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70453);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24283);
/**
 * auto-rollback (issue #4): put an environment back after a deployment.
 *
 * Two modes:
 * - **snapshot** (default): restore the recorded snapshot of every instance the deployment changed (this
 *   run's manifest file, or the one in the state store — found in a LATER workflow run too), optionally
 *   only the failed waves (`scope: failed-waves`). Idempotent: when every instance already matches its
 *   snapshot, no write is sent and the result says so (`unchanged`).
 * - **to-version** (`N-1` = the version that ran before the current one, or a named version): deploy that
 *   version's recorded config as a new, gated, rolling operation, recorded like any deployment.
 *
 * Triggers: `gate` (a failed batch gate — rolling-deploy's own rollback, or this action under
 * `if: failure()`), `manual`, and `post-deploy-check`: after a delay, probe a random 10 % sample of the
 * instances the deployment changed and roll back only when health dropped against the pre-deploy baseline
 * (the score recorded before each push) by more than the threshold on more than the allowed share.
 */








async function runAutoRollback(req, deps) {
    if (req.toVersion !== undefined)
        return rollbackToVersion(req, deps);
    if (req.promotionId !== undefined) {
        if (req.deploymentId !== undefined || req.manifest !== undefined)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Only one of 'promotion-id' and 'deployment-id'/'manifest-file' can be set: a rollback restores either one deployment or every deployment of a promotion.`);
        if (req.trigger === 'post-deploy-check')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`trigger: post-deploy-check samples the instances of one deployment; it cannot be combined with promotion-id.`);
        return rollbackPromotion(req, req.promotionId, deps);
    }
    return rollbackToSnapshots(req, deps);
}
/** The deployments of a promotion, newest first (start time, then the sortable id). */
async function promotionDeployments(recorder, promotionId) {
    const found = [];
    for (const id of await recorder.listDeployments()) {
        const d = await recorder.readDeployment(id);
        if (d && d.kind === 'deploy' && d.promotionId === promotionId)
            found.push(d);
    }
    return found.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.deploymentId.localeCompare(a.deploymentId));
}
/**
 * Restores every deployment of one promotion, newest first: a later wave goes back before an earlier one,
 * so an instance two deployments touched ends on the snapshot taken before the promotion. Each deployment
 * is restored like {@link rollbackToSnapshots} (content-checked, idempotent: a second call sends no write).
 * The first deployment needing manual intervention stops the whole rollback (RF-10: no fallback to an
 * older snapshot); the ones after it are listed as not attempted.
 */
async function rollbackPromotion(req, promotionId, deps) {
    const { recorder } = deps;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const deployments = await promotionDeployments(recorder, promotionId);
    if (deployments.length === 0) {
        return { result: 'unchanged', message: `promotion ${promotionId} recorded no deployment in environment '${recorder.environment}' (it wrote nothing there): nothing to roll back, no write sent`, promotion: { id: promotionId, deployments: [] }, writes: 0 };
    }
    logger.info(`promotion ${promotionId}: ${deployments.length} deployment(s) to restore, newest first: ${deployments.map((d) => d.deploymentId).join(', ')}`);
    // Per instance, the content it had before the promotion: the snapshot of the OLDEST deployment that
    // touched it. An instance already there is done — for the newer deployments too (idempotent re-runs).
    const settled = new Map();
    for (const d of [...deployments].reverse()) {
        const m = await recorder.readManifest(d.deploymentId);
        for (const [id, e] of Object.entries(m?.entries ?? {}))
            if (!settled.has(id) && d.instances[id]?.written !== false)
                settled.set(id, e.contentDigest);
    }
    const entries = [];
    const instances = [];
    let writes = 0;
    let changed = 0;
    let stop;
    let version;
    for (const d of deployments) {
        const base = { deploymentId: d.deploymentId, version: d.version, startedAt: d.startedAt };
        if (stop) {
            entries.push({ ...base, result: 'not-attempted', message: `not attempted: the rollback stopped at deployment ${stop.deploymentId}`, changed: 0, writes: 0 });
            continue;
        }
        const { promotionId: _omit, ...one } = req;
        void _omit;
        const o = await logger.group(`Rollback of deployment ${d.deploymentId} (${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(d.version)})`, () => rollbackToSnapshots({ ...one, deploymentId: d.deploymentId }, deps, settled));
        writes += o.writes;
        changed += o.rollback?.changed ?? 0;
        if (o.version !== undefined)
            version = o.version;
        instances.push(...(o.rollback?.instances ?? []));
        entries.push({ ...base, result: o.result, message: o.message, changed: o.rollback?.changed ?? 0, writes: o.writes });
        if (o.result === 'manual-intervention' || o.result === 'stopped')
            stop = o;
    }
    const ok = !stop;
    const result = req.dryRun ? 'planned' : stop ? stop.result : changed > 0 ? 'rolled-back' : 'unchanged';
    const message = result === 'planned'
        ? `dry run: would restore the ${deployments.length} deployment(s) of promotion ${promotionId}, newest first`
        : stop
            ? `${stop.message} (promotion ${promotionId}: deployment ${stop.deploymentId}; ${entries.filter((e) => e.result === 'not-attempted').length} older deployment(s) not attempted)`
            : result === 'rolled-back'
                ? `${changed} instance(s) of promotion ${promotionId} restored to their recorded snapshots across ${deployments.length} deployment(s)`
                : `every instance of promotion ${promotionId} (${deployments.length} deployment(s)) is already on its recorded snapshot: no write was sent`;
    const rollback = req.dryRun
        ? undefined
        : { trigger: req.trigger, scope: req.scope, ok, ...(stop?.rollback?.manualIntervention ? { manualIntervention: stop.rollback.manualIntervention } : {}), instances, changed };
    return {
        result,
        message,
        deploymentId: deployments[0].deploymentId,
        ...(version !== undefined ? { version } : {}),
        ...(rollback ? { rollback } : {}),
        promotion: { id: promotionId, deployments: entries },
        writes,
    };
}
async function rollbackToVersion(req, deps) {
    const { recorder } = deps;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const current = await recorder.readCurrent();
    const target = req.toVersion === 'previous' ? await recorder.previousVersion() : req.toVersion;
    if (target === undefined) {
        const prev = await recorder.previousState();
        const now = current?.baseline ? `the pre-clawfleet baseline (deployment ${current.baseline.rolledBack} was rolled back)` : (0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(current?.version);
        const why = prev?.kind === 'baseline'
            ? `environment '${recorder.environment}' has no earlier successful version: what ran before ${now} is the pre-clawfleet baseline, which has no version number`
            : `environment '${recorder.environment}' has no earlier successful version`;
        const fix = prev?.kind === 'baseline' && current?.deploymentId
            ? `Fix: restore the baseline from deployment ${current.deploymentId}'s snapshots (leave to-version empty, deployment-id: ${current.deploymentId}), or name a version (e.g. to-version: v3).`
            : `Fix: name a version (e.g. to-version: v3), or restore a deployment's snapshots (leave to-version empty).`;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`to-version: previous — ${why} (current: ${now}; history in ${recorder.store.description}). ${fix}`);
    }
    const rec = await recorder.readVersion(target);
    if (!rec) {
        const known = await recorder.listVersions();
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`to-version: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} is not in the version registry of '${recorder.environment}' (known: ${known.map((v) => (0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(v)).join(', ') || 'none'}).`);
    }
    logger.info(`rolling back ${recorder.environment} to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} (${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(current?.version)} now) as a new gated deployment`);
    const deployment = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__.runDeployment)({ kind: 'rollback-to-version', environment: req.environment, config: rec.config, ...(rec.source ? { source: rec.source } : {}), instances: req.instances, policy: req.policy, dryRun: req.dryRun === true, context: req.context }, { clientFor: deps.clientFor, recorder, ...(deps.clock ? { clock: deps.clock } : {}), logger, ...(deps.pacer ? { pacer: deps.pacer } : {}), ...(deps.probe ? { probe: deps.probe } : {}), ...(deps.signal ? { signal: deps.signal } : {}), ...(deps.pollMs ? { pollMs: deps.pollMs } : {}) });
    const r = deployment.report;
    const result = r.result === 'planned' ? 'planned' : r.result === 'succeeded' ? (r.writes === 0 ? 'unchanged' : 'rolled-back') : r.stopReasons.some((s) => s.includes('manual intervention')) ? 'manual-intervention' : 'stopped';
    const message = result === 'unchanged'
        ? `every instance already runs ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}: no write was sent`
        : result === 'rolled-back'
            ? `${r.counts.applied} instance(s) back on ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}`
            : result === 'planned'
                ? `dry run: ${r.counts.untouched} instance(s) would be set to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}`
                : `the rollback to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} stopped: ${r.stopReasons.join('; ')}`;
    return { result, message, deploymentId: r.deploymentId, version: result === 'rolled-back' || result === 'unchanged' ? target : current?.version, deployment, writes: r.writes };
}
async function rollbackToSnapshots(req, deps, settled) {
    const { recorder } = deps;
    const clock = deps.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const probe = deps.probe ?? _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__/* .probeInstance */ .cu;
    const policy = req.policy;
    const id = req.deploymentId ?? req.manifest?.deploymentId ?? (await recorder.latestDeployment((d) => d.kind !== 'rollback'))?.deploymentId;
    if (!id)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no deployment is recorded for environment '${recorder.environment}' in ${recorder.store.description}: nothing to roll back. Fix: check environment and the state-* inputs (the same as rolling-deploy's).`);
    const record = await recorder.readDeployment(id);
    const manifest = req.manifest ?? (await recorder.readManifest(id));
    if (!manifest || Object.keys(manifest.entries).length === 0) {
        return { result: 'unchanged', message: `deployment ${id} recorded no snapshot (it wrote nothing): nothing to roll back, no write sent`, deploymentId: id, writes: 0 };
    }
    const written = (rid) => (record ? record.instances[rid]?.written === true : true);
    let ids = Object.keys(manifest.entries).filter(written);
    if (req.scope === 'failed-waves') {
        const failed = new Set(record?.failedWaves ?? []);
        ids = ids.filter((rid) => failed.has(record?.instances[rid]?.wave ?? manifest.entries[rid].wave));
        if (ids.length === 0)
            return { result: 'unchanged', message: `deployment ${id} has no failed wave (scope: failed-waves): nothing to roll back, no write sent`, deploymentId: id, writes: 0 };
    }
    const specs = new Map(req.instances.map((s) => [s.id, s]));
    const missing = ids.filter((rid) => !specs.has(rid));
    if (missing.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the inventory has no instance ${missing.slice(0, 10).join(', ')} that deployment ${id} changed: roll back with the inventory used for the deployment.`);
    const clients = new Map(ids.map((rid) => [rid, deps.clientFor(specs.get(rid))]));
    if (req.dryRun) {
        return { result: 'planned', message: `dry run: would restore up to ${ids.length} instance(s) of deployment ${id} (those whose content differs from their snapshot)`, deploymentId: id, writes: 0 };
    }
    await recorder.acquireLock(req.context.owner, 'rollback', id);
    const watch = new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressWatchdog */ .TL(clock, policy.progressDeadlineSeconds * 1000, deps.signal);
    try {
        let check;
        if (req.trigger === 'post-deploy-check') {
            check = await postDeployCheck(ids, clients, record, req.postCheck ?? { delaySeconds: 0, sampleRatio: 0.1, maxScoreDrop: 20, errorRate: policy.rollbackErrorRate }, { clock, probe, signal: watch.signal, minHealthScore: policy.minHealthScore, logger });
            await recorder.audit({ event: 'post-check', deploymentId: id, attempt: record?.attempts ?? 1, actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl, outcome: check.triggered ? 'degraded' : 'healthy', instances: check.degraded.map((d) => ({ id: d.id, status: 'degraded', reason: d.reason })), detail: `sampled ${check.sampled.length}: ${check.sampled.join(', ')}` });
            if (!check.triggered) {
                await recorder.flush(`post-deploy check of ${id}: healthy`);
                return { result: 'not-needed', message: `post-deploy check: ${check.degraded.length}/${check.sampled.length} sampled instance(s) degraded (≤ ${Math.round((req.postCheck?.errorRate ?? policy.rollbackErrorRate) * 100)} %): no rollback`, deploymentId: id, check, writes: 0 };
            }
        }
        await recorder.audit({ event: 'rollback-start', deploymentId: id, attempt: record?.attempts ?? 1, actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl, ...(record?.fromVersion !== undefined ? { toVersion: record.fromVersion } : {}), detail: `trigger: ${req.trigger}; scope ${req.scope}; ${ids.length} instance(s)` });
        await recorder.flush(`rollback of ${id} start`);
        const rollback = await (0,_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .restoreSnapshots */ .M)({
            manifest,
            targets: ids.map((rid) => ({
                id: rid,
                client: clients.get(rid),
                ...(record?.instances[rid]?.appliedContentDigest ? { appliedContentDigest: record.instances[rid].appliedContentDigest } : {}),
                ...(settled?.has(rid) ? { settledDigest: settled.get(rid) } : {}),
            })),
            trigger: req.trigger,
            scope: req.scope,
            ops: {
                clock,
                pacer: deps.pacer ?? (0,_pacer_js__WEBPACK_IMPORTED_MODULE_5__/* .sharedPacer */ .f6)(),
                signal: watch.signal,
                writeSignal: watch.signal,
                restartTimeoutMs: policy.restartTimeoutSeconds * 1000,
                restartCooldownMs: policy.restartCooldownSeconds * 1000,
                pollMs: deps.pollMs ?? 1000,
            },
            logger,
            concurrency: policy.concurrency,
            note: `clawfleet rollback of ${id} (${req.trigger})`,
            ...(req.force ? { force: true } : {}),
            onProgress: () => watch.progress(),
        });
        const result = !rollback.ok ? 'manual-intervention' : rollback.changed > 0 ? 'rolled-back' : 'unchanged';
        await recorder.audit({
            event: 'rollback-end',
            deploymentId: id,
            attempt: record?.attempts ?? 1,
            actor: req.context.actor,
            ticket: req.context.ticket,
            runUrl: req.context.runUrl,
            outcome: result,
            instances: rollback.instances.map((i) => ({ id: i.id, status: i.status, ...(i.reason ? { reason: i.reason.slice(0, 200) } : {}) })),
        });
        let version;
        if (record && rollback.ok) {
            const next = { ...record, status: 'rolled-back', updatedAt: new Date(clock.now()).toISOString() };
            for (const r of rollback.instances) {
                const st = next.instances[r.id];
                if (st && (r.status === 'restored' || r.status === 'unchanged'))
                    next.instances[r.id] = { ...st, status: 'rolled-back' };
            }
            await recorder.writeDeployment(next);
            const current = await recorder.readCurrent();
            // The environment runs the version from before the deployment again (when the deployment had become current).
            if (req.scope === 'deployment' && current?.version === record.version && result === 'rolled-back') {
                if (record.fromVersion !== undefined) {
                    const from = await recorder.readVersion(record.fromVersion);
                    if (from)
                        await recorder.setCurrent(from.version, from.digest, id);
                }
                else if (record.kind === 'deploy') {
                    // The environment's first recorded deployment: its snapshots are the pre-clawfleet baseline, which
                    // has no version number — current.json must not keep naming the version just taken back.
                    await recorder.setBaseline(id, id);
                }
            }
            version = (await recorder.readCurrent())?.version;
        }
        await recorder.flush(`rollback of ${id}: ${result}`);
        const message = result === 'unchanged'
            ? `every instance of deployment ${id} is already on its recorded snapshot: no write was sent`
            : result === 'rolled-back'
                ? `${rollback.changed} instance(s) of deployment ${id} restored to their recorded snapshots`
                : rollback.manualIntervention ?? 'manual intervention required';
        return { result, message, deploymentId: id, ...(version !== undefined ? { version } : {}), rollback, ...(check ? { check } : {}), writes: rollback.writes };
    }
    finally {
        watch.stop();
        await recorder.releaseLock(req.context.owner).catch(() => undefined);
    }
}
/**
 * The post-deploy check: after `delaySeconds`, probe a random sample of the deployment's instances and
 * compare each with its pre-deploy score. Degraded = unreachable, below the minimum score, or a drop of
 * more than `maxScoreDrop` points. Triggers when the degraded share exceeds `errorRate`.
 */
async function postDeployCheck(ids, clients, record, opts, deps) {
    if (opts.delaySeconds > 0) {
        deps.logger.info(`post-deploy check: waiting ${opts.delaySeconds} s before sampling`);
        await deps.clock.sleep(opts.delaySeconds * 1000, deps.signal);
    }
    const random = opts.random ?? Math.random;
    const pool = [...ids];
    for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const n = Math.min(pool.length, Math.max(1, Math.ceil(pool.length * opts.sampleRatio)));
    const sampled = pool.slice(0, n).sort();
    const degraded = [];
    await Promise.all(sampled.map(async (id) => {
        const p = await deps.probe(clients.get(id), { signal: deps.signal });
        const before = record?.instances[id]?.scoreBefore;
        const after = p.score.score;
        if (!p.reachable)
            degraded.push({ id, ...(before !== undefined ? { before } : {}), after, reason: `unreachable: ${p.error?.message ?? 'no answer'}` });
        else if (after < deps.minHealthScore)
            degraded.push({ id, ...(before !== undefined ? { before } : {}), after, reason: `health score ${after} < ${deps.minHealthScore} (${p.score.reasons.join('; ')})` });
        else if (before !== undefined && before - after > opts.maxScoreDrop)
            degraded.push({ id, before, after, reason: `health dropped ${before} → ${after} (more than ${opts.maxScoreDrop} points)` });
    }));
    const errorRate = degraded.length / sampled.length;
    deps.logger.info(`post-deploy check: ${degraded.length}/${sampled.length} sampled instance(s) degraded (${Math.round(errorRate * 100)} %)`);
    return { sampled, degraded: degraded.sort((a, b) => a.id.localeCompare(b.id)), errorRate, triggered: errorRate > opts.errorRate + 1e-9 };
}


/***/ })

};

//# sourceMappingURL=5181.index.js.map