/**
 * The command registry. Each entry names a command and loads its module on demand, so `clawfleet validate`
 * never pays for the deploy or browser code (cold start matters in CI). To add a command (plan, deploy,
 * smoke, rollback, provision, fleet, report, demo…): create `src/cli/commands/<name>.ts` exporting
 * `command: CliCommand` and add one line here.
 */
import type { CliCommand } from './types.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<{ command: CliCommand }>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', summary: 'Validate OpenClaw configs (JSON5, $include, ${VAR}) with file:line issues', load: () => import('./commands/validate.js') },
];
