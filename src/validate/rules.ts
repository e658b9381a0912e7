/**
 * Semantic rules: the checks `openclaw config validate` (2026.9.6) makes that a JSON schema cannot —
 * cross-field rules, refinements and registry lookups. Each message is OpenClaw's own wording (verified by
 * running `openclaw config validate --json` on a case for each; see test/validate/rules*.test.ts).
 *
 * OpenClaw validates in stages, and so do we, so the same config gets the same issues:
 * 1. schema stage — the zod schema with its refinements. A refinement runs unless its object holds an
 *    *aborting* schema issue (a wrong type, a missing required key, a bad enum); unknown keys, range errors
 *    and other refinements do not stop it. The root refinement (unknown agent ids) therefore runs unless
 *    some aborting issue exists anywhere.
 * 2. core stage — only when stage 1 found nothing: duplicate agentDir, Tailscale bind/auth; the first
 *    failing check ends validation.
 * 3. plugin stage — only when stage 2 passed: unknown channel ids, heartbeat targets, SecretRef source
 *    mismatches, and the warnings (dmPolicy without "*", no heartbeat owner).
 */
import { homedir } from 'node:os';
import { isIP } from 'node:net';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { domainToASCII } from 'node:url';
import { getIn, isRecord, listAgentEntries, normalizeAgentId } from './agent-ids.js';
import { BUILT_IN_MODEL_PROVIDER_IDS, BUNDLED_CHANNEL_IDS, BUNDLED_WEB_SEARCH_PROVIDER_IDS, INSTALLABLE_WEB_SEARCH_PROVIDER_IDS, CHANNEL_ALIASES, NESTED_DM_POLICY_CHANNELS } from './openclaw-facts.js';

export interface RuleIssue {
  path: string;
  message: string;
}

export interface RuleInput {
  /** The config after includes, env substitution and legacy migration. */
  config: unknown;
  /** Schema-stage issues already found (from the JSON schema). */
  schemaIssues: ReadonlyArray<{ path: string; message: string }>;
  /** Environment for path resolution (HOME, OPENCLAW_STATE_DIR); default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Base for relative agentDir paths (default `process.cwd()`). */
  cwd?: string;
  /** The owner named by a legacy `default: true` marker (see migrate.ts). */
  legacyDefaultAgentId?: string;
  /**
   * Config paths of `__proto__` keys the loader dropped (they never reach `config`, so prototype
   * pollution stays impossible); OpenClaw still sees them in the raw source and rejects some.
   */
  droppedProtoKeyPaths?: readonly string[];
}

export interface RuleOutput {
  issues: RuleIssue[];
  warnings: RuleIssue[];
}

/**
 * True for schema issues that stop zod refinements on the objects containing them (zod 4 "aborted"
 * payloads): wrong types, missing required keys, bad enums/literals/unions. Both OpenClaw's wording and
 * Ajv's are recognised, so the JSON-schema engine's issues gate the rules the way zod's do.
 */
export function isAbortingIssue(message: string): boolean {
  return (
    /^Invalid (input|option)\b/.test(message) ||
    /^must be (string|number|integer|boolean|object|array|null)\b/.test(message) ||
    /^must have required property/.test(message) ||
    /^must be equal to (one of the allowed values|constant)/.test(message) ||
    /^must match (exactly one schema|a schema in anyOf)/.test(message)
  );
}

const POLICY_FIX = 'in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';

/** Runs all stages; see the module comment. */
export function semanticRules(input: RuleInput): RuleOutput {
  const config = input.config;
  if (!isRecord(config)) return { issues: [], warnings: [] };
  const aborting = input.schemaIssues.filter((i) => isAbortingIssue(i.message)).map((i) => normalizeIssuePath(i.path));
  const clean = (scope: string): boolean => !aborting.some((p) => p === '' || scope === '' || p === scope || p.startsWith(scope + '.'));

  // Stage 1: refinements of the schema.
  const schemaStage = [
    ...agentRosterRule(config, clean),
    ...heartbeatRules(config, clean),
    ...toolPolicyRules(config, clean),
    ...talkRules(config, clean),
    ...gatewayRefinements(config, clean),
    ...customProviderRule(config, clean),
    ...browserProfileRules(config, clean),
    ...reservedMcpServerNames(input.droppedProtoKeyPaths ?? []),
    ...egressProxyHostRules(config, clean),
    ...cloudWorkerSuspendRules(config, clean),
    ...(clean('') ? unknownAgentRefs(config) : []),
  ];
  if (input.schemaIssues.length > 0 || schemaStage.length > 0) return { issues: schemaStage, warnings: [] };

  // Stage 2: core checks, first failure wins.
  const env = input.env ?? process.env;
  const cwd = input.cwd ?? process.cwd();
  for (const check of [() => duplicateAgentDirs(config, env, cwd), () => identityAvatars(config, env, cwd), () => tailscaleBind(config), () => tailscaleAuth(config)]) {
    const issues = check();
    if (issues.length > 0) return { issues, warnings: [] };
  }

  // Stage 3: registry checks and warnings.
  const warnings = [...heartbeatOwnerWarning(config, input.legacyDefaultAgentId), ...dmPolicyWarnings(config)];
  const channels = unknownChannels(config);
  warnings.push(...channels.warnings);
  const webSearch = webSearchProvider(config);
  warnings.push(...webSearch.warnings);
  const issues = [...channels.issues, ...heartbeatTargets(config), ...secretRefSourceMismatches(config), ...webSearch.issues];
  return { issues, warnings };
}

