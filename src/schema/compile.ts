/**
 * Ahead-of-time compilation of the normalized OpenClaw schema into one self-contained ES module
 * (`src/schema/generated/validate.mjs`). Build-time only (used by `scripts/schema-update.ts` and the
 * determinism test): compiling takes seconds, the generated module loads in milliseconds.
 *
 * The module has no imports: Ajv's runtime helpers and the formats are inlined, so it bundles with ncc
 * and runs under plain Node without Ajv installed.
 */
import { createRequire } from 'node:module';
import type { JsonObject } from './normalize.js';
import { FORMAT_SEMANTICS } from './normalize.js';
import { resolveSegments, schemaPathSegments } from './pointer.js';
import { REFINES } from './refines.js';

// Ajv is CommonJS; load it through require so its default exports resolve the same under tsx and vitest.
const require = createRequire(import.meta.url);

/**
 * Ajv options that decide the verdict. Kept in one place: the tests compile with the same options.
 * - allErrors: OpenClaw reports every issue, not the first.
 * - strict false: the export uses keywords Ajv's strict mode rejects (e.g. `format` next to `allOf`).
 * - unicodeRegExp: TypeBox compiles patterns with the `u` flag and some channel patterns need it
 *   (`\p{Cs}`); the core (zod) patterns are all valid and equivalent under `u`.
 * - useDefaults false: never mutate the caller's config; defaulted-required is handled by the normalizer.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  unicodeRegExp: true,
  useDefaults: false,
  coerceTypes: false,
  validateFormats: true,
  messages: false,
  // Each layout definition stays one function (see layout.ts); inlining would undo the layout.
  inlineRefs: false,
  loopRequired: 200,
  loopEnum: 200,
} as const;

/** JS source of the inlined helpers; every identifier the generated code needs is defined here. */
function helperSource(): string {
  const formats = Object.entries(FORMAT_SEMANTICS)
    .map(([name, kind]) => `  ${JSON.stringify(name)}: ${kind === 'url' ? 'isUrl' : 'annotationOnly'},`)
    .join('\n');
  return [
    '// Inlined helpers (see src/schema/compile.ts).',
    '// URL check as OpenClaw does it: zod url() parses value.trim(), TypeBox uses URL.canParse(value).',
    'function isUrl(value) { return typeof value !== "string" || URL.canParse(value.trim()); }',
    '// Formats OpenClaw only annotates, or enforces through a sibling pattern.',
    'function annotationOnly() { return true; }',
    'const formats = {',
    formats,
    '};',
    '// zod and TypeBox measure minLength/maxLength in UTF-16 code units (String#length); Ajv counts code points.',
    'function stringLength(value) { return value.length; }',
    '// zod refinements the export cannot carry (src/schema/refines.ts).',
    'const refines = {',
    ...Object.entries(REFINES).map(([name, r]) => `  ${JSON.stringify(name)}: ${r.check},`),
    '};',
    '// Appends an error to the list Ajv keeps per function (null until the first error).',
    'function pushError(list, error) { if (list === null) return [error]; list.push(error); return list; }',
    '// Structural equality of JSON values (Ajv runtime "equal", for enum/const/uniqueItems on objects).',
    'function equal(a, b) {',
    '  if (a === b) return true;',
    '  if (a && b && typeof a === "object" && typeof b === "object") {',
    '    if (Array.isArray(a) !== Array.isArray(b)) return false;',
    '    if (Array.isArray(a)) {',
    '      if (a.length !== b.length) return false;',
    '      for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;',
    '      return true;',
    '    }',
    '    const ka = Object.keys(a);',
    '    if (ka.length !== Object.keys(b).length) return false;',
    '    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !equal(a[k], b[k])) return false;',
    '    return true;',
    '  }',
    '  return a !== a && b !== b;',
    '}',
    '',
  ].join('\n');
}

const refineFunctions = new Map<string, (value: string) => boolean>();
/** The refine's source as a function (build/test time only; the generated module inlines the source). */
function refineFunction(name: string): (value: string) => boolean {
  let fn = refineFunctions.get(name);
  if (!fn) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own constant source, see refines.ts
    fn = new Function(`return ${REFINES[name]!.check};`)() as (value: string) => boolean;
    refineFunctions.set(name, fn);
  }
  return fn;
}

