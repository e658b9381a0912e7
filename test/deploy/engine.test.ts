import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { contentEquals } from '../../src/deploy/content.js';
import { baseGatewayConfig, makeFleet, repoConfig, SENTINEL } from '../helpers/fake-gateway.js';
import { harness } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

const writesTo = (h: ReturnType<typeof harness>, ids?: string[]) =>
  h.fleet.log.filter((c) => c.method === 'config.apply' && (!ids || ids.includes(c.id))).length;

describe('rolling deploy on a simulated fleet of 300', () => {
  it('rolls out in batches of 100, records v1, and a second run writes nothing', async () => {
    const { fleet, instances } = makeFleet(300);
    const h = harness(fleet, instances);
    const { report, plan } = await h.deploy(repoConfig('#abcdef'), { batchSize: 100 });
    expect(plan.batches.map((b) => b.instances.length)).toEqual([100, 100, 100]);
    expect(report.result).toBe('succeeded');
    expect(report.counts.applied).toBe(300);
    expect(report.version).toBe(1);
    expect(report.writes).toBe(300);
    expect(report.batches.every((b) => b.passed && b.ratio === 1)).toBe(true);
    expect(report.verification).toEqual({ ok: true, checked: 300, drifted: [] });
    for (const i of instances) {
      const want = { ...repoConfig('#abcdef'), gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 20000 + Number(i.id.slice(3)) }, logging: { file: `/tmp/fake-${i.id.slice(3)}.log` } };
      expect(contentEquals(fleet.gw(i.id).content(), want)).toBe(true);
    }
    expect((await h.recorder.readCurrent())?.version).toBe(1);

    const seqBefore = fleet.lastSeq();
    const again = await h.deploy(repoConfig('#abcdef'), { batchSize: 100 });
    expect(again.report.result).toBe('succeeded');
    expect(again.report.writes).toBe(0);
    expect(again.report.counts.unchanged).toBe(300);
    expect(again.report.version).toBe(1);
    expect(fleet.calls(undefined, seqBefore).filter((c) => c.method === 'config.apply')).toHaveLength(0);
    for (const gw of fleet.gateways.values()) expect(gw.noopApplies).toBe(0);
  });

  it('RF-01: a batch failing its gate stops the rollout; instances 201–300 get no RPC after the plan', async () => {
    const { fleet, instances } = makeFleet(300);
    for (let i = 150; i <= 160; i++) fleet.gw(`gw-${i}`).knobs.failAfterWrite = true; // 11 of batch 2
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#010203'), { batchSize: 100 });
    expect(report.result).toBe('stopped');
    expect(report.batches).toHaveLength(2);
    expect(report.batches[1]).toMatchObject({ passed: false, healthy: 89, counted: 100 });
    expect(report.stopReasons[0]).toContain('batch 2 failed its gate: 89/100 healthy (89 % < 90 %)');
    // 11 % ≤ 20 %: no rollback, the applied ones stay and are listed.
    expect(report.rollback).toBeUndefined();
    expect(report.counts).toMatchObject({ applied: 189, failed: 11, untouched: 100 });
    const firstWrite = fleet.log.find((c) => c.method === 'config.apply')!.seq;
    for (let i = 201; i <= 300; i++) {
      const calls = fleet.calls(`gw-${i}`);
      expect(calls.map((c) => c.method)).toEqual(['config.get']);
      expect(calls[0]!.seq).toBeLessThan(firstWrite);
      expect(report.instances.find((x) => x.id === `gw-${i}`)).toMatchObject({ status: 'untouched', reason: 'not reached: the rollout stopped at batch 2' });
    }
    const failed = report.instances.find((x) => x.id === 'gw-150')!;
    expect(failed).toMatchObject({ status: 'failed', failure: 'unhealthy' });
    expect(failed.reason).toContain('not ready');
  });

  it('RF-01 with an error rate over 20 %: instances 1–200 return to their snapshots, verified by content', async () => {
    const { fleet, instances } = makeFleet(300);
    const before = new Map(instances.map((i) => [i.id, fleet.gw(i.id).content()]));
    for (let i = 150; i <= 175; i++) fleet.gw(`gw-${i}`).knobs.failAfterWrite = true; // 26 %
    const h = harness(fleet, instances);
    const { report, manifest } = await h.deploy(repoConfig('#0a0b0c'), { batchSize: 100 });
    expect(report.result).toBe('rolled-back');
    expect(report.rollback).toMatchObject({ ok: true, trigger: 'gate', scope: 'deployment', changed: 200 });
    expect(report.counts['rolled-back']).toBe(200);
    expect(Object.keys(manifest!.entries)).toHaveLength(200);
    expect(Object.keys(manifest!.blobs).length).toBeLessThanOrEqual(200);
    for (let i = 1; i <= 200; i++) {
      const id = `gw-${i}`;
      expect(contentEquals(fleet.gw(id).content(), before.get(id))).toBe(true);
      expect(fleet.gw(id).writes).toHaveLength(2); // the deploy and exactly one restore
    }
    for (let i = 201; i <= 300; i++) expect(fleet.calls(`gw-${i}`).map((c) => c.method)).toEqual(['config.get']);
    // The current version does not move on a rolled-back deployment.
    expect(await h.recorder.readCurrent()).toBeUndefined();
  });

  it('a config the gateways reject stops at the first batch; nothing else is written', async () => {
    const { fleet, instances } = makeFleet(30);
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#111111', { ui: { seamColor: '#111111', bogusKey: 1 } }), { batchSize: 10 });
    expect(report.result).toBe('stopped');
    expect(report.batches).toHaveLength(1);
    expect(report.counts).toMatchObject({ failed: 10, untouched: 20 });
    const f = report.instances[0]!;
    expect(f).toMatchObject({ status: 'failed', failure: 'rejected', written: false });
    expect(f.reason).toContain('Unrecognized key: "bogusKey"');
    expect(writesTo(h)).toBe(10);
    for (const gw of fleet.gateways.values()) expect(gw.writes).toHaveLength(0);
    expect(report.rollback).toBeUndefined(); // nothing was written, nothing to restore
  });
});

