/**
 * The config-check pull-request comment (Atlantis-style, one comment updated in place): validity, and per
 * environment the plan — instances affected, per-instance changed keys and the ones needing a restart.
 * Reads the reports defensively (they come from other steps); every cell is escaped.
 */
import { COMMENT_MARKER } from './port.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const cell = (s: unknown): string => String(s ?? '').replace(/[|\\`*_<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ').slice(0, 200);

/** Builds the comment body. */
export function renderCheckComment(input: { validationResult: string; validation: unknown; plans: Array<{ environment: string; plan: unknown }>; runUrl: string; sha: string }): string {
  const v = obj(input.validation);
  const valid = input.validationResult === 'success' && v['valid'] !== false;
  const lines = [COMMENT_MARKER, `## clawfleet config check — ${valid ? '✅ valid' : '❌ invalid'}`, '', `Commit \`${cell(input.sha.slice(0, 12))}\` · [run](${input.runUrl})`, ''];
  const bad = arr(v['files']).map(obj).filter((f) => f['valid'] === false);
  for (const f of bad) {
    lines.push(`**${cell(f['file'])}**`);
    for (const i of arr(f['issues']).map(obj).slice(0, 20)) lines.push(`- ${cell(i['file'])}:${cell(i['line'])} \`${cell(i['path'])}\` ${cell(i['message'])}`);
  }
  if (input.plans.length === 0) lines.push('', '_No live plan (no inventory or no fleet secrets — fork pull requests never get them)._');
  for (const { environment, plan } of input.plans) {
    const p = obj(plan);
    const counts = obj(p['counts']);
    const changed = arr(p['instances']).map(obj).filter((i) => i['action'] === 'update');
    lines.push('', `### ${cell(environment)} — ${cell(counts['update'] ?? changed.length)} of ${cell(counts['total'] ?? '?')} instance(s) change`, '', `Plan \`${cell(p['digest'])}\``, '');
    if (changed.length > 0) {
      lines.push('| instance | changed keys | restart |', '|---|---|---|');
      for (const i of changed.slice(0, 50)) {
        const keys = arr(i['changes']).map(obj);
        lines.push(`| ${cell(i['id'])} | ${cell(keys.map((c) => c['path']).join(', '))} | ${cell(i['restart'])}${keys.some((c) => c['class'] !== 'hot' && c['class'] !== 'none') ? ' ⚠' : ''} |`);
      }
      if (changed.length > 50) lines.push(`| … ${changed.length - 50} more | | |`);
    }
  }
  return lines.join('\n');
}
