import { describe, expect, it } from 'vitest';
import { canonicalJson, contentDigest, contentEquals, diffConfig, getPath, REDACTED_SENTINEL, renderConfigRaw, unverifiableSecretPaths } from '../../src/deploy/content.js';
import { classifyOffline, listenerChanges, ReloadClassifier, strongest } from '../../src/deploy/classify.js';
import { FakeFleet } from '../helpers/fake-gateway.js';

describe('contentEquals', () => {
  it('ignores key order and the root meta block, but not array order', () => {
    expect(contentEquals({ b: 1, a: { y: 2, x: 1 }, meta: { lastTouchedVersion: 'x' } }, { a: { x: 1, y: 2 }, b: 1 })).toBe(true);
    expect(contentEquals({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(contentEquals({ a: { meta: 1 } }, { a: {} })).toBe(false); // only the ROOT meta is OpenClaw's
  });
  it('a redacted live value matches any desired string (and the sentinel), nothing else', () => {
    expect(contentEquals({ k: REDACTED_SENTINEL }, { k: 'sk-literal' })).toBe(true);
    expect(contentEquals({ k: REDACTED_SENTINEL }, { k: REDACTED_SENTINEL })).toBe(true);
    expect(contentEquals({ k: REDACTED_SENTINEL }, { k: 5 })).toBe(false);
    expect(contentEquals({ k: REDACTED_SENTINEL }, {})).toBe(false);
    expect(contentEquals({ k: 'sk-literal' }, { k: REDACTED_SENTINEL })).toBe(false); // only the LIVE side is redacted
  });
  it('${VAR} references compare exactly (OpenClaw does not redact them)', () => {
    expect(contentEquals({ k: '${A}' }, { k: '${A}' })).toBe(true);
    expect(contentEquals({ k: '${A}' }, { k: '${B}' })).toBe(false);
  });
  it('distinguishes types, null and missing keys', () => {
    expect(contentEquals({ a: null }, {})).toBe(false);
    expect(contentEquals({ a: 1 }, { a: '1' })).toBe(false);
    expect(contentEquals({ a: [] }, { a: {} })).toBe(false);
  });
});

describe('diffConfig', () => {
  it('reports the largest differing subtree with add/remove/change, paths only', () => {
    const live = { gateway: { port: 1, auth: { mode: 'token' } }, ui: { seamColor: '#000000' }, old: { x: 1 }, meta: { a: 1 } };
    const want = { gateway: { port: 2, auth: { mode: 'token' } }, ui: { seamColor: '#000000' }, models: { providers: { a: { k: 1 } } }, meta: { a: 2 } };
    expect(diffConfig(live, want)).toEqual([
      { path: 'gateway.port', op: 'change' },
      { path: 'models', op: 'add' },
      { path: 'old', op: 'remove' },
    ]);
  });
  it('treats a changed array as one change and an unchanged secret as no change', () => {
    expect(diffConfig({ a: [1], s: REDACTED_SENTINEL }, { a: [1, 2], s: '${S}' })).toEqual([{ path: 'a', op: 'change' }]);
  });
});

describe('digests, raw and secrets', () => {
  it('contentDigest is order-independent and ignores meta', () => {
    expect(contentDigest({ a: 1, b: 2, meta: { x: 1 } })).toBe(contentDigest({ b: 2, a: 1 }));
    expect(contentDigest({ a: 1 })).not.toBe(contentDigest({ a: 2 }));
    expect(contentDigest({})).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
  it('canonicalJson sorts keys at every level', () => {
    expect(canonicalJson({ b: { d: 1, c: [{ f: 1, e: 2 }] }, a: 0 })).toBe('{"a":0,"b":{"c":[{"e":2,"f":1}],"d":1}}');
  });
  it('renderConfigRaw drops meta and is pretty JSON', () => {
    expect(renderConfigRaw({ a: 1, meta: { x: 1 } })).toBe('{\n  "a": 1\n}\n');
  });
  it('unverifiableSecretPaths lists redacted live secrets the desired config replaces or drops', () => {
    const live = { models: { providers: { a: { apiKey: REDACTED_SENTINEL }, b: { apiKey: REDACTED_SENTINEL }, c: { apiKey: REDACTED_SENTINEL } } }, list: [{ token: REDACTED_SENTINEL }] };
    const want = { models: { providers: { a: { apiKey: REDACTED_SENTINEL }, b: { apiKey: '${B_KEY}' } } }, list: [{ token: 'x' }] };
    expect(unverifiableSecretPaths(live, want).sort()).toEqual(['list.0.token', 'models.providers.b.apiKey', 'models.providers.c.apiKey']);
  });
  it('getPath reads dotted paths', () => {
    expect(getPath({ gateway: { port: 5 } }, 'gateway.port')).toBe(5);
    expect(getPath({ gateway: 1 }, 'gateway.port')).toBeUndefined();
  });
});

describe('reload classification', () => {
  it('asks config.schema.lookup once per path and walks up unknown dynamic keys', async () => {
    const fleet = new FakeFleet();
    fleet.add('gw-1', {});
    const client = fleet.clientFor({ id: 'gw-1' });
    const orig = client.configSchemaLookup.bind(client);
    client.configSchemaLookup = async (path, o) => {
      if (path === 'models.providers.acme') {
        await orig(path, o);
        const { GatewayError } = await import('../../src/fleet/client.js');
        throw new GatewayError({ kind: 'rejected', instanceId: 'gw-1', method: 'config.schema.lookup', message: 'config schema path not found' });
      }
      return orig(path, o);
    };
    const c = new ReloadClassifier();
    const live = { ui: { seamColor: '#000000' }, gateway: { port: 1 } };
    const want = { ui: { seamColor: '#ffffff' }, gateway: { port: 1, auth: { mode: 'password' } }, models: { providers: { acme: {} } } };
    const changes = await c.classify(client, diffConfig(live, want), live, want);
    expect(changes).toEqual([
      { path: 'gateway.auth', op: 'add', class: 'restart' },
      { path: 'models', op: 'add', class: 'hot' },
      { path: 'ui.seamColor', op: 'change', class: 'none' },
    ]);
    const again = await c.classify(client, [{ path: 'models.providers.acme', op: 'add' }, { path: 'ui.seamColor', op: 'change' }], live, want);
    expect(again.map((x) => x.class)).toEqual(['hot', 'none']);
    // Added objects are looked up leaf by leaf: gateway.auth.mode, models.providers.acme (unknown →
    // models.providers), ui.seamColor; the second call is all cache.
    expect(c.lookups).toBe(4);
    expect(fleet.calls('gw-1').filter((x) => x.method === 'config.schema.lookup').length).toBe(c.lookups);
  });
  it('listener changes (port, bind, customBindHost) are process restarts, whatever the schema says', async () => {
    expect(listenerChanges({ gateway: { port: 1, bind: 'loopback' } }, { gateway: { port: 2, bind: 'lan' } })).toEqual(['gateway.port', 'gateway.bind']);
    const live = {};
    const want = { gateway: { port: 5 } };
    expect(classifyOffline(diffConfig(live, want), live, want)).toEqual([{ path: 'gateway', op: 'add', class: 'process-restart' }]);
    expect(strongest(['hot', 'none', 'restart'])).toBe('restart');
    expect(strongest([])).toBe('none');
  });
});
