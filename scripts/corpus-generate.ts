/**
 * Generates the differential corpus in test/fixtures/corpus/ (see scripts/corpus-lib.ts for the layout).
 * Deterministic: the same seed and schema give byte-identical files.
 *
 *   tsx scripts/corpus-generate.ts [--seed 20260906]
 *
 * Categories:
 *  - base:        realistic configs composed from common sections, leaf values picked from the schema;
 *  - schema:      schema-driven random sections (any top-level key, channel or plugin config), to find
 *                 places where the exported schema is stricter than OpenClaw (false rejects);
 *  - mutation:    a base config with one defect: unknown key (core, channel, plugin config), type flip,
 *                 bad enum, out-of-range number, pattern break, missing required, null, wrong container,
 *                 non-finite number;
 *  - cross-field: rules the schema cannot express (unknown agent in a binding, two default agents,
 *                 provider without baseUrl, tools.allow + alsoAllow, unknown channel id, …);
 *  - include / env / legacy / parse / special: loader behaviour and known export quirks.
 * After generating, run scripts/corpus-verdicts.ts to record what OpenClaw says about each case.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSON5 from 'json5';
import { OPENCLAW_VERSION } from '../src/schema/generated/meta.js';
import {
  CORPUS_DIR,
  REPO_ROOT,
  createRng,
  generateValue,
  type CorpusCase,
  type CorpusManifest,
  type Rng,
} from './corpus-lib.js';

type Obj = Record<string, unknown>;
type Schema = Record<string, unknown>;

const args = process.argv.slice(2);
const seedArg = args.indexOf('--seed');
const SEED = seedArg >= 0 ? Number(args[seedArg + 1]) : 20260906;

// Generation reads the raw export, not the normalized schema: the corpus (and its recorded verdicts) must
// not change when the normalizer does — only when OpenClaw does.
const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'src/schema/generated/openclaw.schema.json'), 'utf8')) as Schema;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The schema node at a config path (`*` = any key/index), following properties/additionalProperties/items. */
function schemaAt(path: readonly (string | number)[], root: Schema = SCHEMA): Schema | undefined {
  let cur: unknown = root;
  for (const seg of path) {
    if (!isObj(cur)) return undefined;
    const props = isObj(cur['properties']) ? cur['properties'] : undefined;
    if (typeof seg === 'string' && props && Object.hasOwn(props, seg)) cur = props[seg];
    else if (typeof seg === 'number' || seg === '*') cur = cur['items'] ?? cur['additionalProperties'];
    else cur = cur['additionalProperties'];
  }
  return isObj(cur) ? cur : undefined;
}

/** Literal options of an enum-like node (enum, const union). */
function literalsOf(node: Schema | undefined): unknown[] {
  if (!node) return [];
  if (Array.isArray(node['enum'])) return node['enum'];
  if (Array.isArray(node['anyOf'])) {
    const vals = node['anyOf'].map((b) => (isObj(b) && Object.hasOwn(b, 'const') ? b['const'] : undefined));
    if (vals.every((v) => v !== undefined)) return vals;
  }
  return [];
}

function pickLiteral(path: string, rng: Rng, prefer?: unknown[]): unknown {
  const options = literalsOf(schemaAt(path.split('.')));
  if (options.length === 0) throw new Error(`corpus: ${path} has no literal options in the schema`);
  const preferred = (prefer ?? []).filter((p) => options.includes(p));
  return preferred.length && rng.chance(0.7) ? rng.pick(preferred) : rng.pick(options);
}

// ---------------------------------------------------------------------------------------------------
// Realistic base configs.

const MODELS = ['openai/gpt-4o-mini', 'anthropic/claude-sonnet-4-5', 'openrouter/meta-llama/llama-3.3-70b-instruct', 'local/qwen2.5'];

