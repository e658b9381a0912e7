/**
 * A promotion = every deployment one workflow run makes in an environment (waves × slices), tied together by
 * the promotion id recorded in each deployment.json. Here, on the simulated fleet: the id is recorded, a
 * resume never crosses promotions or slices, and auto-rollback's promotion mode restores every wave newest
 * first — and nothing of another promotion — idempotently.
 */
import { describe, expect, it } from 'vitest';
import { getInputs as getRollbackInputs, renderRollbackMarkdown } from '../../src/actions/auto-rollback/run.js';
import { UserError } from '../../src/common/errors.js';
import { promotionDeployments, runAutoRollback, type AutoRollbackRequest } from '../../src/deploy/auto-rollback.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import type { InstanceSpec } from '../../src/fleet/types.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { fastPolicy, harness, type Harness } from './helpers.js';

const color = (h: Harness, id: string): string => (h.fleet.gw(id).content()['ui'] as { seamColor: string }).seamColor;
const applies = (h: Harness, ids?: string[]): number => h.fleet.log.filter((c) => c.method === 'config.apply' && (!ids || ids.includes(c.id))).length;

function rollbackPromotion(h: Harness, promotionId: string, over: Partial<AutoRollbackRequest> = {}) {
  return runAutoRollback(
    { environment: 'prod', instances: h.instances, scope: 'deployment', trigger: 'gate', policy: fastPolicy(), context: { owner: 'rollback-job', actor: 'tester' }, promotionId, ...over },
    { clientFor: h.fleet.clientFor, recorder: h.recorder, logger: h.logger, pacer: new WritePacer(), pollMs: 5 },
  );
}

/** Deploys `config` to a slice of the fleet as one wave job of promotion `promotionId` would. */
function deploySlice(h: Harness, slice: InstanceSpec[], config: Record<string, unknown>, promotionId: string | undefined, owner = `gh:acme/cfg:${promotionId ?? 'cli'}`) {
  return h.deploy(config, { batchSize: 2 }, { instances: slice, context: { owner, actor: 'tester' }, ...(promotionId ? { promotionId } : {}) });
}

function sixInstances() {
  const { fleet, instances } = makeFleet(6, { spec: (i) => ({ tier: i <= 3 ? 'primary' : 'standby' }) });
  const h = harness(fleet, instances);
  const primaries = instances.filter((i) => i.tier === 'primary');
  const standbys = instances.filter((i) => i.tier === 'standby');
  return { h, primaries, standbys };
}

describe('promotion id in the records', () => {
  it('is recorded in deployment.json and the report; absent when the run has none', async () => {
    const { h, primaries, standbys } = sixInstances();
    const a = await deploySlice(h, primaries, repoConfig('#a00001'), '9001');
    expect(a.report.promotionId).toBe('9001');
    expect((await h.recorder.readDeployment(a.report.deploymentId))?.promotionId).toBe('9001');
    const b = await deploySlice(h, standbys, repoConfig('#a00001'), undefined);
    expect(b.report.promotionId).toBeUndefined();
    expect((await h.recorder.readDeployment(b.report.deploymentId))?.promotionId).toBeUndefined();
  });

  it('promotionDeployments lists only that promotion\'s deploys, newest first (never rollback records)', async () => {
    const { h, primaries, standbys } = sixInstances();
    const w1 = await deploySlice(h, primaries, repoConfig('#a00002'), 'p1');
    const other = await deploySlice(h, primaries, repoConfig('#a00003'), 'p2', 'gh:acme/cfg:p2');
    const w2 = await deploySlice(h, standbys, repoConfig('#a00002'), 'p1');
    const found = await promotionDeployments(h.recorder, 'p1');
    expect(found.map((d) => d.deploymentId)).toEqual([w2.report.deploymentId, w1.report.deploymentId]);
    expect(found.map((d) => d.deploymentId)).not.toContain(other.report.deploymentId);
    expect(await promotionDeployments(h.recorder, 'nope')).toEqual([]);
  });
});

