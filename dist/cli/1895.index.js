export const id = 1895;
export const ids = [1895];
export const modules = {

/***/ 81895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflight: () => (/* binding */ preflight),
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(43807);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/provision/ids.ts
var provision_ids = __webpack_require__(41777);
// EXTERNAL MODULE: ./src/provision/util.ts
var util = __webpack_require__(82787);
;// CONCATENATED MODULE: ./src/provision/providers.ts
/**
 * What OpenClaw 2026.9.6 needs to authenticate a model provider, reduced to the question this action asks:
 * "does this provider need an API key from us, and under which env var names does a runner usually hold it?"
 *
 * The tables come from the bundled plugin manifests (`dist/extensions/<plugin>/openclaw.plugin.json`:
 * `setup.providers[].envVars`, `syntheticAuthRefs`, `providerAuthAliases`, `providerAuthChoices[].method`);
 * `test/provision/providers.test.ts` re-reads the manifests of the pinned package and fails when they drift.
 * The custom-provider rules mirror `hasSyntheticLocalProviderAuthConfig` / `isLocalProviderBaseUrl`
 * (measured: a custom OpenAI-compatible provider on a loopback or private baseUrl without an apiKey is
 * treated as keyless; the same provider on a public host is reported missing by `models status --check`).
 */

/** The `{source: "store", id}` SecretRef of a provider's `apiKey`, if that is what the config holds. */
function storeRefOf(entry) {
    const key = entry?.['apiKey'];
    if (!(0,util/* isRecord */.u4)(key) || key['source'] !== 'store' || typeof key['id'] !== 'string')
        return undefined;
    return { id: key['id'], provider: typeof key['provider'] === 'string' ? key['provider'] : 'default' };
}
/** API-key env vars per bundled provider (manifest `setup.providers[].envVars`, OAuth-token vars left out). */
const PROVIDER_ENV_VARS = {
    alibaba: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
    anthropic: ['ANTHROPIC_API_KEY'],
    clawrouter: ['CLAWROUTER_API_KEY'],
    fal: ['FAL_KEY', 'FAL_API_KEY'],
    google: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    'google-vertex': ['GOOGLE_CLOUD_API_KEY'],
    huggingface: ['HUGGINGFACE_HUB_TOKEN', 'HF_TOKEN'],
    litellm: ['LITELLM_API_KEY'],
    'microsoft-foundry': ['AZURE_OPENAI_API_KEY'],
    minimax: ['MINIMAX_CODE_PLAN_KEY', 'MINIMAX_CODING_API_KEY', 'MINIMAX_API_KEY'],
    nvidia: ['NVIDIA_API_KEY'],
    'ollama-cloud': ['OLLAMA_API_KEY'],
    openai: ['OPENAI_API_KEY'],
    'opencode-go': ['OPENCODE_API_KEY', 'OPENCODE_ZEN_API_KEY'],
    openrouter: ['OPENROUTER_API_KEY'],
    runway: ['RUNWAYML_API_SECRET', 'RUNWAY_API_KEY'],
    sglang: ['SGLANG_API_KEY'],
    together: ['TOGETHER_API_KEY'],
    vllm: ['VLLM_API_KEY'],
    xai: ['XAI_API_KEY'],
};
/** Manifest `providerAuthAliases`: credentials of the alias live under the target provider. */
const PROVIDER_AUTH_ALIASES = {
    'minimax-cn': 'minimax',
    'minimax-portal-cn': 'minimax-portal',
    'x-ai': 'xai',
};
/** Bundled providers that work without a key by default (manifest `syntheticAuthRefs` / `method: "local"`). */
const KEYLESS_PROVIDERS = new Set(['ollama', 'lmstudio', 'apple-fm', 'claude-cli', 'copilot-proxy']);
/** Bundled providers that sign in with OAuth, a device code or a host CLI login: no API key to provision. */
const LOGIN_PROVIDERS = new Set(['github-copilot', 'google-gemini-cli', 'minimax-portal', 'codex', 'openai-codex']);
/** Bundled providers on the AWS SDK credential chain. */
const AWS_SDK_PROVIDERS = new Set(['amazon-bedrock', 'amazon-bedrock-mantle']);
/** Host aliases OpenClaw treats as local for model auth (`MODEL_AUTH_LOCAL_HOST_ALIASES`). */
const LOCAL_HOST_ALIASES = new Set(['docker.orb.internal', 'host.docker.internal', 'host.orb.internal']);
/**
 * OpenClaw's `isLocalProviderBaseUrl` for model auth: localhost, 0.0.0.0, `*.local`, the docker host aliases,
 * loopback IPs and RFC 1918 IPv4 ranges. A hostname that merely resolves to 127.0.0.1 is NOT local.
 */
function isLocalProviderBaseUrl(baseUrl) {
    let host;
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.slice(1, -1);
    if (host === 'localhost' || host === '0.0.0.0' || host.endsWith('.local') || LOCAL_HOST_ALIASES.has(host))
        return true;
    if (host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host))
        return true;
    const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    if (!v4)
        return false;
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
/** `<PROVIDER>_API_KEY` for an id (`z.ai` → `Z_AI_API_KEY`). */
function conventionalEnvName(provider) {
    return `${provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '')}_API_KEY`;
}
/** The configured `models.providers` entry for a provider id (keys compared case-insensitively, like OpenClaw). */
function findProviderConfig(config, provider) {
    const providers = (0,util/* isRecord */.u4)(config) && (0,util/* isRecord */.u4)(config['models']) ? config['models']['providers'] : undefined;
    if (!(0,util/* isRecord */.u4)(providers))
        return undefined;
    for (const [key, value] of Object.entries(providers))
        if (key.trim().toLowerCase() === provider && (0,util/* isRecord */.u4)(value))
            return value;
    return undefined;
}
/** True when an `apiKey` value is configured (a non-empty string or a SecretRef-shaped object). */
function hasConfiguredApiKey(value) {
    if (typeof value === 'string')
        return value.trim().length > 0;
    return (0,util/* isRecord */.u4)(value) && typeof value['source'] === 'string' && typeof value['id'] === 'string';
}
/** Classifies one provider (already lower-cased) against the config. Pure. */
function classifyProvider(provider, config) {
    const authProvider = PROVIDER_AUTH_ALIASES[provider] ?? provider;
    const envCandidates = [...new Set([conventionalEnvName(authProvider), ...(PROVIDER_ENV_VARS[authProvider] ?? [])])];
    const base = { authProvider, envCandidates };
    const entry = findProviderConfig(config, provider);
    if (entry) {
        const auth = entry['auth'];
        if (auth === 'aws-sdk')
            return { ...base, cls: 'aws-sdk', reason: `models.providers.${provider}.auth is "aws-sdk"` };
        if (auth === 'oauth')
            return { ...base, cls: 'login', reason: `models.providers.${provider}.auth is "oauth"` };
        const store = storeRefOf(entry);
        if (store) {
            // The store entry's name is the natural runner variable name too (both use OpenClaw's env-name grammar).
            return { ...base, envCandidates: [store.id, ...envCandidates.filter((n) => n !== store.id)], cls: 'store-ref', storeName: store.id, reason: `models.providers.${provider}.apiKey references secret-store entry ${store.id}` };
        }
        if (hasConfiguredApiKey(entry['apiKey']))
            return { ...base, cls: 'config', reason: `models.providers.${provider}.apiKey is set in the config` };
        const baseUrl = entry['baseUrl'];
        const local = (auth === undefined || auth === 'api-key') &&
            typeof baseUrl === 'string' &&
            typeof entry['api'] === 'string' &&
            entry['api'].trim() !== '' &&
            Array.isArray(entry['models']) &&
            entry['models'].length > 0 &&
            isLocalProviderBaseUrl(baseUrl);
        if (local)
            return { ...base, cls: 'local', reason: `custom provider on a local address (${safeHost(baseUrl)}): OpenClaw needs no key for it` };
        return { ...base, cls: 'api-key', reason: entry['baseUrl'] ? `custom provider at ${safeHost(String(entry['baseUrl']))} without an apiKey in the config` : 'bundled provider' };
    }
    if (AWS_SDK_PROVIDERS.has(authProvider))
        return { ...base, cls: 'aws-sdk', reason: 'uses the AWS SDK credential chain' };
    if (LOGIN_PROVIDERS.has(authProvider))
        return { ...base, cls: 'login', reason: 'signs in with OAuth, a device code or a host CLI login' };
    if (KEYLESS_PROVIDERS.has(authProvider))
        return { ...base, cls: 'local', reason: 'local provider: OpenClaw needs no key for it' };
    return { ...base, cls: 'api-key', reason: PROVIDER_ENV_VARS[authProvider] ? 'bundled provider' : 'provider not configured in models.providers (a plugin provider or a typo)' };
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'an unparsable URL';
    }
}

