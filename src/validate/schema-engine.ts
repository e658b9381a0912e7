/**
 * The schema half of the `fast` engine: OpenClaw's exported JSON schema, normalized and compiled ahead
 * of time (src/schema/), applied to an already-loaded config (includes resolved, env substituted), with
 * Ajv's errors rewritten into the issues `openclaw config validate` prints.
 *
 * OpenClaw validates in two stages (src/schema/origins.ts): zod for the core, then TypeBox for each
 * channel body and plugin config, the second only when the first passed. The mapping follows that:
 *  - core issues read like zod's (`Unrecognized key: "bogus"` on the object's path, `Invalid input:
 *    expected number, received string`, `Invalid input (allowed: "off", "hybrid")`, …), with OpenClaw's
 *    hints (`(maximum: 65535)`, `(allowed: …)`) and its custom messages for known patterns;
 *  - unions are resolved the way zod resolves them: a discriminated union reports the branch its
 *    discriminator picks; an ordinary union reports the one branch that failed only on refinements
 *    (zod's "non-aborted" branch), else one `Invalid input` on the union (with allowed values when every
 *    branch is a literal) — never the noise of every branch;
 *  - channel/plugin issues read like OpenClaw's TypeBox ones (`invalid config: must not have additional
 *    properties: "bogus"`) and are dropped when there are core issues, as OpenClaw never gets that far.
 * Besides the export, the normalized schema knows what OpenClaw's zod schema checks but cannot export:
 * single-value refinements (src/schema/refines.ts: worktreeRoot, SecretRef file/exec ids, sandboxOrigin,
 * proxyUrl, node-host MCP server names), case-insensitive agent ids, and retired keys OpenClaw strips.
 * Paths are dot-joined with numeric indices (`bindings.0.agentId`), trimmed as OpenClaw trims them.
 * Cross-field rules, legacy migrations (agents.list) and registry checks (unknown channel ids, …) are
 * not schema questions: see the rules layer (rules.ts, migrate.ts).
 * The config is never modified. Loading this module parses the generated validator (~3 MB of code, no
 * schema compilation); a typical config validates in well under a millisecond once warm.
 */
import { layoutSchema } from '../schema/generated/layout.mjs';
import validate, { type GeneratedValidationError } from '../schema/generated/validate.mjs';
import { startsWithPatternOf } from '../schema/normalize.js';
import { originOfPath } from '../schema/origins.js';
import { resolveSegments, schemaPathSegments } from '../schema/pointer.js';
import { REFINES } from '../schema/refines.js';

export interface SchemaIssue {
  /** Dot-joined config path (`gateway.port`, `bindings.0.agentId`); `<root>` for the document itself. */
  path: string;
  message: string;
  /** Allowed values for enum-like issues, as OpenClaw lists them (at most 12). */
  allowedValues?: unknown[];
}

/** Issues of each validation stage (see the file comment). */
export interface StagedSchemaIssues {
  core: SchemaIssue[];
  /** Channel bodies and plugin configs; OpenClaw reports these only when `core` is empty. */
  channelsAndPlugins: SchemaIssue[];
}

type Seg = string | number;
type SchemaNode = Record<string, unknown>;

interface ParsedError {
  raw: GeneratedValidationError;
  /** Data path of the error (for `required`/`additionalProperties`: the object). */
  dataPath: Seg[];
  /** Schema path without the keyword. */
  schemaNodePath: string[];
  keyword: string;
  params: Record<string, unknown>;
}

interface UnionItem {
  kind: 'union';
  error: ParsedError;
  branches: Map<number, Item[]>;
}
interface LeafItem {
  kind: 'leaf';
  error: ParsedError;
}
type Item = UnionItem | LeafItem;

const MAX_ERRORS = 2000;
const MAX_ALLOWED_VALUES = 12;

/** zod checks that do not abort a union branch (`continue: true`): a branch failing only on these "matched". */
const NON_ABORTING = new Set([
  'x-refine',
  'additionalProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'pattern',
  'format',
  'multipleOf',
  'uniqueItems',
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** OpenClaw's issue path: dot-joined, trimmed, `<root>` when empty (issue-format normalizeConfigIssuePath). */
function formatPath(segs: readonly Seg[]): string {
  return segs.join('.').trim() || '<root>';
}

/** Ajv instancePath (`/a/0/b~1c`) → segments, numbers where the data is an array. */
function dataSegments(instancePath: string, root: unknown): Seg[] {
  if (instancePath === '') return [];
  const out: Seg[] = [];
  let cur: unknown = root;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(key);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(key);
      cur = isRecord(cur) ? cur[key] : undefined;
    }
  }
  return out;
}

