/**
 * The "located tree": a config value in which every node remembers where it was written (file, line,
 * column). Includes are resolved and merged on this tree, so after the merge each value still points at
 * the file that really holds it — the included file, not the root. Object keys live in a `Map`, so a key
 * such as `__proto__` is plain data here and can never reach a prototype.
 */
import type { SourceLocation } from '../common/errors.js';

export type Loc = SourceLocation;
export type Scalar = string | number | boolean | null;

export interface LObject {
  kind: 'object';
  loc: Loc;
  entries: Map<string, LEntry>;
}
export interface LEntry {
  /** Where the key itself is written (what an "unknown key" message should point at). */
  keyLoc: Loc;
  node: LNode;
}
export interface LArray {
  kind: 'array';
  loc: Loc;
  items: LNode[];
}
export interface LValue {
  kind: 'value';
  loc: Loc;
  value: Scalar;
}
export type LNode = LObject | LArray | LValue;

/** Keys OpenClaw's merge skips (`isBlockedObjectKey`): assigning them could touch a prototype. */
export const BLOCKED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Drops blocked keys recursively from plain-object subtrees (OpenClaw's `sanitizePlainObject`). */
function sanitize(node: LObject): LObject {
  const entries = new Map<string, LEntry>();
  for (const [key, entry] of node.entries) {
    if (BLOCKED_KEYS.has(key)) continue;
    entries.set(key, entry.node.kind === 'object' ? { keyLoc: entry.keyLoc, node: sanitize(entry.node) } : entry);
  }
  return { kind: 'object', loc: node.loc, entries };
}

/**
 * OpenClaw's include merge (`mergeDeep` with `arrays: "concat"`): two arrays concatenate, two objects
 * merge recursively, anything else — the later value wins. Blocked keys are dropped from both sides.
 * `loc` is the location the merged object reports (the object that holds the `$include`).
 */
/** Called when a merge replaces a scalar written in one place by one written elsewhere. */
export type OverrideReporter = (path: readonly (string | number)[], replaced: Loc, winner: Loc) => void;

export function deepMerge(base: LNode, override: LNode, loc?: Loc, onOverride?: OverrideReporter, path: readonly (string | number)[] = []): LNode {
  if (base.kind === 'array' && override.kind === 'array') {
    return { kind: 'array', loc: loc ?? base.loc, items: [...base.items, ...override.items] };
  }
  if (base.kind !== 'object' || override.kind !== 'object') return override;
  const merged = sanitize(base);
  if (loc) merged.loc = loc;
  for (const [key, entry] of override.entries) {
    if (BLOCKED_KEYS.has(key)) continue;
    const current = merged.entries.get(key);
    const value = entry.node;
    if (value.kind === 'object') {
      merged.entries.set(key, {
        keyLoc: entry.keyLoc,
        node: current && current.node.kind === 'object' ? deepMerge(current.node, value, undefined, onOverride, [...path, key]) : sanitize(value),
      });
    } else if (value.kind === 'array' && current && current.node.kind === 'array') {
      merged.entries.set(key, { keyLoc: entry.keyLoc, node: { kind: 'array', loc: current.node.loc, items: [...current.node.items, ...value.items] } });
    } else {
      if (onOverride && current && current.node.kind === 'value' && value.kind === 'value') onOverride([...path, key], current.node.loc, value.loc);
      merged.entries.set(key, entry);
    }
  }
  return merged;
}

/**
 * Converts a located tree to plain JSON values. `__proto__` keys are dropped (a plain object cannot hold
 * them as data; OpenClaw's own key copy turns them into the object's prototype, i.e. they vanish from
 * the config too); `constructor`/`prototype` become ordinary own properties.
 */
export function toPlain(node: LNode): unknown {
  switch (node.kind) {
    case 'value':
      return node.value;
    case 'array': {
      const out = new Array<unknown>(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = toPlain(node.items[i]!);
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of node.entries) {
        if (key === '__proto__') continue;
        out[key] = toPlain(entry.node);
      }
      return out;
    }
  }
}

/** Depth-first visit of every node with its path (iterative: safe on deep trees). */
export function walkLocated(root: LNode, visit: (node: LNode, path: (string | number)[], keyLoc: Loc | undefined) => void): void {
  const stack: Array<{ node: LNode; path: (string | number)[]; keyLoc: Loc | undefined }> = [{ node: root, path: [], keyLoc: undefined }];
  while (stack.length > 0) {
    const { node, path, keyLoc } = stack.pop()!;
    visit(node, path, keyLoc);
    if (node.kind === 'object') {
      const children = [...node.entries];
      for (let i = children.length - 1; i >= 0; i--) {
        const [key, entry] = children[i]!;
        stack.push({ node: entry.node, path: [...path, key], keyLoc: entry.keyLoc });
      }
    } else if (node.kind === 'array') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i]!, path: [...path, i], keyLoc: undefined });
    }
  }
}

/** Follows plain segments through a located tree (array indices as numbers or numeric strings). */
export function getLocated(root: LNode, segments: readonly (string | number)[]): LNode | undefined {
  let cur: LNode | undefined = root;
  for (const seg of segments) {
    if (!cur) return undefined;
    if (cur.kind === 'object') cur = cur.entries.get(String(seg))?.node;
    else if (cur.kind === 'array') cur = cur.items[Number(seg)];
    else return undefined;
  }
  return cur;
}
