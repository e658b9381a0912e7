/**
 * auto-rollback: the action adapter. Restores the recorded snapshots of a deployment (this run's
 * manifest-file or the state store), or deploys a recorded version (`to-version`) as a gated rollout;
 * optionally only after a post-deploy check, and optionally opens a revert PR. Fails the step when the
 * rollback needs manual intervention or stopped; "nothing to do" is a success that says so.
 */
import * as github from '@actions/github';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { runAutoRollback, type AutoRollbackDeps, type AutoRollbackOutcome, type RollbackTrigger } from '../../deploy/auto-rollback.js';
import { CancelledError } from '../../deploy/clock.js';
import { formatVersion, parseVersionLabel, StateRecorder } from '../../deploy/records.js';
import { renderReportMarkdown } from '../../deploy/report.js';
import { openRevertPr, type RevertPrApi, type RevertPrOutcome } from '../../deploy/revert-pr.js';
import type { RollbackManifest, RolloutPolicy } from '../../deploy/types.js';
import { loadInventory, resolveTokens, selectInstances } from '../../fleet/inventory.js';
import { handleError } from '../common/errors.js';
import { createInputs, invalidValueMessage, type InputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { markdownTable, setOutputs, writeSummary } from '../common/summary.js';
import { ClientInput, clientFactory, openStore, parsePolicy, parseStoreInputs, pidAlive, runContext, writeArtifacts, type StoreInputs } from '../rolling-deploy/shared.js';
import { githubRevertApi } from './github.js';

export const ACTION = 'auto-rollback';

export const Input = {
  DeploymentId: 'deployment-id',
  PromotionId: 'promotion-id',
  ManifestFile: 'manifest-file',
  ToVersion: 'to-version',
  Scope: 'scope',
  Trigger: 'trigger',
  CheckDelaySeconds: 'check-delay-seconds',
  SamplePercent: 'sample-percent',
  MaxHealthDrop: 'max-health-drop',
  DryRun: 'dry-run',
  Force: 'force',
  OpenRevertPr: 'open-revert-pr',
  GithubToken: 'github-token',
  BaseBranch: 'base-branch',
} as const;

export const Output = {
  Result: 'result',
  DeploymentId: 'deployment-id',
  Version: 'version',
  Changed: 'changed',
  ReportFile: 'report-file',
  PrUrl: 'pr-url',
} as const;

export interface AutoRollbackInputs extends StoreInputs {
  inventory: string;
  instances?: string;
  hostAllowlist: string[];
  deploymentId?: string;
  /** Promotion mode: restore every deployment of this promotion, newest first. */
  promotionId?: string;
  manifestFile?: string;
  toVersion?: number | 'previous';
  scope: 'deployment' | 'failed-waves';
  trigger: RollbackTrigger;
  checkDelaySeconds: number;
  sampleRatio: number;
  maxHealthDrop: number;
  policy: RolloutPolicy;
  dryRun: boolean;
  force: boolean;
  openRevertPr: boolean;
  githubToken?: string;
  baseBranch?: string;
  requestTimeoutMs: number;
  ticket?: string;
}

export function getInputs(read?: InputReader): AutoRollbackInputs {
  const inputs = createInputs(read);
  const policy = parsePolicy(inputs);
  const store = parseStoreInputs(inputs);
  const rawVersion = inputs.getOptional(Input.ToVersion);
  let toVersion: number | 'previous' | undefined;
  if (rawVersion !== undefined) {
    if (['previous', 'N-1', 'n-1'].includes(rawVersion)) toVersion = 'previous';
    else {
      toVersion = parseVersionLabel(rawVersion);
      if (toVersion === undefined) throw new UserError(invalidValueMessage(Input.ToVersion, rawVersion, 'Expected a version such as v47, or previous (N-1). Leave it empty to restore the deployment\'s snapshots.'));
    }
  }
  const deploymentId = inputs.getOptional(Input.DeploymentId);
  if (deploymentId !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(deploymentId)) throw new UserError(invalidValueMessage(Input.DeploymentId, deploymentId, 'Expected a deployment id as printed by rolling-deploy (its deployment-id output).'));
  const manifestFile = inputs.getOptional(Input.ManifestFile);
  if (toVersion !== undefined && (deploymentId || manifestFile)) {
    throw new UserError(`Only one of 'to-version' and 'deployment-id'/'manifest-file' can be set: a rollback either restores a deployment's snapshots or deploys a recorded version.`);
  }
  const promotionId = inputs.getOptional(Input.PromotionId);
  if (promotionId !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(promotionId)) throw new UserError(invalidValueMessage(Input.PromotionId, promotionId, "Expected a promotion id as recorded by rolling-deploy (its promotion-id output; in a workflow: the run id, ${{ github.run_id }})."));
    if (toVersion !== undefined || deploymentId || manifestFile) {
      throw new UserError(`Only one of 'promotion-id', 'deployment-id'/'manifest-file' and 'to-version' can be set: a rollback restores every deployment of a promotion, one deployment, or deploys a recorded version.`);
    }
  }
  const openPr = inputs.getBoolean(Input.OpenRevertPr, false);
  const githubToken = inputs.getOptional(Input.GithubToken);
  if (openPr && !githubToken) throw new UserError(`open-revert-pr is true but '${Input.GithubToken}' is empty. Fix: pass github-token (the default \${{ github.token }} needs permissions: contents: write, pull-requests: write).`);
  const trigger = inputs.getEnum(Input.Trigger, ['manual', 'gate', 'post-deploy-check'] as const, 'manual');
  if (trigger === 'post-deploy-check' && toVersion !== undefined) throw new UserError(`trigger: post-deploy-check samples the instances of a deployment; it cannot be combined with to-version.`);
  if (trigger === 'post-deploy-check' && promotionId !== undefined) throw new UserError(`trigger: post-deploy-check samples the instances of one deployment; it cannot be combined with promotion-id.`);
  if (store.store.kind === 'none') throw new UserError(`auto-rollback needs the deployment record: state-store cannot be 'none'.`);
  const instances = inputs.getOptional(ClientInput.Instances);
  const baseBranch = inputs.getOptional(Input.BaseBranch);
  const ticket = inputs.getOptional(ClientInput.Ticket);
  return {
    inventory: inputs.getRequired(ClientInput.Inventory),
    ...(instances ? { instances } : {}),
    hostAllowlist: inputs.getList(ClientInput.HostAllowlist),
    ...(deploymentId ? { deploymentId } : {}),
    ...(promotionId ? { promotionId } : {}),
    ...(manifestFile ? { manifestFile } : {}),
    ...(toVersion !== undefined ? { toVersion } : {}),
    scope: inputs.getEnum(Input.Scope, ['deployment', 'failed-waves'] as const, 'deployment'),
    trigger,
    checkDelaySeconds: inputs.getInt(Input.CheckDelaySeconds, { default: 0, min: 0, max: 21_600 }),
    sampleRatio: inputs.getRatio(Input.SamplePercent, { default: 0.1, min: 0.01 }),
    maxHealthDrop: inputs.getInt(Input.MaxHealthDrop, { default: 20, min: 0, max: 100 }),
    policy,
    dryRun: inputs.getBoolean(Input.DryRun, false),
    force: inputs.getBoolean(Input.Force, false),
    openRevertPr: openPr,
    ...(githubToken ? { githubToken } : {}),
    ...(baseBranch ? { baseBranch } : {}),
    requestTimeoutMs: inputs.getInt(ClientInput.RequestTimeoutSeconds, { default: 10, min: 1, max: 600 }) * 1000,
    ...(ticket ? { ticket } : {}),
    ...store,
  };
}

