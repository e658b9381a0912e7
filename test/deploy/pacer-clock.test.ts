import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressDeadlineError, ProgressWatchdog, systemClock } from '../../src/deploy/clock.js';
import { gatewayKey, WritePacer } from '../../src/deploy/pacer.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { harness } from './helpers.js';

afterEach(() => vi.useRealTimers());

describe('WritePacer (RF-06)', () => {
  it('lets 30 writes per 60 s through per gateway and method, then waits for the window', async () => {
    vi.useFakeTimers({ now: 0 });
    const pacer = new WritePacer({ count: 30, windowMs: 60_000 });
    const times: number[] = [];
    const all = Promise.all(Array.from({ length: 31 }, () => pacer.acquire('http://gw-1', 'config.apply').then(() => times.push(Date.now()))));
    await vi.advanceTimersByTimeAsync(0);
    expect(times).toHaveLength(30);
    expect(pacer.inWindow('http://gw-1', 'config.apply')).toBe(30);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(times).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(2);
    await all;
    expect(times[30]).toBeGreaterThanOrEqual(60_000);
    expect(pacer.waitedMs).toBeGreaterThanOrEqual(60_000);
  });

  it('budgets are per gateway and per method (the limit is enforced by each gateway)', async () => {
    vi.useFakeTimers({ now: 0 });
    const pacer = new WritePacer({ count: 1, windowMs: 60_000 });
    await pacer.acquire('http://gw-1', 'config.apply');
    await pacer.acquire('http://gw-2', 'config.apply');
    await pacer.acquire('http://gw-1', 'gateway.restart.request');
    expect(pacer.waitedMs).toBe(0);
  });

  it('a waiter aborted by its signal does not block the queue behind it', async () => {
    vi.useFakeTimers({ now: 0 });
    const pacer = new WritePacer({ count: 1, windowMs: 60_000 });
    await pacer.acquire('g', 'm');
    const ctrl = new AbortController();
    const aborted = pacer.acquire('g', 'm', ctrl.signal);
    ctrl.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    const next = pacer.acquire('g', 'm');
    await vi.advanceTimersByTimeAsync(60_001);
    await expect(next).resolves.toBeTypeOf('function');
  });

  it('counts a write from when its answer arrived (the gateway counts on receipt, which can lag the send)', async () => {
    vi.useFakeTimers({ now: 0 });
    const pacer = new WritePacer({ count: 1, windowMs: 60_000 });
    const answered = await pacer.acquire('g', 'm');
    await vi.advanceTimersByTimeAsync(5_000); // a slow write
    answered();
    let granted = -1;
    const next = pacer.acquire('g', 'm').then(() => (granted = Date.now()));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(granted).toBe(-1); // 60 s after the SEND would be too early
    await vi.advanceTimersByTimeAsync(5_001);
    await next;
    expect(granted).toBeGreaterThanOrEqual(65_000);
  });

  it('rejects a nonsense limit', () => {
    expect(() => new WritePacer({ count: 0, windowMs: 1 })).toThrow();
    expect(gatewayKey('http://x/i/gw-1/')).toBe('http://x/i/gw-1');
  });

  it('a gateway that still answers rate-limited is waited out, not counted as a failure', async () => {
    vi.useFakeTimers();
    const { fleet, instances } = makeFleet(1);
    const gw = fleet.gw('gw-1');
    gw.knobs.rateLimit = { count: 1, windowMs: 60_000 };
    gw.writeTimes.set('config.apply', [Date.now()]); // another tool wrote a moment ago
    const p = harness(fleet, instances).deploy(repoConfig('#505050'));
    await vi.advanceTimersByTimeAsync(120_000);
    const { report } = await p;
    expect(report.result).toBe('succeeded');
    expect(report.instances[0]).toMatchObject({ status: 'applied' });
    const applies = fleet.calls('gw-1').filter((c) => c.method === 'config.apply');
    expect(applies).toHaveLength(2);
    expect(applies[1]!.t - applies[0]!.t).toBeGreaterThanOrEqual(59_000);
  });
});

