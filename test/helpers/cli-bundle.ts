/**
 * Builds the clawfleet CLI bundle (ncc, the flags of scripts/build.mjs) into a temporary package layout, for
 * tests that must run what users run (`node dist/cli/index.js …`) without touching the repo's dist/:
 *
 *   <tmp>/clawfleet-cli-bundle-<hash>/
 *     package.json        a copy of the repo's (the CLI finds its package root by it)
 *     node_modules  ->    the repo's node_modules (openclaw, playwright-core, tsx)
 *     action-fixtures ->  the repo's action-fixtures (the demo's config repo)
 *     dist/cli/           the fresh bundle
 *
 * The folder name is a hash of everything the bundle is built from, so test files share one build (and a
 * later run reuses it while nothing changed). Concurrent builders each build into their own folder and
 * rename it into place; the loser drops its copy. Bundles of older sources (other hashes, untouched for an
 * hour) are removed after a build, so edits do not pile up 17 MB copies in the temp folder.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface CliBundle {
  /** The package folder (holds package.json, node_modules, dist/). */
  root: string;
  /** `<root>/dist/cli/index.js`. */
  entry: string;
  /** Node 24 to run it with. */
  node: string;
}

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Hash of the inputs of the CLI bundle. */
function sourceHash(): string {
  const files: string[] = [];
  for (const d of ['src', 'action-fixtures/fleet']) walk(join(REPO_ROOT, d), files);
  for (const f of ['package.json', 'tsconfig.json']) files.push(join(REPO_ROOT, f));
  // The checkout is part of the key: the bundle's node_modules is a symlink into it, so a bundle built by
  // another (possibly deleted) clone of the same source must not be reused.
  const h = createHash('sha256').update(REPO_ROOT).update('\0');
  for (const f of files) {
    h.update(relative(REPO_ROOT, f)).update('\0');
    h.update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.once('error', rej);
    child.once('close', (code) => res({ code, output }));
  });
}

/** The Node 24 binary of the project (the one npm scripts use). */
export function projectNode(): string {
  const n = join(REPO_ROOT, 'node_modules', '.bin', 'node');
  return existsSync(n) ? n : process.execPath;
}

/** Builds (or reuses) the CLI bundle; see the file comment. */
export async function buildCliBundle(): Promise<CliBundle> {
  const root = join(tmpdir(), `clawfleet-cli-bundle-${sourceHash()}`);
  const entry = join(root, 'dist', 'cli', 'index.js');
  const node = projectNode();
  if (existsSync(join(root, '.complete'))) return { root, entry, node };
  const partial = `${root}.partial-${randomBytes(4).toString('hex')}`;
  mkdirSync(partial, { recursive: true });
  try {
    cpSync(join(REPO_ROOT, 'package.json'), join(partial, 'package.json'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(partial, 'node_modules'));
    symlinkSync(join(REPO_ROOT, 'action-fixtures'), join(partial, 'action-fixtures'));
    const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    const out = join(partial, 'dist', 'cli');
    const r = await run(node, [ncc, 'build', join(REPO_ROOT, 'src', 'cli', 'main.ts'), '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], REPO_ROOT);
    if (r.code !== 0) throw new Error(`ncc build of the CLI failed (exit ${r.code}):\n${r.output.slice(-4000)}`);
    mkdirSync(join(partial, '.complete'));
    try {
      renameSync(partial, root);
    } catch {
      // Another test file finished the same build first: use that one.
      if (!existsSync(join(root, '.complete'))) throw new Error(`could not move the CLI bundle into ${root}`);
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  pruneStale(root);
  return { root, entry, node };
}

function pruneStale(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir())) {
    const p = join(tmpdir(), name);
    if (!/^clawfleet-cli-bundle-[0-9a-f]{16}$/.test(name) || p === keep) continue;
    try {
      if (statSync(p).mtimeMs < hourAgo) rmSync(p, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

/** Runs the bundled CLI; resolves with exit code and output. */
export function runBundledCli(b: CliBundle, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(b.node, [b.entry, ...args], {
      cwd: opts.cwd ?? b.root,
      env: opts.env ?? { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (x: Buffer) => (stdout += x.toString()));
    child.stderr.on('data', (x: Buffer) => (stderr += x.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      res({ code, stdout, stderr });
    });
  });
}
