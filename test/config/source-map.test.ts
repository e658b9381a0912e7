import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { SourceMap } from '../../src/config/source-map.js';
import { removeTemp, tempConfigDir } from '../helpers/configs.js';

const temps: string[] = [];
afterEach(() => {
  while (temps.length) removeTemp(temps.pop()!);
});

function mapOf(text: string) {
  const dir = tempConfigDir({ 'openclaw.json5': text });
  temps.push(dir);
  return loadConfig('openclaw.json5', { cwd: dir, env: {} }).sourceMap;
}

describe('SourceMap', () => {
  const text = '{\n  models: {\n    providers: {\n      "z.ai": { apiKey: "k" },\n    },\n  },\n  bindings: [\n    { agentId: "ghost" },\n  ],\n}';

  it('locates scalars at their value and containers at their key', () => {
    const map = mapOf(text);
    expect(map.locate('bindings.0.agentId')).toEqual({ loc: { file: 'openclaw.json5', line: 8, column: 16 }, exact: true });
    expect(map.locate('models.providers')).toEqual({ loc: { file: 'openclaw.json5', line: 3, column: 5 }, exact: true });
  });

  it('accepts bracketed paths and keys that contain dots', () => {
    const map = mapOf(text);
    expect(map.locate('bindings[0].agentId').loc.line).toBe(8);
    expect(map.locate('models.providers.z.ai.apiKey')).toEqual({ loc: { file: 'openclaw.json5', line: 4, column: 25 }, exact: true });
    expect(map.locate('models.providers["z.ai"].apiKey').loc.line).toBe(4);
  });

  it('falls back to the nearest existing ancestor for missing keys', () => {
    const map = mapOf(text);
    expect(map.locate('models.providers.z.ai.baseUrl')).toEqual({ loc: { file: 'openclaw.json5', line: 4, column: 7 }, exact: false });
    expect(map.locate('bindings.7.agentId')).toEqual({ loc: { file: 'openclaw.json5', line: 7, column: 3 }, exact: false });
    expect(map.locate('<root>')).toEqual({ loc: { file: 'openclaw.json5', line: 1, column: 1 }, exact: true });
  });

  it('finds where a key is written', () => {
    const map = mapOf(text);
    expect(map.keyLocation('models.providers')).toEqual({ file: 'openclaw.json5', line: 3, column: 5 });
    expect(map.keyLocation('models.nope')).toBeUndefined();
  });

  it('follows aliases for values a migration moved', () => {
    const map = mapOf('{\n  agents: {\n    list: [\n      { id: "a" },\n      { id: "b", model: "x" },\n    ],\n  },\n}');
    map.addAlias(['agents', 'entries', 'b'], ['agents', 'list', '1']);
    expect(map.locate('agents.entries.b.model')).toEqual({ loc: { file: 'openclaw.json5', line: 5, column: 25 }, exact: true });
  });

  it('answers root:1:1 when nothing could be loaded', () => {
    expect(new SourceMap(undefined, 'x.json5').locate('gateway.port')).toEqual({ loc: { file: 'x.json5', line: 1, column: 1 }, exact: false });
  });
});