const RESERVED_MCP_SERVER_NAME = '__proto__';

/**
 * `mcp.servers.__proto__` (and under `nodeHost.mcp.servers`): OpenClaw reserves the name. The loader
 * drops `__proto__` keys before validation, so the rule reads the dropped paths instead of the config.
 */
function reservedMcpServerNames(droppedPaths: readonly string[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const scope of ['mcp.servers', 'nodeHost.mcp.servers']) {
    const path = `${scope}.${RESERVED_MCP_SERVER_NAME}`;
    if (droppedPaths.includes(path)) issues.push({ path, message: `MCP server name "${RESERVED_MCP_SERVER_NAME}" is reserved; rename the server` });
  }
  return issues;
}

/**
 * OpenClaw's exact-host grammar for egress-proxy allow/bypass lists: one lowercase hostname or IP
 * literal; no wildcard, scheme, path or port. Returns the problem message, or undefined when valid.
 */
export function exactHostProblem(raw: string): string | undefined {
  const trimmed = raw.trim().toLowerCase().replace(/\.+$/u, '');
  if (trimmed.includes('*')) return `Allowed host "${raw}" cannot contain a wildcard; use one exact hostname.`;
  const bare = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  if (isIP(bare)) return undefined;
  if (!bare || bare.includes(':') || /[\s/?#@]/u.test(bare)) return `Allowed host "${raw}" must be a hostname without a scheme, path, wildcard, or port.`;
  const ascii = domainToASCII(bare);
  const badLabel = (label: string) => !label || label.length > 63 || label.startsWith('-') || label.endsWith('-') || !/^[a-z0-9-]+$/u.test(label);
  if (!ascii || ascii.length > 253 || ascii.split('.').some(badLabel)) return `Allowed host "${raw}" is not a valid hostname.`;
  return undefined;
}

function egressProxyHostRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const key of ['allowedHosts', 'bypassHosts']) {
    const list = getIn(config, ['secrets', 'egressProxy', key]);
    if (!Array.isArray(list)) continue;
    list.forEach((host, index) => {
      const path = `secrets.egressProxy.${key}.${index}`;
      // Empty strings fail the schema's min(1) first; that issue aborts this refinement.
      if (typeof host !== 'string' || host.trim() === '' || !clean(path)) return;
      const message = exactHostProblem(host);
      if (message) issues.push({ path, message });
    });
  }
  return issues;
}

/** `cloudWorkers.profiles.<id>.suspendAfter`: a duration with an explicit unit, at least one minute. */
function cloudWorkerSuspendRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const profiles = getIn(config, ['cloudWorkers', 'profiles']);
  if (!isRecord(profiles)) return [];
  const issues: RuleIssue[] = [];
  for (const [id, profile] of Object.entries(profiles)) {
    const value = isRecord(profile) ? profile['suspendAfter'] : undefined;
    const path = `cloudWorkers.profiles.${id}.suspendAfter`;
    if (typeof value !== 'string' || !clean(path)) continue;
    const ms = /(?:ms|s|m|h|d)$/i.test(value) ? parseDurationMs(value, 'ms') : undefined;
    if (ms === undefined || ms < 60_000) issues.push({ path, message: 'Worker profile suspendAfter must be a duration of at least 1m' });
  }
  return issues;
}

function normalizeIssuePath(path: string): string {
  if (path === '<root>' || path === '') return '';
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/\["([^"]*)"\]/g, '.$1').replace(/^\./, '');
}

type Clean = (scope: string) => boolean;

// ── Stage 1 ───────────────────────────────────────────────────────────────────────────────────────────