function valueAt(root: unknown, segs: readonly Seg[]): unknown {
  let cur: unknown = root;
  for (const s of segs) {
    if (Array.isArray(cur) && typeof s === 'number') cur = cur[s];
    else if (isRecord(cur) && typeof s === 'string' && Object.hasOwn(cur, s)) cur = cur[s];
    else return undefined;
  }
  return cur;
}

/** zod's name for the type of a received value (`parsedType` + its NaN/Infinity wording). */
function receivedType(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v);
  return typeof v;
}

/** zod's `stringifyPrimitive` for messages: strings quoted, others as JSON. */
function literal(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** OpenClaw's `(allowed: …)` summary: deduplicated, at most 12 shown, long strings truncated. */
function summarize(values: readonly unknown[]): { values: unknown[]; text: string } {
  const seen = new Set<string>();
  const shown: Array<{ value: unknown; label: string }> = [];
  for (const v of values) {
    const key = `${v === null ? 'null' : typeof v}:${typeof v === 'string' ? v : JSON.stringify(v)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    const label = typeof v === 'string' ? JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}... (+${text.length - 160} chars)` : text) : text;
    shown.push({ value: typeof v === 'string' ? v : JSON.stringify(v), label });
  }
  const visible = shown.slice(0, MAX_ALLOWED_VALUES);
  const hidden = shown.length - visible.length;
  const core = visible.map((s) => s.label).join(', ');
  return { values: visible.map((s) => s.value), text: hidden > 0 ? `${core}, ... (+${hidden} more)` : core };
}

function withAllowed(path: string, message: string, values: readonly unknown[]): SchemaIssue {
  const sum = summarize(values);
  const lower = message.toLowerCase();
  const text = lower.includes('(allowed:') || lower.includes('expected one of') ? message : `${message} (allowed: ${sum.text})`;
  return { path, message: text, allowedValues: sum.values };
}

/** The schema node an error's keyword belongs to (resolving layout `$ref`s on the way). */
function schemaNode(e: ParsedError): SchemaNode | undefined {
  const node = resolveSegments(layoutSchema(), e.schemaNodePath);
  return isRecord(node) ? derefNode(node) : undefined;
}

function derefNode(node: SchemaNode): SchemaNode {
  let cur = node;
  for (let i = 0; i < 8 && typeof cur['$ref'] === 'string'; i++) {
    const target = resolveSegments(layoutSchema(), schemaPathSegments(cur['$ref']));
    if (!isRecord(target)) break;
    cur = target;
  }
  return cur;
}

/** Patterns whose zod regex has its own message (zod-schema*.mjs); keyed by pattern + context. */
function customPatternMessage(pattern: string, path: readonly Seg[], root: unknown): string | undefined {
  const last = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  const isSecretRef = isRecord(parent) && typeof parent['source'] === 'string' && Object.hasOwn(parent, 'provider');
  if (isSecretRef && last === 'provider' && pattern === '^[a-z][a-z0-9_-]{0,63}$') {
    return 'Secret reference provider must match /^[a-z][a-z0-9_-]{0,63}$/ (example: "default").';
  }
  if (isSecretRef && last === 'id' && pattern === '^[A-Z][A-Z0-9_]{0,127}$') {
    const kind = parent['source'] === 'store' ? 'Store' : 'Env';
    return `${kind} secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: "OPENAI_API_KEY").`;
  }
  if (pattern === '^#?[0-9a-fA-F]{6}$') return 'expected hex color (RRGGBB)';
  if (pattern === '^[^.[\\]]+$') return 'forEach must be a top-level payload key';
  if (pattern === '^[a-z0-9-]+$' && path[0] === 'browser' && path[1] === 'profiles') {
    return 'Profile names must be alphanumeric with hyphens only';
  }
  if (pattern.startsWith('^https:\\/\\/[a-z0-9]') && pattern.includes('cloudflareaccess')) {
    return 'Expected a Cloudflare Access HTTPS issuer origin without a trailing slash';
  }
  const prefix = startsWithPatternOf({ pattern });
  if (prefix !== undefined) return `Invalid string: must start with ${JSON.stringify(prefix)}`;
  return undefined;
}

