import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { runAutoRollback, type AutoRollbackRequest } from '../../src/deploy/auto-rollback.js';
import { contentEquals } from '../../src/deploy/content.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { fastPolicy, harness } from './helpers.js';

afterEach(() => vi.useRealTimers());

function rollbackReq(h: ReturnType<typeof harness>, over: Partial<AutoRollbackRequest> = {}): AutoRollbackRequest {
  return { environment: 'prod', instances: h.instances, scope: 'deployment', trigger: 'manual', policy: fastPolicy(), context: { owner: 'rollback-run', actor: 'tester' }, ...over };
}
const rollback = (h: ReturnType<typeof harness>, over: Partial<AutoRollbackRequest> = {}) =>
  runAutoRollback(rollbackReq(h, over), { clientFor: h.fleet.clientFor, recorder: h.recorder, logger: h.logger, pacer: new WritePacer(), pollMs: 5 });

describe('auto-rollback from the recorded snapshots', () => {
  it('restores every instance the latest deployment changed; a second run sends no write and says so (RF-11)', async () => {
    const { fleet, instances } = makeFleet(6);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#101010'), { batchSize: 3 });
    const deployed = await h.deploy(repoConfig('#202020'), { batchSize: 3 });
    expect(deployed.report.version).toBe(2);
    const v2Content = new Map(instances.map((i) => [i.id, fleet.gw(i.id).content()]));

    const first = await rollback(h);
    expect(first.result).toBe('rolled-back');
    expect(first.deploymentId).toBe(deployed.report.deploymentId);
    expect(first.rollback!.changed).toBe(6);
    expect(first.version).toBe(1); // the environment runs v1 again
    for (const i of instances) {
      expect((fleet.gw(i.id).content()['ui'] as { seamColor: string }).seamColor).toBe('#101010');
      expect(contentEquals(fleet.gw(i.id).content(), v2Content.get(i.id))).toBe(false); // it was on v2 before
    }

    const applies = fleet.log.filter((c) => c.method === 'config.apply').length;
    const second = await rollback(h);
    expect(second.result).toBe('unchanged');
    expect(second.message).toContain('no write was sent');
    expect(second.writes).toBe(0);
    expect(fleet.log.filter((c) => c.method === 'config.apply').length).toBe(applies);
    const audit = (await h.recorder.readAudit()).map((l) => `${l.event}:${l.outcome ?? ''}`);
    expect(audit.slice(-4)).toEqual(['rollback-start:', 'rollback-end:rolled-back', 'rollback-start:', 'rollback-end:unchanged']);
  });

  it('does not overwrite an instance someone changed after the deployment (manual intervention), unless forced', async () => {
    const { fleet, instances } = makeFleet(3);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#303030'), { batchSize: 3 });
    fleet.gw('gw-2').operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#abcdef'));
    const r = await rollback(h);
    expect(r.result).toBe('manual-intervention');
    expect(r.rollback!.instances.find((i) => i.id === 'gw-2')).toMatchObject({ status: 'drifted' });
    expect((fleet.gw('gw-2').content()['ui'] as { seamColor: string }).seamColor).toBe('#abcdef');
    expect(r.message).toContain('manual intervention required');
    const forced = await rollback(h, { force: true });
    expect(forced.result).toBe('rolled-back');
    expect(forced.rollback!.instances.find((i) => i.id === 'gw-2')).toMatchObject({ status: 'restored' });
  });

  it('scope failed-waves restores only the waves whose gate failed', async () => {
    const { fleet, instances } = makeFleet(6, { spec: (i) => ({ zone: i <= 3 ? 'a' : 'b' }) });
    for (const id of ['gw-4', 'gw-5']) fleet.gw(id).knobs.failAfterWrite = true;
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#404040'), { batchSize: 3, waves: { kind: 'zone' }, autoRollback: false });
    expect(report.result).toBe('stopped');
    const r = await rollback(h, { scope: 'failed-waves' });
    expect(r.result).toBe('rolled-back');
    expect(r.rollback!.instances.map((i) => i.id)).toEqual(['gw-4', 'gw-5', 'gw-6']);
    expect((fleet.gw('gw-1').content()['ui'] as { seamColor: string }).seamColor).toBe('#404040');
  });

  it('a rollback the gateway refuses stops at that instance with each instance state (RF-10), and is not retried in a loop', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#505050'), { batchSize: 4 });
    fleet.gw('gw-1').knobs.reject = () => 'ui.seamColor: incompatible with this gateway version';
    const r = await rollbackWithConcurrency(h, 1);
    expect(r.result).toBe('manual-intervention');
    expect(r.message).toMatch(/^manual intervention required: gw-1: the gateway rejected the config: ui\.seamColor/);
    expect(r.rollback!.instances.map((i) => `${i.id}:${i.status}`)).toEqual(['gw-1:rejected', 'gw-2:not-attempted', 'gw-3:not-attempted', 'gw-4:not-attempted']);
    expect(r.rollback!.instances.every((i) => i.currentHash)).toBe(true);
    expect(fleet.calls('gw-1').filter((c) => c.method === 'config.apply')).toHaveLength(2); // the deploy + ONE restore attempt
  });

  it('finds nothing to do when the deployment wrote nothing; errors clearly when nothing is recorded', async () => {
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await expect(rollback(h)).rejects.toThrow(UserError);
    await expect(rollback(h)).rejects.toThrow("no deployment is recorded for environment 'prod'");
    await h.deploy(repoConfig('#1a1a1a', { ui: { seamColor: '#1a1a1a', bogusKey: 1 } }));
    const r = await rollback(h);
    expect(r).toMatchObject({ result: 'unchanged', writes: 0 });
  });

  it('dry run names what would be restored and writes nothing', async () => {
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#606060'));
    const n = fleet.log.length;
    const r = await rollback(h, { dryRun: true });
    expect(r.result).toBe('planned');
    expect(fleet.log.length).toBe(n);
  });
});

