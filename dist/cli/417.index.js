export const id = 417;
export const ids = [417];
export const modules = {

/***/ 73941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ ProgressWatchdog),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   iC: () => (/* binding */ ProgressDeadlineError),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/** The real clock (`Date.now` + `setTimeout`; vitest's fake timers replace both). */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        if (ms <= 0) {
            resolve();
            return;
        }
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/** Thrown (as an abort reason) when the progress deadline passes. */
class ProgressDeadlineError extends Error {
    seconds;
    constructor(seconds) {
        super(`no progress in ${seconds} s (progress-deadline-seconds): aborted`);
        this.seconds = seconds;
        this.name = 'ProgressDeadlineError';
    }
}
/** Thrown (as an abort reason) when the operator cancels the run (SIGINT/SIGTERM, workflow cancel). */
class CancelledError extends Error {
    constructor(reason = 'the run was cancelled') {
        super(reason);
        this.name = 'CancelledError';
    }
}
/**
 * The progress deadline (Kubernetes `progressDeadlineSeconds`, Argo `progressDeadlineAbort`): when no
 * instance reaches a final state for `deadlineMs`, `signal` aborts with {@link ProgressDeadlineError} and
 * every in-flight call stops. Deliberate waits (the bake, a restart cooldown) pause it: waiting on purpose
 * is not "no progress".
 */
class ProgressWatchdog {
    clock;
    deadlineMs;
    ctrl = new AbortController();
    last;
    paused = 0;
    stopped = false;
    stopCtrl = new AbortController();
    signal;
    constructor(clock, deadlineMs, parent) {
        this.clock = clock;
        this.deadlineMs = deadlineMs;
        this.last = clock.now();
        this.signal = parent ? AbortSignal.any([this.ctrl.signal, parent]) : this.ctrl.signal;
        if (deadlineMs > 0)
            void this.loop();
    }
    /** Something advanced: restart the deadline. */
    progress() {
        this.last = this.clock.now();
    }
    /** Runs `fn` with the deadline paused (deliberate waits). */
    async whilePaused(fn) {
        this.paused++;
        try {
            return await fn();
        }
        finally {
            this.paused--;
            this.last = this.clock.now();
        }
    }
    stop() {
        this.stopped = true;
        this.stopCtrl.abort();
    }
    async loop() {
        while (!this.stopped && !this.ctrl.signal.aborted) {
            const remaining = this.last + this.deadlineMs - this.clock.now();
            if (remaining <= 0 && this.paused === 0) {
                this.ctrl.abort(new ProgressDeadlineError(Math.round(this.deadlineMs / 1000)));
                return;
            }
            try {
                await this.clock.sleep(Math.max(remaining, Math.min(1000, this.deadlineMs)), this.stopCtrl.signal);
            }
            catch {
                return;
            }
        }
    }
}


/***/ }),

/***/ 40417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CANCEL_WRITE_GRACE_MS: () => (/* binding */ CANCEL_WRITE_GRACE_MS),
/* harmony export */   DEFAULT_WRITE_TIMEOUT_MS: () => (/* binding */ DEFAULT_WRITE_TIMEOUT_MS),
/* harmony export */   countStatuses: () => (/* binding */ countStatuses),
/* harmony export */   newEngineMetrics: () => (/* binding */ newEngineMetrics),
/* harmony export */   runDeployment: () => (/* binding */ runDeployment),
/* harmony export */   validatePolicy: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(70370);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55228);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73941);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30925);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81562);
/* harmony import */ var _instance_ops_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90277);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20420);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5448);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70453);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24283);
/**
 * The rollout engine (issue #4): plan → lock → per batch { pre-flight probe + snapshot → record the
 * snapshots → paced writes → read back → bake with probes → gate } → stop / roll back / continue → final
 * verification → record. Everything the engine touches is injected (client factory, clock, store, probe,
 * restart hook), so the same code runs in the action, the CLI, tests with fake gateways and fake timers,
 * and the bench.
 *
 * Invariants (reliability-cases §2) and where they are kept:
 * - nothing is written and no write RPC is sent when the plan has a blocker or preflight fails;
 * - a batch's snapshots are durable in the store BEFORE its first write (a rollback in a later run finds them);
 * - after a stop, instances of later batches get no RPC at all (the plan's config.get, sent before any
 *   write, is the only call they ever see);
 * - "persisted" is not "applied": an instance is `applied` only after a read-back shows the content, a valid
 *   config and applied == persisted revision (and, after a restart-requiring write, a restart after the write);
 * - unreachable ≠ unhealthy: the client retries reads with backoff; what stays unreachable is classified
 *   `unreachable` and counts against the batch's budget (or is left out under `no-data-policy: ignore`);
 * - a stale baseHash is drift: reported, never overwritten (halt, or skip with `on-drift: skip`);
 * - state is re-derived from the instances: a re-run reads every instance and writes only where the content
 *   differs (no second write), and continues the same deployment (same id, same manifest);
 * - a verification pass at the end fails the run when an instance drifted after it was applied (CC-07).
 *
 * Throughput: a batch drains its worker pool twice — once after the pre-flight (the snapshots must be
 * durable before the first write) and once after the gate (the next batch must not see an RPC before the
 * gate decided). With no bake (wait-seconds 0) an instance's gate probe follows its own read-back in the
 * same worker instead of forming a third stage; with a bake, the batch is probed after its last write.
 * Desired configs and snapshots are held only while their instance is in flight.
 */












