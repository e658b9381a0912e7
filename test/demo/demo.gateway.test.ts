/**
 * The integration test of the whole (issue #7): `clawfleet demo` run as users run it — the CLI entry
 * spawned with Node 24 — against a rehearsal fleet of 3 real gateways and the model stub. Asserts the
 * JSON report: every step ok, the bad change caught by the gate and rolled back, every gateway's final
 * config equal to the first good release, screenshots on disk, the audit log written, no token or model
 * key in the report, the other output files or the process output, and no process left behind.
 * Ports: gateways 24000/24120/24240, model stub 24900 (engineer H's range).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DemoReport } from '../../src/demo/scenario.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('clawfleet demo (real gateways)', () => {
  test('runs the whole promotion, catches the bad change, rolls it back and stops everything', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clawfleet-demo-')), 'run');
    const child = spawn(existsSync(NODE) ? NODE : process.execPath, [TSX, join(ROOT, 'src/cli/main.ts'), 'demo', '--out', out, '--json'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(code, stderr.slice(-4000)).toBe(0);

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as DemoReport;
    expect(JSON.parse(stdout)).toEqual(report);
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => [s.name, s.status])).toEqual(
      ['fleet', 'validate', 'provision', 'plan', 'deploy', 'smoke', 'bad-change', 'gate', 'rollback', 'final-smoke'].map((n) => [n, 'ok']),
    );
    expect(report.rolledBack).toBe(true);
    expect(report.instances).toHaveLength(3);
    expect(report.finalConfigs).toHaveLength(3);
    for (const c of report.finalConfigs) {
      expect(c.equal).toBe(true);
      expect(c.final).toBe(c.good);
      expect(c.good).toMatch(/^[0-9a-f]{64}$|^sha256:/);
    }
    // The gate really saw the chat fail on every instance (not a harness shortcut), and for the right
    // reason: the provider error the gateway reported for the run (the early stop), not a timeout.
    const gate = report.steps.find((s) => s.name === 'gate')!;
    expect((gate.details?.['chatFailed'] as string[] | undefined)?.length).toBe(3);
    const chatReasons = Object.values(gate.details?.['chatReasons'] as Record<string, string>);
    expect(chatReasons).toHaveLength(3);
    for (const reason of chatReasons) {
      expect(reason).toMatch(/^provider error: LLM request failed: connection refused by the provider endpoint\. \(provider stub, model demo-model/);
      expect(reason).not.toMatch(/no reply within|timeout:/);
    }
    // The per-step profile: start offsets in order, wall and CPU time per step, the machine's load.
    const ran = report.steps.filter((s) => s.status !== 'skipped');
    for (let i = 1; i < ran.length; i++) expect(ran[i]!.startMs).toBeGreaterThanOrEqual(ran[i - 1]!.startMs + ran[i - 1]!.durationMs - 1);
    for (const s of ran) expect(s.cpuMs, s.name).toBeGreaterThanOrEqual(0);
    expect(report.cpuMs).toBeGreaterThan(0);
    expect(report.steps.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0)).toBe(report.cpuMs);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.loadAverage.start).toHaveLength(3);
    expect(stderr).toMatch(/^ *\+\d+\.\ds ▶ Smoke gate after v2 catches the broken agents$/m);
    // Screenshots: one per instance for each of the three green smoke runs at least.
    expect(report.screenshots.length).toBeGreaterThanOrEqual(6);
    for (const s of report.screenshots) expect(statSync(s).size).toBeGreaterThan(1000);
    // The audit log records both deployments and the rollback.
    const audit = readFileSync(join(out, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string });
    expect(audit.some((a) => a.event === 'rollback-start')).toBe(true);
    // No secret anywhere: gateway tokens are in the fleet's fleet.env (0600), the model key only in memory
    // and the gateways' .env files; neither may appear in the report, the other outputs or the process output.
    const envFile = readFileSync(join(out, 'fleet', 'fleet.env'), 'utf8');
    const tokens = [...envFile.matchAll(/=(?:'([^']+)'|(\S+))/g)].map((m) => m[1] ?? m[2]!).filter(Boolean);
    expect(tokens.length).toBe(3);
    const texts = [stdout, stderr, ...walk(out).filter((f) => /\.(json|jsonl|md)$/.test(f) && !f.includes(`${join(out, 'fleet')}/`)).map((f) => readFileSync(f, 'utf8'))];
    for (const t of tokens) for (const text of texts) expect(text.includes(t!)).toBe(false);
    expect(texts.join('\n')).not.toMatch(/sk-demo-[A-Za-z0-9_-]{10,}/);
    // Every gateway process is gone.
    const state = JSON.parse(readFileSync(join(out, 'fleet', 'fleet-state.json'), 'utf8')) as { gateways: Array<{ pid: number }> };
    for (const g of state.gateways) expect(() => process.kill(g.pid, 0)).toThrow();
  }, 900_000);
});
