/**
 * Local provisioning against a real OpenClaw 2026.9.6 gateway on loopback (one gateway for the file).
 * Two agents use two custom OpenAI-compatible providers, each served by its own model stub that accepts only
 * its own key — so a chat turn that succeeds proves the right key reached the right agent's provider.
 * Ports: gateway 23000, stubs 23901/23902.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFleet, type Fleet, type LaunchedGateway } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { UserError } from '../../src/common/errors.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { provision } from '../../src/provision/provision.js';
import { run } from '../../src/actions/provision-auth-profiles/run.js';
import { runPost } from '../../src/actions/provision-auth-profiles/cleanup.js';
import type { ProvisionInputs } from '../../src/provision/types.js';
import { chatTurn, loopbackHostname, recordingLogger, recordingStaging, stubProvider } from './helpers.js';

const OPENCLAW = resolve(import.meta.dirname, '../../node_modules/openclaw/openclaw.mjs');
const ALPHA_KEY = 'sk-alpha-canary-0123456789';
const BETA_KEY = 'sk-beta-canary-9876543210';
const ALPHA_KEY_2 = 'sk-alpha-rotated-5555555555';

let fleet: Fleet;
let gw: LaunchedGateway;
let stubA: ModelStub;
let stubB: ModelStub;
let host: string;

beforeAll(async () => {
  host = await loopbackHostname();
  stubA = await startModelStub({ port: 23901, apiKey: ALPHA_KEY, modelId: 'm1', reply: 'PONG alpha' });
  stubB = await startModelStub({ port: 23902, apiKey: BETA_KEY, modelId: 'm2', reply: 'PONG beta' });
  fleet = await startFleet({
    count: 1,
    basePort: 23000,
    idPrefix: 'prov-local',
    config: () => ({
      gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
      models: { providers: { alpha: stubProvider(host, stubA.port, 'm1'), beta: stubProvider(host, stubB.port, 'm2') } },
      agents: {
        ownership: 'explicit',
        defaults: { systemAgent: { agentId: 'main' } },
        entries: { main: { model: 'alpha/m1' }, ops: { model: { primary: 'beta/m2', fallbacks: ['alpha/m1'] } } },
      },
    }),
  });
  gw = fleet.gateways[0] as LaunchedGateway;
}, 240_000);

afterAll(async () => {
  await fleet?.stop();
  await stubA?.stop();
  await stubB?.stop();
});

function inputs(over: Partial<ProvisionInputs> = {}): ProvisionInputs {
  return {
    configFile: gw.configPath,
    profiles: '',
    mode: 'local',
    stateDir: gw.stateDir,
    gatewayConfigFile: gw.configPath,
    openclaw: OPENCLAW,
    gateways: [{ id: gw.id, url: gw.url, token: gw.token }],
    restart: 'auto',
    openclawVersion: undefined,
    legacyBelow: undefined,
    remoteConfig: 'require',
    verify: true,
    dryRun: false,
    tempDir: process.env['RUNNER_TEMP'] as string,
    timeoutMs: 180_000,
    ...over,
  };
}

function deps(env: Record<string, string>) {
  const registry = new SecretRegistry();
  return { env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env }, logger: recordingLogger(), registry, staging: recordingStaging() };
}

const envFile = () => join(gw.stateDir, '.env');
const scratchLeft = () => readdirSync(dirname(gw.configPath)).filter((n) => n.startsWith('.clawfleet-apply-'));

// Each step runs several OpenClaw CLI commands (~13 s each when the machine is idle) and may restart the
// gateway; on a loaded 2-core machine that takes minutes, hence the generous per-test timeout.
describe('provision-auth-profiles, local mode, real gateway', { timeout: 420_000 }, () => {
  let configBytes: Buffer;

  test('the agents cannot answer before provisioning (the outage this action prevents)', async () => {
    configBytes = readFileSync(gw.configPath);
    const r = await chatTurn(gw.url, gw.token, 'main');
    expect(r.status).not.toBe(200);
    expect(r.text).toMatch(/No API key found for provider \\?"alpha\\?"/);
  });

  test('one secret missing: fails before any write, naming agent, provider and variable', async () => {
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY });
    // A bogus CLI path: had the action run any OpenClaw command, the error would be about that.
    const err = await provision(inputs({ openclaw: '/nonexistent/openclaw' }), d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/agent "ops" needs a key for provider "beta" \(agents\.entries\.ops\.model\.primary\), but BETA_API_KEY is empty or unset/);
    expect((err as Error).message).toMatch(/nothing was written/);
    expect((err as Error).message).not.toContain(ALPHA_KEY);
    expect(existsSync(envFile())).toBe(false);
    expect(d.staging.files).toEqual([]);
    expect(scratchLeft()).toEqual([]);
    expect(readFileSync(gw.configPath).equals(configBytes)).toBe(true);
  });

  test('secrets for both providers: provisioned, gateway restarted, every agent verified ready', async () => {
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY, BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs(), d);
    expect(report.ready).toBe(true);
    expect(report.changed).toBe(true);
    expect(report.restart).toMatchObject({ requested: true, required: false });
    expect(report.agents.map((a) => [a.agentId, a.providers.map((p) => `${p.provider}:${p.status}:${p.source}`)])).toEqual([
      ['main', ['alpha:ready:ALPHA_API_KEY']],
      ['ops', ['alpha:ready:ALPHA_API_KEY', 'beta:ready:BETA_API_KEY']],
    ]);
    // Keys only in the 0600 .env (never in the config, which is byte-for-byte unchanged: no drift).
    expect(statSync(envFile()).mode & 0o777).toBe(0o600);
    expect(statSync(gw.stateDir).mode & 0o777).toBe(0o700);
    const env = readFileSync(envFile(), 'utf8');
    expect(env).toContain(`CLAWFLEET_ALPHA_API_KEY_G1='${ALPHA_KEY}'`);
    expect(env).toContain(`CLAWFLEET_BETA_API_KEY_G1='${BETA_KEY}'`);
    expect(readFileSync(gw.configPath).equals(configBytes)).toBe(true);
    expect(scratchLeft()).toEqual([]);
    // The plan file holds refs only; it stays staged for the post step.
    expect(d.staging.files.filter((f) => f.includes('clawfleet-secrets-plan-'))).toHaveLength(1);
    const plan = readFileSync(d.staging.files.find((f) => f.includes('clawfleet-secrets-plan-')) as string, 'utf8');
    expect(plan).not.toContain(ALPHA_KEY);
    expect(plan).toContain('"id": "CLAWFLEET_ALPHA_API_KEY_G1"');
    expect(d.logger.lines.join('\n')).not.toContain(ALPHA_KEY);
  });

  test('the provisioned agents complete chat turns through the model stubs with their own keys', async () => {
    stubA.clear();
    stubB.clear();
    const main = await chatTurn(gw.url, gw.token, 'main');
    expect(main.status, main.text).toBe(200);
    expect(main.text).toContain('PONG alpha');
    const ops = await chatTurn(gw.url, gw.token, 'ops');
    expect(ops.status, ops.text).toBe(200);
    expect(ops.text).toContain('PONG beta');
    expect(stubA.requests.filter((r) => r.path === '/v1/chat/completions').every((r) => r.authorized)).toBe(true);
    expect(stubB.requests.filter((r) => r.path === '/v1/chat/completions' && r.authorized)).not.toHaveLength(0);
  });

  test('the same inputs again: nothing written, no restart, changed=false', async () => {
    const before = statSync(envFile());
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY, BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs(), d);
    expect(report.changed).toBe(false);
    expect(report.ready).toBe(true);
    expect(report.restart).toEqual({ required: false, requested: false });
    expect(report.actions).toEqual([]);
    const after = statSync(envFile());
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(gw.configPath).equals(configBytes)).toBe(true);
  });

  test('a rotated key reaches the running gateway (new generation name + in-process restart)', async () => {
    await stubA.stop();
    stubA = await startModelStub({ port: 23901, apiKey: ALPHA_KEY_2, modelId: 'm1', reply: 'PONG alpha rotated' });
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY_2, BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs(), d);
    expect(report.changed).toBe(true);
    expect(report.restart.requested).toBe(true);
    expect(report.ready).toBe(true);
    const env = readFileSync(envFile(), 'utf8');
    expect(env).toContain(`CLAWFLEET_ALPHA_API_KEY_G2='${ALPHA_KEY_2}'`);
    expect(env).not.toContain(ALPHA_KEY); // the superseded generation is gone once no ref points at it
    const main = await chatTurn(gw.url, gw.token, 'main');
    expect(main.status, main.text).toBe(200);
    expect(main.text).toContain('PONG alpha rotated');
  });

  test('dry run: reports what would change, writes nothing', async () => {
    const before = readFileSync(envFile());
    const d = deps({ ALPHA_API_KEY: 'sk-would-be-new-key-000', BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs({ dryRun: true }), d);
    expect(report.dryRun).toBe(true);
    expect(report.changed).toBe(false);
    expect(report.actions.join('\n')).toMatch(/would update .*\.env \(0 new, 1 rotated/);
    expect(readFileSync(envFile()).equals(before)).toBe(true);
    expect(d.staging.files).toEqual([]);
  });

  test('without a gateway URL the step reports that a restart is required', async () => {
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY_2, BETA_API_KEY: BETA_KEY, GAMMA: 'sk-gamma-1111111111' });
    const report = await provision(inputs({ gateways: [], profiles: 'ops:\n  beta: GAMMA\n', verify: false }), d);
    expect(report.restart).toMatchObject({ required: true, requested: false });
    expect(report.warnings.join('\n')).toMatch(/must restart to load 1 new credential variable/);
    expect(report.ready).toBe(false);
  });

  test('a gateway left running without on-disk credentials is restarted once and then verified', async () => {
    // The previous run wrote GAMMA's variable but could not restart the gateway; the files are complete.
    const d = deps({ ALPHA_API_KEY: ALPHA_KEY_2, BETA_API_KEY: BETA_KEY, GAMMA: 'sk-gamma-1111111111' });
    const report = await provision(inputs({ profiles: 'ops:\n  beta: GAMMA\n' }), d);
    expect(report.actions).toEqual([expect.stringMatching(/restarted gateway .*: it was running without credentials that are on disk/)]);
    expect(report.restart.requested).toBe(true);
    expect(report.ready).toBe(true);
  });

  test('the action entry (INPUT_* env): outputs, job summary, 0600 report; the post step removes the staged plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-action-'));
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_STATE: join(dir, 'state') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    Object.assign(process.env, files, {
      INPUT_CONFIG: gw.configPath,
      'INPUT_STATE-DIR': gw.stateDir,
      INPUT_OPENCLAW: OPENCLAW,
      'INPUT_GATEWAY-URL': gw.url,
      'INPUT_GATEWAY-TOKEN-ENV': 'PROV_GW_TOKEN',
      PROV_GW_TOKEN: gw.token,
      ALPHA_API_KEY: ALPHA_KEY_2,
      BETA_API_KEY: BETA_KEY,
    });
    const report = await run();
    expect(report?.ready).toBe(true);
    const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
    expect(outputs).toMatch(/^ready<<(.+)\ntrue\n\1$/m);
    expect(outputs).toMatch(/^restart-required<<(.+)\nfalse\n\1$/m);
    const reportFile = /^report-file<<(.+)\n(.*)\n\1$/m.exec(outputs)?.[2] as string;
    expect(statSync(reportFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toMatchObject({ action: 'provision-auth-profiles', ready: true, mode: 'local' });
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### provision-auth-profiles: ✅ every agent has working credentials');
    expect(summary).toContain('| ops | beta | ✅ ready | `BETA_API_KEY` |');
    for (const text of [outputs, summary, readFileSync(reportFile, 'utf8')]) {
      expect(text).not.toContain(ALPHA_KEY_2);
      expect(text).not.toContain(BETA_KEY);
      expect(text).not.toContain(gw.token);
    }
    // Post: the saved state names the plan file; the post step removes it.
    const state = readFileSync(files.GITHUB_STATE, 'utf8');
    const staged = /^staged<<(.+)\n([\s\S]*?)\n\1$/m.exec(state)?.[2] as string;
    const plan = (JSON.parse(staged) as { files: string[] }).files.find((f) => f.includes('clawfleet-secrets-plan-'));
    // (The previous test pointed ops/beta at GAMMA, so this run applies a plan again.)
    expect(plan).toBeDefined();
    expect(existsSync(plan as string)).toBe(true);
    const post = await runPost({ state: () => staged, info: () => undefined });
    expect(post.removedFiles).toContain(plan);
    expect(existsSync(plan as string)).toBe(false);
  });
});
