// Simulated-fleet behaviour beyond the contract suite (which runs the shared cases against a real gateway
// and this simulation): scale, knobs, drift, restarts, the request log.
import pLimit from 'p-limit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultValidate, reloadKindOf, startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { loadInventory, resolveTokens, selectInstances } from '../../src/fleet/inventory.js';

let sim: SimFleet;
beforeAll(async () => {
  sim = await startSimFleet({
    count: 12,
    idPrefix: 'sf',
    config: (i) => ({ gateway: { mode: 'local', port: 18000 + i, auth: { mode: 'token', token: `gw-secret-${i}-abcdef` }, trustedProxies: ['10.0.0.1', '10.0.0.2'] }, models: { providers: { fake: { baseUrl: 'http://x/v1', apiKey: `sk-real-${i}`, models: [{ id: 'a', name: 'A' }] } } } }),
  });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.clearKnobs();
  sim.log.clear();
});
const c = (i: number, o = {}) => createGatewayClient({ id: sim.instances[i]!.id, url: sim.instances[i]!.url, token: sim.instances[i]!.token }, { maxAttempts: 1, timeoutMs: 2_000, ...o });
const id = (i: number) => sim.instances[i]!.id;

describe('scale and inventory', () => {
  it('10 000 instances in one process: inventory loads, every instance answers, the log counts per instance', async () => {
    const t = Date.now();
    const big = await startSimFleet({ count: 10_000, idPrefix: 'big', tokens: 'one-shared-token-123', instance: (i) => ({ tier: i % 10 === 0 ? 'standby' : 'primary' }) });
    try {
      expect(Date.now() - t).toBeLessThan(20_000);
      const inv = loadInventory(big.inventoryFile);
      expect(inv.instances).toHaveLength(10_000);
      expect(inv.instances[9_999]?.id).toBe('big-10000');
      expect(resolveTokens(inv, big.env).get('big-00042')).toBe('one-shared-token-123');
      expect(Object.keys(big.env)).toEqual(['SIM_FLEET_TOKEN']);
      expect(selectInstances(inv, 'tier=standby')).toHaveLength(1_000);
      const limit = pLimit(64);
      const picked = inv.instances.slice(0, 300);
      await Promise.all(picked.slice(0, 200).map((inst) => limit(() => createGatewayClient({ id: inst.id, url: inst.url, token: 'one-shared-token-123' }).readyz())));
      // "instances 201–300 got zero RPCs"
      const touched = big.log.instancesWith();
      expect(touched.size).toBe(200);
      for (const inst of picked.slice(200)) expect(big.log.count({ instance: inst.id })).toBe(0);
    } finally {
      await big.stop();
    }
  });
});

