export const id = 5742;
export const ids = [5742,9120];
export const modules = {

/***/ 59120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsInputReader: () => (/* binding */ actionsInputReader),
/* harmony export */   createInputs: () => (/* binding */ createInputs),
/* harmony export */   invalidValueMessage: () => (/* binding */ invalidValueMessage),
/* harmony export */   quoteValue: () => (/* binding */ quoteValue)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/**
 * Strict input parsers shared by every action adapter (codeql `getRequiredInput`, aws `getBooleanInput`,
 * gradle's enum message). Every parser throws a {@link UserError} that names the input, quotes the value and
 * says what is expected, so a typo fails the step before anything happens instead of quietly becoming a
 * default (`ture` is not `false`).
 *
 * Inputs are read through a {@link InputReader} so the parsers are testable without the runner; the default
 * reader is `@actions/core`'s `getInput` (which trims and maps `name` to `INPUT_NAME`).
 */


/** The runner's inputs (`INPUT_<NAME>` env vars, trimmed). */
const actionsInputReader = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
function quoteValue(value) {
    const oneLine = value.replace(/\r?\n/g, '\\n');
    return oneLine.length > 120 ? `'${oneLine.slice(0, 117)}...'` : `'${oneLine}'`;
}
/** The one message shape for a bad value: `The value 'x' is not valid for 'name'. <expected>` */
function invalidValueMessage(name, value, expected) {
    return `The value ${quoteValue(value)} is not valid for '${name}'. ${expected}`;
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Builds the strict parsers over `read` (default: the runner's inputs). */
function createInputs(read = actionsInputReader) {
    const raw = (name) => (read(name) ?? '').trim();
    const intPattern = /^-?\d+$/;
    const parseIntStrict = (name, value, min, max) => {
        const bounds = describeBounds(min, max);
        if (!intPattern.test(value))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        const n = Number(value);
        if (!Number.isSafeInteger(n))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        }
        return n;
    };
    return {
        getRequired(name) {
            const v = raw(name);
            if (!v)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The input '${name}' is required but was empty. Fix: set it in the step's 'with:' block.`);
            return v;
        },
        getOptional(name) {
            const v = raw(name);
            return v === '' ? undefined : v;
        },
        getBoolean(name, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (TRUE_VALUES.includes(v))
                return true;
            if (FALSE_VALUES.includes(v))
                return false;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, 'Valid values are: [true, false].'));
        },
        getEnum(name, allowed, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (allowed.includes(v))
                return v;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, `Valid values are: [${allowed.join(', ')}].`));
        },
        getInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getOptionalInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return undefined;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getRatio(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            const min = opts.min ?? 0;
            const max = opts.max ?? 1;
            const expected = `Expected a ratio between ${min} and ${max} (e.g. 0.9) or a percentage (e.g. 90%).`;
            const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(v);
            if (!m)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            const n = Number(m[1]) / (m[2] ? 100 : 1);
            if (!Number.isFinite(n) || n < min || n > max)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            return n;
        },
        getList(name, opts) {
            const v = read(name) ?? '';
            const sep = opts?.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
            return v
                .split(sep)
                .map((s) => s.trim())
                .filter((s) => s !== '' && !s.startsWith('#'));
        },
    };
}
function describeBounds(min, max) {
    if (min !== undefined && max !== undefined)
        return ` between ${min} and ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}


/***/ }),

/***/ 75742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ClientInput: () => (/* binding */ ClientInput),
/* harmony export */   PolicyInput: () => (/* binding */ PolicyInput),
/* harmony export */   StoreInput: () => (/* binding */ StoreInput),
/* harmony export */   clientFactory: () => (/* binding */ clientFactory),
/* harmony export */   openStore: () => (/* binding */ openStore),
/* harmony export */   parsePolicy: () => (/* binding */ parsePolicy),
/* harmony export */   parseStoreInputs: () => (/* binding */ parseStoreInputs),
/* harmony export */   parseWaves: () => (/* binding */ parseWaves),
/* harmony export */   pidAlive: () => (/* binding */ pidAlive),
/* harmony export */   restartCommandHook: () => (/* binding */ restartCommandHook),
/* harmony export */   runContext: () => (/* binding */ runContext),
/* harmony export */   writeArtifacts: () => (/* binding */ writeArtifacts)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _deploy_batches_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78951);
/* harmony import */ var _deploy_engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40417);
/* harmony import */ var _deploy_store_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81082);
/* harmony import */ var _deploy_store_git_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51941);
/* harmony import */ var _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44130);
/* harmony import */ var _fleet_client_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89157);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(59120);
/**
 * Input parsing and runner wiring shared by rolling-deploy and auto-rollback: the rollout policy, the state
 * store, the run context, the gateway clients. Names of inputs live once, here.
 */












/** Input names shared by both deploy actions. */
const PolicyInput = {
    Strategy: 'strategy',
    BatchSize: 'batch-size',
    WaitSeconds: 'wait-seconds',
    ProbeIntervalSeconds: 'probe-interval-seconds',
    MinSuccessRatio: 'min-success-ratio',
    MinHealthScore: 'min-health-score',
    RollbackErrorRate: 'rollback-error-rate',
    AutoRollback: 'auto-rollback',
    RollbackScope: 'rollback-scope',
    CanarySteps: 'canary-steps',
    AllowAllAtOnce: 'allow-all-at-once',
    ConfirmationToken: 'confirmation-token',
    OnDrift: 'on-drift',
    NoDataPolicy: 'no-data-policy',
    ProgressDeadlineSeconds: 'progress-deadline-seconds',
    Waves: 'waves',
    RetryFailed: 'retry-failed',
    AllowProcessRestart: 'allow-process-restart',
    RestartCooldownSeconds: 'restart-cooldown-seconds',
    RestartTimeoutSeconds: 'restart-timeout-seconds',
    FailOnMissingEnv: 'fail-on-missing-env',
    Concurrency: 'concurrency',
};
const StoreInput = {
    Environment: 'environment',
    StateStore: 'state-store',
    StateBranch: 'state-branch',
    StateRemote: 'state-remote',
    StateDir: 'state-dir',
    ForceUnlock: 'force-unlock',
};
const ClientInput = {
    Inventory: 'inventory',
    Instances: 'instances',
    HostAllowlist: 'host-allowlist',
    RequestTimeoutSeconds: 'request-timeout-seconds',
    Ticket: 'ticket',
};
/** `none` | `zone` | `label:<key>` */
function parseWaves(name, value) {
    const v = (value ?? '').trim();
    if (v === '' || v === 'none')
        return { kind: 'none' };
    if (v === 'zone')
        return { kind: 'zone' };
    const m = /^label:([A-Za-z0-9._/-]{1,63})$/.exec(v);
    if (m)
        return { kind: 'label', key: m[1] };
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_11__.invalidValueMessage)(name, v, 'Valid values are: [none, zone, label:<key>].'));
}
function parsePolicy(inputs) {
    const I = PolicyInput;
    let canarySteps;
    const rawSteps = inputs.getList(I.CanarySteps);
    if (rawSteps.length === 0)
        canarySteps = [..._deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.canarySteps];
    else {
        const nums = rawSteps.map((s) => {
            const n = Number(s.replace(/%$/, ''));
            if (!/^\d+(\.\d+)?%?$/.test(s) || !Number.isFinite(n))
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_11__.invalidValueMessage)(I.CanarySteps, rawSteps.join(','), 'Expected increasing percentages, e.g. 5,20,35,50,65,80,100.'));
            return n;
        });
        try {
            canarySteps = (0,_deploy_batches_js__WEBPACK_IMPORTED_MODULE_5__.normalizeCanarySteps)(nums);
        }
        catch (e) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_11__.invalidValueMessage)(I.CanarySteps, rawSteps.join(','), `${e.message}. Expected increasing percentages in (0, 100], e.g. 5,20,35,50,65,80,100.`));
        }
    }
    const token = inputs.getOptional(I.ConfirmationToken);
    const policy = {
        strategy: inputs.getEnum(I.Strategy, ['rolling', 'canary', 'all-at-once'], _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.strategy),
        batchSize: inputs.getInt(I.BatchSize, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.batchSize, min: 1, max: 10_000 }),
        waitSeconds: inputs.getInt(I.WaitSeconds, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.waitSeconds, min: 0, max: 86_400 }),
        probeIntervalSeconds: inputs.getInt(I.ProbeIntervalSeconds, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.probeIntervalSeconds, min: 0, max: 3_600 }),
        minSuccessRatio: inputs.getRatio(I.MinSuccessRatio, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.minSuccessRatio }),
        minHealthScore: inputs.getInt(I.MinHealthScore, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.minHealthScore, min: 0, max: 100 }),
        rollbackErrorRate: inputs.getRatio(I.RollbackErrorRate, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.rollbackErrorRate }),
        autoRollback: inputs.getBoolean(I.AutoRollback, _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.autoRollback),
        rollbackScope: inputs.getEnum(I.RollbackScope, ['deployment', 'failed-waves'], _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.rollbackScope),
        canarySteps,
        allowAllAtOnce: inputs.getBoolean(I.AllowAllAtOnce, false),
        ...(token ? { confirmationToken: token } : {}),
        onDrift: inputs.getEnum(I.OnDrift, ['halt', 'skip'], _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.onDrift),
        noData: inputs.getEnum(I.NoDataPolicy, ['fail', 'ignore'], _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.noData),
        progressDeadlineSeconds: inputs.getInt(I.ProgressDeadlineSeconds, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.progressDeadlineSeconds, min: 30, max: 86_400 }),
        waves: parseWaves(I.Waves, inputs.getOptional(I.Waves)),
        retryFailed: inputs.getBoolean(I.RetryFailed, false),
        allowProcessRestart: inputs.getBoolean(I.AllowProcessRestart, false),
        restartCooldownSeconds: inputs.getInt(I.RestartCooldownSeconds, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.restartCooldownSeconds, min: 0, max: 600 }),
        restartTimeoutSeconds: inputs.getInt(I.RestartTimeoutSeconds, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.restartTimeoutSeconds, min: 10, max: 3_600 }),
        failOnMissingEnv: inputs.getBoolean(I.FailOnMissingEnv, _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.failOnMissingEnv),
        concurrency: inputs.getInt(I.Concurrency, { default: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.concurrency, min: 1, max: 256 }),
        writeLimit: _deploy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_POLICY */ .zj.writeLimit,
    };
    (0,_deploy_engine_js__WEBPACK_IMPORTED_MODULE_6__.validatePolicy)(policy);
    return policy;
}
function parseStoreInputs(inputs) {
    const I = StoreInput;
    const kind = inputs.getEnum(I.StateStore, ['git', 'dir', 'none'], 'git');
    let store;
    if (kind === 'git') {
        const branch = inputs.getOptional(I.StateBranch) ?? 'clawfleet-state';
        if (!/^[A-Za-z0-9._/-]{1,100}$/.test(branch) || branch.includes('..') || branch.startsWith('-') || branch.startsWith('/')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_11__.invalidValueMessage)(I.StateBranch, branch, 'Expected a branch name such as clawfleet-state.'));
        }
        const remote = inputs.getOptional(I.StateRemote) ?? 'origin';
        if (remote.startsWith('-') || /[\s\0]/.test(remote))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_11__.invalidValueMessage)(I.StateRemote, remote, 'Expected a git remote name (origin) or a repository URL/path.'));
        store = { kind, branch, remote };
    }
    else if (kind === 'dir') {
        const path = inputs.getOptional(I.StateDir);
        if (!path)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The input '${I.StateDir}' is required when state-store is 'dir'. Fix: name a folder that outlives the job (a self-hosted runner's disk).`);
        store = { kind, path };
    }
    else
        store = { kind: 'none' };
    return { environment: inputs.getOptional(I.Environment) ?? 'default', store, forceUnlock: inputs.getBoolean(I.ForceUnlock, false) };
}
/** Opens the store; a git store runs inside the workspace repo when there is one (its push credentials). */
function openStore(spec, workspace) {
    switch (spec.kind) {
        case 'git':
            return new _deploy_store_git_js__WEBPACK_IMPORTED_MODULE_8__/* .GitStore */ .Wc({
                remote: spec.remote,
                branch: spec.branch,
                ...((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, '.git')) ? { repoDir: workspace } : {}),
                author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
            });
        case 'dir':
            return new _deploy_store_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .DirStore */ .V((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(spec.path) ? spec.path : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, spec.path));
        case 'none':
            return new _deploy_store_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .MemoryStore */ .n();
    }
}
/** Who and where, from the runner's environment (or the CLI's process). */
function runContext(env, ticket) {
    const runId = env['GITHUB_RUN_ID'];
    const repo = env['GITHUB_REPOSITORY'];
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runUrl = runId && repo ? `${server}/${repo}/actions/runs/${runId}${env['GITHUB_RUN_ATTEMPT'] ? `/attempts/${env['GITHUB_RUN_ATTEMPT']}` : ''}` : undefined;
    return {
        // The same owner across re-run attempts of one workflow run: a re-run may take over its own lock.
        owner: runId && repo ? `gh:${repo}:${runId}` : `cli:${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()}:${process.pid}`,
        ...(env['GITHUB_ACTOR'] ? { actor: env['GITHUB_ACTOR'] } : {}),
        ...(ticket ? { ticket } : {}),
        ...(runUrl ? { runUrl } : {}),
        source: { ...(repo ? { repository: repo } : {}), ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}), ...(env['GITHUB_SHA'] ? { sha: env['GITHUB_SHA'] } : {}) },
    };
}
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** A client factory over the inventory's tokens (every token is already in the secret registry). */
function clientFactory(tokens, opts) {
    return (inst) => {
        const token = tokens.get(inst.id);
        if (token === undefined)
            throw new Error(`no token resolved for ${inst.id}`);
        return (0,_fleet_client_js__WEBPACK_IMPORTED_MODULE_10__/* .createGatewayClient */ .kU)({ id: inst.id, url: inst.url, token }, { timeoutMs: opts.timeoutMs, logger: opts.logger, secrets: opts.secrets });
    };
}
/**
 * The operator's restart command for listener changes, run with `bash -c` and the instance in env vars
 * (`CLAWFLEET_INSTANCE_ID`, `CLAWFLEET_INSTANCE_URL`, `CLAWFLEET_ENVIRONMENT`) — never the token, and never
 * interpolated into the command text.
 */
