export const id = 6061;
export const ids = [6061,370,7989,5132,2751,9894];
export const modules = {

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

//# sourceMappingURL=6061.index.js.map