/**
 * Files that tell OpenClaw where each agent's key lives — never the key itself:
 * - the `openclaw secrets apply` plan (docs/gateway/secrets-plan-contract.md): one SQLite auth-profile
 *   target per (agent, provider), each an env SecretRef to the managed `.env` variable;
 * - the legacy per-agent `auth-profiles.json`, for OpenClaw versions that still read it (opt-in, by version).
 */
import semver from 'semver';
import { managedProfileId } from './ids.js';
import { getIn, isRecord, byCodeUnit } from './util.js';

/** The newest OpenClaw version we measured: it keeps credentials in SQLite and ignores `auth-profiles.json`. */
export const SQLITE_ONLY_VERSION = '2026.9.6';

export interface RefTarget {
  agentId: string;
  provider: string;
  /** Managed env var the ref points at. */
  envName: string;
}

/** The env SecretRef provider alias: `secrets.defaults.env` when the config sets one, else `default`. */
export function envRefProvider(config: unknown): string {
  const alias = getIn(config, ['secrets', 'defaults', 'env']);
  return typeof alias === 'string' && alias.trim() ? alias.trim() : 'default';
}

/**
 * The plan for `openclaw secrets apply --from`. `scrubEnv` is off: it would delete from `.env` the values a
 * plan migrates, i.e. exactly the variables the refs need. `scrubAuthProfilesForProviderTargets` is off so
 * the operator's other profiles are left alone.
 */
export function buildSecretsPlan(targets: readonly RefTarget[], refProvider: string): Record<string, unknown> {
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

/** Which credential store the target version reads. */
export type StoreFormat = 'sqlite' | 'legacy-json';

export class StoreFormatError extends Error {}

/**
 * Picks the store format. `legacyBelow` (input `legacy-auth-profiles-below`) is the first OpenClaw version
 * that no longer reads `auth-profiles.json`; OpenClaw's docs and changelog do not name it, so the operator
 * supplies it. Unset → always SQLite. A threshold above {@link SQLITE_ONLY_VERSION} is refused: that version
 * is known to ignore the file, and a leftover file next to an empty store blocks those providers.
 */
export function selectStoreFormat(targetVersion: string | undefined, legacyBelow: string | undefined): StoreFormat {
  if (legacyBelow === undefined || legacyBelow === '') return 'sqlite';
  const below = semver.valid(semver.coerce(legacyBelow, { includePrerelease: true }));
  if (!below) throw new StoreFormatError(`The value '${legacyBelow}' is not valid for 'legacy-auth-profiles-below'. Expected a version such as 2026.5.0.`);
  if (semver.gt(below, SQLITE_ONLY_VERSION)) {
    throw new StoreFormatError(
      `'legacy-auth-profiles-below' is ${legacyBelow}, but OpenClaw ${SQLITE_ONLY_VERSION} already ignores auth-profiles.json (credentials live in SQLite; a leftover file next to an empty store blocks the provider with AUTH_PROFILE_MIGRATION_REQUIRED). Fix: set it to the first version that stopped reading the file, at most ${SQLITE_ONLY_VERSION}.`,
    );
  }
  if (targetVersion === undefined) throw new StoreFormatError(`'legacy-auth-profiles-below' is set but the target OpenClaw version is unknown. Fix: set 'openclaw-version'.`);
  const target = semver.valid(semver.coerce(targetVersion, { includePrerelease: true }));
  if (!target) throw new StoreFormatError(`The value '${targetVersion}' is not valid for 'openclaw-version'. Expected a version such as 2026.9.6.`);
  return semver.lt(target, below) ? 'legacy-json' : 'sqlite';
}

/**
 * The content of one agent's legacy `auth-profiles.json`: the existing profiles kept, this action's
 * `<provider>:clawfleet` profiles set to env `keyRef`s (the key itself stays in `.env`). Keys sorted.
 */
export function buildLegacyAuthProfiles(existing: unknown, targets: readonly RefTarget[], refProvider: string): string {
  const base = isRecord(existing) ? existing : {};
  const profiles: Record<string, unknown> = isRecord(base['profiles']) ? { ...base['profiles'] } : {};
  for (const t of targets) {
    profiles[managedProfileId(t.provider)] = { type: 'api_key', provider: t.provider, keyRef: { source: 'env', provider: refProvider, id: t.envName } };
  }
  const sortedProfiles = Object.fromEntries(Object.keys(profiles).sort(byCodeUnit).map((k) => [k, profiles[k]]));
  return `${JSON.stringify({ ...base, version: typeof base['version'] === 'number' ? base['version'] : 1, profiles: sortedProfiles }, null, 2)}\n`;
}
