/**
 * Reshapes the normalized schema for compilation without changing a single verdict, so that the
 * generated validator is small and cheap to load (it is part of the validate-config cold start).
 *
 * Ajv standalone inlines every subschema into one function; on the 2.4 MB export that is ~10 MB of
 * code that V8 must parse at load and compile on the first call (~0.5 s of CPU). Three rewrites fix it:
 *  1. plugin-local `$ref`s (absolute pointers after normalization) are inlined, so the layout owns all refs;
 *  2. unions of literals (`anyOf: [{const:"off"},{const:"hybrid"}]`, ~190 of them) become one
 *     `x-literals` check, which is also exactly zod's semantics for a union of literals;
 *  3. repeated subschemas (channel account blocks, SecretRef inputs, …) and large ones become
 *     `definitions` referenced by `$ref`; with `inlineRefs: false` each is one function, shared by all
 *     its uses, and V8 only compiles the functions a given config reaches.
 * Subschemas inside a combinator (`anyOf`, `oneOf`, `allOf`, `not`, `if`/`then`/`else`,
 * `propertyNames`, `contains`) are never hoisted: their errors must keep schema paths under the
 * combinator (`…/anyOf/1/…`) so the issue mapper can tell union branches apart.
 * Every definition carries an `x-def` marker so the compiler can make schema paths absolute.
 */
import type { Json, JsonObject } from './normalize.js';

/** Hoist a subschema that occurs at least twice when its JSON is at least this long. */
export const MIN_SHARED_BYTES = 100;
/** Hoist a unique subschema when its JSON is at least this long (function boundary for lazy compile). */
export const MIN_LARGE_BYTES = 2000;

const MAP_KEYWORDS = new Set(['properties', 'patternProperties']);
const CHILD_KEYWORDS = new Set(['additionalProperties', 'additionalItems', 'items']);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function resolvePointer(root: JsonObject, ref: string): Json {
  let cur: Json | undefined = root;
  for (const raw of ref.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const tok = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = isObject(cur) ? cur[tok] : Array.isArray(cur) ? cur[Number(tok)] : undefined;
  }
  if (cur === undefined) throw new Error(`layout: $ref ${ref} does not resolve`);
  return cur;
}

/** Replaces every `$ref` by a copy of its target and drops `$defs`/`definitions` (now unused). */
export function inlineRefs(root: JsonObject): JsonObject {
  // `isMap`: the object is a name → subschema map (`properties`, …), whose keys are names, not keywords
  // (gateway.roles has a property called `definitions`).
  const walk = (node: Json, stack: string[], isMap: boolean): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, stack, false));
    if (!isObject(node)) return node;
    if (isMap) {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, stack, false);
      return out;
    }
    if (typeof node['$ref'] === 'string') {
      const ref = node['$ref'];
      if (stack.includes(ref)) throw new Error(`layout: recursive $ref ${ref} cannot be inlined`);
      const target = walk(resolvePointer(root, ref), [...stack, ref], false);
      const { $ref: _ignored, ...siblings } = node;
      // Draft-07 ignores siblings of $ref; the export has none, but keep them as an allOf to be safe.
      return Object.keys(siblings).length === 0 ? target : { allOf: [target, walk(siblings, stack, false)] };
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs' || k === 'definitions') continue;
      out[k] = walk(v, stack, MAP_KEYWORDS.has(k) || k === 'dependencies');
    }
    return out;
  };
  return walk(root, [], false) as JsonObject;
}

/** Whether a node is `{anyOf: [{const}, {type?, const}, …]}` and nothing else. */
function literalUnionValues(node: JsonObject): Json[] | undefined {
  const branches = node['anyOf'];
  if (Object.keys(node).length !== 1 || !Array.isArray(branches) || branches.length === 0) return undefined;
  const values: Json[] = [];
  for (const b of branches) {
    if (!isObject(b) || !Object.hasOwn(b, 'const')) return undefined;
    if (!Object.keys(b).every((k) => k === 'const' || k === 'type')) return undefined;
    const c = b['const'] as Json;
    if (c !== null && typeof c === 'object') return undefined; // only primitives: checked with ===
    values.push(c);
  }
  return values;
}

/** Rewrites unions of primitive literals to `{"x-literals": [...]}`. */
export function collapseLiteralUnions(node: Json): Json {
  if (Array.isArray(node)) return node.map(collapseLiteralUnions);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = collapseLiteralUnions(v);
  const values = literalUnionValues(out);
  return values ? { 'x-literals': values } : out;
}

/**
 * Calls `fn` for each direct subschema of `node` that may be hoisted, with a setter to replace it.
 * Combinator keywords (anyOf, oneOf, allOf, not, if/then/else, propertyNames, contains) are not
 * descended into, which is what keeps their subschemas inline (see the file comment).
 */
function forEachHoistableChild(node: JsonObject, fn: (child: Json, set: (v: Json) => void) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (MAP_KEYWORDS.has(k) && isObject(v)) {
      for (const name of Object.keys(v)) fn(v[name] as Json, (nv) => (v[name] = nv));
    } else if (CHILD_KEYWORDS.has(k)) {
      if (Array.isArray(v)) v.forEach((item, i) => fn(item, (nv) => (v[i] = nv)));
      else if (isObject(v)) fn(v, (nv) => (node[k] = nv));
    }
  }
}

/**
 * Hoists shared and large subschemas into root `definitions` (named d0, d1, … in post-order).
 * Returns a new schema; the input is not modified.
 */
export function hoistDefinitions(input: JsonObject): { schema: JsonObject; definitions: number } {
  const root = structuredClone(input);
  const counts = new Map<string, number>();
  const count = (node: Json): void => {
    if (!isObject(node)) return;
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    forEachHoistableChild(node, (c) => count(c));
  };
  count(root);

  const definitions: JsonObject = {};
  const nameOf = new Map<string, string>();
  const hoist = (node: Json, isRoot: boolean): Json => {
    if (!isObject(node)) return node;
    const key = JSON.stringify(node); // identity before hoisting children: equal subtrees stay equal
    forEachHoistableChild(node, (c, set) => set(hoist(c, false)));
    if (isRoot) return node;
    const n = counts.get(key) ?? 0;
    const size = key.length;
    if (!((n >= 2 && size >= MIN_SHARED_BYTES) || size >= MIN_LARGE_BYTES)) return node;
    let name = nameOf.get(key);
    if (!name) {
      name = `d${nameOf.size}`;
      nameOf.set(key, name);
      definitions[name] = { 'x-def': name, ...node };
    }
    return { $ref: `#/definitions/${name}` };
  };
  const schema = hoist(root, true) as JsonObject;
  return { schema: { ...schema, definitions }, definitions: nameOf.size };
}

/** The full layout step: inline refs, collapse literal unions, hoist. */
export function layoutForCompilation(normalized: JsonObject): { schema: JsonObject; definitions: number } {
  return hoistDefinitions(collapseLiteralUnions(inlineRefs(normalized)) as JsonObject);
}
