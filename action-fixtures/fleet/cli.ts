/**
 * Rehearsal fleet CLI (run with tsx):
 *
 *   tsx action-fixtures/fleet/cli.ts up --count 3 --base-port 20000 --dir /tmp/fleet [--model-stub] [--format yaml]
 *   tsx action-fixtures/fleet/cli.ts status --dir /tmp/fleet
 *   tsx action-fixtures/fleet/cli.ts down --dir /tmp/fleet
 *   tsx action-fixtures/fleet/cli.ts model-stub --port 20900          (foreground; what `up --model-stub` runs)
 *   tsx action-fixtures/fleet/cli.ts sim --count 1000 --port 20500 --dir /tmp/sim   (simulated fleet, foreground)
 *
 * `up` starts the gateways detached (they outlive this command), writes `<dir>/inventory.json5` (or .yaml),
 * `<dir>/fleet.env` (0600, `export GW_1_TOKEN=…` lines — source it to talk to the fleet) and
 * `<dir>/fleet-state.json` (PIDs + start times, no tokens); `--foreground` instead keeps running and stops
 * everything on Ctrl-C. `down` stops by PID what the state file lists (only processes whose start time
 * still matches, so a reused PID is never signalled). `--json` on up/status/down prints one JSON document
 * (never a token). Exit codes: 0 ok (status: everything running), 1 failure, 2 usage.
 *
 * The detached model stub is a process of its own that runs this CLI's `model-stub` command. How to start
 * "this CLI" again depends on how it runs: from the sources (tsx) it is this file; inside the clawfleet
 * bundle (dist/cli/index.js) this module is a chunk that cannot be run, so `clawfleet fleet` passes its own
 * command line (`node dist/cli/index.js fleet __model-stub`) as {@link MainOptions.stubCommand}.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createStderrLogger } from '../../src/common/logger.js';
import { readFleetState, startFleet, stopFleetFromState, type FleetState } from './launcher.js';
import { startModelStub } from './model-stub.js';
import { identify, isSameProcessAlive, signalIfSame, waitUntilGone } from './proc.js';
import { startSimFleet } from './sim-fleet.js';

const USAGE = `usage:
  cli.ts up --count N --base-port P --dir D [--port-step S] [--model-stub] [--model-stub-port P] [--format json5|yaml] [--foreground] [--verbose] [--json]
  cli.ts status --dir D [--json]
  cli.ts down --dir D [--json]
  cli.ts model-stub [--port P] [--reply TEXT]
  cli.ts sim --count N [--port P] [--dir D]`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  flags: Map<string, string | true>;
}

/** Parses `--name value` / `--flag` pairs; unknown flags are a usage error. */
export function parseArgs(argv: string[], allowed: Record<string, readonly string[]>): Parsed {
  const [command, ...rest] = argv;
  if (!command || !(command in allowed)) throw new UsageError(command ? `unknown command: ${command}` : 'missing command');
  const flags = new Map<string, string | true>();
  const known = allowed[command] ?? [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument: ${a}`);
    const name = a.slice(2);
    const spec = known.find((k) => k === name || k === `${name}=`);
    if (!spec) throw new UsageError(`unknown option for ${command}: --${name}`);
    if (spec.endsWith('=')) {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
      i++;
    } else {
      flags.set(name, true);
    }
  }
  return { command, flags };
}

const COMMANDS = {
  up: ['count=', 'base-port=', 'port-step=', 'dir=', 'model-stub', 'model-stub-port=', 'format=', 'foreground', 'verbose', 'json'],
  down: ['dir=', 'json'],
  status: ['dir=', 'json'],
  'model-stub': ['port=', 'reply='],
  sim: ['count=', 'port=', 'dir='],
} as const;

function intFlag(p: Parsed, name: string, fallback?: number): number {
  const v = p.flags.get(name);
  if (v === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  if (v === true || !/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, got ${String(v)}`);
  return Number(v);
}

