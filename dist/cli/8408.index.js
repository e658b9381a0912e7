export const id = 8408;
export const ids = [8408,370,7989,5132,2751,9894];
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

/***/ 74564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPlanBinding: () => (/* binding */ checkPlanBinding),
/* harmony export */   normalizePlanDigest: () => (/* binding */ normalizePlanDigest)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/**
 * Sign-off binding at run time (issue #7): a deployment given `expected-plan-digest` (the digest reviewers
 * approved) refuses to start when the plan about to run has another digest — an instance was added or
 * removed, the config or an overlay changed, the strategy or the batches differ.
 *
 * The check runs offline ({@link planDigestFor}: the digest never depends on live state), after the config
 * validated and the inventory loaded, and BEFORE the state store is opened: a refused run takes no lock,
 * sends no RPC and writes nothing.
 *
 * A promotion deploys one environment in slices (waves as matrix jobs), and reviewers approve the plan of
 * the whole environment. So a slice accepts either digest: its own plan's (a run signed off on exactly this
 * selection) or the plan of every instance of the environment that it is a slice of (same inventory, same
 * exclusions, no selector). Both bind the same config content, instances and batches.
 */


const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Normalises a digest input: `sha256:<64 hex>` or bare 64 hex, any case. Undefined when malformed. */
function normalizePlanDigest(value) {
    const v = value.trim().toLowerCase();
    const full = /^[0-9a-f]{64}$/.test(v) ? `sha256:${v}` : v;
    return DIGEST.test(full) ? full : undefined;
}
/** Checks the binding; throws a UserError naming the input, both digests and the fix when it does not hold. */
function checkPlanBinding(input) {
    const mine = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDigestFor */ .xQ)(input.config, input.selected, input.policy);
    if (mine === input.expected)
        return { matched: 'selection', digest: mine };
    const sameSet = input.selected.length === input.environment.length && input.selected.every((s, i) => s.id === input.environment[i]?.id);
    const whole = sameSet ? mine : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDigestFor */ .xQ)(input.config, input.environment, input.policy);
    if (whole === input.expected)
        return { matched: 'environment', digest: whole };
    const about = sameSet ? `about to run ${mine}` : `about to run ${mine} (this selection of ${input.selected.length} instance(s)) / ${whole} (the whole environment, ${input.environment.length} instance(s))`;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${input.inputName}: the plan changed since it was signed off — approved ${input.expected}, ${about}. ` +
        'The config, the inventory (instances, overlays, tiers, zones) or the rollout policy (strategy, batch size, waves) differ from what reviewers approved. ' +
        'Nothing was written, no lock was taken and no gateway was contacted. Fix: re-run sign-off on the new plan (dispatch the promotion again so reviewers approve the new digest).');
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

//# sourceMappingURL=8408.index.js.map