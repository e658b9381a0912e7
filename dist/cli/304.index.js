export const id = 304;
export const ids = [304];
export const modules = {

/***/ 94304:
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
;// CONCATENATED MODULE: ./src/provision/ids.ts
/**
 * Identifier grammars for provisioning. Every id that ends up in a file path, a plan, an env var name or an
 * RPC is checked here first, before any filesystem call (reliability-cases SE-08: an agent id such as
 * `../../tmp/x` must never reach `path.join`).
 */
/**
 * Agent ids as OpenClaw's schema writes them (`^[a-z0-9_][a-z0-9_-]{0,63}$` in `agents.entries`), narrowed
 * to start with a letter or digit. Upper case is accepted (OpenClaw's runtime folds it) and folded here.
 */
const AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Provider ids: OpenClaw lower-cases them; bundled ones use letters, digits, `-`, `_` and `.` (`z.ai`). */
const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Env SecretRef ids and secret-store names share this grammar in OpenClaw 2026.9.6 (schema `SecretRef.id`). */
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,127}$/;
/** Prefix of every variable this action owns in the gateway's `.env`; other lines are never touched. */
const MANAGED_PREFIX = 'CLAWFLEET_';
/** Longest source variable name that still leaves room for the managed prefix and a generation suffix. */
const MAX_SOURCE_ENV_LENGTH = 128 - MANAGED_PREFIX.length - '_G9999'.length;
/** Checks an agent id from the config or an input; folds case like OpenClaw. */
function checkAgentId(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `agent id must be a string, got ${typeof raw}` };
    const folded = raw.toLowerCase();
    if (AGENT_ID.test(folded))
        return { ok: true, id: folded };
    return { ok: false, message: `agent id ${quoteId(raw)} is not allowed: agent ids must match ${AGENT_ID.source} (letters, digits, "_" and "-", at most 64 characters; no "/", "." or "..")` };
}
/** Checks a provider id (lower-cased, like OpenClaw's `normalizeProviderId`). */
function checkProviderId(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `provider id must be a string, got ${typeof raw}` };
    const folded = raw.trim().toLowerCase();
    if (PROVIDER_ID.test(folded) && !folded.includes('..'))
        return { ok: true, id: folded };
    return { ok: false, message: `provider id ${quoteId(raw)} is not allowed: provider ids must match ${PROVIDER_ID.source}` };
}
/** Checks the name of an environment variable that holds a secret (runner side). */
function checkEnvName(raw) {
    if (typeof raw !== 'string')
        return { ok: false, message: `environment variable name must be a string, got ${typeof raw}` };
    if (!ENV_NAME.test(raw)) {
        return { ok: false, message: `environment variable name ${quoteId(raw)} is not allowed: use upper case letters, digits and "_", starting with a letter (${ENV_NAME.source}), as OpenClaw's env SecretRefs require` };
    }
    if (raw.length > MAX_SOURCE_ENV_LENGTH) {
        return { ok: false, message: `environment variable name ${quoteId(raw)} is ${raw.length} characters; at most ${MAX_SOURCE_ENV_LENGTH} fit in a managed name` };
    }
    return { ok: true, id: raw };
}
/**
 * The variable this action writes into the gateway's `.env` for a source variable, at a generation.
 * A changed secret gets a new generation (a new name): a running gateway keeps the values it loaded at start
 * (an in-process restart re-reads `.env` but never overrides a variable it already has), so only a new name
 * reaches it without a process restart. Measured against 2026.9.6; see the action README.
 */
function managedEnvName(sourceEnv, generation) {
    return `${MANAGED_PREFIX}${sourceEnv}_G${generation}`;
}
/** Parses a managed name back into its source variable and generation (undefined for other names). */
function parseManagedEnvName(name) {
    if (!name.startsWith(MANAGED_PREFIX))
        return undefined;
    const m = /^(.*)_G([1-9][0-9]{0,3})$/.exec(name.slice(MANAGED_PREFIX.length));
    if (!m || !m[1] || !ENV_NAME.test(m[1]))
        return undefined;
    return { sourceEnv: m[1], generation: Number(m[2]) };
}
/** The auth profile id this action owns for a provider (`<provider>:clawfleet`). */
function managedProfileId(provider) {
    return `${provider}:clawfleet`;
}
/** Quotes an untrusted id for a message: JSON-escaped, control characters visible, long values cut. */
function quoteId(raw) {
    const cut = raw.length > 80 ? `${raw.slice(0, 80)}… (${raw.length} characters)` : raw;
    return JSON.stringify(cut);
}