export interface RunOverrides {
  env?: NodeJS.ProcessEnv;
  engine?: Partial<AutoRollbackDeps>;
  secrets?: SecretRegistry;
  /** The revert-PR port (tests); default Octokit from github-token. */
  revertApi?: RevertPrApi;
}

export async function run(overrides: RunOverrides = {}): Promise<void> {
  const secrets = overrides.secrets ?? createActionSecrets();
  try {
    await runInner(secrets, overrides);
  } catch (e) {
    handleError(ACTION, e, { secrets });
  }
}

async function runInner(secrets: SecretRegistry, overrides: RunOverrides): Promise<void> {
  const env = overrides.env ?? process.env;
  const logger = createActionsLogger({ secrets });
  const inputs = getInputs();
  if (inputs.githubToken) secrets.add(inputs.githubToken);
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const ctx = runContext(env, inputs.ticket);
  const inventory = loadInventory(resolve(workspace, inputs.inventory), inputs.hostAllowlist.length ? { hostAllowlist: inputs.hostAllowlist } : {});
  const selected = selectInstances(inventory, inputs.instances);
  const tokens = resolveTokens({ file: inventory.file, instances: selected }, env);
  for (const t of tokens.values()) secrets.add(t);
  let manifest: RollbackManifest | undefined;
  if (inputs.manifestFile) {
    const p = isAbsolute(inputs.manifestFile) ? inputs.manifestFile : resolve(workspace, inputs.manifestFile);
    try {
      manifest = JSON.parse(readFileSync(p, 'utf8')) as RollbackManifest;
    } catch (e) {
      throw new UserError(`${Input.ManifestFile} '${inputs.manifestFile}' cannot be read as a rollback manifest: ${(e as Error).message}`);
    }
    if (manifest?.schema !== 1 || typeof manifest.deploymentId !== 'string' || !manifest.entries) throw new UserError(`${Input.ManifestFile} '${inputs.manifestFile}' is not a clawfleet rollback manifest (rolling-deploy's manifest-file output).`);
  }
  const store = openStore(inputs.store, workspace);
  const recorder = new StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive });
  logger.info(`state: ${store.description}; environment ${recorder.environment}`);
  const ctrl = new AbortController();
  const onInt = () => ctrl.abort(new CancelledError('the run was cancelled (SIGINT)'));
  const onTerm = () => ctrl.abort(new CancelledError('the run was cancelled (SIGTERM)'));
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  let outcome: AutoRollbackOutcome;
  try {
    outcome = await runAutoRollback(
      {
        environment: inputs.environment,
        instances: selected,
        ...(inputs.deploymentId ? { deploymentId: inputs.deploymentId } : {}),
        ...(inputs.promotionId ? { promotionId: inputs.promotionId } : {}),
        ...(manifest ? { manifest } : {}),
        scope: inputs.scope,
        ...(inputs.toVersion !== undefined ? { toVersion: inputs.toVersion } : {}),
        trigger: inputs.trigger,
        postCheck: { delaySeconds: inputs.checkDelaySeconds, sampleRatio: inputs.sampleRatio, maxScoreDrop: inputs.maxHealthDrop, errorRate: inputs.policy.rollbackErrorRate },
        policy: inputs.policy,
        context: ctx,
        dryRun: inputs.dryRun,
        force: inputs.force,
      },
      { clientFor: clientFactory(tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }), recorder, logger, signal: ctrl.signal, ...overrides.engine },
    );
  } finally {
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  }

  let pr: RevertPrOutcome | undefined;
  if (inputs.openRevertPr && outcome.result === 'rolled-back') {
    pr = await revertPr(inputs, outcome, recorder, env, overrides.revertApi, ctx.runUrl);
    logger.info('url' in pr ? `revert PR ${pr.status}: ${pr.url}` : `no revert PR: ${pr.reason}`);
  }
  await (store as { close?: () => Promise<void> }).close?.();

  const reportDoc = { schema: 1, ...outcome, deployment: outcome.deployment?.report, ...(pr ? { revertPr: pr } : {}) };
  const text = JSON.stringify(reportDoc, null, 2) + '\n';
  if (secrets.redact(text) !== text) throw new Error('refusing to write the rollback report: it would contain a secret');
  const paths = writeArtifacts(env['RUNNER_TEMP'] ?? tmpdir(), `rollback-${outcome.promotion ? `promotion-${outcome.promotion.id}` : outcome.deploymentId ?? 'none'}-${Date.now()}`, { 'rollback-report.json': text });
  setOutputs(
    {
      [Output.Result]: outcome.result,
      // Promotion mode: every deployment of the promotion, newest first.
      [Output.DeploymentId]: outcome.promotion ? outcome.promotion.deployments.map((d) => d.deploymentId).join(',') : outcome.deploymentId ?? '',
      [Output.Version]: outcome.version !== undefined ? `v${outcome.version}` : '',
      [Output.Changed]: outcome.rollback?.changed ?? (outcome.deployment ? outcome.deployment.report.counts.applied : 0),
      [Output.ReportFile]: paths['rollback-report.json'],
      [Output.PrUrl]: pr && 'url' in pr ? pr.url : '',
    },
    { secrets },
  );
  await writeSummary(renderRollbackMarkdown(outcome, pr), { secrets, note: `The full report is ${paths['rollback-report.json']}.` });
  logger.info(`${outcome.result}: ${outcome.message}`);
  if (outcome.result === 'manual-intervention' || outcome.result === 'stopped') throw new Error(`${outcome.result}: ${outcome.message}`);
}