describe('drift (RF-05) and verification (CC-07)', () => {
  it('an operator edit between get and apply halts the rollout and is not overwritten', async () => {
    const { fleet, instances } = makeFleet(60);
    fleet.gw('gw-42').knobs.beforeWrite = (gw) => gw.operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#ffffff'));
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#222222'), { batchSize: 20 });
    expect(report.result).toBe('stopped');
    const gw42 = report.instances.find((i) => i.id === 'gw-42')!;
    expect(gw42).toMatchObject({ status: 'skipped', failure: 'drift', written: false });
    expect(report.stopReasons[0]).toMatch(/^drift on gw-42: config changed since it was read/);
    expect((fleet.gw('gw-42').content()['ui'] as Record<string, unknown>)['seamColor']).toBe('#ffffff');
    expect(fleet.gw('gw-42').writes).toHaveLength(0);
    // Batch 3 (41–60) was the drift batch; no batch after it; nothing retried automatically.
    expect(report.batches).toHaveLength(3);
    expect(fleet.calls('gw-42').filter((c) => c.method === 'config.apply')).toHaveLength(1);
  });

  it('on-drift: skip continues past the drifted instance', async () => {
    const { fleet, instances } = makeFleet(60);
    fleet.gw('gw-42').knobs.beforeWrite = (gw) => gw.operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#ffffff'));
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#222222'), { batchSize: 20, onDrift: 'skip' });
    expect(report.result).toBe('succeeded');
    expect(report.counts).toMatchObject({ applied: 59, skipped: 1 });
    expect(report.batches[2]).toMatchObject({ counted: 19, passed: true });
  });

  it('an instance changed by another tool after its batch fails the final verification and is not corrected', async () => {
    const { fleet, instances } = makeFleet(30);
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#333333'), { batchSize: 10 }, {}, {
      hooks: { afterBatch: (b) => void (b.index === 1 && fleet.gw('gw-7').operatorEdit((f) => ((f['ui'] as Record<string, unknown>)['seamColor'] = '#999999'))) },
    });
    expect(report.result).toBe('stopped');
    expect(report.verification?.ok).toBe(false);
    expect(report.stopReasons).toContain('verification failed: instance gw-7 drifted after apply (ui.seamColor); not corrected');
    expect((fleet.gw('gw-7').content()['ui'] as Record<string, unknown>)['seamColor']).toBe('#999999');
    expect(fleet.gw('gw-7').writes).toHaveLength(1);
  });
});

