/**
 * Turns the JSON schema exported by `openclaw config schema` into one whose verdicts match
 * `openclaw config validate` (openclaw-notes §2.3–2.4), ready for ahead-of-time compilation with Ajv.
 *
 * The export is faithful for editor hints but not as a gate: OpenClaw does not validate the config
 * against it. It runs zod for the core and TypeBox for each channel body / plugin config (see
 * `origins.ts`), and the export loses information on the way (regex flags, defaults-before-validation,
 * zod's non-exclusive unions). Every rewrite below names what OpenClaw does that the export does not say.
 * Rules that target one known location fail loudly when that location is gone, so a new OpenClaw
 * version cannot silently drop a fix (`npm run schema:update` then fails and says which rule).
 *
 * Pure and deterministic: same input, same output (key order preserved), so generated files are
 * byte-identical across runs.
 */
import { originOfPath, type SchemaOrigin } from './origins.js';
import { REFINE_AT, REFINES } from './refines.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Keywords whose value is a map of name → subschema. */
const MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;
/** Keywords whose value is one subschema. */
const SINGLE_KEYWORDS = [
  'additionalProperties',
  'additionalItems',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contains',
] as const;
/** Keywords whose value is a list of subschemas. */
const LIST_KEYWORDS = ['anyOf', 'allOf', 'oneOf'] as const;
/** Keywords that only annotate: dropped to keep the compiled code and the stored schema small. */
const ANNOTATIONS = ['title', 'description', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly', 'default'];

/**
 * Patterns whose zod regex carries flags or a transform the export drops. Matched by exact pattern text at
 * locations whose JSON pointer matches `at`; each rule must match at least `minMatches` times.
 */
export const PATTERN_FIXES: ReadonlyArray<{
  id: string;
  pattern: string;
  replacement: string;
  at: RegExp;
  minMatches: number;
  why: string;
}> = [
  {
    id: 'agent-id-case-insensitive',
    pattern: '^[a-z0-9_][a-z0-9_-]{0,63}$',
    replacement: '^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$',
    at: /^#\/properties\/agents\/properties\/entries\/propertyNames$/,
    minMatches: 1,
    why: 'zod: agents.entries keys use /^[a-z0-9_][a-z0-9_-]{0,63}$/i (the export drops the i flag); `Main` is accepted',
  },
  {
    id: 'codex-agent-id-trimmed-case-insensitive',
    pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
    // zod runs .trim() before .regex(/…/i); String.prototype.trim removes exactly what \s matches.
    replacement: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\s*$',
    at: /^#\/properties\/(?:nodeHost\/properties\/)?mcp\/properties\/servers\/additionalProperties\/properties\/codex\/properties\/agents\/items$/,
    minMatches: 2,
    why: 'zod: codex.agents items are string().trim().regex(/…/i)',
  },
];

/**
 * Record keys whose zod key schema has a refinement the export drops (it exports `propertyNames:
 * {type: "string"}`); each rule replaces that with an equivalent pattern.
 */
export const KEY_RULES: ReadonlyArray<{ id: string; at: string; propertyNames: JsonObject; why: string }> = [
  {
    id: 'node-host-mcp-server-name',
    at: '#/properties/nodeHost/properties/mcp/properties/servers',
    // value.length > 0 && value === value.trim(): no leading/trailing whitespace (what \s matches).
    propertyNames: { type: 'string', pattern: '^\\S(?:[\\s\\S]*\\S)?$' },
    why: 'NodeHostMcpServerNameSchema refines keys: non-empty, no surrounding whitespace',
  },
];

/**
 * Retired keys OpenClaw strips in memory before it validates (so a config that still has them is valid,
 * with a warning): the export does not know them. Each becomes an allowed property at `at` (a JSON pointer
 * of an object schema) with the schema `accept`. Warnings about them are the migration layer's job.
 */
export const LEGACY_KEYS: ReadonlyArray<{ id: string; at: string; key: string; accept: JsonObject; why: string }> = [
  ...['#/properties/agents/properties/defaults', '#/properties/agents/properties/entries/additionalProperties'].map((at) => ({
    id: 'agent-context-tokens',
    at,
    key: 'contextTokens',
    accept: {},
    why: 'migrateLegacyContextBudgetConfig deletes agents.defaults/entries.*.contextTokens whatever its value',
  })),
  ...['contextTokens', 'contextWindow'].map((key) => ({
    id: 'provider-context-budget',
    at: '#/properties/models/properties/providers/additionalProperties',
    key,
    accept: {},
    why: 'migrateLegacyContextBudgetConfig moves models.providers.*.contextTokens/contextWindow into the models[] entries, or deletes it',
  })),
  {
    id: 'copilot-discovery',
    at: '#/properties/plugins/properties/entries/properties/github-copilot/properties/config',
    key: 'discovery',
    accept: { type: 'object', properties: { enabled: {} }, additionalProperties: false },
    why: 'removeLegacyCopilotDiscovery drops plugins.entries.github-copilot.config.discovery when it holds nothing but `enabled`',
  },
];

/**
 * Formats used by the export, and what OpenClaw checks for each. The compiled validator embeds these
 * (see `compile.ts`); `annotation` means OpenClaw enforces the constraint through a sibling `pattern`
 * (zod emits both) or not at all (TypeBox treats it as annotation-only).
 */
export const FORMAT_SEMANTICS: Readonly<Record<string, 'url' | 'annotation'>> = {
  // zod string().url(): URL.canParse(value.trim()); TypeBox channel/plugin schemas: URL.canParse(value).
  uri: 'url',
  // zod datetime() also emits the full ISO pattern; TypeBox: annotation-only.
  'date-time': 'annotation',
  // only in a channel schema (TypeBox: annotation-only); it also carries a pattern.
  email: 'annotation',
  // zod startsWith(prefix) emits `format: starts_with` plus a `^<prefix>.*` pattern that carries the
  // prefix (the format itself carries no prefix, so the pattern is the check).
  starts_with: 'annotation',
};

export interface NormalizationReport {
  /** `<pointer>: <property>` of each `required` entry dropped because the property has a default. */
  droppedRequired: string[];
  /** Plugin-local `$ref`s rewritten to absolute pointers. */
  rewrittenRefs: Array<{ at: string; from: string; to: string }>;
  /** Pattern fixes applied, by rule id and pointer. */
  patternFixes: Array<{ id: string; at: string }>;
  /** Core (zod) `oneOf` turned into `anyOf` (zod unions are never exclusive). */
  oneOfToAnyOf: string[];
  /** Number of number/integer nodes that got the `x-finite` check. */
  finiteChecks: number;
  /** Count of each `format` value met. */
  formats: Record<string, number>;
  /** `<pointer>: <key>` of each retired key allowed (LEGACY_KEYS). */
  legacyKeys: string[];
  /** `<pointer>: <refine>` of each zod refinement attached (refines.ts). */
  refines: string[];
}

/** Thrown when the export no longer looks the way a normalization rule expects (review on upgrade). */
export class SchemaDriftError extends Error {
  constructor(message: string) {
    super(`${message}\nThe OpenClaw schema changed shape; review src/schema/normalize.ts before regenerating.`);
    this.name = 'SchemaDriftError';
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

interface Ctx {
  report: NormalizationReport;
  fixHits: Map<string, number>;
  /** Pointer of the nearest enclosing node that owns `$defs`/`definitions` (a plugin schema root). */
  defsOwner: string | undefined;
}

/**
 * Walks one schema node. `pointer` is its JSON pointer (`#/properties/gateway`), `dataPath` the config
 * path it validates with `*` for any key/index (used to decide the origin), `origin` the owning validator.
 */
function normalizeNode(node: Json, pointer: string, dataPath: string[], ctx: Ctx): Json {
  if (!isObject(node)) return node;
  const origin: SchemaOrigin = originOfPath(dataPath);
  const out: JsonObject = {};

  const ownsDefs = isObject(node['$defs']) || isObject(node['definitions']);
  const prevOwner = ctx.defsOwner;
  if (ownsDefs) ctx.defsOwner = pointer;

  // Required properties that have a default: OpenClaw fills defaults before it validates (TypeBox
  // stage applies JSON-schema defaults; zod input-mode makes defaulted fields optional), so omitting
  // them is valid. The export nevertheless lists 45 of them as required.
  const props = isObject(node['properties']) ? node['properties'] : undefined;
  let required: string[] | undefined;
  if (Array.isArray(node['required'])) {
    required = [];
    for (const name of node['required']) {
      if (typeof name !== 'string') continue;
      const p = props?.[name];
      if (isObject(p) && Object.hasOwn(p, 'default')) {
        ctx.report.droppedRequired.push(`${pointer}: ${name}`);
        continue;
      }
      required.push(name);
    }
  }

  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.includes(key)) continue;
    if (key === '$schema' && pointer === '#') continue; // draft marker; Ajv's default draft-07 applies
    if (key === 'required') {
      if (required && required.length > 0) out[key] = required;
      continue;
    }
    if ((MAP_KEYWORDS as readonly string[]).includes(key) && isObject(value)) {
      const m: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) {
        const childData = key === 'properties' ? [...dataPath, name] : key === 'patternProperties' ? [...dataPath, '*'] : dataPath;
        m[name] = normalizeNode(sub, `${pointer}/${key}/${escapePointerToken(name)}`, childData, ctx);
      }
      out[key] = m;
      continue;
    }
    if ((SINGLE_KEYWORDS as readonly string[]).includes(key)) {
      const childData = key === 'additionalProperties' || key === 'additionalItems' ? [...dataPath, '*'] : dataPath;
      out[key] = normalizeNode(value, `${pointer}/${key}`, childData, ctx);
      continue;
    }
    if (key === 'items') {
      out[key] = Array.isArray(value)
        ? value.map((sub, i) => normalizeNode(sub, `${pointer}/items/${i}`, [...dataPath, '*'], ctx))
        : normalizeNode(value, `${pointer}/items`, [...dataPath, '*'], ctx);
      continue;
    }
    if ((LIST_KEYWORDS as readonly string[]).includes(key) && Array.isArray(value)) {
      let outKey = key;
      // zod exports a discriminatedUnion as `oneOf` (it marks it exclusive), but it dispatches on the
      // discriminator and never needs "exactly one": `anyOf` is the same verdict and lets the issue
      // mapper treat it like any zod union. The discriminator is kept as an annotation for messages.
      // Other exclusive zod unions (z.xor) and every TypeBox-checked oneOf stay `oneOf`.
      const disc = key === 'oneOf' && origin.kind === 'core' && !Object.hasOwn(node, 'anyOf') ? discriminatorOf(value) : undefined;
      if (disc !== undefined) {
        outKey = 'anyOf';
        out['x-discriminator'] = disc;
        ctx.report.oneOfToAnyOf.push(pointer);
      }
      out[outKey] = value.map((sub, i) => normalizeNode(sub, `${pointer}/${key}/${i}`, dataPath, ctx));
      continue;
    }
    if (key === 'dependencies' && isObject(value)) {
      const m: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) {
        m[name] = Array.isArray(sub) ? sub : normalizeNode(sub, `${pointer}/dependencies/${escapePointerToken(name)}`, dataPath, ctx);
      }
      out[key] = m;
      continue;
    }
    if (key === '$ref' && typeof value === 'string') {
      out[key] = rewriteRef(value, pointer, ctx);
      continue;
    }
    if (key === 'pattern' && typeof value === 'string') {
      out[key] = fixPattern(value, pointer, ctx);
      continue;
    }
    if (key === 'format' && typeof value === 'string') {
      ctx.report.formats[value] = (ctx.report.formats[value] ?? 0) + 1;
      if (!Object.hasOwn(FORMAT_SEMANTICS, value)) {
        throw new SchemaDriftError(`Unknown format "${value}" at ${pointer}: decide what OpenClaw checks for it.`);
      }
      // starts_with is only safe to treat as an annotation while zod's `^<prefix>.*` pattern comes with it.
      if (value === 'starts_with' && !startsWithPatternOf(node)) {
        throw new SchemaDriftError(`format "starts_with" at ${pointer} has no "^<prefix>.*" pattern beside it.`);
      }
    }
    out[key] = value;
  }
  // A propertyNames pattern is keyed on the schema node's own pointer + '/propertyNames'; handled above
  // through SINGLE_KEYWORDS → the child node's `pattern`.

  // zod refinements the export cannot carry (see refines.ts): by location…
  for (const r of REFINE_AT) {
    if (r.at !== pointer) continue;
    out['x-refine'] = r.refine;
    ctx.report.refines.push(`${pointer}: ${r.refine}`);
  }
  // …and on every core SecretRef branch: file and exec ids have their own grammar (ref-contract).
  if (origin.kind === 'core' && isObject(out['properties'])) {
    const source = out['properties']['source'];
    const id = out['properties']['id'];
    const kind = isObject(source) ? source['const'] : undefined;
    if ((kind === 'file' || kind === 'exec') && isObject(id) && id['type'] === 'string') {
      id['x-refine'] = `${kind}-secret-ref-id`;
      ctx.report.refines.push(`${pointer}/properties/id: ${kind}-secret-ref-id`);
    }
  }

  for (const rule of KEY_RULES) {
    if (rule.at !== pointer) continue;
    if (JSON.stringify(out['propertyNames']) !== '{"type":"string"}') {
      throw new SchemaDriftError(`Key rule "${rule.id}": ${pointer} propertyNames changed to ${JSON.stringify(out['propertyNames'])}.`);
    }
    out['propertyNames'] = rule.propertyNames;
    ctx.report.refines.push(`${pointer}: ${rule.id}`);
  }

  for (const legacy of LEGACY_KEYS) {
    if (legacy.at !== pointer) continue;
    const props = isObject(out['properties']) ? out['properties'] : (out['properties'] = {});
    if (Object.hasOwn(props, legacy.key)) {
      throw new SchemaDriftError(`Legacy key rule "${legacy.id}": ${pointer} now defines ${legacy.key} itself.`);
    }
    props[legacy.key] = legacy.accept;
    ctx.report.legacyKeys.push(`${pointer}: ${legacy.key}`);
  }

  // zod number() rejects NaN and ±Infinity (JSON5 can produce them), JSON schema `type: number` does not.
  if (node['type'] === 'number' || node['type'] === 'integer') {
    out['x-finite'] = true;
    ctx.report.finiteChecks++;
  }

  ctx.defsOwner = prevOwner;
  return out;
}

