import { describe, expect, it } from 'vitest';
import { isPlainObject, mergeOverlay } from '../../src/fleet/merge.js';

describe('mergeOverlay', () => {
  it('objects merge recursively; arrays, scalars and null replace', () => {
    const base = { gateway: { port: 1, trustedProxies: ['a', 'b'], auth: { mode: 'token' } }, ui: { seamColor: '#000' }, x: 1 };
    const out = mergeOverlay(base, { gateway: { port: 2, trustedProxies: ['c'] }, ui: null, y: [1] }, { gateway: { auth: { token: 't' } } });
    expect(out).toEqual({ gateway: { port: 2, trustedProxies: ['c'], auth: { mode: 'token', token: 't' } }, ui: null, x: 1, y: [1] });
  });

  it('never modifies its inputs and shares no objects with them', () => {
    const base = { a: { b: [1, { c: 2 }] } };
    const overlay = { a: { d: { e: 3 } } };
    const out = mergeOverlay(base, overlay);
    (out['a'] as { d: { e: number } }).d.e = 99;
    ((out['a'] as { b: Array<{ c: number }> }).b[1] as { c: number }).c = 99;
    expect(base).toEqual({ a: { b: [1, { c: 2 }] } });
    expect(overlay).toEqual({ a: { d: { e: 3 } } });
  });

  it('prototype keys are never copied (no pollution)', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted2": true}}}}') as Record<string, unknown>;
    const out = mergeOverlay({ a: {} }, evil);
    expect(out).toEqual({ a: {} });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted2']).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('undefined overlays are skipped; isPlainObject rejects arrays, null and class instances', () => {
    expect(mergeOverlay({ a: 1 }, undefined, { b: 2 })).toEqual({ a: 1, b: 2 });
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });
});
