export const id = 7043;
export const ids = [7043,6549];
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

/***/ 97043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_NAME: () => (/* binding */ ACTION_NAME),
  Input: () => (/* binding */ Input),
  Output: () => (/* binding */ Output),
  alertSinkFor: () => (/* binding */ alertSinkFor),
  getInputs: () => (/* binding */ getInputs),
  parseBrowserSample: () => (/* binding */ parseBrowserSample),
  renderWatchSummary: () => (/* binding */ renderWatchSummary),
  run: () => (/* binding */ run),
  watchOptionsFrom: () => (/* binding */ watchOptionsFrom)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92785);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/actions/common/errors.ts
var errors = __webpack_require__(5202);
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
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/deploy/records.ts
var records = __webpack_require__(70453);
// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __webpack_require__(66868);
// EXTERNAL MODULE: ./src/smoke/browser.ts
var browser = __webpack_require__(72965);
// EXTERNAL MODULE: ./src/smoke/version.ts
var version = __webpack_require__(16561);
;// CONCATENATED MODULE: ./src/github/port.ts
/**
 * The GitHub API calls of the promotion flow, over one injected `request(route, params)` — the signature of
 * Octokit's `request` (`getOctokit(token).request` from @actions/github). Tests pass a fake and check every
 * call against GitHub's OpenAPI description; nothing here imports @actions/*.
 */

