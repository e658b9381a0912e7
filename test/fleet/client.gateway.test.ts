// The client against one REAL gateway (port 20360): a SIGSTOPped gateway times out (then recovers on
// SIGCONT), a killed one is unreachable, a wrong token is unauthorized, the admin RPC turned off answers
// not-enabled; restarts are detected; no error message carries the token.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet, type LaunchedGateway } from '../../action-fixtures/fleet/launcher.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { RestartDetector } from '../../src/fleet/identity.js';
import type { GatewayClient } from '../../src/fleet/types.js';
import { gatewayError, LeakScanner, recordingLogger } from './helpers.js';

let fleet: Fleet;
let g: LaunchedGateway;
let client: GatewayClient;
const scanner = new LeakScanner();
const logger = recordingLogger();

beforeAll(async () => {
  fleet = await startFleet({ count: 1, basePort: 20360 });
  g = fleet.gateways[0]!;
  scanner.addSecret(g.token);
  client = createGatewayClient({ id: g.id, url: g.url, token: g.token }, { logger, timeoutMs: 10_000 });
});
afterAll(async () => {
  if (g) g.sigcont();
  await fleet?.stop();
  scanner.recordText(...logger.lines);
  expect(scanner.count).toBeGreaterThan(8);
  scanner.assertClean();
});

describe('client against a real gateway', () => {
  it('SIGSTOP: reads time out on every attempt (bounded), writes are sent once; SIGCONT: it answers again', async () => {
    const s = await client.configGet();
    g.sigstop();
    try {
      const t = Date.now();
      const read = await gatewayError(client.configGet({ timeoutMs: 1_000, attempts: 2 }), scanner);
      expect(read).toMatchObject({ kind: 'timeout', attempts: 2, retryable: true });
      expect(Date.now() - t).toBeLessThan(6_000);
      const probe = await gatewayError(client.readyz({ timeoutMs: 800, attempts: 1 }), scanner);
      expect(probe.kind).toBe('timeout');
      const write = await gatewayError(client.configPatch({ raw: '{ui: {seamColor: "#222222"}}', baseHash: s.hash }, { timeoutMs: 800 }), scanner);
      expect(write).toMatchObject({ kind: 'timeout', attempts: 1 });
    } finally {
      g.sigcont();
    }
    // The write sent while stopped is delivered once the process continues: the client never resent it.
    const after = await client.configGet();
    expect(after.valid).toBe(true);
    expect((await client.readyz()).ready).toBe(true);
  });

  it('unauthorized: a wrong token, with the real body', async () => {
    const wrong = createGatewayClient({ id: g.id, url: g.url, token: 'not-the-token-abcdefgh' }, { logger });
    scanner.addSecret('not-the-token-abcdefgh');
    const e = await gatewayError(wrong.health(), scanner);
    expect(e).toMatchObject({ kind: 'unauthorized', httpStatus: 401, code: 'unauthorized' });
    expect(e.message).toBe(`${g.id}: health (127.0.0.1:${g.port}/api/v1/admin/rpc) unauthorized: HTTP 401 unauthorized Unauthorized: check the token in this instance's tokenEnv`);
  });

  it('not-enabled: turning the admin RPC plugin off removes the route; re-enabling the file brings it back', async () => {
    const s = await client.configGet();
    await client.configPatch({ raw: '{plugins: {entries: {"admin-http-rpc": {enabled: false}}}}', baseHash: s.hash });
    const deadline = Date.now() + 60_000;
    let e;
    while (Date.now() < deadline) {
      try {
        await client.health({ attempts: 1 });
        await new Promise((r) => setTimeout(r, 500));
      } catch (x) {
        e = x;
        break;
      }
    }
    const err = await gatewayError(Promise.reject(e as Error), scanner);
    expect(err.kind).toBe('not-enabled');
    expect(err.message).toContain('enable plugins.entries["admin-http-rpc"].enabled: true');
    // Re-enable through the file (watched, hot reload), as an operator without the RPC would.
    const cfg = JSON.parse(readFileSync(g.configPath, 'utf8')) as { plugins: { entries: Record<string, { enabled: boolean }> } };
    cfg.plugins.entries['admin-http-rpc'] = { enabled: true };
    writeFileSync(g.configPath, JSON.stringify(cfg, null, 2));
    let back = false;
    while (Date.now() < deadline + 60_000 && !back) {
      back = await client.health({ attempts: 1 }).then(
        () => true,
        () => false,
      );
      if (!back) await new Promise((r) => setTimeout(r, 500));
    }
    expect(back).toBe(true);
  });

  it('kill -9: unreachable (connection refused); after a process restart the detector sees a new PID and boot', async () => {
    const d = new RestartDetector();
    d.observe({ uptimeMs: (await client.readyz()).uptimeMs as number, pid: (await client.status())['pid'] as number });
    await g.kill9();
    const e = await gatewayError(client.configGet({ attempts: 2 }), scanner);
    expect(e).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED', attempts: 2 });
    await g.restart();
    const v = d.observe({ uptimeMs: (await client.readyz()).uptimeMs as number, pid: (await client.status())['pid'] as number });
    expect(v.restarted).toBe(true);
    expect(v.reason).toMatch(/process id changed/);
  });
});
