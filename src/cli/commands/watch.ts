/**
 * `clawfleet watch --inventory F [--environment E] […]` — one fleet-watch run from a terminal (or cron): the
 * action's inputs as flags, read by its own getInputs, the same engine. Differences from the action, on
 * purpose: the history goes to a folder by default (`--state-dir .clawfleet-state`), and alerts are off
 * unless `--alerts` is given (then the token comes from GITHUB_TOKEN, never from a flag — a flag would sit in
 * the shell history and the process list).
 */
import { SecretRegistry } from '../../common/secrets.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = [
  'inventory', 'instances', 'environment', 'expected-version', 'config-repo', 'browser-path', 'browser-sample', 'timeout-seconds', 'concurrency',
  'state-store', 'state-branch', 'state-remote', 'state-dir', 'retention-days', 'debounce', 'recover-after', 'remind-after-hours', 'runbook-url', 'fail-on',
] as const;
const BOOLEANS = ['browser', 'pair-devices', 'alerts'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, extraFlags: ['verbose'] };

export const command: CliCommand = {
  name: 'watch',
  summary: 'One fleet-watch run: probe every gateway, record the samples, track incidents (fleet-watch)',
  help: `Usage: clawfleet watch --inventory <file> [options]

Probes every instance with the smoke test's probes, appends one sample per instance to the history in the
state store (environments/<env>/watch/), applies retention, tracks incidents, and exits 1 when an instance
failed (--fail-on). Tokens come from the env vars the inventory names.

Options (the fleet-watch action's inputs, same names):
  --inventory <file>           fleet inventory (required)
  --instances <selector>       which instances
  --environment <name>         environment of the history (default "default")
  --state-store dir|git|none   where the history lives (CLI default: dir)
  --state-dir <dir>            folder of the dir store (CLI default: .clawfleet-state)
  --state-branch B, --state-remote R   the git store (the deployments' state branch)
  --retention-days N           keep N days of samples (default 30)
  --debounce N                 consecutive bad probes before an incident (default 3)
  --recover-after N            consecutive healthy probes that close it (default 1)
  --remind-after-hours H       reminder comment on a still-open incident issue (default 24; 0 = none)
  --browser, --browser-path P, --browser-sample N|R%   open the Control UI on a random sample
  --expected-version V, --config-repo DIR, --timeout-seconds S, --concurrency N, --[no-]pair-devices
  --alerts                     open/close GitHub issues in GITHUB_REPOSITORY (token from GITHUB_TOKEN); --runbook-url URL
  --fail-on failed|degraded|never
  --json                       print the run's report (samples, actions, retention) as JSON
  --verbose                    progress on stderr when not a terminal

${exitCodesHelp}
`,
  async run(argv, ctx) {
    const { args, read } = parseBridged(argv, SPEC);
    const readWithDefaults = (name: string): string => {
      const v = read(name);
      if (v !== '') return v;
      if (name === 'state-store') return 'dir';
      if (name === 'state-dir' && read('state-store') === '') return '.clawfleet-state';
      if (name === 'alerts') return 'false';
      if (name === 'github-token') return ctx.env['GITHUB_TOKEN'] ?? '';
      return '';
    };
    const secrets = new SecretRegistry();
    const [{ getInputs, alertSinkFor, watchOptionsFrom }, watch, shared, summary] = await Promise.all([
      import('../../actions/fleet-watch/run.js'),
      import('../../watch/watch.js'),
      import('../../actions/rolling-deploy/shared.js'),
      import('../../actions/common/summary.js'),
    ]);
    const env = { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd, RUNNER_TEMP: ctx.env['RUNNER_TEMP'] ?? (await import('node:os')).tmpdir() };
    const inputs = asUsage([...VALUES, ...BOOLEANS, 'github-token'], () => getInputs(readWithDefaults, env, secrets));
    const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    return userErrorsFail('watch', ctx.stderr, (s) => secrets.redact(s), async () => {
      const store = shared.openStore(inputs.store, ctx.cwd);
      let result;
      try {
        result = await watch.runWatch(watchOptionsFrom(inputs, store, alertSinkFor(inputs, { secrets, logger }), { secrets, logger }));
      } finally {
        await (store as { close?: () => Promise<void> }).close?.();
      }
      if (args.flags.has('json')) ctx.stdout.write(secrets.redact(JSON.stringify(result, null, 2)) + '\n');
      else {
        const c = result.counts;
        const table = summary.markdownTable(watch.SUMMARY_HEADERS, watch.summaryRows(result));
        const incidents = result.actions.map((a) => `incident ${a.kind}: ${a.instance} (${a.status})\n`).join('');
        const during = result.rows.find((r) => r.duringDeployment)?.duringDeployment;
        const note = during ? `a deployment was running (${during}): instances may have been probed mid-restart\n` : '';
        ctx.stdout.write(
          secrets.redact(`${table}\n\n${incidents}${note}watch '${result.environment}': ${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed — history in ${store.description}\n`),
        );
      }
      if (result.alertError) ctx.stderr.write(secrets.redact(`clawfleet watch: alerts did not complete: ${result.alertError}\n`));
      return result.shouldFail ? ExitCode.Failed : ExitCode.Ok;
    });
  },
};
