/**
 * `clawfleet report`: renders the recorded history from a dir store (the page and status.json), --json on
 * stdout, --inventory adds never-probed rows, nothing is written to the store; usage errors exit 2 naming
 * the flag; an environment the store does not know exits 1 naming the ones it has; a bad inventory exits 1
 * with its file:line.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { GitStore } from '../../src/deploy/store/git.js';
import type { StatusModel } from '../../src/watch/report-model.js';
import { FIXTURE_DIR } from './fixture.js';

function io(env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  let out = '';
  let err = '';
  return {
    ctx: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: { PATH: process.env['PATH'], ...env }, cwd },
    out: () => out,
    err: () => err,
  };
}

function snapshot(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

let work: string;
let state: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'w3-cli-'));
  state = join(work, 'state');
  cpSync(FIXTURE_DIR, state, { recursive: true });
});

describe('clawfleet report', () => {
  test('--html writes index.html and status.json from a dir store, and writes nothing to the store', async () => {
    const before = snapshot(state);
    const t = io({}, work);
    const code = await runCli(['report', '--html', 'site', '--state-dir', 'state', '--environment', 'rehearsal', '--since', '3650d'], t.ctx);
    expect(code, t.err()).toBe(0);
    expect(t.err()).toMatch(/site\/index\.html, .*site\/status\.json — 2 instance\(s\): 2 healthy, 0 degraded, 0 failed; 3 deployment\(s\)\/rollback\(s\)/);
    const html = readFileSync(join(work, 'site', 'index.html'), 'utf8');
    expect(html).toContain('<h1>OpenClaw fleet status — rehearsal</h1>');
    const json = JSON.parse(readFileSync(join(work, 'site', 'status.json'), 'utf8')) as StatusModel;
    expect(json.instances.map((r) => r.id).sort()).toEqual(['east-1', 'west-1']);
    expect(snapshot(state)).toEqual(before);
  });

  test('--json prints status.json; --inventory lists an instance with no samples as never probed; --title', async () => {
    const inv = join(work, 'inventory.json5');
    writeFileSync(inv, `{ instances: [ { id: "east-1", url: "http://127.0.0.1:26000" }, { id: "west-1", url: "http://127.0.0.1:26050" }, { id: "north-1", url: "http://127.0.0.1:26070", tokenEnv: "NORTH_TOKEN" } ] }\n`);
    const t = io({ NORTH_TOKEN: 'never-printed-token-0123456789' }, work);
    const code = await runCli(['report', '--json', '--state-dir', 'state', '--environment', 'rehearsal', '--since', '3650d', '--inventory', 'inventory.json5', '--title', 'Ops <status>'], t.ctx);
    expect(code, t.err()).toBe(0);
    const json = JSON.parse(t.out()) as StatusModel;
    expect(json.instances.find((r) => r.id === 'north-1')).toMatchObject({ status: 'never-probed', timeline: [] });
    expect(json.summary).toMatchObject({ instances: 3, neverProbed: 1 });
    expect(t.out() + t.err()).not.toContain('never-printed-token');
    expect(existsSync(join(work, 'index.html'))).toBe(false); // --json alone writes no file
  });

  test('the default window (14 days) leaves out samples older than that', async () => {
    const t = io({}, work);
    const code = await runCli(['report', '--json', '--state-dir', 'state', '--environment', 'rehearsal'], t.ctx);
    expect(code, t.err()).toBe(0);
    const json = JSON.parse(t.out()) as StatusModel;
    const days = (Date.parse(json.generatedAt) - Date.parse(json.window.since)) / 86_400_000;
    expect(days).toBeCloseTo(14, 5);
    const newest = json.instances.flatMap((r) => r.timeline.map((p) => p.at)).sort().at(-1);
    if (newest) expect(Date.parse(newest)).toBeGreaterThanOrEqual(Date.parse(json.window.since));
    else expect(json.summary.samples).toBe(0);
  });

  test('--state-store git reads the state branch of a repository (fetched, nothing pushed)', async () => {
    const remote = join(work, 'remote.git');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    const seed = new GitStore({ remote, branch: 'clawfleet-state' });
    const files = Object.keys(snapshot(state));
    for (const rel of files) await seed.write(rel.slice(1), readFileSync(join(state, rel), 'utf8'));
    await seed.flush('seed the recorded history');
    await seed.close();
    const head = execFileSync('git', ['--git-dir', remote, 'rev-parse', 'clawfleet-state'], { encoding: 'utf8' });
    const t = io({}, work);
    const code = await runCli(['report', '--json', '--state-store', 'git', '--state-remote', remote, '--environment', 'rehearsal', '--since', '3650d'], t.ctx);
    expect(code, t.err()).toBe(0);
    const json = JSON.parse(t.out()) as StatusModel;
    expect(json.instances.map((r) => r.id).sort()).toEqual(['east-1', 'west-1']);
    expect(json.deployments).toHaveLength(3);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'clawfleet-state'], { encoding: 'utf8' })).toBe(head);
  });

  test('an environment the store does not know: exit 1, naming the environments it has and the fix', async () => {
    const t = io({}, work);
    const code = await runCli(['report', '--html', 'site2', '--state-dir', 'state', '--environment', 'prod'], t.ctx);
    expect(code).toBe(1);
    expect(t.err()).toContain("has no records for environment 'prod' (it has: rehearsal). Fix: pass --environment <name>");
    expect(existsSync(join(work, 'site2'))).toBe(false);
  });

  test('a bad inventory: exit 1 with its file:line, nothing written', async () => {
    writeFileSync(join(work, 'bad.json5'), '{ instances: [ { id: "a" } ] }\n');
    const t = io({}, work);
    const code = await runCli(['report', '--html', 'site3', '--state-dir', 'state', '--environment', 'rehearsal', '--inventory', 'bad.json5'], t.ctx);
    expect(code).toBe(1);
    expect(t.err()).toMatch(/clawfleet report: .*bad\.json5:1:\d+: /);
    expect(existsSync(join(work, 'site3'))).toBe(false);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['neither --html nor --json', ['report', '--state-dir', 'state'], /nothing to do: give '--html <dir>'/],
    ['a bad --since', ['report', '--json', '--since', 'last week'], /The value 'last week' is not valid for '--since'\. Expected a duration/],
    ['a bad --environment', ['report', '--json', '--environment', '../x'], /The value '\.\.\/x' is not valid for '--environment'/],
    ['a bad --state-store', ['report', '--json', '--state-store', 's3'], /--state-store/],
    ['--state-store none', ['report', '--json', '--state-store', 'none'], /has no records to report on/],
    ['an unknown flag', ['report', '--json', '--colour'], /unknown option '--colour'/],
    ['a positional', ['report', 'site'], /unexpected argument 'site'/],
  ];
  for (const [name, argv, re] of usage) {
    test(`usage error, exit 2: ${name}`, async () => {
      const t = io({}, work);
      const code = await runCli(argv, t.ctx);
      expect(code, t.err()).toBe(2);
      expect(t.err()).toMatch(re);
    });
  }

  test('help exits 0 and documents the options', async () => {
    const t = io();
    expect(await runCli(['report', '--help'], t.ctx)).toBe(0);
    expect(t.out()).toMatch(/--html <dir>[\s\S]*--since[\s\S]*--inventory[\s\S]*--state-dir/);
  });
});
