/**
 * The WebSocket side: the protocol-4 handshake and device signature, the chat API probe (with the pairing
 * path a remote runner takes), and the load probe — against the fake gateway's WebSocket server.
 */
import { createPublicKey, sign, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createGatewayClient } from '../../src/fleet/client.js';
import { chatViaApi, cleanupSmokeSession, judgeReply, RunObserver } from '../../src/smoke/chat.js';
import { Deadline } from '../../src/smoke/deadline.js';
import { connectGateway, createDeviceIdentity, deviceAuthPayload, GatewayWsError, wsUrlOf } from '../../src/smoke/gateway-ws.js';
import { CheckBuilder } from '../../src/smoke/status.js';
import { percentile, wsLoadProbe } from '../../src/smoke/ws-load.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

const PORT = 22953;
const SILENT_PORT = 22954;
let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ port: PORT });
});
afterAll(async () => {
  await gw.stop();
});
beforeEach(() => {
  for (const k of Object.keys(gw.knobs)) delete gw.knobs[k as keyof typeof gw.knobs];
  gw.paired.clear();
  gw.pending.clear();
  gw.wsCalls.length = 0;
  gw.rpcCalls.length = 0;
});

describe('device identity', () => {
  it('deviceId = sha256(raw public key); the v2 payload is signed with the key', () => {
    const d = createDeviceIdentity();
    expect(d.deviceId).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(d.publicKey, 'base64url')).toHaveLength(32);
    const payload = deviceAuthPayload({ deviceId: d.deviceId, clientId: 'cli', clientMode: 'cli', role: 'operator', scopes: ['operator.read', 'operator.write'], signedAtMs: 1737264000000, token: 't', nonce: 'n' });
    expect(payload).toBe(`v2|${d.deviceId}|cli|cli|operator|operator.read,operator.write|1737264000000|t|n`);
    // Same check as the gateway's verifier: SPKI prefix + raw key, Ed25519 over the UTF-8 payload.
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(d.publicKey, 'base64url')]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    const sig = sign(null, Buffer.from(payload), d.privateKey);
    expect(verify(null, Buffer.from(payload), key, sig)).toBe(true);
  });

  it('ws URL keeps the base path and drops query and fragment', () => {
    expect(wsUrlOf('https://gw.example.com/base/?x=1#t')).toBe('wss://gw.example.com/base/');
    expect(wsUrlOf('http://127.0.0.1:1')).toBe('ws://127.0.0.1:1/');
  });
});

