export const id = 3272;
export const ids = [3272,370,7989,5132,2751,9894,6549];
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

/***/ 88167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  Input: () => (/* binding */ Input),
  Output: () => (/* binding */ Output),
  getInputs: () => (/* binding */ getInputs),
  promotionIdFrom: () => (/* binding */ promotionIdFrom),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/deploy/clock.ts
var clock = __webpack_require__(73941);
// EXTERNAL MODULE: ./src/deploy/batches.ts
var batches = __webpack_require__(78951);
// EXTERNAL MODULE: ./src/deploy/engine.ts
var engine = __webpack_require__(40417);
// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(89536);
// EXTERNAL MODULE: ./src/deploy/plan-binding.ts
var plan_binding = __webpack_require__(74564);
// EXTERNAL MODULE: ./src/fleet/inventory.ts
var inventory = __webpack_require__(66868);
// EXTERNAL MODULE: ./src/deploy/records.ts
var records = __webpack_require__(70453);
// EXTERNAL MODULE: ./src/deploy/report.ts
var deploy_report = __webpack_require__(65505);
// EXTERNAL MODULE: ./src/actions/common/errors.ts
var errors = __webpack_require__(5202);
// EXTERNAL MODULE: ./src/actions/common/inputs.ts
var common_inputs = __webpack_require__(59120);
// EXTERNAL MODULE: ./src/actions/common/logger.ts
var common_logger = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/actions/common/secrets.ts
var common_secrets = __webpack_require__(13920);
// EXTERNAL MODULE: ./src/actions/common/summary.ts
var common_summary = __webpack_require__(16549);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/deploy/store/git.ts
var git = __webpack_require__(51941);
// EXTERNAL MODULE: ./src/actions/rolling-deploy/shared.ts
var shared = __webpack_require__(75742);
;// CONCATENATED MODULE: ./src/actions/rolling-deploy/interrupted.ts
/**
 * rolling-deploy's post step (`post-if: always()`), and the state main hands it.
 *
 * Why it exists: when a job is cancelled, the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the
 * process 2.5 s after that — and then still runs post steps. The engine stops cleanly on SIGINT when it
 * can (it lets in-flight writes finish, records the outcome, releases the environment lock), but a killed
 * main step leaves the lock held for its whole TTL (6 h: every later deploy of the environment is refused)
 * and no audit line saying what happened. The post step closes that gap:
 *
 * - main records its progress with `core.saveState` (key {@link State.Deploy}): where the state store is,
 *   the lock owner/host/pid, and once known the deployment id, versions and the last finished batch; at its
 *   very end (success or failure alike) it records `phase: finished`;
 * - the post step does nothing when main finished (or never got as far as opening the store);
 * - otherwise it appends an `interrupted` audit line with what is known, marks the deployment record
 *   `interrupted` (a re-run resumes it), flushes, and releases the lock — ONLY when the lock is still the
 *   one this job's main step took (same owner, host and pid, and the same deployment when the lock names
 *   one). A lock someone else holds is never touched, and neither is their deployment record;
 * - it never fails the job: every problem (store unreachable, malformed state) is a warning.
 *
 * Nothing here talks to a gateway, and the state holds no secret (no token, no config content).
 */









/** State keys (`core.saveState` in main → `STATE_<key>` in post). */
const State = {
    Deploy: 'deploy',
};
/** Stands in for a state-remote that holds credentials (the post step reads `INPUT_STATE-REMOTE` instead). */
const REMOTE_FROM_INPUT = '(state-remote input)';
/** The action name as the post step's messages print it. */
const POST_ACTION = 'rolling-deploy';
/** How many instances an `interrupted` audit line lists at most (the batch lines before it list them all). */
const MAX_AUDIT_INSTANCES = 500;
/**
 * Records main's progress with `save` (default `core.saveState`). Every call saves the whole state: the
 * runner keeps the last value saved under a key, so a kill between two saves leaves the previous one.
 */