function agentRosterRule(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const agents = config['agents'];
  if (!isRecord(agents) || !clean('agents')) return [];
  const issues: RuleIssue[] = [];
  const entries = isRecord(agents['entries']) ? Object.entries(agents['entries']) : [];
  if (entries.length === 0) issues.push({ path: 'agents.entries', message: 'agents.entries must contain at least one configured agent' });
  const firstKeyById = new Map<string, string>();
  for (const [key] of entries) {
    const id = normalizeAgentId(key);
    const first = firstKeyById.get(id);
    if (first === undefined) firstKeyById.set(id, key);
    else issues.push({ path: `agents.entries.${key}`, message: `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id` });
  }
  const marked = entries.filter(([, entry]) => isRecord(entry) && entry['default'] === true).length;
  if (marked > 1) issues.push({ path: 'agents.entries', message: `agents.entries must contain at most one default=true entry (found ${marked})` });
  if (agents['ownership'] === 'explicit' && marked > 0) issues.push({ path: 'agents.ownership', message: 'agents.ownership=explicit cannot be combined with a legacy default=true marker' });
  if (entries.length > 1 && marked === 0 && agents['ownership'] !== 'explicit') {
    issues.push({ path: 'agents.ownership', message: 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor' });
  }
  return issues;
}

/** Heartbeat blocks: `every` must be a duration, `activeHours` must be HH:MM. */
function heartbeatRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const blocks: Array<[string, unknown]> = [['agents.defaults.heartbeat', getIn(config, ['agents', 'defaults', 'heartbeat'])]];
  for (const agent of listAgentEntries(config)) blocks.push([`${agent.path}.heartbeat`, agent.entry['heartbeat']]);
  const issues: RuleIssue[] = [];
  for (const [path, hb] of blocks) {
    if (!isRecord(hb) || !clean(path)) continue;
    const every = hb['every'];
    if (typeof every === 'string' && every !== '' && parseDurationMs(every, 'm') === undefined) {
      issues.push({ path: `${path}.every`, message: 'invalid duration (use ms, s, m, h)' });
    }
    const active = hb['activeHours'];
    if (!isRecord(active)) continue;
    for (const [key, allow24] of [['start', false], ['end', true]] as const) {
      const raw = active[key];
      if (typeof raw !== 'string' || raw === '') continue;
      const m = /^([01]\d|2[0-3]|24):([0-5]\d)$/.exec(raw);
      if (!m) issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (use "HH:MM" 24h format)' });
      else if (m[1] === '24' && m[2] !== '00') issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (24:00 is the only allowed 24:xx value)' });
      else if (m[1] === '24' && !allow24) issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (start cannot be 24:00)' });
    }
  }
  return issues;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * OpenClaw's duration grammar: `30m`, `1.5h`, `1h30m` (units ms, s, m, h, d; a bare number takes
 * `defaultUnit`). Returns milliseconds, or undefined when OpenClaw would reject the value.
 */
export function parseDurationMs(raw: string, defaultUnit: string): number | undefined {
  const s = raw.trim().toLowerCase();
  if (!s) return undefined;
  const single = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(s);
  const safe = (v: number) => (Number.isSafeInteger(Math.round(v)) ? Math.round(v) : undefined);
  if (single) return safe(Number(single[1]) * DURATION_UNITS[single[2] ?? defaultUnit]!);
  let total = 0;
  let consumed = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== s.length) return undefined;
  return safe(total);
}

function hasBoth(policy: unknown): boolean {
  if (!isRecord(policy)) return false;
  const allow = policy['allow'];
  const also = policy['alsoAllow'];
  return Array.isArray(allow) && allow.length > 0 && Array.isArray(also) && also.length > 0;
}

/** `allow` and `alsoAllow` cannot both be set in one tool-policy scope. */
function toolPolicyRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const check = (path: string, policy: unknown, subject: string) => {
    if (hasBoth(policy) && clean(path)) issues.push({ path, message: `${subject} cannot set both allow and alsoAllow ${POLICY_FIX}` });
  };
  const scope = (base: string, tools: unknown, subject: string, withSubagents: boolean) => {
    if (!isRecord(tools)) return;
    const byProvider = tools['byProvider'];
    if (isRecord(byProvider)) for (const [k, v] of Object.entries(byProvider)) check(`${base}.byProvider.${k}`, v, 'tools.byProvider policy');
    const bySender = tools['toolsBySender'];
    if (isRecord(bySender)) for (const [k, v] of Object.entries(bySender)) check(`${base}.toolsBySender.${k}`, v, 'tools policy');
    if (withSubagents) check(`${base}.subagents.tools`, getIn(tools, ['subagents', 'tools']), 'tools policy');
    check(`${base}.sandbox.tools`, getIn(tools, ['sandbox', 'tools']), 'tools policy');
    check(base, tools, subject);
  };
  scope('tools', config['tools'], 'tools', true);
  for (const agent of listAgentEntries(config)) scope(`${agent.path}.tools`, agent.entry['tools'], 'agent tools', false);
  return issues;
}