async function revertPr(inputs: AutoRollbackInputs, outcome: AutoRollbackOutcome, recorder: StateRecorder, env: NodeJS.ProcessEnv, api: RevertPrApi | undefined, runUrl: string | undefined): Promise<RevertPrOutcome> {
  const dep = outcome.deploymentId ? await recorder.readDeployment(outcome.deploymentId) : undefined;
  const badVersion = dep?.kind === 'rollback-to-version' ? undefined : dep?.version;
  const goodVersion = outcome.version ?? dep?.fromVersion;
  if (badVersion === undefined || goodVersion === undefined || badVersion === goodVersion) return { status: 'not-needed', reason: 'no rejected version to revert in the repo' };
  const [bad, good] = await Promise.all([recorder.readVersion(badVersion), recorder.readVersion(goodVersion)]);
  if (!bad || !good) return { status: 'not-possible', reason: `versions ${formatVersion(badVersion)}/${formatVersion(goodVersion)} are not both in the registry` };
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!api && (!owner || !repo)) return { status: 'not-possible', reason: 'GITHUB_REPOSITORY is not set' };
  const port = api ?? githubRevertApi(github.getOctokit(inputs.githubToken!), { owner: owner!, repo: repo! });
  const baseBranch = inputs.baseBranch ?? (github.context.payload.repository?.['default_branch'] as string | undefined) ?? 'main';
  return openRevertPr(port, { environment: recorder.environment, bad, good, baseBranch, deploymentId: outcome.deploymentId!, ...(runUrl ? { runUrl } : {}) });
}