;// CONCATENATED MODULE: ./src/provision/util.ts
/** Small helpers shared by the provisioning modules. */
/** A plain object (not an array, not null). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads a nested value by plain keys (undefined when a step is missing or not an object). */
function getIn(value, keys) {
    let cur = value;
    for (const key of keys) {
        if (!isRecord(cur) || !Object.hasOwn(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Compares strings by code unit, so output order never depends on the runner's locale. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

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
    if (!isRecord(key) || key['source'] !== 'store' || typeof key['id'] !== 'string')
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
    const providers = isRecord(config) && isRecord(config['models']) ? config['models']['providers'] : undefined;
    if (!isRecord(providers))
        return undefined;
    for (const [key, value] of Object.entries(providers))
        if (key.trim().toLowerCase() === provider && isRecord(value))
            return value;
    return undefined;
}
/** True when an `apiKey` value is configured (a non-empty string or a SecretRef-shaped object). */
function hasConfiguredApiKey(value) {
    if (typeof value === 'string')
        return value.trim().length > 0;
    return isRecord(value) && typeof value['source'] === 'string' && typeof value['id'] === 'string';
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
    if (!isRecord(agents))
        return [{ rawId: 'main', path: [], entry: {} }];
    const entries = agents['entries'];
    if (isRecord(entries) && Object.keys(entries).length > 0) {
        return Object.keys(entries).map((id) => ({ rawId: id, path: ['agents', 'entries', id], entry: isRecord(entries[id]) ? entries[id] : {} }));
    }
    const list = agents['list'];
    if ((entries === undefined || (isRecord(entries) && Object.keys(entries).length === 0)) && Array.isArray(list) && list.length > 0) {
        return list.map((item, index) => ({ rawId: isRecord(item) ? item['id'] : undefined, path: ['agents', 'list', String(index)], entry: isRecord(item) ? item : {} }));
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
    if (!isRecord(value))
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
    for (const catalog of [getIn(config, ['agents', 'defaults', 'models']), entry['models']]) {
        if (!isRecord(catalog))
            continue;
        for (const [key, value] of Object.entries(catalog)) {
            if (isRecord(value) && typeof value['alias'] === 'string' && value['alias'].trim())
                aliases.set(value['alias'].trim().toLowerCase(), key);
        }
    }
    const configuredModels = new Map();
    const providers = getIn(config, ['models', 'providers']);
    if (isRecord(providers)) {
        for (const [p, def] of Object.entries(providers)) {
            const models = isRecord(def) ? def['models'] : undefined;
            if (!Array.isArray(models))
                continue;
            for (const m of models) {
                if (!isRecord(m) || typeof m['id'] !== 'string')
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
            if (!isRecord(b) || !isRecord(b['match']) || typeof b['agentId'] !== 'string')
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
function agentSlots(config, agent, prefix) {
    const d = getIn(config, ['agents', 'defaults']);
    const defaults = isRecord(d) ? d : {};
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
    if (isRecord(media))
        for (const kind of ['image', 'video', 'music'])
            push(media[kind], `agents.defaults.mediaModels.${kind}`);
    push(getIn(defaults, ['compaction', 'model']), 'agents.defaults.compaction.model', false);
    push(getIn(defaults, ['compaction', 'memoryFlush', 'model']), 'agents.defaults.compaction.memoryFlush.model', false);
    push(getIn(defaults, ['embeddedAgent', 'cyberFailover', 'model']), 'agents.defaults.embeddedAgent.cyberFailover.model', false);
    const sub = getIn(e, ['subagents', 'model']);
    if (sub !== undefined)
        push(sub, `${prefix}.subagents.model`);
    else
        push(getIn(defaults, ['subagents', 'model']), 'agents.defaults.subagents.model');
    const hb = getIn(e, ['heartbeat', 'model']);
    if (hb !== undefined)
        push(hb, `${prefix}.heartbeat.model`, false);
    else
        push(getIn(defaults, ['heartbeat', 'model']), 'agents.defaults.heartbeat.model', false);
    const reviewer = getIn(e, ['tools', 'exec', 'reviewer', 'model']);
    if (reviewer !== undefined)
        push(reviewer, `${prefix}.tools.exec.reviewer.model`);
    else
        push(getIn(config, ['tools', 'exec', 'reviewer', 'model']), 'tools.exec.reviewer.model');
    return out;
}
/**
 * Works out, per agent, the providers it needs and how each authenticates. Agent ids that could escape a
 * directory (`../x`, `a/b`, 300 characters) are reported as errors and the agent is left out.
 */
function computeNeeds(config) {
    const issues = [];
    if (!isRecord(config))
        return { agents: [], issues: [{ severity: 'error', path: [], message: 'the config is not an object' }] };
    const raw = listAgents(config);
    const valid = [];
    const seen = new Map();
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
    const channelUses = new Map();
    const byChannel = getIn(config, ['channels', 'modelByChannel']);
    if (isRecord(byChannel)) {
        for (const [channel, map] of Object.entries(byChannel)) {
            if (!isRecord(map))
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
        agents.push({ agentId: a.id, path: a.path, providers: [...byProvider.values()].sort((x, y) => byCodeUnit(x.provider, y.provider)) });
    }
    agents.sort((x, y) => byCodeUnit(x.agentId, y.agentId));
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
            const check = checkAgentId(rawAgent === undefined || rawAgent === null ? '' : String(rawAgent));
            if (!check.ok) {
                at(line, check.message);
                continue;
            }
            agent = check.id;
        }
        if (entries.has(agent)) {
            at(line, `agent ${quoteId(agent)} appears twice (first at line ${agentLines.get(agent)})`);
            continue;
        }
        agentLines.set(agent, line);
        const providers = new Map();
        entries.set(agent, providers);
        const value = pair.value;
        if (!(0,dist.isMap)(value)) {
            at(lineOf(value) || line, `the value of ${quoteId(agent)} must map provider ids to env var names, e.g. {anthropic: ANTHROPIC_API_KEY}`);
            continue;
        }
        for (const p of value.items) {
            const pLine = lineOf(p.key);
            const rawProvider = (0,dist.isScalar)(p.key) ? p.key.value : undefined;
            const pc = checkProviderId(rawProvider === undefined || rawProvider === null ? '' : String(rawProvider));
            if (!pc.ok) {
                at(pLine, pc.message);
                continue;
            }
            const provider = PROVIDER_AUTH_ALIASES[pc.id] ?? pc.id;
            if (providers.has(provider)) {
                at(pLine, `provider ${quoteId(provider)} appears twice under ${quoteId(agent)}`);
                continue;
            }
            const v = (0,dist.isScalar)(p.value) ? p.value.value : undefined;
            if (v === false) {
                providers.set(provider, { env: false, line: pLine });
                continue;
            }
            const ec = checkEnvName(v);
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
            const known = [...agentIds].sort(byCodeUnit).join(', ') || 'none';
            problems.push(`${INPUT} (input) line ${line}: agent ${quoteId(agent)} is not in the config (agents: ${known}). Fix: correct the agent id or remove the entry`);
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
    assignments.sort((a, b) => byCodeUnit(a.agentId, b.agentId) || byCodeUnit(a.provider, b.provider));
    return { assignments, skipped, values, warnings };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/provision/plan.ts
/**
 * Files that tell OpenClaw where each agent's key lives — never the key itself:
 * - the `openclaw secrets apply` plan (docs/gateway/secrets-plan-contract.md): one SQLite auth-profile
 *   target per (agent, provider), each an env SecretRef to the managed `.env` variable;
 * - the legacy per-agent `auth-profiles.json`, for OpenClaw versions that still read it (opt-in, by version).
 */



/** The newest OpenClaw version we measured: it keeps credentials in SQLite and ignores `auth-profiles.json`. */
const SQLITE_ONLY_VERSION = '2026.9.6';
/** The env SecretRef provider alias: `secrets.defaults.env` when the config sets one, else `default`. */
function envRefProvider(config) {
    const alias = getIn(config, ['secrets', 'defaults', 'env']);
    return typeof alias === 'string' && alias.trim() ? alias.trim() : 'default';
}
/**
 * The plan for `openclaw secrets apply --from`. `scrubEnv` is off: it would delete from `.env` the values a
 * plan migrates, i.e. exactly the variables the refs need. `scrubAuthProfilesForProviderTargets` is off so
 * the operator's other profiles are left alone.
 */
function buildSecretsPlan(targets, refProvider) {
    const sorted = [...targets].sort((a, b) => byCodeUnit(a.agentId, b.agentId) || byCodeUnit(a.provider, b.provider));
    return {
        version: 1,
        protocolVersion: 1,
        scrubEnv: false,
        scrubAuthProfilesForProviderTargets: false,
        targets: sorted.map((t) => {
            const profileId = managedProfileId(t.provider);
            return {
                type: 'auth-profiles.api_key.key',
                path: `profiles.${profileId}.key`,
                pathSegments: ['profiles', profileId, 'key'],
                agentId: t.agentId,
                authProfileProvider: t.provider,
                ref: { source: 'env', provider: refProvider, id: t.envName },
            };
        }),
    };
}
class StoreFormatError extends Error {
}
/**
 * Picks the store format. `legacyBelow` (input `legacy-auth-profiles-below`) is the first OpenClaw version
 * that no longer reads `auth-profiles.json`; OpenClaw's docs and changelog do not name it, so the operator
 * supplies it. Unset → always SQLite. A threshold above {@link SQLITE_ONLY_VERSION} is refused: that version
 * is known to ignore the file, and a leftover file next to an empty store blocks those providers.
 */
function selectStoreFormat(targetVersion, legacyBelow) {
    if (legacyBelow === undefined || legacyBelow === '')
        return 'sqlite';
    const below = semver_default().valid(semver_default().coerce(legacyBelow, { includePrerelease: true }));
    if (!below)
        throw new StoreFormatError(`The value '${legacyBelow}' is not valid for 'legacy-auth-profiles-below'. Expected a version such as 2026.5.0.`);
    if (semver_default().gt(below, SQLITE_ONLY_VERSION)) {
        throw new StoreFormatError(`'legacy-auth-profiles-below' is ${legacyBelow}, but OpenClaw ${SQLITE_ONLY_VERSION} already ignores auth-profiles.json (credentials live in SQLite; a leftover file next to an empty store blocks the provider with AUTH_PROFILE_MIGRATION_REQUIRED). Fix: set it to the first version that stopped reading the file, at most ${SQLITE_ONLY_VERSION}.`);
    }
    if (targetVersion === undefined)
        throw new StoreFormatError(`'legacy-auth-profiles-below' is set but the target OpenClaw version is unknown. Fix: set 'openclaw-version'.`);
    const target = semver_default().valid(semver_default().coerce(targetVersion, { includePrerelease: true }));
    if (!target)
        throw new StoreFormatError(`The value '${targetVersion}' is not valid for 'openclaw-version'. Expected a version such as 2026.9.6.`);
    return semver_default().lt(target, below) ? 'legacy-json' : 'sqlite';
}
/**
 * The content of one agent's legacy `auth-profiles.json`: the existing profiles kept, this action's
 * `<provider>:clawfleet` profiles set to env `keyRef`s (the key itself stays in `.env`). Keys sorted.
 */
function buildLegacyAuthProfiles(existing, targets, refProvider) {
    const base = isRecord(existing) ? existing : {};
    const profiles = isRecord(base['profiles']) ? { ...base['profiles'] } : {};
    for (const t of targets) {
        profiles[managedProfileId(t.provider)] = { type: 'api_key', provider: t.provider, keyRef: { source: 'env', provider: refProvider, id: t.envName } };
    }
    const sortedProfiles = Object.fromEntries(Object.keys(profiles).sort(byCodeUnit).map((k) => [k, profiles[k]]));
    return `${JSON.stringify({ ...base, version: typeof base['version'] === 'number' ? base['version'] : 1, profiles: sortedProfiles }, null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/fleet/client.ts
var fleet_client = __webpack_require__(89157);
;// CONCATENATED MODULE: ./src/fleet/identity.ts
/**
 * Is the process answering on this address the gateway we mean, and has it restarted since we last looked?
 *
 * A probe can be answered by another process on the same port (a new gateway that failed to bind leaves
 * the OLD one answering — openclaw-notes §3.1), so after connecting we compare the authenticated
 * `config.get` path with the expected one. Restarts: `uptimeMs` (in `/readyz` and `/startupz` details)
 * resets on an in-process restart while the PID stays; `status.pid` changes on a process restart. The
 * detector turns each sample into an estimated boot time (`sampledAt - uptimeMs`): if that moves forward by
 * more than a tolerance, the gateway restarted — this also catches a restart between two samples taken so far
 * apart that the new uptime already exceeds the old one (a plain "uptime went down" rule would miss it).
 */

function normalizePath(p) {
    return p.replace(/\/+$/, '');
}
/**
 * Reads `config.get` (authenticated — an unauthenticated impostor cannot pass) and `/readyz`, and compares
 * the config path with the expectation. Call errors propagate as GatewayError.
 */
async function verifyIdentity(client, expected = {}, opts) {
    const [snapshot, ready] = await Promise.all([client.configGet(opts), client.readyz(opts)]);
    const result = {
        ok: true,
        instanceId: client.id,
        configPath: snapshot.path,
        ...(expected.configPath !== undefined ? { expectedConfigPath: expected.configPath } : {}),
        ...(ready.uptimeMs !== undefined ? { uptimeMs: ready.uptimeMs } : {}),
        ...(ready.version !== undefined ? { version: ready.version } : {}),
    };
    if (expected.configPath !== undefined && normalizePath(snapshot.path) !== normalizePath(expected.configPath)) {
        result.ok = false;
        result.reason = `the gateway at ${client.url} serves ${snapshot.path}, not ${expected.configPath}: another gateway answers on this address`;
    }
    return result;
}
/** verifyIdentity that throws a `protocol` GatewayError (code IDENTITY_MISMATCH) when the identity is wrong. */
async function assertIdentity(client, expected, opts) {
    const r = await verifyIdentity(client, expected, opts);
    if (!r.ok) {
        throw new GatewayError({
            kind: 'protocol',
            instanceId: client.id,
            method: 'config.get',
            code: 'IDENTITY_MISMATCH',
            message: `${client.id}: identity check failed: ${r.reason ?? 'unknown'}`,
        });
    }
    return r;
}
/**
 * Tracks one gateway across probes. `toleranceMs` absorbs request latency and clock granularity between
 * the moment the gateway computed `uptimeMs` and our `at` (default 5 s; a restart takes ≥ 5 s anyway).
 */
class RestartDetector {
    toleranceMs;
    bootAt;
    pid;
    restarts = 0;
    constructor(toleranceMs = 5_000) {
        this.toleranceMs = toleranceMs;
    }
    /** Number of restarts seen so far. */
    get count() {
        return this.restarts;
    }
    observe(sample) {
        const at = sample.at ?? Date.now();
        const reasons = [];
        if (sample.pid !== undefined) {
            if (this.pid !== undefined && sample.pid !== this.pid)
                reasons.push(`process id changed (${this.pid} → ${sample.pid})`);
            this.pid = sample.pid;
        }
        let bootAt;
        if (sample.uptimeMs !== undefined) {
            bootAt = at - sample.uptimeMs;
            if (this.bootAt !== undefined && bootAt - this.bootAt > this.toleranceMs) {
                reasons.push(`uptime reset (booted ${Math.round((bootAt - this.bootAt) / 1000)} s after the previous boot)`);
            }
            // Keep the earliest estimate within tolerance so jitter cannot accumulate into a false restart.
            if (this.bootAt === undefined || bootAt - this.bootAt > this.toleranceMs || bootAt < this.bootAt)
                this.bootAt = bootAt;
        }
        const restarted = reasons.length > 0;
        if (restarted)
            this.restarts++;
        return { restarted, ...(restarted ? { reason: reasons.join('; ') } : {}), ...(bootAt !== undefined ? { bootAt } : {}) };
    }
}

;// CONCATENATED MODULE: ./src/provision/dotenv.ts
/**
 * The gateway's `$OPENCLAW_STATE_DIR/.env`, edited without disturbing what the operator wrote.
 *
 * OpenClaw reads it with `dotenv` 17 `parse()` (first-wins against the process env, 1 MiB cap). This module
 * owns one marked block; every line outside it is kept byte for byte, in place. Inside the block the
 * entries are sorted by name, so the same inputs always give the same bytes (idempotent runs compare
 * bytes). Values are quoted so that dotenv's parser returns them exactly — `test/provision/dotenv.test.ts`
 * round-trips canaries (PEM blocks, quotes, backslashes, CRLF) through the real `dotenv.parse`.
 */


const BLOCK_START = '# >>> clawfleet provision-auth-profiles: managed block, do not edit >>>';
const BLOCK_END = '# <<< clawfleet provision-auth-profiles <<<';
/** OpenClaw skips `.env` files over this size (`MAX_DOTENV_FILE_BYTES`). */
const MAX_DOTENV_BYTES = 1_048_576;
class DotenvError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DotenvError';
    }
}
/**
 * Quotes a value for dotenv: single quotes (literal, may span lines) unless it holds `'`, then backticks,
 * then double quotes (which expand `\n`/`\r`, so they carry carriage returns). Returns undefined when no
 * form round-trips (dotenv has no escape for every character in every quote style).
 */
function encodeDotenvValue(value) {
    const hasCR = value.includes('\r');
    if (!hasCR && !value.includes("'"))
        return `'${value}'`;
    if (!hasCR && !value.includes('`'))
        return `\`${value}\``;
    if (!value.includes('"') && !/\\[nr]/.test(value))
        return `"${value.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
    // All three quote characters on one line: no quoted form matches the whole line, so dotenv takes it as
    // an unquoted value and then strips the outer quotes, keeping the inner ones. A `#` would start a comment.
    if (!/[\r\n#]/.test(value))
        return `'${value}'`;
    return undefined;
}
/** Inverse of {@link encodeDotenvValue} for the forms it writes (used inside the managed block only). */
function decodeQuoted(quoted) {
    const q = quoted[0];
    const inner = quoted.slice(1, -1);
    return q === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
}
/** Finds a line that is exactly `marker` (CRLF tolerated); returns its start and the index after its newline. */
function findMarker(text, marker, from) {
    let i = text.indexOf(marker, from);
    while (i >= 0) {
        const lineStart = i === 0 || text[i - 1] === '\n';
        let end = i + marker.length;
        if (text[end] === '\r')
            end++;
        const lineEnd = end === text.length || text[end] === '\n';
        if (lineStart && lineEnd)
            return { start: i, end: end === text.length ? end : end + 1 };
        i = text.indexOf(marker, i + 1);
    }
    return undefined;
}
/** Names assigned outside the block, by a key-only scan (a base64 line ending in `=` may also look like one). */
function keysOutside(text) {
    const keys = [];
    for (const m of text.matchAll(/^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=/gm))
        if (m[1])
            keys.push(m[1]);
    return keys;
}
/** Splits a `.env` text into the operator's part and this action's block. Throws on a damaged block. */
function parseDotenv(text) {
    const start = findMarker(text, BLOCK_START, 0);
    if (!start) {
        if (findMarker(text, BLOCK_END, 0))
            throw new DotenvError(`the .env has the end marker of clawfleet's managed block but not its start ("${BLOCK_START}"). Fix: remove the stray marker line`);
        assertNoManagedOutside(text);
        return { before: text, after: '', managed: [], hadBlock: false };
    }
    const end = findMarker(text, BLOCK_END, start.end);
    if (!end)
        throw new DotenvError(`the .env has the start of clawfleet's managed block but no end marker ("${BLOCK_END}"). Fix: restore or delete the block by hand`);
    if (findMarker(text, BLOCK_START, start.end))
        throw new DotenvError('the .env has two clawfleet managed blocks. Fix: keep one');
    const before = text.slice(0, start.start);
    const after = text.slice(end.end);
    assertNoManagedOutside(before + after);
    return { before, after, managed: parseBlock(text.slice(start.end, end.start)), hadBlock: true };
}
function assertNoManagedOutside(text) {
    const stray = keysOutside(text).filter((k) => k.startsWith(MANAGED_PREFIX));
    if (stray.length)
        throw new DotenvError(`the .env sets ${stray.join(', ')} outside clawfleet's managed block; ${MANAGED_PREFIX}* names are reserved for it. Fix: remove or rename those lines`);
}
/** Parses the block body written by {@link renderBlock}. */
function parseBlock(body) {
    const out = [];
    let i = 0;
    const text = body.replace(/\r\n/g, '\n');
    while (i < text.length) {
        if (text[i] === '\n') {
            i++;
            continue;
        }
        const eq = text.indexOf('=', i);
        const name = eq > i ? text.slice(i, eq) : '';
        const q = text[eq + 1];
        if (!ENV_NAME.test(name) || (q !== "'" && q !== '`' && q !== '"'))
            throw new DotenvError(`clawfleet's managed block in the .env is damaged near "${text.slice(i, i + 20).split('\n')[0]}". Fix: delete the block; the next run rewrites it`);
        // The closing quote is the first one that ends a line (a one-line value may hold inner quotes).
        let close = text.indexOf(q, eq + 2);
        while (close >= 0 && text[close + 1] !== '\n' && close + 1 !== text.length)
            close = text.indexOf(q, close + 1);
        if (close < 0)
            throw new DotenvError(`clawfleet's managed block in the .env is damaged at ${name}. Fix: delete the block; the next run rewrites it`);
        out.push({ name, value: decodeQuoted(text.slice(eq + 1, close + 1)) });
        i = close + 1;
    }
    return out;
}
/** Renders entries as a block, sorted by name. */
function renderBlock(entries) {
    if (entries.length === 0)
        return '';
    const lines = [...entries].sort((a, b) => byCodeUnit(a.name, b.name)).map((e) => {
        const quoted = encodeDotenvValue(e.value);
        if (quoted === undefined)
            throw new DotenvError(`the secret for ${e.name} mixes ', \` and " with a carriage return or a literal \\n, which a .env file cannot hold exactly`);
        return `${e.name}=${quoted}`;
    });
    return `${BLOCK_START}\n${lines.join('\n')}\n${BLOCK_END}\n`;
}
/** Renders the whole file: the operator's text untouched, then the block (appended when it is new). */
function renderDotenv(doc, managed) {
    const block = renderBlock(managed);
    let before = doc.before;
    if (!doc.hadBlock && block && before.length > 0 && !before.endsWith('\n'))
        before += '\n';
    const text = before + block + doc.after;
    if (Buffer.byteLength(text) > MAX_DOTENV_BYTES)
        throw new DotenvError(`the .env would be ${Buffer.byteLength(text)} bytes; OpenClaw ignores .env files over ${MAX_DOTENV_BYTES} bytes`);
    return text;
}
/**
 * Decides the managed variable of each source: an existing entry with the same value keeps its name (no
 * change); a changed value gets the next generation; a new source starts at generation 1. Entries of other
 * sources are kept (another run may own them).
 */
function planManaged(existing, wanted) {
    const bySource = new Map();
    const other = [];
    for (const e of existing) {
        const parsed = parseManagedEnvName(e.name);
        if (!parsed) {
            other.push(e);
            continue;
        }
        const list = bySource.get(parsed.sourceEnv) ?? [];
        list.push({ generation: parsed.generation, entry: e });
        bySource.set(parsed.sourceEnv, list);
    }
    const names = new Map();
    const entries = [...other];
    const finalEntries = [...other];
    const rotated = [];
    const added = [];
    for (const [source, list] of bySource) {
        if (wanted.has(source))
            continue;
        for (const g of list) {
            entries.push(g.entry);
            finalEntries.push(g.entry);
        }
    }
    for (const source of [...wanted.keys()].sort(byCodeUnit)) {
        const value = wanted.get(source);
        const list = (bySource.get(source) ?? []).sort((a, b) => b.generation - a.generation);
        const same = list.find((g) => g.entry.value === value);
        if (same) {
            names.set(source, same.entry.name);
            entries.push(...list.map((g) => g.entry));
            finalEntries.push(same.entry);
            continue;
        }
        const next = (list[0]?.generation ?? 0) + 1;
        if (next > 9999)
            throw new DotenvError(`${source} has been rotated 9999 times; delete its old ${MANAGED_PREFIX}${source}_G* lines`);
        const name = `${MANAGED_PREFIX}${source}_G${next}`;
        names.set(source, name);
        const fresh = { name, value };
        entries.push(...list.map((g) => g.entry), fresh);
        finalEntries.push(fresh);
        (list.length ? rotated : added).push(name);
    }
    return { names, entries, finalEntries, rotated, added };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/provision/openclaw-cli.ts
/**
 * Running the OpenClaw CLI on the gateway host: `secrets apply`, `models status --check`, `--version`.
 *
 * The child gets a small environment: PATH/HOME/locale/temp, the operator's `OPENCLAW_*` settings, and the
 * state and config paths we choose. It never inherits the runner's secrets: the CLI reads the keys from the
 * gateway's `.env` exactly as the gateway will (a process-env value would win over `.env` and hide a bad
 * write). Output is size-capped, every call has a timeout, and anything shown to the user passes through
 * the SecretRegistry first.
 */


/** `openclaw` (on PATH), an absolute path to the binary, or a `.mjs`/`.js` entry run with this Node. */
function parseOpenclawCommand(value) {
    const v = value.trim() || 'openclaw';
    if (/\.(mjs|cjs|js)$/.test(v))
        return { file: process.execPath, prefixArgs: [v] };
    return { file: v, prefixArgs: [] };
}
const PASS_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'TMP', 'TEMP', 'TZ', 'NODE_EXTRA_CA_CERTS', 'SystemRoot'];
const MAX_OUTPUT = 4 * 1024 * 1024;
/** The child environment (see module doc). */
function childEnv(base, extra) {
    const env = {};
    for (const k of PASS_ENV)
        if (base[k] !== undefined)
            env[k] = base[k];
    for (const [k, v] of Object.entries(base))
        if (k.startsWith('OPENCLAW_') && v !== undefined)
            env[k] = v;
    for (const k of Object.keys(env))
        if (k.startsWith(MANAGED_PREFIX))
            delete env[k];
    delete env['OPENCLAW_CONFIG_READONLY']; // a read-only config would make `secrets apply` refuse; we point it at a scratch copy
    env['NO_COLOR'] = '1';
    env['FORCE_COLOR'] = '0';
    return { ...env, ...extra };
}
/** Runs one CLI command to completion (or timeout: SIGTERM, then SIGKILL after 5 s). */
function runOpenclaw(cmd, args, opts) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd.file, [...cmd.prefixArgs, ...args], { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const cap = (cur, chunk) => (cur.length >= MAX_OUTPUT ? cur : cur + chunk.toString('utf8'));
        child.stdout.on('data', (c) => (stdout = cap(stdout, c)));
        child.stderr.on('data', (c) => (stderr = cap(stderr, c)));
        let killTimer;
        const stop = () => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        };
        const timer = setTimeout(stop, opts.timeoutMs);
        const onAbort = () => stop();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (e) => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            const code = e.code;
            reject(new Error(code === 'ENOENT' ? `cannot run the OpenClaw CLI "${cmd.file}": not found. Fix: install openclaw on this host or set the 'openclaw' input to its path` : `cannot run the OpenClaw CLI "${cmd.file}": ${code ?? e.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            opts.signal?.removeEventListener('abort', onAbort);
            resolvePromise({ code, signal, stdout, stderr, timedOut });
        });
    });
}
/** Parses the JSON document a `--json` command printed (ignoring anything before the first `{`). */
function parseJsonOutput(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    try {
        return JSON.parse(stdout.slice(start));
    }
    catch {
        return undefined;
    }
}
/** A short, scrubbed excerpt of a failed command's output for an error message. */
function describeFailure(what, r, registry) {
    const parsed = parseJsonOutput(r.stdout);
    const fromJson = typeof parsed?.error?.message === 'string' ? parsed.error.message : undefined;
    const tail = (fromJson ?? (r.stderr.trim() || r.stdout.trim()))
        .split('\n')
        .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
        .filter(Boolean)
        .slice(-6)
        .join(' | ');
    const how = r.timedOut ? 'timed out' : r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`;
    return registry.redact(`${what} ${how}${tail ? `: ${tail.slice(0, 1500)}` : ''}`);
}
/** `OpenClaw 2026.9.6 (eb377ac)` → `2026.9.6`. */
function parseVersion(output) {
    return /(\d{4}\.\d{1,2}\.\d{1,3}(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/provision/secure-file.ts
/**
 * Writing credential files so that nobody else can read them and no reader ever sees half a file.
 *
 * - The parent directory must be a real directory (lstat: a symlink is refused, SE-07); it is created 0700
 *   when missing and tightened to 0700 when group/other can enter it (SE-06).
 * - The target must be a regular file or absent; a symlink (even a dangling one) is refused.
 * - The new bytes go to `.<name>.tmp-<pid>-<random>` (hidden) in the same directory, opened O_CREAT|O_EXCL|O_NOFOLLOW
 *   with mode 0600 (and fchmod'ed, so the umask cannot widen or narrow it), fsync'ed, then renamed over the
 *   target (atomic on POSIX) and the directory fsync'ed. A reader sees the old bytes or the new ones (SE-05),
 *   and an existing 0644 file ends 0600 because the rename replaces its inode.
 * - Identical content is not rewritten (idempotent runs write nothing); only a wrong mode is fixed.
 * - Temp files left by a killed run (their pid is gone) are removed by the next run and reported.
 * - `withLock` serializes read-modify-write cycles across processes (O_EXCL lock file, stale-pid takeover).
 *
 * Fault injection for tests: `CLAWFLEET_TEST_FAULT_AT=after-write|after-fsync|before-rename` SIGKILLs the
 * process at that point; `enospc` makes the write fail with ENOSPC. It is read only here.
 */




class SecureFileError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'SecureFileError';
    }
}
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
function faultAt(point) {
    const want = process.env['CLAWFLEET_TEST_FAULT_AT'];
    if (!want || want !== point)
        return;
    process.kill(process.pid, 'SIGKILL');
}
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/** Describes a path for an error message without following it. */
function kindOf(st) {
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Makes sure `dir` is a real directory that only its owner can enter: refuses symlinks, creates it (and
 * missing parents) 0700, tightens group/other bits. Returns whether anything changed.
 */
async function ensurePrivateDir(dir) {
    const st = await lstatOrUndefined(dir);
    if (st === undefined) {
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent !== dir) {
            const pst = await lstatOrUndefined(parent);
            if (pst?.isSymbolicLink())
                throw new SecureFileError(`refusing to write under ${parent}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
        }
        await (0,promises_.mkdir)(dir, { recursive: true, mode: DIR_MODE });
        await (0,promises_.chmod)(dir, DIR_MODE);
        return true;
    }
    if (st.isSymbolicLink())
        throw new SecureFileError(`refusing to write under ${dir}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
    if (!st.isDirectory())
        throw new SecureFileError(`refusing to write under ${dir}: it is ${kindOf(st)}, not a directory`, 'not-dir');
    // Never tighten a directory other people use (e.g. /tmp, sticky) or one we do not own: that would break
    // them, and a credential directory should be the gateway's own anyway.
    if ((st.mode & 0o1000) !== 0)
        throw new SecureFileError(`refusing to keep credentials directly in ${dir}: it is a shared directory (sticky bit set, like /tmp). Fix: point at the gateway's own state directory`, 'shared-dir');
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid && (st.mode & 0o077) !== 0)
        throw new SecureFileError(`refusing to change the permissions of ${dir}: it belongs to uid ${st.uid}, not this process (uid ${uid}). Fix: run as the gateway's user or make the directory 0700`, 'not-owner');
    if ((st.mode & 0o077) !== 0) {
        await (0,promises_.chmod)(dir, DIR_MODE);
        return true;
    }
    return false;
}
/** Reads a regular file that must not be a symlink; undefined when absent. */
async function readSecureFile(path) {
    const st = await lstatOrUndefined(path);
    if (st === undefined)
        return undefined;
    if (!st.isFile())
        throw new SecureFileError(`refusing to use ${path}: it is ${kindOf(st)} (a credential file must be a regular file)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
    const fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        return await fh.readFile();
    }
    finally {
        await fh.close();
    }
}
/** Writes `data` to `target` atomically with mode 0600 (see module doc). */
async function writeSecureFile(target, data, opts = {}) {
    const dir = (0,external_node_path_.dirname)(target);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const dst = await lstatOrUndefined(dir);
    if (dst?.isSymbolicLink())
        throw new SecureFileError(`refusing to write ${target}: its directory ${dir} is a symlink`, 'symlink');
    if (opts.parent === 'existing') {
        if (dst === undefined)
            await (0,promises_.mkdir)(dir, { recursive: true, mode: DIR_MODE });
        else if (!dst.isDirectory())
            throw new SecureFileError(`refusing to write ${target}: ${dir} is ${kindOf(dst)}, not a directory`, 'not-dir');
    }
    else
        await ensurePrivateDir(dir);
    const st = await lstatOrUndefined(target);
    if (st !== undefined && !st.isFile())
        throw new SecureFileError(`refusing to write ${target}: it is ${kindOf(st)}; a credential file must be a regular file (nothing was written)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
    if (st !== undefined) {
        const current = await readSecureFile(target);
        if (current !== undefined && current.equals(bytes)) {
            if ((st.mode & 0o777) !== FILE_MODE) {
                await (0,promises_.chmod)(target, FILE_MODE);
                return { written: false, modeFixed: true };
            }
            return { written: false, modeFixed: false };
        }
    }
    const tmp = (0,external_node_path_.join)(dir, `${tempPrefix(target)}${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const fh = await (0,promises_.open)(tmp, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
    let renamed = false;
    try {
        try {
            await fh.chmod(FILE_MODE);
            if (process.env['CLAWFLEET_TEST_FAULT_AT'] === 'enospc')
                throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            // Write in two halves so a kill between them (tests) would leave a visibly partial temp file.
            const half = Math.floor(bytes.length / 2);
            await fh.write(bytes, 0, half, 0);
            faultAt('mid-write');
            await fh.write(bytes, half, bytes.length - half, half);
            faultAt('after-write');
            await fh.sync();
            faultAt('after-fsync');
        }
        finally {
            await fh.close();
        }
        faultAt('before-rename');
        await (0,promises_.rename)(tmp, target);
        renamed = true;
        await fsyncDir(dir);
        return { written: true, modeFixed: false };
    }
    catch (e) {
        if (!renamed)
            await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        const code = e.code;
        if (code === 'ENOSPC')
            throw new SecureFileError(`no space left on the device holding ${dir}; ${target} was left unchanged`, 'ENOSPC');
        throw e;
    }
}
/** `.env` → `.env.tmp-`, `auth-profiles.json` → `.auth-profiles.json.tmp-` (always a hidden file). */
function tempPrefix(target) {
    const base = (0,external_node_path_.basename)(target);
    return `${base.startsWith('.') ? '' : '.'}${base}.tmp-`;
}
async function fsyncDir(dir) {
    const fh = await (0,promises_.open)(dir, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY);
    try {
        await fh.sync();
    }
    catch {
        // Some filesystems refuse fsync on a directory; the rename is still atomic.
    }
    finally {
        await fh.close();
    }
}
function pidAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Removes temp files of `target` left by processes that no longer exist; returns their names. */
async function removeStaleTemps(target) {
    const dir = (0,external_node_path_.dirname)(target);
    const prefix = tempPrefix(target);
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const pid = Number(name.slice(prefix.length).split('-')[0]);
        if (pidAlive(pid) && pid !== process.pid)
            continue;
        const full = (0,external_node_path_.join)(dir, name);
        const st = await lstatOrUndefined(full);
        if (!st || !st.isFile())
            continue;
        await (0,promises_.unlink)(full).catch(() => undefined);
        removed.push(name);
    }
    return removed;
}
/**
 * Runs `fn` while holding `lockPath` (created O_EXCL, 0600, holding our pid). A lock whose pid is gone is
 * taken over. Two provisioning runs against one state directory therefore never interleave their
 * read-modify-write of the `.env`.
 */
async function withLock(lockPath, fn, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const pollMs = opts.pollMs ?? 50;
    const deadline = Date.now() + timeoutMs;
    const st = await lstatOrUndefined(lockPath);
    if (st?.isSymbolicLink())
        throw new SecureFileError(`refusing to use lock file ${lockPath}: it is a symlink`, 'symlink');
    for (;;) {
        try {
            const fh = await (0,promises_.open)(lockPath, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
            try {
                await fh.writeFile(`${process.pid}\n`);
            }
            finally {
                await fh.close();
            }
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            const holder = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
            if (holder && !pidAlive(holder)) {
                // The holder died. One process at a time (O_EXCL on a takeover file) removes the stale lock; then
                // everyone competes for it again through the O_EXCL create above.
                const takeover = `${lockPath}.takeover`;
                try {
                    const th = await (0,promises_.open)(takeover, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, FILE_MODE);
                    await th.close();
                    try {
                        const again = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
                        if (again === holder)
                            await (0,promises_.rm)(lockPath, { force: true });
                    }
                    finally {
                        await (0,promises_.rm)(takeover, { force: true });
                    }
                }
                catch (te) {
                    if (te.code !== 'EEXIST')
                        throw te;
                    const tst = await lstatOrUndefined(takeover);
                    if (tst && Date.now() - tst.mtimeMs > 10_000)
                        await (0,promises_.rm)(takeover, { force: true });
                }
                continue;
            }
            if (Date.now() > deadline)
                throw new SecureFileError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${lockPath} (held by pid ${holder || 'unknown'}); another provisioning run is using this state directory`, 'lock-timeout');
            await new Promise((r) => setTimeout(r, pollMs + Math.floor(Math.random() * pollMs)));
        }
    }
    try {
        return await fn();
    }
    finally {
        const holder = Number((await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '')).trim());
        if (holder === process.pid)
            await (0,promises_.rm)(lockPath, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/provision/verify.ts
/**
 * Turning what OpenClaw reports about credentials into one table: agent × provider → ready / missing /
 * expiring (plus `skipped` for needs this action leaves alone, e.g. a keyless local provider).
 *
 * Two sources, same verdicts:
 * - `openclaw models status --check --json --agent <id>` on the gateway host (exit 0 ok, 1 missing/expired/
 *   unusable, 2 expiring; JSON `auth.missingProvidersInUse`, `auth.modelRouteIssues`, `auth.providers`,
 *   `auth.oauth.providers`) — what the on-disk state gives a freshly started gateway;
 * - the `models.authStatus {agentId}` RPC (`providers[].status`: ok | static | expiring | expired | missing)
 *   — what the running gateway holds in memory.
 */

const RANK = { skipped: 0, unverified: 0, ready: 1, expiring: 2, missing: 3 };
/** The worse of two verdicts for one cell (missing > expiring > ready). */
function worse(a, b) {
    return RANK[b.status] > RANK[a.status] ? b : a;
}
/** Verdicts from one `models status --check --json --agent <id>` run for the providers we care about. */
function cellsFromModelsStatus(agentId, providers, exitCode, json) {
    const auth = isRecord(json) && isRecord(json['auth']) ? json['auth'] : {};
    const missing = new Set(Array.isArray(auth.missingProvidersInUse) ? auth.missingProvidersInUse.filter((p) => typeof p === 'string').map((p) => p.toLowerCase()) : []);
    const routeIssues = Array.isArray(auth.modelRouteIssues) ? auth.modelRouteIssues.filter(isRecord) : [];
    const effective = new Map();
    if (Array.isArray(auth.providers)) {
        for (const p of auth.providers) {
            if (!isRecord(p) || typeof p['provider'] !== 'string')
                continue;
            const eff = isRecord(p['effective']) ? p['effective']['kind'] : undefined;
            effective.set(p['provider'].toLowerCase(), typeof eff === 'string' ? eff : 'unknown');
        }
    }
    const oauthStatus = new Map();
    const oauthProviders = isRecord(auth.oauth) ? auth.oauth['providers'] : undefined;
    if (Array.isArray(oauthProviders)) {
        for (const p of oauthProviders)
            if (isRecord(p) && typeof p['provider'] === 'string' && typeof p['status'] === 'string')
                oauthStatus.set(p['provider'].toLowerCase(), p['status']);
    }
    return providers.map((provider) => {
        const src = 'models status';
        if (json === undefined)
            return { agentId, provider, status: 'missing', detail: `${src}: no JSON output (exit ${exitCode})` };
        if (missing.has(provider))
            return { agentId, provider, status: 'missing', detail: `${src}: listed in missingProvidersInUse` };
        const issue = routeIssues.find((i) => String(i['provider']).toLowerCase() === provider);
        if (issue)
            return { agentId, provider, status: 'missing', detail: `${src}: ${String(issue['kind'])}${typeof issue['message'] === 'string' ? ` (${issue['message']})` : ''}` };
        const oauth = oauthStatus.get(provider);
        if (oauth === 'expired' || oauth === 'missing')
            return { agentId, provider, status: 'missing', detail: `${src}: OAuth ${oauth}` };
        if (oauth === 'expiring')
            return { agentId, provider, status: 'expiring', detail: `${src}: OAuth expiring` };
        const eff = effective.get(provider);
        if (eff === 'missing')
            return { agentId, provider, status: 'missing', detail: `${src}: no usable credential` };
        if (eff !== undefined)
            return { agentId, provider, status: 'ready', detail: `${src}: credential from ${eff}` };
        return { agentId, provider, status: exitCode === 1 ? 'missing' : 'ready', detail: `${src}: exit ${exitCode}, provider not listed` };
    });
}
/** Verdicts from the `models.authStatus` RPC payload for one agent. */
function cellsFromAuthStatus(agentId, providers, payload) {
    const list = isRecord(payload) && Array.isArray(payload['providers']) ? payload['providers'].filter(isRecord) : [];
    return providers.map((provider) => {
        const src = 'gateway models.authStatus';
        const entry = list.find((p) => String(p['provider']).toLowerCase() === provider || String(p['authProvider']).toLowerCase() === provider);
        if (!entry)
            return { agentId, provider, status: 'missing', detail: `${src}: provider has no credential` };
        const status = String(entry['status']);
        if (status === 'ok' || status === 'static')
            return { agentId, provider, status: 'ready', detail: `${src}: ${status}` };
        if (status === 'expiring')
            return { agentId, provider, status: 'expiring', detail: `${src}: expiring` };
        return { agentId, provider, status: 'missing', detail: `${src}: ${status}` };
    });
}
/**
 * This action's profiles the running gateway cannot resolve, from the `status` RPC's
 * `degradedSecretOwners` (each `ownerId` is `["<agentDir>/openclaw-agent.sqlite", "<profileId>"]` for an
 * auth profile). Returns `agent\0provider` keys for `<provider>:clawfleet` profiles.
 */
function unresolvedFromStatus(status) {
    const owners = isRecord(status) && Array.isArray(status['degradedSecretOwners']) ? status['degradedSecretOwners'].filter(isRecord) : [];
    const out = new Set();
    for (const o of owners) {
        let id;
        try {
            id = JSON.parse(String(o['ownerId']));
        }
        catch {
            continue;
        }
        if (!Array.isArray(id) || typeof id[0] !== 'string' || typeof id[1] !== 'string')
            continue;
        const agent = /[\\/]agents[\\/]([^\\/]+)[\\/]agent[\\/]openclaw-agent\.sqlite$/.exec(id[0])?.[1];
        const profile = /^(.+):clawfleet$/.exec(id[1])?.[1];
        if (agent && profile)
            out.add(`${agent}\0${profile}`);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
;// CONCATENATED MODULE: ./src/provision/operator-session.ts
/**
 * An `operator.admin` WebSocket session with a gateway, for the RPCs that admin HTTP RPC does not expose
 * (`secrets.store.*`; openclaw-notes §3.6).
 *
 * A shared-token WebSocket client only keeps the scopes it asks for when it is a local CLI on loopback
 * (§3.2). Everywhere else the gateway wants a paired device, so the session:
 * 1. creates an ephemeral Ed25519 device identity (never written to disk; id = sha256 of the raw public key),
 * 2. answers `connect.challenge` with a v3 device signature over
 *    `v3|deviceId|clientId|clientMode|role|scopes|signedAt|token|nonce|platform|deviceFamily`,
 * 3. on `NOT_PAIRED` approves its own pairing request through `approve(requestId)` (the caller uses admin
 *    HTTP RPC `device.pair.approve`, which the bearer token authorizes) and connects again,
 * 4. reports its device id so the caller removes the pairing afterwards (`device.pair.remove`), also from the
 *    post step if this process dies.
 * Errors name the instance, the method and the gateway's error code; messages pass through the registry.
 */


class OperatorSessionError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'OperatorSessionError';
    }
}
const SCOPES = ['operator.admin'];
const CLIENT = { id: 'cli', mode: 'cli' };
/** Converts an http(s) gateway URL into its WebSocket URL. */
function wsUrlFor(url) {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new OperatorSessionError(`gateway URL must be http(s), got ${u.protocol}`);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    u.search = '';
    u.hash = '';
    return u.toString();
}
function newIdentity() {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { deviceId: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'), publicKey: raw.toString('base64url'), privateKey };
}
class OperatorSession {
    ws;
    opts;
    deviceId;
    scopes;
    serverVersion;
    nextId = 0;
    pending = new Map();
    closed = false;
    constructor(ws, opts, deviceId, scopes, serverVersion) {
        this.ws = ws;
        this.opts = opts;
        this.deviceId = deviceId;
        this.scopes = scopes;
        this.serverVersion = serverVersion;
        ws.on('message', (data) => this.onMessage(String(data)));
        ws.on('close', () => this.failAll(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket`, 'closed')));
    }
    /** Connects (pairing the ephemeral device when needed). */
    static async open(opts) {
        const identity = newIdentity();
        let announced = false;
        // The device exists for the gateway only once a connect carrying it was sent: report it then (not
        // before), so a gateway that never answered leaves nothing to unpair.
        const announce = () => {
            if (announced)
                return;
            announced = true;
            opts.onDevice?.(identity.deviceId);
        };
        const deadline = Date.now() + (opts.startupBudgetMs ?? 60_000);
        let approved = false;
        for (let attempt = 0;; attempt++) {
            const result = await connectOnce(opts, identity, announce);
            if (result.ok)
                return new OperatorSession(result.ws, opts, identity.deviceId, result.scopes, result.serverVersion);
            const err = result.error;
            if (err.code === 'NOT_PAIRED' && !approved && typeof err.details?.['requestId'] === 'string') {
                await opts.approve(err.details['requestId']);
                approved = true;
                continue;
            }
            const retryAfter = typeof err.retryAfterMs === 'number' ? err.retryAfterMs : typeof err.details?.['retryAfterMs'] === 'number' ? err.details['retryAfterMs'] : undefined;
            if (err.code === 'UNAVAILABLE' && Date.now() + (retryAfter ?? 1000) < deadline && attempt < 30) {
                await new Promise((r) => setTimeout(r, Math.min(retryAfter ?? 1000, 5000)));
                continue;
            }
            throw new OperatorSessionError(opts.registry.redact(`${opts.instanceId}: WebSocket connect refused (${err.code ?? 'error'}): ${err.message ?? 'no message'}${err.code === 'NOT_PAIRED' ? ' — the pairing approval did not take effect' : ''}`), err.code);
        }
    }
    onMessage(text) {
        let frame;
        try {
            frame = JSON.parse(text);
        }
        catch {
            return;
        }
        const f = frame;
        if (f.type !== 'res' || typeof f.id !== 'string')
            return;
        const p = this.pending.get(f.id);
        if (!p)
            return;
        this.pending.delete(f.id);
        clearTimeout(p.timer);
        p.resolve(f);
    }
    failAll(e) {
        this.closed = true;
        for (const [id, p] of this.pending) {
            clearTimeout(p.timer);
            p.reject(e);
            this.pending.delete(id);
        }
    }
    /** Calls one method; rejects with the gateway's error code and (scrubbed) message. */
    async call(method, params) {
        if (this.closed)
            throw new OperatorSessionError(`${this.opts.instanceId}: ${method}: the session is closed`, 'closed');
        const id = `p${++this.nextId}`;
        const timeoutMs = this.opts.timeoutMs ?? 20_000;
        const frame = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new OperatorSessionError(`${this.opts.instanceId}: ${method} timed out after ${timeoutMs} ms`, 'timeout'));
            }, timeoutMs);
            this.pending.set(id, { resolve, reject, timer });
            this.ws.send(JSON.stringify({ type: 'req', id, method, params }), (e) => {
                if (!e)
                    return;
                clearTimeout(timer);
                this.pending.delete(id);
                reject(new OperatorSessionError(`${this.opts.instanceId}: ${method}: send failed`, 'send'));
            });
        });
        if (frame.ok)
            return frame.payload;
        throw new OperatorSessionError(this.opts.registry.redact(`${this.opts.instanceId}: ${method} failed (${frame.error?.code ?? 'error'}): ${frame.error?.message ?? 'no message'}`), frame.error?.code);
    }
    close() {
        this.closed = true;
        try {
            this.ws.close(1000);
        }
        catch {
            // already closed
        }
    }
}
function connectOnce(opts, identity, announce) {
    const timeoutMs = opts.timeoutMs ?? 20_000;
    return new Promise((resolve, reject) => {
        let settled = false;
        const ws = new wrapper/* default */.Ay(wsUrlFor(opts.url), { handshakeTimeout: timeoutMs, maxPayload: 32 * 1024 * 1024, followRedirects: false });
        const done = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            fn();
        };
        const timer = setTimeout(() => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket handshake timed out after ${timeoutMs} ms`, 'timeout')); }), timeoutMs);
        ws.on('error', (e) => done(() => reject(new OperatorSessionError(opts.registry.redact(`${opts.instanceId}: WebSocket to ${new URL(opts.url).host} failed: ${e.code ?? e.message}`), 'unreachable'))));
        ws.on('unexpected-response', (_req, res) => done(() => { ws.terminate(); reject(new OperatorSessionError(`${opts.instanceId}: WebSocket upgrade refused with HTTP ${res.statusCode}`, res.statusCode === 401 || res.statusCode === 403 ? 'unauthorized' : 'protocol')); }));
        ws.on('close', (code) => done(() => reject(new OperatorSessionError(`${opts.instanceId}: the gateway closed the WebSocket during connect (code ${code})`, 'closed'))));
        ws.on('message', (data) => {
            let m;
            try {
                m = JSON.parse(String(data));
            }
            catch {
                return;
            }
            if (m.type === 'event' && m.event === 'connect.challenge') {
                const challenge = (m.payload ?? {});
                const nonce = String(challenge.nonce ?? '');
                const signedAt = typeof challenge.ts === 'number' ? challenge.ts : Date.now();
                const platform = process.platform;
                const payload = ['v3', identity.deviceId, CLIENT.id, CLIENT.mode, 'operator', SCOPES.join(','), String(signedAt), opts.token, nonce, platform, ''].join('|');
                const signature = (0,external_node_crypto_.sign)(null, Buffer.from(payload, 'utf8'), identity.privateKey).toString('base64url');
                announce();
                ws.send(JSON.stringify({
                    type: 'req',
                    id: 'connect',
                    method: 'connect',
                    params: {
                        minProtocol: 4,
                        maxProtocol: 4,
                        client: { id: CLIENT.id, version: opts.version ?? '0.1.0', platform, mode: CLIENT.mode },
                        role: 'operator',
                        scopes: SCOPES,
                        caps: [],
                        auth: { token: opts.token },
                        userAgent: `clawfleet/${opts.version ?? '0.1.0'}`,
                        device: { id: identity.deviceId, publicKey: identity.publicKey, signature, signedAt, nonce },
                    },
                }));
                return;
            }
            if (m.type === 'res' && m.id === 'connect') {
                if (m.ok) {
                    const payload = (m.payload ?? {});
                    const scopes = Array.isArray(payload.auth?.scopes) ? payload.auth.scopes.filter((s) => typeof s === 'string') : [];
                    if (!scopes.includes('operator.admin')) {
                        done(() => {
                            ws.close(1000);
                            reject(new OperatorSessionError(`${opts.instanceId}: the gateway granted scopes [${scopes.join(', ')}] but provisioning needs operator.admin`, 'scope'));
                        });
                        return;
                    }
                    done(() => resolve({ ok: true, ws, scopes, serverVersion: typeof payload.server?.version === 'string' ? payload.server.version : undefined }));
                }
                else {
                    done(() => {
                        ws.terminate();
                        resolve({ ok: false, error: m.error ?? {} });
                    });
                }
            }
        });
    });
}

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
    const alias = getIn(config, ['secrets', 'defaults', 'store']);
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
    const entries = [...byProvider.values()].sort((x, y) => byCodeUnit(x.provider, y.provider));
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
    let deviceId;
    const session = await OperatorSession.open({
        instanceId: endpoint.id,
        url: endpoint.url,
        token: endpoint.token,
        registry: deps.registry,
        timeoutMs: Math.min(inputs.timeoutMs, 30_000),
        version: deps.clientVersion,
        onDevice: (id) => {
            deviceId = id;
            deps.staging.device({ instanceId: endpoint.id, url: endpoint.url, deviceId: id });
        },
        approve: async (requestId) => {
            await admin.call('device.pair.approve', { requestId });
            deps.logger.info(`${endpoint.id}: approved the pairing of a temporary device (removed again at the end)`);
        },
    }).catch(async (e) => {
        if (deviceId)
            await removeDevice(admin, deviceId, endpoint.id, warnings);
        throw e;
    });
    try {
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
    }
    finally {
        session.close();
        if (deviceId)
            await removeDevice(admin, deviceId, endpoint.id, warnings);
    }
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
/** Unpairs a temporary device; a failure becomes a warning (the post step retries). */
async function removeDevice(admin, deviceId, instanceId, warnings) {
    try {
        await admin.call('device.pair.remove', { deviceId });
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (!/not found|unknown device|NOT_FOUND/i.test(msg))
            warnings.push(`${instanceId}: could not remove the temporary paired device ${deviceId.slice(0, 12)}…: ${msg} (the post step retries)`);
    }
}
/** Remote mode: every gateway, one after the other (two at a time). */
async function provisionRemote(inputs, deps, needs, resolved, entries) {
    const warnings = [];
    const instances = [];
    const queue = [...inputs.gateways];
    const worker = async () => {
        for (let g = queue.shift(); g; g = queue.shift()) {
            const admin = (0,fleet_client/* createGatewayClient */.kU)(g, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
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
    instances.sort((a, b) => byCodeUnit(a.id, b.id));
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
        cells.push(...cellsFromAuthStatus(agent.agentId, providers, payload));
    }
    return cells;
}

;// CONCATENATED MODULE: ./src/provision/local.ts
/**
 * Local provisioning, run on the gateway host (measured against OpenClaw 2026.9.6):
 *
 * 1. Under a lock on the state directory, the keys go into the managed block of `$OPENCLAW_STATE_DIR/.env`
 *    (0600, atomic, parent 0700, symlinks refused) as `CLAWFLEET_<SOURCE>_G<n>` variables.
 * 2. `openclaw secrets apply` gets a plan with one env SecretRef per agent profile (`<provider>:clawfleet`);
 *    the agents' SQLite stores then hold refs, never keys. `secrets apply` also migrates and rewrites the
 *    config file it is given (plain JSON + `meta` + `.bak`, even for a plan with only store targets), so it
 *    runs against a byte copy of the config in the same directory (includes resolve alike), deleted after:
 *    the gateway's config — the one in git — does not drift.
 * 3. A running gateway only sees variables that were in its environment when its process started: an
 *    in-process restart (`gateway.restart.request`) loads NEW names from `.env` but never replaces a value it
 *    already has, and `secrets.reload` reads no `.env` at all. A changed key therefore gets a new generation
 *    name, and the gateway is restarted (when a URL is given) whenever a name was added.
 * 4. For versions that still read `auth-profiles.json` (opt-in by version) that file gets the same refs.
 * 5. Verification: `openclaw models status --check --json --agent <id>` per agent on the on-disk state, and
 *    `models.authStatus` on the running gateway when one is given.
 */













class LocalProvisionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LocalProvisionError';
    }
}
const LOCK_NAME = '.clawfleet-provision.lock';
/** Provisions on the gateway host. Nothing is written before every check passed (done by the caller). */
async function provisionLocal(ctx) {
    const { inputs, deps } = ctx;
    const stateDir = (0,external_node_path_.resolve)(inputs.stateDir);
    const envPath = (0,external_node_path_.join)(stateDir, '.env');
    const actions = [];
    const warnings = [];
    const cli = parseOpenclawCommand(inputs.openclaw);
    const refProvider = envRefProvider(ctx.config);
    const wanted = new Map();
    for (const a of ctx.resolved.assignments)
        wanted.set(a.sourceEnv, ctx.resolved.values.get(a.sourceEnv));
    let newNames = [];
    let changed = false;
    await ensureStateDir(stateDir, inputs.dryRun, actions);
    const locked = async () => {
        const stale = inputs.dryRun ? [] : await removeStaleTemps(envPath);
        if (stale.length)
            warnings.push(`removed ${stale.length} temp file(s) left in ${stateDir} by an interrupted run: ${stale.join(', ')}`);
        const text = (await readSecureFile(envPath))?.toString('utf8') ?? '';
        const doc = parseDotenv(text);
        const managed = planManaged(doc.managed, wanted);
        newNames = [...managed.added, ...managed.rotated];
        const next = renderDotenv(doc, managed.entries);
        const targets = ctx.resolved.assignments.map((a) => ({ agentId: a.agentId, provider: a.provider, envName: managed.names.get(a.sourceEnv) }));
        if (inputs.dryRun) {
            if (next !== text)
                actions.push(`would update ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s))`);
            actions.push(`would apply ${targets.length} auth-profile ref(s) (${ctx.storeFormat === 'sqlite' ? 'openclaw secrets apply' : 'auth-profiles.json'})`);
            return;
        }
        const w = await writeSecureFile(envPath, next);
        if (w.written) {
            changed = true;
            actions.push(`wrote ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s); mode 0600)`);
        }
        else if (w.modeFixed) {
            changed = true;
            actions.push(`tightened ${envPath} to mode 0600`);
        }
        if (ctx.storeFormat === 'sqlite') {
            if (await applyPlan(ctx, cli, stateDir, targets, refProvider, actions))
                changed = true;
        }
        else if (await writeLegacyFiles(stateDir, targets, refProvider, actions))
            changed = true;
        // Superseded generations are dropped only now that no ref points at them any more.
        const final = renderDotenv(doc, managed.finalEntries);
        if (final !== next) {
            await writeSecureFile(envPath, final);
            actions.push(`removed ${managed.entries.length - managed.finalEntries.length} superseded variable(s) from ${envPath}`);
        }
    };
    if (inputs.dryRun)
        await locked(); // reads only: no lock file either
    else
        await withLock((0,external_node_path_.join)(stateDir, LOCK_NAME), locked, { timeoutMs: Math.max(inputs.timeoutMs, 30_000) });
    // The running gateway: restart when it must load new variables, then ask it what it holds.
    const gateway = inputs.gateways[0];
    const client = gateway ? (0,fleet_client/* createGatewayClient */.kU)(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) }) : undefined;
    const restart = { required: false, requested: false };
    if (newNames.length > 0 && !inputs.dryRun) {
        restart.reason = `the gateway must restart to load ${newNames.length} new credential variable(s) from ${envPath}`;
        if (client && inputs.restart === 'auto') {
            await restartAndWait(client, gateway, inputs.timeoutMs, deps);
            restart.requested = true;
            changed = true;
            actions.push(`restarted gateway ${gateway?.id} (gateway.restart.request) to load the new variables`);
        }
        else {
            restart.required = true;
            warnings.push(`${restart.reason}; ${client ? "restart is 'never'" : 'no gateway URL was given'}. Until it restarts, its agents cannot use the new keys`);
        }
    }
    let cells = [];
    const verified = inputs.verify && !inputs.dryRun;
    if (verified) {
        const onDisk = await verifyOnDisk(ctx, cli, stateDir);
        cells = client ? merge(onDisk, await verifyLive(ctx, client)) : onDisk;
        // The files are right but the running gateway still lacks a key: it did not restart after an earlier
        // run (a failed restart, `restart: never`, a crash). Restart once now, then check it again.
        const onDiskReady = (c) => onDisk.some((d) => d.agentId === c.agentId && d.provider === c.provider && d.status !== 'missing');
        if (client && inputs.restart === 'auto' && !restart.requested && cells.some((c) => c.status === 'missing' && onDiskReady(c))) {
            await restartAndWait(client, gateway, inputs.timeoutMs, deps);
            restart.requested = true;
            changed = true;
            actions.push(`restarted gateway ${gateway?.id}: it was running without credentials that are on disk`);
            cells = merge(onDisk, await verifyLive(ctx, client));
        }
    }
    return { changed, actions, warnings, cells, verified, restart };
}
async function ensureStateDir(stateDir, dryRun, actions) {
    if (dryRun)
        return;
    if (await ensurePrivateDir(stateDir))
        actions.push(`made ${stateDir} a private directory (0700)`);
}
/** Runs `openclaw secrets apply` on a scratch copy of the config; returns whether the stores changed. */
async function applyPlan(ctx, cli, stateDir, targets, refProvider, actions) {
    const { inputs, deps } = ctx;
    if (targets.length === 0)
        return false;
    const planFile = (0,external_node_path_.join)(inputs.tempDir, `clawfleet-secrets-plan-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    deps.staging.file(planFile);
    await writeSecureFile(planFile, `${JSON.stringify(buildSecretsPlan(targets, refProvider), null, 2)}\n`, { parent: 'existing' });
    const configFile = (0,external_node_path_.resolve)(inputs.gatewayConfigFile);
    const scratch = (0,external_node_path_.join)((0,external_node_path_.dirname)(configFile), `.clawfleet-apply-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    deps.staging.file(scratch);
    try {
        await (0,promises_.copyFile)(configFile, scratch);
        const env = childEnv(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: scratch });
        const r = await runOpenclaw(cli, ['secrets', 'apply', '--from', planFile, '--json'], { env, timeoutMs: inputs.timeoutMs });
        const json = parseJsonOutput(r.stdout);
        if (r.code !== 0 || json === undefined)
            throw new LocalProvisionError(describeFailure('openclaw secrets apply', r, deps.registry));
        const files = Array.isArray(json.changedFiles) ? json.changedFiles.length : 0;
        if (json.changed === true)
            actions.push(`openclaw secrets apply: set ${targets.length} env SecretRef(s) in ${files} agent store(s)`);
        return json.changed === true;
    }
    finally {
        await removeScratch(scratch);
    }
}
/** Deletes the scratch config and the `.bak` files `secrets apply` made next to it. */
async function removeScratch(scratch) {
    const dir = (0,external_node_path_.dirname)(scratch);
    const base = (0,external_node_path_.basename)(scratch);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const n of names)
        if (n === base || n.startsWith(`${base}.`))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, n), { force: true });
}
/** Writes each agent's legacy `auth-profiles.json`; returns whether any changed. */
async function writeLegacyFiles(stateDir, targets, refProvider, actions) {
    const byAgent = new Map();
    for (const t of targets)
        byAgent.set(t.agentId, [...(byAgent.get(t.agentId) ?? []), t]);
    let changed = false;
    for (const [agentId, list] of byAgent) {
        // agentId passed checkAgentId (no separators, no dots) before any of this runs.
        const agentsDir = (0,external_node_path_.join)(stateDir, 'agents');
        const agentDir = (0,external_node_path_.join)(agentsDir, agentId, 'agent');
        for (const d of [agentsDir, (0,external_node_path_.join)(agentsDir, agentId), agentDir])
            await ensurePrivateDir(d);
        const file = (0,external_node_path_.join)(agentDir, 'auth-profiles.json');
        const raw = await readSecureFile(file);
        let existing;
        if (raw !== undefined) {
            try {
                existing = JSON.parse(raw.toString('utf8'));
            }
            catch {
                throw new LocalProvisionError(`${file} is not valid JSON; it was left unchanged. Fix: repair or remove it`);
            }
        }
        const w = await writeSecureFile(file, buildLegacyAuthProfiles(existing, list, refProvider));
        if (w.written || w.modeFixed) {
            changed = true;
            actions.push(`wrote ${file} (${list.length} keyRef profile(s); mode 0600)`);
        }
    }
    return changed;
}
/** Requests an in-process restart and waits until the gateway is back (uptime reset) and ready. */
async function restartAndWait(client, gateway, timeoutMs, deps) {
    const detector = new RestartDetector();
    const before = await client.readyz().catch(() => undefined);
    if (before?.uptimeMs !== undefined)
        detector.observe({ uptimeMs: before.uptimeMs });
    await client.restartRequest();
    deps.logger.info(`${gateway.id}: restart requested; waiting for it to come back`);
    const deadline = Date.now() + Math.max(timeoutMs, 120_000);
    let restarted = before?.uptimeMs === undefined;
    while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1000));
        const r = await client.readyz({ attempts: 1, timeoutMs: 5000 }).catch(() => undefined);
        if (!r) {
            restarted = true; // unreachable while it restarts
            continue;
        }
        if (r.uptimeMs !== undefined && detector.observe({ uptimeMs: r.uptimeMs }).restarted)
            restarted = true;
        if (restarted && r.ready)
            return;
    }
    throw new LocalProvisionError(`${gateway.id}: the gateway did not come back ready within ${Math.round(Math.max(timeoutMs, 120_000) / 1000)} s after the restart request`);
}
/**
 * Asks the running gateway to re-resolve its SecretRefs (`secrets.reload`, WebSocket) and returns the
 * (agent, provider) pairs of this action's profiles it cannot resolve (`status.degradedSecretOwners`).
 * Measured: after `secrets apply` a running gateway does not look at the new refs until a reload or
 * restart, `models.authStatus` reports a keyRef profile as usable whether or not the ref resolves, and only
 * the degraded-owner list shows a ref whose variable the process does not have.
 */
async function unresolvedOnGateway(client, gateway, deps, timeoutMs, warnings) {
    let deviceId;
    const session = await OperatorSession.open({
        instanceId: gateway.id,
        url: gateway.url,
        token: gateway.token,
        registry: deps.registry,
        timeoutMs: Math.min(timeoutMs, 30_000),
        version: deps.clientVersion,
        onDevice: (id) => {
            deviceId = id;
            deps.staging.device({ instanceId: gateway.id, url: gateway.url, deviceId: id });
        },
        approve: async (requestId) => {
            await client.call('device.pair.approve', { requestId });
        },
    }).catch(async (e) => {
        if (deviceId)
            await removeDevice(client, deviceId, gateway.id, warnings);
        throw e;
    });
    try {
        await session.call('secrets.reload', {});
    }
    finally {
        session.close();
        if (deviceId)
            await removeDevice(client, deviceId, gateway.id, warnings);
    }
    return unresolvedFromStatus(await client.status());
}
/** The providers of an agent this run provisioned (only those are verified). */
function verifiableProviders(ctx, agent) {
    return agent.providers.map((p) => p.provider).filter((p) => ctx.resolved.assignments.some((a) => a.agentId === agent.agentId && a.provider === p));
}
/** Per agent: `openclaw models status --check` on the on-disk state (what a fresh start gets). */
async function verifyOnDisk(ctx, cli, stateDir) {
    const { inputs, deps } = ctx;
    const limit = (0,p_limit["default"])(2);
    const env = childEnv(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: (0,external_node_path_.resolve)(inputs.gatewayConfigFile) });
    const perAgent = await Promise.all(ctx.needs.map((agent) => limit(async () => {
        const verifiable = verifiableProviders(ctx, agent);
        if (verifiable.length === 0)
            return [];
        const r = await runOpenclaw(cli, ['models', 'status', '--check', '--json', '--agent', agent.agentId], { env, timeoutMs: inputs.timeoutMs });
        if (r.timedOut || (r.code !== 0 && r.code !== 1 && r.code !== 2))
            throw new LocalProvisionError(describeFailure(`openclaw models status --agent ${agent.agentId}`, r, deps.registry));
        return cellsFromModelsStatus(agent.agentId, verifiable, r.code, parseJsonOutput(r.stdout));
    })));
    return perAgent.flat();
}
/** Per agent: what the running gateway holds (`models.authStatus` + refs it cannot resolve after a reload). */
async function verifyLive(ctx, client) {
    const { inputs, deps } = ctx;
    const unresolved = await unresolvedOnGateway(client, inputs.gateways[0], deps, inputs.timeoutMs, []);
    const cells = [];
    for (const agent of ctx.needs) {
        const verifiable = verifiableProviders(ctx, agent);
        if (verifiable.length === 0)
            continue;
        const payload = await client.modelsAuthStatus({ agentId: agent.agentId });
        cells.push(...cellsFromAuthStatus(agent.agentId, verifiable, payload).map((c) => unresolved.has(`${c.agentId}\0${c.provider}`) ? { ...c, status: 'missing', detail: 'gateway status: the running gateway cannot resolve this key (secret reference not found; it needs a restart)' } : c));
    }
    return cells;
}
/** Merges two verdict lists for the same (agent, provider) keys, keeping the worse of each. */
function merge(a, b) {
    const out = new Map(a.map((c) => [`${c.agentId}\0${c.provider}`, c]));
    for (const c of b) {
        const k = `${c.agentId}\0${c.provider}`;
        const prev = out.get(k);
        out.set(k, prev ? worse(prev, c) : c);
    }
    return [...out.values()];
}

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
        storeFormat = selectStoreFormat(openclawVersion, inputs.legacyBelow);
    }
    catch (e) {
        if (e instanceof StoreFormatError)
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
        const r = await runOpenclaw(parseOpenclawCommand(inputs.openclaw), ['--version'], { env: childEnv(deps.env, {}), timeoutMs: Math.min(inputs.timeoutMs, 60_000) });
        return r.code === 0 ? parseVersion(r.stdout) : undefined;
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
        const local = await provisionLocal({ inputs, deps, config: pre.config, needs: pre.needs, resolved: envResolved, storeFormat: pre.storeFormat });
        report.changed = local.changed;
        report.actions.push(...local.actions);
        report.warnings.push(...local.warnings);
        report.restart = local.restart;
        cells = local.cells;
        const gateway = inputs.gateways[0];
        if (gateway && pre.storeEntries.length > 0) {
            const admin = (0,fleet_client/* createGatewayClient */.kU)(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
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
            const cell = mine.reduce((a, b) => worse(a, b));
            return { ...base, status: cell.status, ...(source ? { source } : {}), detail: cell.detail };
        }),
    }));
}


/***/ })

};

//# sourceMappingURL=304.index.js.map