/**
 * rolling-deploy: the action adapter. `getInputs()` parses and checks every input before anything happens;
 * `run()` does preflight (validate, inventory, tokens, clean ref), then the engine, then outputs, files and
 * the job summary. The step fails unless the result is `succeeded` or `planned`.
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { CancelledError } from '../../deploy/clock.js';
import { confirmationTokenFor } from '../../deploy/batches.js';
import { runDeployment, type DeployDeps } from '../../deploy/engine.js';
import { checkCleanRef, preflight } from '../../deploy/preflight.js';
import { checkPlanBinding, normalizePlanDigest } from '../../deploy/plan-binding.js';
import { selectInstances } from '../../fleet/inventory.js';
import { StateRecorder } from '../../deploy/records.js';
import { renderPlanMarkdown, renderReportMarkdown, reportOneLine } from '../../deploy/report.js';
import type { RolloutPolicy } from '../../deploy/types.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { handleError } from '../common/errors.js';
import { createInputs, invalidValueMessage, type InputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { setOutputs, writeSummary } from '../common/summary.js';
import { chainHooks, DeployStepTracker } from './interrupted.js';
import { UserError } from '../../common/errors.js';
import {
  ClientInput,
  clientFactory,
  openStore,
  parsePolicy,
  parseStoreInputs,
  pidAlive,
  restartCommandHook,
  runContext,
  writeArtifacts,
  type StoreInputs,
} from './shared.js';

export const ACTION = 'rolling-deploy';

export const Input = {
  Config: 'config',
  Exclude: 'exclude',
  DryRun: 'dry-run',
  RequireCleanRef: 'require-clean-ref',
  RestartCommand: 'restart-command',
  ValidationEngine: 'validation-engine',
  EnvMode: 'env-mode',
  ExpectedPlanDigest: 'expected-plan-digest',
  PromotionId: 'promotion-id',
} as const;

export const Output = {
  Result: 'result',
  Version: 'version',
  FromVersion: 'from-version',
  DeploymentId: 'deployment-id',
  PlanDigest: 'plan-digest',
  ConfirmationToken: 'confirmation-token',
  ReportFile: 'report-file',
  ManifestFile: 'manifest-file',
  PlanFile: 'plan-file',
  Changed: 'changed',
  PromotionId: 'promotion-id',
} as const;

export interface RollingDeployInputs extends StoreInputs {
  config: string;
  inventory: string;
  instances?: string;
  exclude: string[];
  hostAllowlist: string[];
  policy: RolloutPolicy;
  dryRun: boolean;
  requireCleanRef: boolean;
  restartCommand?: string;
  validationEngine: 'fast' | 'exact';
  envMode: 'warn' | 'error';
  requestTimeoutMs: number;
  ticket?: string;
  /** The signed-off plan digest this run must match (normalised `sha256:<hex>`). */
  expectedPlanDigest?: string;
  /** Explicit promotion id; when absent, {@link promotionIdFrom} derives it from the workflow run. */
  promotionId?: string;
}

const PROMOTION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * The promotion a deployment belongs to: the input, else the workflow run id — the same across re-run
 * attempts, so a re-run of a failed wave stays in its promotion (and its rollback still finds every wave).
 * Outside Actions (no GITHUB_RUN_ID) there is none.
 */
export function promotionIdFrom(input: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (input) return input;
  const runId = env['GITHUB_RUN_ID'];
  return runId && /^\d{1,20}$/.test(runId) ? runId : undefined;
}

