/**
 * Which credentials each agent needs, worked out from the config alone (pure, no I/O).
 *
 * For every agent (`agents.entries`, a legacy `agents.list`, or the implicit `main` agent) this collects the
 * model refs it can run on — primary and fallbacks, utility/decision models, image/PDF/voice/media models,
 * compaction, sub-agent, heartbeat and exec-reviewer models, and per-channel overrides — resolves each ref
 * to a provider the way OpenClaw does (`provider/model`, aliases from `agents.defaults.models` and the
 * agent's own `models`, a bare id matched against one configured provider's models, else the default
 * provider), and classifies every provider (see providers.ts): only `api-key` providers need a secret.
 */
import { checkAgentId } from './ids.js';
import { classifyProvider, type ProviderAuth } from './providers.js';
import { byCodeUnit, getIn, isRecord } from './util.js';

/** OpenClaw's built-in default model when a config names none (`dist/defaults-*.mjs`). */
export const OPENCLAW_DEFAULT_MODEL_REF = 'openai/gpt-6-astra';

/** One place a model is used: the config slot and the ref written there. */
export interface ModelUse {
  /** Where it comes from, e.g. `agents.entries.ops.model.fallbacks[0]` or `channels.modelByChannel.discord.123`. */
  slot: string;
  ref: string;
  provider: string;
  model: string;
  /** Set when the provider was inferred (alias, bare id, OpenClaw's default). */
  note?: string;
}

export interface ProviderNeed {
  /** The provider credentials are stored under (auth alias resolved). */
  provider: string;
  auth: ProviderAuth;
  uses: ModelUse[];
}

export interface AgentNeeds {
  agentId: string;
  /** Config path segments of the agent's entry (`['agents','entries','ops']`); empty for the implicit agent. */
  path: string[];
  providers: ProviderNeed[];
}

export interface NeedsIssue {
  severity: 'error' | 'warning';
  /** Config path segments the issue is about (for file:line lookup). */
  path: string[];
  message: string;
}

export interface NeedsResult {
  agents: AgentNeeds[];
  issues: NeedsIssue[];
}

interface RawAgent {
  rawId: unknown;
  path: string[];
  entry: Record<string, unknown>;
}

/** Lists the configured agents the way OpenClaw's loader sees them (entries, else a legacy list, else `main`). */
function listAgents(config: Record<string, unknown>): RawAgent[] {
  const agents = config['agents'];
  if (!isRecord(agents)) return [{ rawId: 'main', path: [], entry: {} }];
  const entries = agents['entries'];
  if (isRecord(entries) && Object.keys(entries).length > 0) {
    return Object.keys(entries).map((id) => ({ rawId: id, path: ['agents', 'entries', id], entry: isRecord(entries[id]) ? entries[id] : {} }));
  }
  const list = agents['list'];
  if ((entries === undefined || (isRecord(entries) && Object.keys(entries).length === 0)) && Array.isArray(list) && list.length > 0) {
    return list.map((item, index) => ({ rawId: isRecord(item) ? item['id'] : undefined, path: ['agents', 'list', String(index)], entry: isRecord(item) ? item : {} }));
  }
  // An empty roster: OpenClaw materializes the implicit `main` agent unless ownership is explicit.
  if (agents['ownership'] === 'explicit') return [];
  return [{ rawId: 'main', path: [], entry: {} }];
}

interface SlotRef {
  slot: string;
  ref: string;
  note?: string;
}

/** Splits a model value (`"p/m"` or `{primary, fallbacks}`) into slot → ref pairs. */
function modelValue(value: unknown, slot: string, withFallbacks: boolean): SlotRef[] {
  if (typeof value === 'string') return value.trim() ? [{ slot, ref: value }] : [];
  if (!isRecord(value)) return [];
  const out: SlotRef[] = [];
  if (typeof value['primary'] === 'string' && value['primary'].trim()) out.push({ slot: `${slot}.primary`, ref: value['primary'] });
  const fallbacks = value['fallbacks'];
  if (withFallbacks && Array.isArray(fallbacks)) {
    fallbacks.forEach((f, i) => {
      if (typeof f === 'string' && f.trim()) out.push({ slot: `${slot}.fallbacks[${i}]`, ref: f });
    });
  }
  return out;
}

interface RefContext {
  aliases: Map<string, string>;
  /** model id → providers whose `models.providers.<p>.models[]` list it. */
  configuredModels: Map<string, Set<string>>;
  defaultProvider: string;
}

type Resolved = { ok: true; provider: string; model: string; note?: string } | { ok: false; message: string };

