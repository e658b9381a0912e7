/**
 * The fleet status page (issue #8): ONE self-contained `index.html` — inline CSS and SVG, no script, no
 * font, no image, no CDN — that works offline from file:// and on GitHub Pages, plus `status.json` (the
 * same model for machines).
 *
 * Why no script at all: the page must be complete without it, and a page that runs nothing cannot be made
 * to run something by a hostile instance id or reason. A Content-Security-Policy meta (`default-src 'none'`)
 * makes that a second line of defence, and also guarantees the page fetches nothing. The only URLs in the
 * page are the links to GitHub issues and workflow runs found in the records (http(s) only).
 *
 * Accessibility: one h1, h2 per section, h3 per chart; tables with captions and `th scope`; status as a
 * word + a shape + a colour; every colour pair checked (report-theme.ts); tables reflow into labelled
 * blocks on narrow screens (no horizontal page scroll at 320 px); `prefers-color-scheme: dark` supported.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { buildStatusModel, type BuildOptions, type DeploymentRow, type InstanceRow, type RowStatus, type StatusModel } from './report-model.js';
import type { StatusSources } from './report-data.js';
import { chartAxis, esc, statusIcon, timelineChart } from './report-svg.js';
import { DARK, LIGHT, paletteCss, STATUS_STYLE } from './report-theme.js';

export interface StatusPageInput extends BuildOptions {
  sources: StatusSources;
  /** Page title prefix. Default "OpenClaw fleet status". */
  title?: string;
}

export interface StatusPage {
  model: StatusModel;
  /** File name → content (`index.html`, `status.json`). */
  files: Record<string, string | Buffer>;
}

/** Renders the page and its JSON twin. Pure. */
export function renderStatusPage(input: StatusPageInput): StatusPage {
  const model = buildStatusModel(input.sources, input);
  const html = renderHtml(model, input.title ?? 'OpenClaw fleet status');
  const json = JSON.stringify(model, null, 2) + '\n';
  // Belt and braces: the model is already redacted field by field; the final texts are checked again.
  const guard = (s: string) => (input.secrets ? input.secrets.redact(s) : s);
  return { model, files: { 'index.html': guard(html), 'status.json': guard(json) } };
}

/** Renders and writes the files into `dir` (created), each atomically. Returns the written paths. */
export async function writeStatusPage(dir: string, input: StatusPageInput): Promise<{ model: StatusModel; paths: string[] }> {
  const page = renderStatusPage(input);
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const paths: string[] = [];
  for (const [name, content] of Object.entries(page.files)) {
    const p = join(out, name);
    await writeFileAtomic(p, content, { mode: 0o644 });
    paths.push(p);
  }
  return { model: page.model, paths };
}

// ---------------------------------------------------------------------------------------------------------