;// CONCATENATED MODULE: ./src/provision/needs.ts
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



/** OpenClaw's built-in default model when a config names none (`dist/defaults-*.mjs`). */
const OPENCLAW_DEFAULT_MODEL_REF = 'openai/gpt-6-astra';
/** Lists the configured agents the way OpenClaw's loader sees them (entries, else a legacy list, else `main`). */
function listAgents(config) {
    const agents = config['agents'];
    if (!(0,util/* isRecord */.u4)(agents))
        return [{ rawId: 'main', path: [], entry: {} }];
    const entries = agents['entries'];
    if ((0,util/* isRecord */.u4)(entries) && Object.keys(entries).length > 0) {
        return Object.keys(entries).map((id) => ({ rawId: id, path: ['agents', 'entries', id], entry: (0,util/* isRecord */.u4)(entries[id]) ? entries[id] : {} }));
    }
    const list = agents['list'];
    if ((entries === undefined || ((0,util/* isRecord */.u4)(entries) && Object.keys(entries).length === 0)) && Array.isArray(list) && list.length > 0) {
        return list.map((item, index) => ({ rawId: (0,util/* isRecord */.u4)(item) ? item['id'] : undefined, path: ['agents', 'list', String(index)], entry: (0,util/* isRecord */.u4)(item) ? item : {} }));
    }
    // An empty roster: OpenClaw materializes the implicit `main` agent unless ownership is explicit.
    if (agents['ownership'] === 'explicit')
        return [];
    return [{ rawId: 'main', path: [], entry: {} }];
}
/** Splits a model value (`"p/m"` or `{primary, fallbacks}`) into slot → ref pairs. */
function modelValue(value, slot, withFallbacks) {
    if (typeof value === 'string')
        return value.trim() ? [{ slot, ref: value }] : [];
    if (!(0,util/* isRecord */.u4)(value))
        return [];
    const out = [];
    if (typeof value['primary'] === 'string' && value['primary'].trim())
        out.push({ slot: `${slot}.primary`, ref: value['primary'] });
    const fallbacks = value['fallbacks'];
    if (withFallbacks && Array.isArray(fallbacks)) {
        fallbacks.forEach((f, i) => {
            if (typeof f === 'string' && f.trim())
                out.push({ slot: `${slot}.fallbacks[${i}]`, ref: f });
        });
    }
    return out;
}
/** Resolves a model ref to its provider (OpenClaw `parseModelRef` + alias and configured-model lookups). */
function resolveModelRef(raw, ctx, depth = 0) {
    const ref = raw.trim();
    if (!ref)
        return { ok: false, message: 'empty model ref' };
    if (ref.toLowerCase() === 'openrouter:auto')
        return { ok: true, provider: 'openrouter', model: 'auto' };
    const slash = ref.indexOf('/');
    if (slash >= 0) {
        const provider = ref.slice(0, slash).trim().toLowerCase();
        const model = ref.slice(slash + 1).trim();
        if (!provider || !model)
            return { ok: false, message: `model ref "${ref}" is not provider/model` };
        return { ok: true, provider, model };
    }
    const aliased = ctx.aliases.get(ref.toLowerCase());
    if (aliased !== undefined && depth < 4) {
        const r = resolveModelRef(aliased, ctx, depth + 1);
        return r.ok ? { ...r, note: `alias "${ref}" → ${aliased}` } : r;
    }
    const owners = ctx.configuredModels.get(ref);
    if (owners && owners.size === 1) {
        const provider = [...owners][0];
        return { ok: true, provider, model: ref, note: `bare model id matched models.providers.${provider}` };
    }
    return { ok: true, provider: ctx.defaultProvider, model: ref, note: `bare model id: OpenClaw falls back to the default provider "${ctx.defaultProvider}"` };
}
function buildRefContext(config, entry) {
    const aliases = new Map();
    for (const catalog of [(0,util/* getIn */.O6)(config, ['agents', 'defaults', 'models']), entry['models']]) {
        if (!(0,util/* isRecord */.u4)(catalog))
            continue;
        for (const [key, value] of Object.entries(catalog)) {
            if ((0,util/* isRecord */.u4)(value) && typeof value['alias'] === 'string' && value['alias'].trim())
                aliases.set(value['alias'].trim().toLowerCase(), key);
        }
    }
    const configuredModels = new Map();
    const providers = (0,util/* getIn */.O6)(config, ['models', 'providers']);
    if ((0,util/* isRecord */.u4)(providers)) {
        for (const [p, def] of Object.entries(providers)) {
            const models = (0,util/* isRecord */.u4)(def) ? def['models'] : undefined;
            if (!Array.isArray(models))
                continue;
            for (const m of models) {
                if (!(0,util/* isRecord */.u4)(m) || typeof m['id'] !== 'string')
                    continue;
                const set = configuredModels.get(m['id']) ?? new Set();
                set.add(p.trim().toLowerCase());
                configuredModels.set(m['id'], set);
            }
        }
    }
    return { aliases, configuredModels };
}
/** Agents that handle a channel: those bound to it, else the only agent, else every agent. */
function agentsForChannel(config, channel, agentIds) {
    const bindings = config['bindings'];
    const bound = new Set();
    if (Array.isArray(bindings)) {
        for (const b of bindings) {
            if (!(0,util/* isRecord */.u4)(b) || !(0,util/* isRecord */.u4)(b['match']) || typeof b['agentId'] !== 'string')
                continue;
            if (String(b['match']['channel']).toLowerCase() === channel.toLowerCase())
                bound.add(b['agentId'].toLowerCase());
        }
    }
    const matched = agentIds.filter((id) => bound.has(id));
    return matched.length > 0 ? matched : agentIds;
}
/**
 * The primary an agent runs on when the config names none (measured with `models status` on 2026.9.6): the
 * first model of the first configured provider, else OpenClaw's built-in default.
 */
