export const id = 4416;
export const ids = [4416];
export const modules = {

/***/ 76640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ createAlertSink)
/* harmony export */ });
/* unused harmony exports DEFAULT_DEBOUNCE, DEFAULT_REMIND_AFTER_MS, DEFAULT_RECOVER_AFTER, DEFAULT_RECENT_PROBES, DEFAULT_MAX_NEW_ISSUES, DEFAULT_WRITE_SPACING_MS, INCIDENT_LABEL, envLabel, incidentLabels, incidentMarker, incidentTitle, evaluateAlerts, trackAlertActions, formatDuration, renderIncidentBody, renderUpdateComment, renderCloseComment, describeGitHubError, applyAlertActions, defaultRunbookUrl */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/**
 * Fleet watch alerts (issue #8): turns each run's probes into incidents — one GitHub issue per incident,
 * opened after `debounce` consecutive bad probes, commented on escalation and (at most once per
 * `remindAfterMs`) as a reminder, closed on recovery — without ever opening the same incident twice.
 *
 * Two halves, so the rules can be tested exhaustively without GitHub:
 * - {@link evaluateAlerts} is a pure state machine: previous {@link WatchState} + samples → next state +
 *   {@link PlannedAlert}s. Every planned GitHub write is also recorded in the state as owed (`pending`,
 *   or a closed incident without `issueState`), so a write that fails is planned again on the next run.
 * - {@link applyAlertActions} performs them through {@link GitHubPort}, reconciling with what GitHub says
 *   first: open incident issues are found by a hidden marker (list by label, not the eventually consistent
 *   search API), so a lost state.json or a response lost after the issue was created adopts the existing
 *   issue instead of opening a duplicate; an issue a person closed ends the incident.
 *
 * Decisions (documented for operators in actions/fleet-watch/README.md "Alerts" and docs/runbook.md):
 * - recovery closes on the first healthy probe by default (`recoverAfter` = 1; raise it for flapping
 *   instances) — a healthy probe also resets the debounce counter, so bad/good/bad never opens below N;
 * - the incident keeps its worst status: degraded → failed is an escalation (title + comment), failed →
 *   degraded is not news and waits for the reminder;
 * - a person closing the issue ends the incident: closed as *completed* = "fixed", so a still-bad instance
 *   opens a new incident after a fresh debounce; closed as *not planned* = "known, stop", so the instance
 *   is muted until its next healthy probe;
 * - an instance that leaves the inventory has its open incident closed with a note, then is forgotten.
 *
 * Nothing here imports `@actions/*`. Every title, body and comment goes through the {@link SecretRegistry}
 * before it is sent, and so does every warning built from a GitHub error.
 */


/** Consecutive bad probes before an incident opens. */
const DEFAULT_DEBOUNCE = 3;
/** Minimum time between two reminder comments on an incident that is still open. */
const DEFAULT_REMIND_AFTER_MS = 24 * 3_600_000;
/** Consecutive healthy probes that close an incident. */
const DEFAULT_RECOVER_AFTER = 1;
/** Probes kept per instance as evidence (the issue's table). */
const DEFAULT_RECENT_PROBES = 10;
/** New issues one run may open; the rest stay owed (GitHub's secondary rate limit punishes bursts). */
const DEFAULT_MAX_NEW_ISSUES = 10;
/** Pause between two GitHub writes (GitHub asks for about a second between content-creating requests). */
const DEFAULT_WRITE_SPACING_MS = 1000;
/** The label every incident issue carries; the duplicate check lists open issues by it. */
const INCIDENT_LABEL = 'clawfleet-incident';
const RANK = { healthy: 0, degraded: 1, failed: 2 };
const worse = (a, b) => (a !== undefined && RANK[a] >= RANK[b] ? a : b);
/** The environment label of an incident issue. */
const envLabel = (environment) => `env:${environment}`;
/** The labels of an incident issue, with the colour and description they get when the watch creates them. */
function incidentLabels(environment) {
    return [
        { name: INCIDENT_LABEL, color: 'b60205', description: 'A fleet watch incident: opened, updated and closed by clawfleet' },
        { name: envLabel(environment), color: '1d76db', description: `clawfleet environment ${environment}` },
    ];
}
/** Keeps a marker well-formed whatever an id contains (`-->` would end the HTML comment early). */
const markerPart = (s) => s.replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c));
/** The hidden marker that identifies an instance's incident issue across runs and lost state. */
function incidentMarker(environment, instance) {
    return `<!-- clawfleet:incident:${markerPart(environment)}:${markerPart(instance)} -->`;
}
/** The issue title; the status is the incident's worst. */
function incidentTitle(environment, instance, status) {
    return `clawfleet: ${environment}/${instance} is ${status}`;
}
function positiveInt(name, v, dflt, min) {
    if (v === undefined)
        return dflt;
    if (!Number.isInteger(v) || v < min)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The alert option '${name}' must be a whole number ≥ ${min}; got ${JSON.stringify(v)}.`);
    return v;
}
function isoOf(v, name) {
    const t = v instanceof Date ? v.getTime() : Date.parse(v);
    if (!Number.isFinite(t))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The alert option '${name}' is not a valid time: ${JSON.stringify(String(v))}.`);
    return new Date(t).toISOString();
}
const compact = (s) => ({
    at: s.at,
    run: s.run,
    status: s.status,
    score: s.score,
    ...(s.version !== undefined ? { version: s.version } : {}),
    ...(s.configVersion !== undefined ? { configVersion: s.configVersion } : {}),
    ...(s.latencyMs !== undefined ? { latencyMs: s.latencyMs } : {}),
});
/**
 * The alert state machine. Pure: the same inputs give the same outputs, nothing is sent anywhere.
 *
 * Samples are applied per instance in time order, so one call can replay a whole history. The returned
 * state records every planned GitHub write as owed; {@link applyAlertActions} (or {@link trackAlertActions}
 * when alerts are off) settles them. Owed writes from earlier runs are planned again (`retry: true`).
 */
