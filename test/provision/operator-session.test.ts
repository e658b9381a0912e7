import { createHash, createPublicKey, verify } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { SecretRegistry } from '../../src/common/secrets.js';
import { OperatorSession, OperatorSessionError, wsUrlFor } from '../../src/provision/operator-session.js';

const TOKEN = 'shared-token-abcdef123456';
type ConnectReply = (params: Record<string, unknown>, attempt: number) => Record<string, unknown>;

let server: WebSocketServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A minimal gateway: challenge, checks the v3 device signature, then answers per `reply`. */
async function fakeGateway(reply: ConnectReply, methods: Record<string, (params: unknown) => Record<string, unknown>> = {}): Promise<{ url: string; signatures: boolean[] }> {
  const signatures: boolean[] = [];
  let attempt = 0;
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws: WebSocket) => {
    const nonce = `nonce-${attempt}`;
    const ts = 1_700_000_000_000 + attempt;
    ws.send(JSON.stringify({ type: 'event', event: 'connect.challenge', payload: { nonce, ts } }));
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id: string; method: string; params: Record<string, unknown> };
      if (m.method === 'connect') {
        const p = m.params as { client: { id: string; mode: string; platform: string }; scopes: string[]; auth: { token: string }; device: { id: string; publicKey: string; signature: string; signedAt: number; nonce: string } };
        const raw = Buffer.from(p.device.publicKey, 'base64url');
        const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
        const payload = ['v3', p.device.id, p.client.id, p.client.mode, 'operator', p.scopes.join(','), String(p.device.signedAt), p.auth.token, p.device.nonce, p.client.platform, ''].join('|');
        signatures.push(
          verify(null, Buffer.from(payload), key, Buffer.from(p.device.signature, 'base64url')) &&
            p.device.nonce === nonce &&
            p.device.signedAt === ts &&
            p.device.id === createHash('sha256').update(raw).digest('hex'),
        );
        ws.send(JSON.stringify({ type: 'res', id: m.id, ...reply(m.params, attempt++) }));
        return;
      }
      const handler = methods[m.method];
      ws.send(JSON.stringify({ type: 'res', id: m.id, ...(handler ? handler(m.params) : { ok: false, error: { code: 'INVALID_REQUEST', message: `unknown method ${m.method}` } }) }));
    });
  });
  await new Promise<void>((r) => server?.on('listening', () => r()));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, signatures };
}

const helloOk = { ok: true, payload: { type: 'hello-ok', protocol: 4, auth: { role: 'operator', scopes: ['operator.admin'] }, server: { version: '2026.9.6' } } };

describe('OperatorSession', () => {
  test('pairs itself when the gateway asks (NOT_PAIRED → approve → connect), with valid v3 signatures', async () => {
    const gw = await fakeGateway((_p, attempt) => (attempt === 0 ? { ok: false, error: { code: 'NOT_PAIRED', message: 'pairing required', details: { requestId: 'req-1' } } } : helloOk), {
      'secrets.store.list': () => ({ ok: true, payload: { entries: [] } }),
    });
    const approved: string[] = [];
    const devices: string[] = [];
    const s = await OperatorSession.open({ instanceId: 'gw', url: gw.url, token: TOKEN, registry: new SecretRegistry(), approve: async (id) => void approved.push(id), onDevice: (d) => void devices.push(d) });
    try {
      expect(approved).toEqual(['req-1']);
      expect(devices).toEqual([s.deviceId]);
      expect(gw.signatures).toEqual([true, true]);
      expect(s.scopes).toEqual(['operator.admin']);
      expect(s.serverVersion).toBe('2026.9.6');
      expect(await s.call('secrets.store.list', {})).toEqual({ entries: [] });
    } finally {
      s.close();
    }
  });

  test('a second NOT_PAIRED after approving fails clearly', async () => {
    const gw = await fakeGateway(() => ({ ok: false, error: { code: 'NOT_PAIRED', message: 'pairing required', details: { requestId: 'req-x' } } }));
    await expect(OperatorSession.open({ instanceId: 'gw-9', url: gw.url, token: TOKEN, registry: new SecretRegistry(), approve: async () => undefined })).rejects.toThrow(/gw-9: WebSocket connect refused \(NOT_PAIRED\).*approval did not take effect/);
  });

  test('retries a starting gateway (UNAVAILABLE + retryAfterMs)', async () => {
    const gw = await fakeGateway((_p, attempt) => (attempt < 2 ? { ok: false, error: { code: 'UNAVAILABLE', message: 'gateway starting', retryAfterMs: 20 } } : helloOk));
    const s = await OperatorSession.open({ instanceId: 'gw', url: gw.url, token: TOKEN, registry: new SecretRegistry(), approve: async () => undefined });
    s.close();
    expect(gw.signatures).toHaveLength(3);
  });

  test('refuses a session without operator.admin', async () => {
    const gw = await fakeGateway(() => ({ ok: true, payload: { auth: { scopes: ['operator.read'] } } }));
    await expect(OperatorSession.open({ instanceId: 'gw', url: gw.url, token: TOKEN, registry: new SecretRegistry(), approve: async () => undefined })).rejects.toMatchObject({
      code: 'scope',
      message: expect.stringMatching(/granted scopes \[operator.read\] but provisioning needs operator.admin/),
    });
  });

  test('method errors carry the code; messages are scrubbed of registered secrets', async () => {
    const gw = await fakeGateway(() => helloOk, { 'secrets.store.set': () => ({ ok: false, error: { code: 'INVALID_REQUEST', message: `rejected value sk-echoed-secret-999 with token ${TOKEN}` } }) });
    const registry = new SecretRegistry();
    registry.add(TOKEN);
    registry.add('sk-echoed-secret-999');
    const s = await OperatorSession.open({ instanceId: 'gw', url: gw.url, token: TOKEN, registry, approve: async () => undefined });
    try {
      const err = await s.call('secrets.store.set', {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OperatorSessionError);
      expect((err as OperatorSessionError).code).toBe('INVALID_REQUEST');
      expect((err as Error).message).toBe('gw: secrets.store.set failed (INVALID_REQUEST): rejected value *** with token ***');
    } finally {
      s.close();
    }
  });

  test('an unreachable gateway: no device reported (nothing to unpair)', async () => {
    const devices: string[] = [];
    await expect(OperatorSession.open({ instanceId: 'gw', url: 'http://127.0.0.1:1', token: TOKEN, registry: new SecretRegistry(), approve: async () => undefined, onDevice: (d) => void devices.push(d) })).rejects.toMatchObject({ code: 'unreachable' });
    expect(devices).toEqual([]);
  });

  test('wsUrlFor', () => {
    expect(wsUrlFor('https://gw.example.com/base?x=1#y')).toBe('wss://gw.example.com/base');
    expect(wsUrlFor('http://127.0.0.1:18789')).toBe('ws://127.0.0.1:18789/');
    expect(() => wsUrlFor('ftp://x')).toThrow(/http\(s\)/);
  });
});
