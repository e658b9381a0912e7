import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { assertIdentity, RestartDetector, verifyIdentity } from '../../src/fleet/identity.js';

describe('RestartDetector', () => {
  it('first sample establishes the boot time; steady uptime is not a restart', () => {
    const d = new RestartDetector();
    expect(d.observe({ uptimeMs: 10_000, at: 100_000 })).toEqual({ restarted: false, bootAt: 90_000 });
    expect(d.observe({ uptimeMs: 20_000, at: 110_050 }).restarted).toBe(false); // 50 ms of jitter
    expect(d.count).toBe(0);
  });

  it('uptime going down is a restart', () => {
    const d = new RestartDetector();
    d.observe({ uptimeMs: 60_000, at: 1_000_000 });
    const v = d.observe({ uptimeMs: 2_000, at: 1_010_000 });
    expect(v.restarted).toBe(true);
    expect(v.reason).toBe('uptime reset (booted 68 s after the previous boot)');
    expect(d.count).toBe(1);
  });

  it('a restart between samples far apart is caught even though uptime grew', () => {
    const d = new RestartDetector();
    d.observe({ uptimeMs: 5_000, at: 1_000_000 });
    // 10 minutes later the gateway reports 2 minutes of uptime: larger than before, but it rebooted.
    expect(d.observe({ uptimeMs: 120_000, at: 1_600_000 }).restarted).toBe(true);
  });

  it('a PID change is a (process) restart; jitter within tolerance never accumulates', () => {
    const d = new RestartDetector(1_000);
    d.observe({ pid: 10, uptimeMs: 1_000, at: 10_000 });
    expect(d.observe({ pid: 11, at: 11_000 })).toMatchObject({ restarted: true, reason: 'process id changed (10 → 11)' });
    const e = new RestartDetector(1_000);
    e.observe({ uptimeMs: 0, at: 0 });
    for (let i = 1; i <= 20; i++) expect(e.observe({ uptimeMs: i * 1000 - 900, at: i * 1000 }).restarted).toBe(false);
  });
});

describe('verifyIdentity against the simulated fleet', () => {
  let sim: SimFleet;
  beforeAll(async () => {
    sim = await startSimFleet({ count: 2, idPrefix: 'idn' });
  });
  afterAll(async () => {
    await sim.stop();
  });
  const c = (i: number) => createGatewayClient({ id: sim.instances[i]!.id, url: sim.instances[i]!.url, token: sim.instances[i]!.token });

  it('the expected config path passes and reports uptime', async () => {
    const r = await verifyIdentity(c(0), { configPath: '/sim/idn-0001/openclaw.json' });
    expect(r).toMatchObject({ ok: true, instanceId: 'idn-0001', configPath: '/sim/idn-0001/openclaw.json' });
    expect(typeof r.uptimeMs).toBe('number');
  });

  it("another instance's path fails with a reason; assertIdentity throws a protocol error", async () => {
    const r = await verifyIdentity(c(0), { configPath: '/sim/idn-0002/openclaw.json' });
    expect(r.ok).toBe(false);
    expect(r.reason).toBe(`the gateway at ${sim.instances[0]!.url} serves /sim/idn-0001/openclaw.json, not /sim/idn-0002/openclaw.json: another gateway answers on this address`);
    await expect(assertIdentity(c(0), { configPath: '/sim/idn-0002/openclaw.json' })).rejects.toMatchObject({ kind: 'protocol', code: 'IDENTITY_MISMATCH' });
  });

  it('a simulated restart is detected from the uptime', async () => {
    const d = new RestartDetector(500);
    const before = await c(1).readyz();
    d.observe({ uptimeMs: before.uptimeMs as number });
    await new Promise((r) => setTimeout(r, 700));
    sim.restart('idn-0002');
    const after = await c(1).readyz();
    expect(after.uptimeMs).toBeLessThan(before.uptimeMs as number);
    expect(d.observe({ uptimeMs: after.uptimeMs as number }).restarted).toBe(true);
  });
});