/** A zeroed {@link EngineMetrics} to pass in {@link DeployDeps.metrics}. */
function newEngineMetrics() {
    return { stages: 0, poolMs: 0, drainMs: 0, idleSlotMs: 0, serialMs: 0, batchesMs: 0 };
}
/** One probe against the gate's criteria: reachable, ready, config valid, score ≥ the minimum. */
function judgeProbe(p, minScore, when = '') {
    if (!p.reachable)
        return { ok: false, noData: true, reason: `unreachable${when ? ` ${when}` : ''}: ${p.error?.message ?? 'no answer'}`, failure: 'unreachable', score: 0 };
    const problems = [];
    if (!p.readyz?.ready)
        problems.push(`not ready (/readyz ${p.readyz?.status ?? '?'})`);
    if (p.config && !p.config.valid)
        problems.push('config invalid');
    if (p.score.score < minScore)
        problems.push(`health score ${p.score.score} < ${minScore} (${p.score.reasons.join('; ')})`);
    if (problems.length > 0)
        return { ok: false, noData: false, reason: `unhealthy${when ? ` ${when}` : ''}: ${problems.join(', ')}`, failure: 'unhealthy', score: p.score.score };
    return { ok: true, score: p.score.score };
}
/** Policy checks that do not depend on the fleet (the adapters check inputs too; this guards the library). */
function validatePolicy(p) {
    const bad = (m) => {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(m);
    };
    if (!(p.batchSize >= 1))
        bad(`batch-size must be at least 1 (got ${p.batchSize})`);
    if (p.waitSeconds < 0 || p.probeIntervalSeconds < 0)
        bad('wait-seconds and probe-interval-seconds cannot be negative');
    if (p.waitSeconds > 0 && p.probeIntervalSeconds > 0 && p.waitSeconds < 2 * p.probeIntervalSeconds) {
        bad(`wait-seconds ${p.waitSeconds} is shorter than two probe intervals (2 × ${p.probeIntervalSeconds} s): a bake must be probed at least twice to catch an instance that fails after it was applied. Fix: raise wait-seconds to ${2 * p.probeIntervalSeconds} or lower probe-interval-seconds.`);
    }
    if (p.waitSeconds > 0 && p.probeIntervalSeconds === 0)
        bad('probe-interval-seconds must be at least 1 when wait-seconds is set');
    if (!(p.minSuccessRatio >= 0 && p.minSuccessRatio <= 1))
        bad('min-success-ratio must be between 0 and 1');
    if (!(p.rollbackErrorRate >= 0 && p.rollbackErrorRate <= 1))
        bad('rollback-error-rate must be between 0 and 1');
    if (!(p.minHealthScore >= 0 && p.minHealthScore <= 100))
        bad('min-health-score must be between 0 and 100');
    if (!(p.concurrency >= 1))
        bad('concurrency must be at least 1');
}
const DEFAULT_WRITE_TIMEOUT_MS = 30_000;
/** How long in-flight writes may finish after a cancel (the runner's SIGINT → SIGTERM gap is 7.5 s). */
const CANCEL_WRITE_GRACE_MS = 5_000;
const isAbort = (e) => e instanceof _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressDeadlineError */ .iC || e instanceof _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc || (e instanceof Error && e.name === 'AbortError');
async function runDeployment(req, deps) {
    const policy = req.policy;
    validatePolicy(policy);
    const clock = deps.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const pacer = deps.pacer ?? (0,_pacer_js__WEBPACK_IMPORTED_MODULE_7__/* .sharedPacer */ .f6)();
    const probe = deps.probe ?? _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__/* .probeInstance */ .cu;
    const recorder = deps.recorder;
    const kind = req.kind ?? 'deploy';
    const dryRun = req.dryRun === true;
    if (!dryRun && !recorder)
        throw new Error('runDeployment: a state recorder is required unless dryRun');
    const cancel = deps.signal ?? new AbortController().signal;
    const clients = new Map();
    const clientOf = (s) => {
        let c = clients.get(s.id);
        if (!c)
            clients.set(s.id, (c = deps.clientFor(s)));
        return c;
    };
    const classifier = deps.classifier ?? new _classify_js__WEBPACK_IMPORTED_MODULE_4__/* .ReloadClassifier */ .f5();
    const startedAt = clock.now();
    let locked = false;
    if (!dryRun) {
        await recorder.acquireLock(req.context.owner, kind);
        locked = true;
    }
    try {
        const configDigest = (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(req.config);
        const version = recorder ? await recorder.peekVersion(configDigest) : 0;
        const planSignal = AbortSignal.any([cancel]);
        const { plan } = await logger.group(`Plan: ${req.instances.length} instance(s), ${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)}`, () => (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .buildPlan */ .Gg)({
            environment: recorder?.environment ?? req.environment,
            config: req.config,
            version,
            instances: req.instances,
            ...(req.excluded ? { excluded: req.excluded } : {}),
            policy,
            clientFor: clientOf,
            classifier,
            restartHook: !!deps.restartHook,
            logger,
            signal: planSignal,
            now: () => clock.now(),
        }));
        logger.info(`plan ${plan.digest.slice(7, 19)}: ${plan.counts.update} to update, ${plan.counts.unchanged} unchanged, ${plan.counts.unreachable} unreachable, ${plan.counts.excluded} excluded; ${plan.batches.length} batch(es)`);
        if (dryRun)
            return { plan, report: plannedReport(plan, req, clock, startedAt) };
        if (plan.blockers.length > 0) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the deployment was refused before any write:\n- ${plan.blockers.join('\n- ')}`);
        }
        return await execute({ req, deps, plan, clock, logger, pacer, probe, recorder: recorder, clientOf, cancel, startedAt, configDigest, kind });
    }
    finally {
        if (locked) {
            await recorder.releaseLock(req.context.owner).catch((e) => logger.warning(`could not release the environment lock: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}`));
        }
    }
}
function plannedReport(plan, req, clock, startedAt) {
    const instances = plan.instances.map((p) => ({
        id: p.id,
        status: p.action === 'excluded' ? 'skipped' : p.action === 'unchanged' ? 'unchanged' : 'untouched',
        ...(p.reason ? { reason: p.reason } : p.action === 'update' ? { reason: `would update ${p.changes.length} path(s) (${p.restart})` } : {}),
        batch: p.batch,
        wave: p.wave,
        written: false,
    }));
    return {
        schema: 1,
        kind: req.kind ?? 'deploy',
        deploymentId: '',
        attempt: 0,
        environment: plan.environment,
        result: 'planned',
        version: plan.version,
        configDigest: plan.configDigest,
        planDigest: plan.digest,
        strategy: plan.strategy,
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
        stopReasons: plan.blockers,
        instances,
        batches: [],
        counts: countStatuses(instances),
        writes: 0,
    };
}
function countStatuses(instances) {
    const c = { applied: 0, unchanged: 0, skipped: 0, failed: 0, 'rolled-back': 0, untouched: 0 };
    for (const i of instances)
        c[i.status]++;
    return c;
}
async function execute(a) {
    const { req, deps, plan, clock, logger, recorder, policy } = { ...a, policy: a.req.policy };
    const iso = () => new Date(clock.now()).toISOString();
    // ---- version, resume ---------------------------------------------------------------------------
    const current = await recorder.readCurrent();
    const fromVersion = current?.version;
    const { record: versionRec, created } = await recorder.registerVersion(req.config, a.configDigest, req.source);
    const version = versionRec.version;
    // Resume only the LATEST deployment of the environment, and only when it is this one (same kind, same
    // content) and did not finish: an old stopped deployment of the same content is history, not a resume.
    // Also the same plan (a slice of a wave running next to another slice of the same content is another
    // deployment, not a resume of it) and the same promotion (a new promotion never continues an old one's
    // record, so a promotion's rollback restores only what it changed itself).
    const last = await recorder.latestDeployment((d) => d.kind !== 'rollback');
    const prev = last &&
        last.kind === a.kind &&
        last.configDigest === a.configDigest &&
        last.planDigest === plan.digest &&
        (last.promotionId ?? '') === (req.promotionId ?? '') &&
        (last.status === 'running' || last.status === 'interrupted' || last.status === 'stopped')
        ? last
        : undefined;
    const resumed = prev !== undefined;
    const deploymentId = prev?.deploymentId ?? (0,_records_js__WEBPACK_IMPORTED_MODULE_9__.newDeploymentId)(clock.now(), version, plan.digest, a.kind === 'rollback-to-version' ? 'rb-' : '');
    const attempt = (prev?.attempts ?? 0) + 1;
    logger.info(resumed
        ? `resuming deployment ${deploymentId} (attempt ${attempt}): ${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)}; instances already on the target are not written again`
        : `deployment ${deploymentId}: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(fromVersion)} → ${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)}${created ? ' (new version)' : ''}`);
    // ---- runtime state -----------------------------------------------------------------------------
    const specs = new Map(req.instances.map((s) => [s.id, s]));
    const rts = new Map();
    for (const p of plan.instances) {
        if (p.action === 'excluded')
            continue;
        const spec = specs.get(p.id);
        const prevState = prev?.instances[p.id];
        const config = req.config;
        let desired;
        rts.set(p.id, {
            spec,
            client: a.clientOf(spec),
            get desired() {
                return (desired ??= (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .desiredFor */ .ER)(config, spec));
            },
            dropDesired() {
                desired = undefined;
            },
            plan: p,
            prev: prevState,
            wroteNow: false,
            out: {
                id: p.id,
                status: 'untouched',
                batch: p.batch,
                wave: p.wave,
                written: prevState?.written ?? false,
                ...(prevState?.appliedContentDigest ? { appliedContentDigest: prevState.appliedContentDigest } : {}),
                ...(prevState?.appliedHash ? { appliedHash: prevState.appliedHash } : {}),
            },
        });
    }
    const excludedOutcomes = plan.instances
        .filter((p) => p.action === 'excluded')
        .map((p) => ({ id: p.id, status: 'skipped', failure: undefined, reason: p.reason ?? 'excluded', batch: 0, wave: p.wave, written: false }));
    const failedWaves = new Set(prev?.failedWaves ?? []);
    /** The deployment record with the states of `ids` (default all): each write adds a small shard. */
    const depRecord = (status, ids) => ({
        schema: 1,
        kind: a.kind,
        deploymentId,
        environment: recorder.environment,
        ...(req.promotionId ? { promotionId: req.promotionId } : {}),
        version,
        ...(fromVersion !== undefined ? { fromVersion } : {}),
        configDigest: a.configDigest,
        planDigest: plan.digest,
        attempts: attempt,
        status,
        startedAt: prev?.startedAt ?? new Date(a.startedAt).toISOString(),
        updatedAt: iso(),
        instances: Object.fromEntries((ids ? [...ids].map((id) => rts.get(id)) : [...rts.values()]).map((rt) => [
            rt.out.id,
            {
                status: rt.out.status,
                ...(rt.out.failure ? { failure: rt.out.failure } : {}),
                ...(rt.out.reason ? { reason: rt.out.reason.slice(0, 300) } : {}),
                wave: rt.out.wave,
                batch: rt.out.batch,
                written: rt.out.written,
                ...(rt.out.appliedHash ? { appliedHash: rt.out.appliedHash } : {}),
                ...(rt.out.appliedContentDigest ? { appliedContentDigest: rt.out.appliedContentDigest } : {}),
                ...(rt.out.scoreBefore !== undefined ? { scoreBefore: rt.out.scoreBefore } : {}),
            },
        ])),
        failedWaves: [...failedWaves],
    });
    const ctxFields = { actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl };
    await recorder.writeDeployment(depRecord('running', []));
    await recorder.audit({ event: 'deploy-start', deploymentId, attempt, ...ctxFields, ...(fromVersion !== undefined ? { fromVersion } : {}), toVersion: version, outcome: resumed ? 'resumed' : 'started', detail: `plan ${plan.digest}; ${plan.batches.length} batch(es); strategy ${policy.strategy}` });
    await recorder.flush(`deploy ${deploymentId} start (${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)})`);
    await deps.hooks?.onDeployment?.({ deploymentId, attempt, version, ...(fromVersion !== undefined ? { fromVersion } : {}), batches: plan.batches.length });
    // ---- signals -------------------------------------------------------------------------------------
    const watchdog = new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressWatchdog */ .TL(clock, policy.progressDeadlineSeconds * 1000);
    const readSignal = AbortSignal.any([watchdog.signal, a.cancel]);
    // A cancel lets in-flight writes finish, but only for a grace period: the runner sends SIGTERM 7.5 s after
    // SIGINT and kills 2.5 s later (reliability-cases RF-12). A write cut off here is already recorded as
    // "written" (see the snapshot step), so a re-run or a rollback still considers it.
    const writeCancel = new AbortController();
    let graceTimer;
    const onCancel = () => {
        graceTimer = setTimeout(() => writeCancel.abort(new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc('cancelled: in-flight writes cut off after the grace period')), CANCEL_WRITE_GRACE_MS);
        graceTimer.unref?.();
    };
    if (a.cancel.aborted)
        onCancel();
    else
        a.cancel.addEventListener('abort', onCancel, { once: true });
    const writeSignal = AbortSignal.any([watchdog.signal, writeCancel.signal]);
    const ops = {
        clock,
        pacer: a.pacer,
        signal: readSignal,
        writeSignal,
        // Writes wait until the gateway applied a hot change (0.3–1 s measured, much longer on a loaded host);
        // a timed-out write is read back, never resent, but a too-short timeout hides the restart signal.
        writeTimeoutMs: deps.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
        restartTimeoutMs: policy.restartTimeoutSeconds * 1000,
        restartCooldownMs: policy.restartCooldownSeconds * 1000,
        pollMs: deps.pollMs ?? 1000,
    };
    /** The bake after a batch with writes (canary steps hold at least two probe intervals). */
    const holdSeconds = policy.strategy === 'canary' ? Math.max(policy.waitSeconds, 2 * policy.probeIntervalSeconds) : policy.waitSeconds;
    const stopReasons = [];
    let haltWrites = false;
    let rollbackWanted = false;
    let writes = 0;
    const batchOutcomes = [];
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_11__["default"])(Math.max(1, policy.concurrency));
    const total = rts.size;
    let finished = 0;
    const blobsWritten = new Set();
    const finish = (rt, status, reason, failure) => {
        rt.out.status = status;
        if (reason !== undefined)
            rt.out.reason = reason;
        else
            delete rt.out.reason;
        if (failure)
            rt.out.failure = failure;
        else
            delete rt.out.failure;
        finished++;
        watchdog.progress();
        logger.info(`[${finished}/${total}] ${rt.out.id}: ${status}${reason ? ` — ${reason}` : ''}`);
    };
    const stopWith = (reason) => {
        if (!stopReasons.includes(reason))
            stopReasons.push(reason);
        haltWrites = true;
    };
    const onDrift = (rt, reason) => {
        finish(rt, 'skipped', `drift: ${reason}`, 'drift');
        if (policy.onDrift === 'halt')
            stopWith(`drift on ${rt.out.id}: ${reason} (on-drift: halt; set on-drift: skip to continue past drifted instances)`);
    };
    const abortReason = () => {
        if (watchdog.signal.aborted)
            return (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(watchdog.signal.reason);
        if (a.cancel.aborted)
            return `cancelled: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(a.cancel.reason ?? new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc())}`;
        return undefined;
    };
    const metrics = deps.metrics;
    const slots = Math.max(1, policy.concurrency);
    /** Runs tasks with the concurrency limit, waits for ALL of them (no write is left running), rethrows aborts. */
    const runAll = async (items, fn) => {
        if (!metrics) {
            const settled = await Promise.allSettled(items.map((x) => limit(() => fn(x))));
            const err = settled.find((s) => s.status === 'rejected');
            if (err)
                throw err.reason;
            return;
        }
        // Measured: integrate "fewer than `slots` running while tasks remain" between start/finish events.
        const start = performance.now();
        let running = 0;
        let unfinished = items.length;
        let last = start;
        const tick = () => {
            const now = performance.now();
            if (unfinished > 0 && running < slots) {
                metrics.drainMs += now - last;
                metrics.idleSlotMs += (now - last) * (slots - running);
            }
            last = now;
        };
        const settled = await Promise.allSettled(items.map((x) => limit(async () => {
            tick();
            running++;
            try {
                await fn(x);
            }
            finally {
                tick();
                running--;
                unfinished--;
            }
        })));
        tick();
        metrics.stages++;
        metrics.poolMs += performance.now() - start;
        const err = settled.find((s) => s.status === 'rejected');
        if (err)
            throw err.reason;
    };
    // ---- one instance: pre-flight ---------------------------------------------------------------------
    const preflight = async (rt, toWrite) => {
        if (haltWrites)
            return;
        if (rt.prev?.status === 'failed' && !policy.retryFailed) {
            finish(rt, 'failed', `failed in an earlier attempt (${rt.prev.reason ?? rt.prev.failure ?? 'see that run'}); set retry-failed: true to retry it`, 'previously-failed');
            return;
        }
        const p = await a.probe(rt.client, { signal: readSignal });
        rt.out.scoreBefore = p.score.score;
        if (!p.reachable) {
            finish(rt, 'failed', `unreachable: ${p.error?.message ?? 'no answer'}`, 'unreachable');
            return;
        }
        if (!p.config) {
            finish(rt, 'failed', `config.get failed: ${p.errors.config?.message ?? 'no answer'}`, 'no-data');
            return;
        }
        const snap = p.config;
        if ((0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentEquals */ .jU)(snap.parsed ?? {}, rt.desired)) {
            rt.preVerdict = judgeProbe(p, policy.minHealthScore);
            rt.out.appliedHash = snap.hash;
            rt.out.appliedContentDigest ??= (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(snap.parsed ?? {});
            // Written by an earlier attempt of this same deployment: it was applied by this deployment, so it
            // counts as applied (the counts stay the same across attempts, CC-05) — just not written again.
            if (rt.out.written && rt.prev?.status !== 'unchanged')
                finish(rt, 'applied', 'applied by an earlier attempt of this deployment (already on the target; not written again)');
            else
                finish(rt, 'unchanged', 'already on the target');
            return;
        }
        if (p.score.score < policy.minHealthScore) {
            finish(rt, 'skipped', `health score ${p.score.score} < ${policy.minHealthScore}, not pushed (${p.score.reasons.join('; ')})`, 'unhealthy');
            return;
        }
        if (rt.plan.liveHash && snap.hash !== rt.plan.liveHash) {
            onDrift(rt, 'its config changed between the plan and its batch; nothing was overwritten');
            return;
        }
        rt.snapshot = snap;
        toWrite.push(rt);
    };
    // ---- one instance: write + read back --------------------------------------------------------------
    const write = async (rt) => {
        if (haltWrites) {
            rt.out.written = rt.writtenBefore ?? false;
            rt.out.reason = 'not written: the rollout stopped before its write';
            return;
        }
        const baseHash = rt.baseHash;
        if (rt.plan.restart === 'restart' || rt.plan.restart === 'process-restart') {
            const waited = await watchdog.whilePaused(() => (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .waitOutRestartCooldown */ .kM)(rt.client, ops));
            if (waited > 0)
                logger.info(`${rt.out.id}: waited ${Math.round(waited / 1000)} s for the gateway's restart cooldown`);
        }
        await deps.hooks?.beforeWrite?.(rt.out.id);
        if (haltWrites) {
            rt.out.written = rt.writtenBefore ?? false;
            rt.out.reason = 'not written: the rollout stopped before its write';
            return;
        }
        // Already marked written (see the snapshot step): a write cut off by the deadline or a kill may still land.
        const wasWritten = rt.writtenBefore ?? false;
        rt.out.written = true;
        rt.wroteNow = true;
        writes++;
        const w = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .pacedApply */ .qj)(rt.client, { raw: (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .renderConfigRaw */ .PM)(rt.desired), baseHash, note: `clawfleet ${deploymentId} ${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)}` }, ops);
        if (!w.ok) {
            if (w.failure === 'drift' || w.failure === 'rejected') {
                // Refused before anything changed.
                rt.out.written = wasWritten;
                rt.wroteNow = false;
                return w.failure === 'drift' ? onDrift(rt, w.reason) : finish(rt, 'failed', w.reason, 'rejected');
            }
            if (w.failure === 'not-applied') {
                const s = await watchdog.whilePaused(() => (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .settleUnavailable */ .kJ)(rt.client, rt.desired, w.sentAt, ops, policy.failOnMissingEnv));
                if (s.restartRequested)
                    rt.out.restarted = true;
                if (s.snap)
                    recordApplied(rt, s.snap);
                if (s.ok)
                    return finish(rt, 'applied', `applied after UNAVAILABLE${s.restartRequested ? ' and one restart request' : ''} (verified by read-back)`);
                return finish(rt, 'failed', `UNAVAILABLE: ${s.reason}`, s.failure);
            }
            const rb = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfig */ .Xg)(rt.client, ops);
            if (rb.ok) {
                const v = (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .judgeReadBack */ .H8)(rb.snap, rt.desired, policy.failOnMissingEnv);
                recordApplied(rt, rb.snap);
                if (v.ok)
                    return finish(rt, 'applied', `applied (the write answered ${w.kind}; verified by read-back)`);
            }
            return finish(rt, 'failed', `unreachable during the write: ${w.reason}`, 'unreachable');
        }
        if (rt.plan.restart === 'process-restart') {
            try {
                await deps.restartHook(rt.spec);
            }
            catch (e) {
                return finish(rt, 'failed', `the restart command failed: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}`, 'restart-timeout');
            }
        }
        if (w.result.requiresRestart || rt.plan.restart === 'process-restart') {
            const r = await watchdog.whilePaused(() => (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .waitForRestart */ .U_)(rt.client, w.sentAt, ops));
            if (!r.ok)
                return finish(rt, 'failed', r.reason, 'restart-timeout');
            rt.out.restarted = true;
        }
        const rb = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfig */ .Xg)(rt.client, ops);
        if (!rb.ok)
            return finish(rt, 'failed', `read-back failed: ${rb.reason}`, 'unreachable');
        recordApplied(rt, rb.snap);
        const v = (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .judgeReadBack */ .H8)(rb.snap, rt.desired, policy.failOnMissingEnv);
        if (!v.ok)
            return finish(rt, 'failed', v.reason, v.failure);
        finish(rt, 'applied', `${(0,_records_js__WEBPACK_IMPORTED_MODULE_9__.formatVersion)(version)} (${rt.plan.changes.length} path(s), ${rt.plan.restart}${rt.out.restarted ? ', restarted' : ''})`);
    };
    /**
     * With no bake (hold 0 s: wait-seconds 0), an instance's gate probe is sent as soon as its own read-back
     * passed, by the same worker, instead of after the slowest write of the batch: the batch's pipeline
     * drains once, not twice. The gate still judges every instance of the batch, with the same criteria; only
     * instances of THIS batch are probed, and only after their own write (no RPC to a later batch).
     */
    const writeAndProbe = async (rt) => {
        await write(rt);
        if (holdSeconds > 0 || rt.out.status !== 'applied')
            return;
        const p = await a.probe(rt.client, { signal: readSignal });
        rt.inlineGate = {
            verdict: judgeProbe(p, policy.minHealthScore, p.reachable ? 'right after its write' : 'during the bake'),
            digest: [rt.out.id, 0, p.reachable, p.score.score, p.readyz?.ready ?? null, p.config?.valid ?? null],
        };
    };
    const recordApplied = (rt, snap) => {
        if ((0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentEquals */ .jU)(snap.parsed ?? {}, rt.desired)) {
            rt.out.appliedHash = snap.hash;
            rt.out.appliedContentDigest = (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(snap.parsed ?? {});
        }
    };
    // ---- gate -----------------------------------------------------------------------------------------
    const gate = async (batch, brts, wroteInBatch) => {
        const batchStart = iso();
        const gated = brts.filter((rt) => rt.out.status === 'applied' || rt.out.status === 'unchanged');
        const preFailed = brts.filter((rt) => rt.out.status === 'failed' || (rt.out.status === 'skipped' && rt.out.failure !== 'drift'));
        const holdMs = wroteInBatch ? holdSeconds * 1000 : 0;
        const intervalMs = policy.probeIntervalSeconds * 1000;
        const times = [];
        if (holdMs <= 0)
            times.push(0);
        else {
            if (intervalMs > 0)
                for (let t = intervalMs; t < holdMs; t += intervalMs)
                    times.push(t);
            times.push(holdMs);
        }
        const failedGate = new Map();
        const noData = new Map();
        const worst = new Map();
        const digestParts = [];
        const notes = [];
        let elapsed = 0;
        let probes = 0;
        const counted = () => gated.length - noData.size + preFailed.length;
        const failures = () => failedGate.size + preFailed.length;
        const maxFailures = () => Math.floor(counted() * (1 - policy.minSuccessRatio) + 1e-9);
        if (holdMs > 0)
            logger.info(`batch ${batch.index}: baking ${Math.round(holdMs / 1000)} s, probing every ${policy.probeIntervalSeconds} s`);
        const record = (rt, v) => {
            worst.set(rt.out.id, Math.min(worst.get(rt.out.id) ?? 100, v.score));
            if (v.ok)
                return;
            if (v.noData && policy.noData === 'ignore')
                noData.set(rt.out.id, v.reason);
            else
                failedGate.set(rt.out.id, { reason: v.reason, failure: v.failure });
        };
        // Nothing written in this batch (a re-run, a resumed batch): its pre-flight probes are fresh, so they
        // are the gate — no second round of probes to instances nobody touched.
        const reuse = !wroteInBatch && gated.every((rt) => rt.preVerdict !== undefined);
        if (reuse) {
            for (const rt of gated) {
                record(rt, rt.preVerdict);
                digestParts.push([rt.out.id, 'preflight', rt.preVerdict.ok, rt.preVerdict.score]);
            }
        }
        for (const t of reuse ? [] : times) {
            if (gated.length === 0)
                break;
            if (failures() > maxFailures() && counted() > 0)
                break; // the gate cannot pass any more: do not wait for nothing
            if (t > elapsed)
                await watchdog.whilePaused(() => clock.sleep(t - elapsed, readSignal));
            elapsed = t;
            const active = gated.filter((rt) => !failedGate.has(rt.out.id) && !noData.has(rt.out.id));
            await runAll(active, async (rt) => {
                const inline = t === 0 ? rt.inlineGate : undefined;
                if (inline) {
                    // Probed right after its own write (see writeAndProbe): that probe is this round's.
                    digestParts.push(inline.digest);
                    record(rt, inline.verdict);
                    return;
                }
                const p = await a.probe(rt.client, { signal: readSignal });
                digestParts.push([rt.out.id, t, p.reachable, p.score.score, p.readyz?.ready ?? null, p.config?.valid ?? null]);
                record(rt, judgeProbe(p, policy.minHealthScore, p.reachable ? `${Math.round(t / 1000)} s after the batch` : 'during the bake'));
            });
            probes++;
        }
        for (const rt of gated) {
            const w = worst.get(rt.out.id);
            if (w !== undefined)
                rt.out.scoreAfter = w;
            const f = failedGate.get(rt.out.id);
            if (f) {
                rt.out.status = 'failed';
                rt.out.failure = f.failure;
                rt.out.reason = f.reason;
                logger.info(`${rt.out.id}: failed the gate — ${f.reason}`);
            }
            else if (noData.has(rt.out.id)) {
                rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}no data during the bake (no-data-policy: ignore)`;
                notes.push(`${rt.out.id}: no data (${noData.get(rt.out.id)}); left out of the ratio (no-data-policy: ignore)`);
            }
        }
        const c = counted();
        const healthy = gated.length - failedGate.size - noData.size;
        const failed = failures();
        let ratio = c > 0 ? healthy / c : 1;
        let errorRate = c > 0 ? failed / c : 0;
        if (c === 0 && noData.size > 0) {
            ratio = 0;
            errorRate = 1;
            notes.push('no instance of the batch gave data: the gate cannot pass on no data');
        }
        else if (c === 0) {
            notes.push('nothing to gate in this batch (every instance was skipped for drift or not written)');
        }
        const passed = ratio + 1e-9 >= policy.minSuccessRatio && !(c === 0 && noData.size > 0);
        return {
            index: batch.index,
            wave: batch.wave,
            ...(batch.percent !== undefined ? { percent: batch.percent } : {}),
            instances: batch.instances,
            healthy,
            counted: c,
            failed,
            ratio,
            errorRate,
            passed,
            startedAt: batchStart,
            finishedAt: iso(),
            probes,
            probeDigest: 'sha256:' + (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)((0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalJson */ .dj)(digestParts)),
            notes,
        };
    };
    // ---- batches --------------------------------------------------------------------------------------
    let lastBatch = 0;
    const batchesStart = performance.now();
    const poolBefore = metrics?.poolMs ?? 0;
    try {
        for (const batch of plan.batches) {
            if (haltWrites)
                break;
            const brts = batch.instances.map((id) => rts.get(id)).filter(Boolean);
            lastBatch = batch.index;
            const title = `Batch ${batch.index}/${plan.batches.length}: ${brts.length} instance(s)${batch.wave !== 'all' ? `, wave ${batch.wave}` : ''}, ${batch.tier}${batch.percent !== undefined ? `, canary ${batch.percent} %` : ''}`;
            const outcome = await logger.group(title, async () => {
                const toWrite = [];
                try {
                    await runAll(brts, (rt) => preflight(rt, toWrite));
                    // Snapshots durable before the first write of the batch.
                    if (toWrite.length > 0) {
                        const entries = [];
                        const blobs = {};
                        for (const rt of toWrite) {
                            const raw = rt.snapshot.raw ?? '{}\n';
                            const ref = (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(raw);
                            if (!blobsWritten.has(ref)) {
                                blobs[ref] = raw;
                                blobsWritten.add(ref);
                            }
                            entries.push({ id: rt.out.id, url: rt.spec.url, wave: rt.out.wave, batch: batch.index, snapshotHash: rt.snapshot.hash, contentDigest: (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(rt.snapshot.parsed ?? {}), rawRef: ref, takenAt: iso(), restart: rt.plan.restart });
                            // Recorded in the manifest: keep only the hash (a config.get payload is tens of KB, and a batch
                            // of them would otherwise live until its writes finish).
                            rt.baseHash = rt.snapshot.hash;
                            rt.snapshot = undefined;
                        }
                        await recorder.appendManifestShard(deploymentId, entries, blobs);
                        // Recorded as written BEFORE the writes go out: if the runner dies mid-batch, the record must
                        // still name every instance that may have changed (a resume then reports them as applied by
                        // this deployment, and a rollback considers them; both compare content, so an instance the
                        // write never reached costs nothing).
                        for (const rt of toWrite) {
                            rt.writtenBefore = rt.out.written;
                            rt.out.written = true;
                        }
                        await recorder.writeDeployment(depRecord('running', toWrite.map((rt) => rt.out.id)));
                        await recorder.flush(`deploy ${deploymentId} batch ${batch.index} snapshots`);
                        await deps.hooks?.afterSnapshot?.(batch.index);
                        await runAll(toWrite, writeAndProbe);
                    }
                }
                catch (e) {
                    if (!isAbort(e) && !readSignal.aborted)
                        throw e;
                    stopWith(abortReason() ?? (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e));
                }
                const wrote = toWrite.some((rt) => rt.wroteNow);
                let o;
                try {
                    o = await gate(batch, brts, wrote);
                }
                catch (e) {
                    if (!isAbort(e) && !readSignal.aborted)
                        throw e;
                    stopWith(abortReason() ?? (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e));
                    o = { index: batch.index, wave: batch.wave, instances: batch.instances, healthy: 0, counted: 0, failed: 0, ratio: 0, errorRate: 0, passed: false, startedAt: iso(), finishedAt: iso(), probes: 0, probeDigest: '', notes: ['the gate did not finish (aborted)'] };
                }
                return o;
            });
            batchOutcomes.push(outcome);
            for (const rt of brts) {
                rt.inlineGate = undefined;
                rt.dropDesired();
            }
            if (!outcome.passed && outcome.notes[0] !== 'the gate did not finish (aborted)') {
                failedWaves.add(batch.wave);
                stopWith(`batch ${batch.index} failed its gate: ${outcome.healthy}/${outcome.counted} healthy (${pct(outcome.ratio)} < ${pct(policy.minSuccessRatio)})` +
                    (outcome.notes.length ? `; ${outcome.notes.join('; ')}` : ''));
                if (policy.autoRollback && outcome.errorRate > policy.rollbackErrorRate + 1e-9)
                    rollbackWanted = true;
                else if (policy.autoRollback)
                    logger.info(`batch ${batch.index}: error rate ${pct(outcome.errorRate)} ≤ rollback-error-rate ${pct(policy.rollbackErrorRate)}: stopping without a rollback`);
            }
            if (watchdog.signal.aborted && policy.autoRollback)
                rollbackWanted = true; // RF-03: deadline → roll back
            await recorder.audit({
                event: 'batch',
                deploymentId,
                attempt,
                ...ctxFields,
                ...(fromVersion !== undefined ? { fromVersion } : {}),
                toVersion: version,
                instances: brts.map((rt) => ({ id: rt.out.id, status: rt.out.status, ...(rt.out.reason ? { reason: rt.out.reason.slice(0, 200) } : {}) })),
                outcome: outcome.passed ? 'passed' : 'failed',
                batch: { index: outcome.index, healthy: outcome.healthy, counted: outcome.counted, ratio: outcome.ratio, errorRate: outcome.errorRate, passed: outcome.passed },
                probeDigest: outcome.probeDigest,
            });
            await recorder.writeDeployment(depRecord('running', batch.instances));
            await recorder.flush(`deploy ${deploymentId} batch ${batch.index} ${outcome.passed ? 'passed' : 'failed'}`);
            await deps.hooks?.afterBatch?.(outcome);
        }
    }
    finally {
        if (metrics) {
            const ms = performance.now() - batchesStart;
            metrics.batchesMs += ms;
            metrics.serialMs += ms - (metrics.poolMs - poolBefore);
        }
        watchdog.stop();
        if (graceTimer)
            clearTimeout(graceTimer);
        a.cancel.removeEventListener('abort', onCancel);
    }
    // Instances never reached keep the old config and got no RPC after the plan.
    for (const rt of rts.values()) {
        if (rt.out.status === 'untouched' && !rt.out.reason)
            rt.out.reason = stopReasons.length ? `not reached: the rollout stopped at batch ${lastBatch}` : 'not reached';
    }
    // ---- rollback -----------------------------------------------------------------------------------
    let rollback;
    if (rollbackWanted && !a.cancel.aborted) {
        const targets = [...rts.values()].filter((rt) => rt.out.written && (policy.rollbackScope === 'deployment' || failedWaves.has(rt.out.wave)));
        if (targets.length > 0) {
            const manifest = await recorder.readManifest(deploymentId);
            const rbWatch = new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressWatchdog */ .TL(clock, policy.progressDeadlineSeconds * 1000, a.cancel);
            try {
                rollback = await logger.group(`Rollback: ${targets.length} instance(s) (${policy.rollbackScope})`, async () => {
                    await recorder.audit({ event: 'rollback-start', deploymentId, attempt, ...ctxFields, toVersion: fromVersion, detail: `trigger: gate; scope ${policy.rollbackScope}; ${targets.length} instance(s)` });
                    await recorder.flush(`deploy ${deploymentId} rollback start`);
                    const r = await (0,_rollback_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreSnapshots */ .M)({
                        manifest: manifest,
                        targets: targets.map((rt) => ({ id: rt.out.id, client: rt.client, ...(rt.out.appliedContentDigest ? { appliedContentDigest: rt.out.appliedContentDigest } : {}) })),
                        trigger: 'gate',
                        scope: policy.rollbackScope,
                        ops: { ...ops, signal: rbWatch.signal, writeSignal: rbWatch.signal },
                        logger,
                        concurrency: policy.concurrency,
                        note: `clawfleet rollback of ${deploymentId}`,
                        onProgress: () => rbWatch.progress(),
                    });
                    writes += r.writes;
                    return r;
                });
            }
            finally {
                rbWatch.stop();
            }
            for (const r of rollback.instances) {
                const rt = rts.get(r.id);
                if (r.status === 'restored' || r.status === 'unchanged') {
                    rt.out.status = 'rolled-back';
                    rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}rolled back to its snapshot`;
                }
                else {
                    rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}rollback ${r.status}: ${r.reason ?? ''}`.trim();
                }
            }
            if (rollback.manualIntervention)
                stopReasons.push(rollback.manualIntervention);
            await recorder.audit({
                event: 'rollback-end',
                deploymentId,
                attempt,
                ...ctxFields,
                toVersion: fromVersion,
                outcome: rollback.ok ? 'restored' : 'manual-intervention',
                instances: rollback.instances.map((i) => ({ id: i.id, status: i.status, ...(i.reason ? { reason: i.reason.slice(0, 200) } : {}) })),
            });
        }
    }
    else if (rollbackWanted && a.cancel.aborted) {
        stopReasons.push('cancelled: no automatic rollback after a cancel; run auto-rollback or re-run the deployment');
    }
    // ---- verification (CC-07) -----------------------------------------------------------------------
    let verification;
    if (stopReasons.length === 0) {
        const checked = [...rts.values()].filter((rt) => rt.out.status === 'applied' || rt.out.status === 'unchanged');
        const drifted = [];
        const unverified = [];
        const vSignal = AbortSignal.any([a.cancel, AbortSignal.timeout(Math.max(60_000, policy.progressDeadlineSeconds * 1000))]);
        await logger.group(`Verification: ${checked.length} instance(s)`, () => runAll(checked, async (rt) => {
            const r = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfig */ .Xg)(rt.client, { signal: vSignal });
            if (!r.ok) {
                // No data is no proof of drift: the no-data policy decides, as in the gates.
                if (policy.noData === 'ignore')
                    unverified.push({ id: rt.out.id, reason: `could not verify: ${r.reason}` });
                else
                    drifted.push({ id: rt.out.id, reason: `could not verify ${rt.out.id}: ${r.reason}` });
                return;
            }
            if (!(0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .contentEquals */ .jU)(r.snap.parsed ?? {}, rt.desired)) {
                const paths = (0,_content_js__WEBPACK_IMPORTED_MODULE_5__/* .diffConfig */ .O2)(r.snap.parsed ?? {}, rt.desired)
                    .slice(0, 5)
                    .map((d) => d.path)
                    .join(', ');
                drifted.push({ id: rt.out.id, reason: `instance ${rt.out.id} drifted after apply (${paths}); not corrected` });
            }
            rt.dropDesired();
        }).catch((e) => {
            drifted.push({ id: '*', reason: `verification aborted: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}` });
        }));
        verification = { ok: drifted.length === 0, checked: checked.length, drifted, ...(unverified.length ? { unverified } : {}) };
        for (const d of drifted) {
            const rt = rts.get(d.id);
            if (rt) {
                rt.out.status = 'failed';
                rt.out.failure = 'drift';
                rt.out.reason = d.reason;
            }
            stopReasons.push(`verification failed: ${d.reason}`);
        }
        await recorder.audit({ event: 'verify', deploymentId, attempt, ...ctxFields, toVersion: version, outcome: verification.ok ? 'ok' : 'drifted', ...(drifted.length ? { instances: drifted.map((d) => ({ id: d.id, status: 'drifted', reason: d.reason.slice(0, 200) })) } : {}) });
    }
    // ---- result, records ----------------------------------------------------------------------------
    const result = stopReasons.length === 0 ? 'succeeded' : rollback?.ok ? 'rolled-back' : 'stopped';
    const instances = [...excludedOutcomes, ...plan.instances.filter((p) => p.action !== 'excluded').map((p) => rts.get(p.id).out)];
    const report = {
        schema: 1,
        kind: a.kind,
        deploymentId,
        attempt,
        environment: recorder.environment,
        ...(req.promotionId ? { promotionId: req.promotionId } : {}),
        result,
        version,
        ...(fromVersion !== undefined ? { fromVersion } : {}),
        configDigest: a.configDigest,
        planDigest: plan.digest,
        strategy: policy.strategy,
        startedAt: new Date(a.startedAt).toISOString(),
        finishedAt: iso(),
        stopReasons,
        instances,
        batches: batchOutcomes,
        ...(rollback ? { rollback } : {}),
        ...(verification ? { verification } : {}),
        counts: countStatuses(instances),
        writes,
    };
    const finalRecord = depRecord(result);
    finalRecord.reportSummary = { counts: report.counts, stopReasons };
    await recorder.writeDeployment(finalRecord);
    await recorder.writeReport(deploymentId, report);
    if (result === 'succeeded')
        await recorder.setCurrent(version, a.configDigest, deploymentId);
    await recorder.audit({
        event: 'deploy-end',
        deploymentId,
        attempt,
        ...ctxFields,
        ...(fromVersion !== undefined ? { fromVersion } : {}),
        toVersion: version,
        outcome: result,
        instances: instances.map((i) => ({ id: i.id, status: i.status })),
        ...(stopReasons.length ? { detail: stopReasons.join(' | ').slice(0, 2000) } : {}),
    });
    await recorder.flush(`deploy ${deploymentId} ${result}`);
    const manifest = await recorder.readManifest(deploymentId);
    return { plan, report, ...(manifest ? { manifest } : {}) };
}
function pct(r) {
    return `${Math.round(r * 1000) / 10} %`;
}


/***/ }),

/***/ 90277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ judgeReadBack),
/* harmony export */   U_: () => (/* binding */ waitForRestart),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   kJ: () => (/* binding */ settleUnavailable),
/* harmony export */   kM: () => (/* binding */ waitOutRestartCooldown),
/* harmony export */   qj: () => (/* binding */ pacedApply)
/* harmony export */ });
/* unused harmony export waitReady */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _fleet_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89157);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81562);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20420);
/**
 * Operations on one gateway that deploy and rollback share: a paced write that survives rate limits, the
 * wait for a restart a write caused, the read-back that decides "applied", and the handling of
 * "persisted but not applied".
 *
 * Facts these rely on (measured against 2026.9.6, see openclaw-notes §3.3–3.4 and the report):
 * - `config.apply` returns after a hot change is applied, but a restart-requiring write returns at once
 *   (`requiresRestart: true`) and the in-process restart follows ~1–10 s later (~6–10 s of downtime);
 *   restarts coalesce and keep a 30 s cooldown, so a second one can be deferred. `/readyz`'s `uptimeMs`
 *   resets on an in-process restart (the PID does not change): that is how the restart is detected.
 * - `config.apply` with content equal to the file never answers (measured: no reply for ≥ 300 s; the log
 *   says the reload was "superseded"). Never send a no-op apply; a write that times out is checked by
 *   reading back, not resent.
 * - `UNAVAILABLE` after a write can mean persisted-but-not-applied: not success (reliability-cases RF-04).
 */




/**
 * `config.apply` through the pacer. A rate-limit answer the client gave up waiting on is waited out again
 * (bounded by the progress deadline via `writeSignal`) — a rate limit is never an instance failure.
 */
async function pacedApply(client, params, ctx) {
    for (;;) {
        const answered = await ctx.pacer.acquire((0,_pacer_js__WEBPACK_IMPORTED_MODULE_3__/* .gatewayKey */ .Yf)(client.url), 'config.apply', ctx.writeSignal);
        const sentAt = ctx.clock.now();
        try {
            const result = await client.configApply(params, { signal: ctx.writeSignal, ...(ctx.writeTimeoutMs ? { timeoutMs: ctx.writeTimeoutMs } : {}) });
            answered();
            return { ok: true, result, sentAt };
        }
        catch (e) {
            answered();
            ctx.writeSignal.throwIfAborted();
            if (!(0,_fleet_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isGatewayError */ .xO)(e))
                throw e;
            switch (e.kind) {
                case 'rate-limited':
                    await ctx.clock.sleep(Math.max(1000, e.retryAfterMs ?? 5000), ctx.writeSignal);
                    continue;
                case 'conflict':
                    return { ok: false, failure: 'drift', reason: `config changed since it was read (stale baseHash); nothing was overwritten`, kind: e.kind, sentAt, maybeWritten: false, error: e };
                case 'rejected':
                    return { ok: false, failure: 'rejected', reason: `the gateway rejected the config: ${firstIssues(e)}`, kind: e.kind, sentAt, maybeWritten: false, error: e };
                case 'unavailable':
                    return { ok: false, failure: 'not-applied', reason: e.message, kind: e.kind, sentAt, maybeWritten: true, error: e };
                case 'timeout':
                case 'unreachable':
                    return { ok: false, failure: 'unreachable', reason: e.message, kind: e.kind, sentAt, maybeWritten: true, error: e };
                default:
                    return { ok: false, failure: 'rejected', reason: e.message, kind: e.kind, sentAt, maybeWritten: false, error: e };
            }
        }
    }
}
function firstIssues(e) {
    if (e.issues && e.issues.length > 0)
        return e.issues.slice(0, 5).map((i) => `${i.path || '<root>'}: ${i.message}`).join('; ');
    return e.message;
}
/** Reads config.get, classifying failures; never throws for a gateway failure. */
async function readConfig(client, ctx) {
    try {
        return { ok: true, snap: await client.configGet({ signal: ctx.signal }) };
    }
    catch (e) {
        ctx.signal.throwIfAborted();
        if (!(0,_fleet_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isGatewayError */ .xO)(e))
            throw e;
        return { ok: false, reason: e.message, kind: e.kind };
    }
}
/**
 * Waits until the gateway has restarted after `sinceMs` (its `/readyz` uptime says it booted after the
 * write was sent) and is ready again. Unreachable answers in between are the restart itself.
 */
async function waitForRestart(client, sinceMs, ctx) {
    const deadline = sinceMs + ctx.restartTimeoutMs;
    const poll = ctx.pollMs ?? 1000;
    let last = 'no answer yet';
    for (;;) {
        try {
            const r = await client.readyz({ signal: ctx.signal, attempts: 1, timeoutMs: Math.max(1000, Math.min(5000, ctx.restartTimeoutMs)) });
            const now = ctx.clock.now();
            if (r.uptimeMs !== undefined) {
                const bootAt = now - r.uptimeMs;
                if (bootAt >= sinceMs - 250 && r.ready)
                    return { ok: true, bootAt };
                last = bootAt >= sinceMs - 250 ? `restarted, not ready yet (/readyz ${r.status}${r.failing.length ? `: ${r.failing.join(', ')}` : ''})` : 'not restarted yet';
            }
            else {
                last = '/readyz gives no uptime (is the token right?)';
            }
        }
        catch (e) {
            ctx.signal.throwIfAborted();
            last = `unreachable while restarting (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)})`;
        }
        if (ctx.clock.now() >= deadline) {
            return { ok: false, reason: `the gateway did not restart and get ready within ${Math.round(ctx.restartTimeoutMs / 1000)} s after the write (${last})` };
        }
        await ctx.clock.sleep(poll, ctx.signal);
    }
}
/** Waits until `/readyz` says ready (no restart required), bounded by the restart timeout. */
async function waitReady(client, ctx) {
    const deadline = ctx.clock.now() + ctx.restartTimeoutMs;
    let last = '';
    for (;;) {
        try {
            const r = await client.readyz({ signal: ctx.signal, attempts: 1 });
            if (r.ready)
                return { ok: true, ...(r.uptimeMs !== undefined ? { uptimeMs: r.uptimeMs } : {}) };
            last = `/readyz ${r.status}`;
        }
        catch (e) {
            ctx.signal.throwIfAborted();
            last = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e);
        }
        if (ctx.clock.now() >= deadline)
            return { ok: false, reason: `not ready within ${Math.round(ctx.restartTimeoutMs / 1000)} s (${last})` };
        await ctx.clock.sleep(ctx.pollMs ?? 1000, ctx.signal);
    }
}
/**
 * Before a write that needs a restart: the gateway refuses to restart twice within its cooldown (30 s), so
 * wait until its current run is older than the cooldown. The uptime comes from `/readyz`, so this also
 * works in a later run that did not see the previous restart (RF-07).
 */
async function waitOutRestartCooldown(client, ctx) {
    if (ctx.restartCooldownMs <= 0)
        return 0;
    let uptime;
    try {
        uptime = (await client.readyz({ signal: ctx.signal })).uptimeMs;
    }
    catch (e) {
        ctx.signal.throwIfAborted();
        return 0; // the write will fail and be classified; nothing to wait for
    }
    if (uptime === undefined || uptime >= ctx.restartCooldownMs)
        return 0;
    const wait = ctx.restartCooldownMs - uptime + 500;
    await ctx.clock.sleep(wait, ctx.signal);
    return wait;
}
/**
 * Decides "applied": the gateway's file has the desired content, it is valid, the persisted revision is
 * the applied one, and (optionally) no `${VAR}` of it is missing in the gateway's environment.
 */
function judgeReadBack(snap, desired, failOnMissingEnv) {
    if (!(0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEquals */ .jU)(snap.parsed ?? {}, desired)) {
        const diff = (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .diffConfig */ .O2)(snap.parsed ?? {}, desired)
            .slice(0, 5)
            .map((d) => d.path);
        return { ok: false, failure: 'not-applied', reason: `the gateway's config differs from what was sent (at ${diff.join(', ') || '<root>'})`, snap };
    }
    if (!snap.valid) {
        const i = snap.issues[0];
        return { ok: false, failure: 'not-applied', reason: `the gateway reports its config invalid${i ? ` (${i.path || '<root>'}: ${i.message})` : ''}`, snap };
    }
    if (snap.appliedConfigHash && snap.configRevisionHash && snap.appliedConfigHash !== snap.configRevisionHash) {
        return { ok: false, failure: 'not-applied', reason: 'persisted but not applied (appliedConfigHash ≠ configRevisionHash)', snap };
    }
    if (failOnMissingEnv) {
        const missing = snap.warnings.filter((w) => /^Missing env var "/.test(w.message));
        if (missing.length > 0) {
            const names = missing.slice(0, 5).map((w) => `${/"([^"]+)"/.exec(w.message)?.[1] ?? '?'} (${w.path})`);
            return { ok: false, failure: 'missing-env', reason: `the gateway's environment lacks ${names.join(', ')}: the feature using it is unavailable (a missing gateway.auth.token even makes it generate a random one)`, snap };
        }
    }
    return { ok: true, snap };
}
/**
 * After `UNAVAILABLE` on a write (RF-04): do NOT resend (an identical write may be a no-op that never
 * applies). Wait for the gateway to settle and read back; if the content is persisted but not applied,
 * follow the gateway's guidance once — one restart request — then read back again. Anything else fails.
 */
