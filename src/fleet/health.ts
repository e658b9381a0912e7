/**
 * Health score 0–100 for one gateway, from three sources (docs/health-score.md has the rationale):
 *
 * | source | condition | points |
 * | --- | --- | --- |
 * | reachability | `/readyz` not answered (unreachable, timeout, refused) | score is 0, nothing else counts |
 * | `/readyz` | not ready (503 or `ready:false`) | −50 |
 * | `/readyz` | each entry of `failing` (agent database, plugin reload, channel…) | −10 each, at most −30 |
 * | `/readyz` | `eventLoop.degraded` | −10 |
 * | `health` RPC | not available (call failed) | −20 |
 * | `health` RPC | `ok:false` | −20 |
 * | `health` RPC | each entry of `plugins.errors` | −15 each, at most −30 |
 * | `health` RPC | `plugins.unavailable` not empty | −5 |
 * | `health` RPC | `modelRuntime.degraded` | −20 |
 * | `health` RPC | `configReload.hotReloadStatus` present and not `active` | −15 |
 * | `config.get` | not available (call failed) | −10 |
 * | `config.get` | `valid:false` (a reload was skipped: the running config is older than the file) | −30 |
 * | `config.get` | `appliedConfigHash` ≠ `configRevisionHash` (persisted, not applied) | −10 |
 *
 * Start at 100, subtract, clamp to 0..100. Each deduction adds a reason. The seed rule: do not push to an
 * instance with a score below {@link MIN_PUSH_SCORE} (60) — "not ready" alone (50) is below it; a single
 * soft problem (degraded event loop, one plugin error, degraded model runtime, an invalid file on disk) is not.
 */
import { GatewayError } from './client.js';
import type { CallOptions, ConfigSnapshot, GatewayClient, HealthRpc, HealthScore, ReadyzResult } from './types.js';

/** The seeds' rule: no push to an instance whose score is below this. */
export const MIN_PUSH_SCORE = 60;

export const HEALTH_WEIGHTS = {
  notReady: 50,
  perFailingCheck: 10,
  maxFailingChecks: 30,
  eventLoopDegraded: 10,
  healthUnavailable: 20,
  healthNotOk: 20,
  perPluginError: 15,
  maxPluginErrors: 30,
  pluginsUnavailable: 5,
  modelRuntimeDegraded: 20,
  hotReloadInactive: 15,
  configUnavailable: 10,
  configInvalid: 30,
  configNotApplied: 10,
} as const;

export interface HealthInputs {
  /** `undefined` = `/readyz` could not be read at all (unreachable): score 0. */
  readyz: ReadyzResult | undefined;
  /** `undefined` = the health RPC failed. */
  health?: HealthRpc | undefined;
  /** `undefined` = config.get failed. */
  config?: Pick<ConfigSnapshot, 'valid' | 'issues' | 'configRevisionHash' | 'appliedConfigHash'> | undefined;
}

