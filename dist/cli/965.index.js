export const id = 965;
export const ids = [965,536];
export const modules = {

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


/***/ }),

/***/ 94965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDemoReport: () => (/* binding */ formatDemoReport),
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* unused harmony exports defaultConfigRepo, loopbackHostname */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71922);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(7168);
/* harmony import */ var _deploy_auto_rollback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75181);
/* harmony import */ var _deploy_content_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81562);
/* harmony import */ var _deploy_engine_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88486);
/* harmony import */ var _deploy_preflight_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89536);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(70453);
/* harmony import */ var _deploy_store_dir_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81082);
/* harmony import */ var _deploy_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(44130);
/* harmony import */ var _fleet_client_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(89157);
/* harmony import */ var _provision_provision_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(94304);
/* harmony import */ var _smoke_browser_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(72965);
/* harmony import */ var _smoke_report_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(22711);
/* harmony import */ var _smoke_run_smoke_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(16999);
/* harmony import */ var _validate_validate_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(58107);
/**
 * The one-command demo (issue #7): a whole promotion against a rehearsal fleet of real OpenClaw gateways,
 * through the same engine code the actions run. Steps, each with an asserted expected outcome:
 *
 *  1. fleet        start the model stub and 3 gateways (running release v0: the stub provider, no key yet)
 *  2. validate     v1 (the good release) validates
 *  3. provision    every agent gets the stub key (local mode: the gateways' state dirs are on this host)
 *  4. plan         dry run of v1: 2 batches (batch size 2 over 3 instances), no blocker
 *  5. deploy       rolling deploy of v1: succeeded, 2 batches, every instance applied
 *  6. smoke        probes + browser (screenshots) + chat round trip: not failed
 *  7. bad-change   v2 validates (it is valid) and deploys (health gates cannot see a dead model route)
 *  8. gate         smoke after v2: MUST fail on the chat check — the bad change is caught
 *  9. rollback     auto-rollback (trigger gate) restores every instance's pre-v2 snapshot
 * 10. final-smoke  green again, and every gateway's config equals what v1 left (content digest)
 *
 * Any step whose outcome differs from its expectation marks the run failed; the run stops at the first
 * step that makes the rest meaningless. Every process started here is stopped in `finally` (and on abort).
 */





















/** Where the embedded default config repo lives (action-fixtures/demo). */
function defaultConfigRepo() {
    // src/demo/scenario.ts and dist/cli/index.js are both two levels below the repo root.
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url)), '../..');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, 'action-fixtures', 'demo');
}
const ENVIRONMENT = 'demo';
/**
 * Deadline of one chat turn. A good turn takes ~10 s on an idle machine (the gateway sends a ~65 KB prompt);
 * 50–70 s were measured with a load average of 24 on 2 cores.
 */
