/**
 * `clawfleet deploy --config F --inventory F [rolling-deploy inputs as flags]` — the rolling-deploy action
 * from a terminal: the same inputs (parsed by the action's getInputs), preflight, engine and report. The
 * state store defaults to a folder (`--state-dir .clawfleet-state`) instead of the git branch the action
 * uses. `clawfleet plan` is this command with `--dry-run`.
 */
import { getErrorMessage, UserError } from '../../common/errors.js';
import { SecretRegistry } from '../../common/secrets.js';
import { ExitCode, type CliCommand, type CliContext } from '../types.js';
import { exitCodesHelp } from '../cli.js';
import { asUsage, cliLogger, parseBridged, type BridgeSpec } from './inputs-bridge.js';

const VALUES = [
  'config', 'inventory', 'environment', 'instances', 'exclude', 'strategy', 'batch-size', 'wait-seconds', 'probe-interval-seconds',
  'min-success-ratio', 'min-health-score', 'rollback-error-rate', 'rollback-scope', 'canary-steps', 'confirmation-token', 'on-drift',
  'no-data-policy', 'progress-deadline-seconds', 'waves', 'restart-command', 'restart-cooldown-seconds', 'restart-timeout-seconds',
  'concurrency', 'request-timeout-seconds', 'host-allowlist', 'validation-engine', 'env-mode', 'state-store', 'state-branch',
  'state-remote', 'state-dir', 'ticket', 'expected-plan-digest', 'promotion-id',
] as const;
const BOOLEANS = ['auto-rollback', 'allow-all-at-once', 'dry-run', 'require-clean-ref', 'retry-failed', 'allow-process-restart', 'fail-on-missing-env', 'force-unlock'] as const;

export const DEPLOY_SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, lists: ['exclude', 'host-allowlist'], extraFlags: ['verbose'] };

const FLAGS_HELP = `Options (the rolling-deploy action's inputs, same names, same defaults):
  --config <file>              entry OpenClaw config (required)
  --inventory <file>           fleet inventory, JSON5 or YAML (required)
  --instances <selector>       which instances (ids, or key=value: id, tier, zone, label.<name>)
  --exclude <id>               leave an instance out (repeatable)
  --strategy rolling|canary|all-at-once, --batch-size N, --wait-seconds S, --probe-interval-seconds S,
  --min-success-ratio R, --min-health-score N, --rollback-error-rate R, --rollback-scope deployment|failed-waves,
  --canary-steps 5,20,50,100, --confirmation-token T, --on-drift halt|skip, --no-data-policy fail|ignore,
  --progress-deadline-seconds S, --waves none|zone|label:<key>, --concurrency N, --request-timeout-seconds S,
  --host-allowlist <host> (repeatable), --validation-engine fast|exact, --env-mode warn|error
  --[no-]auto-rollback, --allow-all-at-once, --retry-failed, --require-clean-ref, --fail-on-missing-env
  --allow-process-restart --restart-command CMD, --restart-cooldown-seconds S, --restart-timeout-seconds S
  --environment <name>         environment name (default "default")
  --state-store dir|git|none   where records live (CLI default: dir)
  --state-dir <dir>            folder for the dir store (CLI default: .clawfleet-state)
  --state-branch B, --state-remote R, --force-unlock
  --ticket <id>                recorded in the audit log
  --expected-plan-digest <d>   refuse (before any lock, RPC or write) unless the plan is the signed-off one:
                               sha256:<64 hex> as printed by 'clawfleet plan' (or this run's whole environment's)
  --promotion-id <id>          group this deployment with others of one promotion (recorded in the
                               deployment; 'clawfleet rollback --promotion-id' restores them all).
                               Default: GITHUB_RUN_ID when set, else none
  --dry-run                    plan only: no write
  --json                       print {plan, report} as JSON on stdout
  --verbose                    progress on stderr even when it is not a terminal
  -h, --help                   show this help

Tokens come from the environment variables the inventory names (tokenEnv), never from flags.`;

export const deployHelp = `Usage: clawfleet deploy --config <file> --inventory <file> [options]

Pushes a config to a fleet in batches behind health gates (the rolling-deploy action's engine); stops and
rolls back when a batch fails its gate.

${FLAGS_HELP}

${exitCodesHelp}
`;

