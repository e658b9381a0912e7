/**
 * The smoke report as it leaves the run: the JSON file (with a sha256 digest of its canonical form, for the
 * audit line of a deployment), and the Markdown for the job summary — one row per instance with its checks,
 * the reasons of every instance that is not healthy, and the screenshots.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHECK_NAMES, type CheckName, type CheckStatus, type DigestedReport, type SmokeReport, type SmokeStatus } from './types.js';

/** JSON with object keys sorted at every level: the same report always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** `sha256:<hex>` of the canonical JSON of the report without its `digest` field. */
export function reportDigest(report: SmokeReport): string {
  const { digest: _ignored, ...rest } = report as DigestedReport;
  return `sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`;
}

/** Adds the digest. */
export function withDigest(report: SmokeReport): DigestedReport {
  return { ...report, digest: reportDigest(report) };
}

/** Whether a written report still matches its digest (for readers such as the audit trail). */
export function verifyDigest(report: DigestedReport): boolean {
  return report.digest === reportDigest(report);
}

/** Writes the report (pretty JSON, 0644, folders created) and returns the digested report. */
export function writeReport(file: string, report: SmokeReport): DigestedReport {
  const digested = withDigest(report);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(digested, null, 2) + '\n');
  return digested;
}

const STATUS_ICON: Record<SmokeStatus, string> = { healthy: '✅ healthy', degraded: '⚠️ degraded', failed: '❌ failed' };
const CHECK_ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

/** Escapes text for one Markdown table cell (a `|` or newline in a gateway message must not break the row). */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export interface SummaryOptions {
  /** Where the screenshots are (shown so people know which artifact to open). */
  screenshotsDir?: string;
  reportFile?: string;
  digest?: string;
  /** Most instances listed in the table (the report file has all). Default 200. */
  maxRows?: number;
}

/** The job summary Markdown. */
export function renderSummary(report: SmokeReport, opts: SummaryOptions = {}): string {
  const c = report.counts;
  const lines: string[] = [];
  lines.push(`## Smoke test: ${STATUS_ICON[report.result]}`);
  lines.push('');
  const facts = [
    `${report.instances.length} instance(s): ${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed`,
    report.expectedVersion ? `expected OpenClaw ${report.expectedVersion.version} (${report.expectedVersion.source})` : 'no version pinned',
    `browser ${report.settings.browser ? 'on' : 'off'}`,
    `chat ${report.settings.chat === 'off' ? 'off' : `via ${report.settings.chat}`}`,
    ...(report.settings.wsLoadConnections ? [`WebSocket load ${report.settings.wsLoadConnections} connections`] : []),
    `${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  lines.push(facts.join(' · '));
  lines.push('');

  // Columns: the checks that ran for at least one instance, in the canonical order.
  const present = new Set<CheckName>();
  for (const i of report.instances) for (const ch of i.checks) present.add(ch.name);
  const cols = CHECK_NAMES.filter((n) => present.has(n));
  const max = opts.maxRows ?? 200;
  const rows = report.instances.slice(0, max).map((i) => {
    const byName = new Map(i.checks.map((ch) => [ch.name, ch]));
    return [i.id, STATUS_ICON[i.status], i.version ?? '—', ...cols.map((n) => (byName.get(n) ? CHECK_ICON[byName.get(n)!.status] : '—')), i.reasons[0] ?? ''];
  });
  lines.push(table(['instance', 'status', 'OpenClaw', ...cols, 'first reason'], rows));
  if (report.instances.length > max) lines.push('', `…and ${report.instances.length - max} more instance(s) in the report file.`);

  const bad = report.instances.filter((i) => i.status !== 'healthy');
  if (bad.length) {
    lines.push('', '### Why');
    for (const i of bad.slice(0, max)) {
      lines.push('', `**${cell(i.id)}** — ${STATUS_ICON[i.status]}`);
      for (const r of i.reasons.slice(0, 12)) lines.push(`- ${r.replace(/\r?\n/g, ' ')}`);
    }
  }

  const shots = report.instances.filter((i) => i.screenshot);
  if (shots.length) {
    lines.push('', '### Screenshots', '');
    lines.push(`In \`${opts.screenshotsDir ?? 'screenshots-dir'}\` (upload the folder as an artifact to keep them):`);
    lines.push('');
    for (const i of shots.slice(0, max)) lines.push(`- \`${i.screenshot}\` — ${cell(i.id)} (${i.status})`);
  }
  lines.push('');
  if (opts.reportFile) lines.push(`Report: \`${opts.reportFile}\`${opts.digest ? ` (${opts.digest})` : ''}`);
  return lines.join('\n') + '\n';
}

/** A few plain lines for a terminal (the CLI's human mode). */
export function renderText(report: SmokeReport): string {
  const out = [`smoke: ${report.result} (${report.counts.healthy} healthy, ${report.counts.degraded} degraded, ${report.counts.failed} failed)`];
  for (const i of report.instances) {
    out.push(`  ${i.id}: ${i.status}${i.version ? ` (${i.version})` : ''}`);
    for (const r of i.reasons) out.push(`    - ${r}`);
  }
  return out.join('\n') + '\n';
}
