/**
 * The directory backend: files under a root folder. Writes are atomic (temp file in the same folder,
 * fsync, rename; not write-file-atomic, whose `__filename` use breaks in an ESM bundle), appends are fsynced, and `tryCreate` uses `O_EXCL`, so two processes
 * sharing the folder cannot both take the lock. Everything is durable when a call returns; `flush` is a
 * no-op. Files are 0600 and folders 0700: the audit log names instances and actors.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkStorePath, Mutex, type StateStore } from './types.js';

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
      for (let attempt = 0; attempt < 3; attempt++) {
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
        let existing: string;
        try {
          existing = readFileSync(abs, 'utf8');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
          throw e;
        }
        if (!canReplace(existing)) return { ok: false as const, existing };
        // Replace by remove + exclusive create, so a concurrent taker that wins the create is not overwritten.
        rmSync(abs, { force: true });
      }
      const existing = readFileSync(abs, 'utf8');
      return { ok: false as const, existing };
    });
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
  async tryCreate(path: string, content: string, canReplace: (existing: string) => boolean) {
    const p = checkStorePath(path);
    const existing = this.files.get(p);
    if (existing !== undefined && !canReplace(existing)) return { ok: false as const, existing };
    this.files.set(p, content);
    return { ok: true as const };
  }
}
