/**
 * Writing credential files so that nobody else can read them and no reader ever sees half a file.
 *
 * - The parent directory must be a real directory (lstat: a symlink is refused, SE-07); it is created 0700
 *   when missing and tightened to 0700 when group/other can enter it (SE-06).
 * - The target must be a regular file or absent; a symlink (even a dangling one) is refused.
 * - The new bytes go to `.<name>.tmp-<pid>-<random>` (hidden) in the same directory, opened O_CREAT|O_EXCL|O_NOFOLLOW
 *   with mode 0600 (and fchmod'ed, so the umask cannot widen or narrow it), fsync'ed, then renamed over the
 *   target (atomic on POSIX) and the directory fsync'ed. A reader sees the old bytes or the new ones (SE-05),
 *   and an existing 0644 file ends 0600 because the rename replaces its inode.
 * - Identical content is not rewritten (idempotent runs write nothing); only a wrong mode is fixed.
 * - Temp files left by a killed run (their pid is gone) are removed by the next run and reported.
 * - `withLock` serializes read-modify-write cycles across processes (O_EXCL lock file, stale-pid takeover).
 *
 * Fault injection for tests: `CLAWFLEET_TEST_FAULT_AT=after-write|after-fsync|before-rename` SIGKILLs the
 * process at that point; `enospc` makes the write fail with ENOSPC. It is read only here.
 */
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class SecureFileError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SecureFileError';
  }
}

export interface WriteOutcome {
  /** The bytes changed (a rename happened). */
  written: boolean;
  /** Only the mode was tightened. */
  modeFixed: boolean;
}

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

