import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { classifyProbeResponse, classifyRpcResponse, createGatewayClient, GatewayError, normalizeBaseUrl, type GatewayClientOptions } from '../../src/fleet/client.js';
import type { GatewayTarget } from '../../src/fleet/types.js';
import { gatewayError, LeakScanner, recordingLogger } from './helpers.js';

const scanner = new LeakScanner();
let sim: SimFleet;
const logger = recordingLogger();

beforeAll(async () => {
  sim = await startSimFleet({ count: 8, idPrefix: 'cl' });
  scanner.addSecret(...sim.instances.map((i) => i.token));
});
afterAll(async () => {
  await sim.stop();
  scanner.recordText(...logger.lines);
  // Every error message (and debug line) this file produced, checked for every token in every derived form.
  expect(scanner.count).toBeGreaterThan(40);
  scanner.assertClean();
});
beforeEach(() => {
  sim.clearKnobs();
});

/** Target for sim instance i (0-based). */
function target(i: number, token?: string): GatewayTarget {
  const inst = sim.instances[i];
  if (!inst) throw new Error(`no instance ${i}`);
  return { id: inst.id, url: inst.url, token: token ?? inst.token };
}

const noWait = (delays: number[] = []): Partial<GatewayClientOptions> => ({
  sleep: async (ms) => {
    delays.push(ms);
  },
  random: () => 0.5,
});

function client(i: number, opts: GatewayClientOptions = {}) {
  return createGatewayClient(target(i), { logger, ...opts });
}

describe('typed calls against the simulated fleet (URL with a path prefix)', () => {
  it('config.get returns the snapshot fields', async () => {
    const c = client(0);
    expect(c.url).toBe(sim.instances[0]?.url);
    const s = await c.configGet();
    expect(s.path).toBe(`/sim/${sim.instances[0]?.id}/openclaw.json`);
    expect(s.hash).toMatch(/^hmac-sha256:v1:/);
    expect(s.valid).toBe(true);
    expect(s.exists).toBe(true);
    expect(s.issues).toEqual([]);
    expect(s.configRevisionHash).toBe(s.appliedConfigHash);
    expect(typeof s.raw).toBe('string');
  });

  it('config.patch and config.apply return write results; a no-op patch says so', async () => {
    const c = client(0);
    const s = await c.configGet();
    const w = await c.configPatch({ raw: '{ui: {seamColor: "#123456"}}', baseHash: s.hash, note: 'test' });
    expect(w).toMatchObject({ ok: true, changedPaths: ['ui'], requiresRestart: false });
    expect(w.hash).not.toBe(s.hash);
    const noop = await c.configPatch({ raw: '{ui: {seamColor: "#123456"}}', baseHash: w.hash as string });
    expect(noop).toMatchObject({ ok: true, noop: true, changedPaths: [] });
    const s2 = await c.configGet();
    const a = await c.configApply({ raw: s2.raw as string, baseHash: s2.hash });
    expect(a.ok).toBe(true);
    expect(a.changedPaths).toBeUndefined();
  });

  it('probes: ready, not ready (503 is a result, not an error), startup and liveness', async () => {
    const c = client(1);
    expect(await c.readyz()).toMatchObject({ status: 200, ready: true, failing: [] });
    sim.setKnobs(sim.instances[1]!.id, { notReady: ['agent-database:main'], eventLoopDegraded: true });
    expect(await c.readyz()).toMatchObject({ status: 503, ready: false, failing: ['agent-database:main'], eventLoopDegraded: true, eventLoopReasons: ['cpu'] });
    sim.setKnobs(sim.instances[1]!.id, { starting: true });
    expect(await c.startupz()).toMatchObject({ status: 503, started: false, phase: 'starting', version: '2026.9.6' });
    expect(await c.healthz()).toEqual({ status: 200, ok: true });
  });

  it('health, status, schema lookup, auth status, update status, restart request', async () => {
    const c = client(2);
    expect((await c.health()).ok).toBe(true);
    expect((await c.status()).runtimeVersion).toBe('2026.9.6');
    expect((await c.configSchemaLookup('gateway.port')).reloadKind).toBe('restart');
    expect((await c.configSchemaLookup('ui')).reloadKind).toBe('none');
    expect((await c.configSchema()).version).toBe('2026.9.6');
    expect(await c.modelsAuthStatus()).toHaveProperty('providers');
    expect(await c.updateStatus()).toMatchObject({ effectiveChannel: 'stable' });
    expect(await c.restartRequest()).toMatchObject({ ok: true, status: 'scheduled' });
  });
});

