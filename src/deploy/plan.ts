/**
 * The plan: what a deployment would do, computed before any write (issue #4 "Plan / dry-run").
 *
 * Desired config per instance = the repo config ⊕ the instance's inventory overlay (objects merge, the
 * overlay's scalars/arrays replace — `mergeOverlay`). The repo config is taken fully resolved (includes
 * merged) but WITHOUT `${VAR}` substitution. Why that is the right thing to send:
 * - `config.apply` replaces the gateway's whole file; the gateway cannot read our repo's include files, and
 *   writes through `$include` fail closed in OpenClaw for most shapes, so a single resolved document is the
 *   only form that lands intact;
 * - `${VAR}` strings are what OpenClaw itself stores (it substitutes at load time, from the GATEWAY's
 *   environment), so secrets never pass through CI, the stored file matches the repo, and the comparison with
 *   `config.get` is exact (OpenClaw does not redact `${VAR}` references).
 *
 * For each instance the plan reads `config.get` (a read; before any write), diffs the live file's parsed
 * content against the desired object (content, not hashes — they are per-gateway HMACs), classifies each
 * changed path (classify.ts), and places the instance in a batch (batches.ts). The digest binds config
 * content + instance list (ids and desired digests) + batches: a confirmation token or a sign-off of this
 * plan does not match a plan where any of these differ, while live state (which instances are already done)
 * does not change it, so a resumed run keeps its digest.
 */
