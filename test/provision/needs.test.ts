import { describe, expect, test } from 'vitest';
import { computeNeeds, resolveModelRef, OPENCLAW_DEFAULT_MODEL_REF } from '../../src/provision/needs.js';

const remote = (id: string, models: string[]) => ({ baseUrl: `https://${id}.example.com/v1`, api: 'openai-completions', models: models.map((m) => ({ id: m, name: m })) });

/** agent → provider → class, for compact expectations. */
function summary(config: unknown): Record<string, Record<string, string>> {
  const r = computeNeeds(config);
  return Object.fromEntries(r.agents.map((a) => [a.agentId, Object.fromEntries(a.providers.map((p) => [p.provider, p.auth.cls]))]));
}

describe('computeNeeds: which providers each agent needs', () => {
  test.each([
    {
      name: 'implicit main agent on the defaults',
      config: { agents: { defaults: { model: 'anthropic/claude-opus-4-6' } } },
      want: { main: { anthropic: 'api-key' } },
    },
    {
      name: 'per-agent primary is strict (string form drops default fallbacks)',
      config: {
        agents: {
          defaults: { model: { primary: 'anthropic/claude', fallbacks: ['openrouter/x/y'] } },
          entries: { main: {}, ops: { model: 'openai/gpt' } },
        },
      },
      want: { main: { anthropic: 'api-key', openrouter: 'api-key' }, ops: { openai: 'api-key' } },
    },
    {
      name: 'object form with fallbacks, custom providers on public hosts need keys',
      config: {
        models: { providers: { alpha: remote('alpha', ['m1']), beta: remote('beta', ['m2']) } },
        agents: { entries: { main: { model: 'alpha/m1' }, ops: { model: { primary: 'beta/m2', fallbacks: ['alpha/m1'] } } } },
      },
      want: { main: { alpha: 'api-key' }, ops: { alpha: 'api-key', beta: 'api-key' } },
    },
    {
      name: 'custom provider on loopback / private address is keyless; hostnames are not',
      config: {
        models: {
          providers: {
            loop: { baseUrl: 'http://127.0.0.1:9/v1', api: 'openai-completions', models: [{ id: 'a' }] },
            lan: { baseUrl: 'http://192.168.1.20:8000/v1', api: 'openai-completions', models: [{ id: 'b' }] },
            named: { baseUrl: 'http://vm:8000/v1', api: 'openai-completions', models: [{ id: 'c' }] },
          },
        },
        agents: { defaults: { model: { primary: 'loop/a', fallbacks: ['lan/b', 'named/c'] } } },
      },
      want: { main: { loop: 'local', lan: 'local', named: 'api-key' } },
    },
    {
      name: 'apiKey in config, store refs, aws-sdk, oauth, login and keyless bundled providers',
      config: {
        models: {
          providers: {
            inline: { ...remote('inline', ['i']), apiKey: '${INLINE_KEY}' },
            stored: { ...remote('stored', ['s']), apiKey: { source: 'store', provider: 'default', id: 'STORED_KEY' } },
            bedrock: { ...remote('bedrock', ['b']), auth: 'aws-sdk' },
          },
        },
        agents: { defaults: { model: { primary: 'inline/i', fallbacks: ['stored/s', 'bedrock/b', 'github-copilot/gpt', 'ollama/llama3', 'amazon-bedrock/x'] } } },
      },
      want: { main: { inline: 'config', stored: 'store-ref', bedrock: 'aws-sdk', 'github-copilot': 'login', ollama: 'local', 'amazon-bedrock': 'aws-sdk' } },
    },
    {
      name: 'auth aliases share one credential (x-ai → xai)',
      config: { agents: { defaults: { model: { primary: 'x-ai/grok', fallbacks: ['xai/grok-2'] } } } },
      want: { main: { xai: 'api-key' } },
    },
    {
      name: 'utility/decision/image/pdf/media/compaction/subagent/heartbeat/reviewer slots all count',
      config: {
        tools: { exec: { reviewer: { model: 'rev/r' } } },
        agents: {
          defaults: {
            model: 'anthropic/a',
            utilityModel: 'openai/mini',
            decisionModel: 'dec/d',
            imageModel: { primary: 'img/i', fallbacks: ['img2/i'] },
            pdfModel: 'pdf/p',
            voiceModel: 'voice/v',
            mediaModels: { image: 'gen/img', video: { primary: 'vid/v' }, music: 'mus/m' },
            compaction: { model: 'comp/c', memoryFlush: { model: 'flush/f' } },
            subagents: { model: 'sub/s' },
            heartbeat: { model: 'hb/h' },
          },
        },
      },
      want: {
        main: Object.fromEntries(['anthropic', 'comp', 'dec', 'flush', 'gen', 'hb', 'img', 'img2', 'mus', 'openai', 'pdf', 'rev', 'sub', 'vid', 'voice'].map((p) => [p, 'api-key'])),
      },
    },
    {
      name: 'an empty utilityModel disables that slot; agent overrides replace defaults',
      config: { agents: { defaults: { model: 'anthropic/a', utilityModel: 'openai/mini' }, entries: { main: { utilityModel: '' } } } },
      want: { main: { anthropic: 'api-key' } },
    },
    {
      name: 'aliases and bare ids resolve like OpenClaw',
      config: {
        models: { providers: { alpha: remote('alpha', ['only-here']) } },
        agents: { defaults: { model: 'opus', models: { 'anthropic/claude-opus-4-6': { alias: 'opus' } }, utilityModel: 'only-here', decisionModel: 'nowhere' } },
      },
      want: { main: { anthropic: 'api-key', alpha: 'api-key' } },
    },
    {
      name: 'per-channel overrides go to the agents bound to that channel',
      config: {
        agents: { ownership: 'explicit', entries: { home: { model: 'anthropic/a' }, work: { model: 'anthropic/a' } } },
        bindings: [{ agentId: 'work', match: { channel: 'discord' } }],
        channels: { modelByChannel: { discord: { '123': 'openrouter/x/y' }, telegram: { '9': 'google/gemini' } } },
      },
      want: { home: { anthropic: 'api-key', google: 'api-key' }, work: { anthropic: 'api-key', google: 'api-key', openrouter: 'api-key' } },
    },
    {
      name: 'legacy agents.list is read like entries',
      config: { agents: { list: [{ id: 'main', model: 'anthropic/a' }, { id: 'helper', model: 'openai/b' }] } },
      want: { helper: { openai: 'api-key' }, main: { anthropic: 'api-key' } },
    },
    {
      name: 'no model at all: the first configured provider model, else the built-in default',
      config: { models: { providers: { alpha: remote('alpha', ['m1']) } } },
      want: { main: { alpha: 'api-key' } },
    },
    {
      name: 'explicit ownership with no entries: no agents',
      config: { agents: { ownership: 'explicit', entries: {} } },
      want: {},
    },
  ])('$name', ({ config, want }) => {
    expect(summary(config)).toEqual(want);
  });

  test('the built-in default model is used when nothing is configured', () => {
    const r = computeNeeds({});
    expect(r.agents[0]?.providers[0]?.uses[0]).toMatchObject({ ref: OPENCLAW_DEFAULT_MODEL_REF, provider: 'openai' });
  });

  test('records every slot that uses a provider', () => {
    const r = computeNeeds({ agents: { defaults: { model: { primary: 'anthropic/a', fallbacks: ['anthropic/b'] }, pdfModel: 'anthropic/c' } } });
    expect(r.agents[0]?.providers[0]?.uses.map((u) => u.slot)).toEqual(['agents.defaults.model.primary', 'agents.defaults.model.fallbacks[0]', 'agents.defaults.pdfModel']);
  });

  test.each([['../../tmp/x'], ['a/b'], ['..'], [''], ['x'.repeat(300)], ['-lead'], ['a b']])('rejects agent id %j before anything else (SE-08)', (id) => {
    const r = computeNeeds({ agents: { entries: { [id]: { model: 'anthropic/a' }, ok: { model: 'anthropic/a' } } } });
    expect(r.agents.map((a) => a.agentId)).toEqual(['ok']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', path: ['agents', 'entries', id] });
    expect(r.issues[0]?.message).toMatch(/is not allowed/);
  });

  test('folds upper case like OpenClaw and refuses ids that collide after folding', () => {
    const r = computeNeeds({ agents: { entries: { Main: { model: 'anthropic/a' }, main: { model: 'openai/b' } } } });
    expect(r.agents.map((a) => a.agentId)).toEqual(['main']);
    expect(r.issues[0]?.message).toMatch(/configured twice/);
  });

  test('an unparsable ref is a warning, not a crash', () => {
    const r = computeNeeds({ agents: { defaults: { model: { primary: 'anthropic/a', fallbacks: ['broken/'] } } } });
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(summary({ agents: { defaults: { model: { primary: 'anthropic/a', fallbacks: ['broken/'] } } } })).toEqual({ main: { anthropic: 'api-key' } });
  });

  test('a non-object config is an error', () => {
    expect(computeNeeds(null).issues[0]?.severity).toBe('error');
  });
});

describe('resolveModelRef', () => {
  const ctx = { aliases: new Map([['opus', 'anthropic/claude-opus']]), configuredModels: new Map([['m1', new Set(['alpha'])], ['dup', new Set(['a', 'b'])]]), defaultProvider: 'openai' };
  test.each([
    ['Anthropic/Claude', 'anthropic', 'Claude'],
    ['openrouter/meta/llama', 'openrouter', 'meta/llama'],
    ['openrouter:auto', 'openrouter', 'auto'],
    ['opus', 'anthropic', 'claude-opus'],
    ['m1', 'alpha', 'm1'],
    ['dup', 'openai', 'dup'],
    ['gpt-x', 'openai', 'gpt-x'],
  ])('%s → %s', (ref, provider, model) => {
    const r = resolveModelRef(ref, ctx);
    expect(r).toMatchObject({ ok: true, provider, model });
  });
  test.each([['/m'], ['p/'], ['  ']])('rejects %j', (ref) => {
    expect(resolveModelRef(ref, ctx).ok).toBe(false);
  });
});
