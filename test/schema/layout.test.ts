import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { createRng, generateValue, readManifest, CORPUS_DIR } from '../../scripts/corpus-lib.js';
import { AJV_OPTIONS, addCustomKeywords } from '../../src/schema/compile.js';
import validate from '../../src/schema/generated/validate.mjs';
import { collapseLiteralUnions, hoistDefinitions, inlineRefs, MIN_LARGE_BYTES } from '../../src/schema/layout.js';
import { normalizeOpenClawSchema, type JsonObject } from '../../src/schema/normalize.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as typeof import('ajv').default;
const { _ } = require('ajv') as typeof import('ajv');

function ajvFor(schema: JsonObject) {
  const ajv = new Ajv({ ...AJV_OPTIONS });
  // The semantics src/schema/compile.ts inlines into the generated module.
  ajv.addFormat('uri', (v: string) => URL.canParse(v.trim()));
  for (const f of ['date-time', 'email', 'starts_with']) ajv.addFormat(f, () => true);
  addCustomKeywords(ajv, _);
  return ajv.compile(schema);
}

describe('inlineRefs', () => {
  it('replaces refs by their targets and drops $defs', () => {
    const out = inlineRefs({
      type: 'object',
      properties: { a: { $defs: { s: { type: 'string' } }, properties: { x: { $ref: '#/properties/a/$defs/s' } } } },
    });
    expect(out).toEqual({ type: 'object', properties: { a: { properties: { x: { type: 'string' } } } } });
  });
  it('keeps properties that are called definitions or $defs (gateway.roles.definitions)', () => {
    const input = { type: 'object', properties: { definitions: { type: 'object' }, $defs: { type: 'string' } }, required: ['definitions'] };
    expect(inlineRefs(input)).toEqual(input);
  });
  it('refuses recursive refs', () => {
    expect(() => inlineRefs({ properties: { a: { properties: { b: { $ref: '#/properties/a' } } } } })).toThrow(/recursive/);
  });
  it('refuses dangling refs', () => {
    expect(() => inlineRefs({ properties: { a: { $ref: '#/properties/zz' } } })).toThrow(/does not resolve/);
  });
});

describe('collapseLiteralUnions', () => {
  it('collapses a union of primitive literals', () => {
    expect(collapseLiteralUnions({ anyOf: [{ type: 'string', const: 'off' }, { const: 'hybrid' }, { const: 3 }] })).toEqual({ 'x-literals': ['off', 'hybrid', 3] });
  });
  it('leaves unions with other branches, object literals or siblings alone', () => {
    const mixed: JsonObject = { anyOf: [{ const: 'auto' }, { type: 'number' }] };
    expect(collapseLiteralUnions(mixed)).toEqual(mixed);
    const obj: JsonObject = { anyOf: [{ const: { a: 1 } }, { const: 'x' }] };
    expect(collapseLiteralUnions(obj)).toEqual(obj);
    const sibling = { title: 't', anyOf: [{ const: 'a' }, { const: 'b' }] };
    expect(collapseLiteralUnions(sibling)).toEqual(sibling);
  });
});

