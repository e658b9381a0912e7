/**
 * The issue #4 proof list against REAL OpenClaw 2026.9.6 gateways (3, loopback, ports 21000/21120/21240):
 * good config in 2 batches; a rejected config stops at the first batch; SIGSTOP mid-batch → timeout,
 * classified unreachable, stop or continue per budget; kill -9 → the same; an operator edit between get and
 * apply → drift halt; a rollback in a LATER process from a fresh checkout of the state branch restores the
 * exact pre-deploy files (secrets kept); a re-run after the deploy process was killed sends no second write.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { contentEquals } from '../../src/deploy/content.js';
import { runDeployment } from '../../src/deploy/engine.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import { desiredFor } from '../../src/deploy/plan.js';
import { preflight, type PreflightResult } from '../../src/deploy/preflight.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { DirStore } from '../../src/deploy/store/dir.js';
import type { DeployReport, RolloutPolicy } from '../../src/deploy/types.js';
import { clientFactory } from '../../src/actions/rolling-deploy/shared.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import type { GatewayClient } from '../../src/fleet/types.js';
import { inputEnv, readOutputs, runnerFiles, startAction } from '../helpers/gha-env.js';
import { fastPolicy, memoryLogger } from './helpers.js';

const SECRET = 'sk-d-rehearsal-secret-0042';
const ORIGIN = 'http://127.0.0.1:21098';
let fleet: Fleet;
let work: string;
let repo: string;
const secrets = new SecretRegistry();
const logger = memoryLogger();

function writeRepo(dir: string, color: string): void {
  mkdirSync(dir, { recursive: true });
  // The gateway keeps the provider key it holds ("__OPENCLAW_REDACTED__"); the origin comes from ITS env.
  writeFileSync(
    join(dir, 'base.json5'),
    `{
  models: { providers: { fake: { baseUrl: "http://127.0.0.1:21099/v1", apiKey: "__OPENCLAW_REDACTED__", api: "openai-completions", models: [{ id: "fake-model", name: "Fake Model" }] } } },
  agents: { defaults: { model: { primary: "fake/fake-model" } } },
  gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
}
`,
  );
  writeFileSync(
    join(dir, 'openclaw.json5'),
    `// rehearsal config repo (engineer D's gateway test)
{
  $include: "./base.json5",
  ui: { seamColor: "${color}" },
  gateway: { controlUi: { allowedOrigins: ["\${CF_TEST_ORIGIN}"] } },
}
`,
  );
}

const clients = new Map<string, GatewayClient>();
function client(id: string): GatewayClient {
  let c = clients.get(id);
  if (!c) {
    const gw = fleet.gateways.find((g) => g.id === id)!;
    c = createGatewayClient({ id, url: gw.url, token: gw.token }, { timeoutMs: 4000 });
    clients.set(id, c);
  }
  return c;
}

async function prepare(color: string): Promise<PreflightResult> {
  writeRepo(repo, color);
  return preflight({ configFile: 'openclaw.json5', inventoryFile: fleet.inventoryFile, cwd: repo, env: { ...fleet.env, CF_TEST_ORIGIN: ORIGIN }, secrets });
}

async function deploy(
  color: string,
  policy: Partial<RolloutPolicy>,
  hooks?: { beforeWrite?: (id: string) => Promise<void> | void },
  env = 'rehearsal-a',
  mutate?: (c: Record<string, unknown>) => Record<string, unknown>,
): Promise<DeployReport> {
  const pre = await prepare(color);
  const recorder = new StateRecorder(new DirStore(join(work, 'state')), env, { secrets });
  const { report } = await runDeployment(
    { environment: env, config: mutate ? mutate(pre.config) : pre.config, source: pre.source, instances: pre.selected, policy: fastPolicy({ restartCooldownSeconds: 30, ...policy }), context: { owner: 'gateway-test' } },
    // Short timeouts keep the SIGSTOP/kill cases quick; healthy calls answer in well under a second.
    { clientFor: clientFactory(pre.tokens, { timeoutMs: 3000, logger, secrets }), recorder, logger, pacer: new WritePacer(), pollMs: 500, writeTimeoutMs: 6000, ...(hooks ? { hooks } : {}) },
  );
  return report;
}

const writeCount = (id: string) => (readFileSync(fleet.gateways.find((g) => g.id === id)!.processLogFile, 'utf8').match(/config\.apply write/g) ?? []).length;
const fileOf = (id: string) => JSON.parse(readFileSync(fleet.gateways.find((g) => g.id === id)!.configPath, 'utf8')) as Record<string, unknown>;
const colorOf = async (id: string) => ((await client(id).configGet()).parsed as { ui?: { seamColor?: string } }).ui?.seamColor;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'clawfleet-d-gw-'));
  repo = join(work, 'repo');
  fleet = await startFleet({
    count: 3,
    basePort: 21000,
    portStep: 120,
    modelStubUrl: 'http://127.0.0.1:21099',
    modelStubApiKey: SECRET,
    env: { CF_TEST_ORIGIN: ORIGIN },
  });
  for (const t of Object.values(fleet.env)) secrets.add(t);
}, 240_000);

afterAll(async () => {
  await fleet?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('rolling-deploy against 3 real gateways', () => {
  it('rolls a good config out in 2 batches; every gateway reports it; ${VAR} and the held secret are kept; a re-run writes nothing', async () => {
    const report = await deploy('#1a2b3c', { batchSize: 2 });
    expect(report.result, report.stopReasons.join('\n')).toBe('succeeded');
    expect(report.batches.map((b) => b.instances.length)).toEqual([2, 1]);
    expect(report.counts.applied).toBe(3);
    const pre = await prepare('#1a2b3c');
    for (const inst of pre.selected) {
      const snap = await client(inst.id).configGet();
      expect(snap.valid).toBe(true);
      expect(snap.appliedConfigHash).toBe(snap.configRevisionHash);
      expect(contentEquals(snap.parsed, desiredFor(pre.config, inst))).toBe(true);
      const onDisk = readFileSync(fleet.gateways.find((g) => g.id === inst.id)!.configPath, 'utf8');
      expect(onDisk).toContain('${CF_TEST_ORIGIN}'); // stored verbatim, resolved by the gateway from its own env
      expect(onDisk).toContain(SECRET); // the sentinel kept the gateway's own key
    }
    const writesBefore = fleet.gateways.map((g) => writeCount(g.id));
    const again = await deploy('#1a2b3c', { batchSize: 2 });
    expect(again.result).toBe('succeeded');
    expect(again.writes).toBe(0);
    expect(again.counts.unchanged).toBe(3);
    expect(fleet.gateways.map((g) => writeCount(g.id))).toEqual(writesBefore);
  });

  it('a config the gateway rejects (version skew: CI validation passed) stops at the first batch; the others are untouched', async () => {
    const hashes = { 'gw-2': (await client('gw-2').configGet()).hash, 'gw-3': (await client('gw-3').configGet()).hash };
    const writes = [writeCount('gw-2'), writeCount('gw-3')];
    // A key this gateway does not know, as when the repo validates against a newer schema (RF-14).
    const report = await deploy('#1a2b3c', { batchSize: 1 }, undefined, 'rehearsal-a', (c) => ({ ...c, ui: { ...(c['ui'] as object), fromTheFuture: true } }));
    expect(report.result).toBe('stopped');
    expect(report.batches).toHaveLength(1);
    expect(report.instances[0]).toMatchObject({ id: 'gw-1', status: 'failed', failure: 'rejected', written: false });
    expect(report.instances[0]!.reason).toContain('fromTheFuture');
    expect(report.instances.slice(1).map((i) => i.status)).toEqual(['untouched', 'untouched']);
    expect((await client('gw-2').configGet()).hash).toBe(hashes['gw-2']);
    expect((await client('gw-3').configGet()).hash).toBe(hashes['gw-3']);
    expect([writeCount('gw-2'), writeCount('gw-3')]).toEqual(writes);
    expect(await colorOf('gw-1')).toBe('#1a2b3c');
  });

  it('SIGSTOP one gateway mid-batch: its write times out, classified unreachable; the budget decides stop (and roll back) or continue', async () => {
    const gw2 = fleet.gateways[1]!;
    try {
      const stopped = await deploy('#333333', { batchSize: 3, concurrency: 3 }, { beforeWrite: (id) => void (id === 'gw-2' && gw2.sigstop()) });
      const r2 = stopped.instances.find((i) => i.id === 'gw-2')!;
      expect(r2).toMatchObject({ status: 'failed', failure: 'unreachable' });
      expect(r2.reason).toMatch(/timeout|no answer/);
      expect(stopped.result).toBe('stopped'); // gw-2 is still frozen during the rollback: not restored → stopped
      expect(stopped.batches[0]).toMatchObject({ healthy: 2, counted: 3, passed: false });
      expect(stopped.rollback?.instances.find((i) => i.id === 'gw-1')?.status).toBe('restored');
      expect(stopped.rollback?.instances.find((i) => i.id === 'gw-2')?.status).toBe('unreachable');
      expect(await colorOf('gw-1')).toBe('#1a2b3c');
    } finally {
      gw2.sigcont();
    }
    await gw2.waitReady(60_000);
    try {
      const cont = await deploy('#343434', { batchSize: 3, concurrency: 3, minSuccessRatio: 0.6 }, { beforeWrite: (id) => void (id === 'gw-2' && gw2.sigstop()) });
      expect(cont.result, cont.stopReasons.join('\n')).toBe('succeeded');
      expect(cont.instances.find((i) => i.id === 'gw-2')).toMatchObject({ status: 'failed', failure: 'unreachable' });
      expect(cont.batches[0]).toMatchObject({ healthy: 2, counted: 3, passed: true });
    } finally {
      gw2.sigcont();
    }
    await gw2.waitReady(60_000);
  });

  it('an operator edit between get and apply halts the rollout as drift; the edit is not overwritten', async () => {
    const gw1 = fleet.gateways[0]!;
    const report = await deploy('#555555', { batchSize: 1 }, {
      beforeWrite: async (id) => {
        if (id !== 'gw-1') return;
        const before = (await client('gw-1').configGet()).hash;
        const f = JSON.parse(readFileSync(gw1.configPath, 'utf8')) as { ui: { seamColor: string } };
        f.ui.seamColor = '#eeeeee';
        writeFileSync(gw1.configPath, JSON.stringify(f, null, 2) + '\n');
        for (let i = 0; i < 50 && (await client('gw-1').configGet()).hash === before; i++) await new Promise((r) => setTimeout(r, 100));
      },
    });
    expect(report.result).toBe('stopped');
    expect(report.instances[0]).toMatchObject({ id: 'gw-1', status: 'skipped', failure: 'drift' });
    expect(report.stopReasons[0]).toMatch(/^drift on gw-1/);
    expect(await colorOf('gw-1')).toBe('#eeeeee');
    expect(report.instances.slice(1).map((i) => i.status)).toEqual(['untouched', 'untouched']);
  });
});

describe('the actions in separate processes, with the git state store', () => {
  let remote: string;
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  const cloneWorkspace = (name: string) => {
    const ws = join(work, name);
    git(work, 'clone', '--quiet', remote, ws);
    return ws;
  };
  const baseEnv = (ws: string, runId: string) => ({
    ...fleet.env,
    CF_TEST_ORIGIN: ORIGIN,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(work, 'runner-temp'),
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'acme/fleet-config',
    GITHUB_ACTOR: 'octo-operator',
  });

  beforeAll(() => {
    remote = join(work, 'remote.git');
    execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch=main', remote]);
    const seed = join(work, 'seed');
    mkdirSync(seed);
    git(seed, 'init', '--quiet', '--initial-branch=main');
    writeRepo(seed, '#606060');
    git(seed, 'add', '.');
    git(seed, 'commit', '--quiet', '-m', 'config');
    git(seed, 'remote', 'add', 'origin', remote);
    git(seed, 'push', '--quiet', 'origin', 'main');
  });

  it('a rollback in a LATER run (new process, fresh checkout of the state branch) restores the exact pre-deploy files, secrets kept; twice = no write', async () => {
    const before = Object.fromEntries(fleet.gateways.map((g) => [g.id, fileOf(g.id)]));
    const ws1 = cloneWorkspace('ws-deploy');
    writeRepo(ws1, '#616161');
    const f1 = runnerFiles(join(work, 'runner-1'));
    const deployRun = startAction('rolling-deploy', {
      ...baseEnv(ws1, '1001'),
      ...f1.env,
      ...inputEnv({ config: 'openclaw.json5', inventory: fleet.inventoryFile, environment: 'Rehearsal', 'batch-size': '3', 'wait-seconds': '0', 'probe-interval-seconds': '0', 'auto-rollback': 'false' }),
    });
    const d = await deployRun.done;
    expect(d.code, d.stdout + d.stderr).toBe(0);
    const out1 = readOutputs(f1.outputFile);
    expect(out1['result']).toBe('succeeded');
    expect(out1['changed']).toBe('3');
    expect(readFileSync(f1.summaryFile, 'utf8')).toContain('```mermaid');
    for (const g of fleet.gateways) expect(await colorOf(g.id)).toBe('#616161');

    // The later run: another process, another checkout; only the state branch connects them.
    const ws2 = cloneWorkspace('ws-rollback');
    const f2 = runnerFiles(join(work, 'runner-2'));
    const rb = startAction('auto-rollback', { ...baseEnv(ws2, '1002'), ...f2.env, ...inputEnv({ inventory: fleet.inventoryFile, environment: 'rehearsal', 'github-token': '' }) });
    const r = await rb.done;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out2 = readOutputs(f2.outputFile);
    expect(out2['result']).toBe('rolled-back');
    expect(out2['deployment-id']).toBe(out1['deployment-id']);
    expect(out2['changed']).toBe('3');
    for (const g of fleet.gateways) {
      expect(fileOf(g.id)).toEqual(before[g.id]);
      expect(readFileSync(g.configPath, 'utf8')).toContain(SECRET);
    }
    // Nothing secret reached the state branch, the outputs or the summaries.
    const branch = git(ws2, 'log', '-p', '--all', '--format=%H');
    // The runner consumes `::add-mask::` lines (that is how the tokens get masked); everything else is checked.
    const printed = (d.stdout + r.stdout).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const s of [SECRET, ...Object.values(fleet.env)]) {
      expect(branch).not.toContain(s);
      expect(readFileSync(f1.summaryFile, 'utf8') + readFileSync(f2.summaryFile, 'utf8') + printed).not.toContain(s);
    }
    expect(branch).toContain('environments/rehearsal/audit.jsonl');

    const writes = fleet.gateways.map((g) => writeCount(g.id));
    const f3 = runnerFiles(join(work, 'runner-3'));
    const again = await startAction('auto-rollback', { ...baseEnv(cloneWorkspace('ws-rollback-2'), '1003'), ...f3.env, ...inputEnv({ inventory: fleet.inventoryFile, environment: 'rehearsal', 'github-token': '' }) }).done;
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(readOutputs(f3.outputFile)).toMatchObject({ result: 'unchanged', changed: '0' });
    expect(again.stdout).toContain('no write was sent');
    expect(fleet.gateways.map((g) => writeCount(g.id))).toEqual(writes);
  });

  it('a re-run after the deploy process was killed (SIGKILL, no cleanup) sends no second write and finishes the rollout', async () => {
    const ws = cloneWorkspace('ws-kill');
    writeRepo(ws, '#717171');
    const inputs = { config: 'openclaw.json5', inventory: fleet.inventoryFile, environment: 'rehearsal', 'batch-size': '1', 'wait-seconds': '20', 'probe-interval-seconds': '10' };
    const f1 = runnerFiles(join(work, 'runner-k1'));
    const run1 = startAction('rolling-deploy', { ...baseEnv(ws, '2002'), ...f1.env, ...inputEnv(inputs) });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await colorOf('gw-1').catch(() => undefined)) !== '#717171') await new Promise((r) => setTimeout(r, 200));
    expect(await colorOf('gw-1')).toBe('#717171');
    run1.child.kill('SIGKILL');
    const killed = await run1.done;
    expect(killed.signal).toBe('SIGKILL');
    const writes = fleet.gateways.map((g) => writeCount(g.id));
    const hash1 = (await client('gw-1').configGet()).hash;

    const f2 = runnerFiles(join(work, 'runner-k2'));
    const run2 = await startAction('rolling-deploy', { ...baseEnv(ws, '2002'), GITHUB_RUN_ATTEMPT: '2', ...f2.env, ...inputEnv({ ...inputs, 'wait-seconds': '0', 'probe-interval-seconds': '0' }) }).done;
    expect(run2.code, run2.stdout + run2.stderr).toBe(0);
    const out = readOutputs(f2.outputFile);
    expect(out['result']).toBe('succeeded');
    const report = JSON.parse(readFileSync(out['report-file']!, 'utf8')) as DeployReport;
    expect(report.attempt).toBe(2);
    expect(report.writes).toBe(2);
    expect(report.instances[0]).toMatchObject({ id: 'gw-1', status: 'applied', reason: 'applied by an earlier attempt of this deployment (already on the target; not written again)' });
    expect(writeCount('gw-1')).toBe(writes[0]);
    expect((await client('gw-1').configGet()).hash).toBe(hash1);
    expect([writeCount('gw-2'), writeCount('gw-3')]).toEqual([writes[1]! + 1, writes[2]! + 1]);
  });
});

describe('kill -9 (last: the killed gateway stays down)', () => {
  it('kill -9 one gateway mid-batch: classified unreachable, the rest rolled back', async () => {
    const gw3 = fleet.gateways[2]!;
    const report = await deploy('#444444', { batchSize: 3, concurrency: 1 }, { beforeWrite: async (id) => void (id === 'gw-3' && (await gw3.kill9())) });
    const r3 = report.instances.find((i) => i.id === 'gw-3')!;
    expect(r3).toMatchObject({ status: 'failed', failure: 'unreachable' });
    expect(r3.reason).toMatch(/connection refused|unreachable/);
    expect(report.batches[0]).toMatchObject({ healthy: 2, passed: false });
    expect(report.rollback?.instances.filter((i) => i.status === 'restored').map((i) => i.id).sort()).toEqual(['gw-1', 'gw-2']);
  });
});