/** zod's name for the type a schema node expects: records (`propertyNames`) are `record`. */
function zodTypeName(t: string, node: SchemaNode | undefined): string {
  if (t === 'integer') return 'number';
  if (t === 'object' && node && Object.hasOwn(node, 'propertyNames')) return 'record';
  return t;
}

/** What zod says for a value of `node`'s type that is missing (zod reports `received undefined`). */
function missingMessage(path: string, node: SchemaNode | undefined): SchemaIssue {
  if (!node) return { path, message: 'Invalid input: expected nonoptional, received undefined' };
  const n = derefNode(node);
  if (Array.isArray(n['x-literals'])) return withAllowed(path, 'Invalid input', n['x-literals']);
  if (Object.hasOwn(n, 'const')) return withAllowed(path, `Invalid input: expected ${literal(n['const'])}`, [n['const']]);
  if (Array.isArray(n['enum'])) {
    return withAllowed(path, `Invalid option: expected one of ${n['enum'].map(literal).join('|')}`, n['enum']);
  }
  const t = n['type'];
  if (typeof t === 'string') {
    const expected = zodTypeName(t, n);
    const message = `Invalid input: expected ${expected}, received undefined`;
    return expected === 'boolean' ? withAllowed(path, message, [true, false]) : { path, message };
  }
  return { path, message: 'Invalid input' };
}

function typeMessage(path: string, expectedRaw: unknown, value: unknown, node: SchemaNode | undefined): SchemaIssue {
  const types = Array.isArray(expectedRaw) ? expectedRaw : [expectedRaw];
  if (types.length !== 1) return { path, message: 'Invalid input' };
  const t = String(types[0]);
  if (t === 'integer' && typeof value === 'number' && Number.isFinite(value)) {
    return { path, message: 'Invalid input: expected int, received number' };
  }
  const expected = zodTypeName(t, node);
  const message = `Invalid input: expected ${expected}, received ${receivedType(value)}`;
  return expected === 'boolean' ? withAllowed(path, message, [true, false]) : { path, message };
}

function boundMessage(keyword: string, limit: number): string {
  switch (keyword) {
    case 'minimum':
      return `Too small: expected number to be >=${limit} (minimum: ${limit})`;
    case 'exclusiveMinimum':
      return `Too small: expected number to be >${limit} (must be greater than ${limit})`;
    case 'maximum':
      return `Too big: expected number to be <=${limit} (maximum: ${limit})`;
    default:
      return `Too big: expected number to be <${limit} (must be less than ${limit})`;
  }
}

/** Values a failed union branch "allows" (zod's collectAllowedValues), or undefined if not all literal. */
function branchAllowedValues(items: Item[]): unknown[] | undefined {
  const values: unknown[] = [];
  let has = false;
  for (const item of items) {
    if (item.kind === 'union') {
      const nested = unionAllowedValues(item);
      if (!nested) return undefined;
      values.push(...nested);
      has = true;
      continue;
    }
    const e = item.error;
    if (e.keyword === 'x-literals' && Array.isArray(e.params['allowedValues'])) {
      values.push(...e.params['allowedValues']);
      has = true;
    } else if (e.keyword === 'const') {
      values.push(e.params['allowedValue']);
      has = true;
    } else if (e.keyword === 'enum' && Array.isArray(e.params['allowedValues'])) {
      values.push(...e.params['allowedValues']);
      has = true;
    } else if (e.keyword === 'type' && e.params['type'] === 'boolean') {
      values.push(true, false);
      has = true;
    }
  }
  return has ? values : undefined;
}

function unionAllowedValues(u: UnionItem): unknown[] | undefined {
  const all: unknown[] = [];
  for (const items of u.branches.values()) {
    const v = branchAllowedValues(items);
    if (!v) return undefined;
    all.push(...v);
  }
  return u.branches.size > 0 ? all : undefined;
}

/** Whether a union's own outcome aborts zod's enclosing branch (see mapCoreUnion for the dispatch). */
function unionAborts(u: UnionItem, root: unknown): boolean {
  const node = schemaNode(u.error);
  const disc = node && typeof node['x-discriminator'] === 'string' ? node['x-discriminator'] : undefined;
  if (disc !== undefined && node) {
    const picked = discriminatedBranch(node, disc, valueAt(root, u.error.dataPath));
    return picked < 0 || isAborting(u.branches.get(picked) ?? [], root);
  }
  const nonAborted = [...u.branches.values()].filter((items) => !isAborting(items, root));
  return nonAborted.length !== 1;
}

