/**
 * Shapes of the fleet watch (issue #8): what one scheduled probe of one instance records, the per-instance
 * state the alerting keeps between runs, and the layout of both in the deployments' state store.
 *
 * Layout (inside the same {@link StateStore} the deployments use, next to their records):
 *
 * ```
 * environments/<env>/watch/samples/2026-11-22.jsonl   append-only, one WatchSample per line (UTC day files)
 * environments/<env>/watch/state.json                 WatchState: debounce counters, open incidents
 * ```
 *
 * Why day files: appending is cheap (one small write per run, no rewrite of a growing file), retention is
 * "delete the files older than N days" (bounded without rewriting anything else), and the status page reads
 * a bounded window. Every string here is shown to people or published (GitHub Pages): never a token.
 */
import type { SmokeStatus } from '../smoke/types.js';

/** One probe of one instance by one watch run. */
export interface WatchSample {
  /** ISO time of the probe. */
  at: string;
  /** The watch run that took it (`<UTC compact time>-<random>` or the workflow run id). */
  run: string;
  instance: string;
  status: SmokeStatus;
  /** Health score 0–100 (docs/health-score.md); 0 when unreachable. */
  score: number;
  /** OpenClaw version the instance reported, when it answered. */
  version?: string;
  /** The version the instance should run (pin), when known. */
  expectedVersion?: string;
  /** `config.get` hash of the instance's config file. */
  configHash?: string;
  /** clawfleet config version this content matches (from the deployments' records), when it matches one. */
  configVersion?: number;
  /**
   * The version the environment's current.json names (what the instance should run), when there is one.
   * Recorded apart from `configVersion` so "v12, expected v13" and "unknown content" can be told apart.
   */
  expectedConfigVersion?: number;
  /** /readyz round trip in ms, when it answered. */
  latencyMs?: number;
  /** Why the instance is not healthy: the failing/warning checks' summaries (short, token-free). */
  reasons?: string[];
  /**
   * The operation holding the environment's deployment lock when the probe was taken (`rolling-deploy`,
   * `rollback`…, with the deployment id when known): a probe during a rollout may catch an instance
   * mid-restart. Absent when no deployment was running.
   */
  duringDeployment?: string;
  /** Whether the Control UI was opened in the browser this run (the browser is sampled). */

  browser?: 'pass' | 'warn' | 'fail' | 'skip';
}

/** An incident: opened after `debounce` consecutive bad probes, closed on recovery. */
export interface Incident {
  /** GitHub issue number (0 when alerts are off / dry-run: the incident is still tracked). */
  issue: number;
  url?: string;
  openedAt: string;
  /** The status that opened it (`degraded` or `failed`); the worst seen since. */
  status: Exclude<SmokeStatus, 'healthy'>;
  /** Last time the issue was updated (comment), to avoid a comment on every run. */
  updatedAt?: string;
  /**
   * A GitHub write this incident still owes (the call failed, was rate limited or deferred): the next run
   * retries it. `open` = no issue yet; `escalated`/`reminder` = the comment was not posted. (alerts.ts)
   */
  pending?: 'open' | 'escalated' | 'reminder';
}

/** Why an incident ended. `closed-on-github` = a person closed the issue before the instance recovered. */
export type IncidentResolution = 'recovered' | 'removed' | 'closed-on-github';

/** A compact probe kept in the state as an incident's evidence (the last few, newest last). */
export type RecentProbe = Pick<WatchSample, 'at' | 'run' | 'status' | 'score' | 'version' | 'configVersion' | 'latencyMs'>;

