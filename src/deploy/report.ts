/**
 * Human renderings of a plan and of a deployment report: Markdown for the job summary and PR comments
 * (tables + a Mermaid diagram of the rollout), and one-line text summaries. Pure functions; the JSON report
 * is the record, these are views of it. Long fleets are capped (problem instances first) so a summary of
 * 10 000 instances stays readable and under the runner's size limit.
 */
import { confirmationTokenFor } from './batches.js';
import { formatVersion } from './records.js';
import type { BatchOutcome, DeployReport, InstanceOutcome, Plan, PlanInstance } from './types.js';

const MAX_ROWS = 100;

function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r?\n|\r/g, '<br>');
}

function table(headers: string[], rows: Array<Array<string | number | undefined>>): string {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const pct = (r: number) => `${Math.round(r * 1000) / 10} %`;

// ---------------------------------------------------------------------------------------------------------
// Plan

export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = [];
  out.push(`## Rollout plan — ${cell(plan.environment)}, ${formatVersion(plan.version)} (${plan.strategy})`);
  out.push('');
  out.push(`Plan digest \`${plan.digest}\` — confirmation token \`${confirmationTokenFor(plan.digest)}\`; config \`${plan.configDigest.slice(0, 19)}…\`.`);
  out.push('');
  const c = plan.counts;
  out.push(table(['instances', 'to update', 'unchanged', 'unreachable', 'excluded', 'batches'], [[c.total, c.update, c.unchanged, c.unreachable, c.excluded, plan.batches.length]]));
  if (plan.blockers.length > 0) {
    out.push('', '### ⛔ Refused', '', ...plan.blockers.map((b) => `- ${cell(b)}`));
  }
  if (plan.notes.length > 0) out.push('', '### Notes', '', ...plan.notes.map((n) => `- ${cell(n)}`));

  out.push('', '### Batches', '');
  const bRows = plan.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.tier, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, summarizeIds(b.instances)]);
  out.push(table(['batch', 'wave', 'tier', 'canary', 'size', 'instances'], bRows));
  if (plan.batches.length > MAX_ROWS) out.push('', `… and ${plan.batches.length - MAX_ROWS} more batches in the plan file.`);

  const paths = new Map<string, { cls: string; ops: Set<string>; ids: string[] }>();
  for (const i of plan.instances) {
    for (const ch of i.changes) {
      const e = paths.get(ch.path) ?? { cls: ch.class, ops: new Set<string>(), ids: [] };
      e.ops.add(ch.op);
      e.ids.push(i.id);
      paths.set(ch.path, e);
    }
  }
  if (paths.size > 0) {
    out.push('', '### Changed paths', '');
    const rows = [...paths.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .slice(0, MAX_ROWS)
      .map(([p, e]) => [`\`${p}\``, [...e.ops].join('/'), reloadLabel(e.cls), e.ids.length, summarizeIds(e.ids)]);
    out.push(table(['path', 'change', 'applies by', 'instances', 'which'], rows));
  }

  const interesting = (i: PlanInstance) => i.action !== 'unchanged';
  const rows = [...plan.instances].sort((a, b) => Number(interesting(b)) - Number(interesting(a))).slice(0, MAX_ROWS);
  out.push('', '### Instances', '');
  out.push(table(['instance', 'batch', 'wave', 'action', 'changes', 'applies by', 'note'], rows.map((i) => [i.id, i.batch || '', i.wave, i.action, i.changes.length || '', i.action === 'update' ? reloadLabel(i.restart) : '', i.reason ?? (i.secretPathsUnverifiable.length ? `secrets not verifiable: ${i.secretPathsUnverifiable.join(', ')}` : '')])));
  if (plan.instances.length > MAX_ROWS) out.push('', `… ${plan.instances.length - MAX_ROWS} more in the plan file.`);
  return out.join('\n') + '\n';
}

function reloadLabel(cls: string): string {
  switch (cls) {
    case 'none':
      return 'no reload';
    case 'hot':
      return 'hot reload';
    case 'restart':
      return 'gateway restart';
    case 'process-restart':
      return 'PROCESS restart (listener)';
    default:
      return cls;
  }
}