async function settleUnavailable(client, desired, sentAt, ctx, failOnMissingEnv) {
    const ready = await waitReady(client, ctx);
    if (!ready.ok)
        return { ok: false, failure: 'not-applied', reason: `UNAVAILABLE after the write, then ${ready.reason}`, restartRequested: false };
    let read = await readConfig(client, ctx);
    if (!read.ok)
        return { ok: false, failure: 'unreachable', reason: read.reason, restartRequested: false };
    let verdict = judgeReadBack(read.snap, desired, failOnMissingEnv);
    if (verdict.ok || verdict.failure !== 'not-applied' || !(0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEquals */ .jU)(read.snap.parsed ?? {}, desired))
        return { ...verdict, restartRequested: false };
    // Persisted (content matches) but not applied: one restart, as the gateway's recovery guidance says.
    try {
        const answered = await ctx.pacer.acquire((0,_pacer_js__WEBPACK_IMPORTED_MODULE_3__/* .gatewayKey */ .Yf)(client.url), 'gateway.restart.request', ctx.writeSignal);
        try {
            await client.restartRequest({ signal: ctx.writeSignal });
        }
        finally {
            answered();
        }
    }
    catch (e) {
        ctx.writeSignal.throwIfAborted();
        return { ok: false, failure: 'not-applied', reason: `persisted but not applied, and the restart request failed: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}`, restartRequested: true };
    }
    const restarted = await waitForRestart(client, Math.max(sentAt, ctx.clock.now() - 250), ctx);
    if (!restarted.ok)
        return { ok: false, failure: 'not-applied', reason: `persisted but not applied; after one restart request: ${restarted.reason}`, restartRequested: true };
    read = await readConfig(client, ctx);
    if (!read.ok)
        return { ok: false, failure: 'unreachable', reason: read.reason, restartRequested: true };
    verdict = judgeReadBack(read.snap, desired, failOnMissingEnv);
    return { ...verdict, restartRequested: true };
}


