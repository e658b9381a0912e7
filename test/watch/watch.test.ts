/**
 * runWatch end to end over real HTTP: the smoke test's fake gateways (healthy / degraded / failed, and a
 * Control UI for the browser sample) and the simulated fleet for scale, scores and the config-version match.
 * Asserts the samples, the one store flush per run, debounce and recovery across runs, fail-on, a failing
 * alert step, retention, and that no token reaches the store.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { MemoryStore } from '../../src/deploy/store/dir.js';
import { contentDigest } from '../../src/deploy/content.js';
import { loadInventory } from '../../src/fleet/inventory.js';
import { readSamples, readWatchState } from '../../src/watch/history.js';
import { watchPaths, type AlertSink, type WatchSample, type WatchState } from '../../src/watch/types.js';
import { randomSample, runWatch, sampleSize, type WatchOptions, type WatchTarget } from '../../src/watch/watch.js';
import { memoryLogger } from '../deploy/helpers.js';
import type { FakeGateway } from '../smoke/fake-gateway.js';
import { startWatchFake } from './fakes.js';

let ok: FakeGateway;
let deg: FakeGateway;
let bad: FakeGateway;
let targets: WatchTarget[];
const secrets = new SecretRegistry();

beforeAll(async () => {
  ok = await startWatchFake();
  deg = await startWatchFake({ eventLoopDegraded: true });
  bad = await startWatchFake({ notReady: ['agent-database:main'] });
  targets = [
    { id: 'gw-ok', url: ok.url, token: ok.token },
    { id: 'gw-deg', url: deg.url, token: deg.token },
    { id: 'gw-bad', url: bad.url, token: bad.token },
  ];
  for (const t of targets) secrets.add(t.token);
});
afterAll(async () => {
  await Promise.all([ok?.stop(), deg?.stop(), bad?.stop()]);
});

/** A store that counts flushes and appends (what "one commit per run" means). */
function countingStore() {
  const store = new MemoryStore();
  const appends: string[] = [];
  const flushes: string[] = [];
  const append = store.append.bind(store);
  store.append = async (p, c) => {
    appends.push(p);
    return append(p, c);
  };
  store.flush = async (m?: string) => {
    flushes.push(m ?? '');
    store.flushes++;
  };
  return { store, appends, flushes };
}

const at = (iso: string) => () => new Date(iso);

function opts(store: MemoryStore, over: Partial<WatchOptions> = {}): WatchOptions {
  return {
    environment: 'Prod',
    targets,
    store,
    timeoutMs: 10_000,
    callTimeoutMs: 3000,
    concurrency: 3,
    pairDevices: false,
    retentionDays: 30,
    debounce: 2,
    failOn: 'failed',
    secrets,
    logger: memoryLogger(),
    expectedVersion: { version: '2026.9.6', source: 'input' },
    ...over,
  };
}

function assertNoToken(store: MemoryStore, tokens: string[]) {
  const all = [...store.files.entries()].map(([k, v]) => `${k}\n${v}`).join('\n');
  for (const t of tokens) for (const form of derivedForms(t)) expect(all.includes(form)).toBe(false);
}

