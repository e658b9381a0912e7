/**
 * `clawfleet fleet up|down|status` — the rehearsal fleet (real gateways on loopback), delegated to the
 * launcher CLI in action-fixtures/fleet (see its README): `up --count N --base-port P --dir D [--model-stub]`,
 * `down --dir D`, `status --dir D`.
 */
import { UsageError } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';

const help = `Usage: clawfleet fleet up --count <n> --base-port <port> --dir <dir> [--model-stub] [--model-stub-port <port>]
                        [--port-step <n>] [--format json5|yaml] [--foreground] [--verbose]
       clawfleet fleet down --dir <dir>
       clawfleet fleet status --dir <dir>

Starts N real OpenClaw gateways on 127.0.0.1 (ports base, base+120, …), writes <dir>/inventory.json5 and
<dir>/fleet.env (tokens, 0600: source it), and leaves them running until 'fleet down' stops them by PID.

${exitCodesHelp}
`;

export const command: CliCommand = {
  name: 'fleet',
  summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)',
  help,
  async run(argv, ctx) {
    const sub = argv[0];
    if (sub !== 'up' && sub !== 'down' && sub !== 'status') throw new UsageError(sub ? `unknown subcommand '${sub}'. Expected up, down or status.` : 'missing subcommand: up, down or status');
    const { main } = await import('../../../action-fixtures/fleet/cli.js');
    const code = await main([...argv], { out: (s) => ctx.stdout.write(s + '\n'), err: (s) => ctx.stderr.write(s + '\n') });
    return code === 0 ? ExitCode.Ok : code === 2 ? ExitCode.Usage : ExitCode.Failed;
  },
};
