/**
 * The fleet watch against two REAL OpenClaw 2026.9.6 gateways on loopback (ports 25000 and 25030, one
 * single-gateway fleet each so both stay inside this file's port range; browser control is off, so only the
 * base port listens), pointed at the model stub (25045), a real headless Chromium for the browser sample,
 * and a git state branch on a bare repository read back from a fresh clone.
 *
 * Runs: both up (one gets the browser; the config version is matched by content against a recorded
 * version) → one SIGSTOPped (failed, score 0, incident opened, run fails) → SIGCONT (recovered, incident
 * closed). Each run is exactly one commit on the state branch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet, type LaunchedGateway } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';
import { contentDigest } from '../../src/deploy/content.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { DirStore } from '../../src/deploy/store/dir.js';
import { GitStore } from '../../src/deploy/store/git.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { readSamples, readWatchState } from '../../src/watch/history.js';
import { runWatch, type WatchOptions, type WatchResult } from '../../src/watch/watch.js';
import { recordingLogger } from '../fleet/helpers.js';

const STUB_PORT = 25045;
const RUN_MS = 300_000;
let stub: ModelStub;
let fleets: Fleet[] = [];
let a: LaunchedGateway;
let b: LaunchedGateway;
const work = mkdtempSync(join(tmpdir(), 'watch-gw-'));
const remote = join(work, 'state.git');
const secrets = new SecretRegistry();
const chromium = process.env['CHROME_BIN'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

beforeAll(async () => {
  execFileSync('git', ['init', '--bare', '--quiet', remote]);
  stub = await startModelStub({ port: STUB_PORT });
  // Two gateways at most, started side by side (the machine's limit for one test file).
  fleets = await Promise.all([
    startFleet({ count: 1, basePort: 25000, modelStubUrl: stub.url, idPrefix: 'wa', tokenEnvPrefix: 'WATCH_A_' }),
    startFleet({ count: 1, basePort: 25030, modelStubUrl: stub.url, idPrefix: 'wb', tokenEnvPrefix: 'WATCH_B_' }),
  ]);
  a = fleets[0]!.gateways[0]!;
  b = fleets[1]!.gateways[0]!;
  secrets.add(a.token);
  secrets.add(b.token);
}, 300_000);

afterAll(async () => {
  b?.sigcont();
  await Promise.all(fleets.map((f) => f.stop()));
  await stub?.stop();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

function opts(store: GitStore, over: Partial<WatchOptions> = {}): WatchOptions {
  return {
    environment: 'production',
    targets: [a, b].map((g) => ({ id: g.id, url: g.url, token: g.token })),
    store,
    expectedVersion: { version: '2026.9.6', source: 'input' },
    timeoutMs: 150_000,
    callTimeoutMs: 15_000,
    concurrency: 2,
    pairDevices: true,
    retentionDays: 30,
    debounce: 1,
    failOn: 'failed',
    secrets,
    logger: recordingLogger(),
    ...over,
  };
}

/** Runs one watch with a fresh git store (a new process would do the same) and closes it. */
async function watchOnce(over: Partial<WatchOptions> = {}): Promise<WatchResult> {
  const store = new GitStore({ remote });
  try {
    return await runWatch(opts(store, over));
  } finally {
    await store.close();
  }
}

const commits = () => execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'clawfleet-state'], { encoding: 'utf8' }).trim().split('\n');

/** Up = not failed, and degraded only for CPU pressure on this shared host (a true observation). */
function expectUp(r: WatchResult, id: string): void {
  const row = r.rows.find((x) => x.instance === id)!;
  expect(row.status, `${id}: ${(row.reasons ?? []).join(' | ')}`).not.toBe('failed');
  if (row.status === 'degraded') for (const reason of row.reasons ?? []) expect(reason).toMatch(/event loop degraded/);
  expect(row.score).toBeGreaterThanOrEqual(80);
  expect(row.version).toBe('2026.9.6');
  expect(row.latencyMs).toBeGreaterThanOrEqual(0);
  expect(row.configHash).toMatch(/\S/);
}

