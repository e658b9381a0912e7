/**
 * `${VAR}` substitution, with OpenClaw's semantics (docs/gateway/configuration/environment-variables.md,
 * observed against 2026.9.6):
 * - runs after includes, on string values only, so a value can never inject structure;
 * - only `[A-Z_][A-Z0-9_]*` names; `$${VAR}` is the literal `${VAR}`; anything else stays as written;
 * - a missing or empty variable leaves `${VAR}` in place and is reported;
 * - values are inserted verbatim, never expanded a second time;
 * - the config's own `env.vars` fill variables the process environment does not set (process env wins).
 */
import type { LEntry, LNode, Loc, LObject } from './located.js';
import { joinPath, type PathSegment } from './paths.js';

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Token = { kind: 'escaped' | 'substitution'; name: string; end: number };

function tokenAt(value: string, index: number): Token | null {
  if (value[index] !== '$') return null;
  const next = value[index + 1];
  if (next === '$' && value[index + 2] === '{') {
    const end = value.indexOf('}', index + 3);
    if (end !== -1) {
      const name = value.slice(index + 3, end);
      if (ENV_NAME.test(name)) return { kind: 'escaped', name, end };
    }
  }
  if (next === '{') {
    const end = value.indexOf('}', index + 2);
    if (end !== -1) {
      const name = value.slice(index + 2, end);
      if (ENV_NAME.test(name)) return { kind: 'substitution', name, end };
    }
  }
  return null;
}

/** True when `value` holds an unescaped `${VAR}` reference. */
export function containsEnvReference(value: string): boolean {
  if (!value.includes('$')) return false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    const token = tokenAt(value, i);
    if (token?.kind === 'substitution') return true;
    if (token) i = token.end;
  }
  return false;
}

/** Names of the unescaped `${VAR}` references in `value`, in order. */
export function envReferenceNames(value: string): string[] {
  const names: string[] = [];
  if (!value.includes('$')) return names;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    const token = tokenAt(value, i);
    if (!token) continue;
    if (token.kind === 'substitution') names.push(token.name);
    i = token.end;
  }
  return names;
}

export interface Substitution {
  value: string;
  refs: Array<{ name: string; provided: boolean }>;
}

/** Substitutes one string; missing/empty variables stay literal and are listed with `provided: false`. */
export function substituteString(value: string, env: NodeJS.ProcessEnv): Substitution {
  if (!value.includes('$')) return { value, refs: [] };
  const refs: Substitution['refs'] = [];
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const token = tokenAt(value, i);
    if (!token) {
      out += c;
      continue;
    }
    if (token.kind === 'escaped') {
      out += '${' + token.name + '}';
    } else {
      const v = env[token.name];
      if (v === undefined || v === '') {
        refs.push({ name: token.name, provided: false });
        out += '${' + token.name + '}';
      } else {
        refs.push({ name: token.name, provided: true });
        out += v;
      }
    }
    i = token.end;
  }
  return { value: out, refs };
}

/**
 * The environment substitution sees: `base` plus the config's `env.vars` (and legacy flat `env.*` string
 * keys) for names `base` leaves unset or blank. Like OpenClaw, entries whose value is blank, whose name
 * is not portable, or whose value itself references `${…}` are ignored; a few names OpenClaw refuses to
 * take from config are ignored too.
 */
export function effectiveEnv(tree: LNode | undefined, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  const envNode = tree?.kind === 'object' ? tree.entries.get('env')?.node : undefined;
  if (!envNode || envNode.kind !== 'object') return env;
  const candidates: Array<[string, LEntry]> = [];
  const vars = envNode.entries.get('vars')?.node;
  if (vars?.kind === 'object') candidates.push(...vars.entries);
  for (const [key, entry] of envNode.entries) if (key !== 'vars' && key !== 'shellEnv') candidates.push([key, entry]);
  const fromConfig = new Map<string, string>();
  for (const [rawKey, entry] of candidates) {
    if (entry.node.kind !== 'value' || typeof entry.node.value !== 'string') continue;
    const value = entry.node.value;
    const key = rawKey.trim();
    if (!value.trim() || !PORTABLE_KEY.test(key) || BLOCKED_CONFIG_ENV.has(key.toUpperCase()) || containsEnvReference(value)) continue;
    fromConfig.set(key, value);
  }
  for (const [key, value] of fromConfig) {
    if (env[key]?.trim()) continue;
    env[key] = value;
  }
  return env;
}

/** Names OpenClaw never takes from config `env` (they steer its own process). */
const BLOCKED_CONFIG_ENV = new Set(['OPENCLAW_ALLOW_OLDER_BINARY_DESTRUCTIVE_ACTIONS', 'OPENCLAW_INCLUDE_ROOTS', 'OPENCLAW_CONFIG_READONLY', 'NODE_OPTIONS', 'NODE_PATH', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'DYLD_INSERT_LIBRARIES', 'BASH_ENV', 'ENV', 'SHELL', 'IFS']);

export interface EnvRefAt {
  path: string;
  name: string;
  provided: boolean;
  loc: Loc;
}

/** Substitutes every string in a located tree (depth is bounded by the loader's nesting limit), returning the new tree and every reference. */
export function substituteTree(root: LNode, env: NodeJS.ProcessEnv): { tree: LNode; refs: EnvRefAt[] } {
  const refs: EnvRefAt[] = [];
  const visit = (node: LNode, path: PathSegment[]): LNode => {
    if (node.kind === 'value') {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return node;
      const s = substituteString(node.value, env);
      if (s.refs.length === 0 && s.value === node.value) return node;
      const p = joinPath(path);
      for (const r of s.refs) refs.push({ path: p, name: r.name, provided: r.provided, loc: node.loc });
      return { kind: 'value', loc: node.loc, value: s.value };
    }
    if (node.kind === 'array') {
      const items = new Array<LNode>(node.items.length);
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        items[i] = visit(node.items[i]!, path);
        path.pop();
      }
      return { kind: 'array', loc: node.loc, items };
    }
    const entries = new Map<string, LEntry>();
    for (const [key, entry] of node.entries) {
      path.push(key);
      const child = visit(entry.node, path);
      path.pop();
      entries.set(key, child === entry.node ? entry : { keyLoc: entry.keyLoc, node: child });
    }
    const out: LObject = { kind: 'object', loc: node.loc, entries };
    return out;
  };
  return { tree: visit(root, []), refs };
}
