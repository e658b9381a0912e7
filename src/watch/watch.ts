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
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from '../common/logger.js';
import { getErrorMessage } from '../common/errors.js';
import type { SecretRegistry } from '../common/secrets.js';
import { contentEquals } from '../deploy/content.js';
import { desiredFor } from '../deploy/plan.js';
import { StateRecorder, normalizeEnvironment } from '../deploy/records.js';
import type { StateStore } from '../deploy/store/types.js';
import type { VersionRecord } from '../deploy/types.js';
import { createGatewayClient } from '../fleet/client.js';
import { computeHealthScore } from '../fleet/health.js';
import type { PlainObject } from '../fleet/merge.js';
import type { ConfigSnapshot, GatewayClient, HealthRpc, ReadyzResult } from '../fleet/types.js';
import { runSmoke, type SmokeOptions, type SmokeTarget } from '../smoke/run-smoke.js';
import type { ExpectedVersion, InstanceResult, SmokeStatus } from '../smoke/types.js';
import { createAlertSink } from './alerts.js';
import { appendSamples, applyRetention, readWatchState, writeWatchState } from './history.js';
import type { AlertAction, AlertContext, AlertSink, WatchSample } from './types.js';

/** One instance to watch: the smoke target plus its inventory overlay (for the config-version match). */
export interface WatchTarget extends SmokeTarget {
  overlay?: PlainObject;
}

/** How many instances get the browser check: a count, or a share of the selection (rounded up). */
export type BrowserSample = { kind: 'count'; count: number } | { kind: 'ratio'; ratio: number };

export type FailOn = 'failed' | 'degraded' | 'never';

export interface WatchOptions {
  environment: string;
  targets: readonly WatchTarget[];
  store: StateStore;
  expectedVersion?: ExpectedVersion;
  /** Browser executable and sample; undefined = no browser checks at all. */
  browser?: { path: string; sample: BrowserSample; screenshotsDir: string };
  timeoutMs: number;
  callTimeoutMs?: number;
  uiConnectTimeoutMs?: number;
  concurrency: number;
  pairDevices: boolean;
  /** Day files older than this many days are removed (see applyRetention). */
  retentionDays: number;
  /** Consecutive bad probes before an incident opens. */
  debounce: number;
  failOn: FailOn;
  /** The alert step; default alerts.ts's sink without GitHub (incidents tracked in the state, issue 0). */
  alerts?: AlertSink;
  /**
   * Every instance id of the inventory (not only the selection): an incident of an instance that left the
   * inventory is closed. Default: the targets — pass the full list when a selector narrows the run.
   */
  inventoryIds?: readonly string[];
  runbookUrl?: string;
  runUrl?: string;
  /** Consecutive healthy probes that close an incident (alerts.ts default 1). */
  recoverAfter?: number;
  /** Minimum time between reminder comments on a still-open incident (alerts.ts default 24 h; 0 = none). */
  remindAfterMs?: number;
  /** Id of this run in the samples; default `<UTC compact time>-<random>`. */
  runId?: string;
  secrets: SecretRegistry;
  logger: Logger;
  clientFactory?: (t: SmokeTarget) => GatewayClient;
  extraHeaders?: Record<string, string>;
  ignoreConsole?: readonly RegExp[];
  signal?: AbortSignal;
  now?: () => Date;
  /** Picks `k` of `n` indexes for the browser sample (tests make it deterministic). */
  pickSample?: (n: number, k: number) => number[];
}

/** One row of the result (what the summary table and the CLI show). */
export interface WatchRow extends WatchSample {
  url: string;
}

export interface WatchResult {
  schemaVersion: 1;
  tool: 'clawfleet/fleet-watch';
  environment: string;
  run: string;
  startedAt: string;
  finishedAt: string;
  counts: Record<SmokeStatus, number>;
  rows: WatchRow[];
  failed: string[];
  degraded: string[];
  /** Instances that got the browser check this run. */
  browserSampled: string[];
  /** The version current.json names (what every instance should run), when there is one. */
  expectedConfigVersion?: number;
  actions: AlertAction[];
  incidentsOpened: number;
  incidentsClosed: number;
  /** Why the alert step did not complete (the samples were still recorded; the run fails). */
  alertError?: string;
  retentionRemoved: string[];
  /** The commit message of the one flush. */
  flushMessage: string;
  failOn: FailOn;
  /** Whether the run should fail (fail-on, or an alert step that did not complete). */
  shouldFail: boolean;
  /** The smoke results behind the samples (every check), for the report file. */
  probes: InstanceResult[];
}

const MAX_REASONS = 8;
const MAX_REASON_CHARS = 300;