function evaluateAlerts(prev, samples, opts) {
    const debounce = positiveInt('debounce', opts.debounce, DEFAULT_DEBOUNCE, 1);
    const recoverAfter = positiveInt('recoverAfter', opts.recoverAfter, DEFAULT_RECOVER_AFTER, 1);
    const remindAfterMs = positiveInt('remindAfterMs', opts.remindAfterMs, DEFAULT_REMIND_AFTER_MS, 0);
    const keep = positiveInt('recentProbes', opts.recentProbes, DEFAULT_RECENT_PROBES, 1);
    const now = isoOf(opts.now, 'now');
    const state = prev ? structuredClone(prev) : { schema: 1, updatedAt: now, instances: {} };
    state.updatedAt = now;
    const byInstance = new Map();
    for (const s of samples) {
        if (!Number.isFinite(Date.parse(s.at)))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Watch sample of '${s.instance}' has an invalid time: ${JSON.stringify(s.at)}.`);
        (byInstance.get(s.instance) ?? byInstance.set(s.instance, []).get(s.instance)).push(s);
    }
    const inventory = new Set(opts.inventory ?? byInstance.keys());
    const actions = [];
    const touched = new Set();
    const plan = (a) => {
        actions.push(a);
        touched.add(a.instance);
    };
    for (const [id, list] of byInstance) {
        if (!inventory.has(id))
            continue; // probed but not in the inventory passed: the inventory wins
        list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        const st = state.instances[id] ?? { lastStatus: list[0].status, lastAt: list[0].at, consecutiveBad: 0 };
        state.instances[id] = st;
        for (const s of list)
            step(st, s);
    }
    function step(st, s) {
        st.lastStatus = s.status;
        st.lastAt = s.at;
        // Evidence is only needed around incidents: a healthy instance without one keeps just its last probe
        // (the "last good" row of a future issue), so state.json stays small for large, healthy fleets.
        st.recent = s.status === 'healthy' && !st.incident ? [compact(s)] : [...(st.recent ?? []), compact(s)].slice(-keep);
        if (s.status === 'healthy') {
            st.consecutiveBad = 0;
            st.consecutiveGood = (st.consecutiveGood ?? 0) + 1;
            delete st.streakWorst;
            delete st.mutedUntilHealthy;
            const inc = st.incident;
            if (inc && st.consecutiveGood >= recoverAfter) {
                delete st.incident;
                const { pending: _owed, ...rest } = inc;
                st.lastIncident = { ...rest, closedAt: s.at, resolution: 'recovered' };
                plan({ kind: 'close', instance: s.instance, openedAt: inc.openedAt, reason: 'recovered', sample: s, retry: false });
            }
            return;
        }
        st.consecutiveBad += 1;
        st.consecutiveGood = 0;
        st.streakWorst = worse(st.streakWorst, s.status);
        const inc = st.incident;
        if (inc) {
            if (RANK[s.status] > RANK[inc.status]) {
                inc.status = s.status;
                // An incident whose issue is not open yet is opened with the new status: nothing else to say.
                if (inc.pending !== 'open' && inc.issue !== 0) {
                    inc.pending = 'escalated';
                    plan({ kind: 'update', instance: s.instance, openedAt: inc.openedAt, status: inc.status, reason: 'escalated', sample: s, retry: false });
                }
            }
            else if (remindAfterMs > 0 && inc.pending === undefined && inc.issue !== 0 && Date.parse(s.at) - Date.parse(inc.updatedAt ?? inc.openedAt) >= remindAfterMs) {
                inc.pending = 'reminder';
                plan({ kind: 'update', instance: s.instance, openedAt: inc.openedAt, status: inc.status, reason: 'reminder', sample: s, retry: false });
            }
            return;
        }
        if (st.mutedUntilHealthy || st.consecutiveBad < debounce)
            return;
        st.incident = { issue: 0, openedAt: s.at, status: st.streakWorst, pending: 'open' };
        plan({ kind: 'open', instance: s.instance, openedAt: s.at, status: st.streakWorst, sample: s, retry: false });
    }
    // Instances that left the inventory: close what they still have open, then forget them.
    for (const [id, st] of Object.entries(state.instances)) {
        if (inventory.has(id))
            continue;
        if (st.incident) {
            const { pending: _owed, ...rest } = st.incident;
            delete st.incident;
            st.lastIncident = { ...rest, closedAt: now, resolution: 'removed' };
            plan({ kind: 'close', instance: id, openedAt: rest.openedAt, reason: 'removed', retry: false });
        }
        else if (!st.lastIncident || st.lastIncident.issueState === 'closed') {
            delete state.instances[id];
        }
    }
    // Writes owed by earlier runs (a failed call, a rate limit, a per-run cap, alerts turned on later).
    for (const [id, st] of Object.entries(state.instances)) {
        if (touched.has(id))
            continue;
        const latest = byInstance.get(id)?.at(-1);
        const inc = st.incident;
        if (inc) {
            if (!latest)
                continue; // not probed this run: nothing new to show, retry when it is
            if (inc.pending === 'open' || inc.issue === 0)
                plan({ kind: 'open', instance: id, openedAt: inc.openedAt, status: inc.status, sample: latest, retry: true });
            else if (inc.pending === 'escalated' || inc.pending === 'reminder')
                plan({ kind: 'update', instance: id, openedAt: inc.openedAt, status: inc.status, reason: inc.pending, sample: latest, retry: true });
        }
        else if (st.lastIncident && st.lastIncident.issueState !== 'closed' && st.lastIncident.resolution !== 'closed-on-github') {
            const reason = st.lastIncident.resolution === 'removed' ? 'removed' : 'recovered';
            plan({ kind: 'close', instance: id, openedAt: st.lastIncident.openedAt, reason, ...(latest ? { sample: latest } : {}), retry: true });
        }
    }
    return { state, actions };
}
/**
 * Settles planned alerts without GitHub (alerts off, dry run): incidents are tracked with issue 0 and
 * nothing stays owed, so the same incident is not reported again next run. Retries are not reported.
 */
function trackAlertActions(planned, state) {
    const next = structuredClone(state);
    const actions = [];
    for (const p of planned) {
        const st = next.instances[p.instance];
        if (p.kind === 'close') {
            if (st?.lastIncident?.openedAt === p.openedAt)
                st.lastIncident.issueState = 'closed';
            if (st && p.reason === 'removed' && !st.incident)
                delete next.instances[p.instance];
        }
        else if (st?.incident?.openedAt === p.openedAt)
            delete st.incident.pending;
        if (p.retry)
            continue;
        actions.push({ kind: p.kind === 'open' ? 'opened' : p.kind === 'update' ? 'updated' : 'closed', instance: p.instance, issue: 0, status: p.kind === 'close' ? 'healthy' : p.status, reason: p.kind === 'update' || p.kind === 'close' ? p.reason : 'opened' });
    }
    return { state: next, actions };
}
const ICON = { healthy: '🟢', degraded: '🟠', failed: '🔴' };
/** A table cell: no pipes, no line breaks, no HTML, bounded. */
const cell = (v) => String(v ?? '').replace(/\r?\n|\r/g, ' ').replace(/[|\\<>`]/g, (c) => `\\${c}`).slice(0, 120);
/** Inline code: GitHub neither mentions (@user) nor links (#12) inside it, and markdown cannot break out. */
const code = (v) => `\`${String(v ?? '').replace(/\r?\n|\r/g, ' ').replace(/`/g, "'").slice(0, 300)}\``;
const link = (text, url) => (url && /^https?:\/\//.test(url) ? `[${text}](${url})` : text);
/** "1 h 5 min", "3 d 2 h", "12 min". */
function formatDuration(ms) {
    const min = Math.max(0, Math.round(ms / 60_000));
    if (min < 60)
        return `${min} min`;
    const h = Math.floor(min / 60);
    if (h < 48)
        return `${h} h${min % 60 ? ` ${min % 60} min` : ''}`;
    return `${Math.floor(h / 24)} d${h % 24 ? ` ${h % 24} h` : ''}`;
}
/** The runbook, at the status's section (docs/runbook.md has `#failed`/`#degraded`; a URL with its own fragment is kept). */
function runbookLink(ctx, status) {
    if (!ctx.runbookUrl)
        return 'docs/runbook.md in clawfleet';
    return ctx.runbookUrl.includes('#') ? ctx.runbookUrl : `${ctx.runbookUrl}#${status}`;
}
function versionLine(s) {
    if (s.version === undefined)
        return 'unknown (the instance did not say)';
    if (s.expectedVersion === undefined)
        return code(s.version);
    return s.version === s.expectedVersion ? `${code(s.version)} (pinned ${code(s.expectedVersion)} ✅)` : `${code(s.version)} — **pinned ${code(s.expectedVersion)}** ⚠`;
}
function configLine(s) {
    const v = s.configVersion !== undefined ? `v${s.configVersion}` : 'not a recorded version';
    const hash = s.configHash ? ` (hash ${code(s.configHash.slice(0, 16))})` : '';
    const expected = s.expectedConfigVersion === undefined ? '' : s.expectedConfigVersion === s.configVersion ? ' — current ✅' : ` — **expected v${s.expectedConfigVersion}** ⚠`;
    return `${v}${hash}${expected}`;
}
/** "3 consecutive bad probes, the first at …" (the first is known while it is among the kept probes). */
function streakLine(st) {
    const recent = st.recent ?? [];
    const first = st.consecutiveBad > 0 && st.consecutiveBad <= recent.length ? recent[recent.length - st.consecutiveBad]?.at : undefined;
    return `${st.consecutiveBad} consecutive bad probe(s)${first ? `, the first at ${cell(first)}` : ''}`;
}
function reasonLines(s) {
    const reasons = s.reasons ?? [];
    if (reasons.length === 0)
        return ['- (no reason recorded)'];
    return [...reasons.slice(0, 20).map((r) => `- ${code(r)}`), ...(reasons.length > 20 ? [`- … ${reasons.length - 20} more`] : [])];
}
function factsTable(s) {
    return [
        '| | |',
        '|---|---|',
        `| Status | ${ICON[s.status]} **${s.status}** |`,
        `| Health score | ${s.score} / 100 |`,
        `| OpenClaw version | ${versionLine(s)} |`,
        `| Config version | ${configLine(s)} |`,
        ...(s.latencyMs !== undefined ? [`| /readyz latency | ${s.latencyMs} ms |`] : []),
        `| Probed | ${cell(s.at)} (run ${code(s.run)}) |`,
    ];
}
function probesTable(recent) {
    if (recent.length === 0)
        return [];
    return [
        '### Last probes',
        '',
        '| time (UTC) | status | score | version | config | latency |',
        '|---|---|---|---|---|---|',
        ...[...recent].reverse().map((p) => `| ${cell(p.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''))} | ${ICON[p.status]} ${p.status} | ${p.score} | ${cell(p.version ?? '—')} | ${p.configVersion !== undefined ? `v${p.configVersion}` : '—'} | ${p.latencyMs !== undefined ? `${p.latencyMs} ms` : '—'} |`),
        '',
    ];
}
/** The body of a new incident issue (marker first, so the duplicate check finds it). */
function renderIncidentBody(ctx, instance, inc, st, s) {
    return [
        incidentMarker(ctx.environment, instance),
        `## ${ICON[inc.status]} ${cell(ctx.environment)}/${cell(instance)} is ${inc.status}`,
        '',
        `The fleet watch saw ${streakLine(st)}${ctx.debounce ? ` (an incident opens after ${ctx.debounce})` : ''}.`,
        '',
        ...factsTable(s),
        '',
        '### Why',
        '',
        ...reasonLines(s),
        '',
        ...probesTable(st.recent ?? []),
        '### What to do',
        '',
        `Runbook: ${runbookLink(ctx, inc.status)} — what each status and reason means and what to do.`,
        '',
        'This issue is updated when the instance gets worse, reminded at most once a day while it stays bad, and closed by the watch on recovery.',
        'Close it yourself as **completed** if you fixed it (a new incident opens if the instance is still bad after the debounce), or as **not planned** to silence this instance until it is healthy again.',
        '',
        `_clawfleet fleet watch${ctx.runUrl ? ` · ${link('run', ctx.runUrl)}` : ''}_`,
    ].join('\n');
}
/** The comment of an escalation or a reminder. */
function renderUpdateComment(ctx, reason, inc, st, s) {
    const head = reason === 'escalated'
        ? `### ${ICON[inc.status]} Escalated: now **${inc.status}**`
        : reason === 'adopted'
            ? `### ${ICON[inc.status]} Still ${inc.status} — a new incident was detected; continuing here`
            : `### ${ICON[s.status]} Still ${s.status} after ${formatDuration(Date.parse(s.at) - Date.parse(inc.openedAt))}`;
    return [head, '', `${streakLine(st)}.`, '', ...factsTable(s), '', '### Why', '', ...reasonLines(s), '', `Runbook: ${runbookLink(ctx, inc.status)}${ctx.runUrl ? ` · ${link('run', ctx.runUrl)}` : ''}`].join('\n');
}
/** The note the watch posts on an issue it closes (recovery, or the instance left the inventory). */
function renderCloseComment(ctx, instance, reason, inc, s) {
    const lasted = formatDuration(Date.parse(inc.closedAt) - Date.parse(inc.openedAt));
    const head = reason === 'removed'
        ? `### Closing: ${cell(instance)} is no longer in the inventory of ${cell(ctx.environment)}\n\nThe incident lasted ${lasted}; the watch no longer probes this instance.`
        : `### ${ICON.healthy} Recovered: ${cell(ctx.environment)}/${cell(instance)} is healthy\n\nHealthy at ${cell(inc.closedAt)}${s ? ` (score ${s.score}, version ${s.version ? code(s.version) : 'unknown'})` : ''}; the incident lasted ${lasted}.`;
    return `${head}${ctx.runUrl ? `\n\n_${link('run', ctx.runUrl)}_` : ''}`;
}
/** GitHub's body limit is 65 536 characters; keep well under it. */
const MAX_BODY = 60_000;
const statusOf = (e) => {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
};
const headersOf = (e) => {
    const h = e?.response?.headers;
    return typeof h === 'object' && h !== null ? h : {};
};
/** Turns a GitHub error into a secret-free message with the fix, and whether to stop calling GitHub. */
function describeGitHubError(e, what, secrets, repo) {
    const status = statusOf(e);
    const raw = secrets.redact((0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(e)).replace(/\s+/g, ' ').slice(0, 300);
    const h = headersOf(e);
    const rateLimited = status === 429 || (status === 403 && (String(h['x-ratelimit-remaining']) === '0' || h['retry-after'] !== undefined || /rate limit/i.test(raw)));
    let message;
    let stop = true;
    if (rateLimited)
        message = `GitHub rate limit hit while trying to ${what} (HTTP ${status}: ${raw}). The remaining alert writes are retried on the next run.`;
    else if (status === 401)
        message = `GitHub rejected the token while trying to ${what} (HTTP 401: ${raw}). Pass a valid token (the workflow's GITHUB_TOKEN).`;
    else if (status === 403)
        message = `GitHub refused to ${what} (HTTP 403: ${raw}). Give the watch job 'permissions: issues: write'.`;
    else if (status === 410)
        message = `Issues are disabled in ${repo ?? 'the repository'} (HTTP 410 while trying to ${what}). Enable Issues in the repository settings, or turn alerts off.`;
    else if (status === undefined || status >= 500)
        message = `GitHub is unavailable while trying to ${what} (${status ? `HTTP ${status}: ` : ''}${raw}). Retried on the next run.`;
    else {
        stop = false;
        message = `GitHub could not ${what} (HTTP ${status}: ${raw}). Retried on the next run.`;
    }
    return { message, stop };
}
/**
 * Performs planned alerts against GitHub and returns the settled state and what happened.
 *
 * Order: list the open incident issues (one paginated call) → detect the ones a person closed → open
 * (adopting an open issue with the instance's marker instead of creating a second), comment, close.
 * A failure is a warning, never an exception: the write stays owed in the state and the next run retries
 * it; after an error that would repeat for every call (rate limit, permissions, outage) no further call
 * is made. Exceptions are programming errors only.
 */
async function applyAlertActions(port, planned, state, opts) {
    const log = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const now = isoOf(opts.now, 'now');
    const maxNew = positiveInt('maxNewIssues', opts.maxNewIssues, DEFAULT_MAX_NEW_ISSUES, 0);
    const spacing = opts.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const next = structuredClone(state);
    const out = [];
    const red = (s) => opts.secrets.redact(s);
    const tracked = Object.entries(next.instances).filter(([, st]) => (st.incident?.issue ?? 0) > 0);
    if (planned.length === 0 && tracked.length === 0)
        return { state: next, actions: out };
    let stopped;
    const fail = (e, what) => {
        const f = describeGitHubError(e, what, opts.secrets);
        log.warning(`Alert: ${f.message}`);
        if (f.stop)
            stopped = f.message;
        return f.message;
    };
    let writes = 0;
    const write = async (fn) => {
        if (writes++ > 0 && spacing > 0)
            await sleep(spacing);
        return fn();
    };
    const owed = (p, error, issue = 0) => {
        out.push({ kind: p.kind === 'open' ? 'opened' : p.kind === 'update' ? 'updated' : 'closed', instance: p.instance, issue, status: p.kind === 'close' ? 'healthy' : p.status, reason: p.kind === 'open' ? 'opened' : p.reason, pending: true, error });
    };
    let openIssues;
    try {
        openIssues = await port.listOpenIssues(INCIDENT_LABEL);
    }
    catch (e) {
        const msg = fail(e, 'list the open incident issues');
        for (const p of planned)
            owed(p, msg);
        return { state: next, actions: out };
    }
    const byMarker = new Map();
    for (const i of openIssues) {
        const m = /<!-- clawfleet:incident:[^\s]+ -->/.exec(i.body)?.[0];
        if (m && !byMarker.has(m))
            byMarker.set(m, i); // oldest first: a stray duplicate never wins
    }
    const openNumbers = new Set(openIssues.map((i) => i.number));
    const marker = (instance) => incidentMarker(opts.environment, instance);
    // A tracked issue that is no longer open: a person closed (or deleted/transferred) it.
    for (const [id, st] of tracked) {
        const inc = st.incident;
        if (openNumbers.has(inc.issue) || stopped)
            continue;
        let info;
        try {
            info = await port.getIssue(inc.issue);
        }
        catch (e) {
            fail(e, `read issue #${inc.issue}`);
            continue;
        }
        if (info && info.state === 'open')
            continue; // open but unlabelled: a person took the label off; keep using it
        delete st.incident;
        st.lastIncident = { issue: inc.issue, ...(inc.url ? { url: inc.url } : {}), openedAt: inc.openedAt, status: inc.status, ...(inc.updatedAt ? { updatedAt: inc.updatedAt } : {}), closedAt: now, issueState: 'closed', resolution: 'closed-on-github' };
        st.consecutiveBad = 0; // a new incident needs a fresh debounce
        delete st.streakWorst;
        if (info?.stateReason === 'not_planned')
            st.mutedUntilHealthy = true;
        log.info(`Alert: ${opts.environment}/${id}: issue #${inc.issue} was ${info ? `closed on GitHub${info.stateReason ? ` (${info.stateReason})` : ''}` : 'deleted or moved'}; the incident ends here${st.mutedUntilHealthy ? ' and the instance is muted until it is healthy again' : ''}.`);
        out.push({ kind: 'closed', instance: id, issue: inc.issue, ...(inc.url ? { url: inc.url } : {}), status: st.lastStatus, reason: 'closed-on-github' });
    }
    // Two runs that raced past the concurrency group can both have opened an issue: keep the one the state
    // records, close the others as duplicates of it (GitHub offers no conditional create to prevent this).
    for (const [id, st] of Object.entries(next.instances)) {
        const inc = st.incident;
        if (!inc || inc.issue === 0 || stopped)
            continue;
        const m = marker(id);
        for (const dupe of openIssues.filter((i) => i.number !== inc.issue && i.body.includes(m))) {
            try {
                await write(() => port.updateIssue(dupe.number, { state: 'closed', stateReason: 'duplicate' }));
                await write(() => port.addIssueComment(dupe.number, `Duplicate of #${inc.issue}: the fleet watch follows this incident there.`));
            }
            catch (e) {
                fail(e, `close the duplicate issue #${dupe.number}`);
                continue;
            }
            openNumbers.delete(dupe.number);
            log.info(`Alert: ${opts.environment}/${id}: closed #${dupe.number} as a duplicate of #${inc.issue}.`);
        }
    }
    let created = 0;
    let warnedLabels = false;
    let labelsReady = false;
    /** Creates the two labels when missing (once per run); a token that may not create labels only warns. */
    const ensureLabels = async () => {
        for (const label of incidentLabels(opts.environment)) {
            try {
                if ((await write(() => port.ensureLabel(label))) === 'created')
                    log.info(`Alert: created the label '${label.name}'.`);
            }
            catch (e) {
                const f = describeGitHubError(e, `create the label '${label.name}'`, opts.secrets);
                if (statusOf(e) === 403 && !/rate limit/i.test(f.message)) {
                    log.warning(`Alert: could not create the label '${label.name}' (HTTP 403). Create it by hand, or give the watch job 'permissions: issues: write': without it the duplicate check cannot find the issue.`);
                    continue;
                }
                return fail(e, `create the label '${label.name}'`);
            }
        }
        return undefined;
    };
    for (const p of planned) {
        if (stopped) {
            owed(p, stopped);
            continue;
        }
        const st = next.instances[p.instance];
        if (p.kind === 'close') {
            const li = st?.lastIncident;
            if (!st || !li || li.openedAt !== p.openedAt || li.issueState === 'closed')
                continue;
            const found = byMarker.get(marker(p.instance));
            const number = li.issue > 0 ? li.issue : (found?.number ?? 0);
            let isOpen = openNumbers.has(number);
            if (number > 0 && !isOpen) {
                // Not in the labelled list: closed by a person, or open with the label taken off.
                try {
                    isOpen = (await port.getIssue(number))?.state === 'open';
                }
                catch (e) {
                    owed(p, fail(e, `read issue #${number}`), number);
                    continue;
                }
            }
            if (number === 0 || !isOpen) {
                // Nothing open on GitHub: never created, or already closed by a person.
                li.issueState = 'closed';
            }
            else {
                // Close first, then comment: a retry after a failed close must not post the note twice, and
                // a lost note is better than an issue left open.
                try {
                    await write(() => port.updateIssue(number, { state: 'closed', stateReason: 'completed' }));
                }
                catch (e) {
                    owed(p, fail(e, `close issue #${number}`), number);
                    continue;
                }
                try {
                    await write(() => port.addIssueComment(number, red(renderCloseComment(opts, p.instance, p.reason, li, p.sample)).slice(0, MAX_BODY)));
                }
                catch (e) {
                    fail(e, `comment on the closed issue #${number}`);
                }
                li.issue = number;
                if (!li.url && found?.url)
                    li.url = found.url;
                li.issueState = 'closed';
            }
            out.push({ kind: 'closed', instance: p.instance, issue: number, ...(li.url ? { url: li.url } : {}), status: 'healthy', reason: p.reason });
            if (p.reason === 'removed' && !st.incident)
                delete next.instances[p.instance];
            continue;
        }
        const inc = st?.incident;
        if (!st || !inc || inc.openedAt !== p.openedAt)
            continue; // ended since it was planned (closed by a person)
        if (p.kind === 'update') {
            if (inc.issue === 0)
                continue; // the open is still owed; it carries the current status
            try {
                if (p.reason === 'escalated')
                    await write(() => port.updateIssue(inc.issue, { title: red(incidentTitle(opts.environment, p.instance, inc.status)) }));
                await write(() => port.addIssueComment(inc.issue, red(renderUpdateComment(opts, p.reason, inc, st, p.sample)).slice(0, MAX_BODY)));
            }
            catch (e) {
                owed(p, fail(e, `comment on issue #${inc.issue}`), inc.issue);
                continue;
            }
            delete inc.pending;
            inc.updatedAt = now;
            out.push({ kind: 'updated', instance: p.instance, issue: inc.issue, ...(inc.url ? { url: inc.url } : {}), status: inc.status, reason: p.reason });
            continue;
        }
        // open
        const existing = byMarker.get(marker(p.instance));
        if (existing) {
            // Lost state, a response lost after the create, or a concurrent run: continue on the open issue.
            const title = red(incidentTitle(opts.environment, p.instance, inc.status));
            try {
                if (existing.title !== title)
                    await write(() => port.updateIssue(existing.number, { title }));
                await write(() => port.addIssueComment(existing.number, red(renderUpdateComment(opts, 'adopted', inc, st, p.sample)).slice(0, MAX_BODY)));
            }
            catch (e) {
                owed(p, fail(e, `comment on issue #${existing.number}`), existing.number);
                continue;
            }
            Object.assign(inc, { issue: existing.number, url: existing.url, updatedAt: now });
            delete inc.pending;
            out.push({ kind: 'opened', instance: p.instance, issue: existing.number, url: existing.url, status: inc.status, reason: 'adopted' });
            continue;
        }
        if (created >= maxNew) {
            owed(p, `more than ${maxNew} new incident(s) in one run: opened next run (max-new-issues)`);
            continue;
        }
        if (!labelsReady) {
            const problem = await ensureLabels();
            if (stopped) {
                owed(p, problem ?? stopped);
                continue;
            }
            labelsReady = true;
        }
        let issue;
        try {
            const body = red(renderIncidentBody(opts, p.instance, inc, st, p.sample)).slice(0, MAX_BODY);
            issue = await write(() => port.createIssue({ title: red(incidentTitle(opts.environment, p.instance, inc.status)), body, labels: incidentLabels(opts.environment).map((l) => l.name) }));
        }
        catch (e) {
            owed(p, fail(e, `open an issue for ${opts.environment}/${p.instance}`));
            continue;
        }
        created++;
        Object.assign(inc, { issue: issue.number, url: issue.url, updatedAt: now });
        delete inc.pending;
        byMarker.set(marker(p.instance), issue);
        openNumbers.add(issue.number);
        if (!issue.labels.includes(INCIDENT_LABEL) && !warnedLabels) {
            warnedLabels = true;
            log.warning(`Alert: GitHub dropped the '${INCIDENT_LABEL}' label of issue #${issue.number} (the token cannot set labels). Without it a lost state.json can lead to duplicate issues: give the watch job 'permissions: issues: write'.`);
        }
        out.push({ kind: 'opened', instance: p.instance, issue: issue.number, url: issue.url, status: inc.status, reason: p.retry ? 'retry' : 'opened' });
    }
    return { state: next, actions: out };
}
/**
 * The {@link AlertSink} of a watch run: {@link evaluateAlerts}, then {@link applyAlertActions} (with a
 * port) or {@link trackAlertActions} (alerts off). A dry run logs the plan and returns the evaluated
 * state with the writes still owed, so writing it and then running for real sends them.
 */
function createAlertSink(opts) {
    const log = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    return {
        async evaluate(prev, samples, now, context) {
            const { state, actions: planned } = evaluateAlerts(prev, samples, { ...context, now });
            const render = { environment: context.environment, debounce: context.debounce, ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(context.runbookUrl ? { runbookUrl: context.runbookUrl } : {}) };
            if (opts.dryRun) {
                for (const p of planned)
                    log.info(`Alert (dry run): would ${p.kind} the incident of ${context.environment}/${p.instance}${p.kind === 'close' || p.kind === 'update' ? ` (${p.reason})` : ` (${p.status})`}.`);
                return { state, actions: trackAlertActions(planned, state).actions };
            }
            if (!opts.port)
                return trackAlertActions(planned, state);
            return applyAlertActions(opts.port, planned, state, {
                ...render,
                secrets: opts.secrets,
                logger: log,
                now,
                ...(opts.maxNewIssues !== undefined ? { maxNewIssues: opts.maxNewIssues } : {}),
                ...(opts.writeSpacingMs !== undefined ? { writeSpacingMs: opts.writeSpacingMs } : {}),
                ...(opts.sleep ? { sleep: opts.sleep } : {}),
            });
        },
    };
}
/**
 * The runbook link for an action run from a clawfleet checkout: docs/runbook.md of that repository at that
 * ref (the reusable workflow's `clawfleet-repository`/`clawfleet-ref`). Undefined without a repository.
 * `GITHUB_ACTION_REPOSITORY` cannot be used: it is empty for a local `uses: ./.clawfleet/…` action.
 */
function defaultRunbookUrl(opts) {
    if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository))
        return undefined;
    return `${(opts.serverUrl || 'https://github.com').replace(/\/+$/, '')}/${opts.repository}/blob/${encodeURI(opts.ref || 'main')}/docs/runbook.md`;
}