function strFlag(p: Parsed, name: string): string {
  const v = p.flags.get(name);
  if (typeof v !== 'string') throw new UsageError(`--${name} is required`);
  return v;
}

/** How the CLI is embedded (all optional; the defaults fit `tsx action-fixtures/fleet/cli.ts`). */
export interface MainOptions {
  /**
   * Command line (executable first) of a new process that runs this CLI's `model-stub` command; `--port N`
   * is appended. Default: this file under Node (with the tsx loader when it is the TypeScript source).
   */
  stubCommand?: readonly string[];
  /** How users invoke this CLI, for the hints it prints (default `tsx action-fixtures/fleet/cli.ts`). */
  displayName?: string;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** Runs the CLI; returns the exit code (never calls process.exit itself). */
export async function main(argv: string[], io: Io = defaultIo(), options: MainOptions = {}): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv, COMMANDS as unknown as Record<string, readonly string[]>);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    switch (parsed.command) {
      case 'up':
        return await up(parsed, io, options);
      case 'down':
        return await down(resolve(strFlag(parsed, 'dir')), io, parsed.flags.has('json'));
      case 'status':
        return status(resolve(strFlag(parsed, 'dir')), io, parsed.flags.has('json'));
      case 'model-stub':
        return await serveModelStub(parsed, io);
      case 'sim':
        return await serveSim(parsed, io);
    }
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${USAGE}`);
      return 2;
    }
    io.err(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

interface StateWithStub extends FleetState {
  modelStub?: { pid: number; startTime: number | null; port: number; url: string };
}

async function up(p: Parsed, io: Io, options: MainOptions): Promise<number> {
  const count = intFlag(p, 'count');
  const basePort = intFlag(p, 'base-port');
  const portStep = intFlag(p, 'port-step', 120);
  const dir = resolve(strFlag(p, 'dir'));
  const format = (p.flags.get('format') ?? 'json5') as string;
  if (format !== 'json5' && format !== 'yaml') throw new UsageError(`--format must be json5 or yaml, got ${format}`);
  const foreground = p.flags.has('foreground');
  const json = p.flags.has('json');
  const logger = createStderrLogger({ verbose: p.flags.has('verbose') });

  let stubUrl: string | undefined;
  let stubProc: StateWithStub['modelStub'];
  let stopStub: (() => Promise<void>) | undefined;
  if (p.flags.has('model-stub')) {
    const stubPort = intFlag(p, 'model-stub-port', basePort + count * portStep);
    if (foreground) {
      const stub = await startModelStub({ port: stubPort });
      stubUrl = stub.url;
      stopStub = () => stub.stop();
    } else {
      stubProc = await spawnDetachedStub(dir, stubPort, options.stubCommand ?? defaultStubCommand());
      stubUrl = stubProc.url;
      const id = { pid: stubProc.pid, startTime: stubProc.startTime };
      stopStub = async () => {
        signalIfSame(id, 'SIGTERM');
        await waitUntilGone(() => isSameProcessAlive(id), 5_000);
      };
    }
  }

  let fleet;
  try {
    fleet = await startFleet({
      count,
      basePort,
      portStep,
      dir,
      inventoryFormat: format,
      logger,
      killOnExit: foreground,
      removeDirOnStop: false,
      ...(stubUrl ? { modelStubUrl: stubUrl } : {}),
    });
  } catch (e) {
    await stopStub?.();
    throw e;
  }
  if (stubProc) {
    const state = JSON.parse(readFileSync(fleet.stateFile, 'utf8')) as StateWithStub;
    state.modelStub = stubProc;
    writeFileSync(fleet.stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  }
  const name = options.displayName ?? 'tsx action-fixtures/fleet/cli.ts';
  if (json) {
    io.out(
      JSON.stringify(
        {
          dir,
          inventoryFile: fleet.inventoryFile,
          envFile: fleet.envFile,
          stateFile: fleet.stateFile,
          foreground,
          gateways: fleet.gateways.map((g) => ({ id: g.id, url: g.url, port: g.port, pid: g.pid, tokenEnv: g.tokenEnv, startupMs: g.startupMs })),
          ...(stubUrl ? { modelStub: { url: stubUrl, ...(stubProc ? { pid: stubProc.pid, port: stubProc.port } : {}) } } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
      [
        `rehearsal fleet up: ${fleet.gateways.length} gateway(s)`,
        ...fleet.gateways.map((g) => `  ${g.id}  ${g.url}  pid ${g.pid}  token in $${g.tokenEnv}  ready in ${(g.startupMs / 1000).toFixed(1)} s`),
        ...(stubUrl ? [`  model stub  ${stubUrl}`] : []),
        `inventory: ${fleet.inventoryFile}`,
        `tokens:    source ${fleet.envFile}`,
        foreground ? 'press Ctrl-C to stop' : `stop with: ${name} down --dir ${dir}`,
      ].join('\n'),
    );
  }
  if (!foreground) return 0;
  await new Promise<void>((r) => {
    process.once('SIGINT', r);
    process.once('SIGTERM', r);
  });
  io.out('stopping…');
  await fleet.stop();
  await stopStub?.();
  return 0;
}

/**
 * The default way to run this CLI's `model-stub` command in a new process: this file under this Node, with
 * the tsx loader when it is the TypeScript source. Throws when this module is not the CLI file itself (it
 * was bundled into something else, which must pass `stubCommand`).
 */
export function defaultStubCommand(moduleUrl: string = import.meta.url): string[] {
  const self = fileURLToPath(moduleUrl);
  const file = basename(self);
  if (!/^cli\.(ts|js|mjs)$/.test(file)) {
    throw new Error(
      `cannot start the model stub as its own process: this code runs from ${self}, not from the fleet CLI file (a bundle?). ` +
        'Use `clawfleet fleet up` (it passes its own command line) or --foreground.',
    );
  }
  if (!file.endsWith('.ts')) return [process.execPath, self, 'model-stub'];
  // Not process.execArgv: under a test runner or a debugger that holds flags meant for the parent only.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return [process.execPath, '--import', tsx, self, 'model-stub'];
}

/** Starts the model stub as its own detached process (`command` + `--port N`) so it outlives `up`. */
async function spawnDetachedStub(dir: string, port: number, command: readonly string[]): Promise<NonNullable<StateWithStub['modelStub']>> {
  if (await portOpen(port)) throw new Error(`model stub port ${port} on 127.0.0.1 is already in use; pass --model-stub-port`);
  const [exe, ...args] = command;
  if (!exe) throw new Error('the model stub command is empty');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const log = openSync(join(dir, 'model-stub.log'), 'a', 0o600);
  const child = spawn(exe, [...args, '--port', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
  });
  closeSync(log);
  child.unref();
  const pid = await new Promise<number>((res, rej) => {
    child.once('spawn', () => res(child.pid as number));
    child.once('error', rej);
  });
  // Generous: under tsx on a saturated 2-core host, loading the stub's modules alone took >10 s.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await portOpen(port)) return { ...identify(pid), port, url: `http://127.0.0.1:${port}/v1` };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  signalIfSame(identify(pid), 'SIGKILL');
  throw new Error(`the model stub did not start on port ${port}; see ${join(dir, 'model-stub.log')}`);
}