/** zod's "aborted": a branch whose issues include one that stops further checks. */
function isAborting(items: Item[], root: unknown): boolean {
  return items.some((i) => (i.kind === 'union' ? unionAborts(i, root) : !NON_ABORTING.has(i.error.keyword)));
}

/** The index of the branch a discriminated union picks for `value`, or -1. */
function discriminatedBranch(node: SchemaNode, disc: string, value: unknown): number {
  if (!isRecord(value)) return -1;
  const branches = Array.isArray(node['anyOf']) ? node['anyOf'] : [];
  return branches.findIndex((b) => {
    const bn = isRecord(b) ? derefNode(b) : undefined;
    const props = bn && isRecord(bn['properties']) ? bn['properties'] : undefined;
    const p = props && isRecord(props[disc]) ? props[disc] : undefined;
    return p !== undefined && Object.hasOwn(p, 'const') && p['const'] === value[disc];
  });
}

/**
 * A non-finite number fails zod's and TypeBox's type check, after which neither checks its bounds; Ajv
 * (for which Infinity is a number) also reports the bounds. Keep only the finiteness error of a node.
 */
function dropBoundsOfNonFinite(items: Item[]): Item[] {
  const key = (e: ParsedError) => `${e.raw.instancePath}|${e.schemaNodePath.join('/')}`;
  const nonFinite = new Set(items.filter((i) => i.kind === 'leaf' && i.error.keyword === 'x-finite').map((i) => key(i.error)));
  if (nonFinite.size === 0) return items;
  return items.filter((i) => i.kind === 'union' || i.error.keyword === 'x-finite' || !nonFinite.has(key(i.error)));
}