/** Shared by deploy and plan. */
export async function runDeployCommand(argv: readonly string[], ctx: CliContext, forceDryRun: boolean): Promise<number> {
  const { args, read } = parseBridged(argv, DEPLOY_SPEC);
  const names = [...VALUES, ...BOOLEANS];
  const readWithDefaults = (name: string): string => {
    const v = read(name);
    if (name === 'dry-run' && forceDryRun) return 'true';
    if (v !== '') return v;
    if (name === 'state-store') return 'dir';
    if (name === 'state-dir' && read('state-store') === '') return '.clawfleet-state';
    return '';
  };
  const [{ getInputs, promotionIdFrom }, shared, engine, pre, records, report, batches, binding, inv] = await Promise.all([
    import('../../actions/rolling-deploy/run.js'),
    import('../../actions/rolling-deploy/shared.js'),
    import('../../deploy/engine.js'),
    import('../../deploy/preflight.js'),
    import('../../deploy/records.js'),
    import('../../deploy/report.js'),
    import('../../deploy/batches.js'),
    import('../../deploy/plan-binding.js'),
    import('../../fleet/inventory.js'),
  ]);
  const inputs = asUsage(names, () => getInputs(readWithDefaults));
  const secrets = new SecretRegistry();
  const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
  try {
    if (inputs.requireCleanRef) await pre.checkCleanRef({ cwd: ctx.cwd, ...(ctx.env['GITHUB_REF'] ? { ref: ctx.env['GITHUB_REF'] } : {}) });
    const runCtx = shared.runContext(ctx.env, inputs.ticket);
    const p = await pre.preflight({
      configFile: inputs.config,
      inventoryFile: inputs.inventory,
      ...(inputs.instances ? { selector: inputs.instances } : {}),
      exclude: inputs.exclude,
      engine: inputs.validationEngine,
      envMode: inputs.envMode,
      env: ctx.env,
      cwd: ctx.cwd,
      hostAllowlist: inputs.hostAllowlist,
      secrets,
      repoRoot: ctx.cwd,
      source: runCtx.source,
    });
    for (const w of p.validation.files.flatMap((f) => f.issues.filter((i) => i.severity === 'warning'))) logger.warning(`${w.path}: ${w.message}`, { file: w.file, line: w.line, column: w.column });
    if (inputs.expectedPlanDigest) {
      // Same check as the action, at the same point: before the store is opened (no lock, no RPC, no write).
      const excludedIds = new Set(p.excluded.map((e) => e.spec.id).concat(inputs.exclude));
      const b = binding.checkPlanBinding({
        expected: inputs.expectedPlanDigest,
        inputName: '--expected-plan-digest',
        config: p.config,
        selected: p.selected,
        environment: inv.selectInstances(p.inventory, undefined).filter((i) => !excludedIds.has(i.id)),
        policy: inputs.policy,
      });
      logger.info(`--expected-plan-digest: the plan matches ${b.digest} (${b.matched === 'selection' ? 'this selection' : 'the whole environment this selection is part of'})`);
    }
    const promotionId = promotionIdFrom(inputs.promotionId, ctx.env);
    const store = shared.openStore(inputs.store, ctx.cwd);
    const recorder = new records.StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
    const ctrl = new AbortController();
    const onInt = () => ctrl.abort(new Error('cancelled (SIGINT)'));
    process.once('SIGINT', onInt);
    let outcome;
    try {
      outcome = await engine.runDeployment(
        { environment: inputs.environment, config: p.config, source: p.source, instances: p.selected, excluded: p.excluded, policy: inputs.policy, dryRun: inputs.dryRun, context: runCtx, ...(promotionId ? { promotionId } : {}) },
        {
          clientFor: shared.clientFactory(p.tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }),
          recorder,
          logger,
          signal: ctrl.signal,
          ...(inputs.restartCommand ? { restartHook: shared.restartCommandHook(inputs.restartCommand, recorder.environment, inputs.policy.restartTimeoutSeconds * 1000, logger) } : {}),
        },
      );
    } finally {
      process.removeListener('SIGINT', onInt);
      await (store as { close?: () => Promise<void> }).close?.();
    }
    const { plan, report: rep } = outcome;
    if (args.flags.has('json')) {
      ctx.stdout.write(secrets.redact(JSON.stringify({ plan, report: rep, planDigest: plan.digest, confirmationToken: batches.confirmationTokenFor(plan.digest), ...(promotionId ? { promotionId } : {}) }, null, 2)) + '\n');
    } else {
      ctx.stdout.write(secrets.redact(inputs.dryRun ? report.renderPlanMarkdown(plan) : `${report.renderReportMarkdown(rep)}\n${report.reportOneLine(rep)}${promotionId ? ` (promotion ${promotionId})` : ''}\n`));
    }
    if (inputs.dryRun) return plan.blockers.length > 0 ? ExitCode.Failed : ExitCode.Ok;
    return rep.result === 'succeeded' ? ExitCode.Ok : ExitCode.Failed;
  } catch (e) {
    if (e instanceof UserError) {
      const where = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
      ctx.stderr.write(secrets.redact(`clawfleet ${forceDryRun ? 'plan' : 'deploy'}: ${where}${getErrorMessage(e)}\n`));
      return ExitCode.Failed;
    }
    throw new Error(secrets.redact(getErrorMessage(e)));
  }
}

export const command: CliCommand = {
  name: 'deploy',
  summary: 'Rolling deploy of a config to a fleet behind health gates (rolling-deploy)',
  help: deployHelp,
  run: (argv, ctx) => runDeployCommand(argv, ctx, false),
};
