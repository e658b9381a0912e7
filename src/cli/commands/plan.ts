/**
 * `clawfleet plan --config F --inventory F [deploy options]` — the rollout plan against the live fleet
 * (per instance diff, reload kinds, batches, skipped instances) without any write: `deploy --dry-run`.
 */
import { exitCodesHelp } from '../cli.js';
import type { CliCommand } from '../types.js';
import { runDeployCommand } from './deploy.js';

export const command: CliCommand = {
  name: 'plan',
  summary: 'Show the rollout plan against the live fleet (no write)',
  help: `Usage: clawfleet plan --config <file> --inventory <file> [options]

Reads every selected instance's live config and prints the plan: changed paths per instance, hot reload or
restart, batches and waves, skipped instances and why, the plan digest and confirmation token. Sends no
write. Takes every option of 'clawfleet deploy' (see clawfleet deploy --help); --dry-run is implied.
Exit 1 when the plan would be refused (a blocker).

${exitCodesHelp}
`,
  run: (argv, ctx) => runDeployCommand(argv, ctx, true),
};