describe('fleet watch against real gateways', () => {
  it(
    'both up: samples on the state branch, browser on the sampled one, config version matched by content',
    async () => {
      // Record gw A's own file content as v1 (current): its sample must name v1; B's file differs (port, paths).
      const live = await createGatewayClient({ id: a.id, url: a.url, token: a.token }, { timeoutMs: 15_000 }).configGet();
      const seed = new GitStore({ remote });
      const rec = new StateRecorder(seed, 'production');
      const parsed = live.parsed as Record<string, unknown>;
      await rec.registerVersion(parsed, contentDigest(parsed));
      await rec.setCurrent(1, contentDigest(parsed), 'seed');
      await seed.flush('seed v1');
      await seed.close();

      const r = await watchOnce({
        ...(chromium ? { browser: { path: chromium, sample: { kind: 'count', count: 1 }, screenshotsDir: join(work, 'shots') } } : {}),
        pickSample: () => [0],
      });
      expectUp(r, a.id);
      expectUp(r, b.id);
      expect(r.shouldFail).toBe(false);
      const rowA = r.rows.find((x) => x.instance === a.id)!;
      const rowB = r.rows.find((x) => x.instance === b.id)!;
      expect(rowA).toMatchObject({ configVersion: 1, expectedConfigVersion: 1 });
      expect(rowB.configVersion).toBeUndefined();
      expect(rowB.expectedConfigVersion).toBe(1);
      expect(rowA.configHash).not.toBe(rowB.configHash);
      if (chromium) {
        expect(r.browserSampled).toEqual([a.id]);
        expect(rowA.browser).toBe('pass');
      }
      expect(rowB.browser).toBeUndefined();
      expect(commits()).toEqual([`watch: ${r.counts.healthy} healthy, ${r.counts.degraded} degraded, 0 failed (production)`, 'seed v1']);
    },
    RUN_MS,
  );

  it(
    'a SIGSTOPped gateway: failed with score 0 after its budget, an incident opens, the run fails; the other stays up',
    async () => {
      // On a busy host the first run may have seen b "degraded" (event loop under CPU pressure, a true
      // observation) and, at debounce 1, opened a degraded incident already: then this run escalates that
      // incident (silently without GitHub) instead of opening a second one.
      const priorStore = new GitStore({ remote });
      const prior = (await readWatchState(priorStore, 'production'))?.instances[b.id]?.incident;
      await priorStore.close();
      b.sigstop();
      let r: WatchResult;
      try {
        r = await watchOnce({ timeoutMs: 20_000, callTimeoutMs: 5_000 });
      } finally {
        b.sigcont();
      }
      const rowB = r.rows.find((x) => x.instance === b.id)!;
      expect(rowB).toMatchObject({ status: 'failed', score: 0 });
      expect(rowB.reasons?.[0]).toMatch(/timeout/);
      expect(rowB.latencyMs).toBeUndefined();
      expectUp(r, a.id);
      expect(r.failed).toEqual([b.id]);
      expect(r.shouldFail).toBe(true);
      if (prior) expect(r.actions.filter((x) => x.instance === b.id && x.kind === 'opened')).toEqual([]);
      else expect(r.actions).toEqual([expect.objectContaining({ kind: 'opened', instance: b.id, status: 'failed', issue: 0 })]);
      const afterStore = new GitStore({ remote });
      const incident = (await readWatchState(afterStore, 'production'))?.instances[b.id]?.incident;
      await afterStore.close();
      expect(incident).toMatchObject({ status: 'failed', issue: 0, ...(prior ? { openedAt: prior.openedAt } : {}) });
      expect(commits()[0]).toMatch(/^watch: \d healthy, \d degraded, 1 failed \(production\)$/);
    },
    RUN_MS,
  );

  it(
    'after SIGCONT the gateway recovers and the incident closes; the history reads back from a fresh clone',
    async () => {
      await b.waitReady(120_000);
      // A process resumed from SIGSTOP first reports the stall as event-loop delay (degraded, which keeps an
      // incident open); wait until its own /readyz is clean again, as an operator would before calling it fixed.
      const probe = createGatewayClient({ id: b.id, url: b.url, token: b.token }, { timeoutMs: 10_000 });
      for (let i = 0; i < 60; i++) {
        const rz = await probe.readyz().catch(() => undefined);
        if (rz?.ready && !rz.eventLoopDegraded) break;
        await new Promise((res) => setTimeout(res, 2000));
      }
      const r = await watchOnce();
      expectUp(r, b.id);
      expect(r.actions).toEqual([expect.objectContaining({ kind: 'closed', instance: b.id, status: 'healthy' })]);

      const clone = join(work, 'clone');
      execFileSync('git', ['clone', '--quiet', '--branch', 'clawfleet-state', remote, clone], { stdio: 'ignore' });
      const store = new DirStore(clone);
      const samples = await readSamples(store, 'production');
      expect(samples).toHaveLength(6);
      expect(samples.filter((s) => s.instance === b.id).map((s) => s.status === 'failed')).toEqual([false, true, false]);
      expect(new Set(samples.map((s) => s.run)).size).toBe(3);
      const state = await readWatchState(store, 'production');
      expect(state?.instances[b.id]?.incident).toBeUndefined();
      expect(state?.instances[b.id]?.lastIncident).toMatchObject({ status: 'failed', resolution: 'recovered' });
      // One commit per run (plus the seed), and nothing secret anywhere on the branch.
      expect(commits()).toHaveLength(4);
      const all = execFileSync('git', ['-C', clone, 'grep', '-I', '-h', '-e', '.', '--', '.'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      for (const t of [a.token, b.token]) for (const form of derivedForms(t)) expect(all.includes(form)).toBe(false);
      expect(readFileSync(join(clone, 'environments/production/watch/state.json'), 'utf8')).toContain(b.id);
    },
    RUN_MS,
  );
});