describe('ProgressWatchdog', () => {
  it('aborts after the deadline without progress, not before; progress restarts it; pauses hold it', async () => {
    vi.useFakeTimers({ now: 0 });
    const w = new ProgressWatchdog(systemClock, 10_000);
    await vi.advanceTimersByTimeAsync(9_000);
    w.progress();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(w.signal.aborted).toBe(false);
    const paused = w.whilePaused(() => new Promise((r) => setTimeout(r, 60_000)));
    await vi.advanceTimersByTimeAsync(60_000);
    await paused;
    expect(w.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(10_500);
    expect(w.signal.aborted).toBe(true);
    expect(w.signal.reason).toBeInstanceOf(ProgressDeadlineError);
    expect((w.signal.reason as Error).message).toBe('no progress in 10 s (progress-deadline-seconds): aborted');
    w.stop();
  });
  it('follows a parent signal (operator cancel)', () => {
    const parent = new AbortController();
    const w = new ProgressWatchdog(systemClock, 0, parent.signal);
    parent.abort(new Error('cancel'));
    expect(w.signal.aborted).toBe(true);
    w.stop();
  });
});

describe('canary ladder timing (fake timers)', () => {
  it('each step is held at least two probe intervals before the next step writes', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-21T00:00:00Z') });
    const { fleet, instances } = makeFleet(100);
    const p = harness(fleet, instances).deploy(repoConfig('#606060'), { strategy: 'canary', canarySteps: [5, 20, 40, 60, 80, 100], waitSeconds: 60, probeIntervalSeconds: 30 });
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    const { report, plan } = await p;
    expect(report.result).toBe('succeeded');
    expect(plan.batches.map((b) => b.instances.length)).toEqual([5, 15, 20, 20, 20, 20]);
    const writes = fleet.log.filter((c) => c.method === 'config.apply');
    const stepOf = new Map(plan.batches.flatMap((b) => b.instances.map((id) => [id, b.index] as const)));
    for (let step = 1; step < plan.batches.length; step++) {
      const lastOfStep = Math.max(...writes.filter((w) => stepOf.get(w.id) === step).map((w) => w.t));
      const firstOfNext = Math.min(...writes.filter((w) => stepOf.get(w.id) === step + 1).map((w) => w.t));
      expect(firstOfNext - lastOfStep).toBeGreaterThanOrEqual(60_000);
    }
    expect(report.batches.every((b) => b.probes >= 2)).toBe(true);
  });

  it('a canary hold is at least two probe intervals even when wait-seconds is 0', async () => {
    vi.useFakeTimers({ now: 0 });
    const { fleet, instances } = makeFleet(20);
    const p = harness(fleet, instances).deploy(repoConfig('#616161'), { strategy: 'canary', canarySteps: [10, 100], waitSeconds: 0, probeIntervalSeconds: 15 });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const { report } = await p;
    expect(report.batches.map((b) => b.probes)).toEqual([2, 2]);
    const writes = fleet.log.filter((c) => c.method === 'config.apply');
    expect(writes[2]!.t - writes[1]!.t).toBeGreaterThanOrEqual(30_000);
  });

  it('RF-08: a bake shorter than two probe intervals is refused before anything happens', async () => {
    const { fleet, instances } = makeFleet(2);
    await expect(harness(fleet, instances).deploy(repoConfig('#626262'), { waitSeconds: 40, probeIntervalSeconds: 30 })).rejects.toThrow(
      'wait-seconds 40 is shorter than two probe intervals (2 × 30 s)',
    );
    expect(fleet.log).toHaveLength(0);
  });

  it('RF-08: healthy at apply, unhealthy 40 s into a 60 s bake → the batch fails', async () => {
    vi.useFakeTimers({ now: 0 });
    const { fleet, instances } = makeFleet(4);
    fleet.gw('gw-2').knobs.beforeWrite = (g) => {
      g.knobs.unhealthyAfter = Date.now() + 40_000;
    };
    const p = harness(fleet, instances).deploy(repoConfig('#636363'), { batchSize: 4, waitSeconds: 60, probeIntervalSeconds: 30 });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const { report } = await p;
    expect(report.batches[0]).toMatchObject({ passed: false, healthy: 3, probes: 2 });
    expect(report.instances.find((i) => i.id === 'gw-2')!.reason).toMatch(/^unhealthy 60 s after the batch: not ready/);
  });
});
