import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ enumOption),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * A small, strict argv parser for clawfleet commands: `--flag value`, `--flag=value`, boolean flags,
 * repeatable options, `--` to end options, and positionals. Unknown flags and missing values are usage
 * errors (exit 2), never silently ignored.
 */
/** Bad command-line usage: printed with the command's help hint, exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** Parses `argv` against `spec` (keys are long option names without `--`). */
function parseArgs(argv, spec) {
    const options = new Map();
    const flags = new Set();
    const positionals = [];
    const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name]] : [])));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        let name;
        let inline;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            inline = eq === -1 ? undefined : arg.slice(eq + 1);
        }
        else if (arg.startsWith('-') && arg.length === 2 && arg !== '-') {
            name = byShort.get(arg.slice(1));
            if (!name)
                throw new UsageError(`unknown option '${arg}'`);
        }
        else {
            positionals.push(arg);
            continue;
        }
        const s = spec[name];
        if (!s)
            throw new UsageError(`unknown option '--${name}'`);
        if (!s.value) {
            if (inline !== undefined)
                throw new UsageError(`option '--${name}' takes no value`);
            flags.add(name);
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--')))
            throw new UsageError(`option '--${name}' needs a value`);
        const list = options.get(name) ?? [];
        if (list.length > 0 && !s.repeatable)
            throw new UsageError(`option '--${name}' given more than once`);
        list.push(value);
        options.set(name, list);
    }
    return { options, flags, positionals };
}
/** The single value of an option restricted to `allowed`, or `fallback`. */
function enumOption(args, name, allowed, fallback) {
    const v = args.options.get(name)?.[0];
    if (v === undefined)
        return fallback;
    if (!allowed.includes(v))
        throw new UsageError(`The value '${v}' is not valid for '--${name}'. Valid values are: [${allowed.join(', ')}].`);
    return v;
}


/***/ }),

/***/ 91099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yj: () => (/* binding */ exitCodesHelp),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: mainHelp

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(71922);
// EXTERNAL MODULE: ./src/common/package-root.ts
var package_root = __nccwpck_require__(52334);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands.ts
const COMMANDS = [
    { name: 'validate', summary: 'Validate OpenClaw configs (JSON5, $include, ${VAR}) with file:line issues', load: () => Promise.all(/* import() */[__nccwpck_require__.e(4841), __nccwpck_require__.e(3162), __nccwpck_require__.e(3807), __nccwpck_require__.e(8397), __nccwpck_require__.e(5398)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12575)) },
    { name: 'plan', summary: 'Show the rollout plan against the live fleet (no write)', load: () => __nccwpck_require__.e(/* import() */ 1754).then(__nccwpck_require__.bind(__nccwpck_require__, 31754)) },
    { name: 'deploy', summary: 'Rolling deploy of a config to a fleet behind health gates (rolling-deploy)', load: () => __nccwpck_require__.e(/* import() */ 2682).then(__nccwpck_require__.bind(__nccwpck_require__, 22682)) },
    { name: 'smoke', summary: 'Smoke-test gateways: probes, version, credentials, browser UI, chat', load: () => __nccwpck_require__.e(/* import() */ 5216).then(__nccwpck_require__.bind(__nccwpck_require__, 15216)) },
    { name: 'rollback', summary: "Restore a deployment's snapshots or deploy a recorded version", load: () => __nccwpck_require__.e(/* import() */ 4533).then(__nccwpck_require__.bind(__nccwpck_require__, 34533)) },
    { name: 'provision', summary: 'Give every agent working model credentials, then verify', load: () => __nccwpck_require__.e(/* import() */ 9846).then(__nccwpck_require__.bind(__nccwpck_require__, 39846)) },
    { name: 'fleet', summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)', load: () => __nccwpck_require__.e(/* import() */ 4277).then(__nccwpck_require__.bind(__nccwpck_require__, 44277)) },
    { name: 'report', summary: 'Render the fleet status page (watch history, incidents, deployments) as static HTML + JSON', load: () => __nccwpck_require__.e(/* import() */ 4595).then(__nccwpck_require__.bind(__nccwpck_require__, 14595)) },
    { name: 'watch', summary: 'One fleet-watch run: probe every gateway, record the samples, track incidents', load: () => __nccwpck_require__.e(/* import() */ 7378).then(__nccwpck_require__.bind(__nccwpck_require__, 87378)) },
    { name: 'demo', summary: 'Run the whole promotion on a rehearsal fleet of real gateways (validate … rollback)', load: () => __nccwpck_require__.e(/* import() */ 3498).then(__nccwpck_require__.bind(__nccwpck_require__, 53498)) },
];

// EXTERNAL MODULE: ./src/cli/types.ts
var types = __nccwpck_require__(34751);
;// CONCATENATED MODULE: ./src/cli/cli.ts
/**
 * `clawfleet` argument dispatch: global `--help`/`--version`, then the named command. Returns the exit
 * code instead of exiting, so tests can call it and the entry point can let output flush first.
 */





const EXIT_CODES = `Exit codes:
  0  success: every config valid and no lint error (or the command's check passed)
  1  the check failed: an invalid config, a lint error, a failed gate
  2  usage error (unknown command or option, missing argument) or internal error`;