describe('error classes', () => {
  it('not-enabled: 404 on the RPC route says how to enable the plugin; not retried', async () => {
    sim.setKnobs(sim.instances[3]!.id, { adminRpcDisabled: true });
    sim.log.clear();
    const e = await gatewayError(client(3).configGet(), scanner);
    expect(e.kind).toBe('not-enabled');
    expect(e.httpStatus).toBe(404);
    expect(e.message).toBe(
      `${sim.instances[3]!.id}: config.get (127.0.0.1:${sim.port}/i/${sim.instances[3]!.id}/api/v1/admin/rpc) not-enabled: HTTP 404 no admin RPC route: enable plugins.entries["admin-http-rpc"].enabled: true in this gateway's config (applies without a restart)`,
    );
    expect(sim.log.count({ instance: sim.instances[3]!.id })).toBe(1);
  });

  it('unauthorized: a wrong token is 401, not retried, and the message names neither token', async () => {
    sim.log.clear();
    const wrong = 'wrong-token-Zx9!"quote\\back';
    scanner.addSecret(wrong);
    const c = createGatewayClient(target(3, wrong), { logger });
    const e = await gatewayError(c.configGet(), scanner);
    expect(e.kind).toBe('unauthorized');
    expect(e.httpStatus).toBe(401);
    expect(e.retryable).toBe(false);
    expect(e.message).toContain('check the token');
    expect(sim.log.count({ instance: sim.instances[3]!.id })).toBe(1);
  });

  it('conflict: a stale baseHash is never retried', async () => {
    const c = client(4);
    sim.log.clear();
    const e = await gatewayError(c.configPatch({ raw: '{ui: {}}', baseHash: 'hmac-sha256:v1:stale' }), scanner);
    expect(e.kind).toBe('conflict');
    expect(e.code).toBe('INVALID_REQUEST');
    expect(e.message).toContain('config changed since last load; re-run config.get and retry');
    expect(sim.log.count({ instance: sim.instances[4]!.id, method: 'config.patch' })).toBe(1);
  });

  it('rejected: invalid config carries the gateway issues and is never retried', async () => {
    const c = client(4);
    const s = await c.configGet();
    sim.log.clear();
    const e = await gatewayError(c.configPatch({ raw: '{bogus: 1, gateway: {port: "x"}}', baseHash: s.hash }), scanner);
    expect(e.kind).toBe('rejected');
    expect(e.issues).toEqual([
      { path: 'gateway.port', message: 'Invalid input: expected number, received string' },
      { path: '', message: 'Unrecognized key: "bogus"' },
    ]);
    expect(sim.log.count({ instance: sim.instances[4]!.id, method: 'config.patch' })).toBe(1);
    expect((await c.configGet()).hash).toBe(s.hash);
  });

  it('rejected: a method the HTTP surface does not allow', async () => {
    const e = await gatewayError(client(4).call('diagnostics.stability'), scanner);
    expect(e.kind).toBe('rejected');
    expect(e.message).toContain('admin HTTP RPC method is not supported: diagnostics.stability');
  });

  it('timeout: a black hole times out each attempt and reads are retried', async () => {
    sim.setKnobs(sim.instances[5]!.id, { blackHole: true });
    sim.log.clear();
    const started = Date.now();
    const e = await gatewayError(client(5, { timeoutMs: 150, maxAttempts: 2, ...noWait() }).configGet(), scanner);
    expect(e.kind).toBe('timeout');
    expect(e.attempts).toBe(2);
    expect(e.retryable).toBe(true);
    expect(e.message).toContain('no answer within 150 ms (after 2 attempts)');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sim.log.count({ instance: sim.instances[5]!.id })).toBe(2);
  });

  it('timeout: a black-holed WRITE is sent once (it may have been applied)', async () => {
    const c = client(5, { timeoutMs: 150, ...noWait() });
    const s = await c.configGet();
    sim.setKnobs(sim.instances[5]!.id, { blackHole: true });
    sim.log.clear();
    const e = await gatewayError(c.configPatch({ raw: '{ui: {}}', baseHash: s.hash }), scanner);
    expect(e.kind).toBe('timeout');
    expect(e.attempts).toBe(1);
    expect(sim.log.count({ instance: sim.instances[5]!.id })).toBe(1);
  });

  it('unreachable: a reset connection, retried with capped exponential backoff and full jitter', async () => {
    sim.setKnobs(sim.instances[6]!.id, { reset: true });
    const delays: number[] = [];
    const e = await gatewayError(client(6, { maxAttempts: 5, baseBackoffMs: 100, maxBackoffMs: 300, ...noWait(delays) }).health(), scanner);
    expect(e.kind).toBe('unreachable');
    expect(e.message).toContain('connection reset by the peer');
    expect(e.attempts).toBe(5);
    // random() = 0.5: half of min(300, 100·2^n)
    expect(delays).toEqual([50, 100, 150, 150]);
    expect(logger.lines.some((l) => l.includes('health attempt 1/5 failed (unreachable); retrying in 50 ms'))).toBe(true);
  });

  it('unreachable: nothing listens on the port (ECONNREFUSED)', async () => {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const port = (s.address() as AddressInfo).port;
    await new Promise<void>((r) => s.close(() => r()));
    const c = createGatewayClient({ id: 'gone', url: `http://127.0.0.1:${port}`, token: sim.instances[0]!.token }, { logger, maxAttempts: 2, ...noWait() });
    const e = await gatewayError(c.readyz(), scanner);
    expect(e.kind).toBe('unreachable');
    expect(e.code).toBe('ECONNREFUSED');
    expect(e.message).toBe(`gone: GET /readyz (127.0.0.1:${port}/readyz) unreachable: ECONNREFUSED connection refused (nothing listens on that port) (after 2 attempts)`);
  });

  it('unavailable: a retryable UNAVAILABLE read waits retryAfterMs and then succeeds', async () => {
    const id = sim.instances[6]!.id;
    sim.setKnobs(id, { methodErrors: { 'config.get': { status: 503, code: 'UNAVAILABLE', message: 'gateway starting', retryable: true, retryAfterMs: 1234, times: 1 } } });
    const delays: number[] = [];
    const s = await client(6, noWait(delays)).configGet();
    expect(s.valid).toBe(true);
    expect(delays).toEqual([1234]);
  });

  it('unavailable: persisted-but-not-applied after a write is NOT retried', async () => {
    const id = sim.instances[7]!.id;
    const c = client(7, noWait());
    const s = await c.configGet();
    sim.setKnobs(id, { persistNotApplied: true });
    sim.log.clear();
    const e = await gatewayError(c.configPatch({ raw: '{ui: {seamColor: "#abcdef"}}', baseHash: s.hash }), scanner);
    expect(e.kind).toBe('unavailable');
    expect(e.httpStatus).toBe(503);
    expect(sim.log.count({ instance: id, method: 'config.patch' })).toBe(1);
    const after = sim.configOf(id);
    expect(after.configRevisionHash).not.toBe(after.appliedConfigHash);
  });

  it('unavailable: HTTP 500 with an internal error is not retried; a 503 without a body is', async () => {
    sim.setKnobs(sim.instances[7]!.id, { status500: true });
    sim.log.clear();
    const e = await gatewayError(client(7, { maxAttempts: 3, ...noWait() }).health(), scanner);
    expect(e.kind).toBe('unavailable');
    expect(e.retryable).toBe(false);
    expect(sim.log.count({ instance: sim.instances[7]!.id })).toBe(1);
  });

  it('rate-limited: the 31st write within a minute fails with retryAfterMs when waiting is not allowed', async () => {
    const id = sim.instances[7]!.id;
    sim.clearKnobs(id);
    sim.restart(id, 'process'); // a new process starts with empty write buckets
    const c = client(7, { maxRateLimitWaitMs: 0, ...noWait() });
    let hash = (await c.configGet()).hash;
    let last: GatewayError | undefined;
    for (let i = 0; i < 31; i++) {
      try {
        hash = (await c.configPatch({ raw: `{ui: {seamColor: "#0000${String(i).padStart(2, '0')}"}}`, baseHash: hash })).hash as string;
      } catch (e) {
        scanner.record(e);
        last = e as GatewayError;
        expect(i).toBe(30);
      }
    }
    expect(last?.kind).toBe('rate-limited');
    expect(last?.retryAfterMs).toBeGreaterThan(50_000);
    expect(last?.message).toMatch(/rate limit exceeded for config\.patch; retry after \d+s/);
    // Another method has its own bucket.
    expect((await c.call('gateway.restart.request')) as object).toMatchObject({ ok: true });
  });

  it('rate-limited: the client waits retryAfterMs and resends the write (refused before handling)', async () => {
    const id = sim.instances[0]!.id;
    sim.setKnobs(id, { rateLimit: { limit: 1, windowMs: 400 } });
    const c = client(0, { random: () => 0 });
    let hash = (await c.configGet()).hash;
    hash = (await c.configPatch({ raw: '{ui: {seamColor: "#111111"}}', baseHash: hash })).hash as string;
    sim.log.clear();
    const started = Date.now();
    const w = await c.configPatch({ raw: '{ui: {seamColor: "#222222"}}', baseHash: hash });
    expect(w.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const patches = sim.log.forInstance(id).filter((e) => e.method === 'config.patch');
    expect(patches.map((p) => p.status)).toEqual([503, 200]);
    expect(logger.lines.some((l) => /config\.patch rate-limited; waiting \d+ ms as the gateway asked/.test(l))).toBe(true);
  });

  it('rate-limited: a wait longer than the cap is not slept; the error surfaces at once', async () => {
    const id = sim.instances[0]!.id;
    sim.setKnobs(id, { rateLimit: { limit: 1, windowMs: 60_000 } });
    const delays: number[] = [];
    const c = client(0, { maxRateLimitWaitMs: 10_000, ...noWait(delays) });
    const s = await c.configGet();
    await c.configPatch({ raw: '{ui: {seamColor: "#333333"}}', baseHash: s.hash }).catch(() => undefined);
    const e = await gatewayError(c.configPatch({ raw: '{ui: {seamColor: "#444444"}}', baseHash: s.hash }), scanner);
    expect(e.kind).toBe('rate-limited');
    expect(delays).toEqual([]);
  });

  it('protocol: config.get without a hash, and an unknown reloadKind', async () => {
    await withServer(
      (req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          const method = (JSON.parse(body) as { method: string }).method;
          const payload = method === 'config.get' ? { path: '/x' } : { reloadKind: 'sometimes' };
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, payload }));
        });
      },
      async (url) => {
        const c = createGatewayClient({ id: 'odd', url, token: 'tok-protocol-1234' }, { logger });
        expect((await gatewayError(c.configGet(), scanner)).message).toBe(`odd: config.get (${new URL(url).host}/api/v1/admin/rpc) protocol: payload has no hash`);
        expect((await gatewayError(c.configSchemaLookup('ui'), scanner)).kind).toBe('protocol');
      },
    );
  });

  it('protocol: a redirect is not followed, so the token never reaches the other host', async () => {
    let hits = 0;
    await withServer(
      (_req, res) => {
        hits++;
        res.end('{}');
      },
      async (otherUrl) => {
        await withServer(
          (_req, res) => res.writeHead(302, { location: `${otherUrl}/steal` }).end(),
          async (url) => {
            const c = createGatewayClient({ id: 'redir', url, token: 'tok-redirect-5678' }, { logger, ...noWait() });
            const e = await gatewayError(c.configGet(), scanner);
            expect(e.kind).toBe('protocol');
            expect(e.httpStatus).toBe(302);
            expect((await gatewayError(c.readyz(), scanner)).message).toContain('a login page or proxy is in the way');
          },
        );
      },
    );
    expect(hits).toBe(0);
  });

  it('protocol: a response over the size limit; unavailable: a proxy 502 without a body is retried', async () => {
    let calls = 0;
    await withServer(
      (req, res) => {
        calls++;
        if (req.url?.endsWith('/readyz')) res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, payload: 'x'.repeat(5000) }));
      },
      async (url) => {
        const c = createGatewayClient({ id: 'big', url, token: 'tok-big-12345678' }, { logger, maxResponseBytes: 1000, maxAttempts: 3, ...noWait() });
        const big = await gatewayError(c.health(), scanner);
        expect(big.kind).toBe('protocol');
        expect(big.message).toContain('over the 1000-byte limit');
        calls = 0;
        const bad = await gatewayError(c.readyz(), scanner);
        expect(bad.kind).toBe('unavailable');
        expect(bad.retryable).toBe(true);
        expect(calls).toBe(3);
      },
    );
  });

  it("the caller's abort signal wins over retries and is rethrown as is", async () => {
    sim.setKnobs(sim.instances[5]!.id, { blackHole: true });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(new Error('operator cancelled')), 100);
    await expect(client(5, { timeoutMs: 10_000 }).configGet({ signal: ctrl.signal })).rejects.toThrow('operator cancelled');
  });
});

