/**
 * Reading the page's sources from a store: the window, torn and malformed lines (skipped and named, never
 * fatal), unreadable state files, an environment the store does not know; and `--since` parsing.
 */
import { describe, expect, test } from 'vitest';
import { MemoryStore } from '../../src/deploy/store/dir.js';
import { loadStatusSources, parseSince } from '../../src/watch/report-data.js';
import { watchPaths, type WatchSample } from '../../src/watch/types.js';

const ENV = 'prod';
const s = (at: string, instance: string, status: WatchSample['status'], score: number): WatchSample => ({ at, run: `r-${at}`, instance, status, score });
const line = (x: unknown) => JSON.stringify(x) + '\n';

async function storeWith(files: Record<string, string>): Promise<MemoryStore> {
  const st = new MemoryStore();
  for (const [p, c] of Object.entries(files)) await st.write(p, c);
  return st;
}

describe('loadStatusSources', () => {
  test('reads the day files inside the window, oldest first, and leaves the rest out', async () => {
    const store = await storeWith({
      [watchPaths.dayFile(ENV, '2026-11-01T00:00:00Z')]: line(s('2026-11-01T10:00:00.000Z', 'a', 'healthy', 100)),
      [watchPaths.dayFile(ENV, '2026-11-20T00:00:00Z')]: line(s('2026-11-20T23:00:00.000Z', 'a', 'failed', 0)) + line(s('2026-11-20T08:00:00.000Z', 'b', 'healthy', 100)),
      [watchPaths.dayFile(ENV, '2026-11-21T00:00:00Z')]: line(s('2026-11-21T01:00:00.000Z', 'a', 'healthy', 90)),
      [`${watchPaths.samplesDir(ENV)}/notes.txt`]: 'not a day file',
    });
    const src = await loadStatusSources(store, { environment: ENV, since: new Date('2026-11-15T00:00:00Z'), until: new Date('2026-11-21T12:00:00Z') });
    expect(src.samples.map((x) => `${x.instance}@${x.at.slice(5, 13)}`)).toEqual(['b@11-20T08', 'a@11-20T23', 'a@11-21T01']);
    expect(src.environmentExists).toBe(true);
    expect(src.problems).toEqual([]);
  });

  test('a torn last line (a run killed mid-append) and a malformed line are skipped and named, the rest is kept', async () => {
    const day = watchPaths.dayFile(ENV, '2026-11-21T00:00:00Z');
    const store = await storeWith({
      [day]: line(s('2026-11-21T01:00:00.000Z', 'a', 'healthy', 100)) + '{"at":"2026-11-21T01:05:00.000Z","instance":"b","status":"healthy"}\n' + 'garbage\n' + line(s('2026-11-21T01:10:00.000Z', 'a', 'degraded', 80)) + '{"at":"2026-11-21T01:15:00.000Z","inst',
    });
    const src = await loadStatusSources(store, { environment: ENV, since: new Date('2026-11-20T00:00:00Z'), until: new Date('2026-11-22T00:00:00Z') });
    expect(src.samples.map((x) => x.status)).toEqual(['healthy', 'degraded']);
    // Line 2 has no score: the watch's reader keeps it, the page cannot draw it.
    // (the first two are worded by the watch's reader, history.ts)
    expect(src.problems).toEqual([expect.stringMatching(new RegExp(`^${day}:3: .*not valid JSON`)), expect.stringMatching(new RegExp(`^${day}:5: .*torn last line`)), `${day}: a sample of b at 2026-11-21T01:05:00.000Z has no numeric score; skipped`]);
  });

  test('an unreadable state.json or current.json is ignored with a problem, not fatal', async () => {
    const store = await storeWith({ [watchPaths.state(ENV)]: '{not json', [`environments/${ENV}/current.json`]: '{"schema":1}', [`environments/${ENV}/audit.jsonl`]: '{"ts":"2026-11-21T00:00:00Z","event":"deploy-start","deploymentId":"d1","attempt":1}\n[1]\n' });
    const src = await loadStatusSources(store, { environment: ENV, since: new Date('2026-11-20T00:00:00Z') });
    expect(src.state).toBeUndefined();
    expect(src.current).toBeUndefined();
    expect(src.audit).toHaveLength(1);
    expect(src.problems).toEqual([
      expect.stringMatching(new RegExp(`^environments/${ENV}/watch/state\\.json .*not valid JSON`)), // worded by the watch's reader (history.ts)
      `environments/${ENV}/current.json: unexpected content; ignored`,
      `environments/${ENV}/audit.jsonl:2: not an audit line; skipped`,
    ]);
  });

  test('a current.json naming the pre-clawfleet baseline (first deployment rolled back) is read, with no current version', async () => {
    const baseline = { schema: 1, deploymentId: 'r1', updatedAt: '2026-11-21T00:10:00Z', baseline: { rolledBack: 'd1', at: '2026-11-21T00:10:00Z' }, history: [] };
    const store = await storeWith({ [`environments/${ENV}/current.json`]: JSON.stringify(baseline) });
    const src = await loadStatusSources(store, { environment: ENV, since: new Date('2026-11-20T00:00:00Z') });
    expect(src.current?.baseline?.rolledBack).toBe('d1');
    expect(src.current?.version).toBeUndefined();
    expect(src.problems).toEqual([]);
  });

  test('an environment the store does not know is reported as such (the CLI fails on it)', async () => {
    const store = await storeWith({ 'environments/staging/audit.jsonl': '' });
    const src = await loadStatusSources(store, { environment: 'Prod', since: new Date(0) });
    expect(src.environment).toBe('prod');
    expect(src.environmentExists).toBe(false);
    expect(src.samples).toEqual([]);
  });

  test('an invalid environment name is refused before anything is read', async () => {
    await expect(loadStatusSources(new MemoryStore(), { environment: '../etc', since: new Date(0) })).rejects.toThrow(/not valid for 'environment'/);
  });
});

