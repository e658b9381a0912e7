/**
 * `clawfleet watch`: usage errors exit 2 naming the flag; a run against fake gateways writes the history to
 * the default folder, prints the table (or --json), and exits 1 for a failed instance.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { DirStore } from '../../src/deploy/store/dir.js';
import { readSamples, readWatchState } from '../../src/watch/history.js';
import type { WatchResult } from '../../src/watch/watch.js';
import type { FakeGateway } from '../smoke/fake-gateway.js';
import { startWatchFake } from './fakes.js';

let ok: FakeGateway;
let bad: FakeGateway;
let cwd: string;
beforeAll(async () => {
  ok = await startWatchFake();
  bad = await startWatchFake({ notReady: ['plugin-reload'] });
  cwd = mkdtempSync(join(tmpdir(), 'watch-cli-'));
  writeFileSync(join(cwd, 'fleet.yaml'), `instances:\n  - id: gw-ok\n    url: ${ok.url}\n    tokenEnv: CLI_OK_TOKEN\n  - id: gw-bad\n    url: ${bad.url}\n    tokenEnv: CLI_BAD_TOKEN\n`);
});
afterAll(async () => {
  await Promise.all([ok?.stop(), bad?.stop()]);
});

function io(env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  return {
    ctx: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: { PATH: process.env['PATH'], CLI_OK_TOKEN: ok.token, CLI_BAD_TOKEN: bad.token, RUNNER_TEMP: cwd, ...env }, cwd },
    out: () => out,
    err: () => err,
  };
}

describe('clawfleet watch: usage errors exit 2 naming the flag', () => {
  it.each([
    [['watch'], "The input '--inventory' is required but was empty."],
    [['watch', '--inventory', 'fleet.yaml', '--retention-days', '0'], "The value '0' is not valid for '--retention-days'. Expected a whole number between 1 and 3650."],
    [['watch', '--inventory', 'fleet.yaml', '--debounce', 'x'], "The value 'x' is not valid for '--debounce'."],
    [['watch', '--inventory', 'fleet.yaml', '--fail-on', 'sometimes'], "The value 'sometimes' is not valid for '--fail-on'."],
    [['watch', '--inventory', 'fleet.yaml', '--browser-sample', 'half'], "The value 'half' is not valid for '--browser-sample'."],
    [['watch', '--inventory', 'fleet.yaml', '--alerts'], "The input '--github-token' is empty but '--alerts' is true"],
    [['watch', '--inventory', 'fleet.yaml', '--github-token', 'x'], "unknown option '--github-token'"],
    [['watch', '--inventory', 'fleet.yaml', 'extra'], "unexpected argument 'extra'"],
  ])('%j', async (argv, message) => {
    const t = io();
    expect(await runCli(argv, t.ctx)).toBe(2);
    expect(t.err()).toContain(message);
    expect(existsSync(join(cwd, '.clawfleet-state'))).toBe(false);
  });
});

describe('clawfleet watch runs', () => {
  it('a failed instance: exit 1, the table on stdout, history in .clawfleet-state', async () => {
    const t = io();
    const code = await runCli(['watch', '--inventory', 'fleet.yaml', '--environment', 'Staging', '--debounce', '1'], t.ctx);
    expect(code).toBe(1);
    expect(t.out()).toMatch(/\| gw-ok \| healthy \| 100 \|/);
    expect(t.out()).toMatch(/\| gw-bad \| failed \| 40 \|/);
    expect(t.out()).toContain('incident opened: gw-bad (failed)');
    expect(t.out()).toContain(`watch 'staging': 1 healthy, 0 degraded, 1 failed — history in directory ${join(cwd, '.clawfleet-state')}`);
    const store = new DirStore(join(cwd, '.clawfleet-state'));
    expect((await readSamples(store, 'staging')).map((s) => s.instance)).toEqual(['gw-ok', 'gw-bad']);
    expect((await readWatchState(store, 'staging'))?.instances['gw-bad']?.incident?.status).toBe('failed');
    expect(t.out() + t.err()).not.toContain(ok.token);
  });

  it('--json prints the report; a healthy selection exits 0; a second run sees the first one', async () => {
    const t = io();
    const dirFlag = ['--state-dir', join(cwd, 'other-state')];
    expect(await runCli(['watch', '--inventory', 'fleet.yaml', '--instances', 'gw-ok', '--json', ...dirFlag], t.ctx)).toBe(0);
    const r = JSON.parse(t.out()) as WatchResult;
    expect(r.counts).toEqual({ healthy: 1, degraded: 0, failed: 0 });
    expect(r.rows[0]).toMatchObject({ instance: 'gw-ok', status: 'healthy', score: 100 });
    const t2 = io();
    expect(await runCli(['watch', '--inventory', 'fleet.yaml', '--fail-on', 'never', '--json', ...dirFlag], t2.ctx)).toBe(0);
    expect((await readSamples(new DirStore(join(cwd, 'other-state')), 'default')).map((s) => s.instance)).toEqual(['gw-ok', 'gw-ok', 'gw-bad']);
  });

  it('a missing token is a usage error (exit 2) that names the variable, before anything is contacted', async () => {
    const t = io({ CLI_BAD_TOKEN: '' });
    expect(await runCli(['watch', '--inventory', 'fleet.yaml', '--state-store', 'none'], t.ctx)).toBe(2);
    expect(t.err()).toContain('gateway token(s) not set: CLI_BAD_TOKEN (empty) for gw-bad');
  });
});
