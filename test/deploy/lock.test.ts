/**
 * The environment lock as a holder set (issue #7, waves as matrix jobs): slices of one promotion (one owner)
 * hold the lock together, the first slice to finish does not free the environment while a sibling still
 * runs, and concurrent joins/leaves through the store's compare-and-swap never lose a holder — on one
 * folder shared by two stores, and through a git remote. Stale holders (TTL, dead process) do not block.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateRecorder, type LockInfo } from '../../src/deploy/records.js';
import { DirStore, MemoryStore } from '../../src/deploy/store/dir.js';
import { GitStore } from '../../src/deploy/store/git.js';
import type { StateStore } from '../../src/deploy/store/types.js';
import type { InstanceSpec } from '../../src/fleet/types.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'clawfleet-lock-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LOCK = 'environments/prod/lock.json';
const T0 = Date.parse('2026-03-01T00:00:00Z');
const parse = (text: string | undefined): LockInfo | undefined => (text === undefined ? undefined : (JSON.parse(text) as LockInfo));

describe('holder set (one owner, parallel slices)', () => {
  it('the first slice to finish keeps the lock for its sibling; the last one deletes it', async () => {
    const store = new MemoryStore();
    const a = new StateRecorder(store, 'prod');
    const b = new StateRecorder(store, 'prod');
    const other = new StateRecorder(store, 'prod');
    await a.acquireLock('gh:acme/cfg:900', 'deploy');
    const joined = await b.acquireLock('gh:acme/cfg:900', 'deploy');
    expect(joined.holders).toHaveLength(2);
    expect((await a.readLock())?.holders).toHaveLength(2);
    await a.releaseLock('gh:acme/cfg:900');
    const left = await b.readLock();
    expect(left?.owner).toBe('gh:acme/cfg:900');
    expect(left?.holders?.map((h) => h.id)).toEqual([joined.holders!.at(-1)!.id]);
    await expect(other.acquireLock('gh:acme/cfg:901', 'deploy')).rejects.toThrow("environment 'prod' is locked by gh:acme/cfg:900 (deploy)");
    await b.releaseLock('gh:acme/cfg:900');
    expect(await b.readLock()).toBeUndefined();
    await expect(other.acquireLock('gh:acme/cfg:901', 'rollback')).resolves.toMatchObject({ owner: 'gh:acme/cfg:901' });
  });

  it('another owner is refused with the holder count and the fix; nothing is changed by the refusal', async () => {
    const store = new MemoryStore();
    await new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:900', 'deploy', 'dep-1');
    await new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:900', 'deploy', 'dep-2');
    const before = store.files.get(LOCK);
    const err = await new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:901', 'deploy').catch((e: Error) => e);
    expect((err as Error).message).toContain('locked by gh:acme/cfg:900 (deploy, deployment dep-1)');
    expect((err as Error).message).toContain('(2 parallel jobs of that run hold it)');
    expect((err as Error).message).toContain('re-run with force-unlock: true');
    expect(store.files.get(LOCK)).toBe(before);
  });

  it('top-level fields describe the oldest holder (readers of the one-holder format keep working)', async () => {
    const store = new MemoryStore();
    let now = T0;
    const a = new StateRecorder(store, 'prod', { now: () => now });
    await a.acquireLock('gh:acme/cfg:900', 'deploy', 'first');
    now += 1000;
    await new StateRecorder(store, 'prod', { now: () => now }).acquireLock('gh:acme/cfg:900', 'rollback', 'second');
    const lock = await a.readLock();
    expect(lock).toMatchObject({ owner: 'gh:acme/cfg:900', deploymentId: 'first', operation: 'deploy', acquiredAt: new Date(T0).toISOString(), host: hostname(), pid: process.pid });
    await a.releaseLock('gh:acme/cfg:900');
    expect(await a.readLock()).toMatchObject({ deploymentId: 'second', operation: 'rollback' });
  });

  it('a recorder releases only its own holder, newest first, and never another owner\'s lock', async () => {
    const store = new MemoryStore();
    const a = new StateRecorder(store, 'prod');
    await a.acquireLock('gh:acme/cfg:900', 'deploy');
    await a.releaseLock('gh:acme/cfg:999'); // not its owner: nothing happens
    expect((await a.readLock())?.holders).toHaveLength(1);
    const stranger = new StateRecorder(store, 'prod');
    await stranger.releaseLock('gh:acme/cfg:900'); // same owner but holds nothing; its holder's process (this one) is alive
    expect((await a.readLock())?.holders).toHaveLength(1);
    await a.releaseLock('gh:acme/cfg:900');
    expect(await a.readLock()).toBeUndefined();
    await a.releaseLock('gh:acme/cfg:900'); // twice: harmless
    expect(store.files.has(LOCK)).toBe(false);
  });
});

describe('stale holders do not block forever', () => {
  const holder = (over: Record<string, unknown>) => ({ id: 'x', host: hostname(), pid: 999_999, acquiredAt: new Date(T0).toISOString(), operation: 'deploy', ...over });
  const lockWith = (owner: string, holders: Array<Record<string, unknown>>) => JSON.stringify({ owner, ...holders[0], holders });

  it('after the TTL, another owner takes over even while holders are listed', async () => {
    const store = new MemoryStore();
    let now = T0;
    const opts = { now: () => now, lockTtlMs: 3600_000 };
    await new StateRecorder(store, 'prod', opts).acquireLock('gh:acme/cfg:900', 'deploy');
    await new StateRecorder(store, 'prod', opts).acquireLock('gh:acme/cfg:900', 'deploy');
    now += 3600_000;
    await expect(new StateRecorder(store, 'prod', opts).acquireLock('gh:acme/cfg:901', 'deploy')).rejects.toThrow('is locked by gh:acme/cfg:900');
    now += 1;
    const taken = await new StateRecorder(store, 'prod', opts).acquireLock('gh:acme/cfg:901', 'deploy');
    expect(taken.holders).toHaveLength(1);
    expect((await new StateRecorder(store, 'prod').readLock())?.owner).toBe('gh:acme/cfg:901');
  });

  it('one expired holder is dropped when a sibling joins; the live one stays', async () => {
    const store = new MemoryStore();
    const now = T0 + 7 * 3600_000;
    await store.write(LOCK, lockWith('gh:acme/cfg:900', [holder({ id: 'old', host: 'runner-1' }), holder({ id: 'live', host: 'runner-2', acquiredAt: new Date(now - 60_000).toISOString() })]));
    await new StateRecorder(store, 'prod', { now: () => now }).acquireLock('gh:acme/cfg:900', 'deploy');
    const ids = parse(store.files.get(LOCK))!.holders!.map((h) => h.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain('live');
    expect(ids).not.toContain('old');
  });

  it('a CLI lock of a dead process on this host is taken over; a live one is not', async () => {
    const store = new MemoryStore();
    await store.write(LOCK, lockWith('cli:h:1', [holder({ id: 'dead', pid: 999_999, acquiredAt: new Date().toISOString() })]));
    await expect(new StateRecorder(store, 'prod', { pidAlive: () => true }).acquireLock('cli:h:2', 'deploy')).rejects.toThrow('is locked by cli:h:1');
    await expect(new StateRecorder(store, 'prod', { pidAlive: (p) => p !== 999_999 }).acquireLock('cli:h:2', 'deploy')).resolves.toMatchObject({ owner: 'cli:h:2' });
  });

  it('a killed slice of the same run on this host is dropped when a sibling joins (dead pid), one on another host is not', async () => {
    const store = new MemoryStore();
    const fresh = new Date().toISOString();
    await store.write(LOCK, lockWith('gh:acme/cfg:900', [holder({ id: 'killed', pid: 999_999, acquiredAt: fresh }), holder({ id: 'elsewhere', host: 'runner-9', pid: 999_999, acquiredAt: fresh })]));
    await new StateRecorder(store, 'prod', { pidAlive: () => false }).acquireLock('gh:acme/cfg:900', 'deploy');
    const ids = parse(store.files.get(LOCK))!.holders!.map((h) => h.id);
    expect(ids).not.toContain('killed');
    expect(ids).toContain('elsewhere');
    expect(ids).toHaveLength(2);
  });

  it('the post step (a recorder that holds nothing) removes only the dead holders of its owner on its host', async () => {
    const store = new MemoryStore();
    const fresh = new Date().toISOString();
    await store.write(LOCK, lockWith('gh:acme/cfg:900', [holder({ id: 'main-step', pid: 999_999, acquiredAt: fresh }), holder({ id: 'sibling', host: 'runner-9', pid: 999_999, acquiredAt: fresh })]));
    const post = new StateRecorder(store, 'prod', { pidAlive: () => false });
    await post.releaseLock('gh:acme/cfg:900');
    expect(parse(store.files.get(LOCK))!.holders!.map((h) => h.id)).toEqual(['sibling']);
    await post.releaseLock('gh:acme/cfg:900'); // the sibling runs on another machine: left alone
    expect(parse(store.files.get(LOCK))!.holders!.map((h) => h.id)).toEqual(['sibling']);
  });

  it('a lock in the one-holder format (written before holder sets) is released whole by its owner, joined by the same owner', async () => {
    const store = new MemoryStore();
    const legacy = { owner: 'gh:acme/cfg:900', host: 'runner-1', pid: 4242, acquiredAt: new Date().toISOString(), operation: 'deploy' };
    await store.write(LOCK, JSON.stringify(legacy));
    await expect(new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:901', 'deploy')).rejects.toThrow('is locked by gh:acme/cfg:900 (deploy)');
    const joined = await new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:900', 'deploy');
    expect(joined.holders?.map((h) => h.id)).toEqual(['legacy', joined.holders![1]!.id]);
    await store.write(LOCK, JSON.stringify(legacy));
    await new StateRecorder(store, 'prod').releaseLock('gh:acme/cfg:900');
    expect(store.files.has(LOCK)).toBe(false);
  });

  it('an unreadable lock is not honoured', async () => {
    const store = new MemoryStore();
    await store.write(LOCK, '{not json');
    await expect(new StateRecorder(store, 'prod').acquireLock('gh:acme/cfg:1', 'deploy')).resolves.toMatchObject({ owner: 'gh:acme/cfg:1' });
  });
});

/** Runs `n` slices at once: each joins, then all leave at once; checks no holder was lost on the way. */
async function raceSlices(stores: StateStore[], owner: string) {
  const recs = stores.map((s) => new StateRecorder(s, 'prod'));
  const infos = await Promise.all(recs.map((r) => r.acquireLock(owner, 'deploy')));
  const lock = await new StateRecorder(stores[0]!, 'prod').readLock();
  const ids = infos.map((i) => i.holders!.at(-1)!.id);
  return {
    recs,
    ids,
    lock,
    releaseAll: () => Promise.all(recs.map((r) => r.releaseLock(owner))),
  };
}