/** `talk.provider` / `talk.realtime.provider` must name one of their `providers`. */
function talkRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const talk = config['talk'];
  if (!isRecord(talk)) return [];
  const issues: RuleIssue[] = [];
  const check = (base: string, block: Record<string, unknown>) => {
    if (!clean(base)) return;
    const provider = typeof block['provider'] === 'string' ? block['provider'].trim().toLowerCase() : '';
    const providers = isRecord(block['providers']) ? block['providers'] : undefined;
    const count = providers ? Object.keys(providers).length : 0;
    if (provider && count > 0 && !Object.hasOwn(providers!, provider)) {
      issues.push({ path: `${base}.provider`, message: `${base}.provider must match a key in ${base}.providers (missing "${provider}")` });
    }
    if (!provider && count > 1) issues.push({ path: `${base}.provider`, message: `${base}.provider is required when ${base}.providers defines multiple providers` });
  };
  if (isRecord(talk['realtime'])) check('talk.realtime', talk['realtime']);
  check('talk', talk);
  return issues;
}

const LOOPBACK_ORIGIN_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A bare `http(s)://host[:port]` origin: no path, query, fragment or credentials. */
function isHttpOrigin(value: string): URL | undefined {
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return ok ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `gateway.publicOrigin` and `gateway.roles` refinements. */
function gatewayRefinements(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const gateway = config['gateway'];
  if (!isRecord(gateway)) return [];
  const issues: RuleIssue[] = [];
  const origin = gateway['publicOrigin'];
  if (typeof origin === 'string') {
    const url = isHttpOrigin(origin);
    if (!url || (url.protocol !== 'https:' && !LOOPBACK_ORIGIN_HOSTS.has(url.hostname))) {
      issues.push({ path: 'gateway.publicOrigin', message: 'gateway.publicOrigin must be a bare HTTPS origin; HTTP is allowed only for localhost, 127.0.0.1, or [::1]' });
    }
  }
  const roles = gateway['roles'];
  if (isRecord(roles) && isRecord(roles['definitions'])) {
    const defs = roles['definitions'];
    if (Object.keys(defs).length === 0 && clean('gateway.roles.definitions')) {
      issues.push({ path: 'gateway.roles.definitions', message: 'gateway.roles.definitions must contain at least one role definition' });
    }
    if (typeof roles['default'] === 'string' && !Object.hasOwn(defs, roles['default']) && clean('gateway.roles')) {
      issues.push({ path: 'gateway.roles.default', message: 'gateway.roles.default must name a configured role definition' });
    }
  }
  return issues;
}

/** Providers OpenClaw does not bundle need `baseUrl` and `models`. */
function customProviderRule(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const providers = getIn(config, ['models', 'providers']);
  if (!isRecord(providers) || !clean('models.providers')) return [];
  const issues: RuleIssue[] = [];
  for (const [id, provider] of Object.entries(providers)) {
    if (!isRecord(provider) || BUILT_IN_MODEL_PROVIDER_IDS.has(id.trim().toLowerCase())) continue;
    if (!provider['baseUrl']) {
      issues.push({ path: `models.providers.${id}.baseUrl`, message: 'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers' });
    }
    if (!Array.isArray(provider['models'])) {
      issues.push({ path: `models.providers.${id}.models`, message: 'custom model providers must declare models; provider overlays without models are only supported for bundled providers' });
    }
  }
  return issues;
}

/** Browser profiles need a CDP endpoint unless a driver owns it. */
function browserProfileRules(config: Record<string, unknown>, clean: Clean): RuleIssue[] {
  const profiles = getIn(config, ['browser', 'profiles']);
  if (!isRecord(profiles)) return [];
  const issues: RuleIssue[] = [];
  for (const [name, p] of Object.entries(profiles)) {
    const path = `browser.profiles.${name}`;
    if (!isRecord(p) || !clean(path)) continue;
    const driver = p['driver'];
    if (driver !== 'existing-session' && driver !== 'extension' && !p['cdpPort'] && !p['cdpUrl']) issues.push({ path, message: 'Profile must set cdpPort or cdpUrl' });
    if (driver !== 'existing-session' && p['userDataDir']) issues.push({ path, message: 'Profile userDataDir is only supported with driver="existing-session"' });
    if (driver === 'extension' && p['cdpUrl']) issues.push({ path, message: 'Profile cdpUrl is not supported with driver="extension" (the relay owns the endpoint)' });
  }
  return issues;
}

/** References to agents that do not exist (the root refinement). */
function unknownAgentRefs(config: Record<string, unknown>): RuleIssue[] {
  const agents = listAgentEntries(config);
  const rawIds = new Set(agents.map((a) => a.id));
  const known = new Set(agents.map((a) => normalizeAgentId(a.id)));
  if (agents.length === 0) known.add('main');
  const unknown = (id: string) => `Unknown agent id "${id}" (not in agents.entries).`;
  const issues: RuleIssue[] = [];
  for (const [path, keys] of [
    ['agents.defaults.heartbeat.agentId', ['agents', 'defaults', 'heartbeat', 'agentId']],
    ['agents.defaults.systemAgent.agentId', ['agents', 'defaults', 'systemAgent', 'agentId']],
    ['talk.agentId', ['talk', 'agentId']],
  ] as const) {
    const id = getIn(config, keys);
    if (typeof id === 'string' && !known.has(normalizeAgentId(id))) issues.push({ path, message: unknown(id) });
  }
  const bindings = config['bindings'];
  if (agents.length > 0 && Array.isArray(bindings)) {
    bindings.forEach((binding, idx) => {
      const id = isRecord(binding) ? binding['agentId'] : undefined;
      if (typeof id === 'string' && id !== 'main' && !known.has(normalizeAgentId(id))) issues.push({ path: `bindings.${idx}.agentId`, message: unknown(id) });
    });
  }
  const broadcast = config['broadcast'];
  if (isRecord(broadcast)) {
    for (const [peerId, entry] of Object.entries(broadcast)) {
      if (peerId === 'strategy' || typeof entry !== 'object' || entry === null) continue;
      if (agents.length === 0 && !/^[a-z][a-z0-9_-]*:.+$/i.test(peerId)) continue;
      const ids = Array.isArray(entry) ? entry : isRecord(entry) && Array.isArray(entry['agents']) ? entry['agents'] : [];
      ids.forEach((id: unknown, idx: number) => {
        if (!rawIds.has(id as string)) issues.push({ path: `broadcast.${peerId}${Array.isArray(entry) ? '' : '.agents'}.${idx}`, message: unknown(String(id)) });
      });
    }
  }
  return issues;
}

// ── Stage 2 ───────────────────────────────────────────────────────────────────────────────────────────

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  const home = env['HOME'] || homedir();
  if (p === '~') return home;
  if (p.startsWith('~/')) return join(home, p.slice(2));
  return p;
}