/** zod's mapping of one group of errors (all at core origin). */
function mapCore(allItems: Item[], root: unknown, out: SchemaIssue[]): void {
  const items = dropBoundsOfNonFinite(allItems);
  // A literal's type error is an artefact of `{type, const}`: zod's literal only reports the value.
  const valueChecked = new Set(
    items
      .filter((i) => i.kind === 'leaf' && ['const', 'enum', 'x-literals'].includes(i.error.keyword))
      .map((i) => `${i.error.schemaNodePath.join('/')}|${i.error.raw.instancePath}`),
  );
  const unrecognized = new Map<string, { path: Seg[]; keys: string[] }>();
  const afterObject: SchemaIssue[] = [];
  for (const item of items) {
    if (item.kind === 'union') {
      mapCoreUnion(item, root, out);
      continue;
    }
    const e = item.error;
    const path = formatPath(e.dataPath);
    const value = valueAt(root, e.dataPath);
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = e.raw.instancePath;
        const entry = unrecognized.get(key) ?? { path: e.dataPath, keys: [] };
        entry.keys.push(String(e.params['additionalProperty']));
        unrecognized.set(key, entry);
        break;
      }
      case 'required': {
        const missing = String(e.params['missingProperty']);
        const node = schemaNode(e);
        const props = node && isRecord(node['properties']) ? node['properties'] : undefined;
        const prop = props && isRecord(props[missing]) ? props[missing] : undefined;
        out.push(missingMessage(formatPath([...e.dataPath, missing]), prop));
        break;
      }
      case 'type':
        if (!valueChecked.has(`${e.schemaNodePath.join('/')}|${e.raw.instancePath}`)) {
          out.push(typeMessage(path, e.params['type'], value, schemaNode(e)));
        }
        break;
      case 'x-finite':
        out.push({ path, message: `Invalid input: expected number, received ${receivedType(value)}` });
        break;
      case 'const':
        out.push(withAllowed(path, `Invalid input: expected ${literal(e.params['allowedValue'])}`, [e.params['allowedValue']]));
        break;
      case 'enum': {
        const values = Array.isArray(e.params['allowedValues']) ? e.params['allowedValues'] : [];
        out.push(withAllowed(path, `Invalid option: expected one of ${values.map(literal).join('|')}`, values));
        break;
      }
      case 'x-literals': {
        const values = Array.isArray(e.params['allowedValues']) ? e.params['allowedValues'] : [];
        out.push(values.length === 1 ? withAllowed(path, `Invalid input: expected ${literal(values[0])}`, values) : withAllowed(path, 'Invalid input', values));
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = Number(e.params['limit']);
        // zod int() has implicit safe-integer bounds, reported as an `int` origin without OpenClaw's hint.
        if (Math.abs(limit) === Number.MAX_SAFE_INTEGER && schemaNode(e)?.['type'] === 'integer') {
          out.push({ path, message: e.keyword === 'maximum' ? `Too big: expected int to be <=${limit}` : `Too small: expected int to be >=${limit}` });
        } else {
          out.push({ path, message: boundMessage(e.keyword, limit) });
        }
        break;
      }
      case 'minLength':
        out.push({ path, message: `Too small: expected string to have >=${String(e.params['limit'])} characters` });
        break;
      case 'maxLength':
        out.push({ path, message: `Too big: expected string to have <=${String(e.params['limit'])} characters` });
        break;
      case 'minItems':
        out.push({ path, message: `Too small: expected array to have >=${String(e.params['limit'])} items` });
        break;
      case 'maxItems':
        out.push({ path, message: `Too big: expected array to have <=${String(e.params['limit'])} items` });
        break;
      case 'minProperties':
        out.push({ path, message: `Too small: expected object to have >=${String(e.params['limit'])} entries` });
        break;
      case 'maxProperties':
        out.push({ path, message: `Too big: expected object to have <=${String(e.params['limit'])} entries` });
        break;
      case 'pattern': {
        const pattern = String(e.params['pattern']);
        if (e.raw.propertyName !== undefined) {
          // A record key: zod reports `invalid_key` at the key's own path, in its generic words (the
          // key schema's own message stays nested and OpenClaw does not print it).
          afterObject.push({ path: formatPath([...e.dataPath, e.raw.propertyName]), message: 'Invalid key in record' });
        } else if (schemaNode(e)?.['format'] === 'date-time') {
          // zod's datetime() carries its format as a pattern; its issue is the format's.
          out.push({ path, message: 'Invalid ISO datetime' });
        } else {
          out.push({ path, message: customPatternMessage(pattern, e.dataPath, root) ?? `Invalid string: must match pattern /${pattern}/` });
        }
        break;
      }
      case 'format':
        out.push({ path, message: e.params['format'] === 'uri' ? 'Invalid URL' : `Invalid ${String(e.params['format'])}` });
        break;
      case 'x-refine':
        out.push({ path, message: REFINES[String(e.params['refine'])]?.message ?? 'Invalid input' });
        break;
      case 'propertyNames':
        // The inner (pattern/minLength) error already produced the key issue.
        break;
      case 'multipleOf':
        out.push({ path, message: `Invalid number: must be a multiple of ${String(e.params['multipleOf'])}` });
        break;
      case 'uniqueItems':
        out.push({ path, message: 'Invalid input: duplicate items' });
        break;
      case 'oneOf':
        out.push({ path, message: 'Invalid input: more than one option matched' });
        break;
      default:
        if (e.raw.propertyName !== undefined) {
          afterObject.push({ path: formatPath([...e.dataPath, e.raw.propertyName]), message: 'Invalid key in record' });
        } else {
          out.push({ path, message: 'Invalid input' });
        }
    }
  }
  out.push(...afterObject);
  // zod adds unrecognized keys after checking the known ones.
  for (const { path, keys } of unrecognized.values()) {
    const quoted = keys.map((k) => JSON.stringify(k)).join(', ');
    out.push({ path: formatPath(path), message: `Unrecognized key${keys.length > 1 ? 's' : ''}: ${quoted}` });
  }
}

function mapCoreUnion(u: UnionItem, root: unknown, out: SchemaIssue[]): void {
  const e = u.error;
  const path = formatPath(e.dataPath);
  const value = valueAt(root, e.dataPath);
  const node = schemaNode(e);
  const disc = node && typeof node['x-discriminator'] === 'string' ? node['x-discriminator'] : undefined;
  if (disc !== undefined && node) {
    if (!isRecord(value)) {
      out.push({ path, message: `Invalid input: expected object, received ${receivedType(value)}` });
      return;
    }
    const branches = Array.isArray(node['anyOf']) ? node['anyOf'] : [];
    const picked = discriminatedBranch(node, disc, value);
    if (picked < 0) {
      const options = branches
        .map((b) => (isRecord(b) && isRecord(b['properties']) && isRecord(b['properties'][disc]) ? b['properties'][disc]['const'] : undefined))
        .filter((o) => o !== undefined);
      out.push({
        path: formatPath([...e.dataPath, disc]),
        message: `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`,
      });
      return;
    }
    mapCore(u.branches.get(picked) ?? [], root, out);
    return;
  }
  const failed = [...u.branches.values()];
  const nonAborted = failed.filter((items) => !isAborting(items, root));
  if (nonAborted.length === 1) {
    mapCore(nonAborted[0]!, root, out);
    return;
  }
  const allowed = unionAllowedValues(u);
  out.push(allowed ? withAllowed(path, 'Invalid input', allowed) : { path, message: 'Invalid input' });
}