/***/ }),

/***/ 50139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ appendSamples),
/* harmony export */   aM: () => (/* binding */ readSamples),
/* harmony export */   bj: () => (/* binding */ readWatchState),
/* harmony export */   dX: () => (/* binding */ applyRetention),
/* harmony export */   uk: () => (/* binding */ writeWatchState)
/* harmony export */ });
/* unused harmony exports DAY_FILE_PATTERN, listDays, historyReader */
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49353);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70453);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10634);



/** A day file's name: `2026-11-22.jsonl` (the UTC day of the samples in it). */
const DAY_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;
const STATUSES = new Set(['healthy', 'degraded', 'failed']);
/** Refuses text that holds a registered secret; the message names the path, never the value. */
function guard(path, text, secrets) {
    if (secrets && secrets.redact(text) !== text) {
        throw new Error(`refusing to record ${path}: it contains a secret (a token or credential). Nothing was written.`);
    }
    return text;
}
function toTime(v, name) {
    if (v === undefined)
        return undefined;
    const t = v instanceof Date ? v.getTime() : Date.parse(v);
    if (!Number.isFinite(t))
        throw new Error(`readSamples: '${name}' is not a valid time: ${JSON.stringify(String(v))}`);
    return t;
}
const utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** Checks one sample before it is written: a bad `at` would file it under a nonsense day. */
function checkSample(s) {
    if (!s || typeof s !== 'object')
        throw new Error('appendSamples: a sample is not an object');
    if (typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || !/^\d{4}-\d{2}-\d{2}T/.test(s.at)) {
        throw new Error(`appendSamples: sample of ${JSON.stringify(s.instance)} has no valid ISO time 'at' (${JSON.stringify(s.at)})`);
    }
    if (typeof s.instance !== 'string' || s.instance === '')
        throw new Error('appendSamples: a sample has no instance id');
    if (!STATUSES.has(s.status))
        throw new Error(`appendSamples: sample of ${s.instance} has an unknown status ${JSON.stringify(s.status)}`);
}
/**
 * Appends samples to their UTC day files (one append per day file). All lines are checked first — a secret
 * in any one of them means nothing at all is written. Returns the day files touched.
 */
