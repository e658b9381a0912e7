/**
 * The status page's data model (issue #8): what the HTML shows and what `status.json` holds for machines,
 * built from {@link StatusSources}. Pure: the same sources and `generatedAt` give the same model.
 *
 * Every string that can come from a user or a gateway (instance ids, reasons, tickets, actors, details) is
 * passed through the SecretRegistry here, once, so neither the HTML nor the JSON can carry a registered
 * secret in any derived form. Links are kept only when they are plain http(s) URLs (issues, runs): a
 * `javascript:` or relative URL from a record is shown as text, never as a link.
 */
import type { SecretRegistry } from '../common/secrets.js';
import type { AuditLine, CurrentRecord } from '../deploy/types.js';
import type { SmokeStatus } from '../smoke/types.js';
import type { StatusSources } from './report-data.js';
import type { WatchSample, WatchState } from './types.js';

/** The row status: a probe status, or `never-probed` (in the inventory, no sample in the window). */
export type RowStatus = SmokeStatus | 'never-probed';

export interface TimelinePoint {
  at: string;
  score: number;
  status: SmokeStatus;
}

export interface InstanceRow {
  id: string;
  status: RowStatus;
  score?: number;
  lastProbedAt?: string;
  version?: string;
  expectedVersion?: string;
  /** `match` when the reported version equals the pin; `unknown` when one of them is missing. */
  versionState: 'match' | 'mismatch' | 'unknown';
  configVersion?: number;
  /** The latest recorded version (current.json), for "config version vs latest". */
  latestConfigVersion?: number;
  configState: 'latest' | 'behind' | 'unknown';
  lastDeploy?: { at: string; kind: 'deploy' | 'rollback'; version?: number; outcome: string; deploymentId: string };
  /** The newest status transition in the window (absent when the status never changed). */
  lastChange?: { at: string; from: SmokeStatus; to: SmokeStatus };
  reasons: string[];
  latencyMs?: number;
  /** The deployment operation that held the environment lock during the last probe (a restart may explain it). */
  duringDeployment?: string;
  incident?: IncidentView;
  lastIncident?: IncidentView & { closedAt: string };
  /** The instance's samples in the window, oldest first (for the chart), bucketed to at most {@link MAX_MARKS}. */
  timeline: TimelinePoint[];
  /** Samples of this instance in the window (before bucketing). */
  samples: number;
  /** The chart's text alternative ("score 100 → 0 at 12:05, recovered 12:35"). */
  timelineSummary: string;
}

export interface IncidentView {
  instance: string;
  issue: number;
  /** Only a plain http(s) URL. */
  url?: string;
  openedAt: string;
  status: Exclude<SmokeStatus, 'healthy'>;
}

export interface DeploymentRow {
  kind: 'deploy' | 'rollback';
  deploymentId: string;
  attempt: number;
  startedAt?: string;
  finishedAt?: string;
  /** The end event's outcome, `in progress` or `interrupted`. */
  outcome: string;
  fromVersion?: number;
  toVersion?: number;
  actor?: string;
  ticket?: string;
  runUrl?: string;
  trigger?: string;
  /** Instances that did not end well (failed/rolled-back/…): "id: status". */
  notable: string[];
  detail?: string;
}

export interface StatusModel {
  schema: 1;
  tool: 'clawfleet/report';
  environment: string;
  generatedAt: string;
  window: { since: string; until: string };
  summary: {
    instances: number;
    healthy: number;
    degraded: number;
    failed: number;
    neverProbed: number;
    lastProbedAt?: string;
    /**
     * Set when the watch has not probed for much longer than it usually does (3× the median gap between
     * its runs, at least 30 min): the statuses shown may be out of date. A green page from a watch that
     * stopped running must not look like a green fleet.
     */
    stale?: { since: string; minutes: number };
    /** The worst status of the fleet (`never-probed` only when nothing was probed). */
    overall: RowStatus;
    currentVersion?: number;
    samples: number;
    runs: number;
  };
  incidents: IncidentView[];
  instances: InstanceRow[];
  deployments: DeploymentRow[];
  /** Records that could not be read (from the loader). */
  problems: string[];
}

export interface BuildOptions {
  /** ISO time the page is generated at (the window's end). */
  generatedAt: string;
  since: string;
  /** Instance ids from the inventory: listed even without samples ("never probed"). */
  inventory?: readonly string[];
  secrets?: SecretRegistry;
  /** Most deployment rows to show. Default 20. */
  maxDeployments?: number;
}

const RANK: Record<RowStatus, number> = { 'never-probed': 0, healthy: 1, degraded: 2, failed: 3 };

