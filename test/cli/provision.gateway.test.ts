/**
 * `clawfleet provision` happy path on a real gateway (local mode, as on the gateway's host): the gateway runs
 * a config whose agents use a provider that needs a key it does not have; the command writes the key's
 * variable, applies the refs, restarts the gateway over RPC and verifies — exit 0 and a JSON report saying
 * ready. Then a chat turn proves the agent really reaches its model with the key; a second run changes
 * nothing (exit 0, no restart); a missing key fails (exit 1) before any write.
 * Ports: gateway 24840 (derived up to 24950), model stub 24836.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveOpenclawEntry, startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { runCli } from '../../src/cli/cli.js';
import { loopbackHostname } from '../../src/demo/scenario.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import type { ProvisionReport } from '../../src/provision/types.js';
import { chatViaApi } from '../../src/smoke/chat.js';
import { Deadline } from '../../src/smoke/deadline.js';

const GW_PORT = 24840;
const STUB_PORT = 24836;

function io(env: NodeJS.ProcessEnv, cwd: string) {
  let out = '';
  let err = '';
  return {
    ctx: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env, cwd },
    out: () => out,
    err: () => err,
  };
}

describe('clawfleet provision (real gateway, local mode)', () => {
  let fleet: Fleet;
  let stub: ModelStub;
  let dir: string;
  const key = `sk-prov-${randomBytes(16).toString('hex')}`;
  let env: NodeJS.ProcessEnv;
  let args: string[];

  beforeAll(async () => {
    const host = await loopbackHostname();
    stub = await startModelStub({ port: STUB_PORT, apiKey: key, modelId: 'demo-model', reply: 'PONG from the provisioned model' });
    // The provider is on a hostname, not a loopback IP literal: OpenClaw treats the latter as keyless.
    const provider = { baseUrl: `http://${host}:${STUB_PORT}/v1`, api: 'openai-completions', models: [{ id: 'demo-model', name: 'Demo model' }], request: { allowPrivateNetwork: true } };
    const modelConfig = { models: { providers: { stub: provider } }, agents: { defaults: { model: { primary: 'stub/demo-model' } } } };
    fleet = await startFleet({ count: 1, basePort: GW_PORT, idPrefix: 'prov', tokenEnvPrefix: 'PROV_', config: () => modelConfig });
    dir = mkdtempSync(join(tmpdir(), 'clawfleet-provision-cli-'));
    writeFileSync(join(dir, 'openclaw.json5'), JSON.stringify(modelConfig, null, 2));
    writeFileSync(join(dir, 'profiles.yaml'), '"*":\n  stub: CF_PROV_STUB_KEY\n');
    const g = fleet.gateways[0]!;
    env = { PATH: process.env['PATH'], HOME: join(fleet.dir, 'home'), CF_PROV_STUB_KEY: key, [g.tokenEnv]: g.token, RUNNER_TEMP: dir };
    args = ['provision', '--config', 'openclaw.json5', '--profiles', 'profiles.yaml', '--mode', 'local', '--state-dir', g.stateDir, '--gateway-config', g.configPath, '--openclaw', resolveOpenclawEntry(), '--gateway-url', g.url, '--gateway-token-env', g.tokenEnv, '--json'];
  }, 240_000);

  afterAll(async () => {
    await fleet?.stop();
    await stub?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  test('provisions, restarts the gateway and verifies: exit 0, ready, no secret in the output', async () => {
    const t = io(env, dir);
    const code = await runCli(args, t.ctx);
    expect(code, t.err().slice(-3000)).toBe(0);
    const report = JSON.parse(t.out()) as ProvisionReport;
    expect(report).toMatchObject({ action: 'provision-auth-profiles', mode: 'local', dryRun: false, changed: true, ready: true, verified: true });
    expect(report.restart).toMatchObject({ requested: true });
    expect(report.agents.flatMap((a) => a.providers.map((p) => [a.agentId, p.provider, p.status]))).toEqual([['main', 'stub', 'ready']]);
    const g = fleet.gateways[0]!;
    expect(statSync(join(g.stateDir, '.env')).mode & 0o777).toBe(0o600);
    for (const secret of [key, g.token]) expect(t.out() + t.err()).not.toContain(secret);
    // Nothing staged is left behind: the secrets-apply plan (RUNNER_TEMP) and the scratch config copy.
    expect(readdirSync(dir).filter((f) => f.startsWith('clawfleet-secrets-plan-'))).toEqual([]);
    expect(readdirSync(join(g.configPath, '..')).filter((f) => f.startsWith('.clawfleet-apply-'))).toEqual([]);
  }, 240_000);

  test('the agent now reaches its model with the key (a chat turn through the gateway)', async () => {
    const g = fleet.gateways[0]!;
    const deadline = new Deadline(200_000);
    try {
      const r = await chatViaApi({
        url: g.url,
        token: g.token,
        deadline,
        callTimeoutMs: 15_000,
        pairing: { client: createGatewayClient({ id: g.id, url: g.url, token: g.token }, { timeoutMs: 15_000 }), timeoutMs: () => 15_000, approve: false },
        spec: { prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: 180_000 },
      });
      expect(r.status, r.summary).toBe('pass');
    } finally {
      deadline.dispose();
    }
    // The stub accepted the key the gateway sent (it answers 401 to any other).
    expect(stub.requests.some((q) => q.path.endsWith('/chat/completions') && q.status === 200)).toBe(true);
  }, 240_000);

  test('a second run changes nothing and does not restart (exit 0)', async () => {
    const t = io(env, dir);
    const code = await runCli(args, t.ctx);
    expect(code, t.err().slice(-3000)).toBe(0);
    const report = JSON.parse(t.out()) as ProvisionReport;
    expect(report).toMatchObject({ changed: false, ready: true });
    expect(report.restart.requested).toBe(false);
  }, 240_000);

  test('the key variable unset: exit 1 naming it, before any write', async () => {
    const g = fleet.gateways[0]!;
    const before = readFileSync(join(g.stateDir, '.env'), 'utf8');
    const { CF_PROV_STUB_KEY: _dropped, ...without } = env;
    const t = io(without, dir);
    const code = await runCli(args, t.ctx);
    expect(code).toBe(1);
    expect(t.err()).toMatch(/CF_PROV_STUB_KEY/);
    expect(readFileSync(join(g.stateDir, '.env'), 'utf8')).toBe(before);
  }, 120_000);
});
