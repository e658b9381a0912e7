export const id = 4533;
export const ids = [4533];
export const modules = {

/***/ 97652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ cliLogger),
/* harmony export */   fd: () => (/* binding */ userErrorsFail),
/* harmony export */   im: () => (/* binding */ asUsage),
/* harmony export */   tl: () => (/* binding */ parseBridged)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/**
 * CLI parity with the actions: a command's flags are the action's input names (`--batch-size 2` is
 * `batch-size: 2`), read through the action's own `getInputs`, so the CLI and the action accept exactly the
 * same values with the same checks. Boolean inputs are flags (`--dry-run`) or take a value
 * (`--auto-rollback=false`); list inputs are repeatable. Input errors become usage errors (exit 2) that
 * name the flag.
 */


/** Parses argv against the bridge spec; positionals are refused. */
function parseBridged(argv, spec) {
    const opts = { help: { short: 'h' }, json: {} };
    for (const n of spec.values)
        opts[n] = { value: true, ...(spec.lists?.includes(n) ? { repeatable: true } : {}) };
    for (const n of spec.extraValues ?? [])
        opts[n] = { value: true };
    for (const n of spec.extraFlags ?? [])
        opts[n] = {};
    // Booleans: `--dry-run` or `--dry-run=false`.
    const normalized = argv.map((a) => {
        const m = /^--([a-z0-9-]+)=(true|false)$/.exec(a);
        return m && spec.booleans.includes(m[1]) ? (m[2] === 'true' ? `--${m[1]}` : `--no-${m[1]}`) : a;
    });
    for (const n of spec.booleans) {
        opts[n] = {};
        opts[`no-${n}`] = {};
    }
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArgs */ .Zy)(normalized, opts);
    if (args.positionals.length > 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unexpected argument '${args.positionals[0]}' (every value is given with a flag)`);
    const read = (name) => {
        if (spec.booleans.includes(name))
            return args.flags.has(name) ? 'true' : args.flags.has(`no-${name}`) ? 'false' : '';
        return (args.options.get(name) ?? []).join('\n');
    };
    return { args, read };
}
/** Runs `fn`; an input error (UserError naming an input) becomes a usage error naming the flag. */
function asUsage(names, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
            let msg = e.message;
            for (const n of [...names].sort((a, b) => b.length - a.length))
                msg = msg.replaceAll(`'${n}'`, `'--${n}'`);
            throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(msg);
        }
        throw e;
    }
}
/** A stderr logger for commands: progress only on a TTY or with --verbose, warnings and errors always. */
function cliLogger(stderr, redact, verbose) {
    const w = (s) => stderr.write(redact(s) + '\n');
    const progress = verbose || stderr.isTTY === true;
    return {
        debug: () => undefined,
        info: (m) => {
            if (progress)
                w(m);
        },
        warning: (m, l) => w(`warning: ${l ? `${l.file}:${l.line}:${l.column}: ` : ''}${m}`),
        error: (m, l) => w(`error: ${l ? `${l.file}:${l.line}:${l.column}: ` : ''}${m}`),
        group: async (title, fn) => {
            if (progress)
                w(`── ${title}`);
            return fn();
        },
    };
}
/**
 * Runs a command body; a UserError from the engine (bad config, missing token, nothing to roll back) is a
 * failed check: printed with its file:line and the fix, exit 1. Anything else stays an internal error.
 */
async function userErrorsFail(name, stderr, redact, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
            const where = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
            stderr.write(redact(`clawfleet ${name}: ${where}${e.message}\n`));
            return 1;
        }
        if (e instanceof Error)
            e.message = redact(e.message);
        throw e;
    }
}


/***/ }),

/***/ 34533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   renderRollbackText: () => (/* binding */ renderRollbackText),
/* harmony export */   rollbackHelp: () => (/* binding */ rollbackHelp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7168);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34751);
/* harmony import */ var _inputs_bridge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97652);
/**
 * `clawfleet rollback --inventory F [--deployment-id ID | --promotion-id ID | --manifest-file F |
 * --to-version vN|previous] […]` — the auto-rollback action from a terminal (same inputs via its
 * getInputs, so the same checks and messages; same engine). State store default: a folder
 * (`.clawfleet-state`), like `clawfleet deploy`.
 */







const VALUES = ['inventory', 'environment', 'instances', 'deployment-id', 'promotion-id', 'manifest-file', 'to-version', 'scope', 'trigger', 'check-delay-seconds', 'sample-percent', 'max-health-drop', 'rollback-error-rate', 'strategy', 'batch-size', 'wait-seconds', 'probe-interval-seconds', 'min-success-ratio', 'min-health-score', 'progress-deadline-seconds', 'restart-cooldown-seconds', 'restart-timeout-seconds', 'concurrency', 'request-timeout-seconds', 'host-allowlist', 'state-store', 'state-branch', 'state-remote', 'state-dir', 'ticket'];
const BOOLEANS = ['dry-run', 'force', 'force-unlock'];
const SPEC = { values: VALUES, booleans: BOOLEANS, lists: ['host-allowlist'], extraFlags: ['verbose'] };
const rollbackHelp = `Usage: clawfleet rollback --inventory <file> [--deployment-id <id> | --promotion-id <id> | --manifest-file <file>
                          | --to-version <vN|previous>] [options]

Restores recorded snapshots, or deploys a recorded version, behind the same gates as a deployment:
  (default)                    every instance the latest deployment changed goes back to its pre-deploy snapshot
  --deployment-id <id>         that deployment instead of the latest
  --manifest-file <file>       the snapshots in this manifest (rolling-deploy's manifest-file output)
  --promotion-id <id>          every deployment of that promotion (all its waves and slices), newest first, so
                               each instance ends on its snapshot from before the promotion; stops at the first
                               deployment needing manual intervention and lists the older ones as not attempted
  --to-version <vN|previous>   deploy that recorded version (previous = N-1) as a new gated rolling deployment;
                               fails with an explanation when there is no earlier recorded version
Only one of these selectors can be given. Restoring is idempotent: run twice, the second sends no write.

Options (the auto-rollback action's inputs, same names, same defaults): --scope deployment|failed-waves,
--trigger manual|gate|post-deploy-check, --check-delay-seconds S, --sample-percent N, --max-health-drop N,
--instances <selector>, --environment <name>, --state-store dir|git (CLI default: dir), --state-dir <dir>
(CLI default: .clawfleet-state), --state-branch B, --state-remote R, --force-unlock, --force, --dry-run,
--ticket <id>, and the rollout options of 'clawfleet deploy' (--strategy, --batch-size, --wait-seconds, …).
  --json                       print the outcome as JSON on stdout
  --verbose                    progress on stderr even when it is not a terminal

Exit 1 when the rollback stopped or needs manual intervention.

${_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodesHelp */ .yj}
`;
/** The text report: the one-line outcome, then one line per deployment of a promotion. */
function renderRollbackText(o) {
    const lines = [`${o.result}: ${o.message}`];
    for (const d of o.promotion?.deployments ?? [])
        lines.push(`  ${d.deploymentId} (v${d.version}, started ${d.startedAt}): ${d.result} — ${d.changed} restored; ${d.message}`);
    for (const i of o.rollback?.instances ?? [])
        if (i.status !== 'restored' && i.status !== 'unchanged')
            lines.push(`  ${i.id}: ${i.status}${i.reason ? ` — ${i.reason}` : ''}`);
    return lines.join('\n') + '\n';
}
const command = {
    name: 'rollback',
    summary: "Restore a deployment's (or a promotion's) snapshots, or deploy a recorded version (auto-rollback)",
    help: rollbackHelp,
    async run(argv, ctx) {
        const { args, read } = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBridged */ .tl)(argv, SPEC);
        const withDefaults = (n) => {
            const v = read(n);
            if (v !== '')
                return v;
            if (n === 'state-store')
                return 'dir';
            if (n === 'state-dir' && read('state-store') === '')
                return '.clawfleet-state';
            return '';
        };
        const [{ getInputs }, shared, { runAutoRollback }, { StateRecorder }, inv] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(6421), __webpack_require__.e(2463), __webpack_require__.e(3762), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(6868), __webpack_require__.e(417), __webpack_require__.e(5742), __webpack_require__.e(5181), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 40448)),
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(6421), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5742), __webpack_require__.e(7989)]).then(__webpack_require__.bind(__webpack_require__, 75742)),
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5181), __webpack_require__.e(9894)]).then(__webpack_require__.bind(__webpack_require__, 75181)),
            __webpack_require__.e(/* import() */ 453).then(__webpack_require__.bind(__webpack_require__, 70453)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(2463), __webpack_require__.e(6868), __webpack_require__.e(4712)]).then(__webpack_require__.bind(__webpack_require__, 66868)),
        ]);
        const inputs = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_5__/* .asUsage */ .im)([...VALUES, ...BOOLEANS], () => getInputs(withDefaults));
        const secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .SecretRegistry */ .k();
        const logger = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_5__/* .cliLogger */ .$v)(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
        return (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_5__/* .userErrorsFail */ .fd)('rollback', ctx.stderr, (s) => secrets.redact(s), async () => {
            const manifest = inputs.manifestFile ? readManifest(inputs.manifestFile, ctx.cwd) : undefined;
            const inventory = inv.loadInventory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, inputs.inventory), inputs.hostAllowlist.length ? { hostAllowlist: inputs.hostAllowlist } : {});
            const selected = inv.selectInstances(inventory, inputs.instances);
            const tokens = inv.resolveTokens({ file: inventory.file, instances: selected }, ctx.env);
            for (const t of tokens.values())
                secrets.add(t);
            const store = shared.openStore(inputs.store, ctx.cwd);
            const recorder = new StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
            const outcome = await runAutoRollback({
                environment: inputs.environment,
                instances: selected,
                ...(inputs.deploymentId ? { deploymentId: inputs.deploymentId } : {}),
                ...(inputs.promotionId ? { promotionId: inputs.promotionId } : {}),
                ...(manifest ? { manifest } : {}),
                scope: inputs.scope,
                ...(inputs.toVersion !== undefined ? { toVersion: inputs.toVersion } : {}),
                trigger: inputs.trigger,
                postCheck: { delaySeconds: inputs.checkDelaySeconds, sampleRatio: inputs.sampleRatio, maxScoreDrop: inputs.maxHealthDrop, errorRate: inputs.policy.rollbackErrorRate },
                policy: inputs.policy,
                context: shared.runContext(ctx.env, inputs.ticket),
                dryRun: inputs.dryRun,
                force: inputs.force,
            }, { clientFor: shared.clientFactory(tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }), recorder, logger }).finally(() => store.close?.());
            const doc = { ...outcome, deployment: outcome.deployment?.report };
            ctx.stdout.write(secrets.redact(args.flags.has('json') ? JSON.stringify(doc, null, 2) + '\n' : renderRollbackText(outcome)));
            return outcome.result === 'manual-intervention' || outcome.result === 'stopped' ? _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.Failed : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.Ok;
        });
    },
};
/** Reads `--manifest-file` with the action's checks (its message names the flag). */
function readManifest(file, cwd) {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    let m;
    try {
        m = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
    }
    catch (e) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`--manifest-file '${file}' cannot be read as a rollback manifest: ${e.message}. Fix: pass the manifest.json that 'clawfleet deploy' / rolling-deploy wrote (its manifest-file output).`);
    }
    if (m?.schema !== 1 || typeof m.deploymentId !== 'string' || !m.entries)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`--manifest-file '${file}' is not a clawfleet rollback manifest (rolling-deploy's manifest-file output).`);
    return m;
}


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SecretRegistry)
/* harmony export */ });
/* unused harmony export derivedForms */
/**
 * Secret hygiene: every secret value is registered here before anything can print, together with the
 * forms it can take on its way out (JSON-escaped, base64, URL-encoded, each line of a multi-line value).
 * `redact()` replaces all of them. Action adapters forward `onRegister` to `core.setSecret` so the runner
 * masks the same strings.
 */
