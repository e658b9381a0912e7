/**
 * The sign-off action: one small adapter with four modes (check, deployment-start, deployment-finish,
 * pr-comment) over src/signoff and src/github. Its own action rather than a preflight step of rolling-deploy
 * because it needs a GitHub token and GitHub permissions (actions: read, deployments: write) that the deploy
 * step must not need, and because the same check gates rollbacks and waves.
 */
import * as github from '@actions/github';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { normalizePlanDigest } from '../../deploy/plan-binding.js';
import { GitHubPort, type GitHubRequest } from '../../github/port.js';
import { escapeMarkdown, renderCheckComment } from '../../github/comment.js';
import { checkSignoff } from '../../signoff/check.js';
import { parseApprovers } from '../../signoff/signoff.js';
import { handleError } from '../common/errors.js';
import { createInputs, invalidValueMessage, type InputReader, actionsInputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { setOutputs, writeSummary, type SummarySink } from '../common/summary.js';

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

/** Output names, once. */
export const Output = {
  ApprovedBy: 'approved-by',
  PlanDigest: 'plan-digest',
  DeploymentId: 'deployment-id',
  CommentUrl: 'comment-url',
} as const;

const MODES = ['check', 'deployment-start', 'deployment-finish', 'pr-comment'] as const;

/** A digest input: `sha256:<64 hex>` (bare hex accepted), normalised; throws naming the input. */
function digestInput(name: string, value: string): string {
  const d = normalizePlanDigest(value);
  if (!d) throw new UserError(invalidValueMessage(name, value, "Expected sha256:<64 hex> (rolling-deploy's plan-digest output)."));
  return d;
}

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
    case 'check': {
      const approved = i.getOptional(Input.ApprovedPlanDigest);
      return {
        mode,
        token,
        planDigest: digestInput(Input.PlanDigest, i.getRequired(Input.PlanDigest)),
        ...(approved !== undefined ? { approvedPlanDigest: digestInput(Input.ApprovedPlanDigest, approved) } : {}),
        required: i.getInt(Input.Required, { default: 1, min: 0, max: 20 }),
        approvers: parseApprovers(i.getList(Input.Approvers)),
        sources: i.getEnum(Input.Sources, ['environment', 'pull-request', 'both'] as const, 'both'),
        ...(i.getOptional(Input.Ref) !== undefined ? { ref: i.getOptional(Input.Ref)! } : {}),
      };
    }
    case 'deployment-start':
      return {
        mode,
        token,
        environment: i.getRequired(Input.Environment),
        ref: i.getRequired(Input.Ref),
        ...(i.getOptional(Input.Description) !== undefined ? { description: i.getOptional(Input.Description)! } : {}),
        ...(url !== undefined ? { environmentUrl: url } : {}),
        ...(i.getOptional(Input.PlanDigest) !== undefined ? { planDigest: digestInput(Input.PlanDigest, i.getOptional(Input.PlanDigest)!) } : {}),
      };
    case 'deployment-finish': {
      const deploymentId = i.getOptionalInt(Input.DeploymentId, { min: 1, max: Number.MAX_SAFE_INTEGER });
      if (deploymentId === undefined) throw new UserError(`The input '${Input.DeploymentId}' is required in mode deployment-finish. Fix: pass the deployment-id output of the deployment-start step.`);
      return {
        mode,
        token,
        deploymentId,
        jobStatus: i.getEnum(Input.JobStatus, ['success', 'failure', 'cancelled'] as const, 'failure'),
        ...(url !== undefined ? { environmentUrl: url } : {}),
      };
    }
    case 'pr-comment':
      return { mode, token, reportsDir: i.getRequired(Input.ReportsDir), validationResult: i.getOptional(Input.ValidationResult) ?? 'unknown' };
  }
}

/** What the action reads of the workflow run (github.context by default; tests pass their own). */
export interface SignoffContext {
  serverUrl: string;
  repo: { owner: string; repo: string };
  runId: number;
  actor: string;
  sha: string;
  payload: { pull_request?: { number?: number; head?: { sha?: string } } };
}

function defaultContext(): SignoffContext {
  const c = github.context;
  return { serverUrl: c.serverUrl, repo: c.repo, runId: c.runId, actor: c.actor, sha: c.sha, payload: c.payload as SignoffContext['payload'] };
}

/** The run's URL (the deployment's log_url). */
function runUrl(c: SignoffContext): string {
  return `${c.serverUrl}/${c.repo.owner}/${c.repo.repo}/actions/runs/${c.runId}`;
}

/** Refuses to send a registered secret (in any derived form) to GitHub, where it would be stored and shown. */
function refuseSecret(secrets: SecretRegistry, what: string, text: string): void {
  if (secrets.redact(text) !== text) throw new UserError(`refusing to send ${what} to GitHub: it contains a secret (the GitHub token or a value derived from it). Nothing was sent.`);
}