/** What the watch remembers about one instance between runs. */
export interface InstanceWatchState {
  lastStatus: SmokeStatus;
  lastAt: string;
  /** Consecutive probes that were not healthy (reset by a healthy probe). */
  consecutiveBad: number;
  incident?: Incident;
  /**
   * Last incident closed (for the page: "recovered at"). `issueState: 'closed'` once its GitHub issue is
   * closed (or there was none to close); without it the close is still owed and the next run retries it.
   */
  lastIncident?: Incident & { closedAt: string; issueState?: 'closed'; resolution?: IncidentResolution };
  /** Consecutive healthy probes (an incident closes after `recoverAfter` of them). (alerts.ts) */
  consecutiveGood?: number;
  /** The worst status of the current run of bad probes: the status an incident opens with. (alerts.ts) */
  streakWorst?: Exclude<SmokeStatus, 'healthy'>;
  /** A person closed the incident's issue as "not planned": no new incident until a healthy probe. (alerts.ts) */
  mutedUntilHealthy?: boolean;
  /** The last probes (at most `recentProbes`, newest last): the evidence table of the issue. (alerts.ts) */
  recent?: RecentProbe[];
}

/** environments/<env>/watch/state.json */
export interface WatchState {
  schema: 1;
  updatedAt: string;
  instances: Record<string, InstanceWatchState>;
}

/** Store paths of the watch, relative to the store root. */
export const watchPaths = {
  dir: (env: string) => `environments/${env}/watch`,
  samplesDir: (env: string) => `environments/${env}/watch/samples`,
  /** Day file for an ISO time (UTC day). */
  dayFile: (env: string, iso: string) => `environments/${env}/watch/samples/${iso.slice(0, 10)}.jsonl`,
  state: (env: string) => `environments/${env}/watch/state.json`,
} as const;

/** What the alert step did (or, with alerts off / dry-run, would have done) for one instance. */
export interface AlertAction {
  kind: 'opened' | 'updated' | 'closed';
  instance: string;
  /** GitHub issue number (0 when alerts are off: the incident is only tracked in the state). */
  issue: number;
  url?: string;
  /** The status behind the action (`degraded`/`failed` for opened/updated, `healthy` for closed). */
  status: SmokeStatus;
  /** Why (`escalated`, `reminder`, `recovered`, `removed`, `closed-on-github`, `adopted` = an existing open issue was found). */
  reason?: string;
  /** True when the GitHub write did not happen (error, rate limit, per-run cap): the next run retries it. */
  pending?: boolean;
  /** What went wrong when `pending` (secret-free). */
  error?: string;
}

/** What a watch run hands to the alert step besides the samples. */
export interface AlertContext {
  /** Normalised environment name. */
  environment: string;
  /** Consecutive bad probes before an incident opens (≥ 1). */
  debounce: number;
  runbookUrl?: string;
  /** Link to the workflow run that took the samples (evidence). */
  runUrl?: string;
  /**
   * The instance ids of the inventory this run. An instance in the state but not here has its incident
   * closed ("no longer in the inventory") and is then forgotten. Default: the instances of `samples`.
   */
  inventory?: readonly string[];
  /** Minimum time between reminder comments on a still-open incident (default 24 h; 0 = no reminders). */
  remindAfterMs?: number;
  /** Consecutive healthy probes that close an incident (default 1: the first healthy probe). */
  recoverAfter?: number;
}

/**
 * One step the alert state machine decided (`evaluateAlerts` in alerts.ts), before anything is sent to
 * GitHub; {@link AlertAction} is what came of it. `openedAt` names the incident it is about.
 */
export type PlannedAlert =
  | { kind: 'open'; instance: string; openedAt: string; status: Exclude<SmokeStatus, 'healthy'>; sample: WatchSample; retry: boolean }
  | { kind: 'update'; instance: string; openedAt: string; status: Exclude<SmokeStatus, 'healthy'>; reason: 'escalated' | 'reminder'; sample: WatchSample; retry: boolean }
  | { kind: 'close'; instance: string; openedAt: string; reason: 'recovered' | 'removed'; sample?: WatchSample; retry: boolean };

/**
 * The alert step of a watch run (issue #8 "Alerts"; implemented in alerts.ts). `evaluate` gets the state of
 * the previous run (undefined on the first run) and this run's samples (one per probed instance) and returns
 * the next state plus what it did. It must be idempotent across re-runs: an incident that already has an
 * issue is updated, never opened twice. The watch writes the returned state and flushes the store once.
 */
export interface AlertSink {
  evaluate(state: WatchState | undefined, samples: readonly WatchSample[], now: Date, context: AlertContext): Promise<{ state: WatchState; actions: AlertAction[] }>;
}
