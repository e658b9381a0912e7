/**
 * Order and batch arithmetic (pure).
 *
 * Order: waves (by zone or by a label, in order of first appearance in the inventory; instances without
 * the key last, as wave `(none)`), and inside each wave primaries before standbys ("push primary first,
 * verify, then standby"), inventory order otherwise. A batch never spans two waves or two tiers, so a
 * standby is only written after the batch holding its primary passed its gate.
 *
 * - `rolling`: each (wave, tier) group in chunks of `batchSize`.
 * - `canary`: the ladder (`5,20,35,…,100` percent, cumulative over all selected instances) gives the step
 *   boundaries; a step that crosses a wave/tier boundary is split there. Every step holds ≥ 1 instance.
 * - `all-at-once`: one batch, by definition (the strategy rules in {@link strategyBlockers} limit it).
 */
import type { InstanceSpec } from '../fleet/types.js';
import { ALL_AT_ONCE_MAX, CONFIRMATION_THRESHOLD, type PlanBatch, type RolloutPolicy, type WaveMode } from './types.js';

export const NO_WAVE = '(none)';

export function waveOf(inst: Pick<InstanceSpec, 'zone' | 'labels'>, mode: WaveMode): string {
  if (mode.kind === 'none') return 'all';
  const v = mode.kind === 'zone' ? inst.zone : inst.labels[mode.key];
  return v && v.trim() ? v : NO_WAVE;
}

/** Instances in rollout order, with their wave, and the wave order. */
export function orderInstances<T extends Pick<InstanceSpec, 'id' | 'tier' | 'zone' | 'labels'>>(instances: readonly T[], mode: WaveMode): { ordered: Array<T & { wave: string }>; waves: string[] } {
  const waves: string[] = [];
  for (const i of instances) {
    const w = waveOf(i, mode);
    if (w !== NO_WAVE && !waves.includes(w)) waves.push(w);
  }
  if (instances.some((i) => waveOf(i, mode) === NO_WAVE)) waves.push(NO_WAVE);
  const ordered: Array<T & { wave: string }> = [];
  for (const w of waves) {
    for (const tier of ['primary', 'standby'] as const) {
      for (const i of instances) if (waveOf(i, mode) === w && i.tier === tier) ordered.push({ ...i, wave: w });
    }
  }
  return { ordered, waves };
}

/** Builds the batches over already ordered instances (see module doc). */
export function buildBatches(ordered: ReadonlyArray<{ id: string; tier: 'primary' | 'standby'; wave: string }>, policy: Pick<RolloutPolicy, 'strategy' | 'batchSize' | 'canarySteps'>): PlanBatch[] {
  const n = ordered.length;
  if (n === 0) return [];
  const batches: PlanBatch[] = [];
  const push = (from: number, to: number, percent?: number) => {
    const first = ordered[from]!;
    batches.push({ index: batches.length + 1, wave: first.wave, tier: first.tier, ...(percent !== undefined ? { percent } : {}), instances: ordered.slice(from, to).map((i) => i.id) });
  };
  // Group boundaries: indices where wave or tier changes.
  const groupEnds: number[] = [];
  for (let i = 1; i < n; i++) {
    if (ordered[i]!.wave !== ordered[i - 1]!.wave || ordered[i]!.tier !== ordered[i - 1]!.tier) groupEnds.push(i);
  }
  groupEnds.push(n);

  if (policy.strategy === 'all-at-once') {
    batches.push({ index: 1, wave: ordered[0]!.wave, tier: ordered[0]!.tier, instances: ordered.map((i) => i.id) });
    return batches;
  }
  if (policy.strategy === 'rolling') {
    let start = 0;
    for (const end of groupEnds) {
      for (let s = start; s < end; s += policy.batchSize) push(s, Math.min(end, s + policy.batchSize));
      start = end;
    }
    return batches;
  }
  // canary
  const stepEnds: Array<{ end: number; percent: number }> = [];
  for (const p of policy.canarySteps) {
    const end = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
    if (stepEnds.length === 0 || end > stepEnds.at(-1)!.end) stepEnds.push({ end, percent: p });
  }
  if (stepEnds.at(-1)!.end < n) stepEnds.push({ end: n, percent: 100 });
  let start = 0;
  for (const { end, percent } of stepEnds) {
    let s = start;
    for (const g of groupEnds) {
      if (g <= s) continue;
      if (g >= end) break;
      push(s, g, percent);
      s = g;
    }
    push(s, end, percent);
    start = end;
  }
  return batches;
}

/**
 * The seeds' strategy rules, as blockers (messages that name the fix). `count` is the number of instances
 * the deployment would touch (selected, not excluded). `planDigest` is what a confirmation token must match.
 */
export function strategyBlockers(policy: Pick<RolloutPolicy, 'strategy' | 'allowAllAtOnce' | 'confirmationToken'>, count: number, planDigest: string): { blockers: string[]; notes: string[] } {
  const blockers: string[] = [];
  const notes: string[] = [];
  if (policy.strategy !== 'all-at-once') return { blockers, notes };
  if (count > ALL_AT_ONCE_MAX && !policy.allowAllAtOnce) {
    blockers.push(
      `all-at-once to ${count} instances refused: rolling is required above ${ALL_AT_ONCE_MAX} instances. Fix: use strategy: rolling (or canary), or set allow-all-at-once: true to ask for it explicitly.`,
    );
  }
  if (count > CONFIRMATION_THRESHOLD) {
    const token = policy.confirmationToken?.trim().toLowerCase();
    const short = confirmationTokenFor(planDigest);
    if (!token) {
      blockers.push(`all-at-once to ${count} instances (more than ${CONFIRMATION_THRESHOLD}) needs confirmation-token: ${short} (the digest of this plan; review the dry-run plan first).`);
    } else if (!tokenMatches(token, planDigest)) {
      blockers.push(
        `confirmation-token '${token.slice(0, 64)}' does not match this plan (${short}): the plan changed since it was confirmed (config, instances or batches). Review the new dry-run plan and confirm it again.`,
      );
    } else {
      notes.push(`all-at-once to ${count} instances confirmed by token ${short}.`);
    }
  }
  return { blockers, notes };
}

/** The short form of a plan digest an operator types: the first 12 hex characters. */
export function confirmationTokenFor(planDigest: string): string {
  return planDigest.replace(/^sha256:/, '').slice(0, 12);
}

/** A token matches when it is the full digest (with or without `sha256:`) or a prefix of at least 12 hex chars. */
export function tokenMatches(token: string, planDigest: string): boolean {
  const t = token.trim().toLowerCase().replace(/^sha256:/, '');
  const d = planDigest.toLowerCase().replace(/^sha256:/, '');
  return /^[0-9a-f]{12,64}$/.test(t) && d.startsWith(t);
}

/** Validates a canary ladder: strictly increasing percentages in (0, 100]; 100 is appended when missing. */
export function normalizeCanarySteps(steps: readonly number[]): number[] {
  if (steps.length === 0) throw new Error('canary-steps is empty');
  const out = [...steps];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (!(p > 0 && p <= 100)) throw new Error(`canary step ${p} is outside (0, 100]`);
    if (i > 0 && p <= out[i - 1]!) throw new Error(`canary steps must increase: ${out[i - 1]} then ${p}`);
  }
  if (out.at(-1) !== 100) out.push(100);
  return out;
}