function baseConfig(rng: Rng, index: number): Obj {
  const cfg: Obj = {};
  const agents = rng.chance(0.6) ? ['main'] : rng.chance(0.5) ? ['main', 'ops'] : ['support', 'sales', 'ops'];
  cfg['gateway'] = {
    mode: 'local',
    port: 18789 + index * 7,
    bind: 'loopback',
    auth: rng.chance(0.7) ? { mode: 'token', token: '${OPENCLAW_GATEWAY_TOKEN}' } : { mode: 'password', password: '${OPENCLAW_GATEWAY_PASSWORD}' },
    reload: { mode: pickLiteral('gateway.reload.mode', rng, ['hybrid']) },
    ...(rng.chance(0.4) ? { trustedProxies: ['10.0.0.1', '10.0.0.2'] } : {}),
    ...(rng.chance(0.3) ? { controlUi: { enabled: true } } : {}),
  };
  const entries: Obj = {};
  for (const id of agents) {
    const entry: Obj = {};
    if (rng.chance(0.6)) entry['model'] = rng.chance(0.5) ? rng.pick(MODELS) : { primary: rng.pick(MODELS), fallbacks: [rng.pick(MODELS)] };
    if (rng.chance(0.4)) entry['name'] = id[0]!.toUpperCase() + id.slice(1);
    if (rng.chance(0.3)) entry['workspace'] = `~/agents/${id}`;
    if (rng.chance(0.2)) entry['thinkingDefault'] = pickLiteral('agents.entries.*.thinkingDefault', rng);
    entries[id] = entry;
  }
  cfg['agents'] = {
    ...(agents.length > 1 ? { ownership: 'explicit' } : {}),
    ...(rng.chance(0.6)
      ? {
          defaults: {
            model: { primary: rng.pick(MODELS) },
            ...(rng.chance(0.4) ? { workspace: '~/openclaw-work' } : {}),
            ...(rng.chance(0.3) ? { timeoutSeconds: rng.int(30, 900) } : {}),
            ...(rng.chance(0.3) ? { maxConcurrent: rng.int(1, 8) } : {}),
          },
        }
      : {}),
    entries,
  };
  if (rng.chance(0.6)) {
    const providers: Obj = {};
    if (rng.chance(0.6)) providers['openai'] = { apiKey: '${OPENAI_API_KEY}' };
    if (rng.chance(0.5)) {
      providers['local'] = {
        baseUrl: 'http://127.0.0.1:11434/v1',
        api: 'openai-completions',
        apiKey: rng.chance(0.5) ? 'ollama' : { source: 'env', provider: 'default', id: 'LOCAL_LLM_KEY' },
        models: [{ id: 'qwen2.5', name: 'Qwen 2.5', contextWindow: 32768, maxTokens: 4096 }],
      };
    }
    if (Object.keys(providers).length) cfg['models'] = { providers };
  }
  const channels: Obj = {};
  if (rng.chance(0.5)) {
    channels['telegram'] = {
      enabled: true,
      botToken: '${TELEGRAM_BOT_TOKEN}',
      ...(rng.chance(0.6) ? { dmPolicy: 'pairing' } : {}),
      ...(rng.chance(0.4) ? { groupPolicy: 'allowlist', groupAllowFrom: ['123456789'] } : {}),
      ...(rng.chance(0.3) ? { historyLimit: rng.int(10, 200) } : {}),
    };
  }
  if (rng.chance(0.35)) {
    channels['discord'] = { enabled: true, token: '${DISCORD_BOT_TOKEN}', ...(rng.chance(0.5) ? { dmPolicy: 'allowlist', allowFrom: ['1234567890'] } : {}) };
  }
  if (rng.chance(0.25)) {
    channels['slack'] = { enabled: true, botToken: '${SLACK_BOT_TOKEN}', appToken: '${SLACK_APP_TOKEN}' };
  }
  if (rng.chance(0.2)) channels['defaults'] = { groupPolicy: pickLiteral('channels.defaults.groupPolicy', rng) };
  if (Object.keys(channels).length) cfg['channels'] = channels;
  if (rng.chance(0.4) && isObj(cfg['channels'])) {
    const ch = Object.keys(cfg['channels']).filter((c) => c !== 'defaults');
    if (ch.length) cfg['bindings'] = [{ agentId: rng.pick(agents), match: { channel: rng.pick(ch) } }];
  }
  if (rng.chance(0.5)) cfg['logging'] = { level: pickLiteral('logging.level', rng, ['info', 'warn']), ...(rng.chance(0.3) ? { redactPatterns: ['sk-[A-Za-z0-9]+'] } : {}) };
  if (rng.chance(0.3)) cfg['session'] = { dmScope: pickLiteral('session.dmScope', rng) };
  if (rng.chance(0.35)) cfg['tools'] = { profile: pickLiteral('tools.profile', rng), ...(rng.chance(0.4) ? { deny: ['exec'] } : {}) };
  if (rng.chance(0.3)) cfg['ui'] = { seamColor: '#ff8800', ...(rng.chance(0.5) ? { prefs: { theme: pickLiteral('ui.prefs.theme', rng) } } : {}) };
  if (rng.chance(0.4)) cfg['plugins'] = { entries: { 'admin-http-rpc': { enabled: true } } };
  if (rng.chance(0.2)) cfg['update'] = { channel: pickLiteral('update.channel', rng, ['stable']), checkOnStart: false };
  if (rng.chance(0.15)) cfg['$schema'] = './openclaw.schema.json';
  return cfg;
}

// ---------------------------------------------------------------------------------------------------
// Schema-driven random sections.

const TOP_LEVEL = Object.keys((SCHEMA['properties'] as Obj) ?? {}).filter((k) => k !== '$schema' && k !== 'meta');
const CHANNEL_IDS = Object.keys(((SCHEMA['properties'] as Obj)['channels'] as Schema)['properties'] as Obj).filter(
  (k) => k !== 'defaults' && k !== 'modelByChannel',
);
const PLUGIN_IDS = Object.keys(
  ((((SCHEMA['properties'] as Obj)['plugins'] as Schema)['properties'] as Obj)['entries'] as Schema)['properties'] as Obj,
);

function schemaDrivenConfig(rng: Rng): { cfg: Obj; note: string } | undefined {
  const opts = { optionalRate: 0.9, maxDepth: 4, maxProps: 6 };
  const roll = rng.next();
  const cfg: Obj = { agents: { entries: { main: {} } } };
  if (roll < 0.25) {
    const id = rng.pick(CHANNEL_IDS);
    const v = generateValue(schemaAt(['channels', id]), rng, opts);
    if (!isObj(v)) return undefined;
    cfg['channels'] = { [id]: v };
    return { cfg, note: `channels.${id} generated from the schema` };
  }
  if (roll < 0.45) {
    const id = rng.pick(PLUGIN_IDS);
    const v = generateValue(schemaAt(['plugins', 'entries', id]), rng, opts);
    if (!isObj(v)) return undefined;
    cfg['plugins'] = { entries: { [id]: v } };
    return { cfg, note: `plugins.entries.${id} generated from the schema` };
  }
  const key = rng.pick(TOP_LEVEL.filter((k) => k !== 'channels' && k !== 'plugins'));
  const v = generateValue(schemaAt([key]), rng, opts);
  if (v === undefined) return undefined;
  if (key === 'agents' && isObj(v)) {
    cfg['agents'] = v;
    return { cfg, note: 'agents generated from the schema' };
  }
  cfg[key] = v;
  return { cfg, note: `${key} generated from the schema` };
}

// ---------------------------------------------------------------------------------------------------
// Mutations: walk a config with its schema and change one spot.

interface Spot {
  path: (string | number)[];
  value: unknown;
  schema: Schema;
}

function branchFor(node: Schema, value: unknown): Schema {
  const union = (node['anyOf'] ?? node['oneOf']) as unknown[] | undefined;
  if (!Array.isArray(union)) return node;
  const t = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const match = union.find((b) => {
    if (!isObj(b)) return false;
    const bt = b['type'];
    const types = Array.isArray(bt) ? bt : [bt];
    if (Object.hasOwn(b, 'const')) return b['const'] === value;
    if (t === 'number') return types.includes('number') || types.includes('integer');
    return types.includes(t);
  });
  return isObj(match) ? branchFor(match, value) : node;
}

