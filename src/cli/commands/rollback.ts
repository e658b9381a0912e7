/**
 * `clawfleet rollback --inventory F [--deployment-id ID | --promotion-id ID | --manifest-file F |
 * --to-version vN|previous] […]` — the auto-rollback action from a terminal (same inputs via its
 * getInputs, so the same checks and messages; same engine). State store default: a folder
 * (`.clawfleet-state`), like `clawfleet deploy`.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import { SecretRegistry } from '../../common/secrets.js';
import type { AutoRollbackOutcome } from '../../deploy/auto-rollback.js';
import type { RollbackManifest } from '../../deploy/types.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = ['inventory', 'environment', 'instances', 'deployment-id', 'promotion-id', 'manifest-file', 'to-version', 'scope', 'trigger', 'check-delay-seconds', 'sample-percent', 'max-health-drop', 'rollback-error-rate', 'strategy', 'batch-size', 'wait-seconds', 'probe-interval-seconds', 'min-success-ratio', 'min-health-score', 'progress-deadline-seconds', 'restart-cooldown-seconds', 'restart-timeout-seconds', 'concurrency', 'request-timeout-seconds', 'host-allowlist', 'state-store', 'state-branch', 'state-remote', 'state-dir', 'ticket'] as const;
const BOOLEANS = ['dry-run', 'force', 'force-unlock'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, lists: ['host-allowlist'], extraFlags: ['verbose'] };

export const rollbackHelp = `Usage: clawfleet rollback --inventory <file> [--deployment-id <id> | --promotion-id <id> | --manifest-file <file>
                          | --to-version <vN|previous>] [options]

Restores recorded snapshots, or deploys a recorded version, behind the same gates as a deployment:
  (default)                    every instance the latest deployment changed goes back to its pre-deploy snapshot
  --deployment-id <id>         that deployment instead of the latest
  --manifest-file <file>       the snapshots in this manifest (rolling-deploy's manifest-file output)
  --promotion-id <id>          every deployment of that promotion (all its waves and slices), newest first, so
                               each instance ends on its snapshot from before the promotion; stops at the first
                               deployment needing manual intervention and lists the older ones as not attempted
  --to-version <vN|previous>   deploy that recorded version (previous = N-1) as a new gated rolling deployment;
                               fails with an explanation when there is no earlier recorded version
Only one of these selectors can be given. Restoring is idempotent: run twice, the second sends no write.

Options (the auto-rollback action's inputs, same names, same defaults): --scope deployment|failed-waves,
--trigger manual|gate|post-deploy-check, --check-delay-seconds S, --sample-percent N, --max-health-drop N,
--instances <selector>, --environment <name>, --state-store dir|git (CLI default: dir), --state-dir <dir>
(CLI default: .clawfleet-state), --state-branch B, --state-remote R, --force-unlock, --force, --dry-run,
--ticket <id>, and the rollout options of 'clawfleet deploy' (--strategy, --batch-size, --wait-seconds, …).
  --json                       print the outcome as JSON on stdout
  --verbose                    progress on stderr even when it is not a terminal

Exit 1 when the rollback stopped or needs manual intervention.

${exitCodesHelp}
`;

/** The text report: the one-line outcome, then one line per deployment of a promotion. */
export function renderRollbackText(o: AutoRollbackOutcome): string {
  const lines = [`${o.result}: ${o.message}`];
  for (const d of o.promotion?.deployments ?? []) lines.push(`  ${d.deploymentId} (v${d.version}, started ${d.startedAt}): ${d.result} — ${d.changed} restored; ${d.message}`);
  for (const i of o.rollback?.instances ?? []) if (i.status !== 'restored' && i.status !== 'unchanged') lines.push(`  ${i.id}: ${i.status}${i.reason ? ` — ${i.reason}` : ''}`);
  return lines.join('\n') + '\n';
}

export const command: CliCommand = {
  name: 'rollback',
  summary: "Restore a deployment's (or a promotion's) snapshots, or deploy a recorded version (auto-rollback)",
  help: rollbackHelp,
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
      const manifest = inputs.manifestFile ? readManifest(inputs.manifestFile, ctx.cwd) : undefined;
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
          ...(inputs.promotionId ? { promotionId: inputs.promotionId } : {}),
          ...(manifest ? { manifest } : {}),
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
      ctx.stdout.write(secrets.redact(args.flags.has('json') ? JSON.stringify(doc, null, 2) + '\n' : renderRollbackText(outcome)));
      return outcome.result === 'manual-intervention' || outcome.result === 'stopped' ? ExitCode.Failed : ExitCode.Ok;
    });
  },
};

/** Reads `--manifest-file` with the action's checks (its message names the flag). */
function readManifest(file: string, cwd: string): RollbackManifest {
  const p = isAbsolute(file) ? file : resolve(cwd, file);
  let m: RollbackManifest;
  try {
    m = JSON.parse(readFileSync(p, 'utf8')) as RollbackManifest;
  } catch (e) {
    throw new UserError(`--manifest-file '${file}' cannot be read as a rollback manifest: ${(e as Error).message}. Fix: pass the manifest.json that 'clawfleet deploy' / rolling-deploy wrote (its manifest-file output).`);
  }
  if (m?.schema !== 1 || typeof m.deploymentId !== 'string' || !m.entries) throw new UserError(`--manifest-file '${file}' is not a clawfleet rollback manifest (rolling-deploy's manifest-file output).`);
  return m;
}