class DeployStepTracker {
    save;
    state;
    constructor(save = (n, v) => lib_core.saveState(n, v)) {
        this.save = save;
    }
    /** Main opened the state store; from here on the engine may take the environment lock. */
    started(init) {
        const c = init.context;
        this.state = {
            schema: 1,
            phase: 'started',
            environment: init.environment,
            // A state-remote URL with credentials is not copied into the state: the post step reads the input again.
            store: init.store.kind === 'git' && (0,git/* redactRemote */.Ai)(init.store.remote) !== init.store.remote ? { ...init.store, remote: REMOTE_FROM_INPUT } : init.store,
            owner: c.owner,
            host: (0,external_node_os_.hostname)(),
            pid: process.pid,
            ...(c.actor ? { actor: c.actor } : {}),
            ...(c.ticket ? { ticket: c.ticket } : {}),
            ...(c.runUrl ? { runUrl: c.runUrl } : {}),
        };
        this.write();
    }
    /** Engine hooks that keep the state current (deployment id, versions, last finished batch). */
    hooks() {
        return {
            onDeployment: (d) => {
                if (!this.state)
                    return;
                Object.assign(this.state, { deploymentId: d.deploymentId, attempt: d.attempt, version: d.version, batches: d.batches }, d.fromVersion !== undefined ? { fromVersion: d.fromVersion } : {});
                this.write();
            },
            afterBatch: (b) => {
                if (!this.state)
                    return;
                this.state.lastBatch = b.index;
                this.write();
            },
        };
    }
    /** Main reached its end (whatever the result): the post step has nothing to do. */
    finished() {
        if (!this.state)
            return; // never opened the store: post finds no state and does nothing either
        this.state.phase = 'finished';
        this.write();
    }
    write() {
        try {
            this.save(State.Deploy, JSON.stringify(this.state));
        }
        catch {
            // Saving state is best effort: a deploy must not fail because the runner's state file is unwritable.
        }
    }
}
/** Runs two engine hooks of the same name one after the other (the tracker's and a caller's). */
function chainHooks(a, b) {
    if (!b)
        return a;
    const out = { ...a, ...b };
    for (const k of Object.keys(a)) {
        const fa = a[k];
        const fb = b[k];
        if (fa && fb) {
            out[k] = async (x) => {
                await fa(x);
                await fb(x);
            };
        }
    }
    return out;
}
/** Parses the saved state; `undefined` when absent, malformed, or of an unknown shape. */
function parseDeployStepState(text) {
    if (!text)
        return undefined;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!v || typeof v !== 'object' || v.schema !== 1)
        return undefined;
    if (v.phase !== 'started' && v.phase !== 'finished')
        return undefined;
    if (typeof v.environment !== 'string' || typeof v.owner !== 'string' || typeof v.host !== 'string' || typeof v.pid !== 'number')
        return undefined;
    const s = v.store;
    const storeOk = !!s &&
        ((s.kind === 'git' && typeof s.remote === 'string' && typeof s.branch === 'string') ||
            (s.kind === 'dir' && typeof s.path === 'string') ||
            s.kind === 'none');
    if (!storeOk)
        return undefined;
    return v;
}
/**
 * True when `lock` is (or, for a lock shared by parallel slices of one run, includes) the hold the main step
 * described by `s` took: same owner, and a holder on the same host with the same pid (and the same
 * deployment when the holder names one). See module doc.
 */
