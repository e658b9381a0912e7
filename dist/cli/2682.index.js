export const id = 2682;
export const ids = [2682];
export const modules = {

/***/ 22682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEPLOY_SPEC: () => (/* binding */ DEPLOY_SPEC),
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   deployHelp: () => (/* binding */ deployHelp),
/* harmony export */   runDeployCommand: () => (/* binding */ runDeployCommand)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7168);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34751);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91099);
/* harmony import */ var _inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97652);
/**
 * `clawfleet deploy --config F --inventory F [rolling-deploy inputs as flags]` — the rolling-deploy action
 * from a terminal: the same inputs (parsed by the action's getInputs), preflight, engine and report. The
 * state store defaults to a folder (`--state-dir .clawfleet-state`) instead of the git branch the action
 * uses. `clawfleet plan` is this command with `--dry-run`.
 */





const VALUES = [
    'config', 'inventory', 'environment', 'instances', 'exclude', 'strategy', 'batch-size', 'wait-seconds', 'probe-interval-seconds',
    'min-success-ratio', 'min-health-score', 'rollback-error-rate', 'rollback-scope', 'canary-steps', 'confirmation-token', 'on-drift',
    'no-data-policy', 'progress-deadline-seconds', 'waves', 'restart-command', 'restart-cooldown-seconds', 'restart-timeout-seconds',
    'concurrency', 'request-timeout-seconds', 'host-allowlist', 'validation-engine', 'env-mode', 'state-store', 'state-branch',
    'state-remote', 'state-dir', 'ticket', 'expected-plan-digest', 'promotion-id',
];
const BOOLEANS = ['auto-rollback', 'allow-all-at-once', 'dry-run', 'require-clean-ref', 'retry-failed', 'allow-process-restart', 'fail-on-missing-env', 'force-unlock'];
const DEPLOY_SPEC = { values: VALUES, booleans: BOOLEANS, lists: ['exclude', 'host-allowlist'], extraFlags: ['verbose'] };
const FLAGS_HELP = `Options (the rolling-deploy action's inputs, same names, same defaults):
  --config <file>              entry OpenClaw config (required)
  --inventory <file>           fleet inventory, JSON5 or YAML (required)
  --instances <selector>       which instances (ids, or key=value: id, tier, zone, label.<name>)
  --exclude <id>               leave an instance out (repeatable)
  --strategy rolling|canary|all-at-once, --batch-size N, --wait-seconds S, --probe-interval-seconds S,
  --min-success-ratio R, --min-health-score N, --rollback-error-rate R, --rollback-scope deployment|failed-waves,
  --canary-steps 5,20,50,100, --confirmation-token T, --on-drift halt|skip, --no-data-policy fail|ignore,
  --progress-deadline-seconds S, --waves none|zone|label:<key>, --concurrency N, --request-timeout-seconds S,
  --host-allowlist <host> (repeatable), --validation-engine fast|exact, --env-mode warn|error
  --[no-]auto-rollback, --allow-all-at-once, --retry-failed, --require-clean-ref, --fail-on-missing-env
  --allow-process-restart --restart-command CMD, --restart-cooldown-seconds S, --restart-timeout-seconds S
  --environment <name>         environment name (default "default")
  --state-store dir|git|none   where records live (CLI default: dir)
  --state-dir <dir>            folder for the dir store (CLI default: .clawfleet-state)
  --state-branch B, --state-remote R, --force-unlock
  --ticket <id>                recorded in the audit log
  --expected-plan-digest <d>   refuse (before any lock, RPC or write) unless the plan is the signed-off one:
                               sha256:<64 hex> as printed by 'clawfleet plan' (or this run's whole environment's)
  --promotion-id <id>          group this deployment with others of one promotion (recorded in the
                               deployment; 'clawfleet rollback --promotion-id' restores them all).
                               Default: GITHUB_RUN_ID when set, else none
  --dry-run                    plan only: no write
  --json                       print {plan, report} as JSON on stdout
  --verbose                    progress on stderr even when it is not a terminal
  -h, --help                   show this help

Tokens come from the environment variables the inventory names (tokenEnv), never from flags.`;
const deployHelp = `Usage: clawfleet deploy --config <file> --inventory <file> [options]

Pushes a config to a fleet in batches behind health gates (the rolling-deploy action's engine); stops and
rolls back when a batch fails its gate.

${FLAGS_HELP}

${_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodesHelp */ .yj}
`;
/** Shared by deploy and plan. */
async function runDeployCommand(argv, ctx, forceDryRun) {
    const { args, read } = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBridged */ .tl)(argv, DEPLOY_SPEC);
    const names = [...VALUES, ...BOOLEANS];
    const readWithDefaults = (name) => {
        const v = read(name);
        if (name === 'dry-run' && forceDryRun)
            return 'true';
        if (v !== '')
            return v;
        if (name === 'state-store')
            return 'dir';
        if (name === 'state-dir' && read('state-store') === '')
            return '.clawfleet-state';
        return '';
    };
    const [{ getInputs, promotionIdFrom }, shared, engine, pre, records, report, batches, binding, inv] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(6421), __webpack_require__.e(2463), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(6868), __webpack_require__.e(417), __webpack_require__.e(3807), __webpack_require__.e(8397), __webpack_require__.e(5742), __webpack_require__.e(3272)]).then(__webpack_require__.bind(__webpack_require__, 88167)),
        Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(6421), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5742), __webpack_require__.e(7989)]).then(__webpack_require__.bind(__webpack_require__, 75742)),
        Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5132)]).then(__webpack_require__.bind(__webpack_require__, 40417)),
        Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(2463), __webpack_require__.e(6868), __webpack_require__.e(3807), __webpack_require__.e(8397), __webpack_require__.e(9536)]).then(__webpack_require__.bind(__webpack_require__, 89536)),
        __webpack_require__.e(/* import() */ 453).then(__webpack_require__.bind(__webpack_require__, 70453)),
        Promise.all(/* import() */[__webpack_require__.e(453), __webpack_require__.e(5505)]).then(__webpack_require__.bind(__webpack_require__, 65505)),
        __webpack_require__.e(/* import() */ 8951).then(__webpack_require__.bind(__webpack_require__, 78951)),
        Promise.all(/* import() */[__webpack_require__.e(5448), __webpack_require__.e(8408)]).then(__webpack_require__.bind(__webpack_require__, 74564)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(2463), __webpack_require__.e(6868), __webpack_require__.e(4712)]).then(__webpack_require__.bind(__webpack_require__, 66868)),
    ]);
    const inputs = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .asUsage */ .im)(names, () => getInputs(readWithDefaults));
    const secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretRegistry */ .k();
    const logger = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .cliLogger */ .$v)(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    try {
        if (inputs.requireCleanRef)
            await pre.checkCleanRef({ cwd: ctx.cwd, ...(ctx.env['GITHUB_REF'] ? { ref: ctx.env['GITHUB_REF'] } : {}) });
        const runCtx = shared.runContext(ctx.env, inputs.ticket);
        const p = await pre.preflight({
            configFile: inputs.config,
            inventoryFile: inputs.inventory,
            ...(inputs.instances ? { selector: inputs.instances } : {}),
            exclude: inputs.exclude,
            engine: inputs.validationEngine,
            envMode: inputs.envMode,
            env: ctx.env,
            cwd: ctx.cwd,
            hostAllowlist: inputs.hostAllowlist,
            secrets,
            repoRoot: ctx.cwd,
            source: runCtx.source,
        });
        for (const w of p.validation.files.flatMap((f) => f.issues.filter((i) => i.severity === 'warning')))
            logger.warning(`${w.path}: ${w.message}`, { file: w.file, line: w.line, column: w.column });
        if (inputs.expectedPlanDigest) {
            // Same check as the action, at the same point: before the store is opened (no lock, no RPC, no write).
            const excludedIds = new Set(p.excluded.map((e) => e.spec.id).concat(inputs.exclude));
            const b = binding.checkPlanBinding({
                expected: inputs.expectedPlanDigest,
                inputName: '--expected-plan-digest',
                config: p.config,
                selected: p.selected,
                environment: inv.selectInstances(p.inventory, undefined).filter((i) => !excludedIds.has(i.id)),
                policy: inputs.policy,
            });
            logger.info(`--expected-plan-digest: the plan matches ${b.digest} (${b.matched === 'selection' ? 'this selection' : 'the whole environment this selection is part of'})`);
        }
        const promotionId = promotionIdFrom(inputs.promotionId, ctx.env);
        const store = shared.openStore(inputs.store, ctx.cwd);
        const recorder = new records.StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
        const ctrl = new AbortController();
        const onInt = () => ctrl.abort(new Error('cancelled (SIGINT)'));
        process.once('SIGINT', onInt);
        let outcome;
        try {
            outcome = await engine.runDeployment({ environment: inputs.environment, config: p.config, source: p.source, instances: p.selected, excluded: p.excluded, policy: inputs.policy, dryRun: inputs.dryRun, context: runCtx, ...(promotionId ? { promotionId } : {}) }, {
                clientFor: shared.clientFactory(p.tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }),
                recorder,
                logger,
                signal: ctrl.signal,
                ...(inputs.restartCommand ? { restartHook: shared.restartCommandHook(inputs.restartCommand, recorder.environment, inputs.policy.restartTimeoutSeconds * 1000, logger) } : {}),
            });
        }
        finally {
            process.removeListener('SIGINT', onInt);
            await store.close?.();
        }
        const { plan, report: rep } = outcome;
        if (args.flags.has('json')) {
            ctx.stdout.write(secrets.redact(JSON.stringify({ plan, report: rep, planDigest: plan.digest, confirmationToken: batches.confirmationTokenFor(plan.digest), ...(promotionId ? { promotionId } : {}) }, null, 2)) + '\n');
        }
        else {
            ctx.stdout.write(secrets.redact(inputs.dryRun ? report.renderPlanMarkdown(plan) : `${report.renderReportMarkdown(rep)}\n${report.reportOneLine(rep)}${promotionId ? ` (promotion ${promotionId})` : ''}\n`));
        }
        if (inputs.dryRun)
            return plan.blockers.length > 0 ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Failed : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        return rep.result === 'succeeded' ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Failed;
    }
    catch (e) {
        if (e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
            const where = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
            ctx.stderr.write(secrets.redact(`clawfleet ${forceDryRun ? 'plan' : 'deploy'}: ${where}${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)}\n`));
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Failed;
        }
        throw new Error(secrets.redact((0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)));
    }
}
const command = {
    name: 'deploy',
    summary: 'Rolling deploy of a config to a fleet behind health gates (rolling-deploy)',
    help: deployHelp,
    run: (argv, ctx) => runDeployCommand(argv, ctx, false),
};


/***/ }),

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

//# sourceMappingURL=2682.index.js.map