test('samples with an unknown status or a non-numeric score are left out and named', async () => {
  const day = watchPaths.dayFile(ENV, '2026-11-21T00:00:00Z');
  const store = await storeWith({ [day]: line({ ...s('2026-11-21T01:00:00.000Z', 'a', 'healthy', 100), status: 'sleepy' }) + line({ ...s('2026-11-21T01:01:00.000Z', 'a', 'healthy', 100), score: '100' }) + line(s('2026-11-21T01:02:00.000Z', 'a', 'healthy', 100)) });
  const src = await loadStatusSources(store, { environment: ENV, since: new Date('2026-11-20T00:00:00Z'), until: new Date('2026-11-22T00:00:00Z') });
  expect(src.samples.map((x) => x.at)).toEqual(['2026-11-21T01:02:00.000Z']);
  expect(src.problems).toHaveLength(2);
});

describe('parseSince', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  test.each([
    ['14d', '2026-11-08T12:00:00.000Z'],
    ['36h', '2026-11-21T00:00:00.000Z'],
    ['90m', '2026-11-22T10:30:00.000Z'],
    ['2w', '2026-11-08T12:00:00.000Z'],
    ['2026-11-01', '2026-11-01T00:00:00.000Z'],
    ['2026-11-01T06:30', '2026-11-01T06:30:00.000Z'],
    ['2026-11-01T06:30:00+02:00', '2026-11-01T04:30:00.000Z'],
  ])('%s → %s', (v, iso) => expect(parseSince(v, now).toISOString()).toBe(iso));

  test.each(['', '0d', '14 days', 'yesterday', '2026-13-45', '-3d', '1y'])('refuses %j naming the forms', (v) => {
    expect(() => parseSince(v, now, '--since')).toThrow(`The value '${v}' is not valid for '--since'. Expected a duration back from now such as 14d, 36h, 90m or 2w, or an ISO date such as 2026-11-01.`);
  });

  test('refuses a future date', () => {
    expect(() => parseSince('2027-01-01', now, '--since')).toThrow(/in the future/);
  });
});