async function appendSamples(store, environment, samples, opts = {}) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    const byFile = new Map();
    for (const s of samples) {
        checkSample(s);
        // Normalise to the canonical ISO form, so the day file is the UTC day even for `+02:00` offsets.
        const at = new Date(Date.parse(s.at)).toISOString();
        const line = JSON.stringify({ ...s, at });
        const file = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, at);
        guard(file, line, opts.secrets);
        const lines = byFile.get(file) ?? [];
        lines.push(line);
        byFile.set(file, lines);
    }
    for (const [file, lines] of byFile) {
        const existing = await store.read(file);
        // A torn last line (no newline at the end): start on a fresh line so the fragment stays one bad line.
        const prefix = existing !== undefined && existing !== '' && !existing.endsWith('\n') ? '\n' : '';
        await store.append(file, prefix + lines.join('\n') + '\n');
    }
    return [...byFile.keys()];
}
/** Parses one day file; bad lines are skipped and reported (never thrown). */
function parseDayFile(path, text, logger) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const last = i === lines.length - 1; // no newline after it: an interrupted append
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            logger.warning(`${path}:${i + 1}: skipped ${last ? 'a torn last line (an interrupted append)' : 'a line that is not valid JSON'}`);
            return;
        }
        const s = v;
        if (!v || typeof v !== 'object' || typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || typeof s.instance !== 'string' || !STATUSES.has(String(s.status))) {
            logger.warning(`${path}:${i + 1}: skipped a line that is not a watch sample (needs at, instance, status)`);
            return;
        }
        out.push(v);
    });
    return out;
}
/** The day files of an environment (`YYYY-MM-DD`, ascending). Other files in the folder are ignored. */
async function listDays(store, environment) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    return (await store.list(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.samplesDir(env)))
        .map((n) => DAY_FILE_PATTERN.exec(n)?.[1])
        .filter((d) => d !== undefined && Number.isFinite(Date.parse(`${d}T00:00:00Z`)))
        .sort();
}
/**
 * Reads samples within `[since, until]`, oldest first. Only the day files that can hold such samples are
 * read. A torn or invalid line is skipped with a warning through `opts.logger`; it never fails the read.
 */
