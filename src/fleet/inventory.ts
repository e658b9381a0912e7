/**
 * The inventory (fleet file): which gateways exist, where, and how to reach them. JSON5 (`.json5`/`.json`)
 * or YAML (`.yaml`/`.yml`), validated against {@link INVENTORY_SCHEMA} plus the rules a schema cannot say
 * (unique ids, URL shape, host allowlist, metadata addresses). Every problem is reported at once, each with
 * `file:line:col`; nothing is contacted before the whole file is valid and every token env var is set.
 *
 * ```json5
 * {
 *   defaults: { tokenEnv: "OPENCLAW_GATEWAY_TOKEN", overlay: { … } },
 *   instances: [
 *     { id: "gw-a1", url: "http://10.0.0.5:18789", tier: "primary", zone: "az-a", labels: { tenant: "acme" } },
 *     { id: "gw-a2", url: "http://10.0.0.6:18789", tier: "standby", tokenEnv: "GW_A2_TOKEN", overlay: { … } },
 *   ],
 * }
 * ```
 *
 * Defaults: `tier` primary; `tokenEnv` from `defaults.tokenEnv`, else `OPENCLAW_GATEWAY_TOKEN`; `zone` and
 * `labels` from `defaults` (labels merged key by key, the instance wins). `overlay` = `defaults.overlay` then
 * the instance's `overlay`, merged by {@link mergeOverlay} (objects merge, arrays and scalars replace).
 */
import { readFileSync, statSync } from 'node:fs';
import AjvModule from 'ajv';
import { extname } from 'node:path';
import { parse as momoaParse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { formatLocation, UserError, type SourceLocation } from '../common/errors.js';
import { isPlainObject, mergeOverlay, type PlainObject } from './merge.js';
import type { InstanceSpec, Inventory } from './types.js';

export const ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,63}$';
export const TOKEN_ENV_PATTERN = '^[A-Z_][A-Z0-9_]*$';
export const DEFAULT_TOKEN_ENV = 'OPENCLAW_GATEWAY_TOKEN';
const LABEL_KEY_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$';
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const instanceProps = {
  id: { type: 'string', pattern: ID_PATTERN },
  url: { type: 'string', minLength: 1, maxLength: 2048 },
  tier: { enum: ['primary', 'standby'] },
  zone: { type: 'string', minLength: 1, maxLength: 64 },
  labels: {
    type: 'object',
    propertyNames: { pattern: LABEL_KEY_PATTERN },
    additionalProperties: { type: 'string', maxLength: 256 },
  },
  tokenEnv: { type: 'string', pattern: TOKEN_ENV_PATTERN, maxLength: 128 },
  overlay: { type: 'object' },
} as const;

/** JSON schema of the inventory file (draft-07; also usable as `$schema` for editor hints). */
export const INVENTORY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'clawfleet inventory',
  type: 'object',
  additionalProperties: false,
  required: ['instances'],
  properties: {
    $schema: { type: 'string' },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tier: instanceProps.tier,
        zone: instanceProps.zone,
        labels: instanceProps.labels,
        tokenEnv: instanceProps.tokenEnv,
        overlay: instanceProps.overlay,
      },
    },
    instances: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['id', 'url'], properties: instanceProps },
    },
  },
} as const;

/** One problem in the inventory file. */
export interface InventoryIssue {
  /** `instances[1].url` style path; `<root>` for the file itself. */
  path: string;
  message: string;
  location: SourceLocation;
}

