// Launcher logic with a fake `openclaw` (test/fleet/fixtures/fake-openclaw.mjs): option checks, fail-fast
// on exit, identity check, inventory/state/env files, stop ladder, descendants, CLI. The real gateways are
// in launcher.gateway.test.ts. Ports 20480–20840 (this engineer's range; gateway tests use 20000–20360).
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main as cliMain } from '../../action-fixtures/fleet/cli.js';
import { fleetWideConfig, readFleetState, startFleet, stopFleetFromState, tokenEnvName, type Fleet, type StartFleetOptions } from '../../action-fixtures/fleet/launcher.js';
import { descendants, isSameProcessAlive, pidExists } from '../../action-fixtures/fleet/proc.js';
import { loadInventory, resolveTokens } from '../../src/fleet/inventory.js';

const FAKE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fake-openclaw.mjs');
const started: Fleet[] = [];
afterEach(async () => {
  while (started.length > 0) await started.pop()?.stop();
});

async function fake(mode: string, opts: Partial<StartFleetOptions> = {}): Promise<Fleet> {
  const fleet = await startFleet({ count: 1, basePort: 20480, openclawEntry: FAKE, nodePath: process.execPath, env: { FAKE_MODE: mode }, readyTimeoutMs: 15_000, ...opts });
  started.push(fleet);
  return fleet;
}

describe('option checks (nothing is started)', () => {
  it.each<[Partial<StartFleetOptions>, string]>([
    [{ count: 0 }, 'rehearsal fleet: count must be an integer ≥ 1, got 0'],
    [{ count: 2, portStep: 100 }, 'rehearsal fleet: portStep must be an integer ≥ 120 (each gateway uses base..base+110), got 100'],
    [{ count: 3, basePort: 65400 }, 'rehearsal fleet: basePort 65400 with 3 gateway(s) 120 apart needs ports up to 65750; use 1024..65185'],
    [{ count: 1, token: 'short' }, 'rehearsal fleet: token must be at least 8 characters'],
  ])('%j', async (o, message) => {
    await expect(startFleet({ count: 1, basePort: 20480, openclawEntry: FAKE, ...o })).rejects.toThrow(message);
  });

  it('a port already in use fails before anything is spawned', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(20600, '127.0.0.1', r));
    try {
      await expect(fake('serve', { count: 2 })).rejects.toThrow(
        'rehearsal fleet: port(s) 20600 on 127.0.0.1 are already in use by another process; choose another --base-port (each gateway needs base..base+110 free) or stop what listens there.',
      );
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });
});

