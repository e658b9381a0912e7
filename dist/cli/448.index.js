export const id = 448;
export const ids = [448,6549];
export const modules = {

/***/ 40448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  Input: () => (/* binding */ Input),
  Output: () => (/* binding */ Output),
  getInputs: () => (/* binding */ getInputs),
  renderRollbackMarkdown: () => (/* binding */ renderRollbackMarkdown),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92785);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/deploy/auto-rollback.ts
var auto_rollback = __webpack_require__(75181);
// EXTERNAL MODULE: ./src/deploy/clock.ts
var clock = __webpack_require__(73941);
// EXTERNAL MODULE: ./src/deploy/records.ts
var records = __webpack_require__(70453);
// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(65505);
;// CONCATENATED MODULE: ./src/deploy/revert-pr.ts
/**
 * The optional revert pull request of auto-rollback: after the fleet went back, the config repo should not
 * keep pointing at the rejected config (the next deploy would roll it out again). The PR sets every config
 * file of the rolled-back version (its entry file and everything it included) back to its content at the
 * commit of the good version, on a branch `clawfleet/revert-<env>-v<N>`, built with the Git Data API (one
 * tree, one commit — no checkout needed). Idempotent: an open PR from that branch is reused, and nothing is
 * opened when the base branch already holds the good content.
 *
 * The GitHub calls go through a small port ({@link RevertPrApi}); the action adapter implements it with
 * `@actions/github`'s Octokit, typed against GitHub's OpenAPI description (`@octokit/openapi-types`).
 */

async function openRevertPr(api, req) {
    const goodSha = req.good.source?.sha;
    if (!goodSha)
        return { status: 'not-possible', reason: `${(0,records.formatVersion)(req.good.version)} has no recorded source commit, so its files cannot be restored in the repo` };
    const files = [...new Set([...(req.bad.source?.files ?? []), ...(req.good.source?.files ?? [])])].filter((f) => !f.startsWith('/')).sort();
    if (files.length === 0)
        return { status: 'not-possible', reason: 'no config file names are recorded for these versions' };
    const branch = `clawfleet/revert-${req.environment}-v${req.bad.version}`;
    const existing = await api.findOpenPull(branch);
    if (existing)
        return { status: 'exists', ...existing, branch, files };
    const head = await api.branchHead(req.baseBranch);
    const entries = [];
    for (const path of files) {
        const want = await api.fileAt(path, goodSha);
        const now = await api.fileAt(path, head);
        if (want === now)
            continue;
        entries.push({ path, content: want ?? null });
    }
    if (entries.length === 0)
        return { status: 'not-needed', reason: `${req.baseBranch} already holds the config of ${(0,records.formatVersion)(req.good.version)}` };
    const tree = await api.createTree(await api.commitTree(head), entries);
    const message = `Revert config to ${(0,records.formatVersion)(req.good.version)} (clawfleet rolled back ${(0,records.formatVersion)(req.bad.version)} on ${req.environment})`;
    const commit = await api.createCommit(message, tree, [head]);
    if (!(await api.createBranch(branch, commit))) {
        const again = await api.findOpenPull(branch);
        if (again)
            return { status: 'exists', ...again, branch, files: entries.map((e) => e.path) };
    }
    const body = [
        `clawfleet rolled back **${(0,records.formatVersion)(req.bad.version)}** on \`${req.environment}\` (deployment \`${req.deploymentId}\`) and the fleet runs **${(0,records.formatVersion)(req.good.version)}** again.`,
        '',
        `This PR restores the config files to their content at ${goodSha.slice(0, 12)} so the next deployment does not roll the rejected config out again:`,
        '',
        ...entries.map((e) => `- \`${e.path}\`${e.content === null ? ' (deleted)' : ''}`),
        ...(req.runUrl ? ['', `Run: ${req.runUrl}`] : []),
    ].join('\n');
    const pr = await api.createPull({ title: message, head: branch, base: req.baseBranch, body });
    return { status: 'opened', ...pr, branch, files: entries.map((e) => e.path) };
}

// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __webpack_require__(66868);
// EXTERNAL MODULE: ./src/actions/common/errors.ts
var common_errors = __webpack_require__(5202);
// EXTERNAL MODULE: ./src/actions/common/inputs.ts
var common_inputs = __webpack_require__(59120);
// EXTERNAL MODULE: ./src/actions/common/logger.ts
var common_logger = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/actions/common/secrets.ts
var common_secrets = __webpack_require__(13920);
// EXTERNAL MODULE: ./src/actions/common/summary.ts
var summary = __webpack_require__(16549);
// EXTERNAL MODULE: ./src/actions/rolling-deploy/shared.ts
var shared = __webpack_require__(75742);
;// CONCATENATED MODULE: ./src/actions/auto-rollback/github.ts
/**
 * The revert-PR port implemented with `@actions/github`'s Octokit. Every request body is typed with
 * GitHub's OpenAPI description (`@octokit/openapi-types`, the generated types of api.github.com's
 * published spec), so a field GitHub does not define, a wrong enum (file mode, object type) or a missing
 * required field fails `tsc`; the tests run these calls against a recording server to check the wire
 * (method, path, body).
 */