/** Two agents sharing one agentDir would share auth and session state. */
function duplicateAgentDirs(config: Record<string, unknown>, env: NodeJS.ProcessEnv, cwd: string): RuleIssue[] {
  const agents = listAgentEntries(config);
  const ids = new Set<string>();
  const marked = agents.find((a) => a.entry['default']);
  if (marked) ids.add(normalizeAgentId(marked.id));
  for (const a of agents) if (a.id) ids.add(normalizeAgentId(a.id));
  const bindings = config['bindings'];
  if (Array.isArray(bindings)) {
    for (const b of bindings) {
      const id = isRecord(b) ? b['agentId'] : undefined;
      if (typeof id === 'string' && id.trim()) ids.add(normalizeAgentId(id));
    }
  }
  if (ids.size < 2) return [];
  const stateDir = env['OPENCLAW_STATE_DIR']?.trim() ? resolve(cwd, expandHome(env['OPENCLAW_STATE_DIR'].trim(), env)) : join(expandHome('~', env), '.openclaw');
  const byDir = new Map<string, string[]>();
  for (const id of ids) {
    const entry = agents.find((a) => normalizeAgentId(a.id) === id)?.entry;
    const configured = typeof entry?.['agentDir'] === 'string' ? entry['agentDir'].trim() : '';
    const dir = configured ? (isAbsolute(expandHome(configured, env)) ? expandHome(configured, env) : resolve(cwd, expandHome(configured, env))) : join(stateDir, 'agents', id, 'agent');
    byDir.set(dir, [...(byDir.get(dir) ?? []), id]);
  }
  const dups = [...byDir].filter(([, list]) => list.length > 1);
  if (dups.length === 0) return [];
  const message = [
    'Duplicate agentDir detected (multi-agent config).',
    'Each agent must have a unique agentDir; sharing it causes auth/session state collisions and token invalidation.',
    '',
    'Conflicts:',
    ...dups.map(([dir, list]) => `- ${dir}: ${list.map((id) => `"${id}"`).join(', ')}`),
    '',
    'Fix: remove the shared agents.entries.*.agentDir override (or give each agent its own directory).',
    "Auth profiles live in each agent's SQLite store, so a shared agentDir is not how credentials are shared: give each agent its own directory and either leave its store empty to inherit the main agent's profiles, or log it in with `openclaw models auth login`.",
  ].join('\n');
  return [{ path: 'agents.entries', message }];
}

