/**
 * Sign-off binding at run time: rolling-deploy's expected-plan-digest. The offline digest equals the one
 * the engine's plan reports; a run whose plan differs from the signed-off one (instance added, config or an
 * overlay changed, batches changed) is refused before any RPC, lock or write; a wave's slice matches the
 * whole-environment plan reviewers approved. The promotion id is recorded. Against the simulated fleet over
 * HTTP, through the action's run() with the runner's files.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { getInputs, promotionIdFrom, run as runDeploy } from '../../src/actions/rolling-deploy/run.js';
import { UserError } from '../../src/common/errors.js';
import { checkPlanBinding, normalizePlanDigest } from '../../src/deploy/plan-binding.js';
import { planDigestFor } from '../../src/deploy/plan.js';
import type { InstanceSpec } from '../../src/fleet/types.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { inputEnv, readOutputs, runnerFiles } from '../helpers/gha-env.js';
import { fastPolicy, harness } from './helpers.js';

const reader = (v: Record<string, string>) => (n: string) => v[n] ?? '';

describe('planDigestFor (offline) equals the engine plan digest', () => {
  it.each([
    ['rolling, batch 2', fastPolicy({ batchSize: 2 })],
    ['rolling, zone waves', fastPolicy({ batchSize: 2, waves: { kind: 'zone' } })],
    ['canary', fastPolicy({ strategy: 'canary' })],
    ['all-at-once', fastPolicy({ strategy: 'all-at-once' })],
  ])('%s', async (_n, policy) => {
    const { fleet, instances } = makeFleet(5, { spec: (i) => ({ tier: i % 2 ? 'primary' : 'standby', zone: i <= 2 ? 'a' : 'b' }) });
    const h = harness(fleet, instances);
    const { plan } = await h.deploy(repoConfig('#0a0a0a'), policy, { dryRun: true });
    expect(planDigestFor(repoConfig('#0a0a0a'), instances, { ...policy })).toBe(plan.digest);
    // and it sends nothing: the fake fleet saw only the dry run's reads
    expect(fleet.log.filter((c) => c.method === 'config.apply')).toHaveLength(0);
  });
});

describe('checkPlanBinding', () => {
  const { instances } = makeFleet(4, { spec: (i) => ({ tier: i <= 2 ? 'primary' : 'standby' }) });
  const policy = fastPolicy({ batchSize: 2 });
  const config = repoConfig('#0b0b0b');
  const whole = planDigestFor(config, instances, policy);
  const primaries = instances.filter((i) => i.tier === 'primary');
  const base = { inputName: 'expected-plan-digest', config, environment: instances, policy };

  it('matches the selection itself or the whole environment it is a slice of', () => {
    expect(checkPlanBinding({ ...base, expected: whole, selected: instances })).toEqual({ matched: 'selection', digest: whole });
    expect(checkPlanBinding({ ...base, expected: whole, selected: primaries })).toEqual({ matched: 'environment', digest: whole });
    const slice = planDigestFor(config, primaries, policy);
    expect(checkPlanBinding({ ...base, expected: slice, selected: primaries })).toEqual({ matched: 'selection', digest: slice });
  });

  const changed: Array<[string, () => Partial<Parameters<typeof checkPlanBinding>[0]>]> = [
    ['an instance was added', () => ({ environment: [...instances, { ...instances[0]!, id: 'gw-9' }], selected: [...instances, { ...instances[0]!, id: 'gw-9' }] })],
    ['the config changed', () => ({ config: repoConfig('#0c0c0c'), selected: instances })],
    ['an overlay changed', () => { const env = instances.map((i, n) => (n === 1 ? { ...i, overlay: { ui: { seamColor: '#ffffff' } } } : i)); return { environment: env, selected: env }; }],
    ['the batch size changed', () => ({ policy: fastPolicy({ batchSize: 1 }), selected: instances })],
    ['the strategy changed', () => ({ policy: fastPolicy({ strategy: 'canary' }), selected: instances })],
    ['a slice of a changed environment', () => ({ config: repoConfig('#0d0d0d'), selected: primaries })],
  ];
  it.each(changed)('refuses when %s, naming the input, both digests and the fix', (_n, over) => {
    const o = { ...base, expected: whole, selected: instances, ...over() };
    let err: unknown;
    try {
      checkPlanBinding(o as Parameters<typeof checkPlanBinding>[0]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const m = (err as Error).message;
    expect(m).toMatch(/^expected-plan-digest: the plan changed since it was signed off — approved sha256:[0-9a-f]{64}, about to run sha256:[0-9a-f]{64}/);
    expect(m).toContain(whole);
    expect(m).toContain('Fix: re-run sign-off on the new plan');
    expect(m).toContain('Nothing was written, no lock was taken and no gateway was contacted.');
  });

  it('names both the slice digest and the environment digest when a slice does not match', () => {
    expect(() => checkPlanBinding({ ...base, expected: whole, config: repoConfig('#0e0e0e'), selected: primaries })).toThrow(/\(this selection of 2 instance\(s\)\) \/ sha256:[0-9a-f]{64} \(the whole environment, 4 instance\(s\)\)/);
  });

  it('normalizes digests', () => {
    const hex = 'A'.repeat(64);
    expect(normalizePlanDigest(hex)).toBe(`sha256:${'a'.repeat(64)}`);
    expect(normalizePlanDigest(` sha256:${hex} `)).toBe(`sha256:${'a'.repeat(64)}`);
    for (const bad of ['', 'sha256:abc', 'sha1:' + 'a'.repeat(40), 'a'.repeat(63), 'sha256:' + 'g'.repeat(64)]) expect(normalizePlanDigest(bad)).toBeUndefined();
  });
});

describe('rolling-deploy inputs: expected-plan-digest and promotion-id', () => {
  const b = { config: 'openclaw.json5', inventory: 'inv.json5' };
  it('parses and normalises them', () => {
    const i = getInputs(reader({ ...b, 'expected-plan-digest': 'F'.repeat(64), 'promotion-id': '12345' }));
    expect(i.expectedPlanDigest).toBe(`sha256:${'f'.repeat(64)}`);
    expect(i.promotionId).toBe('12345');
    expect(getInputs(reader(b)).expectedPlanDigest).toBeUndefined();
  });
  it.each([
    [{ 'expected-plan-digest': 'sha256:1234' }, "The value 'sha256:1234' is not valid for 'expected-plan-digest'. Expected sha256:<64 hex>"],
    [{ 'expected-plan-digest': 'latest' }, "The value 'latest' is not valid for 'expected-plan-digest'."],
    [{ 'promotion-id': '../x' }, "The value '../x' is not valid for 'promotion-id'."],
    [{ 'promotion-id': 'a b' }, "The value 'a b' is not valid for 'promotion-id'."],
  ])('refuses %j', (over, message) => {
    expect(() => getInputs(reader({ ...b, ...over }))).toThrow(message);
  });
  it('the promotion id defaults to the workflow run id (the same across re-run attempts), none outside Actions', () => {
    expect(promotionIdFrom(undefined, { GITHUB_RUN_ID: '987654', GITHUB_RUN_ATTEMPT: '3' })).toBe('987654');
    expect(promotionIdFrom('explicit', { GITHUB_RUN_ID: '987654' })).toBe('explicit');
    expect(promotionIdFrom(undefined, {})).toBeUndefined();
    expect(promotionIdFrom(undefined, { GITHUB_RUN_ID: 'not-a-number' })).toBeUndefined();
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
let fullInventory: { instances: Array<Record<string, unknown>> };
beforeAll(async () => {
  sim = await startSimFleet({ count: 6, config: () => structuredClone(SIM_BASE), knobs: { rateLimit: false }, instance: (i) => ({ tier: i < 3 ? 'primary' : 'standby' }) });
  work = mkdtempSync(join(tmpdir(), 'clawfleet-binding-'));
  fullInventory = JSON.parse(readFileSync(sim.inventoryFile, 'utf8').split('\n').slice(1).join('\n')) as typeof fullInventory;
});
afterAll(async () => {
  await sim?.stop();
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  process.exitCode = undefined;
});

/** A config repo (entry + include) and an inventory holding the first `count` sim instances, overlays optional. */
function workspace(name: string, color: string, count = 6, overlay?: Record<string, unknown>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openclaw.json5'), `{ $include: "./base.json5", ui: { seamColor: "${color}" } }\n`);
  writeFileSync(join(dir, 'base.json5'), JSON.stringify(SIM_BASE, null, 2));
  const instances = fullInventory.instances.slice(0, count).map((i, n) => (overlay && n === 0 ? { ...i, overlay } : i));
  writeFileSync(join(dir, 'inventory.json5'), JSON.stringify({ instances }, null, 1));
  return dir;
}

