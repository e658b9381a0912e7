/**
 * `clawfleet demo [--out DIR] [--json] [--base-port P] [--stub-port P] [--browser-path PATH]` — the
 * one-command promotion on a rehearsal fleet of real gateways (see src/demo/scenario.ts). Progress goes to
 * stderr; the step table (or with --json the report) to stdout. Exit 0 when every step behaved as
 * expected, 1 when one misbehaved, 2 on bad usage.
 */
import { resolve } from 'node:path';
import { UsageError, parseArgs } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { intOption } from './options.js';

const SPEC = {
  out: { value: true },
  json: {},
  'base-port': { value: true },
  'stub-port': { value: true },
  'browser-path': { value: true },
  'config-repo': { value: true },
  help: { short: 'h' },
} as const;

const help = `Usage: clawfleet demo [options]

Starts a rehearsal fleet (3 real OpenClaw gateways + a model stub, loopback only) and runs a whole
promotion through the same engines as the actions: validate → provision → plan → rolling deploy (2 batches)
→ smoke with the browser → a valid but broken change → the smoke gate catches it → auto-rollback → final
smoke. Every step's outcome is checked; every process the demo starts is stopped (also on Ctrl-C).
Progress lines carry the time since the start; the final table gives each step's wall and CPU seconds (CPU of
the demo and every process it started) and the machine's load average.

Options:
  --out <dir>            output folder (default ./demo-output/<timestamp>): report.json, audit.jsonl,
                         screenshots/, plan and deploy reports, the fleet's logs
  --json                 print the JSON report on stdout instead of the table
  --base-port <port>     first gateway port (default 24000; gateways are 120 apart)
  --stub-port <port>     model stub port (default 24900; the broken change points at port + 1)
  --browser-path <path>  Chrome/Chromium for the UI check (default CHROME_BIN or the system Chromium)
  --config-repo <dir>    config repo (openclaw.json5, openclaw.broken.json5, profiles.yaml);
                         default the embedded action-fixtures/demo
  -h, --help             show this help

${exitCodesHelp}
`;

export const command: CliCommand = {
  name: 'demo',
  summary: 'Run the whole promotion on a rehearsal fleet of real gateways (validate … rollback)',
  help,
  async run(argv, ctx) {
    const args = parseArgs(argv, SPEC);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const basePort = intOption(args, 'base-port', { min: 1024, max: 65_000 });
    const stubPort = intOption(args, 'stub-port', { min: 1024, max: 65_534 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const outDir = resolve(ctx.cwd, args.options.get('out')?.[0] ?? `demo-output/${stamp}`);
    const { runDemo, formatDemoReport } = await import('../../demo/scenario.js');
    const ctrl = new AbortController();
    const onSignal = (sig: NodeJS.Signals) => () => {
      ctx.stderr.write(`\nreceived ${sig}: stopping the demo and every process it started…\n`);
      ctrl.abort(new Error(`cancelled (${sig})`));
    };
    const onInt = onSignal('SIGINT');
    const onTerm = onSignal('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    try {
      ctx.stderr.write(`clawfleet demo: output in ${outDir}\n`);
      const report = await runDemo({
        outDir,
        ...(basePort !== undefined ? { basePort } : {}),
        ...(stubPort !== undefined ? { stubPort } : {}),
        ...(args.options.get('browser-path') ? { browserPath: args.options.get('browser-path')![0]! } : {}),
        ...(args.options.get('config-repo') ? { configRepo: resolve(ctx.cwd, args.options.get('config-repo')![0]!) } : {}),
        progress: (line) => ctx.stderr.write(line + '\n'),
        signal: ctrl.signal,
        env: ctx.env,
      });
      ctx.stdout.write(args.flags.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatDemoReport(report));
      return report.ok ? ExitCode.Ok : ExitCode.Failed;
    } finally {
      process.removeListener('SIGINT', onInt);
      process.removeListener('SIGTERM', onTerm);
    }
  },
};