function implicitPrimary(config) {
    const providers = (0,util/* getIn */.O6)(config, ['models', 'providers']);
    if ((0,util/* isRecord */.u4)(providers)) {
        for (const [p, def] of Object.entries(providers)) {
            const first = (0,util/* isRecord */.u4)(def) && Array.isArray(def['models']) ? def['models'][0] : undefined;
            if ((0,util/* isRecord */.u4)(first) && typeof first['id'] === 'string' && first['id'].trim()) {
                return { slot: 'agents.defaults.model (unset)', ref: `${p}/${first['id']}`, note: 'no primary model configured: OpenClaw uses the first configured provider model' };
            }
        }
    }
    return { slot: 'agents.defaults.model (unset)', ref: OPENCLAW_DEFAULT_MODEL_REF, note: "no primary model configured: OpenClaw's built-in default" };
}
/** The model slots of one agent, inheriting `agents.defaults` where the agent sets nothing. */
function agentSlots(config, agent, prefix) {
    const d = (0,util/* getIn */.O6)(config, ['agents', 'defaults']);
    const defaults = (0,util/* isRecord */.u4)(d) ? d : {};
    const e = agent.entry;
    const own = (key) => Object.hasOwn(e, key) && e[key] !== undefined;
    const out = [];
    const push = (value, slot, fallbacks = true) => out.push(...modelValue(value, slot, fallbacks));
    // Primary chain: an agent's own string or {primary} without fallbacks is strict (no inherited fallbacks).
    if (own('model'))
        push(e['model'], `${prefix}.model`);
    else if (defaults['model'] !== undefined)
        push(defaults['model'], 'agents.defaults.model');
    if (!out.some((u) => u.slot.endsWith('.model') || u.slot.endsWith('.model.primary')))
        out.push(implicitPrimary(config));
    for (const key of ['utilityModel', 'decisionModel']) {
        const v = own(key) ? e[key] : defaults[key];
        if (typeof v === 'string' && v.trim())
            out.push({ slot: own(key) ? `${prefix}.${key}` : `agents.defaults.${key}`, ref: v });
    }
    for (const key of ['imageModel', 'pdfModel', 'voiceModel'])
        push(defaults[key], `agents.defaults.${key}`);
    const media = defaults['mediaModels'];
    if ((0,util/* isRecord */.u4)(media))
        for (const kind of ['image', 'video', 'music'])
            push(media[kind], `agents.defaults.mediaModels.${kind}`);
    push((0,util/* getIn */.O6)(defaults, ['compaction', 'model']), 'agents.defaults.compaction.model', false);
    push((0,util/* getIn */.O6)(defaults, ['compaction', 'memoryFlush', 'model']), 'agents.defaults.compaction.memoryFlush.model', false);
    push((0,util/* getIn */.O6)(defaults, ['embeddedAgent', 'cyberFailover', 'model']), 'agents.defaults.embeddedAgent.cyberFailover.model', false);
    const sub = (0,util/* getIn */.O6)(e, ['subagents', 'model']);
    if (sub !== undefined)
        push(sub, `${prefix}.subagents.model`);
    else
        push((0,util/* getIn */.O6)(defaults, ['subagents', 'model']), 'agents.defaults.subagents.model');
    const hb = (0,util/* getIn */.O6)(e, ['heartbeat', 'model']);
    if (hb !== undefined)
        push(hb, `${prefix}.heartbeat.model`, false);
    else
        push((0,util/* getIn */.O6)(defaults, ['heartbeat', 'model']), 'agents.defaults.heartbeat.model', false);
    const reviewer = (0,util/* getIn */.O6)(e, ['tools', 'exec', 'reviewer', 'model']);
    if (reviewer !== undefined)
        push(reviewer, `${prefix}.tools.exec.reviewer.model`);
    else
        push((0,util/* getIn */.O6)(config, ['tools', 'exec', 'reviewer', 'model']), 'tools.exec.reviewer.model');
    return out;
}
/**
 * Works out, per agent, the providers it needs and how each authenticates. Agent ids that could escape a
 * directory (`../x`, `a/b`, 300 characters) are reported as errors and the agent is left out.
 */
