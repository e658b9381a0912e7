/**
 * Sign-off in code: N approvals from allowed people, bound to the content of the plan about to run.
 *
 * Binding convention: an approval counts only when its text (the environment-approval comment, or the body of
 * an approving PR review) carries the line `clawfleet-plan: sha256:<64 hex>` with the digest of the plan that
 * is about to run — rolling-deploy's `plan-digest` output (sha256 over config digest, strategy, instances and
 * batches). An approval of another plan is stale; one without the line approves nothing in particular.
 * Self-approval (the person who started the run, or the author of the PR being promoted) never counts.
 * Pure: no GitHub access here (see src/github), so every rule is unit-tested.
 */
import { UserError } from '../common/errors.js';

/** The line reviewers put in their approval: `clawfleet-plan: sha256:<hex>`. */
export const PLAN_LINE_PREFIX = 'clawfleet-plan:';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const PLAN_LINE = /^[ \t>*_`-]*clawfleet-plan:[ \t]*`?(sha256:[0-9a-fA-F]{64})`?[ \t]*$/gim;

/** One approval read from GitHub. */
export interface Approval {
  login: string;
  source: 'environment' | 'pull-request';
  /** The comment / review body (where the plan line lives). */
  text: string;
  /** ISO time, when known. */
  at?: string;
}

/** Who may approve: logins and `org/team` slugs (membership resolved by the caller). */
export interface Approvers {
  users: string[];
  teams: string[];
}

/** What {@link evaluateSignoff} needs. */
export interface SignoffInput {
  approvals: readonly Approval[];
  required: number;
  /** Empty users and teams = anyone GitHub let approve. */
  approvers: Approvers;
  /** login → teams (`org/slug`) it belongs to, for the logins that approved. */
  teamsOf: ReadonlyMap<string, readonly string[]>;
  /** People whose approval is self-approval (the run's actor, the PR author). */
  self: readonly string[];
  /** Digest of the plan about to run. */
  planDigest: string;
  /** Digest shown to reviewers, when different jobs computed them. */
  approvedPlanDigest?: string;
}

/** Outcome: which approvals counted and why the others did not. */
export interface SignoffResult {
  ok: boolean;
  counted: string[];
  rejected: Array<{ login: string; source: Approval['source']; reason: string }>;
  message: string;
}

/** Formats the line a reviewer writes to approve `digest`. */
export function planLine(digest: string): string {
  return `${PLAN_LINE_PREFIX} ${digest}`;
}

/** Every plan digest named in a comment (lower-cased), in order. */
export function planDigestsIn(text: string): string[] {
  return [...text.matchAll(PLAN_LINE)].map((m) => m[1]!.toLowerCase());
}

/** Parses `alice, acme/release-managers` into users and teams; throws naming the bad entry. */
export function parseApprovers(list: readonly string[]): Approvers {
  const users: string[] = [];
  const teams: string[] = [];
  for (const raw of list) {
    const v = raw.trim().replace(/^@/, '');
    if (!v) continue;
    if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(v)) teams.push(v.toLowerCase());
    else if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(v)) users.push(v.toLowerCase());
    else throw new UserError(`The value '${raw}' is not valid for 'approvers'. Use GitHub logins (alice) or org/team slugs (acme/release-managers), comma separated.`);
  }
  return { users, teams };
}

/** Checks the sign-off; never throws for a refusal (the result says why), only for bad input. */
export function evaluateSignoff(input: SignoffInput): SignoffResult {
  const digest = input.planDigest.trim().toLowerCase();
  if (!DIGEST.test(digest)) throw new UserError(`The value '${input.planDigest}' is not valid for 'plan-digest'. Expected sha256:<64 hex> (rolling-deploy's plan-digest output).`);
  if (!Number.isInteger(input.required) || input.required < 0) throw new UserError(`required-approvals must be a whole number ≥ 0, got ${input.required}.`);
  if (input.approvedPlanDigest !== undefined && input.approvedPlanDigest.trim() !== '' && input.approvedPlanDigest.trim().toLowerCase() !== digest) {
    return {
      ok: false,
      counted: [],
      rejected: [],
      message: `The plan changed since reviewers saw it: shown ${input.approvedPlanDigest.trim()}, about to run ${digest}. Nothing was written. Re-run the promotion so the new plan is reviewed.`,
    };
  }
  const selves = new Set(input.self.map((s) => s.toLowerCase()));
  const anyone = input.approvers.users.length === 0 && input.approvers.teams.length === 0;
  const counted = new Set<string>();
  const rejected: SignoffResult['rejected'] = [];
  for (const a of input.approvals) {
    const login = a.login.toLowerCase();
    const reject = (reason: string): void => void rejected.push({ login: a.login, source: a.source, reason });
    if (selves.has(login)) { reject('self-approval does not count'); continue; }
    const teams = (input.teamsOf.get(login) ?? []).map((t) => t.toLowerCase());
    if (!anyone && !input.approvers.users.includes(login) && !teams.some((t) => input.approvers.teams.includes(t))) { reject('not an allowed approver'); continue; }
    const named = planDigestsIn(a.text);
    if (named.length === 0) { reject(`no "${PLAN_LINE_PREFIX} sha256:…" line: the approval is not bound to a plan`); continue; }
    if (!named.includes(digest)) { reject(`stale: approved ${named[named.length - 1]!.slice(0, 19)}…, not the plan about to run`); continue; }
    counted.add(login);
  }
  const ok = counted.size >= input.required;
  const why = rejected.map((r) => `${r.login} (${r.source}): ${r.reason}`).join('; ');
  const message = ok
    ? `Sign-off OK: ${counted.size}/${input.required} approval(s) of plan ${digest.slice(0, 19)}… by ${[...counted].join(', ') || 'nobody needed'}.`
    : `Sign-off missing: ${counted.size} of ${input.required} required approval(s) bind to plan ${digest}.${why ? ` Not counted: ${why}.` : ' Nobody approved yet.'} ` +
      `Fix: an allowed reviewer approves the deployment (or the PR) with the line "${planLine(digest)}". Nothing was written.`;
  return { ok, counted: [...counted], rejected, message };
}