function isOurLock(lock, s) {
    if (!lock || lock.owner !== s.owner)
        return false;
    const holders = Array.isArray(lock.holders) ? lock.holders : [lock];
    return holders.some((h) => h.host === s.host && h.pid === s.pid && !(h.deploymentId && s.deploymentId && h.deploymentId !== s.deploymentId));
}
/** The post step. Never throws: problems become warnings (the main step already decided the outcome). */
async function runPost(opts = {}) {
    const secrets = opts.secrets ?? createActionSecrets();
    const logger = opts.logger ?? createActionsLogger({ secrets });
    const result = { action: 'none', audited: false, lockReleased: false, markedInterrupted: false };
    let store;
    try {
        const raw = (opts.state ?? ((n) => core.getState(n)))(State.Deploy);
        if (!raw) {
            logger.debug('post: no state from the main step (it stopped before opening the state store): nothing to do');
            return result;
        }
        const s = parseDeployStepState(raw);
        if (!s) {
            logger.warning(`${POST_ACTION} post step: the state saved by the main step is not readable; the environment lock (if any) was left alone`);
            result.action = 'failed';
            return result;
        }
        if (s.phase === 'finished') {
            logger.debug('post: the main step finished; nothing to do');
            return result;
        }
        if (s.store.kind === 'none')
            return result; // dry run: no lock, no record
        const env = opts.env ?? process.env;
        if (s.store.kind === 'git' && s.store.remote === REMOTE_FROM_INPUT) {
            // Inputs are given to post steps too (`INPUT_<NAME>`, hyphens kept).
            const remote = (env['INPUT_STATE-REMOTE'] ?? '').trim();
            if (!remote)
                throw new Error("the state-remote input is not available to the post step; the environment lock (if any) was left alone");
            s.store = { ...s.store, remote };
        }
        registerRemoteCredentials(s.store, secrets);
        const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
        const now = opts.now ?? Date.now;
        store = (opts.openStore ?? openStore)(s.store, workspace);
        const recorder = new StateRecorder(store, s.environment, { secrets, now });
        result.action = 'recorded';
        const where = s.lastBatch !== undefined ? `after batch ${s.lastBatch}${s.batches !== undefined ? ` of ${s.batches}` : ''}` : s.deploymentId ? 'before its first batch finished' : 'before the deployment started';
        logger.warning(`${POST_ACTION}: the main step did not finish (cancelled or killed) ${where}${s.deploymentId ? ` — deployment ${s.deploymentId}` : ''}`);
        const lock = await recorder.readLock();
        const ours = isOurLock(lock, s);
        if (lock && !ours)
            result.lockHeldBy = `${lock.owner}${lock.deploymentId ? ` (deployment ${lock.deploymentId})` : ''}`;
        // The deployment record is only touched while this run holds the lock: once another run holds it, that
        // run may be resuming this very deployment (same id), and its record is no longer ours to change.
        let dep;
        if (s.deploymentId) {
            dep = await recorder.readDeployment(s.deploymentId).catch((e) => {
                logger.warning(`${POST_ACTION} post step: could not read deployment ${s.deploymentId}: ${getErrorMessage(e)}`);
                return undefined;
            });
            if (dep && ours && dep.status === 'running') {
                await recorder.writeDeployment({ ...dep, status: 'interrupted', updatedAt: new Date(now()).toISOString(), instances: {} });
                result.markedInterrupted = true;
            }
        }
        const touched = dep ? Object.entries(dep.instances).filter(([, st]) => st.written || st.status !== 'untouched') : [];
        const line = {
            event: 'interrupted',
            deploymentId: s.deploymentId ?? '',
            attempt: s.attempt ?? 0,
            ...(s.actor ? { actor: s.actor } : {}),
            ...(s.ticket ? { ticket: s.ticket } : {}),
            ...(s.runUrl ? { runUrl: s.runUrl } : {}),
            ...(s.fromVersion !== undefined ? { fromVersion: s.fromVersion } : {}),
            ...(s.version !== undefined ? { toVersion: s.version } : {}),
            outcome: 'interrupted',
            ...(touched.length ? { instances: touched.slice(0, MAX_AUDIT_INSTANCES).map(([id, st]) => ({ id, status: st.written && st.status === 'untouched' ? 'written?' : st.status })) } : {}),
            detail: `the main step did not finish (cancelled or killed) ${where}` +
                (touched.length > MAX_AUDIT_INSTANCES ? `; ${touched.length} instance(s) touched, the first ${MAX_AUDIT_INSTANCES} listed` : '') +
                (touched.some(([, st]) => st.written && st.status === 'untouched') ? '; "written?" = a write was sent or about to be sent and its outcome is unknown (a re-run reads it back)' : '') +
                (ours ? '; the environment lock was released by the post step' : lock ? `; the environment lock is held by ${result.lockHeldBy} and was left alone` : '; no environment lock was held'),
        };
        await recorder.audit(line);
        result.audited = true;
        await recorder.flush(`post: ${s.deploymentId ? `deploy ${s.deploymentId}` : 'deploy'} interrupted`);
        if (ours) {
            await recorder.releaseLock(s.owner, { host: s.host, pid: s.pid });
            result.lockReleased = true;
            logger.info(`released the environment lock of '${recorder.environment}' that the interrupted main step held; re-run the workflow to resume${s.deploymentId ? ` deployment ${s.deploymentId}` : ''}, or run auto-rollback`);
        }
        else if (lock) {
            logger.info(`the environment lock of '${recorder.environment}' is held by ${result.lockHeldBy}, not by this run: left alone`);
        }
    }
    catch (e) {
        result.action = 'failed';
        handlePostError(POST_ACTION, e, { secrets, sink: { debug: (m) => logger.debug(m), warning: (m) => logger.warning(m) } });
    }
    finally {
        await store?.close?.().catch((e) => logger.debug(`post: closing the state store: ${getErrorMessage(e)}`));
    }
    return result;
}
/** A state-remote URL with credentials in it: mask them before anything can print the URL. */
function registerRemoteCredentials(spec, secrets) {
    if (spec.kind !== 'git')
        return;
    try {
        const u = new URL(spec.remote);
        if (u.password)
            secrets.add(decodeURIComponent(u.password));
        if (u.username && u.password)
            secrets.add(decodeURIComponent(u.username));
    }
    catch {
        // a remote name (origin) or a path: nothing to mask
    }
}

