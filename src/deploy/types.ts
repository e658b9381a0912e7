/**
 * Shapes of the rollout engine (issue #4): policy, plan, per-instance outcomes, the report, the records.
 * The JSON forms (report, plan, manifest, audit line, version record) are a contract for workflows and the
 * CLI's `--json`: add fields, do not rename them.
 */
import type { ConfigChange } from './content.js';

export type Strategy = 'rolling' | 'canary' | 'all-at-once';
export type OnDrift = 'halt' | 'skip';
/** What a gate does with an instance it could not get data from (unreachable during the bake). */
export type NoDataPolicy = 'fail' | 'ignore';
export type RollbackScope = 'deployment' | 'failed-waves';
export type WaveMode = { kind: 'none' } | { kind: 'zone' } | { kind: 'label'; key: string };

/** How a change is picked up by the gateway (config.schema.lookup reloadKind, plus listener changes). */
export type ChangeClass = 'hot' | 'none' | 'restart' | 'process-restart';

/** The rollout rules; defaults are the seeds' rules (issue #4). */
export interface RolloutPolicy {
  strategy: Strategy;
  /** Rolling batch size. Default 50. */
  batchSize: number;
  /** Bake after each batch, seconds. Default 60. */
  waitSeconds: number;
  /** Probe interval during the bake, seconds. Default 30 (a bake must hold ≥ 2 intervals). */
  probeIntervalSeconds: number;
  /** Share of a batch that must be healthy after the bake. Default 0.9. */
  minSuccessRatio: number;
  /** No push to an instance scoring below this; a gate also requires it. Default 60. */
  minHealthScore: number;
  /** Roll back what this deployment changed when a batch's error rate exceeds this. Default 0.2. */
  rollbackErrorRate: number;
  autoRollback: boolean;
  rollbackScope: RollbackScope;
  /** Canary ladder in percent of the instances, cumulative, ending at 100. Default 5,20,35,50,65,80,100. */
  canarySteps: number[];
  /** all-at-once above 10 instances needs this (rolling is required above 10). */
  allowAllAtOnce: boolean;
  /** all-at-once above 100 instances needs the plan digest (or its first 12+ hex chars). */
  confirmationToken?: string;
  onDrift: OnDrift;
  noData: NoDataPolicy;
  /** Abort when no instance reaches a final state for this long (bakes excluded). Default 600. */
  progressDeadlineSeconds: number;
  waves: WaveMode;
  /** Instances that failed in an earlier attempt of the same deployment are retried only when true. */
  retryFailed: boolean;
  /** Listener changes (gateway.port/bind) are refused unless true AND a restart hook is given. */
  allowProcessRestart: boolean;
  /** Gap the gateway enforces between restart cycles. Default 30. */
  restartCooldownSeconds: number;
  /** Longest wait for a restart-requiring write to restart the gateway and get ready. Default 120. */
  restartTimeoutSeconds: number;
  /** Fail an applied instance whose gateway reports a `${VAR}` of the deployed config as missing. Default true. */
  failOnMissingEnv: boolean;
  /** Parallel instance operations inside a batch. Default 10. */
  concurrency: number;
  /** Client-side pacing of writes per gateway (the gateway allows 30 per 60 s per method). */
  writeLimit: { count: number; windowMs: number };
}

export const DEFAULT_POLICY: Readonly<RolloutPolicy> = Object.freeze({
  strategy: 'rolling',
  batchSize: 50,
  waitSeconds: 60,
  probeIntervalSeconds: 30,
  minSuccessRatio: 0.9,
  minHealthScore: 60,
  rollbackErrorRate: 0.2,
  autoRollback: true,
  rollbackScope: 'deployment',
  canarySteps: [5, 20, 35, 50, 65, 80, 100],
  allowAllAtOnce: false,
  onDrift: 'halt',
  noData: 'fail',
  progressDeadlineSeconds: 600,
  waves: { kind: 'none' },
  retryFailed: false,
  allowProcessRestart: false,
  restartCooldownSeconds: 30,
  restartTimeoutSeconds: 120,
  failOnMissingEnv: true,
  concurrency: 10,
  writeLimit: { count: 30, windowMs: 60_000 },
} satisfies RolloutPolicy);

/** Largest fleet for which all-at-once is allowed without `allow-all-at-once`. */
export const ALL_AT_ONCE_MAX = 10;
/** Above this, all-at-once needs a confirmation token that matches the plan. */
export const CONFIRMATION_THRESHOLD = 100;

// -------------------------------------------------------------------------------------------------------
// Plan

export interface PlannedChange extends ConfigChange {
  class: ChangeClass;
}

/** What the plan found for one instance. */
export type PlanAction = 'update' | 'unchanged' | 'unreachable' | 'excluded';

