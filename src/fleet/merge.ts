/**
 * The overlay merge of the inventory (issue #3): a config fragment merged over the deployed config for one
 * instance. Objects merge recursively, everything else (scalars, arrays, null) in the overlay REPLACES the
 * base value. Arrays replace rather than concatenate on purpose: an overlay says what an instance's value
 * is (its allowed origins, its trusted proxies), not what to add — unlike OpenClaw's own `$include` merge,
 * which concatenates arrays. `__proto__`, `constructor` and `prototype` keys are never copied.
 *
 * Neither input is modified; the result shares no objects with the inputs.
 */
export type PlainObject = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is PlainObject {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Deep-merges `overlays` over `base` left to right (see module doc for the rules). */
export function mergeOverlay(base: PlainObject, ...overlays: Array<PlainObject | undefined>): PlainObject {
  let out = cloneValue(base) as PlainObject;
  for (const overlay of overlays) {
    if (overlay) out = mergeTwo(out, overlay);
  }
  return out;
}

function mergeTwo(base: PlainObject, overlay: PlainObject): PlainObject {
  const out: PlainObject = {};
  for (const [k, v] of Object.entries(base)) {
    if (!FORBIDDEN_KEYS.has(k)) out[k] = v;
  }
  for (const [k, v] of Object.entries(overlay)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeTwo(prev, v) : cloneValue(v);
  }
  return out;
}

function cloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneValue);
  if (isPlainObject(v)) {
    const out: PlainObject = {};
    for (const [k, x] of Object.entries(v)) if (!FORBIDDEN_KEYS.has(k)) out[k] = cloneValue(x);
    return out;
  }
  return v;
}