/** `gw-1, gw-2, … (40)` */
export function summarizeIds(ids: readonly string[], max = 6): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max - 1).join(', ')}, … ${ids.at(-1)} (${ids.length})`;
}

// ---------------------------------------------------------------------------------------------------------
// Deployment report

const RESULT_ICON: Record<DeployReport['result'], string> = { succeeded: '✅', stopped: '⛔', 'rolled-back': '↩️', planned: '📝' };

export function renderReportMarkdown(report: DeployReport, opts: { title?: string } = {}): string {
  const out: string[] = [];
  const title = opts.title ?? (report.kind === 'rollback-to-version' ? 'Rollback to a version' : 'Rolling deploy');
  out.push(`## ${RESULT_ICON[report.result]} ${title} — ${cell(report.environment)}: ${report.result} (${formatVersion(report.fromVersion)} → ${formatVersion(report.version)})`);
  out.push('');
  out.push(
    `Deployment \`${report.deploymentId}\`${report.attempt > 1 ? ` (attempt ${report.attempt})` : ''} · ${report.strategy} · ${report.writes} write(s) · plan \`${confirmationTokenFor(report.planDigest)}\` · ${report.startedAt} → ${report.finishedAt}`,
  );
  out.push('');
  const c = report.counts;
  out.push(table(['applied', 'unchanged', 'skipped', 'failed', 'rolled back', 'untouched'], [[c.applied, c.unchanged, c.skipped, c.failed, c['rolled-back'], c.untouched]]));
  if (report.stopReasons.length > 0) {
    out.push('', '### Why it stopped', '', ...report.stopReasons.map((r) => `- ${cell(r)}`));
  }
  if (report.batches.length > 0) {
    out.push('', '### Rollout', '', '```mermaid', renderMermaid(report), '```', '');
    out.push('### Batches', '');
    out.push(
      table(
        ['batch', 'wave', 'canary', 'instances', 'healthy', 'ratio', 'error rate', 'probes', 'gate'],
        report.batches.slice(0, MAX_ROWS).map((b) => [b.index, b.wave, b.percent !== undefined ? `${b.percent} %` : '', b.instances.length, `${b.healthy}/${b.counted}`, pct(b.ratio), pct(b.errorRate), b.probes, b.passed ? '✅ passed' : '❌ failed']),
      ),
    );
    if (report.batches.length > MAX_ROWS) out.push('', `… ${report.batches.length - MAX_ROWS} more batches in the report file.`);
  }
  if (report.rollback) {
    const rb = report.rollback;
    out.push('', `### Rollback (${rb.trigger}, scope ${rb.scope}): ${rb.ok ? 'restored' : 'INCOMPLETE'}`, '');
    if (rb.manualIntervention) out.push(`> **${cell(rb.manualIntervention)}**`, '');
    out.push(table(['instance', 'result', 'current hash', 'detail'], rb.instances.slice(0, MAX_ROWS).map((i) => [i.id, i.status, i.currentHash ? `\`${i.currentHash.slice(0, 28)}…\`` : '', i.reason ?? ''])));
  }
  if (report.verification && !report.verification.ok) {
    out.push('', '### Verification failed', '', ...report.verification.drifted.map((d) => `- ${cell(d.reason)}`));
  }
  const order: Record<string, number> = { failed: 0, skipped: 1, 'rolled-back': 2, untouched: 3, applied: 4, unchanged: 5 };
  const rows = [...report.instances].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9)).slice(0, MAX_ROWS);
  out.push('', '### Instances', '');
  out.push(table(['instance', 'batch', 'status', 'health before → after', 'reason'], rows.map((i) => [i.id, i.batch || '', statusLabel(i), scores(i), i.reason ?? ''])));
  if (report.instances.length > MAX_ROWS) out.push('', `… ${report.instances.length - MAX_ROWS} more in the report file.`);
  return out.join('\n') + '\n';
}

function statusLabel(i: InstanceOutcome): string {
  return i.failure ? `${i.status} (${i.failure})` : i.status;
}

function scores(i: InstanceOutcome): string {
  if (i.scoreBefore === undefined && i.scoreAfter === undefined) return '';
  return `${i.scoreBefore ?? '?'} → ${i.scoreAfter ?? '?'}`;
}

/**
 * A left-to-right flowchart: one node per batch (runs of passed batches collapsed so big fleets stay
 * small), then the outcome (done, stopped, rolled back) and the untouched remainder.
 */
export function renderMermaid(report: DeployReport): string {
  const lines = ['flowchart LR', '  classDef ok fill:#d1f7d6,stroke:#1a7f37', '  classDef bad fill:#ffd8d3,stroke:#cf222e', '  classDef idle fill:#eeeeee,stroke:#999999,stroke-dasharray: 4 4', '  classDef back fill:#fff1c2,stroke:#9a6700'];
  const nodes: Array<{ id: string; label: string; cls: string }> = [{ id: 'start', label: `${formatVersion(report.fromVersion)}`, cls: 'ok' }];
  const groups: Array<BatchOutcome[]> = [];
  for (const b of report.batches) {
    const last = groups.at(-1);
    if (last && b.passed && last.every((x) => x.passed)) last.push(b);
    else groups.push([b]);
  }
  for (const g of groups) {
    const first = g[0]!;
    const lastB = g.at(-1)!;
    const n = g.reduce((s, b) => s + b.instances.length, 0);
    const label =
      g.length === 1
        ? `batch ${first.index}${first.percent !== undefined ? ` (${first.percent} %)` : ''}<br/>${first.healthy}/${first.counted} healthy`
        : `batches ${first.index}–${lastB.index}<br/>${n} instances, all gates passed`;
    nodes.push({ id: `b${first.index}`, label, cls: g.every((b) => b.passed) ? 'ok' : 'bad' });
  }
  if (report.rollback) nodes.push({ id: 'rb', label: `rollback<br/>${report.rollback.changed} restored${report.rollback.ok ? '' : ', manual intervention'}`, cls: report.rollback.ok ? 'back' : 'bad' });
  const untouched = report.counts.untouched;
  const end =
    report.result === 'succeeded'
      ? { id: 'end', label: `${formatVersion(report.version)} everywhere`, cls: 'ok' }
      : { id: 'end', label: `${report.result}${untouched ? `<br/>${untouched} untouched` : ''}`, cls: report.result === 'rolled-back' ? 'back' : 'bad' };
  nodes.push(end);
  for (const n of nodes) lines.push(`  ${n.id}["${n.label.replace(/"/g, "'")}"]:::${n.cls}`);
  for (let i = 1; i < nodes.length; i++) lines.push(`  ${nodes[i - 1]!.id} --> ${nodes[i]!.id}`);
  return lines.join('\n');
}

/** One line for logs and the CLI. */
export function reportOneLine(report: DeployReport): string {
  const c = report.counts;
  return `${report.result}: ${formatVersion(report.fromVersion)} → ${formatVersion(report.version)} on ${report.environment} — ${c.applied} applied, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped, ${c['rolled-back']} rolled back, ${c.untouched} untouched${report.stopReasons.length ? ` (${report.stopReasons[0]})` : ''}`;
}