;// CONCATENATED MODULE: ./src/actions/rolling-deploy/run.ts
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
    ExpectedPlanDigest: 'expected-plan-digest',
    PromotionId: 'promotion-id',
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
    PromotionId: 'promotion-id',
};
const PROMOTION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/**
 * The promotion a deployment belongs to: the input, else the workflow run id — the same across re-run
 * attempts, so a re-run of a failed wave stays in its promotion (and its rollback still finds every wave).
 * Outside Actions (no GITHUB_RUN_ID) there is none.
 */
function promotionIdFrom(input, env) {
    if (input)
        return input;
    const runId = env['GITHUB_RUN_ID'];
    return runId && /^\d{1,20}$/.test(runId) ? runId : undefined;
}
/** Parses every input; throws a UserError naming the first bad one. No side effects. */
function getInputs(read) {
    const inputs = (0,common_inputs.createInputs)(read);
    const policy = (0,shared.parsePolicy)(inputs);
    const store = (0,shared.parseStoreInputs)(inputs);
    const dryRun = inputs.getBoolean(Input.DryRun, false);
    const restartCommand = inputs.getOptional(Input.RestartCommand);
    if (policy.allowProcessRestart && !restartCommand) {
        throw new common_errors/* UserError */.yo(`allow-process-restart is true but '${Input.RestartCommand}' is empty: a listener change needs a command that restarts the gateway process. Fix: set restart-command (it gets CLAWFLEET_INSTANCE_ID / CLAWFLEET_INSTANCE_URL in its env).`);
    }
    if (store.store.kind === 'none' && !dryRun) {
        throw new common_errors/* UserError */.yo(`state-store: none keeps no record, so nothing could be rolled back or resumed; it is only allowed with dry-run: true. Fix: use state-store: git (default) or dir.`);
    }
    const ticket = inputs.getOptional(shared.ClientInput.Ticket);
    const instances = inputs.getOptional(shared.ClientInput.Instances);
    const rawDigest = inputs.getOptional(Input.ExpectedPlanDigest);
    const expectedPlanDigest = rawDigest === undefined ? undefined : (0,plan_binding.normalizePlanDigest)(rawDigest);
    if (rawDigest !== undefined && expectedPlanDigest === undefined) {
        throw new common_errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.ExpectedPlanDigest, rawDigest, "Expected sha256:<64 hex> — the plan-digest output of the dry run reviewers signed off (sign-off's plan-digest output)."));
    }
    const promotionId = inputs.getOptional(Input.PromotionId);
    if (promotionId !== undefined && !PROMOTION_ID.test(promotionId)) {
        throw new common_errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.PromotionId, promotionId, 'Expected 1–128 characters: letters, digits, ".", "_", ":" or "-" (default: the workflow run id).'));
    }
    return {
        config: inputs.getRequired(Input.Config),
        inventory: inputs.getRequired(shared.ClientInput.Inventory),
        ...(instances ? { instances } : {}),
        exclude: inputs.getList(Input.Exclude),
        hostAllowlist: inputs.getList(shared.ClientInput.HostAllowlist),
        policy,
        dryRun,
        requireCleanRef: inputs.getBoolean(Input.RequireCleanRef, false),
        ...(restartCommand ? { restartCommand } : {}),
        validationEngine: inputs.getEnum(Input.ValidationEngine, ['fast', 'exact'], 'fast'),
        envMode: inputs.getEnum(Input.EnvMode, ['warn', 'error'], 'warn'),
        requestTimeoutMs: inputs.getInt(shared.ClientInput.RequestTimeoutSeconds, { default: 10, min: 1, max: 600 }) * 1000,
        ...(ticket ? { ticket } : {}),
        ...(expectedPlanDigest ? { expectedPlanDigest } : {}),
        ...(promotionId ? { promotionId } : {}),
        ...store,
    };
}
async function run(overrides = {}) {
    const secrets = overrides.secrets ?? (0,common_secrets/* createActionSecrets */.Y)();
    const tracker = overrides.tracker ?? new DeployStepTracker();
    try {
        await runInner(secrets, overrides, tracker);
    }
    catch (e) {
        (0,errors/* handleError */.H)(ACTION, e, { secrets });
    }
    finally {
        // Reached the end (whatever the result): the post step has nothing to clean up (interrupted.ts).
        tracker.finished();
    }
}
async function runInner(secrets, overrides, tracker) {
    const env = overrides.env ?? process.env;
    const logger = (0,common_logger/* createActionsLogger */.Ml)({ secrets });
    const inputs = getInputs();
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    if (inputs.requireCleanRef) {
        const { tag } = await (0,preflight.checkCleanRef)({ cwd: workspace, ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}) });
        logger.info(`require-clean-ref: deploying tag ${tag} from a clean checkout`);
    }
    const ctx = (0,shared.runContext)(env, inputs.ticket);
    const pre = await (0,preflight.preflight)({
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
    if (inputs.expectedPlanDigest) {
        // Before the store is opened: a plan that is not the signed-off one takes no lock and writes nothing.
        const excludedIds = new Set(pre.excluded.map((e) => e.spec.id).concat(inputs.exclude));
        const binding = (0,plan_binding.checkPlanBinding)({
            expected: inputs.expectedPlanDigest,
            inputName: Input.ExpectedPlanDigest,
            config: pre.config,
            selected: pre.selected,
            environment: (0,inventory.selectInstances)(pre.inventory, undefined).filter((i) => !excludedIds.has(i.id)),
            policy: inputs.policy,
        });
        logger.info(`${Input.ExpectedPlanDigest}: the plan matches the signed-off ${binding.digest} (${binding.matched === 'selection' ? 'this selection' : 'the whole environment this selection is part of'})`);
    }
    const promotionId = promotionIdFrom(inputs.promotionId, env);
    const store = (0,shared.openStore)(inputs.store, workspace);
    const recorder = new records.StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
    logger.info(`state: ${store.description}; environment ${recorder.environment}`);
    tracker.started({ environment: inputs.environment, store: inputs.store, context: ctx });
    const ctrl = new AbortController();
    const onSignal = (sig) => () => {
        logger.warning(`received ${sig}: finishing in-flight writes, starting nothing new`);
        ctrl.abort(new clock/* CancelledError */.cc(`the run was cancelled (${sig})`));
    };
    const onInt = onSignal('SIGINT');
    const onTerm = onSignal('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    let outcome;
    try {
        outcome = await (0,engine.runDeployment)({
            environment: inputs.environment,
            config: pre.config,
            source: pre.source,
            instances: pre.selected,
            excluded: pre.excluded,
            policy: inputs.policy,
            dryRun: inputs.dryRun,
            context: ctx,
            ...(promotionId ? { promotionId } : {}),
        }, {
            clientFor: (0,shared.clientFactory)(pre.tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }),
            recorder,
            logger,
            signal: ctrl.signal,
            ...(inputs.restartCommand ? { restartHook: (0,shared.restartCommandHook)(inputs.restartCommand, recorder.environment, inputs.policy.restartTimeoutSeconds * 1000, logger) } : {}),
            ...overrides.engine,
            hooks: chainHooks(tracker.hooks(), overrides.engine?.hooks),
        });
    }
    finally {
        process.removeListener('SIGINT', onInt);
        process.removeListener('SIGTERM', onTerm);
        await store.close?.();
    }
    const { plan, report, manifest } = outcome;
    const base = env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)();
    const planMd = (0,deploy_report.renderPlanMarkdown)(plan);
    const files = { 'plan.json': JSON.stringify(plan, null, 2) + '\n', 'plan.md': planMd, 'report.json': JSON.stringify(report, null, 2) + '\n' };
    if (manifest)
        files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
    for (const [name, text] of Object.entries(files)) {
        if (secrets.redact(text) !== text)
            throw new Error(`refusing to write ${name}: it would contain a secret`);
    }
    const paths = (0,shared.writeArtifacts)(base, report.deploymentId || `plan-${(0,batches.confirmationTokenFor)(plan.digest)}`, files);
    (0,common_summary.setOutputs)({
        [Output.Result]: report.result,
        [Output.Version]: `v${report.version}`,
        [Output.FromVersion]: report.fromVersion !== undefined ? `v${report.fromVersion}` : '',
        [Output.DeploymentId]: report.deploymentId,
        [Output.PlanDigest]: plan.digest,
        [Output.ConfirmationToken]: (0,batches.confirmationTokenFor)(plan.digest),
        [Output.ReportFile]: paths['report.json'],
        [Output.ManifestFile]: paths['manifest.json'] ?? '',
        [Output.PlanFile]: paths['plan.json'],
        [Output.Changed]: report.counts.applied + report.counts['rolled-back'],
        [Output.PromotionId]: promotionId ?? '',
    }, { secrets });
    const summary = inputs.dryRun ? planMd : `${(0,deploy_report.renderReportMarkdown)(report)}\n<details><summary>Plan</summary>\n\n${planMd}\n</details>\n`;
    await (0,common_summary.writeSummary)(summary, { secrets, note: `The full report is ${paths['report.json']}.` });
    logger.info((0,deploy_report.reportOneLine)(report));
    if (report.result !== 'succeeded' && report.result !== 'planned') {
        throw new Error(`${report.result} — ${report.stopReasons.join(' | ') || 'see the report'}`);
    }
    if (report.result === 'planned' && plan.blockers.length > 0) {
        logger.warning(`dry run: this plan would be refused: ${plan.blockers.join(' | ')}`);
    }
}