async function rollbackWithConcurrency(h: ReturnType<typeof harness>, concurrency: number) {
  return runAutoRollback(rollbackReq(h, { policy: fastPolicy({ concurrency }) }), { clientFor: h.fleet.clientFor, recorder: h.recorder, logger: h.logger, pacer: new WritePacer(), pollMs: 5 });
}

describe('auto-rollback to a version (N-1 / named)', () => {
  it('deploys N-1 as a new gated rolling operation, recorded like any deployment', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#707070'));
    await h.deploy(repoConfig('#717171'));
    const r = await rollback(h, { toVersion: 'previous', policy: fastPolicy({ batchSize: 2 }) });
    expect(r.result).toBe('rolled-back');
    expect(r.version).toBe(1);
    expect(r.deployment!.report.kind).toBe('rollback-to-version');
    expect(r.deployment!.report.batches).toHaveLength(2);
    expect(r.deploymentId).toMatch(/-rb-v1-/);
    for (const i of instances) expect((fleet.gw(i.id).content()['ui'] as { seamColor: string }).seamColor).toBe('#707070');
    expect((await h.recorder.readCurrent())?.version).toBe(1);
    const again = await rollback(h, { toVersion: 1 });
    expect(again.result).toBe('unchanged');
    expect(again.writes).toBe(0);
  });

  it('names the known versions when asked for one that does not exist, and N-1 without history', async () => {
    const { fleet, instances } = makeFleet(1);
    const h = harness(fleet, instances);
    await expect(rollback(h, { toVersion: 'previous' })).rejects.toThrow("has no earlier successful version");
    await h.deploy(repoConfig('#808080'));
    await expect(rollback(h, { toVersion: 9 })).rejects.toThrow("to-version: v9 is not in the version registry of 'prod' (known: v1)");
  });
});

describe('post-deploy check trigger', () => {
  it('rolls back only when the random sample shows degraded health against the pre-deploy scores', async () => {
    const { fleet, instances } = makeFleet(20);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#909090'), { batchSize: 20 });
    const healthy = await rollback(h, { trigger: 'post-deploy-check', postCheck: { delaySeconds: 0, sampleRatio: 0.1, maxScoreDrop: 20, errorRate: 0.2, random: () => 0.5 } });
    expect(healthy.result).toBe('not-needed');
    expect(healthy.check!.sampled).toHaveLength(2);
    expect(healthy.writes).toBe(0);

    for (const gw of fleet.gateways.values()) gw.knobs.degraded = true; // −35: 100 → 65, above 60 but a drop of 35
    const degraded = await rollback(h, { trigger: 'post-deploy-check', postCheck: { delaySeconds: 0, sampleRatio: 0.1, maxScoreDrop: 20, errorRate: 0.2, random: () => 0.5 } });
    expect(degraded.check!.degraded[0]!.reason).toBe('health dropped 100 → 65 (more than 20 points)');
    expect(degraded.result).toBe('rolled-back');
    expect(degraded.rollback!.changed).toBe(20);
    const audit = await h.recorder.readAudit();
    expect(audit.filter((l) => l.event === 'post-check').map((l) => l.outcome)).toEqual(['healthy', 'degraded']);
  });

  it('waits the check delay first (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#919191'));
    const n = fleet.log.length;
    const p = rollback(h, { trigger: 'post-deploy-check', postCheck: { delaySeconds: 300, sampleRatio: 1, maxScoreDrop: 20, errorRate: 0.2 } });
    await vi.advanceTimersByTimeAsync(299_000);
    expect(fleet.log.length).toBe(n);
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await p).result).toBe('not-needed');
  });
});

describe('rollback preserves secrets exactly', () => {
  it('restores a snapshot with a redacted literal back to the exact file', async () => {
    const { fleet, instances } = makeFleet(2, { initial: (i) => ({ gateway: { mode: 'local', port: 20000 + i }, logging: { file: `/tmp/fake-${i}.log` }, talk: { apiKey: `sk-talk-${i}` }, ui: { seamColor: '#000000' } }) });
    const before = instances.map((i) => fleet.gw(i.id).content());
    const h = harness(fleet, instances);
    await h.deploy({ gateway: { mode: 'local' }, talk: { apiKey: '__OPENCLAW_REDACTED__' }, ui: { seamColor: '#a0a0a0' } });
    const r = await rollback(h);
    expect(r.result).toBe('rolled-back');
    instances.forEach((i, k) => expect(contentEquals(fleet.gw(i.id).content(), before[k])).toBe(true));
    expect((fleet.gw('gw-1').content()['talk'] as { apiKey: string }).apiKey).toBe('sk-talk-1');
    expect([...h.store.files.values()].join()).not.toContain('sk-talk-1');
  });
});
