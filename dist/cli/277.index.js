export const id = 277;
export const ids = [277];
export const modules = {

/***/ 44277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91099);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34751);
/**
 * `clawfleet fleet up|down|status` — the rehearsal fleet (real gateways on loopback), delegated to the
 * launcher CLI in action-fixtures/fleet (see its README): `up --count N --base-port P --dir D [--model-stub]`,
 * `down --dir D`, `status --dir D`.
 */



const help = `Usage: clawfleet fleet up --count <n> --base-port <port> --dir <dir> [--model-stub] [--model-stub-port <port>]
                        [--port-step <n>] [--format json5|yaml] [--foreground] [--verbose]
       clawfleet fleet down --dir <dir>
       clawfleet fleet status --dir <dir>

Starts N real OpenClaw gateways on 127.0.0.1 (ports base, base+120, …), writes <dir>/inventory.json5 and
<dir>/fleet.env (tokens, 0600: source it), and leaves them running until 'fleet down' stops them by PID.

${_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodesHelp */ .yj}
`;
const command = {
    name: 'fleet',
    summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)',
    help,
    async run(argv, ctx) {
        const sub = argv[0];
        if (sub !== 'up' && sub !== 'down' && sub !== 'status')
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(sub ? `unknown subcommand '${sub}'. Expected up, down or status.` : 'missing subcommand: up, down or status');
        const { main } = await Promise.all(/* import() */[__webpack_require__.e(841), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 77808));
        const code = await main([...argv], { out: (s) => ctx.stdout.write(s + '\n'), err: (s) => ctx.stderr.write(s + '\n') });
        return code === 0 ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Ok : code === 2 ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Usage : _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.Failed;
    },
};


/***/ })

};

//# sourceMappingURL=277.index.js.map