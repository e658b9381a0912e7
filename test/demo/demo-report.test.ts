/**
 * The demo's profile: CPU time of a process tree (src/demo/cpu.ts) and the per-step table of the report.
 */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { treeCpuMs } from '../../src/demo/cpu.js';
import { formatDemoReport, type DemoReport } from '../../src/demo/scenario.js';

function burn(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  if (x < 0) throw new Error('unreachable');
}

describe('treeCpuMs', () => {
  test('grows with this process\'s own work', () => {
    const before = treeCpuMs();
    expect(before).toBeGreaterThan(0);
    burn(300);
    expect(treeCpuMs()! - before!).toBeGreaterThanOrEqual(150);
  });

  test('counts a live child, and keeps counting it once it exited and was reaped', async () => {
    const before = treeCpuMs()!;
    const child = spawn(process.execPath, ['-e', 'const e=Date.now()+600;let x=0;while(Date.now()<e)x+=Math.sqrt(x+1);setTimeout(()=>{},400)'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 700));
    const whileAlive = treeCpuMs()!;
    expect(whileAlive - before).toBeGreaterThanOrEqual(300);
    await new Promise((r) => child.once('exit', r));
    const after = treeCpuMs()!;
    expect(after).toBeGreaterThanOrEqual(whileAlive);
  });

  test('undefined for a process that does not exist', () => {
    expect(treeCpuMs(2 ** 22 + 12345)).toBeUndefined();
  });
});

describe('formatDemoReport', () => {
  const base: DemoReport = {
    schema: 1,
    tool: 'clawfleet/demo',
    ok: false,
    startedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 61_000,
    cpuMs: 90_500,
    machine: { cpus: 2, loadAverage: { start: [0.5, 1, 1.5], end: [2.25, 1.5, 1] } },
    outDir: '/tmp/demo',
    steps: [
      { name: 'fleet', title: 'Start the rehearsal fleet (3 gateways + model stub)', expected: '3 gateways', actual: 'demo-1 :24000', status: 'ok', startMs: 0, durationMs: 40_000, cpuMs: 60_000 },
      { name: 'validate', title: 'Validate release v1', expected: 'valid', actual: 'invalid: x.json5', status: 'failed', startMs: 40_000, durationMs: 1_000, cpuMs: 500 },
      { name: 'provision', title: 'Provision model credentials for every agent', expected: '', actual: 'not run (an earlier step failed)', status: 'skipped', startMs: 41_000, durationMs: 0 },
    ],
    instances: ['demo-1'],
    finalConfigs: [],
    rolledBack: false,
    screenshots: [],
    files: { report: '/tmp/demo/report.json', audit: '/tmp/demo/audit.jsonl', configRepo: '/tmp/demo/config-repo' },
  };

  test('wall and CPU seconds per step and in total, the load, and what a failed step expected', () => {
    const text = formatDemoReport(base);
    expect(text).toContain('clawfleet demo: A STEP MISBEHAVED (61 s)');
    expect(text).toMatch(/^ {2}step {60}wall s {3}CPU s$/m);
    expect(text).toMatch(/^✔ Start the rehearsal fleet \(3 gateways \+ model stub\) +40\.0 +60\.0$/m);
    expect(text).toMatch(/^✘ Validate release v1 +1\.0 +0\.5\n {4}expected: valid\n {4}got: {6}invalid: x\.json5$/m);
    expect(text).toMatch(/^· Provision model credentials for every agent +0\.0 *$/m);
    expect(text).toMatch(/^ {2}total +61\.0 +90\.5$/m);
    expect(text).toContain('(2 CPU(s); load average 0.50 1.00 1.50 at the start, 2.25 1.50 1.00 at the end)');
  });

  test('without CPU figures (not Linux) the CPU column stays empty', () => {
    const { cpuMs: _c, ...rest } = base;
    const text = formatDemoReport({ ...rest, steps: base.steps.map(({ cpuMs: _x, ...s }) => s) });
    expect(text).toMatch(/^✔ Start the rehearsal fleet \(3 gateways \+ model stub\) +40\.0 *$/m);
    expect(text).toMatch(/^ {2}total +61\.0 *$/m);
  });
});