const obj = (v) => (typeof v === 'object' && v !== null ? v : {});
const str = (v) => (typeof v === 'string' ? v : '');
const PAGE = 100;
const MAX_PAGES = 10;
async function paginate(request, route, params) {
    const all = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await request(route, { ...params, per_page: PAGE, page });
        const items = Array.isArray(data) ? data : [];
        all.push(...items);
        if (items.length < PAGE)
            break;
    }
    return all;
}
/** The marker that makes the config-check comment findable again (one comment, updated in place). */
const COMMENT_MARKER = '<!-- clawfleet:config-check -->';
function issueInfo(raw) {
    const i = obj(raw);
    const labels = (Array.isArray(i['labels']) ? i['labels'] : []).map((l) => (typeof l === 'string' ? l : str(obj(l)['name']))).filter((l) => l !== '');
    return {
        number: typeof i['number'] === 'number' ? i['number'] : 0,
        url: str(i['html_url']),
        title: str(i['title']),
        state: i['state'] === 'closed' ? 'closed' : 'open',
        ...(typeof i['state_reason'] === 'string' ? { stateReason: i['state_reason'] } : {}),
        body: str(i['body']),
        labels,
    };
}
/** GitHub access used by sign-off, deployments and the PR comment. */
class GitHubPort {
    request;
    repo;
    constructor(request, repo) {
        this.request = request;
        this.repo = repo;
    }
    /** Approvals given in this run's environment reviews (`approved` only), optionally for one environment. */
    async runApprovals(runId, environment) {
        const { data } = await this.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...this.repo, run_id: runId });
        const out = [];
        for (const raw of Array.isArray(data) ? data : []) {
            const a = obj(raw);
            if (a['state'] !== 'approved')
                continue;
            const envs = (Array.isArray(a['environments']) ? a['environments'] : []).map((e) => str(obj(e)['name']).toLowerCase());
            if (environment && !envs.includes(environment.toLowerCase()))
                continue;
            out.push({ login: str(obj(a['user'])['login']), source: 'environment', text: str(a['comment']) });
        }
        return out;
    }
    /** The merged pull request that brought `sha` in (author + number), if any. */
    async mergedPullFor(sha) {
        const pulls = await paginate(this.request, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repo, commit_sha: sha });
        for (const raw of pulls) {
            const p = obj(raw);
            if (typeof p['merged_at'] === 'string' && p['merged_at'] !== '' && typeof p['number'] === 'number')
                return { number: p['number'], author: str(obj(p['user'])['login']) };
        }
        return undefined;
    }
    /** Approving reviews of a pull request, the latest review per reviewer deciding (a later "changes requested" withdraws). */
    async pullApprovals(pullNumber) {
        const reviews = await paginate(this.request, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...this.repo, pull_number: pullNumber });
        const latest = new Map();
        for (const raw of reviews) {
            const r = obj(raw);
            const state = str(r['state']);
            if (state === 'COMMENTED' || state === 'PENDING')
                continue; // comments neither approve nor withdraw
            latest.set(str(obj(r['user'])['login']).toLowerCase(), r);
        }
        return [...latest.values()]
            .filter((r) => r['state'] === 'APPROVED')
            .map((r) => ({ login: str(obj(r['user'])['login']), source: 'pull-request', text: str(r['body']), ...(typeof r['submitted_at'] === 'string' ? { at: r['submitted_at'] } : {}) }));
    }
    /** True when `login` is an active member of `org/team` (404 = not a member). */
    async isTeamMember(team, login) {
        const [org, slug] = team.split('/');
        try {
            const { data } = await this.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
            return obj(data)['state'] === 'active';
        }
        catch (e) {
            if (obj(e)['status'] === 404)
                return false;
            throw e;
        }
    }
    /** Creates a deployment of `ref` to `environment` (no auto-merge, no required contexts: our own gates ran). */
    async createDeployment(opts) {
        const { status, data } = await this.request('POST /repos/{owner}/{repo}/deployments', {
            ...this.repo,
            ref: opts.ref,
            environment: opts.environment,
            auto_merge: false,
            required_contexts: [],
            description: (opts.description ?? '').slice(0, 140),
            payload: opts.payload ?? {},
            ...(opts.production !== undefined ? { production_environment: opts.production } : {}),
        });
        const id = obj(data)['id'];
        if (status !== 201 || typeof id !== 'number')
            throw new common_errors/* UserError */.yo(`GitHub did not create the deployment (HTTP ${status}: ${str(obj(data)['message']) || 'no id returned'}).`);
        return id;
    }
    /** Adds a status to a deployment (log and environment URLs shown on the environment page). */
    async setDeploymentStatus(deploymentId, opts) {
        await this.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...this.repo,
            deployment_id: deploymentId,
            state: opts.state,
            ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
            ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
            ...(opts.description ? { description: opts.description.slice(0, 140) } : {}),
            auto_inactive: opts.state === 'success',
        });
    }
    /** Creates or updates the one comment carrying {@link COMMENT_MARKER}; returns its URL. */
    async upsertComment(issueNumber, body) {
        const full = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
        const comments = await paginate(this.request, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber });
        const mine = comments.map(obj).find((c) => str(c['body']).includes(COMMENT_MARKER) && str(obj(c['user'])['type']) === 'Bot');
        const { data } = mine
            ? await this.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.repo, comment_id: mine['id'], body: full })
            : await this.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber, body: full });
        return str(obj(data)['html_url']);
    }
    /**
     * Open issues carrying `label`, oldest first, pull requests left out. The list endpoint is read rather
     * than the search API because search is eventually consistent: an issue created a minute ago may not be
     * found, which is exactly the duplicate the caller is trying to avoid.
     */
    async listOpenIssues(label) {
        const items = await paginate(this.request, 'GET /repos/{owner}/{repo}/issues', { ...this.repo, state: 'open', labels: label, sort: 'created', direction: 'asc' });
        return items.filter((raw) => obj(raw)['pull_request'] === undefined).map(issueInfo).filter((i) => i.number > 0);
    }
    /** One issue, or undefined when it is gone (404 deleted/transferred out of reach, 410 deleted). */
    async getIssue(issueNumber) {
        try {
            const { data } = await this.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...this.repo, issue_number: issueNumber });
            return issueInfo(data);
        }
        catch (e) {
            const status = obj(e)['status'];
            if (status === 404 || status === 410)
                return undefined;
            throw e;
        }
    }
    /**
     * Opens an issue. Create its labels first ({@link ensureLabel}): GitHub drops labels it will not set
     * (a token without push access) silently, so callers check the returned `labels`.
     */
    async createIssue(opts) {
        const { status, data } = await this.request('POST /repos/{owner}/{repo}/issues', { ...this.repo, title: opts.title, body: opts.body, labels: opts.labels });
        const issue = issueInfo(data);
        if (status !== 201 || issue.number === 0)
            throw new common_errors/* UserError */.yo(`GitHub did not create the issue (HTTP ${status}: ${str(obj(data)['message']) || 'no number returned'}).`);
        return issue;
    }
    /** Adds a comment to an issue; returns the comment's URL. */
    async addIssueComment(issueNumber, body) {
        const { data } = await this.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber, body });
        return str(obj(data)['html_url']);
    }
    /** Changes an issue's title and/or state (`state_reason` only goes with a state change, as GitHub ignores it otherwise). */
    async updateIssue(issueNumber, opts) {
        const { data } = await this.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...this.repo,
            issue_number: issueNumber,
            ...(opts.title !== undefined ? { title: opts.title } : {}),
            ...(opts.state ? { state: opts.state } : {}),
            ...(opts.state && opts.stateReason ? { state_reason: opts.stateReason } : {}),
        });
        return issueInfo(data);
    }
    /**
     * Makes sure a label exists (404 → create it). A 422 on create means another run created it meanwhile.
     * Labels are created explicitly rather than left to `createIssue`: GitHub's implicit creation of unknown
     * labels has not been reliable for app tokens such as `GITHUB_TOKEN`, and a dropped label would hide the
     * issue from {@link listOpenIssues}.
     */
    async ensureLabel(label) {
        try {
            await this.request('GET /repos/{owner}/{repo}/labels/{name}', { ...this.repo, name: label.name });
            return 'exists';
        }
        catch (e) {
            if (obj(e)['status'] !== 404)
                throw e;
        }
        try {
            await this.request('POST /repos/{owner}/{repo}/labels', { ...this.repo, name: label.name, color: label.color, description: label.description.slice(0, 100) });
            return 'created';
        }
        catch (e) {
            if (obj(e)['status'] === 422)
                return 'exists';
            throw e;
        }
    }
}

