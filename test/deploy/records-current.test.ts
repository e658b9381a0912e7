/**
 * current.json says what actually runs (issue #4): after the environment's very first deployment is rolled
 * back to its snapshots, no recorded version runs — the pre-clawfleet baseline does. N-1 keeps its meaning
 * ("what ran before the current state"), and never jumps over the baseline to a version taken back.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { runAutoRollback, type AutoRollbackRequest } from '../../src/deploy/auto-rollback.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { MemoryStore } from '../../src/deploy/store/dir.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { fastPolicy, harness, type Harness } from './helpers.js';

const seam = (h: Harness, id: string) => (h.fleet.gw(id).content()['ui'] as { seamColor: string }).seamColor;
const rollback = (h: Harness, over: Partial<AutoRollbackRequest> = {}) =>
  runAutoRollback(
    { environment: 'prod', instances: h.instances, scope: 'deployment', trigger: 'manual', policy: fastPolicy(), context: { owner: 'rollback-run', actor: 'tester' }, ...over },
    { clientFor: h.fleet.clientFor, recorder: h.recorder, logger: h.logger, pacer: new WritePacer(), pollMs: 5 },
  );
const historyOf = async (r: StateRecorder) => (await r.readCurrent())?.history.map((e) => (e.baseline ? 'baseline' : e.version));

describe('StateRecorder current / history', () => {
  it('setBaseline: no version, no digest, the rolled-back deployment named; history marks it once', async () => {
    const r = new StateRecorder(new MemoryStore(), 'prod', { now: () => Date.parse('2026-05-01T00:00:00Z') });
    await r.setCurrent(1, 'sha256:a', 'd1');
    const cur = await r.setBaseline('d1', 'd1');
    expect(cur).toMatchObject({ schema: 1, deploymentId: 'd1', baseline: { rolledBack: 'd1', at: '2026-05-01T00:00:00.000Z' } });
    expect(cur.version).toBeUndefined();
    expect(cur.digest).toBeUndefined();
    await r.setBaseline('d1', 'd1'); // idempotent
    expect(await historyOf(r)).toEqual([1, 'baseline']);
  });

  it('previousState / previousVersion across versions and baselines', async () => {
    const r = new StateRecorder(new MemoryStore(), 'prod');
    expect(await r.previousState()).toBeUndefined();
    await r.setCurrent(1, 'sha256:a', 'd1');
    expect(await r.previousState()).toBeUndefined(); // only the current one
    await r.setCurrent(2, 'sha256:b', 'd2');
    expect(await r.previousState()).toEqual({ kind: 'version', version: 1 });
    expect(await r.previousVersion()).toBe(1);
    await r.setBaseline('d2', 'd2'); // (a baseline can only follow a first deployment; the record does not care)
    expect(await r.previousState()).toEqual({ kind: 'version', version: 2 }); // what ran before the baseline
    await r.setCurrent(3, 'sha256:c', 'd3');
    expect(await r.previousState()).toEqual({ kind: 'baseline', deploymentId: 'd2' });
    expect(await r.previousVersion()).toBeUndefined(); // never v2, which was taken back
    await r.setCurrent(3, 'sha256:c', 'd3b'); // same version again: no new entry
    expect(await historyOf(r)).toEqual([1, 2, 'baseline', 3]);
    await r.setCurrent(4, 'sha256:d', 'd4');
    expect(await r.previousVersion()).toBe(3);
  });

  it('setCurrent after a baseline with the version that ran before it records it again', async () => {
    const r = new StateRecorder(new MemoryStore(), 'prod');
    await r.setCurrent(1, 'sha256:a', 'd1');
    await r.setBaseline('d1', 'd1');
    await r.setCurrent(1, 'sha256:a', 'd1-again');
    expect(await historyOf(r)).toEqual([1, 'baseline', 1]);
    expect((await r.readCurrent())?.baseline).toBeUndefined();
    expect(await r.previousState()).toEqual({ kind: 'baseline', deploymentId: 'd1' });
  });
});

describe('rolling back the first deployment of an environment', () => {
  it('restores the original configs and current.json names no version; a re-run changes nothing', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    const before = instances.map((i) => seam(h, i.id));
    const d = await h.deploy(repoConfig('#a1a1a1'), { batchSize: 2 });
    expect(d.report.result).toBe('succeeded');
    expect((await h.recorder.readCurrent())?.version).toBe(1);
    const r = await rollback(h);
    expect(r.result).toBe('rolled-back');
    expect(r.version).toBeUndefined(); // the outcome does not claim v1 either
    expect(instances.map((i) => seam(h, i.id))).toEqual(before);
    const cur = await h.recorder.readCurrent();
    expect(cur?.version).toBeUndefined();
    expect(cur?.baseline?.rolledBack).toBe(d.report.deploymentId);
    const again = await rollback(h);
    expect(again.result).toBe('unchanged');
    expect(await historyOf(h.recorder)).toEqual([1, 'baseline']);
  });

  it('--to-version previous: clear errors while the first version is current and after a redeploy over the baseline; no write', async () => {
    const { fleet, instances } = makeFleet(3);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#a2a2a1'));
    await expect(rollback(h, { toVersion: 'previous' })).rejects.toThrow("to-version: previous — environment 'prod' has no earlier successful version (current: v1;");
    await rollback(h);
    const second = await h.deploy(repoConfig('#a2a2a2'));
    expect(second.report.fromVersion).toBeUndefined(); // it started from the baseline, not from v1
    expect(second.report.version).toBe(2);
    const writes = fleet.log.filter((c) => c.method === 'config.apply').length;
    const err = await rollback(h, { toVersion: 'previous' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('what ran before v2 is the pre-clawfleet baseline, which has no version number');
    expect((err as Error).message).toContain(`Fix: restore the baseline from deployment ${second.report.deploymentId}'s snapshots (leave to-version empty, deployment-id: ${second.report.deploymentId})`);
    expect(fleet.log.filter((c) => c.method === 'config.apply').length).toBe(writes);
    // The named version still works: v1 is in the registry.
    const v1 = await rollback(h, { toVersion: 1 });
    expect(v1.result).toBe('rolled-back');
    expect((await h.recorder.readCurrent())?.version).toBe(1);
    expect(await h.recorder.previousVersion()).toBe(2);
  });

  it('N-1 is unchanged for an environment with earlier versions: the rollback makes v1 current again', async () => {
    const { fleet, instances } = makeFleet(3);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#a3a3a1'));
    await h.deploy(repoConfig('#a3a3a2'));
    const r = await rollback(h);
    expect(r.version).toBe(1);
    const cur = await h.recorder.readCurrent();
    expect(cur?.version).toBe(1);
    expect(cur?.baseline).toBeUndefined();
    expect(await historyOf(h.recorder)).toEqual([1, 2, 1]);
  });

  it('scope failed-waves (a partial restore) leaves current.json alone', async () => {
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#a4a4a1'));
    const r = await rollback(h, { scope: 'failed-waves' });
    expect(r.result).toBe('unchanged'); // no failed wave
    expect((await h.recorder.readCurrent())?.version).toBe(1);
  });

  it('a promotion that was the first ever (two slices) rolls back to the baseline', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    const before = instances.map((i) => seam(h, i.id));
    await h.deploy(repoConfig('#a5a5a1'), {}, { instances: instances.slice(0, 2), promotionId: 'p-1', context: { owner: 'gh:a/b:1', actor: 't' } });
    await h.deploy(repoConfig('#a5a5a1'), {}, { instances: instances.slice(2), promotionId: 'p-1', context: { owner: 'gh:a/b:1', actor: 't' } });
    const r = await rollback(h, { promotionId: 'p-1' });
    expect(r.result).toBe('rolled-back');
    expect(instances.map((i) => seam(h, i.id))).toEqual(before);
    const cur = await h.recorder.readCurrent();
    expect(cur?.version).toBeUndefined();
    expect(cur?.baseline).toBeDefined();
    expect(await historyOf(h.recorder)).toEqual([1, 'baseline']);
  });
});