const CHAT_TIMEOUT_MS = 120_000;
const STEP_TITLES = {
    fleet: 'Start the rehearsal fleet (3 gateways + model stub)',
    validate: 'Validate release v1',
    provision: 'Provision model credentials for every agent',
    plan: 'Plan the rollout of v1 (dry run)',
    deploy: 'Rolling deploy of v1 (2 batches)',
    smoke: 'Smoke test with the browser and a chat turn',
    'bad-change': 'Validate and deploy release v2 (valid, but a dead model route)',
    gate: 'Smoke gate after v2 catches the broken agents',
    rollback: 'Auto-rollback of v2',
    'final-smoke': 'Final smoke test, configs back to v1',
};
class StepFailed extends Error {
}
/** Runs the demo. Never throws for a misbehaving step (the report says so); throws only on bad options. */
async function runDemo(opts) {
    const started = Date.now();
    const env = opts.env ?? process.env;
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(opts.outDir);
    const basePort = opts.basePort ?? 24000;
    const stubPort = opts.stubPort ?? 24900;
    const repoSrc = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(opts.configRepo ?? defaultConfigRepo());
    for (const f of ['openclaw.json5', 'openclaw.broken.json5', 'profiles.yaml']) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoSrc, f)))
            throw new Error(`the demo config repo ${repoSrc} has no ${f}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(outDir, { recursive: true, mode: 0o700 });
    const secrets = new _common_secrets_js__WEBPACK_IMPORTED_MODULE_20__/* .SecretRegistry */ .k();
    const say = (line) => opts.progress?.(secrets.redact(line));
    const logger = demoLogger(say);
    const steps = [];
    const screenshots = [];
    const finalConfigs = [];
    let rolledBack = false;
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'state');
    const auditSrc = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(stateDir, 'environments', ENVIRONMENT, 'audit.jsonl');
    const files = { report: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'report.json'), audit: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'audit.jsonl'), configRepo: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'config-repo') };
    let instanceIds = [];
    const step = async (name, expected, fn) => {
        const t0 = Date.now();
        say(`▶ ${STEP_TITLES[name] ?? name}`);
        let s;
        try {
            opts.signal?.throwIfAborted();
            const r = await fn();
            s = { name, title: STEP_TITLES[name] ?? name, expected, actual: r.actual, status: r.ok ? 'ok' : 'failed', durationMs: Date.now() - t0, ...(r.details ? { details: r.details } : {}) };
        }
        catch (e) {
            s = { name, title: STEP_TITLES[name] ?? name, expected, actual: `error: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorMessage */ .u1)(e)}`, status: 'failed', durationMs: Date.now() - t0 };
        }
        s.actual = secrets.redact(s.actual);
        steps.push(s);
        say(`  ${s.status === 'ok' ? '✔' : '✘'} ${s.actual} (${(s.durationMs / 1000).toFixed(1)} s)`);
        return s.status === 'ok';
    };
    // Dynamic imports: the fixtures are not part of the action bundles, only of the CLI/demo.
    const { startFleet } = await __webpack_require__.e(/* import() */ 425).then(__webpack_require__.bind(__webpack_require__, 33425));
    const { startModelStub } = await __webpack_require__.e(/* import() */ 845).then(__webpack_require__.bind(__webpack_require__, 96845));
    let fleet;
    let stub;
    const modelKey = `sk-demo-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(18).toString('base64url')}`;
    secrets.add(modelKey);
    try {
        const host = await loopbackHostname();
        // Render the config repo with this host's loopback name and ports (see openclaw.json5).
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(files.configRepo, { recursive: true, mode: 0o700 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)(repoSrc, files.configRepo, { recursive: true });
        for (const f of ['openclaw.json5', 'openclaw.broken.json5']) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(files.configRepo, f);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(p, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')
                .replaceAll('clawfleet-demo-model:24900', `${host}:${stubPort}`)
                .replaceAll('clawfleet-demo-model:24901', `${host}:${stubPort + 1}`));
        }
        const goodFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(files.configRepo, 'openclaw.json5');
        const badFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(files.configRepo, 'openclaw.broken.json5');
        const profiles = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(files.configRepo, 'profiles.yaml'), 'utf8');
        const fleetOk = await step('fleet', '3 gateways ready and the model stub listening', async () => {
            stub = await startModelStub({ port: stubPort, apiKey: modelKey, modelId: 'demo-model', reply: 'PONG from the demo model' });
            // Release v0: the stub provider, no key yet (an agent cannot answer until provisioning).
            fleet = await startFleet({
                count: 3,
                basePort,
                dir: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'fleet'),
                removeDirOnStop: false,
                idPrefix: 'demo',
                logger,
                ...(opts.signal ? { signal: opts.signal } : {}),
                instance: (i) => ({ tier: i === 2 ? 'standby' : 'primary', zone: 'local' }),
                config: () => ({
                    models: { providers: { stub: { baseUrl: `http://${host}:${stubPort}/v1`, api: 'openai-completions', models: [{ id: 'demo-model', name: 'Demo model v0' }], request: { allowPrivateNetwork: true } } } },
                    agents: { defaults: { model: { primary: 'stub/demo-model' } } },
                }),
            });
            for (const g of fleet.gateways)
                secrets.add(g.token);
            instanceIds = fleet.gateways.map((g) => g.id);
            return { ok: fleet.gateways.length === 3, actual: `${fleet.gateways.map((g) => `${g.id} :${g.port} (${(g.startupMs / 1000).toFixed(0)} s)`).join(', ')}; stub :${stubPort}`, details: { gateways: fleet.gateways.map((g) => ({ id: g.id, url: g.url, startupMs: g.startupMs })) } };
        });
        if (!fleetOk || !fleet)
            throw new StepFailed('fleet');
        const f = fleet;
        const fleetEnv = { PATH: env['PATH'], HOME: env['HOME'], ...f.env, CLAWFLEET_DEMO_MODEL_KEY: modelKey };
        const store = new _deploy_store_dir_js__WEBPACK_IMPORTED_MODULE_12__/* .DirStore */ .V(stateDir);
        const recorder = new _deploy_records_js__WEBPACK_IMPORTED_MODULE_11__.StateRecorder(store, ENVIRONMENT, { secrets, forceUnlock: false, pidAlive });
        const context = { owner: `cli:${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}:${process.pid}`, actor: env['USER'] ?? 'demo', ticket: 'DEMO-1' };
        const policy = { ..._deploy_types_js__WEBPACK_IMPORTED_MODULE_13__/* .DEFAULT_POLICY */ .zj, strategy: 'rolling', batchSize: 2, waitSeconds: 2, probeIntervalSeconds: 1, autoRollback: true, concurrency: 2 };
        const clientFor = (tokens) => (inst) => (0,_fleet_client_js__WEBPACK_IMPORTED_MODULE_14__/* .createGatewayClient */ .kU)({ id: inst.id, url: inst.url, token: tokens.get(inst.id) ?? '' }, { timeoutMs: 15_000, logger, secrets });
        if (!(await step('validate', 'valid (fast engine, deploy-time env rules)', async () => {
            const r = await (0,_validate_validate_js__WEBPACK_IMPORTED_MODULE_19__/* .validateFiles */ .kc)([goodFile, badFile], { engine: 'fast', envMode: 'error', env: fleetEnv, cwd: files.configRepo });
            const bad = r.files.filter((x) => !x.valid).map((x) => x.file);
            return { ok: r.valid, actual: r.valid ? `v1 and v2 are valid OpenClaw configs (${r.engine} engine)` : `invalid: ${bad.join(', ')}`, details: { valid: r.valid } };
        })))
            throw new StepFailed('validate');
        const browser = (0,_smoke_browser_js__WEBPACK_IMPORTED_MODULE_16__/* .findBrowser */ .Kz)({ ...(opts.browserPath ? { browserPath: opts.browserPath } : {}), env });
        const pinnedVersion = { version: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url)), '../../node_modules/openclaw/package.json'), 'utf8')).version, source: 'package.json' };
        const openclawEntry = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url)), '../../node_modules/openclaw/openclaw.mjs');
        if (!(await step('provision', 'every agent × provider ready on every gateway', async () => {
            // The gateways are independent hosts in real life: provision them in parallel (each restart is the
            // slow part).
            const tempDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'tmp');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tempDir, { recursive: true, mode: 0o700 });
            const staged = [];
            const reports = await Promise.all(f.gateways.map((g) => (0,_provision_provision_js__WEBPACK_IMPORTED_MODULE_15__.provision)({
                configFile: goodFile,
                profiles,
                mode: 'local',
                stateDir: g.stateDir,
                gatewayConfigFile: g.configPath,
                openclaw: openclawEntry,
                gateways: [{ id: g.id, url: g.url, token: g.token }],
                restart: 'auto',
                openclawVersion: undefined,
                legacyBelow: undefined,
                remoteConfig: 'require',
                verify: true,
                dryRun: false,
                tempDir,
                timeoutMs: 180_000,
            }, { env: fleetEnv, logger, registry: secrets, staging: { file: (p) => void staged.push(p), device: () => undefined } }))).finally(() => {
                // What the action's post step does: remove the staged secrets-apply plans (refs only, no keys).
                for (const p of staged)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { force: true });
            });
            const ok = reports.every((r) => r.ready);
            const cells = reports.flatMap((r, i) => r.agents.flatMap((a) => a.providers.map((p) => `${f.gateways[i].id}/${a.agentId}/${p.provider}=${p.status}`)));
            return { ok, actual: `${cells.join(', ')}`, details: { ready: reports.map((r) => r.ready), changed: reports.map((r) => r.changed) } };
        })))
            throw new StepFailed('provision');
        const pre = await (0,_deploy_preflight_js__WEBPACK_IMPORTED_MODULE_10__.preflight)({ configFile: goodFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
        const clients = clientFor(pre.tokens);
        if (!(await step('plan', '2 batches over 3 instances, every instance changes, no blocker', async () => {
            const out = await (0,_deploy_engine_js__WEBPACK_IMPORTED_MODULE_9__.runDeployment)({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, dryRun: true, context }, { clientFor: clients, recorder, logger });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'plan.json'), secrets.redact(JSON.stringify(out.plan, null, 2)) + '\n', { mode: 0o600 });
            const changing = out.plan.instances.filter((i) => i.changes.length > 0).length;
            const ok = out.plan.batches.length === 2 && out.plan.blockers.length === 0 && changing === 3;
            return { ok, actual: `${out.plan.batches.length} batches (${out.plan.batches.map((b) => b.instances.length).join('+')}), ${changing} instance(s) change, digest ${out.plan.digest.slice(0, 19)}`, details: { digest: out.plan.digest, blockers: out.plan.blockers } };
        })))
            throw new StepFailed('plan');
        const goodDigests = new Map();
        if (!(await step('deploy', 'succeeded in 2 batches, 3 applied', async () => {
            const out = await (0,_deploy_engine_js__WEBPACK_IMPORTED_MODULE_9__.runDeployment)({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
            writeDeployFiles(outDir, 'deploy-v1', out, secrets);
            for (const inst of pre.selected)
                goodDigests.set(inst.id, (0,_deploy_content_js__WEBPACK_IMPORTED_MODULE_8__/* .contentDigest */ .eZ)((await clients(inst).configGet()).config));
            const r = out.report;
            const ok = r.result === 'succeeded' && r.batches.length === 2 && r.counts.applied === 3;
            return { ok, actual: `${r.result}: v${r.version}, ${r.batches.length} batches, ${r.counts.applied} applied, ${r.writes} write(s)`, details: { deploymentId: r.deploymentId, version: r.version } };
        })))
            throw new StepFailed('deploy');
        let goodChatMs = CHAT_TIMEOUT_MS;
        const smoke = async (label, chatTimeoutMs) => {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'screenshots', label);
            const report = await (0,_smoke_run_smoke_js__WEBPACK_IMPORTED_MODULE_18__.runSmoke)({
                targets: pre.selected.map((i) => ({ id: i.id, url: i.url, token: pre.tokens.get(i.id) ?? '' })),
                browserPath: browser.path,
                screenshotsDir: dir,
                chat: { via: 'api', prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: chatTimeoutMs },
                timeoutMs: chatTimeoutMs + 60_000,
                concurrency: 3,
                pairDevices: false,
                expectedVersion: pinnedVersion,
                secrets,
                logger,
                ...(opts.signal ? { signal: opts.signal } : {}),
            });
            const digested = (0,_smoke_report_js__WEBPACK_IMPORTED_MODULE_17__.writeReport)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, `smoke-${label}.json`), report);
            for (const i of digested.instances)
                if (i.screenshot)
                    screenshots.push((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, i.screenshot));
            return digested;
        };
        const smokeLine = (r) => `${r.result}: ${r.instances.map((i) => `${i.id} ${i.status}${i.status === 'healthy' ? '' : ` (${i.reasons[0] ?? ''})`}`).join(', ')}`;
        if (!(await step('smoke', 'every instance healthy or degraded (not failed), chat answered, screenshots taken', async () => {
            const r = await smoke('v1', CHAT_TIMEOUT_MS);
            const latencies = r.instances.flatMap((i) => i.checks.filter((c) => c.name === 'chat' && c.status === 'pass').map((c) => Number(c.data?.['latencyMs'] ?? 0)));
            goodChatMs = Math.max(0, ...latencies);
            const shots = r.instances.filter((i) => i.screenshot).length;
            return { ok: r.result !== 'failed' && shots === r.instances.length, actual: `${smokeLine(r)}; ${shots} screenshot(s)`, details: { result: r.result, digest: r.digest } };
        })))
            throw new StepFailed('smoke');
        let badDeploymentId;
        let engineRolledBack = false;
        if (!(await step('bad-change', 'v2 validates and is deployed (its health gates stay green) or rolled back by the engine', async () => {
            const bad = await (0,_deploy_preflight_js__WEBPACK_IMPORTED_MODULE_10__.preflight)({ configFile: badFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
            const out = await (0,_deploy_engine_js__WEBPACK_IMPORTED_MODULE_9__.runDeployment)({ environment: ENVIRONMENT, config: bad.config, source: bad.source, instances: bad.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
            writeDeployFiles(outDir, 'deploy-v2', out, secrets);
            badDeploymentId = out.report.deploymentId;
            engineRolledBack = out.report.counts['rolled-back'] > 0;
            const r = out.report;
            return { ok: r.result === 'succeeded' || engineRolledBack, actual: `${r.result}: v${r.version}, ${r.counts.applied} applied, ${r.counts['rolled-back']} rolled back by the engine`, details: { deploymentId: r.deploymentId, result: r.result } };
        })))
            throw new StepFailed('bad-change');
        if (!(await step('gate', 'smoke FAILS on the chat check (the agents cannot reach their model)', async () => {
            if (engineRolledBack)
                return { ok: true, actual: 'the deploy engine already rolled v2 back at its batch gate' };
            // The bad release gets three times what the slowest good chat turn needed (30 s … 120 s): enough for
            // the agent to reach its model and report why it cannot, without waiting out all of its retries.
            const gateMs = Math.min(CHAT_TIMEOUT_MS, Math.max(30_000, 3 * goodChatMs));
            const r = await smoke('v2', gateMs);
            // Caught for the right reason: the chat check failed AND the agent's own events show the model
            // failing (an error or a provider retry) — a chat that merely timed out while the agent was still
            // preparing (a slow host) would prove nothing about v2.
            const chatFailed = r.instances.filter((i) => i.checks.some((c) => c.name === 'chat' && c.status === 'fail' && /the agent reported|last status|provider|model/i.test(c.summary)));
            return { ok: r.result === 'failed' && chatFailed.length === r.instances.length, actual: `${smokeLine(r)}`, details: { result: r.result, chatFailed: chatFailed.map((i) => i.id) } };
        })))
            throw new StepFailed('gate');
        if (!(await step('rollback', 'rolled-back: every instance restored to its pre-v2 snapshot', async () => {
            if (engineRolledBack) {
                rolledBack = true;
                return { ok: true, actual: 'already rolled back by the engine' };
            }
            const out = await (0,_deploy_auto_rollback_js__WEBPACK_IMPORTED_MODULE_7__.runAutoRollback)({ environment: ENVIRONMENT, instances: pre.selected, ...(badDeploymentId ? { deploymentId: badDeploymentId } : {}), scope: 'deployment', trigger: 'gate', policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, 'rollback.json'), secrets.redact(JSON.stringify({ ...out, deployment: out.deployment?.report }, null, 2)) + '\n', { mode: 0o600 });
            rolledBack = out.result === 'rolled-back';
            return { ok: rolledBack && (out.rollback?.changed ?? 0) === 3, actual: `${out.result}: ${out.message}`, details: { result: out.result, changed: out.rollback?.changed } };
        })))
            throw new StepFailed('rollback');
        await step('final-smoke', 'smoke not failed and every gateway runs exactly the v1 content again', async () => {
            const r = await smoke('final', CHAT_TIMEOUT_MS);
            for (const inst of pre.selected) {
                const final = (0,_deploy_content_js__WEBPACK_IMPORTED_MODULE_8__/* .contentDigest */ .eZ)((await clients(inst).configGet()).config);
                const good = goodDigests.get(inst.id) ?? '';
                finalConfigs.push({ id: inst.id, good, final, equal: good === final });
            }
            const same = finalConfigs.every((c) => c.equal);
            return { ok: r.result !== 'failed' && same, actual: `${smokeLine(r)}; configs ${same ? 'equal to v1 on every gateway' : `DIFFER on ${finalConfigs.filter((c) => !c.equal).map((c) => c.id).join(', ')}`}`, details: { result: r.result } };
        });
    }
    catch (e) {
        if (!(e instanceof StepFailed))
            steps.push({ name: 'internal', title: 'Demo harness', expected: 'no error', actual: secrets.redact(`error: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorMessage */ .u1)(e)}`), status: 'failed', durationMs: 0 });
    }
    finally {
        say('▶ Stopping every process the demo started');
        await Promise.allSettled([fleet?.stop(), stub?.stop()]);
    }
    for (const name of Object.keys(STEP_TITLES)) {
        if (!steps.some((s) => s.name === name))
            steps.push({ name, title: STEP_TITLES[name], expected: '', actual: 'not run (an earlier step failed)', status: 'skipped', durationMs: 0 });
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(auditSrc))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files.audit, secrets.redact((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(auditSrc, 'utf8')), { mode: 0o600 });
    const report = {
        schema: 1,
        tool: 'clawfleet/demo',
        ok: steps.every((s) => s.status === 'ok'),
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        outDir,
        steps,
        instances: instanceIds,
        finalConfigs,
        rolledBack,
        screenshots,
        files,
    };
    const text = JSON.stringify(report, null, 2) + '\n';
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files.report, secrets.redact(text), { mode: 0o600 });
    return report;
}
function writeDeployFiles(outDir, name, out, secrets) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, `${name}.json`), secrets.redact(JSON.stringify({ plan: out.plan, report: out.report }, null, 2)) + '\n', { mode: 0o600 });
}
/** Renders the report as the table the CLI prints. */
function formatDemoReport(r) {
    const icon = (s) => (s === 'ok' ? '✔' : s === 'failed' ? '✘' : '·');
    const lines = [
        '',
        `clawfleet demo: ${r.ok ? 'every step behaved as expected' : 'A STEP MISBEHAVED'} (${(r.durationMs / 1000).toFixed(0)} s)`,
        '',
        ...r.steps.map((s) => `${icon(s.status)} ${s.title.padEnd(62)} ${(s.durationMs / 1000).toFixed(1).padStart(6)} s\n    ${s.status === 'failed' ? `expected: ${s.expected}\n    got:      ` : ''}${s.actual}`),
        '',
        `report:      ${r.files.report}`,
        `audit log:   ${r.files.audit}`,
        `screenshots: ${r.screenshots.length} under ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(r.outDir, 'screenshots')}`,
        '',
    ];
    return lines.join('\n');
}
/**
 * A hostname that resolves to 127.0.0.1 but is not an IP literal or `localhost` (OpenClaw treats a
 * provider on those as keyless, and the demo wants a provider that needs its key).
 */