/** All problems of one inventory file; the message lists each as `file:line:col: path: message`. */
export class InventoryError extends UserError {
  readonly issues: InventoryIssue[];
  constructor(file: string, issues: InventoryIssue[]) {
    const lines = issues.map((i) => `  ${formatLocation(i.location)}: ${i.path === '<root>' ? '' : `${i.path}: `}${i.message}`);
    super(`inventory ${file} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, issues[0]?.location);
    this.name = 'InventoryError';
    this.issues = issues;
  }
}

export interface LoadInventoryOptions {
  /** Hosts the URLs may use: exact names/IPs or `*.example.com` (any subdomain, not the apex). Empty = no allowlist. */
  hostAllowlist?: string[];
}

/** An instance with where it was written (for messages that point back at the inventory). */
export interface LocatedInstanceSpec extends InstanceSpec {
  source?: SourceLocation;
}

/** An inventory whose instances remember their place in the file. */
export interface LocatedInventory extends Inventory {
  instances: LocatedInstanceSpec[];
}

type Segment = string | number;

/** Parsed document + a way to find where a path is written. */
interface ParsedDoc {
  value: unknown;
  locate(path: Segment[], what?: 'key' | 'value'): SourceLocation;
  issues: InventoryIssue[];
}

/** Reads, parses and validates an inventory file. Throws InventoryError (a UserError) listing every problem. */
export function loadInventory(file: string, opts: LoadInventoryOptions = {}): LocatedInventory {
  const allowlist = parseAllowlist(opts.hostAllowlist ?? []);
  const text = readInventoryText(file);
  return parseInventory(text, file, { ...opts, hostAllowlist: allowlist.map((a) => a.raw) });
}

/** Like loadInventory, for text already in memory (`file` names it in messages and picks the format). */
export function parseInventory(text: string, file: string, opts: LoadInventoryOptions = {}): LocatedInventory {
  const allowlist = parseAllowlist(opts.hostAllowlist ?? []);
  const ext = extname(file).toLowerCase();
  const isYaml = ext === '.yaml' || ext === '.yml';
  if (!isYaml && ext !== '.json5' && ext !== '.json') {
    throw new UserError(`inventory ${file}: unknown file type "${ext || '(none)'}"; use .json5, .json, .yaml or .yml`);
  }
  const doc = isYaml ? parseYaml(text, file) : parseJson5(text, file);
  if (doc.issues.length > 0) throw new InventoryError(file, doc.issues);
  const issues: InventoryIssue[] = [];
  const add = (path: Segment[], message: string, what: 'key' | 'value' = 'value') =>
    issues.push({ path: formatPath(path), message, location: doc.locate(path, what) });

  for (const e of schemaErrors(doc.value)) add(e.path, e.message, e.what);

  // The rules a schema cannot say run on whatever is well-formed, so one run reports every problem.
  const rootObj = isPlainObject(doc.value) ? doc.value : {};
  const rawInstances = Array.isArray(rootObj['instances']) ? (rootObj['instances'] as unknown[]) : undefined;
  if (rawInstances && rawInstances.length === 0) add(['instances'], 'is empty: list at least one gateway');
  const rawDefaults = isPlainObject(rootObj['defaults']) ? rootObj['defaults'] : undefined;
  if (rawDefaults && isPlainObject(rawDefaults['overlay'])) checkOverlayKeys(rawDefaults['overlay'], ['defaults', 'overlay'], add);
  const firstById = new Map<string, number>();
  (rawInstances ?? []).forEach((inst, i) => {
    if (!isPlainObject(inst)) return;
    const id = inst['id'];
    if (typeof id === 'string') {
      const prev = firstById.get(id);
      if (prev !== undefined) {
        add(['instances', i, 'id'], `"${id}" is a duplicate: first used at ${formatLocation(doc.locate(['instances', prev, 'id']))} (instances[${prev}])`);
      } else {
        firstById.set(id, i);
      }
    }
    if (typeof inst['url'] === 'string') {
      const urlProblem = checkUrl(inst['url'], allowlist);
      if (urlProblem) add(['instances', i, 'url'], urlProblem);
    }
    if (isPlainObject(inst['overlay'])) checkOverlayKeys(inst['overlay'], ['instances', i, 'overlay'], add);
  });
  if (issues.length > 0) {
    issues.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    throw new InventoryError(file, issues);
  }

  const root = doc.value as {
    defaults?: { tier?: 'primary' | 'standby'; zone?: string; labels?: Record<string, string>; tokenEnv?: string; overlay?: PlainObject };
    instances: Array<{ id: string; url: string; tier?: 'primary' | 'standby'; zone?: string; labels?: Record<string, string>; tokenEnv?: string; overlay?: PlainObject }>;
  };
  const d = root.defaults ?? {};
  const instances: LocatedInstanceSpec[] = root.instances.map((inst, i) => {
    const overlay = d.overlay || inst.overlay ? mergeOverlay({}, d.overlay, inst.overlay) : undefined;
    const zone = inst.zone ?? d.zone;
    return {
      id: inst.id,
      url: inst.url.replace(/\/+$/, ''),
      tier: inst.tier ?? d.tier ?? 'primary',
      ...(zone !== undefined ? { zone } : {}),
      labels: { ...(d.labels ?? {}), ...(inst.labels ?? {}) },
      tokenEnv: inst.tokenEnv ?? d.tokenEnv ?? DEFAULT_TOKEN_ENV,
      ...(overlay ? { overlay } : {}),
      source: doc.locate(['instances', i]),
    };
  });
  return { file, instances };
}

function readInventoryText(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UserError(`inventory ${file} is not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`inventory ${file} cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'error'}); pass the path of your fleet file`);
  }
  if (size > MAX_FILE_BYTES) throw new UserError(`inventory ${file} is ${size} bytes; the limit is ${MAX_FILE_BYTES}`);
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`inventory ${file} is not valid UTF-8`, { file, line: 1, column: 1 });
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON5 (momoa gives positions; the value is built from its tree, so both always agree)