function spots(value: unknown, schema: Schema | undefined, path: (string | number)[] = [], out: Spot[] = []): Spot[] {
  if (!schema) return out;
  const node = branchFor(schema, value);
  out.push({ path, value, schema: node });
  if (isObj(value)) {
    const props = isObj(node['properties']) ? node['properties'] : {};
    for (const [k, v] of Object.entries(value)) {
      const child = Object.hasOwn(props, k) ? props[k] : node['additionalProperties'];
      spots(v, isObj(child) ? child : undefined, [...path, k], out);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => spots(v, isObj(node['items']) ? node['items'] : undefined, [...path, i], out));
  }
  return out;
}

function setAt(root: Obj, path: (string | number)[], value: unknown): void {
  let cur: unknown = root;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[seg];
  (cur as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

function deleteAt(root: Obj, path: (string | number)[]): void {
  let cur: unknown = root;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[seg];
  delete (cur as Record<string | number, unknown>)[path[path.length - 1]!];
}

type Mutation = (cfg: Obj, rng: Rng) => string | undefined;

const isStrictObject = (s: Spot) => isObj(s.value) && s.schema['additionalProperties'] === false;
const inPluginStage = (s: Spot) =>
  (s.path[0] === 'channels' && typeof s.path[1] === 'string' && s.path[1] !== 'defaults' && s.path[1] !== 'modelByChannel') ||
  (s.path[0] === 'plugins' && s.path[1] === 'entries' && s.path[3] === 'config');
const leafType = (s: Spot) => (Array.isArray(s.value) ? 'array' : s.value === null ? 'null' : typeof s.value);

const MUTATIONS: Record<string, Mutation> = {
  'unknown-key': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => isStrictObject(s) && !inPluginStage(s));
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    const key = rng.pick(['bogus', 'enabeld', 'timeout', 'extra_setting', 'debounceMs']);
    if (Object.hasOwn(s.value as Obj, key) || (isObj(s.schema['properties']) && Object.hasOwn(s.schema['properties'], key))) return undefined;
    (s.value as Obj)[key] = rng.pick([true, 1, 'x']);
    return `unknown key ${key} at ${s.path.join('.') || '<root>'}`;
  },
  'unknown-key-channel': (cfg, rng) => {
    const ch = isObj(cfg['channels']) ? Object.keys(cfg['channels']).filter((c) => c !== 'defaults' && c !== 'modelByChannel') : [];
    if (!ch.length) return undefined;
    const id = rng.pick(ch);
    ((cfg['channels'] as Obj)[id] as Obj)['bogusOption'] = true;
    return `unknown key in channels.${id}`;
  },
  'type-flip': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => ['string', 'number', 'boolean'].includes(leafType(s)) && s.path.length > 0);
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    const t = leafType(s);
    const flipped = t === 'string' ? rng.pick([42, true]) : t === 'number' ? rng.pick([String(s.value), true]) : rng.pick(['yes', 1]);
    setAt(cfg, s.path, flipped);
    return `${s.path.join('.')}: ${t} → ${typeof flipped}`;
  },
  'bad-enum': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => typeof s.value === 'string' && s.path.length > 0 && literalsOf(s.schema).length > 0);
    const enumLike = spots(cfg, SCHEMA).filter((s) => {
      if (typeof s.value !== 'string' || s.path.length === 0) return false;
      const parent = schemaAt(s.path.map((p) => (typeof p === 'number' ? '*' : p)));
      return literalsOf(parent).length > 0;
    });
    const all = [...cands, ...enumLike];
    if (!all.length) return undefined;
    const s = rng.pick(all);
    setAt(cfg, s.path, rng.pick(['not-a-valid-option', 'HYBRID', 'hot']));
    return `${s.path.join('.')}: not one of its options`;
  },
  'out-of-range': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter(
      (s) => typeof s.value === 'number' && (typeof s.schema['maximum'] === 'number' || typeof s.schema['minimum'] === 'number' || typeof s.schema['exclusiveMinimum'] === 'number'),
    );
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    const max = s.schema['maximum'];
    const v = typeof max === 'number' && max < 1e9 && rng.chance(0.6) ? max + 1 : -5;
    setAt(cfg, s.path, v);
    return `${s.path.join('.')} = ${v}`;
  },
  'bad-pattern': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => typeof s.value === 'string' && typeof s.schema['pattern'] === 'string');
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    setAt(cfg, s.path, 'NOT VALID!');
    return `${s.path.join('.')} breaks ${String(s.schema['pattern'])}`;
  },
  'missing-required': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => isObj(s.value) && Array.isArray(s.schema['required']) && (s.schema['required'] as string[]).some((r) => Object.hasOwn(s.value as Obj, r)));
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    const r = rng.pick((s.schema['required'] as string[]).filter((k) => Object.hasOwn(s.value as Obj, k)));
    delete (s.value as Obj)[r];
    return `${s.path.join('.')}.${r} removed`;
  },
  'null-value': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => s.path.length > 1 && s.value !== null && s.schema['type'] !== 'null');
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    setAt(cfg, s.path, null);
    return `${s.path.join('.')} = null`;
  },
  'wrong-container': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => s.path.length > 0 && (isObj(s.value) || Array.isArray(s.value)));
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    setAt(cfg, s.path, Array.isArray(s.value) ? { first: s.value[0] ?? 'x' } : [s.value]);
    return `${s.path.join('.')}: ${Array.isArray(s.value) ? 'array → object' : 'object → array'}`;
  },
  'unknown-top-level': (cfg, rng) => {
    const key = rng.pick(['providers', 'server', 'agent', 'model', 'webhooks']);
    if (Object.hasOwn(cfg, key)) return undefined;
    cfg[key] = key === 'providers' ? { openai: { apiKey: '${OPENAI_API_KEY}' } } : { enabled: true };
    return `unknown top-level key ${key}`;
  },
  'plugin-config-extra': (cfg, rng) => {
    const id = rng.pick(['webhooks', 'imap', 'admin-http-rpc', 'memory-core', 'openai']);
    const plugins = (cfg['plugins'] ??= {}) as Obj;
    const entries = (plugins['entries'] ??= {}) as Obj;
    entries[id] = { ...(isObj(entries[id]) ? entries[id] : {}), config: { bogusSetting: 1 } };
    return `plugins.entries.${id}.config has an unknown key`;
  },
  'non-finite': (cfg, rng) => {
    const cands = spots(cfg, SCHEMA).filter((s) => typeof s.value === 'number');
    if (!cands.length) return undefined;
    const s = rng.pick(cands);
    setAt(cfg, s.path, rng.pick([Infinity, NaN, -Infinity]));
    return `${s.path.join('.')} is not finite (JSON5)`;
  },
  'string-for-number-env': (cfg) => {
    (cfg['gateway'] as Obj)['port'] = '${OCF_PORT}';
    return 'gateway.port from ${OCF_PORT} (env always yields a string)';
  },
};

