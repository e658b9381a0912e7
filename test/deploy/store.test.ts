import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { newDeploymentId, normalizeEnvironment, parseVersionLabel, StateRecorder } from '../../src/deploy/records.js';
import { DirStore, MemoryStore } from '../../src/deploy/store/dir.js';
import { GitStore, isPermanentPushError, redactRemote } from '../../src/deploy/store/git.js';
import { checkStorePath } from '../../src/deploy/store/types.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'clawfleet-store-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bare = (name: string) => {
  const p = join(tmp, name);
  execFileSync('git', ['init', '--bare', '--quiet', p]);
  return p;
};

describe('store paths', () => {
  it.each(['../x', 'a/../b', '/etc/passwd', '', 'a//b/..', 'a\nb'])('rejects %j', (p) => {
    expect(() => checkStorePath(p)).toThrow('invalid state path');
  });
  it('normalises separators', () => expect(checkStorePath('a\\b//c/')).toBe('a/b/c'));
});

describe('DirStore', () => {
  it('writes atomically with 0600 files, appends, lists, removes', async () => {
    const s = new DirStore(join(tmp, 'dir1'));
    await s.write('env/x/a.json', '{"a":1}\n');
    await s.append('env/x/log.jsonl', 'one\n');
    await s.append('env/x/log.jsonl', 'two\n');
    expect(await s.read('env/x/a.json')).toBe('{"a":1}\n');
    expect(await s.read('env/x/log.jsonl')).toBe('one\ntwo\n');
    expect(await s.read('env/x/missing')).toBeUndefined();
    expect(await s.list('env/x')).toEqual(['a.json', 'log.jsonl']);
    expect(await s.list('nope')).toEqual([]);
    expect(statSync(join(tmp, 'dir1/env/x/a.json')).mode & 0o777).toBe(0o600);
    await s.remove('env/x/a.json');
    expect(await s.read('env/x/a.json')).toBeUndefined();
  });
  it('tryCreate is exclusive between two stores on one folder', async () => {
    const a = new DirStore(join(tmp, 'dir2'));
    const b = new DirStore(join(tmp, 'dir2'));
    const results = await Promise.all([a.tryCreate('lock', 'A', () => false), b.tryCreate('lock', 'B', () => false)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as { ok: false; existing: string };
    expect(['A', 'B']).toContain(loser.existing);
    expect(await a.tryCreate('lock', 'C', (ex) => ex === loser.existing || true)).toEqual({ ok: true });
    expect(readFileSync(join(tmp, 'dir2/lock'), 'utf8')).toBe('C');
  });
});

describe('GitStore (a state branch on a bare remote)', () => {
  it('a write flushed by one store is read by a fresh store in another temp repo (a later run)', async () => {
    const remote = bare('r1.git');
    const s1 = new GitStore({ remote, branch: 'clawfleet-state' });
    expect(await s1.read('environments/prod/current.json')).toBeUndefined(); // branch does not exist yet
    await s1.write('environments/prod/current.json', '{"version":1}\n');
    await s1.append('environments/prod/audit.jsonl', '{"a":1}\n');
    expect(await s1.read('environments/prod/audit.jsonl')).toBe('{"a":1}\n'); // read-your-writes before flush
    await s1.flush('first');
    await s1.close();
    const s2 = new GitStore({ remote, branch: 'clawfleet-state' });
    expect(await s2.read('environments/prod/current.json')).toBe('{"version":1}\n');
    expect(await s2.list('environments/prod')).toEqual(['audit.jsonl', 'current.json']);
    const log = execFileSync('git', ['--git-dir', remote, 'log', '--format=%an <%ae> %s', 'clawfleet-state'], { encoding: 'utf8' });
    expect(log.trim()).toBe('clawfleet <clawfleet@users.noreply.github.com> first');
    await s2.close();
  });

  it('concurrent writers: a rejected push is replayed on the new tip, so no append is lost', async () => {
    const remote = bare('r2.git');
    const stores = Array.from({ length: 4 }, () => new GitStore({ remote, maxAttempts: 10 }));
    await Promise.all(
      stores.map(async (s, i) => {
        await s.append('audit.jsonl', `line ${i}\n`);
        await s.write(`own-${i}.json`, `${i}`);
        await s.flush(`writer ${i}`);
      }),
    );
    const check = new GitStore({ remote });
    const lines = (await check.read('audit.jsonl'))!.trim().split('\n').sort();
    expect(lines).toEqual(['line 0', 'line 1', 'line 2', 'line 3']);
    expect(await check.list('missing-dir')).toEqual([]);
    for (const s of [...stores, check]) await s.close();
  });

  it('tryCreate is a compare-and-swap through the remote: one of two racing lock takers wins', async () => {
    const remote = bare('r3.git');
    const a = new GitStore({ remote });
    const b = new GitStore({ remote });
    const results = await Promise.all([a.tryCreate('lock.json', 'A', () => false, 'lock A'), b.tryCreate('lock.json', 'B', () => false, 'lock B')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const c = new GitStore({ remote });
    const held = await c.read('lock.json');
    expect(['A', 'B']).toContain(held);
    await c.remove('lock.json');
    await c.flush('unlock');
    const d = new GitStore({ remote });
    expect(await d.read('lock.json')).toBeUndefined();
    for (const s of [a, b, c, d]) await s.close();
  });

  it('runs inside a work tree without touching its index, HEAD or files', async () => {
    const remote = bare('r4.git');
    const ws = join(tmp, 'ws4');
    execFileSync('git', ['clone', '--quiet', remote, ws], { stdio: 'ignore' });
    execFileSync('git', ['-C', ws, '-c', 'user.name=u', '-c', 'user.email=u@x', 'commit', '--allow-empty', '--quiet', '-m', 'main'], { stdio: 'ignore' });
    const before = execFileSync('git', ['-C', ws, 'status', '--porcelain', '--branch'], { encoding: 'utf8' });
    const s = new GitStore({ remote: 'origin', repoDir: ws });
    await s.write('x.json', '{}');
    await s.flush('state');
    expect(execFileSync('git', ['-C', ws, 'status', '--porcelain', '--branch'], { encoding: 'utf8' })).toBe(before);
    expect(execFileSync('git', ['--git-dir', remote, 'show', 'clawfleet-state:x.json'], { encoding: 'utf8' })).toBe('{}');
  });

  it('a push that fails for another reason (no such remote) says how to fix it and never prints credentials', async () => {
    const s = new GitStore({ remote: 'https://user:s3cret-token@127.0.0.1:1/nope.git' });
    expect(s.description).toBe('git branch clawfleet-state of https://127.0.0.1:1/nope.git');
    const err = await s.read('x').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('cannot fetch the state branch');
    expect((err as Error).message).toContain('Fix:');
    expect((err as Error).message).not.toContain('s3cret-token');
    expect(redactRemote('ssh://git@host/x')).toBe('ssh://host/x');
    expect(redactRemote('origin')).toBe('origin');
    await s.close();
  });

  it('refuses a branch name that could be an option or a traversal', () => {
    expect(() => new GitStore({ remote: 'origin', branch: '--upload-pack=x' })).toThrow('invalid state branch name');
    expect(() => new GitStore({ remote: 'origin', branch: 'a/../b' })).toThrow('invalid state branch name');
  });
});

describe('StateRecorder', () => {
  it('normalises environment names case-insensitively (CC-02) and rejects odd ones', () => {
    expect(normalizeEnvironment('Prod')).toBe('prod');
    expect(() => normalizeEnvironment('../prod')).toThrow(UserError);
    expect(() => normalizeEnvironment('')).toThrow("is not valid for 'environment'");
    const a = new StateRecorder(new MemoryStore(), 'Production');
    expect(a.environment).toBe('production');
  });

  it('refuses to record anything that contains a registered secret, in any derived form', async () => {
    const secrets = new SecretRegistry();
    secrets.add('tok-1234567890');
    const store = new MemoryStore();
    const r = new StateRecorder(store, 'prod', { secrets });
    await expect(r.registerVersion({ gateway: { auth: { token: 'tok-1234567890' } } }, 'sha256:x')).rejects.toThrow('refusing to record environments/prod/versions/v000001.json: it contains a secret');
    await expect(r.audit({ event: 'batch', deploymentId: 'd', attempt: 1, detail: Buffer.from('tok-1234567890').toString('base64') })).rejects.toThrow('contains a secret');
    expect(store.files.size).toBe(0);
  });

  it('lock: refused while held, taken over by the same owner, after the TTL, from a dead CLI process, or with force-unlock', async () => {
    const store = new MemoryStore();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const r = new StateRecorder(store, 'prod', { now: () => now, lockTtlMs: 3600_000 });
    await r.acquireLock('gh:acme/x:1', 'deploy', 'd1');
    await expect(r.acquireLock('gh:acme/x:2', 'deploy')).rejects.toThrow("environment 'prod' is locked by gh:acme/x:1 (deploy, deployment d1) since 2026-01-01T00:00:00.000Z");
    await expect(r.acquireLock('gh:acme/x:1', 'deploy')).resolves.toMatchObject({ owner: 'gh:acme/x:1' }); // re-run attempt
    now += 3600_001;
    await expect(r.acquireLock('gh:acme/x:2', 'rollback')).resolves.toMatchObject({ owner: 'gh:acme/x:2' });
    const dead = new StateRecorder(store, 'prod', { now: () => now, pidAlive: () => false });
    await store.write('environments/prod/lock.json', JSON.stringify({ owner: 'cli:h:1', host: (await import('node:os')).hostname(), pid: 999999, acquiredAt: new Date(now).toISOString(), operation: 'deploy' }));
    await expect(dead.acquireLock('cli:h:2', 'deploy')).resolves.toBeDefined();
    const forced = new StateRecorder(store, 'prod', { now: () => now, forceUnlock: true });
    await expect(forced.acquireLock('someone-else', 'deploy')).resolves.toBeDefined();
    await forced.releaseLock('not-the-owner');
    expect(await forced.readLock()).toMatchObject({ owner: 'someone-else' }); // not released by a non-owner
    await forced.releaseLock('someone-else');
    expect(await forced.readLock()).toBeUndefined();
  });

  it('versions: same content keeps its number, new content gets the next; N-1 comes from the success history', async () => {
    const r = new StateRecorder(new MemoryStore(), 'prod');
    expect((await r.registerVersion({ a: 1 }, 'sha256:a')).record.version).toBe(1);
    expect((await r.registerVersion({ a: 2 }, 'sha256:b')).record.version).toBe(2);
    expect(await r.registerVersion({ a: 1 }, 'sha256:a')).toMatchObject({ created: false, record: { version: 1 } });
    expect(await r.peekVersion('sha256:c')).toBe(3);
    await r.setCurrent(1, 'sha256:a', 'd1');
    expect(await r.previousVersion()).toBeUndefined();
    await r.setCurrent(2, 'sha256:b', 'd2');
    expect(await r.previousVersion()).toBe(1);
    expect(parseVersionLabel('v47')).toBe(47);
    expect(parseVersionLabel('47')).toBe(47);
    expect(parseVersionLabel('v4.7')).toBeUndefined();
  });

  it('manifest shards merge; the first snapshot of an instance wins; blobs are shared', async () => {
    const r = new StateRecorder(new MemoryStore(), 'prod');
    const e = (id: string, ref: string) => ({ id, url: 'u', wave: 'all', batch: 1, snapshotHash: 'h', contentDigest: 'c', rawRef: ref, takenAt: 't', restart: 'none' as const });
    await r.writeDeployment({ schema: 1, kind: 'deploy', deploymentId: 'd1', environment: 'prod', version: 2, fromVersion: 1, configDigest: 'c', planDigest: 'p', attempts: 1, status: 'running', startedAt: 's', updatedAt: 'u', instances: {}, failedWaves: [] });
    expect(await r.appendManifestShard('d1', [e('gw-1', 'r1'), e('gw-2', 'r1')], { r1: '{"a":1}' })).toBe('manifest-0001.json');
    expect(await r.appendManifestShard('d1', [e('gw-3', 'r1'), { ...e('gw-1', 'r2') }], { r2: '{"a":2}' })).toBe('manifest-0002.json');
    const m = (await r.readManifest('d1'))!;
    expect(Object.keys(m.entries)).toEqual(['gw-1', 'gw-2', 'gw-3']);
    expect(m.entries['gw-1']!.rawRef).toBe('r1');
    expect(m.blobs).toEqual({ r1: '{"a":1}', r2: '{"a":2}' });
    expect(m).toMatchObject({ version: 2, fromVersion: 1, deploymentId: 'd1' });
    expect(await r.readManifest('nope')).toBeUndefined();
  });

  it('deployment ids sort by time and are safe file names', () => {
    const a = newDeploymentId(Date.parse('2026-01-01T00:00:00Z'), 3, 'sha256:x');
    const b = newDeploymentId(Date.parse('2026-01-02T00:00:00Z'), 2, 'sha256:x', 'rb-');
    expect(a).toMatch(/^20260101T000000Z-v3-[0-9a-f]{8}$/);
    expect(b).toMatch(/^20260102T000000Z-rb-v2-[0-9a-f]{8}$/);
    expect([b, a].sort()).toEqual([a, b]);
  });
});

describe('isPermanentPushError', () => {
  it('treats a ref-lock race whose object ids contain "403" as a race to replay, not a permission error', () => {
    const race =
      "remote: error: cannot lock ref 'refs/heads/clawfleet-state': is at c201d9ffd6bae5e8ade7eef2839c5f9e1596f8f6 but expected 908bcb1fed7bd50d7c21e6b060b7494fdfd478fd\n" +
      '!\tbf7290211954036c32408e2cd016867e9bd810e8:refs/heads/clawfleet-state\t[remote rejected] (failed to update ref)';
    expect(isPermanentPushError(race)).toBe(false);
    expect(isPermanentPushError(' ! [rejected]        abc -> clawfleet-state (fetch first)')).toBe(false);
  });
  it('fails at once on credentials, permissions, a missing repository or a protected branch', () => {
    for (const out of [
      'fatal: unable to access \'https://github.com/o/r/\': The requested URL returned error: 403',
      'remote: Permission to o/r.git denied to github-actions[bot].',
      'fatal: could not read Username for \'https://github.com\': No such device or address',
      'fatal: \'/nope\' does not appear to be a git repository',
      'remote: error: GH006: Protected branch update failed for refs/heads/clawfleet-state.',
      'error: 401 Unauthorized',
    ]) expect(isPermanentPushError(out), out).toBe(true);
  });
});