const MIN_LINE_LENGTH = 4; // a one-character line such as "{" must not become a mask (runner#326)
function derivedForms(value) {
    const forms = new Set();
    const add = (s) => {
        if (s.length >= MIN_LINE_LENGTH)
            forms.add(s);
    };
    add(value);
    add(JSON.stringify(value).slice(1, -1));
    add(Buffer.from(value, 'utf8').toString('base64'));
    add(Buffer.from(value, 'utf8').toString('base64url'));
    add(encodeURIComponent(value));
    add(encodeURI(value));
    for (const line of value.split(/\r?\n|\r/)) {
        add(line.trim());
        add(line);
    }
    return [...forms];
}
class SecretRegistry {
    onRegister;
    values = new Set();
    /**
     * Forms indexed by their first MIN_LINE_LENGTH characters, then by length: a scan of the text costs one
     * map lookup per position (plus one set lookup per distinct length when the prefix matches), whatever the
     * number of secrets. A fleet of 10 000 gateways registers tens of thousands of forms, often with a common
     * prefix (`sk-ant-…`, `ghp_…`); a `split/join` per form on every log line would take seconds per line.
     */
    byPrefix = new Map();
    constructor(onRegister) {
        this.onRegister = onRegister;
    }
    /** Registers a secret and its derived forms; empty or very short values are ignored. */
    add(value) {
        if (!value)
            return;
        for (const form of derivedForms(value)) {
            if (this.values.has(form))
                continue;
            this.values.add(form);
            const key = form.slice(0, MIN_LINE_LENGTH);
            const cur = this.byPrefix.get(key);
            // Most prefixes hold one form (random tokens): keep the bare string, build a bucket on the second.
            if (cur === undefined)
                this.byPrefix.set(key, form);
            else {
                const bucket = typeof cur === 'string' ? newBucket(cur) : cur;
                addToBucket(bucket, form);
                if (typeof cur === 'string')
                    this.byPrefix.set(key, bucket);
            }
            this.onRegister?.(form);
        }
    }
    has(value) {
        return this.values.has(value);
    }
    /** Number of registered forms. */
    get size() {
        return this.values.size;
    }
    /**
     * Replaces every registered form with `***`, scanning left to right and taking the longest form that
     * starts at each position (so a line of a multi-line key never leaves the rest of the key behind).
     */
    redact(text) {
        if (this.values.size === 0 || text.length < MIN_LINE_LENGTH)
            return text;
        let out = '';
        let last = 0;
        let i = 0;
        const end = text.length - MIN_LINE_LENGTH;
        while (i <= end) {
            const hit = this.matchAt(text, i);
            if (hit === undefined) {
                i++;
                continue;
            }
            out += text.slice(last, i) + '***';
            i += hit.length;
            last = i;
        }
        return last === 0 ? text : out + text.slice(last);
    }
    /** True when `text` holds any registered form (same scan as redact, stops at the first). */
    containsSecret(text) {
        if (this.values.size === 0)
            return false;
        for (let i = 0; i <= text.length - MIN_LINE_LENGTH; i++)
            if (this.matchAt(text, i) !== undefined)
                return true;
        return false;
    }
    matchAt(text, i) {
        const bucket = this.byPrefix.get(text.slice(i, i + MIN_LINE_LENGTH));
        if (bucket === undefined)
            return undefined;
        if (typeof bucket === 'string')
            return text.startsWith(bucket, i) ? bucket : undefined;
        for (const len of bucket.lengths) {
            if (i + len > text.length)
                continue;
            const candidate = text.slice(i, i + len);
            if (bucket.byLength.get(len).has(candidate))
                return candidate;
        }
        return undefined;
    }
}
function newBucket(first) {
    const b = { lengths: [], byLength: new Map() };
    addToBucket(b, first);
    return b;
}
function addToBucket(b, form) {
    let set = b.byLength.get(form.length);
    if (!set) {
        b.byLength.set(form.length, (set = new Set()));
        b.lengths.push(form.length);
        b.lengths.sort((x, y) => y - x);
    }
    set.add(form);
}


/***/ })

};

//# sourceMappingURL=4533.index.js.map