async function loopbackHostname() {
    const candidates = [(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(), 'localhost.localdomain'].filter((h) => h && h !== 'localhost');
    for (const h of candidates) {
        try {
            const r = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.lookup)(h, { family: 4 });
            if (r.address.startsWith('127.'))
                return h;
        }
        catch {
            // next candidate
        }
    }
    throw new Error(`the demo needs a hostname other than "localhost" that resolves to 127.0.0.1 (tried ${candidates.join(', ')}); add one to /etc/hosts`);
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
function demoLogger(say) {
    return {
        debug: () => undefined,
        info: (m) => say(`    ${m}`),
        warning: (m) => say(`    warning: ${m}`),
        error: (m) => say(`    error: ${m}`),
        group: async (title, fn) => {
            say(`    ${title}`);
            return fn();
        },
    };
}


/***/ }),

/***/ 75181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postDeployCheck: () => (/* binding */ postDeployCheck),
/* harmony export */   runAutoRollback: () => (/* binding */ runAutoRollback)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55228);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73941);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88486);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20420);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70453);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24283);
/**
 * auto-rollback (issue #4): put an environment back after a deployment.
 *
 * Two modes:
 * - **snapshot** (default): restore the recorded snapshot of every instance the deployment changed (this
 *   run's manifest file, or the one in the state store — found in a LATER workflow run too), optionally
 *   only the failed waves (`scope: failed-waves`). Idempotent: when every instance already matches its
 *   snapshot, no write is sent and the result says so (`unchanged`).
 * - **to-version** (`N-1` = the version that ran before the current one, or a named version): deploy that
 *   version's recorded config as a new, gated, rolling operation, recorded like any deployment.
 *
 * Triggers: `gate` (a failed batch gate — rolling-deploy's own rollback, or this action under
 * `if: failure()`), `manual`, and `post-deploy-check`: after a delay, probe a random 10 % sample of the
 * instances the deployment changed and roll back only when health dropped against the pre-deploy baseline
 * (the score recorded before each push) by more than the threshold on more than the allowed share.
 */