/** The prefix of a zod startsWith check on this node (`pattern` or an `allOf` part `^<escaped prefix>.*`). */
export function startsWithPatternOf(node: JsonObject): string | undefined {
  const patterns = [node['pattern'], ...(Array.isArray(node['allOf']) ? node['allOf'].map((p) => (isObject(p) ? p['pattern'] : undefined)) : [])];
  for (const p of patterns) {
    const m = typeof p === 'string' ? /^\^((?:[^\\^$.*+?()[\]{}|]|\\.)*)\.\*$/.exec(p) : null;
    if (m) return m[1]!.replace(/\\(.)/g, '$1');
  }
  return undefined;
}

/**
 * The property every branch pins with a distinct `const` (zod's discriminator), or undefined when the
 * branches are not a discriminated union.
 */
export function discriminatorOf(branches: Json[]): string | undefined {
  const first = branches[0];
  if (!isObject(first) || !isObject(first['properties'])) return undefined;
  for (const candidate of Object.keys(first['properties'])) {
    const seen = new Set<string>();
    const ok = branches.every((b) => {
      const p = isObject(b) && isObject(b['properties']) ? b['properties'][candidate] : undefined;
      if (!isObject(p) || !Object.hasOwn(p, 'const')) return false;
      const k = JSON.stringify(p['const']);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (ok) return candidate;
  }
  return undefined;
}

function rewriteRef(ref: string, pointer: string, ctx: Ctx): string {
  const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!m) {
    throw new SchemaDriftError(`Unsupported $ref "${ref}" at ${pointer}.`);
  }
  if (ctx.defsOwner === undefined) {
    throw new SchemaDriftError(`$ref "${ref}" at ${pointer} has no enclosing $defs.`);
  }
  // Embedded plugin schemas keep their own `$defs` and refer to them as if they were the document root.
  const to = `${ctx.defsOwner}/${m[1]}/${m[2]}`;
  if (to !== ref) ctx.report.rewrittenRefs.push({ at: pointer, from: ref, to });
  return to;
}

function fixPattern(pattern: string, pointer: string, ctx: Ctx): string {
  for (const fix of PATTERN_FIXES) {
    if (fix.pattern === pattern && fix.at.test(pointer)) {
      ctx.fixHits.set(fix.id, (ctx.fixHits.get(fix.id) ?? 0) + 1);
      ctx.report.patternFixes.push({ id: fix.id, at: pointer });
      return fix.replacement;
    }
  }
  return pattern;
}

/** Checks that each `$ref` target exists after rewriting (Ajv would fail much later and less clearly). */
function assertRefsResolve(schema: JsonObject, report: NormalizationReport): void {
  for (const { at, to } of report.rewrittenRefs) {
    let cur: Json | undefined = schema;
    for (const raw of to.slice(2).split('/')) {
      const tok = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      cur = isObject(cur) ? cur[tok] : undefined;
    }
    if (!isObject(cur)) throw new SchemaDriftError(`$ref at ${at} points at ${to}, which does not exist.`);
  }
}

/**
 * Normalizes the raw export. Throws `SchemaDriftError` when the export no longer matches what a rule
 * expects (e.g. a pattern fix found nothing to fix).
 */
export function normalizeOpenClawSchema(raw: JsonObject): { schema: JsonObject; report: NormalizationReport } {
  if (!isObject(raw) || raw['type'] !== 'object' || !isObject(raw['properties'])) {
    throw new SchemaDriftError('The export is not an object schema with properties.');
  }
  const ctx: Ctx = {
    report: {
      droppedRequired: [],
      rewrittenRefs: [],
      patternFixes: [],
      oneOfToAnyOf: [],
      finiteChecks: 0,
      formats: {},
      legacyKeys: [],
      refines: [],
    },
    fixHits: new Map(),
    defsOwner: undefined,
  };
  const schema = normalizeNode(raw, '#', [], ctx) as JsonObject;
  for (const fix of PATTERN_FIXES) {
    const hits = ctx.fixHits.get(fix.id) ?? 0;
    if (hits < fix.minMatches) {
      throw new SchemaDriftError(`Pattern fix "${fix.id}" matched ${hits} time(s), expected ≥ ${fix.minMatches}.`);
    }
  }
  for (const name of [...Object.keys(REFINES), ...KEY_RULES.map((k) => k.id)]) {
    if (!ctx.report.refines.some((r) => r.endsWith(`: ${name}`))) {
      throw new SchemaDriftError(`Refine "${name}" found no schema node to attach to.`);
    }
  }
  if (ctx.report.legacyKeys.length !== LEGACY_KEYS.length) {
    throw new SchemaDriftError(`Legacy key rules applied ${ctx.report.legacyKeys.length} of ${LEGACY_KEYS.length} times: a target object moved.`);
  }
  assertRefsResolve(schema, ctx.report);
  return { schema, report: ctx.report };
}

/** Channel ids with a bundled schema in the export (`channels.<id>`), in export order. */
export function listChannelIds(raw: JsonObject): string[] {
  const channels = isObject(raw['properties']) ? raw['properties']['channels'] : undefined;
  const props = isObject(channels) && isObject(channels['properties']) ? channels['properties'] : {};
  return Object.keys(props).filter((k) => k !== 'defaults' && k !== 'modelByChannel');
}

/** Plugin ids with an entry in the export (`plugins.entries.<id>`), in export order. */
export function listPluginIds(raw: JsonObject): string[] {
  const plugins = isObject(raw['properties']) ? raw['properties']['plugins'] : undefined;
  const entries = isObject(plugins) && isObject(plugins['properties']) ? plugins['properties']['entries'] : undefined;
  const props = isObject(entries) && isObject(entries['properties']) ? entries['properties'] : {};
  return Object.keys(props);
}