async function readSamples(store, environment, query = {}, opts = {}) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    const logger = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
    const since = toTime(query.since, 'since');
    const until = toTime(query.until, 'until');
    const days = (await listDays(store, env)).filter((d) => (since === undefined || d >= utcDay(since)) && (until === undefined || d <= utcDay(until)));
    const out = [];
    for (const day of days) {
        const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, day);
        const text = await store.read(path);
        if (text === undefined)
            continue;
        for (const s of parseDayFile(path, text, logger)) {
            const t = Date.parse(s.at);
            if (since !== undefined && t < since)
                continue;
            if (until !== undefined && t > until)
                continue;
            if (query.instance !== undefined && s.instance !== query.instance)
                continue;
            out.push(s);
        }
    }
    // Stable: runs append in time order, but a clock step on a runner must not scramble a timeline.
    return out.map((s, i) => ({ s, i, t: Date.parse(s.at) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.s);
}
/**
 * The watch state, or `undefined` when there is none yet. An unreadable state (invalid JSON, another
 * schema) is reported and treated as absent: the watch keeps probing and recording instead of stopping
 * for good, and the next write replaces it.
 */
async function readWatchState(store, environment, opts = {}) {
    const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.state((0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment));
    const text = await store.read(path);
    if (text === undefined)
        return undefined;
    const logger = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        logger.warning(`${path} in ${store.description} is not valid JSON; starting from an empty watch state (it is replaced at the end of this run)`);
        return undefined;
    }
    const st = v;
    if (!v || typeof v !== 'object' || st.schema !== 1 || !st.instances || typeof st.instances !== 'object' || Array.isArray(st.instances)) {
        logger.warning(`${path} in ${store.description} is not a schema-1 watch state; starting from an empty watch state`);
        return undefined;
    }
    return st;
}
/** Writes the watch state (pretty JSON), refused when it holds a registered secret. */
async function writeWatchState(store, environment, state, opts = {}) {
    const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.state((0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment));
    if (state.schema !== 1 || !state.instances || typeof state.instances !== 'object')
        throw new Error('writeWatchState: not a schema-1 watch state');
    await store.write(path, guard(path, JSON.stringify(state, null, 2) + '\n', opts.secrets));
}
/**
 * Deletes the day files whose every possible sample is older than `days` days: a file for day D goes once
 * `now ≥ D + 1 day + days` (UTC). So at least `days` full days of history are always kept and at most one
 * day more. Only names matching {@link DAY_FILE_PATTERN} are touched. Returns the removed days.
 */
