/**
 * rolling-deploy's post step (src/actions/rolling-deploy/interrupted.ts): what happens after main was
 * cancelled or killed. In-process cases use a dir/memory store and state set as the runner sets it
 * (`STATE_<name>` env vars); the end-to-end case SIGKILLs main (a child process) mid-batch, then runs
 * post.ts in another child process with the state parsed from main's GITHUB_STATE file, as the runner does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimFleet, type SimFleet } from '../../action-fixtures/fleet/sim-fleet.js';
import { createActionsLogger } from '../../src/actions/common/logger.js';
import { chainHooks, DeployStepTracker, isOurLock, parseDeployStepState, REMOTE_FROM_INPUT, runPost, State, type DeployStepState, type PostOptions } from '../../src/actions/rolling-deploy/interrupted.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { DirStore, MemoryStore } from '../../src/deploy/store/dir.js';
import type { StateStore } from '../../src/deploy/store/types.js';
import type { DeploymentRecord } from '../../src/deploy/types.js';
import { inputEnv, parseOutputs, REPO_ROOT, runnerFiles, startAction } from '../helpers/gha-env.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clawfleet-post-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A logger over a fake core sink that keeps every line (after the adapter's secret scrubbing). */
function capture(secrets = new SecretRegistry()) {
  const lines: string[] = [];
  const push = (kind: string) => (m: string) => lines.push(`${kind}: ${m}`);
  const logger = createActionsLogger({
    secrets,
    sink: { debug: push('debug'), info: push('info'), warning: push('warning'), error: push('error'), startGroup: push('group'), endGroup: () => {} },
  });
  return { lines, logger, secrets, text: () => lines.join('\n') };
}

function stateFor(dir: string, over: Partial<DeployStepState> = {}): DeployStepState {
  return { schema: 1, phase: 'started', environment: 'prod', store: { kind: 'dir', path: dir }, owner: 'gh:acme/cfg:900', host: hostname(), pid: 4242, actor: 'octocat', runUrl: 'https://github.com/acme/cfg/actions/runs/900', ...over };
}

/** Writes a lock and a running deployment record (2 instances written, 1 untouched) the way the engine does. */
async function seed(store: StateStore, lockOwner: { owner: string; pid: number; host?: string }, deploymentId = '20261122T010000Z-v3-aaaaaaaa'): Promise<StateRecorder> {
  const rec = new StateRecorder(store, 'prod');
  const lock = { owner: lockOwner.owner, host: lockOwner.host ?? hostname(), pid: lockOwner.pid, acquiredAt: new Date().toISOString(), operation: 'deploy' };
  await store.write('environments/prod/lock.json', JSON.stringify(lock));
  const dep: DeploymentRecord = {
    schema: 1,
    kind: 'deploy',
    deploymentId,
    environment: 'prod',
    version: 3,
    fromVersion: 2,
    configDigest: 'sha256:' + 'a'.repeat(64),
    planDigest: 'sha256:' + 'b'.repeat(64),
    attempts: 1,
    status: 'running',
    startedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    instances: {
      'gw-1': { status: 'applied', wave: 'all', batch: 1, written: true },
      'gw-2': { status: 'untouched', wave: 'all', batch: 2, written: true },
      'gw-3': { status: 'untouched', wave: 'all', batch: 2, written: false },
    },
    failedWaves: [],
  };
  await rec.writeDeployment(dep);
  return rec;
}

const withState = (s: DeployStepState | string): PostOptions['state'] => (n) => (n === State.Deploy ? (typeof s === 'string' ? s : JSON.stringify(s)) : '');

