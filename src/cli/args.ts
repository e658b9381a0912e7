/**
 * A small, strict argv parser for clawfleet commands: `--flag value`, `--flag=value`, boolean flags,
 * repeatable options, `--` to end options, and positionals. Unknown flags and missing values are usage
 * errors (exit 2), never silently ignored.
 */

/** Bad command-line usage: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  /** Takes a value (`--engine fast`); otherwise a boolean flag. */
  value?: boolean;
  /** May be given more than once (values collected in order). */
  repeatable?: boolean;
  /** One-letter alias, without the dash. */
  short?: string;
}

export interface ParsedArgs {
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

/** Parses `argv` against `spec` (keys are long option names without `--`). */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else if (arg.startsWith('-') && arg.length === 2 && arg !== '-') {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(`unknown option '${arg}'`);
    } else {
      positionals.push(arg);
      continue;
    }
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option '--${name}'`);
    if (!s.value) {
      if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`option '--${name}' needs a value`);
    const list = options.get(name) ?? [];
    if (list.length > 0 && !s.repeatable) throw new UsageError(`option '--${name}' given more than once`);
    list.push(value);
    options.set(name, list);
  }
  return { options, flags, positionals };
}

/** The single value of an option restricted to `allowed`, or `fallback`. */
export function enumOption<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.options.get(name)?.[0];
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`The value '${v}' is not valid for '--${name}'. Valid values are: [${allowed.join(', ')}].`);
  return v as T;
}
