import type { SourceLocation } from './errors.js';

/**
 * The port between domain logic and whatever shows messages (the Actions runner, a terminal, a test).
 * Only `src/actions/*` adapts it to `@actions/core`; the domain core never imports `@actions/*`.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** Runs `fn` inside a collapsible group (a runner log group, an indented block on a terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything: for library calls where the caller collects results instead. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_title, fn) => fn(),
};

/** Writes to stderr, one line per message; used by the CLI when not in --json mode. */
export function createStderrLogger(opts: { verbose?: boolean } = {}): Logger {
  const write = (s: string) => process.stderr.write(s + '\n');
  const where = (l?: SourceLocation) => (l ? `${l.file}:${l.line}:${l.column}: ` : '');
  return {
    debug: (m) => {
      if (opts.verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m, l) => write(`warning: ${where(l)}${m}`),
    error: (m, l) => write(`error: ${where(l)}${m}`),
    group: async (title, fn) => {
      write(`── ${title}`);
      return fn();
    },
  };
}