describe('post step: nothing to do', () => {
  it('no state (main stopped before opening the store): no store is opened', async () => {
    let opened = 0;
    const c = capture();
    const r = await runPost({ state: () => '', logger: c.logger, openStore: () => (opened++, new MemoryStore()) });
    expect(r).toEqual({ action: 'none', audited: false, lockReleased: false, markedInterrupted: false });
    expect(opened).toBe(0);
    expect(c.text()).not.toContain('warning');
  });

  it('main finished: the store is not opened and its lock (even one that looks like ours) is left alone', async () => {
    const store = new MemoryStore();
    await seed(store, { owner: 'gh:acme/cfg:900', pid: 4242 });
    const before = new Map(store.files);
    let opened = 0;
    const c = capture();
    const r = await runPost({ state: withState(stateFor('/x', { phase: 'finished', deploymentId: '20261122T010000Z-v3-aaaaaaaa' })), logger: c.logger, openStore: () => (opened++, store) });
    expect(r.action).toBe('none');
    expect(opened).toBe(0);
    expect(store.files).toEqual(before);
    expect(c.text()).not.toContain('warning');
  });

  it('dry run (state-store none): nothing to release', async () => {
    let opened = 0;
    const r = await runPost({ state: withState(stateFor('/x', { store: { kind: 'none' } })), logger: capture().logger, openStore: () => (opened++, new MemoryStore()) });
    expect(r.action).toBe('none');
    expect(opened).toBe(0);
  });

  it.each([['not json'], [JSON.stringify({ schema: 2, phase: 'started' })], [JSON.stringify({ schema: 1, phase: 'started', environment: 'prod', owner: 'o', host: 'h', pid: 1, store: { kind: 'ftp' } })]])(
    'unreadable state %s: a warning, nothing opened or touched, no throw',
    async (text) => {
      let opened = 0;
      const c = capture();
      const r = await runPost({ state: withState(text), logger: c.logger, openStore: () => (opened++, new MemoryStore()) });
      expect(r.action).toBe('failed');
      expect(opened).toBe(0);
      expect(c.text()).toContain('warning: rolling-deploy post step: the state saved by the main step is not readable; the environment lock (if any) was left alone');
    },
  );
});