/***/ }),

/***/ 74564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPlanBinding: () => (/* binding */ checkPlanBinding),
/* harmony export */   normalizePlanDigest: () => (/* binding */ normalizePlanDigest)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/**
 * Sign-off binding at run time (issue #7): a deployment given `expected-plan-digest` (the digest reviewers
 * approved) refuses to start when the plan about to run has another digest — an instance was added or
 * removed, the config or an overlay changed, the strategy or the batches differ.
 *
 * The check runs offline ({@link planDigestFor}: the digest never depends on live state), after the config
 * validated and the inventory loaded, and BEFORE the state store is opened: a refused run takes no lock,
 * sends no RPC and writes nothing.
 *
 * A promotion deploys one environment in slices (waves as matrix jobs), and reviewers approve the plan of
 * the whole environment. So a slice accepts either digest: its own plan's (a run signed off on exactly this
 * selection) or the plan of every instance of the environment that it is a slice of (same inventory, same
 * exclusions, no selector). Both bind the same config content, instances and batches.
 */


const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Normalises a digest input: `sha256:<64 hex>` or bare 64 hex, any case. Undefined when malformed. */
function normalizePlanDigest(value) {
    const v = value.trim().toLowerCase();
    const full = /^[0-9a-f]{64}$/.test(v) ? `sha256:${v}` : v;
    return DIGEST.test(full) ? full : undefined;
}
/** Checks the binding; throws a UserError naming the input, both digests and the fix when it does not hold. */
function checkPlanBinding(input) {
    const mine = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDigestFor */ .xQ)(input.config, input.selected, input.policy);
    if (mine === input.expected)
        return { matched: 'selection', digest: mine };
    const sameSet = input.selected.length === input.environment.length && input.selected.every((s, i) => s.id === input.environment[i]?.id);
    const whole = sameSet ? mine : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDigestFor */ .xQ)(input.config, input.environment, input.policy);
    if (whole === input.expected)
        return { matched: 'environment', digest: whole };
    const about = sameSet ? `about to run ${mine}` : `about to run ${mine} (this selection of ${input.selected.length} instance(s)) / ${whole} (the whole environment, ${input.environment.length} instance(s))`;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${input.inputName}: the plan changed since it was signed off — approved ${input.expected}, ${about}. ` +
        'The config, the inventory (instances, overlays, tiers, zones) or the rollout policy (strategy, batch size, waves) differ from what reviewers approved. ' +
        'Nothing was written, no lock was taken and no gateway was contacted. Fix: re-run sign-off on the new plan (dispatch the promotion again so reviewers approve the new digest).');
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

//# sourceMappingURL=3272.index.js.map