describe('config semantics', () => {
  it('secrets are redacted in config.get and kept when the redacted raw is applied back', async () => {
    const s = await c(0).configGet();
    expect(s.raw).toContain('"token": "__OPENCLAW_REDACTED__"');
    expect(s.raw).toContain('"apiKey": "__OPENCLAW_REDACTED__"');
    expect(s.raw).not.toContain('gw-secret-0');
    await c(0).configApply({ raw: (s.raw as string).replace('"mode": "local"', '"mode": "local", "trustedProxies": ["10.0.0.9"]'), baseHash: s.hash });
    const after = sim.configOf(id(0));
    expect((after.parsed['gateway'] as Record<string, unknown>)['auth']).toEqual({ mode: 'token', token: 'gw-secret-0-abcdef' });
    expect(((after.parsed['models'] as Record<string, Record<string, Record<string, unknown>>>)['providers']?.['fake'])?.['apiKey']).toBe('sk-real-0');
    expect(after.parsed['meta']).toEqual({ lastTouchedVersion: '2026.9.6' });
    expect(after.writes).toBe(1);
  });

  it('patch: id-keyed arrays merge by id; deleting an object that holds arrays needs their paths', async () => {
    let s = await c(1).configGet();
    const w = await c(1).configPatch({ raw: '{models: {providers: {fake: {models: [{id: "b", name: "B"}]}}}}', baseHash: s.hash });
    expect(w.changedPaths).toEqual(['models.providers.fake.models']);
    expect(((sim.configOf(id(1)).parsed['models'] as never)['providers']['fake']['models'] as unknown[]).length).toBe(2);
    s = await c(1).configGet();
    const e = await c(1).configPatch({ raw: '{models: null}', baseHash: s.hash }).catch((x: Error) => x);
    expect((e as Error).message).toContain('config.patch would remove entries from array path(s): models.providers.fake.models.');
    const ok = await c(1).configPatch({ raw: '{models: null}', baseHash: s.hash, replacePaths: ['models.providers.fake.models'] });
    expect(ok.changedPaths).toEqual(['models']);
  });

  it('a listener change requires a restart: requiresRestart, then the uptime resets', async () => {
    const s = await c(2).configGet();
    await new Promise((r) => setTimeout(r, 30));
    const before = (await c(2).readyz()).uptimeMs as number;
    const w = await c(2).configPatch({ raw: '{gateway: {port: 19999}}', baseHash: s.hash });
    expect(w).toMatchObject({ requiresRestart: true, changedPaths: ['gateway.port'] });
    await new Promise((r) => setTimeout(r, 20));
    expect((await c(2).readyz()).uptimeMs).toBeLessThan(before);
    expect(sim.configOf(id(2)).restarts).toBe(1);
    expect(reloadKindOf('gateway.controlUi.allowedOrigins')).toBe('hot');
    expect(reloadKindOf('agents.defaults.model')).toBe('hot');
    expect(reloadKindOf('discovery.mdns.mode')).toBe('hot');
    expect(reloadKindOf('discovery.wideArea')).toBe('restart');
    expect(reloadKindOf('gateway.controlUi.basePath')).toBe('restart');
    expect(reloadKindOf('agents')).toBe('none');
    expect(reloadKindOf('channels.telegram')).toBe('hot');
  });

  it('operator drift: a direct valid edit changes the hash (our baseHash is stale); an invalid edit is skipped', async () => {
    const s = await c(3).configGet();
    sim.editConfig(id(3), { gateway: { mode: 'local' }, ui: { seamColor: '#fff' } });
    const e = await c(3).configPatch({ raw: '{ui: {}}', baseHash: s.hash }).catch((x: { kind: string }) => x);
    expect((e as { kind: string }).kind).toBe('conflict');
    const applied = sim.configOf(id(3)).appliedConfigHash;
    sim.editConfig(id(3), '{ gateway: { mode: "local" }, bogus: 1 }');
    const bad = await c(3).configGet();
    expect(bad).toMatchObject({ valid: false, configRevisionHash: null, appliedConfigHash: applied, issues: [{ path: '', message: 'Unrecognized key: "bogus"' }] });
  });

  it('persisted-not-applied: 503 UNAVAILABLE with details, the file changed, the runtime did not', async () => {
    const s = await c(4).configGet();
    sim.setKnobs(id(4), { persistNotApplied: true });
    const res = await fetch(`${sim.instances[4]!.url}/api/v1/admin/rpc`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.instances[4]!.token}` },
      body: JSON.stringify({ method: 'config.patch', params: { raw: '{ui: {seamColor: "#000"}}', baseHash: s.hash } }),
    });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; details: { persistedConfig: boolean } } };
    expect(body.error.code).toBe('UNAVAILABLE');
    expect(body.error.details.persistedConfig).toBe(true);
    const after = await c(4).configGet();
    expect(after.hash).not.toBe(s.hash);
    expect(after.configRevisionHash).not.toBe(after.appliedConfigHash);
  });

  it('default validity rule: messages and order as OpenClaw reports them', () => {
    expect(defaultValidate([])).toEqual([{ path: '', message: 'Invalid input: expected object, received array' }]);
    expect(defaultValidate({ foo: 1, bar: 2, gateway: { x: 1, y: 2, mode: 3, bind: 'nope', port: 70000 } })).toEqual([
      { path: 'gateway.port', message: 'Too big: expected number to be <=65535 (maximum: 65535)' },
      { path: 'gateway.mode', message: 'Invalid input (allowed: "local", "remote")' },
      { path: 'gateway.bind', message: 'Invalid input (allowed: "auto", "lan", "loopback", "custom", "tailnet")' },
      { path: 'gateway', message: 'Unrecognized keys: "x", "y"' },
      { path: '', message: 'Unrecognized keys: "foo", "bar"' },
    ]);
  });

  it('a plugged-in validator replaces the default rule', async () => {
    const strict = await startSimFleet({ count: 1, validate: (cfg) => ((cfg as { ui?: unknown }).ui ? [{ path: 'ui', message: 'ui is not allowed here' }] : []) });
    try {
      const inst = strict.instances[0]!;
      const cl = createGatewayClient({ id: inst.id, url: inst.url, token: inst.token });
      const s = await cl.configGet();
      await expect(cl.configPatch({ raw: '{ui: {}}', baseHash: s.hash })).rejects.toMatchObject({ kind: 'rejected', issues: [{ path: 'ui', message: 'ui is not allowed here' }] });
    } finally {
      await strict.stop();
    }
  });
});

describe('knobs', () => {
  it('latency delays answers; faultScope limits a fault to probes or RPC', async () => {
    sim.setKnobs(id(5), { latencyMs: 200 });
    const t = Date.now();
    await c(5).healthz();
    expect(Date.now() - t).toBeGreaterThanOrEqual(190);
    sim.setKnobs(id(5), { latencyMs: undefined, blackHole: true, faultScope: 'rpc' });
    expect((await c(5).readyz()).ready).toBe(true);
    await expect(c(5, { timeoutMs: 200 }).configGet()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('unhealthyAfterWriteMs: healthy right after the write, not ready later (a late-failing gate)', async () => {
    sim.setKnobs(id(6), { unhealthyAfterWriteMs: 150 });
    const s = await c(6).configGet();
    await c(6).configPatch({ raw: '{ui: {seamColor: "#010101"}}', baseHash: s.hash });
    expect((await c(6).readyz()).ready).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(await c(6).readyz()).toMatchObject({ ready: false, failing: ['agent-database:main'] });
  });

  it('restart downtime: connections are reset until the instance is back, then uptime starts again', async () => {
    sim.setKnobs(id(7), { restartDowntimeMs: 300 });
    sim.restart(id(7));
    await expect(c(7).readyz()).rejects.toMatchObject({ kind: 'unreachable' });
    await new Promise((r) => setTimeout(r, 350));
    const r = await c(7).readyz();
    expect(r.ready).toBe(true);
    expect(r.uptimeMs).toBeLessThan(200);
  });

  it('gateway.restart.request: the first restarts now, the next waits out the 30 s cooldown', async () => {
    const first = (await c(8).restartRequest()) as { restart: { cooldownMsApplied: number } };
    expect(first.restart.cooldownMsApplied).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    const second = (await c(8).restartRequest()) as { restart: { cooldownMsApplied: number } };
    expect(second.restart.cooldownMsApplied).toBeGreaterThan(29_000);
  });

  it('methodErrors with times; starting; version; authStatus override; health knobs', async () => {
    sim.setKnobs(id(9), { methodErrors: { status: { status: 500, code: 'INTERNAL', message: 'boom', times: 2 } } });
    await expect(c(9).status()).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(c(9).status()).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await c(9).status()).runtimeVersion).toBe('2026.9.6');
    sim.setKnobs(id(9), { version: '2026.9.7', authStatus: { providers: [{ provider: 'x', status: 'missing' }] } });
    expect((await c(9).startupz()).version).toBe('2026.9.7');
    expect(await c(9).modelsAuthStatus()).toEqual({ providers: [{ provider: 'x', status: 'missing' }] });
    sim.setKnobs(id(9), { starting: true });
    expect(await c(9).startupz()).toMatchObject({ status: 503, started: false });
    await expect(c(9).health()).rejects.toMatchObject({ kind: 'unavailable', retryable: true, retryAfterMs: 500 });
  });

  it('the request log records method, status and whether it was a write', async () => {
    const s = await c(10).configGet();
    await c(10).configPatch({ raw: '{ui: {}}', baseHash: 'stale' }).catch(() => undefined);
    await c(10).readyz();
    expect(sim.log.forInstance(id(10)).map((e) => [e.method, e.status, e.write])).toEqual([
      ['config.get', 200, false],
      ['config.patch', 400, true],
      ['GET /readyz', 200, false],
    ]);
    expect(sim.log.count({ write: true })).toBe(1);
    expect(s.hash).toBe(sim.configOf(id(10)).hash);
  });

  it('rate-limit buckets are per method and survive an in-process restart, not a process restart', async () => {
    sim.setKnobs(id(11), { rateLimit: { limit: 1, windowMs: 60_000 } });
    const cl = c(11, { maxRateLimitWaitMs: 0 });
    await cl.configPatch({ raw: '{}', baseHash: 'stale' }).catch(() => undefined);
    await expect(cl.configPatch({ raw: '{}', baseHash: 'stale' })).rejects.toMatchObject({ kind: 'rate-limited' });
    await expect(cl.configApply({ raw: '{}', baseHash: 'stale' })).rejects.toMatchObject({ kind: 'conflict' });
    sim.restart(id(11), 'in-process');
    await expect(cl.configPatch({ raw: '{}', baseHash: 'stale' })).rejects.toMatchObject({ kind: 'rate-limited' });
    sim.restart(id(11), 'process');
    await expect(cl.configPatch({ raw: '{}', baseHash: 'stale' })).rejects.toMatchObject({ kind: 'conflict' });
  });
});
