export const id = 4595;
export const ids = [4595];
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

/***/ 14595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SINCE: () => (/* binding */ DEFAULT_SINCE),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7168);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34751);
/* harmony import */ var _inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97652);
/**
 * `clawfleet report --html <dir> [--json]` — the fleet status page (issue #8): renders the watch history,
 * the open incidents and the recent deployments and rollbacks of one environment from the state store the
 * deployments use, into a self-contained `index.html` + `status.json` (publishable with GitHub Pages).
 *
 * The store is chosen like `clawfleet deploy`/`rollback`: a folder by default (`.clawfleet-state`), or the
 * git state branch with `--state-store git`. Nothing is written to the store.
 */





const VALUES = ['environment', 'state-store', 'state-branch', 'state-remote', 'state-dir', 'since', 'inventory', 'html', 'title'];
const SPEC = { values: VALUES, booleans: [], extraFlags: ['verbose'] };
/** Default window of the page. */
const DEFAULT_SINCE = '14d';
const command = {
    name: 'report',
    summary: 'Render the fleet status page (watch history, incidents, deployments) as static HTML + JSON',
    help: `Usage: clawfleet report --html <dir> [--json] [options]

Renders the status page of one environment from the state store: fleet summary, one row per instance
(status, version vs pinned, config version vs latest, last deploy, last status change), a health timeline
per instance and the recent deployments and rollbacks. Writes <dir>/index.html (self-contained: works from
file:// and on GitHub Pages) and <dir>/status.json. Reads the store, never writes to it.

Options:
  --html <dir>            write index.html and status.json into <dir> (created)
  --json                  print status.json on stdout (with or without --html)
  --environment <name>    environment of the records (default: default)
  --since <when>          window start: a duration (14d, 36h, 90m, 2w) or an ISO date (default: ${DEFAULT_SINCE})
  --inventory <file>      list every instance of this inventory (those without samples: "never probed")
  --title <text>          page title (default: OpenClaw fleet status)
  --state-store <kind>    dir (default) or git
  --state-dir <dir>       folder of a dir store (default: .clawfleet-state)
  --state-branch <name>   git state branch (default: clawfleet-state); --state-remote <remote> (default: origin)
  --verbose               progress on stderr

${_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodesHelp */ .yj}
`,
    async run(argv, ctx) {
        const { args, read } = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBridged */ .tl)(argv, SPEC);
        const html = read('html');
        const json = args.flags.has('json');
        if (!html && !json)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("nothing to do: give '--html <dir>' (write the page) and/or '--json' (print status.json)");
        const withDefaults = (n) => {
            const v = read(n);
            if (v !== '')
                return v;
            if (n === 'state-store')
                return 'dir';
            if (n === 'state-dir' && (read('state-store') === '' || read('state-store') === 'dir'))
                return '.clawfleet-state';
            return '';
        };
        const [{ createInputs }, shared, data, page, { normalizeEnvironment }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6421), __webpack_require__.e(9120)]).then(__webpack_require__.bind(__webpack_require__, 59120)),
            Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(6421), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(417), __webpack_require__.e(5742), __webpack_require__.e(7989)]).then(__webpack_require__.bind(__webpack_require__, 75742)),
            Promise.all(/* import() */[__webpack_require__.e(453), __webpack_require__.e(7246)]).then(__webpack_require__.bind(__webpack_require__, 77246)),
            __webpack_require__.e(/* import() */ 4135).then(__webpack_require__.bind(__webpack_require__, 74135)),
            __webpack_require__.e(/* import() */ 453).then(__webpack_require__.bind(__webpack_require__, 70453)),
        ]);
        const now = new Date();
        const storeInputs = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .asUsage */ .im)([...VALUES], () => {
            const s = shared.parseStoreInputs(createInputs(withDefaults));
            if (s.store.kind === 'none')
                throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("'--state-store none' has no records to report on: use dir or git");
            return { ...s, environment: normalizeEnvironment(s.environment) };
        });
        let since;
        try {
            since = data.parseSince(read('since') || DEFAULT_SINCE, now, '--since');
        }
        catch (e) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(e.message);
        }
        const secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretRegistry */ .k();
        // Tokens this shell holds are never printed or published, even if a record somehow carried one.
        for (const k of ['OPENCLAW_GATEWAY_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'])
            secrets.add(ctx.env[k]);
        const logger = (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .cliLogger */ .$v)(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
        return (0,_inputs_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .userErrorsFail */ .fd)('report', ctx.stderr, (s) => secrets.redact(s), async () => {
            const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
            let inventoryIds;
            const inventoryFile = read('inventory');
            if (inventoryFile) {
                const inv = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(2463), __webpack_require__.e(6868), __webpack_require__.e(4712)]).then(__webpack_require__.bind(__webpack_require__, 66868));
                const inventory = inv.loadInventory(resolve(ctx.cwd, inventoryFile));
                inventoryIds = inventory.instances.map((i) => i.id);
                for (const i of inventory.instances)
                    if (i.tokenEnv)
                        secrets.add(ctx.env[i.tokenEnv]);
            }
            const store = shared.openStore(storeInputs.store, ctx.cwd);
            try {
                logger.info(`reading ${storeInputs.environment} from ${store.description}`);
                const sources = await data.loadStatusSources(store, { environment: storeInputs.environment, since, until: now });
                if (!sources.environmentExists) {
                    const known = await store.list('environments');
                    ctx.stderr.write(secrets.redact(`clawfleet report: ${store.description} has no records for environment '${storeInputs.environment}'${known.length ? ` (it has: ${known.join(', ')})` : ' (it has no environment at all)'}. Fix: pass --environment <name> and the store the watch and the deployments write to (--state-dir or --state-store git).\n`));
                    return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Failed;
                }
                for (const p of sources.problems)
                    logger.warning(p);
                const input = { sources, generatedAt: now.toISOString(), since: since.toISOString(), secrets, ...(inventoryIds ? { inventory: inventoryIds } : {}), ...(read('title') ? { title: read('title') } : {}) };
                if (html) {
                    const out = await page.writeStatusPage(resolve(ctx.cwd, html), input);
                    const s = out.model.summary;
                    ctx.stderr.write(secrets.redact(`clawfleet report: ${out.paths.join(', ')} — ${s.instances} instance(s): ${s.healthy} healthy, ${s.degraded} degraded, ${s.failed} failed${s.neverProbed ? `, ${s.neverProbed} never probed` : ''}; ${out.model.deployments.length} deployment(s)/rollback(s)\n`));
                }
                if (json)
                    ctx.stdout.write(String(page.renderStatusPage(input).files['status.json']));
                return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Ok;
            }
            finally {
                await store.close?.();
            }
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

//# sourceMappingURL=4595.index.js.map