describe('unreachable ≠ unhealthy, no-data policy (RF-02)', () => {
  it('an unreachable instance counts against the budget: 1 of 10 passes, 2 of 10 stop', async () => {
    const one = makeFleet(20);
    one.fleet.gw('gw-5').knobs.unreachable = true;
    const r1 = (await harness(one.fleet, one.instances).deploy(repoConfig('#444444'), { batchSize: 10 })).report;
    expect(r1.result).toBe('succeeded');
    expect(r1.instances.find((i) => i.id === 'gw-5')).toMatchObject({ status: 'failed', failure: 'unreachable' });
    expect(r1.batches[0]).toMatchObject({ healthy: 9, counted: 10, passed: true });

    const two = makeFleet(20);
    two.fleet.gw('gw-5').knobs.unreachable = true;
    two.fleet.gw('gw-6').knobs.unreachable = true;
    const r2 = (await harness(two.fleet, two.instances).deploy(repoConfig('#444444'), { batchSize: 10 })).report;
    expect(r2.result).toBe('stopped');
    expect(r2.batches[0]).toMatchObject({ healthy: 8, counted: 10, passed: false });
    // 20 % error rate is not above 20 %: stop without rollback
    expect(r2.rollback).toBeUndefined();
    expect(r2.counts.untouched).toBe(10);
  });

  it('an instance that stops answering during the bake: no-data fail counts it, ignore leaves it out', async () => {
    vi.useFakeTimers();
    for (const noData of ['fail', 'ignore'] as const) {
      const { fleet, instances } = makeFleet(10);
      fleet.gw('gw-3').knobs.beforeWrite = (gw) => {
        gw.knobs.beforeWrite = undefined;
        setTimeout(() => (gw.knobs.unreachable = true), 10_000);
      };
      const p = harness(fleet, instances).deploy(repoConfig('#555555'), { batchSize: 5, minSuccessRatio: 1, waitSeconds: 60, probeIntervalSeconds: 30, noData });
      await vi.advanceTimersByTimeAsync(600_000);
      const { report } = await p;
      const b1 = report.batches[0]!;
      // fail: the gate cannot pass after the first probe round, so the bake ends early; ignore: both rounds.
      expect(b1.probes).toBe(noData === 'fail' ? 1 : 2);
      if (noData === 'fail') {
        expect(b1).toMatchObject({ passed: false, counted: 5, healthy: 4 });
        expect(report.instances.find((i) => i.id === 'gw-3')).toMatchObject({ status: 'failed', failure: 'unreachable' });
        expect(report.instances.find((i) => i.id === 'gw-3')!.reason).toMatch(/^unreachable during the bake/);
      } else {
        expect(b1).toMatchObject({ passed: true, counted: 4, healthy: 4 });
        expect(b1.notes.join(' ')).toContain('gw-3: no data');
        expect(report.result).toBe('succeeded');
      }
    }
  });

  it('a batch where no instance gives data fails even under no-data: ignore', async () => {
    vi.useFakeTimers();
    const { fleet, instances } = makeFleet(2);
    for (const gw of fleet.gateways.values()) {
      gw.knobs.beforeWrite = (g) => {
        g.knobs.beforeWrite = undefined;
        setTimeout(() => (g.knobs.unreachable = true), 1000);
      };
    }
    const p = harness(fleet, instances).deploy(repoConfig('#565656'), { batchSize: 2, noData: 'ignore', waitSeconds: 60, probeIntervalSeconds: 30 });
    await vi.advanceTimersByTimeAsync(600_000);
    const { report } = await p;
    expect(report.batches[0]).toMatchObject({ passed: false, counted: 0 });
    expect(report.batches[0]!.notes).toContain('no instance of the batch gave data: the gate cannot pass on no data');
  });
});

describe('pre-push health rule', () => {
  it('does not push to an instance scoring below 60 and counts it as unhealthy in its batch', async () => {
    const { fleet, instances } = makeFleet(10);
    fleet.gw('gw-2').knobs.notReady = true;
    const { report } = await harness(fleet, instances).deploy(repoConfig('#666666'), { batchSize: 10, minSuccessRatio: 0.9 });
    const gw2 = report.instances.find((i) => i.id === 'gw-2')!;
    // not ready (−50) with one failing check (−10)
    expect(gw2).toMatchObject({ status: 'skipped', failure: 'unhealthy', scoreBefore: 40 });
    expect(gw2.reason).toMatch(/^health score 40 < 60, not pushed/);
    expect(fleet.gw('gw-2').writes).toHaveLength(0);
    expect(report.batches[0]).toMatchObject({ healthy: 9, counted: 10, passed: true });
  });

  it('an explicitly excluded instance is reported and gets no RPC at all', async () => {
    const { fleet, instances } = makeFleet(5);
    const [bad, ...rest] = instances;
    const h = harness(fleet, rest);
    const { report } = await h.deploy(repoConfig('#676767'), {}, { excluded: [{ spec: bad!, reason: 'excluded by input exclude' }] });
    expect(report.result).toBe('succeeded');
    expect(report.instances[0]).toMatchObject({ id: 'gw-1', status: 'skipped', reason: 'excluded by input exclude' });
    expect(fleet.calls('gw-1')).toHaveLength(0);
  });
});

