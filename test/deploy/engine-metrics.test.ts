/**
 * The engine's time accounting (`DeployDeps.metrics`, src/deploy/engine.ts): where a rollout's wall time
 * went — inside the worker pools, in their drain tails (fewer tasks running than `concurrency` while a
 * stage still has unfinished work: the barrier cost), and in the batch loop outside the pools (records).
 * bench/rollout prints these; measuring must not change what the engine sends.
 */
import { describe, expect, it } from 'vitest';
import { newEngineMetrics } from '../../src/deploy/engine.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { harness } from './helpers.js';

const methodsById = (log: ReadonlyArray<{ id: string; method: string }>) => {
  const m = new Map<string, string[]>();
  for (const c of log) m.set(c.id, [...(m.get(c.id) ?? []), c.method]);
  return m;
};

describe('engine metrics', () => {
  it('a slow write holds the other worker idle: the drain tail covers it, one idle slot at a time', async () => {
    const { fleet, instances } = makeFleet(8);
    fleet.gw('gw-1').knobs.writeLatencyMs = 300;
    const metrics = newEngineMetrics();
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#123456'), { batchSize: 4, concurrency: 2 }, {}, { metrics });
    expect(report.result).toBe('succeeded');
    // Per batch: pre-flight, writes (+ inline gate probes), the gate's round; then the verification.
    expect(metrics.stages).toBe(2 * 3 + 1);
    // gw-1's write alone takes 300 ms while gw-2..4 finish on the other worker: ≥ ~300 ms of drain with one
    // slot idle (the margin allows for timer granularity).
    expect(metrics.drainMs).toBeGreaterThanOrEqual(250);
    expect(metrics.idleSlotMs).toBeGreaterThanOrEqual(250);
    // Never more idle slot-time than slots × pool time.
    expect(metrics.idleSlotMs).toBeLessThanOrEqual(2 * metrics.poolMs + 1);
    expect(metrics.drainMs).toBeLessThanOrEqual(metrics.poolMs + 1);
    expect(metrics.serialMs).toBeGreaterThanOrEqual(0);
    // The batch loop is its stages plus the serial part (the verification's stage is outside the loop).
    expect(metrics.batchesMs).toBeGreaterThanOrEqual(metrics.serialMs);
    expect(metrics.batchesMs).toBeLessThanOrEqual(metrics.poolMs + metrics.serialMs + 1);
  });

  it('an even fleet drains far less than one with a slow instance', async () => {
    const { fleet, instances } = makeFleet(8);
    const metrics = newEngineMetrics();
    const { report } = await harness(fleet, instances).deploy(repoConfig('#123456'), { batchSize: 4, concurrency: 2 }, {}, { metrics });
    expect(report.result).toBe('succeeded');
    expect(metrics.stages).toBe(7);
    expect(metrics.drainMs).toBeLessThan(250);
    expect(metrics.poolMs).toBeGreaterThan(0);
  });

  it('measuring changes nothing the engine sends (same calls per instance, same report counts)', async () => {
    const a = makeFleet(6);
    const b = makeFleet(6);
    const plain = await harness(a.fleet, a.instances).deploy(repoConfig('#0a0a0a'), { batchSize: 3, concurrency: 2 });
    const metrics = newEngineMetrics();
    const measured = await harness(b.fleet, b.instances).deploy(repoConfig('#0a0a0a'), { batchSize: 3, concurrency: 2 }, {}, { metrics });
    expect(measured.report.counts).toEqual(plain.report.counts);
    expect(measured.report.writes).toBe(plain.report.writes);
    expect(methodsById(b.fleet.log)).toEqual(methodsById(a.fleet.log));
    expect(metrics.stages).toBeGreaterThan(0);
  });

  it('a stopped rollout still accounts its stages and its batch loop (the loop ends in a finally)', async () => {
    const { fleet, instances } = makeFleet(6);
    for (const id of ['gw-1', 'gw-2', 'gw-3']) fleet.gw(id).knobs.failAfterWrite = true;
    const metrics = newEngineMetrics();
    const { report } = await harness(fleet, instances).deploy(repoConfig('#0b0b0b'), { batchSize: 3, concurrency: 2, autoRollback: false }, {}, { metrics });
    expect(report.result).toBe('stopped');
    expect(report.batches).toHaveLength(1);
    // Batch 1 only: pre-flight, writes, one gate round; no verification after a stop.
    expect(metrics.stages).toBe(3);
    expect(metrics.batchesMs).toBeGreaterThan(0);
    expect(metrics.batchesMs).toBeGreaterThanOrEqual(metrics.serialMs);
  });
});