describe('secrets never leave through errors', () => {
  it('a gateway message that echoes the token (raw, base64, JSON-escaped) is scrubbed', async () => {
    const inst = sim.instances[2]!;
    const b64 = Buffer.from(inst.token).toString('base64');
    sim.setKnobs(inst.id, {
      methodErrors: {
        'config.patch': {
          status: 400,
          code: 'INVALID_REQUEST',
          message: `invalid config: got Authorization: Bearer ${inst.token} (b64 ${b64})`,
          details: { issues: [{ path: 'gateway.auth.token', message: `token ${JSON.stringify(inst.token).slice(1, -1)} is weak` }] },
        },
      },
    });
    const e = await gatewayError(client(2).configPatch({ raw: '{}', baseHash: 'x' }), scanner);
    expect(e.kind).toBe('rejected');
    expect(e.message).toContain('Bearer ***');
    expect(e.message).not.toContain(inst.token);
    expect(e.issues?.[0]?.message).toBe('token *** is weak');
  });

  it('extra secrets passed by the caller are scrubbed too', async () => {
    const inst = sim.instances[2]!;
    const apiKey = 'sk-live-ABCDEFGH12345678';
    scanner.addSecret(apiKey);
    sim.setKnobs(inst.id, { methodErrors: { health: { status: 500, code: 'INTERNAL', message: `provider key ${apiKey} rejected` } } });
    const secrets = new SecretRegistry();
    secrets.add(apiKey);
    const e = await gatewayError(client(2, { secrets, ...noWait() }).health(), scanner);
    expect(e.message).toContain('provider key *** rejected');
  });

  it('the client object does not expose the token when printed', () => {
    const c = client(0);
    expect(inspect(c, { depth: 5, showHidden: true })).not.toContain(sim.instances[0]!.token);
    expect(JSON.stringify(c)).not.toContain(sim.instances[0]!.token);
  });

  it('a bad URL is refused without echoing credentials or the query', () => {
    const mk = (url: string) => () => createGatewayClient({ id: 'x', url, token: 't' });
    expect(mk('ftp://h:1')).toThrow('gateway url must be http(s): ftp://h:1');
    expect(mk('http://user:pa55word@h:1')).toThrow('gateway url must not contain credentials (host h:1)');
    expect(mk('http://h:1/?token=abc')).toThrow('gateway url must not have a query or fragment (host h:1)');
    expect(mk('not a url')).toThrow('gateway url is not a valid URL');
    for (const bad of ['http://user:pa55word@h:1', 'http://h:1/?token=abc']) {
      try {
        mk(bad)();
      } catch (e) {
        expect((e as Error).message).not.toMatch(/pa55word|abc/);
      }
    }
    expect(normalizeBaseUrl('http://h:1/i/x///')).toEqual({ origin: 'http://h:1', host: 'h:1', basePath: '/i/x' });
  });
});

