/**
 * The watch history over the state store: day files, torn lines, retention boundaries (UTC), secret refusal,
 * the state round trip, and a git state branch read back from a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { DirStore, MemoryStore } from '../../src/deploy/store/dir.js';
import { GitStore } from '../../src/deploy/store/git.js';
import { appendSamples, applyRetention, historyReader, listDays, readSamples, readWatchState, writeWatchState } from '../../src/watch/history.js';
import { watchPaths, type WatchSample, type WatchState } from '../../src/watch/types.js';
import { memoryLogger } from '../deploy/helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'clawfleet-watch-history-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = (at: string, instance = 'gw-1', over: Partial<WatchSample> = {}): WatchSample => ({ at, run: 'r1', instance, status: 'healthy', score: 100, ...over });

describe('appendSamples / readSamples', () => {
  it('files samples under their UTC day and reads them back in time order', async () => {
    const store = new MemoryStore();
    // 23:30 at +02:00 is 21:30 UTC the same day; 01:30 at +03:00 on the 23rd is 22:30 UTC on the 22nd.
    const touched = await appendSamples(store, 'Production', [
      sample('2026-11-22T23:59:59.999Z', 'gw-2'),
      sample('2026-11-22T23:30:00+02:00'),
      sample('2026-11-23T01:30:00+03:00', 'gw-3'),
      sample('2026-11-23T00:00:00.000Z', 'gw-1', { status: 'failed', score: 0 }),
    ]);
    expect(touched.sort()).toEqual(['environments/production/watch/samples/2026-11-22.jsonl', 'environments/production/watch/samples/2026-11-23.jsonl']);
    expect(await listDays(store, 'production')).toEqual(['2026-11-22', '2026-11-23']);
    const all = await readSamples(store, 'PRODUCTION');
    expect(all.map((s) => [s.at, s.instance])).toEqual([
      ['2026-11-22T21:30:00.000Z', 'gw-1'],
      ['2026-11-22T22:30:00.000Z', 'gw-3'],
      ['2026-11-22T23:59:59.999Z', 'gw-2'],
      ['2026-11-23T00:00:00.000Z', 'gw-1'],
    ]);
    expect((await readSamples(store, 'production', { instance: 'gw-1' })).map((s) => s.status)).toEqual(['healthy', 'failed']);
    // Inclusive bounds, both ends.
    const win = await readSamples(store, 'production', { since: '2026-11-22T22:30:00.000Z', until: new Date('2026-11-23T00:00:00.000Z') });
    expect(win.map((s) => s.instance)).toEqual(['gw-3', 'gw-2', 'gw-1']);
  });

  it('appends (never rewrites) and does one append per day file', async () => {
    const store = new MemoryStore();
    const appends: string[] = [];
    const orig = store.append.bind(store);
    store.append = async (p, c) => {
      appends.push(p);
      return orig(p, c);
    };
    await appendSamples(store, 'dev', [sample('2026-11-22T01:00:00Z'), sample('2026-11-22T02:00:00Z', 'gw-2'), sample('2026-11-23T02:00:00Z')]);
    await appendSamples(store, 'dev', [sample('2026-11-22T03:00:00Z', 'gw-3')]);
    expect(appends).toEqual(['environments/dev/watch/samples/2026-11-22.jsonl', 'environments/dev/watch/samples/2026-11-23.jsonl', 'environments/dev/watch/samples/2026-11-22.jsonl']);
    expect(store.files.get('environments/dev/watch/samples/2026-11-22.jsonl')!.trim().split('\n')).toHaveLength(3);
  });

  it('a torn last line is skipped with a warning, and the next append starts on a fresh line', async () => {
    const store = new MemoryStore();
    const file = watchPaths.dayFile('prod', '2026-11-22T00:00:00Z');
    store.files.set(file, JSON.stringify(sample('2026-11-22T01:00:00.000Z')) + '\n{"at":"2026-11-22T02:00:00.000Z","run":"r2","inst');
    const logger = memoryLogger();
    expect((await readSamples(store, 'prod', {}, { logger })).map((s) => s.at)).toEqual(['2026-11-22T01:00:00.000Z']);
    expect(logger.lines).toEqual(['warning: environments/prod/watch/samples/2026-11-22.jsonl:2: skipped a torn last line (an interrupted append)']);

    await appendSamples(store, 'prod', [sample('2026-11-22T03:00:00.000Z', 'gw-9')]);
    const logger2 = memoryLogger();
    const after = await readSamples(store, 'prod', {}, { logger: logger2 });
    // The new sample survived: it was not glued to the torn fragment.
    expect(after.map((s) => s.instance)).toEqual(['gw-1', 'gw-9']);
    expect(logger2.lines).toEqual(['warning: environments/prod/watch/samples/2026-11-22.jsonl:2: skipped a line that is not valid JSON']);
  });

  it('skips lines that are JSON but not samples, and files that only look like day files are ignored', async () => {
    const store = new MemoryStore();
    const dir = watchPaths.samplesDir('prod');
    store.files.set(`${dir}/2026-11-22.jsonl`, `${JSON.stringify(sample('2026-11-22T01:00:00Z'))}\n[1,2]\n{"at":"nope","instance":"x","status":"healthy"}\n{"at":"2026-11-22T01:00:00Z","instance":"x","status":"purple"}\n`);
    store.files.set(`${dir}/README.md`, 'not a day file');
    store.files.set(`${dir}/2026-13-45.jsonl`, JSON.stringify(sample('2026-11-22T01:00:00Z')) + '\n');
    const logger = memoryLogger();
    expect(await readSamples(store, 'prod', {}, { logger })).toHaveLength(1);
    expect(logger.lines.filter((l) => l.includes('not a watch sample'))).toHaveLength(3);
    expect(await listDays(store, 'prod')).toEqual(['2026-11-22']);
  });

  it('refuses a sample holding a registered secret (any derived form) and writes nothing at all', async () => {
    const store = new MemoryStore();
    const secrets = new SecretRegistry();
    secrets.add('tok-watch-secret-123456');
    const good = sample('2026-11-22T01:00:00Z');
    const leaky = sample('2026-11-23T01:00:00Z', 'gw-2', { reasons: [`unauthorized: Bearer ${Buffer.from('tok-watch-secret-123456').toString('base64')}`] });
    await expect(appendSamples(store, 'prod', [good, leaky], { secrets })).rejects.toThrow(
      'refusing to record environments/prod/watch/samples/2026-11-23.jsonl: it contains a secret (a token or credential). Nothing was written.',
    );
    expect(store.files.size).toBe(0);
  });

  it('refuses malformed samples and bad environment names before writing', async () => {
    const store = new MemoryStore();
    await expect(appendSamples(store, 'prod', [sample('yesterday')])).rejects.toThrow("has no valid ISO time 'at'");
    await expect(appendSamples(store, 'prod', [sample('2026-11-22T01:00:00Z', '')])).rejects.toThrow('has no instance id');
    await expect(appendSamples(store, 'prod', [sample('2026-11-22T01:00:00Z', 'gw-1', { status: 'ok' as never })])).rejects.toThrow('unknown status "ok"');
    await expect(appendSamples(store, '../etc', [sample('2026-11-22T01:00:00Z')])).rejects.toThrow("The value '../etc' is not valid for 'environment'");
    await expect(readSamples(store, 'prod', { since: 'last week' })).rejects.toThrow("'since' is not a valid time");
    expect(store.files.size).toBe(0);
  });
});

describe('applyRetention (UTC days)', () => {
  const days = ['2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-11-22'];
  const seeded = () => {
    const store = new MemoryStore();
    for (const d of days) store.files.set(watchPaths.dayFile('prod', `${d}T00:00:00Z`), JSON.stringify(sample(`${d}T12:00:00Z`)) + '\n');
    store.files.set(`${watchPaths.samplesDir('prod')}/notes.txt`, 'keep me');
    store.files.set(`${watchPaths.samplesDir('prod')}/2026-01-01.jsonl.bak`, 'keep me too');
    store.files.set(watchPaths.state('prod'), '{}');
    return store;
  };

  it('removes a day file exactly when its last possible sample is N days old, not a millisecond earlier', async () => {
    // 2026-10-22 ends at 2026-10-23T00:00Z; with 30 days it goes at 2026-11-22T00:00:00.000Z.
    const a = seeded();
    expect(await applyRetention(a, 'prod', { days: 30, now: Date.parse('2026-11-21T23:59:59.999Z') })).toEqual(['2026-10-20', '2026-10-21']);
    const b = seeded();
    expect(await applyRetention(b, 'prod', { days: 30, now: new Date('2026-11-22T00:00:00.000Z') })).toEqual(['2026-10-20', '2026-10-21', '2026-10-22']);
    expect(await listDays(b, 'prod')).toEqual(['2026-10-23', '2026-11-22']);
    // Only day files: other names in the folder and the state are untouched.
    expect(b.files.get(`${watchPaths.samplesDir('prod')}/notes.txt`)).toBe('keep me');
    expect(b.files.get(`${watchPaths.samplesDir('prod')}/2026-01-01.jsonl.bak`)).toBe('keep me too');
    expect(b.files.get(watchPaths.state('prod'))).toBe('{}');
  });

  it('days: 1 keeps yesterday until midnight UTC passes again; the day in progress is never removed', async () => {
    const s = seeded();
    expect(await applyRetention(s, 'prod', { days: 1, now: Date.parse('2026-11-22T23:59:59Z') })).toEqual(['2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23']);
    expect(await listDays(s, 'prod')).toEqual(['2026-11-22']);
    expect(await applyRetention(s, 'prod', { days: 1, now: Date.parse('2026-11-23T23:59:59Z') })).toEqual([]);
    expect(await applyRetention(s, 'prod', { days: 1, now: Date.parse('2026-11-24T00:00:00Z') })).toEqual(['2026-11-22']);
  });

  it('rejects a retention that is not a whole number of days ≥ 1', async () => {
    const s = seeded();
    await expect(applyRetention(s, 'prod', { days: 0, now: Date.now() })).rejects.toThrow('days must be a whole number ≥ 1, got 0');
    await expect(applyRetention(s, 'prod', { days: 1.5, now: Date.now() })).rejects.toThrow('got 1.5');
    await expect(applyRetention(s, 'prod', { days: 3, now: Number.NaN })).rejects.toThrow('now is not a valid time');
    expect(await listDays(s, 'prod')).toEqual(days);
  });
});

describe('watch state', () => {
  const state: WatchState = {
    schema: 1,
    updatedAt: '2026-11-22T01:00:00.000Z',
    instances: {
      'gw-1': { lastStatus: 'failed', lastAt: '2026-11-22T01:00:00.000Z', consecutiveBad: 4, incident: { issue: 12, url: 'https://github.com/o/r/issues/12', openedAt: '2026-11-22T00:30:00.000Z', status: 'failed' } },
      'gw-2': { lastStatus: 'healthy', lastAt: '2026-11-22T01:00:00.000Z', consecutiveBad: 0, lastIncident: { issue: 9, openedAt: '2026-11-20T00:00:00.000Z', status: 'degraded', closedAt: '2026-11-21T00:00:00.000Z' } },
    },
  };

  it('round-trips through a directory store', async () => {
    const store = new DirStore(join(tmp, 'state-dir'));
    expect(await readWatchState(store, 'prod')).toBeUndefined();
    await writeWatchState(store, 'Prod', state);
    expect(await readWatchState(store, 'prod')).toEqual(state);
    expect(JSON.parse(readFileSync(join(tmp, 'state-dir/environments/prod/watch/state.json'), 'utf8'))).toEqual(state);
  });

  it('an unreadable or foreign state is reported and treated as absent (the watch keeps running)', async () => {
    const store = new MemoryStore();
    const logger = memoryLogger();
    store.files.set(watchPaths.state('prod'), '{"schema":1,"instances":{');
    expect(await readWatchState(store, 'prod', { logger })).toBeUndefined();
    store.files.set(watchPaths.state('prod'), '{"schema":2,"instances":{}}');
    expect(await readWatchState(store, 'prod', { logger })).toBeUndefined();
    store.files.set(watchPaths.state('prod'), '{"schema":1,"instances":[]}');
    expect(await readWatchState(store, 'prod', { logger })).toBeUndefined();
    expect(logger.lines).toEqual([
      'warning: environments/prod/watch/state.json in memory (not persisted) is not valid JSON; starting from an empty watch state (it is replaced at the end of this run)',
      'warning: environments/prod/watch/state.json in memory (not persisted) is not a schema-1 watch state; starting from an empty watch state',
      'warning: environments/prod/watch/state.json in memory (not persisted) is not a schema-1 watch state; starting from an empty watch state',
    ]);
  });

  it('refuses a state holding a secret', async () => {
    const store = new MemoryStore();
    const secrets = new SecretRegistry();
    secrets.add('ghp_statesecret0123456789');
    const leaky: WatchState = { ...state, instances: { 'gw-1': { ...state.instances['gw-1']!, incident: { ...state.instances['gw-1']!.incident!, url: 'https://x/?t=ghp_statesecret0123456789' } } } };
    await expect(writeWatchState(store, 'prod', leaky, { secrets })).rejects.toThrow('refusing to record environments/prod/watch/state.json: it contains a secret');
    expect(store.files.size).toBe(0);
  });
});

describe('HistoryReader', () => {
  it('gives the page a window, the latest sample per instance, the days and the state', async () => {
    const store = new MemoryStore();
    await appendSamples(store, 'prod', [
      sample('2026-11-21T10:00:00Z', 'gw-1', { status: 'failed', score: 0 }),
      sample('2026-11-22T10:00:00Z', 'gw-1'),
      sample('2026-11-22T10:00:00Z', 'gw-2', { status: 'degraded', score: 90 }),
    ]);
    await writeWatchState(store, 'prod', { schema: 1, updatedAt: '2026-11-22T10:00:00.000Z', instances: {} });
    const r = historyReader(store, 'PROD');
    expect(r.environment).toBe('prod');
    expect(await r.days()).toEqual(['2026-11-21', '2026-11-22']);
    expect((await r.samples({ since: '2026-11-22T00:00:00Z' })).map((s) => s.instance)).toEqual(['gw-1', 'gw-2']);
    const latest = await r.latest();
    expect([...latest.entries()].map(([id, s]) => [id, s.status])).toEqual([
      ['gw-1', 'healthy'],
      ['gw-2', 'degraded'],
    ]);
    expect((await r.state())?.updatedAt).toBe('2026-11-22T10:00:00.000Z');
  });
});

describe('git state branch', () => {
  it('history written by one run is read back from a fresh clone of the state branch', async () => {
    const remote = join(tmp, 'state.git');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const s1 = new GitStore({ remote });
    await appendSamples(s1, 'prod', [sample('2026-11-22T10:00:00Z'), sample('2026-11-22T10:00:00Z', 'gw-2', { status: 'failed', score: 0, reasons: ['unreachable: /healthz'] })]);
    await writeWatchState(s1, 'prod', { schema: 1, updatedAt: '2026-11-22T10:00:00.000Z', instances: {} });
    await s1.flush('watch: 1 healthy, 0 degraded, 1 failed (prod)');
    await s1.close();

    // A second run appends to the same day file: the branch keeps both, in order.
    const s2 = new GitStore({ remote });
    await appendSamples(s2, 'prod', [sample('2026-11-22T10:15:00Z', 'gw-2')]);
    await s2.flush('watch: 1 healthy, 0 degraded, 0 failed (prod)');
    await s2.close();

    const clone = join(tmp, 'clone');
    execFileSync('git', ['clone', '--quiet', '--branch', 'clawfleet-state', remote, clone], { stdio: 'ignore' });
    const text = readFileSync(join(clone, 'environments/prod/watch/samples/2026-11-22.jsonl'), 'utf8');
    expect(text.trim().split('\n').map((l) => (JSON.parse(l) as WatchSample).instance)).toEqual(['gw-1', 'gw-2', 'gw-2']);
    const fromClone = new DirStore(clone);
    expect((await readSamples(fromClone, 'prod', { instance: 'gw-2' })).map((s) => s.status)).toEqual(['failed', 'healthy']);
    const log = execFileSync('git', ['-C', clone, 'log', '--format=%s'], { encoding: 'utf8' }).trim().split('\n');
    expect(log).toEqual(['watch: 1 healthy, 0 degraded, 0 failed (prod)', 'watch: 1 healthy, 0 degraded, 1 failed (prod)']);
    writeFileSync(join(tmp, 'unused'), ''); // the folder is removed in afterAll
  });
});