function githubRevertApi(octokit, repo) {
    const { owner, repo: name } = repo;
    const status = (e) => e.status;
    return {
        async branchHead(branch) {
            const r = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo: name, ref: `heads/${branch}` });
            return r.data.object.sha;
        },
        async commitTree(sha) {
            const r = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo: name, commit_sha: sha });
            return r.data.tree.sha;
        },
        async fileAt(path, ref) {
            try {
                const r = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo: name, path, ref });
                const d = r.data;
                if (Array.isArray(r.data) || d.type !== 'file' || typeof d.content !== 'string')
                    return undefined;
                return Buffer.from(d.content, d.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
            }
            catch (e) {
                if (status(e) === 404)
                    return undefined;
                throw e;
            }
        },
        async createTree(baseTree, entries) {
            const body = {
                base_tree: baseTree,
                tree: entries.map((e) => (e.content === null ? { path: e.path, mode: '100644', type: 'blob', sha: null } : { path: e.path, mode: '100644', type: 'blob', content: e.content })),
            };
            const r = await octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner, repo: name, ...body });
            return r.data.sha;
        },
        async createCommit(message, tree, parents) {
            const body = { message, tree, parents };
            const r = await octokit.request('POST /repos/{owner}/{repo}/git/commits', { owner, repo: name, ...body });
            return r.data.sha;
        },
        async createBranch(branch, sha) {
            const body = { ref: `refs/heads/${branch}`, sha };
            try {
                await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo: name, ...body });
                return true;
            }
            catch (e) {
                if (status(e) === 422)
                    return false; // "Reference already exists"
                throw e;
            }
        },
        async findOpenPull(branch) {
            const r = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner, repo: name, state: 'open', head: `${owner}:${branch}`, per_page: 10 });
            const pr = r.data[0];
            return pr ? { number: pr.number, url: pr.html_url } : undefined;
        },
        async createPull(p) {
            const body = { title: p.title, head: p.head, base: p.base, body: p.body, maintainer_can_modify: true };
            const r = await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner, repo: name, ...body });
            return { number: r.data.number, url: r.data.html_url };
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/auto-rollback/run.ts
/**
 * auto-rollback: the action adapter. Restores the recorded snapshots of a deployment (this run's
 * manifest-file or the state store), or deploys a recorded version (`to-version`) as a gated rollout;
 * optionally only after a post-deploy check, and optionally opens a revert PR. Fails the step when the
 * rollback needs manual intervention or stopped; "nothing to do" is a success that says so.
 */


















