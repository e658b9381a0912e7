/**
 * The status page rendered from the RECORDED history of the rehearsal fleet (2 real gateways: a deploy of
 * v1, an incident — west-1 frozen with SIGSTOP for 3 runs, then recovered —, a bad v2 caught by the smoke
 * gate and rolled back). Checks the rows and statuses against the raw records, the incident and the
 * rollback, the page's structure, that it references nothing external, and that the fixture holds no token.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderStatusPage } from '../../src/watch/report-html.js';
import type { StatusModel } from '../../src/watch/report-model.js';
import type { WatchSample } from '../../src/watch/types.js';
import { FIXTURE_DIR, FIXTURE_ENV, findSecrets, loadFixture, readFingerprints } from './fixture.js';

let html: string;
let model: StatusModel;
let raw: WatchSample[];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

beforeAll(async () => {
  const f = await loadFixture();
  const page = renderStatusPage({ ...f });
  html = String(page.files['index.html']);
  model = page.model;
  // The raw day files, parsed independently of the loader.
  const samplesDir = join(FIXTURE_DIR, 'environments', FIXTURE_ENV, 'watch', 'samples');
  raw = readdirSync(samplesDir).flatMap((n) => readFileSync(join(samplesDir, n), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as WatchSample));
});

describe('the recorded history', () => {
  test('is small, complete and token-free', () => {
    const files = walk(FIXTURE_DIR);
    const total = files.reduce((n, f) => n + statSync(f).size, 0);
    expect(total).toBeLessThan(300_000);
    const names = files.map((f) => f.slice(FIXTURE_DIR.length + 1));
    expect(names).toEqual(expect.arrayContaining([`environments/${FIXTURE_ENV}/audit.jsonl`, `environments/${FIXTURE_ENV}/current.json`, `environments/${FIXTURE_ENV}/watch/state.json`]));
    expect(names.some((n) => /lock\.json|manifest-\d+\.json/.test(n))).toBe(false);
    const fingerprints = readFingerprints();
    expect(fingerprints).toHaveLength(3); // 2 gateway tokens + the model-stub key
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(findSecrets(text, fingerprints), f).toEqual([]);
      // Nor anything shaped like a credential (the stub key's prefix, a bearer header, a token field).
      expect(text, f).not.toMatch(/sk-w3-|Bearer\s+\S{8,}|OPENCLAW_GATEWAY_TOKEN=|#token=|"token"\s*:\s*"/i);
    }
  });

  test('the token check finds a token planted anywhere (so its silence above means something)', () => {
    const token = 'Zq3_x9-LmN0pQrStUvWxYz012345-_ab';
    const fp = [{ length: token.length, sha256: createHash('sha256').update(token).digest('hex') }];
    expect(findSecrets(`{"reason":"auth failed for ${token}"}`, fp)).toHaveLength(1);
    expect(findSecrets(`http://127.0.0.1:1/#token=xx${token}yy`, fp)).toHaveLength(1);
    expect(findSecrets(`${token.slice(0, -1)}`, fp)).toEqual([]);
  });

  test('holds what the scenario did: samples from several runs, an incident on west-1, a deploy and a rollback', () => {
    expect(new Set(raw.map((s) => s.instance))).toEqual(new Set(['east-1', 'west-1']));
    expect(new Set(raw.map((s) => s.run)).size).toBeGreaterThanOrEqual(8);
    const west = raw.filter((s) => s.instance === 'west-1');
    expect(west.filter((s) => s.status === 'failed' && s.score === 0).length).toBeGreaterThanOrEqual(3);
    expect(west.at(-1)!.status).toBe('healthy');
    const audit = readFileSync(join(FIXTURE_DIR, 'environments', FIXTURE_ENV, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"event":"rollback-end"');
    expect(audit).toContain('"outcome":"rolled-back"');
  });
});

describe('the page from the recorded history', () => {
  test('one row per instance, with the last recorded status, score and versions', () => {
    expect(model.instances.map((r) => r.id).sort()).toEqual(['east-1', 'west-1']);
    for (const row of model.instances) {
      const last = raw.filter((s) => s.instance === row.id).sort((a, b) => a.at.localeCompare(b.at)).at(-1)!;
      expect(row).toMatchObject({ status: last.status, score: last.score, lastProbedAt: last.at, version: last.version, expectedVersion: last.expectedVersion, versionState: 'match' });
      expect(html).toMatch(new RegExp(`<th scope="row">${row.id}</th><td data-label="Status"><span class="badge s-${last.status}">`));
      expect(row.timeline).toHaveLength(raw.filter((s) => s.instance === row.id).length);
    }
    expect(model.summary.stale).toBeUndefined(); // generated 5 min after the last run
    expect(model.summary).toMatchObject({ instances: 2, samples: raw.length, runs: new Set(raw.map((s) => s.run)).size, lastProbedAt: raw.map((s) => s.at).sort().at(-1) });
  });

  test('after the rollback every instance runs the latest recorded config (v1 again)', () => {
    const current = JSON.parse(readFileSync(join(FIXTURE_DIR, 'environments', FIXTURE_ENV, 'current.json'), 'utf8')) as { version: number };
    expect(model.summary.currentVersion).toBe(current.version);
    for (const row of model.instances) expect(row).toMatchObject({ configVersion: current.version, configState: 'latest', lastDeploy: { kind: 'rollback', outcome: expect.stringMatching(/^rolled-back/) } });
  });

  test('the incident shows in west-1\'s timeline and its text alternative: the drop to 0 and the recovery', () => {
    const west = model.instances.find((r) => r.id === 'west-1')!;
    expect(west.timelineSummary).toMatch(/failed, score \d+ → 0 at \d\d:\d\d/);
    expect(west.timelineSummary).toMatch(/recovered, score \d+ at \d\d:\d\d/);
    expect(west.lastIncident).toMatchObject({ instance: 'west-1', status: 'failed', issue: 0 });
    expect(html).toContain(`<p class="vh" id="chart-`);
    expect(html).toContain(west.timelineSummary.replace(/→/g, '→'));
  });

  test('the deployments table holds the v1 deploy, the bad v2 deploy and its rollback (trigger gate), newest first', () => {
    expect(model.deployments.map((d) => [d.kind, d.outcome, d.fromVersion ?? null, d.toVersion])).toEqual([
      ['rollback', 'rolled-back', 2, 1],
      ['deploy', 'succeeded', 1, 2],
      ['deploy', 'succeeded', null, 1],
    ]);
    expect(model.deployments[0]).toMatchObject({ trigger: 'gate', ticket: 'OPS-815', actor: 'octo-operator' });
    expect(html).toContain('Rollback <span class="muted">(trigger: gate)</span>');
  });

  test('as it looked during the incident: west-1 failed, the incident open, v2 not deployed yet', async () => {
    const f = await loadFixture({ at: 'incident' });
    const during = renderStatusPage(f);
    const m = during.model;
    expect(m.instances.map((r) => [r.id, r.status])).toEqual([
      ['west-1', 'failed'],
      ['east-1', 'healthy'],
    ]);
    expect(m.summary).toMatchObject({ overall: 'failed', failed: 1, healthy: 1 });
    expect(m.incidents).toEqual([expect.objectContaining({ instance: 'west-1', status: 'failed', issue: 0 })]);
    expect(m.instances[0]!.reasons.join(' ')).toMatch(/no answer|timeout/);
    expect(m.deployments.map((d) => [d.kind, d.toVersion])).toEqual([['deploy', 1]]);
    const page = String(during.files['index.html']);
    expect(page).toContain('1 of 2 instances failed.');
    expect(page).toMatch(/<strong>west-1<\/strong> since <time [^>]+>.+?<\/time> — <span class="muted">no issue \(alerts off\)<\/span>/);
  });

  test('valid structure: doctype, lang, viewport, one h1, h2 sections, captions and scoped headers', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['h-summary', 'h-incidents', 'h-instances', 'h-timeline', 'h-deployments']);
    expect(html.match(/<h3>/g)).toHaveLength(2);
    expect(html.match(/<table /g)).toHaveLength(2);
    expect(html.match(/<caption /g)).toHaveLength(2);
    expect(html.match(/<th scope="col">/g)).toHaveLength(18);
    expect(html.match(/<th scope="row">/g)).toHaveLength(2 + model.deployments.length);
    // Balanced elements (a cheap well-formedness check of what we generate).
    for (const tag of ['section', 'table', 'thead', 'tbody', 'tr', 'figure', 'svg', 'ul', 'dl', 'header', 'main', 'footer']) {
      expect((html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length, tag).toBe((html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length);
    }
    // Unique ids.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every aria reference points at an id on the page.
    for (const m of html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) for (const id of m[1]!.split(' ')) expect(ids, id).toContain(id);
  });

  test('self-contained: no script, no external resource, the only URLs are GitHub issue/run links from the records', () => {
    expect(html).not.toMatch(/<script|<link |<img |<iframe|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.filter((u) => u !== 'status.json' && !/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|actions\/runs)\/\d+$/.test(u))).toEqual([]);
    expect(urls).toContain('https://github.com/example-org/openclaw-fleet/actions/runs/18812001');
    // No http(s) URL anywhere else in the markup either (text included), except the run link and SVG's namespace-free markup.
    const others = [...html.matchAll(/https?:\/\/[^\s"<]+/g)].map((m) => m[0]).filter((u) => !/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|actions\/runs)\/\d+$/.test(u));
    expect(others).toEqual([]);
  });
});
