/**
 * Remote provisioning against a real OpenClaw 2026.9.6 gateway, reached through a proxy that makes this
 * client look non-loopback (X-Forwarded-For + `gateway.trustedProxies`), so the run takes the path a real
 * remote runner takes: the shared token alone grants no scopes on the WebSocket; the action pairs an
 * ephemeral device, approves it over admin HTTP RPC, uses the secret store, and unpairs it again.
 * Ports: gateway 23120, stubs 23903/23904, proxy 23950.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFleet, type Fleet, type LaunchedGateway } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { UserError } from '../../src/common/errors.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { OperatorSession } from '../../src/provision/operator-session.js';
import { provision } from '../../src/provision/provision.js';
import type { ProvisionInputs } from '../../src/provision/types.js';
import { chatTurn, loopbackHostname, recordingLogger, recordingStaging, startForwardedForProxy, stubProvider } from './helpers.js';

const ALPHA_KEY = 'sk-remote-alpha-canary-111111';
const BETA_KEY = 'sk-remote-beta-canary-222222';
const ALPHA_KEY_2 = 'sk-remote-alpha-rotated-333333';

let fleet: Fleet;
let gw: LaunchedGateway;
let stubA: ModelStub;
let stubB: ModelStub;
let proxy: Awaited<ReturnType<typeof startForwardedForProxy>>;
let host: string;

beforeAll(async () => {
  host = await loopbackHostname();
  stubA = await startModelStub({ port: 23903, apiKey: ALPHA_KEY, modelId: 'm1', reply: 'PONG alpha' });
  stubB = await startModelStub({ port: 23904, apiKey: BETA_KEY, modelId: 'm2', reply: 'PONG beta' });
  fleet = await startFleet({
    count: 1,
    basePort: 23120,
    idPrefix: 'prov-remote',
    config: () => ({
      gateway: { trustedProxies: ['127.0.0.1'], http: { endpoints: { chatCompletions: { enabled: true } } } },
      models: {
        providers: {
          // alpha: the config in git already references the secret store; beta: it does not.
          alpha: stubProvider(host, stubA.port, 'm1', { apiKey: { source: 'store', provider: 'default', id: 'TEAM_ALPHA' } }),
          beta: stubProvider(host, stubB.port, 'm2'),
        },
      },
      agents: {
        ownership: 'explicit',
        defaults: { systemAgent: { agentId: 'main' } },
        entries: { main: { model: 'alpha/m1' }, ops: { model: { primary: 'beta/m2', fallbacks: ['alpha/m1'] } } },
      },
    }),
  });
  gw = fleet.gateways[0] as LaunchedGateway;
  proxy = await startForwardedForProxy(23950, gw.port);
}, 240_000);

afterAll(async () => {
  await proxy?.stop();
  await fleet?.stop();
  await stubA?.stop();
  await stubB?.stop();
});

let gitConfig: string;
function inputs(over: Partial<ProvisionInputs> = {}): ProvisionInputs {
  return {
    configFile: gitConfig,
    profiles: '',
    mode: 'remote',
    stateDir: '/nonexistent-state-dir',
    gatewayConfigFile: gitConfig,
    openclaw: '/nonexistent/openclaw',
    gateways: [{ id: gw.id, url: `http://127.0.0.1:${proxy.port}`, token: gw.token }],
    restart: 'auto',
    openclawVersion: undefined,
    legacyBelow: undefined,
    remoteConfig: 'require',
    verify: true,
    dryRun: false,
    tempDir: process.env['RUNNER_TEMP'] as string,
    timeoutMs: 120_000,
    ...over,
  };
}
function deps(env: Record<string, string>) {
  return { env, logger: recordingLogger(), registry: new SecretRegistry(), staging: recordingStaging() };
}
const admin = () => createGatewayClient({ id: gw.id, url: gw.url, token: gw.token });

describe('provision-auth-profiles, remote mode, real gateway behind a non-loopback proxy', { timeout: 300_000 }, () => {
  test('before provisioning the agents cannot answer', async () => {
    gitConfig = gw.configPath;
    const r = await chatTurn(gw.url, gw.token, 'main');
    expect(r.status).not.toBe(200);
  });

  test('remote-config require: fails before any RPC, printing the fragment to add in git', async () => {
    const before = proxy.connections();
    const err = await provision(inputs(), deps({ TEAM_ALPHA: ALPHA_KEY, BETA_API_KEY: BETA_KEY })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('{"models":{"providers":{"beta":{"apiKey":{"source":"store","provider":"default","id":"BETA_API_KEY"}}}}}');
    expect((err as Error).message).toMatch(/nothing was written/);
    expect(proxy.connections()).toBe(before);
  });

  test('patch: stores both keys, adds the missing ref, pairs and unpairs a device; every agent ready', async () => {
    const d = deps({ TEAM_ALPHA: ALPHA_KEY, BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs({ remoteConfig: 'patch' }), d);
    expect(report.instances[0]?.error).toBeUndefined();
    expect(report.ready).toBe(true);
    expect(report.changed).toBe(true);
    expect(report.agents.map((a) => [a.agentId, a.providers.map((p) => `${p.provider}:${p.status}`)])).toEqual([
      ['main', ['alpha:ready']],
      ['ops', ['alpha:ready', 'beta:ready']],
    ]);
    expect(report.warnings.join('\n')).toMatch(/running config now differs from the config in git \(store refs for beta\)/);
    // The pairing path was taken, and the temporary device is gone again.
    expect(d.logger.lines.join('\n')).toMatch(/approved the pairing of a temporary device/);
    expect(d.staging.devices).toHaveLength(1);
    const pairs = (await admin().call('device.pair.list', {})) as { paired?: Array<{ deviceId: string }>; pending?: Array<{ deviceId: string }> };
    expect([...(pairs.paired ?? []), ...(pairs.pending ?? [])].map((p) => p.deviceId)).not.toContain(d.staging.devices[0]);
    // Keys live in the gateway's store, never in its config file.
    const cfg = readFileSync(gw.configPath, 'utf8');
    expect(cfg).not.toContain(ALPHA_KEY);
    expect(cfg).not.toContain(BETA_KEY);
    expect(JSON.parse(cfg).models.providers.beta.apiKey).toEqual({ source: 'store', provider: 'default', id: 'BETA_API_KEY' });
  });

  test('the agents complete chat turns with the stored keys (no restart needed)', async () => {
    const main = await chatTurn(gw.url, gw.token, 'main');
    expect(main.status, main.text).toBe(200);
    expect(main.text).toContain('PONG alpha');
    const ops = await chatTurn(gw.url, gw.token, 'ops');
    expect(ops.status, ops.text).toBe(200);
    expect(ops.text).toContain('PONG beta');
  });

  test('the same inputs again: fingerprints match, nothing written, changed=false', async () => {
    const d = deps({ TEAM_ALPHA: ALPHA_KEY, BETA_API_KEY: BETA_KEY });
    const report = await provision(inputs({ remoteConfig: 'patch' }), d);
    expect(report.changed).toBe(false);
    expect(report.ready).toBe(true);
    expect(report.actions).toEqual([]);
  });

  test('the store holds the secrets (write-only) and their fingerprints, never a value in clear', async () => {
    const registry = new SecretRegistry();
    const session = await OperatorSession.open({
      instanceId: gw.id,
      url: gw.url,
      token: gw.token,
      registry,
      approve: async (requestId) => {
        await admin().call('device.pair.approve', { requestId });
      },
    });
    try {
      const list = await session.call<{ entries: Array<{ name: string; kind: string; value?: string }> }>('secrets.store.list', {});
      const byName = new Map(list.entries.map((e) => [e.name, e]));
      expect(byName.get('TEAM_ALPHA')).toMatchObject({ kind: 'secret' });
      expect(byName.get('TEAM_ALPHA')?.value).toBeUndefined();
      expect(byName.get('CLAWFLEET_FP_TEAM_ALPHA')?.value).toMatch(/^v1:/);
      expect(JSON.stringify(list)).not.toContain(ALPHA_KEY);
    } finally {
      session.close();
      await admin().call('device.pair.remove', { deviceId: session.deviceId }).catch(() => undefined);
    }
  });

  test('a rotated key takes effect at once', async () => {
    await stubA.stop();
    stubA = await startModelStub({ port: 23903, apiKey: ALPHA_KEY_2, modelId: 'm1', reply: 'PONG alpha rotated' });
    const report = await provision(inputs({ remoteConfig: 'patch' }), deps({ TEAM_ALPHA: ALPHA_KEY_2, BETA_API_KEY: BETA_KEY }));
    expect(report.changed).toBe(true);
    expect(report.actions.join('\n')).toMatch(/set secret-store entry TEAM_ALPHA/);
    const main = await chatTurn(gw.url, gw.token, 'main');
    expect(main.status, main.text).toBe(200);
    expect(main.text).toContain('PONG alpha rotated');
  });

  test('a wrong token: the instance fails as unauthorized, the token appears nowhere', async () => {
    const bad = 'wrong-token-canary-abcdefghijkl';
    const d = deps({ TEAM_ALPHA: ALPHA_KEY_2, BETA_API_KEY: BETA_KEY });
    d.registry.add(bad);
    const report = await provision(inputs({ remoteConfig: 'patch', gateways: [{ id: gw.id, url: `http://127.0.0.1:${proxy.port}`, token: bad }] }), d);
    expect(report.ready).toBe(false);
    expect(report.instances[0]?.error).toMatch(/unauthori[sz]ed|401|AUTH|token/i);
    expect(JSON.stringify(report)).not.toContain(bad);
    expect(JSON.stringify(report)).not.toContain(ALPHA_KEY_2);
  });
});