describe('concurrent joins and leaves through the store (compare-and-swap)', () => {
  it('DirStore: two stores on one folder, interleaved 20 times — never a lost holder, always deleted at the end', async () => {
    const dir = join(tmp, 'dir-race');
    for (let round = 0; round < 20; round++) {
      const r = await raceSlices([new DirStore(dir), new DirStore(dir)], `gh:acme/cfg:${round}`);
      expect(r.lock?.holders?.map((h) => h.id).sort()).toEqual([...r.ids].sort());
      // One leaves: the other still holds the lock.
      await r.recs[0]!.releaseLock(`gh:acme/cfg:${round}`);
      expect((await r.recs[1]!.readLock())?.holders?.map((h) => h.id)).toEqual([r.ids[1]]);
      await r.recs[1]!.releaseLock(`gh:acme/cfg:${round}`);
      expect(existsSync(join(dir, LOCK))).toBe(false);
    }
  });

  it('DirStore: eight slices joining and leaving at once', async () => {
    const dir = join(tmp, 'dir-race-8');
    const r = await raceSlices(Array.from({ length: 8 }, () => new DirStore(dir)), 'gh:acme/cfg:8');
    expect(r.lock?.holders).toHaveLength(8);
    expect(new Set(r.lock!.holders!.map((h) => h.id))).toEqual(new Set(r.ids));
    await r.releaseAll();
    expect(existsSync(join(dir, LOCK))).toBe(false);
    expect(existsSync(join(dir, 'environments/prod/.lock.json.cas'))).toBe(false);
  });

  it('DirStore: two owners racing for a free environment — exactly one wins', async () => {
    const dir = join(tmp, 'dir-owners');
    for (let round = 0; round < 10; round++) {
      const [a, b] = [new StateRecorder(new DirStore(dir), 'prod'), new StateRecorder(new DirStore(dir), 'prod')];
      const res = await Promise.allSettled([a.acquireLock(`gh:a:${round}`, 'deploy'), b.acquireLock(`gh:b:${round}`, 'deploy')]);
      expect(res.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
      const winner = res[0]!.status === 'fulfilled' ? a : b;
      await winner.releaseLock(res[0]!.status === 'fulfilled' ? `gh:a:${round}` : `gh:b:${round}`);
      expect(existsSync(join(dir, LOCK))).toBe(false);
    }
  });

  it('git store: two runners joining at once through one remote keep both holders; the lock goes with the last', async () => {
    const remote = join(tmp, 'lock-remote.git');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const stores = [new GitStore({ remote }), new GitStore({ remote })];
    const r = await raceSlices(stores, 'gh:acme/cfg:77');
    const fresh = new GitStore({ remote });
    const seen = parse(await fresh.read(LOCK));
    expect(new Set(seen?.holders?.map((h) => h.id))).toEqual(new Set(r.ids));
    await fresh.close();
    await r.recs[1]!.releaseLock('gh:acme/cfg:77');
    const mid = new GitStore({ remote });
    expect(parse(await mid.read(LOCK))?.holders?.map((h) => h.id)).toEqual([r.ids[0]]);
    await mid.close();
    // Another run is refused while the first slice still runs.
    const otherStore = new GitStore({ remote });
    await expect(new StateRecorder(otherStore, 'prod').acquireLock('gh:acme/cfg:78', 'deploy')).rejects.toThrow('is locked by gh:acme/cfg:77');
    await r.recs[0]!.releaseLock('gh:acme/cfg:77');
    const end = new GitStore({ remote });
    expect(await end.read(LOCK)).toBeUndefined();
    for (const s of [...stores, otherStore, end]) await s.close();
  });

  it('git store: joins and leaves racing at once (three runners) never lose one', async () => {
    const remote = join(tmp, 'lock-remote-3.git');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const stores = [new GitStore({ remote }), new GitStore({ remote }), new GitStore({ remote })];
    const first = new StateRecorder(stores[0]!, 'prod');
    await first.acquireLock('gh:acme/cfg:5', 'deploy');
    // One leaves while two join: the result must hold exactly the two joiners.
    const joiners = [new StateRecorder(stores[1]!, 'prod'), new StateRecorder(stores[2]!, 'prod')];
    const [, j1, j2] = await Promise.all([first.releaseLock('gh:acme/cfg:5'), joiners[0]!.acquireLock('gh:acme/cfg:5', 'deploy'), joiners[1]!.acquireLock('gh:acme/cfg:5', 'deploy')]);
    const check = new GitStore({ remote });
    expect(new Set(parse(await check.read(LOCK))?.holders?.map((h) => h.id))).toEqual(new Set([j1.holders!.at(-1)!.id, j2.holders!.at(-1)!.id]));
    await Promise.all(joiners.map((j) => j.releaseLock('gh:acme/cfg:5')));
    const end = new GitStore({ remote });
    expect(await end.read(LOCK)).toBeUndefined();
    for (const s of [...stores, check, end]) await s.close();
  });
});

describe('StateStore.swap', () => {
  it.each([
    ['memory', () => new MemoryStore() as StateStore],
    ['dir', () => new DirStore(mkdtempSync(join(tmp, 'swap-'))) as StateStore],
  ])('%s: creates only when absent, replaces only the expected content, removes, and reports what is there', async (_n, make) => {
    const s = make();
    expect(await s.swap!('a/f', undefined, 'one', 'm')).toEqual({ ok: true });
    expect(await s.swap!('a/f', undefined, 'two', 'm')).toEqual({ ok: false, existing: 'one' });
    expect(await s.swap!('a/f', 'zero', 'two', 'm')).toEqual({ ok: false, existing: 'one' });
    expect(await s.swap!('a/f', 'one', 'two', 'm')).toEqual({ ok: true });
    expect(await s.read('a/f')).toBe('two');
    expect(await s.swap!('a/f', 'one', undefined, 'm')).toEqual({ ok: false, existing: 'two' });
    expect(await s.swap!('a/f', 'two', undefined, 'm')).toEqual({ ok: true });
    expect(await s.read('a/f')).toBeUndefined();
    expect(await s.swap!('a/f', 'two', 'three', 'm')).toEqual({ ok: false, existing: undefined });
  });

  it('dir: a guard left by a process killed inside a swap is stale after 10 s and removed; a fresh one is waited for', async () => {
    const root = mkdtempSync(join(tmp, 'guard-'));
    const s = new DirStore(root);
    mkdirSync(join(root, 'e'), { recursive: true });
    const guard = join(root, 'e', '.f.cas');
    writeFileSync(guard, '');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(guard, old, old);
    expect(await s.swap('e/f', undefined, 'x', 'm')).toEqual({ ok: true });
    expect(existsSync(guard)).toBe(false);
    writeFileSync(guard, ''); // a live swap elsewhere: this one waits, then proceeds once it is gone
    const pending = s.swap('e/f', 'x', 'y', 'm');
    await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(join(root, 'e/f'), 'utf8')).toBe('x');
    rmSync(guard);
    expect(await pending).toEqual({ ok: true });
    expect(readFileSync(join(root, 'e/f'), 'utf8')).toBe('y');
  });

  it('git: refused against the fetched tip, accepted on the expected content, removal included', async () => {
    const remote = join(tmp, 'swap-remote.git');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const a = new GitStore({ remote });
    const b = new GitStore({ remote });
    expect(await a.swap('f', undefined, 'one', 'm')).toEqual({ ok: true });
    expect(await b.swap('f', undefined, 'two', 'm')).toEqual({ ok: false, existing: 'one' });
    expect(await b.swap('f', 'one', 'two', 'm')).toEqual({ ok: true });
    expect(await a.swap('f', 'one', undefined, 'm')).toEqual({ ok: false, existing: 'two' });
    expect(await a.swap('f', 'two', undefined, 'm')).toEqual({ ok: true });
    const c = new GitStore({ remote });
    expect(await c.read('f')).toBeUndefined();
    for (const s of [a, b, c]) await s.close();
  });

  it('a store without swap still works for the lock (tryCreate fallback)', async () => {
    const inner = new MemoryStore();
    const store: StateStore = {
      description: 'no-swap',
      read: (p) => inner.read(p),
      list: (p) => inner.list(p),
      write: (p, c) => inner.write(p, c),
      append: (p, c) => inner.append(p, c),
      remove: (p) => inner.remove(p),
      flush: () => inner.flush(),
      tryCreate: (p, c, can) => inner.tryCreate(p, c, can),
    };
    const a = new StateRecorder(store, 'prod');
    const b = new StateRecorder(store, 'prod');
    await a.acquireLock('gh:x:1', 'deploy');
    await b.acquireLock('gh:x:1', 'deploy');
    await expect(new StateRecorder(store, 'prod').acquireLock('gh:x:2', 'deploy')).rejects.toThrow('is locked by gh:x:1');
    await a.releaseLock('gh:x:1');
    expect((await b.readLock())?.holders).toHaveLength(1);
    await b.releaseLock('gh:x:1');
    expect(inner.files.has(LOCK)).toBe(false);
  });
});