async function applyRetention(store, environment, opts) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    if (!Number.isInteger(opts.days) || opts.days < 1)
        throw new Error(`applyRetention: days must be a whole number ≥ 1, got ${String(opts.days)}`);
    const now = typeof opts.now === 'number' ? opts.now : opts.now.getTime();
    if (!Number.isFinite(now))
        throw new Error('applyRetention: now is not a valid time');
    const removed = [];
    for (const day of await listDays(store, env)) {
        const end = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
        if (end + opts.days * DAY_MS <= now) {
            await store.remove(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, day));
            removed.push(day);
        }
    }
    return removed;
}
/** A {@link HistoryReader} over a store (read-only: it never writes). */
function historyReader(store, environment, opts = {}) {
    const env = normalizeEnvironment(environment);
    return {
        environment: env,
        samples: (query = {}) => readSamples(store, env, query, opts),
        state: () => readWatchState(store, env, opts),
        days: () => listDays(store, env),
        async latest(query = {}) {
            const out = new Map();
            for (const s of await readSamples(store, env, query, opts))
                out.set(s.instance, s);
            return out;
        },
    };
}


/***/ }),

/***/ 10634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ watchPaths)
/* harmony export */ });
/** Store paths of the watch, relative to the store root. */
const watchPaths = {
    dir: (env) => `environments/${env}/watch`,
    samplesDir: (env) => `environments/${env}/watch/samples`,
    /** Day file for an ISO time (UTC day). */
    dayFile: (env, iso) => `environments/${env}/watch/samples/${iso.slice(0, 10)}.jsonl`,
    state: (env) => `environments/${env}/watch/state.json`,
};


/***/ }),

/***/ 14416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_HEADERS: () => (/* binding */ SUMMARY_HEADERS),
/* harmony export */   loadConfigVersions: () => (/* binding */ loadConfigVersions),
/* harmony export */   newWatchRunId: () => (/* binding */ newWatchRunId),
/* harmony export */   randomSample: () => (/* binding */ randomSample),
/* harmony export */   runWatch: () => (/* binding */ runWatch),
/* harmony export */   runningDeployment: () => (/* binding */ runningDeployment),
/* harmony export */   sampleSize: () => (/* binding */ sampleSize),
/* harmony export */   screenshotsDirFor: () => (/* binding */ screenshotsDirFor),
/* harmony export */   summaryRows: () => (/* binding */ summaryRows),
/* harmony export */   toSample: () => (/* binding */ toSample)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _deploy_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81562);
/* harmony import */ var _deploy_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5448);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70453);
/* harmony import */ var _fleet_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89157);
/* harmony import */ var _fleet_health_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55228);
/* harmony import */ var _smoke_run_smoke_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(12533);
/* harmony import */ var _alerts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(76640);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50139);
/**
 * One fleet watch run (issue #8): probe every selected instance with the smoke test's probes (the Control UI
 * in a real browser only on a random sample), turn each result into a {@link WatchSample}, append them to the
 * history in the deployments' state store, apply retention, let the alert step advance the incident state,
 * and flush the store ONCE (one git commit per run on the state branch).
 *
 * Facts a sample carries and where they come from:
 * - status and reasons: the smoke verdict (`runSmoke`), so "failed" means the same thing in a deploy gate,
 *   a smoke step and the watch;
 * - score: `computeHealthScore` over the very `/readyz`, `health` and `config.get` answers the probes got
 *   (captured by wrapping the gateway client, so no extra request is sent);
 * - latencyMs: the round trip of the successful `/readyz` call;
 * - configVersion: `config.get`'s hash is an HMAC keyed per installation (openclaw-notes §3.3) and cannot be
 *   matched against anything recorded, so the gateway's parsed file is compared by content
 *   (`contentEquals`, the rule deployments use for "already at target") with each recorded version's
 *   config merged with the instance's overlay — the current version first, then the others newest first;
 *   `expectedConfigVersion` is the version `current.json` names, recorded separately so a page can show
 *   "v12 (expected v13)" and "unknown content" apart.
 */