describe('runWatch against fake gateways', () => {
  it('one sample per instance (status, score, version, latency, reasons), one append, one flush, state written', async () => {
    const { store, appends, flushes } = countingStore();
    const r = await runWatch(opts(store, { now: at('2026-11-22T10:00:00.000Z'), runId: 'run-1' }));
    expect(r.counts).toEqual({ healthy: 1, degraded: 1, failed: 1 });
    expect(r.failed).toEqual(['gw-bad']);
    expect(r.degraded).toEqual(['gw-deg']);
    expect(r.rows.map((x) => [x.instance, x.status, x.score])).toEqual([
      ['gw-ok', 'healthy', 100],
      ['gw-deg', 'degraded', 90],
      ['gw-bad', 'failed', 40], // not ready (−50) with one failing subsystem (−10)
    ]);
    for (const row of r.rows) {
      expect(row).toMatchObject({ run: 'run-1', at: '2026-11-22T10:00:00.000Z', version: '2026.9.6', expectedVersion: '2026.9.6', configHash: 'hmac-sha256:v1:fake' });
      expect(row.latencyMs).toBeGreaterThanOrEqual(0);
      expect(row.browser).toBeUndefined();
    }
    expect(r.rows[0]!.reasons).toBeUndefined();
    expect(r.rows[2]!.reasons?.[0]).toMatch(/^readyz: not ready \(HTTP 503\): failing agent-database:main/);
    expect(appends).toEqual(['environments/prod/watch/samples/2026-11-22.jsonl']);
    expect(flushes).toEqual(['watch: 1 healthy, 1 degraded, 1 failed (prod)']);
    expect(r.flushMessage).toBe(flushes[0]);
    const stored = await readSamples(store, 'prod');
    expect(stored.map((s) => s.instance)).toEqual(['gw-ok', 'gw-deg', 'gw-bad']);
    expect(stored[0]).not.toHaveProperty('url');
    const state = await readWatchState(store, 'prod');
    expect(state?.instances['gw-bad']).toMatchObject({ lastStatus: 'failed', consecutiveBad: 1 });
    expect(state?.instances['gw-bad']?.incident).toBeUndefined(); // debounce 2: not yet
    expect(r.shouldFail).toBe(true);
    expect(r.probes).toHaveLength(3);
    assertNoToken(store, targets.map((t) => t.token));
  });

  it('debounce: the incident opens on the Nth bad probe, is not opened twice, worsens, and closes on recovery', async () => {
    const store = new MemoryStore();
    const only = (id: string) => targets.filter((t) => t.id === id);
    deg.knobs.eventLoopDegraded = true;
    try {
      const r1 = await runWatch(opts(store, { targets: only('gw-deg'), now: at('2026-11-22T10:00:00Z') }));
      expect(r1.actions).toEqual([]);
      const r2 = await runWatch(opts(store, { targets: only('gw-deg'), now: at('2026-11-22T10:15:00Z') }));
      expect(r2.actions).toEqual([{ kind: 'opened', instance: 'gw-deg', issue: 0, status: 'degraded', reason: 'opened' }]);
      expect(r2.incidentsOpened).toBe(1);
      const r3 = await runWatch(opts(store, { targets: only('gw-deg'), now: at('2026-11-22T10:30:00Z') }));
      expect(r3.actions).toEqual([]); // still degraded: no second incident
      deg.knobs.notReady = ['plugin-reload'];
      const r4 = await runWatch(opts(store, { targets: only('gw-deg'), now: at('2026-11-22T10:45:00Z') }));
      expect(r4.actions).toEqual([]); // without an issue there is nobody to tell; the incident keeps the worse status
      expect((await readWatchState(store, 'prod'))?.instances['gw-deg']?.incident?.status).toBe('failed');
      delete deg.knobs.notReady;
      deg.knobs.eventLoopDegraded = false;
      const r5 = await runWatch(opts(store, { targets: only('gw-deg'), now: at('2026-11-22T11:00:00Z') }));
      expect(r5.actions).toEqual([{ kind: 'closed', instance: 'gw-deg', issue: 0, status: 'healthy', reason: 'recovered' }]);
      expect(r5.incidentsClosed).toBe(1);
      const st = await readWatchState(store, 'prod');
      // Incident times are the probes' times (the samples' `at`).
      expect(st?.instances['gw-deg']).toMatchObject({ lastStatus: 'healthy', consecutiveBad: 0, lastIncident: { status: 'failed', resolution: 'recovered' } });
      expect(Date.parse(st!.instances['gw-deg']!.lastIncident!.closedAt)).toBeGreaterThan(Date.parse(st!.instances['gw-deg']!.lastIncident!.openedAt));
      expect(st?.instances['gw-deg']?.incident).toBeUndefined();
      expect(store.flushes).toBe(5);
      expect((await readSamples(store, 'prod')).map((s) => s.status)).toEqual(['degraded', 'degraded', 'degraded', 'failed', 'healthy']);
    } finally {
      deg.knobs.eventLoopDegraded = true;
      delete deg.knobs.notReady;
    }
  });

  it.each([
    ['failed', true],
    ['degraded', true],
    ['never', false],
  ] as const)('fail-on %s with one failed instance → shouldFail %s', async (failOn, expected) => {
    const r = await runWatch(opts(new MemoryStore(), { failOn }));
    expect(r.failOn).toBe(failOn);
    expect(r.shouldFail).toBe(expected);
  });

  it('fail-on: degraded fails on a degraded-only fleet, failed does not', async () => {
    const sel = targets.filter((t) => t.id !== 'gw-bad');
    expect((await runWatch(opts(new MemoryStore(), { targets: sel, failOn: 'degraded' }))).shouldFail).toBe(true);
    expect((await runWatch(opts(new MemoryStore(), { targets: sel, failOn: 'failed' }))).shouldFail).toBe(false);
  });

  it('a failing alert step: samples still recorded and flushed, the state unchanged, the run fails, the error redacted', async () => {
    const { store, flushes } = countingStore();
    const before: WatchState = { schema: 1, updatedAt: '2026-11-21T00:00:00.000Z', instances: { 'gw-bad': { lastStatus: 'failed', lastAt: '2026-11-21T00:00:00.000Z', consecutiveBad: 7, incident: { issue: 41, openedAt: '2026-11-20T00:00:00.000Z', status: 'failed' } } } };
    store.files.set(watchPaths.state('prod'), JSON.stringify(before));
    const sink: AlertSink = {
      evaluate: async () => {
        throw new Error(`GitHub API 502 (token ${ok.token})`);
      },
    };
    const logger = memoryLogger();
    const r = await runWatch(opts(store, { alerts: sink, failOn: 'never', logger }));
    expect(r.alertError).toBe('GitHub API 502 (token ***)');
    expect(r.shouldFail).toBe(true);
    expect(r.actions).toEqual([]);
    expect(JSON.parse(store.files.get(watchPaths.state('prod'))!)).toEqual(before);
    expect(await readSamples(store, 'prod')).toHaveLength(3);
    expect(flushes).toHaveLength(1);
    expect(logger.lines.join('\n')).not.toContain(ok.token);
  });

  it('the alert sink gets the previous state, the samples and the context; its state is what gets written', async () => {
    const store = new MemoryStore();
    const seen: Array<{ prev: WatchState | undefined; samples: readonly WatchSample[]; ctx: unknown }> = [];
    const sink: AlertSink = {
      evaluate: async (prev, samples, now, ctx) => {
        seen.push({ prev, samples, ctx });
        return { state: { schema: 1, updatedAt: now.toISOString(), instances: { x: { lastStatus: 'healthy', lastAt: now.toISOString(), consecutiveBad: 0 } } }, actions: [{ kind: 'opened', instance: 'gw-bad', issue: 17, url: 'https://github.com/o/r/issues/17', status: 'failed' }] };
      },
    };
    const r = await runWatch(opts(store, { alerts: sink, debounce: 4, recoverAfter: 2, remindAfterMs: 0, inventoryIds: ['gw-ok', 'gw-deg', 'gw-bad'], runbookUrl: 'https://example.com/runbook', runUrl: 'https://github.com/o/r/actions/runs/1', now: at('2026-11-22T12:00:00Z') }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.prev).toBeUndefined();
    expect(seen[0]!.samples.map((s) => s.instance)).toEqual(['gw-ok', 'gw-deg', 'gw-bad']);
    expect(seen[0]!.ctx).toEqual({ environment: 'prod', debounce: 4, runbookUrl: 'https://example.com/runbook', runUrl: 'https://github.com/o/r/actions/runs/1', inventory: ['gw-ok', 'gw-deg', 'gw-bad'], recoverAfter: 2, remindAfterMs: 0 });
    expect(r.incidentsOpened).toBe(1);
    expect(Object.keys((await readWatchState(store, 'prod'))!.instances)).toEqual(['x']);
  });

  it('retention runs in the same flush: day files older than retention-days are gone', async () => {
    const { store, flushes } = countingStore();
    store.files.set(watchPaths.dayFile('prod', '2026-10-01T00:00:00Z'), '{"at":"2026-10-01T00:00:00Z","run":"r","instance":"gw-ok","status":"healthy","score":100}\n');
    store.files.set(watchPaths.dayFile('prod', '2026-11-20T00:00:00Z'), '{"at":"2026-11-20T00:00:00Z","run":"r","instance":"gw-ok","status":"healthy","score":100}\n');
    const r = await runWatch(opts(store, { retentionDays: 7, now: at('2026-11-22T10:00:00Z') }));
    expect(r.retentionRemoved).toEqual(['2026-10-01']);
    expect([...store.files.keys()].filter((k) => k.includes('/samples/')).sort()).toEqual([watchPaths.dayFile('prod', '2026-11-20'), watchPaths.dayFile('prod', '2026-11-22')]);
    expect(flushes).toHaveLength(1);
  });

  it('an unreachable instance is failed with score 0 and no latency; a wrong version is recorded against its pin', async () => {
    const store = new MemoryStore();
    ok.knobs.version = '2026.9.5';
    try {
      const r = await runWatch(opts(store, { targets: [{ id: 'gw-gone', url: 'http://127.0.0.1:25099', token: 'tok-unreachable-0001' }, targets[0]!] }));
      const [gone, old] = r.rows;
      expect(gone).toMatchObject({ instance: 'gw-gone', status: 'failed', score: 0 });
      expect(gone!.latencyMs).toBeUndefined();
      expect(gone!.reasons?.[0]).toMatch(/^healthz: unreachable/);
      expect(old).toMatchObject({ instance: 'gw-ok', status: 'failed', version: '2026.9.5', expectedVersion: '2026.9.6' });
    } finally {
      delete ok.knobs.version;
    }
  });

  it('samples taken while a deployment holds the environment lock say so; a stale lock does not count', async () => {
    const store = new MemoryStore();
    const rec = new StateRecorder(store, 'prod', { now: () => Date.parse('2026-11-22T09:59:00Z') });
    await rec.acquireLock('gh:o/r:1', 'rolling-deploy', '20261122T095900Z-v7-abcd');
    const r = await runWatch(opts(store, { targets: targets.slice(0, 1), now: at('2026-11-22T10:00:00Z') }));
    expect(r.rows[0]!.duringDeployment).toBe('rolling-deploy 20261122T095900Z-v7-abcd');
    expect((await readSamples(store, 'prod'))[0]!.duringDeployment).toBe('rolling-deploy 20261122T095900Z-v7-abcd');
    const later = await runWatch(opts(store, { targets: targets.slice(0, 1), now: at('2026-11-22T17:00:00Z') }));
    expect(later.rows[0]!.duringDeployment).toBeUndefined();
  });

  it('refuses bad options before probing or writing anything', async () => {
    const store = new MemoryStore();
    await expect(runWatch(opts(store, { debounce: 0 }))).rejects.toThrow('debounce must be a whole number ≥ 1, got 0');
    await expect(runWatch(opts(store, { retentionDays: 0 }))).rejects.toThrow('retentionDays must be a whole number ≥ 1, got 0');
    await expect(runWatch(opts(store, { targets: [] }))).rejects.toThrow('no instance to watch');
    await expect(runWatch(opts(store, { environment: 'prod/x' }))).rejects.toThrow("The value 'prod/x' is not valid for 'environment'");
    expect(store.files.size).toBe(0);
    expect(store.flushes).toBe(0);
  });

  const chromium = process.env['CHROME_BIN'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
  it.skipIf(!chromium)('browser sample: only the picked instance opens the Control UI, and its sample says so', async () => {
    const store = new MemoryStore();
    const dir = `${process.env['RUNNER_TEMP'] ?? '/tmp'}/watch-shots`;
    const r = await runWatch(opts(store, { targets: targets.slice(0, 2), browser: { path: chromium, sample: { kind: 'count', count: 1 }, screenshotsDir: dir }, pickSample: () => [1], timeoutMs: 120_000, callTimeoutMs: 10_000 }));
    expect(r.browserSampled).toEqual(['gw-deg']);
    expect(r.rows[0]!.browser).toBeUndefined();
    expect(r.rows[1]!.browser).toBe('pass');
    expect(r.probes.find((p) => p.id === 'gw-deg')?.checks.some((c) => c.name === 'control-ui')).toBe(true);
    expect(r.probes.find((p) => p.id === 'gw-ok')?.checks.some((c) => c.name === 'control-ui')).toBe(false);
  }, 180_000);
});

describe('runWatch against the simulated fleet (scale, scores, config versions)', () => {
  let sim: SimFleet | undefined;
  let simTargets: WatchTarget[];
  const base = { gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' } }, plugins: { entries: { 'admin-http-rpc': { enabled: true } } }, update: { checkOnStart: false } };
  const v1 = { ...base, ui: { seamColor: '#111111' } };
  const v2 = { ...base, ui: { seamColor: '#222222' } };
  beforeAll(async () => {
    // 25090–25098 (25099 stays unused: the "unreachable" instance); the next one when a colleague's run holds it.
    for (let port = 25090; port <= 25098 && !sim; port++) {
      try {
        sim = await startSimFleet({ count: 120, basePort: port, config: () => structuredClone(v2), knobs: (i) => (i % 40 === 7 ? { blackHole: true, faultScope: 'all' } : i % 40 === 9 ? { eventLoopDegraded: true } : undefined) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 25098) throw e;
      }
    }
    const inv = loadInventory(sim!.inventoryFile);
    simTargets = inv.instances.map((i) => ({ id: i.id, url: i.url, token: sim!.env[i.tokenEnv]! }));
    for (const t of simTargets) secrets.add(t.token);
  }, 60_000);
  afterAll(async () => {
    await sim?.stop();
  });

  it('120 instances: scores from the health formula, config version matched by content, one append and one flush', async () => {
    const { store, appends, flushes } = countingStore();
    const rec = new StateRecorder(store, 'prod');
    await rec.registerVersion(v1, contentDigest(v1));
    await rec.registerVersion(v2, contentDigest(v2));
    await rec.setCurrent(2, contentDigest(v2), 'd-2');
    sim!.editConfig('sim-0003', structuredClone(v1)); // an older recorded version
    sim!.editConfig('sim-0004', { ...base, ui: { seamColor: '#abcdef' } }); // hand-edited: matches nothing
    const r = await runWatch(opts(store, { targets: simTargets, concurrency: 16, timeoutMs: 10_000, callTimeoutMs: 1000, now: at('2026-11-22T10:00:00Z'), expectedVersion: undefined }));
    expect(r.rows).toHaveLength(120);
    const byId = new Map(r.rows.map((x) => [x.instance, x]));
    const holes = simTargets.filter((_, i) => i % 40 === 7).map((t) => t.id);
    expect(holes).toHaveLength(3);
    for (const id of holes) expect(byId.get(id)).toMatchObject({ status: 'failed', score: 0 });
    expect(r.rows.filter((x) => x.score === 90).map((x) => x.instance)).toEqual(simTargets.filter((_, i) => i % 40 === 9).map((t) => t.id));
    expect(byId.get('sim-0001')).toMatchObject({ score: 100, configVersion: 2, expectedConfigVersion: 2 });
    expect(byId.get('sim-0003')).toMatchObject({ configVersion: 1, expectedConfigVersion: 2 });
    expect(byId.get('sim-0004')!.configVersion).toBeUndefined();
    expect(byId.get('sim-0004')!.expectedConfigVersion).toBe(2);
    expect(r.expectedConfigVersion).toBe(2);
    // Every answering instance has a distinct per-installation hash (HMAC), recorded as-is.
    expect(new Set(r.rows.filter((x) => x.configHash).map((x) => x.configHash)).size).toBe(117);
    expect(appends).toEqual(['environments/prod/watch/samples/2026-11-22.jsonl']);
    expect(flushes).toHaveLength(1);
    assertNoToken(store, simTargets.map((t) => t.token));
  }, 120_000);
});

describe('pure parts', () => {
  it('sampleSize: counts clamp to the selection, ratios round up', () => {
    expect(sampleSize({ kind: 'count', count: 2 }, 10)).toBe(2);
    expect(sampleSize({ kind: 'count', count: 50 }, 10)).toBe(10);
    expect(sampleSize({ kind: 'count', count: 0 }, 10)).toBe(0);
    expect(sampleSize({ kind: 'ratio', ratio: 0.1 }, 10)).toBe(1);
    expect(sampleSize({ kind: 'ratio', ratio: 0.1 }, 11)).toBe(2);
    expect(sampleSize({ kind: 'ratio', ratio: 1 }, 7)).toBe(7);
    expect(sampleSize({ kind: 'ratio', ratio: 0 }, 7)).toBe(0);
    expect(sampleSize({ kind: 'ratio', ratio: 0.5 }, 0)).toBe(0);
  });

  it('randomSample: k distinct sorted indexes, and over many draws every index is picked', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const s = randomSample(10, 2);
      expect(s).toHaveLength(2);
      expect(new Set(s).size).toBe(2);
      expect([...s].sort((a, b) => a - b)).toEqual(s);
      for (const x of s) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(10);
        seen.add(x);
      }
    }
    expect(seen.size).toBe(10);
    expect(randomSample(3, 5)).toEqual([0, 1, 2]);
  });
});