// EXTERNAL MODULE: ./src/watch/alerts.ts
var alerts = __webpack_require__(76640);
// EXTERNAL MODULE: ./src/watch/watch.ts
var watch = __webpack_require__(14416);
;// CONCATENATED MODULE: ./src/actions/fleet-watch/run.ts
/**
 * fleet-watch action: typed inputs → one watch run (probe, history, retention, alerts, one store flush) →
 * outputs, a report file and the job summary; the step fails for failed instances (`fail-on`).
 *
 * Every input is parsed before anything is contacted or written (the scalar inputs first, then the
 * inventory, the selection and the tokens, which are registered as secrets the moment they are read).
 */



















const ACTION_NAME = 'fleet-watch';
/** Input names, once (kebab-case, as in action.yml). */
const Input = {
    Inventory: 'inventory',
    Instances: 'instances',
    Environment: 'environment',
    ExpectedVersion: 'expected-version',
    ConfigRepo: 'config-repo',
    Browser: 'browser',
    BrowserPath: 'browser-path',
    BrowserSample: 'browser-sample',
    TimeoutSeconds: 'timeout-seconds',
    Concurrency: 'concurrency',
    PairDevices: 'pair-devices',
    StateStore: 'state-store',
    StateBranch: 'state-branch',
    StateRemote: 'state-remote',
    StateDir: 'state-dir',
    RetentionDays: 'retention-days',
    Debounce: 'debounce',
    RecoverAfter: 'recover-after',
    RemindAfterHours: 'remind-after-hours',
    Alerts: 'alerts',
    RunbookUrl: 'runbook-url',
    GithubToken: 'github-token',
    FailOn: 'fail-on',
};
const Output = {
    Result: 'result',
    Healthy: 'healthy',
    Degraded: 'degraded',
    Failed: 'failed',
    FailedInstances: 'failed-instances',
    DegradedInstances: 'degraded-instances',
    IncidentsOpened: 'incidents-opened',
    IncidentsClosed: 'incidents-closed',
    ReportJson: 'report-json',
    ScreenshotsDir: 'screenshots-dir',
};
/** `browser-sample`: a count (`2`) or a share of the selection (`10%`, `0.1`); `0` = no browser this run. */
function parseBrowserSample(inputs, name) {
    const raw = inputs.getOptional(name);
    if (raw === undefined)
        return { kind: 'count', count: 1 };
    if (/^\d{1,6}$/.test(raw))
        return { kind: 'count', count: Number(raw) };
    if (/%$/.test(raw) || /^\d*\.\d+$/.test(raw))
        return { kind: 'ratio', ratio: inputs.getRatio(name, { default: 0 }) };
    throw new common_errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(name, raw, 'Expected a number of instances (e.g. 2) or a share of them (e.g. 10% or 0.1).'));
}
/** `runbook-url`: an http(s) URL without credentials (it is printed in every alert issue). */
function parseRunbookUrl(value) {
    if (value === undefined)
        return undefined;
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new common_errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.RunbookUrl, value, 'Expected an http(s) URL, e.g. https://github.com/acme/ops/blob/main/runbooks/gateway.md.'));
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new common_errors/* UserError */.yo((0,common_inputs.invalidValueMessage)(Input.RunbookUrl, value, 'Expected an http(s) URL.'));
    if (u.username || u.password)
        throw new common_errors/* UserError */.yo(`The input '${Input.RunbookUrl}' holds credentials (user:password@); it is published in every alert issue. Remove them.`);
    return value;
}
/**
 * Reads and checks every input (see module doc). `env` is the step environment: tokens arrive there
 * (each instance's `tokenEnv`), never as inputs.
 */