/** `20261122T013000Z-1a2b3c` */
export function newWatchRunId(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

/** How many of `n` instances the sample covers. */
export function sampleSize(sample: BrowserSample, n: number): number {
  if (n <= 0) return 0;
  if (sample.kind === 'count') return Math.max(0, Math.min(n, Math.floor(sample.count)));
  return Math.max(0, Math.min(n, Math.ceil(sample.ratio * n - 1e-9)));
}

/** `k` distinct random indexes of `0..n-1` (partial Fisher–Yates with a CSPRNG: no bias towards the first instances). */
export function randomSample(n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + randomInt(n - i);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, Math.min(k, n)).sort((a, b) => a - b);
}

/** What the wrapped client saw, per instance. */
interface Captured {
  readyz?: ReadyzResult;
  readyzMs?: number;
  health?: HealthRpc;
  config?: ConfigSnapshot;
}

/**
 * Wraps a client so the answers the probes get are kept for the score, the latency and the config match —
 * no request of its own. Everything else passes through unchanged.
 */
function recordingClient(inner: GatewayClient, into: Captured): GatewayClient {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      const fn = v as (...a: unknown[]) => Promise<unknown>;
      if (prop === 'readyz') {
        return async (...a: unknown[]) => {
          const t0 = performance.now();
          const r = (await fn.apply(target, a)) as ReadyzResult;
          into.readyz = r;
          into.readyzMs = Math.round(performance.now() - t0);
          return r;
        };
      }
      if (prop === 'health') return async (...a: unknown[]) => (into.health = (await fn.apply(target, a)) as HealthRpc);
      if (prop === 'configGet') return async (...a: unknown[]) => (into.config = (await fn.apply(target, a)) as ConfigSnapshot);
      return fn.bind(target);
    },
  });
}

/** The recorded versions, loaded once per run: current first, then newest first. */
export interface ConfigVersionIndex {
  expected?: number;
  match(parsed: unknown, overlay: PlainObject | undefined): number | undefined;
}

/** Reads current.json and the version records of an environment for {@link ConfigVersionIndex.match}. */
export async function loadConfigVersions(store: StateStore, environment: string, logger: Logger, maxVersions = 200): Promise<ConfigVersionIndex> {
  const rec = new StateRecorder(store, environment);
  let current: number | undefined;
  const records: VersionRecord[] = [];
  try {
    current = (await rec.readCurrent())?.version;
    const all = (await rec.listVersions()).reverse().slice(0, maxVersions);
    const order = current !== undefined && all.includes(current) ? [current, ...all.filter((v) => v !== current)] : all;
    for (const v of order) {
      const r = await rec.readVersion(v);
      if (r && r.config && typeof r.config === 'object') records.push(r);
    }
  } catch (e) {
    // A broken record must not stop the watch: the samples just lack the config version.
    logger.warning(`config versions of '${environment}' could not be read (${getErrorMessage(e)}); samples will not name a config version`);
  }
  return {
    ...(current !== undefined ? { expected: current } : {}),
    match(parsed, overlay) {
      if (parsed === undefined || parsed === null) return undefined;
      for (const r of records) if (contentEquals(parsed, desiredFor(r.config, { ...(overlay ? { overlay } : {}) }))) return r.version;
      return undefined;
    },
  };
}

/**
 * The deployment running in the environment, from its lock (`rolling-deploy v48-…`), or undefined. A lock
 * older than the deployments' own TTL (6 h) is an abandoned one and does not count.
 */
export async function runningDeployment(store: StateStore, environment: string, now: number, logger: Logger): Promise<string | undefined> {
  try {
    const lock = await new StateRecorder(store, environment).readLock();
    if (!lock) return undefined;
    const since = Date.parse(lock.acquiredAt ?? '');
    if (!Number.isFinite(since) || now - since > 6 * 3_600_000) return undefined;
    return `${lock.operation ?? 'deployment'}${lock.deploymentId ? ` ${lock.deploymentId}` : ''}`.slice(0, 200);
  } catch (e) {
    logger.debug(`the deployment lock of '${environment}' could not be read: ${getErrorMessage(e)}`);
    return undefined;
  }
}

