// The rehearsal fleet with REAL OpenClaw gateways: two gateways (ports 20000, 20120) and the model stub
// (20900), shared across this file. Proves isolation, identity, the inventory, a chat turn with no
// internet, and the fault hooks; prints the start time and RSS it measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { descendants, isSameProcessAlive } from '../../action-fixtures/fleet/proc.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { MIN_PUSH_SCORE, probeInstance } from '../../src/fleet/health.js';
import { verifyIdentity } from '../../src/fleet/identity.js';
import { loadInventory, resolveTokens } from '../../src/fleet/inventory.js';
import { recordingLogger } from './helpers.js';

let stub: ModelStub;
let fleet: Fleet;
const logger = recordingLogger();
let startMs = 0;

beforeAll(async () => {
  stub = await startModelStub({ port: 20900 });
  const t = Date.now();
  fleet = await startFleet({ count: 2, basePort: 20000, modelStubUrl: stub.url, logger });
  startMs = Date.now() - t;
});
afterAll(async () => {
  await fleet?.stop();
  await stub?.stop();
});

const clientFor = (i: number) => {
  const g = fleet.gateways[i]!;
  return createGatewayClient({ id: g.id, url: g.url, token: g.token });
};

describe('rehearsal fleet of real gateways', () => {
  it('two isolated gateways, ready and proven to be ours; start time and RSS measured', async () => {
    const [a, b] = fleet.gateways;
    expect(a!.pid).not.toBe(b!.pid);
    for (const g of fleet.gateways) {
      expect(g.alive()).toBe(true);
      expect(readFileSync(`/proc/${g.pid}/comm`, 'utf8').trim()).toBe('openclaw-gatewa'); // "openclaw-gateway", truncated by the kernel to 15 chars
      expect(readFileSync(`/proc/${g.pid}/cmdline`, 'utf8')).not.toContain(g.token);
      expect(readdirSync(g.stateDir).length).toBeGreaterThan(0);
      expect(existsSync(g.logFile)).toBe(true);
      expect(await verifyIdentity(clientFor(fleet.gateways.indexOf(g)), { configPath: g.configPath })).toMatchObject({ ok: true });
    }
    expect(a!.stateDir).not.toBe(b!.stateDir);
    const rss = fleet.gateways.map((g) => g.rss());
    // Measurements for the report (not assertions of speed).
    console.info(
      `[fleet] 2 gateways started concurrently in ${(startMs / 1000).toFixed(1)} s (each: ${fleet.gateways.map((g) => (g.startupMs / 1000).toFixed(1)).join(' s, ')} s); ` +
        `RSS main/total: ${rss.map((r) => `${((r?.mainBytes ?? 0) / 2 ** 20).toFixed(0)}/${((r?.totalBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`).join(', ')}`,
    );
    expect(rss.every((r) => r !== null && r.totalBytes > r.mainBytes)).toBe(true);
    expect(logger.lines.some((l) => l.includes('rehearsal fleet: 2 gateway(s) ready'))).toBe(true);
  });

  it('the inventory it wrote loads, resolves tokens and reaches both gateways with a healthy score', async () => {
    const inv = loadInventory(fleet.inventoryFile);
    const tokens = resolveTokens(inv, fleet.env);
    for (const inst of inv.instances) {
      const c = createGatewayClient({ id: inst.id, url: inst.url, token: tokens.get(inst.id) as string });
      const p = await probeInstance(c);
      expect(p.reachable).toBe(true);
      expect(p.score.score).toBeGreaterThanOrEqual(MIN_PUSH_SCORE);
      expect(p.config?.valid).toBe(true);
    }
  });

  it('the overlay from the inventory, applied over a config, keeps each gateway on its own port', async () => {
    const inv = loadInventory(fleet.inventoryFile);
    const c = clientFor(1);
    const s = await c.configGet();
    const parsed = s.parsed as { gateway: { port: number }; logging: { file: string } };
    const overlay = inv.instances[1]!.overlay as { gateway: { port: number }; logging: { file: string } };
    expect(parsed.gateway.port).toBe(overlay.gateway.port);
    expect(parsed.logging.file).toBe(overlay.logging.file);
  });

  it('a chat turn completes through the model stub, with no internet', async () => {
    const g = fleet.gateways[0]!;
    stub.clear();
    const res = await fetch(`${g.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${g.token}`, 'content-type': 'application/json', 'x-openclaw-session-key': 'agent:main:launcher-test' },
      body: JSON.stringify({ model: 'openclaw', messages: [{ role: 'user', content: 'ping from the launcher test' }] }),
      signal: AbortSignal.timeout(120_000),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
    expect(body.choices[0]?.message.content).toBe('PONG from model stub');
    const seen = stub.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ authorized: true, model: 'fake-model', status: 200 });
    expect(seen.some((r) => r.userText?.includes('ping from the launcher test'))).toBe(true);
  });

  it('restart(): same dirs, new PID, ready again, state file updated', async () => {
    const g = fleet.gateways[1]!;
    const before = g.pid;
    await g.restart();
    expect(g.pid).not.toBe(before);
    expect(g.alive()).toBe(true);
    expect(await verifyIdentity(clientFor(1), { configPath: g.configPath })).toMatchObject({ ok: true });
    const state = JSON.parse(readFileSync(fleet.stateFile, 'utf8')) as { gateways: Array<{ pid: number }> };
    expect(state.gateways[1]?.pid).toBe(g.pid);
  });

  it('kill9(): the gateway and its helper processes are gone, the port refuses, the client says unreachable', async () => {
    const g = fleet.gateways[1]!;
    const kids = descendants(g.pid);
    expect(kids.length).toBeGreaterThanOrEqual(1);
    await g.kill9();
    expect(g.exitStatus()).toEqual({ code: null, signal: 'SIGKILL' });
    for (const k of kids) expect(isSameProcessAlive(k)).toBe(false);
    const refused = await new Promise<boolean>((r) => {
      const s = connect({ host: '127.0.0.1', port: g.port });
      s.once('connect', () => (s.destroy(), r(false)));
      s.once('error', () => r(true));
    });
    expect(refused).toBe(true);
    await expect(clientFor(1).readyz({ attempts: 1 })).rejects.toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('stop(): every process it started is gone and the temp folder removed', async () => {
    const pids = fleet.gateways.map((g) => g.pid);
    const dir = fleet.dir;
    await fleet.stop();
    for (const g of fleet.gateways) expect(g.alive()).toBe(false);
    for (const pid of pids) expect(existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8').includes('State:\tZ') : true).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });
});
