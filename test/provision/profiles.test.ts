import { describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { computeNeeds } from '../../src/provision/needs.js';
import { parseProfiles, ProfilesInputError, resolveProfiles } from '../../src/provision/profiles.js';

const config = {
  models: {
    providers: {
      alpha: { baseUrl: 'https://alpha.example.com/v1', api: 'openai-completions', models: [{ id: 'm1' }] },
      beta: { baseUrl: 'https://beta.example.com/v1', api: 'openai-completions', models: [{ id: 'm2' }] },
      local: { baseUrl: 'http://127.0.0.1:1/v1', api: 'openai-completions', models: [{ id: 'l' }] },
    },
  },
  agents: {
    entries: {
      main: { model: { primary: 'alpha/m1', fallbacks: ['local/l'] } },
      ops: { model: { primary: 'beta/m2', fallbacks: ['alpha/m1', 'github-copilot/gpt'] } },
    },
  },
};
const needs = computeNeeds(config).agents;

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProfilesInputError) return e.problems;
    throw e;
  }
  throw new Error('expected ProfilesInputError');
}

describe('parseProfiles', () => {
  test('YAML and JSON, `*`, false, aliases, case folding of agent ids', () => {
    const p = parseProfiles('"*":\n  alpha: ALPHA_KEY\nOps:\n  beta: OPS_BETA\n  x-ai: false\n');
    expect(p.entries.get('*')?.get('alpha')).toEqual({ env: 'ALPHA_KEY', line: 2 });
    expect(p.entries.get('ops')?.get('beta')).toEqual({ env: 'OPS_BETA', line: 4 });
    expect(p.entries.get('ops')?.get('xai')).toEqual({ env: false, line: 5 });
    expect(parseProfiles('{"*": {"alpha": "A"}}').entries.get('*')?.get('alpha')?.env).toBe('A');
    expect(parseProfiles('   ').entries.size).toBe(0);
  });

  test.each([
    ['[1, 2]', /line 1: expected a mapping/],
    ['main: ANTHROPIC_API_KEY', /line 1: the value of "main" must map provider ids/],
    ['"../x":\n  alpha: A', /line 1: agent id "..\/x" is not allowed/],
    ['main:\n  "Bad Provider!": A', /line 2: provider id "Bad Provider!" is not allowed/],
    ['main:\n  alpha: lower_case', /line 2: main → alpha: expected the NAME of the env var/],
    ['main:\n  alpha: 12', /line 2: main → alpha: expected the NAME/],
    ['main: {alpha: A}\nmain: {beta: B}', /not valid YAML|appears twice/],
    ['main: {alpha: A, alpha: B}', /not valid YAML|appears twice/],
    ['main:\n  alpha: [unclosed', /line \d: not valid YAML/],
  ])('%j → %s', (text, want) => {
    const problems = problemsOf(() => parseProfiles(text));
    expect(problems.join('\n')).toMatch(want);
    for (const p of problems) expect(p).toMatch(/^profiles \(input\) line \d+: /);
  });

  test('every problem is reported, not just the first', () => {
    expect(problemsOf(() => parseProfiles('main:\n  alpha: bad one\n"a/b":\n  beta: B\n'))).toHaveLength(2);
  });

  test('a key pasted where a variable name belongs is not echoed', () => {
    const key = 'sk-ant-api03-THISISNOTANAME-abcdefghijklmnop';
    const problems = problemsOf(() => parseProfiles(`main:\n  alpha: ${key}\n`));
    expect(problems.join('\n')).not.toContain(key);
    expect(problems.join('\n')).not.toContain('THISISNOTANAME');
  });
});

