/**
 * The schema engine's issues against OpenClaw's own: each expected list below is what the real
 * `openclaw config validate --json` (2026.9.6) printed for that config (recorded once with the exact
 * engine; the differential test re-checks the engines against the whole corpus).
 */
import { describe, expect, it } from 'vitest';
import { schemaIssues, schemaIssuesByStage } from '../../src/validate/schema-engine.js';

type Issue = { path: string; message: string; allowedValues?: unknown[] };

// [name, config, issues OpenClaw printed]
const RECORDED: Array<[string, unknown, Issue[]]> = [
  ["unknown-keys", {"gateway":{"port":18789,"bogus":1,"extra":true}}, [{"path":"gateway","message":"Unrecognized keys: \"bogus\", \"extra\""}]],
  ["type-and-enum", {"gateway":{"port":"x","reload":{"mode":"hot"},"bogus":1}}, [{"path":"gateway.port","message":"Invalid input: expected number, received string"},{"path":"gateway.reload.mode","message":"Invalid input (allowed: \"off\", \"hybrid\")","allowedValues":["off","hybrid"]},{"path":"gateway","message":"Unrecognized key: \"bogus\""}]],
  ["zod-enum", {"agents":{"entries":{"main":{"thinkingDefault":"huge"}}}}, [{"path":"agents.entries.main.thinkingDefault","message":"Invalid option: expected one of \"off\"|\"minimal\"|\"low\"|\"medium\"|\"high\"|\"xhigh\"|\"adaptive\"|\"max\"|\"ultra\"","allowedValues":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}]],
  ["range", {"gateway":{"port":70000}}, [{"path":"gateway.port","message":"Too big: expected number to be <=65535 (maximum: 65535)"}]],
  ["range-min", {"gateway":{"port":0}}, [{"path":"gateway.port","message":"Too small: expected number to be >=1 (minimum: 1)"}]],
  ["exclusive-min", {"models":{"providers":{"local":{"baseUrl":"http://127.0.0.1:1/v1","models":[{"id":"a","name":"A","maxTokens":0}]}}}}, [{"path":"models.providers.local.models.0.maxTokens","message":"Too small: expected number to be >0 (must be greater than 0)"}]],
  ["int", {"gateway":{"port":18789.5}}, [{"path":"gateway.port","message":"Invalid input: expected int, received number"}]],
  ["boolean", {"gateway":{"controlUi":{"enabled":"yes"}}}, [{"path":"gateway.controlUi.enabled","message":"Invalid input: expected boolean, received string (allowed: true, false)","allowedValues":["true","false"]}]],
  ["missing-required", {"models":{"providers":{"local":{"baseUrl":"http://127.0.0.1:1/v1","models":[{"id":"a"}]}}}}, [{"path":"models.providers.local.models.0.name","message":"Invalid input: expected string, received undefined"}]],
  ["record-missing", {"gateway":{"roles":{"default":"viewer"}}}, [{"path":"gateway.roles.definitions","message":"Invalid input: expected record, received undefined"}]],
  ["record-type", {"agents":{"entries":[]}}, [{"path":"agents.entries","message":"Invalid input: expected record, received array"}]],
  ["null", {"gateway":{"trustedProxies":null}}, [{"path":"gateway.trustedProxies","message":"Invalid input: expected array, received null"}]],
  ["union-type", {"agents":{"defaults":{"model":5}}}, [{"path":"agents.defaults.model","message":"Invalid input"}]],
  ["union-object-branch-unknown-key", {"agents":{"defaults":{"model":{"primary":"a/b","bogus":1}}}}, [{"path":"agents.defaults.model","message":"Unrecognized key: \"bogus\""}]],
  ["discriminator-miss", {"accessGroups":{"staff":{"type":"slack.users","members":{}}}}, [{"path":"accessGroups.staff.type","message":"Invalid discriminator value. Expected 'discord.channelAudience' | 'message.senders'"}]],
  ["discriminator-branch", {"accessGroups":{"staff":{"type":"message.senders"}}}, [{"path":"accessGroups.staff.members","message":"Invalid input: expected record, received undefined"}]],
  ["secretref-pattern", {"models":{"providers":{"openai":{"apiKey":{"source":"env","provider":"Bad Provider","id":"OPENAI_API_KEY"}}}}}, [{"path":"models.providers.openai.apiKey.provider","message":"Secret reference provider must match /^[a-z][a-z0-9_-]{0,63}$/ (example: \"default\")."}]],
  ["secretref-store-id", {"models":{"providers":{"openai":{"apiKey":{"source":"store","provider":"default","id":"lower"}}}}}, [{"path":"models.providers.openai.apiKey.id","message":"Store secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: \"OPENAI_API_KEY\")."}]],
  ["secretref-bad-source", {"models":{"providers":{"openai":{"apiKey":{"source":"vault","provider":"default","id":"X"}}}}}, [{"path":"models.providers.openai.apiKey","message":"Invalid input"}]],
  ["hex-color", {"ui":{"seamColor":"orange"}}, [{"path":"ui.seamColor","message":"expected hex color (RRGGBB)"}]],
  ["starts-with", {"ui":{"prefs":{"accent":"a0b1c2"}}}, [{"path":"ui.prefs.accent","message":"Invalid string: must start with \"#\""}]],
  ["agent-key", {"agents":{"entries":{"bad id!":{}}}}, [{"path":"agents.entries.bad id!","message":"Invalid key in record"}]],
  ["agent-key-upper", {"agents":{"entries":{"Main":{}}}}, []],
  ["schema-root", {"$schema":"./x.json"}, []],
  ["schema-nested", {"gateway":{"$schema":"./x.json"}}, [{"path":"gateway","message":"Unrecognized key: \"$schema\""}]],
  ["schema-number", {"$schema":5}, [{"path":"$schema","message":"Invalid input: expected string, received number"}]],
  ["env-flat", {"env":{"FOO":"bar"}}, [{"path":"env","message":"Unrecognized key: \"FOO\""}]],
  ["channel-extra", {"channels":{"telegram":{"enabled":true,"botToken":"x","bogusOption":1,"other":2}}}, [{"path":"channels.telegram","message":"invalid config: must not have additional properties: \"bogusOption\", \"other\""}]],
  ["channel-enum", {"channels":{"telegram":{"dmPolicy":"sometimes"}}}, [{"path":"channels.telegram.dmPolicy","message":"invalid config: must be equal to one of the allowed values (allowed: \"pairing\", \"allowlist\", \"open\", \"disabled\")","allowedValues":["pairing","allowlist","open","disabled"]}]],
  ["channel-type", {"channels":{"telegram":{"enabled":"yes","historyLimit":-1}}}, [{"path":"channels.telegram.enabled","message":"invalid config: must be boolean"},{"path":"channels.telegram.historyLimit","message":"invalid config: must be >= 0"}]],
  ["channel-defaults-omitted", {"channels":{"telegram":{"enabled":true,"botToken":"x"},"slack":{"enabled":true,"botToken":"b","appToken":"a"}}}, []],
  ["channel-suppressed-by-core", {"gateway":{"port":"x"},"channels":{"telegram":{"bogusOption":1}}}, [{"path":"gateway.port","message":"Invalid input: expected number, received string"}]],
  ["plugin-config-extra", {"plugins":{"entries":{"webhooks":{"config":{"bogus":1}}}}}, [{"path":"plugins.entries.webhooks.config","message":"invalid config: must not have additional properties: \"bogus\""}]],
  ["plugin-config-ref", {"plugins":{"entries":{"webhooks":{"enabled":true,"config":{"routes":{"d":{"path":"/h","sessionKey":"k","secret":{"source":"env","provider":"default","id":"lower case"}}}}}}}}, []],
  ["plugin-entry-type", {"plugins":{"entries":{"admin-http-rpc":null}}}, [{"path":"plugins.entries.admin-http-rpc","message":"Invalid input: expected object, received null"}]],
  ["array-item", {"gateway":{"trustedProxies":["10.0.0.1",5]}}, [{"path":"gateway.trustedProxies.1","message":"Invalid input: expected string, received number"}]],
  ["string-length", {"ui":{"prefs":{"locale":"this-locale-is-much-too-long-for-the-field"}}}, [{"path":"ui.prefs.locale","message":"Too big: expected string to have <=20 characters"}]],
  ["root-not-object-field", {"gateway":"on"}, [{"path":"gateway","message":"Invalid input: expected object, received string"}]],
  ["codex-agents", {"mcp":{"servers":{"c":{"command":"codex","codex":{"agents":[" Main ","ok"]}}}}}, []],
  ["legacy-context-tokens", {"agents":{"defaults":{"contextTokens":100000}},"models":{"providers":{"openai":{"contextWindow":128000}}}}, []],
  ["date-time", {"telemetry":{"consentedAt":"yesterday"}}, [{"path":"telemetry.consentedAt","message":"Invalid ISO datetime"}]],
  ["refine-proxy-url", {"proxy":{"proxyUrl":"not a url"}}, [{"path":"proxy.proxyUrl","message":"Invalid URL"},{"path":"proxy.proxyUrl","message":"proxyUrl must use http:// or https://"}]],
  ["refine-proxy-url-scheme", {"proxy":{"proxyUrl":"ftp://proxy.example.com"}}, [{"path":"proxy.proxyUrl","message":"proxyUrl must use http:// or https://"}]],
  ["refine-worktree-root", {"worktreeRoot":"relative/dir"}, [{"path":"worktreeRoot","message":"worktreeRoot must be an absolute path or a path starting with ~"}]],
  ["refine-worktree-root-ok", {"worktreeRoot":" ~/worktrees "}, []],
  ["refine-file-ref-id", {"models":{"providers":{"openai":{"apiKey":{"source":"file","provider":"vault","id":"providers/openai"}}}}}, [{"path":"models.providers.openai.apiKey.id","message":"File secret reference id must be an absolute JSON pointer (example: \"/providers/openai/apiKey\"), or \"value\" for singleValue mode."}]],
  ["refine-exec-ref-id", {"models":{"providers":{"openai":{"apiKey":{"source":"exec","provider":"vault","id":"a/../b"}}}}}, [{"path":"models.providers.openai.apiKey.id","message":"Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include \".\" or \"..\" path segments (example: \"vault/openai/api-key\" or \"aws/secret#json_key\")."}]],
  ["refine-sandbox-origin", {"mcp":{"apps":{"sandboxOrigin":"https://apps.example.com/path"}}}, [{"path":"mcp.apps.sandboxOrigin","message":"sandboxOrigin must be an HTTP(S) origin without a path, query, or credentials"}]],
  ["key-node-host-mcp", {"nodeHost":{"mcp":{"servers":{" padded ":{"command":"x"}}}}}, [{"path":"nodeHost.mcp.servers. padded","message":"Invalid key in record"}]],
  ["date-time", {"telemetry":{"consentedAt":"yesterday"}}, [{"path":"telemetry.consentedAt","message":"Invalid ISO datetime"}]],
  ["uri", {"proxy":{"proxyUrl":"not a url"}}, [{"path":"proxy.proxyUrl","message":"Invalid URL"},{"path":"proxy.proxyUrl","message":"proxyUrl must use http:// or https://"}]],
];

