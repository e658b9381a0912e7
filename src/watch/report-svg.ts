/**
 * Inline SVG for the status page: the status icons (a shape per status, so status never depends on colour:
 * circle+check = healthy, triangle = degraded, square+cross = failed, hollow circle = never probed) and the
 * per-instance health timeline (score over time, a status-shaped mark per sample, tinted bands behind the
 * unhealthy periods, the push threshold at 60). Colours come from CSS custom properties (report-theme.ts), so
 * the dark scheme recolours the charts too. Everything interpolated is escaped or a number.
 */
import { describeTimeline, downsample, MAX_MARKS, shortTime, type RowStatus, type TimelinePoint } from './report-model.js';
import { cssVar, STATUS_STYLE } from './report-theme.js';

/** Escapes text for HTML/SVG text and double- or single-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const v = (k: Parameters<typeof cssVar>[0]) => `var(${cssVar(k)})`;

/** A shape for a status centred on (x, y) with radius r, filled with the status's mark colour. */
function mark(status: RowStatus, x: number, y: number, r: number): string {
  const c = v(STATUS_STYLE[status].mark);
  const n = (k: number) => Number(k.toFixed(1));
  switch (status) {
    case 'healthy':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${c}"/>`;
    case 'degraded':
      return `<path d="M${n(x)} ${n(y - r * 1.15)}L${n(x + r * 1.15)} ${n(y + r * 0.9)}L${n(x - r * 1.15)} ${n(y + r * 0.9)}Z" fill="${c}"/>`;
    case 'failed':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${c}"/>`;
    case 'never-probed':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.8)}" fill="none" stroke="${c}" stroke-width="${n(r * 0.4)}"/>`;
  }
}

/** A 1em status icon for a badge (decorative: the status word is next to it). */
export function statusIcon(status: RowStatus): string {
  const inner =
    status === 'healthy'
      ? `${mark(status, 8, 8, 7)}<path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="${v('bg')}" stroke-width="1.8"/>`
      : status === 'failed'
        ? `${mark(status, 8, 8, 6.5)}<path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="${v('bg')}" stroke-width="1.8"/>`
        : status === 'degraded'
          ? `${mark(status, 8, 8.6, 6.4)}<path d="M8 5.6v3.6M8 10.6v1.4" stroke="${v('bg')}" stroke-width="1.7"/>`
          : mark(status, 8, 8, 6.5);
  return `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${inner}</svg>`;
}

export interface ChartOptions {
  /** Unique per page (ids of the title/description). */
  key: string;
  instance: string;
  /** The window: the x axis spans it when the samples do not cover more. */
  from: string;
  to: string;
}

// Small viewBox on purpose: the chart is drawn 300–450 px wide, so 1 unit ≈ 1 px and the labels stay legible.
const W = 400;
const H = 130;
const PAD = { l: 38, r: 8, t: 12, b: 8 };

/**
 * The health timeline of one instance: an `<svg role="img">` named by its `<title>` and described by a
 * visually-hidden summary (the caller places `summaryId`'s element; see report-html.ts).
 */
export function timelineChart(points: readonly TimelinePoint[], opts: ChartOptions): string {
  const pts = downsample(points);
  const t0 = Math.min(Date.parse(opts.from), ...pts.map((p) => Date.parse(p.at)));
  const t1 = Math.max(Date.parse(opts.to), ...pts.map((p) => Date.parse(p.at)), t0 + 60_000);
  const x = (iso: string) => PAD.l + ((Date.parse(iso) - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (score: number) => PAD.t + (1 - score / 100) * (H - PAD.t - PAD.b);
  const n = (k: number) => Number(k.toFixed(1));
  const titleId = `chart-${opts.key}-title`;
  const parts: string[] = [];
  parts.push(`<title id="${titleId}">Health score of ${esc(opts.instance)} over time (0–100)</title>`);
  // Bands: from an unhealthy sample to the next sample (the status holds until the next probe says
  // otherwise); consecutive samples of one status make one band.
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    if (p.status === 'healthy') continue;
    let j = i;
    while (j + 1 < pts.length && pts[j + 1]!.status === p.status) j++;
    const x0 = x(p.at);
    const x1 = j + 1 < pts.length ? x(pts[j + 1]!.at) : x(pts[j]!.at) + 4;
    parts.push(`<rect x="${n(x0)}" y="${PAD.t}" width="${n(Math.max(2, x1 - x0))}" height="${H - PAD.t - PAD.b}" fill="${v(p.status === 'failed' ? 'failedBand' : 'degradedBand')}"/>`);
    i = j;
  }
  for (const s of [0, 60, 100]) {
    parts.push(`<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${n(y(s))}" y2="${n(y(s))}" stroke="${v('grid')}" stroke-width="1"${s === 60 ? ' stroke-dasharray="4 4"' : ''}/>`);
    parts.push(`<text x="${PAD.l - 6}" y="${n(y(s) + 6)}" text-anchor="end" font-size="16" fill="${v('muted')}">${s}</text>`);
  }
  if (pts.length > 1) parts.push(`<polyline points="${pts.map((p) => `${n(x(p.at))},${n(y(p.score))}`).join(' ')}" fill="none" stroke="${v('line')}" stroke-width="2" stroke-linejoin="round"/>`);
  const r = pts.length > 120 ? 2.5 : 4;
  for (const p of pts) parts.push(mark(p.status, x(p.at), y(p.score), r));
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" aria-describedby="chart-${opts.key}-desc" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>`;
}

/** The axis text under a chart: the window's start and end times (HTML, so it stays readable on a phone). */
export function chartAxis(points: readonly TimelinePoint[], from: string, to: string): { start: string; end: string } {
  const first = points[0]?.at ?? from;
  const last = to;
  const multiDay = first.slice(0, 10) !== last.slice(0, 10);
  return { start: `${multiDay ? first.slice(0, 10) + ' ' : ''}${shortTime(first, false)} UTC`, end: `${multiDay ? last.slice(0, 10) + ' ' : ''}${shortTime(last, false)} UTC` };
}

export { describeTimeline, downsample, MAX_MARKS };
