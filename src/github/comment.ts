/**
 * The config-check pull-request comment (Atlantis-style, one comment updated in place): validity, and per
 * environment the plan — instances affected, per-instance changed keys and the ones needing a restart.
 * Reads the reports defensively (they come from other steps); every cell is escaped.
 */
import { COMMENT_MARKER } from './port.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Escapes user-controlled text (instance ids, config paths, gateway messages, file names) for GitHub
 * Markdown, so it renders as the literal text and nothing more:
 * - Markdown syntax (emphasis, code, links, images, headings, tables, lists) is backslash-escaped;
 * - `<` `>` `&` become entities: no HTML, no comment that could fake or hide our marker;
 * - `@` and `#` become entities: a value cannot ping a person or a team, or link an issue;
 * - line breaks become spaces (one value stays on one line / in one table cell).
 * The text is cut to `max` characters BEFORE escaping, so an escape sequence is never cut in half.
 */
export function escapeMarkdown(value: unknown, max = 200): string {
  const raw = String(value ?? '');
  const text = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
  // One pass, so an entity produced for one character is never escaped again by a later rule.
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[&<>@#\\`*_{}[\]()!|~]/g, (c) => ENTITY[c] ?? `\\${c}`);
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;', '#': '&#35;' };

/**
 * A code span of user-controlled text (a digest, a config path). Inside backticks Markdown escapes and
 * entities are shown literally, and nothing (HTML, mentions, links) is interpreted — only a backtick could
 * end the span early, so backticks and line breaks are replaced.
 */
export function codeSpan(value: unknown, max = 200): string {
  const raw = String(value ?? '');
  const text = (raw.length > max ? `${raw.slice(0, max - 1)}…` : raw).replace(/`/g, "'").replace(/\r\n|\r|\n/g, ' ');
  return `\` ${text} \``;
}

const cell = (s: unknown): string => escapeMarkdown(s);

/** Builds the comment body. */
export function renderCheckComment(input: { validationResult: string; validation: unknown; plans: Array<{ environment: string; plan: unknown }>; runUrl: string; sha: string }): string {
  const v = obj(input.validation);
  const valid = input.validationResult === 'success' && v['valid'] !== false;
  const lines = [COMMENT_MARKER, `## clawfleet config check — ${valid ? '✅ valid' : '❌ invalid'}`, '', `Commit ${codeSpan(input.sha.slice(0, 12))} · [run](${input.runUrl})`, ''];
  const bad = arr(v['files']).map(obj).filter((f) => f['valid'] === false);
  for (const f of bad) {
    lines.push(`**${cell(f['file'])}**`);
    for (const i of arr(f['issues']).map(obj).slice(0, 20)) lines.push(`- ${cell(i['file'])}:${cell(i['line'])} ${codeSpan(i['path'])} ${cell(i['message'])}`);
  }
  if (input.plans.length === 0) lines.push('', '_No live plan (no inventory or no fleet secrets — fork pull requests never get them)._');
  for (const { environment, plan } of input.plans) {
    const p = obj(plan);
    const counts = obj(p['counts']);
    const changed = arr(p['instances']).map(obj).filter((i) => i['action'] === 'update');
    lines.push('', `### ${cell(environment)} — ${cell(counts['update'] ?? changed.length)} of ${cell(counts['total'] ?? '?')} instance(s) change`, '', `Plan ${codeSpan(p['digest'])}`, '');
    if (changed.length > 0) {
      lines.push('| instance | changed keys | restart |', '|---|---|---|');
      for (const i of changed.slice(0, 50)) {
        const keys = arr(i['changes']).map(obj);
        lines.push(`| ${cell(i['id'])} | ${cell(keys.map((c) => c['path']).join(', '))} | ${cell(i['restart'])}${keys.some((c) => c['class'] !== 'hot' && c['class'] !== 'none') ? ' ⚠' : ''} |`);
      }
      if (changed.length > 50) lines.push(`| … ${changed.length - 50} more | | |`);
    }
  }
  return capComment(lines.join('\n'), input.runUrl);
}

/** GitHub refuses a comment body over 65 536 characters; keep a margin for the note. */
export const COMMENT_LIMIT = 65_000;

/** Cuts the body at a line boundary under {@link COMMENT_LIMIT}, pointing at the run for the rest. */
function capComment(body: string, runUrl: string): string {
  if (body.length <= COMMENT_LIMIT) return body;
  const note = `\n\n_Truncated: the full validation report and plans are artifacts of the [run](${runUrl})._`;
  const cut = body.slice(0, COMMENT_LIMIT - note.length);
  return cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0)) + note;
}
