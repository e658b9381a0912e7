export const id = 5317;
export const ids = [5317];
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

/***/ 55317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatDemoReport: () => (/* binding */ formatDemoReport),
  runDemo: () => (/* binding */ runDemo)
});

// UNUSED EXPORTS: defaultConfigRepo, loopbackHostname

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/package-root.ts
var package_root = __webpack_require__(52334);
// EXTERNAL MODULE: ./src/common/secrets.ts
var common_secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/deploy/auto-rollback.ts
var auto_rollback = __webpack_require__(75181);
// EXTERNAL MODULE: ./src/deploy/content.ts
var content = __webpack_require__(81562);
// EXTERNAL MODULE: ./src/deploy/engine.ts
var engine = __webpack_require__(40417);
// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(89536);
// EXTERNAL MODULE: ./src/deploy/records.ts
var records = __webpack_require__(70453);
// EXTERNAL MODULE: ./src/deploy/store/dir.ts
var dir = __webpack_require__(81082);
// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
// EXTERNAL MODULE: ./src/fleet/client.ts
var client = __webpack_require__(89157);
// EXTERNAL MODULE: ./src/provision/provision.ts + 4 modules
var provision = __webpack_require__(81895);
// EXTERNAL MODULE: ./src/smoke/browser.ts
var smoke_browser = __webpack_require__(72965);
// EXTERNAL MODULE: ./src/smoke/report.ts
var smoke_report = __webpack_require__(22711);
// EXTERNAL MODULE: ./src/smoke/run-smoke.ts + 5 modules
var run_smoke = __webpack_require__(12533);
// EXTERNAL MODULE: ./src/validate/validate.ts + 4 modules
var validate = __webpack_require__(58107);
;// CONCATENATED MODULE: ./src/demo/cpu.ts
/**
 * CPU time of a process tree, for the demo's per-step table. Wall time alone says little on a shared 2-core
 * machine (the same step took 52 s at load 15 and 20 s on an idle host); the CPU seconds the demo and
 * everything it started (gateways, their helpers, the browser, `openclaw` CLI runs) spent are what a step
 * costs, and what a faster demo has to cut.
 *
 * Linux only (/proc); elsewhere every reading is undefined and the table shows wall time alone.
 */

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on every mainstream Linux). */
const TICKS_PER_SECOND = 100;
function readTimes(pid) {
    try {
        const text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // comm may hold spaces and parentheses: the fields start after the LAST ')'. Index 0 is field 3 (state).
        const f = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
        const n = (i) => Number(f[i] ?? 0);
        return { ppid: n(1), own: n(11) + n(12), reaped: n(13) + n(14) };
    }
    catch {
        return undefined;
    }
}
/**
 * Milliseconds of CPU used so far by `pid` and every descendant, alive or already reaped by its parent
 * (a reaped process's time lives on in its parent's cutime/cstime; a live one's in its own fields, so
 * nothing is counted twice). A process orphaned by its parent's death is reaped by init and drops out, so
 * measure while the tree is up. Undefined when /proc is not readable.
 */
function treeCpuMs(pid = process.pid) {
    const root = readTimes(pid);
    if (!root)
        return undefined;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const byParent = new Map();
    for (const name of entries) {
        if (!/^\d+$/.test(name))
            continue;
        const child = Number(name);
        const t = readTimes(child);
        if (!t)
            continue;
        const list = byParent.get(t.ppid) ?? [];
        list.push({ pid: child, t });
        byParent.set(t.ppid, list);
    }
    let ticks = root.own + root.reaped;
    const queue = [...(byParent.get(pid) ?? [])];
    while (queue.length > 0) {
        const p = queue.shift();
        ticks += p.t.own + p.t.reaped;
        queue.push(...(byParent.get(p.pid) ?? []));
    }
    return Math.round((ticks * 1000) / TICKS_PER_SECOND);
}

