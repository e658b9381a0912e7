/**
 * Where deployments keep what must outlive the runner: the audit log, the version registry, the rollback
 * manifests, the environment lock (issue #4 "Record"). Backends:
 *
 * - `git` (default for the actions): a dedicated branch (`clawfleet-state`) of the config repo, written with
 *   git plumbing through a private index — no checkout, the user's working tree and index are never touched.
 *   Why a branch: it is already there (no extra service or credential), it is durable and versioned, a
 *   later workflow run (or an operator's laptop) reads it with a plain `git fetch`, a push is a
 *   compare-and-swap (a non-fast-forward is rejected), which gives the lock for free, and the history is
 *   itself an audit trail. An artifact would expire and is per-run; a cache is evictable.
 * - `dir`: a local directory (the CLI, tests, a self-hosted runner with a persistent disk).
 * - `memory`: nothing persisted (benches, dry runs).
 *
 * Paths are relative, `/`-separated, without `.`/`..` segments. Writes may be buffered until {@link flush}
 * (git commits and pushes there); reads always see this process's own writes.
 */
export interface StateStore {
  /** For messages: what and where, never credentials. */
  readonly description: string;
  read(path: string): Promise<string | undefined>;
  /** Names (not paths) of the entries directly under `dir`; `[]` when it does not exist. */
  list(dir: string): Promise<string[]>;
  write(path: string, content: string): Promise<void>;
  append(path: string, content: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Makes every write so far durable; the message labels the git commit. */
  flush(message: string): Promise<void>;
  /**
   * Atomically creates `path` unless it already exists and `canReplace(existing)` says no. Durable when it
   * returns `ok: true`. Used for the environment lock.
   */
  tryCreate(path: string, content: string, canReplace: (existing: string) => boolean, message: string): Promise<{ ok: true } | { ok: false; existing: string }>;
  /**
   * Compare-and-swap of one file: when its durable content is exactly `expected` (`undefined`: it does not
   * exist), replaces it with `next` (`undefined`: removes it) and makes that durable; otherwise changes
   * nothing and returns what is there now, so the caller can recompute and try again. Unlike a plain
   * write, two processes (two runners, two CLIs) updating the same file cannot lose one another's update —
   * the environment lock's holder set is kept with it. Optional for backward compatibility: without it,
   * callers fall back to {@link tryCreate} (no conditional removal).
   */
  swap?(path: string, expected: string | undefined, next: string | undefined, message: string): Promise<SwapResult>;
}

/** The result of {@link StateStore.swap}: `existing` is the content found when the swap was refused. */
export type SwapResult = { ok: true } | { ok: false; existing: string | undefined };

/** Validates a store path (relative, no traversal); returns it normalised. */
export function checkStorePath(path: string): string {
  if (path.startsWith('/')) throw new Error(`invalid state path ${JSON.stringify(path)}`);
  const p = path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/\/+$/g, '');
  if (!p || p.split('/').some((s) => s === '.' || s === '..' || s === '') || /[\0\n\r]/.test(p)) {
    throw new Error(`invalid state path ${JSON.stringify(path)}`);
  }
  return p;
}

/** Serialises async operations (one store is used from parallel batch tasks). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