const ACTION = 'auto-rollback';
const Input = {
    DeploymentId: 'deployment-id',
    PromotionId: 'promotion-id',
    ManifestFile: 'manifest-file',
    ToVersion: 'to-version',
    Scope: 'scope',
    Trigger: 'trigger',
    CheckDelaySeconds: 'check-delay-seconds',
    SamplePercent: 'sample-percent',
    MaxHealthDrop: 'max-health-drop',
    DryRun: 'dry-run',
    Force: 'force',
    OpenRevertPr: 'open-revert-pr',
    GithubToken: 'github-token',
    BaseBranch: 'base-branch',
};
const Output = {
    Result: 'result',
    DeploymentId: 'deployment-id',
    Version: 'version',
    Changed: 'changed',
    ReportFile: 'report-file',
    PrUrl: 'pr-url',
};
function getInputs(read) {
    const inputs = (0,common_inputs.createInputs)(read);
    const policy = (0,shared.parsePolicy)(inputs);
    const store = (0,shared.parseStoreInputs)(inputs);
    const rawVersion = inputs.getOptional(Input.ToVersion);
    let toVersion;
    if (rawVersion !== undefined) {
        if (['previous', 'N-1', 'n-1'].includes(rawVersion))
            toVersion = 'previous';
        else {
            toVersion = (0,records.parseVersionLabel)(rawVersion);
            if (toVersion === undefined)
                throw new errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.ToVersion, rawVersion, 'Expected a version such as v47, or previous (N-1). Leave it empty to restore the deployment\'s snapshots.'));
        }
    }
    const deploymentId = inputs.getOptional(Input.DeploymentId);
    if (deploymentId !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(deploymentId))
        throw new errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.DeploymentId, deploymentId, 'Expected a deployment id as printed by rolling-deploy (its deployment-id output).'));
    const manifestFile = inputs.getOptional(Input.ManifestFile);
    if (toVersion !== undefined && (deploymentId || manifestFile)) {
        throw new errors/* UserError */.yo(`Only one of 'to-version' and 'deployment-id'/'manifest-file' can be set: a rollback either restores a deployment's snapshots or deploys a recorded version.`);
    }
    const promotionId = inputs.getOptional(Input.PromotionId);
    if (promotionId !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(promotionId))
            throw new errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.PromotionId, promotionId, "Expected a promotion id as recorded by rolling-deploy (its promotion-id output; in a workflow: the run id, ${{ github.run_id }})."));
        if (toVersion !== undefined || deploymentId || manifestFile) {
            throw new errors/* UserError */.yo(`Only one of 'promotion-id', 'deployment-id'/'manifest-file' and 'to-version' can be set: a rollback restores every deployment of a promotion, one deployment, or deploys a recorded version.`);
        }
    }
    const openPr = inputs.getBoolean(Input.OpenRevertPr, false);
    const githubToken = inputs.getOptional(Input.GithubToken);
    if (openPr && !githubToken)
        throw new errors/* UserError */.yo(`open-revert-pr is true but '${Input.GithubToken}' is empty. Fix: pass github-token (the default \${{ github.token }} needs permissions: contents: write, pull-requests: write).`);
    const trigger = inputs.getEnum(Input.Trigger, ['manual', 'gate', 'post-deploy-check'], 'manual');
    if (trigger === 'post-deploy-check' && toVersion !== undefined)
        throw new errors/* UserError */.yo(`trigger: post-deploy-check samples the instances of a deployment; it cannot be combined with to-version.`);
    if (trigger === 'post-deploy-check' && promotionId !== undefined)
        throw new errors/* UserError */.yo(`trigger: post-deploy-check samples the instances of one deployment; it cannot be combined with promotion-id.`);
    if (store.store.kind === 'none')
        throw new errors/* UserError */.yo(`auto-rollback needs the deployment record: state-store cannot be 'none'.`);
    const instances = inputs.getOptional(shared.ClientInput.Instances);
    const baseBranch = inputs.getOptional(Input.BaseBranch);
    const ticket = inputs.getOptional(shared.ClientInput.Ticket);
    return {
        inventory: inputs.getRequired(shared.ClientInput.Inventory),
        ...(instances ? { instances } : {}),
        hostAllowlist: inputs.getList(shared.ClientInput.HostAllowlist),
        ...(deploymentId ? { deploymentId } : {}),
        ...(promotionId ? { promotionId } : {}),
        ...(manifestFile ? { manifestFile } : {}),
        ...(toVersion !== undefined ? { toVersion } : {}),
        scope: inputs.getEnum(Input.Scope, ['deployment', 'failed-waves'], 'deployment'),
        trigger,
        checkDelaySeconds: inputs.getInt(Input.CheckDelaySeconds, { default: 0, min: 0, max: 21_600 }),
        sampleRatio: inputs.getRatio(Input.SamplePercent, { default: 0.1, min: 0.01 }),
        maxHealthDrop: inputs.getInt(Input.MaxHealthDrop, { default: 20, min: 0, max: 100 }),
        policy,
        dryRun: inputs.getBoolean(Input.DryRun, false),
        force: inputs.getBoolean(Input.Force, false),
        openRevertPr: openPr,
        ...(githubToken ? { githubToken } : {}),
        ...(baseBranch ? { baseBranch } : {}),
        requestTimeoutMs: inputs.getInt(shared.ClientInput.RequestTimeoutSeconds, { default: 10, min: 1, max: 600 }) * 1000,
        ...(ticket ? { ticket } : {}),
        ...store,
    };
}
async function run(overrides = {}) {
    const secrets = overrides.secrets ?? (0,common_secrets/* createActionSecrets */.Y)();
    try {
        await runInner(secrets, overrides);
    }
    catch (e) {
        (0,common_errors/* handleError */.H)(ACTION, e, { secrets });
    }
}
async function runInner(secrets, overrides) {
    const env = overrides.env ?? process.env;
    const logger = (0,common_logger/* createActionsLogger */.Ml)({ secrets });
    const inputs = getInputs();
    if (inputs.githubToken)
        secrets.add(inputs.githubToken);
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const ctx = (0,shared.runContext)(env, inputs.ticket);
    const inventory = (0,fleet_inventory.loadInventory)((0,external_node_path_.resolve)(workspace, inputs.inventory), inputs.hostAllowlist.length ? { hostAllowlist: inputs.hostAllowlist } : {});
    const selected = (0,fleet_inventory.selectInstances)(inventory, inputs.instances);
    const tokens = (0,fleet_inventory.resolveTokens)({ file: inventory.file, instances: selected }, env);
    for (const t of tokens.values())
        secrets.add(t);
    let manifest;
    if (inputs.manifestFile) {
        const p = (0,external_node_path_.isAbsolute)(inputs.manifestFile) ? inputs.manifestFile : (0,external_node_path_.resolve)(workspace, inputs.manifestFile);
        try {
            manifest = JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`${Input.ManifestFile} '${inputs.manifestFile}' cannot be read as a rollback manifest: ${e.message}`);
        }
        if (manifest?.schema !== 1 || typeof manifest.deploymentId !== 'string' || !manifest.entries)
            throw new errors/* UserError */.yo(`${Input.ManifestFile} '${inputs.manifestFile}' is not a clawfleet rollback manifest (rolling-deploy's manifest-file output).`);
    }
    const store = (0,shared.openStore)(inputs.store, workspace);
    const recorder = new records.StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
    logger.info(`state: ${store.description}; environment ${recorder.environment}`);
    const ctrl = new AbortController();
    const onInt = () => ctrl.abort(new clock/* CancelledError */.cc('the run was cancelled (SIGINT)'));
    const onTerm = () => ctrl.abort(new clock/* CancelledError */.cc('the run was cancelled (SIGTERM)'));
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    let outcome;
    try {
        outcome = await (0,auto_rollback.runAutoRollback)({
            environment: inputs.environment,
            instances: selected,
            ...(inputs.deploymentId ? { deploymentId: inputs.deploymentId } : {}),
            ...(inputs.promotionId ? { promotionId: inputs.promotionId } : {}),
            ...(manifest ? { manifest } : {}),
            scope: inputs.scope,
            ...(inputs.toVersion !== undefined ? { toVersion: inputs.toVersion } : {}),
            trigger: inputs.trigger,
            postCheck: { delaySeconds: inputs.checkDelaySeconds, sampleRatio: inputs.sampleRatio, maxScoreDrop: inputs.maxHealthDrop, errorRate: inputs.policy.rollbackErrorRate },
            policy: inputs.policy,
            context: ctx,
            dryRun: inputs.dryRun,
            force: inputs.force,
        }, { clientFor: (0,shared.clientFactory)(tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }), recorder, logger, signal: ctrl.signal, ...overrides.engine });
    }
    finally {
        process.removeListener('SIGINT', onInt);
        process.removeListener('SIGTERM', onTerm);
    }
    let pr;
    if (inputs.openRevertPr && outcome.result === 'rolled-back') {
        pr = await revertPr(inputs, outcome, recorder, env, overrides.revertApi, ctx.runUrl);
        logger.info('url' in pr ? `revert PR ${pr.status}: ${pr.url}` : `no revert PR: ${pr.reason}`);
    }
    await store.close?.();
    const reportDoc = { schema: 1, ...outcome, deployment: outcome.deployment?.report, ...(pr ? { revertPr: pr } : {}) };
    const text = JSON.stringify(reportDoc, null, 2) + '\n';
    if (secrets.redact(text) !== text)
        throw new Error('refusing to write the rollback report: it would contain a secret');
    const paths = (0,shared.writeArtifacts)(env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(), `rollback-${outcome.promotion ? `promotion-${outcome.promotion.id}` : outcome.deploymentId ?? 'none'}-${Date.now()}`, { 'rollback-report.json': text });
    (0,summary.setOutputs)({
        [Output.Result]: outcome.result,
        // Promotion mode: every deployment of the promotion, newest first.
        [Output.DeploymentId]: outcome.promotion ? outcome.promotion.deployments.map((d) => d.deploymentId).join(',') : outcome.deploymentId ?? '',
        [Output.Version]: outcome.version !== undefined ? `v${outcome.version}` : '',
        [Output.Changed]: outcome.rollback?.changed ?? (outcome.deployment ? outcome.deployment.report.counts.applied : 0),
        [Output.ReportFile]: paths['rollback-report.json'],
        [Output.PrUrl]: pr && 'url' in pr ? pr.url : '',
    }, { secrets });
    await (0,summary.writeSummary)(renderRollbackMarkdown(outcome, pr), { secrets, note: `The full report is ${paths['rollback-report.json']}.` });
    logger.info(`${outcome.result}: ${outcome.message}`);
    if (outcome.result === 'manual-intervention' || outcome.result === 'stopped')
        throw new Error(`${outcome.result}: ${outcome.message}`);
}
async function revertPr(inputs, outcome, recorder, env, api, runUrl) {
    const dep = outcome.deploymentId ? await recorder.readDeployment(outcome.deploymentId) : undefined;
    const badVersion = dep?.kind === 'rollback-to-version' ? undefined : dep?.version;
    const goodVersion = outcome.version ?? dep?.fromVersion;
    if (badVersion === undefined || goodVersion === undefined || badVersion === goodVersion)
        return { status: 'not-needed', reason: 'no rejected version to revert in the repo' };
    const [bad, good] = await Promise.all([recorder.readVersion(badVersion), recorder.readVersion(goodVersion)]);
    if (!bad || !good)
        return { status: 'not-possible', reason: `versions ${(0,records.formatVersion)(badVersion)}/${(0,records.formatVersion)(goodVersion)} are not both in the registry` };
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!api && (!owner || !repo))
        return { status: 'not-possible', reason: 'GITHUB_REPOSITORY is not set' };
    const port = api ?? githubRevertApi(github/* getOctokit */.Q(inputs.githubToken), { owner: owner, repo: repo });
    const baseBranch = inputs.baseBranch ?? github/* context */._.payload.repository?.['default_branch'] ?? 'main';
    return openRevertPr(port, { environment: recorder.environment, bad, good, baseBranch, deploymentId: outcome.deploymentId, ...(runUrl ? { runUrl } : {}) });
}
function renderRollbackMarkdown(o, pr) {
    const icon = o.result === 'rolled-back' ? '↩️' : o.result === 'unchanged' || o.result === 'not-needed' ? '✅' : o.result === 'planned' ? '📝' : '⛔';
    const out = [`## ${icon} auto-rollback: ${o.result}`, '', o.message, ''];
    if (o.check) {
        out.push(`Post-deploy check: ${o.check.degraded.length}/${o.check.sampled.length} sampled instance(s) degraded.`, '');
        if (o.check.degraded.length)
            out.push((0,summary.markdownTable)(['instance', 'before', 'after', 'why'], o.check.degraded.map((d) => [d.id, String(d.before ?? '?'), String(d.after), d.reason])), '');
    }
    if (o.promotion && o.promotion.deployments.length > 0) {
        out.push(`Promotion ${o.promotion.id}: ${o.promotion.deployments.length} deployment(s), restored newest first.`, '');
        out.push((0,summary.markdownTable)(['deployment', 'version', 'started', 'result', 'restored', 'detail'], o.promotion.deployments.map((d) => [d.deploymentId, `v${d.version}`, d.startedAt, d.result, String(d.changed), d.message])), '');
    }
    if (o.rollback) {
        if (o.rollback.manualIntervention)
            out.push(`> **${o.rollback.manualIntervention}**`, '');
        out.push((0,summary.markdownTable)(['instance', 'result', 'current hash', 'detail'], o.rollback.instances.map((i) => [i.id, i.status, i.currentHash ?? '', i.reason ?? ''])), '');
    }
    if (o.deployment)
        out.push((0,report.renderReportMarkdown)(o.deployment.report, { title: 'Rollback to a version' }));
    if (pr)
        out.push('url' in pr ? `Revert PR (${pr.status}): ${pr.url}` : `No revert PR: ${pr.reason}`, '');
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ handleError)
/* harmony export */ });
/* unused harmony export handlePostError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4425);
/**
 * The single failure path of every action (codeql `wrapError`, google `errorMessage`): whatever was thrown —
 * an Error, a string, an object — the step FAILS with `<action> failed: <message>`. A {@link UserError}
 * with a location also becomes an annotation on that file:line. The stack goes to the debug log only (it
 * can hold paths but never values; still, everything is passed through the secret registry first).
 */