async function down(dir: string, io: Pick<Io, 'out'>, json: boolean): Promise<number> {
  const state = readFleetState(dir) as StateWithStub;
  let stub: 'stopped' | 'not running' | undefined;
  if (state.modelStub) {
    const id = { pid: state.modelStub.pid, startTime: state.modelStub.startTime };
    stub = isSameProcessAlive(id) ? 'stopped' : 'not running';
    if (signalIfSame(id, 'SIGTERM')) await waitUntilGone(() => isSameProcessAlive(id), 5_000);
    signalIfSame(id, 'SIGKILL');
  }
  const r = await stopFleetFromState(dir);
  if (json) {
    io.out(JSON.stringify({ dir, stopped: r.stopped, notRunning: r.notRunning, ...(stub ? { modelStub: stub } : {}) }, null, 2));
    return 0;
  }
  io.out(
    `rehearsal fleet down: stopped ${r.stopped.length ? r.stopped.join(', ') : 'nothing'}` +
      (r.notRunning.length ? `; not running: ${r.notRunning.join(', ')}` : '') +
      (stub ? `; model stub ${stub}` : ''),
  );
  return 0;
}

function status(dir: string, io: Pick<Io, 'out'>, json: boolean): number {
  const state = readFleetState(dir) as StateWithStub;
  const gateways = state.gateways.map((g) => ({ id: g.id, url: g.url, pid: g.pid, running: isSameProcessAlive({ pid: g.pid, startTime: g.startTime }) }));
  const stub = state.modelStub ? { url: state.modelStub.url, pid: state.modelStub.pid, running: isSameProcessAlive({ pid: state.modelStub.pid, startTime: state.modelStub.startTime }) } : undefined;
  const allUp = gateways.every((g) => g.running) && (stub?.running ?? true);
  if (json) {
    io.out(JSON.stringify({ dir, inventoryFile: state.inventoryFile, running: allUp, gateways, ...(stub ? { modelStub: stub } : {}) }, null, 2));
    return allUp ? 0 : 1;
  }
  const lines = gateways.map((g) => `  ${g.id}  ${g.url}  pid ${g.pid}  ${g.running ? 'running' : 'not running'}`);
  if (stub) lines.push(`  model stub  ${stub.url}  pid ${stub.pid}  ${stub.running ? 'running' : 'not running'}`);
  io.out([`rehearsal fleet in ${dir}:`, ...lines, `inventory: ${state.inventoryFile}`].join('\n'));
  return allUp ? 0 : 1;
}