function parseJson5(text: string, file: string): ParsedDoc {
  const locs = new Map<string, { key?: SourceLocation; value: SourceLocation }>();
  const issues: InventoryIssue[] = [];
  const at = (l: { line: number; column: number }): SourceLocation => ({ file, line: l.line, column: l.column });
  const fileStart: SourceLocation = { file, line: 1, column: 1 };
  const locate = (path: Segment[], what: 'key' | 'value' = 'value'): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const l = locs.get(pathKey(path.slice(0, n)));
      if (l) return (what === 'key' && n === path.length && l.key) || l.value;
    }
    return fileStart;
  };
  if (text.trim() === '') {
    return { value: undefined, locate, issues: [{ path: '<root>', message: 'file is empty: expected an object with "instances"', location: fileStart }] };
  }
  let ast;
  try {
    ast = momoaParse(text, { mode: 'json5', ranges: false, tokens: false });
  } catch (e) {
    const err = e as { message?: string; line?: number; column?: number };
    if (e instanceof RangeError) {
      return { value: undefined, locate, issues: [{ path: '<root>', message: 'nesting is too deep', location: fileStart }] };
    }
    const msg = (err.message ?? 'parse error').replace(/\s*\(\d+:\d+\)\s*$/, '');
    return { value: undefined, locate, issues: [{ path: '<root>', message: `invalid JSON5: ${msg}`, location: { file, line: err.line ?? 1, column: err.column ?? 1 } }] };
  }
  const build = (node: ValueNode, path: Segment[], keyLoc?: SourceLocation): unknown => {
    locs.set(pathKey(path), { value: at(node.loc.start), ...(keyLoc ? { key: keyLoc } : {}) });
    if (path.length > MAX_DEPTH) {
      issues.push({ path: formatPath(path), message: `nesting deeper than ${MAX_DEPTH} levels`, location: at(node.loc.start) });
      return null;
    }
    switch (node.type) {
      case 'Object': {
        // defineProperty: a key such as "__proto__" becomes plain data, never the object's prototype.
        const out: Record<string, unknown> = {};
        const seen = new Map<string, SourceLocation>();
        for (const m of node.members as MemberNode[]) {
          const key = m.name.type === 'Identifier' ? m.name.name : m.name.value;
          const kLoc = at(m.name.loc.start);
          const first = seen.get(key);
          if (first) {
            issues.push({ path: formatPath([...path, key]), message: `duplicate key "${key}" (first at ${formatLocation(first)}); each key may appear once`, location: kLoc });
            continue;
          }
          seen.set(key, kLoc);
          Object.defineProperty(out, key, { value: build(m.value, [...path, key], kLoc), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case 'Array':
        return node.elements.map((el, i) => build(el.value, [...path, i]));
      case 'String':
      case 'Boolean':
        return node.value;
      case 'Number':
        if (!Number.isFinite(node.value) || (Number.isInteger(node.value) && !Number.isSafeInteger(node.value))) {
          issues.push({ path: formatPath(path), message: 'number is not a finite, safe value', location: at(node.loc.start) });
        }
        return node.value;
      case 'Null':
        return null;
      default:
        issues.push({ path: formatPath(path), message: `${node.type} is not allowed here`, location: at(node.loc.start) });
        return null;
    }
  };
  let value: unknown;
  try {
    value = build(ast.body, []);
  } catch (e) {
    if (e instanceof RangeError) return { value: undefined, locate, issues: [{ path: '<root>', message: 'nesting is too deep', location: fileStart }] };
    throw e;
  }
  return { value, locate, issues };
}

// ---------------------------------------------------------------------------------------------------------
// YAML (the yaml package keeps node ranges; LineCounter turns offsets into line/column)

function parseYaml(text: string, file: string): ParsedDoc {
  const lineCounter = new LineCounter();
  const fileStart: SourceLocation = { file, line: 1, column: 1 };
  // uniqueKeys off: duplicates are found below, with the position of both occurrences.
  const doc: Document.Parsed = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const pos = (offset: number | undefined): SourceLocation => {
    if (offset === undefined) return fileStart;
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const issues: InventoryIssue[] = doc.errors.map((e) => ({
    path: '<root>',
    message: `invalid YAML: ${(e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '')}`,
    location: pos(e.pos[0]),
  }));
  const findDuplicates = (node: unknown, path: Segment[]) => {
    if (isMap(node)) {
      const seen = new Map<string, SourceLocation>();
      for (const pair of node.items) {
        const k = pair.key as { value?: unknown; range?: [number] } | null;
        const key = k && typeof k === 'object' && 'value' in k ? String(k.value) : String(k);
        const here = pos(k?.range?.[0]);
        const first = seen.get(key);
        if (first) issues.push({ path: formatPath([...path, key]), message: `duplicate key "${key}" (first at ${formatLocation(first)}); each key may appear once`, location: here });
        else seen.set(key, here);
        if (path.length < MAX_DEPTH) findDuplicates(pair.value, [...path, key]);
      }
    } else if (isSeq(node) && path.length < MAX_DEPTH) {
      node.items.forEach((item, i) => findDuplicates(item, [...path, i]));
    }
  };
  if (issues.length === 0) findDuplicates(doc.contents, []);
  const locate = (path: Segment[], what: 'key' | 'value' = 'value'): SourceLocation => {
    let node: unknown = doc.contents;
    let last: SourceLocation = pos((node as { range?: [number] } | null)?.range?.[0]);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as Segment;
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as { value?: unknown } | null;
          return (k && typeof k === 'object' && 'value' in k ? String(k.value) : String(k)) === String(seg);
        });
        if (!pair) return last;
        const keyPos = pos((pair.key as { range?: [number] } | null)?.range?.[0]);
        if (what === 'key' && i === path.length - 1) return keyPos;
        node = pair.value;
        last = (node as { range?: [number] } | null)?.range ? pos((node as { range: [number] }).range[0]) : keyPos;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        if (!node) return last;
        last = pos((node as { range?: [number] }).range?.[0]);
      } else {
        return last;
      }
    }
    return last;
  };
  if (issues.length > 0) return { value: undefined, locate, issues };
  if (doc.contents === null) {
    return { value: undefined, locate, issues: [{ path: '<root>', message: 'file is empty: expected a mapping with "instances"', location: fileStart }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { value: undefined, locate, issues: [{ path: '<root>', message: `invalid YAML: ${(e as Error).message}`, location: fileStart }] };
  }
  const numberIssues: InventoryIssue[] = [];
  const walk = (v: unknown, path: Segment[]) => {
    if (path.length > MAX_DEPTH) {
      numberIssues.push({ path: formatPath(path), message: `nesting deeper than ${MAX_DEPTH} levels`, location: locate(path) });
      return;
    }
    if (typeof v === 'number' && (!Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v)))) {
      numberIssues.push({ path: formatPath(path), message: 'number is not a finite, safe value', location: locate(path) });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') {
      if (!isPlainObject(v)) {
        numberIssues.push({ path: formatPath(path), message: 'only plain mappings, lists, strings, numbers, booleans and null are allowed', location: locate(path) });
        return;
      }
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(value, []);
  return { value, locate, issues: numberIssues };
}

// ---------------------------------------------------------------------------------------------------------
// Schema (Ajv) with messages written for people

interface SchemaError {
  path: Segment[];
  message: string;
  what: 'key' | 'value';
}

type ValidateFn = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; keyword: string; params: Record<string, unknown>; propertyName?: string }> | null;
};
let compiled: ValidateFn | undefined;