/**
 * `identity.avatar` must be an http(s)/data URL or a path inside the agent's workspace. Only an agent
 * with an explicit `workspace` is checked for absolute paths: the implicit workspace depends on state
 * the validator does not see, and guessing it could reject a config OpenClaw accepts.
 */
function identityAvatars(config: Record<string, unknown>, env: NodeJS.ProcessEnv, cwd: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const agent of listAgentEntries(config)) {
    const identity = agent.entry['identity'];
    const raw = isRecord(identity) ? identity['avatar'] : undefined;
    if (typeof raw !== 'string') continue;
    const avatar = raw.trim();
    if (!avatar || /^data:/i.test(avatar) || /^https?:\/\//i.test(avatar)) continue;
    const path = `${agent.path}.identity.avatar`;
    if (avatar.startsWith('~') || (/^[a-z][a-z0-9+.-]*:/i.test(avatar) && !/^[a-zA-Z]:[\\/]/.test(avatar))) {
      issues.push({ path, message: 'identity.avatar must be a workspace-relative path, http(s) URL, or data URI.' });
      continue;
    }
    const configured = typeof agent.entry['workspace'] === 'string' ? agent.entry['workspace'].trim() : '';
    if (!configured && isAbsolute(avatar)) continue;
    // Relative avatars escape (or not) the same way from any deep root; a placeholder stands in when unset.
    const root = configured ? resolve(cwd, expandHome(configured, env)) : resolve('/__openclaw_workspace__/agent');
    const rel = relative(root, resolve(root, avatar));
    if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) issues.push({ path, message: 'identity.avatar must stay within the agent workspace.' });
  }
  return issues;
}

function tailscaleMode(config: Record<string, unknown>): unknown {
  return getIn(config, ['gateway', 'tailscale', 'mode']) ?? 'off';
}