;// CONCATENATED MODULE: ./src/demo/scenario.ts
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
    // The package root holds action-fixtures/, from the sources and from dist/cli/ alike; both are two
    // levels below it, the fallback when no package.json is found (a copied tree).
    const root = (0,package_root/* clawfleetRoot */.k)(import.meta.url)?.dir ?? (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '../..');
    return (0,external_node_path_.join)(root, 'action-fixtures', 'demo');
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
/** How the chat check words a failure caused by the model route (an early provider stop, or the agent's error). */
const PROVIDER_FAILURE = /^provider error: |^the agent run ended with status "error"/;
/** Runs the demo. Never throws for a misbehaving step (the report says so); throws only on bad options. */
async function runDemo(opts) {
    const started = Date.now();
    const loadAtStart = (0,external_node_os_.loadavg)().map(round2);
    const env = opts.env ?? process.env;
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    const basePort = opts.basePort ?? 24000;
    const stubPort = opts.stubPort ?? 24900;
    const repoSrc = (0,external_node_path_.resolve)(opts.configRepo ?? defaultConfigRepo());
    for (const f of ['openclaw.json5', 'openclaw.broken.json5', 'profiles.yaml']) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(repoSrc, f)))
            throw new Error(`the demo config repo ${repoSrc} has no ${f}`);
    }
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true, mode: 0o700 });
    const secrets = new common_secrets/* SecretRegistry */.k();
    // Every progress line carries the time since the start: the profile of a run, readable as it happens.
    const say = (line) => opts.progress?.(`${`+${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(7)} ${secrets.redact(line)}`);
    const logger = demoLogger(say);
    const steps = [];
    const screenshots = [];
    const finalConfigs = [];
    let rolledBack = false;
    const stateDir = (0,external_node_path_.join)(outDir, 'state');
    const auditSrc = (0,external_node_path_.join)(stateDir, 'environments', ENVIRONMENT, 'audit.jsonl');
    const files = { report: (0,external_node_path_.join)(outDir, 'report.json'), audit: (0,external_node_path_.join)(outDir, 'audit.jsonl'), configRepo: (0,external_node_path_.join)(outDir, 'config-repo') };
    let instanceIds = [];
    const step = async (name, expected, fn) => {
        const t0 = Date.now();
        const cpu0 = treeCpuMs();
        say(`▶ ${STEP_TITLES[name] ?? name}`);
        let s;
        try {
            opts.signal?.throwIfAborted();
            const r = await fn();
            s = { name, title: STEP_TITLES[name] ?? name, expected, actual: r.actual, status: r.ok ? 'ok' : 'failed', startMs: t0 - started, durationMs: Date.now() - t0, ...(r.details ? { details: r.details } : {}) };
        }
        catch (e) {
            s = { name, title: STEP_TITLES[name] ?? name, expected, actual: `error: ${(0,errors/* getErrorMessage */.u1)(e)}`, status: 'failed', startMs: t0 - started, durationMs: Date.now() - t0 };
        }
        s.actual = secrets.redact(s.actual);
        const cpu1 = treeCpuMs();
        if (cpu0 !== undefined && cpu1 !== undefined)
            s.cpuMs = Math.max(0, cpu1 - cpu0);
        steps.push(s);
        say(`  ${s.status === 'ok' ? '✔' : '✘'} ${s.actual} (${(s.durationMs / 1000).toFixed(1)} s${s.cpuMs !== undefined ? `, ${(s.cpuMs / 1000).toFixed(1)} s CPU` : ''})`);
        return s.status === 'ok';
    };
    // Dynamic imports: the fixtures are not part of the action bundles, only of the CLI/demo.
    const { startFleet, resolveOpenclawEntry } = await __webpack_require__.e(/* import() */ 3425).then(__webpack_require__.bind(__webpack_require__, 33425));
    const { startModelStub } = await __webpack_require__.e(/* import() */ 6845).then(__webpack_require__.bind(__webpack_require__, 96845));
    let fleet;
    let stub;
    // One browser for the three smoke runs, started while the gateways boot (it is idle until the first smoke).
    let sharedBrowser;
    const modelKey = `sk-demo-${(0,external_node_crypto_.randomBytes)(18).toString('base64url')}`;
    secrets.add(modelKey);
    try {
        const host = await loopbackHostname();
        // Before anything starts: the browser must exist (a missing one fails here, not after 3 gateway boots).
        const browser = (0,smoke_browser/* findBrowser */.Kz)({ ...(opts.browserPath ? { browserPath: opts.browserPath } : {}), env });
        const openclawEntry = resolveOpenclawEntry();
        const pinnedVersion = { version: JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(openclawEntry), 'package.json'), 'utf8')).version, source: 'package.json' };
        // Render the config repo with this host's loopback name and ports (see openclaw.json5).
        (0,external_node_fs_.mkdirSync)(files.configRepo, { recursive: true, mode: 0o700 });
        (0,external_node_fs_.cpSync)(repoSrc, files.configRepo, { recursive: true });
        for (const f of ['openclaw.json5', 'openclaw.broken.json5']) {
            const p = (0,external_node_path_.join)(files.configRepo, f);
            (0,external_node_fs_.writeFileSync)(p, (0,external_node_fs_.readFileSync)(p, 'utf8')
                .replaceAll('clawfleet-demo-model:24900', `${host}:${stubPort}`)
                .replaceAll('clawfleet-demo-model:24901', `${host}:${stubPort + 1}`));
        }
        const goodFile = (0,external_node_path_.join)(files.configRepo, 'openclaw.json5');
        const badFile = (0,external_node_path_.join)(files.configRepo, 'openclaw.broken.json5');
        const profiles = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(files.configRepo, 'profiles.yaml'), 'utf8');
        const fleetOk = await step('fleet', '3 gateways ready and the model stub listening', async () => {
            sharedBrowser = (0,smoke_browser/* launchBrowser */.Ik)(browser.path);
            // A failed launch is reported by the first smoke run's UI check (which awaits this promise).
            sharedBrowser.catch(() => undefined);
            stub = await startModelStub({ port: stubPort, apiKey: modelKey, modelId: 'demo-model', reply: 'PONG from the demo model' });
            // Release v0: the stub provider, no key yet (an agent cannot answer until provisioning).
            fleet = await startFleet({
                count: 3,
                basePort,
                dir: (0,external_node_path_.join)(outDir, 'fleet'),
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
        const store = new dir/* DirStore */.V(stateDir);
        const recorder = new records.StateRecorder(store, ENVIRONMENT, { secrets, forceUnlock: false, pidAlive });
        const context = { owner: `cli:${(0,external_node_os_.hostname)()}:${process.pid}`, actor: env['USER'] ?? 'demo', ticket: 'DEMO-1' };
        const policy = { ...types/* DEFAULT_POLICY */.zj, strategy: 'rolling', batchSize: 2, waitSeconds: 2, probeIntervalSeconds: 1, autoRollback: true, concurrency: 2 };
        const clientFor = (tokens) => (inst) => (0,client/* createGatewayClient */.kU)({ id: inst.id, url: inst.url, token: tokens.get(inst.id) ?? '' }, { timeoutMs: 15_000, logger, secrets });
        if (!(await step('validate', 'valid (fast engine, deploy-time env rules)', async () => {
            const r = await (0,validate/* validateFiles */.kc)([goodFile, badFile], { engine: 'fast', envMode: 'error', env: fleetEnv, cwd: files.configRepo });
            const bad = r.files.filter((x) => !x.valid).map((x) => x.file);
            return { ok: r.valid, actual: r.valid ? `v1 and v2 are valid OpenClaw configs (${r.engine} engine)` : `invalid: ${bad.join(', ')}`, details: { valid: r.valid } };
        })))
            throw new StepFailed('validate');
        if (!(await step('provision', 'every agent × provider ready on every gateway', async () => {
            // The gateways are independent hosts in real life: provision them in parallel (each restart is the
            // slow part).
            const tempDir = (0,external_node_path_.join)(outDir, 'tmp');
            (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true, mode: 0o700 });
            const staged = [];
            const reports = await Promise.all(f.gateways.map((g) => (0,provision.provision)({
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
                    (0,external_node_fs_.rmSync)(p, { force: true });
            });
            const ok = reports.every((r) => r.ready);
            const cells = reports.flatMap((r, i) => r.agents.flatMap((a) => a.providers.map((p) => `${f.gateways[i].id}/${a.agentId}/${p.provider}=${p.status}`)));
            return { ok, actual: `${cells.join(', ')}`, details: { ready: reports.map((r) => r.ready), changed: reports.map((r) => r.changed) } };
        })))
            throw new StepFailed('provision');
        const pre = await (0,preflight.preflight)({ configFile: goodFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
        const clients = clientFor(pre.tokens);
        if (!(await step('plan', '2 batches over 3 instances, every instance changes, no blocker', async () => {
            const out = await (0,engine.runDeployment)({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, dryRun: true, context }, { clientFor: clients, recorder, logger });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(outDir, 'plan.json'), secrets.redact(JSON.stringify(out.plan, null, 2)) + '\n', { mode: 0o600 });
            const changing = out.plan.instances.filter((i) => i.changes.length > 0).length;
            const ok = out.plan.batches.length === 2 && out.plan.blockers.length === 0 && changing === 3;
            return { ok, actual: `${out.plan.batches.length} batches (${out.plan.batches.map((b) => b.instances.length).join('+')}), ${changing} instance(s) change, digest ${out.plan.digest.slice(0, 19)}`, details: { digest: out.plan.digest, blockers: out.plan.blockers } };
        })))
            throw new StepFailed('plan');
        const goodDigests = new Map();
        if (!(await step('deploy', 'succeeded in 2 batches, 3 applied', async () => {
            const out = await (0,engine.runDeployment)({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
            writeDeployFiles(outDir, 'deploy-v1', out, secrets);
            for (const inst of pre.selected)
                goodDigests.set(inst.id, (0,content/* contentDigest */.eZ)((await clients(inst).configGet()).config));
            const r = out.report;
            const ok = r.result === 'succeeded' && r.batches.length === 2 && r.counts.applied === 3;
            return { ok, actual: `${r.result}: v${r.version}, ${r.batches.length} batches, ${r.counts.applied} applied, ${r.writes} write(s)`, details: { deploymentId: r.deploymentId, version: r.version } };
        })))
            throw new StepFailed('deploy');
        const smoke = async (label, chatTimeoutMs) => {
            const dir = (0,external_node_path_.join)(outDir, 'screenshots', label);
            const report = await (0,run_smoke.runSmoke)({
                targets: pre.selected.map((i) => ({ id: i.id, url: i.url, token: pre.tokens.get(i.id) ?? '' })),
                browserPath: browser.path,
                ...(sharedBrowser ? { sharedBrowser } : {}),
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
            const digested = (0,smoke_report.writeReport)((0,external_node_path_.join)(outDir, `smoke-${label}.json`), report);
            for (const i of digested.instances)
                if (i.screenshot)
                    screenshots.push((0,external_node_path_.join)(dir, i.screenshot));
            return digested;
        };
        const smokeLine = (r) => `${r.result}: ${r.instances.map((i) => `${i.id} ${i.status}${i.status === 'healthy' ? '' : ` (${i.reasons[0] ?? ''})`}`).join(', ')}`;
        if (!(await step('smoke', 'every instance healthy or degraded (not failed), chat answered, screenshots taken', async () => {
            const r = await smoke('v1', CHAT_TIMEOUT_MS);
            const shots = r.instances.filter((i) => i.screenshot).length;
            return { ok: r.result !== 'failed' && shots === r.instances.length, actual: `${smokeLine(r)}; ${shots} screenshot(s)`, details: { result: r.result, digest: r.digest } };
        })))
            throw new StepFailed('smoke');
        let badDeploymentId;
        let engineRolledBack = false;
        if (!(await step('bad-change', 'v2 validates and is deployed (its health gates stay green) or rolled back by the engine', async () => {
            const bad = await (0,preflight.preflight)({ configFile: badFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
            const out = await (0,engine.runDeployment)({ environment: ENVIRONMENT, config: bad.config, source: bad.source, instances: bad.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
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
            // The same smoke test and chat deadline as for v1: the chat check stops as soon as the gateway reports
            // the model failing (src/smoke/chat.ts), so the dead route costs seconds, not the agent's 90 s of retries.
            const r = await smoke('v2', CHAT_TIMEOUT_MS);
            // Caught for the right reason: the chat check failed on the provider error the gateway reported (or on
            // the agent's own terminal error) — a chat that merely timed out while the agent was still preparing (a
            // slow host) would prove nothing about v2.
            const chatFailed = r.instances.filter((i) => i.checks.some((c) => c.name === 'chat' && c.status === 'fail' && PROVIDER_FAILURE.test(c.summary)));
            return { ok: r.result === 'failed' && chatFailed.length === r.instances.length, actual: `${smokeLine(r)}`, details: { result: r.result, chatFailed: chatFailed.map((i) => i.id), chatReasons: Object.fromEntries(r.instances.map((i) => [i.id, i.checks.find((c) => c.name === 'chat')?.summary ?? ''])) } };
        })))
            throw new StepFailed('gate');
        if (!(await step('rollback', 'rolled-back: every instance restored to its pre-v2 snapshot', async () => {
            if (engineRolledBack) {
                rolledBack = true;
                return { ok: true, actual: 'already rolled back by the engine' };
            }
            const out = await (0,auto_rollback.runAutoRollback)({ environment: ENVIRONMENT, instances: pre.selected, ...(badDeploymentId ? { deploymentId: badDeploymentId } : {}), scope: 'deployment', trigger: 'gate', policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(outDir, 'rollback.json'), secrets.redact(JSON.stringify({ ...out, deployment: out.deployment?.report }, null, 2)) + '\n', { mode: 0o600 });
            rolledBack = out.result === 'rolled-back';
            return { ok: rolledBack && (out.rollback?.changed ?? 0) === 3, actual: `${out.result}: ${out.message}`, details: { result: out.result, changed: out.rollback?.changed } };
        })))
            throw new StepFailed('rollback');
        await step('final-smoke', 'smoke not failed and every gateway runs exactly the v1 content again', async () => {
            const r = await smoke('final', CHAT_TIMEOUT_MS);
            for (const inst of pre.selected) {
                const final = (0,content/* contentDigest */.eZ)((await clients(inst).configGet()).config);
                const good = goodDigests.get(inst.id) ?? '';
                finalConfigs.push({ id: inst.id, good, final, equal: good === final });
            }
            const same = finalConfigs.every((c) => c.equal);
            return { ok: r.result !== 'failed' && same, actual: `${smokeLine(r)}; configs ${same ? 'equal to v1 on every gateway' : `DIFFER on ${finalConfigs.filter((c) => !c.equal).map((c) => c.id).join(', ')}`}`, details: { result: r.result } };
        });
    }
    catch (e) {
        if (!(e instanceof StepFailed))
            steps.push({ name: 'internal', title: 'Demo harness', expected: 'no error', actual: secrets.redact(`error: ${(0,errors/* getErrorMessage */.u1)(e)}`), status: 'failed', startMs: Date.now() - started, durationMs: 0 });
    }
    finally {
        say('▶ Stopping every process the demo started');
        await Promise.allSettled([fleet?.stop(), stub?.stop(), sharedBrowser?.then((b) => b.close())]);
    }
    for (const name of Object.keys(STEP_TITLES)) {
        if (!steps.some((s) => s.name === name))
            steps.push({ name, title: STEP_TITLES[name], expected: '', actual: 'not run (an earlier step failed)', status: 'skipped', startMs: Date.now() - started, durationMs: 0 });
    }
    if ((0,external_node_fs_.existsSync)(auditSrc))
        (0,external_node_fs_.writeFileSync)(files.audit, secrets.redact((0,external_node_fs_.readFileSync)(auditSrc, 'utf8')), { mode: 0o600 });
    const stepCpu = steps.filter((s) => s.cpuMs !== undefined);
    const report = {
        schema: 1,
        tool: 'clawfleet/demo',
        ok: steps.every((s) => s.status === 'ok'),
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        ...(stepCpu.length ? { cpuMs: stepCpu.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0) } : {}),
        machine: { cpus: (0,external_node_os_.availableParallelism)(), loadAverage: { start: loadAtStart, end: (0,external_node_os_.loadavg)().map(round2) } },
        outDir,
        steps,
        instances: instanceIds,
        finalConfigs,
        rolledBack,
        screenshots,
        files,
    };
    const text = JSON.stringify(report, null, 2) + '\n';
    (0,external_node_fs_.writeFileSync)(files.report, secrets.redact(text), { mode: 0o600 });
    return report;
}
function round2(n) {
    return Math.round(n * 100) / 100;
}
function writeDeployFiles(outDir, name, out, secrets) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(outDir, `${name}.json`), secrets.redact(JSON.stringify({ plan: out.plan, report: out.report }, null, 2)) + '\n', { mode: 0o600 });
}
/** Renders the report as the table the CLI prints: per step its outcome, wall time and CPU time. */
function formatDemoReport(r) {
    const icon = (s) => (s === 'ok' ? '✔' : s === 'failed' ? '✘' : '·');
    const secs = (ms) => (ms === undefined ? '' : (ms / 1000).toFixed(1));
    const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
    const lines = [
        '',
        `clawfleet demo: ${r.ok ? 'every step behaved as expected' : 'A STEP MISBEHAVED'} (${(r.durationMs / 1000).toFixed(0)} s)`,
        '',
        `  ${'step'.padEnd(62)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)}`,
        ...r.steps.map((s) => `${icon(s.status)} ${s.title.padEnd(62)} ${secs(s.durationMs).padStart(7)} ${secs(s.cpuMs).padStart(7)}\n    ${s.status === 'failed' ? `expected: ${s.expected}\n    got:      ` : ''}${s.actual}`),
        `  ${'total'.padEnd(62)} ${secs(r.durationMs).padStart(7)} ${secs(r.cpuMs).padStart(7)}`,
        `  (${r.machine.cpus} CPU(s); load average ${load(r.machine.loadAverage.start)} at the start, ${load(r.machine.loadAverage.end)} at the end)`,
        '',
        `report:      ${r.files.report}`,
        `audit log:   ${r.files.audit}`,
        `screenshots: ${r.screenshots.length} under ${(0,external_node_path_.join)(r.outDir, 'screenshots')}`,
        '',
    ];
    return lines.join('\n');
}
/**
 * A hostname that resolves to 127.0.0.1 but is not an IP literal or `localhost` (OpenClaw treats a
 * provider on those as keyless, and the demo wants a provider that needs its key).
 */
async function loopbackHostname() {
    const candidates = [(0,external_node_os_.hostname)(), 'localhost.localdomain'].filter((h) => h && h !== 'localhost');
    for (const h of candidates) {
        try {
            const r = await (0,promises_.lookup)(h, { family: 4 });
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

//# sourceMappingURL=5317.index.js.map