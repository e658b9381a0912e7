/**
 * Snapshot rollback: put every instance a deployment changed back on the exact config it had before
 * (reliability-cases §2.6: "a recorded snapshot (base hash + content), not 'previous'").
 *
 * Per instance: read the current config; if its content already equals the snapshot → nothing to do
 * (a second run sends no write — RF-11); if it is what the deployment wrote → `config.apply` the snapshot's
 * redacted text with the current hash as `baseHash` (OpenClaw restores every `__OPENCLAW_REDACTED__` from
 * the value it holds, so secrets never leave the gateway, openclaw-notes §3.3 "Rollback-friendly"); if it is
 * something else, a person or another tool changed it after the deployment → not overwritten.
 *
 * A restore the gateway REJECTS (e.g. the snapshot is schema-incompatible with a newer gateway, RF-10)
 * stops the whole rollback at that instance — no loop, no fallback to an older snapshot — and the outcome
 * says "manual intervention required" with every instance's current state and hash. A restore that needs a
 * restart first waits out the gateway's 30 s restart cooldown (RF-07) and then for the restart; there is at
 * most one restore attempt per instance.
 */
import JSON5 from 'json5';
import pLimit from 'p-limit';
import { getErrorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { GatewayClient } from '../fleet/types.js';
import { contentDigest, contentEquals } from './content.js';
import { judgeReadBack, pacedApply, readConfig, settleUnavailable, waitForRestart, waitOutRestartCooldown, type OpsContext } from './instance-ops.js';
import type { ManifestEntry, RollbackInstanceOutcome, RollbackManifest, RollbackOutcome, RollbackScope } from './types.js';

export interface RestoreTarget {
  id: string;
  client: GatewayClient;
  /**
   * Digest (contentDigest) of what the deployment left on the instance (read back after its write). When
   * known, the current content must match it (or the snapshot) — otherwise someone changed the instance
   * since, and it is not overwritten. Unknown (e.g. the write timed out before a read-back): only "equals
   * the snapshot" or "manual" are possible... unless `force`.
   */
  appliedContentDigest?: string;
  /**
   * contentDigest of the config the instance had before a whole promotion (its oldest snapshot across the
   * promotion's deployments). An instance already there is done for every deployment of the promotion — a
   * second promotion rollback must not see a newer deployment's snapshot as "drift".
   */
  settledDigest?: string;
}

export interface RestoreOptions {
  manifest: RollbackManifest;
  targets: RestoreTarget[];
  trigger: string;
  scope: RollbackScope;
  ops: OpsContext;
  logger: Logger;
  concurrency: number;
  note: string;
  /** Restore even when the current content is neither the deployed one nor the snapshot. */
  force?: boolean;
  onProgress?: () => void;
}

/** Parses a snapshot's raw text (OpenClaw writes JSON; a hand-written file can be JSON5). */
export function parseSnapshot(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return JSON5.parse(raw);
  }
}