describe('persisted but not applied (RF-04)', () => {
  it('follows the restart guidance once and verifies; never resends the write', async () => {
    const { fleet, instances } = makeFleet(3);
    fleet.gw('gw-2').knobs.unavailableOnWrite = { persist: true };
    fleet.gw('gw-2').knobs.restartMs = 20;
    fleet.gw('gw-2').knobs.restartDelayMs = 0;
    const { report } = await harness(fleet, instances).deploy(repoConfig('#777777'), { batchSize: 3 });
    expect(report.result).toBe('succeeded');
    const gw2 = report.instances.find((i) => i.id === 'gw-2')!;
    expect(gw2.status).toBe('applied');
    expect(gw2.reason).toContain('applied after UNAVAILABLE and one restart request');
    expect(fleet.calls('gw-2').filter((c) => c.method === 'config.apply')).toHaveLength(1);
    expect(fleet.calls('gw-2').filter((c) => c.method === 'gateway.restart.request')).toHaveLength(1);
  });

  it('UNAVAILABLE without persistence is a failure (not success, not a resend)', async () => {
    const { fleet, instances } = makeFleet(3);
    fleet.gw('gw-2').knobs.unavailableOnWrite = { persist: false };
    const { report } = await harness(fleet, instances).deploy(repoConfig('#787878'), { batchSize: 3, minSuccessRatio: 0.5 });
    const gw2 = report.instances.find((i) => i.id === 'gw-2')!;
    expect(gw2).toMatchObject({ status: 'failed', failure: 'not-applied' });
    expect(fleet.calls('gw-2').filter((c) => c.method === 'config.apply')).toHaveLength(1);
    expect(fleet.calls('gw-2').filter((c) => c.method === 'gateway.restart.request')).toHaveLength(0);
  });
});

describe('strategy rules and confirmation tokens', () => {
  it('all-at-once is fine for ≤ 10 instances: one batch', async () => {
    const { fleet, instances } = makeFleet(10);
    const { plan, report } = await harness(fleet, instances).deploy(repoConfig('#888888'), { strategy: 'all-at-once' });
    expect(plan.batches).toHaveLength(1);
    expect(report.result).toBe('succeeded');
  });

  it('all-at-once above 10 needs allow-all-at-once; refused before any write', async () => {
    const { fleet, instances } = makeFleet(11);
    const h = harness(fleet, instances);
    await expect(h.deploy(repoConfig('#888888'), { strategy: 'all-at-once' })).rejects.toThrow(UserError);
    await expect(h.deploy(repoConfig('#888888'), { strategy: 'all-at-once' })).rejects.toThrow('rolling is required above 10 instances');
    expect(writesTo(h)).toBe(0);
    expect(await h.recorder.readLock()).toBeUndefined(); // lock released after the refusal
    const ok = await h.deploy(repoConfig('#888888'), { strategy: 'all-at-once', allowAllAtOnce: true });
    expect(ok.report.result).toBe('succeeded');
  });

  it('all-at-once above 100 needs the token of this very plan (dry-run digest)', async () => {
    const { fleet, instances } = makeFleet(101);
    const h = harness(fleet, instances);
    const policy = { strategy: 'all-at-once' as const, allowAllAtOnce: true };
    const dry = await h.deploy(repoConfig('#999999'), policy, { dryRun: true });
    expect(dry.report.result).toBe('planned');
    expect(dry.plan.blockers[0]).toContain(`needs confirmation-token: ${dry.plan.digest.slice(7, 19)}`);
    await expect(h.deploy(repoConfig('#999999'), policy)).rejects.toThrow('needs confirmation-token');
    await expect(h.deploy(repoConfig('#999999'), { ...policy, confirmationToken: 'deadbeefdead' })).rejects.toThrow('does not match this plan');
    // A token for another config does not match either.
    const other = await h.deploy(repoConfig('#9999aa'), policy, { dryRun: true });
    await expect(h.deploy(repoConfig('#999999'), { ...policy, confirmationToken: other.plan.digest.slice(7, 19) })).rejects.toThrow('does not match this plan');
    expect(writesTo(h)).toBe(0);
    const { report } = await h.deploy(repoConfig('#999999'), { ...policy, confirmationToken: dry.plan.digest.slice(7, 19) });
    expect(report.result).toBe('succeeded');
    expect(report.counts.applied).toBe(101);
    expect(report.planDigest).toBe(dry.plan.digest);
  });

  it('a dry run writes nothing, takes no lock and names the next version', async () => {
    const { fleet, instances } = makeFleet(5);
    const h = harness(fleet, instances);
    const { report, plan } = await h.deploy(repoConfig('#121212'), {}, { dryRun: true });
    expect(report.result).toBe('planned');
    expect(plan.version).toBe(1);
    expect(plan.counts).toEqual({ total: 5, update: 5, unchanged: 0, unreachable: 0, excluded: 0 });
    expect(plan.instances[0]!.changes).toEqual([{ path: 'ui.seamColor', op: 'change', class: 'none' }]);
    expect(fleet.log.every((c) => c.method === 'config.get' || c.method === 'config.schema.lookup')).toBe(true);
    expect(h.store.files.size).toBe(0);
  });
});