describe('resume never crosses promotions or slices', () => {
  it('a stopped deployment is resumed by a re-run of the same promotion only', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    fleet.gw('gw-3').knobs.failAfterWrite = true;
    const first = await h.deploy(repoConfig('#b00001'), { batchSize: 2, autoRollback: false }, { promotionId: 'p1', context: { owner: 'gh:acme/cfg:p1' } });
    expect(first.report.result).toBe('stopped');
    fleet.gw('gw-3').knobs.failAfterWrite = false;
    // Another promotion with the same content: a new deployment, not attempt 2 of p1's.
    const other = await h.deploy(repoConfig('#b00001'), { batchSize: 2 }, { promotionId: 'p2', context: { owner: 'gh:acme/cfg:p2' } });
    expect(other.report.deploymentId).not.toBe(first.report.deploymentId);
    expect(other.report.attempt).toBe(1);
    expect(other.report.promotionId).toBe('p2');
  });

  it('a re-run attempt of the same promotion resumes its deployment (attempt 2, same id)', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    fleet.gw('gw-3').knobs.failAfterWrite = true;
    const first = await h.deploy(repoConfig('#b00002'), { batchSize: 2, autoRollback: false }, { promotionId: 'p1', context: { owner: 'gh:acme/cfg:p1' } });
    fleet.gw('gw-3').knobs.failAfterWrite = false;
    const again = await h.deploy(repoConfig('#b00002'), { batchSize: 2, retryFailed: true }, { promotionId: 'p1', context: { owner: 'gh:acme/cfg:p1' } });
    expect(again.report).toMatchObject({ deploymentId: first.report.deploymentId, attempt: 2, promotionId: 'p1' });
  });

  it('a second slice of the same wave (same content, other instances) is its own deployment, not a resume of the first', async () => {
    const { h, primaries, standbys } = sixInstances();
    h.fleet.gw('gw-2').knobs.failAfterWrite = true;
    const a = await deploySlice(h, primaries, repoConfig('#b00003'), 'p1');
    expect(a.report.result).not.toBe('succeeded');
    const b = await deploySlice(h, standbys, repoConfig('#b00003'), 'p1');
    expect(b.report.deploymentId).not.toBe(a.report.deploymentId);
    expect(b.report.attempt).toBe(1);
    expect((await h.recorder.readDeployment(a.report.deploymentId))?.instances).not.toHaveProperty('gw-4');
  });
});