const MAX_REASONS = 8;
const MAX_REASON_CHARS = 300;
/** `20261122T013000Z-1a2b3c` */
function newWatchRunId(now) {
    return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
/** How many of `n` instances the sample covers. */
function sampleSize(sample, n) {
    if (n <= 0)
        return 0;
    if (sample.kind === 'count')
        return Math.max(0, Math.min(n, Math.floor(sample.count)));
    return Math.max(0, Math.min(n, Math.ceil(sample.ratio * n - 1e-9)));
}
/** `k` distinct random indexes of `0..n-1` (partial Fisher–Yates with a CSPRNG: no bias towards the first instances). */
function randomSample(n, k) {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < Math.min(k, n); i++) {
        const j = i + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(n - i);
        [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, Math.min(k, n)).sort((a, b) => a - b);
}
/**
 * Wraps a client so the answers the probes get are kept for the score, the latency and the config match —
 * no request of its own. Everything else passes through unchanged.
 */
function recordingClient(inner, into) {
    return new Proxy(inner, {
        get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (typeof v !== 'function')
                return v;
            const fn = v;
            if (prop === 'readyz') {
                return async (...a) => {
                    const t0 = performance.now();
                    const r = (await fn.apply(target, a));
                    into.readyz = r;
                    into.readyzMs = Math.round(performance.now() - t0);
                    return r;
                };
            }
            if (prop === 'health')
                return async (...a) => (into.health = (await fn.apply(target, a)));
            if (prop === 'configGet')
                return async (...a) => (into.config = (await fn.apply(target, a)));
            return fn.bind(target);
        },
    });
}
/** Reads current.json and the version records of an environment for {@link ConfigVersionIndex.match}. */
async function loadConfigVersions(store, environment, logger, maxVersions = 200) {
    const rec = new _deploy_records_js__WEBPACK_IMPORTED_MODULE_5__.StateRecorder(store, environment);
    let current;
    const records = [];
    try {
        current = (await rec.readCurrent())?.version;
        const all = (await rec.listVersions()).reverse().slice(0, maxVersions);
        const order = current !== undefined && all.includes(current) ? [current, ...all.filter((v) => v !== current)] : all;
        for (const v of order) {
            const r = await rec.readVersion(v);
            if (r && r.config && typeof r.config === 'object')
                records.push(r);
        }
    }
    catch (e) {
        // A broken record must not stop the watch: the samples just lack the config version.
        logger.warning(`config versions of '${environment}' could not be read (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e)}); samples will not name a config version`);
    }
    return {
        ...(current !== undefined ? { expected: current } : {}),
        match(parsed, overlay) {
            if (parsed === undefined || parsed === null)
                return undefined;
            for (const r of records)
                if ((0,_deploy_content_js__WEBPACK_IMPORTED_MODULE_3__/* .contentEquals */ .jU)(parsed, (0,_deploy_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .desiredFor */ .ER)(r.config, { ...(overlay ? { overlay } : {}) })))
                    return r.version;
            return undefined;
        },
    };
}
/**
 * The deployment running in the environment, from its lock (`rolling-deploy v48-…`), or undefined. A lock
 * older than the deployments' own TTL (6 h) is an abandoned one and does not count.
 */
