/**
 * The engine over real HTTP against the simulated fleet (C's sim-fleet, one process, many gateways) and,
 * for 10 000 instances, the in-memory fake: batch arithmetic, "instances 201–300 get zero RPCs after a
 * stop", pacing under the gateway's write limit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { clientFactory } from '../../src/actions/rolling-deploy/shared.js';
import { runDeployment } from '../../src/deploy/engine.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { MemoryStore } from '../../src/deploy/store/dir.js';
import type { RolloutPolicy } from '../../src/deploy/types.js';
import { loadInventory } from '../../src/fleet/inventory.js';
import type { InstanceSpec } from '../../src/fleet/types.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { fastPolicy, memoryLogger } from './helpers.js';

const BASE = { gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 18789 }, plugins: { entries: { 'admin-http-rpc': { enabled: true } } }, update: { checkOnStart: false } };

let sim: SimFleet;
let instances: InstanceSpec[];
beforeAll(async () => {
  sim = await startSimFleet({ count: 300, config: () => structuredClone(BASE), knobs: { rateLimit: false } });
  instances = loadInventory(sim.inventoryFile).instances;
});
afterAll(async () => sim?.stop());
afterEach(() => {
  sim.clearKnobs('*');
  sim.setKnobs('*', { rateLimit: false });
  sim.log.clear();
});

async function deploy(color: string, policy: Partial<RolloutPolicy>, pacer = new WritePacer()) {
  const secrets = new SecretRegistry();
  const tokens = new Map(sim.instances.map((i) => [i.id, i.token]));
  return runDeployment(
    { environment: 'sim', config: { ...structuredClone(BASE), ui: { seamColor: color } }, instances, policy: fastPolicy({ concurrency: 20, ...policy }), context: { owner: 'sim-test' } },
    { clientFor: clientFactory(tokens, { timeoutMs: 10_000, logger: memoryLogger(), secrets }), recorder: new StateRecorder(new MemoryStore(), 'sim'), logger: memoryLogger(), pacer, pollMs: 20 },
  );
}

describe('300 simulated gateways over HTTP', () => {
  it('batches of 100; a failing batch 2 stops the rollout; instances 201–300 get no RPC after the plan', async () => {
    const ids = sim.instances.map((i) => i.id);
    sim.setKnobs(ids.slice(149, 162), { rejectWrites: { message: 'invalid config: ui: refused by this gateway' } }); // 13 in batch 2
    const { report } = await deploy('#111111', { batchSize: 100, autoRollback: false });
    expect(report.result).toBe('stopped');
    expect(report.batches.map((b) => [b.index, b.instances.length, b.passed])).toEqual([
      [1, 100, true],
      [2, 100, false],
    ]);
    const firstWrite = Math.min(...sim.log.entries.filter((e) => e.write).map((e) => e.time));
    for (const id of ids.slice(200)) {
      const reqs = sim.log.forInstance(id);
      expect(reqs.map((r) => r.method)).toEqual(['config.get']);
      expect(reqs[0]!.time).toBeLessThanOrEqual(firstWrite);
      expect(sim.configOf(id).writes).toBe(0);
    }
    expect(sim.log.instancesWith({ write: true }).size).toBe(200);
  });

  it('pacing keeps each gateway under its write limit: three deploys in one window get through without a single 503', async () => {
    sim.setKnobs('*', { rateLimit: { limit: 2, windowMs: 3_000 } });
    const three = instances.slice(0, 3);
    const pacer = new WritePacer({ count: 2, windowMs: 3_000 });
    const secrets = new SecretRegistry();
    const tokens = new Map(sim.instances.map((i) => [i.id, i.token]));
    const run = (color: string) =>
      runDeployment(
        { environment: 'sim-pace', config: { ...structuredClone(BASE), ui: { seamColor: color } }, instances: three, policy: fastPolicy({ batchSize: 3 }), context: { owner: 'pace' } },
        { clientFor: clientFactory(tokens, { timeoutMs: 10_000, logger: memoryLogger(), secrets }), recorder: new StateRecorder(new MemoryStore(), 'sim-pace'), logger: memoryLogger(), pacer, pollMs: 20 },
      );
    const t0 = Date.now();
    for (const color of ['#222221', '#222222', '#222223']) expect((await run(color)).report.result).toBe('succeeded');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2_500); // the third write to each gateway waited for the window
    expect(sim.log.count({ method: 'config.apply' })).toBe(9);
    expect(sim.log.entries.filter((e) => e.status === 503)).toEqual([]);
    expect(pacer.waitedMs).toBeGreaterThan(0);
  }, 30_000);
});

describe('10 000 instances (in-memory fake)', () => {
  it('200 batches of 50; a stop at batch 1 leaves 9 950 instances with nothing but the plan read', async () => {
    const { fleet, instances: many } = makeFleet(10_000);
    for (let i = 1; i <= 10; i++) fleet.gw(`gw-${i}`).knobs.failAfterWrite = true;
    const { plan, report } = await runDeployment(
      { environment: 'big', config: repoConfig('#333333'), instances: many, policy: fastPolicy({ batchSize: 50, autoRollback: false, concurrency: 50 }), context: { owner: 'big' } },
      { clientFor: fleet.clientFor, recorder: new StateRecorder(new MemoryStore(), 'big'), logger: memoryLogger(), pacer: new WritePacer(), pollMs: 5 },
    );
    expect(plan.batches).toHaveLength(200);
    expect(plan.batches.every((b) => b.instances.length === 50)).toBe(true);
    expect(report.result).toBe('stopped');
    expect(report.counts.untouched).toBe(9_950);
    const firstWrite = fleet.log.find((c) => c.method === 'config.apply')!.seq;
    const calls = new Map<string, Array<{ method: string; seq: number }>>();
    for (const c of fleet.log) calls.set(c.id, [...(calls.get(c.id) ?? []), { method: c.method, seq: c.seq }]);
    for (let i = 51; i <= 10_000; i++) {
      const got = calls.get(`gw-${i}`) ?? [];
      expect(got.length === 1 && got[0]!.method === 'config.get' && got[0]!.seq < firstWrite, `gw-${i}: ${JSON.stringify(got)}`).toBe(true);
    }
  }, 60_000);
});
