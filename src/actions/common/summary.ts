/**
 * Job-summary and output helpers. The domain core renders Markdown (pure, testable); these helpers only
 * make it safe to hand to the runner:
 * - table cells are escaped (a `|` or newline in an instance id or a gateway message cannot break a row);
 * - the summary is capped below the runner's 1 MiB per-step limit, with a note saying where the full
 *   report is, instead of the upload failing and losing everything;
 * - everything is redacted through the SecretRegistry and outputs are refused when they would carry a
 *   registered secret (an output is copied verbatim into later steps and logs).
 */
import * as core from '@actions/core';
import type { SecretRegistry } from '../../common/secrets.js';

/** The runner rejects a step summary over 1 MiB; keep a margin for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/** Escapes text for one Markdown table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}

/** A GitHub-flavoured Markdown table; cells are escaped. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = `| ${headers.map(escapeCell).join(' | ')} |`;
  const sep = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${headers.map((_, i) => escapeCell(r[i] ?? '')).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

/** A fenced Mermaid block (rendered by GitHub in summaries, issues and READMEs). */
export function mermaidBlock(code: string): string {
  return '```mermaid\n' + code.trimEnd() + '\n```';
}

/**
 * Truncates Markdown to `limitBytes` (UTF-8) at a line boundary and appends `note` (e.g. "see report-file").
 * Returns the text unchanged when it fits.
 */
export function truncateMarkdown(markdown: string, limitBytes: number, note: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const suffix = `\n\n> **Truncated:** the summary is over the runner's limit. ${note}\n`;
  const budget = Math.max(0, limitBytes - Buffer.byteLength(suffix, 'utf8'));
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  return cut + suffix;
}

/** What {@link writeSummary} needs from `@actions/core` (injectable for tests). */
export interface SummarySink {
  addRaw(text: string, addEOL?: boolean): SummarySink;
  write(): Promise<unknown>;
}

/**
 * Appends `markdown` to the job summary, redacted and capped. Does nothing (and does not fail) when the
 * runner gives no summary file (local runs): the summary is a convenience, the report file is the record.
 */
export async function writeSummary(
  markdown: string,
  opts: { secrets?: SecretRegistry; note?: string; sink?: SummarySink; limitBytes?: number } = {},
): Promise<boolean> {
  if (!opts.sink && !process.env['GITHUB_STEP_SUMMARY']) return false;
  const sink: SummarySink = opts.sink ?? (core.summary as unknown as SummarySink);
  const text = truncateMarkdown(opts.secrets ? opts.secrets.redact(markdown) : markdown, opts.limitBytes ?? SUMMARY_LIMIT_BYTES, opts.note ?? 'See the report file for everything.');
  await sink.addRaw(text, true).write();
  return true;
}

/**
 * Sets outputs, refusing any value that holds a registered secret (in any derived form): a leaked output
 * cannot be unmasked later, so this throws instead of redacting silently.
 */
export function setOutputs(outputs: Readonly<Record<string, string | number | boolean | undefined>>, opts: { secrets?: SecretRegistry; set?: (name: string, value: string) => void } = {}): void {
  const set = opts.set ?? ((n: string, v: string) => core.setOutput(n, v));
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    const text = String(value);
    if (opts.secrets && opts.secrets.redact(text) !== text) {
      throw new Error(`refusing to set output '${name}': its value contains a secret`);
    }
    set(name, text);
  }
}
