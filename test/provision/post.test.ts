import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseStaged, runPost } from '../../src/actions/provision-auth-profiles/cleanup.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A fake admin HTTP RPC endpoint recording calls; `answer` decides the reply per method. */
async function fakeAdmin(answer: (method: string, params: unknown) => { status: number; body: unknown }): Promise<{ url: string; calls: Array<{ method: string; params: unknown; auth: string | undefined }> }> {
  const calls: Array<{ method: string; params: unknown; auth: string | undefined }> = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { method, params } = JSON.parse(body || '{}') as { method: string; params: unknown };
      calls.push({ method, params, auth: req.headers.authorization });
      const a = answer(method, params);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, calls };
}

describe('post step', () => {
  test('removes the staged plan and scratch copies (with their .bak), and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-post-'));
    const plan = join(dir, 'clawfleet-secrets-plan-abc123.json');
    const scratch = join(dir, '.clawfleet-apply-def456.json');
    const bak = `${scratch}.bak`;
    const foreign = join(dir, 'openclaw.json');
    for (const f of [plan, scratch, bak, foreign]) writeFileSync(f, '{}');
    const state = JSON.stringify({ files: [plan, scratch, foreign], devices: [] });
    const r = await runPost({ state: () => state, info: () => undefined, env: {} });
    expect(r.removedFiles).toEqual([plan, scratch]);
    expect([plan, scratch, bak].map(existsSync)).toEqual([false, false, false]);
    expect(existsSync(foreign)).toBe(true);
  });

  test('unpairs temporary devices with the token from the env; an already-removed device is fine', async () => {
    const admin = await fakeAdmin((_method, params) =>
      (params as { deviceId?: string }).deviceId === 'gone'
        ? { status: 400, body: { ok: false, error: { code: 'INVALID_REQUEST', message: 'unknown deviceId' } } }
        : { status: 200, body: { ok: true, payload: { removed: true } } },
    );
    const state = JSON.stringify({
      files: [],
      devices: [
        { instanceId: 'gw-1', url: admin.url, deviceId: 'dev-1', tokenEnv: 'GW_TOKEN' },
        { instanceId: 'gw-1', url: admin.url, deviceId: 'gone', tokenEnv: 'GW_TOKEN' },
      ],
    });
    const r = await runPost({ state: () => state, info: () => undefined, env: { GW_TOKEN: 'post-token-123' } });
    expect(r.unpaired).toEqual(['dev-1']);
    expect(admin.calls.map((c) => [c.method, (c.params as { deviceId: string }).deviceId, c.auth])).toEqual([
      ['device.pair.remove', 'dev-1', 'Bearer post-token-123'],
      ['device.pair.remove', 'gone', 'Bearer post-token-123'],
    ]);
  });

  test('malformed or empty state means nothing to do', async () => {
    expect(parseStaged('not json')).toEqual({ files: [], devices: [] });
    expect(parseStaged('{"files":[1,"/x"],"devices":[{"deviceId":3}]}')).toEqual({ files: ['/x'], devices: [] });
    expect(await runPost({ state: () => '', info: () => undefined, env: {} })).toEqual({ removedFiles: [], unpaired: [] });
  });
});