// ---------------------------------------------------------------------------------------------------
// Cross-field breaks (schema-valid, OpenClaw-invalid) and quirks.

const CROSS_FIELD: Record<string, (cfg: Obj, rng: Rng) => string | undefined> = {
  'binding-unknown-agent': (cfg) => {
    cfg['bindings'] = [{ agentId: 'ghost', match: { channel: 'telegram' } }];
    return 'binding to an agent that does not exist';
  },
  'two-default-agents': (cfg) => {
    cfg['agents'] = { entries: { a: { default: true }, b: { default: true } } };
    return 'two agents marked default';
  },
  'provider-without-baseurl': (cfg) => {
    cfg['models'] = { providers: { acme: { apiKey: '${ACME_KEY}', models: [{ id: 'acme-1', name: 'Acme 1' }] } } };
    return 'custom provider without baseUrl';
  },
  'provider-without-models': (cfg) => {
    cfg['models'] = { providers: { acme: { baseUrl: 'https://llm.acme.test/v1', apiKey: '${ACME_KEY}' } } };
    return 'custom provider without models';
  },
  'tools-allow-and-alsoallow': (cfg) => {
    cfg['tools'] = { allow: ['read'], alsoAllow: ['exec'] };
    return 'tools.allow with tools.alsoAllow';
  },
  'unknown-channel-id': (cfg) => {
    cfg['channels'] = { ...(isObj(cfg['channels']) ? cfg['channels'] : {}), foochat: { enabled: true } };
    return 'channels.foochat is not a channel';
  },
  'talk-provider-missing': (cfg) => {
    cfg['talk'] = { provider: 'nope', providers: { elevenlabs: {} } };
    return 'talk.provider not in talk.providers';
  },
  'tailscale-serve-lan': (cfg) => {
    (cfg['gateway'] as Obj)['bind'] = 'lan';
    (cfg['gateway'] as Obj)['tailscale'] = { mode: 'serve' };
    return 'tailscale serve with bind lan';
  },
  'empty-agent-entries': (cfg) => {
    cfg['agents'] = { entries: {} };
    return 'agents.entries empty';
  },
  'multi-agent-no-ownership': (cfg) => {
    cfg['agents'] = { entries: { alpha: {}, beta: {} } };
    return 'two agents without ownership';
  },
  'duplicate-agentdir': (cfg) => {
    cfg['agents'] = { ownership: 'explicit', entries: { alpha: { agentDir: '/srv/agents/shared' }, beta: { agentDir: '/srv/agents/shared' } } };
    return 'two agents share an agentDir';
  },
  'heartbeat-bad-target': (cfg) => {
    cfg['agents'] = { defaults: { heartbeat: { every: '30m', target: 'pigeon' } }, entries: { main: {} } };
    return 'heartbeat target is not a channel';
  },
  'heartbeat-bad-duration': (cfg) => {
    cfg['agents'] = { defaults: { heartbeat: { every: '2 hours' } }, entries: { main: {} } };
    return 'heartbeat.every not a duration';
  },
  'public-origin-http': (cfg) => {
    (cfg['gateway'] as Obj)['publicOrigin'] = 'http://gw.example.com';
    return 'publicOrigin over plain http';
  },
  'secretref-source-mismatch': (cfg) => {
    cfg['secrets'] = { providers: { vault: { source: 'file', path: '/run/secrets/vault.json' } } };
    cfg['models'] = { providers: { openai: { apiKey: { source: 'env', provider: 'vault', id: 'OPENAI_API_KEY' } } } };
    return 'env SecretRef to a file provider';
  },
  'web-search-unknown-provider': (cfg) => {
    cfg['tools'] = { web: { search: { enabled: true, provider: 'nosuchsearch' } } };
    return 'unknown web search provider';
  },
  'browser-profile-no-cdp': (cfg) => {
    cfg['browser'] = { profiles: { work: { headless: true } } };
    return 'browser profile without cdpPort/cdpUrl';
  },
  'avatar-outside-workspace': (cfg) => {
    cfg['agents'] = { entries: { main: { workspace: '/srv/ws', identity: { avatar: '../../etc/avatar.png' } } } };
    return 'identity.avatar escapes the workspace';
  },
  'mcp-reserved-name': (cfg) => {
    cfg['mcp'] = { servers: { ['__proto__']: { command: 'x' } } };
    return 'mcp server named __proto__';
  },
  'unknown-plugin-entry': (cfg) => {
    cfg['plugins'] = { entries: { 'no-such-plugin': { enabled: true } } };
    return 'plugin id that does not exist (OpenClaw: warning only)';
  },
  'binding-known-agent': (cfg) => {
    cfg['agents'] = { entries: { main: {} } };
    cfg['channels'] = { telegram: { enabled: true, botToken: '${TELEGRAM_BOT_TOKEN}' } };
    cfg['bindings'] = [{ agentId: 'main', match: { channel: 'telegram' } }];
    return 'binding to an existing agent (valid twin of binding-unknown-agent)';
  },
  'single-default-agent': (cfg) => {
    cfg['agents'] = { entries: { a: { default: true }, b: {} } };
    return 'one legacy default marker (valid twin of two-default-agents)';
  },
  'tools-alsoallow-only': (cfg) => {
    cfg['tools'] = { alsoAllow: ['exec'] };
    return 'tools.alsoAllow alone (valid twin)';
  },
  'provider-with-baseurl': (cfg) => {
    cfg['models'] = { providers: { acme: { baseUrl: 'https://llm.acme.test/v1', apiKey: '${ACME_KEY}', models: [{ id: 'acme-1', name: 'Acme 1' }] } } };
    return 'custom provider with baseUrl and models (valid twin)';
  },
  'tailscale-serve-loopback': (cfg) => {
    (cfg['gateway'] as Obj)['bind'] = 'loopback';
    (cfg['gateway'] as Obj)['tailscale'] = { mode: 'serve' };
    return 'tailscale serve on loopback (valid twin)';
  },
};