/**
 * Fails the step for `error`. Never throws; safe to call from `run().catch(...)` and from a post step's
 * own wrapper when the post step is meant to fail.
 */
function handleError(actionName, error, opts = {}) {
    const sink = opts.sink ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__;
    const clean = (s) => (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeForLog */ .F0)(s, opts.secrets);
    const message = clean(error === undefined || error === null ? 'unknown error' : (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error) || 'unknown error');
    if (error instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo && error.location) {
        sink.error(message, (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationFor */ .xf)(error.location));
    }
    if (error instanceof Error && error.stack)
        sink.debug(clean(error.stack));
    sink.setFailed(`${actionName} failed: ${message}`);
}
/**
 * For post steps (checkout `cleanup()`, gradle `handlePostActionError`): a cleanup problem is a warning,
 * not a failed job, because the main step already decided the outcome.
 */
function handlePostError(actionName, error, opts = {}) {
    const sink = opts.sink ?? core;
    const clean = (s) => sanitizeForLog(s, opts.secrets);
    if (error instanceof Error && error.stack)
        sink.debug(clean(error.stack));
    sink.warning(`${actionName} post step: ${clean(getErrorMessage(error) || 'unknown error')}`);
}


/***/ }),

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ sanitizeForLog),
/* harmony export */   Ml: () => (/* binding */ createActionsLogger),
/* harmony export */   xf: () => (/* binding */ annotationFor)
/* harmony export */ });
/* unused harmony export neutralizeWorkflowCommands */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/**
 * The {@link Logger} port adapted to the Actions runner, plus the text hygiene every adapter needs:
 * - every message goes through the SecretRegistry (the runner masks registered secrets too, but only
 *   exact strings of values it was told about — our registry also knows the derived forms);
 * - text that reaches the log can come from a gateway or a config file, so a line that the runner would
 *   read as a workflow command (`::add-mask::`, `::error::`, `::stop-commands::`, legacy `##[set-output`)
 *   is neutralised: a zero-width space goes in front, which the runner's `TrimStart` does not remove, so
 *   the line is shown but never executed (reliability-cases WS-09).
 */