describe('connectGateway', () => {
  it('completes the handshake; the connect frame carries the token and the device proof', async () => {
    const device = createDeviceIdentity();
    const s = await connectGateway({ url: gw.url, token: gw.token, scopes: ['operator.read'], device, timeoutMs: 5_000 });
    expect(s.hello).toMatchObject({ serverVersion: '2026.9.6', scopes: ['operator.read'], role: 'operator' });
    expect(s.connectMs).toBeGreaterThan(0);
    s.close();
    const c = gw.wsCalls.find((x) => x.method === 'connect')!;
    expect(c.params).toMatchObject({ minProtocol: 4, maxProtocol: 4, client: { id: 'cli', mode: 'cli' }, role: 'operator', caps: [], auth: { token: gw.token } });
    expect((c.params['device'] as { id: string }).id).toBe(device.deviceId);
  });

  it('a wrong token → GatewayWsError unauthorized with the gateway code', async () => {
    const err = await connectGateway({ url: gw.url, token: 'nope-nope-nope', scopes: [], timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayWsError);
    expect(err).toMatchObject({ code: 'AUTH_TOKEN_MISMATCH', kind: 'unauthorized' });
    expect((err as Error).message).not.toContain('nope-nope-nope');
  });

  it('pairing required → code PAIRING_REQUIRED with the request id', async () => {
    gw.knobs.remoteScopes = true;
    const device = createDeviceIdentity();
    const err = (await connectGateway({ url: gw.url, token: gw.token, scopes: ['operator.write'], device, timeoutMs: 5_000 }).catch((e: unknown) => e)) as GatewayWsError;
    expect(err.code).toBe('PAIRING_REQUIRED');
    expect(err.details['deviceId']).toBe(device.deviceId);
    expect(typeof err.details['requestId']).toBe('string');
  });

  it('no challenge → timeout; nothing listening → unreachable; HTTP instead of an upgrade → classified', async () => {
    const wss = new WebSocketServer({ port: SILENT_PORT, host: '127.0.0.1' });
    try {
      const t = (await connectGateway({ url: `http://127.0.0.1:${SILENT_PORT}`, token: 'x', scopes: [], timeoutMs: 500 }).catch((e: unknown) => e)) as GatewayWsError;
      expect(t).toMatchObject({ kind: 'timeout', message: 'no hello-ok within 500 ms' });
    } finally {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    }
    const u = (await connectGateway({ url: `http://127.0.0.1:${SILENT_PORT}`, token: 'x', scopes: [], timeoutMs: 2_000 }).catch((e: unknown) => e)) as GatewayWsError;
    expect(u.kind).toBe('unreachable');
    expect(u.message).toBe('socket error: ECONNREFUSED');
    const http = createServer((_q, res) => {
      res.writeHead(401);
      res.end();
    });
    await new Promise<void>((r) => http.listen(SILENT_PORT, '127.0.0.1', () => r()));
    try {
      const h = (await connectGateway({ url: `http://127.0.0.1:${SILENT_PORT}`, token: 'x', scopes: [], timeoutMs: 2_000 }).catch((e: unknown) => e)) as GatewayWsError;
      expect(h).toMatchObject({ kind: 'unauthorized', code: 'HTTP_401' });
    } finally {
      await new Promise<void>((r) => http.close(() => r()));
    }
  });

  it('a call on a black-holed gateway times out', async () => {
    const s = await connectGateway({ url: gw.url, token: gw.token, scopes: [], timeoutMs: 5_000 });
    gw.knobs.blackHole = true;
    const err = (await s.call('health', {}, { timeoutMs: 300 }).catch((e: unknown) => e)) as GatewayWsError;
    expect(err).toMatchObject({ kind: 'timeout', message: 'health: no answer within 300 ms' });
    s.close();
  });
});

describe('RunObserver and judgeReply', () => {
  it('keeps the last agent error and retry status of its own run only', () => {
    const o = new RunObserver(() => 'r1');
    o.observe({ event: 'agent', payload: { runId: 'other', stream: 'lifecycle', data: { error: 'not ours' } } });
    // The shapes measured on OpenClaw 2026.9.6 with the model endpoint down:
    o.observe({ event: 'agent', payload: { runId: 'r1', stream: 'lifecycle', data: { phase: 'finishing', error: 'LLM request failed: connection refused by the provider endpoint.', errorObservation: { provider: 'fake', model: 'fake-model', failoverReason: 'timeout' } } } });
    o.observe({ event: 'agent', payload: { runId: 'r1', stream: 'run_status', data: { phase: 'retrying', message: 'Provider temporarily unavailable. Retrying in 2s (1/8).' } } });
    expect(o.explain()).toBe(
      '; the agent reported: LLM request failed: connection refused by the provider endpoint. (provider fake, model fake-model); last status: Provider temporarily unavailable. Retrying in 2s (1/8).',
    );
    expect(o.finished).toBe(false);
    // A phase alone does not hide the retry message; without one it is what gets reported.
    o.observe({ event: 'agent', payload: { runId: 'r1', stream: 'run_status', data: { phase: 'preparing_context' } } });
    expect(o.explain()).toContain('last status: Provider temporarily unavailable.');
    const cold = new RunObserver(() => 'r2');
    cold.observe({ event: 'agent', payload: { runId: 'r2', stream: 'run_status', data: { phase: 'preparing_context' } } });
    expect(cold.explain()).toBe('; the run was still in phase "preparing_context"');
    o.observe({ event: 'chat', payload: { runId: 'r1', state: 'final' } });
    expect(o.finished).toBe(true);
  });

  it('judges against expect', () => {
    const c = new CheckBuilder('chat');
    judgeReply(c, 'pong', { prompt: 'p', expect: /PONG/, timeoutMs: 1000 }, 12.4);
    expect(c.build('').summary).toBe('the reply does not match /PONG/: "pong"');
    const t = new CheckBuilder('chat');
    judgeReply(t, undefined, { prompt: 'p', expect: /x/, timeoutMs: 30_000 }, 30_000, '; why');
    expect(t.build('').summary).toBe('no reply within 30 s; why');
  });
});

describe('chatViaApi', () => {
  const client = () => createGatewayClient({ id: 'fake', url: gw.url, token: gw.token }, { timeoutMs: 5_000 });
  const base = (over: { approve?: boolean } = {}) => {
    const deadline = new Deadline(20_000);
    return {
      deadline,
      opts: {
        url: gw.url,
        token: gw.token,
        deadline,
        callTimeoutMs: 5_000,
        pairing: { client: client(), timeoutMs: () => 5_000, approve: over.approve ?? true },
        defaultAgentId: 'main',
      },
    };
  };
  const spec = { prompt: 'Reply with PONG', expect: /PONG/, timeoutMs: 5_000 };

  it('loopback: chat.send + agent.wait in a throw-away session that is deleted afterwards', async () => {
    const { deadline, opts } = base();
    const r = await chatViaApi({ ...opts, spec });
    deadline.dispose();
    expect(r.status, r.reasons.join('\n')).toBe('pass');
    expect(r.data?.['reply']).toBe('PONG from fake gateway');
    const methods = gw.wsCalls.map((c) => c.method);
    expect(methods).toEqual(['connect', 'chat.send', 'agent.wait', 'sessions.delete']);
    const key = gw.wsCalls[1]?.params['sessionKey'];
    expect(key).toMatch(/^agent:main:clawfleet-smoke-[0-9a-f]{8}$/);
    expect(gw.wsCalls[3]?.params).toEqual({ key, deleteTranscript: true });
    expect(gw.wsCalls[0]?.params['device']).toBeUndefined(); // no device needed on the gateway's host
  });

  it('a remote runner: no write scope → pairs an ephemeral device via device.pair.approve, removes it after', async () => {
    gw.knobs.remoteScopes = true;
    const { deadline, opts } = base();
    const r = await chatViaApi({ ...opts, spec });
    deadline.dispose();
    expect(r.status, r.reasons.join('\n')).toBe('pass');
    expect(gw.rpcCalls.map((c) => c.method)).toEqual(['device.pair.list', 'device.pair.approve', 'device.pair.remove']);
    expect(gw.paired.size).toBe(0);
    expect(r.data?.['notes']).toEqual([
      'the gateway granted no write scope to the shared token (not a local connection): pairing a device',
      'device paired through device.pair.approve',
      'device removed again (device.pair.remove)',
    ]);
  });

  it('a remote runner with pairing off fails clearly and leaves no pending request', async () => {
    gw.knobs.remoteScopes = true;
    const { deadline, opts } = base({ approve: false });
    const r = await chatViaApi({ ...opts, spec });
    deadline.dispose();
    expect(r.status).toBe('fail');
    expect(r.summary).toBe('rejected: the gateway requires device pairing for this runner and pairing is turned off (input pair-devices: false)');
    expect(gw.pending.size).toBe(0);
  });

  it('the model endpoint down: fails at the second failed attempt with the provider error (not a timeout), the run aborted', async () => {
    gw.knobs.modelDown = true;
    const { deadline, opts } = base();
    const r = await chatViaApi({ ...opts, spec: { ...spec, timeoutMs: 15_000 } });
    deadline.dispose();
    expect(r.status).toBe('fail');
    expect(r.summary).toBe(
      "provider error: LLM request failed: connection refused by the provider endpoint. (provider fake, model fake-model); 2 model attempts failed in a row, stopped without waiting out the agent's retries (last status: Provider temporarily unavailable. Retrying in 2s (1/8).)",
    );
    expect(r.data?.['providerError']).toEqual({ attempts: 2, provider: 'fake', model: 'fake-model' });
    expect(gw.wsCalls.map((c) => c.method)).toEqual(['connect', 'chat.send', 'agent.wait', 'chat.abort', 'sessions.delete']);
  });

  it('the model endpoint down with providerFailureLimit 0: waits for the deadline, the agent\'s error in the reason, the run aborted', async () => {
    gw.knobs.modelDown = true;
    const { deadline, opts } = base();
    const r = await chatViaApi({ ...opts, spec: { ...spec, timeoutMs: 1_500, providerFailureLimit: 0 } });
    deadline.dispose();
    expect(r.status).toBe('fail');
    // The budget is min(timeoutMs, what the instance deadline has left): 1–2 s depending on the machine's load.
    expect(r.summary).toMatch(/^no reply within [12] s; the agent reported: LLM request failed: connection refused by the provider endpoint\. \(provider fake, model fake-model\); last status: Provider temporarily unavailable/);
    expect(gw.wsCalls.map((c) => c.method)).toEqual(['connect', 'chat.send', 'agent.wait', 'chat.abort', 'sessions.delete']);
  });

  it('cleanupSmokeSession aborts and deletes', async () => {
    const { deadline, opts } = base();
    const note = await cleanupSmokeSession(opts, 'agent:main:clawfleet:smoke-1', 'run-1');
    deadline.dispose();
    expect(note).toBe('chat session agent:main:clawfleet:smoke-1 deleted');
    expect(gw.wsCalls.slice(1)).toEqual([
      { method: 'chat.abort', params: { sessionKey: 'agent:main:clawfleet:smoke-1', runId: 'run-1' } },
      { method: 'sessions.delete', params: { key: 'agent:main:clawfleet:smoke-1', deleteTranscript: true } },
    ]);
  });
});

describe('wsLoadProbe', () => {
  it('percentiles (nearest rank)', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99), percentile(xs, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
  });

  it('N concurrent connections: latencies and no errors', async () => {
    const d = new Deadline(20_000);
    const r = await wsLoadProbe({ url: gw.url, token: gw.token, connections: 20, connectTimeoutMs: 5_000, deadline: d });
    d.dispose();
    expect(r.status).toBe('pass');
    expect(r.data).toMatchObject({ connections: 20, succeeded: 20, failed: 0, errors: {} });
    expect(Number(r.data?.['p99Ms'])).toBeGreaterThanOrEqual(Number(r.data?.['p50Ms']));
    expect(gw.wsCalls.filter((c) => c.method === 'connect')).toHaveLength(20);
  });

  it('every connection refused → failed with the error kinds', async () => {
    const d = new Deadline(20_000);
    const r = await wsLoadProbe({ url: gw.url, token: 'wrong-token-xyz', connections: 3, connectTimeoutMs: 5_000, deadline: d });
    d.dispose();
    expect(r.status).toBe('fail');
    expect(r.summary).toBe('all 3 WebSocket connections failed: 3× unauthorized: AUTH_TOKEN_MISMATCH');
  });
});
