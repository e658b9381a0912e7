import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  KEYLESS_PROVIDERS,
  LOGIN_PROVIDERS,
  PROVIDER_AUTH_ALIASES,
  PROVIDER_ENV_VARS,
  classifyProvider,
  conventionalEnvName,
  isLocalProviderBaseUrl,
} from '../../src/provision/providers.js';

describe('isLocalProviderBaseUrl (OpenClaw treats these providers as keyless)', () => {
  test.each([
    ['http://localhost:8000/v1', true],
    ['http://127.0.0.1:1/v1', true],
    ['http://127.9.9.9/v1', true],
    ['http://[::1]:8000/v1', true],
    ['http://0.0.0.0/v1', true],
    ['http://10.1.2.3/v1', true],
    ['http://172.16.0.1/v1', true],
    ['http://172.32.0.1/v1', false],
    ['http://192.168.0.5/v1', true],
    ['http://gpu.local/v1', true],
    ['http://host.docker.internal:11434', true],
    ['http://vm:8000/v1', false],
    ['https://api.example.com/v1', false],
    ['not a url', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalProviderBaseUrl(url)).toBe(local);
  });
});

describe('classifyProvider', () => {
  test('default env names: <PROVIDER>_API_KEY first, then the documented ones', () => {
    expect(classifyProvider('google', {}).envCandidates).toEqual(['GOOGLE_API_KEY', 'GEMINI_API_KEY']);
    expect(classifyProvider('anthropic', {}).envCandidates).toEqual(['ANTHROPIC_API_KEY']);
    expect(classifyProvider('z.ai', {}).envCandidates).toEqual(['Z_AI_API_KEY']);
    expect(conventionalEnvName('opencode-go')).toBe('OPENCODE_GO_API_KEY');
  });
  test('a store ref makes its entry name the first candidate', () => {
    const a = classifyProvider('alpha', { models: { providers: { Alpha: { baseUrl: 'https://a.example', api: 'openai-completions', models: [{ id: 'm' }], apiKey: { source: 'store', provider: 'default', id: 'TEAM_ALPHA' } } } } });
    expect(a).toMatchObject({ cls: 'store-ref', storeName: 'TEAM_ALPHA' });
    expect(a.envCandidates[0]).toBe('TEAM_ALPHA');
  });
  test('auth "token" on a custom local provider still needs a credential', () => {
    expect(classifyProvider('t', { models: { providers: { t: { baseUrl: 'http://127.0.0.1/v1', api: 'openai-completions', models: [{ id: 'm' }], auth: 'token' } } } }).cls).toBe('api-key');
  });
  test('a custom provider without models is not treated as local', () => {
    expect(classifyProvider('t', { models: { providers: { t: { baseUrl: 'http://127.0.0.1/v1', api: 'openai-completions' } } } }).cls).toBe('api-key');
  });
});

/**
 * Drift check: the tables in providers.ts come from the bundled plugin manifests of the pinned OpenClaw.
 * When OpenClaw is bumped and a manifest changes, this fails and names what to update.
 */
describe('provider tables match the pinned OpenClaw manifests', () => {
  // The pinned devDependency (package.json does not export its package.json, so resolve by path).
  const root = resolve(import.meta.dirname, '../../node_modules/openclaw');
  const extDir = join(root, 'dist', 'extensions');
  const manifests = readdirSync(extDir).flatMap((d) => {
    try {
      return [JSON.parse(readFileSync(join(extDir, d, 'openclaw.plugin.json'), 'utf8')) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

  test('api-key env vars per provider', () => {
    const fromManifests: Record<string, string[]> = {};
    for (const m of manifests) {
      const choices = (m['providerAuthChoices'] as Array<{ provider: string; method: string }> | undefined) ?? [];
      const setup = ((m['setup'] as { providers?: Array<{ id: string; envVars?: string[] }> } | undefined)?.providers ?? []);
      for (const p of setup) {
        const isModelProvider = ((m['providers'] as string[] | undefined) ?? []).includes(p.id) || choices.some((c) => c.provider === p.id);
        if (!isModelProvider) continue;
        const vars = (p.envVars ?? []).filter((v) => !/OAUTH_TOKEN$|REGION$/.test(v));
        if (vars.length && !LOGIN_PROVIDERS.has(p.id) && !KEYLESS_PROVIDERS.has(p.id)) fromManifests[p.id] = vars;
      }
    }
    expect(PROVIDER_ENV_VARS).toEqual(fromManifests);
  });

  test('auth aliases', () => {
    const aliases: Record<string, string> = {};
    for (const m of manifests) Object.assign(aliases, (m['providerAuthAliases'] as Record<string, string> | undefined) ?? {});
    expect(PROVIDER_AUTH_ALIASES).toEqual(aliases);
  });

  test('keyless providers are synthetic-auth or local-method providers', () => {
    const synthetic = new Set(manifests.flatMap((m) => (m['syntheticAuthRefs'] as string[] | undefined) ?? []));
    const local = new Set(manifests.flatMap((m) => ((m['providerAuthChoices'] as Array<{ provider: string; method: string }> | undefined) ?? []).filter((c) => c.method === 'local').map((c) => c.provider)));
    for (const p of KEYLESS_PROVIDERS) expect(synthetic.has(p) || local.has(p), p).toBe(true);
  });

  test('login providers offer no api-key sign-in', () => {
    const methods = new Map<string, string[]>();
    for (const m of manifests) for (const c of (m['providerAuthChoices'] as Array<{ provider: string; method: string }> | undefined) ?? []) methods.set(c.provider, [...(methods.get(c.provider) ?? []), c.method]);
    for (const p of LOGIN_PROVIDERS) expect(methods.get(p) ?? [], p).not.toContain('api-key');
  });
});