describe('two slices of one promotion through the real engine (one folder store, two recorders)', () => {
  it('the slice that finishes first leaves the lock to its sibling; another run is refused until the last slice ends', async () => {
    const { runDeployment } = await import('../../src/deploy/engine.js');
    const { WritePacer } = await import('../../src/deploy/pacer.js');
    const { makeFleet, repoConfig } = await import('../helpers/fake-gateway.js');
    const { fastPolicy } = await import('./helpers.js');
    const dir = join(tmp, 'engine-slices');
    const { fleet, instances } = makeFleet(4);
    const owner = 'gh:acme/cfg:4242';
    let releaseB!: () => void;
    const bPaused = new Promise<void>((r) => (releaseB = r));
    let bReached!: () => void;
    const bAtSnapshot = new Promise<void>((r) => (bReached = r));
    const slice = (ids: InstanceSpec[], hooks = {}) =>
      runDeployment(
        { environment: 'prod', config: repoConfig('#5a5a5a'), instances: ids, policy: fastPolicy({ batchSize: 2 }), context: { owner, actor: 't' }, promotionId: '4242' },
        { clientFor: fleet.clientFor, recorder: new StateRecorder(new DirStore(dir), 'prod'), pacer: new WritePacer(), pollMs: 5, hooks },
      );
    const b = slice(instances.slice(2), {
      afterSnapshot: async () => {
        bReached();
        await bPaused;
      },
    });
    await bAtSnapshot; // B holds the lock and is mid-batch
    const a = await slice(instances.slice(0, 2)); // A joins, deploys, finishes and leaves
    expect(a.report.result).toBe('succeeded');
    const during = await new StateRecorder(new DirStore(dir), 'prod').readLock();
    expect(during?.owner).toBe(owner);
    expect(during?.holders).toHaveLength(1);
    await expect(new StateRecorder(new DirStore(dir), 'prod').acquireLock('gh:acme/cfg:9999', 'deploy')).rejects.toThrow('is locked by gh:acme/cfg:4242');
    releaseB();
    expect((await b).report.result).toBe('succeeded');
    expect(existsSync(join(dir, LOCK))).toBe(false);
    await expect(new StateRecorder(new DirStore(dir), 'prod').acquireLock('gh:acme/cfg:9999', 'deploy')).resolves.toMatchObject({ owner: 'gh:acme/cfg:9999' });
  });
});