// ---------------------------------------------------------------------------------------------------
// Writing cases.

const cases: CorpusCase[] = [];
const files = new Map<string, string>();

function serialize(cfg: unknown, rng: Rng): string {
  // Mix plain JSON and JSON5 (unquoted keys, comments, trailing commas) like real repos do.
  // (JSON5.stringify already writes trailing commas when it indents.)
  const style = rng.int(0, 2);
  if (style === 0) return `${JSON.stringify(cfg, null, 2)}\n`;
  const body = JSON5.stringify(cfg, null, 2);
  return style === 1 ? `// generated corpus case\n${body}\n` : `${body}\n`;
}

function addCase(c: Omit<CorpusCase, 'entry'>, content: Record<string, string>): void {
  const entry = `cases/${c.id}/openclaw.json`;
  for (const [name, text] of Object.entries(content)) files.set(`cases/${c.id}/${name}`, text);
  cases.push({ ...c, entry });
}

function envFor(text: string): Record<string, string> | undefined {
  const env: Record<string, string> = {};
  const defaults: Record<string, string> = {
    OPENCLAW_GATEWAY_TOKEN: 'corpus-token-0123456789abcdef',
    OPENCLAW_GATEWAY_PASSWORD: 'corpus-password',
    OPENAI_API_KEY: 'sk-corpus-0000',
    TELEGRAM_BOT_TOKEN: '123456:corpus',
    DISCORD_BOT_TOKEN: 'corpus-discord',
    SLACK_BOT_TOKEN: 'xoxb-corpus',
    SLACK_APP_TOKEN: 'xapp-corpus',
    ACME_KEY: 'acme-corpus',
    LOCAL_LLM_KEY: 'local-corpus',
    OCF_PORT: '19301',
  };
  for (const m of text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)) if (defaults[m[1]!] !== undefined) env[m[1]!] = defaults[m[1]!]!;
  return Object.keys(env).length ? env : undefined;
}

function addConfigCase(id: string, category: string, kind: string, cfg: unknown, rng: Rng, note?: string): void {
  const text = serialize(cfg, rng);
  const env = envFor(text);
  addCase({ id, category, kind, ...(env ? { env } : {}), ...(note ? { note } : {}) }, { 'openclaw.json': text });
}

const rng = createRng(SEED);
const pad = (n: number) => String(n).padStart(3, '0');

// base
const BASES: Obj[] = [];
for (let i = 0; i < 90; i++) {
  const cfg = baseConfig(rng, i);
  BASES.push(cfg);
  addConfigCase(`base-${pad(i)}`, 'base', 'realistic', cfg, rng);
}

// schema-driven
let schemaCount = 0;
for (let attempt = 0; schemaCount < 110 && attempt < 1000; attempt++) {
  const made = schemaDrivenConfig(rng);
  if (!made) continue;
  addConfigCase(`schema-${pad(schemaCount++)}`, 'schema', 'generated', made.cfg, rng, made.note);
}

// mutations: 13 per kind, each on a different base
const mutationKinds = Object.keys(MUTATIONS);
let mCount = 0;
for (const kind of mutationKinds) {
  let made = 0;
  for (let attempt = 0; made < 13 && attempt < 200; attempt++) {
    const cfg = structuredClone(rng.pick(BASES));
    const note = MUTATIONS[kind]!(cfg, rng);
    if (!note) continue;
    addConfigCase(`mut-${pad(mCount++)}-${kind}`, 'mutation', kind, cfg, rng, note);
    made++;
  }
}

// cross-field: each rule twice, on different bases
let xCount = 0;
for (const [kind, apply] of Object.entries(CROSS_FIELD)) {
  for (let k = 0; k < 2; k++) {
    const cfg = structuredClone(rng.pick(BASES));
    // Rules that add channels/bindings start from a base whose bindings still make sense.
    delete cfg['bindings'];
    const note = apply(cfg, rng);
    if (!note) continue;
    addConfigCase(`xf-${pad(xCount++)}-${kind}`, 'cross-field', kind, cfg, rng, note);
  }
}