const CSS = `
:root{${paletteCss(LIGHT)};color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${paletteCss(DARK)}}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
main{max-width:80rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--border)}
header .in{max-width:80rem;margin:0 auto;padding:.5rem 1rem 0}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
a{color:var(--link)}
a:focus-visible,.scroll:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.muted{color:var(--muted)}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.badge{display:inline-flex;align-items:center;gap:.35em;padding:.1em .55em;border-radius:1em;font-weight:600;white-space:nowrap}
.icon{width:1em;height:1em;flex:none}
${(Object.keys(STATUS_STYLE) as RowStatus[]).map((s) => `.s-${s}{color:var(--${kebab(STATUS_STYLE[s].fg)});background:var(--${kebab(STATUS_STYLE[s].bg)})}`).join('\n')}
.overall{font-size:1.1rem;margin:.5rem 0 1rem}
.stale{color:var(--degraded-fg);background:var(--degraded-bg);border-radius:.5rem;padding:.5rem .75rem;margin:0 0 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
.cards li{background:var(--surface);border:1px solid var(--border);border-radius:.5rem;padding:.6rem .8rem}
.cards .n{display:block;font-size:1.6rem;font-weight:700}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--border)}
thead th{background:var(--surface)}
tbody th{font-weight:600}
tbody th,td ul,.id{overflow-wrap:anywhere;min-width:6rem}
td ul{margin:0;padding-left:1.1rem}
td p{margin:.25rem 0 0}
.d{white-space:nowrap}
td.why{min-width:14rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:1rem}
figure{margin:0;background:var(--bg);border:1px solid var(--border);border-radius:.5rem;padding:.75rem}
.chart{display:block;width:100%;height:auto}
.axis{display:flex;justify-content:space-between;font-size:.85rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.5rem 0 1rem;padding:0;list-style:none}
footer{margin:2rem 0 1rem;font-size:.9rem}
@media (max-width:40rem){
  main{padding:.75rem}
  table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  table.reflow,table.reflow tbody,table.reflow tr,table.reflow th,table.reflow td{display:block;width:100%}
  table.reflow tr{border:1px solid var(--border);border-radius:.5rem;margin-bottom:.75rem;padding:.25rem .5rem}
  table.reflow td,table.reflow tbody th{border:0;padding:.25rem 0}
  table.reflow caption{display:block;width:100%}
  table.reflow td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
  dl.meta{grid-template-columns:1fr;gap:0}
  dl.meta dd{margin-bottom:.5rem}
}
`;

function kebab(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `2026-11-22 01:05 UTC` in a `<time>` element. */
function time(iso: string | undefined): string {
  if (!iso || !Number.isFinite(Date.parse(iso))) return '<span class="muted">—</span>';
  const d = new Date(iso).toISOString();
  // The date never breaks at its hyphens; the line may break between date and time.
  return `<time datetime="${esc(d)}"><span class="d">${esc(d.slice(0, 10))}</span> ${esc(d.slice(11, 16))} UTC</time>`;
}

function badge(status: RowStatus): string {
  return `<span class="badge s-${status}">${statusIcon(status)}${esc(STATUS_STYLE[status].label)}</span>`;
}

function ver(n: number | undefined): string {
  return n === undefined ? '—' : `v${n}`;
}

function link(url: string | undefined, text: string): string {
  return url ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);
}

