/**
 * `clawfleet` argument dispatch: global `--help`/`--version`, then the named command. Returns the exit
 * code instead of exiting, so tests can call it and the entry point can let output flush first.
 */
import { getErrorMessage } from '../common/errors.js';
import { clawfleetRoot } from '../common/package-root.js';
import { UsageError } from './args.js';
import { COMMANDS } from './commands.js';
import { ExitCode, type CliContext } from './types.js';

const EXIT_CODES = `Exit codes:
  0  success: every config valid and no lint error (or the command's check passed)
  1  the check failed: an invalid config, a lint error, a failed gate
  2  usage error (unknown command or option, missing argument) or internal error`;

/** `clawfleet --help`. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `clawfleet — release engineering for OpenClaw gateway fleets

Usage: clawfleet <command> [options]
       clawfleet <command> --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help
  -V, --version  print the version

${EXIT_CODES}

Environment: NO_COLOR disables colour, FORCE_COLOR forces it.
`;
}

/** The exit-code section, for command help texts. */
export const exitCodesHelp = EXIT_CODES;

/** clawfleet's version from its package.json, found at run time (see src/common/package-root.ts for why). */
function version(): string {
  return clawfleetRoot(import.meta.url)?.version ?? 'unknown';
}

/** Runs clawfleet with `argv` (without node and the script path). */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return runCli([rest[0], '--help'], ctx);
    if (first === undefined) {
      ctx.stderr.write(mainHelp());
      return ExitCode.Usage;
    }
    ctx.stdout.write(mainHelp());
    return ExitCode.Ok;
  }
  if (first === '-V' || first === '--version') {
    ctx.stdout.write(`clawfleet ${version()}\n`);
    return ExitCode.Ok;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    ctx.stderr.write(`clawfleet: unknown command '${sanitize(first)}'. Run 'clawfleet --help' for the list of commands.\n`);
    return ExitCode.Usage;
  }
  try {
    const { command } = await entry.load();
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.includes('-h') || options.includes('--help')) {
      ctx.stdout.write(command.help);
      return ExitCode.Ok;
    }
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`clawfleet ${entry.name}: ${sanitize(error.message)}\nRun 'clawfleet ${entry.name} --help' for usage.\n`);
      return ExitCode.Usage;
    }
    ctx.stderr.write(`clawfleet ${entry.name}: internal error: ${sanitize(getErrorMessage(error))}\n`);
    if (ctx.env['CLAWFLEET_DEBUG'] && error instanceof Error && error.stack) ctx.stderr.write(sanitize(error.stack, true) + '\n');
    return ExitCode.Usage;
  }
}

function sanitize(s: string, keepNewlines = false): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