// includes
let iCount = 0;
function addIncludeCase(kind: string, content: Record<string, string>, note: string, env?: Record<string, string>): void {
  addCase({ id: `inc-${pad(iCount++)}-${kind}`, category: 'include', kind, note, ...(env ? { env } : {}) }, content);
}
for (let k = 0; k < 6; k++) {
  const base = structuredClone(rng.pick(BASES));
  const gateway = base['gateway'];
  const agents = base['agents'];
  delete base['gateway'];
  delete base['agents'];
  const env = envFor(JSON.stringify([gateway, agents]));
  addIncludeCase(
    'split-sections',
    {
      'openclaw.json': serialize({ ...base, gateway: { $include: './gateway.json5' }, agents: { $include: './agents/agents.json5' } }, rng),
      'gateway.json5': serialize(gateway, rng),
      'agents/agents.json5': serialize(agents, rng),
    },
    'sections in separate files',
    env,
  );
}
for (let k = 0; k < 3; k++) {
  addIncludeCase(
    'array-merge',
    {
      'openclaw.json': serialize({ gateway: { $include: ['./a.json5', './b.json5'], port: 19305 }, agents: { entries: { main: {} } } }, rng),
      'a.json5': serialize({ port: 19301, trustedProxies: ['10.0.0.1'], reload: { mode: 'off' }, auth: { mode: 'token', token: 'literal-token-a' } }, rng),
      'b.json5': serialize({ port: 19302, trustedProxies: ['10.0.0.2'], reload: { mode: k === 2 ? 'hot' : 'hybrid' } }, rng),
    },
    k === 2 ? 'array include; the second file has a retired reload mode' : 'array include: objects merge, arrays concatenate, siblings last',
  );
}
addIncludeCase('nested-relative', {
  'openclaw.json': serialize({ agents: { $include: './sub/agents.json5' } }, rng),
  'sub/agents.json5': serialize({ entries: { $include: './entries.json5' } }, rng),
  'sub/entries.json5': serialize({ main: { name: 'Main' } }, rng),
}, 'nested include resolves relative to the including file');
addIncludeCase('error-in-included', {
  'openclaw.json': serialize({ gateway: { $include: './gateway.json5' }, agents: { entries: { main: {} } } }, rng),
  'gateway.json5': serialize({ port: 'not-a-port', bogus: true }, rng),
}, 'schema errors inside an included file');
addIncludeCase('parse-error-in-included', {
  'openclaw.json': serialize({ gateway: { $include: './gateway.json5' } }, rng),
  'gateway.json5': '{\n  port: 19301,\n  bind: ,\n}\n',
}, 'JSON5 syntax error in an included file');
addIncludeCase('cycle', {
  'openclaw.json': serialize({ gateway: { $include: './a.json5' } }, rng),
  'a.json5': serialize({ $include: './b.json5' }, rng),
  'b.json5': serialize({ $include: './a.json5' }, rng),
}, 'a → b → a');
addIncludeCase('self-include', {
  'openclaw.json': serialize({ $include: './openclaw.json' }, rng),
}, 'the root includes itself');
{
  const chain: Record<string, string> = { 'openclaw.json': serialize({ gateway: { $include: './f1.json5' } }, rng) };
  for (let d = 1; d <= 11; d++) chain[`f${d}.json5`] = serialize(d === 11 ? { port: 19301 } : { $include: `./f${d + 1}.json5` }, rng);
  addIncludeCase('depth-11', chain, 'eleven nested includes (limit 10)');
  const ok: Record<string, string> = { 'openclaw.json': serialize({ gateway: { $include: './f1.json5' } }, rng) };
  for (let d = 1; d <= 9; d++) ok[`f${d}.json5`] = serialize(d === 9 ? { port: 19301 } : { $include: `./f${d + 1}.json5` }, rng);
  addIncludeCase('depth-9', ok, 'nine nested includes (allowed)');
}
addIncludeCase('escape-parent', {
  'openclaw.json': serialize({ gateway: { $include: '../outside.json5' } }, rng),
}, 'include path leaves the config folder');
addIncludeCase('escape-absolute', {
  'openclaw.json': serialize({ gateway: { $include: '/etc/hostname' } }, rng),
}, 'absolute include outside the config folder');
addIncludeCase('missing-file', {
  'openclaw.json': serialize({ gateway: { $include: './missing.json5' } }, rng),
}, 'include target does not exist');
addIncludeCase('env-in-path', {
  'openclaw.json': serialize({ gateway: { $include: './${OCF_UI_FILE}' } }, rng),
  'gw.json5': serialize({ port: 19301 }, rng),
}, 'include paths are not env-substituted', { OCF_UI_FILE: 'gw.json5' });
addIncludeCase('non-object-with-siblings', {
  'openclaw.json': serialize({ gateway: { trustedProxies: { $include: './list.json5', extra: 1 } } }, rng),
  'list.json5': serialize(['10.0.0.1'], rng),
}, 'included array with sibling keys');
addIncludeCase('number-value', {
  'openclaw.json': serialize({ gateway: { $include: 5 } }, rng),
}, '$include must be a string or list of strings');
addIncludeCase('root-include-override', {
  'openclaw.json': serialize({ $include: './base.json5', gateway: { port: 19399 } }, rng),
  'base.json5': serialize({ gateway: { port: 19301, mode: 'local' }, agents: { entries: { main: {} } } }, rng),
}, 'root-level include with a sibling override');
addIncludeCase('same-file-twice', {
  'openclaw.json': serialize({ gateway: { trustedProxies: ['10.0.0.9'], $include: ['./p.json5', './p.json5'] } }, rng),
  'p.json5': serialize({ trustedProxies: ['10.0.0.1'] }, rng),
}, 'the same file included twice: arrays duplicate');
addIncludeCase('channel-in-include', {
  'openclaw.json': serialize({ channels: { $include: './channels.json5' }, agents: { entries: { main: {} } } }, rng),
  'channels.json5': serialize({ telegram: { enabled: true, botToken: 'x', bogusOption: 1 } }, rng),
}, 'a channel error inside an included file');
addIncludeCase('included-unknown-key', {
  'openclaw.json': serialize({ agents: { $include: './agents.json5' } }, rng),
  'agents.json5': serialize({ entries: { main: { bogus: 1 } } }, rng),
}, 'unknown key in an included file');

// env
let eCount = 0;
const addEnvCase = (kind: string, cfg: unknown, env: Record<string, string> | undefined, note: string) =>
  addCase({ id: `env-${pad(eCount++)}-${kind}`, category: 'env', kind, note, ...(env ? { env } : {}) }, { 'openclaw.json': serialize(cfg, rng) });