describe('auto-rollback promotion mode', () => {
  it('after the final smoke failed (both waves passed): restores every wave, leaves another promotion alone, and a second call sends no write', async () => {
    const { h, primaries, standbys } = sixInstances();
    // An earlier promotion p0 put #000000 on the standbys only: that is their "before" for p1.
    await deploySlice(h, standbys, repoConfig('#000000'), 'p0', 'gh:acme/cfg:p0');
    const before = new Map(h.instances.map((i) => [i.id, color(h, i.id)]));
    const w1 = await deploySlice(h, primaries, repoConfig('#111111'), 'p1');
    const w2 = await deploySlice(h, standbys, repoConfig('#111111'), 'p1');
    expect([w1.report.result, w2.report.result]).toEqual(['succeeded', 'succeeded']);
    const writtenByP1 = h.instances.filter((i) => color(h, i.id) === '#111111').map((i) => i.id);
    expect(writtenByP1).toHaveLength(6); // both waves changed their instances

    const r = await rollbackPromotion(h, 'p1');
    expect(r.result).toBe('rolled-back');
    expect(r.promotion?.deployments.map((d) => d.deploymentId)).toEqual([w2.report.deploymentId, w1.report.deploymentId]);
    expect(r.promotion?.deployments.every((d) => d.result === 'rolled-back')).toBe(true);
    for (const i of h.instances) expect(color(h, i.id), i.id).toBe(before.get(i.id));
    expect(color(h, 'gw-4')).toBe('#000000'); // p0's change survives: only p1 is undone
    expect(r.rollback?.changed).toBe(writtenByP1.length);
    expect(r.writes).toBe(writtenByP1.length);

    const writes = applies(h);
    const again = await rollbackPromotion(h, 'p1');
    expect(again.result).toBe('unchanged');
    expect(again.writes).toBe(0);
    expect(again.message).toContain('no write was sent');
    expect(applies(h)).toBe(writes);
    // The audit shows one rollback per deployment per call.
    const starts = (await h.recorder.readAudit()).filter((l) => l.event === 'rollback-start').map((l) => l.deploymentId);
    expect(starts).toEqual([w2.report.deploymentId, w1.report.deploymentId, w2.report.deploymentId, w1.report.deploymentId]);
  });

  it('restores newest first: two deployments of one promotion on the same instances end on the snapshot from before the promotion', async () => {
    const { fleet, instances } = makeFleet(3);
    const h = harness(fleet, instances);
    const original = instances.map((i) => color(h, i.id));
    await h.deploy(repoConfig('#c00001'), { batchSize: 3 }, { promotionId: 'p1', context: { owner: 'o' } });
    await h.deploy(repoConfig('#c00002'), { batchSize: 3 }, { promotionId: 'p1', context: { owner: 'o' } });
    const r = await rollbackPromotion(h, 'p1');
    expect(r.result).toBe('rolled-back');
    expect(instances.map((i) => color(h, i.id))).toEqual(original);
    expect(r.rollback?.changed).toBe(6); // 3 back to #c00001, then 3 back to the original
    // Oldest first would have found #c00002 on instances the first deployment left at #c00001 (drift).
    expect(r.rollback?.instances.every((i) => i.status === 'restored')).toBe(true);
    // Again: every instance is on its snapshot from before the promotion — the newer deployment's own
    // snapshot (#c00001) is not what it runs, and that is not drift. No write.
    const writes = applies(h);
    const again = await rollbackPromotion(h, 'p1');
    expect(again.result).toBe('unchanged');
    expect(again.writes).toBe(0);
    expect(again.rollback?.instances.map((i) => i.reason)).toEqual([
      'already on its snapshot from before the promotion',
      'already on its snapshot from before the promotion',
      'already on its snapshot from before the promotion',
      'already on the recorded snapshot',
      'already on the recorded snapshot',
      'already on the recorded snapshot',
    ]);
    expect(applies(h)).toBe(writes);
  });

  it('an operator edit after a promotion rollback is still drift (the settled check only accepts the pre-promotion content)', async () => {
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#c10001'), { batchSize: 2 }, { promotionId: 'p1', context: { owner: 'o' } });
    await h.deploy(repoConfig('#c10002'), { batchSize: 2 }, { promotionId: 'p1', context: { owner: 'o' } });
    fleet.gw('gw-1').operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#0f0f0f'));
    const r = await rollbackPromotion(h, 'p1');
    expect(r.result).toBe('manual-intervention');
    expect(r.rollback?.instances.find((i) => i.id === 'gw-1')).toMatchObject({ status: 'drifted' });
    expect(color(h, 'gw-1')).toBe('#0f0f0f');
  });

  it('after wave 2 failed its gate and restored its own slice: wave 1 is restored too', async () => {
    const { h, primaries, standbys } = sixInstances();
    const before = new Map(h.instances.map((i) => [i.id, color(h, i.id)]));
    const w1 = await deploySlice(h, primaries, repoConfig('#222222'), 'p1');
    h.fleet.gw('gw-5').knobs.failAfterWrite = true;
    const w2 = await deploySlice(h, standbys, repoConfig('#222222'), 'p1');
    h.fleet.gw('gw-5').knobs.failAfterWrite = false;
    expect([w1.report.result, w2.report.result]).toEqual(['succeeded', 'rolled-back']); // rolling-deploy's own rollback: its slice only
    expect(primaries.map((i) => color(h, i.id))).toEqual(['#222222', '#222222', '#222222']);
    const r = await rollbackPromotion(h, 'p1');
    expect(r.result).toBe('rolled-back');
    expect(r.promotion?.deployments.map((d) => [d.deploymentId, d.result])).toEqual([
      [w2.report.deploymentId, 'unchanged'],
      [w1.report.deploymentId, 'rolled-back'],
    ]);
    for (const i of h.instances) expect(color(h, i.id), i.id).toBe(before.get(i.id));
    expect(r.writes).toBe(3);
  });

  it('a promotion that recorded nothing in the environment: unchanged, no RPC write, says so', async () => {
    const { h, primaries } = sixInstances();
    await deploySlice(h, primaries, repoConfig('#d00001'), 'p0');
    const writes = applies(h);
    const r = await rollbackPromotion(h, 'p-missing');
    expect(r).toMatchObject({ result: 'unchanged', writes: 0, promotion: { id: 'p-missing', deployments: [] } });
    expect(r.message).toContain("promotion p-missing recorded no deployment in environment 'prod'");
    expect(applies(h)).toBe(writes);
    expect(color(h, 'gw-1')).toBe('#d00001');
  });

  it('stops at the first deployment needing manual intervention; older ones are not attempted (RF-10)', async () => {
    const { h, primaries, standbys } = sixInstances();
    const w1 = await deploySlice(h, primaries, repoConfig('#e00001'), 'p1');
    const w2 = await deploySlice(h, standbys, repoConfig('#e00001'), 'p1');
    h.fleet.gw('gw-5').operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#abcdef'));
    const writesBefore = applies(h, primaries.map((i) => i.id));
    const r = await rollbackPromotion(h, 'p1');
    expect(r.result).toBe('manual-intervention');
    expect(r.promotion?.deployments).toMatchObject([
      { deploymentId: w2.report.deploymentId, result: 'manual-intervention' },
      { deploymentId: w1.report.deploymentId, result: 'not-attempted' },
    ]);
    expect(r.message).toContain('manual intervention required');
    expect(r.message).toContain('1 older deployment(s) not attempted');
    expect(applies(h, primaries.map((i) => i.id))).toBe(writesBefore); // wave 1 untouched
    expect(color(h, 'gw-5')).toBe('#abcdef'); // someone else's edit is never overwritten
    expect(color(h, 'gw-1')).toBe('#e00001');
  });

  it('dry run: planned, lists the deployments, no write', async () => {
    const { h, primaries, standbys } = sixInstances();
    await deploySlice(h, primaries, repoConfig('#f00001'), 'p1');
    await deploySlice(h, standbys, repoConfig('#f00001'), 'p1');
    const writes = applies(h);
    const r = await rollbackPromotion(h, 'p1', { dryRun: true });
    expect(r.result).toBe('planned');
    expect(r.promotion?.deployments).toHaveLength(2);
    expect(r.promotion?.deployments.every((d) => d.result === 'planned')).toBe(true);
    expect(applies(h)).toBe(writes);
  });

  it('refuses promotion-id combined with deployment-id or post-deploy-check', async () => {
    const { h } = sixInstances();
    await expect(rollbackPromotion(h, 'p1', { deploymentId: 'x' })).rejects.toThrow(UserError);
    await expect(rollbackPromotion(h, 'p1', { deploymentId: 'x' })).rejects.toThrow("Only one of 'promotion-id' and 'deployment-id'/'manifest-file'");
    await expect(rollbackPromotion(h, 'p1', { trigger: 'post-deploy-check' })).rejects.toThrow('cannot be combined with promotion-id');
  });
});

