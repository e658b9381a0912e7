/**
 * Shared pieces of the differential corpus (test/fixtures/corpus/): its on-disk format, a seeded PRNG,
 * and a schema-driven value generator. Used by scripts/corpus-generate.ts, scripts/corpus-verdicts.ts
 * and test/validate/differential.test.ts.
 *
 * Layout:
 *   test/fixtures/corpus/manifest.json        the cases (id, category, entry file, env, note)
 *   test/fixtures/corpus/cases/<id>/…         each case's files; `openclaw.json` is the entry
 *   test/fixtures/corpus/verdicts.json        what `openclaw config validate --json` said about each
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the corpus lives: test/fixtures/corpus/. */
export const CORPUS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'corpus');

export interface CorpusCase {
  id: string;
  /** What kind of case: base (realistic valid), schema (schema-driven random), mutation, cross-field, include, env, legacy, parse. */
  category: string;
  /** The mutation or scenario name (`unknown-key`, `type-flip`, `include-cycle`, …). */
  kind: string;
  /** Entry config, relative to the corpus folder. */
  entry: string;
  /** Environment variables the case expects (besides PATH). */
  env?: Record<string, string>;
  note?: string;
}

export interface CorpusManifest {
  generator: string;
  seed: number;
  openclawVersion: string;
  cases: CorpusCase[];
}

export interface Verdict {
  valid: boolean;
  issues: Array<{ path: string; message: string; allowedValues?: unknown[] }>;
  warnings: Array<{ path: string; message: string }>;
}

export interface VerdictFile {
  openclawVersion: string;
  /** sha256 of manifest.json + every case file, so a stale verdict file is detected. */
  corpusSha256: string;
  verdicts: Record<string, Verdict>;
}

/** The corpus cases (manifest.json). */
export function readManifest(dir: string = CORPUS_DIR): CorpusManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
}

/** OpenClaw's recorded verdicts (verdicts.json). */
export function readVerdicts(dir: string = CORPUS_DIR): VerdictFile {
  return JSON.parse(readFileSync(join(dir, 'verdicts.json'), 'utf8')) as VerdictFile;
}

/** sha256 over manifest.json and every file under cases/, in sorted order (paths and bytes). */
export function corpusDigest(dir: string = CORPUS_DIR): string {
  const parts: string[] = [readFileSync(join(dir, 'manifest.json'), 'utf8').replace(/\r\n/g, '\n')];
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((name) => {
        const p = join(d, name);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
  // Paths with forward slashes and text with LF line ends, so a Windows checkout (autocrlf) digests alike.
  for (const file of walk(join(dir, 'cases'))) {
    parts.push(`${relative(dir, file).split(sep).join('/')}\n${readFileSync(file, 'utf8').replace(/\r\n/g, '\n')}`);
  }
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
}

/** The environment a case is validated with, by both engines. */
export function caseEnv(c: CorpusCase): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'] ?? '', ...(c.env ?? {}) };
}

/** mulberry32: small, fast, deterministic across platforms. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    shuffle: <T>(list: readonly T[]): T[] => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** A seeded random source (see createRng). */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
}

// ---------------------------------------------------------------------------------------------------
// A tiny regex sampler: enough for the patterns zod emits (classes, ranges, quantifiers, groups,
// alternation). Lookarounds and unicode properties are not supported (returns undefined).

type ReNode =
  | { t: 'chars'; set: string[] }
  | { t: 'group'; alts: ReNode[][] }
  | { t: 'rep'; node: ReNode; min: number; max: number };

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const DIGITS = '0123456789'.split('');
const WORD = [...'abcdefghijklmnopqrstuvwxyz', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...DIGITS, '_'];

class Unsupported extends Error {}