const ZERO_WIDTH_SPACE = '\u200B';
const COMMAND_LINE = /^(\s*)(::|##\[)/;
/** Makes every line of `text` inert for the runner's workflow-command parser (see module doc). */
function neutralizeWorkflowCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split(/(\r?\n|\r)/)
        .map((part) => part.replace(COMMAND_LINE, (_m, ws, cmd) => `${ws}${ZERO_WIDTH_SPACE}${cmd}`))
        .join('');
}
/** Redacts secrets, then neutralises workflow commands: what every adapter prints goes through this. */
function sanitizeForLog(text, secrets) {
    return neutralizeWorkflowCommands(secrets ? secrets.redact(text) : text);
}
/** Annotation properties for a location (the runner links file:line:col in the PR diff). */
function annotationFor(loc) {
    if (!loc)
        return undefined;
    return { file: loc.file, startLine: loc.line, startColumn: loc.column };
}
/**
 * A Logger over the runner. Groups cannot nest on the runner, so a group opened inside another is shown
 * as an info line instead of breaking the outer one.
 */
function createActionsLogger(opts = {}) {
    const sink = opts.sink ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__;
    const clean = (m) => sanitizeForLog(m, opts.secrets);
    let depth = 0;
    return {
        debug: (m) => sink.debug(clean(m)),
        info: (m) => sink.info(clean(m)),
        warning: (m, loc) => sink.warning(clean(m), annotationFor(loc)),
        error: (m, loc) => sink.error(clean(m), annotationFor(loc)),
        group: async (title, fn) => {
            if (depth > 0) {
                sink.info(clean(`── ${title}`));
                return fn();
            }
            depth++;
            sink.startGroup(clean(title));
            try {
                return await fn();
            }
            finally {
                sink.endGroup();
                depth--;
            }
        },
    };
}


