export const id = 645;
export const ids = [645,370,441,822];
export const modules = {

/***/ 75181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postDeployCheck: () => (/* binding */ postDeployCheck),
/* harmony export */   runAutoRollback: () => (/* binding */ runAutoRollback)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55228);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73941);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88486);
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
    return rollbackToSnapshots(req, deps);
}
async function rollbackToVersion(req, deps) {
    const { recorder } = deps;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const current = await recorder.readCurrent();
    const target = req.toVersion === 'previous' ? await recorder.previousVersion() : req.toVersion;
    if (target === undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`to-version: previous — environment '${recorder.environment}' has no earlier successful version (current: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(current?.version)}; history in ${recorder.store.description}). Name a version (e.g. to-version: v3) or restore a deployment's snapshots (leave to-version empty).`);
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
async function rollbackToSnapshots(req, deps) {
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
            targets: ids.map((rid) => ({ id: rid, client: clients.get(rid), ...(record?.instances[rid]?.appliedContentDigest ? { appliedContentDigest: record.instances[rid].appliedContentDigest } : {}) })),
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
            if (req.scope === 'deployment' && record.fromVersion !== undefined && current?.version === record.version && result === 'rolled-back') {
                const from = await recorder.readVersion(record.fromVersion);
                if (from)
                    await recorder.setCurrent(from.version, from.digest, id);
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

//# sourceMappingURL=645.index.js.map