function computeNeeds(config) {
    const issues = [];
    if (!(0,util/* isRecord */.u4)(config))
        return { agents: [], issues: [{ severity: 'error', path: [], message: 'the config is not an object' }] };
    const raw = listAgents(config);
    const valid = [];
    const seen = new Map();
    for (const a of raw) {
        const check = (0,provision_ids/* checkAgentId */.le)(a.rawId);
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
    const channelUses = new Map();
    const byChannel = (0,util/* getIn */.O6)(config, ['channels', 'modelByChannel']);
    if ((0,util/* isRecord */.u4)(byChannel)) {
        for (const [channel, map] of Object.entries(byChannel)) {
            if (!(0,util/* isRecord */.u4)(map))
                continue;
            for (const [target, ref] of Object.entries(map)) {
                if (typeof ref !== 'string' || !ref.trim())
                    continue;
                for (const id of agentsForChannel(config, channel, ids)) {
                    const list = channelUses.get(id) ?? [];
                    list.push({ slot: `channels.modelByChannel.${channel}.${target}`, ref });
                    channelUses.set(id, list);
                }
            }
        }
    }
    const agents = [];
    for (const a of valid) {
        const prefix = a.path.length ? a.path.join('.') : `agents.entries.${a.id}`;
        const slots = [...agentSlots(config, a, prefix), ...(channelUses.get(a.id) ?? [])];
        const ctx0 = buildRefContext(config, a.entry);
        const primary = slots[0] ? resolveModelRef(slots[0].ref, { ...ctx0, defaultProvider: 'openai' }) : undefined;
        const ctx = { ...ctx0, defaultProvider: primary?.ok ? primary.provider : 'openai' };
        const byProvider = new Map();
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
        agents.push({ agentId: a.id, path: a.path, providers: [...byProvider.values()].sort((x, y) => (0,util/* byCodeUnit */.X)(x.provider, y.provider)) });
    }
    agents.sort((x, y) => (0,util/* byCodeUnit */.X)(x.agentId, y.agentId));
    return { agents, issues };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/provision/profiles.ts
/**
 * The `profiles` input and how it maps every needed (agent, provider) to the env var that holds its key.
 *
 * Shape (YAML or JSON): agent id (or `*` for every agent) → provider id → env var name, or `false` to
 * leave that provider alone:
 *
 * ```yaml
 * "*":
 *   anthropic: ANTHROPIC_API_KEY
 * ops:
 *   anthropic: OPS_ANTHROPIC_KEY   # this agent gets its own key
 *   openrouter: false              # not provisioned here
 * ```
 *
 * Lookup per need: the agent's own entry, then `*`, then the conventional names (`<PROVIDER>_API_KEY`, then
 * the provider's documented env vars). Every problem is collected (not just the first) and reported with
 * the agent, the provider and the env var name expected — never a value.
 */




class ProfilesInputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'ProfilesInputError';
    }
}
const INPUT = 'profiles';
/** Parses the `profiles` input; throws ProfilesInputError listing every problem with its line. */
function parseProfiles(text) {
    const entries = new Map();
    const agentLines = new Map();
    if (!text.trim())
        return { entries, agentLines };
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const lineOf = (node) => (node?.range ? lc.linePos(node.range[0]).line : 1);
    const problems = [];
    const at = (line, msg) => problems.push(`${INPUT} (input) line ${line}: ${msg}`);
    for (const e of doc.errors)
        at(e.linePos?.[0]?.line ?? 1, `not valid YAML/JSON: ${e.message.split('\n')[0]}`);
    if (problems.length)
        throw new ProfilesInputError(problems);
    const root = doc.contents;
    if (root === null || ((0,dist.isScalar)(root) && (root.value === null || root.value === '')))
        return { entries, agentLines };
    if (!(0,dist.isMap)(root)) {
        at(lineOf(root), 'expected a mapping of agent id (or "*") → provider → env var name, e.g. {"*": {"anthropic": "ANTHROPIC_API_KEY"}}');
        throw new ProfilesInputError(problems);
    }
    for (const pair of root.items) {
        const keyNode = pair.key;
        const line = lineOf(keyNode);
        const rawAgent = (0,dist.isScalar)(keyNode) ? keyNode.value : undefined;
        let agent;
        if (rawAgent === '*')
            agent = '*';
        else {
            const check = (0,provision_ids/* checkAgentId */.le)(rawAgent === undefined || rawAgent === null ? '' : String(rawAgent));
            if (!check.ok) {
                at(line, check.message);
                continue;
            }
            agent = check.id;
        }
        if (entries.has(agent)) {
            at(line, `agent ${(0,provision_ids/* quoteId */.g0)(agent)} appears twice (first at line ${agentLines.get(agent)})`);
            continue;
        }
        agentLines.set(agent, line);
        const providers = new Map();
        entries.set(agent, providers);
        const value = pair.value;
        if (!(0,dist.isMap)(value)) {
            at(lineOf(value) || line, `the value of ${(0,provision_ids/* quoteId */.g0)(agent)} must map provider ids to env var names, e.g. {anthropic: ANTHROPIC_API_KEY}`);
            continue;
        }
        for (const p of value.items) {
            const pLine = lineOf(p.key);
            const rawProvider = (0,dist.isScalar)(p.key) ? p.key.value : undefined;
            const pc = (0,provision_ids/* checkProviderId */.zC)(rawProvider === undefined || rawProvider === null ? '' : String(rawProvider));
            if (!pc.ok) {
                at(pLine, pc.message);
                continue;
            }
            const provider = PROVIDER_AUTH_ALIASES[pc.id] ?? pc.id;
            if (providers.has(provider)) {
                at(pLine, `provider ${(0,provision_ids/* quoteId */.g0)(provider)} appears twice under ${(0,provision_ids/* quoteId */.g0)(agent)}`);
                continue;
            }
            const v = (0,dist.isScalar)(p.value) ? p.value.value : undefined;
            if (v === false) {
                providers.set(provider, { env: false, line: pLine });
                continue;
            }
            const ec = (0,provision_ids/* checkEnvName */.$n)(v);
            if (!ec.ok) {
                // The value is not echoed: a pasted key is the likeliest wrong value here, and it is not registered yet.
                at(pLine, `${agent} → ${provider}: expected the NAME of the env var that holds the key (upper case letters, digits and "_", starting with a letter, at most 110 characters) or false; the value given is not one. Pass the secret itself through the step's env:`);
                continue;
            }
            providers.set(provider, { env: ec.id, line: pLine });
        }
    }
    if (problems.length)
        throw new ProfilesInputError(problems);
    return { entries, agentLines };
}
/**
 * Maps every needed (agent, provider) to a non-empty secret from `env`. Throws a UserError-worthy
 * ProfilesInputError listing every missing or unusable one; never includes a value in a message.
 */