function formatMinutes(min: number): string {
  if (min < 120) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

function ago(fromIso: string | undefined, toIso: string): string {
  if (!fromIso) return '';
  const min = Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000);
  if (min < 1) return 'just before this page was generated';
  if (min < 120) return `${min} min before this page was generated`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h before this page was generated` : `${Math.round(h / 24)} days before this page was generated`;
}

function renderHtml(m: StatusModel, titlePrefix: string): string {
  const title = `${titlePrefix} — ${m.environment}`;
  const s = m.summary;
  const overallText =
    s.overall === 'never-probed'
      ? 'No instance has been probed in this window.'
      : s.failed > 0
        ? `${s.failed} of ${s.instances} instance${s.instances === 1 ? '' : 's'} failed.`
        : s.degraded > 0
          ? `${s.degraded} of ${s.instances} instance${s.instances === 1 ? '' : 's'} degraded.`
          : `All ${s.healthy} probed instance${s.healthy === 1 ? ' is' : 's are'} healthy.`;
  const body = [
    `<header><div class="in"><h1>${esc(title)}</h1>`,
    `<p class="overall">${badge(s.overall)} ${esc(overallText)}</p>${s.stale ? `<p class="stale" role="status"><strong>Out of date:</strong> the watch has not probed since ${time(s.stale.since)} (${esc(formatMinutes(s.stale.minutes))} before this page was generated); the statuses below may no longer hold.</p>` : ''}</div></header>`,
    '<main>',
    summarySection(m),
    incidentsSection(m),
    instancesSection(m),
    chartsSection(m),
    deploymentsSection(m),
    `<footer class="muted"><p>Generated by clawfleet at ${time(m.generatedAt)} from the watch history and the deployment records (audit log) of environment <strong>${esc(m.environment)}</strong>, window ${time(m.window.since)} to ${time(m.window.until)}. Times are UTC. Machine-readable: <a href="status.json">status.json</a>.</p>${m.problems.length ? `<p>${m.problems.length} record line(s) could not be read and were skipped.</p>` : ''}</footer>`,
    '</main>',
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="clawfleet report">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function summarySection(m: StatusModel): string {
  const s = m.summary;
  const card = (n: number, label: string, status?: RowStatus) => `<li>${status ? badge(status) : ''}<span class="n">${n}</span>${esc(label)}</li>`;
  return `<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>
<ul class="cards">${card(s.instances, 'instances')}${card(s.healthy, 'healthy', 'healthy')}${card(s.degraded, 'degraded', 'degraded')}${card(s.failed, 'failed', 'failed')}${s.neverProbed ? card(s.neverProbed, 'never probed', 'never-probed') : ''}</ul>
<dl class="meta">
<dt>Environment</dt><dd>${esc(m.environment)}</dd>
<dt>Last probed</dt><dd>${s.lastProbedAt ? `${time(s.lastProbedAt)} <span class="muted">(${esc(ago(s.lastProbedAt, m.generatedAt))})</span>` : '<span class="muted">never in this window</span>'}</dd>
<dt>Latest recorded config</dt><dd>${s.currentVersion !== undefined ? esc(ver(s.currentVersion)) : '<span class="muted">none recorded</span>'}</dd>
<dt>Watch runs</dt><dd>${s.runs} run${s.runs === 1 ? '' : 's'}, ${s.samples} sample${s.samples === 1 ? '' : 's'} since ${time(m.window.since)}</dd>
</dl></section>`;
}

function incidentsSection(m: StatusModel): string {
  const items = m.incidents.map(
    (i) =>
      `<li>${badge(i.status)} <strong>${esc(i.instance)}</strong> since ${time(i.openedAt)} — ${i.issue > 0 ? link(i.url, `issue #${i.issue}`) : '<span class="muted">no issue (alerts off)</span>'}</li>`,
  );
  const recovered = m.instances.flatMap((r) => (r.lastIncident ? [r] : []));
  return `<section aria-labelledby="h-incidents"><h2 id="h-incidents">Open incidents</h2>
${items.length ? `<ul>${items.join('')}</ul>` : '<p>No open incident.</p>'}
${recovered.length ? `<p class="muted">Last closed: ${recovered.map((r) => `${esc(r.id)} ${esc(r.lastIncident!.status)} from ${time(r.lastIncident!.openedAt)} to ${time(r.lastIncident!.closedAt)}${r.lastIncident!.issue > 0 ? ` (${link(r.lastIncident!.url, `issue #${r.lastIncident!.issue}`)})` : ''}`).join('; ')}.</p>` : ''}</section>`;
}

function instanceCells(r: InstanceRow): string {
  const version =
    r.version === undefined
      ? '<span class="muted">not reported</span>'
      : r.versionState === 'match'
        ? `${esc(r.version)} <span class="muted">(= pinned)</span>`
        : r.versionState === 'mismatch'
          ? `<strong>${esc(r.version)}</strong> <span class="muted">(pinned ${esc(r.expectedVersion ?? '')})</span>`
          : `${esc(r.version)} <span class="muted">(no pin)</span>`;
  const config =
    r.configVersion === undefined
      ? `<span class="muted">unknown${r.latestConfigVersion !== undefined ? `; latest ${esc(ver(r.latestConfigVersion))}` : ''}</span>`
      : r.configState === 'latest'
        ? `${esc(ver(r.configVersion))} <span class="muted">(latest)</span>`
        : r.configState === 'behind'
          ? `<strong>${esc(ver(r.configVersion))}</strong> <span class="muted">(latest ${esc(ver(r.latestConfigVersion))})</span>`
          : esc(ver(r.configVersion));
  const deploy = r.lastDeploy ? `${esc(r.lastDeploy.kind === 'rollback' ? 'rollback to' : 'deploy of')} ${esc(ver(r.lastDeploy.version))}: ${esc(r.lastDeploy.outcome)}<br>${time(r.lastDeploy.at)}` : '<span class="muted">none recorded</span>';
  const change = r.lastChange ? `${esc(r.lastChange.from)} → ${esc(r.lastChange.to)}<br>${time(r.lastChange.at)}` : r.status === 'never-probed' ? '<span class="muted">—</span>' : '<span class="muted">no change in this window</span>';
  const during = r.duringDeployment ? `<p class="muted">Probed while ${esc(r.duringDeployment)} held the deployment lock.</p>` : '';
  const why = (r.reasons.length ? `<ul>${r.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : r.status === 'never-probed' ? '<span class="muted">no sample in this window</span>' : during ? '' : '<span class="muted">—</span>') + during;
  return [
    `<th scope="row">${esc(r.id)}</th>`,
    `<td data-label="Status">${badge(r.status)}</td>`,
    `<td data-label="Score">${r.score === undefined ? '<span class="muted">—</span>' : String(r.score)}</td>`,
    `<td data-label="OpenClaw version">${version}</td>`,
    `<td data-label="Config version">${config}</td>`,
    `<td data-label="Last deploy">${deploy}</td>`,
    `<td data-label="Last status change">${change}</td>`,
    `<td data-label="Last probed">${time(r.lastProbedAt)}</td>`,
    `<td data-label="Why" class="why">${why}</td>`,
  ].join('');
}

function instancesSection(m: StatusModel): string {
  const rows = m.instances.map((r) => `<tr>${instanceCells(r)}</tr>`).join('\n');
  return `<section aria-labelledby="h-instances"><h2 id="h-instances">Instances</h2>
<div class="scroll" role="region" aria-labelledby="cap-instances" tabindex="0"><table class="reflow">
<caption id="cap-instances">${m.instances.length} instance${m.instances.length === 1 ? '' : 's'}, worst first: status of the last probe, OpenClaw version against the pin, config version against the latest recorded</caption>
<thead><tr><th scope="col">Instance</th><th scope="col">Status</th><th scope="col">Score</th><th scope="col">OpenClaw version</th><th scope="col">Config version</th><th scope="col">Last deploy</th><th scope="col">Last status change</th><th scope="col">Last probed</th><th scope="col">Why</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="9">No instance in the watch history or the inventory.</td></tr>'}
</tbody></table></div></section>`;
}

/** Most charts on one page (each is ~5–20 KB of SVG). */
export const MAX_CHARTS = 60;

function chartsSection(m: StatusModel): string {
  const all = m.instances.flatMap((r) => r.timeline);
  const from = all.reduce<string | undefined>((a, p) => (!a || p.at < a ? p.at : a), undefined) ?? m.window.since;
  const to = all.reduce<string | undefined>((a, p) => (!a || p.at > a ? p.at : a), undefined) ?? m.window.until;
  const legend = `<ul class="legend" aria-label="Legend">${(['healthy', 'degraded', 'failed'] as const).map((s) => `<li>${badge(s)}</li>`).join('')}<li class="muted">Dashed line: score 60, below which no deployment pushes.</li></ul>`;
  // A chart per instance is what people read for a handful of gateways; for a large fleet the charts that
  // matter are the ones with something to see. Instances are already worst first; those that were not
  // healthy at some point in the window come next; the rest fill what is left of the cap.
  const eventful = (r: InstanceRow) => r.status !== 'healthy' || r.timeline.some((p) => p.status !== 'healthy');
  const ordered = [...m.instances.filter(eventful), ...m.instances.filter((r) => !eventful(r))];
  const shown = ordered.slice(0, MAX_CHARTS);
  const left = ordered.length - shown.length;
  const figures = shown.map((r) => {
    const i = m.instances.indexOf(r);
    if (r.timeline.length === 0) return `<figure><h3>${esc(r.id)}</h3><p class="muted">No samples in this window (never probed).</p></figure>`;
    const key = String(i + 1);
    const axis = chartAxis(r.timeline, from, to);
    return `<figure><h3>${esc(r.id)} ${badge(r.status)}</h3>${timelineChart(r.timeline, { key, instance: r.id, from, to })}<div class="axis muted" aria-hidden="true"><span>${esc(axis.start)}</span><span>${esc(axis.end)}</span></div><p class="vh" id="chart-${key}-desc">${esc(r.timelineSummary)}</p></figure>`;
  });
  return `<section aria-labelledby="h-timeline"><h2 id="h-timeline">Health timeline</h2>
<p class="muted">Health score (0–100) of each probe; the shape and the tinted band show the status.</p>${legend}
<div class="charts">${figures.join('\n') || '<p>No samples.</p>'}</div>${left > 0 ? `<p>${left} more instance${left === 1 ? '' : 's'} that stayed healthy throughout the window ${left === 1 ? 'has' : 'have'} no chart here (the page shows at most ${MAX_CHARTS}); status.json holds every timeline.</p>` : ''}</section>`;
}

function deploymentCells(d: DeploymentRow): string {
  const versions = d.kind === 'rollback' ? `${esc(ver(d.fromVersion))} → ${esc(ver(d.toVersion))}` : `${esc(ver(d.fromVersion))} → ${esc(ver(d.toVersion))}`;
  const what = d.kind === 'rollback' ? `Rollback${d.trigger ? ` <span class="muted">(trigger: ${esc(d.trigger)})</span>` : ''}` : 'Deploy';
  const notes = [...d.notable.map((n) => esc(n)), ...(d.detail ? [esc(d.detail)] : [])];
  return [
    `<th scope="row">${what}</th>`,
    `<td data-label="Started">${time(d.startedAt)}</td>`,
    `<td data-label="Outcome">${esc(d.outcome)}</td>`,
    `<td data-label="Versions">${versions}</td>`,
    `<td data-label="Actor">${d.actor ? esc(d.actor) : '<span class="muted">—</span>'}</td>`,
    `<td data-label="Ticket">${d.ticket ? esc(d.ticket) : '<span class="muted">—</span>'}</td>`,
    `<td data-label="Run">${d.runUrl ? link(d.runUrl, 'workflow run') : '<span class="muted">—</span>'}</td>`,
    `<td data-label="Deployment" class="id">${esc(d.deploymentId)}${d.attempt > 1 ? ` <span class="muted">(attempt ${d.attempt})</span>` : ''}</td>`,
    `<td data-label="Notes">${notes.length ? `<ul>${notes.map((n) => `<li>${n}</li>`).join('')}</ul>` : '<span class="muted">—</span>'}</td>`,
  ].join('');
}

function deploymentsSection(m: StatusModel): string {
  const rows = m.deployments.map((d) => `<tr>${deploymentCells(d)}</tr>`).join('\n');
  return `<section aria-labelledby="h-deployments"><h2 id="h-deployments">Deployments and rollbacks</h2>
<div class="scroll" role="region" aria-labelledby="cap-deployments" tabindex="0"><table class="reflow">
<caption id="cap-deployments">${m.deployments.length > 1 ? `The ${m.deployments.length} most recent deployments and rollbacks in the window, newest first (from the audit log)` : m.deployments.length === 1 ? 'The only deployment or rollback in the window (from the audit log)' : 'Deployments and rollbacks in the window'}</caption>
<thead><tr><th scope="col">Kind</th><th scope="col">Started</th><th scope="col">Outcome</th><th scope="col">Versions</th><th scope="col">Actor</th><th scope="col">Ticket</th><th scope="col">Run</th><th scope="col">Deployment</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="9">No deployment or rollback recorded in this window.</td></tr>'}
</tbody></table></div></section>`;
}
