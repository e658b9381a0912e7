import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SchemaDriftError,
  discriminatorOf,
  listChannelIds,
  listPluginIds,
  normalizeOpenClawSchema,
  startsWithPatternOf,
  type JsonObject,
} from '../../src/schema/normalize.js';

const RAW = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/schema/generated/openclaw.schema.json'), 'utf8')) as JsonObject;

/**
 * A minimal export-shaped schema that carries every location a normalization rule anchors on (so the
 * drift checks pass), plus `extra` at the root.
 */
function miniExport(extra: JsonObject = {}): JsonObject {
  const agentKey = { type: 'string', pattern: '^[a-z0-9_][a-z0-9_-]{0,63}$' };
  const codexItems = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' };
  const mcp = (servers: JsonObject): JsonObject => ({
    type: 'object',
    properties: {
      servers: {
        type: 'object',
        ...servers,
        additionalProperties: {
          type: 'object',
          properties: { codex: { type: 'object', properties: { agents: { type: 'array', items: codexItems } } } },
        },
      },
      apps: { type: 'object', properties: { sandboxOrigin: { type: 'string', format: 'uri' } } },
    },
  });
  const ref = (source: string) => ({ type: 'object', properties: { source: { type: 'string', const: source }, provider: { type: 'string' }, id: { type: 'string' } } });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      agents: {
        type: 'object',
        properties: {
          defaults: { type: 'object', properties: {} },
          entries: { type: 'object', propertyNames: agentKey, additionalProperties: { type: 'object' } },
        },
      },
      models: {
        type: 'object',
        properties: {
          providers: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { apiKey: { anyOf: [{ type: 'string' }, { oneOf: [ref('env'), ref('file'), ref('exec')] }] } } },
          },
        },
      },
      plugins: {
        type: 'object',
        properties: { entries: { type: 'object', properties: { 'github-copilot': { type: 'object', properties: { config: { type: 'object', additionalProperties: false } } } } } },
      },
      mcp: mcp({}),
      nodeHost: { type: 'object', properties: { mcp: mcp({ propertyNames: { type: 'string' } }) } },
      worktreeRoot: { type: 'string', minLength: 1 },
      proxy: { type: 'object', properties: { proxyUrl: { type: 'string', format: 'uri' } } },
      ...extra,
    },
    additionalProperties: false,
  };
}

