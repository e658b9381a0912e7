/**
 * The two action adapters: typed getInputs() with every cross-field rule, and run() end to end against the
 * simulated fleet over real HTTP (C's sim-fleet + the real gateway client), reading GITHUB_OUTPUT and the
 * step summary the way the runner does. The kill-and-re-run case runs the action in child processes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { getInputs as getDeployInputs, run as runDeploy } from '../../src/actions/rolling-deploy/run.js';
import { getInputs as getRollbackInputs, run as runRollback } from '../../src/actions/auto-rollback/run.js';
import type { DeployReport } from '../../src/deploy/types.js';
import { inputEnv, readOutputs, runnerFiles, startAction } from '../helpers/gha-env.js';

const reader = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const base = { config: 'openclaw.json5', inventory: 'inv.json5' };

describe('rolling-deploy getInputs', () => {
  it('applies the seeds defaults', () => {
    const i = getDeployInputs(reader(base));
    expect(i.policy).toMatchObject({ strategy: 'rolling', batchSize: 50, waitSeconds: 60, probeIntervalSeconds: 30, minSuccessRatio: 0.9, minHealthScore: 60, rollbackErrorRate: 0.2, autoRollback: true, onDrift: 'halt', noData: 'fail', progressDeadlineSeconds: 600, canarySteps: [5, 20, 35, 50, 65, 80, 100] });
    expect(i).toMatchObject({ environment: 'default', dryRun: false, store: { kind: 'git', branch: 'clawfleet-state', remote: 'origin' }, validationEngine: 'fast', envMode: 'warn', requestTimeoutMs: 10_000 });
  });
  it('parses every kind of input', () => {
    const i = getDeployInputs(
      reader({ ...base, strategy: 'canary', 'canary-steps': '10, 30%, 60', 'min-success-ratio': '95%', waves: 'label:region', exclude: 'gw-1\ngw-2', 'state-store': 'dir', 'state-dir': '/var/lib/cf', 'dry-run': 'true', environment: 'Prod' }),
    );
    expect(i.policy.canarySteps).toEqual([10, 30, 60, 100]);
    expect(i.policy.minSuccessRatio).toBeCloseTo(0.95);
    expect(i.policy.waves).toEqual({ kind: 'label', key: 'region' });
    expect(i.exclude).toEqual(['gw-1', 'gw-2']);
    expect(i.store).toEqual({ kind: 'dir', path: '/var/lib/cf' });
  });
  it.each([
    [{ strategy: 'Rolling' }, "The value 'Rolling' is not valid for 'strategy'. Valid values are: [rolling, canary, all-at-once]."],
    [{ 'batch-size': '1e9' }, "The value '1e9' is not valid for 'batch-size'. Expected a whole number between 1 and 10000."],
    [{ 'batch-size': '0' }, "The value '0' is not valid for 'batch-size'."],
    [{ 'min-success-ratio': '150%' }, "The value '150%' is not valid for 'min-success-ratio'."],
    [{ 'dry-run': 'ture' }, "The value 'ture' is not valid for 'dry-run'. Valid values are: [true, false]."],
    [{ waves: 'zones' }, "The value 'zones' is not valid for 'waves'. Valid values are: [none, zone, label:<key>]."],
    [{ 'canary-steps': '30,10' }, "The value '30,10' is not valid for 'canary-steps'. canary steps must increase: 30 then 10."],
    [{ 'wait-seconds': '40', 'probe-interval-seconds': '30' }, 'wait-seconds 40 is shorter than two probe intervals'],
    [{ 'allow-process-restart': 'true' }, "allow-process-restart is true but 'restart-command' is empty"],
    [{ 'state-store': 'none' }, 'state-store: none keeps no record'],
    [{ 'state-store': 'dir' }, "The input 'state-dir' is required when state-store is 'dir'."],
    [{ 'state-branch': '--force' }, "The value '--force' is not valid for 'state-branch'."],
    [{ 'progress-deadline-seconds': '5' }, "The value '5' is not valid for 'progress-deadline-seconds'."],
    [{ config: '' }, "The input 'config' is required but was empty."],
  ])('refuses %j', (over, message) => {
    expect(() => getDeployInputs(reader({ ...base, ...over }))).toThrow(message);
  });
});

describe('auto-rollback getInputs', () => {
  const inv = { inventory: 'inv.json5', 'github-token': 'ghs_x' };
  it('snapshot mode by default; to-version previous / vN', () => {
    expect(getRollbackInputs(reader(inv))).toMatchObject({ scope: 'deployment', trigger: 'manual', sampleRatio: 0.1, maxHealthDrop: 20, openRevertPr: false });
    expect(getRollbackInputs(reader(inv)).toVersion).toBeUndefined();
    expect(getRollbackInputs(reader({ ...inv, 'to-version': 'previous' })).toVersion).toBe('previous');
    expect(getRollbackInputs(reader({ ...inv, 'to-version': 'v47' })).toVersion).toBe(47);
  });
  it.each([
    [{ 'to-version': 'v4.7' }, "The value 'v4.7' is not valid for 'to-version'."],
    [{ 'to-version': 'v3', 'deployment-id': '20260101T000000Z-v2-aaaaaaaa' }, "Only one of 'to-version' and 'deployment-id'/'manifest-file' can be set"],
    [{ 'deployment-id': '../../etc' }, "The value '../../etc' is not valid for 'deployment-id'."],
    [{ 'open-revert-pr': 'true', 'github-token': '' }, "open-revert-pr is true but 'github-token' is empty"],
    [{ trigger: 'post-deploy-check', 'to-version': 'previous' }, 'cannot be combined with to-version'],
    [{ 'state-store': 'none' }, "state-store cannot be 'none'"],
    [{ 'sample-percent': '0%' }, "The value '0%' is not valid for 'sample-percent'."],
  ])('refuses %j', (over, message) => {
    expect(() => getRollbackInputs(reader({ ...inv, ...over }))).toThrow(message);
  });
});

// -------------------------------------------------------------------------------------------------------

const SIM_BASE = {
  gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 18789 },
  plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
  update: { checkOnStart: false },
};

let sim: SimFleet;
let work: string;
beforeAll(async () => {
  sim = await startSimFleet({ count: 12, config: () => structuredClone(SIM_BASE), knobs: { rateLimit: false } });
  work = mkdtempSync(join(tmpdir(), 'clawfleet-d-actions-'));
});
afterAll(async () => {
  await sim?.stop();
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  process.exitCode = undefined;
  sim.clearKnobs('*');
  sim.setKnobs('*', { rateLimit: false });
});

function repoWith(name: string, color: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openclaw.json5'), `{ $include: "./base.json5", ui: { seamColor: "${color}" } }\n`);
  writeFileSync(join(dir, 'base.json5'), JSON.stringify(SIM_BASE, null, 2));
  return dir;
}

function setRunner(ws: string, inputs: Record<string, string>): ReturnType<typeof runnerFiles> {
  const files = runnerFiles(join(work, 'runner'));
  // @actions/core's summary caches the file path of its first write (one step = one process): keep one
  // summary file for this test process and empty it per run.
  const summaryFile = join(work, 'summary.md');
  writeFileSync(summaryFile, '');
  Object.assign(process.env, sim.env, files.env, { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(work, 'runner-temp') }, inputEnv(inputs));
  return { ...files, summaryFile, env: { ...files.env, GITHUB_STEP_SUMMARY: summaryFile } };
}

describe('rolling-deploy run() against the simulated fleet (HTTP)', () => {
  it('deploys in batches, sets every output, writes report/plan/manifest files and a summary; a re-run changes nothing', async () => {
    const ws = repoWith('repo-a', '#010101');
    const state = join(work, 'state-a');
    const inputs = { config: 'openclaw.json5', inventory: sim.inventoryFile, environment: 'sim', 'batch-size': '5', 'wait-seconds': '0', 'probe-interval-seconds': '0', 'state-store': 'dir', 'state-dir': state };
    const f = setRunner(ws, inputs);
    await runDeploy();
    expect(process.exitCode ?? 0).toBe(0);
    const out = readOutputs(f.outputFile);
    expect(out).toMatchObject({ result: 'succeeded', version: 'v1', 'from-version': '', changed: '12' });
    expect(out['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out['confirmation-token']).toBe(out['plan-digest']!.slice(7, 19));
    const report = JSON.parse(readFileSync(out['report-file']!, 'utf8')) as DeployReport;
    expect(report.batches.map((b) => b.instances.length)).toEqual([5, 5, 2]);
    expect(existsSync(out['manifest-file']!)).toBe(true);
    expect(existsSync(out['plan-file']!)).toBe(true);
    const summary = readFileSync(f.summaryFile, 'utf8');
    expect(summary).toContain('## ✅ Rolling deploy — sim: succeeded ((none) → v1)');
    expect(summary).toContain('```mermaid');
    expect(summary).toContain('<details><summary>Plan</summary>');
    for (const t of Object.values(sim.env)) {
      expect(summary).not.toContain(t);
      expect(readFileSync(out['report-file']!, 'utf8') + readFileSync(out['manifest-file']!, 'utf8')).not.toContain(t);
    }
    expect(sim.configOf(sim.instances[0]!.id).parsed).toMatchObject({ ui: { seamColor: '#010101' } });

    const writes = sim.log.count({ write: true });
    const f2 = setRunner(ws, inputs);
    await runDeploy();
    expect(readOutputs(f2.outputFile)).toMatchObject({ result: 'succeeded', changed: '0', version: 'v1' });
    expect(sim.log.count({ write: true })).toBe(writes);
  });

  it('dry-run: the plan in the summary, no write, no record', async () => {
    const ws = repoWith('repo-b', '#020202');
    const state = join(work, 'state-b');
    sim.log.clear();
    const f = setRunner(ws, { config: 'openclaw.json5', inventory: sim.inventoryFile, 'dry-run': 'true', 'state-store': 'dir', 'state-dir': state });
    await runDeploy();
    expect(process.exitCode ?? 0).toBe(0);
    expect(readOutputs(f.outputFile)).toMatchObject({ result: 'planned', 'deployment-id': '' });
    const summary = readFileSync(f.summaryFile, 'utf8');
    expect(summary).toMatch(/^## Rollout plan — default, v1 \(rolling\)/);
    expect(summary).toContain('| `ui.seamColor` | change | no reload | 12 |');
    expect(sim.log.count({ write: true })).toBe(0);
    expect(existsSync(state)).toBe(false);
  });

  it('fails the step with the stop reason when the gateways reject the config; outputs still say what happened', async () => {
    const ws = repoWith('repo-c', '#030303');
    sim.setKnobs('*', { rejectWrites: { message: 'invalid config: ui: a newer gateway refuses this', issues: [{ path: 'ui', message: 'refused' }] } });
    const f = setRunner(ws, { config: 'openclaw.json5', inventory: sim.inventoryFile, environment: 'sim-c', 'batch-size': '4', 'wait-seconds': '0', 'probe-interval-seconds': '0', 'state-store': 'dir', 'state-dir': join(work, 'state-c') });
    const stdout: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await runDeploy();
    } finally {
      process.stdout.write = orig;
    }
    expect(process.exitCode).toBe(1);
    expect(readOutputs(f.outputFile)).toMatchObject({ result: 'stopped', changed: '0' });
    const log = stdout.join('');
    expect(log).toContain('::error::rolling-deploy failed: stopped — batch 1 failed its gate: 0/4 healthy');
    expect(readFileSync(f.summaryFile, 'utf8')).toContain('### Why it stopped');
  });

  it('fails before any RPC on a config that does not validate, naming file:line', async () => {
    const ws = repoWith('repo-d', '#040404');
    writeFileSync(join(ws, 'openclaw.json5'), '{ $include: "./base.json5", ui: { seamColor: "#nothex" } }\n');
    sim.log.clear();
    setRunner(ws, { config: 'openclaw.json5', inventory: sim.inventoryFile, 'state-store': 'dir', 'state-dir': join(work, 'state-d') });
    const errors: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => (errors.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await runDeploy();
    } finally {
      process.stdout.write = orig;
    }
    expect(process.exitCode).toBe(1);
    expect(errors.join('')).toMatch(/::error file=openclaw\.json5,line=1,col=\d+::/);
    expect(sim.log.entries).toHaveLength(0);
  });
});

describe('auto-rollback run() against the simulated fleet', () => {
  it('restores the snapshots of the latest deployment from the store; a second run says nothing to do', async () => {
    const ws = repoWith('repo-e', '#050505');
    const state = join(work, 'state-e');
    const common = { inventory: sim.inventoryFile, environment: 'sim-e', 'state-store': 'dir', 'state-dir': state };
    const before = sim.instances.map((i) => sim.configOf(i.id).parsed);
    setRunner(ws, { ...common, config: 'openclaw.json5', 'batch-size': '12', 'wait-seconds': '0', 'probe-interval-seconds': '0' });
    await runDeploy();
    expect(process.exitCode ?? 0).toBe(0);
    const f = setRunner(ws, { ...common, 'github-token': '' });
    await runRollback();
    expect(process.exitCode ?? 0).toBe(0);
    expect(readOutputs(f.outputFile)).toMatchObject({ result: 'rolled-back', changed: '12' });
    expect(sim.instances.map((i) => sim.configOf(i.id).parsed)).toEqual(before);
    expect(readFileSync(f.summaryFile, 'utf8')).toContain('## ↩️ auto-rollback: rolled-back');
    const f2 = setRunner(ws, { ...common, 'github-token': '' });
    const writes = sim.log.count({ write: true });
    await runRollback();
    expect(readOutputs(f2.outputFile)).toMatchObject({ result: 'unchanged', changed: '0' });
    expect(sim.log.count({ write: true })).toBe(writes);
  });
});

describe('auto-rollback with a revert PR', () => {
  it('after restoring a successful deployment, opens a PR setting the config files back to the good commit', async () => {
    const ws = repoWith('repo-pr', '#0b0b0b');
    const state = join(work, 'state-pr');
    const common = { inventory: sim.inventoryFile, environment: 'sim-pr', 'state-store': 'dir', 'state-dir': state };
    const deployInputs = { ...common, config: 'openclaw.json5', 'batch-size': '12', 'wait-seconds': '0', 'probe-interval-seconds': '0' };
    setRunner(ws, deployInputs);
    process.env['GITHUB_SHA'] = 'sha-good';
    await runDeploy();
    repoWith('repo-pr', '#0c0c0c');
    setRunner(ws, deployInputs);
    process.env['GITHUB_SHA'] = 'sha-bad';
    await runDeploy();
    expect(process.exitCode ?? 0).toBe(0);
    const calls: string[] = [];
    const contents: Record<string, string> = {
      'openclaw.json5@sha-good': '{ $include: "./base.json5", ui: { seamColor: "#0b0b0b" } }\n',
      'openclaw.json5@head': '{ $include: "./base.json5", ui: { seamColor: "#0c0c0c" } }\n',
      'base.json5@sha-good': 'same',
      'base.json5@head': 'same',
    };
    const revertApi = {
      branchHead: async (b: string) => (calls.push(`head ${b}`), 'head'),
      commitTree: async () => 'tree',
      fileAt: async (p: string, ref: string) => contents[`${p}@${ref}`],
      createTree: async (_b: string, entries: Array<{ path: string; content: string | null }>) => (calls.push(`tree ${entries.map((e) => e.path).join(',')}`), 'new-tree'),
      createCommit: async (m: string) => (calls.push(`commit ${m}`), 'c1'),
      createBranch: async (b: string) => (calls.push(`branch ${b}`), true),
      findOpenPull: async () => undefined,
      createPull: async (p: { title: string; base: string }) => (calls.push(`pull ${p.base}`), { number: 5, url: 'https://github.com/acme/cfg/pull/5' }),
    };
    const f = setRunner(ws, { ...common, 'open-revert-pr': 'true', 'github-token': 'ghs_fake_token_123', 'base-branch': 'main' });
    await runRollback({ revertApi });
    expect(process.exitCode ?? 0).toBe(0);
    expect(readOutputs(f.outputFile)).toMatchObject({ result: 'rolled-back', version: 'v1', 'pr-url': 'https://github.com/acme/cfg/pull/5' });
    expect(calls).toEqual(['head main', 'tree openclaw.json5', 'commit Revert config to v1 (clawfleet rolled back v2 on sim-pr)', 'branch clawfleet/revert-sim-pr-v2', 'pull main']);
    expect(readFileSync(f.summaryFile, 'utf8')).toContain('Revert PR (opened): https://github.com/acme/cfg/pull/5');
  });
});

describe('kill and re-run (CC-04) in child processes, git state store', () => {
  it('a re-run of the same workflow run after SIGKILL resumes the deployment without a second write', async () => {
    const remote = join(work, 'remote.git');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const ws = join(work, 'ws-kill');
    execFileSync('git', ['clone', '--quiet', remote, ws], { stdio: 'ignore' });
    repoWith('ws-kill', '#0a0a0a');
    const files1 = runnerFiles(join(work, 'k1'));
    const env = { ...sim.env, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(work, 'k-temp'), GITHUB_RUN_ID: '77', GITHUB_REPOSITORY: 'acme/cfg' };
    const inputs = { config: 'openclaw.json5', inventory: sim.inventoryFile, environment: 'sim-k', 'batch-size': '4', 'wait-seconds': '60', 'probe-interval-seconds': '30' };
    sim.log.clear();
    const run1 = startAction('rolling-deploy', { ...env, ...files1.env, ...inputEnv(inputs) });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && sim.log.count({ method: 'config.apply' }) < 4) await new Promise((r) => setTimeout(r, 50));
    expect(sim.log.count({ method: 'config.apply' })).toBe(4);
    run1.child.kill('SIGKILL');
    expect((await run1.done).signal).toBe('SIGKILL');
    const firstBatch = [...sim.log.instancesWith({ method: 'config.apply' })].sort();

    const files2 = runnerFiles(join(work, 'k2'));
    const run2 = await startAction('rolling-deploy', { ...env, GITHUB_RUN_ATTEMPT: '2', ...files2.env, ...inputEnv({ ...inputs, 'wait-seconds': '0', 'probe-interval-seconds': '0' }) }).done;
    expect(run2.code, run2.stdout + run2.stderr).toBe(0);
    const out = readOutputs(files2.outputFile);
    const report = JSON.parse(readFileSync(out['report-file']!, 'utf8')) as DeployReport;
    expect(report).toMatchObject({ result: 'succeeded', attempt: 2, writes: 8 });
    for (const id of firstBatch) {
      expect(sim.log.count({ instance: id, method: 'config.apply' })).toBe(1);
      expect(report.instances.find((i) => i.id === id)?.status).toBe('applied');
    }
    expect(sim.log.count({ method: 'config.apply' })).toBe(12);
  }, 120_000);
});