describe('releaseLock naming the holder process (the post step knows its main step)', () => {
  it('removes exactly that holder, alive or not; a legacy lock with the same owner goes whole', async () => {
    const store = new MemoryStore();
    const fresh = new Date().toISOString();
    const h = (id: string, host: string, pid: number) => ({ id, host, pid, acquiredAt: fresh, operation: 'deploy' });
    const holders = [h('a', 'runner-1', 11), h('b', 'runner-2', 11), h('c', 'runner-1', 12)];
    await store.write(LOCK, JSON.stringify({ owner: 'gh:o/r:1', ...holders[0], holders }));
    const post = new StateRecorder(store, 'prod', { pidAlive: () => true });
    await post.releaseLock('gh:o/r:2', { host: 'runner-1', pid: 11 }); // another owner: nothing
    expect(parse(store.files.get(LOCK))!.holders).toHaveLength(3);
    await post.releaseLock('gh:o/r:1', { host: 'runner-1', pid: 11 });
    expect(parse(store.files.get(LOCK))!.holders!.map((x) => x.id)).toEqual(['b', 'c']);
    expect(parse(store.files.get(LOCK))).toMatchObject({ host: 'runner-2', pid: 11 }); // top level follows the oldest left
    await post.releaseLock('gh:o/r:1', { host: 'runner-9', pid: 11 }); // no such holder: nothing
    expect(parse(store.files.get(LOCK))!.holders).toHaveLength(2);
    await post.releaseLock('gh:o/r:1', { host: 'runner-2', pid: 11 });
    await post.releaseLock('gh:o/r:1', { host: 'runner-1', pid: 12 });
    expect(store.files.has(LOCK)).toBe(false);
    await store.write(LOCK, JSON.stringify({ owner: 'gh:o/r:1', host: 'runner-1', pid: 11, acquiredAt: fresh, operation: 'deploy' }));
    await post.releaseLock('gh:o/r:1', { host: 'runner-1', pid: 11 });
    expect(store.files.has(LOCK)).toBe(false);
  });
});
