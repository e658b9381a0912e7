/**
 * `clawfleet fleet up|status|down --json` as users run it: the ncc bundle (`node dist/cli/index.js`, built
 * fresh into a temp package layout by test/helpers/cli-bundle.ts), one real gateway and the detached model
 * stub. The stub must be the bundle re-running itself (`fleet __model-stub`): before the fix the launcher
 * re-executed its own module file, which in the bundle is a chunk that does nothing.
 * Ports: gateway 24720 (derived ports up to 24830), model stub 24716.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stopFleetFromState } from '../../action-fixtures/fleet/launcher.js';
import { isSameProcessAlive, signalIfSame } from '../../action-fixtures/fleet/proc.js';
import { buildCliBundle, runBundledCli, type CliBundle } from '../helpers/cli-bundle.js';

const GW_PORT = 24720;
const STUB_PORT = 24716;
/** The key the model stub (and the gateways `up --model-stub` configures) use by default. */
const STUB_DEFAULT_KEY = 'sk-clawfleet-stub';

interface UpDoc {
  dir: string;
  inventoryFile: string;
  envFile: string;
  stateFile: string;
  foreground: boolean;
  gateways: Array<{ id: string; url: string; port: number; pid: number; tokenEnv: string; startupMs: number }>;
  modelStub?: { url: string; pid?: number; port?: number };
}
interface StatusDoc {
  running: boolean;
  gateways: Array<{ id: string; pid: number; running: boolean }>;
  modelStub?: { pid: number; running: boolean };
}

/** Alive and not a zombie (a detached process whose `up` parent exited may wait unreaped under some inits). */
function alive(pid: number): boolean {
  return isSameProcessAlive({ pid, startTime: null });
}

describe('bundled clawfleet fleet (real gateway)', () => {
  let bundle: CliBundle;
  let dir: string;
  let up: { code: number | null; stdout: string; stderr: string };
  let doc: UpDoc | undefined;

  beforeAll(async () => {
    bundle = await buildCliBundle();
    dir = join(mkdtempSync(join(tmpdir(), 'clawfleet-fleet-bundle-')), 'fleet');
    up = await runBundledCli(bundle, ['fleet', 'up', '--count', '1', '--base-port', String(GW_PORT), '--dir', dir, '--model-stub', '--model-stub-port', String(STUB_PORT), '--json']);
    if (up.code === 0) doc = JSON.parse(up.stdout) as UpDoc;
  }, 480_000);

  afterAll(async () => {
    // Whatever a failed assertion left running: stop it by the recorded PIDs (start times checked).
    try {
      const state = JSON.parse(readFileSync(join(dir, 'fleet-state.json'), 'utf8')) as { modelStub?: { pid: number; startTime: number | null } };
      if (state.modelStub) signalIfSame(state.modelStub, 'SIGKILL');
      await stopFleetFromState(dir);
    } catch {
      // nothing was started
    }
    rmSync(dirname(dir), { recursive: true, force: true });
  }, 60_000);

  test('up --model-stub --json: exit 0, one gateway and a detached stub that is the bundle re-run as `fleet __model-stub`', async () => {
    expect(up.code, up.stderr.slice(-3000)).toBe(0);
    expect(doc).toBeDefined();
    const d = doc as UpDoc;
    expect(d.foreground).toBe(false);
    expect(d.gateways).toHaveLength(1);
    expect(d.gateways[0]).toMatchObject({ id: 'gw-1', url: `http://127.0.0.1:${GW_PORT}`, port: GW_PORT, tokenEnv: 'GW_1_TOKEN' });
    expect(alive(d.gateways[0]!.pid)).toBe(true);
    expect(d.modelStub).toMatchObject({ url: `http://127.0.0.1:${STUB_PORT}/v1`, port: STUB_PORT });
    const stubPid = d.modelStub!.pid!;
    expect(alive(stubPid)).toBe(true);
    const cmdline = readFileSync(`/proc/${stubPid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(cmdline.slice(1)).toEqual([bundle.entry, 'fleet', '__model-stub', '--port', String(STUB_PORT)]);
    // The stub serves, and the gateway is ours (authenticated config.get with the token from fleet.env).
    const models = await fetch(`http://127.0.0.1:${STUB_PORT}/v1/models`, { headers: { authorization: `Bearer ${STUB_DEFAULT_KEY}` } });
    expect(models.status).toBe(200);
    const envText = readFileSync(d.envFile, 'utf8');
    expect(statSync(d.envFile).mode & 0o777).toBe(0o600);
    const token = /GW_1_TOKEN='([^']+)'/.exec(envText)?.[1];
    expect(token).toBeTruthy();
    const rpc = await fetch(`${d.gateways[0]!.url}/api/v1/admin/rpc`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method: 'config.get', params: {} }) });
    expect(rpc.status).toBe(200);
    // No token in what the command printed.
    expect(up.stdout + up.stderr).not.toContain(token!);
  });

  test('status --json: exit 0 while everything runs; the text form names each process', async () => {
    const r = await runBundledCli(bundle, ['fleet', 'status', '--dir', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as StatusDoc;
    expect(s.running).toBe(true);
    expect(s.gateways).toEqual([expect.objectContaining({ id: 'gw-1', running: true, pid: doc!.gateways[0]!.pid })]);
    expect(s.modelStub).toMatchObject({ running: true, pid: doc!.modelStub!.pid });
    const text = await runBundledCli(bundle, ['fleet', 'status', '--dir', dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/gw-1 {2}http:\/\/127\.0\.0\.1:24720 {2}pid \d+ {2}running/);
    expect(text.stdout).toMatch(/model stub .* running/);
  });

  test('down --json stops the gateway and the stub by PID; status then exits 1; a second down stops nothing', async () => {
    const gwPid = doc!.gateways[0]!.pid;
    const stubPid = doc!.modelStub!.pid!;
    const r = await runBundledCli(bundle, ['fleet', 'down', '--dir', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ dir, stopped: ['gw-1'], notRunning: [], modelStub: 'stopped' });
    expect(alive(gwPid)).toBe(false);
    expect(alive(stubPid)).toBe(false);
    const s = await runBundledCli(bundle, ['fleet', 'status', '--dir', dir, '--json']);
    expect(s.code).toBe(1);
    expect((JSON.parse(s.stdout) as StatusDoc).running).toBe(false);
    const again = await runBundledCli(bundle, ['fleet', 'down', '--dir', dir, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ dir, stopped: [], notRunning: ['gw-1'], modelStub: 'not running' });
  });

  test('usage and missing state: exit 2 for an unknown subcommand, 1 for a folder without a fleet', async () => {
    const bad = await runBundledCli(bundle, ['fleet', 'sideways']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown subcommand 'sideways'/);
    const none = await runBundledCli(bundle, ['fleet', 'status', '--dir', join(tmpdir(), 'clawfleet-no-fleet-here'), '--json']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no rehearsal fleet state/);
  });
});
