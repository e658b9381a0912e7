/**
 * The sign-off action: one small adapter with four modes (check, deployment-start, deployment-finish,
 * pr-comment) over src/signoff and src/github. Its own action rather than a preflight step of rolling-deploy
 * because it needs a GitHub token and GitHub permissions (actions: read, deployments: write) that the deploy
 * step must not need, and because the same check gates rollbacks and waves.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../common/errors.js';
import { GitHubPort, type GitHubRequest } from '../../github/port.js';
import { renderCheckComment } from '../../github/comment.js';
import { checkSignoff } from '../../signoff/check.js';
import { parseApprovers } from '../../signoff/signoff.js';
import { handleError } from '../common/errors.js';
import { createInputs, type InputReader, actionsInputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';

/** Input names, once. */
export const Input = {
  Mode: 'mode',
  Token: 'github-token',
  PlanDigest: 'plan-digest',
  ApprovedPlanDigest: 'approved-plan-digest',
  Required: 'required-approvals',
  Approvers: 'approvers',
  Sources: 'sources',
  Ref: 'ref',
  Environment: 'environment',
  Description: 'description',
  EnvironmentUrl: 'environment-url',
  DeploymentId: 'deployment-id',
  JobStatus: 'job-status',
  ReportsDir: 'reports-dir',
  ValidationResult: 'validation-result',
} as const;

const MODES = ['check', 'deployment-start', 'deployment-finish', 'pr-comment'] as const;

/** Typed inputs, all validated before any call to GitHub. */
export type SignoffInputs =
  | { mode: 'check'; token: string; planDigest: string; approvedPlanDigest?: string; required: number; approvers: ReturnType<typeof parseApprovers>; sources: 'environment' | 'pull-request' | 'both'; ref?: string }
  | { mode: 'deployment-start'; token: string; environment: string; ref: string; description?: string; environmentUrl?: string; planDigest?: string }
  | { mode: 'deployment-finish'; token: string; deploymentId: number; jobStatus: 'success' | 'failure' | 'cancelled'; environmentUrl?: string }
  | { mode: 'pr-comment'; token: string; reportsDir: string; validationResult: string };

/** Reads and checks the inputs of the chosen mode. */
export function getInputs(read: InputReader = actionsInputReader): SignoffInputs {
  const i = createInputs(read);
  const mode = i.getEnum(Input.Mode, MODES, 'check');
  const token = i.getRequired(Input.Token);
  const url = i.getOptional(Input.EnvironmentUrl);
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new UserError(`The value '${url}' is not valid for 'environment-url'. Expected an http(s) URL.`);
  switch (mode) {
    case 'check':
      return {
        mode,
        token,
        planDigest: i.getRequired(Input.PlanDigest),
        ...(i.getOptional(Input.ApprovedPlanDigest) !== undefined ? { approvedPlanDigest: i.getOptional(Input.ApprovedPlanDigest)! } : {}),
        required: i.getInt(Input.Required, { default: 1, min: 0, max: 20 }),
        approvers: parseApprovers(i.getList(Input.Approvers)),
        sources: i.getEnum(Input.Sources, ['environment', 'pull-request', 'both'] as const, 'both'),
        ...(i.getOptional(Input.Ref) !== undefined ? { ref: i.getOptional(Input.Ref)! } : {}),
      };
    case 'deployment-start':
      return {
        mode,
        token,
        environment: i.getRequired(Input.Environment),
        ref: i.getRequired(Input.Ref),
        ...(i.getOptional(Input.Description) !== undefined ? { description: i.getOptional(Input.Description)! } : {}),
        ...(url !== undefined ? { environmentUrl: url } : {}),
        ...(i.getOptional(Input.PlanDigest) !== undefined ? { planDigest: i.getOptional(Input.PlanDigest)! } : {}),
      };
    case 'deployment-finish':
      return {
        mode,
        token,
        deploymentId: i.getInt(Input.DeploymentId, { default: 0, min: 1, max: Number.MAX_SAFE_INTEGER }),
        jobStatus: i.getEnum(Input.JobStatus, ['success', 'failure', 'cancelled'] as const, 'failure'),
        ...(url !== undefined ? { environmentUrl: url } : {}),
      };
    case 'pr-comment':
      return { mode, token, reportsDir: i.getRequired(Input.ReportsDir), validationResult: i.getOptional(Input.ValidationResult) ?? 'unknown' };
  }
}