function parseRegex(src: string): ReNode[][] {
  let i = 0;
  const escapeSet = (c: string): string[] => {
    switch (c) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return [' '];
      case 'D':
      case 'W':
      case 'S':
      case 'p':
      case 'P':
      case 'b':
      case 'B':
        throw new Unsupported(c);
      default:
        return [c];
    }
  };
  const parseClass = (): string[] => {
    // at '[' already consumed
    let negate = false;
    if (src[i] === '^') {
      negate = true;
      i++;
    }
    const set = new Set<string>();
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let c = src[i++]!;
      let chars: string[];
      if (c === '\\') {
        chars = escapeSet(src[i++]!);
      } else chars = [c];
      if (chars.length === 1 && src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let end = src[i++]!;
        if (end === '\\') end = src[i++]!;
        c = chars[0]!;
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) set.add(String.fromCharCode(code));
      } else for (const ch of chars) set.add(ch);
    }
    i++; // ']'
    if (negate) return PRINTABLE.filter((ch) => !set.has(ch) && ch !== ' ');
    return [...set];
  };
  const parseAlts = (): ReNode[][] => {
    const alts: ReNode[][] = [[]];
    while (i < src.length) {
      const c = src[i]!;
      if (c === ')') break;
      i++;
      let node: ReNode | undefined;
      if (c === '|') {
        alts.push([]);
        continue;
      } else if (c === '^' || c === '$') {
        continue;
      } else if (c === '(') {
        if (src[i] === '?') {
          if (src[i + 1] === ':') i += 2;
          else throw new Unsupported('lookaround');
        }
        const inner = parseAlts();
        i++; // ')'
        node = { t: 'group', alts: inner };
      } else if (c === '[') {
        node = { t: 'chars', set: parseClass() };
      } else if (c === '\\') {
        node = { t: 'chars', set: escapeSet(src[i++]!) };
      } else if (c === '.') {
        node = { t: 'chars', set: WORD };
      } else {
        node = { t: 'chars', set: [c] };
      }
      // quantifier
      const q = src[i];
      if (q === '?' || q === '*' || q === '+') {
        i++;
        node = { t: 'rep', node, min: q === '+' ? 1 : 0, max: q === '?' ? 1 : 3 };
      } else if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (m) {
          i += m[0].length;
          const min = Number(m[1]);
          const max = m[2] === undefined ? min : m[3] === '' ? min + 3 : Number(m[3]);
          node = { t: 'rep', node, min, max };
        }
      }
      alts[alts.length - 1]!.push(node);
    }
    return alts;
  };
  return parseAlts();
}

function emit(nodes: ReNode[], rng: Rng): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'chars') out += rng.pick(n.set);
    else if (n.t === 'group') out += emit(rng.pick(n.alts), rng);
    else {
      const count = rng.int(n.min, Math.min(n.max, n.min + 6));
      for (let k = 0; k < count; k++) out += emit([n.node], rng);
    }
  }
  return out;
}