/** Tailscale serve/funnel front a loopback listener. */
function tailscaleBind(config: Record<string, unknown>): RuleIssue[] {
  const mode = tailscaleMode(config);
  if (mode !== 'serve' && mode !== 'funnel') return [];
  const bind = getIn(config, ['gateway', 'bind']) ?? 'loopback';
  if (bind === 'loopback') return [];
  const host = getIn(config, ['gateway', 'customBindHost']);
  if (bind === 'custom' && typeof host === 'string' && /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(host) && host.split('.').every((o) => Number(o) <= 255 && String(Number(o)) === o)) return [];
  return [{ path: 'gateway.bind', message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=${String(mode)} (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")` }];
}

/** No auth behind Tailscale serve/funnel would expose the gateway. */
function tailscaleAuth(config: Record<string, unknown>): RuleIssue[] {
  const mode = tailscaleMode(config);
  if (getIn(config, ['gateway', 'auth', 'mode']) !== 'none' || (mode !== 'serve' && mode !== 'funnel')) return [];
  return [
    {
      path: 'gateway.auth.mode',
      message:
        mode === 'funnel'
          ? 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel'
          : 'gateway.auth.mode=none cannot be used with gateway.tailscale.mode=serve; configure token, password, or trusted-proxy auth before exposing the gateway through Tailscale',
    },
  ];
}

// ── Stage 3 ───────────────────────────────────────────────────────────────────────────────────────────

/** Several agents and nobody owns heartbeats: they stay off. */
function heartbeatOwnerWarning(config: Record<string, unknown>, legacyDefaultAgentId: string | undefined): RuleIssue[] {
  const agents = listAgentEntries(config);
  const ids = new Set(agents.map((a) => normalizeAgentId(a.id)));
  if (ids.size <= 1 || legacyDefaultAgentId) return [];
  if (agents.some((a) => a.entry['heartbeat']) || getIn(config, ['agents', 'defaults', 'heartbeat'])) return [];
  const systemAgent = getIn(config, ['agents', 'defaults', 'systemAgent', 'agentId']);
  if (typeof systemAgent === 'string' && systemAgent.trim()) return [];
  return [
    {
      path: 'agents.defaults.heartbeat.agentId',
      message: 'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
    },
  ];
}

const DM_PSEUDO_CHANNELS = new Set(['defaults', 'modelByChannel', 'tools']);

function allowFromList(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v).trim()).filter((v) => v !== '') : [];
}

/** A DM policy whose allowlist makes it drop every DM. */
function dmPolicyWarnings(config: Record<string, unknown>): RuleIssue[] {
  const channels = config['channels'];
  if (!isRecord(channels)) return [];
  const warnings: RuleIssue[] = [];
  const read = (rec: Record<string, unknown> | undefined, top: string, nested: string): unknown => {
    if (!rec) return undefined;
    return rec[top] ?? (isRecord(rec['dm']) ? rec['dm'][nested] : undefined);
  };
  const violation = (policy: unknown, allowFrom: unknown): 'open' | 'allowlist' | undefined => {
    const allow = allowFromList(allowFrom);
    if (policy === 'open' && !allow.includes('*')) return 'open';
    if (policy === 'allowlist' && allow.length === 0) return 'allowlist';
    return undefined;
  };
  const message = (channelId: string, kind: 'open' | 'allowlist', accountId?: string, inherited?: boolean): RuleIssue => {
    const base = `channels.${channelId}`;
    const scope = accountId ? `${base}.accounts.${accountId}` : base;
    const allowFromPath = `${scope}.allowFrom`;
    const subject = inherited ? `${allowFromPath} is unset and ${base}.allowFrom` : allowFromPath;
    const inheritedTarget = inherited ? ` or ${base}.allowFrom` : '';
    const overrideFix = accountId && !inherited ? `, remove ${allowFromPath} to inherit ${base}.allowFrom,` : '';
    return {
      path: allowFromPath,
      message:
        kind === 'open'
          ? `${scope}.dmPolicy="open" but ${subject} does not include "*"; all DMs will be dropped. Add "*" to ${allowFromPath}${inheritedTarget}${overrideFix} or set ${scope}.dmPolicy to "pairing"/"allowlist".`
          : `${scope}.dmPolicy="allowlist" but ${subject} is empty; all DMs will be dropped. Add at least one sender ID to ${allowFromPath}${inheritedTarget}${overrideFix} or change ${scope}.dmPolicy.`,
    };
  };
  for (const [channelId, channel] of Object.entries(channels)) {
    if (DM_PSEUDO_CHANNELS.has(channelId) || !isRecord(channel) || channel['enabled'] === false || NESTED_DM_POLICY_CHANNELS.has(channelId)) continue;
    const v = violation(read(channel, 'dmPolicy', 'policy'), read(channel, 'allowFrom', 'allowFrom'));
    if (v) warnings.push(message(channelId, v));
    const accounts = channel['accounts'];
    if (!isRecord(accounts)) continue;
    for (const [accountId, account] of Object.entries(accounts)) {
      if (!isRecord(account) || account['enabled'] === false) continue;
      const own = read(account, 'allowFrom', 'allowFrom');
      const inherited = own === undefined;
      const av = violation(read(account, 'dmPolicy', 'policy') ?? read(channel, 'dmPolicy', 'policy'), own ?? read(channel, 'allowFrom', 'allowFrom'));
      if (av) warnings.push(message(channelId, av, accountId, inherited));
    }
  }
  return warnings;
}

const KNOWN_CHANNELS = new Set(['defaults', 'modelByChannel', ...BUNDLED_CHANNEL_IDS]);

function hasPluginEvidence(config: Record<string, unknown>, id: string): boolean {
  const norm = id.trim().toLowerCase();
  const plugins = config['plugins'];
  if (!isRecord(plugins)) return false;
  const matches = (k: unknown) => typeof k === 'string' && k.trim().toLowerCase() === norm;
  return (
    (Array.isArray(plugins['allow']) && plugins['allow'].some(matches)) ||
    (isRecord(plugins['entries']) && Object.keys(plugins['entries']).some(matches)) ||
    (isRecord(plugins['installs']) && Object.keys(plugins['installs']).some(matches))
  );
}

/** `channels.<id>` must name a channel OpenClaw knows (stale plugin config only warns). */
function unknownChannels(config: Record<string, unknown>): RuleOutput {
  const channels = config['channels'];
  const out: RuleOutput = { issues: [], warnings: [] };
  if (!isRecord(channels)) return out;
  for (const key of Object.keys(channels)) {
    const id = key.trim();
    if (!id || KNOWN_CHANNELS.has(id)) continue;
    if (hasPluginEvidence(config, id)) {
      out.warnings.push({ path: `channels.${id}`, message: `unknown channel id: ${id} (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)` });
    } else {
      out.issues.push({ path: `channels.${id}`, message: `unknown channel id: ${id}` });
    }
  }
  return out;
}

/** Heartbeat targets name a channel (or owner/last/none). */
function heartbeatTargets(config: Record<string, unknown>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const check = (target: unknown, path: string) => {
    if (typeof target !== 'string') return;
    const t = target.trim();
    if (!t) {
      issues.push({ path, message: 'heartbeat target must not be empty' });
      return;
    }
    const n = t.toLowerCase();
    if (n === 'owner' || n === 'last' || n === 'none' || BUNDLED_CHANNEL_IDS.includes(CHANNEL_ALIASES[n] ?? n)) return;
    issues.push({ path, message: `unknown heartbeat target: ${target}` });
  };
  check(getIn(config, ['agents', 'defaults', 'heartbeat', 'target']), 'agents.defaults.heartbeat.target');
  for (const agent of listAgentEntries(config)) check(getIn(agent.entry, ['heartbeat', 'target']), `${agent.path}.heartbeat.target`);
  return issues;
}

const SECRET_SOURCES = new Set(['env', 'file', 'exec', 'store']);

/** A SecretRef must ask its provider for the source that provider serves. */
function secretRefSourceMismatches(config: Record<string, unknown>): RuleIssue[] {
  const providers = getIn(config, ['secrets', 'providers']);
  if (!isRecord(providers) || Object.keys(providers).length === 0) return [];
  const defaults = getIn(config, ['secrets', 'defaults']);
  const defaultAlias = (source: string): string => {
    const d = isRecord(defaults) ? defaults[source] : undefined;
    return typeof d === 'string' && d.trim() ? d.trim() : 'default';
  };
  const issues: RuleIssue[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, String(i)]));
      return;
    }
    if (!isRecord(value)) return;
    if (path.length >= 2 && path[0] === 'secrets' && path[1] === 'providers') return;
    const keys = Object.keys(value);
    const source = value['source'];
    const id = value['id'];
    let ref: { source: string; provider: string } | undefined;
    if (typeof source === 'string' && SECRET_SOURCES.has(source) && typeof id === 'string' && id.trim()) {
      if (keys.length === 3 && typeof value['provider'] === 'string' && value['provider'].trim()) ref = { source, provider: value['provider'] };
      else if (keys.length === 2 && value['provider'] === undefined) ref = { source, provider: isRecord(defaults) && typeof defaults[source] === 'string' ? (defaults[source] as string) : 'default' };
    }
    if (ref) {
      const configured = getIn(providers, [ref.provider, 'source']);
      const builtInDefault = (ref.source === 'env' || ref.source === 'store') && ref.provider === defaultAlias(ref.source);
      if (typeof configured === 'string' && configured !== ref.source && !builtInDefault) {
        issues.push({ path: path.join('.'), message: `Secret provider "${ref.provider}" has source "${configured}" but ref requests "${ref.source}".` });
      }
      return;
    }
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(config, []);
  return issues;
}

