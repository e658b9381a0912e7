/**
 * Reads the approvals from GitHub (environment approvals of this run and/or approving reviews of the PR
 * that merged the commit), resolves team membership of the approvers, and evaluates the sign-off.
 */
import type { Logger } from '../common/logger.js';
import type { GitHubPort } from '../github/port.js';
import { evaluateSignoff, type Approval, type Approvers, type SignoffResult } from './signoff.js';

/** Context of one check. */
export interface CheckSignoffInput {
  runId: number;
  /** The run's actor (who dispatched it): never counts as an approver. */
  actor: string;
  sha: string;
  environment?: string;
  sources: 'environment' | 'pull-request' | 'both';
  required: number;
  approvers: Approvers;
  planDigest: string;
  approvedPlanDigest?: string;
}

/** Gathers approvals and evaluates them; GitHub errors propagate (the step fails before any write). */
export async function checkSignoff(port: GitHubPort, input: CheckSignoffInput, log: Logger): Promise<SignoffResult> {
  const approvals: Approval[] = [];
  const self = [input.actor];
  if (input.sources !== 'pull-request') approvals.push(...(await port.runApprovals(input.runId, input.environment)));
  if (input.sources !== 'environment') {
    const pr = await port.mergedPullFor(input.sha);
    if (pr) {
      self.push(pr.author);
      approvals.push(...(await port.pullApprovals(pr.number)));
      log.info(`Merged PR #${pr.number} by ${pr.author}: its approving reviews count.`);
    } else log.info(`No merged pull request brought ${input.sha.slice(0, 12)} in: only environment approvals count.`);
  }
  const teamsOf = new Map<string, string[]>();
  if (input.approvers.teams.length > 0) {
    for (const login of new Set(approvals.map((a) => a.login.toLowerCase()))) {
      if (input.approvers.users.includes(login)) continue;
      const teams: string[] = [];
      for (const team of input.approvers.teams) if (await port.isTeamMember(team, login)) teams.push(team);
      teamsOf.set(login, teams);
    }
  }
  return evaluateSignoff({
    approvals,
    required: input.required,
    approvers: input.approvers,
    teamsOf,
    self,
    planDigest: input.planDigest,
    ...(input.approvedPlanDigest !== undefined ? { approvedPlanDigest: input.approvedPlanDigest } : {}),
  });
}