/** Test seams; everything else comes from the runner. */
export interface SignoffRunOptions {
  read?: InputReader;
  /** Octokit's `request` (default: getOctokit(github-token).request). */
  request?: GitHubRequest;
  context?: SignoffContext;
  secrets?: SecretRegistry;
  /** Where outputs go (default core.setOutput). */
  setOutput?: (name: string, value: string) => void;
  summary?: SummarySink;
}

/** Entry point. */
export async function run(opts: SignoffRunOptions = {}): Promise<void> {
  const secrets = opts.secrets ?? createActionSecrets();
  const log = createActionsLogger({ secrets });
  const out = (values: Record<string, string>) => setOutputs(values, { secrets, ...(opts.setOutput ? { set: opts.setOutput } : {}) });
  const summary = (markdown: string) => writeSummary(markdown, { secrets, ...(opts.summary ? { sink: opts.summary } : {}) });
  try {
    // Registered before the inputs are parsed: an error message quoting a bad input must not show it.
    const rawToken = (opts.read ?? actionsInputReader)(Input.Token).trim();
    if (rawToken) secrets.add(rawToken);
    const inputs = getInputs(opts.read);
    const request: GitHubRequest = opts.request ?? (github.getOctokit(inputs.token).request as unknown as GitHubRequest);
    const ctx = opts.context ?? defaultContext();
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
        // The digest output is set only when the sign-off holds: it is what later jobs bind the deploy to.
        out({ [Output.ApprovedBy]: result.counted.join(','), [Output.PlanDigest]: result.ok ? inputs.planDigest : '' });
        // Redacted BEFORE escaping: escaping respells a value (`a_b` → `a\_b`), and the summary's own redaction would no longer see it.
        const md = (text: string, max?: number) => escapeMarkdown(secrets.redact(text), max);
        const rows = result.rejected.map((r) => `- ${md(r.login)} (${r.source}): ${md(r.reason)}`);
        await summary([`### Sign-off ${result.ok ? '✅' : '⛔'}`, '', md(result.message, 4000), '', ...(rows.length ? ['Not counted:', '', ...rows, ''] : [])].join('\n'));
        if (!result.ok) throw new UserError(result.message);
        log.info(result.message);
        return;
      }
      case 'deployment-start': {
        refuseSecret(secrets, 'the deployment description', inputs.description ?? '');
        refuseSecret(secrets, 'the environment URL', inputs.environmentUrl ?? '');
        refuseSecret(secrets, 'the environment name', inputs.environment);
        refuseSecret(secrets, 'the ref', inputs.ref);
        const id = await port.createDeployment({
          ref: inputs.ref,
          environment: inputs.environment,
          ...(inputs.description !== undefined ? { description: inputs.description } : {}),
          payload: { tool: 'clawfleet', ...(inputs.planDigest ? { planDigest: inputs.planDigest } : {}) },
        });
        await port.setDeploymentStatus(id, { state: 'in_progress', logUrl: runUrl(ctx), ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}) });
        out({ [Output.DeploymentId]: String(id) });
        log.info(`GitHub deployment ${id} to ${inputs.environment} started.`);
        return;
      }
      case 'deployment-finish': {
        const state = inputs.jobStatus === 'success' ? 'success' : inputs.jobStatus === 'cancelled' ? 'error' : 'failure';
        refuseSecret(secrets, 'the environment URL', inputs.environmentUrl ?? '');
        await port.setDeploymentStatus(inputs.deploymentId, { state, logUrl: runUrl(ctx), ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}), description: `clawfleet: ${inputs.jobStatus}` });
        log.info(`GitHub deployment ${inputs.deploymentId}: ${state}.`);
        return;
      }
      case 'pr-comment': {
        const pr = ctx.payload.pull_request?.number;
        if (typeof pr !== 'number') throw new UserError('mode pr-comment needs a pull_request event (no pull request in this run).');
        const files = existsSync(inputs.reportsDir) ? readdirSync(inputs.reportsDir).filter((f) => f.endsWith('.json')) : [];
        // The reports come from other steps: a secret that slipped into one is never posted (a PR comment is
        // public to every reader of the repo). Checked on the raw text too, because Markdown escaping changes
        // how a value is spelled (`ghs_x` → `ghs\_x`) and the rendered body would no longer show it.
        const read = (f: string): unknown => {
          const text = readFileSync(join(inputs.reportsDir, f), 'utf8');
          refuseSecret(secrets, `the pull-request comment (from ${f})`, text);
          return JSON.parse(text);
        };
        const validation = files.includes('validation.json') ? read('validation.json') : undefined;
        const plans = files.filter((f) => /^plan-.+\.json$/.test(f)).sort().map((f) => ({ environment: f.slice(5, -5), plan: read(f) }));
        const body = renderCheckComment({ validationResult: inputs.validationResult, validation, plans, runUrl: runUrl(ctx), sha: String(ctx.payload.pull_request?.head?.sha ?? ctx.sha) });
        refuseSecret(secrets, 'the pull-request comment', body);
        const url = await port.upsertComment(pr, body);
        out({ [Output.CommentUrl]: url });
        return;
      }
    }
  } catch (e) {
    handleError('sign-off', e, { secrets });
  }
}
