import { describe, expect, it } from 'vitest';
import { checkCredentials, degradedSecretOwners, modelUses, parseAuthStatus, providerOfRef, providerVerdict } from '../../src/smoke/credentials.js';
import type { GatewayClient } from '../../src/fleet/types.js';

/** The payload measured on OpenClaw 2026.9.6 for a gateway whose `fake` provider has a key in the config. */
const MEASURED = {
  ts: 1795298579988,
  providers: [{ provider: 'fake', authProvider: 'fake', displayName: 'fake', status: 'static', profiles: [], apiKey: { source: 'config' } }],
  providerCapabilities: [
    { provider: 'anthropic', apiKeySupported: true, quickApiKeySetup: true },
    { provider: 'ollama', apiKeySupported: false, quickApiKeySetup: false },
    { provider: 'github-copilot', apiKeySupported: false, quickApiKeySetup: false, loginOptions: [{ id: 'github-copilot/github-copilot', kind: 'device-code' }] },
  ],
};

describe('modelUses', () => {
  it('defaults apply to every agent; an entry overrides; aliases resolve', () => {
    const config = {
      agents: {
        defaults: {
          model: { primary: 'fake/fake-model', fallbacks: ['anthropic/claude-sonnet-4-5'] },
          utilityModel: 'openai/gpt-mini',
          models: { 'anthropic/claude-sonnet-4-5': { alias: 'sonnet' } },
        },
        entries: { main: {}, research: { model: 'sonnet' } },
      },
    };
    const uses = modelUses(config, ['main']);
    expect(uses).toEqual([
      { agentId: 'main', role: 'primary', ref: 'fake/fake-model', provider: 'fake' },
      { agentId: 'main', role: 'fallback', ref: 'anthropic/claude-sonnet-4-5', provider: 'anthropic' },
      { agentId: 'main', role: 'utility', ref: 'openai/gpt-mini', provider: 'openai' },
      { agentId: 'research', role: 'primary', ref: 'sonnet', provider: 'anthropic' },
      { agentId: 'research', role: 'utility', ref: 'openai/gpt-mini', provider: 'openai' },
    ]);
  });

  it('the implicit default agent is covered; an unresolvable ref has no provider', () => {
    expect(modelUses({ agents: { defaults: { model: 'mystery' } } }, [])).toEqual([{ agentId: 'main', role: 'primary', ref: 'mystery' }]);
    expect(providerOfRef('  OpenRouter/x ', [])).toBe('openrouter');
  });
});

describe('providerVerdict on the measured payload', () => {
  const auth = parseAuthStatus(MEASURED);
  it.each([
    ['fake', 'ready'],
    ['anthropic', 'missing'], // in use but absent: measured — absence means no credential source
    ['ollama', 'keyless'], // a local provider that takes no key
    ['github-copilot', 'missing'], // needs a login
  ] as const)('%s → %s', (p, want) => expect(providerVerdict(p, auth).verdict).toBe(want));

  it('statuses map to verdicts', () => {
    const a = parseAuthStatus({
      providers: [
        { provider: 'a', status: 'ok' },
        { provider: 'b', status: 'expiring', expiry: { label: '2d', remainingMs: 1 } },
        { provider: 'c', status: 'expired' },
        { provider: 'd', status: 'missing' },
        { provider: 'e', status: 'weird' },
        { provider: 'F', authProvider: 'g', status: 'static' },
      ],
    });
    expect(['a', 'b', 'c', 'd', 'e', 'g'].map((p) => providerVerdict(p, a))).toEqual([
      { verdict: 'ready', detail: 'ok' },
      { verdict: 'expiring', detail: 'expiring in 2d' },
      { verdict: 'expired', detail: 'expired' },
      { verdict: 'missing', detail: 'configured but the credential does not resolve (status "missing")' },
      { verdict: 'unknown', detail: 'status "weird"' },
      { verdict: 'ready', detail: 'static' },
    ]);
  });

  it('ignores malformed entries', () => {
    expect(parseAuthStatus({ providers: [null, 3, { status: 'ok' }, { provider: 'x' }] }).providers).toEqual([{ provider: 'x', status: 'unknown' }]);
    expect(parseAuthStatus('nope')).toEqual({ providers: [], capabilities: [] });
  });

  it('reads degraded secret owners from status', () => {
    expect(
      degradedSecretOwners({
        degradedSecretOwners: [{ ownerKind: 'provider', ownerId: 'fake2', state: 'unavailable', paths: ['models.providers.fake2.apiKey'], reason: 'secret reference was not found' }],
      }),
    ).toEqual([{ ownerKind: 'provider', ownerId: 'fake2', reason: 'secret reference was not found', paths: ['models.providers.fake2.apiKey'] }]);
  });
});