/** Parses every input; throws a UserError naming the first bad one. No side effects. */
export function getInputs(read?: InputReader): RollingDeployInputs {
  const inputs = createInputs(read);
  const policy = parsePolicy(inputs);
  const store = parseStoreInputs(inputs);
  const dryRun = inputs.getBoolean(Input.DryRun, false);
  const restartCommand = inputs.getOptional(Input.RestartCommand);
  if (policy.allowProcessRestart && !restartCommand) {
    throw new UserError(`allow-process-restart is true but '${Input.RestartCommand}' is empty: a listener change needs a command that restarts the gateway process. Fix: set restart-command (it gets CLAWFLEET_INSTANCE_ID / CLAWFLEET_INSTANCE_URL in its env).`);
  }
  if (store.store.kind === 'none' && !dryRun) {
    throw new UserError(`state-store: none keeps no record, so nothing could be rolled back or resumed; it is only allowed with dry-run: true. Fix: use state-store: git (default) or dir.`);
  }
  const ticket = inputs.getOptional(ClientInput.Ticket);
  const instances = inputs.getOptional(ClientInput.Instances);
  const rawDigest = inputs.getOptional(Input.ExpectedPlanDigest);
  const expectedPlanDigest = rawDigest === undefined ? undefined : normalizePlanDigest(rawDigest);
  if (rawDigest !== undefined && expectedPlanDigest === undefined) {
    throw new UserError(invalidValueMessage(Input.ExpectedPlanDigest, rawDigest, "Expected sha256:<64 hex> — the plan-digest output of the dry run reviewers signed off (sign-off's plan-digest output)."));
  }
  const promotionId = inputs.getOptional(Input.PromotionId);
  if (promotionId !== undefined && !PROMOTION_ID.test(promotionId)) {
    throw new UserError(invalidValueMessage(Input.PromotionId, promotionId, 'Expected 1–128 characters: letters, digits, ".", "_", ":" or "-" (default: the workflow run id).'));
  }
  return {
    config: inputs.getRequired(Input.Config),
    inventory: inputs.getRequired(ClientInput.Inventory),
    ...(instances ? { instances } : {}),
    exclude: inputs.getList(Input.Exclude),
    hostAllowlist: inputs.getList(ClientInput.HostAllowlist),
    policy,
    dryRun,
    requireCleanRef: inputs.getBoolean(Input.RequireCleanRef, false),
    ...(restartCommand ? { restartCommand } : {}),
    validationEngine: inputs.getEnum(Input.ValidationEngine, ['fast', 'exact'] as const, 'fast'),
    envMode: inputs.getEnum(Input.EnvMode, ['warn', 'error'] as const, 'warn'),
    requestTimeoutMs: inputs.getInt(ClientInput.RequestTimeoutSeconds, { default: 10, min: 1, max: 600 }) * 1000,
    ...(ticket ? { ticket } : {}),
    ...(expectedPlanDigest ? { expectedPlanDigest } : {}),
    ...(promotionId ? { promotionId } : {}),
    ...store,
  };
}

/** Test seams: everything else comes from the runner's environment. */
export interface RunOverrides {
  env?: NodeJS.ProcessEnv;
  engine?: Partial<DeployDeps>;
  secrets?: SecretRegistry;
  /** Records progress for the post step (default: `core.saveState`). */
  tracker?: DeployStepTracker;
}

export async function run(overrides: RunOverrides = {}): Promise<void> {
  const secrets = overrides.secrets ?? createActionSecrets();
  const tracker = overrides.tracker ?? new DeployStepTracker();
  try {
    await runInner(secrets, overrides, tracker);
  } catch (e) {
    handleError(ACTION, e, { secrets });
  } finally {
    // Reached the end (whatever the result): the post step has nothing to clean up (interrupted.ts).
    tracker.finished();
  }
}

