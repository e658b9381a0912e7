import { describe, expect, it } from 'vitest';
import { joinPath, normalizePath, parsePath } from '../../src/config/paths.js';

describe('config paths', () => {
  it.each([
    ['bindings.0.agentId', ['bindings', '0', 'agentId']],
    ['gateway.trustedProxies[2]', ['gateway', 'trustedProxies', '2']],
    ['models.providers["z.ai"].apiKey', ['models', 'providers', 'z.ai', 'apiKey']],
    ['a["q\\"x"]', ['a', 'q"x']],
    ['<root>', []],
    ['', []],
  ])('parses %s', (path, segments) => {
    expect(parsePath(path)).toEqual(segments);
  });

  it('joins to the dot form and names the root', () => {
    expect(joinPath(['bindings', 0, 'agentId'])).toBe('bindings.0.agentId');
    expect(joinPath([])).toBe('<root>');
    expect(normalizePath('gateway.trustedProxies[2]')).toBe('gateway.trustedProxies.2');
  });
});