/** Builds the sample of one instance from its smoke result and what the client captured. */
export function toSample(run: string, at: string, result: InstanceResult, captured: Captured, opts: { expectedVersion?: string; configVersion?: number; expectedConfigVersion?: number; browser?: boolean }): WatchSample {
  const reachable = captured.readyz !== undefined;
  const score = computeHealthScore({ readyz: captured.readyz, health: captured.health, config: captured.config }).score;
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
export async function runWatch(opts: WatchOptions): Promise<WatchResult> {
  const now = opts.now ?? (() => new Date());
  const logger = opts.logger;
  const environment = normalizeEnvironment(opts.environment);
  if (!Number.isInteger(opts.debounce) || opts.debounce < 1) throw new Error(`runWatch: debounce must be a whole number ≥ 1, got ${String(opts.debounce)}`);
  if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < 1) throw new Error(`runWatch: retentionDays must be a whole number ≥ 1, got ${String(opts.retentionDays)}`);
  if (opts.targets.length === 0) throw new Error('runWatch: no instance to watch');
  const started = now();
  const run = opts.runId ?? newWatchRunId(started);
  const callTimeoutMs = opts.callTimeoutMs ?? 15_000;

  // Read what the samples are compared with before probing (a slow store must not skew latencies).
  const versions = await loadConfigVersions(opts.store, environment, logger);
  const prevState = await readWatchState(opts.store, environment, { logger });
  const deployment = await runningDeployment(opts.store, environment, started.getTime(), logger);
  if (deployment) logger.info(`a deployment holds the '${environment}' lock (${deployment}): instances may be caught mid-restart; the samples say so`);

  // Browser sample: a random subset, so over many runs every instance's UI gets opened.
  const n = opts.targets.length;
  const k = opts.browser ? sampleSize(opts.browser.sample, n) : 0;
  const picked = new Set((opts.pickSample ?? randomSample)(n, k));
  const withBrowser = opts.targets.filter((_, i) => picked.has(i));
  const without = opts.targets.filter((_, i) => !picked.has(i));

  const captured = new Map<string, Captured>();
  const baseFactory =
    opts.clientFactory ?? ((t: SmokeTarget) => createGatewayClient({ id: t.id, url: t.url, token: t.token }, { timeoutMs: callTimeoutMs, logger, secrets: opts.secrets }));
  const factory = (t: SmokeTarget) => {
    const c: Captured = {};
    captured.set(t.id, c); // a fresh record per client: the last client made for an id is the one whose answers count
    return recordingClient(baseFactory(t), c);
  };
  const common: Omit<SmokeOptions, 'targets'> = {
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
  const results: InstanceResult[] = [];
  if (without.length) results.push(...(await runSmoke({ ...common, targets: without })).instances);
  if (withBrowser.length && opts.browser) {
    results.push(...(await runSmoke({ ...common, targets: withBrowser, browserPath: opts.browser.path, screenshotsDir: opts.browser.screenshotsDir })).instances);
  }
  const order = new Map(opts.targets.map((t, i) => [t.id, i]));
  results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  const at = now().toISOString();
  const targetById = new Map(opts.targets.map((t) => [t.id, t]));
  const browserIds = new Set(withBrowser.map((t) => t.id));
  const rows: WatchRow[] = results.map((r) => {
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
  const samples: WatchSample[] = rows.map(({ url: _url, ...s }) => s);

  // History first: even when the alert step fails, the probes are on record.
  await appendSamples(opts.store, environment, samples, { secrets: opts.secrets });
  const retentionRemoved = await applyRetention(opts.store, environment, { days: opts.retentionDays, now: now() });
  if (retentionRemoved.length) logger.info(`retention: removed ${retentionRemoved.length} day file(s) older than ${opts.retentionDays} day(s) (${retentionRemoved[0]}${retentionRemoved.length > 1 ? ` … ${retentionRemoved.at(-1)}` : ''})`);

  let actions: AlertAction[] = [];
  let alertError: string | undefined;
  const context: AlertContext = {
    environment,
    debounce: opts.debounce,
    ...(opts.runbookUrl ? { runbookUrl: opts.runbookUrl } : {}),
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    inventory: opts.inventoryIds ?? opts.targets.map((t) => t.id),
    ...(opts.recoverAfter !== undefined ? { recoverAfter: opts.recoverAfter } : {}),
    ...(opts.remindAfterMs !== undefined ? { remindAfterMs: opts.remindAfterMs } : {}),
  };
  try {
    const next = await (opts.alerts ?? createAlertSink({ secrets: opts.secrets, logger })).evaluate(prevState, samples, now(), context);
    actions = next.actions;
    await writeWatchState(opts.store, environment, next.state, { secrets: opts.secrets });
  } catch (e) {
    // The previous state stays as it was: the next run re-evaluates the same transitions.
    alertError = opts.secrets.redact(getErrorMessage(e));
    logger.error(`alerts: ${alertError} (the samples were recorded; the incident state is unchanged)`);
  }

  const counts: Record<SmokeStatus, number> = { healthy: 0, degraded: 0, failed: 0 };
  for (const s of samples) counts[s.status]++;
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
export function summaryRows(result: WatchResult): string[][] {
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

export const SUMMARY_HEADERS = ['instance', 'status', 'score', 'version', 'config', '/readyz', 'browser', 'why'] as const;

/** Default screenshots folder of a run under a base folder. */
export function screenshotsDirFor(base: string, run: string): string {
  return join(base, `clawfleet-watch-${run}`, 'screenshots');
}
