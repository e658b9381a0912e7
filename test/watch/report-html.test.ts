/**
 * The status page from hand-made sources: escaping of everything users write, redaction of a planted
 * token, links only for http(s), the empty history, instances never probed, the deployment rows, the
 * chart's text alternative and the bounded chart size.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import type { AuditLine } from '../../src/deploy/types.js';
import type { StatusSources } from '../../src/watch/report-data.js';
import { MAX_CHARTS, renderStatusPage, writeStatusPage } from '../../src/watch/report-html.js';
import { describeTimeline, type StatusModel } from '../../src/watch/report-model.js';
import { MAX_MARKS } from '../../src/watch/report-svg.js';
import type { WatchSample, WatchState } from '../../src/watch/types.js';

const T = (min: number) => new Date(Date.UTC(2026, 10, 22, 12, 0) + min * 60_000).toISOString();
const sample = (min: number, instance: string, status: WatchSample['status'], score: number, extra: Partial<WatchSample> = {}): WatchSample => ({ at: T(min), run: `run-${min}`, instance, status, score, ...extra });
const sources = (over: Partial<StatusSources> = {}): StatusSources => ({ environment: 'prod', samples: [], audit: [], problems: [], environmentExists: true, ...over });
const render = (src: StatusSources, extra: Partial<Parameters<typeof renderStatusPage>[0]> = {}) => {
  const page = renderStatusPage({ sources: src, generatedAt: T(60), since: T(-14 * 24 * 60), ...extra });
  return { html: String(page.files['index.html']), json: JSON.parse(String(page.files['status.json'])) as StatusModel, model: page.model };
};
const audit = (ts: number, event: AuditLine['event'], extra: Partial<AuditLine> = {}): AuditLine => ({ ts: T(ts), event, deploymentId: 'd-1', attempt: 1, environment: 'prod', ...extra });

describe('escaping and secrets', () => {
  const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  test('an instance id, a reason, a ticket and an actor with markup are shown as text, never as markup', () => {
    const { html, json } = render(
      sources({
        samples: [sample(0, `gw-${XSS}`, 'failed', 0, { reasons: [`readyz: ${XSS}`] })],
        audit: [audit(-5, 'deploy-start', { toVersion: 2, actor: `mallory${XSS}`, ticket: `T-1 ${XSS}` }), audit(-4, 'deploy-end', { toVersion: 2, outcome: `succeeded${XSS}`, actor: 'x' })],
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('gw-&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('readyz: &lt;script&gt;');
    expect(html).toContain('T-1 &lt;script&gt;');
    expect(html).toContain('mallory&lt;script&gt;');
    // The JSON keeps the text as data (it is for machines), unchanged.
    expect(json.instances[0]!.id).toBe(`gw-${XSS}`);
  });

  test('a planted token in a reason, a detail, a ticket and an instance id is redacted in HTML and JSON', () => {
    const token = 'oc_tok_7f3a9c1e5b2d4f6a8c0e2b4d6f8a0c2e';
    const secrets = new SecretRegistry();
    secrets.add(token);
    const { html, json } = render(
      sources({
        samples: [sample(0, `gw-${token}`, 'degraded', 70, { reasons: [`auth header Bearer ${token}`, `b64 ${Buffer.from(token).toString('base64')}`] })],
        audit: [audit(-5, 'deploy-start', { toVersion: 2, ticket: `see ${token}` }), audit(-4, 'deploy-end', { toVersion: 2, outcome: 'stopped', detail: `failed with ${encodeURIComponent(token)}` })],
      }),
      { secrets },
    );
    for (const text of [html, JSON.stringify(json)]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(Buffer.from(token).toString('base64'));
      expect(text).toContain('***');
    }
  });

  test('the page title and the environment are escaped too', () => {
    const { html } = render(sources({ environment: 'prod' }), { title: 'Ops <b>"status"</b>' });
    expect(html).toContain('<title>Ops &lt;b&gt;&quot;status&quot;&lt;/b&gt; — prod</title>');
    expect(html).toContain('<h1>Ops &lt;b&gt;&quot;status&quot;&lt;/b&gt; — prod</h1>');
  });

  test('only absolute http(s) links survive; javascript: and relative URLs are dropped', () => {
    const state: WatchState = {
      schema: 1,
      updatedAt: T(0),
      instances: {
        a: { lastStatus: 'failed', lastAt: T(0), consecutiveBad: 3, incident: { issue: 42, url: 'javascript:alert(1)', openedAt: T(-10), status: 'failed' } },
        b: { lastStatus: 'failed', lastAt: T(0), consecutiveBad: 3, incident: { issue: 43, url: 'https://github.com/o/r/issues/43', openedAt: T(-10), status: 'failed' } },
      },
    };
    const { html } = render(sources({ samples: [sample(0, 'a', 'failed', 0), sample(0, 'b', 'failed', 0)], state, audit: [audit(1, 'deploy-start', { runUrl: '/relative/run' })] }));
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('/relative/run');
    expect(html).toContain('<a href="https://github.com/o/r/issues/43">issue #43</a>');
    expect(html).toContain('issue #42'); // shown, not linked
    expect(html).not.toMatch(/<a [^>]*>issue #42/);
  });
});

describe('content', () => {
  test('an empty history renders a complete page that says so', () => {
    const { html, json } = render(sources());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>');
    expect(html).toContain('No instance has been probed in this window.');
    expect(html).toContain('No instance in the watch history or the inventory.');
    expect(html).toContain('No deployment or rollback recorded in this window.');
    expect(html).toContain('No open incident.');
    expect(json.summary).toMatchObject({ instances: 0, healthy: 0, degraded: 0, failed: 0, overall: 'never-probed', samples: 0, runs: 0 });
  });

  test('an inventory instance without samples is listed as never probed, with no chart', () => {
    const { html, json } = render(sources({ samples: [sample(0, 'a', 'healthy', 100)] }), { inventory: ['a', 'z-new'] });
    const z = json.instances.find((r) => r.id === 'z-new')!;
    expect(z).toMatchObject({ status: 'never-probed', timeline: [], timelineSummary: 'No samples in this window.' });
    expect(json.summary).toMatchObject({ instances: 2, healthy: 1, neverProbed: 1, overall: 'healthy' });
    expect(html).toMatch(/<th scope="row">z-new<\/th><td data-label="Status"><span class="badge s-never-probed">.*Never probed<\/span>/);
    expect(html).toContain('No samples in this window (never probed).');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(1);
  });

  test('rows: worst first; version vs pin; config version vs latest; last change; reasons only when unhealthy', () => {
    const current = { schema: 1 as const, version: 5, digest: 'x', deploymentId: 'd-5', updatedAt: T(-30), history: [] };
    const { json, html } = render(
      sources({
        current,
        samples: [
          sample(0, 'ok', 'healthy', 100, { version: '2026.9.6', expectedVersion: '2026.9.6', configVersion: 5 }),
          sample(0, 'old', 'degraded', 90, { version: '2026.9.5', expectedVersion: '2026.9.6', configVersion: 4, reasons: ['version: 2026.9.5, pinned 2026.9.6'] }),
          sample(0, 'down', 'healthy', 100, { configVersion: 5 }),
          sample(10, 'down', 'failed', 0, { reasons: ['unreachable'] }),
        ],
      }),
    );
    expect(json.instances.map((r) => [r.id, r.status, r.versionState, r.configState])).toEqual([
      ['down', 'failed', 'unknown', 'unknown'],
      ['old', 'degraded', 'mismatch', 'behind'],
      ['ok', 'healthy', 'match', 'latest'],
    ]);
    expect(json.instances[0]!.lastChange).toEqual({ at: T(10), from: 'healthy', to: 'failed' });
    expect(json.instances[2]!.reasons).toEqual([]);
    expect(json.summary).toMatchObject({ healthy: 1, degraded: 1, failed: 1, overall: 'failed', currentVersion: 5 });
    expect(html).toContain('<strong>2026.9.5</strong> <span class="muted">(pinned 2026.9.6)</span>');
    expect(html).toContain('<strong>v4</strong> <span class="muted">(latest v5)</span>');
    expect(html).toContain('1 of 3 instances failed.');
  });

  test('a watch that stopped probing makes the page say it is out of date; a page right after a run does not', () => {
    const runs = [0, 15, 30, 45].map((m) => sample(m, 'a', 'healthy', 100));
    const fresh = render(sources({ samples: runs }), { generatedAt: T(50) });
    expect(fresh.json.summary.stale).toBeUndefined();
    expect(fresh.html).not.toContain('Out of date');
    // 3 × the 15-minute median gap = 45 min (above the 30-minute floor): 44 min of silence is fine, 3 h is stale.
    expect(render(sources({ samples: runs }), { generatedAt: T(45 + 44) }).json.summary.stale).toBeUndefined();
    const old = render(sources({ samples: runs }), { generatedAt: T(45 + 180) });
    expect(old.json.summary.stale).toEqual({ since: T(45), minutes: 180 });
    expect(old.html).toContain('<p class="stale" role="status"><strong>Out of date:</strong> the watch has not probed since <time datetime="2026-11-22T12:45:00.000Z"><span class="d">2026-11-22</span> 12:45 UTC</time> (3 h before this page was generated)');
    // One run only: the 30-minute floor applies.
    expect(render(sources({ samples: [sample(0, 'a', 'healthy', 100)] }), { generatedAt: T(29) }).json.summary.stale).toBeUndefined();
    expect(render(sources({ samples: [sample(0, 'a', 'healthy', 100)] }), { generatedAt: T(31) }).json.summary.stale).toEqual({ since: T(0), minutes: 31 });
  });

  test('incidents as of the page time: opened later = absent, closed later = still open', () => {
    const state: WatchState = {
      schema: 1,
      updatedAt: T(30),
      instances: {
        a: { lastStatus: 'healthy', lastAt: T(30), consecutiveBad: 0, lastIncident: { issue: 7, url: 'https://github.com/o/r/issues/7', openedAt: T(5), status: 'failed', closedAt: T(20) } },
        b: { lastStatus: 'failed', lastAt: T(30), consecutiveBad: 4, incident: { issue: 8, openedAt: T(25), status: 'failed' } },
      },
    };
    const samples = [sample(0, 'a', 'healthy', 100), sample(10, 'a', 'failed', 0), sample(0, 'b', 'healthy', 100), sample(10, 'b', 'healthy', 100)];
    const mid = render(sources({ samples, state }), { generatedAt: T(12) }).json;
    expect(mid.incidents).toEqual([{ instance: 'a', issue: 7, url: 'https://github.com/o/r/issues/7', openedAt: T(5), status: 'failed' }]);
    expect(mid.instances.find((r) => r.id === 'a')!.lastIncident).toBeUndefined();
    const end = render(sources({ samples, state }), { generatedAt: T(40) }).json;
    expect(end.incidents.map((i) => i.instance)).toEqual(['b']);
    expect(end.instances.find((r) => r.id === 'a')!.lastIncident).toMatchObject({ issue: 7, closedAt: T(20) });
  });

  test('a probe taken while a deployment held the lock says so next to the reasons', () => {
    const { html, json } = render(sources({ samples: [sample(0, 'a', 'degraded', 80, { reasons: ['readyz: not ready'], duringDeployment: 'rolling-deploy <d-7>' })] }));
    expect(json.instances[0]!.duringDeployment).toBe('rolling-deploy <d-7>');
    expect(html).toContain('<li>readyz: not ready</li></ul><p class="muted">Probed while rolling-deploy &lt;d-7&gt; held the deployment lock.</p>');
  });

  test('deployments and rollbacks from the audit log: one row each, versions, trigger, outcome, run link; old ones left out', () => {
    const run = 'https://github.com/o/r/actions/runs/1';
    const lines: AuditLine[] = [
      audit(-60 * 24 * 30, 'deploy-start', { deploymentId: 'ancient', toVersion: 1 }),
      audit(-60 * 24 * 30 + 1, 'deploy-end', { deploymentId: 'ancient', toVersion: 1, outcome: 'succeeded' }),
      audit(-20, 'deploy-start', { deploymentId: 'd-2', fromVersion: 1, toVersion: 2, actor: 'ana', ticket: 'OPS-1', runUrl: run }),
      audit(-19, 'batch', { deploymentId: 'd-2' }),
      audit(-18, 'deploy-end', { deploymentId: 'd-2', fromVersion: 1, toVersion: 2, outcome: 'succeeded', instances: [{ id: 'a', status: 'applied' }, { id: 'b', status: 'failed' }] }),
      audit(-10, 'rollback-start', { deploymentId: 'd-2', toVersion: 1, actor: 'bot', detail: 'trigger: gate; scope deployment; 2 instance(s)' }),
      audit(-9, 'rollback-end', { deploymentId: 'd-2', outcome: 'rolled-back', instances: [{ id: 'a', status: 'restored' }, { id: 'b', status: 'restored' }] }),
      audit(-5, 'deploy-start', { deploymentId: 'd-3', fromVersion: 1, toVersion: 3 }),
    ];
    const { json, html } = render(sources({ audit: lines }));
    expect(json.deployments.map((d) => [d.kind, d.deploymentId, d.outcome, d.fromVersion, d.toVersion])).toEqual([
      ['deploy', 'd-3', 'in progress', 1, 3],
      ['rollback', 'd-2', 'rolled-back', 2, 1],
      ['deploy', 'd-2', 'succeeded', 1, 2],
    ]);
    expect(json.deployments[1]).toMatchObject({ trigger: 'gate', actor: 'bot', notable: [] });
    expect(json.deployments[2]).toMatchObject({ actor: 'ana', ticket: 'OPS-1', runUrl: run, notable: ['b: failed'] });
    expect(html).toContain(`<a href="${run}">workflow run</a>`);
    expect(html).toContain('Rollback <span class="muted">(trigger: gate)</span>');
    expect(html).not.toContain('ancient');
  });

  test('last deploy per instance: the newest end event that touched it', () => {
    const lines: AuditLine[] = [
      audit(-20, 'deploy-end', { deploymentId: 'd-2', toVersion: 2, outcome: 'succeeded', instances: [{ id: 'a', status: 'applied' }, { id: 'b', status: 'untouched' }] }),
      audit(-9, 'rollback-end', { deploymentId: 'd-2', toVersion: 1, outcome: 'rolled-back', instances: [{ id: 'a', status: 'restored' }] }),
    ];
    const { json } = render(sources({ audit: lines, samples: [sample(0, 'a', 'healthy', 100), sample(0, 'b', 'healthy', 100)] }));
    expect(json.instances.find((r) => r.id === 'a')!.lastDeploy).toEqual({ at: T(-9), kind: 'rollback', version: 1, outcome: 'rolled-back (restored)', deploymentId: 'd-2' });
    expect(json.instances.find((r) => r.id === 'b')!.lastDeploy).toBeUndefined();
  });
});

describe('timeline', () => {
  test('the text alternative names the drop, the recovery and where it stands', () => {
    const pts = [0, 5, 10, 15, 20].map((m, i) => ({ at: T(m), score: [100, 0, 0, 100, 100][i]!, status: (['healthy', 'failed', 'failed', 'healthy', 'healthy'] as const)[i]! }));
    expect(describeTimeline(pts)).toBe('score 100 (healthy) at 12:00 UTC; failed, score 100 → 0 at 12:05; recovered, score 100 at 12:15; 5 samples, lowest score 0, now healthy (score 100).');
  });

  test('the chart is an img with a title and a description; marks have a shape per status', () => {
    const { html } = render(sources({ samples: [sample(0, 'a', 'healthy', 100), sample(5, 'a', 'degraded', 80), sample(10, 'a', 'failed', 0)] }));
    expect(html).toMatch(/<svg class="chart" viewBox="0 0 400 130" role="img" aria-labelledby="chart-1-title" aria-describedby="chart-1-desc"/);
    expect(html).toContain('<title id="chart-1-title">Health score of a over time (0–100)</title>');
    expect(html).toMatch(/<p class="vh" id="chart-1-desc">score 100 \(healthy\) at 12:00 UTC; degraded, score 100 → 80 at 12:05; failed, score 80 → 0 at 12:10;/);
    const chart = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(chart).toMatch(/<circle [^>]*fill="var\(--healthy-mark\)"/);
    expect(chart).toMatch(/<path d="M[^"]*Z" fill="var\(--degraded-mark\)"/);
    expect(chart).toMatch(/<rect [^>]*fill="var\(--failed-mark\)"/);
  });

  test('a long history is bucketed: the chart stays small and keeps the worst point', () => {
    const samples = Array.from({ length: 14 * 96 }, (_, i) => sample(i * 15 - 14 * 96 * 15, 'a', i === 700 ? 'failed' : 'healthy', i === 700 ? 0 : 100));
    const { html, json } = render(sources({ samples }));
    expect(json.instances[0]!.samples).toBe(14 * 96);
    expect(json.instances[0]!.timeline.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(json.instances[0]!.timeline.some((p) => p.status === 'failed' && p.score === 0)).toBe(true);
    // The text alternative is computed from every sample, not from the buckets.
    expect(json.instances[0]!.timelineSummary).toContain(`${14 * 96} samples, lowest score 0`);
    const chart = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)![0];
    const marks = (chart.match(/<circle |<rect x="[^"]*" y="[^"]*" width="5"|<path d="M[^"]*Z"/g) ?? []).length;
    expect(marks).toBeLessThanOrEqual(MAX_MARKS);
    expect(chart).toContain('fill="var(--failed-mark)"');
    expect(html.length).toBeLessThan(200_000);
  });
});

test('a large fleet: charts for the instances with something to see first, at most MAX_CHARTS, the rest named', () => {
  const samples = Array.from({ length: 150 }, (_, i) => [sample(0, `gw-${String(i).padStart(3, '0')}`, 'healthy', 100), sample(5, `gw-${String(i).padStart(3, '0')}`, i === 120 ? 'failed' : 'healthy', i === 120 ? 0 : 100)]).flat();
  samples.push(sample(1, 'gw-149', 'degraded', 80)); // recovered since: eventful, but healthy now
  samples.sort((a, b) => a.at.localeCompare(b.at));
  const { html, json } = render(sources({ samples }));
  expect(json.instances).toHaveLength(150);
  const charts = [...html.matchAll(/<title id="chart-\d+-title">Health score of ([^ ]+) over time/g)].map((m) => m[1]);
  expect(charts).toHaveLength(MAX_CHARTS);
  expect(charts.slice(0, 2)).toEqual(['gw-120', 'gw-149']);
  expect(html).toContain(`${150 - MAX_CHARTS} more instances that stayed healthy throughout the window have no chart here (the page shows at most ${MAX_CHARTS}); status.json holds every timeline.`);
  expect(json.instances.every((r) => r.timeline.length > 0)).toBe(true);
});

test('writeStatusPage writes index.html and status.json, identical to the render', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'w3-page-'));
  const input = { sources: sources({ samples: [sample(0, 'a', 'healthy', 100)] }), generatedAt: T(60), since: T(-60) };
  const out = await writeStatusPage(join(dir, 'site'), input);
  expect(out.paths.map((p) => p.slice(dir.length))).toEqual(['/site/index.html', '/site/status.json']);
  const page = renderStatusPage(input);
  expect(readFileSync(out.paths[0]!, 'utf8')).toBe(page.files['index.html']);
  expect(JSON.parse(readFileSync(out.paths[1]!, 'utf8'))).toEqual(page.model);
});
