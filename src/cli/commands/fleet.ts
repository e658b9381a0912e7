/**
 * `clawfleet fleet up|down|status` — the rehearsal fleet (real gateways on loopback), delegated to the
 * launcher CLI in action-fixtures/fleet (see its README): `up --count N --base-port P --dir D [--model-stub]`,
 * `down --dir D`, `status --dir D`, each with `--json`.
 *
 * `up --model-stub` (without --foreground) leaves the model stub running as a process of its own. That
 * process runs this CLI again with the hidden subcommand `fleet __model-stub --port N`: in the bundle
 * (dist/cli/index.js) the launcher's module is a chunk that cannot be started by itself, so the command
 * line comes from the entry point (`CliContext.self`).
 */
import { UsageError } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';

/** Hidden subcommand: the detached model stub's process (not for users; see the file comment). */
export const MODEL_STUB_SUBCOMMAND = '__model-stub';

const help = `Usage: clawfleet fleet up --count <n> --base-port <port> --dir <dir> [--model-stub] [--model-stub-port <port>]
                        [--port-step <n>] [--format json5|yaml] [--foreground] [--verbose] [--json]
       clawfleet fleet status --dir <dir> [--json]
       clawfleet fleet down --dir <dir> [--json]

Starts N real OpenClaw gateways on 127.0.0.1 (ports base, base+120, …), writes <dir>/inventory.json5 and
<dir>/fleet.env (tokens, 0600: source it), and leaves them running until 'fleet down' stops them by PID.
--model-stub also starts an OpenAI-compatible model stub (default port base + count × 120) and points every
agent at it. --foreground keeps the command running and stops everything on Ctrl-C. --json prints one JSON
document (paths, ids, URLs, PIDs; never a token).

'fleet status' exits 0 when every gateway (and the stub) is running, 1 otherwise.

${exitCodesHelp}
`;

export const command: CliCommand = {
  name: 'fleet',
  summary: 'Start or stop a rehearsal fleet of real gateways on loopback (up|down|status)',
  help,
  async run(argv, ctx) {
    const sub = argv[0];
    const internal = sub === MODEL_STUB_SUBCOMMAND;
    if (sub !== 'up' && sub !== 'down' && sub !== 'status' && !internal) throw new UsageError(sub ? `unknown subcommand '${sub}'. Expected up, down or status.` : 'missing subcommand: up, down or status');
    const { main } = await import('../../../action-fixtures/fleet/cli.js');
    const args = internal ? ['model-stub', ...argv.slice(1)] : [...argv];
    const code = await main(
      args,
      { out: (s) => ctx.stdout.write(s + '\n'), err: (s) => ctx.stderr.write(s + '\n') },
      { displayName: 'clawfleet fleet', ...(ctx.self ? { stubCommand: [...ctx.self, 'fleet', MODEL_STUB_SUBCOMMAND] } : {}) },
    );
    return code === 0 ? ExitCode.Ok : code === 2 ? ExitCode.Usage : ExitCode.Failed;
  },
};
