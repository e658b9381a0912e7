/**
 * Sign-off binding at run time (issue #7): a deployment given `expected-plan-digest` (the digest reviewers
 * approved) refuses to start when the plan about to run has another digest — an instance was added or
 * removed, the config or an overlay changed, the strategy or the batches differ.
 *
 * The check runs offline ({@link planDigestFor}: the digest never depends on live state), after the config
 * validated and the inventory loaded, and BEFORE the state store is opened: a refused run takes no lock,
 * sends no RPC and writes nothing.
 *
 * A promotion deploys one environment in slices (waves as matrix jobs), and reviewers approve the plan of
 * the whole environment. So a slice accepts either digest: its own plan's (a run signed off on exactly this
 * selection) or the plan of every instance of the environment that it is a slice of (same inventory, same
 * exclusions, no selector). Both bind the same config content, instances and batches.
 */
import { UserError } from '../common/errors.js';
import type { PlainObject } from '../fleet/merge.js';
import type { InstanceSpec } from '../fleet/types.js';
import { planDigestFor } from './plan.js';
import type { RolloutPolicy } from './types.js';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Normalises a digest input: `sha256:<64 hex>` or bare 64 hex, any case. Undefined when malformed. */
export function normalizePlanDigest(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const full = /^[0-9a-f]{64}$/.test(v) ? `sha256:${v}` : v;
  return DIGEST.test(full) ? full : undefined;
}

export interface PlanBindingInput {
  /** The approved digest (already normalised). */
  expected: string;
  /** Name of the input it came from, for the message. */
  inputName: string;
  config: PlainObject;
  /** The instances this run deploys (after selector and exclusions). */
  selected: readonly InstanceSpec[];
  /** Every instance of the environment (inventory minus exclusions, no selector). */
  environment: readonly InstanceSpec[];
  policy: RolloutPolicy;
}

export interface PlanBindingResult {
  /** Which plan matched: this run's selection, or the whole environment it is a slice of. */
  matched: 'selection' | 'environment';
  digest: string;
}

/** Checks the binding; throws a UserError naming the input, both digests and the fix when it does not hold. */
export function checkPlanBinding(input: PlanBindingInput): PlanBindingResult {
  const mine = planDigestFor(input.config, input.selected, input.policy);
  if (mine === input.expected) return { matched: 'selection', digest: mine };
  const sameSet = input.selected.length === input.environment.length && input.selected.every((s, i) => s.id === input.environment[i]?.id);
  const whole = sameSet ? mine : planDigestFor(input.config, input.environment, input.policy);
  if (whole === input.expected) return { matched: 'environment', digest: whole };
  const about = sameSet ? `about to run ${mine}` : `about to run ${mine} (this selection of ${input.selected.length} instance(s)) / ${whole} (the whole environment, ${input.environment.length} instance(s))`;
  throw new UserError(
    `${input.inputName}: the plan changed since it was signed off — approved ${input.expected}, ${about}. ` +
      'The config, the inventory (instances, overlays, tiers, zones) or the rollout policy (strategy, batch size, waves) differ from what reviewers approved. ' +
      'Nothing was written, no lock was taken and no gateway was contacted. Fix: re-run sign-off on the new plan (dispatch the promotion again so reviewers approve the new digest).',
  );
}
