/**
 * The {@link Logger} port adapted to the Actions runner, plus the text hygiene every adapter needs:
 * - every message goes through the SecretRegistry (the runner masks registered secrets too, but only
 *   exact strings of values it was told about — our registry also knows the derived forms);
 * - text that reaches the log can come from a gateway or a config file, so a line that the runner would
 *   read as a workflow command (`::add-mask::`, `::error::`, `::stop-commands::`, legacy `##[set-output`)
 *   is neutralised: a zero-width space goes in front, which the runner's `TrimStart` does not remove, so
 *   the line is shown but never executed (reliability-cases WS-09).
 */
import * as core from '@actions/core';
import type { SourceLocation } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { SecretRegistry } from '../../common/secrets.js';

const ZERO_WIDTH_SPACE = '\u200B';
const COMMAND_LINE = /^(\s*)(::|##\[)/;

/** Makes every line of `text` inert for the runner's workflow-command parser (see module doc). */
export function neutralizeWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(/(\r?\n|\r)/)
    .map((part) => part.replace(COMMAND_LINE, (_m, ws: string, cmd: string) => `${ws}${ZERO_WIDTH_SPACE}${cmd}`))
    .join('');
}

/** Redacts secrets, then neutralises workflow commands: what every adapter prints goes through this. */
export function sanitizeForLog(text: string, secrets?: SecretRegistry): string {
  return neutralizeWorkflowCommands(secrets ? secrets.redact(text) : text);
}

/** The subset of `@actions/core` the logger uses (injectable for tests). */
export interface CoreLogSink {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: core.AnnotationProperties): void;
  error(message: string, props?: core.AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** Annotation properties for a location (the runner links file:line:col in the PR diff). */
export function annotationFor(loc: SourceLocation | undefined): core.AnnotationProperties | undefined {
  if (!loc) return undefined;
  return { file: loc.file, startLine: loc.line, startColumn: loc.column };
}

/**
 * A Logger over the runner. Groups cannot nest on the runner, so a group opened inside another is shown
 * as an info line instead of breaking the outer one.
 */
export function createActionsLogger(opts: { secrets?: SecretRegistry; sink?: CoreLogSink } = {}): Logger {
  const sink: CoreLogSink = opts.sink ?? core;
  const clean = (m: string) => sanitizeForLog(m, opts.secrets);
  let depth = 0;
  return {
    debug: (m) => sink.debug(clean(m)),
    info: (m) => sink.info(clean(m)),
    warning: (m, loc) => sink.warning(clean(m), annotationFor(loc)),
    error: (m, loc) => sink.error(clean(m), annotationFor(loc)),
    group: async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
      if (depth > 0) {
        sink.info(clean(`── ${title}`));
        return fn();
      }
      depth++;
      sink.startGroup(clean(title));
      try {
        return await fn();
      } finally {
        sink.endGroup();
        depth--;
      }
    },
  };
}
