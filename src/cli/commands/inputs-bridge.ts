/**
 * CLI parity with the actions: a command's flags are the action's input names (`--batch-size 2` is
 * `batch-size: 2`), read through the action's own `getInputs`, so the CLI and the action accept exactly the
 * same values with the same checks. Boolean inputs are flags (`--dry-run`) or take a value
 * (`--auto-rollback=false`); list inputs are repeatable. Input errors become usage errors (exit 2) that
 * name the flag.
 */
import { UserError } from '../../common/errors.js';
import { UsageError, parseArgs, type OptionSpec, type ParsedArgs } from '../args.js';

export interface BridgeSpec {
  /** Inputs that take a value. */
  values: readonly string[];
  /** Boolean inputs. */
  booleans: readonly string[];
  /** Inputs that may be repeated (newline-joined, as an action's list input). */
  lists?: readonly string[];
  /** CLI-only flags (no action input): value flags and boolean flags. */
  extraValues?: readonly string[];
  extraFlags?: readonly string[];
}

/** Parses argv against the bridge spec; positionals are refused. */
export function parseBridged(argv: readonly string[], spec: BridgeSpec): { args: ParsedArgs; read: (name: string) => string } {
  const opts: Record<string, OptionSpec> = { help: { short: 'h' }, json: {} };
  for (const n of spec.values) opts[n] = { value: true, ...(spec.lists?.includes(n) ? { repeatable: true } : {}) };
  for (const n of spec.extraValues ?? []) opts[n] = { value: true };
  for (const n of spec.extraFlags ?? []) opts[n] = {};
  // Booleans: `--dry-run` or `--dry-run=false`.
  const normalized = argv.map((a) => {
    const m = /^--([a-z0-9-]+)=(true|false)$/.exec(a);
    return m && spec.booleans.includes(m[1]!) ? (m[2] === 'true' ? `--${m[1]}` : `--no-${m[1]}`) : a;
  });
  for (const n of spec.booleans) {
    opts[n] = {};
    opts[`no-${n}`] = {};
  }
  const args = parseArgs(normalized, opts);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}' (every value is given with a flag)`);
  const read = (name: string): string => {
    if (spec.booleans.includes(name)) return args.flags.has(name) ? 'true' : args.flags.has(`no-${name}`) ? 'false' : '';
    return (args.options.get(name) ?? []).join('\n');
  };
  return { args, read };
}

/** Runs `fn`; an input error (UserError naming an input) becomes a usage error naming the flag. */
export function asUsage<T>(names: readonly string[], fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserError) {
      let msg = e.message;
      for (const n of [...names].sort((a, b) => b.length - a.length)) msg = msg.replaceAll(`'${n}'`, `'--${n}'`);
      throw new UsageError(msg);
    }
    throw e;
  }
}

/** A stderr logger for commands: progress only on a TTY or with --verbose, warnings and errors always. */
export function cliLogger(stderr: { write(s: string): unknown; isTTY?: boolean }, redact: (s: string) => string, verbose: boolean) {
  const w = (s: string) => stderr.write(redact(s) + '\n');
  const progress = verbose || stderr.isTTY === true;
  return {
    debug: () => undefined,
    info: (m: string) => {
      if (progress) w(m);
    },
    warning: (m: string, l?: { file: string; line: number; column: number }) => w(`warning: ${l ? `${l.file}:${l.line}:${l.column}: ` : ''}${m}`),
    error: (m: string, l?: { file: string; line: number; column: number }) => w(`error: ${l ? `${l.file}:${l.line}:${l.column}: ` : ''}${m}`),
    group: async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
      if (progress) w(`── ${title}`);
      return fn();
    },
  };
}

/**
 * Runs a command body; a UserError from the engine (bad config, missing token, nothing to roll back) is a
 * failed check: printed with its file:line and the fix, exit 1. Anything else stays an internal error.
 */
export async function userErrorsFail(name: string, stderr: { write(s: string): unknown }, redact: (s: string) => string, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError) {
      const where = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
      stderr.write(redact(`clawfleet ${name}: ${where}${e.message}\n`));
      return 1;
    }
    if (e instanceof Error) e.message = redact(e.message);
    throw e;
  }
}