/** The run's URL (the deployment's log_url). */
function runUrl(): string {
  const c = github.context;
  return `${c.serverUrl}/${c.repo.owner}/${c.repo.repo}/actions/runs/${c.runId}`;
}

/** Entry point. `request` is injectable for tests (defaults to Octokit's). */
export async function run(opts: { read?: InputReader; request?: GitHubRequest } = {}): Promise<void> {
  const log = createActionsLogger();
  try {
    const inputs = getInputs(opts.read);
    core.setSecret(inputs.token);
    const request: GitHubRequest = opts.request ?? (github.getOctokit(inputs.token).request as unknown as GitHubRequest);
    const ctx = github.context;
    const port = new GitHubPort(request, { owner: ctx.repo.owner, repo: ctx.repo.repo });
    switch (inputs.mode) {
      case 'check': {
        const result = await checkSignoff(
          port,
          {
            runId: ctx.runId,
            actor: ctx.actor,
            sha: inputs.ref ?? ctx.sha,
            sources: inputs.sources,
            required: inputs.required,
            approvers: inputs.approvers,
            planDigest: inputs.planDigest,
            ...(inputs.approvedPlanDigest !== undefined ? { approvedPlanDigest: inputs.approvedPlanDigest } : {}),
          },
          log,
        );
        for (const r of result.rejected) log.info(`Not counted: ${r.login} (${r.source}) — ${r.reason}.`);
        core.setOutput('approved-by', result.counted.join(','));
        await core.summary.addHeading('Sign-off', 3).addRaw(result.message, true).write();
        if (!result.ok) throw new UserError(result.message);
        log.info(result.message);
        return;
      }
      case 'deployment-start': {
        const id = await port.createDeployment({
          ref: inputs.ref,
          environment: inputs.environment,
          ...(inputs.description !== undefined ? { description: inputs.description } : {}),
          payload: { tool: 'clawfleet', ...(inputs.planDigest ? { planDigest: inputs.planDigest } : {}) },
        });
        await port.setDeploymentStatus(id, { state: 'in_progress', logUrl: runUrl(), ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}) });
        core.setOutput('deployment-id', String(id));
        log.info(`GitHub deployment ${id} to ${inputs.environment} started.`);
        return;
      }
      case 'deployment-finish': {
        const state = inputs.jobStatus === 'success' ? 'success' : inputs.jobStatus === 'cancelled' ? 'error' : 'failure';
        await port.setDeploymentStatus(inputs.deploymentId, { state, logUrl: runUrl(), ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}), description: `clawfleet: ${inputs.jobStatus}` });
        log.info(`GitHub deployment ${inputs.deploymentId}: ${state}.`);
        return;
      }
      case 'pr-comment': {
        const pr = ctx.payload.pull_request?.number;
        if (typeof pr !== 'number') throw new UserError('mode pr-comment needs a pull_request event (no pull request in this run).');
        const files = existsSync(inputs.reportsDir) ? readdirSync(inputs.reportsDir).filter((f) => f.endsWith('.json')) : [];
        const read = (f: string): unknown => JSON.parse(readFileSync(join(inputs.reportsDir, f), 'utf8'));
        const validation = files.includes('validation.json') ? read('validation.json') : undefined;
        const plans = files.filter((f) => /^plan-.+\.json$/.test(f)).sort().map((f) => ({ environment: f.slice(5, -5), plan: read(f) }));
        const body = renderCheckComment({ validationResult: inputs.validationResult, validation, plans, runUrl: runUrl(), sha: String(ctx.payload.pull_request?.['head']?.sha ?? ctx.sha) });
        const url = await port.upsertComment(pr, body);
        core.setOutput('comment-url', url);
        return;
      }
    }
  } catch (e) {
    handleError('sign-off', e);
  }
}