function restartCommandHook(command, environment, timeoutMs, logger) {
    return (inst) => new Promise((resolveP, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-c', command], {
            env: { ...process.env, CLAWFLEET_INSTANCE_ID: inst.id, CLAWFLEET_INSTANCE_URL: inst.url, CLAWFLEET_ENVIRONMENT: environment },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        const keep = (b) => {
            tail = (tail + b.toString('utf8')).slice(-2000);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0) {
                logger.info(`${inst.id}: restart command finished`);
                resolveP();
            }
            else
                reject(new Error(`restart command for ${inst.id} exited ${code ?? signal}: ${tail.trim().split('\n').slice(-3).join(' | ')}`));
        });
    });
}
/** Writes JSON/text files for outputs under RUNNER_TEMP (or a temp dir); returns the paths. */
function writeArtifacts(baseDir, name, files) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(baseDir, 'clawfleet', name);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const out = {};
    for (const [file, content] of Object.entries(files)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, file);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(p, content, { mode: 0o600 });
        out[file] = p;
    }
    return out;
}


/***/ }),

/***/ 81082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ DirStore),
/* harmony export */   n: () => (/* binding */ MemoryStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10492);
/**
 * The directory backend: files under a root folder. Writes are atomic (temp file in the same folder,
 * fsync, rename; not write-file-atomic, whose `__filename` use breaks in an ESM bundle), appends are fsynced, and `tryCreate` uses `O_EXCL`, so two processes
 * sharing the folder cannot both take the lock; `swap` (and tryCreate's replace) is a compare-and-swap under a
 * guard file, so two processes updating the lock's holder set cannot lose one another's update. Everything is durable when a call returns; `flush` is a
 * no-op. Files are 0600 and folders 0700: the audit log names instances and actors.
 */




