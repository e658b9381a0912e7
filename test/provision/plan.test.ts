import { describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { computeNeeds } from '../../src/provision/needs.js';
import { buildLegacyAuthProfiles, buildSecretsPlan, envRefProvider, selectStoreFormat, SQLITE_ONLY_VERSION } from '../../src/provision/plan.js';
import { parseProfiles, resolveProfiles } from '../../src/provision/profiles.js';
import { fingerprint, planStoreEntries } from '../../src/provision/remote.js';

describe('secrets apply plan (docs/gateway/secrets-plan-contract.md)', () => {
  test('one auth-profile target per agent/provider, env refs only, sorted, scrub passes off', () => {
    const plan = buildSecretsPlan(
      [
        { agentId: 'ops', provider: 'beta', envName: 'CLAWFLEET_B_G1' },
        { agentId: 'main', provider: 'alpha', envName: 'CLAWFLEET_A_G1' },
      ],
      'default',
    );
    expect(plan).toEqual({
      version: 1,
      protocolVersion: 1,
      scrubEnv: false,
      scrubAuthProfilesForProviderTargets: false,
      targets: [
        {
          type: 'auth-profiles.api_key.key',
          path: 'profiles.alpha:clawfleet.key',
          pathSegments: ['profiles', 'alpha:clawfleet', 'key'],
          agentId: 'main',
          authProfileProvider: 'alpha',
          ref: { source: 'env', provider: 'default', id: 'CLAWFLEET_A_G1' },
        },
        {
          type: 'auth-profiles.api_key.key',
          path: 'profiles.beta:clawfleet.key',
          pathSegments: ['profiles', 'beta:clawfleet', 'key'],
          agentId: 'ops',
          authProfileProvider: 'beta',
          ref: { source: 'env', provider: 'default', id: 'CLAWFLEET_B_G1' },
        },
      ],
    });
  });

  test('the env ref provider follows secrets.defaults.env', () => {
    expect(envRefProvider({})).toBe('default');
    expect(envRefProvider({ secrets: { defaults: { env: 'hostenv' } } })).toBe('hostenv');
  });
});

describe('selectStoreFormat: auth-profiles.json only when the version says so', () => {
  test.each([
    [undefined, undefined, 'sqlite'],
    ['2026.9.6', undefined, 'sqlite'],
    ['2026.4.1', '2026.5.0', 'legacy-json'],
    ['2026.5.0', '2026.5.0', 'sqlite'],
    ['2026.5.0-beta.2', '2026.5.0', 'legacy-json'],
    ['2026.9.6', SQLITE_ONLY_VERSION, 'sqlite'],
  ])('target %s, legacy below %s → %s', (target, below, want) => {
    expect(selectStoreFormat(target, below)).toBe(want);
  });

  test.each([
    ['2026.1.0', '2026.10.0', /2026\.9\.6 already ignores auth-profiles\.json/],
    [undefined, '2026.5.0', /target OpenClaw version is unknown/],
    ['2026.1.0', 'soon', /'soon' is not valid for 'legacy-auth-profiles-below'/],
    ['latest', '2026.5.0', /'latest' is not valid for 'openclaw-version'/],
  ])('refuses target %s with threshold %s', (target, below, want) => {
    expect(() => selectStoreFormat(target, below)).toThrow(want);
  });

  test('legacy file: keyRefs only, existing profiles kept, stable order', () => {
    const existing = { version: 1, profiles: { 'zeta:manual': { type: 'api_key', provider: 'zeta', key: 'operator-owned' }, 'alpha:clawfleet': { type: 'api_key', provider: 'alpha', key: 'stale' } } };
    const text = buildLegacyAuthProfiles(existing, [{ agentId: 'main', provider: 'alpha', envName: 'CLAWFLEET_A_G2' }], 'default');
    expect(JSON.parse(text)).toEqual({
      version: 1,
      profiles: {
        'alpha:clawfleet': { type: 'api_key', provider: 'alpha', keyRef: { source: 'env', provider: 'default', id: 'CLAWFLEET_A_G2' } },
        'zeta:manual': { type: 'api_key', provider: 'zeta', key: 'operator-owned' },
      },
    });
    expect(Object.keys(JSON.parse(text).profiles)).toEqual(['alpha:clawfleet', 'zeta:manual']);
    expect(buildLegacyAuthProfiles(JSON.parse(text), [{ agentId: 'main', provider: 'alpha', envName: 'CLAWFLEET_A_G2' }], 'default')).toBe(text);
  });
});

describe('remote: secret-store plan', () => {
  const remote = (id: string, extra: Record<string, unknown> = {}) => ({ baseUrl: `https://${id}.example.com/v1`, api: 'openai-completions', models: [{ id: 'm' }], ...extra });
  const storeRef = (id: string) => ({ apiKey: { source: 'store', provider: 'default', id } });
  const config = {
    models: { providers: { alpha: remote('alpha', storeRef('TEAM_ALPHA')), beta: remote('beta') } },
    agents: { entries: { main: { model: 'alpha/m' }, ops: { model: { primary: 'beta/m', fallbacks: ['alpha/m'] } } } },
  };
  const needs = computeNeeds(config).agents;
  const env = { TEAM_ALPHA: 'a', BETA_API_KEY: 'b', OTHER: 'o' };

  test('config refs are used as store names; missing refs fail with the fragment to add (require)', () => {
    const resolved = resolveProfiles(needs, parseProfiles(''), env, new SecretRegistry());
    const r = planStoreEntries(config, needs, resolved, { onlyStoreRefs: false, remoteConfig: 'require' });
    expect(r.entries).toEqual([
      { provider: 'alpha', storeName: 'TEAM_ALPHA', storeAlias: 'default', sourceEnv: 'TEAM_ALPHA', agents: ['main', 'ops'], inConfig: true },
      { provider: 'beta', storeName: 'BETA_API_KEY', storeAlias: 'default', sourceEnv: 'BETA_API_KEY', agents: ['ops'], inConfig: false },
    ]);
    expect(r.problems).toEqual([expect.stringContaining('{"models":{"providers":{"beta":{"apiKey":{"source":"store","provider":"default","id":"BETA_API_KEY"}}}}}')]);
    expect(planStoreEntries(config, needs, resolved, { onlyStoreRefs: false, remoteConfig: 'patch' }).problems).toEqual([]);
    expect(planStoreEntries(config, needs, resolved, { onlyStoreRefs: true, remoteConfig: 'require' }).entries.map((e) => e.provider)).toEqual(['alpha']);
  });

  test('two agents with different secrets for one provider are refused in remote mode', () => {
    const resolved = resolveProfiles(needs, parseProfiles('ops:\n  alpha: OTHER\n'), env, new SecretRegistry());
    const r = planStoreEntries(config, needs, resolved, { onlyStoreRefs: false, remoteConfig: 'patch' });
    expect(r.problems).toEqual([expect.stringMatching(/provider "alpha": agents main use TEAM_ALPHA but agent "ops" uses OTHER\. .*mode: local/)]);
  });

  test('fingerprints depend on token, name and value, and never contain the value', () => {
    const fp = fingerprint('tok', 'N', 'sk-secret-value');
    expect(fp).toMatch(/^v1:[A-Za-z0-9_-]{43}$/);
    expect(fp).not.toContain('sk-secret-value');
    expect(fingerprint('tok', 'N', 'sk-secret-value')).toBe(fp);
    expect(fingerprint('tok2', 'N', 'sk-secret-value')).not.toBe(fp);
    expect(fingerprint('tok', 'M', 'sk-secret-value')).not.toBe(fp);
    expect(fingerprint('tok', 'N', 'sk-secret-valuf')).not.toBe(fp);
  });
});