describe('schemaIssues matches OpenClaw issue for issue', () => {
  it.each(RECORDED)('%s', (_name, config, expected) => {
    expect(schemaIssues(config)).toEqual(expected);
  });
});

describe('schemaIssues beyond the recorded table', () => {
  it('reports non-finite numbers (JSON5 NaN/Infinity) once, without their bounds', () => {
    expect(schemaIssues({ gateway: { port: Infinity } })).toEqual([{ path: 'gateway.port', message: 'Invalid input: expected number, received Infinity' }]);
    expect(schemaIssues({ agents: { defaults: { timeoutSeconds: Number.NaN } } })).toEqual([
      { path: 'agents.defaults.timeoutSeconds', message: 'Invalid input: expected number, received NaN' },
    ]);
    expect(schemaIssues({ channels: { telegram: { historyLimit: -Infinity } } })).toEqual([
      { path: 'channels.telegram.historyLimit', message: 'invalid config: must be integer' },
    ]);
  });

  it('reports zod int() bounds beyond the safe-integer range as OpenClaw does', () => {
    expect(schemaIssues({ agents: { defaults: { timeoutSeconds: 12345678901234567890 } } })).toEqual([
      { path: 'agents.defaults.timeoutSeconds', message: 'Too big: expected int to be <=9007199254740991' },
    ]);
  });

  it('keeps channel and plugin issues for when the core is clean, and separates them', () => {
    const config = { gateway: { port: 'x' }, channels: { telegram: { bogusOption: 1 } } };
    const staged = schemaIssuesByStage(config);
    expect(staged.core).toEqual([{ path: 'gateway.port', message: 'Invalid input: expected number, received string' }]);
    expect(staged.channelsAndPlugins).toEqual([{ path: 'channels.telegram', message: 'invalid config: must not have additional properties: "bogusOption"' }]);
  });

  it('accepts the root itself only as an object', () => {
    expect(schemaIssues([])).toEqual([{ path: '<root>', message: 'Invalid input: expected object, received array' }]);
    expect(schemaIssues(null)).toEqual([{ path: '<root>', message: 'Invalid input: expected object, received null' }]);
    expect(schemaIssues({})).toEqual([]);
  });

  it('lists allowed values in schema order (OpenClaw shows at most 12)', () => {
    const issues = schemaIssues({ channels: { telegram: { streaming: { mode: 'nope' } } }, logging: { level: 'loud' } });
    expect(issues).toEqual([
      {
        path: 'logging.level',
        message: 'Invalid input (allowed: "silent", "fatal", "error", "warn", "info", "debug", "trace")',
        allowedValues: ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'],
      },
    ]);
    const [theme] = schemaIssues({ ui: { prefs: { theme: 'neon' } } });
    expect(theme!.allowedValues).toHaveLength(12);
    expect(theme!.message.startsWith('Invalid input (allowed: "claw", "knot"')).toBe(true);
  });

  it('never modifies the config it checks', () => {
    const deepFreeze = <T>(v: T): T => {
      if (v && typeof v === 'object') {
        for (const x of Object.values(v)) deepFreeze(x);
        Object.freeze(v);
      }
      return v;
    };
    const config = deepFreeze({
      gateway: { port: 'x', reload: { mode: 'hot' } },
      channels: { telegram: { enabled: true } },
      plugins: { entries: { webhooks: { config: { routes: {} } } } },
      agents: { entries: { main: {} } },
    });
    const before = JSON.stringify(config);
    expect(() => schemaIssues(config)).not.toThrow();
    expect(JSON.stringify(config)).toBe(before);
    // Defaults OpenClaw fills in (e.g. telegram dmPolicy) must not appear in the caller's object either.
    const open = { channels: { telegram: { enabled: true } } };
    expect(schemaIssues(open)).toEqual([]);
    expect(open).toEqual({ channels: { telegram: { enabled: true } } });
  });

  it('handles many errors without blowing up, and keeps them in a stable order', () => {
    const gateway: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) gateway[`bogus${i}`] = i;
    const issues = schemaIssues({ gateway });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.startsWith('Unrecognized keys: "bogus0", "bogus1"')).toBe(true);
    expect(schemaIssues({ gateway })).toEqual(issues);
  });
});