/***/ }),

/***/ 20420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yf: () => (/* binding */ gatewayKey),
/* harmony export */   f6: () => (/* binding */ sharedPacer)
/* harmony export */ });
/* unused harmony export WritePacer */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73941);
/**
 * Client-side pacing of control-plane writes (reliability-cases RF-06). Each gateway allows 30 writes per
 * 60 s per method per caller (openclaw-notes §3.3). Every instance of a fleet sees OUR runner as the same
 * client IP, but the limit is enforced by each gateway separately, so the budget is kept per gateway
 * (its URL origin + base path) and per method — a sliding window of send times. A write waits for a free
 * slot instead of being sent into a certain 503; a rate-limit answer that still arrives (another tool
 * writing from the same IP) is handled by the client (it waits `retryAfterMs`) and never counts as an
 * instance failure.
 *
 * One pacer is shared per process (`sharedPacer`) so several operations in one run (deploy, then rollback)
 * share the budget of each gateway.
 */

class WritePacer {
    limit;
    clock;
    sent = new Map();
    queues = new Map();
    /** Total milliseconds callers waited for a slot (for reports and tests). */
    waitedMs = 0;
    constructor(limit = { count: 30, windowMs: 60_000 }, clock = _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml) {
        this.limit = limit;
        this.clock = clock;
        if (!(limit.count >= 1) || !(limit.windowMs > 0))
            throw new Error('write pacer: count must be ≥ 1 and windowMs > 0');
    }
    /**
     * Waits until one more `method` write to `gateway` fits in the window, then records it. Calls for the
     * same gateway+method are served in order. Call the returned function when the write's answer arrived:
     * the slot is then re-stamped with that time, because the gateway counts the request when it RECEIVES it,
     * which can be well after we sent it on a loaded network — counting from the answer keeps a margin.
     */
    acquire(gateway, method, signal) {
        const key = `${gateway} ${method}`;
        const prev = this.queues.get(key) ?? Promise.resolve();
        const next = prev.then(() => this.take(key, signal));
        // The chain must survive a rejected (aborted) waiter.
        this.queues.set(key, next.catch(() => undefined));
        return next;
    }
    async take(key, signal) {
        for (;;) {
            signal?.throwIfAborted();
            const now = this.clock.now();
            const times = (this.sent.get(key) ?? []).filter((t) => t > now - this.limit.windowMs);
            if (times.length < this.limit.count) {
                const slot = { t: now };
                times.push(now);
                this.sent.set(key, times);
                return () => {
                    const list = this.sent.get(key);
                    if (!list)
                        return;
                    const i = list.indexOf(slot.t);
                    if (i >= 0) {
                        list[i] = Math.max(slot.t, this.clock.now());
                        list.sort((a, b) => a - b);
                    }
                };
            }
            const wait = times[0] + this.limit.windowMs - now + 1;
            this.waitedMs += wait;
            await this.clock.sleep(wait, signal);
        }
    }
    /** Writes recorded for a gateway+method inside the current window. */
    inWindow(gateway, method) {
        const now = this.clock.now();
        return (this.sent.get(`${gateway} ${method}`) ?? []).filter((t) => t > now - this.limit.windowMs).length;
    }
}
let shared;
/** The process-wide pacer with the gateway's default limit. */
function sharedPacer() {
    shared ??= new WritePacer();
    return shared;
}
/** The pacing key of a gateway: its URL without trailing slash (origin + base path). */
function gatewayKey(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 24283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ restoreSnapshots)
/* harmony export */ });
/* unused harmony export parseSnapshot */
/* harmony import */ var json5__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84841);
/* harmony import */ var json5__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(json5__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70370);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81562);
/* harmony import */ var _instance_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90277);
/**
 * Snapshot rollback: put every instance a deployment changed back on the exact config it had before
 * (reliability-cases §2.6: "a recorded snapshot (base hash + content), not 'previous'").
 *
 * Per instance: read the current config; if its content already equals the snapshot → nothing to do
 * (a second run sends no write — RF-11); if it is what the deployment wrote → `config.apply` the snapshot's
 * redacted text with the current hash as `baseHash` (OpenClaw restores every `__OPENCLAW_REDACTED__` from
 * the value it holds, so secrets never leave the gateway, openclaw-notes §3.3 "Rollback-friendly"); if it is
 * something else, a person or another tool changed it after the deployment → not overwritten.
 *
 * A restore the gateway REJECTS (e.g. the snapshot is schema-incompatible with a newer gateway, RF-10)
 * stops the whole rollback at that instance — no loop, no fallback to an older snapshot — and the outcome
 * says "manual intervention required" with every instance's current state and hash. A restore that needs a
 * restart first waits out the gateway's 30 s restart cooldown (RF-07) and then for the restart; there is at
 * most one restore attempt per instance.
 */