/** Builds the model. */
export function buildStatusModel(src: StatusSources, opts: BuildOptions): StatusModel {
  const redact = (s: string) => (opts.secrets ? opts.secrets.redact(s) : s);
  const bySample = new Map<string, WatchSample[]>();
  for (const s of src.samples) {
    const list = bySample.get(s.instance) ?? [];
    list.push(s);
    bySample.set(s.instance, list);
  }
  const ids = [...new Set([...(opts.inventory ?? []), ...bySample.keys(), ...Object.keys(src.state?.instances ?? {}).filter((id) => bySample.has(id))])];
  // The page shows the fleet as of `generatedAt`: records written after it (a page rendered for a past
  // moment, or a clock skew between runners) are left out.
  const asOf = Date.parse(opts.generatedAt);
  const audit = src.audit.filter((a) => !(Date.parse(a.ts) > asOf));
  const deployments = deploymentRows(audit, opts.since, opts.maxDeployments ?? 20);
  const instances = ids.map((id) => instanceRow(id, bySample.get(id) ?? [], src.state, src.current, audit, asOf));
  // Worst first, then by id: the rows that need attention are at the top.
  instances.sort((a, b) => RANK[b.status] - RANK[a.status] || a.id.localeCompare(b.id));
  const count = (st: RowStatus) => instances.filter((r) => r.status === st).length;
  const lastProbedAt = src.samples.at(-1)?.at;
  const probed = instances.filter((r) => r.status !== 'never-probed');
  const overall: RowStatus = probed.length === 0 ? 'never-probed' : probed.reduce<RowStatus>((w, r) => (RANK[r.status] > RANK[w] ? r.status : w), 'healthy');
  const model: StatusModel = {
    schema: 1,
    tool: 'clawfleet/report',
    environment: src.environment,
    generatedAt: opts.generatedAt,
    window: { since: opts.since, until: opts.generatedAt },
    summary: {
      instances: instances.length,
      healthy: count('healthy'),
      degraded: count('degraded'),
      failed: count('failed'),
      neverProbed: count('never-probed'),
      ...(lastProbedAt ? { lastProbedAt } : {}),
      ...staleness(src.samples, opts.generatedAt),
      overall,
      ...(src.current ? { currentVersion: src.current.version } : {}),
      samples: src.samples.length,
      runs: new Set(src.samples.map((s) => s.run)).size,
    },
    incidents: instances.flatMap((r) => (r.incident ? [r.incident] : [])),
    instances,
    deployments,
    problems: src.problems,
  };
  return redactDeep(model, redact);
}

/** Minimum silence before a page is called stale (a watch on a 15-minute schedule is often late by minutes). */
export const STALE_MIN_MS = 30 * 60_000;

function staleness(samples: readonly WatchSample[], generatedAt: string): { stale?: { since: string; minutes: number } } {
  const last = samples.at(-1)?.at;
  if (!last) return {};
  const firstOfRun = new Map<string, number>();
  for (const s of samples) if (!firstOfRun.has(s.run)) firstOfRun.set(s.run, Date.parse(s.at));
  const runTimes = [...firstOfRun.values()].sort((a, b) => a - b);
  const gaps = runTimes.slice(1).map((t, i) => t - runTimes[i]!).sort((a, b) => a - b);
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
  const silence = Date.parse(generatedAt) - Date.parse(last);
  return silence > Math.max(STALE_MIN_MS, 3 * median) ? { stale: { since: last, minutes: Math.round(silence / 60_000) } } : {};
}

