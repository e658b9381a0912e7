/**
 * Issue #7's promotion binding and promotion rollback against a REAL OpenClaw 2026.9.6 gateway (one, on
 * loopback port 27000 — the rehearsal launcher needs 120 ports per gateway and this file owns 27000–27099),
 * through the actions in separate processes as the runner starts them:
 * - rolling-deploy with expected-plan-digest deploys the signed-off plan and refuses a changed one with no
 *   write (the gateway's own log shows none) and no lock;
 * - two deployments of one promotion (run id) and one of an earlier promotion; auto-rollback's promotion-id
 *   restores the promotion newest first to the exact file the earlier promotion left (secrets kept), and a
 *   second call sends no write.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { inputEnv, readOutputs, runnerFiles, startAction } from '../helpers/gha-env.js';

const BASE_PORT = 27000;
const PROVIDER_KEY = 'sk-s1-promotion-secret-7731';
let fleet: Fleet;
let work: string;
let repo: string;
let state: string;

function writeRepo(color: string): void {
  mkdirSync(repo, { recursive: true });
  writeFileSync(
    join(repo, 'openclaw.json5'),
    `// promotion rehearsal repo
{
  models: { providers: { fake: { baseUrl: "http://127.0.0.1:${BASE_PORT + 99}/v1", apiKey: "__OPENCLAW_REDACTED__", api: "openai-completions", models: [{ id: "fake-model", name: "Fake Model" }] } } },
  ui: { seamColor: "${color}" },
}
`,
  );
}

const gw = () => fleet.gateways[0]!;
const writeCount = (): number => (readFileSync(gw().processLogFile, 'utf8').match(/config\.apply write/g) ?? []).length;
const fileOf = () => JSON.parse(readFileSync(gw().configPath, 'utf8')) as Record<string, unknown>;
const colorOf = async () => ((await createGatewayClient({ id: gw().id, url: gw().url, token: gw().token }, { timeoutMs: 5000 }).configGet()).parsed as { ui?: { seamColor?: string } }).ui?.seamColor;

const FAST = { 'batch-size': '1', 'wait-seconds': '0', 'probe-interval-seconds': '0' };

/** Runs an action in its own process; returns exit code, outputs and what it printed. */
async function action(name: string, runId: string, inputs: Record<string, string>): Promise<{ code: number | null; out: Record<string, string>; log: string }> {
  const files = runnerFiles(join(work, `runner-${name}-${Math.random().toString(36).slice(2)}`));
  const env = { ...fleet.env, GITHUB_WORKSPACE: repo, RUNNER_TEMP: join(work, 'runner-temp'), GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'acme/fleet-config', ...files.env };
  const r = await startAction(name, { ...env, ...inputEnv({ inventory: fleet.inventoryFile, environment: 'production', ...inputs }) }).done;
  return { code: r.code, out: readOutputs(files.outputFile), log: r.stdout + r.stderr };
}

const deploy = (runId: string, extra: Record<string, string> = {}) => action('rolling-deploy', runId, { config: 'openclaw.json5', ...FAST, 'state-store': 'dir', 'state-dir': state, ...extra });
const planDigest = async (): Promise<string> => {
  const r = await action('rolling-deploy', 'plan', { config: 'openclaw.json5', ...FAST, 'dry-run': 'true', 'state-store': 'none' });
  expect(r.code, r.log).toBe(0);
  return r.out['plan-digest']!;
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'clawfleet-s1-promo-gw-'));
  repo = join(work, 'repo');
  state = join(work, 'state');
  fleet = await startFleet({ count: 1, basePort: BASE_PORT, modelStubUrl: `http://127.0.0.1:${BASE_PORT + 99}`, modelStubApiKey: PROVIDER_KEY });
}, 240_000);

afterAll(async () => {
  await fleet?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('a promotion on a real gateway', () => {
  it('deploys only the signed-off plan, and a failed promotion is rolled back to what the earlier promotion left', async () => {
    // Promotion 5000 (earlier, succeeded): what production runs before promotion 5001.
    writeRepo('#500000');
    const p0 = await deploy('5000');
    expect(p0.code, p0.log).toBe(0);
    expect(p0.out).toMatchObject({ result: 'succeeded', 'promotion-id': '5000' });
    const before = fileOf();
    expect(JSON.stringify(before)).toContain(PROVIDER_KEY); // the gateway kept its own key (sentinel)

    // Promotion 5001, deployment 1: the signed-off plan.
    writeRepo('#500101');
    const d1 = await planDigest();
    const a = await deploy('5001', { 'expected-plan-digest': d1 });
    expect(a.code, a.log).toBe(0);
    expect(a.out).toMatchObject({ result: 'succeeded', 'promotion-id': '5001' });
    expect(await colorOf()).toBe('#500101');

    // The config changes after sign-off: refused before any lock or write, the gateway sees no write.
    writeRepo('#500102');
    const writes = writeCount();
    const deployments = readdirSync(join(state, 'environments', 'production', 'deployments')).length;
    const refused = await deploy('5001', { 'expected-plan-digest': d1 });
    expect(refused.code).toBe(1);
    expect(refused.log).toContain(`expected-plan-digest: the plan changed since it was signed off — approved ${d1}, about to run sha256:`);
    expect(refused.log).toContain('Fix: re-run sign-off on the new plan');
    expect(writeCount()).toBe(writes);
    expect(await colorOf()).toBe('#500101');
    expect(existsSync(join(state, 'environments', 'production', 'lock.json'))).toBe(false);
    expect(readdirSync(join(state, 'environments', 'production', 'deployments'))).toHaveLength(deployments);

    // Re-signed: deployment 2 of the same promotion.
    const d2 = await planDigest();
    expect(d2).not.toBe(d1);
    const b = await deploy('5001', { 'expected-plan-digest': d2 });
    expect(b.code, b.log).toBe(0);
    expect(await colorOf()).toBe('#500102');

    // The promotion failed (say, the final smoke): restore all of 5001, newest first, nothing of 5000.
    const rb = await action('auto-rollback', '5001', { 'promotion-id': '5001', trigger: 'gate', 'state-store': 'dir', 'state-dir': state, 'github-token': '' });
    expect(rb.code, rb.log).toBe(0);
    expect(rb.out).toMatchObject({ result: 'rolled-back', changed: '2', 'deployment-id': `${b.out['deployment-id']},${a.out['deployment-id']}` });
    expect(await colorOf()).toBe('#500000');
    expect(fileOf()).toEqual(before); // the exact file, the held secret included
    expect(rb.log).not.toContain(PROVIDER_KEY);

    const settled = writeCount();
    const again = await action('auto-rollback', '5001', { 'promotion-id': '5001', trigger: 'gate', 'state-store': 'dir', 'state-dir': state, 'github-token': '' });
    expect(again.code, again.log).toBe(0);
    expect(again.out).toMatchObject({ result: 'unchanged', changed: '0' });
    expect(writeCount()).toBe(settled);
  });
});