/** `clawfleet --help`. */
function mainHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return `clawfleet — release engineering for OpenClaw gateway fleets

Usage: clawfleet <command> [options]
       clawfleet <command> --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help
  -V, --version  print the version

${EXIT_CODES}

Environment: NO_COLOR disables colour, FORCE_COLOR forces it.
`;
}
/** The exit-code section, for command help texts. */
const exitCodesHelp = EXIT_CODES;
/** clawfleet's version from its package.json, found at run time (see src/common/package-root.ts for why). */
function version() {
    return (0,package_root/* clawfleetRoot */.k)(import.meta.url)?.version ?? 'unknown';
}
/** Runs clawfleet with `argv` (without node and the script path). */
async function runCli(argv, ctx) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
        if (first === 'help' && rest[0])
            return runCli([rest[0], '--help'], ctx);
        if (first === undefined) {
            ctx.stderr.write(mainHelp());
            return types/* ExitCode */.y.Usage;
        }
        ctx.stdout.write(mainHelp());
        return types/* ExitCode */.y.Ok;
    }
    if (first === '-V' || first === '--version') {
        ctx.stdout.write(`clawfleet ${version()}\n`);
        return types/* ExitCode */.y.Ok;
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) {
        ctx.stderr.write(`clawfleet: unknown command '${sanitize(first)}'. Run 'clawfleet --help' for the list of commands.\n`);
        return types/* ExitCode */.y.Usage;
    }
    try {
        const { command } = await entry.load();
        const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
        if (options.includes('-h') || options.includes('--help')) {
            ctx.stdout.write(command.help);
            return types/* ExitCode */.y.Ok;
        }
        return await command.run(rest, ctx);
    }
    catch (error) {
        if (error instanceof args/* UsageError */.eb) {
            ctx.stderr.write(`clawfleet ${entry.name}: ${sanitize(error.message)}\nRun 'clawfleet ${entry.name} --help' for usage.\n`);
            return types/* ExitCode */.y.Usage;
        }
        ctx.stderr.write(`clawfleet ${entry.name}: internal error: ${sanitize((0,errors/* getErrorMessage */.u1)(error))}\n`);
        if (ctx.env['CLAWFLEET_DEBUG'] && error instanceof Error && error.stack)
            ctx.stderr.write(sanitize(error.stack, true) + '\n');
        return types/* ExitCode */.y.Usage;
    }
}
function sanitize(s, keepNewlines = false) {
    // eslint-disable-next-line no-control-regex
    return s.replace(keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g, ' ');
}


/***/ }),

/***/ 34751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor),
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Exit codes shared by every command (documented in `clawfleet --help`). */
const ExitCode = {
    /** Everything checked out. */
    Ok: 0,
    /** The command ran and found a problem (an invalid config, a failed gate). */
    Failed: 1,
    /** Bad usage, or an internal error: the command could not do its job. */
    Usage: 2,
};
/** Whether output to `stream` should be coloured: a TTY, NO_COLOR unset/empty (https://no-color.org), or FORCE_COLOR. */
function useColor(stream, env) {
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '' && env['FORCE_COLOR'] !== '0')
        return true;
    return stream.isTTY === true && env['TERM'] !== 'dumb';
}


/***/ }),

/***/ 71922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
class UserError extends Error {
    location;
    constructor(message, location, options) {
        super(message, options);
        this.name = 'UserError';
        this.location = location;
    }
}
/** Formats `file:line:col` for a location (the form editors and terminals link). */
function formatLocation(loc) {
    return loc ? `${loc.file}:${loc.line}:${loc.column}` : '';
}
/** The message of anything thrown, never `undefined`; non-Error values are stringified. */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 52334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findPackageRoot),
/* harmony export */   k: () => (/* binding */ clawfleetRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Finding clawfleet's own package folder at run time, from the sources (src/…) and from a bundle
 * (dist/<name>/…) alike: walk up from a module's folder to the first package.json named "clawfleet".
 *
 * Why not `new URL('../../package.json', import.meta.url)`: ncc turns such a literal into an emitted asset
 * and copies the root package.json into the bundle folder (measured: dist/cli/package.json was a copy of it,
 * replacing the `{"type":"module"}` marker ncc writes there). The walk builds its paths at run time, which
 * the bundler leaves alone.
 */



/** The nearest folder at or above `start` whose package.json is named `name`; undefined when there is none. */
function findPackageRoot(start, name = 'clawfleet') {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(start);
    for (;;) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            try {
                const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
                if (pkg.name === name)
                    return { dir, version: typeof pkg.version === 'string' ? pkg.version : undefined };
            }
            catch {
                // not a readable package.json: keep walking
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** clawfleet's package folder, found from the module at `moduleUrl` (pass `import.meta.url`). */
function clawfleetRoot(moduleUrl) {
    return findPackageRoot((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(moduleUrl)));
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 71553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(91099);
/**
 * Entry point of the `clawfleet` CLI (bundled to dist/cli/index.js, launched by bin/clawfleet.mjs).
 * The only place that touches the real process: it sets the exit code after output is written.
 */

// `self`: this Node with its flags (the tsx loader when run from the sources) and this entry script.
const self = process.argv[1] ? [process.execPath, ...process.execArgv, process.argv[1]] : undefined;
void (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), ...(self ? { self } : {}) }).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`clawfleet: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
});


//# sourceMappingURL=index.js.map