/** Resolves a model ref to its provider (OpenClaw `parseModelRef` + alias and configured-model lookups). */
export function resolveModelRef(raw: string, ctx: RefContext, depth = 0): Resolved {
  const ref = raw.trim();
  if (!ref) return { ok: false, message: 'empty model ref' };
  if (ref.toLowerCase() === 'openrouter:auto') return { ok: true, provider: 'openrouter', model: 'auto' };
  const slash = ref.indexOf('/');
  if (slash >= 0) {
    const provider = ref.slice(0, slash).trim().toLowerCase();
    const model = ref.slice(slash + 1).trim();
    if (!provider || !model) return { ok: false, message: `model ref "${ref}" is not provider/model` };
    return { ok: true, provider, model };
  }
  const aliased = ctx.aliases.get(ref.toLowerCase());
  if (aliased !== undefined && depth < 4) {
    const r = resolveModelRef(aliased, ctx, depth + 1);
    return r.ok ? { ...r, note: `alias "${ref}" → ${aliased}` } : r;
  }
  const owners = ctx.configuredModels.get(ref);
  if (owners && owners.size === 1) {
    const provider = [...owners][0] as string;
    return { ok: true, provider, model: ref, note: `bare model id matched models.providers.${provider}` };
  }
  return { ok: true, provider: ctx.defaultProvider, model: ref, note: `bare model id: OpenClaw falls back to the default provider "${ctx.defaultProvider}"` };
}

function buildRefContext(config: Record<string, unknown>, entry: Record<string, unknown>): Omit<RefContext, 'defaultProvider'> {
  const aliases = new Map<string, string>();
  for (const catalog of [getIn(config, ['agents', 'defaults', 'models']), entry['models']]) {
    if (!isRecord(catalog)) continue;
    for (const [key, value] of Object.entries(catalog)) {
      if (isRecord(value) && typeof value['alias'] === 'string' && value['alias'].trim()) aliases.set(value['alias'].trim().toLowerCase(), key);
    }
  }
  const configuredModels = new Map<string, Set<string>>();
  const providers = getIn(config, ['models', 'providers']);
  if (isRecord(providers)) {
    for (const [p, def] of Object.entries(providers)) {
      const models = isRecord(def) ? def['models'] : undefined;
      if (!Array.isArray(models)) continue;
      for (const m of models) {
        if (!isRecord(m) || typeof m['id'] !== 'string') continue;
        const set = configuredModels.get(m['id']) ?? new Set<string>();
        set.add(p.trim().toLowerCase());
        configuredModels.set(m['id'], set);
      }
    }
  }
  return { aliases, configuredModels };
}

/** Agents that handle a channel: those bound to it, else the only agent, else every agent. */
function agentsForChannel(config: Record<string, unknown>, channel: string, agentIds: string[]): string[] {
  const bindings = config['bindings'];
  const bound = new Set<string>();
  if (Array.isArray(bindings)) {
    for (const b of bindings) {
      if (!isRecord(b) || !isRecord(b['match']) || typeof b['agentId'] !== 'string') continue;
      if (String(b['match']['channel']).toLowerCase() === channel.toLowerCase()) bound.add(b['agentId'].toLowerCase());
    }
  }
  const matched = agentIds.filter((id) => bound.has(id));
  return matched.length > 0 ? matched : agentIds;
}

/**
 * The primary an agent runs on when the config names none (measured with `models status` on 2026.9.6): the
 * first model of the first configured provider, else OpenClaw's built-in default.
 */
function implicitPrimary(config: Record<string, unknown>): { slot: string; ref: string; note: string } {
  const providers = getIn(config, ['models', 'providers']);
  if (isRecord(providers)) {
    for (const [p, def] of Object.entries(providers)) {
      const first = isRecord(def) && Array.isArray(def['models']) ? def['models'][0] : undefined;
      if (isRecord(first) && typeof first['id'] === 'string' && first['id'].trim()) {
        return { slot: 'agents.defaults.model (unset)', ref: `${p}/${first['id']}`, note: 'no primary model configured: OpenClaw uses the first configured provider model' };
      }
    }
  }
  return { slot: 'agents.defaults.model (unset)', ref: OPENCLAW_DEFAULT_MODEL_REF, note: "no primary model configured: OpenClaw's built-in default" };
}