export interface PlanInstance {
  id: string;
  url: string;
  tier: 'primary' | 'standby';
  zone?: string;
  wave: string;
  /** 1-based batch number; 0 for excluded instances. */
  batch: number;
  action: PlanAction;
  /** Why (unreachable error, exclusion). */
  reason?: string;
  /** sha256 of the desired config for this instance (base ⊕ overlays), without `meta`. */
  desiredDigest: string;
  /** The gateway's (opaque, per-installation) hash at plan time. */
  liveHash?: string;
  changes: PlannedChange[];
  /** The strongest class among the changes ('none' when unchanged). */
  restart: ChangeClass;
  /** Secret-bearing paths the plan cannot verify / a snapshot rollback could not restore. */
  secretPathsUnverifiable: string[];
}

export interface PlanBatch {
  index: number;
  wave: string;
  tier: 'primary' | 'standby';
  /** Canary: the cumulative percentage this step reaches. */
  percent?: number;
  instances: string[];
}

export interface Plan {
  schema: 1;
  environment: string;
  strategy: Strategy;
  version: number;
  /** Digest of the repo config (the version's content). */
  configDigest: string;
  /** sha256 over config digest + instance list (ids and desired digests) + batches: what a sign-off or a confirmation token binds to. */
  digest: string;
  createdAt: string;
  instances: PlanInstance[];
  batches: PlanBatch[];
  waves: string[];
  /** Changes of listener settings present in the plan (refused unless allowed + hook). */
  processRestartInstances: string[];
  /** Plan-level notes: rules that apply (confirmation token needed, all-at-once refused), unverifiable secrets. */
  notes: string[];
  /** Problems that make the deployment refuse to start (dry-run still reports them). */
  blockers: string[];
  counts: { total: number; update: number; unchanged: number; unreachable: number; excluded: number };
}

// -------------------------------------------------------------------------------------------------------
// Outcomes

export type InstanceStatus = 'applied' | 'unchanged' | 'skipped' | 'failed' | 'rolled-back' | 'untouched';
/** Why an instance failed or was skipped, in classes that decide what the engine does. */
export type FailureClass = 'unreachable' | 'unhealthy' | 'rejected' | 'drift' | 'not-applied' | 'missing-env' | 'restart-timeout' | 'no-data' | 'previously-failed' | 'rollback-failed' | 'cancelled';

export interface InstanceOutcome {
  id: string;
  status: InstanceStatus;
  reason?: string;
  failure?: FailureClass;
  batch: number;
  wave: string;
  /** Health score before the push (pre-flight of its batch). */
  scoreBefore?: number;
  /** Worst health score seen during the bake. */
  scoreAfter?: number;
  /** The gateway's hash after our write (what the final verification compares). */
  appliedHash?: string;
  /** contentDigest of the config read back after our write (a later rollback checks it is still ours). */
  appliedContentDigest?: string;
  /** Whether this deployment wrote to the instance (in this attempt or an earlier one). */
  written: boolean;
  restarted?: boolean;
}

export interface BatchOutcome {
  index: number;
  wave: string;
  percent?: number;
  instances: string[];
  healthy: number;
  /** Instances counted by the gate (no-data under `ignore` and drift skips are left out). */
  counted: number;
  failed: number;
  ratio: number;
  errorRate: number;
  passed: boolean;
  startedAt: string;
  finishedAt: string;
  probes: number;
  /** sha256 of the gate's probe results (for the audit line). */
  probeDigest: string;
  notes: string[];
}

export type DeployResult = 'succeeded' | 'stopped' | 'rolled-back' | 'planned';

export interface RollbackInstanceOutcome {
  id: string;
  status: 'restored' | 'unchanged' | 'rejected' | 'drifted' | 'unreachable' | 'not-attempted' | 'failed';
  reason?: string;
  /** The gateway's hash after the rollback (or now, when it was not restored). */
  currentHash?: string;
}

export interface RollbackOutcome {
  trigger: string;
  scope: RollbackScope;
  ok: boolean;
  /** Set when a gateway refused the restore: the rollback stopped there ("manual intervention required"). */
  manualIntervention?: string;
  instances: RollbackInstanceOutcome[];
  changed: number;
}

export interface DeployReport {
  schema: 1;
  kind: 'deploy' | 'rollback-to-version';
  deploymentId: string;
  attempt: number;
  environment: string;
  /** See {@link DeploymentRecord.promotionId}. */
  promotionId?: string;
  result: DeployResult;
  version: number;
  fromVersion?: number;
  configDigest: string;
  planDigest: string;
  strategy: Strategy;
  startedAt: string;
  finishedAt: string;
  stopReasons: string[];
  instances: InstanceOutcome[];
  batches: BatchOutcome[];
  rollback?: RollbackOutcome;
  verification?: { ok: boolean; checked: number; drifted: Array<{ id: string; reason: string }>; unverified?: Array<{ id: string; reason: string }> };
  counts: Record<InstanceStatus, number>;
  /** Writes sent in this run (config.apply), for "the second run sends no write" checks. */
  writes: number;
}