describe('post step: main interrupted', () => {
  it('mid-batch, state from STATE_deploy (as the runner sets it): lock released, record marked interrupted, audit line with what is known', async () => {
    const dir = join(work, 'interrupted');
    const store = new DirStore(dir);
    await seed(store, { owner: 'gh:acme/cfg:900', pid: 4242 });
    process.env['STATE_deploy'] = JSON.stringify(stateFor(dir, { deploymentId: '20261122T010000Z-v3-aaaaaaaa', attempt: 1, version: 3, fromVersion: 2, batches: 4, lastBatch: 1 }));
    const c = capture();
    const r = await runPost({ logger: c.logger });
    expect(r).toEqual({ action: 'recorded', audited: true, lockReleased: true, markedInterrupted: true });
    const rec = new StateRecorder(new DirStore(dir), 'prod');
    expect(await rec.readLock()).toBeUndefined();
    const dep = await rec.readDeployment('20261122T010000Z-v3-aaaaaaaa');
    expect(dep?.status).toBe('interrupted');
    expect(Object.keys(dep!.instances).sort()).toEqual(['gw-1', 'gw-2', 'gw-3']); // the shards are kept
    const audit = await rec.readAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      event: 'interrupted',
      environment: 'prod',
      deploymentId: '20261122T010000Z-v3-aaaaaaaa',
      attempt: 1,
      actor: 'octocat',
      runUrl: 'https://github.com/acme/cfg/actions/runs/900',
      fromVersion: 2,
      toVersion: 3,
      outcome: 'interrupted',
      instances: [
        { id: 'gw-1', status: 'applied' },
        { id: 'gw-2', status: 'written?' },
      ],
    });
    expect(audit[0]!.detail).toContain('the main step did not finish (cancelled or killed) after batch 1 of 4');
    expect(audit[0]!.detail).toContain('the environment lock was released by the post step');
    expect(c.text()).toContain('warning: rolling-deploy: the main step did not finish (cancelled or killed) after batch 1 of 4 — deployment 20261122T010000Z-v3-aaaaaaaa');
    expect(c.text()).toContain("info: released the environment lock of 'prod'");
  });

  it('killed after taking the lock but before the deployment started: the lock is released, the audit line says so', async () => {
    const store = new MemoryStore();
    await seed(store, { owner: 'gh:acme/cfg:900', pid: 4242 });
    const r = await runPost({ state: withState(stateFor('/x')), logger: capture().logger, openStore: () => store });
    expect(r).toMatchObject({ action: 'recorded', lockReleased: true, markedInterrupted: false });
    const rec = new StateRecorder(store, 'prod');
    expect(await rec.readLock()).toBeUndefined();
    expect((await rec.readDeployment('20261122T010000Z-v3-aaaaaaaa'))?.status).toBe('running'); // not known to be ours: untouched
    const [line] = await rec.readAudit();
    expect(line).toMatchObject({ event: 'interrupted', deploymentId: '', attempt: 0 });
    expect(line!.detail).toContain('before the deployment started');
  });

  it.each([
    ['another workflow run', { owner: 'gh:acme/cfg:901', pid: 4242 }],
    ['a re-run attempt of this run (same owner, another process)', { owner: 'gh:acme/cfg:900', pid: 5151 }],
    ['the same owner and pid on another machine', { owner: 'gh:acme/cfg:900', pid: 4242, host: 'other-runner' }],
  ])('lock held by %s: lock and deployment record untouched; the audit line says who holds it', async (_name, holder) => {
    const store = new MemoryStore();
    await seed(store, holder);
    const lockBefore = store.files.get('environments/prod/lock.json');
    const c = capture();
    const r = await runPost({ state: withState(stateFor('/x', { deploymentId: '20261122T010000Z-v3-aaaaaaaa', attempt: 1, version: 3 })), logger: c.logger, openStore: () => store });
    expect(r).toMatchObject({ action: 'recorded', audited: true, lockReleased: false, markedInterrupted: false, lockHeldBy: holder.owner });
    expect(store.files.get('environments/prod/lock.json')).toBe(lockBefore);
    const rec = new StateRecorder(store, 'prod');
    expect((await rec.readDeployment('20261122T010000Z-v3-aaaaaaaa'))?.status).toBe('running');
    const [line] = await rec.readAudit();
    expect(line!.detail).toContain(`the environment lock is held by ${holder.owner} and was left alone`);
    expect(c.text()).toContain('not by this run: left alone');
  });

  it('a lock naming another deployment is not ours even with the same owner/host/pid', () => {
    const s = stateFor('/x', { deploymentId: 'dep-a' });
    const lock = { owner: s.owner, host: s.host, pid: s.pid, acquiredAt: '', operation: 'deploy' };
    expect(isOurLock(lock, s)).toBe(true);
    expect(isOurLock({ ...lock, deploymentId: 'dep-a' }, s)).toBe(true);
    expect(isOurLock({ ...lock, deploymentId: 'dep-b' }, s)).toBe(false);
    expect(isOurLock(undefined, s)).toBe(false);
    // A lock shared by parallel slices of one run: ours when one of its holders is this main step.
    const sibling = { host: 'runner-9', pid: 7, acquiredAt: '', operation: 'deploy' };
    expect(isOurLock({ ...lock, ...sibling, holders: [sibling, { host: s.host, pid: s.pid }] } as never, s)).toBe(true);
    expect(isOurLock({ ...lock, ...sibling, holders: [sibling] } as never, s)).toBe(false);
  });

  it('store unreachable (git remote that does not answer): a warning without the credentials in the remote URL, no throw', async () => {
    const secret = 'ghs_postStepSecret0123456789';
    const c = capture();
    const ws = join(work, 'ws-unreachable');
    mkdirSync(ws, { recursive: true });
    const r = await runPost({
      state: withState(stateFor('/x', { store: { kind: 'git', remote: `https://x-access-token:${secret}@127.0.0.1:1/acme/cfg.git`, branch: 'clawfleet-state' }, deploymentId: '20261122T010000Z-v3-aaaaaaaa' })),
      env: { GITHUB_WORKSPACE: ws },
      logger: c.logger,
      secrets: c.secrets,
    });
    expect(r).toMatchObject({ action: 'failed', audited: false, lockReleased: false });
    expect(c.text()).toMatch(/warning: rolling-deploy post step: .*cannot fetch the state branch clawfleet-state/);
    expect(c.text()).not.toContain(secret);
  }, 30_000);

  it('a state-remote with credentials never enters the saved state; post reads the input again (and warns when it is missing)', async () => {
    const secret = 'ghs_remoteCredential0123456789';
    const remote = `https://x-access-token:${secret}@127.0.0.1:1/acme/cfg.git`;
    const saves: string[] = [];
    new DeployStepTracker((_n, v) => saves.push(v)).started({ environment: 'prod', store: { kind: 'git', remote, branch: 'clawfleet-state' }, context: { owner: 'gh:acme/cfg:900' } });
    expect(saves.join('')).not.toContain(secret);
    const saved = parseDeployStepState(saves[0]!)!;
    expect(saved.store).toEqual({ kind: 'git', remote: REMOTE_FROM_INPUT, branch: 'clawfleet-state' });
    const ws = join(work, 'ws-remote-input');
    mkdirSync(ws, { recursive: true });
    const opened: string[] = [];
    const c = capture();
    const r = await runPost({
      state: withState(saved),
      env: { GITHUB_WORKSPACE: ws, 'INPUT_STATE-REMOTE': remote },
      logger: c.logger,
      secrets: c.secrets,
      openStore: (spec) => {
        opened.push(spec.kind === 'git' ? spec.remote : spec.kind);
        throw new Error(`cannot reach ${spec.kind === 'git' ? spec.remote : ''}`);
      },
    });
    expect(opened).toEqual([remote]);
    expect(r.action).toBe('failed');
    expect(c.text()).toContain('warning: rolling-deploy post step: cannot reach https://***:***@127.0.0.1:1/acme/cfg.git');
    expect(c.text()).not.toContain(secret);
    const c2 = capture();
    const r2 = await runPost({ state: withState(saved), env: { GITHUB_WORKSPACE: ws }, logger: c2.logger, openStore: () => new MemoryStore() });
    expect(r2.action).toBe('failed');
    expect(c2.text()).toContain('the state-remote input is not available to the post step');
  });

  it('store failing mid-way (append refused): a warning, no throw, the lock is not released by a half-done post step', async () => {
    const store = new MemoryStore();
    await seed(store, { owner: 'gh:acme/cfg:900', pid: 4242 });
    const failing = Object.assign(Object.create(store) as MemoryStore, { append: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:443')) });
    const c = capture();
    const r = await runPost({ state: withState(stateFor('/x')), logger: c.logger, openStore: () => failing });
    expect(r.action).toBe('failed');
    expect(c.text()).toContain('warning: rolling-deploy post step: connect ECONNREFUSED 127.0.0.1:443');
    expect(store.files.has('environments/prod/lock.json')).toBe(true);
  });
});