export async function restoreSnapshots(opts: RestoreOptions): Promise<RollbackOutcome & { writes: number }> {
  const { manifest, ops, logger } = opts;
  const limit = pLimit(Math.max(1, opts.concurrency));
  let stop: string | undefined;
  let writes = 0;
  const results = new Map<string, RollbackInstanceOutcome>();

  const restoreOne = async (t: RestoreTarget): Promise<RollbackInstanceOutcome> => {
    const entry: ManifestEntry | undefined = manifest.entries[t.id];
    if (!entry) return { id: t.id, status: 'not-attempted', reason: 'no snapshot recorded for this instance (the deployment did not snapshot it before a write)' };
    const raw = manifest.blobs[entry.rawRef];
    if (raw === undefined) return { id: t.id, status: 'failed', reason: `the manifest has no snapshot text for ${entry.rawRef}` };
    if (stop) return { id: t.id, status: 'not-attempted', reason: 'the rollback stopped at an earlier instance' };
    let snapshot: unknown;
    try {
      snapshot = parseSnapshot(raw);
    } catch (e) {
      return { id: t.id, status: 'failed', reason: `the recorded snapshot does not parse: ${getErrorMessage(e)}` };
    }
    const cur = await readConfig(t.client, ops);
    if (!cur.ok) return { id: t.id, status: 'unreachable', reason: cur.reason };
    const current = cur.snap.parsed ?? {};
    if (contentEquals(current, snapshot)) return { id: t.id, status: 'unchanged', reason: 'already on the recorded snapshot', currentHash: cur.snap.hash };
    const currentDigest = contentDigest(current);
    if (t.settledDigest !== undefined && currentDigest === t.settledDigest) return { id: t.id, status: 'unchanged', reason: 'already on its snapshot from before the promotion', currentHash: cur.snap.hash };
    const ours = t.appliedContentDigest !== undefined && currentDigest === t.appliedContentDigest;
    if (!ours && !opts.force) {
      return {
        id: t.id,
        status: 'drifted',
        reason:
          t.appliedContentDigest === undefined
            ? 'its config is neither the snapshot nor a content this deployment is known to have written; not overwritten'
            : 'its config changed after the deployment wrote it (someone or something else edited it); not overwritten',
        currentHash: cur.snap.hash,
      };
    }
    if (stop) return { id: t.id, status: 'not-attempted', reason: 'the rollback stopped at an earlier instance', currentHash: cur.snap.hash };
    if (entry.restart === 'restart' || entry.restart === 'process-restart') {
      const waited = await waitOutRestartCooldown(t.client, ops);
      if (waited > 0) logger.info(`${t.id}: waited ${Math.round(waited / 1000)} s for the gateway's restart cooldown before restoring`);
    }
    const w = await pacedApply(t.client, { raw, baseHash: cur.snap.hash, note: opts.note }, ops);
    writes++;
    if (!w.ok) {
      if (w.failure === 'rejected' || w.failure === 'drift') {
        stop ??= `${t.id}: ${w.reason}`;
        return { id: t.id, status: w.failure === 'rejected' ? 'rejected' : 'drifted', reason: w.reason, currentHash: cur.snap.hash };
      }
      if (w.failure === 'not-applied') {
        const settled = await settleUnavailable(t.client, snapshot, w.sentAt, ops, false);
        if (settled.ok) return { id: t.id, status: 'restored', reason: 'restored (after UNAVAILABLE; verified by read-back)', currentHash: settled.snap.hash };
        stop ??= `${t.id}: ${settled.reason}`;
        return { id: t.id, status: 'failed', reason: settled.reason };
      }
      // timeout / unreachable: the write may have landed — read back instead of resending.
      const rb = await readConfig(t.client, ops);
      if (rb.ok && judgeReadBack(rb.snap, snapshot, false).ok) return { id: t.id, status: 'restored', reason: 'restored (the write timed out; verified by read-back)', currentHash: rb.snap.hash };
      return { id: t.id, status: 'unreachable', reason: w.reason };
    }
    if (w.result.requiresRestart) {
      const r = await waitForRestart(t.client, w.sentAt, ops);
      if (!r.ok) {
        stop ??= `${t.id}: ${r.reason}`;
        return { id: t.id, status: 'failed', reason: r.reason };
      }
    }
    const rb = await readConfig(t.client, ops);
    if (!rb.ok) return { id: t.id, status: 'unreachable', reason: rb.reason };
    const verdict = judgeReadBack(rb.snap, snapshot, false);
    if (!verdict.ok) {
      stop ??= `${t.id}: ${verdict.reason}`;
      return { id: t.id, status: 'failed', reason: verdict.reason, currentHash: rb.snap.hash };
    }
    opts.onProgress?.();
    return { id: t.id, status: 'restored', currentHash: rb.snap.hash };
  };

  await Promise.all(
    opts.targets.map((t) =>
      limit(async () => {
        let r: RollbackInstanceOutcome;
        try {
          r = await restoreOne(t);
        } catch (e) {
          if (ops.signal.aborted) throw e;
          r = { id: t.id, status: 'failed', reason: getErrorMessage(e) };
        }
        results.set(t.id, r);
        logger.info(`rollback ${t.id}: ${r.status}${r.reason ? ` — ${r.reason}` : ''}`);
      }),
    ),
  );

  // Every instance's current hash for the report (RF-10), including those not attempted.
  await Promise.all(
    opts.targets.map((t) =>
      limit(async () => {
        const r = results.get(t.id)!;
        if (r.currentHash || r.status === 'unreachable') return; // known; an unreachable one would only time out again
        const cur = await readConfig(t.client, ops).catch(() => undefined);
        if (cur?.ok) r.currentHash = cur.snap.hash;
      }),
    ),
  );

  const instances = opts.targets.map((t) => results.get(t.id)!);
  const bad = instances.filter((r) => r.status !== 'restored' && r.status !== 'unchanged');
  const changed = instances.filter((r) => r.status === 'restored').length;
  const manualIntervention = stop ?? (bad.length > 0 ? `${bad.length} instance(s) not restored (${bad.map((b) => `${b.id}: ${b.status}`).slice(0, 5).join('; ')})` : undefined);
  return {
    trigger: opts.trigger,
    scope: opts.scope,
    ok: bad.length === 0,
    ...(manualIntervention ? { manualIntervention: `manual intervention required: ${manualIntervention}` } : {}),
    instances,
    changed,
    writes,
  };
}