/** The model slots of one agent, inheriting `agents.defaults` where the agent sets nothing. */
function agentSlots(config: Record<string, unknown>, agent: RawAgent, prefix: string): SlotRef[] {
  const d = getIn(config, ['agents', 'defaults']);
  const defaults = isRecord(d) ? d : {};
  const e = agent.entry;
  const own = (key: string) => Object.hasOwn(e, key) && e[key] !== undefined;
  const out: SlotRef[] = [];
  const push = (value: unknown, slot: string, fallbacks = true) => out.push(...modelValue(value, slot, fallbacks));

  // Primary chain: an agent's own string or {primary} without fallbacks is strict (no inherited fallbacks).
  if (own('model')) push(e['model'], `${prefix}.model`);
  else if (defaults['model'] !== undefined) push(defaults['model'], 'agents.defaults.model');
  if (!out.some((u) => u.slot.endsWith('.model') || u.slot.endsWith('.model.primary'))) out.push(implicitPrimary(config));
  for (const key of ['utilityModel', 'decisionModel']) {
    const v = own(key) ? e[key] : defaults[key];
    if (typeof v === 'string' && v.trim()) out.push({ slot: own(key) ? `${prefix}.${key}` : `agents.defaults.${key}`, ref: v });
  }
  for (const key of ['imageModel', 'pdfModel', 'voiceModel']) push(defaults[key], `agents.defaults.${key}`);
  const media = defaults['mediaModels'];
  if (isRecord(media)) for (const kind of ['image', 'video', 'music']) push(media[kind], `agents.defaults.mediaModels.${kind}`);
  push(getIn(defaults, ['compaction', 'model']), 'agents.defaults.compaction.model', false);
  push(getIn(defaults, ['compaction', 'memoryFlush', 'model']), 'agents.defaults.compaction.memoryFlush.model', false);
  push(getIn(defaults, ['embeddedAgent', 'cyberFailover', 'model']), 'agents.defaults.embeddedAgent.cyberFailover.model', false);
  const sub = getIn(e, ['subagents', 'model']);
  if (sub !== undefined) push(sub, `${prefix}.subagents.model`);
  else push(getIn(defaults, ['subagents', 'model']), 'agents.defaults.subagents.model');
  const hb = getIn(e, ['heartbeat', 'model']);
  if (hb !== undefined) push(hb, `${prefix}.heartbeat.model`, false);
  else push(getIn(defaults, ['heartbeat', 'model']), 'agents.defaults.heartbeat.model', false);
  const reviewer = getIn(e, ['tools', 'exec', 'reviewer', 'model']);
  if (reviewer !== undefined) push(reviewer, `${prefix}.tools.exec.reviewer.model`);
  else push(getIn(config, ['tools', 'exec', 'reviewer', 'model']), 'tools.exec.reviewer.model');
  return out;
}

/**
 * Works out, per agent, the providers it needs and how each authenticates. Agent ids that could escape a
 * directory (`../x`, `a/b`, 300 characters) are reported as errors and the agent is left out.
 */
export function computeNeeds(config: unknown): NeedsResult {
  const issues: NeedsIssue[] = [];
  if (!isRecord(config)) return { agents: [], issues: [{ severity: 'error', path: [], message: 'the config is not an object' }] };
  const raw = listAgents(config);
  const valid: Array<RawAgent & { id: string }> = [];
  const seen = new Map<string, string>();
  for (const a of raw) {
    const check = checkAgentId(a.rawId);
    if (!check.ok) {
      issues.push({ severity: 'error', path: a.path, message: check.message });
      continue;
    }
    const dup = seen.get(check.id);
    if (dup !== undefined) {
      issues.push({ severity: 'error', path: a.path, message: `agent id "${check.id}" is configured twice (also at ${dup}); OpenClaw folds case, so they share one credential store` });
      continue;
    }
    seen.set(check.id, a.path.join('.') || '(implicit)');
    valid.push({ ...a, id: check.id });
  }
  const ids = valid.map((a) => a.id);

  // Per-channel overrides: `channels.modelByChannel.<channel>.<id>` → the agents that handle that channel.
  const channelUses = new Map<string, SlotRef[]>();
  const byChannel = getIn(config, ['channels', 'modelByChannel']);
  if (isRecord(byChannel)) {
    for (const [channel, map] of Object.entries(byChannel)) {
      if (!isRecord(map)) continue;
      for (const [target, ref] of Object.entries(map)) {
        if (typeof ref !== 'string' || !ref.trim()) continue;
        for (const id of agentsForChannel(config, channel, ids)) {
          const list = channelUses.get(id) ?? [];
          list.push({ slot: `channels.modelByChannel.${channel}.${target}`, ref });
          channelUses.set(id, list);
        }
      }
    }
  }

  const agents: AgentNeeds[] = [];
  for (const a of valid) {
    const prefix = a.path.length ? a.path.join('.') : `agents.entries.${a.id}`;
    const slots: SlotRef[] = [...agentSlots(config, a, prefix), ...(channelUses.get(a.id) ?? [])];
    const ctx0 = buildRefContext(config, a.entry);
    const primary = slots[0] ? resolveModelRef(slots[0].ref, { ...ctx0, defaultProvider: 'openai' }) : undefined;
    const ctx: RefContext = { ...ctx0, defaultProvider: primary?.ok ? primary.provider : 'openai' };
    const byProvider = new Map<string, ProviderNeed>();
    for (const s of slots) {
      const r = resolveModelRef(s.ref, ctx);
      if (!r.ok) {
        issues.push({ severity: 'warning', path: s.slot.split('.'), message: `${s.slot}: ${r.message}; it was ignored` });
        continue;
      }
      const auth = classifyProvider(r.provider, config);
      const need = byProvider.get(auth.authProvider) ?? { provider: auth.authProvider, auth, uses: [] };
      const note = [s.note, r.note].filter(Boolean).join('; ');
      need.uses.push({ slot: s.slot, ref: s.ref.trim(), provider: r.provider, model: r.model, ...(note ? { note } : {}) });
      byProvider.set(auth.authProvider, need);
    }
    agents.push({ agentId: a.id, path: a.path, providers: [...byProvider.values()].sort((x, y) => byCodeUnit(x.provider, y.provider)) });
  }
  agents.sort((x, y) => byCodeUnit(x.agentId, y.agentId));
  return { agents, issues };
}
