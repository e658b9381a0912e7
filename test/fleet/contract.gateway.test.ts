// The contract suite: the SAME cases against (a) one real OpenClaw gateway and (b) the simulated fleet.
// The simulated fleet is only as good as this suite: any case it passes here, other tests may rely on.
// Order matters: the rate-limit case uses up the real gateway's config.patch budget for 60 s, so it runs
// last; the restart case runs just before it. Port 20240 (real gateway), sim on a free port.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelStubConfig, startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { createGatewayClient, type GatewayError } from '../../src/fleet/client.js';
import { RestartDetector } from '../../src/fleet/identity.js';
import type { GatewayClient } from '../../src/fleet/types.js';
import { gatewayError, LeakScanner } from './helpers.js';

const STUB_KEY = 'sk-clawfleet-contract-key-42';

interface Subject {
  name: string;
  client: GatewayClient;
  wrongTokenClient: GatewayClient;
  url: string;
  token: string;
  /** The secret apiKey as stored on disk now (proves redacted writes keep it). */
  storedApiKey(): string | undefined;
}

const scanner = new LeakScanner();

function contractCases(get: () => Subject): void {
  const call = (method: string, params: unknown) =>
    fetch(`${get().url}/api/v1/admin/rpc`, { method: 'POST', headers: { authorization: `Bearer ${get().token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method, params }) });

  it('probes: /healthz, /readyz, /startupz shapes', async () => {
    const { client, url } = get();
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true, status: 'live' });
    const r = await client.readyz();
    expect(r).toMatchObject({ status: 200, ready: true, failing: [] });
    expect(typeof r.uptimeMs).toBe('number');
    expect(typeof r.eventLoopDegraded).toBe('boolean');
    expect(await client.startupz()).toMatchObject({ status: 200, started: true, phase: 'started', version: '2026.9.6' });
  });

  it('config.get: fields, opaque stable hash, secrets redacted', async () => {
    const { client } = get();
    const s = await client.configGet();
    for (const k of ['path', 'exists', 'raw', 'parsed', 'config', 'valid', 'hash', 'issues', 'warnings', 'configRevisionHash', 'appliedConfigHash', 'includedPaths', 'resolved', 'runtimeConfig', 'legacyIssues']) {
      expect(s, k).toHaveProperty(k);
    }
    expect(s).toMatchObject({ exists: true, valid: true, issues: [], warnings: [] });
    expect(s.hash).toMatch(/^hmac-sha256:v1:[A-Za-z0-9_-]{43}$/);
    expect(s.configRevisionHash).toMatch(/^hmac-sha256:v1:/);
    expect(s.appliedConfigHash).toBe(s.configRevisionHash);
    expect(s.hash).not.toBe(s.configRevisionHash);
    expect((await client.configGet()).hash).toBe(s.hash);
    expect(s.raw).toContain('__OPENCLAW_REDACTED__');
    expect(JSON.stringify(s)).not.toContain(STUB_KEY);
  });

  it('config.apply: right baseHash applies; stale → conflict; missing → rejected; redacted raw keeps the secret', async () => {
    const { client } = get();
    const s = await client.configGet();
    const stale = await gatewayError(client.configApply({ raw: s.raw as string, baseHash: 'hmac-sha256:v1:stale' }), scanner);
    expect(stale.kind).toBe('conflict');
    expect(stale.message).toMatch(/config changed since last load; re-run config\.get and retry$/);
    const missing = await gatewayError(client.call('config.apply', { raw: s.raw }), scanner);
    expect(missing.kind).toBe('rejected');
    expect(missing.message).toMatch(/config base hash required; re-run config\.get and retry$/);
    const w = await client.configApply({ raw: s.raw as string, baseHash: s.hash, note: 'contract: apply redacted snapshot' });
    expect(w.ok).toBe(true);
    expect(w.changedPaths).toBeUndefined();
    expect(w.requiresRestart).toBe(false);
    const after = await client.configGet();
    expect(after.hash).toBe(w.hash);
    expect(get().storedApiKey()).toBe(STUB_KEY);
  });

  it('invalid config is rejected with the issues, and nothing changes', async () => {
    const { client } = get();
    const s = await client.configGet();
    const e = await gatewayError(client.configPatch({ raw: '{bogus: 1, gateway: {port: "x"}}', baseHash: s.hash }), scanner);
    expect(e.kind).toBe('rejected');
    expect(e.httpStatus).toBe(400);
    expect(e.code).toBe('INVALID_REQUEST');
    expect(e.issues).toEqual([
      { path: 'gateway.port', message: 'Invalid input: expected number, received string' },
      { path: '', message: 'Unrecognized key: "bogus"' },
    ]);
    expect(e.message).toMatch(/invalid config: gateway\.port: Invalid input: expected number, received string; <root>: Unrecognized key: "bogus"$/);
    const apply = await gatewayError(client.configApply({ raw: '[]', baseHash: s.hash }), scanner);
    expect(apply.issues).toEqual([{ path: '', message: 'Invalid input: expected object, received array' }]);
    expect((await client.configGet()).hash).toBe(s.hash);
  });

  it('config.patch: merge, no-op, null deletes, array shrink needs replacePaths', async () => {
    const { client } = get();
    let s = await client.configGet();
    const add = await client.configPatch({ raw: '{ui: {seamColor: "#ff0000"}}', baseHash: s.hash });
    expect(add).toMatchObject({ ok: true, changedPaths: ['ui'], requiresRestart: false });
    const noop = await client.configPatch({ raw: '{ui: {seamColor: "#ff0000"}}', baseHash: add.hash as string });
    expect(noop).toMatchObject({ ok: true, noop: true, changedPaths: [] });
    const del = await client.configPatch({ raw: '{ui: null}', baseHash: add.hash as string });
    expect(del.changedPaths).toEqual(['ui']);
    const two = await client.configPatch({ raw: '{gateway: {trustedProxies: ["10.0.0.1", "10.0.0.2"]}}', baseHash: del.hash as string });
    expect(two.changedPaths).toEqual(['gateway.trustedProxies']);
    const shrink = await gatewayError(client.configPatch({ raw: '{gateway: {trustedProxies: ["10.0.0.1"]}}', baseHash: two.hash as string }), scanner);
    expect(shrink.kind).toBe('rejected');
    expect(shrink.message).toMatch(
      /config\.patch would remove entries from array path\(s\): gateway\.trustedProxies\. Pass replacePaths with the exact path\(s\) when this is intentional, or use config\.apply for full-config replacement\.$/,
    );
    const ok = await client.configPatch({ raw: '{gateway: {trustedProxies: ["10.0.0.1"]}}', baseHash: two.hash as string, replacePaths: ['gateway.trustedProxies'] });
    expect(ok.changedPaths).toEqual(['gateway.trustedProxies']);
    s = await client.configGet();
    expect((s.parsed as { gateway: { trustedProxies: string[] } }).gateway.trustedProxies).toEqual(['10.0.0.1']);
    expect((s.parsed as { ui?: unknown }).ui).toBeUndefined();
    expect((s.parsed as { meta?: { lastTouchedVersion?: string } }).meta?.lastTouchedVersion).toBe('2026.9.6');
  });

  it('config.patch: missing baseHash, bad params, bad JSON5, non-object raw', async () => {
    const { client } = get();
    const s = await client.configGet();
    expect((await gatewayError(client.call('config.patch', { raw: '{ui: {}}' }), scanner)).message).toMatch(/config base hash required for ui; re-run config\.get and retry with baseHash$/);
    expect((await gatewayError(client.call('config.patch', { baseHash: s.hash }), scanner)).message).toMatch(/invalid config\.patch params: must have required property 'raw'$/);
    expect((await gatewayError(client.configPatch({ raw: '{ui: ', baseHash: s.hash }), scanner)).message).toMatch(/SyntaxError: JSON5: invalid end of input at 1:6$/);
    expect((await gatewayError(client.configPatch({ raw: '[1]', baseHash: s.hash }), scanner)).message).toMatch(/config\.patch raw must be an object$/);
    expect((await gatewayError(client.call('config.patch', { raw: '{}', baseHash: s.hash, replacePaths: 'x' }), scanner)).message).toMatch(/invalid config\.patch params: at \/replacePaths: must be array$/);
  });

  it('unauthorized, unsupported method, wrong HTTP method, bad body', async () => {
    const u = await gatewayError(get().wrongTokenClient.configGet(), scanner);
    expect(u).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    const raw = await fetch(`${get().url}/api/v1/admin/rpc`, { method: 'POST', headers: { authorization: 'Bearer nope-nope-nope' }, body: '{}' });
    expect(raw.status).toBe(401);
    expect(await raw.json()).toEqual({ error: { message: 'Unauthorized', type: 'unauthorized' } });
    const m = await gatewayError(get().client.call('diagnostics.stability'), scanner);
    expect(m.message).toMatch(/INVALID_REQUEST admin HTTP RPC method is not supported: diagnostics\.stability$/);
    const g = await fetch(`${get().url}/api/v1/admin/rpc`, { headers: { authorization: `Bearer ${get().token}` } });
    expect(g.status).toBe(405);
    expect(await g.json()).toEqual({ ok: false, error: { type: 'method_not_allowed', message: 'Method Not Allowed' } });
    const b = await fetch(`${get().url}/api/v1/admin/rpc`, { method: 'POST', headers: { authorization: `Bearer ${get().token}` }, body: 'xx' });
    expect(b.status).toBe(400);
    expect(await b.json()).toEqual({ ok: false, error: { type: 'invalid_request', message: 'request body must be valid JSON' } });
    const withId = await call('config.schema.lookup', { path: 'ui' });
    expect(((await withId.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('health, status, update.status, models.authStatus shapes', async () => {
    const { client } = get();
    const h = await client.health();
    expect(h).toMatchObject({ ok: true, configReload: { hotReloadStatus: 'active' }, defaultAgentId: 'main' });
    expect(h.modelRuntime?.degraded ?? false).toBe(false); // the real payload omits modelRuntime at times
    expect(Array.isArray(h.plugins?.loaded)).toBe(true);
    expect(h.plugins?.loaded).toContain('admin-http-rpc');
    expect(h.plugins?.errors).toEqual([]);
    const st = await client.status();
    expect(st.runtimeVersion).toBe('2026.9.6');
    expect(typeof st['pid']).toBe('number');
    expect(await client.updateStatus()).toEqual({ sentinel: null, updateAvailable: null, effectiveChannel: 'stable', schedule: { channel: 'stable', autoEnabled: false } });
    const auth = (await client.modelsAuthStatus()) as { providers: Array<{ provider: string; status: string }> };
    expect(auth.providers).toContainEqual(expect.objectContaining({ provider: 'fake', status: 'static' }));
  });

  it('config.schema and config.schema.lookup (reloadKind; unknown path)', async () => {
    const { client } = get();
    expect((await client.configSchema()).version).toBe('2026.9.6');
    expect((await client.configSchemaLookup('gateway.port')).reloadKind).toBe('restart');
    expect((await client.configSchemaLookup('ui')).reloadKind).toBe('none');
    expect((await client.configSchemaLookup('gateway.controlUi.allowedOrigins')).reloadKind).toBe('hot');
    expect((await client.configSchemaLookup('gateway.controlUi')).reloadKind).toBe('restart');
    expect((await client.configSchemaLookup('agents')).reloadKind).toBe('none');
    expect((await client.configSchemaLookup('agents.defaults.model')).reloadKind).toBe('hot');
    expect((await client.configSchemaLookup('discovery.mdns.mode')).reloadKind).toBe('hot');
    expect((await client.configSchemaLookup('update')).reloadKind).toBe('restart');
    expect((await gatewayError(client.configSchemaLookup('nope.nope'), scanner)).message).toMatch(/config schema path not found$/);
    expect((await gatewayError(client.call('config.schema.lookup', {}), scanner)).message).toMatch(/invalid config\.schema\.lookup params: must have required property 'path'$/);
  });

  it('restart: gateway.restart.request → the uptime resets and the detector sees it', async () => {
    const { client } = get();
    const d = new RestartDetector(2_000);
    // The detector needs the reboot to move the boot time by more than its tolerance.
    for (let up = (await client.readyz()).uptimeMs ?? 0; up < 3_000; up = (await client.readyz()).uptimeMs ?? 0) await new Promise((r) => setTimeout(r, 3_000 - up));
    const before = await client.readyz();
    d.observe({ uptimeMs: before.uptimeMs as number });
    const pid = (await client.status())['pid'];
    const req = (await client.restartRequest()) as { ok: boolean; status: string };
    expect(req.ok).toBe(true);
    // scheduled = now; deferred = after active work drains (bounded); coalesced = joined a pending restart
    expect(['scheduled', 'deferred', 'coalesced']).toContain(req.status);
    // Wait for it to go down and come back (~5–10 s on a real gateway; immediate in the sim).
    const deadline = Date.now() + 120_000;
    let restarted = false;
    while (Date.now() < deadline && !restarted) {
      await new Promise((r) => setTimeout(r, 250));
      try {
        const r = await client.readyz({ attempts: 1, timeoutMs: 2_000 });
        if (r.ready && r.uptimeMs !== undefined) restarted = d.observe({ uptimeMs: r.uptimeMs }).restarted;
      } catch {
        // down while restarting
      }
    }
    expect(restarted).toBe(true);
    expect((await client.status())['pid']).toBe(pid); // in-process: the PID stays
  });

  it('rate limit: config.patch writes beyond 30 per 60 s → rate-limited with retryAfterMs (other methods unaffected)', async () => {
    // A client that never waits out a rate limit, so the refusal surfaces.
    const client = createGatewayClient({ id: get().client.id, url: get().url, token: get().token }, { maxRateLimitWaitMs: 0 });
    const s = await client.configGet();
    let accepted = 0;
    let limited: GatewayError | undefined;
    // The window is fixed (60 s from the first write in it): up to 61 writes always meet a full window.
    for (let i = 0; i < 61 && !limited; i++) {
      try {
        await client.configPatch({ raw: '{}', baseHash: 'hmac-sha256:v1:stale' }, { attempts: 1 });
      } catch (e) {
        const ge = e as GatewayError;
        scanner.record(ge);
        if (ge.kind === 'rate-limited') limited = ge;
        else {
          expect(ge.kind).toBe('conflict'); // rejected writes count against the budget too
          accepted++;
        }
      }
    }
    expect(limited, 'no rate limit within 61 writes').toBeDefined();
    expect(accepted).toBeLessThanOrEqual(60);
    expect(limited?.httpStatus).toBe(503);
    expect(limited?.code).toBe('UNAVAILABLE');
    expect(limited?.retryAfterMs).toBeGreaterThan(0);
    expect(limited?.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(limited?.message).toMatch(/UNAVAILABLE rate limit exceeded for config\.patch; retry after \d+s$/);
    // Each method has its own bucket: config.apply still reaches the handler (stale hash → conflict).
    expect((await gatewayError(client.configApply({ raw: s.raw as string, baseHash: 'hmac-sha256:v1:stale' }), scanner)).kind).toBe('conflict');
  });
}

const fleetConfig = () => ({ ...modelStubConfig('http://127.0.0.1:20951/v1', STUB_KEY) });

describe('contract: real OpenClaw gateway', () => {
  let fleet: Fleet;
  let subject: Subject;
  beforeAll(async () => {
    fleet = await startFleet({ count: 1, basePort: 20240, config: fleetConfig, modelStubApiKey: STUB_KEY });
    const g = fleet.gateways[0]!;
    scanner.addSecret(g.token, STUB_KEY);
    subject = {
      name: 'real',
      url: g.url,
      token: g.token,
      client: createGatewayClient({ id: g.id, url: g.url, token: g.token }),
      wrongTokenClient: createGatewayClient({ id: g.id, url: g.url, token: 'wrong-token-0123456789' }),
      storedApiKey: () => (JSON.parse(readFileSync(g.configPath, 'utf8')) as { models: { providers: { fake: { apiKey: string } } } }).models.providers.fake.apiKey,
    };
  });
  afterAll(async () => {
    await fleet?.stop();
  });
  contractCases(() => subject);
});

describe('contract: simulated fleet', () => {
  let sim: SimFleet;
  let subject: Subject;
  beforeAll(async () => {
    sim = await startSimFleet({ count: 3, idPrefix: 'ct', config: () => ({ gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 20240 }, ...fleetConfig() }) });
    const inst = sim.instances[1]!;
    scanner.addSecret(inst.token);
    subject = {
      name: 'sim',
      url: inst.url,
      token: inst.token,
      client: createGatewayClient({ id: inst.id, url: inst.url, token: inst.token }),
      wrongTokenClient: createGatewayClient({ id: inst.id, url: inst.url, token: 'wrong-token-0123456789' }),
      storedApiKey: () => (sim.configOf(inst.id).parsed as { models: { providers: { fake: { apiKey: string } } } }).models.providers.fake.apiKey,
    };
  });
  afterAll(async () => {
    await sim?.stop();
    scanner.assertClean();
  });
  contractCases(() => subject);
});
