/**
 * The rollout engine (issue #4): plan → lock → per batch { pre-flight probe + snapshot → record the
 * snapshots → paced writes → read back → bake with probes → gate } → stop / roll back / continue → final
 * verification → record. Everything the engine touches is injected (client factory, clock, store, probe,
 * restart hook), so the same code runs in the action, the CLI, tests with fake gateways and fake timers,
 * and the bench.
 *
 * Invariants (reliability-cases §2) and where they are kept:
 * - nothing is written and no write RPC is sent when the plan has a blocker or preflight fails;
 * - a batch's snapshots are durable in the store BEFORE its first write (a rollback in a later run finds them);
 * - after a stop, instances of later batches get no RPC at all (the plan's config.get, sent before any
 *   write, is the only call they ever see);
 * - "persisted" is not "applied": an instance is `applied` only after a read-back shows the content, a valid
 *   config and applied == persisted revision (and, after a restart-requiring write, a restart after the write);
 * - unreachable ≠ unhealthy: the client retries reads with backoff; what stays unreachable is classified
 *   `unreachable` and counts against the batch's budget (or is left out under `no-data-policy: ignore`);
 * - a stale baseHash is drift: reported, never overwritten (halt, or skip with `on-drift: skip`);
 * - state is re-derived from the instances: a re-run reads every instance and writes only where the content
 *   differs (no second write), and continues the same deployment (same id, same manifest);
 * - a verification pass at the end fails the run when an instance drifted after it was applied (CC-07).
 *
 * Throughput: a batch drains its worker pool twice — once after the pre-flight (the snapshots must be
 * durable before the first write) and once after the gate (the next batch must not see an RPC before the
 * gate decided). With no bake (wait-seconds 0) an instance's gate probe follows its own read-back in the
 * same worker instead of forming a third stage; with a bake, the batch is probed after its last write.
 * Desired configs and snapshots are held only while their instance is in flight.
 */