import pLimit from 'p-limit';
import { getErrorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { mergeOverlay, type PlainObject } from '../fleet/merge.js';
import type { ConfigSnapshot, GatewayClient, InstanceSpec } from '../fleet/types.js';
import { buildBatches, orderInstances, strategyBlockers } from './batches.js';
import { classifyOffline, strongest, type ReloadClassifier } from './classify.js';
import { canonicalJson, contentDigest, contentEquals, diffConfig, sha256Hex, unverifiableSecretPaths } from './content.js';
import type { Plan, PlanInstance, RolloutPolicy } from './types.js';

export interface PlanInput {
  environment: string;
  /** The repo config (resolved, unsubstituted). */
  config: PlainObject;
  version: number;
  instances: readonly InstanceSpec[];
  /** Instances the operator excluded explicitly, with the reason shown. */
  excluded?: ReadonlyArray<{ spec: InstanceSpec; reason: string }>;
  policy: RolloutPolicy;
  clientFor: (inst: InstanceSpec) => GatewayClient;
  classifier: ReloadClassifier;
  /** A restart hook is configured (listener changes are refused without one). */
  restartHook: boolean;
  logger: Logger;
  signal?: AbortSignal;
  now?: () => number;
}

export interface PlanResult {
  plan: Plan;
}

/** The digest over config digest + strategy + (id, desired digest) per instance + batches (see module doc). */
function digestOf(configDigest: string, strategy: RolloutPolicy['strategy'], entries: ReadonlyArray<Pick<PlanInstance, 'id' | 'desiredDigest'>>, batches: ReadonlyArray<{ instances: string[] }>): string {
  return (
    'sha256:' +
    sha256Hex(
      canonicalJson({
        configDigest,
        strategy,
        instances: entries.map((e) => [e.id, e.desiredDigest]),
        batches: batches.map((b) => b.instances),
      }),
    )
  );
}

/**
 * The digest {@link buildPlan} would give these instances, computed offline: it depends only on the repo
 * config, the inventory (overlays, order, tiers, waves) and the policy — never on live state — so a sign-off
 * binding can be checked before any RPC, lock or write.
 */
export function planDigestFor(config: PlainObject, instances: readonly InstanceSpec[], policy: RolloutPolicy): string {
  const { ordered } = orderInstances(instances, policy.waves);
  const batches = buildBatches(ordered, policy);
  return digestOf(
    contentDigest(config),
    policy.strategy,
    ordered.map((inst) => ({ id: inst.id, desiredDigest: contentDigest(desiredFor(config, inst)) })),
    batches,
  );
}

/** The desired config of one instance (see module doc). */
export function desiredFor(config: PlainObject, inst: Pick<InstanceSpec, 'overlay'>): PlainObject {
  return mergeOverlay(config, inst.overlay);
}

export async function buildPlan(input: PlanInput): Promise<PlanResult> {
  const { policy, logger } = input;
  const configDigest = contentDigest(input.config);
  const { ordered, waves } = orderInstances(input.instances, policy.waves);
  const batches = buildBatches(ordered, policy);
  const batchOf = new Map<string, number>();
  for (const b of batches) for (const id of b.instances) batchOf.set(id, b.index);

  const limit = pLimit(Math.max(1, policy.concurrency));
  const entries: PlanInstance[] = await Promise.all(
    ordered.map((inst) =>
      limit(async (): Promise<PlanInstance> => {
        const want = desiredFor(input.config, inst);
        const base: PlanInstance = {
          id: inst.id,
          url: inst.url,
          tier: inst.tier,
          ...(inst.zone ? { zone: inst.zone } : {}),
          wave: inst.wave,
          batch: batchOf.get(inst.id) ?? 0,
          action: 'update',
          desiredDigest: contentDigest(want),
          changes: [],
          restart: 'none',
          secretPathsUnverifiable: [],
        };
        const client = input.clientFor(inst);
        let snap: ConfigSnapshot;
        try {
          snap = await client.configGet(input.signal ? { signal: input.signal } : undefined);
        } catch (e) {
          input.signal?.throwIfAborted();
          return { ...base, action: 'unreachable', reason: getErrorMessage(e), restart: 'none' };
        }
        const current = snap.parsed ?? {};
        const secretPaths = unverifiableSecretPaths(current, want);
        if (contentEquals(current, want)) return { ...base, action: 'unchanged', liveHash: snap.hash, secretPathsUnverifiable: secretPaths };
        const diff = diffConfig(current, want);
        let changes;
        try {
          changes = await input.classifier.classify(client, diff, current, want, input.signal);
        } catch (e) {
          input.signal?.throwIfAborted();
          logger.debug(`${inst.id}: config.schema.lookup failed (${getErrorMessage(e)}); classifying conservatively`);
          changes = classifyOffline(diff, current, want);
        }
        return { ...base, liveHash: snap.hash, changes, restart: strongest(changes.map((c) => c.class)), secretPathsUnverifiable: secretPaths };
      }),
    ),
  );

  const excludedEntries: PlanInstance[] = (input.excluded ?? []).map(({ spec, reason }) => ({
    id: spec.id,
    url: spec.url,
    tier: spec.tier,
    ...(spec.zone ? { zone: spec.zone } : {}),
    wave: orderInstances([spec], policy.waves).ordered[0]?.wave ?? 'all',
    batch: 0,
    action: 'excluded',
    reason,
    desiredDigest: contentDigest(desiredFor(input.config, spec)),
    changes: [],
    restart: 'none',
    secretPathsUnverifiable: [],
  }));

  const digest = digestOf(configDigest, policy.strategy, entries, batches);

  const notes: string[] = [];
  const blockers: string[] = [];
  const rules = strategyBlockers(policy, entries.length, digest);
  blockers.push(...rules.blockers);
  notes.push(...rules.notes);

  const processRestart = entries.filter((e) => e.restart === 'process-restart');
  if (processRestart.length > 0) {
    const what = processRestart
      .slice(0, 10)
      .map((e) => `${e.id} (${e.changes.filter((c) => c.class === 'process-restart').map((c) => c.path).join(', ')})`)
      .join('; ');
    const more = processRestart.length > 10 ? ` and ${processRestart.length - 10} more` : '';
    if (!policy.allowProcessRestart || !input.restartHook) {
      blockers.push(
        `listener settings change on ${processRestart.length} instance(s): ${what}${more}. OpenClaw's in-process restart does not apply gateway.port/bind, ` +
          'so the gateway would keep listening where it is while reporting the new config. Fix: set allow-process-restart: true AND a restart-command that restarts the gateway process (its supervisor), or keep the listener settings unchanged.',
      );
    } else {
      notes.push(`listener settings change on ${processRestart.length} instance(s): each is restarted with the restart command after its write.`);
    }
  }
  const secretGaps = entries.filter((e) => e.action === 'update' && e.secretPathsUnverifiable.length > 0);
  if (secretGaps.length > 0) {
    notes.push(
      `${secretGaps.length} instance(s) hold secrets (redacted by OpenClaw) at paths this config changes or does not set (e.g. ${secretGaps[0]!.id}: ${secretGaps[0]!.secretPathsUnverifiable.slice(0, 3).join(', ')}): ` +
        'clawfleet cannot verify those values, and a snapshot rollback cannot bring them back. Prefer ${VAR} references, or "__OPENCLAW_REDACTED__" to keep the gateway\'s stored secret.',
    );
  }
  const unreachable = entries.filter((e) => e.action === 'unreachable');
  if (unreachable.length > 0) notes.push(`${unreachable.length} instance(s) did not answer config.get; they count as failed in their batch's gate unless they recover.`);

  const all = [...entries, ...excludedEntries];
  const counts = {
    total: all.length,
    update: entries.filter((e) => e.action === 'update').length,
    unchanged: entries.filter((e) => e.action === 'unchanged').length,
    unreachable: unreachable.length,
    excluded: excludedEntries.length,
  };
  const plan: Plan = {
    schema: 1,
    environment: input.environment,
    strategy: policy.strategy,
    version: input.version,
    configDigest,
    digest,
    createdAt: new Date((input.now ?? Date.now)()).toISOString(),
    instances: all,
    batches,
    waves,
    processRestartInstances: processRestart.map((e) => e.id),
    notes,
    blockers,
    counts,
  };
  // Live snapshots are not kept: a gateway's config.get payload is tens of KB, and each batch reads its
  // instances again right before writing (the snapshot that matters is that one).
  // Desired configs are not kept either (desiredFor() is cheap to run again); 10 000 copies would not be.
  return { plan };
}
