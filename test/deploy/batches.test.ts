import { describe, expect, it } from 'vitest';
import { buildBatches, confirmationTokenFor, normalizeCanarySteps, orderInstances, strategyBlockers, tokenMatches, waveOf } from '../../src/deploy/batches.js';
import type { InstanceSpec } from '../../src/fleet/types.js';

const inst = (i: number, over: Partial<InstanceSpec> = {}): InstanceSpec => ({ id: `gw-${i}`, url: `http://127.0.0.1:1/i/${i}`, tier: 'primary', labels: {}, tokenEnv: 'T', ...over });
const many = (n: number, f: (i: number) => Partial<InstanceSpec> = () => ({})) => Array.from({ length: n }, (_, k) => inst(k + 1, f(k + 1)));
const sizes = (b: Array<{ instances: string[] }>) => b.map((x) => x.instances.length);

describe('batch arithmetic', () => {
  it.each([
    [300, 50, [50, 50, 50, 50, 50, 50]],
    [300, 100, [100, 100, 100]],
    [301, 100, [100, 100, 100, 1]],
    [10_000, 50, Array.from({ length: 200 }, () => 50)],
    [3, 2, [2, 1]],
    [1, 50, [1]],
  ])('%d instances in batches of %d', (n, size, expected) => {
    const { ordered } = orderInstances(many(n), { kind: 'none' });
    const b = buildBatches(ordered, { strategy: 'rolling', batchSize: size, canarySteps: [] });
    expect(sizes(b)).toEqual(expected);
    expect(b.map((x) => x.index)).toEqual(expected.map((_, i) => i + 1));
    expect(b.flatMap((x) => x.instances)).toEqual(ordered.map((o) => o.id)); // every instance exactly once, in order
  });

  it('puts primaries before standbys and never mixes them in a batch', () => {
    const list = many(10, (i) => ({ tier: i % 2 === 0 ? 'standby' : 'primary' }));
    const { ordered } = orderInstances(list, { kind: 'none' });
    expect(ordered.map((o) => o.id)).toEqual(['gw-1', 'gw-3', 'gw-5', 'gw-7', 'gw-9', 'gw-2', 'gw-4', 'gw-6', 'gw-8', 'gw-10']);
    const b = buildBatches(ordered, { strategy: 'rolling', batchSize: 4, canarySteps: [] });
    expect(b.map((x) => [x.tier, x.instances.length])).toEqual([
      ['primary', 4],
      ['primary', 1],
      ['standby', 4],
      ['standby', 1],
    ]);
  });

  it('waves by zone in order of first appearance, unlabelled last, primaries first within each wave', () => {
    const list = [inst(1, { zone: 'b' }), inst(2, { zone: 'a', tier: 'standby' }), inst(3), inst(4, { zone: 'a' }), inst(5, { zone: 'b', tier: 'standby' })];
    const { ordered, waves } = orderInstances(list, { kind: 'zone' });
    expect(waves).toEqual(['b', 'a', '(none)']);
    expect(ordered.map((o) => `${o.wave}:${o.id}`)).toEqual(['b:gw-1', 'b:gw-5', 'a:gw-4', 'a:gw-2', '(none):gw-3']);
    const b = buildBatches(ordered, { strategy: 'rolling', batchSize: 10, canarySteps: [] });
    expect(b.map((x) => `${x.wave}/${x.tier}:${x.instances.join('+')}`)).toEqual(['b/primary:gw-1', 'b/standby:gw-5', 'a/primary:gw-4', 'a/standby:gw-2', '(none)/primary:gw-3']);
  });

  it('waves by label', () => {
    expect(waveOf(inst(1, { labels: { region: 'eu' } }), { kind: 'label', key: 'region' })).toBe('eu');
    expect(waveOf(inst(1), { kind: 'label', key: 'region' })).toBe('(none)');
    expect(waveOf(inst(1, { zone: 'z' }), { kind: 'none' })).toBe('all');
  });

  it('canary ladder over 300: 5 % then the steps, each at least one instance', () => {
    const { ordered } = orderInstances(many(300), { kind: 'none' });
    const b = buildBatches(ordered, { strategy: 'canary', batchSize: 50, canarySteps: [5, 20, 35, 50, 65, 80, 100] });
    expect(sizes(b)).toEqual([15, 45, 45, 45, 45, 45, 60]);
    expect(b.map((x) => x.percent)).toEqual([5, 20, 35, 50, 65, 80, 100]);
    const small = buildBatches(orderInstances(many(3), { kind: 'none' }).ordered, { strategy: 'canary', batchSize: 50, canarySteps: [5, 20, 35, 50, 65, 80, 100] });
    expect(sizes(small)).toEqual([1, 1, 1]); // 5 % of 3 → 1; steps that add nobody are dropped
  });

  it('a canary step crossing the primary/standby boundary is split there', () => {
    const list = many(20, (i) => ({ tier: i > 2 ? 'standby' : 'primary' }));
    const b = buildBatches(orderInstances(list, { kind: 'none' }).ordered, { strategy: 'canary', batchSize: 50, canarySteps: [5, 20, 100] });
    expect(b.map((x) => `${x.tier}:${x.instances.length}@${x.percent}`)).toEqual(['primary:1@5', 'primary:1@20', 'standby:2@20', 'standby:16@100']);
  });

  it('all-at-once is one batch', () => {
    expect(sizes(buildBatches(orderInstances(many(7), { kind: 'none' }).ordered, { strategy: 'all-at-once', batchSize: 2, canarySteps: [] }))).toEqual([7]);
  });

  it('normalizeCanarySteps validates and appends 100', () => {
    expect(normalizeCanarySteps([5, 15])).toEqual([5, 15, 100]);
    expect(() => normalizeCanarySteps([20, 10])).toThrow('canary steps must increase: 20 then 10');
    expect(() => normalizeCanarySteps([0, 10])).toThrow('outside (0, 100]');
    expect(() => normalizeCanarySteps([])).toThrow('empty');
  });
});

describe('strategy rules', () => {
  const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
  it('rolling and canary have no extra rule', () => {
    expect(strategyBlockers({ strategy: 'rolling', allowAllAtOnce: false }, 10_000, digest).blockers).toEqual([]);
  });
  it('all-at-once: ≤ 10 fine; 11–100 needs allow-all-at-once; > 100 also the matching token', () => {
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: false }, 10, digest).blockers).toEqual([]);
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: false }, 11, digest).blockers[0]).toContain('rolling is required above 10 instances');
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: true }, 100, digest).blockers).toEqual([]);
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: true }, 101, digest).blockers[0]).toContain('needs confirmation-token: 0123456789ab');
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: true, confirmationToken: '0123456789ab' }, 101, digest)).toEqual({ blockers: [], notes: ['all-at-once to 101 instances confirmed by token 0123456789ab.'] });
    expect(strategyBlockers({ strategy: 'all-at-once', allowAllAtOnce: true, confirmationToken: '0123456789aa' }, 101, digest).blockers[0]).toContain('does not match this plan');
  });
  it('tokens: full digest, sha256: prefix, ≥ 12 hex; never shorter', () => {
    expect(tokenMatches(digest, digest)).toBe(true);
    expect(tokenMatches(digest.slice(7), digest)).toBe(true);
    expect(tokenMatches('0123456789AB', digest)).toBe(true);
    expect(tokenMatches('0123456789a', digest)).toBe(false);
    expect(tokenMatches('', digest)).toBe(false);
    expect(tokenMatches('0123456789ab; rm -rf', digest)).toBe(false);
    expect(confirmationTokenFor(digest)).toBe('0123456789ab');
  });
});
