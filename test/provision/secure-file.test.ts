import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ensurePrivateDir, readSecureFile, removeStaleTemps, SecureFileError, withLock, writeSecureFile } from '../../src/provision/secure-file.js';

const TSX = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const WRITER = resolve(import.meta.dirname, 'fixtures/env-writer.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clawfleet-secure-'));
});

const mode = (p: string) => statSync(p).mode & 0o777;

function child(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((res) => {
    const c = spawn(TSX, [WRITER, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    c.on('close', (code, signal) => res({ code, signal, stderr }));
  });
}

describe('writeSecureFile', () => {
  test('creates the file 0600 and a missing parent 0700, even with umask 000 (SE-06)', async () => {
    const old = process.umask(0o000);
    try {
      const target = join(dir, 'state', '.env');
      const r = await writeSecureFile(target, 'A=1\n');
      expect(r).toEqual({ written: true, modeFixed: false });
      expect(mode(target)).toBe(0o600);
      expect(mode(join(dir, 'state'))).toBe(0o700);
      expect(readFileSync(target, 'utf8')).toBe('A=1\n');
    } finally {
      process.umask(old);
    }
  });

  test('an existing 0644 file ends 0600 (a naive writeFile with mode would leave it 0644)', async () => {
    const target = join(dir, '.env');
    writeFileSync(target, 'OLD=1\n', { mode: 0o644 });
    chmodSync(target, 0o644);
    await writeSecureFile(target, 'NEW=1\n');
    expect(mode(target)).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toBe('NEW=1\n');
  });

  test('same content: nothing written; only a wrong mode is fixed', async () => {
    const target = join(dir, '.env');
    await writeSecureFile(target, 'A=1\n');
    const ino = statSync(target).ino;
    expect(await writeSecureFile(target, 'A=1\n')).toEqual({ written: false, modeFixed: false });
    expect(statSync(target).ino).toBe(ino);
    chmodSync(target, 0o644);
    expect(await writeSecureFile(target, 'A=1\n')).toEqual({ written: false, modeFixed: true });
    expect(mode(target)).toBe(0o600);
  });

  test('a group-readable parent is tightened to 0700', async () => {
    chmodSync(dir, 0o755);
    await writeSecureFile(join(dir, '.env'), 'A=1\n');
    expect(mode(dir)).toBe(0o700);
  });

  test.each([['a symlink to a file'], ['a dangling symlink']])('refuses a target that is %s; the link target is untouched (SE-07)', async (kind) => {
    const victim = join(dir, 'bashrc');
    if (kind === 'a symlink to a file') writeFileSync(victim, 'original\n', { mode: 0o644 });
    const target = join(dir, '.env');
    symlinkSync(victim, target);
    await expect(writeSecureFile(target, 'EVIL=1\n')).rejects.toThrow(/refusing to write .*\.env: it is a symlink/);
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readlinkSync(target)).toBe(victim);
    if (kind === 'a symlink to a file') expect(readFileSync(victim, 'utf8')).toBe('original\n');
    else expect(existsSync(victim)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  test('refuses a symlinked parent directory (SE-07)', async () => {
    const real = join(dir, 'real');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'state'));
    await expect(writeSecureFile(join(dir, 'state', '.env'), 'A=1\n')).rejects.toThrow(SecureFileError);
    await expect(writeSecureFile(join(dir, 'state', '.env'), 'A=1\n')).rejects.toThrow(/is a symlink/);
    expect(readdirSync(real)).toEqual([]);
    await expect(ensurePrivateDir(join(dir, 'state'))).rejects.toThrow(/is a symlink/);
  });

  test('never changes the permissions of a shared (sticky) directory such as /tmp', async () => {
    chmodSync(dir, 0o1777);
    await expect(writeSecureFile(join(dir, '.env'), 'A=1\n')).rejects.toThrow(/shared directory \(sticky bit set, like \/tmp\)/);
    expect(statSync(dir).mode & 0o7777).toBe(0o1777);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("parent 'existing' (RUNNER_TEMP): the file is 0600 but the directory's mode is left alone", async () => {
    chmodSync(dir, 0o755);
    await writeSecureFile(join(dir, 'report.json'), '{}', { parent: 'existing' });
    expect(mode(dir)).toBe(0o755);
    expect(mode(join(dir, 'report.json'))).toBe(0o600);
    await writeSecureFile(join(dir, 'new-sub', 'plan.json'), '{}', { parent: 'existing' });
    expect(mode(join(dir, 'new-sub'))).toBe(0o700);
  });

  test('refuses a directory or FIFO where the file should be', async () => {
    mkdirSync(join(dir, '.env'));
    await expect(writeSecureFile(join(dir, '.env'), 'A=1\n')).rejects.toThrow(/it is a directory/);
  });

  test('ENOSPC: the target keeps its old bytes and no temp file is left (SE-12)', async () => {
    const target = join(dir, '.env');
    writeFileSync(target, 'OLD=1\n', { mode: 0o600 });
    process.env['CLAWFLEET_TEST_FAULT_AT'] = 'enospc';
    await expect(writeSecureFile(target, 'NEW=1\n')).rejects.toThrow(/no space left .* left unchanged/);
    delete process.env['CLAWFLEET_TEST_FAULT_AT'];
    expect(readFileSync(target, 'utf8')).toBe('OLD=1\n');
    expect(readdirSync(dir)).toEqual(['.env']);
  });

  test('readSecureFile refuses symlinks and reads regular files', async () => {
    writeFileSync(join(dir, 'f'), 'x');
    symlinkSync(join(dir, 'f'), join(dir, 'l'));
    expect((await readSecureFile(join(dir, 'f')))?.toString()).toBe('x');
    expect(await readSecureFile(join(dir, 'missing'))).toBeUndefined();
    await expect(readSecureFile(join(dir, 'l'))).rejects.toThrow(/symlink/);
  });
});

describe('kill -9 between write and rename leaves the old or the new bytes, never half (SE-05)', () => {
  const OLD = `OLD=${'o'.repeat(100_000)}\n`;
  const NEW = `NEW=${'n'.repeat(100_000)}\n`;
  test.each([['mid-write'], ['after-write'], ['after-fsync'], ['before-rename']])('killed at %s', async (point) => {
    const target = join(dir, '.env');
    writeFileSync(target, OLD, { mode: 0o600 });
    const content = join(dir, 'content');
    writeFileSync(content, NEW);
    const r = await child(['write', target, content], { CLAWFLEET_TEST_FAULT_AT: point });
    // tsx relays the child's death as exit code 128 + 9.
    expect(r.signal === 'SIGKILL' || r.code === 137, JSON.stringify(r)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    // The dead writer's temp file is there; the next run removes it and says so.
    const temps = readdirSync(dir).filter((n) => n.startsWith('.env.tmp-'));
    expect(temps).toHaveLength(1);
    expect(mode(join(dir, temps[0] as string))).toBe(0o600);
    expect(await removeStaleTemps(target)).toEqual(temps);
    expect(readdirSync(dir).filter((n) => n.startsWith('.env.tmp-'))).toEqual([]);
    // And a clean run after the crash writes the new content.
    const ok = await child(['write', target, content]);
    expect(ok.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  test('a live writer’s temp file is not removed', async () => {
    const target = join(dir, '.env');
    writeFileSync(join(dir, `.env.tmp-${process.ppid}-abcdef`), 'x');
    expect(await removeStaleTemps(target)).toEqual([]);
  });
});

describe('concurrent runs never interleave (CC-06, 2 writers × 200 locked merges + a reader)', () => {
  test('every read is a whole document and no update is lost', { timeout: 180_000 }, async () => {
    const target = join(dir, '.env');
    writeFileSync(target, '# operator line\nKEEP=1\n', { mode: 0o600 });
    const [a, b, reader] = await Promise.all([child(['merge', target, 'ALPHA', '200']), child(['merge', target, 'BETA', '200']), child(['read', target, '3000'])]);
    expect(a, a.stderr).toMatchObject({ code: 0 });
    expect(b, b.stderr).toMatchObject({ code: 0 });
    expect(reader, reader.stderr).toMatchObject({ code: 0 });
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('# operator line\nKEEP=1\n')).toBe(true);
    expect(text).toContain("CLAWFLEET_ALPHA_G1='ALPHA-199\n");
    expect(text).toContain("CLAWFLEET_BETA_G1='BETA-199\n");
    expect(readdirSync(dir).sort()).toEqual(['.env']);
    expect(mode(target)).toBe(0o600);
  });
});

describe('withLock', () => {
  test('a lock left by a dead process is taken over', async () => {
    const lock = join(dir, '.lock');
    writeFileSync(lock, '999999999\n');
    let ran = false;
    await withLock(lock, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  test('a lock held by a live process times out with a clear message', async () => {
    const lock = join(dir, '.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    await expect(withLock(lock, async () => undefined, { timeoutMs: 200 })).rejects.toThrow(/timed out after 0 s waiting for .*\.lock \(held by pid \d+\)/);
  });

  test('a symlinked lock file is refused', async () => {
    symlinkSync(join(dir, 'elsewhere'), join(dir, '.lock'));
    await expect(withLock(join(dir, '.lock'), async () => undefined)).rejects.toThrow(/symlink/);
  });

  afterEach(() => undefined);
});
