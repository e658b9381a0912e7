/**
 * `clawfleet smoke --inventory F [--instances SEL] [--browser] […]` — the smoke-and-browser-test action
 * from a terminal: same inputs (its getInputs), same engine, the merged report on stdout with --json.
 * Gateway tokens come from the env vars the inventory names.
 */
import { SecretRegistry } from '../../common/secrets.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = ['inventory', 'instances', 'expected-version', 'config-repo', 'browser-path', 'golden-prompt', 'expect', 'chat-via', 'chat-agent', 'chat-timeout-seconds', 'chat-provider-failures', 'timeout-seconds', 'concurrency', 'ws-connections', 'ignore-console-errors', 'screenshots-dir', 'fail-on'] as const;
const BOOLEANS = ['browser', 'pair-devices'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, extraFlags: ['verbose'] };

export const command: CliCommand = {
  name: 'smoke',
  summary: 'Smoke-test gateways: probes, version pin, credentials, browser UI, chat (smoke-and-browser-test)',
  help: `Usage: clawfleet smoke --inventory <file> [options]

Options (the smoke-and-browser-test action's inputs):
  --inventory <file>          fleet inventory (required); tokens from the env vars it names
  --instances <selector>      which instances
  --browser                   open the Control UI in headless Chromium (CHROME_BIN / --browser-path)
  --screenshots-dir <dir>     where screenshots go
  --expected-version <v>, --config-repo <dir>, --golden-prompt <text>, --expect <regex>, --chat-via api|ui,
  --chat-agent <id>, --chat-timeout-seconds S, --chat-provider-failures N, --timeout-seconds S, --concurrency N, --ws-connections N,
  --[no-]pair-devices, --ignore-console-errors <regex>, --fail-on failed|degraded|never
  --json                      print the merged report (with its digest)
  --verbose                   progress on stderr when not a terminal

${exitCodesHelp}
`,
  async run(argv, ctx) {
    const { args, read } = parseBridged(argv, SPEC);
    const secrets = new SecretRegistry();
    const [{ getInputs }, { runSmoke }, report] = await Promise.all([import('../../actions/smoke-and-browser-test/inputs.js'), import('../../smoke/run-smoke.js'), import('../../smoke/report.js')]);
    const env = { ...ctx.env, RUNNER_TEMP: ctx.env['RUNNER_TEMP'] ?? (await import('node:os')).tmpdir() };
    const inputs = asUsage([...VALUES, ...BOOLEANS], () => getInputs(read, env, secrets));
    const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    return userErrorsFail('smoke', ctx.stderr, (s) => secrets.redact(s), async () => {
      const r = await runSmoke({
        targets: inputs.targets,
        ...(inputs.expectedVersion ? { expectedVersion: inputs.expectedVersion } : {}),
        ...(inputs.browser ? { browserPath: inputs.browser.path, screenshotsDir: inputs.screenshotsDir } : {}),
        ...(inputs.chat ? { chat: inputs.chat } : {}),
        wsConnections: inputs.wsConnections,
        timeoutMs: inputs.timeoutMs,
        concurrency: inputs.concurrency,
        pairDevices: inputs.pairDevices,
        ignoreConsole: inputs.ignoreConsole,
        secrets,
        logger,
      });
      const digested = report.writeReport(inputs.reportFile, r);
      ctx.stdout.write(secrets.redact(args.flags.has('json') ? JSON.stringify(digested, null, 2) + '\n' : report.renderText(digested)));
      const failing = digested.instances.filter((i) => i.status === 'failed' || (inputs.failOn === 'degraded' && i.status === 'degraded'));
      return inputs.failOn !== 'never' && failing.length > 0 ? ExitCode.Failed : ExitCode.Ok;
    });
  },
};