describe('DeployStepTracker (main side)', () => {
  it('saves started → deployment → batch → finished, each save the whole state', async () => {
    const saves: Array<[string, DeployStepState]> = [];
    const t = new DeployStepTracker((n, v) => saves.push([n, JSON.parse(v) as DeployStepState]));
    t.finished(); // before started: nothing to say
    expect(saves).toHaveLength(0);
    t.started({ environment: 'prod', store: { kind: 'dir', path: '/s' }, context: { owner: 'gh:a/b:1', actor: 'me' } });
    const h = t.hooks();
    await h.onDeployment({ deploymentId: 'd1', attempt: 2, version: 5, fromVersion: 4, batches: 3 });
    await h.afterBatch({ index: 1 } as never);
    t.finished();
    expect(saves.map(([n]) => n)).toEqual(['deploy', 'deploy', 'deploy', 'deploy']);
    expect(saves[0]![1]).toMatchObject({ phase: 'started', environment: 'prod', owner: 'gh:a/b:1', pid: process.pid, host: hostname(), actor: 'me' });
    expect(saves[2]![1]).toMatchObject({ phase: 'started', deploymentId: 'd1', attempt: 2, version: 5, fromVersion: 4, batches: 3, lastBatch: 1 });
    expect(saves[3]![1]).toMatchObject({ phase: 'finished', deploymentId: 'd1' });
    expect(parseDeployStepState(JSON.stringify(saves[3]![1]))).toEqual(saves[3]![1]);
  });

  it('a failing save never breaks the deploy; chained hooks run both', async () => {
    const t = new DeployStepTracker(() => {
      throw new Error('EROFS');
    });
    expect(() => t.started({ environment: 'p', store: { kind: 'none' }, context: { owner: 'o' } })).not.toThrow();
    const seen: string[] = [];
    const chained = chainHooks({ afterBatch: () => void seen.push('tracker') }, { afterBatch: () => void seen.push('caller'), beforeWrite: () => void seen.push('write') });
    await chained.afterBatch?.({ index: 1 } as never);
    await chained.beforeWrite?.('gw-1');
    expect(seen).toEqual(['tracker', 'caller', 'write']);
  });
});

// -------------------------------------------------------------------------------------------------------

const SIM_BASE = {
  gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' }, port: 18789 },
  plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
  update: { checkOnStart: false },
};

