/**
 * Content comparison of OpenClaw configs, the way "already at target" and "read back" are decided.
 *
 * Hashes cannot be used for that: `config.get`'s `hash` is an HMAC keyed per installation (openclaw-notes
 * §3.3), so two gateways with identical files report different hashes and nothing computed in CI matches.
 * We compare the parsed JSON of the gateway's file (`config.get.parsed`: the file as written, `${VAR}`
 * verbatim, `$include` unresolved, secrets redacted) with the desired object, with two rules:
 *
 * - the root `meta` block is ignored: OpenClaw adds/updates it on every write (`lastTouchedVersion`,
 *   `migrations`), so it is never part of what we deploy;
 * - a live value `"__OPENCLAW_REDACTED__"` is OpenClaw hiding a secret it holds. It matches a desired
 *   `"__OPENCLAW_REDACTED__"` (the documented way to say "keep the gateway's stored secret"; OpenClaw restores
 *   the real value on write) and any other desired string (we cannot see the value, so a literal secret in the
 *   repo config cannot be verified — {@link unverifiableSecretPaths} lists those paths so the plan can say so).
 *   A `${VAR}` reference is NOT redacted by OpenClaw (measured), so env-ref secrets compare exactly.
 *
 * Object key order never matters; array order does (OpenClaw keeps it).
 */
import { createHash } from 'node:crypto';

/** What OpenClaw writes in place of a secret in `config.get` (and accepts back to mean "keep it"). */
export const REDACTED_SENTINEL = '__OPENCLAW_REDACTED__';

/** Root keys that OpenClaw owns and that deployments neither send nor compare. */
export const IGNORED_ROOT_KEYS: ReadonlySet<string> = new Set(['meta']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A copy of a config object without the ignored root keys. */
export function withoutIgnoredRoot(config: unknown): unknown {
  if (!isRecord(config)) return config;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (!IGNORED_ROOT_KEYS.has(k)) out[k] = v;
  return out;
}

/**
 * Deterministic JSON: object keys sorted, no whitespace. Iterative descent is not needed here: configs are
 * depth-limited by the loader (128) before they reach us, and gateway answers are parsed by JSON.parse.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `sha256:<hex>` of the canonical JSON of a config without its ignored root keys. */
export function contentDigest(config: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(withoutIgnoredRoot(config)))}`;
}

/** True when `live` (from config.get) holds the same content as `desired` under the module's rules. */
export function contentEquals(live: unknown, desired: unknown): boolean {
  return equalAt(withoutIgnoredRoot(live), withoutIgnoredRoot(desired));
}

function equalAt(live: unknown, desired: unknown): boolean {
  if (live === REDACTED_SENTINEL && typeof desired === 'string') return true;
  if (Array.isArray(live) || Array.isArray(desired)) {
    if (!Array.isArray(live) || !Array.isArray(desired) || live.length !== desired.length) return false;
    for (let i = 0; i < live.length; i++) if (!equalAt(live[i], desired[i])) return false;
    return true;
  }
  if (isRecord(live) || isRecord(desired)) {
    if (!isRecord(live) || !isRecord(desired)) return false;
    const lk = Object.keys(live);
    if (lk.length !== Object.keys(desired).length) return false;
    for (const k of lk) {
      if (!Object.prototype.hasOwnProperty.call(desired, k)) return false;
      if (!equalAt(live[k], desired[k])) return false;
    }
    return true;
  }
  return Object.is(live, desired) || (typeof live === 'number' && live === desired);
}

export type DiffOp = 'add' | 'remove' | 'change';

/** One difference between live and desired: the largest subtree that differs, by dotted path. */
export interface ConfigChange {
  path: string;
  op: DiffOp;
}

/**
 * The paths where `desired` differs from `live` (same rules as {@link contentEquals}). Objects are descended;
 * an added/removed key, a type change, or a differing array/scalar is one entry at that path. Paths only:
 * values can be secrets and never appear in a plan.
 */
export function diffConfig(live: unknown, desired: unknown): ConfigChange[] {
  const out: ConfigChange[] = [];
  const walk = (l: unknown, d: unknown, path: string[]) => {
    if (isRecord(l) && isRecord(d)) {
      const keys = new Set([...Object.keys(l), ...Object.keys(d)]);
      for (const k of [...keys].sort()) {
        if (path.length === 0 && IGNORED_ROOT_KEYS.has(k)) continue;
        const inL = Object.prototype.hasOwnProperty.call(l, k);
        const inD = Object.prototype.hasOwnProperty.call(d, k);
        if (!inD) out.push({ path: [...path, k].join('.'), op: 'remove' });
        else if (!inL) out.push({ path: [...path, k].join('.'), op: 'add' });
        else walk(l[k], d[k], [...path, k]);
      }
      return;
    }
    if (!equalAt(l, d)) out.push({ path: path.length ? path.join('.') : '<root>', op: 'change' });
  };
  walk(l0(live), l0(desired), []);
  return out;
}

const l0 = (v: unknown) => (isRecord(v) ? v : v === undefined ? {} : v);

/** Reads a dotted path (`gateway.port`) from a config; `undefined` when absent. */
export function getPath(config: unknown, path: string): unknown {
  let cur: unknown = config;
  for (const seg of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

/**
 * Paths where the live config holds a redacted secret and the desired config puts a DIFFERENT thing there
 * (absent, another type, or a string other than the sentinel). Two consequences the plan reports:
 * - a literal in the repo config cannot be verified against the gateway's hidden value;
 * - a snapshot rollback cannot restore the old value (OpenClaw restores a sentinel only from the value the
 *   file holds at rollback time, which the deployment replaced).
 */
export function unverifiableSecretPaths(live: unknown, desired: unknown): string[] {
  const out: string[] = [];
  const walk = (l: unknown, d: unknown, path: string[]) => {
    if (l === REDACTED_SENTINEL) {
      if (d !== REDACTED_SENTINEL) out.push(path.join('.'));
      return;
    }
    if (Array.isArray(l)) {
      l.forEach((x, i) => walk(x, Array.isArray(d) ? d[i] : undefined, [...path, String(i)]));
      return;
    }
    if (isRecord(l)) {
      for (const [k, v] of Object.entries(l)) {
        if (path.length === 0 && IGNORED_ROOT_KEYS.has(k)) continue;
        walk(v, isRecord(d) ? d[k] : undefined, [...path, k]);
      }
    }
  };
  walk(live, desired, []);
  return out;
}

/** The exact text sent to the gateway for a desired config (pretty JSON, as OpenClaw writes it). */
export function renderConfigRaw(config: unknown): string {
  return JSON.stringify(withoutIgnoredRoot(config), null, 2) + '\n';
}

export type { Json };