describe('restarts, cooldown and auto-rollback (RF-07)', () => {
  it('a restart-requiring deploy that fails its gate is rolled back after the 30 s cooldown, once', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-21T10:00:00Z') });
    const { fleet, instances } = makeFleet(2);
    for (const gw of fleet.gateways.values()) {
      gw.knobs.restartMs = 3000;
      gw.knobs.restartDelayMs = 500;
      // The new config breaks the gateway a few seconds after its restart; the old one works again.
      gw.knobs.beforeWrite = (g) => {
        if (g.writes.length === 0) g.knobs.unhealthyAfter = Date.now() + 5000;
        else g.knobs.unhealthyAfter = undefined;
      };
    }
    const h = harness(fleet, instances);
    const config = repoConfig('#131313', { env: { vars: { FEATURE: 'on' } } }); // env.* needs a restart
    const p = h.deploy(config, { batchSize: 2, restartCooldownSeconds: 30, waitSeconds: 10, probeIntervalSeconds: 5 });
    await vi.advanceTimersByTimeAsync(300_000);
    const { report } = await p;
    expect(report.result).toBe('rolled-back');
    expect(report.batches[0]).toMatchObject({ passed: false, healthy: 0 });
    for (const gw of fleet.gateways.values()) {
      expect(gw.writes).toHaveLength(2);
      const deployRestart = gw.writes[0]!.t + 500; // the restart the deploy write caused
      const rollbackWrite = gw.writes[1]!.t;
      expect(rollbackWrite - deployRestart).toBeGreaterThanOrEqual(30_000);
      expect(gw.restarts).toBe(2);
    }
    expect(report.rollback!.instances.map((i) => i.status)).toEqual(['restored', 'restored']);
    expect(h.logger.lines.some((l) => /gw-1: waited \d+ s for the gateway's restart cooldown before restoring/.test(l))).toBe(true);
  });

  it('a listener change is refused without allow-process-restart and a hook; with both, the hook restarts each instance', async () => {
    const { fleet, instances } = makeFleet(2);
    const moved = instances.map((i) => ({ ...i, overlay: { ...i.overlay, gateway: { port: 30000 + Number(i.id.slice(3)) } } }));
    const h = harness(fleet, moved);
    await expect(h.deploy(repoConfig('#141414'))).rejects.toThrow(/listener settings change on 2 instance\(s\): gw-1 \(gateway\.port\); gw-2 \(gateway\.port\)/);
    expect(writesTo(h)).toBe(0);
    const restarted: string[] = [];
    const { report } = await h.deploy(repoConfig('#141414'), { allowProcessRestart: true }, {}, {
      restartHook: async (inst) => {
        restarted.push(inst.id);
        const gw = fleet.gw(inst.id);
        gw.pendingRestart = Date.now();
        gw.knobs.restartMs = 10;
      },
    });
    expect(restarted).toEqual(['gw-1', 'gw-2']);
    expect(report.result).toBe('succeeded');
    expect(report.instances.every((i) => i.restarted)).toBe(true);
  });

  it('a gateway that never restarts after a restart-requiring write fails with restart-timeout', async () => {
    vi.useFakeTimers();
    const { fleet, instances } = makeFleet(1);
    fleet.gw('gw-1').knobs.neverRestart = true;
    const h = harness(fleet, instances);
    const p = h.deploy(repoConfig('#151515', { env: { vars: { A: 'b' } } }), { restartTimeoutSeconds: 20, minSuccessRatio: 1, autoRollback: false });
    await vi.advanceTimersByTimeAsync(60_000);
    const { report } = await p;
    expect(report.instances[0]).toMatchObject({ status: 'failed', failure: 'restart-timeout' });
    expect(report.instances[0]!.reason).toContain('did not restart and get ready within 20 s');
  });
});

describe('rollback refused by the gateway (RF-10)', () => {
  it('stops at that instance: manual intervention required, each instance listed with its hash, no loop', async () => {
    const { fleet, instances } = makeFleet(6);
    for (const gw of fleet.gateways.values()) {
      gw.knobs.failAfterWrite = true;
      // After the deploy, the gateway refuses the old config (schema skew).
      gw.knobs.beforeWrite = (g) => {
        if (g.writes.length === 1) g.knobs.reject = () => 'ui.seamColor: a newer gateway refuses the old value';
      };
    }
    const { report } = await harness(fleet, instances).deploy(repoConfig('#161616'), { batchSize: 6, concurrency: 1 });
    expect(report.result).toBe('stopped');
    const rb = report.rollback!;
    expect(rb.ok).toBe(false);
    expect(rb.manualIntervention).toMatch(/^manual intervention required: gw-1: the gateway rejected the config/);
    expect(rb.instances[0]).toMatchObject({ id: 'gw-1', status: 'rejected' });
    expect(rb.instances.slice(1).every((i) => i.status === 'not-attempted')).toBe(true);
    expect(rb.instances.every((i) => typeof i.currentHash === 'string' && i.currentHash.startsWith('hmac-sha256:'))).toBe(true);
    for (const gw of fleet.gateways.values()) expect(fleet.calls(gw.id).filter((c) => c.method === 'config.apply').length).toBeLessThanOrEqual(2);
    expect(report.stopReasons.at(-1)).toContain('manual intervention required');
  });
});

describe('secrets and env references', () => {
  it('keeps a gateway-held secret through deploy and rollback (sentinel in the repo config)', async () => {
    const { fleet, instances } = makeFleet(2, { initial: (i) => ({ ...baseGatewayConfig(i), models: { providers: { fake: { apiKey: `sk-live-${i}`, baseUrl: 'http://127.0.0.1:9/v1' } } } }) });
    for (const gw of fleet.gateways.values()) gw.knobs.failAfterWrite = true;
    const before = [...fleet.gateways.values()].map((g) => g.content());
    const config = repoConfig('#171717', { models: { providers: { fake: { apiKey: SENTINEL, baseUrl: 'http://127.0.0.1:9/v1' } } } });
    const h = harness(fleet, instances);
    const { plan, report } = await h.deploy(config, { batchSize: 2 });
    expect(plan.instances[0]!.changes.map((c) => c.path)).toEqual(['ui.seamColor']);
    expect(plan.notes.join(' ')).not.toContain('hold secrets');
    expect(report.result).toBe('rolled-back');
    const after = [...fleet.gateways.values()].map((g) => g.content());
    expect(after.map((c) => JSON.stringify({ ...c, meta: undefined }))).toEqual(before.map((c) => JSON.stringify({ ...c, meta: undefined })));
    const stored = [...h.store.files.values()].join('\n');
    expect(stored).not.toContain('sk-live-1');
    expect(stored).not.toContain('sk-live-2');
  });

  it('warns in the plan when the repo config replaces a redacted secret (rollback could not restore it)', async () => {
    const { fleet, instances } = makeFleet(1, { initial: (i) => ({ ...baseGatewayConfig(i), models: { providers: { fake: { apiKey: 'sk-literal' } } } }) });
    const { plan } = await harness(fleet, instances).deploy(repoConfig('#181818', { models: { providers: { fake: { apiKey: '${FAKE_API_KEY}' } } } }), {}, { dryRun: true });
    expect(plan.instances[0]!.secretPathsUnverifiable).toEqual(['models.providers.fake.apiKey']);
    expect(plan.notes.join(' ')).toContain('a snapshot rollback cannot bring them back');
  });

  it('fails an instance whose gateway lacks a ${VAR} of the deployed config', async () => {
    const { fleet, instances } = makeFleet(2, { env: (id): Record<string, string> => (id === 'gw-2' ? {} : { FAKE_API_KEY: 'x' }) });
    const { report } = await harness(fleet, instances).deploy(repoConfig('#191919', { models: { providers: { fake: { apiKey: '${FAKE_API_KEY}' } } } }), { batchSize: 2, minSuccessRatio: 0.5 });
    expect(report.instances[0]).toMatchObject({ id: 'gw-1', status: 'applied' });
    expect(report.instances[1]).toMatchObject({ id: 'gw-2', status: 'failed', failure: 'missing-env' });
    expect(report.instances[1]!.reason).toContain('lacks FAKE_API_KEY (models.providers.fake.apiKey)');
  });
});

describe('resume and idempotency (CC-04, CC-05)', () => {
  it('a run killed after batch 1 resumes at batch 2 with no second write to batch 1', async () => {
    const { fleet, instances } = makeFleet(30);
    const h = harness(fleet, instances);
    await expect(
      h.deploy(repoConfig('#202020'), { batchSize: 10 }, {}, {
        hooks: {
          afterBatch: (b) => {
            if (b.index === 1) throw new Error('runner killed');
          },
        },
      }),
    ).rejects.toThrow('runner killed');
    const first = await h.recorder.latestDeployment();
    expect(first?.status).toBe('running');
    const writesAfterKill = writesTo(h);
    expect(writesAfterKill).toBe(10);
    const { report } = await h.deploy(repoConfig('#202020'), { batchSize: 10 });
    expect(report.deploymentId).toBe(first!.deploymentId);
    expect(report.attempt).toBe(2);
    expect(report.result).toBe('succeeded');
    expect(report.writes).toBe(20);
    for (let i = 1; i <= 10; i++) {
      expect(fleet.gw(`gw-${i}`).writes).toHaveLength(1);
      expect(report.instances.find((x) => x.id === `gw-${i}`)).toMatchObject({ status: 'applied', written: true, reason: 'applied by an earlier attempt of this deployment (already on the target; not written again)' });
    }
    // Batch 1 was already baked in attempt 1: its gate reuses the pre-flight probes — no bake, no new probe.
    expect(report.batches[0]!.probes).toBe(0);
    expect(report.batches[0]!.passed).toBe(true);
    const audit = await h.recorder.readAudit();
    expect(audit.filter((l) => l.event === 'deploy-start').map((l) => l.outcome)).toEqual(['started', 'resumed']);
  });

  it('instances that failed in an earlier attempt are retried only with retry-failed', async () => {
    const { fleet, instances } = makeFleet(10);
    fleet.gw('gw-3').knobs.reject = () => 'ui: transient refusal';
    const h = harness(fleet, instances);
    const r1 = await h.deploy(repoConfig('#212121'), { batchSize: 5, minSuccessRatio: 1, autoRollback: false });
    expect(r1.report.result).toBe('stopped');
    fleet.gw('gw-3').knobs.reject = undefined;
    const r2 = await h.deploy(repoConfig('#212121'), { batchSize: 5, minSuccessRatio: 1, autoRollback: false });
    expect(r2.report.instances.find((i) => i.id === 'gw-3')).toMatchObject({ status: 'failed', failure: 'previously-failed' });
    expect(r2.report.counts).toEqual(r1.report.counts); // consistent counts across attempts
    const r3 = await h.deploy(repoConfig('#212121'), { batchSize: 5, minSuccessRatio: 1, autoRollback: false, retryFailed: true });
    expect(r3.report.result).toBe('succeeded');
    expect(r3.report.instances.find((i) => i.id === 'gw-3')).toMatchObject({ status: 'applied' });
    expect(r3.report.attempt).toBe(3);
  });
});

describe('records', () => {
  it('registers versions by content, keeps history for N-1, and writes an audit line per step', async () => {
    const { fleet, instances } = makeFleet(4);
    const h = harness(fleet, instances);
    const a = await h.deploy(repoConfig('#303030'), { batchSize: 2 });
    const b = await h.deploy(repoConfig('#313131'), { batchSize: 2 });
    expect([a.report.version, b.report.version]).toEqual([1, 2]);
    expect(b.report.fromVersion).toBe(1);
    expect(await h.recorder.previousVersion()).toBe(1);
    const v2 = await h.recorder.readVersion(2);
    expect(v2?.config).toEqual(repoConfig('#313131'));
    // Redeploying the content of v1 reuses its number.
    const c = await h.deploy(repoConfig('#303030'), { batchSize: 2 });
    expect(c.report.version).toBe(1);
    expect((await h.recorder.readCurrent())?.history.map((x) => x.version)).toEqual([1, 2, 1]);
    const audit = await h.recorder.readAudit();
    const events = audit.filter((l) => l.deploymentId === b.report.deploymentId).map((l) => l.event);
    expect(events).toEqual(['deploy-start', 'batch', 'batch', 'verify', 'deploy-end']);
    const batchLine = audit.find((l) => l.event === 'batch')!;
    expect(batchLine).toMatchObject({ actor: 'tester', environment: 'prod', toVersion: 1, outcome: 'passed' });
    expect(batchLine.probeDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses a second deployment while the environment is locked', async () => {
    const { fleet, instances } = makeFleet(2);
    const h = harness(fleet, instances);
    await h.recorder.acquireLock('another-run', 'deploy', 'x');
    await expect(h.deploy(repoConfig('#323232'))).rejects.toThrow(/environment 'prod' is locked by another-run \(deploy, deployment x\)/);
    expect(fleet.log).toHaveLength(0);
  });

  it('progress lines name each instance and never print a token', async () => {
    const { fleet, instances } = makeFleet(3);
    const h = harness(fleet, instances);
    await h.deploy(repoConfig('#333334'), { batchSize: 3 });
    expect(h.logger.lines.filter((l) => /^\[\d+\/3\] gw-\d: applied/.test(l))).toHaveLength(3);
  });
});

describe('progress deadline and cancellation', () => {
  it('RF-03: no progress within the deadline aborts and rolls back what may have landed', async () => {
    vi.useFakeTimers();
    const { fleet, instances } = makeFleet(4);
    fleet.gw('gw-2').knobs.writeLatencyMs = 10 * 60_000; // a write that hangs
    const h = harness(fleet, instances);
    const p = h.deploy(repoConfig('#404040'), { batchSize: 2, progressDeadlineSeconds: 30 }, {}, { writeTimeoutMs: 15 * 60_000 });
    await vi.advanceTimersByTimeAsync(120_000);
    const { report } = await p;
    expect(report.stopReasons[0]).toBe('no progress in 30 s (progress-deadline-seconds): aborted');
    expect(report.result).toBe('rolled-back');
    expect(report.rollback!.instances.map((i) => `${i.id}:${i.status}`).sort()).toEqual(['gw-1:restored', 'gw-2:unchanged']);
    expect(fleet.calls('gw-3')).toHaveLength(1);
    expect(fleet.calls('gw-4')).toHaveLength(1);
  });

  it('RF-12: an in-flight write that outlasts the grace period after a cancel is cut off (and recorded as possibly written)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { fleet, instances } = makeFleet(2);
    fleet.gw('gw-1').knobs.writeLatencyMs = 60_000;
    const ctrl = new AbortController();
    const h = harness(fleet, instances);
    const p = h.deploy(repoConfig('#424242'), { batchSize: 2, concurrency: 2 }, {}, { signal: ctrl.signal, hooks: { beforeWrite: (id) => void (id === 'gw-2' && setTimeout(() => ctrl.abort(), 1000)) } });
    await vi.advanceTimersByTimeAsync(7_000); // cancel at 1 s + 5 s grace
    const { report } = await p;
    expect(Date.now()).toBeLessThan(8_000);
    expect(report.result).toBe('stopped');
    expect(report.instances.find((i) => i.id === 'gw-1')).toMatchObject({ written: true });
    const rec = await h.recorder.latestDeployment();
    expect(rec?.instances['gw-1']?.written).toBe(true);
  });

  it('RF-12: a cancel lets in-flight writes finish, starts nothing new and does not roll back', async () => {
    const { fleet, instances } = makeFleet(6);
    const ctrl = new AbortController();
    const h = harness(fleet, instances);
    const { report } = await h.deploy(repoConfig('#414141'), { batchSize: 3, concurrency: 3 }, {}, {
      signal: ctrl.signal,
      hooks: { beforeWrite: (id) => void (id === 'gw-4' && ctrl.abort()) },
    });
    expect(report.result).toBe('stopped');
    expect(report.stopReasons[0]).toMatch(/^cancelled/);
    expect(report.counts.applied).toBeGreaterThanOrEqual(3);
    expect(report.rollback).toBeUndefined();
    expect(fleet.gw('gw-1').writes).toHaveLength(1);
  });
});
