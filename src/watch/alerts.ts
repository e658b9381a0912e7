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
import { getErrorMessage, UserError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { silentLogger } from '../common/logger.js';
import type { SecretRegistry } from '../common/secrets.js';
import type { GitHubPort, IssueInfo } from '../github/port.js';
import type { SmokeStatus } from '../smoke/types.js';
import type {
  AlertAction,
  AlertContext,
  AlertSink,
  Incident,
  InstanceWatchState,
  PlannedAlert,
  RecentProbe,
  WatchSample,
  WatchState,
} from './types.js';

/** Consecutive bad probes before an incident opens. */
export const DEFAULT_DEBOUNCE = 3;
/** Minimum time between two reminder comments on an incident that is still open. */
export const DEFAULT_REMIND_AFTER_MS = 24 * 3_600_000;
/** Consecutive healthy probes that close an incident. */
export const DEFAULT_RECOVER_AFTER = 1;
/** Probes kept per instance as evidence (the issue's table). */
export const DEFAULT_RECENT_PROBES = 10;
/** New issues one run may open; the rest stay owed (GitHub's secondary rate limit punishes bursts). */
export const DEFAULT_MAX_NEW_ISSUES = 10;
/** Pause between two GitHub writes (GitHub asks for about a second between content-creating requests). */
export const DEFAULT_WRITE_SPACING_MS = 1000;
/** The label every incident issue carries; the duplicate check lists open issues by it. */
export const INCIDENT_LABEL = 'clawfleet-incident';

type BadStatus = Exclude<SmokeStatus, 'healthy'>;
const RANK: Record<SmokeStatus, number> = { healthy: 0, degraded: 1, failed: 2 };
const worse = (a: BadStatus | undefined, b: BadStatus): BadStatus => (a !== undefined && RANK[a] >= RANK[b] ? a : b);

/** The environment label of an incident issue. */
export const envLabel = (environment: string): string => `env:${environment}`;

/** The labels of an incident issue, with the colour and description they get when the watch creates them. */
export function incidentLabels(environment: string): Array<{ name: string; color: string; description: string }> {
  return [
    { name: INCIDENT_LABEL, color: 'b60205', description: 'A fleet watch incident: opened, updated and closed by clawfleet' },
    { name: envLabel(environment), color: '1d76db', description: `clawfleet environment ${environment}` },
  ];
}

/** Keeps a marker well-formed whatever an id contains (`-->` would end the HTML comment early). */
const markerPart = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c));

/** The hidden marker that identifies an instance's incident issue across runs and lost state. */
export function incidentMarker(environment: string, instance: string): string {
  return `<!-- clawfleet:incident:${markerPart(environment)}:${markerPart(instance)} -->`;
}

/** The issue title; the status is the incident's worst. */
export function incidentTitle(environment: string, instance: string, status: BadStatus): string {
  return `clawfleet: ${environment}/${instance} is ${status}`;
}

// ───────────────────────────── state machine ─────────────────────────────

/** Options of {@link evaluateAlerts}: the {@link AlertContext} of the run plus the clock. */
export interface EvaluateOptions extends Pick<AlertContext, 'inventory' | 'remindAfterMs' | 'recoverAfter'> {
  /** Consecutive bad probes before an incident opens (≥ 1; 1 = on the first bad probe). Default 3. */
  debounce?: number;
  /** The run's time: when removed instances' incidents close and the state's `updatedAt`. */
  now: Date | string;
  /** Probes kept per instance as evidence. Default 10. */
  recentProbes?: number;
}

function positiveInt(name: string, v: number | undefined, dflt: number, min: number): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < min) throw new UserError(`The alert option '${name}' must be a whole number ≥ ${min}; got ${JSON.stringify(v)}.`);
  return v;
}

function isoOf(v: Date | string, name: string): string {
  const t = v instanceof Date ? v.getTime() : Date.parse(v);
  if (!Number.isFinite(t)) throw new UserError(`The alert option '${name}' is not a valid time: ${JSON.stringify(String(v))}.`);
  return new Date(t).toISOString();
}