/** Parses a snapshot's raw text (OpenClaw writes JSON; a hand-written file can be JSON5). */
function parseSnapshot(raw) {
    try {
        return JSON.parse(raw);
    }
    catch {
        return json5__WEBPACK_IMPORTED_MODULE_0___default().parse(raw);
    }
}
async function restoreSnapshots(opts) {
    const { manifest, ops, logger } = opts;
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_4__["default"])(Math.max(1, opts.concurrency));
    let stop;
    let writes = 0;
    const results = new Map();
    const restoreOne = async (t) => {
        const entry = manifest.entries[t.id];
        if (!entry)
            return { id: t.id, status: 'not-attempted', reason: 'no snapshot recorded for this instance (the deployment did not snapshot it before a write)' };
        const raw = manifest.blobs[entry.rawRef];
        if (raw === undefined)
            return { id: t.id, status: 'failed', reason: `the manifest has no snapshot text for ${entry.rawRef}` };
        if (stop)
            return { id: t.id, status: 'not-attempted', reason: 'the rollback stopped at an earlier instance' };
        let snapshot;
        try {
            snapshot = parseSnapshot(raw);
        }
        catch (e) {
            return { id: t.id, status: 'failed', reason: `the recorded snapshot does not parse: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e)}` };
        }
        const cur = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .Xg)(t.client, ops);
        if (!cur.ok)
            return { id: t.id, status: 'unreachable', reason: cur.reason };
        const current = cur.snap.parsed ?? {};
        if ((0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEquals */ .jU)(current, snapshot))
            return { id: t.id, status: 'unchanged', reason: 'already on the recorded snapshot', currentHash: cur.snap.hash };
        const currentDigest = (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .contentDigest */ .eZ)(current);
        if (t.settledDigest !== undefined && currentDigest === t.settledDigest)
            return { id: t.id, status: 'unchanged', reason: 'already on its snapshot from before the promotion', currentHash: cur.snap.hash };
        const ours = t.appliedContentDigest !== undefined && currentDigest === t.appliedContentDigest;
        if (!ours && !opts.force) {
            return {
                id: t.id,
                status: 'drifted',
                reason: t.appliedContentDigest === undefined
                    ? 'its config is neither the snapshot nor a content this deployment is known to have written; not overwritten'
                    : 'its config changed after the deployment wrote it (someone or something else edited it); not overwritten',
                currentHash: cur.snap.hash,
            };
        }
        if (stop)
            return { id: t.id, status: 'not-attempted', reason: 'the rollback stopped at an earlier instance', currentHash: cur.snap.hash };
        if (entry.restart === 'restart' || entry.restart === 'process-restart') {
            const waited = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .waitOutRestartCooldown */ .kM)(t.client, ops);
            if (waited > 0)
                logger.info(`${t.id}: waited ${Math.round(waited / 1000)} s for the gateway's restart cooldown before restoring`);
        }
        const w = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .pacedApply */ .qj)(t.client, { raw, baseHash: cur.snap.hash, note: opts.note }, ops);
        writes++;
        if (!w.ok) {
            if (w.failure === 'rejected' || w.failure === 'drift') {
                stop ??= `${t.id}: ${w.reason}`;
                return { id: t.id, status: w.failure === 'rejected' ? 'rejected' : 'drifted', reason: w.reason, currentHash: cur.snap.hash };
            }
            if (w.failure === 'not-applied') {
                const settled = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .settleUnavailable */ .kJ)(t.client, snapshot, w.sentAt, ops, false);
                if (settled.ok)
                    return { id: t.id, status: 'restored', reason: 'restored (after UNAVAILABLE; verified by read-back)', currentHash: settled.snap.hash };
                stop ??= `${t.id}: ${settled.reason}`;
                return { id: t.id, status: 'failed', reason: settled.reason };
            }
            // timeout / unreachable: the write may have landed — read back instead of resending.
            const rb = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .Xg)(t.client, ops);
            if (rb.ok && (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeReadBack */ .H8)(rb.snap, snapshot, false).ok)
                return { id: t.id, status: 'restored', reason: 'restored (the write timed out; verified by read-back)', currentHash: rb.snap.hash };
            return { id: t.id, status: 'unreachable', reason: w.reason };
        }
        if (w.result.requiresRestart) {
            const r = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRestart */ .U_)(t.client, w.sentAt, ops);
            if (!r.ok) {
                stop ??= `${t.id}: ${r.reason}`;
                return { id: t.id, status: 'failed', reason: r.reason };
            }
        }
        const rb = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .Xg)(t.client, ops);
        if (!rb.ok)
            return { id: t.id, status: 'unreachable', reason: rb.reason };
        const verdict = (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeReadBack */ .H8)(rb.snap, snapshot, false);
        if (!verdict.ok) {
            stop ??= `${t.id}: ${verdict.reason}`;
            return { id: t.id, status: 'failed', reason: verdict.reason, currentHash: rb.snap.hash };
        }
        opts.onProgress?.();
        return { id: t.id, status: 'restored', currentHash: rb.snap.hash };
    };
    await Promise.all(opts.targets.map((t) => limit(async () => {
        let r;
        try {
            r = await restoreOne(t);
        }
        catch (e) {
            if (ops.signal.aborted)
                throw e;
            r = { id: t.id, status: 'failed', reason: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e) };
        }
        results.set(t.id, r);
        logger.info(`rollback ${t.id}: ${r.status}${r.reason ? ` — ${r.reason}` : ''}`);
    })));
    // Every instance's current hash for the report (RF-10), including those not attempted.
    await Promise.all(opts.targets.map((t) => limit(async () => {
        const r = results.get(t.id);
        if (r.currentHash || r.status === 'unreachable')
            return; // known; an unreachable one would only time out again
        const cur = await (0,_instance_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .Xg)(t.client, ops).catch(() => undefined);
        if (cur?.ok)
            r.currentHash = cur.snap.hash;
    })));
    const instances = opts.targets.map((t) => results.get(t.id));
    const bad = instances.filter((r) => r.status !== 'restored' && r.status !== 'unchanged');
    const changed = instances.filter((r) => r.status === 'restored').length;
    const manualIntervention = stop ?? (bad.length > 0 ? `${bad.length} instance(s) not restored (${bad.map((b) => `${b.id}: ${b.status}`).slice(0, 5).join('; ')})` : undefined);
    return {
        trigger: opts.trigger,
        scope: opts.scope,
        ok: bad.length === 0,
        ...(manualIntervention ? { manualIntervention: `manual intervention required: ${manualIntervention}` } : {}),
        instances,
        changed,
        writes,
    };
}