function instanceRow(id: string, samples: WatchSample[], state: WatchState | undefined, current: CurrentRecord | undefined, audit: AuditLine[], asOf: number): InstanceRow {
  const last = samples.at(-1);
  const ws = state?.instances[id];
  const versionState = last?.version && last.expectedVersion ? (last.version === last.expectedVersion ? 'match' : 'mismatch') : 'unknown';
  // current.json is the authority; the watch also records what it expected (when the page reads an older store copy).
  const latest = current?.version ?? last?.expectedConfigVersion;
  const configState = last?.configVersion === undefined || latest === undefined ? 'unknown' : last.configVersion === latest ? 'latest' : 'behind';
  let lastChange: InstanceRow['lastChange'];
  for (let i = samples.length - 1; i > 0; i--) {
    if (samples[i]!.status !== samples[i - 1]!.status) {
      lastChange = { at: samples[i]!.at, from: samples[i - 1]!.status, to: samples[i]!.status };
      break;
    }
  }
  // Incidents as of `asOf`: one opened later did not exist yet; one closed later was still open.
  const opened = (i: { openedAt: string } | undefined) => i !== undefined && !(Date.parse(i.openedAt) > asOf);
  const closedLater = opened(ws?.lastIncident) && Date.parse(ws!.lastIncident!.closedAt) > asOf;
  const incident = opened(ws?.incident) ? incidentView(id, ws!.incident!) : closedLater ? incidentView(id, ws!.lastIncident!) : undefined;
  const lastIncident = opened(ws?.lastIncident) && !closedLater ? { ...incidentView(id, ws!.lastIncident!), closedAt: ws!.lastIncident!.closedAt } : undefined;
  const lastDeploy = lastDeployOf(id, audit);
  const points = samples.map((s) => ({ at: s.at, score: clampScore(s.score), status: s.status }));
  const timeline = downsample(points);
  return {
    id,
    status: last?.status ?? 'never-probed',
    ...(last ? { score: clampScore(last.score), lastProbedAt: last.at } : {}),
    ...(last?.version ? { version: last.version } : {}),
    ...(last?.expectedVersion ? { expectedVersion: last.expectedVersion } : {}),
    versionState,
    ...(last?.configVersion !== undefined ? { configVersion: last.configVersion } : {}),
    ...(latest !== undefined ? { latestConfigVersion: latest } : {}),
    configState,
    ...(lastDeploy ? { lastDeploy } : {}),
    ...(lastChange ? { lastChange } : {}),
    reasons: last?.status === 'healthy' ? [] : (last?.reasons ?? []).slice(0, 5),
    ...(last?.latencyMs !== undefined ? { latencyMs: last.latencyMs } : {}),
    ...(last?.duringDeployment ? { duringDeployment: last.duringDeployment } : {}),
    ...(incident ? { incident } : {}),
    ...(lastIncident ? { lastIncident } : {}),
    timeline,
    samples: samples.length,
    // From every sample, not the buckets: the text alternative names exact times and scores.
    timelineSummary: describeTimeline(points),
  };
}

function clampScore(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

function incidentView(instance: string, inc: { issue: number; url?: string; openedAt: string; status: Exclude<SmokeStatus, 'healthy'> }): IncidentView {
  const url = safeUrl(inc.url);
  return { instance, issue: inc.issue, ...(url ? { url } : {}), openedAt: inc.openedAt, status: inc.status };
}

/** A URL kept as a link: absolute http(s) only, no credentials in it. */
export function safeUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const p = new URL(u);
    if ((p.protocol === 'https:' || p.protocol === 'http:') && !p.username && !p.password) return p.toString();
  } catch {
    // not a URL: shown as text (or not at all)
  }
  return undefined;
}

/** The newest deploy-end / rollback-end that names this instance (or names no instances at all). */
function lastDeployOf(id: string, audit: AuditLine[]): InstanceRow['lastDeploy'] {
  for (let i = audit.length - 1; i >= 0; i--) {
    const a = audit[i]!;
    if (a.event !== 'deploy-end' && a.event !== 'rollback-end') continue;
    const entry = a.instances?.find((x) => x.id === id);
    if (a.instances && a.instances.length > 0 && !entry) continue;
    if (entry && (entry.status === 'untouched' || entry.status === 'unchanged' || entry.status === 'not-attempted')) continue;
    const kind = a.event === 'deploy-end' ? 'deploy' : 'rollback';
    // runAutoRollback's rollback-end names no version: its rollback-start does.
    const version = a.toVersion ?? (kind === 'rollback' ? audit.slice(0, i).reverse().find((x) => x.event === 'rollback-start' && x.deploymentId === a.deploymentId)?.toVersion : undefined);
    return { at: a.ts, kind, ...(version !== undefined ? { version } : {}), outcome: entry ? `${a.outcome ?? ''}${entry.status ? ` (${entry.status})` : ''}`.trim() : (a.outcome ?? ''), deploymentId: a.deploymentId };
  }
  return undefined;
}

