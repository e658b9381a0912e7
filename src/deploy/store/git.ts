/**
 * The git backend: the state lives on a dedicated branch (default `clawfleet-state`) of a remote, written
 * with plumbing only — `fetch` into a private ref (`refs/clawfleet/<branch>`), `read-tree` into a private
 * index file, `hash-object`/`update-index`/`write-tree`/`commit-tree`, then `push <commit>:refs/heads/<branch>`
 * without force. The user's working tree, index and branches are never touched, so it can run inside the
 * checked-out config repo (where `actions/checkout` left push credentials for `origin`) or from a laptop.
 *
 * Concurrency: a push that is not a fast-forward is rejected by the remote; `flush` then fetches again and
 * replays this process's pending operations on the new tip (appends are re-appended, writes win), up to a
 * few times. `tryCreate` evaluates its condition against the freshly fetched tip inside the same loop, so
 * two runners cannot both take the environment lock.
 *
 * Hooks are disabled for our own git calls (`core.hooksPath=/dev/null`): a developer's pre-push hook must
 * not run (or block) on a state commit. The remote URL may hold credentials: it is never printed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStorePath, Mutex, type StateStore, type SwapResult } from './types.js';

/**
 * Whether a failed push cannot get better by retrying (credentials, permissions, a missing repository, a
 * protected branch). Everything else — a non-fast-forward, a ref lock held by a concurrent push — is a lost
 * race to replay. HTTP 401/403 count only as numbers of their own: the object ids in a ref-lock message are
 * hex and may well contain "403".
 */
export function isPermanentPushError(output: string): boolean {
  return /denied|permission|(?<![0-9a-f])40[13](?![0-9a-f])|authentication|could not read username|does not appear to be a git repository|repository not found|protected branch/i.test(output);
}

export interface GitStoreOptions {
  /** Remote name (`origin`) or URL/path of the repository that holds the state branch. */
  remote: string;
  /** Branch name. Default `clawfleet-state`. */
  branch?: string;
  /**
   * A git repository to run in (work tree or bare). Default: a private bare repository in a temp folder
   * (then `remote` must be a URL or path, not a remote name).
   */
  repoDir?: string;
  /** Commit identity. Default `clawfleet <clawfleet@users.noreply.github.com>`. */
  author?: { name: string; email: string };
  /** git binary. Default `git`. */
  gitBinary?: string;
  /** Attempts of the fetch-commit-push loop when the remote moved. Default 6. */
  maxAttempts?: number;
  /** Extra env for git (e.g. GIT_SSH_COMMAND). */
  env?: NodeJS.ProcessEnv;
}

type Op = { kind: 'write'; path: string; content: string } | { kind: 'append'; path: string; content: string } | { kind: 'remove'; path: string };

export class GitStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitStoreError';
  }
}

