export const id = 7378;
export const ids = [7378];
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

/***/ 87378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7168);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34751);
/* harmony import */ var _inputs_bridge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97652);
/**
 * `clawfleet watch --inventory F [--environment E] […]` — one fleet-watch run from a terminal (or cron): the
 * action's inputs as flags, read by its own getInputs, the same engine. Differences from the action, on
 * purpose: the history goes to a folder by default (`--state-dir .clawfleet-state`), and alerts are off
 * unless `--alerts` is given (then the token comes from GITHUB_TOKEN, never from a flag — a flag would sit in
 * the shell history and the process list).
 */




const VALUES = [
    'inventory', 'instances', 'environment', 'expected-version', 'config-repo', 'browser-path', 'browser-sample', 'timeout-seconds', 'concurrency',
    'state-store', 'state-branch', 'state-remote', 'state-dir', 'retention-days', 'debounce', 'recover-after', 'remind-after-hours', 'runbook-url', 'fail-on',
];
const BOOLEANS = ['browser', 'pair-devices', 'alerts'];
const SPEC = { values: VALUES, booleans: BOOLEANS, extraFlags: ['verbose'] };
const command = {
    name: 'watch',
    summary: 'One fleet-watch run: probe every gateway, record the samples, track incidents (fleet-watch)',
    help: `Usage: clawfleet watch --inventory <file> [options]

Probes every instance with the smoke test's probes, appends one sample per instance to the history in the
state store (environments/<env>/watch/), applies retention, tracks incidents, and exits 1 when an instance
failed (--fail-on). Tokens come from the env vars the inventory names.

Options (the fleet-watch action's inputs, same names):
  --inventory <file>           fleet inventory (required)
  --instances <selector>       which instances
  --environment <name>         environment of the history (default "default")
  --state-store dir|git|none   where the history lives (CLI default: dir)
  --state-dir <dir>            folder of the dir store (CLI default: .clawfleet-state)
  --state-branch B, --state-remote R   the git store (the deployments' state branch)
  --retention-days N           keep N days of samples (default 30)
  --debounce N                 consecutive bad probes before an incident (default 3)
  --recover-after N            consecutive healthy probes that close it (default 1)
  --remind-after-hours H       reminder comment on a still-open incident issue (default 24; 0 = none)
  --browser, --browser-path P, --browser-sample N|R%   open the Control UI on a random sample
  --expected-version V, --config-repo DIR, --timeout-seconds S, --concurrency N, --[no-]pair-devices
  --alerts                     open/close GitHub issues in GITHUB_REPOSITORY (token from GITHUB_TOKEN); --runbook-url URL
  --fail-on failed|degraded|never
  --json                       print the run's report (samples, actions, retention) as JSON
  --verbose                    progress on stderr when not a terminal

${_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodesHelp */ .yj}
`,
    async run(argv, ctx) {
        const { args, read } = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBridged */ .tl)(argv, SPEC);
        const readWithDefaults = (name) => {
            const v = read(name);
            if (v !== '')
                return v;
            if (name === 'state-store')
                return 'dir';
            if (name === 'state-dir' && read('state-store') === '')
                return '.clawfleet-state';
            if (name === 'alerts')
                return 'false';
            if (name === 'github-token')
                return ctx.env['GITHUB_TOKEN'] ?? '';
            return '';
        };
        const secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .SecretRegistry */ .k();
        const [{ getInputs, alertSinkFor, watchOptionsFrom }, watch, shared, summary] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(6421), __webpack_require__.e(2463), __webpack_require__.e(2088), __webpack_require__.e(2977), __webpack_require__.e(3762), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(6868), __webpack_require__.e(417), __webpack_require__.e(9683), __webpack_require__.e(2533), __webpack_require__.e(5742), __webpack_require__.e(4416), __webpack_require__.e(7043)]).then(__webpack_require__.bind(__webpack_require__, 97043)),
            Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2977), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(9683), __webpack_require__.e(2533), __webpack_require__.e(4416), __webpack_require__.e(6061)]).then(__webpack_require__.bind(__webpack_require__, 14416)),
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(6421), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5742), __webpack_require__.e(7989)]).then(__webpack_require__.bind(__webpack_require__, 75742)),
            Promise.all(/* import() */[__webpack_require__.e(6421), __webpack_require__.e(6549)]).then(__webpack_require__.bind(__webpack_require__, 16549)),
        ]);
        const env = { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd, RUNNER_TEMP: ctx.env['RUNNER_TEMP'] ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).tmpdir() };
        const inputs = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_2__/* .asUsage */ .im)([...VALUES, ...BOOLEANS, 'github-token'], () => getInputs(readWithDefaults, env, secrets));
        const logger = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_2__/* .cliLogger */ .$v)(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
        return (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_2__/* .userErrorsFail */ .fd)('watch', ctx.stderr, (s) => secrets.redact(s), async () => {
            const store = shared.openStore(inputs.store, ctx.cwd);
            let result;
            try {
                result = await watch.runWatch(watchOptionsFrom(inputs, store, alertSinkFor(inputs, { secrets, logger }), { secrets, logger }));
            }
            finally {
                await store.close?.();
            }
            if (args.flags.has('json'))
                ctx.stdout.write(secrets.redact(JSON.stringify(result, null, 2)) + '\n');
            else {
                const c = result.counts;
                const table = summary.markdownTable(watch.SUMMARY_HEADERS, watch.summaryRows(result));
                const incidents = result.actions.map((a) => `incident ${a.kind}: ${a.instance} (${a.status})\n`).join('');
                const during = result.rows.find((r) => r.duringDeployment)?.duringDeployment;
                const note = during ? `a deployment was running (${during}): instances may have been probed mid-restart\n` : '';
                ctx.stdout.write(secrets.redact(`${table}\n\n${incidents}${note}watch '${result.environment}': ${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed — history in ${store.description}\n`));
            }
            if (result.alertError)
                ctx.stderr.write(secrets.redact(`clawfleet watch: alerts did not complete: ${result.alertError}\n`));
            return result.shouldFail ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Failed : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        });
    },
};


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

//# sourceMappingURL=7378.index.js.map