/**
 * bench/fleet: round-trip cost of the gateway client per call against the simulated fleet at 1, 100 and
 * 10 000 instances with bounded concurrency (p-limit), next to a bare `fetch` loop that sends the same
 * request and parses the same JSON — the floor the client cannot beat. Prints calls/s and the client's
 * overhead as a ratio (client time / bare time; 1.00 = no overhead).
 *
 *   tsx bench/fleet.ts [--calls 4000] [--concurrency 32] [--rounds 3] [--sizes 1,100,10000] [--method config.get]
 *
 * The simulated fleet runs in a child process (`tsx action-fixtures/fleet/cli.ts sim`), so the server's CPU
 * does not count against the client. Rounds alternate bare/client; the median round of each is reported.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { createGatewayClient } from '../src/fleet/client.js';
import { loadInventory } from '../src/fleet/inventory.js';
import type { GatewayClient } from '../src/fleet/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const CALLS = Number(arg('calls', '4000'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const ROUNDS = Number(arg('rounds', '3'));
const SIZES = arg('sizes', '1,100,10000').split(',').map(Number);
const METHOD = arg('method', 'config.get');

interface Target {
  id: string;
  url: string;
  token: string;
}

/** Starts `cli.ts sim` in a child process; resolves with its inventory and tokens. */
async function startSim(count: number, dir: string): Promise<{ child: ChildProcess; targets: Target[] }> {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(root, 'action-fixtures', 'fleet', 'cli.ts'), 'sim', '--count', String(count), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((res, rej) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('press Ctrl-C')) res();
    });
    child.once('exit', (code) => rej(new Error(`sim exited with ${code}`)));
  });
  const inv = loadInventory(join(dir, 'inventory.json5'));
  const env = Object.fromEntries(
    readFileSync(join(dir, 'sim.env'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const m = /^export ([A-Z0-9_]+)='(.*)'$/.exec(l);
        return [m?.[1] ?? '', m?.[2] ?? ''];
      }),
  );
  return { child, targets: inv.instances.map((i) => ({ id: i.id, url: i.url, token: env[i.tokenEnv] as string })) };
}

/** One bare request: the same POST the client sends, parsed the same way, nothing else. */
async function bare(t: Target, body: string): Promise<unknown> {
  const res = await fetch(`${t.url}/api/v1/admin/rpc`, { method: 'POST', headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json', accept: 'application/json' }, body });
  const json = (await res.json()) as { ok: boolean; payload: unknown };
  if (!json.ok) throw new Error('bare call failed');
  return json.payload;
}

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<{ ms: number; cpuMs: number; lat: number[] }> {
  const limit = pLimit(CONCURRENCY);
  const lat: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      limit(async () => {
        const s = performance.now();
        await fn(i);
        lat.push(performance.now() - s);
      }),
    ),
  );
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, lat: lat.sort((a, b) => a - b) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;

async function main(): Promise<void> {
  console.log(`bench/fleet — ${METHOD} round trips, concurrency ${CONCURRENCY}, ${ROUNDS} rounds each (median), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('wall = elapsed time (sensitive to machine load); cpu = CPU of this process per call (the sim runs in a child process)');
  console.log('instances | calls  | bare calls/s | client calls/s | client p50 / p99 ms | wall ratio | bare cpu µs/call | client cpu µs/call | cpu ratio');
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-bench-fleet-'));
    const { child, targets } = await startSim(size, dir);
    try {
      const calls = Math.max(CALLS, size);
      const clients: GatewayClient[] = targets.map((t) => createGatewayClient(t, { timeoutMs: 30_000 }));
      const body = (i: number) => JSON.stringify({ id: `b${i}`, method: METHOD, params: {} });
      const pick = (i: number) => i % targets.length;
      // warm-up: connections, JIT
      await timed(Math.min(500, calls), (i) => bare(targets[pick(i)] as Target, body(i)));
      await timed(Math.min(500, calls), (i) => (clients[pick(i)] as GatewayClient).call(METHOD));
      const bareRuns: Array<{ ms: number; cpuMs: number }> = [];
      const clientRuns: Array<{ ms: number; cpuMs: number; lat: number[] }> = [];
      for (let r = 0; r < ROUNDS; r++) {
        bareRuns.push(await timed(calls, (i) => bare(targets[pick(i)] as Target, body(i))));
        clientRuns.push(await timed(calls, (i) => (clients[pick(i)] as GatewayClient).call(METHOD)));
      }
      const bareMs = median(bareRuns.map((r) => r.ms));
      const bareCpu = median(bareRuns.map((r) => r.cpuMs));
      const clientCpu = median(clientRuns.map((r) => r.cpuMs));
      const clientMid = [...clientRuns].sort((a, b) => a.ms - b.ms)[Math.floor(clientRuns.length / 2)] as { ms: number; lat: number[] };
      console.log(
        `${String(size).padStart(9)} | ${String(calls).padStart(6)} | ${(calls / (bareMs / 1000)).toFixed(0).padStart(12)} | ${(calls / (clientMid.ms / 1000)).toFixed(0).padStart(14)} | ` +
          `${pct(clientMid.lat, 50).toFixed(2).padStart(8)} / ${pct(clientMid.lat, 99).toFixed(2).padEnd(8)} | ${(clientMid.ms / bareMs).toFixed(2).padStart(10)} | ` +
          `${((bareCpu * 1000) / calls).toFixed(0).padStart(16)} | ${((clientCpu * 1000) / calls).toFixed(0).padStart(18)} | ${(clientCpu / bareCpu).toFixed(2)}`,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main();
