import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { getInputs } from '../../src/actions/provision-auth-profiles/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const base = { config: 'openclaw.json' };
const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/rt' };

describe('getInputs', () => {
  test('defaults', () => {
    const i = getInputs(reader(base), env, new SecretRegistry());
    expect(i).toMatchObject({
      configFile: '/ws/openclaw.json',
      gatewayConfigFile: '/ws/openclaw.json',
      mode: 'local',
      stateDir: join(homedir(), '.openclaw'),
      openclaw: 'openclaw',
      gateways: [],
      restart: 'auto',
      remoteConfig: 'require',
      verify: true,
      requireReady: true,
      dryRun: false,
      tempDir: '/rt',
      timeoutMs: 180_000,
    });
  });

  test('state dir from OPENCLAW_STATE_DIR, then the input (with ~)', () => {
    expect(getInputs(reader(base), { ...env, OPENCLAW_STATE_DIR: '/srv/oc' }, new SecretRegistry()).stateDir).toBe('/srv/oc');
    expect(getInputs(reader({ ...base, 'state-dir': '~/gw' }), env, new SecretRegistry()).stateDir).toBe(join(homedir(), 'gw'));
  });

  test('gateway URL + token env: token registered as a secret', () => {
    const registry = new SecretRegistry();
    const i = getInputs(reader({ ...base, 'gateway-url': 'http://127.0.0.1:18789/', 'gateway-token-env': 'GW_TOK' }), { ...env, GW_TOK: 'tok-secret-123' }, registry);
    expect(i.gateways).toEqual([{ id: '127.0.0.1:18789', url: 'http://127.0.0.1:18789', token: 'tok-secret-123' }]);
    expect(i.tokenEnvs).toEqual({ '127.0.0.1:18789': 'GW_TOK' });
    expect(registry.has('tok-secret-123')).toBe(true);
  });

  test('inventory: selected instances with their token env vars', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inv-'));
    const file = join(dir, 'inventory.json5');
    writeFileSync(file, JSON.stringify({ instances: [{ id: 'gw-1', url: 'http://127.0.0.1:1' }, { id: 'gw-2', url: 'http://127.0.0.1:2', tokenEnv: 'GW2_TOKEN' }] }));
    const i = getInputs(reader({ ...base, mode: 'remote', inventory: file, instances: 'gw-2' }), { ...env, GW2_TOKEN: 't2' }, new SecretRegistry());
    expect(i.gateways).toEqual([{ id: 'gw-2', url: 'http://127.0.0.1:2', token: 't2' }]);
  });

  test.each([
    [{}, /The input 'config' is required/],
    [{ ...base, mode: 'cloud' }, /The value 'cloud' is not valid for 'mode'. Valid values are: \[local, remote\]./],
    [{ ...base, verify: 'yes' }, /The value 'yes' is not valid for 'verify'. Valid values are: \[true, false\]./],
    [{ ...base, 'timeout-seconds': '1e9' }, /'timeout-seconds'. Expected a whole number between 10 and 3600/],
    [{ ...base, mode: 'remote' }, /mode 'remote' needs a gateway/],
    [{ ...base, 'gateway-url': 'http://a', inventory: 'inv.yml' }, /either 'gateway-url' or 'inventory', not both/],
    [{ ...base, instances: 'gw-1' }, /'instances' selects from an inventory/],
    [{ ...base, 'gateway-url': 'ftp://x' }, /'gateway-url'. Expected an http\(s\) URL/],
    [{ ...base, 'gateway-url': 'https://user:pw@gw.example' }, /without credentials/],
    [{ ...base, 'gateway-url': 'http://gw' }, /The gateway token variable OPENCLAW_GATEWAY_TOKEN is empty or unset/],
    [{ ...base, 'gateway-token-env': 'lower' }, /'gateway-token-env'. Expected the NAME/],
    [{ ...base, 'gateway-token-env': 'X' }, /'gateway-token-env' goes with 'gateway-url'/],
    [{ ...base, 'openclaw-version': 'latest' }, /The value 'latest' is not valid for 'openclaw-version'/],
    [{ ...base, restart: 'always' }, /Valid values are: \[auto, never\]/],
    [{ ...base, 'remote-config': 'force' }, /Valid values are: \[require, patch\]/],
  ])('%j → %s', (values, message) => {
    expect(() => getInputs(reader(values as Record<string, string>), env, new SecretRegistry())).toThrow(message);
  });
});
