/**
 * The directory backend: files under a root folder. Writes are atomic (temp file in the same folder,
 * fsync, rename; not write-file-atomic, whose `__filename` use breaks in an ESM bundle), appends are fsynced, and `tryCreate` uses `O_EXCL`, so two processes
 * sharing the folder cannot both take the lock; `swap` (and tryCreate's replace) is a compare-and-swap under a
 * guard file, so two processes updating the lock's holder set cannot lose one another's update. Everything is durable when a call returns; `flush` is a
 * no-op. Files are 0600 and folders 0700: the audit log names instances and actors.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkStorePath, Mutex, type StateStore, type SwapResult } from './types.js';

/** A guard older than this was left by a process that died inside a swap (which takes microseconds). */
const STALE_GUARD_MS = 10_000;
/** How long a swap waits for another process's guard before giving up. */
const GUARD_WAIT_MS = 15_000;

export class DirStore implements StateStore {
  readonly description: string;
  private readonly mutex = new Mutex();
  constructor(private readonly root: string) {
    this.description = `directory ${root}`;
  }

  private abs(path: string): string {
    return join(this.root, checkStorePath(path));
  }

  read(path: string): Promise<string | undefined> {
    return this.mutex.run(async () => {
      try {
        return readFileSync(this.abs(path), 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    });
  }

  list(dir: string): Promise<string[]> {
    return this.mutex.run(async () => {
      try {
        return readdirSync(this.abs(dir)).sort();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return [];
        throw e;
      }
    });
  }

  write(path: string, content: string): Promise<void> {
    return this.mutex.run(async () => {
      const abs = this.abs(path);
      mkdirSync(dirname(abs), { recursive: true, mode: 0o700 });
      writeAtomic(abs, content);
    });
  }

  append(path: string, content: string): Promise<void> {
    return this.mutex.run(async () => {
      const abs = this.abs(path);
      mkdirSync(dirname(abs), { recursive: true, mode: 0o700 });
      const fd = openSync(abs, 'a', 0o600);
      try {
        writeSync(fd, content);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    });
  }

  remove(path: string): Promise<void> {
    return this.mutex.run(async () => rmSync(this.abs(path), { force: true }));
  }

  async flush(): Promise<void> {
    // Every call above is durable when it returns.
  }

  tryCreate(path: string, content: string, canReplace: (existing: string) => boolean): Promise<{ ok: true } | { ok: false; existing: string }> {
    return this.mutex.run(async () => {
      const abs = this.abs(path);
      mkdirSync(dirname(abs), { recursive: true, mode: 0o700 });
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          const fd = openSync(abs, 'wx', 0o600);
          try {
            writeSync(fd, content);
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
          return { ok: true as const };
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        const existing = readOrUndefined(abs);
        if (existing === undefined) continue; // released meanwhile: try again
        if (!canReplace(existing)) return { ok: false as const, existing };
        // Replace only what was judged: a compare-and-swap under the guard, so a concurrent taker's new
        // file is never removed by a decision made on the old one.
        const r = await swapFile(abs, existing, content);
        if (r.ok) return r;
      }
      return { ok: false as const, existing: readOrUndefined(abs) ?? '' };
    });
  }

  swap(path: string, expected: string | undefined, next: string | undefined, _message?: string): Promise<SwapResult> {
    return this.mutex.run(async () => {
      const abs = this.abs(path);
      mkdirSync(dirname(abs), { recursive: true, mode: 0o700 });
      return swapFile(abs, expected, next);
    });
  }
}

function readOrUndefined(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Compare-and-swap between processes sharing the folder: a guard file (`.<name>.cas`, O_EXCL) makes
 * read-compare-replace one step. A guard left by a process killed inside its swap is stale after
 * {@link STALE_GUARD_MS} and removed; the write itself is atomic (rename), so the file is never half-written.
 */
async function swapFile(abs: string, expected: string | undefined, next: string | undefined): Promise<SwapResult> {
  const guard = join(dirname(abs), `.${basename(abs)}.cas`);
  const deadline = Date.now() + GUARD_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(guard, 'wx', 0o600));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      if (Date.now() - statSync(guard).mtimeMs > STALE_GUARD_MS) rmSync(guard, { force: true });
    } catch {
      /* removed meanwhile */
    }
    if (Date.now() > deadline) throw new Error(`the state file ${abs} is being updated by another process (guard ${guard}); if no clawfleet process is running, remove the guard file`);
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
  try {
    const current = readOrUndefined(abs);
    if (current !== expected) return { ok: false, existing: current };
    if (next === undefined) rmSync(abs, { force: true });
    else if (current === undefined) {
      // Creating: exclusive (link fails on EEXIST), so a tryCreate racing outside the guard is not overwritten.
      const tmp = join(dirname(abs), `.${basename(abs)}.tmp-${randomBytes(6).toString('hex')}`);
      writeAtomic(tmp, next);
      try {
        linkSync(tmp, abs);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        return { ok: false, existing: readOrUndefined(abs) };
      } finally {
        rmSync(tmp, { force: true });
      }
    } else writeAtomic(abs, next);
    return { ok: true };
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Temp file next to the target (O_EXCL, 0600), fsync, rename over the target: old or new, never half. */
function writeAtomic(abs: string, content: string): void {
  const tmp = join(dirname(abs), `.${basename(abs)}.tmp-${randomBytes(6).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Nothing persisted: for benches and tests that do not look at the record. */
export class MemoryStore implements StateStore {
  readonly description = 'memory (not persisted)';
  readonly files = new Map<string, string>();
  flushes = 0;
  async read(path: string) {
    return this.files.get(checkStorePath(path));
  }
  async list(dir: string) {
    const prefix = checkStorePath(dir) + '/';
    const names = new Set<string>();
    for (const k of this.files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]!);
    return [...names].sort();
  }
  async write(path: string, content: string) {
    this.files.set(checkStorePath(path), content);
  }
  async append(path: string, content: string) {
    const p = checkStorePath(path);
    this.files.set(p, (this.files.get(p) ?? '') + content);
  }
  async remove(path: string) {
    this.files.delete(checkStorePath(path));
  }
  async flush() {
    this.flushes++;
  }
  async swap(path: string, expected: string | undefined, next: string | undefined, _message?: string): Promise<SwapResult> {
    const p = checkStorePath(path);
    const current = this.files.get(p);
    if (current !== expected) return { ok: false, existing: current };
    if (next === undefined) this.files.delete(p);
    else this.files.set(p, next);
    return { ok: true };
  }
  async tryCreate(path: string, content: string, canReplace: (existing: string) => boolean) {
    const p = checkStorePath(path);
    const existing = this.files.get(p);
    if (existing !== undefined && !canReplace(existing)) return { ok: false as const, existing };
    this.files.set(p, content);
    return { ok: true as const };
  }
}