/***/ }),

/***/ 13920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createActionSecrets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7168);
/**
 * A SecretRegistry whose every registered form is also masked by the runner (`core.setSecret`), so a
 * value is hidden in our own redaction AND in anything the runner prints — registered before first use.
 */


function createActionSecrets(setSecret = (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(v)) {
    return new _common_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretRegistry */ .k(setSecret);
}


/***/ }),

/***/ 16549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   escapeCell: () => (/* binding */ escapeCell),
/* harmony export */   markdownTable: () => (/* binding */ markdownTable),
/* harmony export */   mermaidBlock: () => (/* binding */ mermaidBlock),
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   truncateMarkdown: () => (/* binding */ truncateMarkdown),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/**
 * Job-summary and output helpers. The domain core renders Markdown (pure, testable); these helpers only
 * make it safe to hand to the runner:
 * - table cells are escaped (a `|` or newline in an instance id or a gateway message cannot break a row);
 * - the summary is capped below the runner's 1 MiB per-step limit, with a note saying where the full
 *   report is, instead of the upload failing and losing everything;
 * - everything is redacted through the SecretRegistry and outputs are refused when they would carry a
 *   registered secret (an output is copied verbatim into later steps and logs).
 */

/** The runner rejects a step summary over 1 MiB; keep a margin for the truncation note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Escapes text for one Markdown table cell. */
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}
/** A GitHub-flavoured Markdown table; cells are escaped. */
function markdownTable(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${headers.map((_, i) => escapeCell(r[i] ?? '')).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
/** A fenced Mermaid block (rendered by GitHub in summaries, issues and READMEs). */
function mermaidBlock(code) {
    return '```mermaid\n' + code.trimEnd() + '\n```';
}
/**
 * Truncates Markdown to `limitBytes` (UTF-8) at a line boundary and appends `note` (e.g. "see report-file").
 * Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, limitBytes, note) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const suffix = `\n\n> **Truncated:** the summary is over the runner's limit. ${note}\n`;
    const budget = Math.max(0, limitBytes - Buffer.byteLength(suffix, 'utf8'));
    let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
    if (cut.endsWith('\uFFFD'))
        cut = cut.slice(0, -1);
    const nl = cut.lastIndexOf('\n');
    if (nl > 0)
        cut = cut.slice(0, nl);
    return cut + suffix;
}
/**
 * Appends `markdown` to the job summary, redacted and capped. Does nothing (and does not fail) when the
 * runner gives no summary file (local runs): the summary is a convenience, the report file is the record.
 */
async function writeSummary(markdown, opts = {}) {
    if (!opts.sink && !process.env['GITHUB_STEP_SUMMARY'])
        return false;
    const sink = opts.sink ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary;
    const text = truncateMarkdown(opts.secrets ? opts.secrets.redact(markdown) : markdown, opts.limitBytes ?? SUMMARY_LIMIT_BYTES, opts.note ?? 'See the report file for everything.');
    await sink.addRaw(text, true).write();
    return true;
}
/**
 * Sets outputs, refusing any value that holds a registered secret (in any derived form): a leaked output
 * cannot be unmasked later, so this throws instead of redacting silently.
 */
function setOutputs(outputs, opts = {}) {
    const set = opts.set ?? ((n, v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(n, v));
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        const text = String(value);
        if (opts.secrets && opts.secrets.redact(text) !== text) {
            throw new Error(`refusing to set output '${name}': its value contains a secret`);
        }
        set(name, text);
    }
}


/***/ }),

/***/ 65505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMermaid: () => (/* binding */ renderMermaid),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   renderReportMarkdown: () => (/* binding */ renderReportMarkdown),
/* harmony export */   reportOneLine: () => (/* binding */ reportOneLine),
/* harmony export */   summarizeIds: () => (/* binding */ summarizeIds)
/* harmony export */ });
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78951);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70453);
/**
 * Human renderings of a plan and of a deployment report: Markdown for the job summary and PR comments
 * (tables + a Mermaid diagram of the rollout), and one-line text summaries. Pure functions; the JSON report
 * is the record, these are views of it. Long fleets are capped (problem instances first) so a summary of
 * 10 000 instances stays readable and under the runner's size limit.
 */