function getInputs(read, env, registry) {
    const inputs = (0,common_inputs.createInputs)(read);
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const inWorkspace = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workspace, p));
    const inventoryRaw = inputs.getRequired(Input.Inventory);
    const selector = inputs.getOptional(Input.Instances);
    const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 60, min: 10, max: 3600 }) * 1000;
    const concurrency = inputs.getInt(Input.Concurrency, { default: 8, min: 1, max: 64 });
    const pairDevices = inputs.getBoolean(Input.PairDevices, true);
    const failOn = inputs.getEnum(Input.FailOn, ['failed', 'degraded', 'never'], 'failed');
    const retentionDays = inputs.getInt(Input.RetentionDays, { default: 30, min: 1, max: 3650 });
    const debounce = inputs.getInt(Input.Debounce, { default: 3, min: 1, max: 1000 });
    const recoverAfter = inputs.getInt(Input.RecoverAfter, { default: 1, min: 1, max: 1000 });
    const remindAfterMs = inputs.getInt(Input.RemindAfterHours, { default: 24, min: 0, max: 8760 }) * 3_600_000;
    const alerts = inputs.getBoolean(Input.Alerts, true);
    const runbookUrl = parseRunbookUrl(inputs.getOptional(Input.RunbookUrl));
    const githubToken = inputs.getOptional(Input.GithubToken);
    registry.add(githubToken);
    if (alerts && !githubToken) {
        throw new common_errors/* UserError */.yo(`The input '${Input.GithubToken}' is empty but '${Input.Alerts}' is true: alerts open GitHub issues. Pass \${{ github.token }} (with issues: write) or set '${Input.Alerts}: false'.`);
    }
    let repository;
    if (alerts) {
        const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env['GITHUB_REPOSITORY'] ?? '');
        if (!m)
            throw new common_errors/* UserError */.yo(`'${Input.Alerts}' is true but GITHUB_REPOSITORY (owner/repo, where the alert issues go) is ${env['GITHUB_REPOSITORY'] ? `'${env['GITHUB_REPOSITORY']}'` : 'not set'}. It is set on GitHub Actions; elsewhere set it or use '${Input.Alerts}: false'.`);
        repository = { owner: m[1], repo: m[2] };
    }
    const useBrowser = inputs.getBoolean(Input.Browser, false);
    const browserPath = inputs.getOptional(Input.BrowserPath);
    if (browserPath && !useBrowser)
        throw new common_errors/* UserError */.yo(`'${Input.BrowserPath}' is set but '${Input.Browser}' is false; remove one of them.`);
    const sample = parseBrowserSample(inputs, Input.BrowserSample);
    const storeInputs = (0,shared.parseStoreInputs)(inputs);
    const environment = (0,records.normalizeEnvironment)(storeInputs.environment);
    const configRepo = inputs.getOptional(Input.ConfigRepo);
    const expectedVersion = (0,version/* resolveExpectedVersion */.Jk)(inputs.getOptional(Input.ExpectedVersion), configRepo ? inWorkspace(configRepo) : workspace, workspace);
    // Inventory, selection and tokens: all before any network call or store access.
    const inventoryFile = inWorkspace(inventoryRaw);
    const inventory = (0,fleet_inventory.loadInventory)(inventoryFile);
    const picked = (0,fleet_inventory.selectInstances)(inventory, selector);
    const tokens = (0,fleet_inventory.resolveTokens)({ ...inventory, instances: picked }, env);
    const targets = picked.map((inst) => {
        const token = tokens.get(inst.id) ?? '';
        registry.add(token);
        return { id: inst.id, url: inst.url, token, ...(inst.overlay ? { overlay: inst.overlay } : {}) };
    });
    const location = useBrowser ? (0,browser/* findBrowser */.Kz)({ ...(browserPath ? { browserPath } : {}), env }) : undefined;
    return {
        inventoryFile,
        targets,
        inventoryIds: inventory.instances.map((i) => i.id),
        environment,
        ...(expectedVersion ? { expectedVersion } : {}),
        ...(location ? { browser: { location, sample } } : {}),
        timeoutMs,
        concurrency,
        pairDevices,
        store: storeInputs.store,
        retentionDays,
        debounce,
        recoverAfter,
        remindAfterMs,
        alerts,
        ...(runbookUrl ? { runbookUrl } : {}),
        ...(githubToken ? { githubToken } : {}),
        ...(repository ? { repository } : {}),
        failOn,
        runDir: (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), `clawfleet-watch-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`),
    };
}
/** The job summary of a run. */
function renderWatchSummary(result, opts) {
    const c = result.counts;
    const lines = [
        `## Fleet watch — ${result.environment}`,
        '',
        `**${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed** of ${result.rows.length} instance(s) · run \`${result.run}\` · ${result.finishedAt}`,
        '',
        (0,summary.markdownTable)(watch.SUMMARY_HEADERS, (0,watch.summaryRows)(result)),
    ];
    if (result.actions.length) {
        lines.push('', '### Incidents', '');
        for (const a of result.actions)
            lines.push(`- ${a.kind} for \`${a.instance}\` (${a.status})${a.issue ? ` — ${a.url ? `[#${a.issue}](${a.url})` : `#${a.issue}`}` : ''}`);
    }
    const during = result.rows.find((r) => r.duringDeployment)?.duringDeployment;
    if (during)
        lines.push('', `> A deployment was running (${during}): instances may have been probed mid-restart.`);
    if (result.alertError)
        lines.push('', `> **Alerts did not complete:** ${result.alertError}. The samples were recorded; the next run retries.`);
    lines.push('', `History: ${opts.store}${result.retentionRemoved.length ? ` (retention removed ${result.retentionRemoved.length} day file(s))` : ''}.${opts.reportFile ? ` Report: \`${opts.reportFile}\`.` : ''}`);
    return lines.join('\n') + '\n';
}
/**
 * The alert step for these inputs: alerts.ts's sink, with GitHub issues when `alerts` is on (Octokit's
 * request unless one is injected), or tracking incidents in the state only.
 */
function alertSinkFor(inputs, opts) {
    if (!inputs.alerts || !inputs.githubToken || !inputs.repository)
        return (0,alerts/* createAlertSink */.SH)({ secrets: opts.secrets, logger: opts.logger });
    const request = opts.request ?? github/* getOctokit */.Q(inputs.githubToken).request;
    return (0,alerts/* createAlertSink */.SH)({ port: new GitHubPort(request, inputs.repository), secrets: opts.secrets, logger: opts.logger });
}
/** The runWatch options the action and `clawfleet watch` both derive from the parsed inputs. */
function watchOptionsFrom(inputs, store, alerts, deps) {
    return {
        environment: inputs.environment,
        targets: inputs.targets,
        inventoryIds: inputs.inventoryIds,
        store,
        alerts,
        ...(inputs.expectedVersion ? { expectedVersion: inputs.expectedVersion } : {}),
        ...(inputs.browser ? { browser: { path: inputs.browser.location.path, sample: inputs.browser.sample, screenshotsDir: (0,external_node_path_.join)(inputs.runDir, 'screenshots') } } : {}),
        timeoutMs: inputs.timeoutMs,
        concurrency: inputs.concurrency,
        pairDevices: inputs.pairDevices,
        retentionDays: inputs.retentionDays,
        debounce: inputs.debounce,
        recoverAfter: inputs.recoverAfter,
        remindAfterMs: inputs.remindAfterMs,
        failOn: inputs.failOn,
        ...(inputs.runbookUrl ? { runbookUrl: inputs.runbookUrl } : {}),
        secrets: deps.secrets,
        logger: deps.logger,
    };
}
/** Runs the action; never throws (failures go through handleError). Returns the result when the watch ran. */
async function run(opts = {}) {
    const env = opts.env ?? process.env;
    const secrets = opts.secrets ?? (0,common_secrets/* createActionSecrets */.Y)();
    const logger = opts.logger ?? (0,common_logger/* createActionsLogger */.Ml)({ secrets });
    let result;
    try {
        const inputs = getInputs(opts.read ?? common_inputs.actionsInputReader, env, secrets);
        const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
        const store = opts.store ?? (0,shared.openStore)(inputs.store, workspace);
        const ctx = (0,shared.runContext)(env);
        const sink = opts.alerts ? opts.alerts(inputs) : alertSinkFor(inputs, { secrets, logger, ...(opts.request ? { request: opts.request } : {}) });
        logger.info(`watch '${inputs.environment}': ${inputs.targets.length} instance(s) from ${inputs.inventoryFile}; ` +
            `browser ${inputs.browser ? `on ${inputs.browser.sample.kind === 'count' ? inputs.browser.sample.count : `${Math.round(inputs.browser.sample.ratio * 100)}%`} (${inputs.browser.location.path})` : 'off'}; ` +
            `history in ${store.description}; retention ${inputs.retentionDays} day(s); debounce ${inputs.debounce}; alerts ${inputs.repository ? `as issues in ${inputs.repository.owner}/${inputs.repository.repo}` : 'off (tracked in the state only)'}`);
        try {
            result = await (0,watch.runWatch)({
                ...watchOptionsFrom(inputs, store, sink, { secrets, logger }),
                ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
                ...(env['GITHUB_RUN_ID'] ? { runId: `${env['GITHUB_RUN_ID']}-${env['GITHUB_RUN_ATTEMPT'] || '1'}` } : {}),
                ...(opts.clientFactory ? { clientFactory: opts.clientFactory } : {}),
                ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
                ...(opts.now ? { now: opts.now } : {}),
            });
        }
        finally {
            await store.close?.();
        }
        const files = (0,shared.writeArtifacts)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), ACTION_NAME, { 'watch-report.json': secrets.redact(JSON.stringify(result, null, 2)) + '\n' });
        const reportFile = files['watch-report.json'];
        for (const r of result.rows) {
            if (r.status === 'failed')
                logger.error(`${r.instance} failed: ${(r.reasons ?? []).join(' | ')}`);
            else if (r.status === 'degraded')
                logger.warning(`${r.instance} degraded: ${(r.reasons ?? []).join(' | ')}`);
        }
        (0,summary.setOutputs)({
            [Output.Result]: result.counts.failed ? 'failed' : result.counts.degraded ? 'degraded' : 'healthy',
            [Output.Healthy]: result.counts.healthy,
            [Output.Degraded]: result.counts.degraded,
            [Output.Failed]: result.counts.failed,
            [Output.FailedInstances]: result.failed.join(','),
            [Output.DegradedInstances]: result.degraded.join(','),
            [Output.IncidentsOpened]: result.incidentsOpened,
            [Output.IncidentsClosed]: result.incidentsClosed,
            [Output.ReportJson]: reportFile,
            [Output.ScreenshotsDir]: inputs.browser && result.browserSampled.length ? (0,external_node_path_.join)(inputs.runDir, 'screenshots') : '',
        }, { secrets });
        await (0,summary.writeSummary)(renderWatchSummary(result, { store: store.description, reportFile }), { secrets, note: `The full report is ${reportFile}.` });
        if (result.alertError)
            throw new Error(`alerts did not complete: ${result.alertError} (the samples were recorded)`);
        if (result.shouldFail) {
            const bad = result.rows.filter((r) => r.status === 'failed' || (inputs.failOn === 'degraded' && r.status === 'degraded'));
            throw new Error(`${bad.length} of ${result.rows.length} instance(s) ${inputs.failOn === 'degraded' ? 'not healthy' : 'failed'}: ` + bad.map((r) => `${r.instance} (${r.reasons?.[0] ?? r.status})`).join('; '));
        }
        return result;
    }
    catch (e) {
        (0,errors/* handleError */.H)(ACTION_NAME, e, { secrets });
        return result;
    }
}


/***/ })

};

//# sourceMappingURL=7043.index.js.map