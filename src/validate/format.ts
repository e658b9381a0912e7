/**
 * Human output of a validation report: one line per finding,
 * `file:line:col  severity  path  message`, grouped by config, with a summary line. Colour only when the
 * caller says so (a TTY without NO_COLOR). Every piece of text that comes from a config file or an engine
 * is stripped of control characters first, so a crafted value cannot move the cursor, clear the screen or
 * forge lines in a terminal (or bidi-reorder what the reader sees).
 */
import type { LintFinding, ValidationIssue, ValidationReport } from './types.js';

/** Removes C0/C1 control characters (ESC included) and bidi overrides; `\n` survives only if `keepNewlines`. */
export function sanitizeText(text: string, keepNewlines = false): string {
  // eslint-disable-next-line no-control-regex
  const controls = keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  return text.replace(controls, keepNewlines ? '' : ' ');
}

export interface FormatOptions {
  color: boolean;
}

const STYLE = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' } as const;

type Row = { loc: string; severity: 'error' | 'warning'; path: string; message: string };

/** Renders a report for a terminal or a log. Ends with a newline. */
export function formatReport(report: ValidationReport, opts: FormatOptions): string {
  const paint = (style: keyof typeof STYLE, s: string) => (opts.color ? `${STYLE[style]}${s}${STYLE.reset}` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let lintErrors = 0;
  let lintWarnings = 0;
  let invalidFiles = 0;
  for (const file of report.files) {
    const rows: Row[] = [
      ...file.issues.map((i) => issueRow(i)),
      ...file.lint.map((l) => lintRow(l)),
    ];
    errors += file.issues.filter((i) => i.severity === 'error').length;
    warnings += file.issues.filter((i) => i.severity === 'warning').length;
    lintErrors += file.lint.filter((l) => l.severity === 'error').length;
    lintWarnings += file.lint.filter((l) => l.severity === 'warning').length;
    if (!file.valid) invalidFiles++;
    const verdict = file.valid ? (file.lint.some((l) => l.severity === 'error') ? paint('red', 'valid, lint failed') : paint('green', 'valid')) : paint('red', 'invalid');
    lines.push(`${paint('bold', sanitizeText(file.file))}  ${verdict}`);
    const locWidth = Math.min(60, Math.max(0, ...rows.map((r) => r.loc.length)));
    for (const r of rows) {
      const sev = r.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      const head = `  ${paint('dim', r.loc.padEnd(locWidth))}  ${sev}  ${r.path}  `;
      const [first = '', ...rest] = r.message.split('\n');
      lines.push(head + first);
      for (const more of rest) lines.push(`      ${more}`);
    }
  }
  const total = report.files.length;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; lint: ${lintErrors} error${lintErrors === 1 ? '' : 's'}, ${lintWarnings} warning${lintWarnings === 1 ? '' : 's'}`;
  const failed = invalidFiles > 0 || lintErrors > 0;
  const plural = total === 1 ? '' : 's';
  const head = invalidFiles > 0 ? `${invalidFiles} of ${total} config${plural} invalid` : lintErrors > 0 ? `${total} config${plural} valid, lint failed` : `${total} config${plural} valid`;
  lines.push('');
  lines.push(`${failed ? paint('red', '✖') : paint('green', '✔')} ${head} (${counts}) — engine: ${report.engine}`);
  return lines.join('\n') + '\n';
}

function issueRow(i: ValidationIssue): Row {
  let message = sanitizeText(i.message, true);
  if (i.allowedValues && !/allowed/i.test(message)) message += ` (allowed: ${i.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  return { loc: sanitizeText(`${i.file}:${i.line}:${i.column}`), severity: i.severity, path: sanitizeText(i.path), message };
}

function lintRow(l: LintFinding): Row {
  return { loc: sanitizeText(`${l.file}:${l.line}:${l.column}`), severity: l.severity, path: sanitizeText(l.path ?? '<root>'), message: `${sanitizeText(l.message, true)} [${l.rule}]` };
}

/** True when a report should fail the check: an invalid file or a lint error. */
export function reportFailed(report: ValidationReport): boolean {
  return !report.valid || report.files.some((f) => f.lint.some((l) => l.severity === 'error'));
}