async function serveModelStub(p: Parsed, io: { out: (s: string) => void }): Promise<number> {
  const reply = p.flags.get('reply');
  const stub = await startModelStub({ port: intFlag(p, 'port', 0), ...(typeof reply === 'string' ? { reply } : {}) });
  io.out(`model stub listening on ${stub.url}`);
  await new Promise<void>((r) => {
    process.once('SIGINT', r);
    process.once('SIGTERM', r);
  });
  await stub.stop();
  return 0;
}

async function serveSim(p: Parsed, io: { out: (s: string) => void }): Promise<number> {
  const dirFlag = p.flags.get('dir');
  const sim = await startSimFleet({ count: intFlag(p, 'count'), basePort: intFlag(p, 'port', 0), ...(typeof dirFlag === 'string' ? { dir: resolve(dirFlag) } : {}) });
  const envFile = join(dirname(sim.inventoryFile), 'sim.env');
  writeFileSync(envFile, Object.entries(sim.env).map(([k, v]) => `export ${k}='${v}'\n`).join(''), { mode: 0o600 });
  io.out(`simulated fleet: ${sim.instances.length} instance(s) on ${sim.origin}/i/<id>\ninventory: ${sim.inventoryFile}\ntokens:    source ${envFile}\npress Ctrl-C to stop`);
  await new Promise<void>((r) => {
    process.once('SIGINT', r);
    process.once('SIGTERM', r);
  });
  await sim.stop();
  return 0;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    const done = (v: boolean) => {
      s.destroy();
      res(v);
    };
    s.setTimeout(1_000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

function defaultIo() {
  return { out: (s: string) => process.stdout.write(s + '\n'), err: (s: string) => process.stderr.write(s + '\n') };
}

// Entry point only when run directly (importing this module has no side effects).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