/** `https://user:tok@host/x.git` → `https://host/x.git`; names and paths unchanged. */
export function redactRemote(remote: string): string {
  return remote.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

export class GitStore implements StateStore {
  readonly description: string;
  private readonly branch: string;
  private readonly localRef: string;
  private readonly mutex = new Mutex();
  private readonly ops: Op[] = [];
  private repoDir: string | undefined;
  private ownsRepo = false;
  private baseCommit: string | null | undefined; // undefined = not fetched yet; null = branch does not exist
  private readonly blobCache = new Map<string, string | undefined>();

  constructor(private readonly opts: GitStoreOptions) {
    this.branch = opts.branch ?? 'clawfleet-state';
    if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes('..') || this.branch.startsWith('-')) {
      throw new GitStoreError(`invalid state branch name ${JSON.stringify(this.branch)}`);
    }
    this.localRef = `refs/clawfleet/${this.branch}`;
    this.description = `git branch ${this.branch} of ${redactRemote(opts.remote)}`;
  }

  // ---------------------------------------------------------------------------------------------------
  // git plumbing

  private async git(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; allowFail?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const dir = await this.ensureRepo();
    const full = ['-c', `safe.directory=${dir}`, '-c', 'core.hooksPath=/dev/null', '-c', 'gc.auto=0', '-C', dir, ...args];
    return new Promise((resolve, reject) => {
      const child = execFile(
        this.opts.gitBinary ?? 'git',
        full,
        {
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...this.opts.env, ...opts.env },
          maxBuffer: 256 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
          if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
            reject(new GitStoreError('git is not installed (needed for the git state store); install git or use a directory store'));
            return;
          }
          if (code !== 0 && !opts.allowFail) {
            reject(new GitStoreError(`git ${args[0]} failed (exit ${code}): ${scrub(stderr, this.opts.remote).trim().slice(0, 800)}`));
            return;
          }
          resolve({ code, stdout, stderr });
        },
      );
      if (opts.input !== undefined) child.stdin?.end(opts.input);
      else child.stdin?.end();
    });
  }

  private async ensureRepo(): Promise<string> {
    if (this.repoDir) return this.repoDir;
    if (this.opts.repoDir) {
      this.repoDir = this.opts.repoDir;
      return this.repoDir;
    }
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-state-'));
    registerTempRepo(dir);
    await new Promise<void>((resolve, reject) =>
      execFile(this.opts.gitBinary ?? 'git', ['init', '--bare', '--quiet', dir], { env: { ...process.env, ...this.opts.env } }, (e) =>
        e ? reject(new GitStoreError(`git init failed: ${(e as Error).message}`)) : resolve(),
      ),
    );
    this.repoDir = dir;
    this.ownsRepo = true;
    return dir;
  }

  /** Fetches the branch into the private ref; sets baseCommit (null when the branch does not exist yet). */
  private async fetch(): Promise<void> {
    const r = await this.git(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', this.opts.remote, `+refs/heads/${this.branch}:${this.localRef}`], { allowFail: true });
    if (r.code !== 0) {
      if (/couldn't find remote ref|no such ref|not found in upstream/i.test(r.stderr)) {
        await this.git(['update-ref', '-d', this.localRef], { allowFail: true });
        this.setBase(null);
        return;
      }
      throw new GitStoreError(
        `cannot fetch the state branch ${this.branch} from ${redactRemote(this.opts.remote)}: ${scrub(r.stderr, this.opts.remote).trim().slice(0, 600)}. ` +
          'Fix: check the remote and its credentials (in a workflow: actions/checkout with persist-credentials, and permissions: contents: write)',
      );
    }
    const rev = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`], { allowFail: true });
    this.setBase(rev.code === 0 ? rev.stdout.trim() : null);
  }

  private setBase(commit: string | null): void {
    if (commit !== this.baseCommit) this.blobCache.clear();
    this.baseCommit = commit;
  }

  private async ensureFetched(): Promise<void> {
    if (this.baseCommit === undefined) await this.fetch();
  }

  private async readBase(path: string): Promise<string | undefined> {
    if (!this.baseCommit) return undefined;
    if (this.blobCache.has(path)) return this.blobCache.get(path);
    const r = await this.git(['cat-file', 'blob', `${this.baseCommit}:${path}`], { allowFail: true });
    const v = r.code === 0 ? r.stdout : undefined;
    this.blobCache.set(path, v);
    return v;
  }

  private applyOps(path: string, base: string | undefined, ops: readonly Op[]): string | undefined | null {
    let cur: string | undefined | null = base;
    let touched = false;
    for (const op of ops) {
      if (op.path !== path) continue;
      touched = true;
      if (op.kind === 'write') cur = op.content;
      else if (op.kind === 'append') cur = (cur ?? '') + op.content;
      else cur = null;
    }
    return touched ? cur : base;
  }

  // ---------------------------------------------------------------------------------------------------
  // StateStore

  read(path: string): Promise<string | undefined> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => {
      await this.ensureFetched();
      const v = this.applyOps(p, await this.readBase(p), this.ops);
      return v === null ? undefined : v;
    });
  }

  list(dir: string): Promise<string[]> {
    const d = checkStorePath(dir);
    return this.mutex.run(async () => {
      await this.ensureFetched();
      const names = new Set<string>();
      if (this.baseCommit) {
        const r = await this.git(['ls-tree', '--name-only', `${this.baseCommit}:${d}`], { allowFail: true });
        if (r.code === 0) for (const n of r.stdout.split('\n')) if (n) names.add(n);
      }
      const prefix = d + '/';
      for (const op of this.ops) {
        if (!op.path.startsWith(prefix)) continue;
        const name = op.path.slice(prefix.length).split('/')[0]!;
        if (op.kind === 'remove' && op.path === prefix + name) names.delete(name);
        else if (op.kind !== 'remove') names.add(name);
      }
      return [...names].sort();
    });
  }

  write(path: string, content: string): Promise<void> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => void this.ops.push({ kind: 'write', path: p, content }));
  }

  append(path: string, content: string): Promise<void> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => void this.ops.push({ kind: 'append', path: p, content }));
  }

  remove(path: string): Promise<void> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => void this.ops.push({ kind: 'remove', path: p }));
  }

  flush(message: string): Promise<void> {
    return this.mutex.run(async () => {
      if (this.ops.length === 0) return;
      await this.commitLoop(message, async () => true);
      this.ops.length = 0;
    });
  }

  tryCreate(path: string, content: string, canReplace: (existing: string) => boolean, message: string): Promise<{ ok: true } | { ok: false; existing: string }> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => {
      let existing: string | undefined;
      this.ops.push({ kind: 'write', path: p, content });
      const done = await this.commitLoop(message, async () => {
        existing = await this.readBase(p);
        return existing === undefined || canReplace(existing);
      });
      if (!done) {
        this.ops.pop();
        return { ok: false as const, existing: existing ?? '' };
      }
      this.ops.length = 0;
      return { ok: true as const };
    });
  }

  /**
   * Compare-and-swap through the remote: the condition is checked against each freshly fetched tip and the
   * push is rejected unless it fast-forwards that tip, so an update made meanwhile by another runner is
   * either seen (and the swap refused) or makes the push fail and the loop re-check. Pending writes of this
   * store go out in the same commit, as with {@link tryCreate}.
   */
  swap(path: string, expected: string | undefined, next: string | undefined, message: string): Promise<SwapResult> {
    const p = checkStorePath(path);
    return this.mutex.run(async () => {
      let existing: string | undefined;
      this.ops.push(next === undefined ? { kind: 'remove', path: p } : { kind: 'write', path: p, content: next });
      const done = await this.commitLoop(message, async () => {
        existing = await this.readBase(p);
        return existing === expected;
      });
      if (!done) {
        this.ops.pop();
        return { ok: false as const, existing };
      }
      this.ops.length = 0;
      return { ok: true as const };
    });
  }

  /**
   * fetch → apply pending ops on the tip → commit → push, repeated while the remote moved under us.
   * `precondition` is checked against each freshly fetched tip; false aborts without pushing.
   */
  private async commitLoop(message: string, precondition: () => Promise<boolean>): Promise<boolean> {
    const attempts = this.opts.maxAttempts ?? 6;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await this.fetch();
      if (!(await precondition())) return false;
      const commit = await this.buildCommit(message);
      const push = await this.git(['push', '--quiet', '--porcelain', this.opts.remote, `${commit}:refs/heads/${this.branch}`], { allowFail: true });
      if (push.code === 0) {
        await this.git(['update-ref', this.localRef, commit]);
        this.setBase(commit);
        return true;
      }
      const out = scrub(push.stderr + push.stdout, this.opts.remote);
      // Lost a race (non-fast-forward, ref lock held by a concurrent push, …): fetch again and replay.
      // Only what cannot get better by retrying fails at once.
      if (!isPermanentPushError(out)) {
        lastError = out.trim();
        await sleep(Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      throw new GitStoreError(
        `cannot push the state branch ${this.branch} to ${redactRemote(this.opts.remote)}: ${out.trim().slice(0, 600)}. ` +
          'Fix: give the job `permissions: contents: write` and keep actions/checkout\'s persist-credentials on, or choose a directory store',
      );
    }
    throw new GitStoreError(`the state branch ${this.branch} could not be pushed after ${attempts} attempts (it kept moving, or: ${lastError.slice(0, 300)})`);
  }

  private async buildCommit(message: string): Promise<string> {
    const dir = await this.ensureRepo();
    const indexDir = mkdtempSync(join(tmpdir(), 'clawfleet-index-'));
    const env = { GIT_INDEX_FILE: join(indexDir, 'index') };
    try {
      if (this.baseCommit) await this.git(['read-tree', this.baseCommit], { env });
      else await this.git(['read-tree', '--empty'], { env });
      // `update-index --index-info` works in a bare repository too (`--force-remove` needs a work tree):
      // `<mode> <sha>\t<path>` adds or replaces, mode 0 with the null sha removes.
      const paths = [...new Set(this.ops.map((o) => o.path))];
      const lines: string[] = [];
      for (const p of paths) {
        const next = this.applyOps(p, await this.readBase(p), this.ops);
        if (next === null || next === undefined) {
          lines.push(`0 ${'0'.repeat(40)}\t${p}`);
          continue;
        }
        const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: next })).stdout.trim();
        lines.push(`100644 ${blob}\t${p}`);
      }
      await this.git(['update-index', '--index-info'], { env, input: lines.join('\n') + '\n' });
      const tree = (await this.git(['write-tree'], { env })).stdout.trim();
      const author = this.opts.author ?? { name: 'clawfleet', email: 'clawfleet@users.noreply.github.com' };
      const idEnv = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
      const args = ['commit-tree', tree, ...(this.baseCommit ? ['-p', this.baseCommit] : []), '-m', message.slice(0, 2000)];
      void dir;
      return (await this.git(args, { env: idEnv })).stdout.trim();
    } finally {
      rmSync(indexDir, { recursive: true, force: true });
    }
  }

  /** Removes the private temp repository (when this store created one). Also done at process exit. */
  async close(): Promise<void> {
    if (this.ownsRepo && this.repoDir) {
      rmSync(this.repoDir, { recursive: true, force: true });
      tempRepos.delete(this.repoDir);
    }
  }
}

// Private temp repositories are removed at exit even when a caller forgot close() (a CLI command, a test).
const tempRepos = new Set<string>();
let exitHook = false;
function registerTempRepo(dir: string): void {
  tempRepos.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const d of tempRepos) rmSync(d, { recursive: true, force: true });
  });
}

function scrub(text: string, remote: string): string {
  let out = text;
  if (remote && remote !== redactRemote(remote)) out = out.split(remote).join(redactRemote(remote));
  return out.replace(/([a-z][a-z0-9+.-]*:\/\/)[^@/\s]*@/gi, '$1');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