/** Computes the score (see the table in the module doc). Pure. */
export function computeHealthScore(inputs: HealthInputs): HealthScore {
  const W = HEALTH_WEIGHTS;
  if (!inputs.readyz) return { score: 0, reasons: ['unreachable: /readyz did not answer'] };
  let score = 100;
  const reasons: string[] = [];
  const deduct = (points: number, reason: string) => {
    score -= points;
    reasons.push(`${reason} (−${points})`);
  };
  const r = inputs.readyz;
  if (!r.ready) deduct(W.notReady, `not ready (/readyz ${r.status})`);
  if (r.failing.length > 0) {
    deduct(Math.min(W.maxFailingChecks, W.perFailingCheck * r.failing.length), `failing checks: ${r.failing.join(', ')}`);
  }
  if (r.eventLoopDegraded) deduct(W.eventLoopDegraded, `event loop degraded${r.eventLoopReasons?.length ? ` (${r.eventLoopReasons.join(', ')})` : ''}`);

  const h = inputs.health;
  if (!h) {
    deduct(W.healthUnavailable, 'health RPC unavailable');
  } else {
    if (h.ok === false) deduct(W.healthNotOk, 'health RPC reports ok:false');
    const pluginErrors = Array.isArray(h.plugins?.errors) ? h.plugins.errors : [];
    if (pluginErrors.length > 0) {
      deduct(Math.min(W.maxPluginErrors, W.perPluginError * pluginErrors.length), `plugin errors: ${pluginErrors.map(describePlugin).join(', ')}`);
    }
    const unavailable = Array.isArray(h.plugins?.unavailable) ? h.plugins.unavailable : [];
    if (unavailable.length > 0) deduct(W.pluginsUnavailable, `plugins unavailable: ${unavailable.map(describePlugin).join(', ')}`);
    if (h.modelRuntime?.degraded === true) deduct(W.modelRuntimeDegraded, 'model runtime degraded');
    const hot = h.configReload?.hotReloadStatus;
    if (hot !== undefined && hot !== 'active') deduct(W.hotReloadInactive, `hot reload ${hot}`);
  }

  const c = inputs.config;
  if (!c) {
    deduct(W.configUnavailable, 'config.get unavailable');
  } else {
    if (c.valid === false) {
      const first = c.issues[0];
      deduct(W.configInvalid, `config file invalid, reload skipped${first ? ` (${first.path || '<root>'}: ${first.message})` : ''}`);
    }
    if (c.appliedConfigHash && c.configRevisionHash && c.appliedConfigHash !== c.configRevisionHash) {
      deduct(W.configNotApplied, 'persisted config not applied yet');
    }
  }
  return { score: Math.max(0, Math.min(100, score)), reasons };
}

function describePlugin(p: unknown): string {
  if (typeof p === 'string') return p;
  if (p && typeof p === 'object') {
    const o = p as Record<string, unknown>;
    const id = o['id'] ?? o['pluginId'] ?? o['name'];
    if (typeof id === 'string') return id;
  }
  return 'unknown';
}

export interface InstanceProbe {
  instanceId: string;
  reachable: boolean;
  score: HealthScore;
  readyz?: ReadyzResult;
  health?: HealthRpc;
  config?: ConfigSnapshot;
  /** Why the instance is unreachable (readyz failed). */
  error?: GatewayError;
  /** Failures of the health / config.get calls on a reachable instance. */
  errors: { health?: GatewayError; config?: GatewayError };
}

/**
 * Probes one instance: `/readyz` first (if it does not answer, nothing else is tried and the score is 0),
 * then the `health` RPC and `config.get` in parallel. Never throws for a gateway failure; the caller's abort
 * still propagates.
 */
export async function probeInstance(client: GatewayClient, opts?: CallOptions): Promise<InstanceProbe> {
  let readyz: ReadyzResult;
  try {
    readyz = await client.readyz(opts);
  } catch (e) {
    if (!(e instanceof GatewayError)) throw e;
    return { instanceId: client.id, reachable: false, score: computeHealthScore({ readyz: undefined }), error: e, errors: {} };
  }
  const settle = async <T>(p: Promise<T>): Promise<{ value?: T; error?: GatewayError }> => {
    try {
      return { value: await p };
    } catch (e) {
      if (e instanceof GatewayError) return { error: e };
      throw e;
    }
  };
  const [health, config] = await Promise.all([settle(client.health(opts)), settle(client.configGet(opts))]);
  const errors: InstanceProbe['errors'] = {};
  if (health.error) errors.health = health.error;
  if (config.error) errors.config = config.error;
  return {
    instanceId: client.id,
    reachable: true,
    score: computeHealthScore({ readyz, health: health.value, config: config.value }),
    readyz,
    ...(health.value ? { health: health.value } : {}),
    ...(config.value ? { config: config.value } : {}),
    errors,
  };
}