/** OpenClaw's TypeBox stage: ajv-like messages, prefixed `invalid config: `. */
function mapPluginStage(items: Item[], root: unknown, out: SchemaIssue[]): void {
  const extra = new Map<string, { path: Seg[]; keys: string[] }>();
  const push = (segs: Seg[], message: string, allowed?: readonly unknown[]) => {
    const issue: SchemaIssue = allowed
      ? withAllowed(formatPath(segs), message, allowed)
      : { path: formatPath(segs), message };
    issue.message = `invalid config: ${issue.message}`;
    out.push(issue);
  };
  const visit = (all: Item[]) => {
    for (const item of dropBoundsOfNonFinite(all)) {
      const e = item.error;
      if (item.kind === 'union') {
        // TypeBox lists every branch's errors, then the combinator's own.
        for (const branch of item.branches.values()) visit(branch);
        push(e.dataPath, e.keyword === 'oneOf' ? 'must match exactly one schema in oneOf' : 'must match a schema in anyOf');
        continue;
      }
      const p = e.params;
      switch (e.keyword) {
        case 'additionalProperties': {
          const entry = extra.get(e.raw.instancePath) ?? { path: e.dataPath, keys: [] };
          entry.keys.push(String(p['additionalProperty']));
          extra.set(e.raw.instancePath, entry);
          break;
        }
        case 'required':
          push([...e.dataPath, String(p['missingProperty'])], `must have required property '${String(p['missingProperty'])}'`);
          break;
        case 'type':
          push(e.dataPath, Array.isArray(p['type']) ? `must be either ${p['type'].join(' or ')}` : `must be ${String(p['type'])}`);
          break;
        case 'x-finite':
          push(e.dataPath, `must be ${schemaNode(e)?.['type'] === 'integer' ? 'integer' : 'number'}`);
          break;
        case 'enum':
          push(e.dataPath, 'must be equal to one of the allowed values', Array.isArray(p['allowedValues']) ? p['allowedValues'] : []);
          break;
        case 'const':
          push(e.dataPath, 'must be equal to constant', [p['allowedValue']]);
          break;
        case 'x-literals': {
          // Collapsed `anyOf` of constants: TypeBox reports each constant, then the anyOf.
          const values = Array.isArray(p['allowedValues']) ? p['allowedValues'] : [];
          for (const v of values) push(e.dataPath, 'must be equal to constant', [v]);
          if (values.length > 1) push(e.dataPath, 'must match a schema in anyOf');
          break;
        }
        case 'minimum':
          push(e.dataPath, `must be >= ${String(p['limit'])}`);
          break;
        case 'maximum':
          push(e.dataPath, `must be <= ${String(p['limit'])}`);
          break;
        case 'exclusiveMinimum':
          push(e.dataPath, `must be > ${String(p['limit'])}`);
          break;
        case 'exclusiveMaximum':
          push(e.dataPath, `must be < ${String(p['limit'])}`);
          break;
        case 'minLength':
          push(e.dataPath, `must not have fewer than ${String(p['limit'])} characters`);
          break;
        case 'maxLength':
          push(e.dataPath, `must not have more than ${String(p['limit'])} characters`);
          break;
        case 'minItems':
          push(e.dataPath, `must not have fewer than ${String(p['limit'])} items`);
          break;
        case 'maxItems':
          push(e.dataPath, `must not have more than ${String(p['limit'])} items`);
          break;
        case 'minProperties':
          push(e.dataPath, `must not have fewer than ${String(p['limit'])} properties`);
          break;
        case 'maxProperties':
          push(e.dataPath, `must not have more than ${String(p['limit'])} properties`);
          break;
        case 'pattern':
          push(e.dataPath, `must match pattern "${String(p['pattern'])}"`);
          break;
        case 'format':
          push(e.dataPath, `must match format "${String(p['format'])}"`);
          break;
        case 'propertyNames':
          push(e.dataPath, `property names ${String(p['propertyName'])} are invalid`);
          break;
        case 'not':
          push(e.dataPath, 'must not be valid');
          break;
        case 'if':
          push(e.dataPath, `must match "${String(p['failingKeyword'])}" schema`);
          break;
        case 'uniqueItems':
          push(e.dataPath, 'must not have duplicate items');
          break;
        case 'multipleOf':
          push(e.dataPath, `must be multiple of ${String(p['multipleOf'])}`);
          break;
        default:
          if (e.raw.propertyName === undefined) push(e.dataPath, 'invalid');
      }
    }
  };
  visit(items);
  for (const { path, keys } of extra.values()) {
    push(path, `must not have additional properties: ${keys.map((k) => JSON.stringify(k)).join(', ')}`);
  }
}