function resolveProfiles(needs, profiles, env, registry) {
    const problems = [];
    const warnings = [];
    const assignments = [];
    const skipped = [];
    const values = new Map();
    const agentIds = new Set(needs.map((n) => n.agentId));
    for (const [agent, line] of profiles.agentLines) {
        if (agent !== '*' && !agentIds.has(agent)) {
            const known = [...agentIds].sort(util/* byCodeUnit */.X).join(', ') || 'none';
            problems.push(`${INPUT} (input) line ${line}: agent ${(0,provision_ids/* quoteId */.g0)(agent)} is not in the config (agents: ${known}). Fix: correct the agent id or remove the entry`);
        }
    }
    const read = (name) => {
        const v = env[name];
        if (v === undefined || v === '')
            return undefined;
        registry.add(v); // before anything else can see it
        values.set(name, v);
        return v;
    };
    for (const agent of needs) {
        const own = profiles.entries.get(agent.agentId);
        const all = profiles.entries.get('*');
        for (const need of agent.providers) {
            const { provider, auth } = need;
            const explicit = own?.get(provider) ?? all?.get(provider);
            const origin = own?.has(provider) ? 'agent' : 'all-agents';
            if (explicit?.env === false) {
                skipped.push({ agentId: agent.agentId, provider, reason: `skipped by the profiles input (line ${explicit.line})` });
                continue;
            }
            if (auth.cls === 'login' || auth.cls === 'aws-sdk') {
                if (explicit) {
                    problems.push(`${INPUT} (input) line ${explicit.line}: agent "${agent.agentId}" provider "${provider}" ${auth.reason}; this action provisions API keys only. Fix: remove the entry (or set it to false) and sign the agent in on the gateway`);
                }
                else
                    skipped.push({ agentId: agent.agentId, provider, reason: `${auth.reason} (not an API key)` });
                continue;
            }
            if ((auth.cls === 'local' || auth.cls === 'config') && !explicit) {
                skipped.push({ agentId: agent.agentId, provider, reason: auth.reason });
                continue;
            }
            if (explicit) {
                if (read(explicit.env) === undefined) {
                    problems.push(`agent "${agent.agentId}" needs a key for provider "${provider}": the env var ${explicit.env} (profiles line ${explicit.line}) is empty or unset. Fix: pass the secret to this step, e.g. env: ${explicit.env}: \${{ secrets.${explicit.env} }}`);
                    continue;
                }
                assignments.push({ agentId: agent.agentId, provider, sourceEnv: explicit.env, origin });
                continue;
            }
            const found = auth.envCandidates.find((name) => read(name) !== undefined);
            if (found === undefined) {
                const names = auth.envCandidates;
                problems.push(`agent "${agent.agentId}" needs a key for provider "${provider}" (${need.uses.map((u) => u.slot).join(', ')}), but ${names.length > 1 ? `none of ${names.join(', ')} is set` : `${names[0]} is empty or unset`}. Fix: pass the secret as ${names[0]} in the step's env:, or name its variable in the profiles input ({"${agent.agentId}": {"${provider}": "MY_VAR"}}), or set it to false to skip`);
                continue;
            }
            assignments.push({ agentId: agent.agentId, provider, sourceEnv: found, origin: 'convention' });
        }
        if (own) {
            for (const [provider, v] of own) {
                if (!agent.providers.some((p) => p.provider === provider)) {
                    warnings.push(`profiles (input) line ${v.line}: agent "${agent.agentId}" does not use provider "${provider}"; the entry is ignored`);
                }
            }
        }
    }
    if (problems.length)
        throw new ProfilesInputError(problems);
    assignments.sort((a, b) => (0,util/* byCodeUnit */.X)(a.agentId, b.agentId) || (0,util/* byCodeUnit */.X)(a.provider, b.provider));
    return { assignments, skipped, values, warnings };
}

// EXTERNAL MODULE: ./src/provision/plan.ts
var provision_plan = __webpack_require__(24444);
// EXTERNAL MODULE: ./src/provision/local.ts + 3 modules
var provision_local = __webpack_require__(20913);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/fleet/client.ts
var client = __webpack_require__(89157);
// EXTERNAL MODULE: ./src/provision/temporary-session.ts + 1 modules
var temporary_session = __webpack_require__(58478);
// EXTERNAL MODULE: ./src/provision/verify.ts
var verify = __webpack_require__(34918);
;// CONCATENATED MODULE: ./src/provision/remote.ts
/**
 * Remote provisioning: over the gateway's own RPC surface, for hosts that cannot run a step.
 *
 * Choice (measured against 2026.9.6, justified in the action README):
 * - `models.authSetApiKey` stores a plaintext key AND edits openclaw.json (`auth.profiles.<p>:manual` plus
 *   `models.providers.<p>.apiKey: "<p>:manual"`): config drift against git, and for a configured provider it
 *   writes the shared store, not the agent's. Not used.
 * - The team secret store (`secrets.store.set`, WebSocket + operator.admin) plus a config SecretRef
 *   `models.providers.<p>.apiKey: {source: "store", provider: "default", id: NAME}`: the ref is declarative
 *   and lives in git, the value lives only in the gateway, a set refreshes the runtime at once (no restart),
 *   and rotation is one more set. Used. The trade-off: a provider's key is shared by every agent on that
 *   gateway, so two agents that map one provider to different secrets are refused in this mode.
 * - The store never reveals values, so idempotency uses a fingerprint entry `CLAWFLEET_FP_<NAME>` (kind
 *   `env`) holding HMAC-SHA256 keyed with the gateway token over the name and value: a second run with the
 *   same secret compares fingerprints and writes nothing.
 * - When the config lacks the ref: `remote-config: require` (default) fails before any write and prints the
 *   fragment to add to the config in git; `patch` adds it with `config.patch` (and warns about the drift).
 * Verification: `models.authStatus {agentId}` per agent.
 */