/** A string matching every pattern in `patterns` (checked), or undefined when none could be made. */
export function sampleMatching(patterns: readonly string[], rng: Rng, pool: readonly string[] = []): string | undefined {
  const regexes = patterns.map((p) => new RegExp(p, 'u'));
  const ok = (s: string) => regexes.every((r) => r.test(s));
  for (const candidate of rng.shuffle(pool)) if (ok(candidate)) return candidate;
  for (const p of patterns) {
    let ast: ReNode[][];
    try {
      ast = parseRegex(p);
    } catch {
      continue;
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      const s = emit(rng.pick(ast), rng);
      if (ok(s)) return s;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Schema-driven generation of values the (normalized) schema accepts.

type Schema = Record<string, unknown>;

function isObj(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Plausible strings tried first for string fields (and for patterned ones, when they match). */
export const STRING_POOL = [
  'main',
  'default',
  'ops',
  'support',
  'openai/gpt-4o-mini',
  'anthropic/claude-sonnet-4-5',
  'OPENAI_API_KEY',
  'https://example.com/hook',
  'http://127.0.0.1:8080',
  '/srv/openclaw/data',
  '~/work',
  'info',
  '30m',
  '#ff8800',
  'en-US',
  'Europe/Berlin',
  '2026-01-15T10:00:00Z',
  'alpha',
  'beta-1',
];

/** How much of a schema `generateValue` fills in. */
export interface GenOptions {
  /** Probability of including an optional property at depth 0 (halves with each level). */
  optionalRate: number;
  maxDepth: number;
  /** Hard cap of properties generated per object. */
  maxProps: number;
}

/**
 * Generates a value `schema` accepts, or undefined when it cannot (e.g. an unsupported pattern).
 * `depth` grows with nesting; deep objects only get their required properties.
 */
export function generateValue(schema: unknown, rng: Rng, opts: GenOptions, depth = 0): unknown {
  if (schema === true || (isObj(schema) && Object.keys(schema).length === 0)) return rng.pick(['x', 'on', 'any value']);
  if (!isObj(schema)) return undefined;
  if (Object.hasOwn(schema, 'const')) return schema['const'];
  if (Array.isArray(schema['enum'])) return rng.pick(schema['enum']);
  const union = (schema['anyOf'] ?? schema['oneOf']) as unknown[] | undefined;
  if (Array.isArray(union)) {
    for (const branch of rng.shuffle(union)) {
      const v = generateValue(branch, rng, opts, depth);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  const type = schema['type'];
  const patterns: string[] = [];
  if (typeof schema['pattern'] === 'string') patterns.push(schema['pattern']);
  if (Array.isArray(schema['allOf'])) {
    for (const part of schema['allOf']) if (isObj(part) && typeof part['pattern'] === 'string') patterns.push(part['pattern']);
  }
  switch (type) {
    case 'string': {
      const minLen = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
      const maxLen = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : 200;
      let s: string | undefined;
      if (schema['format'] === 'uri') s = rng.pick(['https://example.com/hook', 'https://gw.example.com', 'http://127.0.0.1:9000/v1']);
      else if (schema['format'] === 'date-time') s = '2026-01-15T10:00:00Z';
      else if (patterns.length > 0) s = sampleMatching(patterns, rng, STRING_POOL);
      else s = rng.pick(STRING_POOL);
      if (s === undefined) return undefined;
      while (s.length < minLen) s += 'x';
      if (s.length > maxLen) s = s.slice(0, maxLen);
      if (patterns.length && !patterns.every((p) => new RegExp(p, 'u').test(s!))) return undefined;
      return s;
    }
    case 'integer':
    case 'number': {
      let lo = typeof schema['minimum'] === 'number' ? schema['minimum'] : 0;
      if (typeof schema['exclusiveMinimum'] === 'number') lo = Math.max(lo, schema['exclusiveMinimum'] + 1);
      let hi = typeof schema['maximum'] === 'number' ? schema['maximum'] : lo + 1000;
      if (typeof schema['exclusiveMaximum'] === 'number') hi = Math.min(hi, schema['exclusiveMaximum'] - 1);
      hi = Math.min(hi, lo + 1000);
      if (hi < lo) return type === 'number' && typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
      const n = rng.int(Math.ceil(lo), Math.floor(hi));
      return n;
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const min = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      const max = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : 3;
      const count = depth >= opts.maxDepth ? min : rng.int(min, Math.max(min, Math.min(max, 2)));
      const out: unknown[] = [];
      for (let k = 0; k < count; k++) {
        const v = generateValue(schema['items'], rng, opts, depth + 1);
        if (v === undefined) return min > 0 ? undefined : [];
        out.push(v);
      }
      if (schema['uniqueItems'] === true) return [...new Map(out.map((v) => [JSON.stringify(v), v])).values()];
      return out;
    }
    case 'object':
    case undefined: {
      if (type === undefined && !isObj(schema['properties']) && schema['additionalProperties'] === undefined) {
        return undefined;
      }
      const out: Record<string, unknown> = {};
      const props = isObj(schema['properties']) ? schema['properties'] : {};
      const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
      for (const name of required) {
        const v = generateValue(props[name], rng, opts, depth + 1);
        if (v === undefined) return undefined;
        out[name] = v;
      }
      const rate = depth >= opts.maxDepth ? 0 : opts.optionalRate / 2 ** depth;
      let added = 0;
      for (const name of rng.shuffle(Object.keys(props))) {
        if (required.includes(name) || added >= opts.maxProps) continue;
        if (!rng.chance(rate)) continue;
        const v = generateValue(props[name], rng, opts, depth + 1);
        if (v === undefined) continue;
        out[name] = v;
        added++;
      }
      const extra = schema['additionalProperties'];
      if (isObj(extra) && depth < opts.maxDepth && rng.chance(Object.keys(props).length === 0 ? 0.7 : 0.15)) {
        const names = isObj(schema['propertyNames']) ? schema['propertyNames'] : {};
        const keyPatterns = typeof names['pattern'] === 'string' ? [names['pattern']] : [];
        const n = rng.int(1, 2);
        for (let k = 0; k < n; k++) {
          const key = keyPatterns.length ? sampleMatching(keyPatterns, rng, STRING_POOL) : rng.pick(['main', 'ops', 'alpha', 'team-a']);
          if (key === undefined || Object.hasOwn(out, key)) continue;
          const v = generateValue(extra, rng, opts, depth + 1);
          if (v !== undefined) out[key] = v;
        }
      }
      return out;
    }
    default:
      return undefined;
  }
}