addEnvCase('present', { gateway: { auth: { mode: 'token', token: '${OCF_TOKEN}' } } }, { OCF_TOKEN: 'abc123abc123' }, 'token from env');
addEnvCase('missing', { gateway: { auth: { mode: 'token', token: '${OCF_MISSING_TOKEN}' } } }, undefined, 'missing env var: warning, still valid');
addEnvCase('empty', { gateway: { trustedProxies: ['${OCF_EMPTY}'] } }, { OCF_EMPTY: '' }, 'empty env var: warning');
addEnvCase('lowercase', { gateway: { trustedProxies: ['${ocf_lower}'] } }, { ocf_lower: 'x' }, 'lowercase names are not substituted');
addEnvCase('escaped', { gateway: { trustedProxies: ['$${OCF_BASE}'] } }, { OCF_BASE: '/srv/x' }, '$${VAR} stays literal');
addEnvCase('inline-twice', { agents: { defaults: { workspace: 'pre-${OCF_BASE}-${OCF_BASE}' }, entries: { main: {} } } }, { OCF_BASE: '/srv/x' }, 'two substitutions in one string');
addEnvCase('number-from-env', { gateway: { port: '${OCF_PORT}' } }, { OCF_PORT: '19301' }, 'numbers cannot come from env');
addEnvCase('boolean-from-env', { gateway: { controlUi: { enabled: '${OCF_FLAG}' } } }, { OCF_FLAG: 'true' }, 'booleans cannot come from env');
addEnvCase('enum-from-env', { gateway: { reload: { mode: '${OCF_MODE}' } } }, { OCF_MODE: 'hybrid' }, 'an enum value from env is fine');
addEnvCase('bad-enum-from-env', { gateway: { reload: { mode: '${OCF_MODE}' } } }, { OCF_MODE: 'hot' }, 'a bad enum value from env');
addEnvCase('env-block', { env: { vars: { OCF_FROM_BLOCK: 'from-block' } }, gateway: { trustedProxies: ['${OCF_FROM_BLOCK}'] } }, undefined, 'env.vars feed substitution');
addEnvCase('env-flat-key', { env: { FOO: 'bar' } }, undefined, 'flat env keys are rejected');
addEnvCase('structural-value', { gateway: { trustedProxies: ['${OCF_TRICKY}'] } }, { OCF_TRICKY: 'x", bogus: "y' }, 'an env value that looks like JSON5 stays a string');

// legacy and special
let sCount = 0;
const addSpecial = (kind: string, cfg: unknown, note: string, env?: Record<string, string>) =>
  addCase({ id: `special-${pad(sCount++)}-${kind}`, category: 'special', kind, note, ...(env ? { env } : {}) }, { 'openclaw.json': serialize(cfg, rng) });
addSpecial('legacy-agents-list', { agents: { list: [{ id: 'main', name: 'Main' }, { id: 'ops' }] } }, 'legacy agents.list is migrated in memory');
addSpecial('legacy-agents-list-single', { agents: { list: [{ id: 'main' }] } }, 'legacy agents.list, one agent');
addSpecial('legacy-context-tokens', { agents: { defaults: { contextTokens: 100000 }, entries: { main: {} } } }, 'retired agents.defaults.contextTokens');
addSpecial('root-schema', { $schema: './openclaw.schema.json', agents: { entries: { main: {} } } }, 'root $schema is allowed');
addSpecial('nested-schema', { gateway: { $schema: './x.json' } }, '$schema is only allowed at the root');
addSpecial('schema-number', { $schema: 5 }, '$schema must be a string');
addSpecial('uppercase-agent-id', { agents: { entries: { Main: {} } } }, 'agent ids are case-insensitive');
addSpecial('bad-agent-id', { agents: { entries: { 'bad id!': {} } } }, 'agent id with spaces');
addSpecial('telegram-no-policies', { channels: { telegram: { enabled: true, botToken: 'x' } }, agents: { entries: { main: {} } } }, 'defaulted dmPolicy/groupPolicy omitted');
addSpecial('slack-defaults-omitted', { channels: { slack: { enabled: true, botToken: 'xoxb-1', appToken: 'xapp-1' } }, agents: { entries: { main: {} } } }, 'slack with defaulted fields omitted');
addSpecial('webhooks-plugin-refs', { plugins: { entries: { webhooks: { enabled: true, config: { routes: { deploy: { path: '/hooks/deploy', sessionKey: 'hook:deploy', secret: { source: 'env', provider: 'default', id: 'HOOK_SECRET' } } } } } } } }, 'plugin schema with its own $defs');
addSpecial('webhooks-plugin-bad-ref', { plugins: { entries: { webhooks: { enabled: true, config: { routes: { deploy: { path: '/hooks/deploy', sessionKey: 'hook:deploy', secret: { source: 'env', provider: 'default', id: 'lower-case' } } } } } } } }, 'plugin $defs ref with a bad value');
addSpecial('imap-plugin-account', { plugins: { entries: { imap: { enabled: true, config: { accounts: { work: { host: 'imap.example.com', user: 'me@example.com', password: { source: 'env', provider: 'default', id: 'IMAP_PASSWORD' } } } } } } } }, 'imap plugin with $defs refs');
addSpecial('accent-hex', { ui: { prefs: { accent: '#12abEF' } } }, 'starts_with format: accent colour with #');
addSpecial('accent-no-hash', { ui: { prefs: { accent: '12abef' } } }, 'accent colour without # (starts_with)');
addSpecial('accent-theme', { ui: { prefs: { accent: 'theme' } } }, 'accent literal');
addSpecial('proxy-url-bad', { proxy: { enabled: true, proxyUrl: 'not a url' } }, 'uri format');
addSpecial('proxy-url-ok', { proxy: { enabled: true, proxyUrl: 'http://127.0.0.1:3128' } }, 'uri format');
addSpecial('codex-agents-trim', { mcp: { servers: { codex: { command: 'codex', codex: { agents: [' Main ', 'ops'] } } } } }, 'codex.agents are trimmed and case-insensitive');
addSpecial('reload-retired-mode', { gateway: { reload: { mode: 'hot' } } }, 'retired reload mode');
addSpecial('empty-object', {}, 'empty config');
addSpecial('port-70000', { gateway: { port: 70000 } }, 'port out of range');
addSpecial('port-float', { gateway: { port: 18789.5 } }, 'port not an integer');
addSpecial('gateway-roles-no-definitions', { gateway: { roles: { default: 'viewer' } } }, 'roles without definitions');
addSpecial('secretref-bad-source', { models: { providers: { openai: { apiKey: { source: 'vault', provider: 'default', id: 'X' } } } } }, 'SecretRef with an unknown source');
addSpecial('secretref-bad-provider', { models: { providers: { openai: { apiKey: { source: 'env', provider: 'Bad Provider', id: 'OPENAI_API_KEY' } } } } }, 'SecretRef provider pattern');
addSpecial('binding-acp-type', { agents: { entries: { main: {} } }, bindings: [{ type: 'route', agentId: 'main', match: { channel: 'telegram' } }] }, 'typed binding');
addSpecial('telegram-account-bad', { channels: { telegram: { accounts: { work: { botToken: 'x', dmPolicy: 'sometimes' } } } }, agents: { entries: { main: {} } } }, 'bad enum in a channel account');
addSpecial('accessgroups-bad-type', { accessGroups: { staff: { type: 'slack.users', members: {} } } }, 'discriminated union without a matching branch');
addSpecial('accessgroups-ok', { accessGroups: { staff: { type: 'message.senders', members: { telegram: ['123'] } } } }, 'discriminated union, matching branch');
addSpecial('mcp-blank-name', { nodeHost: { mcp: { servers: { ' padded ': { command: 'x' } } } } }, 'node host MCP server name with spaces');
addSpecial('mcp-inner-space-name', { nodeHost: { mcp: { servers: { 'my server': { command: 'x' } } } } }, 'node host MCP server name with an inner space (valid twin)');
addSpecial('worktree-root-tilde', { worktreeRoot: ' ~/worktrees ' }, 'worktreeRoot with ~ (valid twin)');
addSpecial('worktree-root-relative', { worktreeRoot: 'worktrees' }, 'relative worktreeRoot');
addSpecial('file-ref-id-value', { secrets: { providers: { vault: { source: 'file', path: '/run/s.json', mode: 'singleValue' } } }, models: { providers: { openai: { apiKey: { source: 'file', provider: 'vault', id: 'value' } } } } }, 'file SecretRef id "value" (valid twin)');
addSpecial('file-ref-id-escaped', { secrets: { providers: { vault: { source: 'file', path: '/run/s.json' } } }, models: { providers: { openai: { apiKey: { source: 'file', provider: 'vault', id: '/a~1b/c~0d' } } } } }, 'file SecretRef id with JSON-pointer escapes (valid twin)');
addSpecial('file-ref-id-relative', { secrets: { providers: { vault: { source: 'file', path: '/run/s.json' } } }, models: { providers: { openai: { apiKey: { source: 'file', provider: 'vault', id: 'providers/openai' } } } } }, 'file SecretRef id that is not a pointer');
// (No exec provider is declared: OpenClaw checks that its command is a readable file on the validating
// machine, which would make the verdict depend on where the corpus is recorded.)
addSpecial('exec-ref-id-ok', { models: { providers: { openai: { apiKey: { source: 'exec', provider: 'vault', id: 'aws/secret#json_key' } } } } }, 'exec SecretRef id (valid twin)');
addSpecial('exec-ref-id-traversal', { models: { providers: { openai: { apiKey: { source: 'exec', provider: 'vault', id: 'a/../b' } } } } }, 'exec SecretRef id with ..');
addSpecial('sandbox-origin-ok', { mcp: { apps: { sandboxOrigin: 'https://apps.example.com' } } }, 'sandboxOrigin bare origin (valid twin)');
addSpecial('sandbox-origin-path', { mcp: { apps: { sandboxOrigin: 'https://apps.example.com/x' } } }, 'sandboxOrigin with a path');
addSpecial('proxy-url-ftp', { proxy: { enabled: true, proxyUrl: 'ftp://proxy.example.com' } }, 'proxyUrl with a non-http scheme');
addSpecial('legacy-provider-context', { models: { providers: { local: { baseUrl: 'http://127.0.0.1:1/v1', contextWindow: 32768, models: [{ id: 'a', name: 'A' }] } } } }, 'retired provider-level contextWindow, baked into models');
addSpecial('legacy-copilot-discovery', { plugins: { entries: { 'github-copilot': { config: { discovery: { enabled: false } } } } } }, 'retired github-copilot discovery.enabled');
addSpecial('legacy-copilot-discovery-extra', { plugins: { entries: { 'github-copilot': { config: { discovery: { enabled: false, interval: 5 } } } } } }, 'github-copilot discovery with other keys stays invalid');

