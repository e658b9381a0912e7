export const id = 3498;
export const ids = [3498];
export const modules = {

/***/ 53498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(91099);
// EXTERNAL MODULE: ./src/cli/types.ts
var types = __webpack_require__(34751);
;// CONCATENATED MODULE: ./src/cli/commands/options.ts
/**
 * Option helpers for clawfleet commands with their own flags (not action inputs): a bad value is a usage
 * error that names the flag and the value.
 */

/** An optional whole number within [min, max]. */
function intOption(args, name, range) {
    const v = args.options.get(name)?.[0];
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
        throw new cli_args/* UsageError */.eb(`The value '${v}' is not valid for '--${name}'. Expected a whole number from ${range.min} to ${range.max}.`);
    }
    return Number(v);
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/**
 * `clawfleet demo [--out DIR] [--json] [--base-port P] [--stub-port P] [--browser-path PATH]` — the
 * one-command promotion on a rehearsal fleet of real gateways (see src/demo/scenario.ts). Progress goes to
 * stderr; the step table (or with --json the report) to stdout. Exit 0 when every step behaved as
 * expected, 1 when one misbehaved, 2 on bad usage.
 */





const SPEC = {
    out: { value: true },
    json: {},
    'base-port': { value: true },
    'stub-port': { value: true },
    'browser-path': { value: true },
    'config-repo': { value: true },
    help: { short: 'h' },
};
const help = `Usage: clawfleet demo [options]

Starts a rehearsal fleet (3 real OpenClaw gateways + a model stub, loopback only) and runs a whole
promotion through the same engines as the actions: validate → provision → plan → rolling deploy (2 batches)
→ smoke with the browser → a valid but broken change → the smoke gate catches it → auto-rollback → final
smoke. Every step's outcome is checked; every process the demo starts is stopped (also on Ctrl-C).
Progress lines carry the time since the start; the final table gives each step's wall and CPU seconds (CPU of
the demo and every process it started) and the machine's load average.

Options:
  --out <dir>            output folder (default ./demo-output/<timestamp>): report.json, audit.jsonl,
                         screenshots/, plan and deploy reports, the fleet's logs
  --json                 print the JSON report on stdout instead of the table
  --base-port <port>     first gateway port (default 24000; gateways are 120 apart)
  --stub-port <port>     model stub port (default 24900; the broken change points at port + 1)
  --browser-path <path>  Chrome/Chromium for the UI check (default CHROME_BIN or the system Chromium)
  --config-repo <dir>    config repo (openclaw.json5, openclaw.broken.json5, profiles.yaml);
                         default the embedded action-fixtures/demo
  -h, --help             show this help

${cli/* exitCodesHelp */.yj}
`;
const command = {
    name: 'demo',
    summary: 'Run the whole promotion on a rehearsal fleet of real gateways (validate … rollback)',
    help,
    async run(argv, ctx) {
        const args = (0,cli_args/* parseArgs */.Zy)(argv, SPEC);
        if (args.positionals.length > 0)
            throw new cli_args/* UsageError */.eb(`unexpected argument '${args.positionals[0]}'`);
        const basePort = intOption(args, 'base-port', { min: 1024, max: 65_000 });
        const stubPort = intOption(args, 'stub-port', { min: 1024, max: 65_534 });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const outDir = (0,external_node_path_.resolve)(ctx.cwd, args.options.get('out')?.[0] ?? `demo-output/${stamp}`);
        const { runDemo, formatDemoReport } = await Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3162), __webpack_require__.e(2463), __webpack_require__.e(2088), __webpack_require__.e(2977), __webpack_require__.e(9157), __webpack_require__.e(453), __webpack_require__.e(5448), __webpack_require__.e(6868), __webpack_require__.e(417), __webpack_require__.e(9683), __webpack_require__.e(3807), __webpack_require__.e(8397), __webpack_require__.e(2533), __webpack_require__.e(913), __webpack_require__.e(5181), __webpack_require__.e(1895), __webpack_require__.e(5317)]).then(__webpack_require__.bind(__webpack_require__, 55317));
        const ctrl = new AbortController();
        const onSignal = (sig) => () => {
            ctx.stderr.write(`\nreceived ${sig}: stopping the demo and every process it started…\n`);
            ctrl.abort(new Error(`cancelled (${sig})`));
        };
        const onInt = onSignal('SIGINT');
        const onTerm = onSignal('SIGTERM');
        process.once('SIGINT', onInt);
        process.once('SIGTERM', onTerm);
        try {
            ctx.stderr.write(`clawfleet demo: output in ${outDir}\n`);
            const report = await runDemo({
                outDir,
                ...(basePort !== undefined ? { basePort } : {}),
                ...(stubPort !== undefined ? { stubPort } : {}),
                ...(args.options.get('browser-path') ? { browserPath: args.options.get('browser-path')[0] } : {}),
                ...(args.options.get('config-repo') ? { configRepo: (0,external_node_path_.resolve)(ctx.cwd, args.options.get('config-repo')[0]) } : {}),
                progress: (line) => ctx.stderr.write(line + '\n'),
                signal: ctrl.signal,
                env: ctx.env,
            });
            ctx.stdout.write(args.flags.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatDemoReport(report));
            return report.ok ? types/* ExitCode */.y.Ok : types/* ExitCode */.y.Failed;
        }
        finally {
            process.removeListener('SIGINT', onInt);
            process.removeListener('SIGTERM', onTerm);
        }
    },
};


/***/ })

};

//# sourceMappingURL=3498.index.js.map