export function renderRollbackMarkdown(o: AutoRollbackOutcome, pr?: RevertPrOutcome): string {
  const icon = o.result === 'rolled-back' ? '↩️' : o.result === 'unchanged' || o.result === 'not-needed' ? '✅' : o.result === 'planned' ? '📝' : '⛔';
  const out = [`## ${icon} auto-rollback: ${o.result}`, '', o.message, ''];
  if (o.check) {
    out.push(`Post-deploy check: ${o.check.degraded.length}/${o.check.sampled.length} sampled instance(s) degraded.`, '');
    if (o.check.degraded.length) out.push(markdownTable(['instance', 'before', 'after', 'why'], o.check.degraded.map((d) => [d.id, String(d.before ?? '?'), String(d.after), d.reason])), '');
  }
  if (o.promotion && o.promotion.deployments.length > 0) {
    out.push(`Promotion ${o.promotion.id}: ${o.promotion.deployments.length} deployment(s), restored newest first.`, '');
    out.push(markdownTable(['deployment', 'version', 'started', 'result', 'restored', 'detail'], o.promotion.deployments.map((d) => [d.deploymentId, `v${d.version}`, d.startedAt, d.result, String(d.changed), d.message])), '');
  }
  if (o.rollback) {
    if (o.rollback.manualIntervention) out.push(`> **${o.rollback.manualIntervention}**`, '');
    out.push(markdownTable(['instance', 'result', 'current hash', 'detail'], o.rollback.instances.map((i) => [i.id, i.status, i.currentHash ?? '', i.reason ?? ''])), '');
  }
  if (o.deployment) out.push(renderReportMarkdown(o.deployment.report, { title: 'Rollback to a version' }));
  if (pr) out.push('url' in pr ? `Revert PR (${pr.status}): ${pr.url}` : `No revert PR: ${pr.reason}`, '');
  return out.join('\n') + '\n';
}