/** A guard older than this was left by a process that died inside a swap (which takes microseconds). */
const STALE_GUARD_MS = 10_000;
/** How long a swap waits for another process's guard before giving up. */
const GUARD_WAIT_MS = 15_000;
class DirStore {
    root;
    description;
    mutex = new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .Mutex */ .e();
    constructor(root) {
        this.root = root;
        this.description = `directory ${root}`;
    }
    abs(path) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path));
    }
    read(path) {
        return this.mutex.run(async () => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(this.abs(path), 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        });
    }
    list(dir) {
        return this.mutex.run(async () => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(this.abs(dir)).sort();
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return [];
                throw e;
            }
        });
    }
    write(path, content) {
        return this.mutex.run(async () => {
            const abs = this.abs(path);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true, mode: 0o700 });
            writeAtomic(abs, content);
        });
    }
    append(path, content) {
        return this.mutex.run(async () => {
            const abs = this.abs(path);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true, mode: 0o700 });
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, 'a', 0o600);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, content);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            }
        });
    }
    remove(path) {
        return this.mutex.run(async () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.abs(path), { force: true }));
    }
    async flush() {
        // Every call above is durable when it returns.
    }
    tryCreate(path, content, canReplace) {
        return this.mutex.run(async () => {
            const abs = this.abs(path);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true, mode: 0o700 });
            for (let attempt = 0; attempt < 5; attempt++) {
                try {
                    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, 'wx', 0o600);
                    try {
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, content);
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
                    }
                    finally {
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                    }
                    return { ok: true };
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw e;
                }
                const existing = readOrUndefined(abs);
                if (existing === undefined)
                    continue; // released meanwhile: try again
                if (!canReplace(existing))
                    return { ok: false, existing };
                // Replace only what was judged: a compare-and-swap under the guard, so a concurrent taker's new
                // file is never removed by a decision made on the old one.
                const r = await swapFile(abs, existing, content);
                if (r.ok)
                    return r;
            }
            return { ok: false, existing: readOrUndefined(abs) ?? '' };
        });
    }
    swap(path, expected, next, _message) {
        return this.mutex.run(async () => {
            const abs = this.abs(path);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true, mode: 0o700 });
            return swapFile(abs, expected, next);
        });
    }
}
function readOrUndefined(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Compare-and-swap between processes sharing the folder: a guard file (`.<name>.cas`, O_EXCL) makes
 * read-compare-replace one step. A guard left by a process killed inside its swap is stale after
 * {@link STALE_GUARD_MS} and removed; the write itself is atomic (rename), so the file is never half-written.
 */
async function swapFile(abs, expected, next) {
    const guard = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs)}.cas`);
    const deadline = Date.now() + GUARD_WAIT_MS;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(guard, 'wx', 0o600));
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        try {
            if (Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(guard).mtimeMs > STALE_GUARD_MS)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(guard, { force: true });
        }
        catch {
            /* removed meanwhile */
        }
        if (Date.now() > deadline)
            throw new Error(`the state file ${abs} is being updated by another process (guard ${guard}); if no clawfleet process is running, remove the guard file`);
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
    try {
        const current = readOrUndefined(abs);
        if (current !== expected)
            return { ok: false, existing: current };
        if (next === undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(abs, { force: true });
        else if (current === undefined) {
            // Creating: exclusive (link fails on EEXIST), so a tryCreate racing outside the guard is not overwritten.
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs)}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            writeAtomic(tmp, next);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(tmp, abs);
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                return { ok: false, existing: readOrUndefined(abs) };
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
            }
        }
        else
            writeAtomic(abs, next);
        return { ok: true };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(guard, { force: true });
    }
}
/** Temp file next to the target (O_EXCL, 0600), fsync, rename over the target: old or new, never half. */
function writeAtomic(abs, content) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs)}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', 0o600);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw e;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, abs);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** Nothing persisted: for benches and tests that do not look at the record. */
class MemoryStore {
    description = 'memory (not persisted)';
    files = new Map();
    flushes = 0;
    async read(path) {
        return this.files.get((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path));
    }
    async list(dir) {
        const prefix = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(dir) + '/';
        const names = new Set();
        for (const k of this.files.keys())
            if (k.startsWith(prefix))
                names.add(k.slice(prefix.length).split('/')[0]);
        return [...names].sort();
    }
    async write(path, content) {
        this.files.set((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path), content);
    }
    async append(path, content) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path);
        this.files.set(p, (this.files.get(p) ?? '') + content);
    }
    async remove(path) {
        this.files.delete((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path));
    }
    async flush() {
        this.flushes++;
    }
    async swap(path, expected, next, _message) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path);
        const current = this.files.get(p);
        if (current !== expected)
            return { ok: false, existing: current };
        if (next === undefined)
            this.files.delete(p);
        else
            this.files.set(p, next);
        return { ok: true };
    }
    async tryCreate(path, content, canReplace) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .checkStorePath */ .v)(path);
        const existing = this.files.get(p);
        if (existing !== undefined && !canReplace(existing))
            return { ok: false, existing };
        this.files.set(p, content);
        return { ok: true };
    }
}


/***/ }),

/***/ 51941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ redactRemote),
/* harmony export */   Wc: () => (/* binding */ GitStore)
/* harmony export */ });
/* unused harmony exports isPermanentPushError, GitStoreError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10492);
/**
 * The git backend: the state lives on a dedicated branch (default `clawfleet-state`) of a remote, written
 * with plumbing only — `fetch` into a private ref (`refs/clawfleet/<branch>`), `read-tree` into a private
 * index file, `hash-object`/`update-index`/`write-tree`/`commit-tree`, then `push <commit>:refs/heads/<branch>`
 * without force. The user's working tree, index and branches are never touched, so it can run inside the
 * checked-out config repo (where `actions/checkout` left push credentials for `origin`) or from a laptop.
 *
 * Concurrency: a push that is not a fast-forward is rejected by the remote; `flush` then fetches again and
 * replays this process's pending operations on the new tip (appends are re-appended, writes win), up to a
 * few times. `tryCreate` evaluates its condition against the freshly fetched tip inside the same loop, so
 * two runners cannot both take the environment lock.
 *
 * Hooks are disabled for our own git calls (`core.hooksPath=/dev/null`): a developer's pre-push hook must
 * not run (or block) on a state commit. The remote URL may hold credentials: it is never printed.
 */





/**
 * Whether a failed push cannot get better by retrying (credentials, permissions, a missing repository, a
 * protected branch). Everything else — a non-fast-forward, a ref lock held by a concurrent push — is a lost
 * race to replay. HTTP 401/403 count only as numbers of their own: the object ids in a ref-lock message are
 * hex and may well contain "403".
 */
function isPermanentPushError(output) {
    return /denied|permission|(?<![0-9a-f])40[13](?![0-9a-f])|authentication|could not read username|does not appear to be a git repository|repository not found|protected branch/i.test(output);
}
class GitStoreError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitStoreError';
    }
}
/** `https://user:tok@host/x.git` → `https://host/x.git`; names and paths unchanged. */
function redactRemote(remote) {
    return remote.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
class GitStore {
    opts;
    description;
    branch;
    localRef;
    mutex = new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Mutex */ .e();
    ops = [];
    repoDir;
    ownsRepo = false;
    baseCommit; // undefined = not fetched yet; null = branch does not exist
    blobCache = new Map();
    constructor(opts) {
        this.opts = opts;
        this.branch = opts.branch ?? 'clawfleet-state';
        if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes('..') || this.branch.startsWith('-')) {
            throw new GitStoreError(`invalid state branch name ${JSON.stringify(this.branch)}`);
        }
        this.localRef = `refs/clawfleet/${this.branch}`;
        this.description = `git branch ${this.branch} of ${redactRemote(opts.remote)}`;
    }
    // ---------------------------------------------------------------------------------------------------
    // git plumbing
    async git(args, opts = {}) {
        const dir = await this.ensureRepo();
        const full = ['-c', `safe.directory=${dir}`, '-c', 'core.hooksPath=/dev/null', '-c', 'gc.auto=0', '-C', dir, ...args];
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(this.opts.gitBinary ?? 'git', full, {
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...this.opts.env, ...opts.env },
                maxBuffer: 256 * 1024 * 1024,
                encoding: 'utf8',
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? (error.code) : 1) : 0;
                if (error && error.code === 'ENOENT') {
                    reject(new GitStoreError('git is not installed (needed for the git state store); install git or use a directory store'));
                    return;
                }
                if (code !== 0 && !opts.allowFail) {
                    reject(new GitStoreError(`git ${args[0]} failed (exit ${code}): ${scrub(stderr, this.opts.remote).trim().slice(0, 800)}`));
                    return;
                }
                resolve({ code, stdout, stderr });
            });
            if (opts.input !== undefined)
                child.stdin?.end(opts.input);
            else
                child.stdin?.end();
        });
    }
    async ensureRepo() {
        if (this.repoDir)
            return this.repoDir;
        if (this.opts.repoDir) {
            this.repoDir = this.opts.repoDir;
            return this.repoDir;
        }
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'clawfleet-state-'));
        registerTempRepo(dir);
        await new Promise((resolve, reject) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(this.opts.gitBinary ?? 'git', ['init', '--bare', '--quiet', dir], { env: { ...process.env, ...this.opts.env } }, (e) => e ? reject(new GitStoreError(`git init failed: ${e.message}`)) : resolve()));
        this.repoDir = dir;
        this.ownsRepo = true;
        return dir;
    }
    /** Fetches the branch into the private ref; sets baseCommit (null when the branch does not exist yet). */
    async fetch() {
        const r = await this.git(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', this.opts.remote, `+refs/heads/${this.branch}:${this.localRef}`], { allowFail: true });
        if (r.code !== 0) {
            if (/couldn't find remote ref|no such ref|not found in upstream/i.test(r.stderr)) {
                await this.git(['update-ref', '-d', this.localRef], { allowFail: true });
                this.setBase(null);
                return;
            }
            throw new GitStoreError(`cannot fetch the state branch ${this.branch} from ${redactRemote(this.opts.remote)}: ${scrub(r.stderr, this.opts.remote).trim().slice(0, 600)}. ` +
                'Fix: check the remote and its credentials (in a workflow: actions/checkout with persist-credentials, and permissions: contents: write)');
        }
        const rev = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`], { allowFail: true });
        this.setBase(rev.code === 0 ? rev.stdout.trim() : null);
    }
    setBase(commit) {
        if (commit !== this.baseCommit)
            this.blobCache.clear();
        this.baseCommit = commit;
    }
    async ensureFetched() {
        if (this.baseCommit === undefined)
            await this.fetch();
    }
    async readBase(path) {
        if (!this.baseCommit)
            return undefined;
        if (this.blobCache.has(path))
            return this.blobCache.get(path);
        const r = await this.git(['cat-file', 'blob', `${this.baseCommit}:${path}`], { allowFail: true });
        const v = r.code === 0 ? r.stdout : undefined;
        this.blobCache.set(path, v);
        return v;
    }
    applyOps(path, base, ops) {
        let cur = base;
        let touched = false;
        for (const op of ops) {
            if (op.path !== path)
                continue;
            touched = true;
            if (op.kind === 'write')
                cur = op.content;
            else if (op.kind === 'append')
                cur = (cur ?? '') + op.content;
            else
                cur = null;
        }
        return touched ? cur : base;
    }
    // ---------------------------------------------------------------------------------------------------
    // StateStore
    read(path) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => {
            await this.ensureFetched();
            const v = this.applyOps(p, await this.readBase(p), this.ops);
            return v === null ? undefined : v;
        });
    }
    list(dir) {
        const d = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(dir);
        return this.mutex.run(async () => {
            await this.ensureFetched();
            const names = new Set();
            if (this.baseCommit) {
                const r = await this.git(['ls-tree', '--name-only', `${this.baseCommit}:${d}`], { allowFail: true });
                if (r.code === 0)
                    for (const n of r.stdout.split('\n'))
                        if (n)
                            names.add(n);
            }
            const prefix = d + '/';
            for (const op of this.ops) {
                if (!op.path.startsWith(prefix))
                    continue;
                const name = op.path.slice(prefix.length).split('/')[0];
                if (op.kind === 'remove' && op.path === prefix + name)
                    names.delete(name);
                else if (op.kind !== 'remove')
                    names.add(name);
            }
            return [...names].sort();
        });
    }
    write(path, content) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => void this.ops.push({ kind: 'write', path: p, content }));
    }
    append(path, content) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => void this.ops.push({ kind: 'append', path: p, content }));
    }
    remove(path) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => void this.ops.push({ kind: 'remove', path: p }));
    }
    flush(message) {
        return this.mutex.run(async () => {
            if (this.ops.length === 0)
                return;
            await this.commitLoop(message, async () => true);
            this.ops.length = 0;
        });
    }
    tryCreate(path, content, canReplace, message) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => {
            let existing;
            this.ops.push({ kind: 'write', path: p, content });
            const done = await this.commitLoop(message, async () => {
                existing = await this.readBase(p);
                return existing === undefined || canReplace(existing);
            });
            if (!done) {
                this.ops.pop();
                return { ok: false, existing: existing ?? '' };
            }
            this.ops.length = 0;
            return { ok: true };
        });
    }
    /**
     * Compare-and-swap through the remote: the condition is checked against each freshly fetched tip and the
     * push is rejected unless it fast-forwards that tip, so an update made meanwhile by another runner is
     * either seen (and the swap refused) or makes the push fail and the loop re-check. Pending writes of this
     * store go out in the same commit, as with {@link tryCreate}.
     */
    swap(path, expected, next, message) {
        const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStorePath */ .v)(path);
        return this.mutex.run(async () => {
            let existing;
            this.ops.push(next === undefined ? { kind: 'remove', path: p } : { kind: 'write', path: p, content: next });
            const done = await this.commitLoop(message, async () => {
                existing = await this.readBase(p);
                return existing === expected;
            });
            if (!done) {
                this.ops.pop();
                return { ok: false, existing };
            }
            this.ops.length = 0;
            return { ok: true };
        });
    }
    /**
     * fetch → apply pending ops on the tip → commit → push, repeated while the remote moved under us.
     * `precondition` is checked against each freshly fetched tip; false aborts without pushing.
     */
    async commitLoop(message, precondition) {
        const attempts = this.opts.maxAttempts ?? 6;
        let lastError = '';
        for (let attempt = 1; attempt <= attempts; attempt++) {
            await this.fetch();
            if (!(await precondition()))
                return false;
            const commit = await this.buildCommit(message);
            const push = await this.git(['push', '--quiet', '--porcelain', this.opts.remote, `${commit}:refs/heads/${this.branch}`], { allowFail: true });
            if (push.code === 0) {
                await this.git(['update-ref', this.localRef, commit]);
                this.setBase(commit);
                return true;
            }
            const out = scrub(push.stderr + push.stdout, this.opts.remote);
            // Lost a race (non-fast-forward, ref lock held by a concurrent push, …): fetch again and replay.
            // Only what cannot get better by retrying fails at once.
            if (!isPermanentPushError(out)) {
                lastError = out.trim();
                await sleep(Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random()));
                continue;
            }
            throw new GitStoreError(`cannot push the state branch ${this.branch} to ${redactRemote(this.opts.remote)}: ${out.trim().slice(0, 600)}. ` +
                'Fix: give the job `permissions: contents: write` and keep actions/checkout\'s persist-credentials on, or choose a directory store');
        }
        throw new GitStoreError(`the state branch ${this.branch} could not be pushed after ${attempts} attempts (it kept moving, or: ${lastError.slice(0, 300)})`);
    }
    async buildCommit(message) {
        const dir = await this.ensureRepo();
        const indexDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'clawfleet-index-'));
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(indexDir, 'index') };
        try {
            if (this.baseCommit)
                await this.git(['read-tree', this.baseCommit], { env });
            else
                await this.git(['read-tree', '--empty'], { env });
            // `update-index --index-info` works in a bare repository too (`--force-remove` needs a work tree):
            // `<mode> <sha>\t<path>` adds or replaces, mode 0 with the null sha removes.
            const paths = [...new Set(this.ops.map((o) => o.path))];
            const lines = [];
            for (const p of paths) {
                const next = this.applyOps(p, await this.readBase(p), this.ops);
                if (next === null || next === undefined) {
                    lines.push(`0 ${'0'.repeat(40)}\t${p}`);
                    continue;
                }
                const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: next })).stdout.trim();
                lines.push(`100644 ${blob}\t${p}`);
            }
            await this.git(['update-index', '--index-info'], { env, input: lines.join('\n') + '\n' });
            const tree = (await this.git(['write-tree'], { env })).stdout.trim();
            const author = this.opts.author ?? { name: 'clawfleet', email: 'clawfleet@users.noreply.github.com' };
            const idEnv = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
            const args = ['commit-tree', tree, ...(this.baseCommit ? ['-p', this.baseCommit] : []), '-m', message.slice(0, 2000)];
            void dir;
            return (await this.git(args, { env: idEnv })).stdout.trim();
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(indexDir, { recursive: true, force: true });
        }
    }
    /** Removes the private temp repository (when this store created one). Also done at process exit. */
    async close() {
        if (this.ownsRepo && this.repoDir) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.repoDir, { recursive: true, force: true });
            tempRepos.delete(this.repoDir);
        }
    }
}
// Private temp repositories are removed at exit even when a caller forgot close() (a CLI command, a test).
const tempRepos = new Set();
let exitHook = false;
function registerTempRepo(dir) {
    tempRepos.add(dir);
    if (exitHook)
        return;
    exitHook = true;
    process.once('exit', () => {
        for (const d of tempRepos)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(d, { recursive: true, force: true });
    });
}
function scrub(text, remote) {
    let out = text;
    if (remote && remote !== redactRemote(remote))
        out = out.split(remote).join(redactRemote(remote));
    return out.replace(/([a-z][a-z0-9+.-]*:\/\/)[^@/\s]*@/gi, '$1');
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}


/***/ }),

/***/ 10492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ Mutex),
/* harmony export */   v: () => (/* binding */ checkStorePath)
/* harmony export */ });
/** Validates a store path (relative, no traversal); returns it normalised. */
function checkStorePath(path) {
    if (path.startsWith('/'))
        throw new Error(`invalid state path ${JSON.stringify(path)}`);
    const p = path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/\/+$/g, '');
    if (!p || p.split('/').some((s) => s === '.' || s === '..' || s === '') || /[\0\n\r]/.test(p)) {
        throw new Error(`invalid state path ${JSON.stringify(path)}`);
    }
    return p;
}
/** Serialises async operations (one store is used from parallel batch tasks). */
class Mutex {
    tail = Promise.resolve();
    run(fn) {
        const next = this.tail.then(fn, fn);
        this.tail = next.catch(() => undefined);
        return next;
    }
}


/***/ })

};

//# sourceMappingURL=5742.index.js.map