import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { computeHealthScore, MIN_PUSH_SCORE, probeInstance, type HealthInputs } from '../../src/fleet/health.js';
import type { ConfigSnapshot, HealthRpc, ReadyzResult } from '../../src/fleet/types.js';

const ready: ReadyzResult = { status: 200, ready: true, failing: [], uptimeMs: 1000, eventLoopDegraded: false };
const health: HealthRpc = { ok: true, plugins: { loaded: ['a'], errors: [], unavailable: [] }, configReload: { hotReloadStatus: 'active' }, modelRuntime: { degraded: false, pendingAgents: [] } };
const config: Pick<ConfigSnapshot, 'valid' | 'issues' | 'configRevisionHash' | 'appliedConfigHash'> = { valid: true, issues: [], configRevisionHash: 'h1', appliedConfigHash: 'h1' };
const base: HealthInputs = { readyz: ready, health, config };

describe('computeHealthScore — the documented table', () => {
  it.each<[string, HealthInputs, number, string[]]>([
    ['all green', base, 100, []],
    ['unreachable → 0, nothing else counts', { readyz: undefined, health, config }, 0, ['unreachable: /readyz did not answer']],
    ['not ready', { ...base, readyz: { ...ready, status: 503, ready: false } }, 50, ['not ready (/readyz 503) (−50)']],
    [
      'not ready with two failing checks',
      { ...base, readyz: { ...ready, status: 503, ready: false, failing: ['agent-database:main', 'plugin-reload'] } },
      30,
      ['not ready (/readyz 503) (−50)', 'failing checks: agent-database:main, plugin-reload (−20)'],
    ],
    ['failing checks cap at −30', { ...base, readyz: { ...ready, status: 503, ready: false, failing: ['a', 'b', 'c', 'd', 'e'] } }, 20, ['not ready (/readyz 503) (−50)', 'failing checks: a, b, c, d, e (−30)']],
    ['event loop degraded', { ...base, readyz: { ...ready, eventLoopDegraded: true, eventLoopReasons: ['cpu'] } }, 90, ['event loop degraded (cpu) (−10)']],
    ['health RPC failed', { ...base, health: undefined }, 80, ['health RPC unavailable (−20)']],
    ['health ok:false', { ...base, health: { ...health, ok: false } }, 80, ['health RPC reports ok:false (−20)']],
    ['one plugin error', { ...base, health: { ...health, plugins: { errors: [{ id: 'memory-core' }] } } }, 85, ['plugin errors: memory-core (−15)']],
    ['plugin errors cap at −30', { ...base, health: { ...health, plugins: { errors: ['a', 'b', 'c'] } } }, 70, ['plugin errors: a, b, c (−30)']],
    ['plugins unavailable', { ...base, health: { ...health, plugins: { unavailable: ['x'] } } }, 95, ['plugins unavailable: x (−5)']],
    ['model runtime degraded', { ...base, health: { ...health, modelRuntime: { degraded: true } } }, 80, ['model runtime degraded (−20)']],
    ['hot reload not active', { ...base, health: { ...health, configReload: { hotReloadStatus: 'failed' } } }, 85, ['hot reload failed (−15)']],
    ['config.get failed', { ...base, config: undefined }, 90, ['config.get unavailable (−10)']],
    [
      'config.get valid:false (a failed reload the health RPC does not show)',
      { ...base, config: { ...config, valid: false, issues: [{ path: 'ui', message: 'Unrecognized key: "bogus"' }], configRevisionHash: null } },
      70,
      ['config file invalid, reload skipped (ui: Unrecognized key: "bogus") (−30)'],
    ],
    ['persisted, not applied', { ...base, config: { ...config, configRevisionHash: 'h2' } }, 90, ['persisted config not applied yet (−10)']],
    [
      'everything wrong clamps at 0',
      {
        readyz: { status: 503, ready: false, failing: ['a', 'b', 'c'], eventLoopDegraded: true },
        health: { ok: false, plugins: { errors: ['a', 'b'], unavailable: ['c'] }, modelRuntime: { degraded: true }, configReload: { hotReloadStatus: 'failed' } },
        config: { valid: false, issues: [], configRevisionHash: null, appliedConfigHash: 'x' },
      },
      0,
      [],
    ],
  ])('%s → %i', (_name, inputs, score, reasons) => {
    const r = computeHealthScore(inputs);
    expect(r.score).toBe(score);
    if (reasons.length > 0) expect(r.reasons).toEqual(reasons);
    else if (score === 0) expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('the seed rule: not ready alone blocks a push, one soft problem does not', () => {
    expect(MIN_PUSH_SCORE).toBe(60);
    expect(computeHealthScore({ ...base, readyz: { ...ready, status: 503, ready: false } }).score).toBeLessThan(MIN_PUSH_SCORE);
    expect(computeHealthScore({ ...base, health: { ...health, modelRuntime: { degraded: true } } }).score).toBeGreaterThanOrEqual(MIN_PUSH_SCORE);
    expect(computeHealthScore({ ...base, config: { ...config, valid: false } }).score).toBeGreaterThanOrEqual(MIN_PUSH_SCORE);
    // degraded model runtime + invalid file on disk together: 50 → no push
    expect(computeHealthScore({ ...base, health: { ...health, modelRuntime: { degraded: true } }, config: { ...config, valid: false } }).score).toBeLessThan(MIN_PUSH_SCORE);
  });
});

describe('probeInstance against the simulated fleet', () => {
  let sim: SimFleet;
  beforeAll(async () => {
    sim = await startSimFleet({ count: 3, idPrefix: 'hp' });
  });
  afterAll(async () => {
    await sim.stop();
  });
  const clientFor = (i: number) => {
    const inst = sim.instances[i]!;
    return createGatewayClient({ id: inst.id, url: inst.url, token: inst.token }, { timeoutMs: 300, maxAttempts: 1 });
  };

  it('healthy instance: reachable, score 100, all three sources read', async () => {
    const p = await probeInstance(clientFor(0));
    expect(p).toMatchObject({ instanceId: 'hp-0001', reachable: true, score: { score: 100, reasons: [] }, errors: {} });
    expect(p.health?.ok).toBe(true);
    expect(p.config?.valid).toBe(true);
  });

  it('degraded instance: plugin error + model runtime degraded + invalid file', async () => {
    sim.setKnobs('hp-0002', { health: { pluginErrors: ['memory-core'], modelRuntimeDegraded: true } });
    sim.editConfig('hp-0002', { gateway: { mode: 'local' }, bogus: true });
    const p = await probeInstance(clientFor(1));
    expect(p.score.score).toBe(100 - 15 - 20 - 30);
    expect(p.score.reasons).toEqual([
      'plugin errors: memory-core (−15)',
      'model runtime degraded (−20)',
      'config file invalid, reload skipped (<root>: Unrecognized key: "bogus") (−30)',
    ]);
  });

  it('unreachable instance: score 0 and the error, no further calls', async () => {
    sim.setKnobs('hp-0003', { blackHole: true });
    sim.log.clear();
    const p = await probeInstance(clientFor(2));
    expect(p.reachable).toBe(false);
    expect(p.score.score).toBe(0);
    expect(p.error?.kind).toBe('timeout');
    expect(sim.log.count({ instance: 'hp-0003' })).toBe(1);
  });

  it('reachable but the RPC is off: probes count, RPC failures deduct and are reported', async () => {
    sim.clearKnobs('hp-0003');
    sim.setKnobs('hp-0003', { adminRpcDisabled: true });
    const p = await probeInstance(clientFor(2));
    expect(p.reachable).toBe(true);
    expect(p.errors.health?.kind).toBe('not-enabled');
    expect(p.errors.config?.kind).toBe('not-enabled');
    expect(p.score.score).toBe(70);
  });
});
