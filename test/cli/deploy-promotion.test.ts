/**
 * CLI parity for the promotion features (issue #7): `clawfleet deploy --expected-plan-digest --promotion-id`,
 * the digest printed by `clawfleet plan` (text and --json), `clawfleet rollback --promotion-id` and
 * `--to-version previous` with no earlier version — run in-process through runCli against the simulated
 * fleet over real HTTP (the real gateway client), with a folder state store.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSON5 from 'json5';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { runCli } from '../../src/cli/cli.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { DirStore } from '../../src/deploy/store/dir.js';

const SIM_BASE = {
  gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 18789 },
  plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
  update: { checkOnStart: false },
};

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

let sim: SimFleet;
let work: string;
beforeAll(async () => {
  // zones az-a/az-b/az-c round robin: a zone is a slice of the environment (one matrix job of a wave).
  sim = await startSimFleet({ count: 6, config: () => structuredClone(SIM_BASE), knobs: { rateLimit: false } });
  work = mkdtempSync(join(tmpdir(), 'clawfleet-cli-promo-'));
});
afterAll(async () => {
  await sim?.stop();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  sim.log.clear();
});

let n = 0;
/** A config repo folder with the entry config at `color`; returns its path (the CLI's cwd). */
function repo(color: string): string {
  const dir = join(work, `repo-${++n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openclaw.json5'), `{ $include: "./base.json5", ui: { seamColor: "${color}" } }\n`);
  writeFileSync(join(dir, 'base.json5'), JSON.stringify(SIM_BASE, null, 2));
  return dir;
}

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { ...sim.env, ...env }, cwd });
  return { code, stdout, stderr };
}

const FAST = ['--batch-size', '2', '--wait-seconds', '0', '--probe-interval-seconds', '0'];
/** id → zone, from the inventory the sim fleet wrote. */
const zoneOf = (id: string): string | undefined => {
  const doc = JSON5.parse(readFileSync(sim.inventoryFile, 'utf8')) as { instances: Array<{ id: string; zone?: string }> };
  return doc.instances.find((i) => i.id === id)?.zone;
};
const colorOf = (id: string) => (sim.configOf(id).parsed as { ui?: { seamColor?: string } }).ui?.seamColor;
const stateFiles = (cwd: string) => (existsSync(join(cwd, '.clawfleet-state')) ? readdirSync(join(cwd, '.clawfleet-state'), { recursive: true }) : []);

describe('clawfleet plan prints the plan digest', () => {
  it('in the text output and in --json (plan.digest and planDigest), and sends no write', async () => {
    const cwd = repo('#0a0a01');
    const text = await cli(cwd, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST]);
    expect(text.code).toBe(0);
    const m = /Plan digest `(sha256:[0-9a-f]{64})`/.exec(text.stdout);
    expect(m).not.toBeNull();
    const json = await cli(cwd, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as { plan: { digest: string }; planDigest: string; confirmationToken: string };
    expect(doc.planDigest).toBe(m![1]);
    expect(doc.plan.digest).toBe(m![1]);
    expect(doc.confirmationToken).toBe(m![1]!.slice(7, 19));
    expect(sim.log.count({ write: true })).toBe(0);
  });
});

describe('clawfleet deploy --expected-plan-digest', () => {
  it('deploys when the digest is the one `plan` printed (bare hex, any case, is accepted too)', async () => {
    const cwd = repo('#0a0a02');
    const planned = JSON.parse((await cli(cwd, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--json'])).stdout) as { planDigest: string };
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--environment', 'bind', '--expected-plan-digest', planned.planDigest.slice(7).toUpperCase(), '--verbose']);
    expect(r.stderr).toContain(`--expected-plan-digest: the plan matches ${planned.planDigest} (this selection)`);
    expect(r.code).toBe(0);
    for (const i of sim.instances) expect(colorOf(i.id)).toBe('#0a0a02');
  });

  it('a slice (--instances zone=az-a) accepts the digest of the whole environment it is part of', async () => {
    const cwd = repo('#0a0a03');
    const whole = JSON.parse((await cli(cwd, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--json'])).stdout) as { planDigest: string };
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--environment', 'slice', '--instances', 'zone=az-a', '--expected-plan-digest', whole.planDigest, '--verbose']);
    expect(r.stderr).toContain('(the whole environment this selection is part of)');
    const inA = sim.instances.filter((i) => zoneOf(i.id) === 'az-a');
    expect(inA.length).toBe(2);
    for (const i of inA) expect(colorOf(i.id)).toBe('#0a0a03');
    for (const i of sim.instances.filter((x) => zoneOf(x.id) !== 'az-a')) expect(colorOf(i.id)).not.toBe('#0a0a03');
  });

  it('refuses a plan that changed since sign-off: exit 1, both digests and the fix, no RPC, no lock, no record', async () => {
    const signed = repo('#0a0a04');
    const approved = JSON.parse((await cli(signed, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--json'])).stdout) as { planDigest: string };
    const cwd = repo('#0a0a05'); // the config changed after the review
    sim.log.clear();
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--expected-plan-digest', approved.planDigest]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`clawfleet deploy: --expected-plan-digest: the plan changed since it was signed off — approved ${approved.planDigest}, about to run sha256:`);
    expect(r.stderr).toContain('Nothing was written, no lock was taken and no gateway was contacted. Fix:');
    expect(sim.log.entries).toHaveLength(0);
    expect(stateFiles(cwd)).toEqual([]);
  });

  it('a different batch size is a different plan: refused the same way', async () => {
    const cwd = repo('#0a0a06');
    const approved = JSON.parse((await cli(cwd, ['plan', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--json'])).stdout) as { planDigest: string };
    sim.log.clear();
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, '--batch-size', '3', '--wait-seconds', '0', '--probe-interval-seconds', '0', '--expected-plan-digest', approved.planDigest]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the plan changed since it was signed off');
    expect(sim.log.entries).toHaveLength(0);
  });

  it.each([
    ['sha256:1234', "The value 'sha256:1234' is not valid for '--expected-plan-digest'. Expected sha256:<64 hex>"],
    ['md5:' + 'a'.repeat(32), "is not valid for '--expected-plan-digest'"],
    ['z'.repeat(64), "is not valid for '--expected-plan-digest'"],
  ])('refuses the malformed digest %s as a usage error naming the flag and the value (exit 2)', async (value, message) => {
    const cwd = repo('#0a0a07');
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, '--expected-plan-digest', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(sim.log.entries).toHaveLength(0);
  });
});

describe('clawfleet deploy --promotion-id and clawfleet rollback --promotion-id', () => {
  it('records the promotion in every slice; rollback restores all of them, newest first; a second run sends no write', async () => {
    const before = repo('#0b0b00');
    expect((await cli(before, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, '--environment', 'promo', '--state-dir', join(work, 'promo-state')])).code).toBe(0);
    const cwd = repo('#0b0b01');
    const state = ['--environment', 'promo', '--state-dir', join(work, 'promo-state')];
    const ids: string[] = [];
    for (const zone of ['az-a', 'az-b', 'az-c']) {
      const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state, '--instances', `zone=${zone}`, '--promotion-id', 'rel-42', '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { promotionId: string; report: { deploymentId: string; promotionId: string } };
      expect(doc).toMatchObject({ promotionId: 'rel-42', report: { promotionId: 'rel-42' } });
      ids.push(doc.report.deploymentId);
    }
    const rec = new StateRecorder(new DirStore(join(work, 'promo-state')), 'promo');
    for (const id of ids) expect((await rec.readDeployment(id))?.promotionId).toBe('rel-42');
    for (const i of sim.instances) expect(colorOf(i.id)).toBe('#0b0b01');

    sim.log.clear();
    const rb = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, '--promotion-id', 'rel-42', ...FAST]);
    expect(rb.stderr).toBe('');
    expect(rb.code).toBe(0);
    const lines = rb.stdout.trim().split('\n');
    expect(lines[0]).toBe(`rolled-back: ${sim.instances.length} instance(s) of promotion rel-42 restored to their recorded snapshots across 3 deployment(s)`);
    // One line per deployment, newest first.
    expect(lines.slice(1).map((l) => l.trim().split(' ')[0])).toEqual([...ids].reverse());
    for (const i of sim.instances) expect(colorOf(i.id)).toBe('#0b0b00');

    sim.log.clear();
    const again = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, '--promotion-id', 'rel-42', '--json']);
    expect(again.code).toBe(0);
    const doc = JSON.parse(again.stdout) as { result: string; writes: number; promotion: { id: string; deployments: Array<{ deploymentId: string }> } };
    expect(doc).toMatchObject({ result: 'unchanged', writes: 0, promotion: { id: 'rel-42' } });
    expect(doc.promotion.deployments.map((d) => d.deploymentId)).toEqual([...ids].reverse());
    expect(sim.log.count({ write: true })).toBe(0);
    // No token in any output or record.
    const records = (readdirSync(join(work, 'promo-state'), { recursive: true }) as string[])
      .map((f) => join(work, 'promo-state', f))
      .filter((f) => /\.(json|jsonl)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const token of Object.values(sim.env)) {
      for (const text of [rb.stdout, rb.stderr, again.stdout, again.stderr, records]) expect(text).not.toContain(token);
    }
  });

  it('GITHUB_RUN_ID is the default promotion id (as in the action); an unknown promotion rolls back nothing', async () => {
    const cwd = repo('#0b0b02');
    const state = ['--environment', 'promo-run', '--state-dir', join(work, 'promo-run-state')];
    const r = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state, '--json'], { GITHUB_RUN_ID: '777001', GITHUB_REPOSITORY: 'acme/cfg' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ promotionId: '777001', report: { promotionId: '777001' } });
    sim.log.clear();
    const none = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, '--promotion-id', 'never-ran']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe("unchanged: promotion never-ran recorded no deployment in environment 'promo-run' (it wrote nothing there): nothing to roll back, no write sent\n");
    expect(sim.log.count({ write: true })).toBe(0);
  });

  it.each([
    [['deploy', '--config', 'openclaw.json5', '--promotion-id', 'has space'], "The value 'has space' is not valid for '--promotion-id'. Expected 1–128 characters"],
    [['deploy', '--config', 'openclaw.json5', '--promotion-id', '-leading-dash'], "is not valid for '--promotion-id'"],
    [['rollback', '--promotion-id', '../etc'], "The value '../etc' is not valid for '--promotion-id'."],
    [['rollback', '--promotion-id', 'p1', '--to-version', 'previous'], "Only one of '--promotion-id', '--deployment-id'/'--manifest-file' and '--to-version' can be set"],
    [['rollback', '--promotion-id', 'p1', '--deployment-id', '20260101T000000Z-v2-aaaaaaaa'], "Only one of '--promotion-id'"],
    [['rollback', '--promotion-id', 'p1', '--trigger', 'post-deploy-check'], 'cannot be combined with promotion-id'],
  ])('%j is a usage error naming the flag (exit 2, nothing sent)', async (args, message) => {
    const cwd = repo('#0b0b03');
    const r = await cli(cwd, [...args, '--inventory', sim.inventoryFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(sim.log.entries).toHaveLength(0);
    expect(stateFiles(cwd)).toEqual([]);
  });

  it('a rollback that finds no deployment at all fails with a clear message (exit 1)', async () => {
    const cwd = repo('#0b0b04');
    const r = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, '--environment', 'empty']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("clawfleet rollback: no deployment is recorded for environment 'empty'");
  });
});

describe('clawfleet rollback --manifest-file (parity with the action input)', () => {
  it('restores the snapshots of the manifest given as a file', async () => {
    const stateDir = join(work, 'manifest-state');
    const state = ['--environment', 'mf', '--state-dir', stateDir];
    const base = repo('#0d0d00');
    expect((await cli(base, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state])).code).toBe(0);
    const cwd = repo('#0d0d01');
    const d = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state, '--json']);
    const depId = (JSON.parse(d.stdout) as { report: { deploymentId: string } }).report.deploymentId;
    const manifest = await new StateRecorder(new DirStore(stateDir), 'mf').readManifest(depId);
    writeFileSync(join(cwd, 'manifest.json'), JSON.stringify(manifest));
    const r = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, ...FAST, '--manifest-file', 'manifest.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`instance(s) of deployment ${depId} restored`);
    for (const i of sim.instances) expect(colorOf(i.id)).toBe('#0d0d00');
  });

  it.each([
    ['missing.json', undefined, "--manifest-file 'missing.json' cannot be read as a rollback manifest"],
    ['broken.json', '{ not json', "--manifest-file 'broken.json' cannot be read as a rollback manifest"],
    ['other.json', JSON.stringify({ schema: 1, hello: 'world' }), "--manifest-file 'other.json' is not a clawfleet rollback manifest"],
  ])('%s: exit 1 naming the flag and the file, nothing sent', async (file, content, message) => {
    const cwd = repo('#0d0d02');
    if (content !== undefined) writeFileSync(join(cwd, file), content);
    sim.log.clear();
    const r = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, '--manifest-file', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`clawfleet rollback: ${message}`);
    expect(sim.log.entries).toHaveLength(0);
    expect(stateFiles(cwd)).toEqual([]);
  });
});

describe('first deployment rolled back: current.json and --to-version previous', () => {
  it('current.json names no version (pre-clawfleet baseline); previous is a clear error; the next deploy starts from none', async () => {
    const cwd = repo('#0c0c01');
    const stateDir = join(work, 'first-state');
    const state = ['--environment', 'first', '--state-dir', stateDir];
    const originals = new Map(sim.instances.map((i) => [i.id, colorOf(i.id)]));
    const d = await cli(cwd, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state, '--json']);
    expect(d.code).toBe(0);
    const depId = (JSON.parse(d.stdout) as { report: { deploymentId: string } }).report.deploymentId;
    const rec = new StateRecorder(new DirStore(stateDir), 'first');
    expect((await rec.readCurrent())?.version).toBe(1);

    // The first deployment is current: nothing earlier was recorded.
    sim.log.clear();
    const prev1 = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, ...FAST, '--to-version', 'previous']);
    expect(prev1.code).toBe(1);
    expect(prev1.stderr).toContain("clawfleet rollback: to-version: previous — environment 'first' has no earlier successful version (current: v1;");
    expect(prev1.stderr).toContain('Fix: name a version (e.g. to-version: v3), or restore a deployment');
    expect(sim.log.count({ write: true })).toBe(0);

    const rb = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, ...state, ...FAST]);
    expect(rb.code).toBe(0);
    expect(rb.stdout).toMatch(/^rolled-back: /);
    for (const i of sim.instances) expect(colorOf(i.id)).toBe(originals.get(i.id));
    const cur = await rec.readCurrent();
    expect(cur?.version).toBeUndefined();
    expect(cur?.digest).toBeUndefined();
    expect(cur?.baseline).toMatchObject({ rolledBack: depId });
    expect(cur?.history.map((h) => (h.baseline ? 'baseline' : h.version))).toEqual([1, 'baseline']);

    // Deploying again starts from "no version", and N-1 of it is the baseline, never the rolled-back v1.
    const cwd2 = repo('#0c0c02');
    const d2 = await cli(cwd2, ['deploy', '--config', 'openclaw.json5', '--inventory', sim.inventoryFile, ...FAST, ...state, '--json']);
    expect(d2.code).toBe(0);
    const rep2 = (JSON.parse(d2.stdout) as { report: { version: number; fromVersion?: number; deploymentId: string } }).report;
    expect(rep2).toMatchObject({ version: 2 });
    expect(rep2.fromVersion).toBeUndefined();
    expect((await rec.readCurrent())?.history.map((h) => (h.baseline ? 'baseline' : h.version))).toEqual([1, 'baseline', 2]);
    sim.log.clear();
    const prev2 = await cli(cwd2, ['rollback', '--inventory', sim.inventoryFile, ...state, ...FAST, '--to-version', 'previous']);
    expect(prev2.code).toBe(1);
    expect(prev2.stderr).toContain('has no earlier successful version: what ran before v2 is the pre-clawfleet baseline, which has no version number');
    expect(prev2.stderr).toContain(`Fix: restore the baseline from deployment ${rep2.deploymentId}'s snapshots`);
    expect(sim.log.count({ write: true })).toBe(0);
    // …which is what a snapshot rollback of v2's deployment does.
    const rb2 = await cli(cwd2, ['rollback', '--inventory', sim.inventoryFile, ...state, ...FAST, '--deployment-id', rep2.deploymentId]);
    expect(rb2.code).toBe(0);
    for (const i of sim.instances) expect(colorOf(i.id)).toBe(originals.get(i.id));
    expect((await rec.readCurrent())?.baseline).toMatchObject({ rolledBack: rep2.deploymentId });
  });

  it('with no deployment at all, --to-version previous says there is nothing earlier (exit 1)', async () => {
    const cwd = repo('#0c0c03');
    const r = await cli(cwd, ['rollback', '--inventory', sim.inventoryFile, '--environment', 'nothing', '--to-version', 'previous']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("to-version: previous — environment 'nothing' has no earlier successful version (current: (none)");
  });
});

describe('help texts list the new flags', () => {
  it.each([
    [['deploy', '--help'], ['--expected-plan-digest', '--promotion-id']],
    [['rollback', '--help'], ['--promotion-id', '--to-version', 'newest first']],
    [['plan', '--help'], ['plan digest']],
  ])('%j', async (args, words) => {
    const r = await cli(work, args);
    expect(r.code).toBe(0);
    for (const w of words) expect(r.stdout).toContain(w);
  });
});