describe('hoistDefinitions', () => {
  const shared = { type: 'object', properties: { token: { type: 'string', minLength: 1 }, mode: { type: 'string', enum: ['a', 'b', 'c'] } }, additionalProperties: false };
  it('shares a repeated subschema through one definition, named deterministically', () => {
    const input = { type: 'object', properties: { one: shared, two: shared, three: { type: 'boolean' } } };
    const { schema, definitions } = hoistDefinitions(input);
    expect(definitions).toBe(1);
    expect((schema['properties'] as JsonObject)['one']).toEqual({ $ref: '#/definitions/d0' });
    expect((schema['properties'] as JsonObject)['two']).toEqual({ $ref: '#/definitions/d0' });
    expect((schema['definitions'] as JsonObject)['d0']).toEqual({ 'x-def': 'd0', ...shared });
    expect(hoistDefinitions(input)).toEqual({ schema, definitions });
  });
  it('never hoists inside a combinator, so union branch errors keep their schema paths', () => {
    const input = { type: 'object', properties: { u: { anyOf: [shared, { type: 'string' }] }, v: { anyOf: [shared, { type: 'number' }] } } };
    const { schema } = hoistDefinitions(input);
    expect(JSON.stringify(schema)).not.toContain('"anyOf":[{"$ref"');
  });
  it('hoists a large unique subschema and never the root', () => {
    const big: JsonObject = { type: 'object', properties: {} };
    for (let i = 0; i < 120; i++) (big['properties'] as JsonObject)[`field${i}`] = { type: 'string' };
    expect(JSON.stringify(big).length).toBeGreaterThan(MIN_LARGE_BYTES);
    const { schema, definitions } = hoistDefinitions({ type: 'object', properties: { big } });
    expect(definitions).toBe(1);
    expect(schema['type']).toBe('object');
  });
  it('does not modify its input', () => {
    const input = { type: 'object', properties: { one: shared, two: shared } };
    const before = JSON.stringify(input);
    hoistDefinitions(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('the generated validator (after layout) gives the same verdicts as the normalized schema', () => {
  it('agrees on every plain corpus case and on targeted values', () => {
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/schema/generated/openclaw.schema.json'), 'utf8')) as JsonObject;
    const reference = ajvFor(normalizeOpenClawSchema(raw).schema);
    const configs: unknown[] = [
      {},
      { gateway: { port: 18789, reload: { mode: 'off' } } },
      { gateway: { reload: { mode: 'hot' } } },
      { gateway: { port: Infinity } },
      { agents: { entries: { Main: {} } } },
      { plugins: { entries: { webhooks: { config: { routes: { r: { path: '/x', sessionKey: 'k', secret: { source: 'env', provider: 'default', id: 'bad id' } } } } } } } },
      { models: { providers: { p: { apiKey: { source: 'file', provider: 'default', id: '/a' } } } } },
      { ui: { prefs: { accent: '#a0b1c2' } } },
      { ui: { prefs: { accent: 'a0b1c2' } } },
      { proxy: { proxyUrl: 'not a url' } },
      { proxy: { proxyUrl: ' http://127.0.0.1:3128 ' } },
    ];
    for (const c of readManifest().cases) {
      const text = readFileSync(join(CORPUS_DIR, c.entry), 'utf8');
      if (text.includes('$include') || text.includes('${')) continue;
      try {
        configs.push(JSON5.parse(text));
      } catch {
        // parse cases: not a schema question
      }
    }
    // Plus schema-driven random sections and the same with one random leaf replaced by junk.
    const normalized = normalizeOpenClawSchema(raw).schema;
    const rootProps = normalized['properties'] as JsonObject;
    const rng = createRng(7);
    const junk = [null, 0, -1, 1.5, '', 'x', true, [], {}, [1], { a: 1 }];
    const corrupt = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.length && rng.chance(0.7) ? v.map((x, i) => (i === 0 ? corrupt(x) : x)) : rng.pick(junk);
      if (v && typeof v === 'object') {
        const keys = Object.keys(v);
        if (keys.length && rng.chance(0.8)) {
          const k = rng.pick(keys);
          return { ...v, [k]: corrupt((v as Record<string, unknown>)[k]) };
        }
        return { ...v, zzUnknown: 1 };
      }
      return rng.pick(junk);
    };
    for (let i = 0; i < 300; i++) {
      const key = rng.pick(Object.keys(rootProps));
      const value = generateValue(rootProps[key], rng, { optionalRate: 0.9, maxDepth: 4, maxProps: 6 });
      if (value === undefined) continue;
      configs.push({ [key]: value }, { [key]: corrupt(value) });
    }
    expect(configs.length).toBeGreaterThan(600);
    // Both verdicts must be well represented, or agreement would prove little.
    const valid = configs.filter((cfg) => validate(cfg)).length;
    expect(valid).toBeGreaterThan(150);
    expect(configs.length - valid).toBeGreaterThan(150);
    const mismatches = configs.filter((cfg) => reference(cfg) !== validate(cfg)).map((cfg) => JSON.stringify(cfg).slice(0, 200));
    expect(mismatches).toEqual([]);
  }, 60_000);
});