// -------------------------------------------------------------------------------------------------------
// Records

/** One instance's snapshot in the rollback manifest. `raw` is OpenClaw's redacted text (secrets stay on the gateway). */
export interface ManifestEntry {
  id: string;
  url: string;
  wave: string;
  batch: number;
  /** The gateway's hash when the snapshot was taken (the baseHash of our write). */
  snapshotHash: string;
  /** sha256 of the snapshot's parsed content without meta (what a restore is compared with). */
  contentDigest: string;
  /** Key into the manifest's blobs (sha256 of raw). */
  rawRef: string;
  takenAt: string;
  /** Whether the snapshot held a change needing a restart to restore. */
  restart: ChangeClass;
}

export interface RollbackManifest {
  schema: 1;
  deploymentId: string;
  environment: string;
  version: number;
  fromVersion?: number;
  createdAt: string;
  entries: Record<string, ManifestEntry>;
  /** rawRef → redacted raw config text. */
  blobs: Record<string, string>;
}

export interface VersionRecord {
  schema: 1;
  version: number;
  /** Digest of the repo config content. */
  digest: string;
  createdAt: string;
  /** The repo config exactly as deployed: includes resolved, `${VAR}` kept verbatim. */
  config: Record<string, unknown>;
  source?: SourceInfo;
}

export interface SourceInfo {
  repository?: string;
  ref?: string;
  sha?: string;
  /** Entry config file (repo-relative) and every file it included. */
  entry?: string;
  files?: string[];
}

/** Who/why, for the audit log. */
export interface RunContext {
  actor?: string;
  ticket?: string;
  runUrl?: string;
  /** Lock owner id: GitHub run id (same across re-run attempts) or `cli:<host>:<pid>`. */
  owner: string;
  source?: SourceInfo;
}

export interface AuditLine {
  ts: string;
  event: 'deploy-start' | 'batch' | 'rollback' | 'verify' | 'deploy-end' | 'rollback-start' | 'rollback-end' | 'interrupted' | 'post-check';
  deploymentId: string;
  attempt: number;
  environment: string;
  actor?: string;
  ticket?: string;
  runUrl?: string;
  fromVersion?: number;
  toVersion?: number;
  instances?: Array<{ id: string; status: string; reason?: string }>;
  outcome?: string;
  batch?: { index: number; healthy: number; counted: number; ratio: number; errorRate: number; passed: boolean };
  probeDigest?: string;
  detail?: string;
}

/** deployments/<id>/deployment.json: the state of one deployment across attempts. */
export interface DeploymentRecord {
  schema: 1;
  kind: 'deploy' | 'rollback-to-version' | 'rollback';
  deploymentId: string;
  environment: string;
  /**
   * The promotion (one workflow run: every wave and slice it deploys) this deployment belongs to; a failed
   * promotion rolls back every deployment carrying its id, newest first, and nothing else.
   */
  promotionId?: string;
  version: number;
  fromVersion?: number;
  configDigest: string;
  planDigest: string;
  attempts: number;
  status: 'running' | DeployResult | 'interrupted';
  startedAt: string;
  updatedAt: string;
  /** Per-instance final-ish statuses (what a resume and auto-rollback read). */
  instances: Record<string, DeploymentInstanceState>;
  failedWaves: string[];
  reportSummary?: { counts: Record<InstanceStatus, number>; stopReasons: string[] };
}

export interface DeploymentInstanceState {
  status: InstanceStatus;
  failure?: FailureClass;
  reason?: string;
  wave: string;
  batch: number;
  written: boolean;
  appliedHash?: string;
  appliedContentDigest?: string;
  scoreBefore?: number;
}

/** current.json: what the environment runs (last successful deployment). */
export interface CurrentRecord {
  schema: 1;
  /**
   * The recorded version the environment runs. Absent when it runs its pre-clawfleet baseline (see
   * {@link CurrentRecord.baseline}): its first recorded deployment was rolled back to the snapshots.
   */
  version?: number;
  digest?: string;
  /** The deployment that made this state current (a deploy, or the rollback that restored the baseline). */
  deploymentId: string;
  updatedAt: string;
  /**
   * Set when the environment runs what it ran before clawfleet's first deployment there: no recorded
   * version (the per-instance snapshots of `rolledBack`'s manifest hold its content).
   */
  baseline?: { rolledBack: string; at: string };
  /**
   * What the environment ran, newest last (N-1 is the one before the last). A `baseline` entry (no version)
   * marks a return to the pre-clawfleet baseline, so N-1 never skips over it to a rolled-back version.
   */
  history: Array<{ version?: number; baseline?: true; deploymentId: string; at: string }>;
}