async function runInner(secrets: SecretRegistry, overrides: RunOverrides, tracker: DeployStepTracker): Promise<void> {
  const env = overrides.env ?? process.env;
  const logger = createActionsLogger({ secrets });
  const inputs = getInputs();
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  if (inputs.requireCleanRef) {
    const { tag } = await checkCleanRef({ cwd: workspace, ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}) });
    logger.info(`require-clean-ref: deploying tag ${tag} from a clean checkout`);
  }
  const ctx = runContext(env, inputs.ticket);
  const pre = await preflight({
    configFile: inputs.config,
    inventoryFile: inputs.inventory,
    ...(inputs.instances ? { selector: inputs.instances } : {}),
    exclude: inputs.exclude,
    engine: inputs.validationEngine,
    envMode: inputs.envMode,
    env,
    cwd: workspace,
    hostAllowlist: inputs.hostAllowlist,
    secrets,
    repoRoot: workspace,
    source: ctx.source,
  });
  for (const w of pre.validation.files.flatMap((f) => f.issues.filter((i) => i.severity === 'warning'))) {
    logger.warning(`${w.path}: ${w.message}`, { file: w.file, line: w.line, column: w.column });
  }
  if (inputs.expectedPlanDigest) {
    // Before the store is opened: a plan that is not the signed-off one takes no lock and writes nothing.
    const excludedIds = new Set(pre.excluded.map((e) => e.spec.id).concat(inputs.exclude));
    const binding = checkPlanBinding({
      expected: inputs.expectedPlanDigest,
      inputName: Input.ExpectedPlanDigest,
      config: pre.config,
      selected: pre.selected,
      environment: selectInstances(pre.inventory, undefined).filter((i) => !excludedIds.has(i.id)),
      policy: inputs.policy,
    });
    logger.info(`${Input.ExpectedPlanDigest}: the plan matches the signed-off ${binding.digest} (${binding.matched === 'selection' ? 'this selection' : 'the whole environment this selection is part of'})`);
  }
  const promotionId = promotionIdFrom(inputs.promotionId, env);
  const store = openStore(inputs.store, workspace);
  const recorder = new StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive });
  logger.info(`state: ${store.description}; environment ${recorder.environment}`);
  tracker.started({ environment: inputs.environment, store: inputs.store, context: ctx });

  const ctrl = new AbortController();
  const onSignal = (sig: string) => () => {
    logger.warning(`received ${sig}: finishing in-flight writes, starting nothing new`);
    ctrl.abort(new CancelledError(`the run was cancelled (${sig})`));
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  let outcome;
  try {
    outcome = await runDeployment(
      {
        environment: inputs.environment,
        config: pre.config,
        source: pre.source,
        instances: pre.selected,
        excluded: pre.excluded,
        policy: inputs.policy,
        dryRun: inputs.dryRun,
        context: ctx,
        ...(promotionId ? { promotionId } : {}),
      },
      {
        clientFor: clientFactory(pre.tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }),
        recorder,
        logger,
        signal: ctrl.signal,
        ...(inputs.restartCommand ? { restartHook: restartCommandHook(inputs.restartCommand, recorder.environment, inputs.policy.restartTimeoutSeconds * 1000, logger) } : {}),
        ...overrides.engine,
        hooks: chainHooks(tracker.hooks(), overrides.engine?.hooks),
      },
    );
  } finally {
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
    await (store as { close?: () => Promise<void> }).close?.();
  }
  const { plan, report, manifest } = outcome;
  const base = env['RUNNER_TEMP'] ?? tmpdir();
  const planMd = renderPlanMarkdown(plan);
  const files: Record<string, string> = { 'plan.json': JSON.stringify(plan, null, 2) + '\n', 'plan.md': planMd, 'report.json': JSON.stringify(report, null, 2) + '\n' };
  if (manifest) files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  for (const [name, text] of Object.entries(files)) {
    if (secrets.redact(text) !== text) throw new Error(`refusing to write ${name}: it would contain a secret`);
  }
  const paths = writeArtifacts(base, report.deploymentId || `plan-${confirmationTokenFor(plan.digest)}`, files);
  setOutputs(
    {
      [Output.Result]: report.result,
      [Output.Version]: `v${report.version}`,
      [Output.FromVersion]: report.fromVersion !== undefined ? `v${report.fromVersion}` : '',
      [Output.DeploymentId]: report.deploymentId,
      [Output.PlanDigest]: plan.digest,
      [Output.ConfirmationToken]: confirmationTokenFor(plan.digest),
      [Output.ReportFile]: paths['report.json'],
      [Output.ManifestFile]: paths['manifest.json'] ?? '',
      [Output.PlanFile]: paths['plan.json'],
      [Output.Changed]: report.counts.applied + report.counts['rolled-back'],
      [Output.PromotionId]: promotionId ?? '',
    },
    { secrets },
  );
  const summary = inputs.dryRun ? planMd : `${renderReportMarkdown(report)}\n<details><summary>Plan</summary>\n\n${planMd}\n</details>\n`;
  await writeSummary(summary, { secrets, note: `The full report is ${paths['report.json']}.` });
  logger.info(reportOneLine(report));
  if (report.result !== 'succeeded' && report.result !== 'planned') {
    throw new Error(`${report.result} — ${report.stopReasons.join(' | ') || 'see the report'}`);
  }
  if (report.result === 'planned' && plan.blockers.length > 0) {
    logger.warning(`dry run: this plan would be refused: ${plan.blockers.join(' | ')}`);
  }
}