/** Deploy and rollback rows (newest first) from the audit log, started or finished inside the window. */
export function deploymentRows(audit: readonly AuditLine[], since: string, max: number): DeploymentRow[] {
  const rows = new Map<string, DeploymentRow>();
  const deployTo = new Map<string, number>();
  for (const a of audit) {
    const kind = a.event === 'deploy-start' || a.event === 'deploy-end' ? 'deploy' : a.event === 'rollback-start' || a.event === 'rollback-end' ? 'rollback' : a.event === 'interrupted' ? 'deploy' : undefined;
    if (!kind) continue;
    if (a.event === 'deploy-start' && a.toVersion !== undefined) deployTo.set(a.deploymentId, a.toVersion);
    const key = `${kind}\u0000${a.deploymentId}\u0000${a.attempt}`;
    let row = rows.get(key);
    if (!row) {
      row = { kind, deploymentId: a.deploymentId, attempt: a.attempt, outcome: 'in progress', notable: [] };
      rows.set(key, row);
    }
    if (a.actor && !row.actor) row.actor = a.actor;
    if (a.ticket && !row.ticket) row.ticket = a.ticket;
    const run = safeUrl(a.runUrl);
    if (run && !row.runUrl) row.runUrl = run;
    if (a.event === 'deploy-start' || a.event === 'rollback-start') {
      row.startedAt = a.ts;
      if (kind === 'deploy') {
        if (a.fromVersion !== undefined) row.fromVersion = a.fromVersion;
        if (a.toVersion !== undefined) row.toVersion = a.toVersion;
      } else {
        // A rollback goes from what the deployment deployed back to what ran before it.
        const from = deployTo.get(a.deploymentId);
        if (from !== undefined) row.fromVersion = from;
        if (a.toVersion !== undefined) row.toVersion = a.toVersion;
        const trig = /trigger: ([\w-]+)/.exec(a.detail ?? '');
        if (trig) row.trigger = trig[1]!;
      }
    } else if (a.event === 'interrupted') {
      row.outcome = 'interrupted';
      row.finishedAt = a.ts;
    } else {
      row.finishedAt = a.ts;
      row.outcome = a.outcome ?? 'finished';
      if (kind === 'deploy') {
        if (a.fromVersion !== undefined) row.fromVersion = a.fromVersion;
        if (a.toVersion !== undefined) row.toVersion = a.toVersion;
      }
      row.notable = (a.instances ?? []).filter((i) => !['applied', 'unchanged', 'restored', 'untouched'].includes(i.status)).map((i) => `${i.id}: ${i.status}`).slice(0, 10);
      if (a.detail) row.detail = a.detail.slice(0, 500);
    }
  }
  const from = Date.parse(since);
  return [...rows.values()]
    .filter((r) => Date.parse(r.finishedAt ?? r.startedAt ?? '') >= from)
    .sort((a, b) => Date.parse(b.startedAt ?? b.finishedAt ?? '') - Date.parse(a.startedAt ?? a.finishedAt ?? ''))
    .slice(0, max);
}

/** Most points per instance timeline (chart marks, status.json); longer histories are bucketed. */
export const MAX_MARKS = 240;
const STATUS_RANK: Record<SmokeStatus, number> = { healthy: 1, degraded: 2, failed: 3 };

/**
 * Buckets a long timeline so the chart and status.json stay small (14 days of 15-minute runs = 1 344
 * samples per instance): each bucket keeps its first time, lowest score and worst status, so an incident
 * never disappears in the averaging.
 */
export function downsample(points: readonly TimelinePoint[], max = MAX_MARKS): TimelinePoint[] {
  if (points.length <= max) return [...points];
  const size = Math.ceil(points.length / max);
  const out: TimelinePoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const b = points.slice(i, i + size);
    const worst = b.reduce((w, p) => (STATUS_RANK[p.status] > STATUS_RANK[w.status] ? p : w), b[0]!);
    out.push({ at: b[0]!.at, score: Math.min(...b.map((p) => p.score)), status: worst.status });
  }
  return out;
}

/** "hh:mm" in UTC, with the date when the points span more than one UTC day. */
export function shortTime(iso: string, withDate: boolean): string {
  const d = new Date(iso);
  const hm = d.toISOString().slice(11, 16);
  return withDate ? `${d.toISOString().slice(5, 10)} ${hm}` : hm;
}

/**
 * The chart's text alternative: where the score started, every status change with its score and time, and
 * where it stands — "score 100 (healthy) at 00:59; failed, score 0 at 01:05; recovered, score 100 at 01:07".
 */
export function describeTimeline(points: readonly TimelinePoint[]): string {
  if (points.length === 0) return 'No samples in this window.';
  const first = points[0]!;
  const lastP = points.at(-1)!;
  const multiDay = first.at.slice(0, 10) !== lastP.at.slice(0, 10);
  const t = (p: TimelinePoint) => shortTime(p.at, multiDay);
  const parts = [`score ${first.score} (${first.status}) at ${t(first)} UTC`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1]!;
    if (p.status === prev.status) continue;
    parts.push(p.status === 'healthy' ? `recovered, score ${p.score} at ${t(p)}` : `${p.status}, score ${prev.score} → ${p.score} at ${t(p)}`);
  }
  const low = Math.min(...points.map((p) => p.score));
  parts.push(`${points.length} sample${points.length === 1 ? '' : 's'}, lowest score ${low}, now ${lastP.status} (score ${lastP.score}).`);
  return parts.join('; ');
}

function redactDeep<T>(value: T, redact: (s: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k)] = redactDeep(v, redact);
    return out as T;
  }
  return value;
}