/***/ }),

/***/ 55228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ computeHealthScore),
/* harmony export */   cu: () => (/* binding */ probeInstance)
/* harmony export */ });
/* unused harmony exports MIN_PUSH_SCORE, HEALTH_WEIGHTS */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89157);
/**
 * Health score 0–100 for one gateway, from three sources (docs/health-score.md has the rationale):
 *
 * | source | condition | points |
 * | --- | --- | --- |
 * | reachability | `/readyz` not answered (unreachable, timeout, refused) | score is 0, nothing else counts |
 * | `/readyz` | not ready (503 or `ready:false`) | −50 |
 * | `/readyz` | each entry of `failing` (agent database, plugin reload, channel…) | −10 each, at most −30 |
 * | `/readyz` | `eventLoop.degraded` | −10 |
 * | `health` RPC | not available (call failed) | −20 |
 * | `health` RPC | `ok:false` | −20 |
 * | `health` RPC | each entry of `plugins.errors` | −15 each, at most −30 |
 * | `health` RPC | `plugins.unavailable` not empty | −5 |
 * | `health` RPC | `modelRuntime.degraded` | −20 |
 * | `health` RPC | `configReload.hotReloadStatus` present and not `active` | −15 |
 * | `config.get` | not available (call failed) | −10 |
 * | `config.get` | `valid:false` (a reload was skipped: the running config is older than the file) | −30 |
 * | `config.get` | `appliedConfigHash` ≠ `configRevisionHash` (persisted, not applied) | −10 |
 *
 * Start at 100, subtract, clamp to 0..100. Each deduction adds a reason. The seed rule: do not push to an
 * instance with a score below {@link MIN_PUSH_SCORE} (60) — "not ready" alone (50) is below it; a single
 * soft problem (degraded event loop, one plugin error, degraded model runtime, an invalid file on disk) is not.
 */

