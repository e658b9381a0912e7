/**
 * bench/demo: the one-command demo (`clawfleet demo`, issue #7) against its goal of < 180 s on a 2-core
 * machine, in wall time AND in CPU time (the demo and every process it starts: gateways, their helpers, the
 * browser, `openclaw` CLI runs). Wall time depends on what else runs on the machine; CPU time barely does, so
 * it is the number to compare between runs on a busy host. Prints each step, the load average, and the
 * ratios measured / goal and measured / baseline (< 1.00 = better).
 *
 *   tsx bench/demo.ts [--runs 1] [--out DIR] [--strict]
 *
 * Uses the demo's own ports (24000/24120/24240, model stub 24900). `--strict` exits 1 when the wall-time goal
 * is missed (quiet machines only).
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, type DemoReport } from '../src/demo/scenario.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const RUNS = Number(arg('runs', '1'));
const OUT = arg('out', mkdtempSync(join(tmpdir(), 'clawfleet-bench-demo-')));
const GOAL_WALL_MS = 180_000;
/**
 * Before the early provider stop, the shared browser and the UI/chat overlap (2026-11-22, `npm run demo`
 * under /usr/bin/time on this 2-core machine at load 15–23): 512 s wall, 336 s CPU.
 */
const BASELINE = { wallMs: 511_900, cpuMs: 336_000 };

const fmt = (ms: number | undefined) => (ms === undefined ? '   —' : (ms / 1000).toFixed(1).padStart(6));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const reports: DemoReport[] = [];
for (let i = 0; i < RUNS; i++) {
  console.log(`run ${i + 1}/${RUNS} (load average ${load()})…`);
  const r = await runDemo({ outDir: join(OUT, `run-${i + 1}`) });
  reports.push(r);
  console.log(`  ${r.ok ? 'ok' : 'A STEP MISBEHAVED'}: ${fmt(r.durationMs)} s wall, ${fmt(r.cpuMs)} s CPU (load ${r.machine.loadAverage.start.join(' ')} → ${r.machine.loadAverage.end.join(' ')})`);
  for (const s of r.steps) console.log(`    ${s.name.padEnd(12)} ${fmt(s.durationMs)} s wall ${fmt(s.cpuMs)} s CPU`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const wall = median(reports.map((r) => r.durationMs));
const cpu = median(reports.map((r) => r.cpuMs ?? NaN));
console.log('');
console.log(`demo, median of ${RUNS} run(s): ${fmt(wall)} s wall, ${fmt(cpu)} s CPU`);
console.log(`  wall / goal (180 s):        ${(wall / GOAL_WALL_MS).toFixed(2)}`);
console.log(`  wall / baseline (512 s):    ${(wall / BASELINE.wallMs).toFixed(2)}`);
console.log(`  CPU  / baseline (336 s):    ${(cpu / BASELINE.cpuMs).toFixed(2)}`);
console.log(`  CPU / 2 cores (wall floor): ${fmt(cpu / 2)} s`);
console.log(`  load average now: ${load()}; reports under ${OUT}`);
if (reports.some((r) => !r.ok)) process.exitCode = 1;
else if (process.argv.includes('--strict') && wall > GOAL_WALL_MS) process.exitCode = 1;