function faultAt(point: string): void {
  const want = process.env['CLAWFLEET_TEST_FAULT_AT'];
  if (!want || want !== point) return;
  process.kill(process.pid, 'SIGKILL');
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Describes a path for an error message without following it. */
function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symlink';
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Makes sure `dir` is a real directory that only its owner can enter: refuses symlinks, creates it (and
 * missing parents) 0700, tightens group/other bits. Returns whether anything changed.
 */
export async function ensurePrivateDir(dir: string): Promise<boolean> {
  const st = await lstatOrUndefined(dir);
  if (st === undefined) {
    const parent = dirname(dir);
    if (parent !== dir) {
      const pst = await lstatOrUndefined(parent);
      if (pst?.isSymbolicLink()) throw new SecureFileError(`refusing to write under ${parent}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
    }
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    await chmod(dir, DIR_MODE);
    return true;
  }
  if (st.isSymbolicLink()) throw new SecureFileError(`refusing to write under ${dir}: it is a symlink (a credential directory must be a real directory)`, 'symlink');
  if (!st.isDirectory()) throw new SecureFileError(`refusing to write under ${dir}: it is ${kindOf(st)}, not a directory`, 'not-dir');
  // Never tighten a directory other people use (e.g. /tmp, sticky) or one we do not own: that would break
  // them, and a credential directory should be the gateway's own anyway.
  if ((st.mode & 0o1000) !== 0) throw new SecureFileError(`refusing to keep credentials directly in ${dir}: it is a shared directory (sticky bit set, like /tmp). Fix: point at the gateway's own state directory`, 'shared-dir');
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid && (st.mode & 0o077) !== 0) throw new SecureFileError(`refusing to change the permissions of ${dir}: it belongs to uid ${st.uid}, not this process (uid ${uid}). Fix: run as the gateway's user or make the directory 0700`, 'not-owner');
  if ((st.mode & 0o077) !== 0) {
    await chmod(dir, DIR_MODE);
    return true;
  }
  return false;
}

/** Reads a regular file that must not be a symlink; undefined when absent. */
export async function readSecureFile(path: string): Promise<Buffer | undefined> {
  const st = await lstatOrUndefined(path);
  if (st === undefined) return undefined;
  if (!st.isFile()) throw new SecureFileError(`refusing to use ${path}: it is ${kindOf(st)} (a credential file must be a regular file)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
  const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

export interface WriteOptions {
  /**
   * `private` (default, for credential files): the parent is created/tightened to 0700. `existing`: for
   * files in a directory we do not own (RUNNER_TEMP): created 0700 only when missing, never chmod'ed.
   */
  parent?: 'private' | 'existing';
}

/** Writes `data` to `target` atomically with mode 0600 (see module doc). */
export async function writeSecureFile(target: string, data: string | Buffer, opts: WriteOptions = {}): Promise<WriteOutcome> {
  const dir = dirname(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dst = await lstatOrUndefined(dir);
  if (dst?.isSymbolicLink()) throw new SecureFileError(`refusing to write ${target}: its directory ${dir} is a symlink`, 'symlink');
  if (opts.parent === 'existing') {
    if (dst === undefined) await mkdir(dir, { recursive: true, mode: DIR_MODE });
    else if (!dst.isDirectory()) throw new SecureFileError(`refusing to write ${target}: ${dir} is ${kindOf(dst)}, not a directory`, 'not-dir');
  } else await ensurePrivateDir(dir);
  const st = await lstatOrUndefined(target);
  if (st !== undefined && !st.isFile()) throw new SecureFileError(`refusing to write ${target}: it is ${kindOf(st)}; a credential file must be a regular file (nothing was written)`, st.isSymbolicLink() ? 'symlink' : 'not-file');
  if (st !== undefined) {
    const current = await readSecureFile(target);
    if (current !== undefined && current.equals(bytes)) {
      if ((st.mode & 0o777) !== FILE_MODE) {
        await chmod(target, FILE_MODE);
        return { written: false, modeFixed: true };
      }
      return { written: false, modeFixed: false };
    }
  }
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}-${randomBytes(6).toString('hex')}`);
  const fh = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, FILE_MODE);
  let renamed = false;
  try {
    try {
      await fh.chmod(FILE_MODE);
      if (process.env['CLAWFLEET_TEST_FAULT_AT'] === 'enospc') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      // Write in two halves so a kill between them (tests) would leave a visibly partial temp file.
      const half = Math.floor(bytes.length / 2);
      await fh.write(bytes, 0, half, 0);
      faultAt('mid-write');
      await fh.write(bytes, half, bytes.length - half, half);
      faultAt('after-write');
      await fh.sync();
      faultAt('after-fsync');
    } finally {
      await fh.close();
    }
    faultAt('before-rename');
    await rename(tmp, target);
    renamed = true;
    await fsyncDir(dir);
    return { written: true, modeFixed: false };
  } catch (e) {
    if (!renamed) await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new SecureFileError(`no space left on the device holding ${dir}; ${target} was left unchanged`, 'ENOSPC');
    throw e;
  }
}

/** `.env` → `.env.tmp-`, `auth-profiles.json` → `.auth-profiles.json.tmp-` (always a hidden file). */
function tempPrefix(target: string): string {
  const base = basename(target);
  return `${base.startsWith('.') ? '' : '.'}${base}.tmp-`;
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await fh.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  } finally {
    await fh.close();
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files of `target` left by processes that no longer exist; returns their names. */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pidAlive(pid) && pid !== process.pid) continue;
    const full = join(dir, name);
    const st = await lstatOrUndefined(full);
    if (!st || !st.isFile()) continue;
    await unlink(full).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

export interface LockOptions {
  /** How long to wait for another holder. Default 120 s. */
  timeoutMs?: number;
  /** Poll interval. Default 50 ms. */
  pollMs?: number;
}

/**
 * Runs `fn` while holding `lockPath` (created O_EXCL, 0600, holding our pid). A lock whose pid is gone is
 * taken over. Two provisioning runs against one state directory therefore never interleave their
 * read-modify-write of the `.env`.
 */
export async function withLock<T>(lockPath: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const pollMs = opts.pollMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  const st = await lstatOrUndefined(lockPath);
  if (st?.isSymbolicLink()) throw new SecureFileError(`refusing to use lock file ${lockPath}: it is a symlink`, 'symlink');
  for (;;) {
    try {
      const fh = await open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, FILE_MODE);
      try {
        await fh.writeFile(`${process.pid}\n`);
      } finally {
        await fh.close();
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (holder && !pidAlive(holder)) {
        // The holder died. One process at a time (O_EXCL on a takeover file) removes the stale lock; then
        // everyone competes for it again through the O_EXCL create above.
        const takeover = `${lockPath}.takeover`;
        try {
          const th = await open(takeover, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, FILE_MODE);
          await th.close();
          try {
            const again = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
            if (again === holder) await rm(lockPath, { force: true });
          } finally {
            await rm(takeover, { force: true });
          }
        } catch (te) {
          if ((te as NodeJS.ErrnoException).code !== 'EEXIST') throw te;
          const tst = await lstatOrUndefined(takeover);
          if (tst && Date.now() - tst.mtimeMs > 10_000) await rm(takeover, { force: true });
        }
        continue;
      }
      if (Date.now() > deadline) throw new SecureFileError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${lockPath} (held by pid ${holder || 'unknown'}); another provisioning run is using this state directory`, 'lock-timeout');
      await new Promise((r) => setTimeout(r, pollMs + Math.floor(Math.random() * pollMs)));
    }
  }
  try {
    return await fn();
  } finally {
    const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (holder === process.pid) await rm(lockPath, { force: true });
  }
}