const FINGERPRINT_PREFIX = 'CLAWFLEET_FP_';
const MAX_STORE_NAME = 128 - FINGERPRINT_PREFIX.length;
class RemoteProvisionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RemoteProvisionError';
    }
}
/** The store alias for new refs: `secrets.defaults.store` when set, else `default`. */
function storeRefProvider(config) {
    const alias = (0,util/* getIn */.O6)(config, ['secrets', 'defaults', 'store']);
    return typeof alias === 'string' && alias.trim() ? alias.trim() : 'default';
}
/**
 * Groups assignments into store entries (pure; runs before anything is written). `onlyStoreRefs` limits it
 * to providers whose config already references the store (local mode). Problems name agent/provider/env.
 */
function planStoreEntries(config, needs, resolved, opts) {
    const problems = [];
    const byProvider = new Map();
    const alias = storeRefProvider(config);
    for (const a of resolved.assignments) {
        const need = needs.find((n) => n.agentId === a.agentId)?.providers.find((p) => p.provider === a.provider);
        if (!need)
            continue;
        const ref = storeRefOf(findProviderConfig(config, a.provider));
        if (opts.onlyStoreRefs && !ref)
            continue;
        if (need.auth.cls === 'config') {
            problems.push(`agent "${a.agentId}" provider "${a.provider}": ${need.auth.reason}; remote provisioning cannot replace a key held in the config. Fix: set it to a store ref {source: "store", provider: "${alias}", id: "${a.sourceEnv}"} or remove the profiles entry`);
            continue;
        }
        const existing = byProvider.get(a.provider);
        if (existing) {
            if (existing.sourceEnv !== a.sourceEnv) {
                problems.push(`provider "${a.provider}": agents ${existing.agents.join(', ')} use ${existing.sourceEnv} but agent "${a.agentId}" uses ${a.sourceEnv}. Over the RPC surface a provider's key is shared by all agents of a gateway (secret store + config ref). Fix: give these agents one secret, or provision them in mode: local`);
                continue;
            }
            existing.agents.push(a.agentId);
            continue;
        }
        const storeName = ref?.id ?? a.sourceEnv;
        if (storeName.length > MAX_STORE_NAME) {
            problems.push(`provider "${a.provider}": secret-store name ${storeName} is longer than ${MAX_STORE_NAME} characters (room is needed for its ${FINGERPRINT_PREFIX} fingerprint entry)`);
            continue;
        }
        byProvider.set(a.provider, { provider: a.provider, storeName, storeAlias: ref?.provider ?? alias, sourceEnv: a.sourceEnv, agents: [a.agentId], inConfig: ref !== undefined });
    }
    const entries = [...byProvider.values()].sort((x, y) => (0,util/* byCodeUnit */.X)(x.provider, y.provider));
    const missingRefs = entries.filter((e) => !e.inConfig);
    if (missingRefs.length && opts.remoteConfig === 'require' && !opts.onlyStoreRefs) {
        const fragment = JSON.stringify({ models: { providers: Object.fromEntries(missingRefs.map((e) => [e.provider, { apiKey: { source: 'store', provider: e.storeAlias, id: e.storeName } }])) } });
        problems.push(`the config does not reference the secret store for ${missingRefs.map((e) => `"${e.provider}"`).join(', ')}, so a stored key would never be used. Fix: add this to the config in git (and deploy it): ${fragment} — or set remote-config: patch to have this action patch the running config (it then drifts from git until you add it)`);
    }
    return { entries, problems };
}
/** HMAC fingerprint of a stored value (keyed with the gateway token; never printed). */
function fingerprint(token, name, value) {
    return `v1:${(0,external_node_crypto_.createHmac)('sha256', token).update(`clawfleet-fp-v1\0${name}\0${value}`).digest('base64url')}`;
}
/**
 * Fills the store entries on one gateway (and, with `patch`, adds the missing config refs). The pairing of
 * the ephemeral device is removed before returning, whatever happened.
 */