function validator(): ValidateFn {
  if (!compiled) {
    // Ajv is CommonJS: depending on the loader (tsx, vitest, ncc) the default import is the class itself or
    // the module object holding it as `.default`. A static import, so ncc bundles it (a runtime require()
    // would look for node_modules next to the bundle, which an action checkout does not have).
    const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (o: object) => { compile(s: object): ValidateFn };
    compiled = new Ajv({ allErrors: true, strict: false, messages: false }).compile(INVENTORY_SCHEMA);
  }
  return compiled;
}

const ALLOWED_KEYS: Record<string, string[]> = {
  root: ['$schema', 'defaults', 'instances'],
  defaults: ['tier', 'zone', 'labels', 'tokenEnv', 'overlay'],
  instance: ['id', 'url', 'tier', 'zone', 'labels', 'tokenEnv', 'overlay'],
};

function schemaErrors(value: unknown): SchemaError[] {
  const validate = validator();
  if (validate(value)) return [];
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const msg = describeSchemaError(e, path, value);
    if (!msg) continue;
    const key = `${pathKey(msg.path)}|${msg.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(msg);
  }
  return out;
}

function describeSchemaError(
  e: { keyword: string; params: Record<string, unknown>; propertyName?: string },
  path: Segment[],
  root: unknown,
): SchemaError | undefined {
  const v = getAt(root, path);
  const shown = typeof v === 'string' ? `"${v.length > 80 ? `${v.slice(0, 80)}…` : v}"` : JSON.stringify(v);
  const where = path.length === 0 ? 'root' : path[0] === 'defaults' && path.length === 1 ? 'defaults' : path[0] === 'instances' && path.length === 2 ? 'instance' : undefined;
  switch (e.keyword) {
    case 'type': {
      const t = e.params['type'];
      if (path.length === 0) return { path, message: 'the file must hold an object with an "instances" list', what: 'value' };
      const label = path[path.length - 1] === 'overlay' ? 'an object (a config fragment)' : t === 'object' ? 'an object' : t === 'array' ? 'a list' : `a ${String(t)}`;
      return { path, message: `must be ${label}, got ${describeType(v)}`, what: 'value' };
    }
    case 'required':
      return { path, message: `missing required key "${String(e.params['missingProperty'])}"`, what: 'value' };
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const allowed = where ? ALLOWED_KEYS[where] : undefined;
      return { path: [...path, key], message: `unknown key "${key}"${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`, what: 'key' };
    }
    case 'pattern': {
      if (e.propertyName !== undefined) {
        // A bad key of `labels` (propertyNames): point at the key itself.
        return { path: [...path, e.propertyName], message: `label name "${e.propertyName}" must match ${LABEL_KEY_PATTERN}`, what: 'key' };
      }
      const last = path[path.length - 1];
      if (last === 'id') return { path, message: `${shown} must match ${ID_PATTERN} (lowercase letters, digits, "-" and "_"; starts with a letter or digit; at most 64 characters)`, what: 'value' };
      if (last === 'tokenEnv') return { path, message: `${shown} must match ${TOKEN_ENV_PATTERN} (an environment variable name such as GW_A1_TOKEN)`, what: 'value' };
      return { path, message: `${shown} must match ${String(e.params['pattern'])}`, what: 'value' };
    }
    case 'propertyNames':
      return undefined; // reported by the nested `pattern` error on the key below
    case 'enum':
      return { path, message: `${shown} must be one of: ${(e.params['allowedValues'] as unknown[]).join(', ')}`, what: 'value' };
    case 'minLength':
      return { path, message: 'must not be empty', what: 'value' };
    case 'maxLength':
      return { path, message: `must be at most ${String(e.params['limit'])} characters`, what: 'value' };
    default:
      return { path, message: `is invalid (${e.keyword})`, what: 'value' };
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 100);
}

function getAt(root: unknown, path: Segment[]): unknown {
  let cur = root;
  for (const s of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

function checkOverlayKeys(overlay: PlainObject, path: Segment[], add: (p: Segment[], m: string, w?: 'key' | 'value') => void): void {
  const walk = (v: unknown, p: Segment[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i], depth + 1));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (FORBIDDEN_KEYS.has(k)) add([...p, k], `key "${k}" is not allowed in an overlay`, 'key');
        else walk(x, [...p, k], depth + 1);
      }
    }
  };
  walk(overlay, path, 0);
}

// ---------------------------------------------------------------------------------------------------------
// URL and host rules

interface AllowEntry {
  raw: string;
  exact?: string;
  suffix?: string;
}

/** Validates the allowlist input itself (each entry a host, an IP, `[v6]`, or `*.domain`). */
function parseAllowlist(entries: string[]): AllowEntry[] {
  return entries
    .map((e) => e.trim())
    .filter((e) => e !== '')
    .map((raw) => {
      const lower = raw.toLowerCase();
      if (lower.startsWith('*.')) {
        const rest = lower.slice(2);
        if (!isHostName(rest)) throw new UserError(`host allowlist entry "${raw}" is not valid: use a host name, an IP address or *.domain`);
        return { raw, suffix: `.${rest}` };
      }
      const host = lower.replace(/^\[(.*)\]$/, '$1');
      if (!isHostName(host) && !isIp(host)) throw new UserError(`host allowlist entry "${raw}" is not valid: use a host name, an IP address or *.domain`);
      return { raw, exact: host };
    });
}

function isHostName(h: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(h);
}

function isIp(h: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || (h.includes(':') && /^[0-9a-f:.]+$/.test(h));
}

/** Cloud metadata endpoints and link-local / unspecified addresses: refused unless explicitly allowlisted. */
function isSensitiveHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (/^169\.254\.\d{1,3}\.\d{1,3}$/.test(h)) return true; // IPv4 link-local, incl. 169.254.169.254
  if (h === '0.0.0.0' || h === '::' || h === '100.100.100.200') return true; // unspecified; Alibaba metadata
  if (/^fe[89ab][0-9a-f]?:/.test(h)) return true; // IPv6 link-local fe80::/10
  if (h === 'fd00:ec2::254') return true; // AWS IMDS over IPv6
  if (/^::ffff:169\.254\./.test(h) || /^::ffff:a9fe:/.test(h)) return true; // IPv4-mapped link-local
  return h === 'metadata.google.internal' || h === 'metadata.goog' || h === 'metadata' || h.endsWith('.metadata.google.internal');
}

function hostAllowed(host: string, allow: AllowEntry[]): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return allow.some((a) => (a.exact !== undefined ? a.exact === h : a.suffix !== undefined && h.endsWith(a.suffix) && h.length > a.suffix.length));
}

/** Returns a message when the URL is unusable; never echoes credentials, query or fragment. */
function checkUrl(raw: string, allow: AllowEntry[]): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'is not a valid URL: use http://host:port or https://host';
  }
  const shown = `${u.protocol}//${u.host}`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `must be an http:// or https:// URL, got ${u.protocol}`;
  if (u.username || u.password) return `must not contain credentials (user:password@ in ${u.protocol}//…@${u.host}); put the token in the env var named by tokenEnv`;
  if (u.search || raw.includes('?')) return `must not have a query string (${shown}…?…); the token belongs in tokenEnv`;
  if (u.hash || raw.includes('#')) return `must not have a fragment (${shown}…#…)`;
  if (!u.hostname) return 'has no host';
  const host = u.hostname.toLowerCase();
  if (allow.length > 0) {
    if (!hostAllowed(host, allow)) return `host "${host}" is not in the host allowlist (${allow.map((a) => a.raw).join(', ')})`;
    return undefined;
  }
  if (isSensitiveHost(host)) return `host "${host}" is a cloud metadata or link-local address; refused unless it is in the host allowlist`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens and selectors

/**
 * Reads every instance's token from `env`. Fails BEFORE any network call, naming every instance whose
 * token env var is missing or empty (names only — never a value).
 */
export function resolveTokens(inventory: Inventory, env: Record<string, string | undefined> = process.env): Map<string, string> {
  const tokens = new Map<string, string>();
  const missing = new Map<string, { state: 'missing' | 'empty'; ids: string[] }>();
  for (const inst of inventory.instances) {
    const v = env[inst.tokenEnv];
    if (v === undefined || v.trim() === '') {
      const entry = missing.get(inst.tokenEnv) ?? { state: v === undefined ? 'missing' : 'empty', ids: [] };
      entry.ids.push(inst.id);
      missing.set(inst.tokenEnv, entry);
    } else {
      tokens.set(inst.id, v);
    }
  }
  if (missing.size > 0) {
    const parts = [...missing.entries()].map(([name, m]) => `${name} (${m.state}) for ${m.ids.join(', ')}`);
    throw new UserError(
      `gateway token(s) not set: ${parts.join('; ')}. Set these environment variables (e.g. from repository secrets) before running; nothing was contacted.`,
    );
  }
  return tokens;
}

/**
 * Selects instances. A selector is a comma-separated list of terms, ALL of which must hold:
 * - `gw-a1` (a bare id) — several bare ids mean "any of these ids";
 * - `id=gw-a1`, `tier=primary`, `zone=az-a`, `label.tenant=acme` — `|` separates alternatives
 *   (`zone=az-a|az-b`), `!=` negates (`tier!=standby`);
 * - empty or `*` — every instance.
 * Unknown keys, unknown ids and a selection that matches nothing are errors (a typo must not deploy to
 * nothing, or to everything).
 */
export function selectInstances<T extends InstanceSpec>(inventory: { file?: string; instances: T[] }, selector: string | undefined): T[] {
  const sel = (selector ?? '').trim();
  if (inventory.instances.length === 0) throw new UserError(`inventory ${inventory.file ?? ''} has no instances`.replace('  ', ' '));
  if (sel === '' || sel === '*') return [...inventory.instances];
  const ids: string[] = [];
  const filters: Array<{ key: string; values: string[]; negate: boolean; term: string }> = [];
  for (const rawTerm of sel.split(',')) {
    const term = rawTerm.trim();
    if (term === '') throw new UserError(`selector "${sel}" has an empty term (two commas in a row?)`);
    const m = /^([A-Za-z][A-Za-z0-9._/-]*)\s*(!=|=)\s*(.+)$/.exec(term);
    if (!m) {
      if (!new RegExp(ID_PATTERN).test(term)) throw new UserError(`selector term "${term}" is neither an instance id nor key=value (keys: id, tier, zone, label.<name>)`);
      ids.push(term);
      continue;
    }
    const [, key, op, value] = m as unknown as [string, string, string, string];
    if (!['id', 'tier', 'zone'].includes(key) && !key.startsWith('label.')) {
      throw new UserError(`selector term "${term}": unknown key "${key}" (use id, tier, zone or label.<name>)`);
    }
    const values = value.split('|').map((v) => v.trim());
    if (key === 'tier') {
      const bad = values.find((v) => v !== 'primary' && v !== 'standby');
      if (bad !== undefined) throw new UserError(`selector term "${term}": tier must be primary or standby, got "${bad}"`);
    }
    filters.push({ key, values, negate: op === '!=', term });
  }
  const known = new Set(inventory.instances.map((i) => i.id));
  const unknownIds = [...ids, ...filters.filter((f) => f.key === 'id').flatMap((f) => f.values)].filter((id) => !known.has(id));
  if (unknownIds.length > 0) throw new UserError(`selector "${sel}": no instance has id ${unknownIds.join(', ')}`);
  const valueOf = (inst: T, key: string): string | undefined =>
    key === 'id' ? inst.id : key === 'tier' ? inst.tier : key === 'zone' ? inst.zone : inst.labels[key.slice('label.'.length)];
  const picked = inventory.instances.filter(
    (inst) =>
      (ids.length === 0 || ids.includes(inst.id)) &&
      filters.every((f) => {
        const v = valueOf(inst, f.key);
        const hit = v !== undefined && f.values.includes(v);
        return f.negate ? !hit : hit;
      }),
  );
  if (picked.length === 0) {
    const zones = [...new Set(inventory.instances.map((i) => i.zone).filter((z): z is string => !!z))];
    throw new UserError(`selector "${sel}" matches no instance${zones.length ? ` (zones: ${zones.join(', ')})` : ''}`);
  }
  return picked;
}

// ---------------------------------------------------------------------------------------------------------

function pathKey(path: Segment[]): string {
  return JSON.stringify(path);
}

/** `['instances', 1, 'url']` → `instances[1].url`. */
export function formatPath(path: Segment[]): string {
  if (path.length === 0) return '<root>';
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : /^[A-Za-z_$][\w$-]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