const MAX_ROWS = 100;
function cell(text) {
    return String(text ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/\r?\n|\r/g, '<br>');
}
function table(headers, rows) {
    return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
const pct = (r) => `${Math.round(r * 1000) / 10} %`;
// ---------------------------------------------------------------------------------------------------------
// Plan
function renderPlanMarkdown(plan) {
    const out = [];
    out.push(`## Rollout plan — ${cell(plan.environment)}, ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(plan.version)} (${plan.strategy})`);
    out.push('');
    out.push(`Plan digest \`${plan.digest}\` — confirmation token \`${(0,_batches_js__WEBPACK_IMPORTED_MODULE_0__.confirmationTokenFor)(plan.digest)}\`; config \`${plan.configDigest.slice(0, 19)}…\`.`);
    out.push('');
    const c = plan.counts;
    out.push(table(['instances', 'to update', 'unchanged', 'unreachable', 'excluded', 'batches'], [[c.total, c.update, c.unchanged, c.unreachable, c.excluded, plan.batches.length]]));
    if (plan.blockers.length > 0) {
        out.push('', '### ⛔ Refused', '', ...plan.blockers.map((b) => `- ${cell(b)}`));
    }
    if (plan.notes.length > 0)
        out.push('', '### Notes', '', ...plan.notes.map((n) => `- ${cell(n)}`));
    out.push('', '### Batches', '');
    const bRows = plan.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.tier, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, summarizeIds(b.instances)]);
    out.push(table(['batch', 'wave', 'tier', 'canary', 'size', 'instances'], bRows));
    if (plan.batches.length > MAX_ROWS)
        out.push('', `… and ${plan.batches.length - MAX_ROWS} more batches in the plan file.`);
    const paths = new Map();
    for (const i of plan.instances) {
        for (const ch of i.changes) {
            const e = paths.get(ch.path) ?? { cls: ch.class, ops: new Set(), ids: [] };
            e.ops.add(ch.op);
            e.ids.push(i.id);
            paths.set(ch.path, e);
        }
    }
    if (paths.size > 0) {
        out.push('', '### Changed paths', '');
        const rows = [...paths.entries()]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .slice(0, MAX_ROWS)
            .map(([p, e]) => [`\`${p}\``, [...e.ops].join('/'), reloadLabel(e.cls), e.ids.length, summarizeIds(e.ids)]);
        out.push(table(['path', 'change', 'applies by', 'instances', 'which'], rows));
    }
    const interesting = (i) => i.action !== 'unchanged';
    const rows = [...plan.instances].sort((a, b) => Number(interesting(b)) - Number(interesting(a))).slice(0, MAX_ROWS);
    out.push('', '### Instances', '');
    out.push(table(['instance', 'batch', 'wave', 'action', 'changes', 'applies by', 'note'], rows.map((i) => [i.id, i.batch || '', i.wave, i.action, i.changes.length || '', i.action === 'update' ? reloadLabel(i.restart) : '', i.reason ?? (i.secretPathsUnverifiable.length ? `secrets not verifiable: ${i.secretPathsUnverifiable.join(', ')}` : '')])));
    if (plan.instances.length > MAX_ROWS)
        out.push('', `… ${plan.instances.length - MAX_ROWS} more in the plan file.`);
    return out.join('\n') + '\n';
}
function reloadLabel(cls) {
    switch (cls) {
        case 'none':
            return 'no reload';
        case 'hot':
            return 'hot reload';
        case 'restart':
            return 'gateway restart';
        case 'process-restart':
            return 'PROCESS restart (listener)';
        default:
            return cls;
    }
}
/** `gw-1, gw-2, … (40)` */
function summarizeIds(ids, max = 6) {
    if (ids.length <= max)
        return ids.join(', ');
    return `${ids.slice(0, max - 1).join(', ')}, … ${ids.at(-1)} (${ids.length})`;
}
// ---------------------------------------------------------------------------------------------------------
// Deployment report
const RESULT_ICON = { succeeded: '✅', stopped: '⛔', 'rolled-back': '↩️', planned: '📝' };
function renderReportMarkdown(report, opts = {}) {
    const out = [];
    const title = opts.title ?? (report.kind === 'rollback-to-version' ? 'Rollback to a version' : 'Rolling deploy');
    out.push(`## ${RESULT_ICON[report.result]} ${title} — ${cell(report.environment)}: ${report.result} (${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)} → ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)})`);
    out.push('');
    out.push(`Deployment \`${report.deploymentId}\`${report.attempt > 1 ? ` (attempt ${report.attempt})` : ''} · ${report.strategy} · ${report.writes} write(s) · plan \`${(0,_batches_js__WEBPACK_IMPORTED_MODULE_0__.confirmationTokenFor)(report.planDigest)}\` · ${report.startedAt} → ${report.finishedAt}`);
    out.push('');
    const c = report.counts;
    out.push(table(['applied', 'unchanged', 'skipped', 'failed', 'rolled back', 'untouched'], [[c.applied, c.unchanged, c.skipped, c.failed, c['rolled-back'], c.untouched]]));
    if (report.stopReasons.length > 0) {
        out.push('', '### Why it stopped', '', ...report.stopReasons.map((r) => `- ${cell(r)}`));
    }
    if (report.batches.length > 0) {
        out.push('', '### Rollout', '', '```mermaid', renderMermaid(report), '```', '');
        out.push('### Batches', '');
        out.push(table(['batch', 'wave', 'canary', 'instances', 'healthy', 'ratio', 'error rate', 'probes', 'gate'], report.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, `${b.healthy}/${b.counted}`, pct(b.ratio), pct(b.errorRate), b.probes, b.passed ? '✅ passed' : '❌ failed'])));
        if (report.batches.length > MAX_ROWS)
            out.push('', `… ${report.batches.length - MAX_ROWS} more batches in the report file.`);
    }
    if (report.rollback) {
        const rb = report.rollback;
        out.push('', `### Rollback (${rb.trigger}, scope ${rb.scope}): ${rb.ok ? 'restored' : 'INCOMPLETE'}`, '');
        if (rb.manualIntervention)
            out.push(`> **${cell(rb.manualIntervention)}**`, '');
        out.push(table(['instance', 'result', 'current hash', 'detail'], rb.instances.slice(0, MAX_ROWS).map((i) => [i.id, i.status, i.currentHash ? `\`${i.currentHash.slice(0, 28)}…\`` : '', i.reason ?? ''])));
    }
    if (report.verification && !report.verification.ok) {
        out.push('', '### Verification failed', '', ...report.verification.drifted.map((d) => `- ${cell(d.reason)}`));
    }
    const order = { failed: 0, skipped: 1, 'rolled-back': 2, untouched: 3, applied: 4, unchanged: 5 };
    const rows = [...report.instances].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9)).slice(0, MAX_ROWS);
    out.push('', '### Instances', '');
    out.push(table(['instance', 'batch', 'status', 'health before → after', 'reason'], rows.map((i) => [i.id, i.batch || '', statusLabel(i), scores(i), i.reason ?? ''])));
    if (report.instances.length > MAX_ROWS)
        out.push('', `… ${report.instances.length - MAX_ROWS} more in the report file.`);
    return out.join('\n') + '\n';
}
function statusLabel(i) {
    return i.failure ? `${i.status} (${i.failure})` : i.status;
}
function scores(i) {
    if (i.scoreBefore === undefined && i.scoreAfter === undefined)
        return '';
    return `${i.scoreBefore ?? '?'} → ${i.scoreAfter ?? '?'}`;
}
/**
 * A left-to-right flowchart: one node per batch (runs of passed batches collapsed so big fleets stay
 * small), then the outcome (done, stopped, rolled back) and the untouched remainder.
 */
