/**
 * The contract between the `clawfleet` entry point and its commands. A command is a module that exports
 * `command: CliCommand`; it gets its own argv (after the command name) and the process surface through
 * {@link CliContext}, writes only through it, and returns the exit code. Commands never call
 * `process.exit` — the entry point sets the exit code once everything is flushed.
 */
export interface CliContext {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * The command line (executable first) that starts this CLI again in a new process — `node dist/cli/index.js`,
   * or Node with the tsx loader and src/cli/main.ts — for commands that daemonise a helper (`fleet up`).
   * Absent when the CLI runs inside another program (tests): such commands then use their own default.
   */
  self?: readonly string[];
}

export interface CliCommand {
  name: string;
  /** One line for `clawfleet --help`. */
  summary: string;
  /** Full help text for `clawfleet <name> --help`. */
  help: string;
  run(argv: readonly string[], ctx: CliContext): Promise<number>;
}

/** Exit codes shared by every command (documented in `clawfleet --help`). */
export const ExitCode = {
  /** Everything checked out. */
  Ok: 0,
  /** The command ran and found a problem (an invalid config, a failed gate). */
  Failed: 1,
  /** Bad usage, or an internal error: the command could not do its job. */
  Usage: 2,
} as const;

/** Whether output to `stream` should be coloured: a TTY, NO_COLOR unset/empty (https://no-color.org), or FORCE_COLOR. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '' && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}
