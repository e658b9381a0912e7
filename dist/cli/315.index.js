export const id = 315;
export const ids = [315,370,536];
export const modules = {

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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, escapeCell, mermaidBlock, truncateMarkdown */
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

/***/ 95914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTION: () => (/* binding */ ACTION),
/* harmony export */   Input: () => (/* binding */ Input),
/* harmony export */   Output: () => (/* binding */ Output),
/* harmony export */   getInputs: () => (/* binding */ getInputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _deploy_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73941);
/* harmony import */ var _deploy_batches_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78951);
/* harmony import */ var _deploy_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88486);
/* harmony import */ var _deploy_preflight_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89536);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70453);
/* harmony import */ var _deploy_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65505);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5202);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59120);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4425);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(13920);
/* harmony import */ var _common_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(16549);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(71922);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(79359);
/**
 * rolling-deploy: the action adapter. `getInputs()` parses and checks every input before anything happens;
 * `run()` does preflight (validate, inventory, tokens, clean ref), then the engine, then outputs, files and
 * the job summary. The step fails unless the result is `succeeded` or `planned`.
 */















const ACTION = 'rolling-deploy';
const Input = {
    Config: 'config',
    Exclude: 'exclude',
    DryRun: 'dry-run',
    RequireCleanRef: 'require-clean-ref',
    RestartCommand: 'restart-command',
    ValidationEngine: 'validation-engine',
    EnvMode: 'env-mode',
};
const Output = {
    Result: 'result',
    Version: 'version',
    FromVersion: 'from-version',
    DeploymentId: 'deployment-id',
    PlanDigest: 'plan-digest',
    ConfirmationToken: 'confirmation-token',
    ReportFile: 'report-file',
    ManifestFile: 'manifest-file',
    PlanFile: 'plan-file',
    Changed: 'changed',
};
/** Parses every input; throws a UserError naming the first bad one. No side effects. */
function getInputs(read) {
    const inputs = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .createInputs */ .In)(read);
    const policy = (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.parsePolicy)(inputs);
    const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.parseStoreInputs)(inputs);
    const dryRun = inputs.getBoolean(Input.DryRun, false);
    const restartCommand = inputs.getOptional(Input.RestartCommand);
    if (policy.allowProcessRestart && !restartCommand) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UserError */ .yo(`allow-process-restart is true but '${Input.RestartCommand}' is empty: a listener change needs a command that restarts the gateway process. Fix: set restart-command (it gets CLAWFLEET_INSTANCE_ID / CLAWFLEET_INSTANCE_URL in its env).`);
    }
    if (store.store.kind === 'none' && !dryRun) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UserError */ .yo(`state-store: none keeps no record, so nothing could be rolled back or resumed; it is only allowed with dry-run: true. Fix: use state-store: git (default) or dir.`);
    }
    const ticket = inputs.getOptional(_shared_js__WEBPACK_IMPORTED_MODULE_14__.ClientInput.Ticket);
    const instances = inputs.getOptional(_shared_js__WEBPACK_IMPORTED_MODULE_14__.ClientInput.Instances);
    return {
        config: inputs.getRequired(Input.Config),
        inventory: inputs.getRequired(_shared_js__WEBPACK_IMPORTED_MODULE_14__.ClientInput.Inventory),
        ...(instances ? { instances } : {}),
        exclude: inputs.getList(Input.Exclude),
        hostAllowlist: inputs.getList(_shared_js__WEBPACK_IMPORTED_MODULE_14__.ClientInput.HostAllowlist),
        policy,
        dryRun,
        requireCleanRef: inputs.getBoolean(Input.RequireCleanRef, false),
        ...(restartCommand ? { restartCommand } : {}),
        validationEngine: inputs.getEnum(Input.ValidationEngine, ['fast', 'exact'], 'fast'),
        envMode: inputs.getEnum(Input.EnvMode, ['warn', 'error'], 'warn'),
        requestTimeoutMs: inputs.getInt(_shared_js__WEBPACK_IMPORTED_MODULE_14__.ClientInput.RequestTimeoutSeconds, { default: 10, min: 1, max: 600 }) * 1000,
        ...(ticket ? { ticket } : {}),
        ...store,
    };
}
async function run(overrides = {}) {
    const secrets = overrides.secrets ?? (0,_common_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .createActionSecrets */ .Y)();
    try {
        await runInner(secrets, overrides);
    }
    catch (e) {
        (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .handleError */ .H)(ACTION, e, { secrets });
    }
}
async function runInner(secrets, overrides) {
    const env = overrides.env ?? process.env;
    const logger = (0,_common_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .createActionsLogger */ .Ml)({ secrets });
    const inputs = getInputs();
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    if (inputs.requireCleanRef) {
        const { tag } = await (0,_deploy_preflight_js__WEBPACK_IMPORTED_MODULE_5__.checkCleanRef)({ cwd: workspace, ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}) });
        logger.info(`require-clean-ref: deploying tag ${tag} from a clean checkout`);
    }
    const ctx = (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.runContext)(env, inputs.ticket);
    const pre = await (0,_deploy_preflight_js__WEBPACK_IMPORTED_MODULE_5__.preflight)({
        configFile: inputs.config,
        inventoryFile: inputs.inventory,
        ...(inputs.instances ? { selector: inputs.instances } : {}),
        exclude: inputs.exclude,
        engine: inputs.validationEngine,
        envMode: inputs.envMode,
        env,
        cwd: workspace,
        hostAllowlist: inputs.hostAllowlist,
        secrets,
        repoRoot: workspace,
        source: ctx.source,
    });
    for (const w of pre.validation.files.flatMap((f) => f.issues.filter((i) => i.severity === 'warning'))) {
        logger.warning(`${w.path}: ${w.message}`, { file: w.file, line: w.line, column: w.column });
    }
    const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.openStore)(inputs.store, workspace);
    const recorder = new _deploy_records_js__WEBPACK_IMPORTED_MODULE_6__.StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: _shared_js__WEBPACK_IMPORTED_MODULE_14__.pidAlive });
    logger.info(`state: ${store.description}; environment ${recorder.environment}`);
    const ctrl = new AbortController();
    const onSignal = (sig) => () => {
        logger.warning(`received ${sig}: finishing in-flight writes, starting nothing new`);
        ctrl.abort(new _deploy_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc(`the run was cancelled (${sig})`));
    };
    const onInt = onSignal('SIGINT');
    const onTerm = onSignal('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    let outcome;
    try {
        outcome = await (0,_deploy_engine_js__WEBPACK_IMPORTED_MODULE_4__.runDeployment)({
            environment: inputs.environment,
            config: pre.config,
            source: pre.source,
            instances: pre.selected,
            excluded: pre.excluded,
            policy: inputs.policy,
            dryRun: inputs.dryRun,
            context: ctx,
        }, {
            clientFor: (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.clientFactory)(pre.tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }),
            recorder,
            logger,
            signal: ctrl.signal,
            ...(inputs.restartCommand ? { restartHook: (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.restartCommandHook)(inputs.restartCommand, recorder.environment, inputs.policy.restartTimeoutSeconds * 1000, logger) } : {}),
            ...overrides.engine,
        });
    }
    finally {
        process.removeListener('SIGINT', onInt);
        process.removeListener('SIGTERM', onTerm);
        await store.close?.();
    }
    const { plan, report, manifest } = outcome;
    const base = env['RUNNER_TEMP'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    const planMd = (0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_7__.renderPlanMarkdown)(plan);
    const files = { 'plan.json': JSON.stringify(plan, null, 2) + '\n', 'plan.md': planMd, 'report.json': JSON.stringify(report, null, 2) + '\n' };
    if (manifest)
        files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
    for (const [name, text] of Object.entries(files)) {
        if (secrets.redact(text) !== text)
            throw new Error(`refusing to write ${name}: it would contain a secret`);
    }
    const paths = (0,_shared_js__WEBPACK_IMPORTED_MODULE_14__.writeArtifacts)(base, report.deploymentId || `plan-${(0,_deploy_batches_js__WEBPACK_IMPORTED_MODULE_3__.confirmationTokenFor)(plan.digest)}`, files);
    (0,_common_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .setOutputs */ .n0)({
        [Output.Result]: report.result,
        [Output.Version]: `v${report.version}`,
        [Output.FromVersion]: report.fromVersion !== undefined ? `v${report.fromVersion}` : '',
        [Output.DeploymentId]: report.deploymentId,
        [Output.PlanDigest]: plan.digest,
        [Output.ConfirmationToken]: (0,_deploy_batches_js__WEBPACK_IMPORTED_MODULE_3__.confirmationTokenFor)(plan.digest),
        [Output.ReportFile]: paths['report.json'],
        [Output.ManifestFile]: paths['manifest.json'] ?? '',
        [Output.PlanFile]: paths['plan.json'],
        [Output.Changed]: report.counts.applied + report.counts['rolled-back'],
    }, { secrets });
    const summary = inputs.dryRun ? planMd : `${(0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_7__.renderReportMarkdown)(report)}\n<details><summary>Plan</summary>\n\n${planMd}\n</details>\n`;
    await (0,_common_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .writeSummary */ .Sy)(summary, { secrets, note: `The full report is ${paths['report.json']}.` });
    logger.info((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_7__.reportOneLine)(report));
    if (report.result !== 'succeeded' && report.result !== 'planned') {
        throw new Error(`${report.result} — ${report.stopReasons.join(' | ') || 'see the report'}`);
    }
    if (report.result === 'planned' && plan.blockers.length > 0) {
        logger.warning(`dry run: this plan would be refused: ${plan.blockers.join(' | ')}`);
    }
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


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};

//# sourceMappingURL=315.index.js.map