/**
 * Credentials check: every agent's model providers in use must have usable credentials, so that
 * `No API key found for provider "<p>"` is caught by the smoke test and not by a user.
 *
 * Measured against OpenClaw 2026.9.6 (`models.authStatus` over admin HTTP RPC, see the report of issue #5):
 * - the payload is `{ts, providers:[{provider, authProvider, displayName, status, profiles[], apiKey?:{source,envVar?},
 *   expiry?}], providerCapabilities:[{provider, apiKeySupported, quickApiKeySetup, loginOptions?}]}`, or
 *   `{ts, providers:[], unavailable:{code:"PREPARED_MODEL_AUTH_UNAVAILABLE", message}}` while the gateway prepares;
 * - `status` ∈ `ok | static | expiring | expired | missing` (`static` = an API key without expiry);
 * - a provider that a model ref uses but that has NO credential source at all is simply ABSENT from
 *   `providers` (observed: fallback `anthropic/…` with no key → only `fake` listed). Absence is therefore
 *   "missing", not "unknown";
 * - a configured key whose SecretRef does not resolve is listed with `status:"missing"`.
 * The scope is one agent per call (`params.agentId`; default = the ambient owner agent).
 */
import type { GatewayClient } from '../fleet/types.js';
import { describeFailure } from './errors.js';
import { CheckBuilder } from './status.js';
import type { CheckResult } from './types.js';