/** Registers the custom keywords the normalizer and layout steps emit. */
export function addCustomKeywords(ajv: import('ajv').default, _: typeof import('ajv')._): void {
  // `x-finite` (normalizer, on every number/integer node): zod rejects NaN and ±Infinity.
  ajv.addKeyword({
    keyword: 'x-finite',
    type: 'number',
    schemaType: 'boolean',
    errors: true,
    code(cxt) {
      cxt.fail(_`!Number.isFinite(${cxt.data})`);
    },
  });
  // `x-literals` (layout): a union of primitive literals; the value must be one of them (===).
  ajv.addKeyword({
    keyword: 'x-literals',
    schemaType: 'array',
    errors: true,
    code(cxt) {
      cxt.fail(_`!${cxt.schemaValue}.includes(${cxt.data})`);
    },
    error: { message: 'must be one of the literals', params: (cxt) => _`{allowedValues: ${cxt.schemaValue}}` },
  });
  // `x-def` (layout): marks the root of a definition; emits a comment the post-processor looks for.
  ajv.addKeyword({
    keyword: 'x-def',
    schemaType: 'string',
    code(cxt) {
      cxt.gen.code(_`/*x-def:${cxt.schema as string}*/`); // renders as /*x-def:"d12"*/
    },
  });
  // `x-refine` (normalizer): a zod refinement of a string, by name (src/schema/refines.ts).
  ajv.addKeyword({
    keyword: 'x-refine',
    type: 'string',
    schemaType: 'string',
    errors: true,
    code(cxt) {
      const name = cxt.schema as string;
      const refine = REFINES[name];
      if (!refine) throw new Error(`unknown x-refine ${name}`);
      // In the generated module `refines[name]` is the inlined source; when Ajv compiles in process
      // (tests) the same source, evaluated once here, is the function.
      const fn = cxt.gen.scopeValue('func', { ref: refineFunction(name), code: _`refines[${name}]` });
      cxt.fail(_`!${fn}(${cxt.data})`);
    },
    error: { message: 'refinement failed', params: (cxt) => _`{refine: ${cxt.schema as string}}` },
  });
  // Annotations only (no code): kept in the layout schema for the issue mapper.
  ajv.addKeyword({ keyword: 'x-discriminator', schemaType: 'string' });
}

/**
 * Makes schema paths absolute: errors raised inside a definition's function carry paths relative to
 * that definition (`#/properties/x/type`); prefix them with `#/definitions/<name>` so the issue mapper
 * can look each one up in the layout schema.
 */
function absolutizeSchemaPaths(code: string): string {
  const fnStarts = [...code.matchAll(/function validate\d+\(/g)].map((m) => m.index);
  const markers = [...code.matchAll(/\/\*x-def:"(d\d+)"\*\//g)];
  const owner = new Map<number, string>();
  for (const m of markers) {
    const start = fnStarts.filter((s) => s < m.index).at(-1);
    if (start === undefined) throw new Error(`x-def marker ${m[1]} outside any function`);
    if (owner.has(start) && owner.get(start) !== m[1]) throw new Error(`two x-def markers in one function (${m[1]})`);
    owner.set(start, m[1]!);
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < fnStarts.length; i++) {
    const start = fnStarts[i]!;
    const end = fnStarts[i + 1] ?? code.length;
    const name = owner.get(start);
    out += code.slice(last, start);
    const body = code.slice(start, end);
    out += name ? body.replace(/schemaPath:"#\//g, `schemaPath:"#/definitions/${name}/`) : body;
    last = end;
  }
  return out + code.slice(last);
}

/**
 * Every error's schema path must resolve in the layout schema (its last segment being the keyword),
 * else the issue mapper would mislabel errors. Checked at generation time, not at runtime.
 */
function assertSchemaPathsResolve(code: string, layout: JsonObject): number {
  const paths = new Set([...code.matchAll(/schemaPath:"([^"]*)"/g)].map((m) => m[1]!));
  for (const p of paths) {
    const segs = schemaPathSegments(p);
    const keyword = segs.pop();
    const node = resolveSegments(layout, segs);
    if (!node || typeof node !== 'object' || keyword === undefined || !Object.hasOwn(node, keyword)) {
      throw new Error(`compiled validator reports schemaPath ${p}, which does not resolve in the layout schema`);
    }
  }
  return paths.size;
}

/**
 * Compiles the layout schema (see `layout.ts`) and returns the ES module source. Deterministic for a
 * given input. Throws when the generated code still needs something at runtime that is not inlined or
 * reports a schema path the layout schema does not have.
 */
export function compileStandalone(layout: JsonObject, header: string): string {
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const { _ } = require('ajv') as typeof import('ajv');
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: unknown, validate: unknown) => string }).default;

  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`formats`, lines: false } });
  for (const name of Object.keys(FORMAT_SEMANTICS)) {
    // Function form, so the generated code calls `formats[name](value)`: the inlined helpers are
    // plain functions (only they run; this one is never called).
    ajv.addFormat(name, () => true);
  }
  addCustomKeywords(ajv, _);
  const validate = ajv.compile(layout);
  let code = standaloneCode(ajv, validate);
  // Ajv references its runtime helper through require(); inline our own.
  code = code.replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, 'equal');
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'stringLength');
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`compiled validator still needs ${leftover[0]}; inline it in src/schema/compile.ts`);
  code = absolutizeSchemaPaths(code);
  assertSchemaPathsResolve(code, layout);
  // The same 60-byte statement follows each of ~7 000 error objects; a helper call is a third of it.
  code = code.replace(
    /if\(vErrors === null\)\{vErrors = \[(err\d+)\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    'vErrors=pushError(vErrors,$1);errors++;',
  );
  // Ajv emits `"use strict";` first; modules are strict anyway. Put the header and helpers before it.
  return `${header}\n${helperSource()}${code.replace(/^"use strict";\n?/, '')}\n`;
}