describe('auto-rollback action: promotion-id input and summary', () => {
  const inv = { inventory: 'inv.json5', 'github-token': '' };
  const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
  it('parses promotion-id', () => {
    expect(getRollbackInputs(read({ ...inv, 'promotion-id': '123456789' })).promotionId).toBe('123456789');
    expect(getRollbackInputs(read(inv)).promotionId).toBeUndefined();
  });
  it.each([
    [{ 'promotion-id': '../etc' }, "The value '../etc' is not valid for 'promotion-id'. Expected a promotion id as recorded by rolling-deploy"],
    [{ 'promotion-id': '1', 'deployment-id': '20260101T000000Z-v2-aaaaaaaa' }, "Only one of 'promotion-id', 'deployment-id'/'manifest-file' and 'to-version' can be set"],
    [{ 'promotion-id': '1', 'manifest-file': 'm.json' }, "Only one of 'promotion-id', 'deployment-id'/'manifest-file' and 'to-version' can be set"],
    [{ 'promotion-id': '1', 'to-version': 'previous' }, "Only one of 'promotion-id', 'deployment-id'/'manifest-file' and 'to-version' can be set"],
    [{ 'promotion-id': '1', trigger: 'post-deploy-check' }, 'trigger: post-deploy-check samples the instances of one deployment; it cannot be combined with promotion-id.'],
  ])('refuses %j', (over, message) => {
    expect(() => getRollbackInputs(read({ ...inv, ...over }))).toThrow(message);
  });

  it('the summary lists every deployment of the promotion, newest first, with escaped cells', async () => {
    const { h, primaries, standbys } = sixInstances();
    await deploySlice(h, primaries, repoConfig('#a1a1a1'), 'p9');
    await deploySlice(h, standbys, repoConfig('#a1a1a1'), 'p9');
    const r = await rollbackPromotion(h, 'p9');
    const md = renderRollbackMarkdown({ ...r, promotion: { ...r.promotion!, deployments: r.promotion!.deployments.map((d, i) => (i === 0 ? { ...d, message: 'a | b\nc' } : d)) } });
    expect(md).toContain('## ↩️ auto-rollback: rolled-back');
    expect(md).toContain('Promotion p9: 2 deployment(s), restored newest first.');
    const rows = md.split('\n').filter((l) => /^\| \d{8}T/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(r.promotion!.deployments[0]!.deploymentId);
    expect(rows[0]).toContain('a \\| b<br>c');
    expect(rows[1]).toContain('| rolled-back | 3 |');
  });
});