function fakeClient(impl: (params: Record<string, unknown>) => unknown): GatewayClient & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    modelsAuthStatus: async (params: Record<string, unknown> = {}) => {
      calls.push(params);
      return impl(params);
    },
  } as unknown as GatewayClient & { calls: unknown[] };
}

describe('checkCredentials', () => {
  const base = { timeoutMs: () => 1000 };

  it('a primary provider without credentials fails with the message users would otherwise see', async () => {
    const client = fakeClient(() => MEASURED);
    const r = await checkCredentials({ ...base, client, config: { agents: { defaults: { model: 'anthropic/claude-sonnet-4-5' } } }, agentIds: ['main'] });
    expect(r.status).toBe('fail');
    expect(r.summary).toBe(
      'agent "main": provider "anthropic" (primary) has no usable credentials (no credential source (not listed by models.authStatus)); chats will fail with: No API key found for provider "anthropic". Provision them (provision-auth-profiles) for this agent.',
    );
    expect(client.calls).toEqual([{ agentId: 'main' }]);
    expect(r.data?.['providers']).toEqual([{ agentId: 'main', provider: 'anthropic', roles: ['primary'], verdict: 'missing', detail: 'no credential source (not listed by models.authStatus)' }]);
  });

  it('a fallback provider without credentials only degrades', async () => {
    const r = await checkCredentials({
      ...base,
      client: fakeClient(() => MEASURED),
      config: { agents: { defaults: { model: { primary: 'fake/fake-model', fallbacks: ['anthropic/x'] } } } },
      agentIds: ['main'],
    });
    expect(r.status).toBe('warn');
    expect(r.reasons[0]).toContain('chats that fall back to it will fail with: No API key found for provider "anthropic"');
  });

  it('one call per agent; all ready → pass with a count', async () => {
    const client = fakeClient(() => MEASURED);
    const r = await checkCredentials({ ...base, client, config: { agents: { defaults: { model: 'fake/fake-model' }, entries: { main: {}, ops: {} } } }, agentIds: ['main'] });
    expect(r.status).toBe('pass');
    expect(r.summary).toBe('2 agent(s), 2/2 provider credential(s) ready');
    expect(client.calls).toEqual([{ agentId: 'main' }, { agentId: 'ops' }]);
  });

  it('auth status not prepared yet → degraded (indeterminate), not healthy', async () => {
    const r = await checkCredentials({
      ...base,
      client: fakeClient(() => ({ ts: 1, providers: [], unavailable: { code: 'PREPARED_MODEL_AUTH_UNAVAILABLE', message: 'Model authentication status is unavailable.' } })),
      config: { agents: { defaults: { model: 'fake/m' } } },
      agentIds: ['main'],
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toBe('agent "main": model auth status is not available yet (PREPARED_MODEL_AUTH_UNAVAILABLE); credentials could not be verified');
  });

  it('an RPC failure fails the check with the error', async () => {
    const r = await checkCredentials({
      ...base,
      client: fakeClient(() => {
        throw new Error('gw-1: models.authStatus (h/api/v1/admin/rpc) timeout: no answer within 1000 ms');
      }),
      config: { agents: { defaults: { model: 'fake/m' } } },
      agentIds: ['main'],
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toBe('agent "main": models.authStatus failed: error: gw-1: models.authStatus (h/api/v1/admin/rpc) timeout: no answer within 1000 ms');
  });

  it('an agent without any model configured is reported, not silently passed', async () => {
    const r = await checkCredentials({ ...base, client: fakeClient(() => MEASURED), config: {}, agentIds: ['main'] });
    expect(r.status).toBe('warn');
    expect(r.summary).toBe('agent "main": no model is configured (agents.defaults.model or agents.entries.main.model), so its provider could not be checked');
  });

  it('degraded secret owners and expiring credentials warn', async () => {
    const r = await checkCredentials({
      ...base,
      client: fakeClient(() => ({ providers: [{ provider: 'fake', status: 'expiring', expiry: { label: '3h' } }] })),
      config: { agents: { defaults: { model: 'fake/m' } } },
      agentIds: ['main'],
      status: { degradedSecretOwners: [{ ownerKind: 'provider', ownerId: 'x', reason: 'secret reference was not found', paths: ['models.providers.x.apiKey'] }] },
    });
    expect(r.status).toBe('warn');
    expect(r.reasons).toEqual([
      'agent "main": provider "fake" (primary): credentials expiring in 3h',
      'secret owner provider "x" is degraded: secret reference was not found (models.providers.x.apiKey)',
    ]);
  });
});
