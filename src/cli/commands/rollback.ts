/**
 * `clawfleet rollback --inventory F [--deployment-id ID | --to-version vN|previous] […]` — the auto-rollback
 * action from a terminal (same inputs via its getInputs, same engine). State store default: a folder
 * (`.clawfleet-state`), like `clawfleet deploy`.
 */
import { SecretRegistry } from '../../common/secrets.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = ['inventory', 'environment', 'instances', 'deployment-id', 'manifest-file', 'to-version', 'scope', 'trigger', 'check-delay-seconds', 'sample-percent', 'max-health-drop', 'rollback-error-rate', 'strategy', 'batch-size', 'wait-seconds', 'probe-interval-seconds', 'min-success-ratio', 'min-health-score', 'progress-deadline-seconds', 'restart-cooldown-seconds', 'restart-timeout-seconds', 'concurrency', 'request-timeout-seconds', 'host-allowlist', 'state-store', 'state-branch', 'state-remote', 'state-dir', 'ticket'] as const;
const BOOLEANS = ['dry-run', 'force', 'force-unlock'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, lists: ['host-allowlist'], extraFlags: ['verbose'] };

export const command: CliCommand = {
  name: 'rollback',
  summary: "Restore a deployment's snapshots or deploy a recorded version (auto-rollback)",
  help: `Usage: clawfleet rollback --inventory <file> [--deployment-id <id> | --to-version <vN|previous>] [options]

Without --to-version: restores the recorded pre-deploy snapshot of every instance the deployment (default:
the latest) changed; idempotent. With --to-version: deploys that recorded version as a new gated rollout.
Options are the auto-rollback action's inputs (--scope, --trigger, --environment, --state-dir, --dry-run,
--force, rollout options like 'clawfleet deploy'); --json prints the outcome.

${exitCodesHelp}
`,
  async run(argv, ctx) {
    const { args, read } = parseBridged(argv, SPEC);
    const withDefaults = (n: string) => {
      const v = read(n);
      if (v !== '') return v;
      if (n === 'state-store') return 'dir';
      if (n === 'state-dir' && read('state-store') === '') return '.clawfleet-state';
      return '';
    };
    const [{ getInputs }, shared, { runAutoRollback }, { StateRecorder }, inv] = await Promise.all([
      import('../../actions/auto-rollback/run.js'),
      import('../../actions/rolling-deploy/shared.js'),
      import('../../deploy/auto-rollback.js'),
      import('../../deploy/records.js'),
      import('../../fleet/inventory.js'),
    ]);
    const inputs = asUsage([...VALUES, ...BOOLEANS], () => getInputs(withDefaults));
    const secrets = new SecretRegistry();
    const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    return userErrorsFail('rollback', ctx.stderr, (s) => secrets.redact(s), async () => {
      const { resolve } = await import('node:path');
      const inventory = inv.loadInventory(resolve(ctx.cwd, inputs.inventory), inputs.hostAllowlist.length ? { hostAllowlist: inputs.hostAllowlist } : {});
      const selected = inv.selectInstances(inventory, inputs.instances);
      const tokens = inv.resolveTokens({ file: inventory.file, instances: selected }, ctx.env);
      for (const t of tokens.values()) secrets.add(t);
      const store = shared.openStore(inputs.store, ctx.cwd);
      const recorder = new StateRecorder(store, inputs.environment, { secrets, forceUnlock: inputs.forceUnlock, pidAlive: shared.pidAlive });
      const outcome = await runAutoRollback(
        {
          environment: inputs.environment,
          instances: selected,
          ...(inputs.deploymentId ? { deploymentId: inputs.deploymentId } : {}),
          scope: inputs.scope,
          ...(inputs.toVersion !== undefined ? { toVersion: inputs.toVersion } : {}),
          trigger: inputs.trigger,
          postCheck: { delaySeconds: inputs.checkDelaySeconds, sampleRatio: inputs.sampleRatio, maxScoreDrop: inputs.maxHealthDrop, errorRate: inputs.policy.rollbackErrorRate },
          policy: inputs.policy,
          context: shared.runContext(ctx.env, inputs.ticket),
          dryRun: inputs.dryRun,
          force: inputs.force,
        },
        { clientFor: shared.clientFactory(tokens, { timeoutMs: inputs.requestTimeoutMs, logger, secrets }), recorder, logger },
      ).finally(() => (store as { close?: () => Promise<void> }).close?.());
      const doc = { ...outcome, deployment: outcome.deployment?.report };
      ctx.stdout.write(secrets.redact(args.flags.has('json') ? JSON.stringify(doc, null, 2) + '\n' : `${outcome.result}: ${outcome.message}\n`));
      return outcome.result === 'manual-intervention' || outcome.result === 'stopped' ? ExitCode.Failed : ExitCode.Ok;
    });
  },
};
