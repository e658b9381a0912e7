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
  { name: 'plan', summary: 'Show the rollout plan against the live fleet (no write)', load: () => import('./commands/plan.js') },
  { name: 'deploy', summary: 'Rolling deploy of a config to a fleet behind health gates (rolling-deploy)', load: () => import('./commands/deploy.js') },
  { name: 'smoke', summary: 'Smoke-test gateways: probes, version, credentials, browser UI, chat', load: () => import('./commands/smoke.js') },
  { name: 'rollback', summary: "Restore a deployment's snapshots or deploy a recorded version", load: () => import('./commands/rollback.js') },
  { name: 'provision', summary: 'Give every agent working model credentials, then verify', load: () => import('./commands/provision.js') },
  { name: 'fleet', summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)', load: () => import('./commands/fleet.js') },
  { name: 'report', summary: 'Render the fleet status page (watch history, incidents, deployments) as static HTML + JSON', load: () => import('./commands/report.js') },
  { name: 'watch', summary: 'One fleet-watch run: probe every gateway, record the samples, track incidents', load: () => import('./commands/watch.js') },
  { name: 'demo', summary: 'Run the whole promotion on a rehearsal fleet of real gateways (validate … rollback)', load: () => import('./commands/demo.js') },
];
