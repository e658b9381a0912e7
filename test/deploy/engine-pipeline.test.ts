/**
 * The engine's pipelining (src/deploy/engine.ts `writeAndProbe`): with no bake (wait-seconds 0) an
 * instance's gate probe follows its own read-back at once, instead of waiting for the slowest write of the
 * batch; with a bake, every gate probe still comes after the batch's last write. Either way, instances of
 * the next batch get nothing but the plan's read until the gate decided.
 */
import { describe, expect, it } from 'vitest';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import type { CallRecord } from '../helpers/fake-gateway.js';
import { harness } from './helpers.js';

/** Per instance, the seq of its config.apply and of its gate probe (the `/readyz` after the write); its calls without the plan's schema lookups. */
function timeline(log: readonly CallRecord[], id: string): { apply?: number; gate?: number; calls: string[] } {
  const mine = log.filter((c) => c.id === id);
  const apply = mine.find((c) => c.method === 'config.apply')?.seq;
  const gate = apply === undefined ? undefined : mine.find((c) => c.seq > apply && c.method === 'GET /readyz')?.seq;
  return { ...(apply !== undefined ? { apply } : {}), ...(gate !== undefined ? { gate } : {}), calls: mine.map((c) => c.method).filter((m) => m !== 'config.schema.lookup') };
}

describe('engine pipelining inside a batch', () => {
  it('wait-seconds 0: a gate probe goes out before the batch’s slowest write is done; batch 2 waits for the gate', async () => {
    const { fleet, instances } = makeFleet(8);
    fleet.gw('gw-1').knobs.writeLatencyMs = 300; // the slow write of batch 1
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#123456'), { batchSize: 4, concurrency: 2 });
    expect(report.result).toBe('succeeded');
    expect(report.batches.map((b) => [b.instances.length, b.passed, b.probes])).toEqual([
      [4, true, 1],
      [4, true, 1],
    ]);
    const t = (id: string) => timeline(fleet.log, id);
    const slowApply = t('gw-1').apply!;
    const lastApply1 = Math.max(...['gw-1', 'gw-2', 'gw-3', 'gw-4'].map((id) => t(id).apply!));
    // Fast instances were probed while gw-1's write was still in flight (before batch 1's last apply was even sent).
    expect(t('gw-2').gate!).toBeLessThan(lastApply1);
    expect(t('gw-2').gate!).toBeGreaterThan(slowApply);
    // Every instance of batch 1 got exactly one gate probe, after its own write; the gate then reused them.
    for (const id of ['gw-1', 'gw-2', 'gw-3', 'gw-4']) {
      expect(t(id).calls).toEqual(['config.get', 'GET /readyz', 'health', 'config.get', 'config.apply', 'config.get', 'GET /readyz', 'health', 'config.get', 'config.get']);
    }
    // Batch 2 saw nothing after the plan until every gate probe of batch 1 was answered.
    const lastGate1 = Math.max(...['gw-1', 'gw-2', 'gw-3', 'gw-4'].map((id) => t(id).gate!));
    for (const id of ['gw-5', 'gw-6', 'gw-7', 'gw-8']) {
      const calls = fleet.log.filter((c) => c.id === id);
      expect(calls[0]!.method).toBe('config.get');
      expect(calls.slice(1).every((c) => c.seq > lastGate1)).toBe(true);
    }
  });

  it('a failed inline probe fails the gate and stops the rollout; batch 2 gets no RPC after the plan', async () => {
    const { fleet, instances } = makeFleet(8);
    for (const id of ['gw-2', 'gw-3']) fleet.gw(id).knobs.failAfterWrite = true;
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#654321'), { batchSize: 4, concurrency: 2, autoRollback: false });
    expect(report.result).toBe('stopped');
    expect(report.batches).toHaveLength(1);
    expect(report.batches[0]).toMatchObject({ passed: false, healthy: 2, counted: 4 });
    expect(report.instances.find((i) => i.id === 'gw-2')).toMatchObject({ status: 'failed', failure: 'unhealthy' });
    expect(report.instances.find((i) => i.id === 'gw-2')!.reason).toMatch(/^unhealthy right after its write: not ready/);
    for (const id of ['gw-5', 'gw-6', 'gw-7', 'gw-8']) expect(fleet.log.filter((c) => c.id === id).map((c) => c.method)).toEqual(['config.get']);
  });

  it('with a bake (wait-seconds > 0) every gate probe comes after the batch’s last write', async () => {
    const { fleet, instances } = makeFleet(4);
    fleet.gw('gw-1').knobs.writeLatencyMs = 200;
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#abcabc'), { batchSize: 4, concurrency: 2, waitSeconds: 2, probeIntervalSeconds: 1 });
    expect(report.result).toBe('succeeded');
    const ids = ['gw-1', 'gw-2', 'gw-3', 'gw-4'];
    const lastApply = Math.max(...ids.map((id) => timeline(fleet.log, id).apply!));
    for (const id of ids) expect(timeline(fleet.log, id).gate!).toBeGreaterThan(lastApply);
  });
});