describe('cancel for real: main SIGKILLed mid-batch, then post.ts as the runner runs it', () => {
  let sim: SimFleet;
  beforeAll(async () => {
    sim = await startSimFleet({ count: 8, config: () => structuredClone(SIM_BASE), knobs: { rateLimit: false } });
  });
  afterAll(async () => {
    await sim?.stop();
  });

  it('post releases the lock, records `interrupted`, exits 0; a re-run resumes the same deployment without a second write', async () => {
    const ws = join(work, 'ws-kill');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'openclaw.json5'), JSON.stringify({ ...SIM_BASE, ui: { seamColor: '#0d0d0d' } }));
    const stateDir = join(work, 'state-kill');
    const files = runnerFiles(join(work, 'kill-1'));
    const stateFile = join(work, 'kill-1', 'state.txt');
    writeFileSync(stateFile, '');
    const env = { ...sim.env, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(work, 'kill-temp'), GITHUB_RUN_ID: '901', GITHUB_REPOSITORY: 'acme/cfg', GITHUB_ACTOR: 'octocat' };
    const inputs = { config: 'openclaw.json5', inventory: sim.inventoryFile, environment: 'sim-post', 'batch-size': '4', 'wait-seconds': '60', 'probe-interval-seconds': '30', 'state-store': 'dir', 'state-dir': stateDir };
    sim.log.clear();
    const main = startAction('rolling-deploy', { ...env, ...files.env, GITHUB_STATE: stateFile, ...inputEnv(inputs) });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && sim.log.count({ method: 'config.apply' }) < 4) await new Promise((r) => setTimeout(r, 50));
    expect(sim.log.count({ method: 'config.apply' })).toBe(4); // batch 1 written, now baking 60 s
    main.child.kill('SIGKILL');
    expect((await main.done).signal).toBe('SIGKILL');

    const saved = parseOutputs(readFileSync(stateFile, 'utf8'));
    const s = parseDeployStepState(saved[State.Deploy] ?? '');
    expect(s).toMatchObject({ phase: 'started', environment: 'sim-post', owner: 'gh:acme/cfg:901', batches: 2 });
    const rec = new StateRecorder(new DirStore(stateDir), 'sim-post');
    expect((await rec.readLock())?.owner).toBe('gh:acme/cfg:901');

    // The post step: same env and inputs, the state as STATE_<name>.
    const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const post = await new Promise<{ code: number | null; stdout: string }>((res) => {
      const child = spawn(process.execPath, ['--import', loader, join(REPO_ROOT, 'src', 'actions', 'rolling-deploy', 'post.ts')], {
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env, ...inputEnv(inputs), STATE_deploy: saved[State.Deploy]! },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
      child.on('close', (code) => res({ code, stdout }));
    });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`::warning::rolling-deploy: the main step did not finish (cancelled or killed) before its first batch finished — deployment ${s!.deploymentId}`);
    for (const t of Object.values(sim.env)) expect(post.stdout).not.toContain(t);
    expect(await rec.readLock()).toBeUndefined();
    const dep = await rec.readDeployment(s!.deploymentId!);
    expect(dep?.status).toBe('interrupted');
    const audit = await rec.readAudit();
    const line = audit.at(-1)!;
    expect(line).toMatchObject({ event: 'interrupted', deploymentId: s!.deploymentId, attempt: 1, toVersion: 1, actor: 'octocat' });
    expect(line.instances?.map((i) => i.status)).toEqual(['written?', 'written?', 'written?', 'written?']);
    expect(sim.log.count({ write: true })).toBe(4); // the post step talks to no gateway

    // The next attempt resumes it: same deployment, no second write to batch 1.
    const files2 = runnerFiles(join(work, 'kill-2'));
    const run2 = await startAction('rolling-deploy', { ...env, GITHUB_RUN_ATTEMPT: '2', ...files2.env, ...inputEnv({ ...inputs, 'wait-seconds': '0', 'probe-interval-seconds': '0' }) }).done;
    expect(run2.code, run2.stdout + run2.stderr).toBe(0);
    const out = parseOutputs(readFileSync(files2.outputFile, 'utf8'));
    expect(out['deployment-id']).toBe(s!.deploymentId);
    expect(sim.log.count({ method: 'config.apply' })).toBe(8);
  }, 120_000);
});
