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
export const ENV_NAME = /^[A-Z][A-Z0-9_]{0,127}$/;

/** Prefix of every variable this action owns in the gateway's `.env`; other lines are never touched. */
export const MANAGED_PREFIX = 'CLAWFLEET_';

/** Longest source variable name that still leaves room for the managed prefix and a generation suffix. */
export const MAX_SOURCE_ENV_LENGTH = 128 - MANAGED_PREFIX.length - '_G9999'.length;

/** Result of checking an id: the canonical form, or a message naming what is wrong (never the secret). */
export type IdCheck = { ok: true; id: string } | { ok: false; message: string };

/** Checks an agent id from the config or an input; folds case like OpenClaw. */
export function checkAgentId(raw: unknown): IdCheck {
  if (typeof raw !== 'string') return { ok: false, message: `agent id must be a string, got ${typeof raw}` };
  const folded = raw.toLowerCase();
  if (AGENT_ID.test(folded)) return { ok: true, id: folded };
  return { ok: false, message: `agent id ${quoteId(raw)} is not allowed: agent ids must match ${AGENT_ID.source} (letters, digits, "_" and "-", at most 64 characters; no "/", "." or "..")` };
}

/** Checks a provider id (lower-cased, like OpenClaw's `normalizeProviderId`). */
export function checkProviderId(raw: unknown): IdCheck {
  if (typeof raw !== 'string') return { ok: false, message: `provider id must be a string, got ${typeof raw}` };
  const folded = raw.trim().toLowerCase();
  if (PROVIDER_ID.test(folded) && !folded.includes('..')) return { ok: true, id: folded };
  return { ok: false, message: `provider id ${quoteId(raw)} is not allowed: provider ids must match ${PROVIDER_ID.source}` };
}

/** Checks the name of an environment variable that holds a secret (runner side). */
export function checkEnvName(raw: unknown): IdCheck {
  if (typeof raw !== 'string') return { ok: false, message: `environment variable name must be a string, got ${typeof raw}` };
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
export function managedEnvName(sourceEnv: string, generation: number): string {
  return `${MANAGED_PREFIX}${sourceEnv}_G${generation}`;
}

/** Parses a managed name back into its source variable and generation (undefined for other names). */
export function parseManagedEnvName(name: string): { sourceEnv: string; generation: number } | undefined {
  if (!name.startsWith(MANAGED_PREFIX)) return undefined;
  const m = /^(.*)_G([1-9][0-9]{0,3})$/.exec(name.slice(MANAGED_PREFIX.length));
  if (!m || !m[1] || !ENV_NAME.test(m[1])) return undefined;
  return { sourceEnv: m[1], generation: Number(m[2]) };
}

/** The auth profile id this action owns for a provider (`<provider>:clawfleet`). */
export function managedProfileId(provider: string): string {
  return `${provider}:clawfleet`;
}

/** Quotes an untrusted id for a message: JSON-escaped, control characters visible, long values cut. */
export function quoteId(raw: string): string {
  const cut = raw.length > 80 ? `${raw.slice(0, 80)}… (${raw.length} characters)` : raw;
  return JSON.stringify(cut);
}