/** One model reference an agent uses, and in which role. */
export interface ModelUse {
  agentId: string;
  /** `primary` decides whether chats work at all; the others only matter when used. */
  role: 'primary' | 'fallback' | 'utility' | 'decision' | 'image' | 'pdf';
  ref: string;
  /** Normalised provider id, or undefined when the ref could not be resolved. */
  provider?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lower-cases and trims a provider id (what OpenClaw's `normalizeProviderId` does for plain ids). */
export function normalizeProvider(id: string): string {
  return id.trim().toLowerCase();
}

/** `provider/model` → provider; an alias is looked up in the `models` maps (`{"p/m": {alias}}`). */
export function providerOfRef(ref: string, aliasMaps: Obj[]): string | undefined {
  const r = ref.trim();
  if (!r) return undefined;
  const slash = r.indexOf('/');
  if (slash > 0) return normalizeProvider(r.slice(0, slash));
  for (const map of aliasMaps) {
    for (const [key, entry] of Object.entries(map)) {
      if (isObj(entry) && typeof entry['alias'] === 'string' && entry['alias'].trim() === r && key.includes('/')) {
        return normalizeProvider(key.slice(0, key.indexOf('/')));
      }
    }
  }
  return undefined;
}

/** Model refs of one setting that is either `"p/m"` or `{primary, fallbacks}`. */
function refsOf(value: unknown): { primary?: string; fallbacks: string[] } {
  if (typeof value === 'string') return { primary: value, fallbacks: [] };
  if (isObj(value)) {
    const primary = typeof value['primary'] === 'string' ? value['primary'] : undefined;
    const fallbacks = Array.isArray(value['fallbacks']) ? value['fallbacks'].filter((x): x is string => typeof x === 'string') : [];
    return { ...(primary ? { primary } : {}), fallbacks };
  }
  return { fallbacks: [] };
}

/** The agents to check: those the gateway runs (health RPC) plus those the config lists; `main` when none. */
export function agentsOf(config: unknown, agentIds: readonly string[]): string[] {
  const cfg = isObj(config) ? config : {};
  const agents = isObj(cfg['agents']) ? cfg['agents'] : {};
  const entries = isObj(agents['entries']) ? agents['entries'] : {};
  const ids = new Set<string>(agentIds);
  for (const id of Object.keys(entries)) ids.add(id);
  if (ids.size === 0) ids.add('main');
  return [...ids].sort();
}

/**
 * Every model an agent uses, from the gateway's resolved config (`config.get` → `config`). `agentIds` are
 * the agents the gateway runs (health RPC), so implicit agents (the default `main`) are covered too.
 */
export function modelUses(config: unknown, agentIds: readonly string[]): ModelUse[] {
  const cfg = isObj(config) ? config : {};
  const agents = isObj(cfg['agents']) ? cfg['agents'] : {};
  const defaults = isObj(agents['defaults']) ? agents['defaults'] : {};
  const entries = isObj(agents['entries']) ? agents['entries'] : {};

  const uses: ModelUse[] = [];
  for (const agentId of agentsOf(config, agentIds)) {
    const entry = isObj(entries[agentId]) ? (entries[agentId] as Obj) : {};
    const aliasMaps = [entry['models'], defaults['models']].filter(isObj);
    const pick = (key: string) => (entry[key] !== undefined ? entry[key] : defaults[key]);
    const add = (role: ModelUse['role'], ref: string) => {
      const provider = providerOfRef(ref, aliasMaps);
      uses.push({ agentId, role, ref, ...(provider ? { provider } : {}) });
    };
    const model = refsOf(pick('model'));
    if (model.primary) add('primary', model.primary);
    for (const f of model.fallbacks) add('fallback', f);
    for (const [key, role] of [
      ['utilityModel', 'utility'],
      ['decisionModel', 'decision'],
      ['imageModel', 'image'],
      ['pdfModel', 'pdf'],
    ] as const) {
      const r = refsOf(pick(key));
      if (r.primary) add(role, r.primary);
      for (const f of r.fallbacks) add(role, f);
    }
  }
  return uses;
}

/** The fields of one `models.authStatus` provider entry that the check reads. */
export interface AuthProviderStatus {
  provider: string;
  authProvider?: string;
  status: string;
  expiry?: { label?: string; remainingMs?: number };
}

export interface AuthStatusPayload {
  providers: AuthProviderStatus[];
  capabilities: Array<{ provider: string; apiKeySupported?: boolean; loginOptions?: unknown[] }>;
  unavailable?: { code?: string; message?: string };
}

/** Reads a `models.authStatus` payload defensively (unknown fields ignored, bad entries dropped). */
export function parseAuthStatus(payload: unknown): AuthStatusPayload {
  const p = isObj(payload) ? payload : {};
  const providers: AuthProviderStatus[] = [];
  for (const raw of Array.isArray(p['providers']) ? p['providers'] : []) {
    if (!isObj(raw) || typeof raw['provider'] !== 'string') continue;
    const expiry = isObj(raw['expiry']) ? raw['expiry'] : undefined;
    providers.push({
      provider: raw['provider'],
      ...(typeof raw['authProvider'] === 'string' ? { authProvider: raw['authProvider'] } : {}),
      status: typeof raw['status'] === 'string' ? raw['status'] : 'unknown',
      ...(expiry
        ? {
            expiry: {
              ...(typeof expiry['label'] === 'string' ? { label: expiry['label'] } : {}),
              ...(typeof expiry['remainingMs'] === 'number' ? { remainingMs: expiry['remainingMs'] } : {}),
            },
          }
        : {}),
    });
  }
  const capabilities: AuthStatusPayload['capabilities'] = [];
  for (const raw of Array.isArray(p['providerCapabilities']) ? p['providerCapabilities'] : []) {
    if (!isObj(raw) || typeof raw['provider'] !== 'string') continue;
    capabilities.push({
      provider: raw['provider'],
      ...(typeof raw['apiKeySupported'] === 'boolean' ? { apiKeySupported: raw['apiKeySupported'] } : {}),
      ...(Array.isArray(raw['loginOptions']) ? { loginOptions: raw['loginOptions'] } : {}),
    });
  }
  const unavailable = isObj(p['unavailable'])
    ? {
        ...(typeof p['unavailable']['code'] === 'string' ? { code: p['unavailable']['code'] } : {}),
        ...(typeof p['unavailable']['message'] === 'string' ? { message: p['unavailable']['message'] } : {}),
      }
    : undefined;
  return { providers, capabilities, ...(unavailable ? { unavailable } : {}) };
}

export type ProviderVerdict = 'ready' | 'expiring' | 'missing' | 'expired' | 'keyless' | 'unknown';

/** The verdict for one provider in one agent's auth status. */
export function providerVerdict(provider: string, auth: AuthStatusPayload): { verdict: ProviderVerdict; detail: string } {
  const entry = auth.providers.find(
    (p) => normalizeProvider(p.provider) === provider || (p.authProvider !== undefined && normalizeProvider(p.authProvider) === provider),
  );
  if (!entry) {
    const cap = auth.capabilities.find((c) => normalizeProvider(c.provider) === provider);
    // Local servers (ollama, vllm, lmstudio, sglang) take no API key and offer no login: nothing to provision.
    if (cap && cap.apiKeySupported === false && !(cap.loginOptions && cap.loginOptions.length)) {
      return { verdict: 'keyless', detail: 'local provider without credentials' };
    }
    return { verdict: 'missing', detail: 'no credential source (not listed by models.authStatus)' };
  }
  switch (entry.status) {
    case 'ok':
    case 'static':
      return { verdict: 'ready', detail: entry.status };
    case 'expiring':
      return { verdict: 'expiring', detail: `expiring${entry.expiry?.label ? ` in ${entry.expiry.label}` : ''}` };
    case 'expired':
      return { verdict: 'expired', detail: 'expired' };
    case 'missing':
      return { verdict: 'missing', detail: 'configured but the credential does not resolve (status "missing")' };
    default:
      return { verdict: 'unknown', detail: `status "${entry.status}"` };
  }
}

/** Rows of the agent × provider table the check reports. */
export interface CredentialRow {
  agentId: string;
  provider: string;
  roles: string[];
  verdict: ProviderVerdict;
  detail: string;
}

/** Secret owners the gateway's `status` reports as degraded (e.g. a SecretRef that does not resolve). */
export function degradedSecretOwners(status: unknown): Array<{ ownerKind: string; ownerId: string; reason: string; paths: string[] }> {
  const s = isObj(status) ? status : {};
  const list = Array.isArray(s['degradedSecretOwners']) ? s['degradedSecretOwners'] : [];
  return list.filter(isObj).map((o) => ({
    ownerKind: typeof o['ownerKind'] === 'string' ? o['ownerKind'] : 'unknown',
    ownerId: typeof o['ownerId'] === 'string' ? o['ownerId'] : 'unknown',
    reason: typeof o['reason'] === 'string' ? o['reason'] : 'degraded',
    paths: Array.isArray(o['paths']) ? o['paths'].filter((x): x is string => typeof x === 'string') : [],
  }));
}

export interface CredentialsInput {
  client: GatewayClient;
  /** The resolved config from `config.get`. */
  config: unknown;
  /** Agent ids from the health RPC. */
  agentIds: readonly string[];
  /** The `status` RPC payload, when available (for degraded secret owners). */
  status?: unknown;
  timeoutMs: () => number;
  signal?: AbortSignal;
}

/**
 * Runs the credentials check: one `models.authStatus` call per agent. A primary model's provider without
 * credentials fails the check (chats would fail); a fallback/auxiliary model's provider warns.
 */
export async function checkCredentials(input: CredentialsInput): Promise<CheckResult> {
  const check = new CheckBuilder('credentials');
  const uses = modelUses(input.config, input.agentIds);
  const rows: CredentialRow[] = [];
  const byAgent = new Map<string, ModelUse[]>(agentsOf(input.config, input.agentIds).map((id) => [id, []]));
  for (const u of uses) byAgent.get(u.agentId)?.push(u);

  for (const u of uses) {
    if (!u.provider) check.warn(`agent "${u.agentId}": model ref "${u.ref}" (${u.role}) names no provider and matches no alias`);
  }
  for (const [agentId, agentUses] of byAgent) {
    let auth: AuthStatusPayload;
    try {
      auth = parseAuthStatus(await input.client.modelsAuthStatus({ agentId }, { timeoutMs: input.timeoutMs(), ...(input.signal ? { signal: input.signal } : {}) }));
    } catch (err) {
      const d = describeFailure(err, input.signal);
      check.fail(`agent "${agentId}": models.authStatus failed: ${d.kind}: ${d.message}`);
      continue;
    }
    if (!agentUses.length) check.warn(`agent "${agentId}": no model is configured (agents.defaults.model or agents.entries.${agentId}.model), so its provider could not be checked`);
    if (auth.unavailable) {
      check.warn(`agent "${agentId}": model auth status is not available yet (${auth.unavailable.code ?? 'unavailable'}); credentials could not be verified`);
      continue;
    }
    const providers = new Map<string, Set<string>>();
    for (const u of agentUses) if (u.provider) providers.set(u.provider, (providers.get(u.provider) ?? new Set()).add(u.role));
    for (const [provider, roles] of providers) {
      const { verdict, detail } = providerVerdict(provider, auth);
      rows.push({ agentId, provider, roles: [...roles], verdict, detail });
      const primary = roles.has('primary');
      const what = `agent "${agentId}": provider "${provider}" (${[...roles].join(', ')})`;
      if (verdict === 'missing' || verdict === 'expired') {
        const msg = `${what} has no usable credentials (${detail}); chats ${primary ? 'will' : 'that fall back to it will'} fail with: No API key found for provider "${provider}". Provision them (provision-auth-profiles) for this agent.`;
        if (primary) check.fail(msg);
        else check.warn(msg);
      } else if (verdict === 'expiring') {
        check.warn(`${what}: credentials ${detail}`);
      } else if (verdict === 'unknown') {
        check.warn(`${what}: unrecognised auth status (${detail})`);
      }
    }
  }
  for (const owner of degradedSecretOwners(input.status)) {
    check.warn(`secret owner ${owner.ownerKind} "${owner.ownerId}" is degraded: ${owner.reason}${owner.paths.length ? ` (${owner.paths.join(', ')})` : ''}`);
  }
  check.data['providers'] = rows;
  const ready = rows.filter((r) => r.verdict === 'ready' || r.verdict === 'keyless').length;
  return check.build(`${byAgent.size} agent(s), ${ready}/${rows.length} provider credential(s) ready`);
}
