export const id = 5398;
export const ids = [5398];
export const modules = {

/***/ 12575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _validate_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80575);
/* harmony import */ var _validate_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33233);
/* harmony import */ var _validate_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58107);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34751);
/**
 * `clawfleet validate [--engine fast|exact] [--json] [--env-mode warn|error] <paths...>` — the same check
 * as the validate-config action, for an operator's terminal or any CI.
 */








const SPEC = {
    engine: { value: true },
    json: {},
    'env-mode': { value: true },
    'openclaw-version': { value: true },
    lint: { value: true, repeatable: true },
    help: { short: 'h' },
};
const help = `Usage: clawfleet validate [options] <config files...>

Validates OpenClaw configs exactly as OpenClaw loads them (JSON5, $include, \${VAR}) and reports every
issue as file:line:col — the included file that holds the value, not just the root.

Options:
  --engine fast|exact        fast (default): the pinned OpenClaw's JSON schema plus its cross-field rules,
                             about a millisecond per config; exact: runs \`openclaw config validate --json\`
  --json                     print the report as JSON:
                             {"valid","engine","files":[{"file","valid","issues":[…],"lint":[…]}]}
  --env-mode warn|error      a missing or empty \${VAR}: warn (default, like OpenClaw) or error (deploy time)
  --openclaw-version <v>     OpenClaw version for --engine exact (default: the pinned one)
  --lint <rule>=<severity>   change a lint rule's severity (error|warning|off); repeatable
  -h, --help                 show this help

Lint rules (reported beside the verdict; an error fails the check):
${_validate_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_RULES */ .wT.map((r) => `  ${r.id.padEnd(26)} ${r.description}`).join('\n')}

${_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodesHelp */ .yj}
`;
const command = {
    name: 'validate',
    summary: 'Validate OpenClaw configs (JSON5, $include, ${VAR}) with file:line issues',
    help,
    async run(argv, ctx) {
        const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Zy)(argv, SPEC);
        const engine = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .enumOption */ .RG)(args, 'engine', ['fast', 'exact'], 'fast');
        const envMode = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .enumOption */ .RG)(args, 'env-mode', ['warn', 'error'], 'warn');
        const lintSeverity = {};
        for (const spec of args.options.get('lint') ?? []) {
            const m = /^([a-z0-9-]+)=(error|warning|off)$/.exec(spec);
            if (!m)
                throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`The value '${spec}' is not valid for '--lint'. Expected <rule>=<error|warning|off>, e.g. plaintext-secret=warning.`);
            if (!(0,_validate_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .isLintRule */ .YQ)(m[1]))
                throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`unknown lint rule '${m[1]}'. Valid rules are: [${_validate_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_RULES */ .wT.map((r) => r.id).join(', ')}].`);
            lintSeverity[m[1]] = m[2];
        }
        if (args.positionals.length === 0)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('no config files given. Example: clawfleet validate configs/prod/openclaw.json5');
        for (const file of args.positionals) {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, file)).catch(() => undefined);
            if (st?.isDirectory())
                throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`'${file}' is a directory. Pass the entry config file, e.g. ${file.replace(/\/$/, '')}/openclaw.json`);
        }
        const openclawVersion = args.options.get('openclaw-version')?.[0];
        const report = await (0,_validate_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateFiles */ .kc)(args.positionals, {
            engine,
            envMode,
            env: ctx.env,
            cwd: ctx.cwd,
            lintSeverity,
            ...(openclawVersion ? { openclawVersion } : {}),
        });
        if (args.flags.has('json'))
            ctx.stdout.write(JSON.stringify(report) + '\n');
        else
            ctx.stdout.write((0,_validate_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReport */ .CI)(report, { color: (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .useColor */ .b)(ctx.stdout, ctx.env) }));
        return (0,_validate_format_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFailed */ .C5)(report) ? _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.Failed : _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.Ok;
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

//# sourceMappingURL=5398.index.js.map