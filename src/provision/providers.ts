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
import { isRecord } from './util.js';

/** How a provider gets its credential. Only `api-key` is provisioned by this action. */
export type ProviderAuthClass =
  | 'api-key' // needs an API key: this action provisions it
  | 'store-ref' // the config references a team secret-store entry (`apiKey: {source: "store", id}`): this action fills it
  | 'config' // `models.providers.<id>.apiKey` is set in the config (string, env/file/exec SecretRef): the config provides it
  | 'local' // keyless: a local server (custom provider on a loopback/private URL, ollama, lmstudio, …)
  | 'aws-sdk' // AWS credential chain (Bedrock)
  | 'login'; // signs in with OAuth / device code / a local CLI login: not an API key

export interface ProviderAuth {
  cls: ProviderAuthClass;
  /** The provider id credentials are stored under (auth alias resolved, e.g. `x-ai` → `xai`). */
  authProvider: string;
  /** Why this class was chosen, for the report. */
  reason: string;
  /** Env var names that conventionally hold the key on a runner (first = the default). */
  envCandidates: string[];
  /** `store-ref`: the secret-store entry name the config references. */
  storeName?: string;
}

/** The `{source: "store", id}` SecretRef of a provider's `apiKey`, if that is what the config holds. */
export function storeRefOf(entry: Record<string, unknown> | undefined): { id: string; provider: string } | undefined {
  const key = entry?.['apiKey'];
  if (!isRecord(key) || key['source'] !== 'store' || typeof key['id'] !== 'string') return undefined;
  return { id: key['id'], provider: typeof key['provider'] === 'string' ? key['provider'] : 'default' };
}

/** API-key env vars per bundled provider (manifest `setup.providers[].envVars`, OAuth-token vars left out). */
export const PROVIDER_ENV_VARS: Readonly<Record<string, readonly string[]>> = {
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
export const PROVIDER_AUTH_ALIASES: Readonly<Record<string, string>> = {
  'minimax-cn': 'minimax',
  'minimax-portal-cn': 'minimax-portal',
  'x-ai': 'xai',
};

/** Bundled providers that work without a key by default (manifest `syntheticAuthRefs` / `method: "local"`). */
export const KEYLESS_PROVIDERS: ReadonlySet<string> = new Set(['ollama', 'lmstudio', 'apple-fm', 'claude-cli', 'copilot-proxy']);

/** Bundled providers that sign in with OAuth, a device code or a host CLI login: no API key to provision. */
export const LOGIN_PROVIDERS: ReadonlySet<string> = new Set(['github-copilot', 'google-gemini-cli', 'minimax-portal', 'codex', 'openai-codex']);

/** Bundled providers on the AWS SDK credential chain. */
export const AWS_SDK_PROVIDERS: ReadonlySet<string> = new Set(['amazon-bedrock', 'amazon-bedrock-mantle']);

/** Host aliases OpenClaw treats as local for model auth (`MODEL_AUTH_LOCAL_HOST_ALIASES`). */
const LOCAL_HOST_ALIASES = new Set(['docker.orb.internal', 'host.docker.internal', 'host.orb.internal']);

/**
 * OpenClaw's `isLocalProviderBaseUrl` for model auth: localhost, 0.0.0.0, `*.local`, the docker host aliases,
 * loopback IPs and RFC 1918 IPv4 ranges. A hostname that merely resolves to 127.0.0.1 is NOT local.
 */
export function isLocalProviderBaseUrl(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === 'localhost' || host === '0.0.0.0' || host.endsWith('.local') || LOCAL_HOST_ALIASES.has(host)) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** `<PROVIDER>_API_KEY` for an id (`z.ai` → `Z_AI_API_KEY`). */
export function conventionalEnvName(provider: string): string {
  return `${provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '')}_API_KEY`;
}

/** The configured `models.providers` entry for a provider id (keys compared case-insensitively, like OpenClaw). */
export function findProviderConfig(config: unknown, provider: string): Record<string, unknown> | undefined {
  const providers = isRecord(config) && isRecord(config['models']) ? config['models']['providers'] : undefined;
  if (!isRecord(providers)) return undefined;
  for (const [key, value] of Object.entries(providers)) if (key.trim().toLowerCase() === provider && isRecord(value)) return value;
  return undefined;
}

/** True when an `apiKey` value is configured (a non-empty string or a SecretRef-shaped object). */
function hasConfiguredApiKey(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  return isRecord(value) && typeof value['source'] === 'string' && typeof value['id'] === 'string';
}

/** Classifies one provider (already lower-cased) against the config. Pure. */
export function classifyProvider(provider: string, config: unknown): ProviderAuth {
  const authProvider = PROVIDER_AUTH_ALIASES[provider] ?? provider;
  const envCandidates = [...new Set([conventionalEnvName(authProvider), ...(PROVIDER_ENV_VARS[authProvider] ?? [])])];
  const base = { authProvider, envCandidates };
  const entry = findProviderConfig(config, provider);
  if (entry) {
    const auth = entry['auth'];
    if (auth === 'aws-sdk') return { ...base, cls: 'aws-sdk', reason: `models.providers.${provider}.auth is "aws-sdk"` };
    if (auth === 'oauth') return { ...base, cls: 'login', reason: `models.providers.${provider}.auth is "oauth"` };
    const store = storeRefOf(entry);
    if (store) {
      // The store entry's name is the natural runner variable name too (both use OpenClaw's env-name grammar).
      return { ...base, envCandidates: [store.id, ...envCandidates.filter((n) => n !== store.id)], cls: 'store-ref', storeName: store.id, reason: `models.providers.${provider}.apiKey references secret-store entry ${store.id}` };
    }
    if (hasConfiguredApiKey(entry['apiKey'])) return { ...base, cls: 'config', reason: `models.providers.${provider}.apiKey is set in the config` };
    const baseUrl = entry['baseUrl'];
    const local =
      (auth === undefined || auth === 'api-key') &&
      typeof baseUrl === 'string' &&
      typeof entry['api'] === 'string' &&
      entry['api'].trim() !== '' &&
      Array.isArray(entry['models']) &&
      entry['models'].length > 0 &&
      isLocalProviderBaseUrl(baseUrl);
    if (local) return { ...base, cls: 'local', reason: `custom provider on a local address (${safeHost(baseUrl as string)}): OpenClaw needs no key for it` };
    return { ...base, cls: 'api-key', reason: entry['baseUrl'] ? `custom provider at ${safeHost(String(entry['baseUrl']))} without an apiKey in the config` : 'bundled provider' };
  }
  if (AWS_SDK_PROVIDERS.has(authProvider)) return { ...base, cls: 'aws-sdk', reason: 'uses the AWS SDK credential chain' };
  if (LOGIN_PROVIDERS.has(authProvider)) return { ...base, cls: 'login', reason: 'signs in with OAuth, a device code or a host CLI login' };
  if (KEYLESS_PROVIDERS.has(authProvider)) return { ...base, cls: 'local', reason: 'local provider: OpenClaw needs no key for it' };
  return { ...base, cls: 'api-key', reason: PROVIDER_ENV_VARS[authProvider] ? 'bundled provider' : 'provider not configured in models.providers (a plugin provider or a typo)' };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unparsable URL';
  }
}