async function runningDeployment(store, environment, now, logger) {
    try {
        const lock = await new _deploy_records_js__WEBPACK_IMPORTED_MODULE_5__.StateRecorder(store, environment).readLock();
        if (!lock)
            return undefined;
        const since = Date.parse(lock.acquiredAt ?? '');
        if (!Number.isFinite(since) || now - since > 6 * 3_600_000)
            return undefined;
        return `${lock.operation ?? 'deployment'}${lock.deploymentId ? ` ${lock.deploymentId}` : ''}`.slice(0, 200);
    }
    catch (e) {
        logger.debug(`the deployment lock of '${environment}' could not be read: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e)}`);
        return undefined;
    }
}
/** Builds the sample of one instance from its smoke result and what the client captured. */
function toSample(run, at, result, captured, opts) {
    const reachable = captured.readyz !== undefined;
    const score = (0,_fleet_health_js__WEBPACK_IMPORTED_MODULE_7__/* .computeHealthScore */ .US)({ readyz: captured.readyz, health: captured.health, config: captured.config }).score;
    const control = result.checks.find((c) => c.name === 'control-ui');
    const reasons = result.reasons.slice(0, MAX_REASONS).map((r) => (r.length > MAX_REASON_CHARS ? `${r.slice(0, MAX_REASON_CHARS - 1)}…` : r));
    return {
        at,
        run,
        instance: result.id,
        status: result.status,
        // Unreachable means the score is 0 whatever else was seen (docs/health-score.md).
        score: reachable ? score : 0,
        ...(result.version ? { version: result.version } : {}),
        ...(opts.expectedVersion ? { expectedVersion: opts.expectedVersion } : {}),
        ...(captured.config?.hash ? { configHash: captured.config.hash } : {}),
        ...(opts.configVersion !== undefined ? { configVersion: opts.configVersion } : {}),
        ...(opts.expectedConfigVersion !== undefined ? { expectedConfigVersion: opts.expectedConfigVersion } : {}),
        ...(captured.readyzMs !== undefined ? { latencyMs: captured.readyzMs } : {}),
        ...(reasons.length ? { reasons } : {}),
        ...(opts.browser ? { browser: control?.status ?? 'skip' } : {}),
    };
}
/** Runs one watch (see module doc). Throws only for bad options or a store that cannot be written. */
async function runWatch(opts) {
    const now = opts.now ?? (() => new Date());
    const logger = opts.logger;
    const environment = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_5__.normalizeEnvironment)(opts.environment);
    if (!Number.isInteger(opts.debounce) || opts.debounce < 1)
        throw new Error(`runWatch: debounce must be a whole number ≥ 1, got ${String(opts.debounce)}`);
    if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < 1)
        throw new Error(`runWatch: retentionDays must be a whole number ≥ 1, got ${String(opts.retentionDays)}`);
    if (opts.targets.length === 0)
        throw new Error('runWatch: no instance to watch');
    const started = now();
    const run = opts.runId ?? newWatchRunId(started);
    const callTimeoutMs = opts.callTimeoutMs ?? 15_000;
    // Read what the samples are compared with before probing (a slow store must not skew latencies).
    const versions = await loadConfigVersions(opts.store, environment, logger);
    const prevState = await (0,_history_js__WEBPACK_IMPORTED_MODULE_10__/* .readWatchState */ .bj)(opts.store, environment, { logger });
    const deployment = await runningDeployment(opts.store, environment, started.getTime(), logger);
    if (deployment)
        logger.info(`a deployment holds the '${environment}' lock (${deployment}): instances may be caught mid-restart; the samples say so`);
    // Browser sample: a random subset, so over many runs every instance's UI gets opened.
    const n = opts.targets.length;
    const k = opts.browser ? sampleSize(opts.browser.sample, n) : 0;
    const picked = new Set((opts.pickSample ?? randomSample)(n, k));
    const withBrowser = opts.targets.filter((_, i) => picked.has(i));
    const without = opts.targets.filter((_, i) => !picked.has(i));
    const captured = new Map();
    const baseFactory = opts.clientFactory ?? ((t) => (0,_fleet_client_js__WEBPACK_IMPORTED_MODULE_6__/* .createGatewayClient */ .kU)({ id: t.id, url: t.url, token: t.token }, { timeoutMs: callTimeoutMs, logger, secrets: opts.secrets }));
    const factory = (t) => {
        const c = {};
        captured.set(t.id, c); // a fresh record per client: the last client made for an id is the one whose answers count
        return recordingClient(baseFactory(t), c);
    };
    const common = {
        ...(opts.expectedVersion ? { expectedVersion: opts.expectedVersion } : {}),
        timeoutMs: opts.timeoutMs,
        callTimeoutMs,
        concurrency: opts.concurrency,
        pairDevices: opts.pairDevices,
        secrets: opts.secrets,
        logger,
        clientFactory: factory,
        ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
        ...(opts.ignoreConsole ? { ignoreConsole: opts.ignoreConsole } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.uiConnectTimeoutMs ? { uiConnectTimeoutMs: opts.uiConnectTimeoutMs } : {}),
    };
    // Sequential groups keep `concurrency` an upper bound for the whole run.
    const results = [];
    if (without.length)
        results.push(...(await (0,_smoke_run_smoke_js__WEBPACK_IMPORTED_MODULE_8__.runSmoke)({ ...common, targets: without })).instances);
    if (withBrowser.length && opts.browser) {
        results.push(...(await (0,_smoke_run_smoke_js__WEBPACK_IMPORTED_MODULE_8__.runSmoke)({ ...common, targets: withBrowser, browserPath: opts.browser.path, screenshotsDir: opts.browser.screenshotsDir })).instances);
    }
    const order = new Map(opts.targets.map((t, i) => [t.id, i]));
    results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const at = now().toISOString();
    const targetById = new Map(opts.targets.map((t) => [t.id, t]));
    const browserIds = new Set(withBrowser.map((t) => t.id));
    const rows = results.map((r) => {
        const c = captured.get(r.id) ?? {};
        const parsed = c.config?.parsed;
        const configVersion = parsed !== undefined ? versions.match(parsed, targetById.get(r.id)?.overlay) : undefined;
        const sample = toSample(run, at, r, c, {
            ...(opts.expectedVersion ? { expectedVersion: opts.expectedVersion.version } : {}),
            ...(configVersion !== undefined ? { configVersion } : {}),
            ...(versions.expected !== undefined ? { expectedConfigVersion: versions.expected } : {}),
            browser: browserIds.has(r.id),
        });
        return { ...sample, ...(deployment ? { duringDeployment: deployment } : {}), url: r.url };
    });
    const samples = rows.map(({ url: _url, ...s }) => s);
    // History first: even when the alert step fails, the probes are on record.
    await (0,_history_js__WEBPACK_IMPORTED_MODULE_10__/* .appendSamples */ .Sk)(opts.store, environment, samples, { secrets: opts.secrets });
    const retentionRemoved = await (0,_history_js__WEBPACK_IMPORTED_MODULE_10__/* .applyRetention */ .dX)(opts.store, environment, { days: opts.retentionDays, now: now() });
    if (retentionRemoved.length)
        logger.info(`retention: removed ${retentionRemoved.length} day file(s) older than ${opts.retentionDays} day(s) (${retentionRemoved[0]}${retentionRemoved.length > 1 ? ` … ${retentionRemoved.at(-1)}` : ''})`);
    let actions = [];
    let alertError;
    const context = {
        environment,
        debounce: opts.debounce,
        ...(opts.runbookUrl ? { runbookUrl: opts.runbookUrl } : {}),
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
        inventory: opts.inventoryIds ?? opts.targets.map((t) => t.id),
        ...(opts.recoverAfter !== undefined ? { recoverAfter: opts.recoverAfter } : {}),
        ...(opts.remindAfterMs !== undefined ? { remindAfterMs: opts.remindAfterMs } : {}),
    };
    try {
        const next = await (opts.alerts ?? (0,_alerts_js__WEBPACK_IMPORTED_MODULE_9__/* .createAlertSink */ .SH)({ secrets: opts.secrets, logger })).evaluate(prevState, samples, now(), context);
        actions = next.actions;
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_10__/* .writeWatchState */ .uk)(opts.store, environment, next.state, { secrets: opts.secrets });
    }
    catch (e) {
        // The previous state stays as it was: the next run re-evaluates the same transitions.
        alertError = opts.secrets.redact((0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e));
        logger.error(`alerts: ${alertError} (the samples were recorded; the incident state is unchanged)`);
    }
    const counts = { healthy: 0, degraded: 0, failed: 0 };
    for (const s of samples)
        counts[s.status]++;
    const flushMessage = `watch: ${counts.healthy} healthy, ${counts.degraded} degraded, ${counts.failed} failed (${environment})`;
    await opts.store.flush(flushMessage);
    const failed = samples.filter((s) => s.status === 'failed').map((s) => s.instance);
    const degraded = samples.filter((s) => s.status === 'degraded').map((s) => s.instance);
    const bad = opts.failOn === 'failed' ? failed.length > 0 : opts.failOn === 'degraded' ? failed.length + degraded.length > 0 : false;
    return {
        schemaVersion: 1,
        tool: 'clawfleet/fleet-watch',
        environment,
        run,
        startedAt: started.toISOString(),
        finishedAt: now().toISOString(),
        counts,
        rows,
        failed,
        degraded,
        browserSampled: [...browserIds],
        ...(versions.expected !== undefined ? { expectedConfigVersion: versions.expected } : {}),
        actions,
        incidentsOpened: actions.filter((a) => a.kind === 'opened').length,
        incidentsClosed: actions.filter((a) => a.kind === 'closed').length,
        ...(alertError ? { alertError } : {}),
        retentionRemoved,
        flushMessage,
        failOn: opts.failOn,
        shouldFail: bad || alertError !== undefined,
        probes: results,
    };
}
/** The job summary / terminal table of a run (Markdown; cells escaped by the caller's table helper). */
function summaryRows(result) {
    return result.rows.map((r) => [
        r.instance,
        r.status,
        String(r.score),
        r.version ? (r.expectedVersion && r.expectedVersion !== r.version ? `${r.version} (pin ${r.expectedVersion})` : r.version) : '—',
        r.configVersion !== undefined ? `v${r.configVersion}${r.expectedConfigVersion !== undefined && r.expectedConfigVersion !== r.configVersion ? ` (expected v${r.expectedConfigVersion})` : ''}` : r.expectedConfigVersion !== undefined ? `unknown (expected v${r.expectedConfigVersion})` : '—',
        r.latencyMs !== undefined ? `${r.latencyMs} ms` : '—',
        r.browser ?? '',
        r.reasons?.[0] ?? '',
    ]);
}
const SUMMARY_HEADERS = ['instance', 'status', 'score', 'version', 'config', '/readyz', 'browser', 'why'];
/** Default screenshots folder of a run under a base folder. */
function screenshotsDirFor(base, run) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, `clawfleet-watch-${run}`, 'screenshots');
}


/***/ })

};

//# sourceMappingURL=4416.index.js.map