async function runAutoRollback(req, deps) {
    if (req.toVersion !== undefined)
        return rollbackToVersion(req, deps);
    return rollbackToSnapshots(req, deps);
}
async function rollbackToVersion(req, deps) {
    const { recorder } = deps;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const current = await recorder.readCurrent();
    const target = req.toVersion === 'previous' ? await recorder.previousVersion() : req.toVersion;
    if (target === undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`to-version: previous — environment '${recorder.environment}' has no earlier successful version (current: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(current?.version)}; history in ${recorder.store.description}). Name a version (e.g. to-version: v3) or restore a deployment's snapshots (leave to-version empty).`);
    }
    const rec = await recorder.readVersion(target);
    if (!rec) {
        const known = await recorder.listVersions();
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`to-version: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} is not in the version registry of '${recorder.environment}' (known: ${known.map((v) => (0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(v)).join(', ') || 'none'}).`);
    }
    logger.info(`rolling back ${recorder.environment} to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} (${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(current?.version)} now) as a new gated deployment`);
    const deployment = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__.runDeployment)({ kind: 'rollback-to-version', environment: req.environment, config: rec.config, ...(rec.source ? { source: rec.source } : {}), instances: req.instances, policy: req.policy, dryRun: req.dryRun === true, context: req.context }, { clientFor: deps.clientFor, recorder, ...(deps.clock ? { clock: deps.clock } : {}), logger, ...(deps.pacer ? { pacer: deps.pacer } : {}), ...(deps.probe ? { probe: deps.probe } : {}), ...(deps.signal ? { signal: deps.signal } : {}), ...(deps.pollMs ? { pollMs: deps.pollMs } : {}) });
    const r = deployment.report;
    const result = r.result === 'planned' ? 'planned' : r.result === 'succeeded' ? (r.writes === 0 ? 'unchanged' : 'rolled-back') : r.stopReasons.some((s) => s.includes('manual intervention')) ? 'manual-intervention' : 'stopped';
    const message = result === 'unchanged'
        ? `every instance already runs ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}: no write was sent`
        : result === 'rolled-back'
            ? `${r.counts.applied} instance(s) back on ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}`
            : result === 'planned'
                ? `dry run: ${r.counts.untouched} instance(s) would be set to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)}`
                : `the rollback to ${(0,_records_js__WEBPACK_IMPORTED_MODULE_6__.formatVersion)(target)} stopped: ${r.stopReasons.join('; ')}`;
    return { result, message, deploymentId: r.deploymentId, version: result === 'rolled-back' || result === 'unchanged' ? target : current?.version, deployment, writes: r.writes };
}
async function rollbackToSnapshots(req, deps) {
    const { recorder } = deps;
    const clock = deps.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const logger = deps.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const probe = deps.probe ?? _fleet_health_js__WEBPACK_IMPORTED_MODULE_2__/* .probeInstance */ .cu;
    const policy = req.policy;
    const id = req.deploymentId ?? req.manifest?.deploymentId ?? (await recorder.latestDeployment((d) => d.kind !== 'rollback'))?.deploymentId;
    if (!id)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no deployment is recorded for environment '${recorder.environment}' in ${recorder.store.description}: nothing to roll back. Fix: check environment and the state-* inputs (the same as rolling-deploy's).`);
    const record = await recorder.readDeployment(id);
    const manifest = req.manifest ?? (await recorder.readManifest(id));
    if (!manifest || Object.keys(manifest.entries).length === 0) {
        return { result: 'unchanged', message: `deployment ${id} recorded no snapshot (it wrote nothing): nothing to roll back, no write sent`, deploymentId: id, writes: 0 };
    }
    const written = (rid) => (record ? record.instances[rid]?.written === true : true);
    let ids = Object.keys(manifest.entries).filter(written);
    if (req.scope === 'failed-waves') {
        const failed = new Set(record?.failedWaves ?? []);
        ids = ids.filter((rid) => failed.has(record?.instances[rid]?.wave ?? manifest.entries[rid].wave));
        if (ids.length === 0)
            return { result: 'unchanged', message: `deployment ${id} has no failed wave (scope: failed-waves): nothing to roll back, no write sent`, deploymentId: id, writes: 0 };
    }
    const specs = new Map(req.instances.map((s) => [s.id, s]));
    const missing = ids.filter((rid) => !specs.has(rid));
    if (missing.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the inventory has no instance ${missing.slice(0, 10).join(', ')} that deployment ${id} changed: roll back with the inventory used for the deployment.`);
    const clients = new Map(ids.map((rid) => [rid, deps.clientFor(specs.get(rid))]));
    if (req.dryRun) {
        return { result: 'planned', message: `dry run: would restore up to ${ids.length} instance(s) of deployment ${id} (those whose content differs from their snapshot)`, deploymentId: id, writes: 0 };
    }
    await recorder.acquireLock(req.context.owner, 'rollback', id);
    const watch = new _clock_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressWatchdog */ .TL(clock, policy.progressDeadlineSeconds * 1000, deps.signal);
    try {
        let check;
        if (req.trigger === 'post-deploy-check') {
            check = await postDeployCheck(ids, clients, record, req.postCheck ?? { delaySeconds: 0, sampleRatio: 0.1, maxScoreDrop: 20, errorRate: policy.rollbackErrorRate }, { clock, probe, signal: watch.signal, minHealthScore: policy.minHealthScore, logger });
            await recorder.audit({ event: 'post-check', deploymentId: id, attempt: record?.attempts ?? 1, actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl, outcome: check.triggered ? 'degraded' : 'healthy', instances: check.degraded.map((d) => ({ id: d.id, status: 'degraded', reason: d.reason })), detail: `sampled ${check.sampled.length}: ${check.sampled.join(', ')}` });
            if (!check.triggered) {
                await recorder.flush(`post-deploy check of ${id}: healthy`);
                return { result: 'not-needed', message: `post-deploy check: ${check.degraded.length}/${check.sampled.length} sampled instance(s) degraded (≤ ${Math.round((req.postCheck?.errorRate ?? policy.rollbackErrorRate) * 100)} %): no rollback`, deploymentId: id, check, writes: 0 };
            }
        }
        await recorder.audit({ event: 'rollback-start', deploymentId: id, attempt: record?.attempts ?? 1, actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl, ...(record?.fromVersion !== undefined ? { toVersion: record.fromVersion } : {}), detail: `trigger: ${req.trigger}; scope ${req.scope}; ${ids.length} instance(s)` });
        await recorder.flush(`rollback of ${id} start`);
        const rollback = await (0,_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .restoreSnapshots */ .M)({
            manifest,
            targets: ids.map((rid) => ({ id: rid, client: clients.get(rid), ...(record?.instances[rid]?.appliedContentDigest ? { appliedContentDigest: record.instances[rid].appliedContentDigest } : {}) })),
            trigger: req.trigger,
            scope: req.scope,
            ops: {
                clock,
                pacer: deps.pacer ?? (0,_pacer_js__WEBPACK_IMPORTED_MODULE_5__/* .sharedPacer */ .f6)(),
                signal: watch.signal,
                writeSignal: watch.signal,
                restartTimeoutMs: policy.restartTimeoutSeconds * 1000,
                restartCooldownMs: policy.restartCooldownSeconds * 1000,
                pollMs: deps.pollMs ?? 1000,
            },
            logger,
            concurrency: policy.concurrency,
            note: `clawfleet rollback of ${id} (${req.trigger})`,
            ...(req.force ? { force: true } : {}),
            onProgress: () => watch.progress(),
        });
        const result = !rollback.ok ? 'manual-intervention' : rollback.changed > 0 ? 'rolled-back' : 'unchanged';
        await recorder.audit({
            event: 'rollback-end',
            deploymentId: id,
            attempt: record?.attempts ?? 1,
            actor: req.context.actor,
            ticket: req.context.ticket,
            runUrl: req.context.runUrl,
            outcome: result,
            instances: rollback.instances.map((i) => ({ id: i.id, status: i.status, ...(i.reason ? { reason: i.reason.slice(0, 200) } : {}) })),
        });
        let version;
        if (record && rollback.ok) {
            const next = { ...record, status: 'rolled-back', updatedAt: new Date(clock.now()).toISOString() };
            for (const r of rollback.instances) {
                const st = next.instances[r.id];
                if (st && (r.status === 'restored' || r.status === 'unchanged'))
                    next.instances[r.id] = { ...st, status: 'rolled-back' };
            }
            await recorder.writeDeployment(next);
            const current = await recorder.readCurrent();
            // The environment runs the version from before the deployment again (when the deployment had become current).
            if (req.scope === 'deployment' && record.fromVersion !== undefined && current?.version === record.version && result === 'rolled-back') {
                const from = await recorder.readVersion(record.fromVersion);
                if (from)
                    await recorder.setCurrent(from.version, from.digest, id);
            }
            version = (await recorder.readCurrent())?.version;
        }
        await recorder.flush(`rollback of ${id}: ${result}`);
        const message = result === 'unchanged'
            ? `every instance of deployment ${id} is already on its recorded snapshot: no write was sent`
            : result === 'rolled-back'
                ? `${rollback.changed} instance(s) of deployment ${id} restored to their recorded snapshots`
                : rollback.manualIntervention ?? 'manual intervention required';
        return { result, message, deploymentId: id, ...(version !== undefined ? { version } : {}), rollback, ...(check ? { check } : {}), writes: rollback.writes };
    }
    finally {
        watch.stop();
        await recorder.releaseLock(req.context.owner).catch(() => undefined);
    }
}
/**
 * The post-deploy check: after `delaySeconds`, probe a random sample of the deployment's instances and
 * compare each with its pre-deploy score. Degraded = unreachable, below the minimum score, or a drop of
 * more than `maxScoreDrop` points. Triggers when the degraded share exceeds `errorRate`.
 */
async function postDeployCheck(ids, clients, record, opts, deps) {
    if (opts.delaySeconds > 0) {
        deps.logger.info(`post-deploy check: waiting ${opts.delaySeconds} s before sampling`);
        await deps.clock.sleep(opts.delaySeconds * 1000, deps.signal);
    }
    const random = opts.random ?? Math.random;
    const pool = [...ids];
    for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const n = Math.min(pool.length, Math.max(1, Math.ceil(pool.length * opts.sampleRatio)));
    const sampled = pool.slice(0, n).sort();
    const degraded = [];
    await Promise.all(sampled.map(async (id) => {
        const p = await deps.probe(clients.get(id), { signal: deps.signal });
        const before = record?.instances[id]?.scoreBefore;
        const after = p.score.score;
        if (!p.reachable)
            degraded.push({ id, ...(before !== undefined ? { before } : {}), after, reason: `unreachable: ${p.error?.message ?? 'no answer'}` });
        else if (after < deps.minHealthScore)
            degraded.push({ id, ...(before !== undefined ? { before } : {}), after, reason: `health score ${after} < ${deps.minHealthScore} (${p.score.reasons.join('; ')})` });
        else if (before !== undefined && before - after > opts.maxScoreDrop)
            degraded.push({ id, before, after, reason: `health dropped ${before} → ${after} (more than ${opts.maxScoreDrop} points)` });
    }));
    const errorRate = degraded.length / sampled.length;
    deps.logger.info(`post-deploy check: ${degraded.length}/${sampled.length} sampled instance(s) degraded (${Math.round(errorRate * 100)} %)`);
    return { sampled, degraded: degraded.sort((a, b) => a.id.localeCompare(b.id)), errorRate, triggered: errorRate > opts.errorRate + 1e-9 };
}


/***/ }),

/***/ 89536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCleanRef: () => (/* binding */ checkCleanRef),
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _config_located_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21564);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43807);
/* harmony import */ var _fleet_merge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44712);
/* harmony import */ var _fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66868);
/* harmony import */ var _validate_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80575);
/* harmony import */ var _validate_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58107);
/**
 * Preflight of a deployment (issue #4 step 1), everything that must hold BEFORE the first RPC:
 * the config validates (fast engine by default, exact when asked) with deploy-time env rules, the inventory
 * parses, the selector and the exclusions name real instances, every selected instance's token is set, and
 * (when asked) the checkout is a clean tag. Any problem is a UserError naming the file:line or the input.
 *
 * The desired config handed to the engine is the loader's `authored` tree — includes merged, `${VAR}` left
 * verbatim (see plan.ts for why that is what the gateway must store).
 */










const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Validates and loads everything a deployment needs (see module doc). */
async function preflight(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const env = opts.env ?? process.env;
    const envMode = opts.envMode ?? 'warn';
    const validation = await (0,_validate_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validateFiles */ .kc)([opts.configFile], { engine: opts.engine ?? 'fast', envMode, env, cwd });
    if ((0,_validate_format_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailed */ .C5)(validation)) {
        const text = (0,_validate_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatReport */ .CI)(validation, { color: false }).trimEnd();
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config does not validate; nothing was deployed:\n${text}`, firstLocation(validation));
    }
    const load = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z)(opts.configFile, { env, envMode, cwd });
    if (!load.authored || load.issues.length > 0) {
        const i = load.issues[0];
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config could not be loaded: ${i ? `${i.file}:${i.line}:${i.column}: ${i.message}` : 'unknown error'}`, i ? { file: i.file, line: i.line, column: i.column } : undefined);
    }
    const config = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_4__/* .toPlain */ .Ul)(load.authored);
    if (!(0,_fleet_merge_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Q)(config))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the config ${opts.configFile} is not an object`);
    const inventory = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.loadInventory)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.inventoryFile), { ...(opts.hostAllowlist ? { hostAllowlist: opts.hostAllowlist } : {}) });
    const selectedAll = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.selectInstances)(inventory, opts.selector);
    const excludeIds = [...new Set((opts.exclude ?? []).map((s) => s.trim()).filter(Boolean))];
    const known = new Set(inventory.instances.map((i) => i.id));
    const unknown = excludeIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The value '${unknown.join(', ')}' is not valid for 'exclude': no instance has that id in ${opts.inventoryFile}.`);
    const excluded = selectedAll.filter((i) => excludeIds.includes(i.id)).map((spec) => ({ spec, reason: 'excluded by the exclude input' }));
    const selected = selectedAll.filter((i) => !excludeIds.includes(i.id));
    if (selected.length === 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('every selected instance is excluded: nothing to deploy');
    const tokens = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_7__.resolveTokens)({ file: inventory.file, instances: selected }, env);
    for (const t of tokens.values())
        opts.secrets?.add(t);
    const root = opts.repoRoot ?? cwd;
    const rel = (f) => {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(f) ? f : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, f);
        const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
        return r.startsWith('..') ? abs : r.split('\\').join('/');
    };
    const source = { ...(opts.source ?? {}), entry: rel(opts.configFile), files: load.files.map(rel) };
    return { config, source, validation, inventory, selected, excluded, tokens };
}
function firstLocation(report) {
    for (const f of report.files) {
        const i = f.issues.find((x) => x.severity === 'error') ?? f.lint.find((x) => x.severity === 'error');
        if (i)
            return { file: i.file, line: i.line, column: i.column };
    }
    return undefined;
}
/**
 * `require-clean-ref`: production deploys come from a tag and a clean checkout ("prod must be clean").
 * `ref` is GITHUB_REF when in a workflow; otherwise HEAD must sit exactly on a tag.
 */
async function checkCleanRef(opts) {
    // Only the end is trimmed: porcelain lines start with a status column that may be a space.
    const git = async (args) => (await exec('git', ['-c', `safe.directory=${opts.cwd}`, '-C', opts.cwd, ...args], { encoding: 'utf8' })).stdout.trimEnd();
    let tag;
    if (opts.ref) {
        if (!opts.ref.startsWith('refs/tags/')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: require-clean-ref is on and this run is for ${opts.ref}, not a tag. Fix: dispatch the workflow on a release tag (refs/tags/…).`);
        }
        tag = opts.ref.slice('refs/tags/'.length);
    }
    else {
        try {
            tag = await git(['describe', '--exact-match', '--tags', 'HEAD']);
        }
        catch {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('prod must be clean: require-clean-ref is on and HEAD is not exactly on a tag. Fix: check out a release tag.');
        }
    }
    let status;
    try {
        status = await git(['status', '--porcelain', '--untracked-files=normal']);
    }
    catch (e) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: cannot read the git status of ${opts.cwd} (${e.message.split('\n')[0]}). Fix: run from a git checkout.`);
    }
    if (status !== '') {
        const files = status.split('\n').slice(0, 10).map((l) => l.slice(3));
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`prod must be clean: the checkout has uncommitted changes (${files.join(', ')}${status.split('\n').length > 10 ? ', …' : ''}). Fix: deploy exactly what the tag holds.`);
    }
    return { tag };
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
 * sharing the folder cannot both take the lock. Everything is durable when a call returns; `flush` is a
 * no-op. Files are 0600 and folders 0700: the audit log names instances and actors.
 */




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
            for (let attempt = 0; attempt < 3; attempt++) {
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
                let existing;
                try {
                    existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs, 'utf8');
                }
                catch (e) {
                    if (e.code === 'ENOENT')
                        continue; // released meanwhile: try again
                    throw e;
                }
                if (!canReplace(existing))
                    return { ok: false, existing };
                // Replace by remove + exclusive create, so a concurrent taker that wins the create is not overwritten.
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(abs, { force: true });
            }
            const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs, 'utf8');
            return { ok: false, existing };
        });
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


/***/ }),

/***/ 22711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   reportDigest: () => (/* binding */ reportDigest),
/* harmony export */   verifyDigest: () => (/* binding */ verifyDigest),
/* harmony export */   withDigest: () => (/* binding */ withDigest),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34876);
/**
 * The smoke report as it leaves the run: the JSON file (with a sha256 digest of its canonical form, for the
 * audit line of a deployment), and the Markdown for the job summary — one row per instance with its checks,
 * the reasons of every instance that is not healthy, and the screenshots.
 */




/** JSON with object keys sorted at every level: the same report always hashes the same. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** `sha256:<hex>` of the canonical JSON of the report without its `digest` field. */
function reportDigest(report) {
    const { digest: _ignored, ...rest } = report;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest)).digest('hex')}`;
}
/** Adds the digest. */
function withDigest(report) {
    return { ...report, digest: reportDigest(report) };
}
/** Whether a written report still matches its digest (for readers such as the audit trail). */
function verifyDigest(report) {
    return report.digest === reportDigest(report);
}
/** Writes the report (pretty JSON, 0644, folders created) and returns the digested report. */
function writeReport(file, report) {
    const digested = withDigest(report);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, JSON.stringify(digested, null, 2) + '\n');
    return digested;
}
const STATUS_ICON = { healthy: '✅ healthy', degraded: '⚠️ degraded', failed: '❌ failed' };
const CHECK_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
/** Escapes text for one Markdown table cell (a `|` or newline in a gateway message must not break the row). */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}
function table(headers, rows) {
    return [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/** The job summary Markdown. */
function renderSummary(report, opts = {}) {
    const c = report.counts;
    const lines = [];
    lines.push(`## Smoke test: ${STATUS_ICON[report.result]}`);
    lines.push('');
    const facts = [
        `${report.instances.length} instance(s): ${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed`,
        report.expectedVersion ? `expected OpenClaw ${report.expectedVersion.version} (${report.expectedVersion.source})` : 'no version pinned',
        `browser ${report.settings.browser ? 'on' : 'off'}`,
        `chat ${report.settings.chat === 'off' ? 'off' : `via ${report.settings.chat}`}`,
        ...(report.settings.wsLoadConnections ? [`WebSocket load ${report.settings.wsLoadConnections} connections`] : []),
        `${(report.durationMs / 1000).toFixed(1)} s`,
    ];
    lines.push(facts.join(' · '));
    lines.push('');
    // Columns: the checks that ran for at least one instance, in the canonical order.
    const present = new Set();
    for (const i of report.instances)
        for (const ch of i.checks)
            present.add(ch.name);
    const cols = _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_NAMES */ .c.filter((n) => present.has(n));
    const max = opts.maxRows ?? 200;
    const rows = report.instances.slice(0, max).map((i) => {
        const byName = new Map(i.checks.map((ch) => [ch.name, ch]));
        return [i.id, STATUS_ICON[i.status], i.version ?? '—', ...cols.map((n) => (byName.get(n) ? CHECK_ICON[byName.get(n).status] : '—')), i.reasons[0] ?? ''];
    });
    lines.push(table(['instance', 'status', 'OpenClaw', ...cols, 'first reason'], rows));
    if (report.instances.length > max)
        lines.push('', `…and ${report.instances.length - max} more instance(s) in the report file.`);
    const bad = report.instances.filter((i) => i.status !== 'healthy');
    if (bad.length) {
        lines.push('', '### Why');
        for (const i of bad.slice(0, max)) {
            lines.push('', `**${cell(i.id)}** — ${STATUS_ICON[i.status]}`);
            for (const r of i.reasons.slice(0, 12))
                lines.push(`- ${r.replace(/\r?\n/g, ' ')}`);
        }
    }
    const shots = report.instances.filter((i) => i.screenshot);
    if (shots.length) {
        lines.push('', '### Screenshots', '');
        lines.push(`In \`${opts.screenshotsDir ?? 'screenshots-dir'}\` (upload the folder as an artifact to keep them):`);
        lines.push('');
        for (const i of shots.slice(0, max))
            lines.push(`- \`${i.screenshot}\` — ${cell(i.id)} (${i.status})`);
    }
    lines.push('');
    if (opts.reportFile)
        lines.push(`Report: \`${opts.reportFile}\`${opts.digest ? ` (${opts.digest})` : ''}`);
    return lines.join('\n') + '\n';
}
/** A few plain lines for a terminal (the CLI's human mode). */
function renderText(report) {
    const out = [`smoke: ${report.result} (${report.counts.healthy} healthy, ${report.counts.degraded} degraded, ${report.counts.failed} failed)`];
    for (const i of report.instances) {
        out.push(`  ${i.id}: ${i.status}${i.version ? ` (${i.version})` : ''}`);
        for (const r of i.reasons)
            out.push(`    - ${r}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=965.index.js.map