async function syncStore(endpoint, admin, entries, values, inputs, deps) {
    const actions = [];
    const warnings = [];
    let changed = false;
    if (entries.length === 0)
        return { changed, actions, warnings };
    for (const e of entries) {
        const fp = fingerprint(endpoint.token, e.storeName, values.get(e.sourceEnv));
        deps.registry.add(fp);
    }
    await (0,temporary_session/* withTemporarySession */.u)(admin, endpoint, deps, inputs.timeoutMs, warnings, async (session) => {
        const list = await session.call('secrets.store.list', {});
        const byName = new Map();
        for (const item of list.entries ?? [])
            if (typeof item.name === 'string')
                byName.set(item.name, item);
        for (const e of entries) {
            const value = values.get(e.sourceEnv);
            const fp = fingerprint(endpoint.token, e.storeName, value);
            const fpName = `${FINGERPRINT_PREFIX}${e.storeName}`;
            const same = byName.get(e.storeName)?.kind === 'secret' && byName.get(fpName)?.value === fp;
            if (same)
                continue;
            if (inputs.dryRun) {
                actions.push(`${endpoint.id}: would set secret-store entry ${e.storeName} (${e.provider})`);
                continue;
            }
            await session.call('secrets.store.set', { name: e.storeName, value, kind: 'secret' });
            await session.call('secrets.store.set', { name: fpName, value: fp, kind: 'env' });
            changed = true;
            actions.push(`${endpoint.id}: set secret-store entry ${e.storeName} for provider ${e.provider} (agents: ${e.agents.join(', ')})`);
        }
    }, { announceApproval: true });
    const missingRefs = entries.filter((e) => !e.inConfig);
    if (missingRefs.length && inputs.remoteConfig === 'patch') {
        const snap = await admin.configGet();
        const patch = { models: { providers: Object.fromEntries(missingRefs.map((e) => [e.provider, { apiKey: { source: 'store', provider: e.storeAlias, id: e.storeName } }])) } };
        if (inputs.dryRun)
            actions.push(`${endpoint.id}: would patch the running config with store refs for ${missingRefs.map((e) => e.provider).join(', ')}`);
        else {
            const r = await admin.configPatch({ raw: JSON.stringify(patch), baseHash: snap.hash, note: 'clawfleet provision-auth-profiles: secret-store refs' });
            if (!r.noop && r.changedPaths?.length !== 0) {
                changed = true;
                actions.push(`${endpoint.id}: patched the running config (${(r.changedPaths ?? []).join(', ') || 'models.providers'})`);
                warnings.push(`${endpoint.id}: the running config now differs from the config in git (store refs for ${missingRefs.map((e) => e.provider).join(', ')}); add them to the config in git, or the next deploy removes them`);
            }
        }
    }
    return { changed, actions, warnings };
}
/** Remote mode: every gateway, one after the other (two at a time). */
async function provisionRemote(inputs, deps, needs, resolved, entries) {
    const warnings = [];
    const instances = [];
    const queue = [...inputs.gateways];
    const worker = async () => {
        for (let g = queue.shift(); g; g = queue.shift()) {
            const admin = (0,client/* createGatewayClient */.kU)(g, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
            try {
                const sync = await syncStore(g, admin, entries, resolved.values, inputs, deps);
                warnings.push(...sync.warnings);
                const cells = inputs.verify && !inputs.dryRun ? await verifyRemote(admin, needs, resolved) : [];
                instances.push({ id: g.id, changed: sync.changed, ready: cells.every((c) => c.status !== 'missing'), cells, actions: sync.actions });
            }
            catch (e) {
                // One unreachable or refusing gateway must not hide what happened on the others.
                instances.push({ id: g.id, changed: false, ready: false, cells: [], actions: [], error: deps.registry.redact(e instanceof Error ? e.message : String(e)) });
            }
        }
    };
    await Promise.all([worker(), worker()]);
    instances.sort((a, b) => (0,util/* byCodeUnit */.X)(a.id, b.id));
    return { instances, warnings };
}
/** `models.authStatus {agentId}` per agent, for the providers this run provisioned. */
async function verifyRemote(admin, needs, resolved) {
    const cells = [];
    for (const agent of needs) {
        const providers = agent.providers.map((p) => p.provider).filter((p) => resolved.assignments.some((a) => a.agentId === agent.agentId && a.provider === p));
        if (providers.length === 0)
            continue;
        const payload = await admin.modelsAuthStatus({ agentId: agent.agentId });
        cells.push(...(0,verify/* cellsFromAuthStatus */.at)(agent.agentId, providers, payload));
    }
    return cells;
}

// EXTERNAL MODULE: ./src/provision/openclaw-cli.ts
var openclaw_cli = __webpack_require__(26771);
;// CONCATENATED MODULE: ./src/provision/provision.ts
/**
 * provision-auth-profiles, end to end: load the config → work out each agent's needs → map every need to a
 * non-empty secret (all failures reported together, before anything is written) → provision the way the
 * target OpenClaw version reads credentials → verify per agent → one report.
 *
 * Preflight order matters: the config is loaded and every agent id checked (SE-08) before any filesystem
 * write; every secret is registered with the SecretRegistry (and so masked by the runner) the moment it is
 * read, before anything can print it; no gateway is contacted before the inputs are known to be complete.
 */










function locationOf(loc) {
    return { file: loc.file, line: loc.line, column: loc.column };
}
/** Loads and checks everything; throws UserError (file:line, input names) before any side effect. */
async function preflight(inputs, deps) {
    const warnings = [];
    const loaded = (0,load/* loadConfig */.Z)(inputs.configFile, { env: deps.env, envMode: 'warn' });
    const loadError = loaded.issues[0];
    if (loadError) {
        const rest = loaded.issues.length > 1 ? ` (and ${loaded.issues.length - 1} more problem(s))` : '';
        throw new common_errors/* UserError */.yo(`config ${inputs.configFile}: ${loadError.message}${rest}`, locationOf(loadError));
    }
    for (const w of loaded.warnings)
        warnings.push(`${w.file}:${w.line}:${w.column}: ${w.message}`);
    const config = loaded.config;
    const needs = computeNeeds(config);
    const errors = needs.issues.filter((i) => i.severity === 'error');
    for (const w of needs.issues.filter((i) => i.severity === 'warning'))
        warnings.push(w.message);
    if (errors.length) {
        const located = errors.map((e) => ({ e, loc: loaded.sourceMap.keyLocation(e.path) ?? loaded.sourceMap.locate(e.path).loc }));
        const first = located[0];
        throw new common_errors/* UserError */.yo(`config ${inputs.configFile}: ${located.map(({ e, loc }) => `${(0,common_errors/* formatLocation */.j$)(locationOf(loc))}: ${e.message}`).join('; ')}. Nothing was written`, locationOf(first.loc));
    }
    let resolved;
    try {
        resolved = resolveProfiles(needs.agents, parseProfiles(inputs.profiles), deps.env, deps.registry);
    }
    catch (e) {
        if (e instanceof ProfilesInputError) {
            throw new common_errors/* UserError */.yo(`${e.problems.length} credential problem(s); nothing was written:\n- ${e.problems.join('\n- ')}`);
        }
        throw e;
    }
    warnings.push(...resolved.warnings);
    let openclawVersion = inputs.openclawVersion;
    if (openclawVersion === undefined && inputs.mode === 'local' && inputs.legacyBelow)
        openclawVersion = await detectLocalVersion(inputs, deps);
    let storeFormat;
    try {
        storeFormat = (0,provision_plan/* selectStoreFormat */.vN)(openclawVersion, inputs.legacyBelow);
    }
    catch (e) {
        if (e instanceof provision_plan/* StoreFormatError */.Bq)
            throw new common_errors/* UserError */.yo(e.message);
        throw e;
    }
    if (storeFormat === 'legacy-json' && inputs.mode === 'remote') {
        throw new common_errors/* UserError */.yo(`OpenClaw ${openclawVersion} reads auth-profiles.json (per 'legacy-auth-profiles-below'), which only a step on the gateway host can write. Fix: use mode: local for these gateways`);
    }
    const plan = planStoreEntries(config, needs.agents, resolved, { onlyStoreRefs: inputs.mode === 'local', remoteConfig: inputs.remoteConfig });
    if (plan.problems.length)
        throw new common_errors/* UserError */.yo(`${plan.problems.length} problem(s) with the secret-store plan; nothing was written:\n- ${plan.problems.join('\n- ')}`);
    if (inputs.mode === 'local' && plan.entries.length > 0 && inputs.gateways.length === 0) {
        throw new common_errors/* UserError */.yo(`the config references the gateway's secret store for ${plan.entries.map((e) => `"${e.provider}"`).join(', ')}; storing those keys needs the running gateway. Fix: set the 'gateway-url' and 'gateway-token-env' inputs`);
    }
    if (inputs.mode === 'remote' && inputs.gateways.length === 0)
        throw new common_errors/* UserError */.yo(`mode is 'remote' but no gateway was given. Fix: set 'gateway-url' and 'gateway-token-env', or 'inventory'`);
    return { config, needs: needs.agents, resolved, storeFormat, openclawVersion, storeEntries: plan.entries, warnings };
}
async function detectLocalVersion(inputs, deps) {
    try {
        const r = await (0,openclaw_cli/* runOpenclaw */.$H)((0,openclaw_cli/* parseOpenclawCommand */.y8)(inputs.openclaw), ['--version'], { env: (0,openclaw_cli/* childEnv */.gf)(deps.env, {}), timeoutMs: Math.min(inputs.timeoutMs, 60_000) });
        return r.code === 0 ? (0,openclaw_cli/* parseVersion */.ot)(r.stdout) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Runs the whole action and returns its report (it throws only for preflight and local-path failures). */
async function provision(inputs, deps) {
    const pre = await preflight(inputs, deps);
    for (const w of pre.warnings)
        deps.logger.warning(w);
    const storeProviders = new Set(pre.storeEntries.map((e) => e.provider));
    const report = {
        version: 1,
        action: 'provision-auth-profiles',
        mode: inputs.mode,
        dryRun: inputs.dryRun,
        openclawVersion: pre.openclawVersion,
        storeFormat: pre.storeFormat,
        changed: false,
        ready: false,
        verified: inputs.verify && !inputs.dryRun,
        restart: { required: false, requested: false },
        agents: [],
        instances: [],
        actions: [],
        warnings: [...pre.warnings],
    };
    let cells = [];
    if (inputs.mode === 'local') {
        // Providers the config points at the secret store go there; all others get per-agent env refs.
        const envResolved = { ...pre.resolved, assignments: pre.resolved.assignments.filter((a) => !storeProviders.has(a.provider)) };
        const local = await (0,provision_local/* provisionLocal */.H)({ inputs, deps, config: pre.config, needs: pre.needs, resolved: envResolved, storeFormat: pre.storeFormat });
        report.changed = local.changed;
        report.actions.push(...local.actions);
        report.warnings.push(...local.warnings);
        report.restart = local.restart;
        cells = local.cells;
        const gateway = inputs.gateways[0];
        if (gateway && pre.storeEntries.length > 0) {
            const admin = (0,client/* createGatewayClient */.kU)(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
            const sync = await syncStore(gateway, admin, pre.storeEntries, pre.resolved.values, inputs, deps);
            report.changed ||= sync.changed;
            report.actions.push(...sync.actions);
            report.warnings.push(...sync.warnings);
            if (report.verified) {
                const storeResolved = { ...pre.resolved, assignments: pre.resolved.assignments.filter((a) => storeProviders.has(a.provider)) };
                cells.push(...(await verifyRemote(admin, pre.needs, storeResolved)));
            }
        }
        report.instances.push({ id: gateway?.id ?? 'local', changed: report.changed, ready: cells.every((c) => c.status !== 'missing'), cells, actions: [...report.actions] });
    }
    else {
        const remote = await provisionRemote(inputs, deps, pre.needs, pre.resolved, pre.storeEntries);
        report.instances = remote.instances;
        report.warnings.push(...remote.warnings);
        report.changed = remote.instances.some((i) => i.changed);
        report.actions.push(...remote.instances.flatMap((i) => i.actions));
        cells = remote.instances.flatMap((i) => i.cells);
    }
    report.agents = buildAgentRows(pre, cells, report.verified);
    const failedInstances = report.instances.filter((i) => i.error !== undefined);
    report.ready = report.verified && failedInstances.length === 0 && report.agents.every((a) => a.providers.every((p) => p.status !== 'missing' && p.status !== 'unverified'));
    return report;
}
/** One row per (agent, provider): the worst verdict over all instances, or why it was not provisioned. */
function buildAgentRows(pre, cells, verified) {
    return pre.needs.map((agent) => ({
        agentId: agent.agentId,
        providers: agent.providers.map((need) => {
            const slots = need.uses.map((u) => u.slot);
            const base = { provider: need.provider, auth: need.auth.cls, slots };
            const skipped = pre.resolved.skipped.find((s) => s.agentId === agent.agentId && s.provider === need.provider);
            if (skipped)
                return { ...base, status: 'skipped', detail: skipped.reason };
            const assignment = pre.resolved.assignments.find((a) => a.agentId === agent.agentId && a.provider === need.provider);
            const source = assignment?.sourceEnv;
            const mine = cells.filter((c) => c.agentId === agent.agentId && c.provider === need.provider);
            if (!verified || mine.length === 0)
                return { ...base, status: 'unverified', ...(source ? { source } : {}), detail: verified ? 'not checked' : 'verification was off' };
            const cell = mine.reduce((a, b) => (0,verify/* worse */.JJ)(a, b));
            return { ...base, status: cell.status, ...(source ? { source } : {}), detail: cell.detail };
        }),
    }));
}


/***/ })

};

//# sourceMappingURL=1895.index.js.map