// Each semantic rule with a config it rejects (OpenClaw's message, verified in
// fixtures/openclaw-verdicts.json and openclaw-agreement.test.ts) and the fixed config it accepts.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { validateFiles } from '../../src/validate/validate.js';
import { isAbortingIssue, parseDurationMs, semanticRules } from '../../src/validate/rules.js';
import { removeTemp, tempConfigDir } from '../helpers/configs.js';

const dir = tempConfigDir();
afterAll(() => removeTemp(dir));
let n = 0;
async function check(config: string, env: NodeJS.ProcessEnv = {}) {
  const caseDir = join(dir, String(n++));
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'openclaw.json5'), config);
  const report = await validateFiles([join(caseDir, 'openclaw.json5')], { env: { HOME: dir, ...env }, cwd: caseDir });
  const f = report.files[0]!;
  return {
    valid: f.valid,
    errors: f.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.message]),
    warnings: f.issues.filter((i) => i.severity === 'warning').map((i) => [i.path, i.message]),
  };
}

const FIX = 'in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';

const RULES: Array<{ rule: string; bad: string; errors: Array<[string, string]>; good: string }> = [
  {
    rule: 'bindings name existing agents',
    bad: '{ agents: { entries: { main: {} } }, bindings: [{ agentId: "ghost", match: { channel: "telegram" } }] }',
    errors: [['bindings.0.agentId', 'Unknown agent id "ghost" (not in agents.entries).']],
    good: '{ agents: { entries: { main: {} } }, bindings: [{ agentId: "Main", match: { channel: "telegram" } }] }',
  },
  {
    rule: 'heartbeat/systemAgent/talk agent ids exist',
    bad: '{ agents: { defaults: { heartbeat: { agentId: "ghost" }, systemAgent: { agentId: "ghost" } }, entries: { main: {} } }, talk: { agentId: "nope" } }',
    errors: [
      ['agents.defaults.heartbeat.agentId', 'Unknown agent id "ghost" (not in agents.entries).'],
      ['agents.defaults.systemAgent.agentId', 'Unknown agent id "ghost" (not in agents.entries).'],
      ['talk.agentId', 'Unknown agent id "nope" (not in agents.entries).'],
    ],
    good: '{ agents: { defaults: { heartbeat: { agentId: "main" }, systemAgent: { agentId: "main" } }, entries: { main: {} } }, talk: { agentId: "main" } }',
  },
  {
    rule: 'broadcast names existing agents',
    bad: '{ agents: { entries: { main: {} } }, broadcast: { "telegram:123": ["main", "ghost"] } }',
    errors: [['broadcast.telegram:123.1', 'Unknown agent id "ghost" (not in agents.entries).']],
    good: '{ agents: { entries: { main: {} } }, broadcast: { "telegram:123": ["main"] } }',
  },
  {
    rule: 'at most one default agent',
    bad: '{ agents: { entries: { a: { default: true }, b: { default: true } } } }',
    errors: [['agents.entries', 'agents.entries must contain at most one default=true entry (found 2)']],
    good: '{ agents: { entries: { a: { default: true }, b: {} } } }',
  },
  {
    rule: 'multi-agent rosters need an owner',
    bad: '{ agents: { entries: { a: {}, b: {} } } }',
    errors: [['agents.ownership', 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor']],
    good: '{ agents: { ownership: "explicit", defaults: { heartbeat: { agentId: "a" } }, entries: { a: {}, b: {} } } }',
  },
  {
    rule: 'explicit ownership excludes default markers',
    bad: '{ agents: { ownership: "explicit", entries: { a: { default: true }, b: {} } } }',
    errors: [['agents.ownership', 'agents.ownership=explicit cannot be combined with a legacy default=true marker']],
    good: '{ agents: { ownership: "explicit", defaults: { heartbeat: { agentId: "a" } }, entries: { a: {}, b: {} } } }',
  },
  {
    rule: 'agent keys are unique after normalisation',
    bad: '{ agents: { ownership: "explicit", entries: { Main: {}, main: {} } } }',
    errors: [['agents.entries.main', 'agents.entries keys "Main" and "main" resolve to the same agent id "main"; rename one key so each agent has a unique id']],
    good: '{ agents: { entries: { Main: {} } } }',
  },
  {
    rule: 'an explicit roster is not empty',
    bad: '{ agents: { ownership: "explicit", entries: {} } }',
    errors: [['agents.entries', 'agents.entries must contain at least one configured agent']],
    good: '{ agents: { entries: {} } }',
  },
  {
    rule: 'agentDir is not shared',
    bad: '{ agents: { ownership: "explicit", defaults: { heartbeat: { agentId: "a" } }, entries: { a: { agentDir: "/srv/agents/shared" }, b: { agentDir: "/srv/agents/shared" } } } }',
    errors: [
      [
        'agents.entries',
        [
          'Duplicate agentDir detected (multi-agent config).',
          'Each agent must have a unique agentDir; sharing it causes auth/session state collisions and token invalidation.',
          '',
          'Conflicts:',
          '- /srv/agents/shared: "a", "b"',
          '',
          'Fix: remove the shared agents.entries.*.agentDir override (or give each agent its own directory).',
          "Auth profiles live in each agent's SQLite store, so a shared agentDir is not how credentials are shared: give each agent its own directory and either leave its store empty to inherit the main agent's profiles, or log it in with `openclaw models auth login`.",
        ].join('\n'),
      ],
    ],
    good: '{ agents: { ownership: "explicit", defaults: { heartbeat: { agentId: "a" } }, entries: { a: { agentDir: "/srv/agents/a" }, b: { agentDir: "/srv/agents/b" } } } }',
  },
  {
    rule: 'custom providers declare baseUrl and models',
    bad: '{ models: { providers: { myprov: { apiKey: "${MYPROV_KEY}" } } } }',
    errors: [
      ['models.providers.myprov.baseUrl', 'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers'],
      ['models.providers.myprov.models', 'custom model providers must declare models; provider overlays without models are only supported for bundled providers'],
    ],
    good: '{ models: { providers: { myprov: { baseUrl: "http://127.0.0.1:9/v1", apiKey: "${MYPROV_KEY}", models: [] }, OpenAI: { apiKey: "${OPENAI_API_KEY}" } } } }',
  },
  {
    rule: 'tools.allow excludes tools.alsoAllow (every policy scope)',
    bad: '{ tools: { allow: ["a"], alsoAllow: ["b"], byProvider: { openai: { allow: ["a"], alsoAllow: ["b"] } }, subagents: { tools: { allow: ["a"], alsoAllow: ["b"] } } }, agents: { entries: { main: { tools: { allow: ["a"], alsoAllow: ["b"] } } } } }',
    errors: [
      ['tools', `tools cannot set both allow and alsoAllow ${FIX}`],
      ['tools.byProvider.openai', `tools.byProvider policy cannot set both allow and alsoAllow ${FIX}`],
      ['tools.subagents.tools', `tools policy cannot set both allow and alsoAllow ${FIX}`],
      ['agents.entries.main.tools', `agent tools cannot set both allow and alsoAllow ${FIX}`],
    ],
    good: '{ tools: { allow: ["a", "b"], byProvider: { openai: { alsoAllow: ["b"] } } }, agents: { entries: { main: { tools: { allow: [], alsoAllow: ["b"] } } } } }',
  },
  {
    rule: 'talk.provider names one of talk.providers',
    bad: '{ talk: { provider: "Nope", providers: { eleven: {} }, realtime: { provider: "x", providers: { openai: {} } } } }',
    errors: [
      ['talk.provider', 'talk.provider must match a key in talk.providers (missing "nope")'],
      ['talk.realtime.provider', 'talk.realtime.provider must match a key in talk.realtime.providers (missing "x")'],
    ],
    good: '{ talk: { provider: "eleven", providers: { eleven: {} } } }',
  },
  {
    rule: 'talk.provider is required with several providers',
    bad: '{ talk: { providers: { a: {}, b: {} } } }',
    errors: [['talk.provider', 'talk.provider is required when talk.providers defines multiple providers']],
    good: '{ talk: { providers: { a: {} } } }',
  },
  {
    rule: 'gateway.publicOrigin is a bare https origin',
    bad: '{ gateway: { publicOrigin: "http://gw.example.com" } }',
    errors: [['gateway.publicOrigin', 'gateway.publicOrigin must be a bare HTTPS origin; HTTP is allowed only for localhost, 127.0.0.1, or [::1]']],
    good: '{ gateway: { publicOrigin: "http://127.0.0.1:18789" } }',
  },
  {
    rule: 'heartbeat durations and active hours parse',
    bad: '{ agents: { defaults: { heartbeat: { every: "2 hours", activeHours: { start: "24:00", end: "24:30" } } }, entries: { main: { heartbeat: { every: "abc" } } } } }',
    errors: [
      ['agents.defaults.heartbeat.every', 'invalid duration (use ms, s, m, h)'],
      ['agents.defaults.heartbeat.activeHours.start', 'invalid time (start cannot be 24:00)'],
      ['agents.defaults.heartbeat.activeHours.end', 'invalid time (24:00 is the only allowed 24:xx value)'],
      ['agents.entries.main.heartbeat.every', 'invalid duration (use ms, s, m, h)'],
    ],
    good: '{ agents: { defaults: { heartbeat: { every: "1h30m", activeHours: { start: "08:00", end: "24:00" } } }, entries: { main: { heartbeat: { every: "" } } } } }',
  },
  {
    rule: 'browser profiles need a CDP endpoint',
    bad: '{ browser: { profiles: { p1: {}, p2: { driver: "extension", cdpUrl: "http://127.0.0.1:9222" } } } }',
    errors: [
      ['browser.profiles.p1', 'Profile must set cdpPort or cdpUrl'],
      ['browser.profiles.p2', 'Profile cdpUrl is not supported with driver="extension" (the relay owns the endpoint)'],
    ],
    good: '{ browser: { profiles: { p1: { cdpPort: 9333 }, p2: { driver: "extension" } } } }',
  },
  {
    rule: 'gateway.roles.default names a definition',
    bad: '{ gateway: { roles: { default: "ops", definitions: {} } } }',
    errors: [
      ['gateway.roles.definitions', 'gateway.roles.definitions must contain at least one role definition'],
      ['gateway.roles.default', 'gateway.roles.default must name a configured role definition'],
    ],
    good: '{ gateway: { mode: "local" } }',
  },
  {
    rule: 'tailscale serve needs a loopback bind',
    bad: '{ gateway: { bind: "lan", tailscale: { mode: "serve" } } }',
    errors: [['gateway.bind', 'gateway.bind must resolve to loopback when gateway.tailscale.mode=serve (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")']],
    good: '{ gateway: { bind: "custom", customBindHost: "127.0.0.1", tailscale: { mode: "serve" } } }',
  },
  {
    rule: 'tailscale funnel needs auth',
    bad: '{ gateway: { auth: { mode: "none" }, tailscale: { mode: "funnel" } } }',
    errors: [['gateway.auth.mode', 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel']],
    good: '{ gateway: { auth: { mode: "password", password: "${GW_PASSWORD}" }, tailscale: { mode: "funnel" } } }',
  },
  {
    rule: 'channel ids are known',
    bad: '{ channels: { foochat: {}, Telegram: {} } }',
    errors: [
      ['channels.foochat', 'unknown channel id: foochat'],
      ['channels.Telegram', 'unknown channel id: Telegram'],
    ],
    good: '{ channels: { telegram: { enabled: false }, defaults: {} } }',
  },
  {
    rule: 'heartbeat targets name a channel',
    bad: '{ agents: { defaults: { heartbeat: { target: " " } }, entries: { main: { heartbeat: { target: "nope" } } } } }',
    errors: [
      ['agents.defaults.heartbeat.target', 'heartbeat target must not be empty'],
      ['agents.entries.main.heartbeat.target', 'unknown heartbeat target: nope'],
    ],
    good: '{ agents: { defaults: { heartbeat: { target: "gchat" } }, entries: { main: { heartbeat: { target: "last" } } } } }',
  },
  {
    rule: 'SecretRefs ask their provider for its source',
    bad: '{ secrets: { providers: { vault: { source: "file", path: "/run/secrets.json" } } }, gateway: { auth: { mode: "token", token: { source: "env", provider: "vault", id: "GW_TOKEN" } } } }',
    errors: [['gateway.auth.token', 'Secret provider "vault" has source "file" but ref requests "env".']],
    good: '{ secrets: { providers: { vault: { source: "file", path: "/run/secrets.json" } } }, gateway: { auth: { mode: "token", token: { source: "file", provider: "vault", id: "/gateway/token" } } } }',
  },
  {
    rule: 'tools.web.search.provider names a known web-search provider',
    bad: '{ agents: { entries: { main: {} } }, tools: { web: { search: { enabled: true, provider: "nosuchsearch" } } } }',
    errors: [['tools.web.search.provider', 'unknown web_search provider: nosuchsearch']],
    good: '{ agents: { entries: { main: {} } }, tools: { web: { search: { enabled: true, provider: "gemini" } } } }',
  },
  {
    rule: 'web_search provider must not be blank',
    bad: '{ agents: { entries: { main: {} } }, tools: { web: { search: { provider: "  " } } } }',
    errors: [['tools.web.search.provider', 'web_search provider must not be empty']],
    good: '{ agents: { entries: { main: {} } }, tools: { web: { search: { provider: "grok" } } } }',
  },
  {
    rule: 'identity.avatar stays inside the agent workspace',
    bad: '{ agents: { entries: { main: { workspace: "/srv/ws", identity: { avatar: "../../etc/avatar.png" } } } } }',
    errors: [['agents.entries.main.identity.avatar', 'identity.avatar must stay within the agent workspace.']],
    good: '{ agents: { entries: { main: { workspace: "/srv/ws", identity: { avatar: "img/avatar.png" } } } } }',
  },
  {
    rule: 'identity.avatar is not a home path or a non-http URI',
    bad: '{ agents: { entries: { main: { identity: { avatar: "~/a.png" } }, ops: { identity: { avatar: "file:///a.png" } } }, ownership: "explicit" } }',
    errors: [
      ['agents.entries.main.identity.avatar', 'identity.avatar must be a workspace-relative path, http(s) URL, or data URI.'],
      ['agents.entries.ops.identity.avatar', 'identity.avatar must be a workspace-relative path, http(s) URL, or data URI.'],
    ],
    good: '{ agents: { entries: { main: { identity: { avatar: "https://example.com/a.png" } }, ops: { identity: { avatar: "data:image/png;base64,AA==" } } }, ownership: "explicit" } }',
  },
  {
    rule: 'mcp.servers.__proto__ is a reserved server name',
    bad: '{ agents: { entries: { main: {} } }, mcp: { servers: { "__proto__": { command: "x" } } } }',
    errors: [['mcp.servers.__proto__', 'MCP server name "__proto__" is reserved; rename the server']],
    good: '{ agents: { entries: { main: {} } }, mcp: { servers: { proto: { command: "x" } } } }',
  },
  {
    rule: 'egress-proxy hosts are exact hostnames',
    bad: '{ agents: { entries: { main: {} } }, secrets: { egressProxy: { allowedHosts: ["*.example.com", "api.example.com:443"], bypassHosts: ["~/work", "openai/gpt-4o-mini", "bad_host"] } } }',
    errors: [
      ['secrets.egressProxy.allowedHosts.0', 'Allowed host "*.example.com" cannot contain a wildcard; use one exact hostname.'],
      ['secrets.egressProxy.allowedHosts.1', 'Allowed host "api.example.com:443" must be a hostname without a scheme, path, wildcard, or port.'],
      ['secrets.egressProxy.bypassHosts.0', 'Allowed host "~/work" must be a hostname without a scheme, path, wildcard, or port.'],
      ['secrets.egressProxy.bypassHosts.1', 'Allowed host "openai/gpt-4o-mini" must be a hostname without a scheme, path, wildcard, or port.'],
      ['secrets.egressProxy.bypassHosts.2', 'Allowed host "bad_host" is not a valid hostname.'],
    ],
    good: '{ agents: { entries: { main: {} } }, secrets: { egressProxy: { allowedHosts: ["API.example.com.", "[::1]", "10.0.0.1"], bypassHosts: ["localhost"] } } }',
  },
  {
    rule: 'cloud worker suspendAfter is a duration of at least 1m',
    bad: '{ agents: { entries: { main: {} } }, cloudWorkers: { profiles: { a: { provider: "p", suspendAfter: "Europe/Berlin" }, b: { provider: "p", suspendAfter: "30s" }, c: { provider: "p", suspendAfter: "90" } } } }',
    errors: [
      ['cloudWorkers.profiles.a.suspendAfter', 'Worker profile suspendAfter must be a duration of at least 1m'],
      ['cloudWorkers.profiles.b.suspendAfter', 'Worker profile suspendAfter must be a duration of at least 1m'],
      ['cloudWorkers.profiles.c.suspendAfter', 'Worker profile suspendAfter must be a duration of at least 1m'],
    ],
    good: '{ agents: { entries: { main: {} } }, cloudWorkers: { profiles: { a: { provider: "p", suspendAfter: "1m" }, b: { provider: "p", suspendAfter: "1h30m" } } } }',
  },
];

describe('semantic rules: rejected, and accepted once fixed', () => {
  it.each(RULES.map((r) => [r.rule, r] as const))('%s', async (_name, r) => {
    const bad = await check(r.bad, { GW_TOKEN: 'x' });
    expect(bad.valid).toBe(false);
    expect(bad.errors.sort()).toEqual([...r.errors].sort());
    const good = await check(r.good, { MYPROV_KEY: 'k', OPENAI_API_KEY: 'k', GW_PASSWORD: 'p' });
    expect(good.errors).toEqual([]);
    expect(good.valid).toBe(true);
  });
});

describe('warnings OpenClaw gives for valid configs', () => {
  it('dmPolicy "open" without "*" and "allowlist" with an empty list drop every DM', async () => {
    const r = await check('{ channels: { telegram: { dmPolicy: "open", allowFrom: ["123"], accounts: { work: { dmPolicy: "allowlist" } } } } }');
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual([
      ['channels.telegram.allowFrom', 'channels.telegram.dmPolicy="open" but channels.telegram.allowFrom does not include "*"; all DMs will be dropped. Add "*" to channels.telegram.allowFrom or set channels.telegram.dmPolicy to "pairing"/"allowlist".'],
    ]);
    const fixed = await check('{ channels: { telegram: { dmPolicy: "open", allowFrom: ["*"] } } }');
    expect(fixed.warnings).toEqual([]);
  });

  it('a multi-agent roster without a heartbeat owner', async () => {
    const r = await check('{ agents: { ownership: "explicit", entries: { a: {}, b: {} } } }');
    expect(r.warnings).toEqual([['agents.defaults.heartbeat.agentId', 'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.']]);
    expect((await check('{ agents: { ownership: "explicit", defaults: { systemAgent: { agentId: "a" } }, entries: { a: {}, b: {} } } }')).warnings).toEqual([]);
  });

  it('an unknown channel with plugin config only warns (stale plugin)', async () => {
    const r = await check('{ plugins: { entries: { foochat: { enabled: true } } }, channels: { foochat: {} } }');
    expect(r.valid).toBe(true);
    expect(r.warnings).toContainEqual(['channels.foochat', 'unknown channel id: foochat (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)']);
  });
});

describe('legacy migrations (valid, with OpenClaw\'s warnings)', () => {
  it('agents.list with one default becomes agents.entries', async () => {
    const r = await check('{ agents: { list: [{ id: "main", default: true }, { id: "helper" }] }, bindings: [{ agentId: "helper", match: { channel: "telegram" } }] }');
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w[1])).toEqual(['Moved agents.list to keyed agents.entries.', 'Materialized legacy per-surface agent ownership.', 'Removed retired agents.entries.*.default markers.']);
  });

  it('a non-canonical legacy list is not migrated, and the schema rejects it', async () => {
    const r = await check('{ agents: { list: [{ id: "Main" }] } }');
    expect(r.errors.sort()).toEqual([
      ['agents', 'Unrecognized key: "list"'],
      ['agents.entries', 'agents.entries must contain at least one configured agent'],
    ]);
  });

  it('a single agent\'s default marker is dropped with a warning', async () => {
    const r = await check('{ agents: { entries: { main: { default: true } } } }');
    expect(r).toEqual({ valid: true, errors: [], warnings: [['agents.entries', 'Removed retired agents.entries.*.default markers.']] });
  });
});

describe('staging', () => {
  it('a type error anywhere suppresses the root refinement (unknown agent ids), as in OpenClaw', async () => {
    const r = await check('{ gateway: { port: "x" }, agents: { entries: { main: {} } }, bindings: [{ agentId: "ghost", match: { channel: "telegram" } }] }');
    expect(r.errors).toEqual([['gateway.port', 'Invalid input: expected number, received string']]);
  });

  it('an unknown key does not suppress refinements', async () => {
    const r = await check('{ gateway: { bogus: 1 }, agents: { entries: { main: {} } }, bindings: [{ agentId: "ghost", match: { channel: "telegram" } }] }');
    expect(r.errors.sort()).toEqual([
      ['bindings.0.agentId', 'Unknown agent id "ghost" (not in agents.entries).'],
      ['gateway', 'Unrecognized key: "bogus"'],
    ]);
  });

  it('a refinement still runs in a clean subtree when another subtree has a type error', async () => {
    const r = await check('{ gateway: { port: "x" }, talk: { provider: "nope", providers: { eleven: {} } } }');
    expect(r.errors.sort()).toEqual([
      ['gateway.port', 'Invalid input: expected number, received string'],
      ['talk.provider', 'talk.provider must match a key in talk.providers (missing "nope")'],
    ]);
  });

  it('core and registry checks run only on a schema-valid config', () => {
    const config = { gateway: { bind: 'lan', tailscale: { mode: 'serve' } }, channels: { foochat: {} } };
    expect(semanticRules({ config, schemaIssues: [{ path: 'gateway', message: 'Unrecognized key: "x"' }] }).issues).toEqual([]);
    expect(semanticRules({ config, schemaIssues: [] }).issues.map((i) => i.path)).toEqual(['gateway.bind']);
    expect(semanticRules({ config: { channels: { foochat: {} } }, schemaIssues: [] }).issues.map((i) => i.path)).toEqual(['channels.foochat']);
  });
});

describe('prototype safety', () => {
  it('a rejected mcp.servers.__proto__ never reaches the prototype chain', async () => {
    const r = await check('{ agents: { entries: { main: {} } }, mcp: { servers: { "__proto__": { polluted: true } } } }');
    expect(r.valid).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('an unknown web-search provider named by a plugin entry is a stale-config warning, not an error', async () => {
    const r = await check('{ agents: { entries: { main: {} } }, plugins: { entries: { mysearch: { enabled: false } } }, tools: { web: { search: { provider: "mysearch" } } } }');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toContainEqual(['tools.web.search.provider', 'unknown web_search provider: mysearch (stale web search plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)']);
  });
});

describe('helpers', () => {
  it.each([
    ['30m', 'm', 1_800_000],
    ['5', 'm', 300_000],
    ['1.5h', 'm', 5_400_000],
    ['1h30m', 'm', 5_400_000],
    ['0m', 'm', 0],
    [' 2H ', 'm', 7_200_000],
    ['2 hours', 'm', undefined],
    ['1h 30m', 'm', undefined],
    ['m', 'm', undefined],
    ['99999999999999999999d', 'm', undefined],
  ])('parseDurationMs(%j)', (raw, unit, expected) => {
    expect(parseDurationMs(raw, unit)).toBe(expected);
  });

  it.each([
    ['Invalid input: expected number, received string', true],
    ['Invalid input', true],
    ['Invalid option: expected one of "off"|"hybrid"', true],
    ["must have required property 'groupPolicy'", true],
    ['must be number', true],
    ['Unrecognized key: "x"', false],
    ['Too big: expected number to be <=65535', false],
    ['talk.provider must match a key in talk.providers (missing "x")', false],
  ])('isAbortingIssue(%j) = %s', (message, expected) => {
    expect(isAbortingIssue(message)).toBe(expected);
  });
});