const compact = (s: WatchSample): RecentProbe => ({
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
export function evaluateAlerts(prev: WatchState | undefined, samples: readonly WatchSample[], opts: EvaluateOptions): { state: WatchState; actions: PlannedAlert[] } {
  const debounce = positiveInt('debounce', opts.debounce, DEFAULT_DEBOUNCE, 1);
  const recoverAfter = positiveInt('recoverAfter', opts.recoverAfter, DEFAULT_RECOVER_AFTER, 1);
  const remindAfterMs = positiveInt('remindAfterMs', opts.remindAfterMs, DEFAULT_REMIND_AFTER_MS, 0);
  const keep = positiveInt('recentProbes', opts.recentProbes, DEFAULT_RECENT_PROBES, 1);
  const now = isoOf(opts.now, 'now');
  const state: WatchState = prev ? structuredClone(prev) : { schema: 1, updatedAt: now, instances: {} };
  state.updatedAt = now;

  const byInstance = new Map<string, WatchSample[]>();
  for (const s of samples) {
    if (!Number.isFinite(Date.parse(s.at))) throw new UserError(`Watch sample of '${s.instance}' has an invalid time: ${JSON.stringify(s.at)}.`);
    (byInstance.get(s.instance) ?? byInstance.set(s.instance, []).get(s.instance)!).push(s);
  }
  const inventory = new Set(opts.inventory ?? byInstance.keys());
  const actions: PlannedAlert[] = [];
  const touched = new Set<string>();
  const plan = (a: PlannedAlert) => {
    actions.push(a);
    touched.add(a.instance);
  };

  for (const [id, list] of byInstance) {
    if (!inventory.has(id)) continue; // probed but not in the inventory passed: the inventory wins
    list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const st: InstanceWatchState = state.instances[id] ?? { lastStatus: list[0]!.status, lastAt: list[0]!.at, consecutiveBad: 0 };
    state.instances[id] = st;
    for (const s of list) step(st, s);
  }

  function step(st: InstanceWatchState, s: WatchSample): void {
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
      } else if (remindAfterMs > 0 && inc.pending === undefined && inc.issue !== 0 && Date.parse(s.at) - Date.parse(inc.updatedAt ?? inc.openedAt) >= remindAfterMs) {
        inc.pending = 'reminder';
        plan({ kind: 'update', instance: s.instance, openedAt: inc.openedAt, status: inc.status, reason: 'reminder', sample: s, retry: false });
      }
      return;
    }
    if (st.mutedUntilHealthy || st.consecutiveBad < debounce) return;
    st.incident = { issue: 0, openedAt: s.at, status: st.streakWorst, pending: 'open' };
    plan({ kind: 'open', instance: s.instance, openedAt: s.at, status: st.streakWorst, sample: s, retry: false });
  }

  // Instances that left the inventory: close what they still have open, then forget them.
  for (const [id, st] of Object.entries(state.instances)) {
    if (inventory.has(id)) continue;
    if (st.incident) {
      const { pending: _owed, ...rest } = st.incident;
      delete st.incident;
      st.lastIncident = { ...rest, closedAt: now, resolution: 'removed' };
      plan({ kind: 'close', instance: id, openedAt: rest.openedAt, reason: 'removed', retry: false });
    } else if (!st.lastIncident || st.lastIncident.issueState === 'closed') {
      delete state.instances[id];
    }
  }

  // Writes owed by earlier runs (a failed call, a rate limit, a per-run cap, alerts turned on later).
  for (const [id, st] of Object.entries(state.instances)) {
    if (touched.has(id)) continue;
    const latest = byInstance.get(id)?.at(-1);
    const inc = st.incident;
    if (inc) {
      if (!latest) continue; // not probed this run: nothing new to show, retry when it is
      if (inc.pending === 'open' || inc.issue === 0) plan({ kind: 'open', instance: id, openedAt: inc.openedAt, status: inc.status, sample: latest, retry: true });
      else if (inc.pending === 'escalated' || inc.pending === 'reminder') plan({ kind: 'update', instance: id, openedAt: inc.openedAt, status: inc.status, reason: inc.pending, sample: latest, retry: true });
    } else if (st.lastIncident && st.lastIncident.issueState !== 'closed' && st.lastIncident.resolution !== 'closed-on-github') {
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
export function trackAlertActions(planned: readonly PlannedAlert[], state: WatchState): { state: WatchState; actions: AlertAction[] } {
  const next = structuredClone(state);
  const actions: AlertAction[] = [];
  for (const p of planned) {
    const st = next.instances[p.instance];
    if (p.kind === 'close') {
      if (st?.lastIncident?.openedAt === p.openedAt) st.lastIncident.issueState = 'closed';
      if (st && p.reason === 'removed' && !st.incident) delete next.instances[p.instance];
    } else if (st?.incident?.openedAt === p.openedAt) delete st.incident.pending;
    if (p.retry) continue;
    actions.push({ kind: p.kind === 'open' ? 'opened' : p.kind === 'update' ? 'updated' : 'closed', instance: p.instance, issue: 0, status: p.kind === 'close' ? 'healthy' : p.status, reason: p.kind === 'update' || p.kind === 'close' ? p.reason : 'opened' });
  }
  return { state: next, actions };
}

// ───────────────────────────── rendering ─────────────────────────────

/** What the issue texts are built from. */
export interface RenderContext {
  environment: string;
  runUrl?: string;
  runbookUrl?: string;
  /** Consecutive bad probes that opened incidents (shown in the body). */
  debounce?: number;
}

const ICON: Record<SmokeStatus, string> = { healthy: '🟢', degraded: '🟠', failed: '🔴' };
/** A table cell: no pipes, no line breaks, no HTML, bounded. */
const cell = (v: unknown): string => String(v ?? '').replace(/\r?\n|\r/g, ' ').replace(/[|\\<>`]/g, (c) => `\\${c}`).slice(0, 120);
/** Inline code: GitHub neither mentions (@user) nor links (#12) inside it, and markdown cannot break out. */
const code = (v: unknown): string => `\`${String(v ?? '').replace(/\r?\n|\r/g, ' ').replace(/`/g, "'").slice(0, 300)}\``;
const link = (text: string, url: string | undefined): string => (url && /^https?:\/\//.test(url) ? `[${text}](${url})` : text);

/** "1 h 5 min", "3 d 2 h", "12 min". */
export function formatDuration(ms: number): string {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h${min % 60 ? ` ${min % 60} min` : ''}`;
  return `${Math.floor(h / 24)} d${h % 24 ? ` ${h % 24} h` : ''}`;
}

/** The runbook, at the status's section (docs/runbook.md has `#failed`/`#degraded`; a URL with its own fragment is kept). */
function runbookLink(ctx: RenderContext, status: SmokeStatus): string {
  if (!ctx.runbookUrl) return 'docs/runbook.md in clawfleet';
  return ctx.runbookUrl.includes('#') ? ctx.runbookUrl : `${ctx.runbookUrl}#${status}`;
}

function versionLine(s: WatchSample): string {
  if (s.version === undefined) return 'unknown (the instance did not say)';
  if (s.expectedVersion === undefined) return code(s.version);
  return s.version === s.expectedVersion ? `${code(s.version)} (pinned ${code(s.expectedVersion)} ✅)` : `${code(s.version)} — **pinned ${code(s.expectedVersion)}** ⚠`;
}

function configLine(s: WatchSample): string {
  const v = s.configVersion !== undefined ? `v${s.configVersion}` : 'not a recorded version';
  const hash = s.configHash ? ` (hash ${code(s.configHash.slice(0, 16))})` : '';
  const expected = s.expectedConfigVersion === undefined ? '' : s.expectedConfigVersion === s.configVersion ? ' — current ✅' : ` — **expected v${s.expectedConfigVersion}** ⚠`;
  return `${v}${hash}${expected}`;
}

/** "3 consecutive bad probes, the first at …" (the first is known while it is among the kept probes). */
function streakLine(st: Pick<InstanceWatchState, 'consecutiveBad' | 'recent'>): string {
  const recent = st.recent ?? [];
  const first = st.consecutiveBad > 0 && st.consecutiveBad <= recent.length ? recent[recent.length - st.consecutiveBad]?.at : undefined;
  return `${st.consecutiveBad} consecutive bad probe(s)${first ? `, the first at ${cell(first)}` : ''}`;
}

function reasonLines(s: WatchSample): string[] {
  const reasons = s.reasons ?? [];
  if (reasons.length === 0) return ['- (no reason recorded)'];
  return [...reasons.slice(0, 20).map((r) => `- ${code(r)}`), ...(reasons.length > 20 ? [`- … ${reasons.length - 20} more`] : [])];
}

function factsTable(s: WatchSample): string[] {
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

function probesTable(recent: readonly RecentProbe[]): string[] {
  if (recent.length === 0) return [];
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
export function renderIncidentBody(ctx: RenderContext, instance: string, inc: Pick<Incident, 'openedAt' | 'status'>, st: Pick<InstanceWatchState, 'consecutiveBad' | 'recent'>, s: WatchSample): string {
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
export function renderUpdateComment(ctx: RenderContext, reason: 'escalated' | 'reminder' | 'adopted', inc: Pick<Incident, 'openedAt' | 'status'>, st: Pick<InstanceWatchState, 'consecutiveBad' | 'recent'>, s: WatchSample): string {
  const head =
    reason === 'escalated'
      ? `### ${ICON[inc.status]} Escalated: now **${inc.status}**`
      : reason === 'adopted'
        ? `### ${ICON[inc.status]} Still ${inc.status} — a new incident was detected; continuing here`
        : `### ${ICON[s.status]} Still ${s.status} after ${formatDuration(Date.parse(s.at) - Date.parse(inc.openedAt))}`;
  return [head, '', `${streakLine(st)}.`, '', ...factsTable(s), '', '### Why', '', ...reasonLines(s), '', `Runbook: ${runbookLink(ctx, inc.status)}${ctx.runUrl ? ` · ${link('run', ctx.runUrl)}` : ''}`].join('\n');
}

/** The note the watch posts on an issue it closes (recovery, or the instance left the inventory). */
export function renderCloseComment(ctx: RenderContext, instance: string, reason: 'recovered' | 'removed', inc: Pick<Incident, 'openedAt'> & { closedAt: string }, s: WatchSample | undefined): string {
  const lasted = formatDuration(Date.parse(inc.closedAt) - Date.parse(inc.openedAt));
  const head =
    reason === 'removed'
      ? `### Closing: ${cell(instance)} is no longer in the inventory of ${cell(ctx.environment)}\n\nThe incident lasted ${lasted}; the watch no longer probes this instance.`
      : `### ${ICON.healthy} Recovered: ${cell(ctx.environment)}/${cell(instance)} is healthy\n\nHealthy at ${cell(inc.closedAt)}${s ? ` (score ${s.score}, version ${s.version ? code(s.version) : 'unknown'})` : ''}; the incident lasted ${lasted}.`;
  return `${head}${ctx.runUrl ? `\n\n_${link('run', ctx.runUrl)}_` : ''}`;
}

/** GitHub's body limit is 65 536 characters; keep well under it. */
const MAX_BODY = 60_000;

// ───────────────────────────── GitHub side ─────────────────────────────

/** Options of {@link applyAlertActions}. */
export interface ApplyOptions extends RenderContext {
  /** Every text sent is redacted with it; GitHub error messages in warnings too. */
  secrets: SecretRegistry;
  logger?: Logger;
  /** The run's time (`updatedAt` of updated incidents). */
  now: Date | string;
  /** New issues one run may open (default 10); the rest stay owed for the next run. */
  maxNewIssues?: number;
  /** Pause between GitHub writes (default 1000 ms; tests pass 0). */
  writeSpacingMs?: number;
  /** The pause itself (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
}

interface Failure {
  message: string;
  /** The same error would hit every other call (rate limit, permissions, outage): stop for this run. */
  stop: boolean;
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
};
const headersOf = (e: unknown): Record<string, unknown> => {
  const h = (e as { response?: { headers?: unknown } } | null)?.response?.headers;
  return typeof h === 'object' && h !== null ? (h as Record<string, unknown>) : {};
};

/** Turns a GitHub error into a secret-free message with the fix, and whether to stop calling GitHub. */
export function describeGitHubError(e: unknown, what: string, secrets: SecretRegistry, repo?: string): Failure {
  const status = statusOf(e);
  const raw = secrets.redact(getErrorMessage(e)).replace(/\s+/g, ' ').slice(0, 300);
  const h = headersOf(e);
  const rateLimited = status === 429 || (status === 403 && (String(h['x-ratelimit-remaining']) === '0' || h['retry-after'] !== undefined || /rate limit/i.test(raw)));
  let message: string;
  let stop = true;
  if (rateLimited) message = `GitHub rate limit hit while trying to ${what} (HTTP ${status}: ${raw}). The remaining alert writes are retried on the next run.`;
  else if (status === 401) message = `GitHub rejected the token while trying to ${what} (HTTP 401: ${raw}). Pass a valid token (the workflow's GITHUB_TOKEN).`;
  else if (status === 403) message = `GitHub refused to ${what} (HTTP 403: ${raw}). Give the watch job 'permissions: issues: write'.`;
  else if (status === 410) message = `Issues are disabled in ${repo ?? 'the repository'} (HTTP 410 while trying to ${what}). Enable Issues in the repository settings, or turn alerts off.`;
  else if (status === undefined || status >= 500) message = `GitHub is unavailable while trying to ${what} (${status ? `HTTP ${status}: ` : ''}${raw}). Retried on the next run.`;
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
export async function applyAlertActions(port: GitHubPort, planned: readonly PlannedAlert[], state: WatchState, opts: ApplyOptions): Promise<{ state: WatchState; actions: AlertAction[] }> {
  const log = opts.logger ?? silentLogger;
  const now = isoOf(opts.now, 'now');
  const maxNew = positiveInt('maxNewIssues', opts.maxNewIssues, DEFAULT_MAX_NEW_ISSUES, 0);
  const spacing = opts.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const next = structuredClone(state);
  const out: AlertAction[] = [];
  const red = (s: string) => opts.secrets.redact(s);

  const tracked = Object.entries(next.instances).filter(([, st]) => (st.incident?.issue ?? 0) > 0);
  if (planned.length === 0 && tracked.length === 0) return { state: next, actions: out };

  let stopped: string | undefined;
  const fail = (e: unknown, what: string): string => {
    const f = describeGitHubError(e, what, opts.secrets);
    log.warning(`Alert: ${f.message}`);
    if (f.stop) stopped = f.message;
    return f.message;
  };
  let writes = 0;
  const write = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (writes++ > 0 && spacing > 0) await sleep(spacing);
    return fn();
  };
  const owed = (p: PlannedAlert, error: string, issue = 0): void => {
    out.push({ kind: p.kind === 'open' ? 'opened' : p.kind === 'update' ? 'updated' : 'closed', instance: p.instance, issue, status: p.kind === 'close' ? 'healthy' : p.status, reason: p.kind === 'open' ? 'opened' : p.reason, pending: true, error });
  };

  let openIssues: IssueInfo[];
  try {
    openIssues = await port.listOpenIssues(INCIDENT_LABEL);
  } catch (e) {
    const msg = fail(e, 'list the open incident issues');
    for (const p of planned) owed(p, msg);
    return { state: next, actions: out };
  }
  const byMarker = new Map<string, IssueInfo>();
  for (const i of openIssues) {
    const m = /<!-- clawfleet:incident:[^\s]+ -->/.exec(i.body)?.[0];
    if (m && !byMarker.has(m)) byMarker.set(m, i); // oldest first: a stray duplicate never wins
  }
  const openNumbers = new Set(openIssues.map((i) => i.number));
  const marker = (instance: string) => incidentMarker(opts.environment, instance);

  // A tracked issue that is no longer open: a person closed (or deleted/transferred) it.
  for (const [id, st] of tracked) {
    const inc = st.incident!;
    if (openNumbers.has(inc.issue) || stopped) continue;
    let info: IssueInfo | undefined;
    try {
      info = await port.getIssue(inc.issue);
    } catch (e) {
      fail(e, `read issue #${inc.issue}`);
      continue;
    }
    if (info && info.state === 'open') continue; // open but unlabelled: a person took the label off; keep using it
    delete st.incident;
    st.lastIncident = { issue: inc.issue, ...(inc.url ? { url: inc.url } : {}), openedAt: inc.openedAt, status: inc.status, ...(inc.updatedAt ? { updatedAt: inc.updatedAt } : {}), closedAt: now, issueState: 'closed', resolution: 'closed-on-github' };
    st.consecutiveBad = 0; // a new incident needs a fresh debounce
    delete st.streakWorst;
    if (info?.stateReason === 'not_planned') st.mutedUntilHealthy = true;
    log.info(`Alert: ${opts.environment}/${id}: issue #${inc.issue} was ${info ? `closed on GitHub${info.stateReason ? ` (${info.stateReason})` : ''}` : 'deleted or moved'}; the incident ends here${st.mutedUntilHealthy ? ' and the instance is muted until it is healthy again' : ''}.`);
    out.push({ kind: 'closed', instance: id, issue: inc.issue, ...(inc.url ? { url: inc.url } : {}), status: st.lastStatus, reason: 'closed-on-github' });
  }

  // Two runs that raced past the concurrency group can both have opened an issue: keep the one the state
  // records, close the others as duplicates of it (GitHub offers no conditional create to prevent this).
  for (const [id, st] of Object.entries(next.instances)) {
    const inc = st.incident;
    if (!inc || inc.issue === 0 || stopped) continue;
    const m = marker(id);
    for (const dupe of openIssues.filter((i) => i.number !== inc.issue && i.body.includes(m))) {
      try {
        await write(() => port.updateIssue(dupe.number, { state: 'closed', stateReason: 'duplicate' }));
        await write(() => port.addIssueComment(dupe.number, `Duplicate of #${inc.issue}: the fleet watch follows this incident there.`));
      } catch (e) {
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
  const ensureLabels = async (): Promise<string | undefined> => {
    for (const label of incidentLabels(opts.environment)) {
      try {
        if ((await write(() => port.ensureLabel(label))) === 'created') log.info(`Alert: created the label '${label.name}'.`);
      } catch (e) {
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
      if (!st || !li || li.openedAt !== p.openedAt || li.issueState === 'closed') continue;
      const found = byMarker.get(marker(p.instance));
      const number = li.issue > 0 ? li.issue : (found?.number ?? 0);
      let isOpen = openNumbers.has(number);
      if (number > 0 && !isOpen) {
        // Not in the labelled list: closed by a person, or open with the label taken off.
        try {
          isOpen = (await port.getIssue(number))?.state === 'open';
        } catch (e) {
          owed(p, fail(e, `read issue #${number}`), number);
          continue;
        }
      }
      if (number === 0 || !isOpen) {
        // Nothing open on GitHub: never created, or already closed by a person.
        li.issueState = 'closed';
      } else {
        // Close first, then comment: a retry after a failed close must not post the note twice, and
        // a lost note is better than an issue left open.
        try {
          await write(() => port.updateIssue(number, { state: 'closed', stateReason: 'completed' }));
        } catch (e) {
          owed(p, fail(e, `close issue #${number}`), number);
          continue;
        }
        try {
          await write(() => port.addIssueComment(number, red(renderCloseComment(opts, p.instance, p.reason, li, p.sample)).slice(0, MAX_BODY)));
        } catch (e) {
          fail(e, `comment on the closed issue #${number}`);
        }
        li.issue = number;
        if (!li.url && found?.url) li.url = found.url;
        li.issueState = 'closed';
      }
      out.push({ kind: 'closed', instance: p.instance, issue: number, ...(li.url ? { url: li.url } : {}), status: 'healthy', reason: p.reason });
      if (p.reason === 'removed' && !st.incident) delete next.instances[p.instance];
      continue;
    }

    const inc = st?.incident;
    if (!st || !inc || inc.openedAt !== p.openedAt) continue; // ended since it was planned (closed by a person)
    if (p.kind === 'update') {
      if (inc.issue === 0) continue; // the open is still owed; it carries the current status
      try {
        if (p.reason === 'escalated') await write(() => port.updateIssue(inc.issue, { title: red(incidentTitle(opts.environment, p.instance, inc.status)) }));
        await write(() => port.addIssueComment(inc.issue, red(renderUpdateComment(opts, p.reason, inc, st, p.sample)).slice(0, MAX_BODY)));
      } catch (e) {
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
        if (existing.title !== title) await write(() => port.updateIssue(existing.number, { title }));
        await write(() => port.addIssueComment(existing.number, red(renderUpdateComment(opts, 'adopted', inc, st, p.sample)).slice(0, MAX_BODY)));
      } catch (e) {
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
    let issue: IssueInfo;
    try {
      const body = red(renderIncidentBody(opts, p.instance, inc, st, p.sample)).slice(0, MAX_BODY);
      issue = await write(() => port.createIssue({ title: red(incidentTitle(opts.environment, p.instance, inc.status)), body, labels: incidentLabels(opts.environment).map((l) => l.name) }));
    } catch (e) {
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

// ───────────────────────────── the sink the watch calls ─────────────────────────────

/** How {@link createAlertSink} reaches GitHub; without `port` (alerts off) incidents are only tracked. */
export interface AlertSinkOptions extends Pick<ApplyOptions, 'maxNewIssues' | 'writeSpacingMs' | 'sleep'> {
  port?: GitHubPort;
  secrets: SecretRegistry;
  logger?: Logger;
  /** Plan only: log what would be sent, send nothing, keep the writes owed. */
  dryRun?: boolean;
}

/**
 * The {@link AlertSink} of a watch run: {@link evaluateAlerts}, then {@link applyAlertActions} (with a
 * port) or {@link trackAlertActions} (alerts off). A dry run logs the plan and returns the evaluated
 * state with the writes still owed, so writing it and then running for real sends them.
 */
export function createAlertSink(opts: AlertSinkOptions): AlertSink {
  const log = opts.logger ?? silentLogger;
  return {
    async evaluate(prev, samples, now, context) {
      const { state, actions: planned } = evaluateAlerts(prev, samples, { ...context, now });
      const render: RenderContext = { environment: context.environment, debounce: context.debounce, ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(context.runbookUrl ? { runbookUrl: context.runbookUrl } : {}) };
      if (opts.dryRun) {
        for (const p of planned) log.info(`Alert (dry run): would ${p.kind} the incident of ${context.environment}/${p.instance}${p.kind === 'close' || p.kind === 'update' ? ` (${p.reason})` : ` (${p.status})`}.`);
        return { state, actions: trackAlertActions(planned, state).actions };
      }
      if (!opts.port) return trackAlertActions(planned, state);
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
export function defaultRunbookUrl(opts: { serverUrl?: string; repository?: string; ref?: string }): string | undefined {
  if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository)) return undefined;
  return `${(opts.serverUrl || 'https://github.com').replace(/\/+$/, '')}/${opts.repository}/blob/${encodeURI(opts.ref || 'main')}/docs/runbook.md`;
}