describe('start failures are fast, explained, and leave nothing running', () => {
  it('exit 78: the error names the code, shows the log tail with the token redacted', async () => {
    const t = Date.now();
    const err = await fake('exit78', { token: 'tok-secret-78787878' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toContain('gw-1 (port 20480) exited with code 78 (exit 78: invalid config or state dir already in use) before it was ready.');
    expect(msg).toContain('Config invalid: gateway.auth.token=*** is not accepted');
    expect(msg).not.toContain('tok-secret-78787878');
    expect(msg).toContain('(set CLAWFLEET_KEEP_FLEET=1 to keep the fleet folder and its logs)');
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it('CLAWFLEET_KEEP_FLEET=1 keeps the folder of a failed start, with the process log', async () => {
    process.env['CLAWFLEET_KEEP_FLEET'] = '1';
    const msg = ((await fake('exit78').catch((e: Error) => e)) as Error).message;
    const dir = /logs kept in (\/\S+)\)/.exec(msg)?.[1] as string;
    expect(readFileSync(join(dir, 'gw-1', 'process.log'), 'utf8')).toContain('fake gateway starting');
    rmSync(dir, { recursive: true, force: true });
  });

  it('another process answers with another config path: identity check fails, nothing left running', async () => {
    const err = await fake('wrong-path', { count: 2 }).catch((e: Error) => e);
    const msg = (err as Error).message;
    expect(msg).toContain('2 of 2 gateway(s) failed to start');
    expect(msg).toMatch(/gw-1 \(port 20480\): the gateway on this port serves \/elsewhere\/openclaw.json, not \/.+\/gw-1\/openclaw.json: another gateway owns this port/);
    // Both ports are free again: the processes were stopped.
    for (const p of [20480, 20600]) {
      const s = createServer();
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(p, '127.0.0.1', resolve);
      });
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it('an aborted start stops what was started', async () => {
    const ctrl = new AbortController();
    ctrl.abort(new Error('test over'));
    await expect(fake('serve', { signal: ctrl.signal })).rejects.toThrow('test over');
  });
});

describe('a started fleet', () => {
  it('writes config (no token in it), inventory, env file and state file; ids, ports, tokens per gateway', async () => {
    const fleet = await fake('serve', { count: 2, tokenEnvPrefix: 'T_' });
    const [a, b] = fleet.gateways;
    expect([a?.id, b?.id]).toEqual(['gw-1', 'gw-2']);
    expect([a?.port, b?.port]).toEqual([20480, 20600]);
    expect(a?.token).not.toBe(b?.token);
    expect(a?.tokenEnv).toBe('T_GW_1_TOKEN');
    expect(tokenEnvName('gw-a1')).toBe('GW_A1_TOKEN');
    const config = JSON.parse(readFileSync(a!.configPath, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(config['gateway']).toEqual({ mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 20480 });
    expect(config['logging']).toEqual({ file: a!.logFile });
    expect(readFileSync(a!.configPath, 'utf8')).not.toContain(a!.token);
    expect(statSync(a!.configPath).mode & 0o777).toBe(0o600);

    const inv = loadInventory(fleet.inventoryFile);
    expect(inv.instances.map((i) => [i.id, i.url, i.tokenEnv])).toEqual([
      ['gw-1', 'http://127.0.0.1:20480', 'T_GW_1_TOKEN'],
      ['gw-2', 'http://127.0.0.1:20600', 'T_GW_2_TOKEN'],
    ]);
    expect(inv.instances[1]?.overlay).toMatchObject({ ...fleetWideConfig(), gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 20600 }, logging: { file: b!.logFile } });
    expect([...resolveTokens(inv, fleet.env).values()]).toEqual([a!.token, b!.token]);
    expect(readFileSync(fleet.inventoryFile, 'utf8')).not.toContain(a!.token);

    expect(statSync(fleet.envFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(fleet.envFile, 'utf8')).toBe(`export T_GW_1_TOKEN='${a!.token}'\nexport T_GW_2_TOKEN='${b!.token}'\n`);
    const state = readFleetState(fleet.dir);
    expect(state.gateways.map((g) => [g.id, g.pid, g.port])).toEqual([
      ['gw-1', a!.pid, 20480],
      ['gw-2', b!.pid, 20600],
    ]);
    expect(JSON.stringify(state)).not.toContain(a!.token);
    // The token travels in the env only, never in argv.
    const argv = readFileSync(`/proc/${a!.pid}/cmdline`, 'utf8');
    expect(argv).not.toContain(a!.token);
    expect(readFileSync(`/proc/${a!.pid}/environ`, 'utf8')).toContain(`OPENCLAW_GATEWAY_TOKEN=${a!.token}`);
    expect(a!.startupMs).toBeGreaterThan(0);
    expect(a!.rss()?.mainBytes).toBeGreaterThan(1_000_000);
  });

  it('the YAML inventory format', async () => {
    const fleet = await fake('serve', { inventoryFormat: 'yaml', instance: () => ({ tier: 'standby', zone: 'z1', labels: { tenant: 't' } }) });
    expect(fleet.inventoryFile.endsWith('inventory.yaml')).toBe(true);
    expect(loadInventory(fleet.inventoryFile).instances[0]).toMatchObject({ id: 'gw-1', tier: 'standby', zone: 'z1', labels: { fleet: 'rehearsal', tenant: 't' } });
  });

  it('sigstop/sigcont, restart (new PID, state file updated), kill9, and stop removes the temp dir', async () => {
    const fleet = await fake('serve');
    const g = fleet.gateways[0]!;
    const before = g.pid;
    g.sigstop();
    await expect(fetch(`${g.url}/readyz`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    g.sigcont();
    expect((await fetch(`${g.url}/readyz`)).status).toBe(200);
    await g.restart();
    expect(g.pid).not.toBe(before);
    expect(pidExists(before)).toBe(false);
    expect(readFleetState(fleet.dir).gateways[0]?.pid).toBe(g.pid);
    await g.kill9();
    expect(g.alive()).toBe(false);
    expect(g.exitStatus()).toEqual({ code: null, signal: 'SIGKILL' });
    await g.waitReady(100).catch((e: Error) => expect(e.message).toContain('exited with signal SIGKILL'));
    await fleet.stop();
    started.pop();
    expect(existsSync(fleet.dir)).toBe(false);
  });

  it('stop escalates when SIGTERM is ignored (SIGTERM, SIGTERM, then SIGKILL)', async () => {
    const fleet = await fake('ignore-term', { stopTimeoutMs: 300 });
    const g = fleet.gateways[0]!;
    const t = Date.now();
    await g.stop();
    expect(g.alive()).toBe(false);
    expect(g.exitStatus()?.signal).toBe('SIGKILL');
    expect(Date.now() - t).toBeLessThan(8_000);
  });

  it('descendants that outlive the gateway are killed too (by recorded identity)', async () => {
    const fleet = await fake('with-child');
    const g = fleet.gateways[0]!;
    const kids = descendants(g.pid);
    expect(kids.length).toBeGreaterThan(0);
    await g.kill9();
    for (const k of kids) expect(isSameProcessAlive(k)).toBe(false);
  });

  it('stopFleetFromState (the CLI `down`) stops by PID from another handle, and reports what was not running', async () => {
    const fleet = await fake('serve', { count: 2, removeDirOnStop: false, dir: join(process.env['RUNNER_TEMP'] as string, 'fleet-down') });
    const [a, b] = fleet.gateways;
    await b!.kill9();
    const r = await stopFleetFromState(fleet.dir);
    expect(r).toEqual({ stopped: ['gw-1'], notRunning: ['gw-2'] });
    expect(a!.alive()).toBe(false);
  });
});

describe('when the test runner dies', () => {
  it('the exit hook kills the gateways this process started', async () => {
    const { spawnSync } = await import('node:child_process');
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const r = spawnSync(tsx, [join(dirname(FAKE), 'exit-hook-child.ts'), '20720', FAKE], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(3);
    const [pidText, dir] = r.stdout.trim().split(' ');
    const pid = Number(pidText);
    if (dir?.includes('clawfleet-fleet-')) rmSync(dir, { recursive: true, force: true });
    expect(pid).toBeGreaterThan(0);
    const gone = await (async () => {
      for (let i = 0; i < 50; i++) {
        if (!pidExists(pid) || readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')) return true;
        await new Promise((res) => setTimeout(res, 100));
      }
      return false;
    })();
    expect(gone).toBe(true);
  });
});

describe('CLI', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
  };
  it.each([
    [[], 'missing command'],
    [['launch'], 'unknown command: launch'],
    [['up', '--count', '2'], '--base-port is required'],
    [['up', '--count', 'two', '--base-port', '1', '--dir', 'x'], '--count must be a whole number, got two'],
    [['up', '--count', '1', '--base-port', '20480', '--dir', 'x', '--format', 'toml'], '--format must be json5 or yaml, got toml'],
    [['down'], '--dir is required'],
    [['down', '--dir'], '--dir needs a value'],
    [['status', '--dir', 'x', '--force'], 'unknown option for status: --force'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const c = io();
    expect(await cliMain(argv, c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(message);
    expect(c.err.join('\n')).toContain('usage:');
  });

  it('status/down on a folder without a fleet → exit 1 with the reason', async () => {
    const c = io();
    expect(await cliMain(['down', '--dir', '/nonexistent/fleet'], c.io)).toBe(1);
    expect(c.err[0]).toBe('error: no rehearsal fleet state at /nonexistent/fleet/fleet-state.json (was `up` run with --dir /nonexistent/fleet?)');
  });

  it('status reports running gateways (exit 0) and a stopped one (exit 1)', async () => {
    const fleet = await fake('serve', { removeDirOnStop: false, dir: join(process.env['RUNNER_TEMP'] as string, 'fleet-status') });
    const c = io();
    expect(await cliMain(['status', '--dir', fleet.dir], c.io)).toBe(0);
    expect(c.out[0]).toContain(`gw-1  http://127.0.0.1:20480  pid ${fleet.gateways[0]!.pid}  running`);
    await fleet.gateways[0]!.kill9();
    expect(await cliMain(['status', '--dir', fleet.dir], c.io)).toBe(1);
    expect(c.out[1]).toContain('not running');
  });
});