describe('classification table (pure)', () => {
  const rpc = (status: number, body: unknown) => classifyRpcResponse({ status, text: typeof body === 'string' ? body : JSON.stringify(body) });
  it.each([
    [400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'config changed since last load; re-run config.get and retry' } }, 'conflict', false],
    [400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'config base hash required; re-run config.get and retry' } }, 'rejected', false],
    [400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'invalid config: x', details: { issues: [{ path: 'x', message: 'y' }] } } }, 'rejected', false],
    [503, { ok: false, error: { code: 'UNAVAILABLE', message: 'rate limit exceeded for config.patch; retry after 50s', retryable: true, retryAfterMs: 49844, details: { method: 'config.patch', limit: '30 per 60s' } } }, 'rate-limited', true],
    [503, { ok: false, error: { code: 'UNAVAILABLE', message: 'gateway starting', retryable: true, retryAfterMs: 500 } }, 'unavailable', true],
    [503, { ok: false, error: { code: 'UNAVAILABLE', message: 'persisted, not applied' } }, 'unavailable', false],
    [504, { ok: false, error: { code: 'AGENT_TIMEOUT', message: 'agent timed out' } }, 'timeout', false],
    [404, { ok: false, error: { code: 'APPROVAL_NOT_FOUND', message: 'no such request' } }, 'rejected', false],
    [404, 'Not Found', 'not-enabled', false],
    [409, { ok: false, error: { code: 'NOT_PAIRED', message: 'pair first' } }, 'rejected', false],
    [401, { error: { message: 'Unauthorized', type: 'unauthorized' } }, 'unauthorized', false],
    [403, { error: { message: 'proxy attribution required', type: 'proxy_attribution_required' } }, 'unauthorized', false],
    [405, { ok: false, error: { type: 'method_not_allowed', message: 'Method Not Allowed' } }, 'rejected', false],
    [200, 'not json', 'protocol', false],
    [502, '<html>bad gateway</html>', 'unavailable', true],
    [500, '', 'unavailable', false],
    [307, '', 'protocol', false],
  ])('HTTP %i %j → %s (retryable %s)', (status, body, kind, retryable) => {
    const r = rpc(status, body);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.kind).toBe(kind);
      expect(r.failure.retryable).toBe(retryable);
    }
  });

  it('a 200 answer with ok:true yields the payload, even one shaped like a failure', () => {
    expect(rpc(200, { ok: true, payload: { kind: 'timeout', detail: 'x', retryable: true } })).toEqual({ ok: true, value: { kind: 'timeout', detail: 'x', retryable: true } });
  });

  it('probe answers: 200/503 JSON are results; HTML or 404 is protocol', () => {
    expect(classifyProbeResponse({ status: 503, text: '{"ready":false}' })).toEqual({ ok: true, value: { status: 503, body: { ready: false } } });
    expect(classifyProbeResponse({ status: 200, text: '<html>' })).toMatchObject({ ok: false, failure: { kind: 'protocol' } });
    expect(classifyProbeResponse({ status: 404, text: 'Not Found' })).toMatchObject({ ok: false, failure: { kind: 'protocol' } });
  });
});

async function withServer(handler: Parameters<typeof createServer>[1], fn: (url: string) => Promise<void>): Promise<void> {
  const s: Server = createServer(handler);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  try {
    await fn(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
  } finally {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
}
