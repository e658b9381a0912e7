/**
 * The demo's failure paths, without real gateways: a misbehaving step makes the report (and exit code)
 * fail, later steps are marked skipped, and everything started so far is stopped.
 * Ports: 24360 (held busy here), model stub 24905.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { formatDemoReport, runDemo, type DemoReport } from '../../src/demo/scenario.js';

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });
}

describe('demo failure paths', () => {
  let busy: Server;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(24360, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => busy.close(r));
  });

  test('a gateway port in use: the fleet step fails, the rest is skipped, the stub is stopped, report written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clawfleet-demo-fail-')), 'out');
    const lines: string[] = [];
    const report: DemoReport = await runDemo({ outDir: out, basePort: 24360, stubPort: 24905, progress: (l) => lines.push(l) });
    expect(report.ok).toBe(false);
    expect(report.steps[0]).toMatchObject({ name: 'fleet', status: 'failed' });
    expect(report.steps[0]!.actual).toMatch(/24360.*already in use/);
    expect(report.steps.slice(1).every((s) => s.status === 'skipped')).toBe(true);
    expect(report.rolledBack).toBe(false);
    expect(await portOpen(24905)).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual(report);
    expect(formatDemoReport(report)).toMatch(/A STEP MISBEHAVED[\s\S]*expected: 3 gateways ready/);
    expect(lines.join('\n')).toMatch(/Stopping every process the demo started/);
  }, 60_000);

  test('through the CLI: exit 1 and the table names the failed step', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clawfleet-demo-fail-')), 'out');
    let stdout = '';
    let stderr = '';
    const code = await runCli(['demo', '--out', out, '--base-port', '24360', '--stub-port', '24905'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { PATH: process.env['PATH'] },
      cwd: tmpdir(),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✘ Start the rehearsal fleet/);
    expect(stderr).toContain(out);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  }, 60_000);

  test('a config repo without the broken change: refused before anything starts', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'clawfleet-demo-repo-'));
    await expect(runDemo({ outDir: join(repo, 'out'), configRepo: repo, stubPort: 24905 })).rejects.toThrow(/has no openclaw\.json5/);
    expect(await portOpen(24905)).toBe(false);
  });
});