// parse
let pCount = 0;
const addParse = (kind: string, text: string, note: string) =>
  addCase({ id: `parse-${pad(pCount++)}-${kind}`, category: 'parse', kind, note }, { 'openclaw.json': text });
addParse('truncated', '{ gateway: { port: 1 },\n', 'unterminated object');
addParse('empty-file', '', 'empty file');
addParse('garbage', 'gateway = port 1\n', 'not JSON5 at all');
addParse('nan-literal', '{ gateway: { port: NaN } }\n', 'NaN for a number');
addParse('infinity-literal', '{ agents: { defaults: { timeoutSeconds: Infinity } } }\n', 'Infinity for a number');
addParse('duplicate-keys', '{ gateway: { port: 19301, port: "x" } }\n', 'duplicate key: the last one wins');
addParse('trailing-comma-ok', '{ gateway: { port: 19301, }, }\n', 'trailing commas are JSON5');
addParse('array-root', '[]\n', 'root is an array');
addParse('string-root', '"hello"\n', 'root is a string');
addParse('comment-only', '// nothing here\n', 'only a comment');
addParse('hex-number', '{ gateway: { port: 0x4A65 } }\n', 'hex integer (JSON5)');
addParse('big-integer', '{ agents: { defaults: { timeoutSeconds: 12345678901234567890 } } }\n', 'unsafe integer');
addParse('proto-key', '{ "__proto__": { "gateway": { "auth": { "mode": "none" } } } }\n', '__proto__ key');
addParse('bom', '\uFEFF{ gateway: { port: 19301 } }\n', 'UTF-8 BOM');

// ---------------------------------------------------------------------------------------------------

rmSync(join(CORPUS_DIR, 'cases'), { recursive: true, force: true });
for (const [rel, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const target = join(CORPUS_DIR, rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
const manifest: CorpusManifest = { generator: 'scripts/corpus-generate.ts', seed: SEED, openclawVersion: OPENCLAW_VERSION, cases };
writeFileSync(join(CORPUS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const byCategory = new Map<string, number>();
for (const c of cases) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
console.log(`corpus: ${cases.length} cases (${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}) in ${CORPUS_DIR}`);