/** OpenClaw's plugin-id normalisation, as far as matching config evidence needs it. */
function normalizePluginIdLike(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * `tools.web.search.provider` must name a web-search provider OpenClaw knows: a bundled one, or one from
 * the official install catalog (those need their plugin; the catalog's availability check needs the
 * plugin install state, which the fast engine leaves to the exact engine rather than guess). An unknown
 * id with plugin evidence in the config is a stale-config warning, not an error.
 */
function webSearchProvider(config: Record<string, unknown>): RuleOutput {
  const provider = getIn(config, ['tools', 'web', 'search', 'provider']);
  if (typeof provider !== 'string') return { issues: [], warnings: [] };
  const path = 'tools.web.search.provider';
  const trimmed = provider.trim();
  if (!trimmed) return { issues: [{ path, message: 'web_search provider must not be empty' }], warnings: [] };
  if (BUNDLED_WEB_SEARCH_PROVIDER_IDS.has(trimmed) || INSTALLABLE_WEB_SEARCH_PROVIDER_IDS.has(trimmed)) return { issues: [], warnings: [] };
  const message = `unknown web_search provider: ${trimmed}`;
  const wanted = normalizePluginIdLike(trimmed);
  const plugins = config['plugins'];
  const matches = (id: unknown) => typeof id === 'string' && normalizePluginIdLike(id) === wanted;
  const evidence =
    isRecord(plugins) &&
    ((Array.isArray(plugins['allow']) && plugins['allow'].some(matches)) ||
      (isRecord(plugins['entries']) && Object.keys(plugins['entries']).some(matches)) ||
      (isRecord(plugins['installs']) && Object.keys(plugins['installs']).some(matches)));
  if (evidence) return { issues: [], warnings: [{ path, message: `${message} (stale web search plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)` }] };
  return { issues: [{ path, message }], warnings: [] };
}