/** The seeds' rule: no push to an instance whose score is below this. */
const MIN_PUSH_SCORE = 60;
const HEALTH_WEIGHTS = {
    notReady: 50,
    perFailingCheck: 10,
    maxFailingChecks: 30,
    eventLoopDegraded: 10,
    healthUnavailable: 20,
    healthNotOk: 20,
    perPluginError: 15,
    maxPluginErrors: 30,
    pluginsUnavailable: 5,
    modelRuntimeDegraded: 20,
    hotReloadInactive: 15,
    configUnavailable: 10,
    configInvalid: 30,
    configNotApplied: 10,
};
/** Computes the score (see the table in the module doc). Pure. */
function computeHealthScore(inputs) {
    const W = HEALTH_WEIGHTS;
    if (!inputs.readyz)
        return { score: 0, reasons: ['unreachable: /readyz did not answer'] };
    let score = 100;
    const reasons = [];
    const deduct = (points, reason) => {
        score -= points;
        reasons.push(`${reason} (−${points})`);
    };
    const r = inputs.readyz;
    if (!r.ready)
        deduct(W.notReady, `not ready (/readyz ${r.status})`);
    if (r.failing.length > 0) {
        deduct(Math.min(W.maxFailingChecks, W.perFailingCheck * r.failing.length), `failing checks: ${r.failing.join(', ')}`);
    }
    if (r.eventLoopDegraded)
        deduct(W.eventLoopDegraded, `event loop degraded${r.eventLoopReasons?.length ? ` (${r.eventLoopReasons.join(', ')})` : ''}`);
    const h = inputs.health;
    if (!h) {
        deduct(W.healthUnavailable, 'health RPC unavailable');
    }
    else {
        if (h.ok === false)
            deduct(W.healthNotOk, 'health RPC reports ok:false');
        const pluginErrors = Array.isArray(h.plugins?.errors) ? h.plugins.errors : [];
        if (pluginErrors.length > 0) {
            deduct(Math.min(W.maxPluginErrors, W.perPluginError * pluginErrors.length), `plugin errors: ${pluginErrors.map(describePlugin).join(', ')}`);
        }
        const unavailable = Array.isArray(h.plugins?.unavailable) ? h.plugins.unavailable : [];
        if (unavailable.length > 0)
            deduct(W.pluginsUnavailable, `plugins unavailable: ${unavailable.map(describePlugin).join(', ')}`);
        if (h.modelRuntime?.degraded === true)
            deduct(W.modelRuntimeDegraded, 'model runtime degraded');
        const hot = h.configReload?.hotReloadStatus;
        if (hot !== undefined && hot !== 'active')
            deduct(W.hotReloadInactive, `hot reload ${hot}`);
    }
    const c = inputs.config;
    if (!c) {
        deduct(W.configUnavailable, 'config.get unavailable');
    }
    else {
        if (c.valid === false) {
            const first = c.issues[0];
            deduct(W.configInvalid, `config file invalid, reload skipped${first ? ` (${first.path || '<root>'}: ${first.message})` : ''}`);
        }
        if (c.appliedConfigHash && c.configRevisionHash && c.appliedConfigHash !== c.configRevisionHash) {
            deduct(W.configNotApplied, 'persisted config not applied yet');
        }
    }
    return { score: Math.max(0, Math.min(100, score)), reasons };
}
function describePlugin(p) {
    if (typeof p === 'string')
        return p;
    if (p && typeof p === 'object') {
        const o = p;
        const id = o['id'] ?? o['pluginId'] ?? o['name'];
        if (typeof id === 'string')
            return id;
    }
    return 'unknown';
}
/**
 * Probes one instance: `/readyz` first (if it does not answer, nothing else is tried and the score is 0),
 * then the `health` RPC and `config.get` in parallel. Never throws for a gateway failure; the caller's abort
 * still propagates.
 */
async function probeInstance(client, opts) {
    let readyz;
    try {
        readyz = await client.readyz(opts);
    }
    catch (e) {
        if (!(e instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GatewayError */ .Fe))
            throw e;
        return { instanceId: client.id, reachable: false, score: computeHealthScore({ readyz: undefined }), error: e, errors: {} };
    }
    const settle = async (p) => {
        try {
            return { value: await p };
        }
        catch (e) {
            if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GatewayError */ .Fe)
                return { error: e };
            throw e;
        }
    };
    const [health, config] = await Promise.all([settle(client.health(opts)), settle(client.configGet(opts))]);
    const errors = {};
    if (health.error)
        errors.health = health.error;
    if (config.error)
        errors.config = config.error;
    return {
        instanceId: client.id,
        reachable: true,
        score: computeHealthScore({ readyz, health: health.value, config: config.value }),
        readyz,
        ...(health.value ? { health: health.value } : {}),
        ...(config.value ? { config: config.value } : {}),
        errors,
    };
}


/***/ })

};

//# sourceMappingURL=417.index.js.map