const FAST = { 'batch-size': '3', 'wait-seconds': '0', 'probe-interval-seconds': '0' };

/** Runs the action's run() the way the runner would; returns outputs and everything printed. */
async function runAction(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ outputs: Record<string, string>; stdout: string; code: number }> {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]; // one step = one set of inputs
  const files = runnerFiles(join(work, 'runner'));
  const summaryFile = join(work, 'summary.md');
  writeFileSync(summaryFile, '');
  Object.assign(process.env, sim.env, files.env, { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(work, 'runner-temp') }, env, inputEnv({ config: 'openclaw.json5', inventory: 'inventory.json5', ...inputs }));
  const chunks: string[] = [];
  const orig = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    await runDeploy();
  } finally {
    process.stdout.write = orig;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { outputs: readOutputs(files.outputFile), stdout: chunks.join(''), code };
}

/** The digest reviewers signed off: a dry run over the given workspace, as promote.yml's plan job does. */
async function signedOffDigest(ws: string, extra: Record<string, string> = {}): Promise<string> {
  const r = await runAction(ws, { ...FAST, 'dry-run': 'true', 'state-store': 'none', ...extra });
  expect(r.code, r.stdout).toBe(0);
  return r.outputs['plan-digest']!;
}

describe('rolling-deploy run() with expected-plan-digest (simulated fleet)', () => {
  it('deploys when the plan is the signed-off one, and records the promotion id (default: the run id)', async () => {
    const ws = workspace('ok', '#101010');
    const digest = await signedOffDigest(ws);
    const state = join(work, 'state-ok');
    const r = await runAction(ws, { ...FAST, 'expected-plan-digest': digest, environment: 'prod', 'state-store': 'dir', 'state-dir': state }, { GITHUB_RUN_ID: '424242', GITHUB_REPOSITORY: 'acme/cfg' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'succeeded', 'plan-digest': digest, 'promotion-id': '424242' });
    expect(r.stdout).toContain(`expected-plan-digest: the plan matches the signed-off ${digest} (this selection)`);
    const dep = JSON.parse(readFileSync(join(state, 'environments', 'prod', 'deployments', r.outputs['deployment-id']!, 'deployment.json'), 'utf8')) as { promotionId?: string };
    expect(dep.promotionId).toBe('424242');
  });

  it('a wave slice (instances: tier=standby) matches the whole-environment digest reviewers approved', async () => {
    const ws = workspace('slice', '#111111');
    const digest = await signedOffDigest(ws);
    const r = await runAction(ws, { ...FAST, instances: 'tier=standby', 'expected-plan-digest': digest, environment: 'prod', 'state-store': 'dir', 'state-dir': join(work, 'state-slice'), 'promotion-id': 'p-77' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'succeeded', changed: '3', 'promotion-id': 'p-77' });
    expect(r.outputs['plan-digest']).not.toBe(digest); // the slice's own plan
    expect(r.stdout).toContain('(the whole environment this selection is part of)');
  });

  const refused: Array<[string, (digestWs: string) => string]> = [
    ['an instance was added to the inventory', () => workspace('added-now', '#121212', 6)],
    ['the config changed', () => workspace('config-now', '#131313', 5)],
    ['an overlay changed', () => workspace('overlay-now', '#121212', 5, { ui: { seamColor: '#999999' } })],
  ];
  it.each(refused)('refuses with zero RPCs, no lock and no record when %s', async (_n, after) => {
    const signed = workspace(`signed-${_n.length}`, '#121212', 5);
    const digest = await signedOffDigest(signed);
    const ws = after(signed);
    const state = join(work, `state-refused-${_n.length}`);
    sim.log.clear();
    const r = await runAction(ws, { ...FAST, 'expected-plan-digest': digest, environment: 'prod', 'state-store': 'dir', 'state-dir': state });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::rolling-deploy failed: expected-plan-digest: the plan changed since it was signed off — approved ${digest}, about to run sha256:`);
    expect(r.stdout).toContain('Fix: re-run sign-off on the new plan');
    expect(sim.log.count()).toBe(0); // not even a read
    expect(existsSync(state)).toBe(false); // no lock, no record
    expect(r.outputs).toEqual({});
  });

  it('a changed batch size between sign-off and deploy is refused too (the batches are part of the plan)', async () => {
    const ws = workspace('batches', '#141414');
    const digest = await signedOffDigest(ws);
    sim.log.clear();
    const r = await runAction(ws, { ...FAST, 'batch-size': '2', 'expected-plan-digest': digest, 'state-store': 'dir', 'state-dir': join(work, 'state-batches') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the plan changed since it was signed off');
    expect(sim.log.count({ write: true })).toBe(0);
    expect(existsSync(join(work, 'state-batches'))).toBe(false);
  });

  it('without expected-plan-digest nothing is checked (the input is opt-in)', async () => {
    const ws = workspace('no-binding', '#151515');
    const r = await runAction(ws, { ...FAST, 'state-store': 'dir', 'state-dir': join(work, 'state-nb') });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('expected-plan-digest');
    expect(readdirSync(join(work, 'state-nb', 'environments', 'default', 'deployments'))).toHaveLength(1);
  });
});

export type { InstanceSpec };