describe('normalizeOpenClawSchema on the pinned export', () => {
  const { schema, report } = normalizeOpenClawSchema(RAW);

  it('drops exactly the 45 defaulted-but-required properties, all in channel schemas', () => {
    expect(report.droppedRequired).toHaveLength(45);
    expect(report.droppedRequired.every((p) => p.startsWith('#/properties/channels/properties/'))).toBe(true);
    expect(report.droppedRequired).toContain('#/properties/channels/properties/telegram: dmPolicy');
    const telegram = ((schema['properties'] as JsonObject)['channels'] as JsonObject)['properties'] as JsonObject;
    expect((telegram['telegram'] as JsonObject)['required']).toBeUndefined();
  });

  it('rewrites the two plugin schemas’ local $defs refs to absolute pointers', () => {
    expect(report.rewrittenRefs).toHaveLength(9);
    for (const r of report.rewrittenRefs) {
      expect(r.from).toMatch(/^#\/\$defs\//);
      expect(r.to).toMatch(/^#\/properties\/plugins\/properties\/entries\/properties\/(imap|webhooks)\/properties\/config\/\$defs\//);
    }
  });

  it('knows every format the export uses, and relaxes the agent-id patterns', () => {
    expect(Object.keys(report.formats).sort()).toEqual(['date-time', 'email', 'starts_with', 'uri']);
    expect(report.patternFixes.map((f) => f.id).sort()).toEqual([
      'agent-id-case-insensitive',
      'codex-agent-id-trimmed-case-insensitive',
      'codex-agent-id-trimmed-case-insensitive',
    ]);
  });

  it('turns only core discriminated unions into anyOf and keeps the discriminator', () => {
    expect(report.oneOfToAnyOf.length).toBeGreaterThan(50);
    const channelOrPlugin = /^#\/properties\/channels\/properties\/(?!defaults\/|modelByChannel\/)|\/properties\/plugins\/properties\/entries\/properties\/[^/]+\/properties\/config/;
    expect(report.oneOfToAnyOf.filter((p) => channelOrPlugin.test(p))).toEqual([]);
    const text = JSON.stringify(schema);
    expect(text).toContain('"x-discriminator":"source"');
    // The telegram botToken (TypeBox-checked) keeps its real oneOf.
    const bot = (((schema['properties'] as JsonObject)['channels'] as JsonObject)['properties'] as JsonObject)['telegram'] as JsonObject;
    expect(JSON.stringify((bot['properties'] as JsonObject)['botToken'])).toContain('"oneOf"');
  });

  it('strips annotations but not properties that happen to be called title/description/default', () => {
    const text = JSON.stringify(schema);
    expect(text).not.toContain('"title":"');
    // `default` is an agent-entry property (legacy default marker) and must survive as a property.
    const entry = (((schema['properties'] as JsonObject)['agents'] as JsonObject)['properties'] as JsonObject)['entries'] as JsonObject;
    expect(Object.keys(((entry['additionalProperties'] as JsonObject)['properties'] as JsonObject))).toContain('default');
    expect(Object.keys(((entry['additionalProperties'] as JsonObject)['properties'] as JsonObject))).toContain('description');
  });

  it('lists the bundled channel and plugin ids', () => {
    expect(listChannelIds(RAW)).toHaveLength(27);
    expect(listChannelIds(RAW)).toContain('telegram');
    expect(listChannelIds(RAW)).not.toContain('defaults');
    expect(listPluginIds(RAW)).toHaveLength(63);
    expect(listPluginIds(RAW)).toContain('admin-http-rpc');
  });

  it('is deterministic and does not modify its input', () => {
    const before = JSON.stringify(RAW);
    const a = JSON.stringify(normalizeOpenClawSchema(RAW).schema);
    const b = JSON.stringify(normalizeOpenClawSchema(RAW).schema);
    expect(a).toBe(b);
    expect(JSON.stringify(RAW)).toBe(before);
  });
});

describe('normalizeOpenClawSchema rules', () => {
  it('keeps required properties without a default', () => {
    const { schema } = normalizeOpenClawSchema(
      miniExport({ x: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string', default: 'z' } }, required: ['a', 'b'] } }),
    );
    expect(((schema['properties'] as JsonObject)['x'] as JsonObject)['required']).toEqual(['a']);
  });

  it('adds x-finite to numbers and integers', () => {
    const { schema, report } = normalizeOpenClawSchema(miniExport({ n: { type: 'number' }, i: { type: 'integer' }, s: { type: 'string' } }));
    const props = schema['properties'] as JsonObject;
    expect((props['n'] as JsonObject)['x-finite']).toBe(true);
    expect((props['i'] as JsonObject)['x-finite']).toBe(true);
    expect((props['s'] as JsonObject)['x-finite']).toBeUndefined();
    expect(report.finiteChecks).toBe(2);
  });

  it('fails on an unknown format, naming where', () => {
    expect(() => normalizeOpenClawSchema(miniExport({ t: { type: 'string', format: 'hostname' } }))).toThrow(
      /Unknown format "hostname" at #\/properties\/t/,
    );
    expect(() => normalizeOpenClawSchema(miniExport({ t: { type: 'string', format: 'hostname' } }))).toThrow(SchemaDriftError);
  });

  it('treats starts_with as checked by its sibling pattern, and fails if that pattern is gone', () => {
    const ok = miniExport({ a: { type: 'string', format: 'starts_with', allOf: [{ pattern: '^#?[0-9a-f]{6}$' }, { pattern: '^#.*' }] } });
    expect(() => normalizeOpenClawSchema(ok)).not.toThrow();
    expect(startsWithPatternOf({ allOf: [{ pattern: '^sk\\-.*' }] })).toBe('sk-');
    expect(() => normalizeOpenClawSchema(miniExport({ a: { type: 'string', format: 'starts_with' } }))).toThrow(/no "\^<prefix>\.\*" pattern/);
  });

  it('fails when a pattern fix no longer finds its pattern', () => {
    const broken = miniExport();
    (((broken['properties'] as JsonObject)['agents'] as JsonObject)['properties'] as JsonObject)['entries'] = { type: 'object' };
    expect(() => normalizeOpenClawSchema(broken)).toThrow(/agent-id-case-insensitive" matched 0 time/);
  });

  it('fails on a $ref it cannot place, and on one whose target is missing', () => {
    expect(() => normalizeOpenClawSchema(miniExport({ r: { $ref: '#/$defs/nope' } }))).toThrow(/has no enclosing \$defs/);
    expect(() => normalizeOpenClawSchema(miniExport({ r: { $defs: { a: { type: 'string' } }, properties: { q: { $ref: '#/$defs/b' } } } }))).toThrow(
      /does not exist/,
    );
    expect(() => normalizeOpenClawSchema(miniExport({ r: { $ref: 'http://example.com/x' } }))).toThrow(/Unsupported \$ref/);
  });

  it('keeps a core oneOf that is not a discriminated union (zod xor is exclusive)', () => {
    const { schema } = normalizeOpenClawSchema(miniExport({ u: { oneOf: [{ type: 'string' }, { type: 'number' }] } }));
    expect(Object.keys((schema['properties'] as JsonObject)['u'] as JsonObject)).toEqual(['oneOf']);
  });

  it('allows the retired keys OpenClaw strips before validating', () => {
    const { schema, report } = normalizeOpenClawSchema(miniExport());
    expect(report.legacyKeys).toHaveLength(5);
    const agents = (schema['properties'] as JsonObject)['agents'] as JsonObject;
    expect(((agents['properties'] as JsonObject)['defaults'] as JsonObject)['properties']).toEqual({ contextTokens: {} });
  });

  it('fails when a retired key became a real property (review the rule)', () => {
    const changed = miniExport();
    const agents = (changed['properties'] as JsonObject)['agents'] as JsonObject;
    (agents['properties'] as JsonObject)['defaults'] = { type: 'object', properties: { contextTokens: { type: 'number' } } };
    expect(() => normalizeOpenClawSchema(changed)).toThrow(/now defines contextTokens itself/);
  });

  it('attaches the zod refinements the export cannot carry, on core SecretRef branches too', () => {
    const { schema, report } = normalizeOpenClawSchema(miniExport());
    const props = schema['properties'] as JsonObject;
    expect((props['worktreeRoot'] as JsonObject)['x-refine']).toBe('worktree-root');
    const text = JSON.stringify(props['models']);
    expect(text).toContain('"x-refine":"file-secret-ref-id"');
    expect(text).toContain('"x-refine":"exec-secret-ref-id"');
    expect(report.refines).toContain('#/properties/nodeHost/properties/mcp/properties/servers: node-host-mcp-server-name');
  });

  it('fails when a refinement has nowhere to go', () => {
    const broken = miniExport();
    delete (broken['properties'] as JsonObject)['worktreeRoot'];
    expect(() => normalizeOpenClawSchema(broken)).toThrow(/Refine "worktree-root" found no schema node/);
  });

  it('rejects something that is not an object schema', () => {
    expect(() => normalizeOpenClawSchema({ type: 'string' })).toThrow(SchemaDriftError);
  });
});

describe('discriminatorOf', () => {
  const branch = (v: string) => ({ type: 'object', properties: { source: { const: v }, id: { type: 'string' } } });
  it('finds the property every branch pins with a distinct const', () => {
    expect(discriminatorOf([branch('env'), branch('file')])).toBe('source');
  });
  it('refuses duplicates, missing consts and non-objects', () => {
    expect(discriminatorOf([branch('env'), branch('env')])).toBeUndefined();
    expect(discriminatorOf([branch('env'), { type: 'object', properties: { id: { type: 'string' } } }])).toBeUndefined();
    expect(discriminatorOf([{ type: 'string' }, branch('env')])).toBeUndefined();
  });
});