describe('resolveProfiles', () => {
  test('conventions, `*`, per-agent overrides; local/login providers skipped; values registered', () => {
    const registry = new SecretRegistry();
    const env = { ALPHA_API_KEY: 'sk-alpha-value-1', OPS_BETA: 'sk-beta-value-2' };
    const r = resolveProfiles(needs, parseProfiles('ops:\n  beta: OPS_BETA\n'), env, registry);
    expect(r.assignments).toEqual([
      { agentId: 'main', provider: 'alpha', sourceEnv: 'ALPHA_API_KEY', origin: 'convention' },
      { agentId: 'ops', provider: 'alpha', sourceEnv: 'ALPHA_API_KEY', origin: 'convention' },
      { agentId: 'ops', provider: 'beta', sourceEnv: 'OPS_BETA', origin: 'agent' },
    ]);
    expect(r.skipped.map((s) => `${s.agentId}/${s.provider}`)).toEqual(['main/local', 'ops/github-copilot']);
    expect(registry.has('sk-alpha-value-1')).toBe(true);
    expect(registry.has('sk-beta-value-2')).toBe(true);
    expect(r.values.get('OPS_BETA')).toBe('sk-beta-value-2');
  });

  test('missing and empty secrets all fail together, naming agent, provider and variable — never a value', () => {
    const registry = new SecretRegistry();
    const env = { ALPHA_API_KEY: 'sk-alpha-present', OPS_BETA: '' };
    const problems = problemsOf(() => resolveProfiles(needs, parseProfiles('ops:\n  beta: OPS_BETA\n'), env, registry));
    expect(problems).toEqual([
      expect.stringMatching(/^agent "ops" needs a key for provider "beta": the env var OPS_BETA \(profiles line 2\) is empty or unset\. Fix: pass the secret to this step/),
    ]);
    const none = problemsOf(() => resolveProfiles(needs, parseProfiles(''), {}, new SecretRegistry()));
    expect(none).toHaveLength(3);
    expect(none[0]).toMatch(/^agent "main" needs a key for provider "alpha" \(agents\.entries\.main\.model\.primary\), but ALPHA_API_KEY is empty or unset/);
    expect(problems.join('\n')).not.toContain('sk-alpha-present');
  });

  test('false skips a provider; an unknown agent is an error; unused entries warn', () => {
    const r = resolveProfiles(needs, parseProfiles('"*":\n  alpha: false\nops:\n  beta: B\n  gamma: G\n'), { B: 'sk-b' }, new SecretRegistry());
    expect(r.assignments.map((a) => `${a.agentId}/${a.provider}`)).toEqual(['ops/beta']);
    expect(r.skipped.filter((s) => s.provider === 'alpha').map((s) => s.reason)).toEqual(['skipped by the profiles input (line 2)', 'skipped by the profiles input (line 2)']);
    expect(r.warnings).toEqual([expect.stringContaining('agent "ops" does not use provider "gamma"')]);
    expect(problemsOf(() => resolveProfiles(needs, parseProfiles('opz:\n  alpha: A\n'), { A: 'x', ALPHA_API_KEY: 'y', BETA_API_KEY: 'z' }, new SecretRegistry()))).toEqual([
      expect.stringMatching(/line 1: agent "opz" is not in the config \(agents: main, ops\)/),
    ]);
  });

  test('mapping a login provider is refused; mapping a keyless one provisions it', () => {
    expect(problemsOf(() => resolveProfiles(needs, parseProfiles('ops:\n  github-copilot: GH\n'), { GH: 'x', ALPHA_API_KEY: 'a', BETA_API_KEY: 'b' }, new SecretRegistry()))[0]).toMatch(/provisions API keys only/);
    const r = resolveProfiles(needs, parseProfiles('main:\n  local: LOCAL_KEY\n'), { LOCAL_KEY: 'l', ALPHA_API_KEY: 'a', BETA_API_KEY: 'b' }, new SecretRegistry());
    expect(r.assignments.some((a) => a.provider === 'local' && a.sourceEnv === 'LOCAL_KEY')).toBe(true);
  });

  test('documented alternatives are used when the conventional name is unset', () => {
    const g = computeNeeds({ agents: { defaults: { model: 'google/gemini' } } }).agents;
    const r = resolveProfiles(g, parseProfiles(''), { GEMINI_API_KEY: 'g' }, new SecretRegistry());
    expect(r.assignments[0]?.sourceEnv).toBe('GEMINI_API_KEY');
    expect(problemsOf(() => resolveProfiles(g, parseProfiles(''), {}, new SecretRegistry()))[0]).toMatch(/none of GOOGLE_API_KEY, GEMINI_API_KEY is set/);
  });
});