function renderMermaid(report) {
    const lines = ['flowchart LR', '  classDef ok fill:#d1f7d6,stroke:#1a7f37', '  classDef bad fill:#ffd8d3,stroke:#cf222e', '  classDef idle fill:#eeeeee,stroke:#999999,stroke-dasharray: 4 4', '  classDef back fill:#fff1c2,stroke:#9a6700'];
    const nodes = [{ id: 'start', label: `${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)}`, cls: 'ok' }];
    const groups = [];
    for (const b of report.batches) {
        const last = groups.at(-1);
        if (last && b.passed && last.every((x) => x.passed))
            last.push(b);
        else
            groups.push([b]);
    }
    for (const g of groups) {
        const first = g[0];
        const lastB = g.at(-1);
        const n = g.reduce((s, b) => s + b.instances.length, 0);
        const label = g.length === 1
            ? `batch ${first.index}${first.percent !== undefined ? ` (${first.percent} %)` : ''}<br/>${first.healthy}/${first.counted} healthy`
            : `batches ${first.index}–${lastB.index}<br/>${n} instances, all gates passed`;
        nodes.push({ id: `b${first.index}`, label, cls: g.every((b) => b.passed) ? 'ok' : 'bad' });
    }
    if (report.rollback)
        nodes.push({ id: 'rb', label: `rollback<br/>${report.rollback.changed} restored${report.rollback.ok ? '' : ', manual intervention'}`, cls: report.rollback.ok ? 'back' : 'bad' });
    const untouched = report.counts.untouched;
    const end = report.result === 'succeeded'
        ? { id: 'end', label: `${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)} everywhere`, cls: 'ok' }
        : { id: 'end', label: `${report.result}${untouched ? `<br/>${untouched} untouched` : ''}`, cls: report.result === 'rolled-back' ? 'back' : 'bad' };
    nodes.push(end);
    for (const n of nodes)
        lines.push(`  ${n.id}["${n.label.replace(/"/g, "'")}"]:::${n.cls}`);
    for (let i = 1; i < nodes.length; i++)
        lines.push(`  ${nodes[i - 1].id} --> ${nodes[i].id}`);
    return lines.join('\n');
}
/** One line for logs and the CLI. */
function reportOneLine(report) {
    const c = report.counts;
    return `${report.result}: ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.fromVersion)} → ${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__.formatVersion)(report.version)} on ${report.environment} — ${c.applied} applied, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped, ${c['rolled-back']} rolled back, ${c.untouched} untouched${report.stopReasons.length ? ` (${report.stopReasons[0]})` : ''}`;
}


/***/ })

};

//# sourceMappingURL=448.index.js.map