/** Groups Ajv's flat error list into union branches (see layout.ts for why schema paths allow this). */
function groupErrors(errors: ParsedError[]): Item[] {
  const unions: UnionItem[] = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((error) => ({ kind: 'union', error, branches: new Map() }));
  const unionPrefix = (u: UnionItem) => [...u.error.schemaNodePath, u.error.keyword];
  const isPrefix = (prefix: readonly string[], of: readonly string[]) =>
    prefix.length < of.length && prefix.every((s, i) => s === of[i]);
  const dataPrefix = (prefix: readonly Seg[], of: readonly Seg[]) =>
    prefix.length <= of.length && prefix.every((s, i) => String(s) === String(of[i]));
  const roots: Item[] = [];
  const itemOf = new Map<ParsedError, Item>(unions.map((u) => [u.error, u]));
  for (const e of errors) {
    const item: Item = itemOf.get(e) ?? { kind: 'leaf', error: e };
    const full = [...e.schemaNodePath, e.keyword];
    let best: UnionItem | undefined;
    let bestLen = -1;
    for (const u of unions) {
      if (u.error === e) continue;
      const pre = unionPrefix(u);
      if (pre.length > bestLen && isPrefix(pre, full) && dataPrefix(u.error.dataPath, e.dataPath)) {
        best = u;
        bestLen = pre.length;
      }
    }
    if (!best) {
      roots.push(item);
      continue;
    }
    const branch = Number(full[bestLen]);
    const list = best.branches.get(branch) ?? [];
    list.push(item);
    best.branches.set(branch, list);
  }
  return roots;
}

function parseErrors(errors: readonly GeneratedValidationError[], root: unknown): ParsedError[] {
  return errors.slice(0, MAX_ERRORS).map((raw) => {
    const segs = schemaPathSegments(raw.schemaPath);
    const keyword = segs.pop() ?? raw.keyword;
    return {
      raw,
      dataPath: dataSegments(raw.instancePath, root),
      schemaNodePath: segs,
      keyword: raw.keyword || keyword,
      params: raw.params ?? {},
    };
  });
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Both stages' issues, separately (see `StagedSchemaIssues`). */
export function schemaIssuesByStage(config: unknown): StagedSchemaIssues {
  if (validate(config)) return { core: [], channelsAndPlugins: [] };
  const parsed = parseErrors(validate.errors ?? [], config);
  const core: ParsedError[] = [];
  const staged: ParsedError[] = [];
  for (const e of parsed) (originOfPath(e.dataPath).kind === 'core' ? core : staged).push(e);
  const coreIssues: SchemaIssue[] = [];
  mapCore(groupErrors(core), config, coreIssues);
  const stageIssues: SchemaIssue[] = [];
  mapPluginStage(groupErrors(staged), config, stageIssues);
  // TypeBox (and so OpenClaw) repeats identical messages, e.g. one `must be object` per oneOf branch.
  return { core: dedupe(coreIssues), channelsAndPlugins: stageIssues };
}

/**
 * The JSON-schema verdict of OpenClaw's normalized schema on a loaded config: issues as
 * `openclaw config validate` would list them (empty = valid as far as the schema goes). Channel and
 * plugin-config issues appear only when the core has none, as in OpenClaw. Never modifies `config`.
 */
export function schemaIssues(config: unknown): SchemaIssue[] {
  const { core, channelsAndPlugins } = schemaIssuesByStage(config);
  return core.length > 0 ? core : channelsAndPlugins;
}