import pLimit from 'p-limit';
import { getErrorMessage, UserError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { silentLogger } from '../common/logger.js';
import { probeInstance as defaultProbe, type InstanceProbe } from '../fleet/health.js';
import type { PlainObject } from '../fleet/merge.js';
import type { CallOptions, ConfigSnapshot, GatewayClient, InstanceSpec } from '../fleet/types.js';
import { CancelledError, ProgressDeadlineError, ProgressWatchdog, systemClock, type Clock } from './clock.js';
import { ReloadClassifier } from './classify.js';
import { canonicalJson, contentDigest, contentEquals, diffConfig, renderConfigRaw, sha256Hex } from './content.js';
import { judgeReadBack, pacedApply, readConfig, settleUnavailable, waitForRestart, waitOutRestartCooldown, type OpsContext } from './instance-ops.js';
import { sharedPacer, type WritePacer } from './pacer.js';
import { buildPlan, desiredFor } from './plan.js';
import { formatVersion, newDeploymentId, type StateRecorder } from './records.js';
import { restoreSnapshots } from './rollback.js';
import type {
  BatchOutcome,
  DeployReport,
  DeploymentInstanceState,
  DeploymentRecord,
  FailureClass,
  InstanceOutcome,
  InstanceStatus,
  ManifestEntry,
  Plan,
  PlanBatch,
  PlanInstance,
  RollbackManifest,
  RollbackOutcome,
  RolloutPolicy,
  RunContext,
  SourceInfo,
} from './types.js';

export interface EngineHooks {
  /** Right before an instance's write (tests inject an operator edit or kill the process here). */
  beforeWrite?(id: string): Promise<void> | void;
  /** After a batch's snapshots are durable, before its writes. */
  afterSnapshot?(batch: number): Promise<void> | void;
  /** After a batch's gate. */
  afterBatch?(batch: BatchOutcome): Promise<void> | void;
  /**
   * Once the deployment id is known and recorded (before the first batch): an adapter hands it to its post
   * step, which records an interruption if the process dies before the end.
   */
  onDeployment?(info: { deploymentId: string; attempt: number; version: number; fromVersion?: number; batches: number }): Promise<void> | void;
}

export interface DeployDeps {
  clientFor(inst: InstanceSpec): GatewayClient;
  /** Required unless `dryRun` (a dry run only reads it, to name the next version). */
  recorder?: StateRecorder;
  clock?: Clock;
  logger?: Logger;
  pacer?: WritePacer;
  probe?: (client: GatewayClient, opts?: CallOptions) => Promise<InstanceProbe>;
  /** Restarts a gateway process (listener changes); given by the operator (restart-command). */
  restartHook?: (inst: InstanceSpec) => Promise<void>;
  hooks?: EngineHooks;
  /** Operator cancellation (SIGINT/SIGTERM): stops starting new work, lets in-flight writes finish. */
  signal?: AbortSignal;
  classifier?: ReloadClassifier;
  /** Per-call timeout of writes (ms). Default 30 000. */
  writeTimeoutMs?: number;
  /** Poll interval while waiting for restarts/readiness (ms). Default 1000. */
  pollMs?: number;
  /** Filled with where the rollout's wall time went (see {@link EngineMetrics}); measurement only. */
  metrics?: EngineMetrics;
}

/**
 * Where the wall time of the batches went, for the bench and for operators tuning `concurrency`
 * (real time from `performance.now()`, independent of the injected clock). A stage is one drain of the
 * worker pool (a batch's pre-flight, its writes, a round of gate probes, the verification).
 */
export interface EngineMetrics {
  /** Pool stages run. */
  stages: number;
  /** ms inside the pool stages. */
  poolMs: number;
  /**
   * ms of `poolMs` with fewer than `concurrency` tasks running while some of the stage's tasks had not
   * finished: the drain tail before a barrier (the slowest instance of the stage holds the rest back).
   * Stages with fewer instances than `concurrency` are under-filled from their start; that counts here too.
   */
  drainMs: number;
  /** Task-milliseconds of idle worker slots during the drains (Σ over time of concurrency − running). */
  idleSlotMs: number;
  /** ms in the batch loop outside the stages: recording snapshots and outcomes, gate arithmetic, hooks. */
  serialMs: number;
  /** ms of the whole batch loop (= poolMs of its stages + serialMs). */
  batchesMs: number;
}

/** A zeroed {@link EngineMetrics} to pass in {@link DeployDeps.metrics}. */
export function newEngineMetrics(): EngineMetrics {
  return { stages: 0, poolMs: 0, drainMs: 0, idleSlotMs: 0, serialMs: 0, batchesMs: 0 };
}

export interface DeployRequest {
  kind?: 'deploy' | 'rollback-to-version';
  environment: string;
  /** The repo config: includes resolved, `${VAR}` verbatim (see plan.ts). */
  config: PlainObject;
  source?: SourceInfo;
  /** Selected instances, in inventory order. */
  instances: InstanceSpec[];
  excluded?: Array<{ spec: InstanceSpec; reason: string }>;
  policy: RolloutPolicy;
  dryRun?: boolean;
  context: RunContext;
  /** The promotion this deployment is part of (recorded; see DeploymentRecord.promotionId). */
  promotionId?: string;
}

export interface DeployOutcome {
  plan: Plan;
  report: DeployReport;
  manifest?: RollbackManifest;
}

interface Rt {
  spec: InstanceSpec;
  client: GatewayClient;
  /**
   * The desired config, computed on first use and kept only while the instance is in flight
   * ({@link dropDesired} after its batch): 10 000 merged copies are not kept for the whole run (plan.ts).
   */
  readonly desired: PlainObject;
  dropDesired(): void;
  plan: PlanInstance;
  out: InstanceOutcome;
  prev?: DeploymentInstanceState;
  /** The pre-flight snapshot, until it is recorded in the manifest (then only its hash is kept). */
  snapshot?: ConfigSnapshot;
  /** The snapshot's hash: the write's baseHash (a stale one is drift). */
  baseHash?: string;
  /** Written in this attempt. */
  wroteNow: boolean;
  /** `written` before this attempt marked it (restored when the gateway refuses the write). */
  writtenBefore?: boolean;
  /** The pre-flight probe's verdict, reused by a gate when nothing in the batch was written. */
  preVerdict?: ProbeVerdict;
  /** The gate's probe taken right after this instance's read-back (zero-hold batches; see `gate`). */
  inlineGate?: { verdict: ProbeVerdict; digest: unknown[] };
}

type ProbeVerdict = { ok: true; score: number } | { ok: false; noData: boolean; reason: string; failure: FailureClass; score: number };

/** One probe against the gate's criteria: reachable, ready, config valid, score ≥ the minimum. */
function judgeProbe(p: InstanceProbe, minScore: number, when = ''): ProbeVerdict {
  if (!p.reachable) return { ok: false, noData: true, reason: `unreachable${when ? ` ${when}` : ''}: ${p.error?.message ?? 'no answer'}`, failure: 'unreachable', score: 0 };
  const problems: string[] = [];
  if (!p.readyz?.ready) problems.push(`not ready (/readyz ${p.readyz?.status ?? '?'})`);
  if (p.config && !p.config.valid) problems.push('config invalid');
  if (p.score.score < minScore) problems.push(`health score ${p.score.score} < ${minScore} (${p.score.reasons.join('; ')})`);
  if (problems.length > 0) return { ok: false, noData: false, reason: `unhealthy${when ? ` ${when}` : ''}: ${problems.join(', ')}`, failure: 'unhealthy', score: p.score.score };
  return { ok: true, score: p.score.score };
}

/** Policy checks that do not depend on the fleet (the adapters check inputs too; this guards the library). */
export function validatePolicy(p: RolloutPolicy): void {
  const bad = (m: string) => {
    throw new UserError(m);
  };
  if (!(p.batchSize >= 1)) bad(`batch-size must be at least 1 (got ${p.batchSize})`);
  if (p.waitSeconds < 0 || p.probeIntervalSeconds < 0) bad('wait-seconds and probe-interval-seconds cannot be negative');
  if (p.waitSeconds > 0 && p.probeIntervalSeconds > 0 && p.waitSeconds < 2 * p.probeIntervalSeconds) {
    bad(
      `wait-seconds ${p.waitSeconds} is shorter than two probe intervals (2 × ${p.probeIntervalSeconds} s): a bake must be probed at least twice to catch an instance that fails after it was applied. Fix: raise wait-seconds to ${2 * p.probeIntervalSeconds} or lower probe-interval-seconds.`,
    );
  }
  if (p.waitSeconds > 0 && p.probeIntervalSeconds === 0) bad('probe-interval-seconds must be at least 1 when wait-seconds is set');
  if (!(p.minSuccessRatio >= 0 && p.minSuccessRatio <= 1)) bad('min-success-ratio must be between 0 and 1');
  if (!(p.rollbackErrorRate >= 0 && p.rollbackErrorRate <= 1)) bad('rollback-error-rate must be between 0 and 1');
  if (!(p.minHealthScore >= 0 && p.minHealthScore <= 100)) bad('min-health-score must be between 0 and 100');
  if (!(p.concurrency >= 1)) bad('concurrency must be at least 1');
}

export const DEFAULT_WRITE_TIMEOUT_MS = 30_000;
/** How long in-flight writes may finish after a cancel (the runner's SIGINT → SIGTERM gap is 7.5 s). */
export const CANCEL_WRITE_GRACE_MS = 5_000;

const isAbort = (e: unknown) => e instanceof ProgressDeadlineError || e instanceof CancelledError || (e instanceof Error && e.name === 'AbortError');

export async function runDeployment(req: DeployRequest, deps: DeployDeps): Promise<DeployOutcome> {
  const policy = req.policy;
  validatePolicy(policy);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const pacer = deps.pacer ?? sharedPacer();
  const probe = deps.probe ?? defaultProbe;
  const recorder = deps.recorder;
  const kind = req.kind ?? 'deploy';
  const dryRun = req.dryRun === true;
  if (!dryRun && !recorder) throw new Error('runDeployment: a state recorder is required unless dryRun');
  const cancel = deps.signal ?? new AbortController().signal;
  const clients = new Map<string, GatewayClient>();
  const clientOf = (s: InstanceSpec) => {
    let c = clients.get(s.id);
    if (!c) clients.set(s.id, (c = deps.clientFor(s)));
    return c;
  };
  const classifier = deps.classifier ?? new ReloadClassifier();
  const startedAt = clock.now();

  let locked = false;
  if (!dryRun) {
    await recorder!.acquireLock(req.context.owner, kind);
    locked = true;
  }
  try {
    const configDigest = contentDigest(req.config);
    const version = recorder ? await recorder.peekVersion(configDigest) : 0;
    const planSignal = AbortSignal.any([cancel]);
    const { plan } = await logger.group(`Plan: ${req.instances.length} instance(s), ${formatVersion(version)}`, () =>
      buildPlan({
        environment: recorder?.environment ?? req.environment,
        config: req.config,
        version,
        instances: req.instances,
        ...(req.excluded ? { excluded: req.excluded } : {}),
        policy,
        clientFor: clientOf,
        classifier,
        restartHook: !!deps.restartHook,
        logger,
        signal: planSignal,
        now: () => clock.now(),
      }),
    );
    logger.info(
      `plan ${plan.digest.slice(7, 19)}: ${plan.counts.update} to update, ${plan.counts.unchanged} unchanged, ${plan.counts.unreachable} unreachable, ${plan.counts.excluded} excluded; ${plan.batches.length} batch(es)`,
    );
    if (dryRun) return { plan, report: plannedReport(plan, req, clock, startedAt) };
    if (plan.blockers.length > 0) {
      throw new UserError(`the deployment was refused before any write:\n- ${plan.blockers.join('\n- ')}`);
    }
    return await execute({ req, deps, plan, clock, logger, pacer, probe, recorder: recorder!, clientOf, cancel, startedAt, configDigest, kind });
  } finally {
    if (locked) {
      await recorder!.releaseLock(req.context.owner).catch((e: unknown) => logger.warning(`could not release the environment lock: ${getErrorMessage(e)}`));
    }
  }
}

function plannedReport(plan: Plan, req: DeployRequest, clock: Clock, startedAt: number): DeployReport {
  const instances: InstanceOutcome[] = plan.instances.map((p) => ({
    id: p.id,
    status: p.action === 'excluded' ? 'skipped' : p.action === 'unchanged' ? 'unchanged' : 'untouched',
    ...(p.reason ? { reason: p.reason } : p.action === 'update' ? { reason: `would update ${p.changes.length} path(s) (${p.restart})` } : {}),
    batch: p.batch,
    wave: p.wave,
    written: false,
  }));
  return {
    schema: 1,
    kind: req.kind ?? 'deploy',
    deploymentId: '',
    attempt: 0,
    environment: plan.environment,
    result: 'planned',
    version: plan.version,
    configDigest: plan.configDigest,
    planDigest: plan.digest,
    strategy: plan.strategy,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    stopReasons: plan.blockers,
    instances,
    batches: [],
    counts: countStatuses(instances),
    writes: 0,
  };
}

export function countStatuses(instances: readonly InstanceOutcome[]): Record<InstanceStatus, number> {
  const c: Record<InstanceStatus, number> = { applied: 0, unchanged: 0, skipped: 0, failed: 0, 'rolled-back': 0, untouched: 0 };
  for (const i of instances) c[i.status]++;
  return c;
}

interface ExecuteArgs {
  req: DeployRequest;
  deps: DeployDeps;
  plan: Plan;
  clock: Clock;
  logger: Logger;
  pacer: WritePacer;
  probe: (client: GatewayClient, opts?: CallOptions) => Promise<InstanceProbe>;
  recorder: StateRecorder;
  clientOf: (s: InstanceSpec) => GatewayClient;
  cancel: AbortSignal;
  startedAt: number;
  configDigest: string;
  kind: 'deploy' | 'rollback-to-version';
}

async function execute(a: ExecuteArgs): Promise<DeployOutcome> {
  const { req, deps, plan, clock, logger, recorder, policy } = { ...a, policy: a.req.policy };
  const iso = () => new Date(clock.now()).toISOString();

  // ---- version, resume ---------------------------------------------------------------------------
  const current = await recorder.readCurrent();
  const fromVersion = current?.version;
  const { record: versionRec, created } = await recorder.registerVersion(req.config, a.configDigest, req.source);
  const version = versionRec.version;
  // Resume only the LATEST deployment of the environment, and only when it is this one (same kind, same
  // content) and did not finish: an old stopped deployment of the same content is history, not a resume.
  // Also the same plan (a slice of a wave running next to another slice of the same content is another
  // deployment, not a resume of it) and the same promotion (a new promotion never continues an old one's
  // record, so a promotion's rollback restores only what it changed itself).
  const last = await recorder.latestDeployment((d) => d.kind !== 'rollback');
  const prev =
    last &&
    last.kind === a.kind &&
    last.configDigest === a.configDigest &&
    last.planDigest === plan.digest &&
    (last.promotionId ?? '') === (req.promotionId ?? '') &&
    (last.status === 'running' || last.status === 'interrupted' || last.status === 'stopped')
      ? last
      : undefined;
  const resumed = prev !== undefined;
  const deploymentId = prev?.deploymentId ?? newDeploymentId(clock.now(), version, plan.digest, a.kind === 'rollback-to-version' ? 'rb-' : '');
  const attempt = (prev?.attempts ?? 0) + 1;
  logger.info(
    resumed
      ? `resuming deployment ${deploymentId} (attempt ${attempt}): ${formatVersion(version)}; instances already on the target are not written again`
      : `deployment ${deploymentId}: ${formatVersion(fromVersion)} → ${formatVersion(version)}${created ? ' (new version)' : ''}`,
  );

  // ---- runtime state -----------------------------------------------------------------------------
  const specs = new Map(req.instances.map((s) => [s.id, s]));
  const rts = new Map<string, Rt>();
  for (const p of plan.instances) {
    if (p.action === 'excluded') continue;
    const spec = specs.get(p.id)!;
    const prevState = prev?.instances[p.id];
    const config = req.config;
    let desired: PlainObject | undefined;
    rts.set(p.id, {
      spec,
      client: a.clientOf(spec),
      get desired() {
        return (desired ??= desiredFor(config, spec));
      },
      dropDesired() {
        desired = undefined;
      },
      plan: p,
      prev: prevState,
      wroteNow: false,
      out: {
        id: p.id,
        status: 'untouched',
        batch: p.batch,
        wave: p.wave,
        written: prevState?.written ?? false,
        ...(prevState?.appliedContentDigest ? { appliedContentDigest: prevState.appliedContentDigest } : {}),
        ...(prevState?.appliedHash ? { appliedHash: prevState.appliedHash } : {}),
      },
    });
  }
  const excludedOutcomes: InstanceOutcome[] = plan.instances
    .filter((p) => p.action === 'excluded')
    .map((p) => ({ id: p.id, status: 'skipped', failure: undefined, reason: p.reason ?? 'excluded', batch: 0, wave: p.wave, written: false }));

  const failedWaves = new Set<string>(prev?.failedWaves ?? []);
  /** The deployment record with the states of `ids` (default all): each write adds a small shard. */
  const depRecord = (status: DeploymentRecord['status'], ids?: Iterable<string>): DeploymentRecord => ({
    schema: 1,
    kind: a.kind,
    deploymentId,
    environment: recorder.environment,
    ...(req.promotionId ? { promotionId: req.promotionId } : {}),
    version,
    ...(fromVersion !== undefined ? { fromVersion } : {}),
    configDigest: a.configDigest,
    planDigest: plan.digest,
    attempts: attempt,
    status,
    startedAt: prev?.startedAt ?? new Date(a.startedAt).toISOString(),
    updatedAt: iso(),
    instances: Object.fromEntries(
      (ids ? [...ids].map((id) => rts.get(id)!) : [...rts.values()]).map((rt) => [
        rt.out.id,
        {
          status: rt.out.status,
          ...(rt.out.failure ? { failure: rt.out.failure } : {}),
          ...(rt.out.reason ? { reason: rt.out.reason.slice(0, 300) } : {}),
          wave: rt.out.wave,
          batch: rt.out.batch,
          written: rt.out.written,
          ...(rt.out.appliedHash ? { appliedHash: rt.out.appliedHash } : {}),
          ...(rt.out.appliedContentDigest ? { appliedContentDigest: rt.out.appliedContentDigest } : {}),
          ...(rt.out.scoreBefore !== undefined ? { scoreBefore: rt.out.scoreBefore } : {}),
        } satisfies DeploymentInstanceState,
      ]),
    ),
    failedWaves: [...failedWaves],
  });
  const ctxFields = { actor: req.context.actor, ticket: req.context.ticket, runUrl: req.context.runUrl };
  await recorder.writeDeployment(depRecord('running', []));
  await recorder.audit({ event: 'deploy-start', deploymentId, attempt, ...ctxFields, ...(fromVersion !== undefined ? { fromVersion } : {}), toVersion: version, outcome: resumed ? 'resumed' : 'started', detail: `plan ${plan.digest}; ${plan.batches.length} batch(es); strategy ${policy.strategy}` });
  await recorder.flush(`deploy ${deploymentId} start (${formatVersion(version)})`);
  await deps.hooks?.onDeployment?.({ deploymentId, attempt, version, ...(fromVersion !== undefined ? { fromVersion } : {}), batches: plan.batches.length });

  // ---- signals -------------------------------------------------------------------------------------
  const watchdog = new ProgressWatchdog(clock, policy.progressDeadlineSeconds * 1000);
  const readSignal = AbortSignal.any([watchdog.signal, a.cancel]);
  // A cancel lets in-flight writes finish, but only for a grace period: the runner sends SIGTERM 7.5 s after
  // SIGINT and kills 2.5 s later (reliability-cases RF-12). A write cut off here is already recorded as
  // "written" (see the snapshot step), so a re-run or a rollback still considers it.
  const writeCancel = new AbortController();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const onCancel = () => {
    graceTimer = setTimeout(() => writeCancel.abort(new CancelledError('cancelled: in-flight writes cut off after the grace period')), CANCEL_WRITE_GRACE_MS);
    graceTimer.unref?.();
  };
  if (a.cancel.aborted) onCancel();
  else a.cancel.addEventListener('abort', onCancel, { once: true });
  const writeSignal = AbortSignal.any([watchdog.signal, writeCancel.signal]);
  const ops: OpsContext = {
    clock,
    pacer: a.pacer,
    signal: readSignal,
    writeSignal,
    // Writes wait until the gateway applied a hot change (0.3–1 s measured, much longer on a loaded host);
    // a timed-out write is read back, never resent, but a too-short timeout hides the restart signal.
    writeTimeoutMs: deps.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
    restartTimeoutMs: policy.restartTimeoutSeconds * 1000,
    restartCooldownMs: policy.restartCooldownSeconds * 1000,
    pollMs: deps.pollMs ?? 1000,
  };
  /** The bake after a batch with writes (canary steps hold at least two probe intervals). */
  const holdSeconds = policy.strategy === 'canary' ? Math.max(policy.waitSeconds, 2 * policy.probeIntervalSeconds) : policy.waitSeconds;
  const stopReasons: string[] = [];
  let haltWrites = false;
  let rollbackWanted = false;
  let writes = 0;
  const batchOutcomes: BatchOutcome[] = [];
  const limit = pLimit(Math.max(1, policy.concurrency));
  const total = rts.size;
  let finished = 0;
  const blobsWritten = new Set<string>();

  const finish = (rt: Rt, status: InstanceStatus, reason?: string, failure?: FailureClass) => {
    rt.out.status = status;
    if (reason !== undefined) rt.out.reason = reason;
    else delete rt.out.reason;
    if (failure) rt.out.failure = failure;
    else delete rt.out.failure;
    finished++;
    watchdog.progress();
    logger.info(`[${finished}/${total}] ${rt.out.id}: ${status}${reason ? ` — ${reason}` : ''}`);
  };
  const stopWith = (reason: string) => {
    if (!stopReasons.includes(reason)) stopReasons.push(reason);
    haltWrites = true;
  };
  const onDrift = (rt: Rt, reason: string) => {
    finish(rt, 'skipped', `drift: ${reason}`, 'drift');
    if (policy.onDrift === 'halt') stopWith(`drift on ${rt.out.id}: ${reason} (on-drift: halt; set on-drift: skip to continue past drifted instances)`);
  };
  const abortReason = (): string | undefined => {
    if (watchdog.signal.aborted) return getErrorMessage(watchdog.signal.reason);
    if (a.cancel.aborted) return `cancelled: ${getErrorMessage(a.cancel.reason ?? new CancelledError())}`;
    return undefined;
  };

  const metrics = deps.metrics;
  const slots = Math.max(1, policy.concurrency);
  /** Runs tasks with the concurrency limit, waits for ALL of them (no write is left running), rethrows aborts. */
  const runAll = async <T>(items: readonly T[], fn: (x: T) => Promise<void>): Promise<void> => {
    if (!metrics) {
      const settled = await Promise.allSettled(items.map((x) => limit(() => fn(x))));
      const err = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (err) throw err.reason;
      return;
    }
    // Measured: integrate "fewer than `slots` running while tasks remain" between start/finish events.
    const start = performance.now();
    let running = 0;
    let unfinished = items.length;
    let last = start;
    const tick = () => {
      const now = performance.now();
      if (unfinished > 0 && running < slots) {
        metrics.drainMs += now - last;
        metrics.idleSlotMs += (now - last) * (slots - running);
      }
      last = now;
    };
    const settled = await Promise.allSettled(
      items.map((x) =>
        limit(async () => {
          tick();
          running++;
          try {
            await fn(x);
          } finally {
            tick();
            running--;
            unfinished--;
          }
        }),
      ),
    );
    tick();
    metrics.stages++;
    metrics.poolMs += performance.now() - start;
    const err = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (err) throw err.reason;
  };

  // ---- one instance: pre-flight ---------------------------------------------------------------------
  const preflight = async (rt: Rt, toWrite: Rt[]) => {
    if (haltWrites) return;
    if (rt.prev?.status === 'failed' && !policy.retryFailed) {
      finish(rt, 'failed', `failed in an earlier attempt (${rt.prev.reason ?? rt.prev.failure ?? 'see that run'}); set retry-failed: true to retry it`, 'previously-failed');
      return;
    }
    const p = await a.probe(rt.client, { signal: readSignal });
    rt.out.scoreBefore = p.score.score;
    if (!p.reachable) {
      finish(rt, 'failed', `unreachable: ${p.error?.message ?? 'no answer'}`, 'unreachable');
      return;
    }
    if (!p.config) {
      finish(rt, 'failed', `config.get failed: ${p.errors.config?.message ?? 'no answer'}`, 'no-data');
      return;
    }
    const snap = p.config;
    if (contentEquals(snap.parsed ?? {}, rt.desired)) {
      rt.preVerdict = judgeProbe(p, policy.minHealthScore);
      rt.out.appliedHash = snap.hash;
      rt.out.appliedContentDigest ??= contentDigest(snap.parsed ?? {});
      // Written by an earlier attempt of this same deployment: it was applied by this deployment, so it
      // counts as applied (the counts stay the same across attempts, CC-05) — just not written again.
      if (rt.out.written && rt.prev?.status !== 'unchanged') finish(rt, 'applied', 'applied by an earlier attempt of this deployment (already on the target; not written again)');
      else finish(rt, 'unchanged', 'already on the target');
      return;
    }
    if (p.score.score < policy.minHealthScore) {
      finish(rt, 'skipped', `health score ${p.score.score} < ${policy.minHealthScore}, not pushed (${p.score.reasons.join('; ')})`, 'unhealthy');
      return;
    }
    if (rt.plan.liveHash && snap.hash !== rt.plan.liveHash) {
      onDrift(rt, 'its config changed between the plan and its batch; nothing was overwritten');
      return;
    }
    rt.snapshot = snap;
    toWrite.push(rt);
  };

  // ---- one instance: write + read back --------------------------------------------------------------
  const write = async (rt: Rt) => {
    if (haltWrites) {
      rt.out.written = rt.writtenBefore ?? false;
      rt.out.reason = 'not written: the rollout stopped before its write';
      return;
    }
    const baseHash = rt.baseHash!;
    if (rt.plan.restart === 'restart' || rt.plan.restart === 'process-restart') {
      const waited = await watchdog.whilePaused(() => waitOutRestartCooldown(rt.client, ops));
      if (waited > 0) logger.info(`${rt.out.id}: waited ${Math.round(waited / 1000)} s for the gateway's restart cooldown`);
    }
    await deps.hooks?.beforeWrite?.(rt.out.id);
    if (haltWrites) {
      rt.out.written = rt.writtenBefore ?? false;
      rt.out.reason = 'not written: the rollout stopped before its write';
      return;
    }
    // Already marked written (see the snapshot step): a write cut off by the deadline or a kill may still land.
    const wasWritten = rt.writtenBefore ?? false;
    rt.out.written = true;
    rt.wroteNow = true;
    writes++;
    const w = await pacedApply(rt.client, { raw: renderConfigRaw(rt.desired), baseHash, note: `clawfleet ${deploymentId} ${formatVersion(version)}` }, ops);
    if (!w.ok) {
      if (w.failure === 'drift' || w.failure === 'rejected') {
        // Refused before anything changed.
        rt.out.written = wasWritten;
        rt.wroteNow = false;
        return w.failure === 'drift' ? onDrift(rt, w.reason) : finish(rt, 'failed', w.reason, 'rejected');
      }
      if (w.failure === 'not-applied') {
        const s = await watchdog.whilePaused(() => settleUnavailable(rt.client, rt.desired, w.sentAt, ops, policy.failOnMissingEnv));
        if (s.restartRequested) rt.out.restarted = true;
        if (s.snap) recordApplied(rt, s.snap);
        if (s.ok) return finish(rt, 'applied', `applied after UNAVAILABLE${s.restartRequested ? ' and one restart request' : ''} (verified by read-back)`);
        return finish(rt, 'failed', `UNAVAILABLE: ${s.reason}`, s.failure);
      }
      const rb = await readConfig(rt.client, ops);
      if (rb.ok) {
        const v = judgeReadBack(rb.snap, rt.desired, policy.failOnMissingEnv);
        recordApplied(rt, rb.snap);
        if (v.ok) return finish(rt, 'applied', `applied (the write answered ${w.kind}; verified by read-back)`);
      }
      return finish(rt, 'failed', `unreachable during the write: ${w.reason}`, 'unreachable');
    }
    if (rt.plan.restart === 'process-restart') {
      try {
        await deps.restartHook!(rt.spec);
      } catch (e) {
        return finish(rt, 'failed', `the restart command failed: ${getErrorMessage(e)}`, 'restart-timeout');
      }
    }
    if (w.result.requiresRestart || rt.plan.restart === 'process-restart') {
      const r = await watchdog.whilePaused(() => waitForRestart(rt.client, w.sentAt, ops));
      if (!r.ok) return finish(rt, 'failed', r.reason, 'restart-timeout');
      rt.out.restarted = true;
    }
    const rb = await readConfig(rt.client, ops);
    if (!rb.ok) return finish(rt, 'failed', `read-back failed: ${rb.reason}`, 'unreachable');
    recordApplied(rt, rb.snap);
    const v = judgeReadBack(rb.snap, rt.desired, policy.failOnMissingEnv);
    if (!v.ok) return finish(rt, 'failed', v.reason, v.failure);
    finish(rt, 'applied', `${formatVersion(version)} (${rt.plan.changes.length} path(s), ${rt.plan.restart}${rt.out.restarted ? ', restarted' : ''})`);
  };
  /**
   * With no bake (hold 0 s: wait-seconds 0), an instance's gate probe is sent as soon as its own read-back
   * passed, by the same worker, instead of after the slowest write of the batch: the batch's pipeline
   * drains once, not twice. The gate still judges every instance of the batch, with the same criteria; only
   * instances of THIS batch are probed, and only after their own write (no RPC to a later batch).
   */
  const writeAndProbe = async (rt: Rt) => {
    await write(rt);
    if (holdSeconds > 0 || rt.out.status !== 'applied') return;
    const p = await a.probe(rt.client, { signal: readSignal });
    rt.inlineGate = {
      verdict: judgeProbe(p, policy.minHealthScore, p.reachable ? 'right after its write' : 'during the bake'),
      digest: [rt.out.id, 0, p.reachable, p.score.score, p.readyz?.ready ?? null, p.config?.valid ?? null],
    };
  };
  const recordApplied = (rt: Rt, snap: ConfigSnapshot) => {
    if (contentEquals(snap.parsed ?? {}, rt.desired)) {
      rt.out.appliedHash = snap.hash;
      rt.out.appliedContentDigest = contentDigest(snap.parsed ?? {});
    }
  };

  // ---- gate -----------------------------------------------------------------------------------------
  const gate = async (batch: PlanBatch, brts: Rt[], wroteInBatch: boolean): Promise<BatchOutcome> => {
    const batchStart = iso();
    const gated = brts.filter((rt) => rt.out.status === 'applied' || rt.out.status === 'unchanged');
    const preFailed = brts.filter((rt) => rt.out.status === 'failed' || (rt.out.status === 'skipped' && rt.out.failure !== 'drift'));
    const holdMs = wroteInBatch ? holdSeconds * 1000 : 0;
    const intervalMs = policy.probeIntervalSeconds * 1000;
    const times: number[] = [];
    if (holdMs <= 0) times.push(0);
    else {
      if (intervalMs > 0) for (let t = intervalMs; t < holdMs; t += intervalMs) times.push(t);
      times.push(holdMs);
    }
    const failedGate = new Map<string, { reason: string; failure: FailureClass }>();
    const noData = new Map<string, string>();
    const worst = new Map<string, number>();
    const digestParts: unknown[] = [];
    const notes: string[] = [];
    let elapsed = 0;
    let probes = 0;
    const counted = () => gated.length - noData.size + preFailed.length;
    const failures = () => failedGate.size + preFailed.length;
    const maxFailures = () => Math.floor(counted() * (1 - policy.minSuccessRatio) + 1e-9);
    if (holdMs > 0) logger.info(`batch ${batch.index}: baking ${Math.round(holdMs / 1000)} s, probing every ${policy.probeIntervalSeconds} s`);
    const record = (rt: Rt, v: ProbeVerdict) => {
      worst.set(rt.out.id, Math.min(worst.get(rt.out.id) ?? 100, v.score));
      if (v.ok) return;
      if (v.noData && policy.noData === 'ignore') noData.set(rt.out.id, v.reason);
      else failedGate.set(rt.out.id, { reason: v.reason, failure: v.failure });
    };
    // Nothing written in this batch (a re-run, a resumed batch): its pre-flight probes are fresh, so they
    // are the gate — no second round of probes to instances nobody touched.
    const reuse = !wroteInBatch && gated.every((rt) => rt.preVerdict !== undefined);
    if (reuse) {
      for (const rt of gated) {
        record(rt, rt.preVerdict!);
        digestParts.push([rt.out.id, 'preflight', rt.preVerdict!.ok, rt.preVerdict!.score]);
      }
    }
    for (const t of reuse ? [] : times) {
      if (gated.length === 0) break;
      if (failures() > maxFailures() && counted() > 0) break; // the gate cannot pass any more: do not wait for nothing
      if (t > elapsed) await watchdog.whilePaused(() => clock.sleep(t - elapsed, readSignal));
      elapsed = t;
      const active = gated.filter((rt) => !failedGate.has(rt.out.id) && !noData.has(rt.out.id));
      await runAll(active, async (rt) => {
        const inline = t === 0 ? rt.inlineGate : undefined;
        if (inline) {
          // Probed right after its own write (see writeAndProbe): that probe is this round's.
          digestParts.push(inline.digest);
          record(rt, inline.verdict);
          return;
        }
        const p = await a.probe(rt.client, { signal: readSignal });
        digestParts.push([rt.out.id, t, p.reachable, p.score.score, p.readyz?.ready ?? null, p.config?.valid ?? null]);
        record(rt, judgeProbe(p, policy.minHealthScore, p.reachable ? `${Math.round(t / 1000)} s after the batch` : 'during the bake'));
      });
      probes++;
    }
    for (const rt of gated) {
      const w = worst.get(rt.out.id);
      if (w !== undefined) rt.out.scoreAfter = w;
      const f = failedGate.get(rt.out.id);
      if (f) {
        rt.out.status = 'failed';
        rt.out.failure = f.failure;
        rt.out.reason = f.reason;
        logger.info(`${rt.out.id}: failed the gate — ${f.reason}`);
      } else if (noData.has(rt.out.id)) {
        rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}no data during the bake (no-data-policy: ignore)`;
        notes.push(`${rt.out.id}: no data (${noData.get(rt.out.id)}); left out of the ratio (no-data-policy: ignore)`);
      }
    }
    const c = counted();
    const healthy = gated.length - failedGate.size - noData.size;
    const failed = failures();
    let ratio = c > 0 ? healthy / c : 1;
    let errorRate = c > 0 ? failed / c : 0;
    if (c === 0 && noData.size > 0) {
      ratio = 0;
      errorRate = 1;
      notes.push('no instance of the batch gave data: the gate cannot pass on no data');
    } else if (c === 0) {
      notes.push('nothing to gate in this batch (every instance was skipped for drift or not written)');
    }
    const passed = ratio + 1e-9 >= policy.minSuccessRatio && !(c === 0 && noData.size > 0);
    return {
      index: batch.index,
      wave: batch.wave,
      ...(batch.percent !== undefined ? { percent: batch.percent } : {}),
      instances: batch.instances,
      healthy,
      counted: c,
      failed,
      ratio,
      errorRate,
      passed,
      startedAt: batchStart,
      finishedAt: iso(),
      probes,
      probeDigest: 'sha256:' + sha256Hex(canonicalJson(digestParts)),
      notes,
    };
  };

  // ---- batches --------------------------------------------------------------------------------------
  let lastBatch = 0;
  const batchesStart = performance.now();
  const poolBefore = metrics?.poolMs ?? 0;
  try {
    for (const batch of plan.batches) {
      if (haltWrites) break;
      const brts = batch.instances.map((id) => rts.get(id)!).filter(Boolean);
      lastBatch = batch.index;
      const title = `Batch ${batch.index}/${plan.batches.length}: ${brts.length} instance(s)${batch.wave !== 'all' ? `, wave ${batch.wave}` : ''}, ${batch.tier}${batch.percent !== undefined ? `, canary ${batch.percent} %` : ''}`;
      const outcome = await logger.group(title, async () => {
        const toWrite: Rt[] = [];
        try {
          await runAll(brts, (rt) => preflight(rt, toWrite));
          // Snapshots durable before the first write of the batch.
          if (toWrite.length > 0) {
            const entries: ManifestEntry[] = [];
            const blobs: Record<string, string> = {};
            for (const rt of toWrite) {
              const raw = rt.snapshot!.raw ?? '{}\n';
              const ref = sha256Hex(raw);
              if (!blobsWritten.has(ref)) {
                blobs[ref] = raw;
                blobsWritten.add(ref);
              }
              entries.push({ id: rt.out.id, url: rt.spec.url, wave: rt.out.wave, batch: batch.index, snapshotHash: rt.snapshot!.hash, contentDigest: contentDigest(rt.snapshot!.parsed ?? {}), rawRef: ref, takenAt: iso(), restart: rt.plan.restart });
              // Recorded in the manifest: keep only the hash (a config.get payload is tens of KB, and a batch
              // of them would otherwise live until its writes finish).
              rt.baseHash = rt.snapshot!.hash;
              rt.snapshot = undefined;
            }
            await recorder.appendManifestShard(deploymentId, entries, blobs);
            // Recorded as written BEFORE the writes go out: if the runner dies mid-batch, the record must
            // still name every instance that may have changed (a resume then reports them as applied by
            // this deployment, and a rollback considers them; both compare content, so an instance the
            // write never reached costs nothing).
            for (const rt of toWrite) {
              rt.writtenBefore = rt.out.written;
              rt.out.written = true;
            }
            await recorder.writeDeployment(depRecord('running', toWrite.map((rt) => rt.out.id)));
            await recorder.flush(`deploy ${deploymentId} batch ${batch.index} snapshots`);
            await deps.hooks?.afterSnapshot?.(batch.index);
            await runAll(toWrite, writeAndProbe);
          }
        } catch (e) {
          if (!isAbort(e) && !readSignal.aborted) throw e;
          stopWith(abortReason() ?? getErrorMessage(e));
        }
        const wrote = toWrite.some((rt) => rt.wroteNow);
        let o: BatchOutcome;
        try {
          o = await gate(batch, brts, wrote);
        } catch (e) {
          if (!isAbort(e) && !readSignal.aborted) throw e;
          stopWith(abortReason() ?? getErrorMessage(e));
          o = { index: batch.index, wave: batch.wave, instances: batch.instances, healthy: 0, counted: 0, failed: 0, ratio: 0, errorRate: 0, passed: false, startedAt: iso(), finishedAt: iso(), probes: 0, probeDigest: '', notes: ['the gate did not finish (aborted)'] };
        }
        return o;
      });
      batchOutcomes.push(outcome);
      for (const rt of brts) {
        rt.inlineGate = undefined;
        rt.dropDesired();
      }
      if (!outcome.passed && outcome.notes[0] !== 'the gate did not finish (aborted)') {
        failedWaves.add(batch.wave);
        stopWith(
          `batch ${batch.index} failed its gate: ${outcome.healthy}/${outcome.counted} healthy (${pct(outcome.ratio)} < ${pct(policy.minSuccessRatio)})` +
            (outcome.notes.length ? `; ${outcome.notes.join('; ')}` : ''),
        );
        if (policy.autoRollback && outcome.errorRate > policy.rollbackErrorRate + 1e-9) rollbackWanted = true;
        else if (policy.autoRollback) logger.info(`batch ${batch.index}: error rate ${pct(outcome.errorRate)} ≤ rollback-error-rate ${pct(policy.rollbackErrorRate)}: stopping without a rollback`);
      }
      if (watchdog.signal.aborted && policy.autoRollback) rollbackWanted = true; // RF-03: deadline → roll back
      await recorder.audit({
        event: 'batch',
        deploymentId,
        attempt,
        ...ctxFields,
        ...(fromVersion !== undefined ? { fromVersion } : {}),
        toVersion: version,
        instances: brts.map((rt) => ({ id: rt.out.id, status: rt.out.status, ...(rt.out.reason ? { reason: rt.out.reason.slice(0, 200) } : {}) })),
        outcome: outcome.passed ? 'passed' : 'failed',
        batch: { index: outcome.index, healthy: outcome.healthy, counted: outcome.counted, ratio: outcome.ratio, errorRate: outcome.errorRate, passed: outcome.passed },
        probeDigest: outcome.probeDigest,
      });
      await recorder.writeDeployment(depRecord('running', batch.instances));
      await recorder.flush(`deploy ${deploymentId} batch ${batch.index} ${outcome.passed ? 'passed' : 'failed'}`);
      await deps.hooks?.afterBatch?.(outcome);
    }
  } finally {
    if (metrics) {
      const ms = performance.now() - batchesStart;
      metrics.batchesMs += ms;
      metrics.serialMs += ms - (metrics.poolMs - poolBefore);
    }
    watchdog.stop();
    if (graceTimer) clearTimeout(graceTimer);
    a.cancel.removeEventListener('abort', onCancel);
  }

  // Instances never reached keep the old config and got no RPC after the plan.
  for (const rt of rts.values()) {
    if (rt.out.status === 'untouched' && !rt.out.reason) rt.out.reason = stopReasons.length ? `not reached: the rollout stopped at batch ${lastBatch}` : 'not reached';
  }

  // ---- rollback -----------------------------------------------------------------------------------
  let rollback: RollbackOutcome | undefined;
  if (rollbackWanted && !a.cancel.aborted) {
    const targets = [...rts.values()].filter((rt) => rt.out.written && (policy.rollbackScope === 'deployment' || failedWaves.has(rt.out.wave)));
    if (targets.length > 0) {
      const manifest = await recorder.readManifest(deploymentId);
      const rbWatch = new ProgressWatchdog(clock, policy.progressDeadlineSeconds * 1000, a.cancel);
      try {
        rollback = await logger.group(`Rollback: ${targets.length} instance(s) (${policy.rollbackScope})`, async () => {
          await recorder.audit({ event: 'rollback-start', deploymentId, attempt, ...ctxFields, toVersion: fromVersion, detail: `trigger: gate; scope ${policy.rollbackScope}; ${targets.length} instance(s)` });
          await recorder.flush(`deploy ${deploymentId} rollback start`);
          const r = await restoreSnapshots({
            manifest: manifest!,
            targets: targets.map((rt) => ({ id: rt.out.id, client: rt.client, ...(rt.out.appliedContentDigest ? { appliedContentDigest: rt.out.appliedContentDigest } : {}) })),
            trigger: 'gate',
            scope: policy.rollbackScope,
            ops: { ...ops, signal: rbWatch.signal, writeSignal: rbWatch.signal },
            logger,
            concurrency: policy.concurrency,
            note: `clawfleet rollback of ${deploymentId}`,
            onProgress: () => rbWatch.progress(),
          });
          writes += r.writes;
          return r;
        });
      } finally {
        rbWatch.stop();
      }
      for (const r of rollback.instances) {
        const rt = rts.get(r.id)!;
        if (r.status === 'restored' || r.status === 'unchanged') {
          rt.out.status = 'rolled-back';
          rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}rolled back to its snapshot`;
        } else {
          rt.out.reason = `${rt.out.reason ? rt.out.reason + '; ' : ''}rollback ${r.status}: ${r.reason ?? ''}`.trim();
        }
      }
      if (rollback.manualIntervention) stopReasons.push(rollback.manualIntervention);
      await recorder.audit({
        event: 'rollback-end',
        deploymentId,
        attempt,
        ...ctxFields,
        toVersion: fromVersion,
        outcome: rollback.ok ? 'restored' : 'manual-intervention',
        instances: rollback.instances.map((i) => ({ id: i.id, status: i.status, ...(i.reason ? { reason: i.reason.slice(0, 200) } : {}) })),
      });
    }
  } else if (rollbackWanted && a.cancel.aborted) {
    stopReasons.push('cancelled: no automatic rollback after a cancel; run auto-rollback or re-run the deployment');
  }

  // ---- verification (CC-07) -----------------------------------------------------------------------
  let verification: DeployReport['verification'];
  if (stopReasons.length === 0) {
    const checked = [...rts.values()].filter((rt) => rt.out.status === 'applied' || rt.out.status === 'unchanged');
    const drifted: Array<{ id: string; reason: string }> = [];
    const unverified: Array<{ id: string; reason: string }> = [];
    const vSignal = AbortSignal.any([a.cancel, AbortSignal.timeout(Math.max(60_000, policy.progressDeadlineSeconds * 1000))]);
    await logger.group(`Verification: ${checked.length} instance(s)`, () =>
      runAll(checked, async (rt) => {
        const r = await readConfig(rt.client, { signal: vSignal });
        if (!r.ok) {
          // No data is no proof of drift: the no-data policy decides, as in the gates.
          if (policy.noData === 'ignore') unverified.push({ id: rt.out.id, reason: `could not verify: ${r.reason}` });
          else drifted.push({ id: rt.out.id, reason: `could not verify ${rt.out.id}: ${r.reason}` });
          return;
        }
        if (!contentEquals(r.snap.parsed ?? {}, rt.desired)) {
          const paths = diffConfig(r.snap.parsed ?? {}, rt.desired)
            .slice(0, 5)
            .map((d) => d.path)
            .join(', ');
          drifted.push({ id: rt.out.id, reason: `instance ${rt.out.id} drifted after apply (${paths}); not corrected` });
        }
        rt.dropDesired();
      }).catch((e: unknown) => {
        drifted.push({ id: '*', reason: `verification aborted: ${getErrorMessage(e)}` });
      }),
    );
    verification = { ok: drifted.length === 0, checked: checked.length, drifted, ...(unverified.length ? { unverified } : {}) };
    for (const d of drifted) {
      const rt = rts.get(d.id);
      if (rt) {
        rt.out.status = 'failed';
        rt.out.failure = 'drift';
        rt.out.reason = d.reason;
      }
      stopReasons.push(`verification failed: ${d.reason}`);
    }
    await recorder.audit({ event: 'verify', deploymentId, attempt, ...ctxFields, toVersion: version, outcome: verification.ok ? 'ok' : 'drifted', ...(drifted.length ? { instances: drifted.map((d) => ({ id: d.id, status: 'drifted', reason: d.reason.slice(0, 200) })) } : {}) });
  }

  // ---- result, records ----------------------------------------------------------------------------
  const result: DeployReport['result'] = stopReasons.length === 0 ? 'succeeded' : rollback?.ok ? 'rolled-back' : 'stopped';
  const instances = [...excludedOutcomes, ...plan.instances.filter((p) => p.action !== 'excluded').map((p) => rts.get(p.id)!.out)];
  const report: DeployReport = {
    schema: 1,
    kind: a.kind,
    deploymentId,
    attempt,
    environment: recorder.environment,
    ...(req.promotionId ? { promotionId: req.promotionId } : {}),
    result,
    version,
    ...(fromVersion !== undefined ? { fromVersion } : {}),
    configDigest: a.configDigest,
    planDigest: plan.digest,
    strategy: policy.strategy,
    startedAt: new Date(a.startedAt).toISOString(),
    finishedAt: iso(),
    stopReasons,
    instances,
    batches: batchOutcomes,
    ...(rollback ? { rollback } : {}),
    ...(verification ? { verification } : {}),
    counts: countStatuses(instances),
    writes,
  };
  const finalRecord = depRecord(result);
  finalRecord.reportSummary = { counts: report.counts, stopReasons };
  await recorder.writeDeployment(finalRecord);
  await recorder.writeReport(deploymentId, report);
  if (result === 'succeeded') await recorder.setCurrent(version, a.configDigest, deploymentId);
  await recorder.audit({
    event: 'deploy-end',
    deploymentId,
    attempt,
    ...ctxFields,
    ...(fromVersion !== undefined ? { fromVersion } : {}),
    toVersion: version,
    outcome: result,
    instances: instances.map((i) => ({ id: i.id, status: i.status })),
    ...(stopReasons.length ? { detail: stopReasons.join(' | ').slice(0, 2000) } : {}),
  });
  await recorder.flush(`deploy ${deploymentId} ${result}`);
  const manifest = await recorder.readManifest(deploymentId);
  return { plan, report, ...(manifest ? { manifest } : {}) };
}

function pct(r: number): string {
  return `${Math.round(r * 1000) / 10} %`;
}
