export const id = 4277;
export const ids = [4277];
export const modules = {

/***/ 44277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MODEL_STUB_SUBCOMMAND: () => (/* binding */ MODEL_STUB_SUBCOMMAND),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34751);
/**
 * `clawfleet fleet up|down|status` — the rehearsal fleet (real gateways on loopback), delegated to the
 * launcher CLI in action-fixtures/fleet (see its README): `up --count N --base-port P --dir D [--model-stub]`,
 * `down --dir D`, `status --dir D`, each with `--json`.
 *
 * `up --model-stub` (without --foreground) leaves the model stub running as a process of its own. That
 * process runs this CLI again with the hidden subcommand `fleet __model-stub --port N`: in the bundle
 * (dist/cli/index.js) the launcher's module is a chunk that cannot be started by itself, so the command
 * line comes from the entry point (`CliContext.self`).
 */



/** Hidden subcommand: the detached model stub's process (not for users; see the file comment). */
const MODEL_STUB_SUBCOMMAND = '__model-stub';
const help = `Usage: clawfleet fleet up --count <n> --base-port <port> --dir <dir> [--model-stub] [--model-stub-port <port>]
                        [--port-step <n>] [--format json5|yaml] [--foreground] [--verbose] [--json]
       clawfleet fleet status --dir <dir> [--json]
       clawfleet fleet down --dir <dir> [--json]

Starts N real OpenClaw gateways on 127.0.0.1 (ports base, base+120, …), writes <dir>/inventory.json5 and
<dir>/fleet.env (tokens, 0600: source it), and leaves them running until 'fleet down' stops them by PID.
--model-stub also starts an OpenAI-compatible model stub (default port base + count × 120) and points every
agent at it. --foreground keeps the command running and stops everything on Ctrl-C. --json prints one JSON
document (paths, ids, URLs, PIDs; never a token).

'fleet status' exits 0 when every gateway (and the stub) is running, 1 otherwise.

${_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodesHelp */ .yj}
`;
const command = {
    name: 'fleet',
    summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)',
    help,
    async run(argv, ctx) {
        const sub = argv[0];
        const internal = sub === MODEL_STUB_SUBCOMMAND;
        if (sub !== 'up' && sub !== 'down' && sub !== 'status' && !internal)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(sub ? `unknown subcommand '${sub}'. Expected up, down or status.` : 'missing subcommand: up, down or status');
        const { main } = await Promise.all(/* import() */[__webpack_require__.e(4841), __webpack_require__.e(8815), __webpack_require__.e(3425), __webpack_require__.e(9847)]).then(__webpack_require__.bind(__webpack_require__, 77808));
        const args = internal ? ['model-stub', ...argv.slice(1)] : [...argv];
        const code = await main(args, { out: (s) => ctx.stdout.write(s + '\n'), err: (s) => ctx.stderr.write(s + '\n') }, { displayName: 'clawfleet fleet', ...(ctx.self ? { stubCommand: [...ctx.self, 'fleet', MODEL_STUB_SUBCOMMAND] } : {}) });
        return code === 0 ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Ok : code === 2 ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Usage : _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Failed;
    },
};


/***/ })

};

//# sourceMappingURL=4277.index.js.map