/**
 * Facts about the pinned OpenClaw (2026.9.6) that the semantic rules need and the JSON schema does not
 * carry. Copied as data from the package (`dist/bundled-channel-config-metadata.generated-*.mjs`,
 * `dist/channel-catalog.json`, `dist/zod-schema.core-*.mjs`); `test/validate/openclaw-facts.test.ts`
 * re-derives them from `node_modules/openclaw` and fails when a version bump changes them.
 */

/** The OpenClaw version these facts were taken from. */
export const OPENCLAW_FACTS_VERSION = '2026.9.6';

/** Channel ids `channels.<id>` may use (bundled, configurable), besides `defaults` and `modelByChannel`. */
export const BUNDLED_CHANNEL_IDS: readonly string[] = [
  'a2a', 'buzz', 'clickclack', 'discord', 'feishu', 'googlechat', 'imessage', 'irc', 'line', 'matrix', 'mattermost',
  'msteams', 'nextcloud-talk', 'nostr', 'raft', 'reef', 'signal', 'slack', 'sms', 'synology-chat', 'telegram', 'tlon',
  'twitch', 'whatsapp', 'zalo', 'zalouser',
];

/** Channel aliases accepted where a channel is named by value (heartbeat targets). */
export const CHANNEL_ALIASES: Readonly<Record<string, string>> = {
  lark: 'feishu',
  gchat: 'googlechat',
  'google-chat': 'googlechat',
  imsg: 'imessage',
  'internet-relay-chat': 'irc',
  teams: 'msteams',
  nc: 'nextcloud-talk',
  'nc-talk': 'nextcloud-talk',
  'twitch-chat': 'twitch',
  zl: 'zalo',
  zlu: 'zalouser',
};

/** Channels whose DM policy lives under `dm.*` (doctor capability `dmAllowFromMode: "nestedOnly"`). */
export const NESTED_DM_POLICY_CHANNELS: ReadonlySet<string> = new Set(['matrix']);

/** Provider ids OpenClaw bundles: `models.providers.<id>` may overlay them without `baseUrl`/`models`. */
export const BUILT_IN_MODEL_PROVIDER_IDS: ReadonlySet<string> = new Set([
  'amazon-bedrock', 'amazon-bedrock-mantle', 'anthropic', 'anthropic-vertex', 'arcee', 'azure-openai-responses', 'byteplus',
  'byteplus-plan', 'cerebras', 'chutes', 'claude-cli', 'clawrouter', 'cloudflare-ai-gateway', 'codex', 'comfy', 'copilot-proxy',
  'dashscope', 'deepinfra', 'deepseek', 'fal', 'fireworks', 'github-copilot', 'gmi', 'gmi-cloud', 'gmicloud', 'google',
  'google-antigravity', 'google-gemini-cli', 'google-vertex', 'groq', 'huggingface', 'kilocode', 'kimi', 'kimi-coding', 'litellm',
  'lmstudio', 'meta', 'microsoft-foundry', 'minimax', 'minimax-portal', 'mistral', 'modelstudio', 'moonshot', 'moonshot-ai',
  'moonshotai', 'nvidia', 'novita', 'novita-ai', 'novitaai', 'ollama', 'ollama-cloud', 'openai', 'opencode', 'opencode-go',
  'openrouter', 'qianfan', 'qwen', 'qwen-token-plan', 'qwencloud', 'sglang', 'stepfun', 'stepfun-plan', 'synthetic',
  'tencent-tokenhub', 'tencent-tokenplan', 'together', 'venice', 'vercel-ai-gateway', 'vllm', 'volcengine', 'volcengine-plan',
  'vydra', 'x-ai', 'xai', 'xiaomi', 'xiaomi-token-plan', 'z.ai', 'z-ai', 'zai',
]);

/** Web-search provider ids bundled plugins register (`contracts.webSearchProviders` in `dist/extensions/*`). */
export const BUNDLED_WEB_SEARCH_PROVIDER_IDS: ReadonlySet<string> = new Set(['gemini', 'grok', 'minimax', 'ollama']);

/**
 * Web-search provider ids from OpenClaw's official install catalog (installable plugins). Together with
 * the bundled ids these are the `allowedValues` OpenClaw lists for an unknown provider.
 */
export const INSTALLABLE_WEB_SEARCH_PROVIDER_IDS: ReadonlySet<string> = new Set([
  'brave', 'duckduckgo', 'exa', 'firecrawl', 'firecrawl-free', 'kimi', 'parallel', 'parallel-free', 'perplexity', 'searxng', 'tavily',
]);
