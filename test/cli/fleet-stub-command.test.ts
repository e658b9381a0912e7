/**
 * How `fleet up --model-stub` starts the detached model stub: the default command line (the fixture CLI from
 * its sources, under the tsx loader, not the parent's execArgv) really serves; a bundle chunk is refused with
 * a clear message; `clawfleet fleet` hands over the CLI's own command line with the hidden subcommand.
 * Port: 24975.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultStubCommand } from '../../action-fixtures/fleet/cli.js';
import { runCli } from '../../src/cli/cli.js';
import { MODEL_STUB_SUBCOMMAND } from '../../src/cli/commands/fleet.js';

const PORT = 24975;

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });
}

describe('the detached model stub command', () => {
  test('from the TypeScript source: Node + the tsx loader + cli.ts model-stub', () => {
    const cmd = defaultStubCommand(pathToFileURL('/repo/action-fixtures/fleet/cli.ts').href);
    expect(cmd[0]).toBe(process.execPath);
    expect(cmd[1]).toBe('--import');
    expect(cmd[2]).toMatch(/^file:\/\/.*\/tsx\/dist\/loader\.mjs$/);
    expect(cmd.slice(3)).toEqual(['/repo/action-fixtures/fleet/cli.ts', 'model-stub']);
  });

  test('from compiled JavaScript: Node + the file', () => {
    expect(defaultStubCommand(pathToFileURL('/x/cli.js').href)).toEqual([process.execPath, '/x/cli.js', 'model-stub']);
  });

  test('from a bundle chunk: refused, naming the way out', () => {
    expect(() => defaultStubCommand(pathToFileURL('/x/dist/cli/432.index.js').href)).toThrow(/not from the fleet CLI file \(a bundle\?\)\. Use `clawfleet fleet up`/);
  });

  test('the default command for this checkout starts a stub that serves, and stops on SIGTERM', async () => {
    expect(await portOpen(PORT)).toBe(false);
    const [exe, ...args] = defaultStubCommand();
    const child = spawn(exe!, [...args, '--port', String(PORT)], { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '' } });
    try {
      const deadline = Date.now() + 60_000;
      while (!(await portOpen(PORT)) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      const res = await fetch(`http://127.0.0.1:${PORT}/v1/models`, { headers: { authorization: 'Bearer sk-clawfleet-stub' } });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    }
    expect(child.exitCode).toBe(0);
  }, 90_000);

  test('`clawfleet fleet` accepts the hidden subcommand only as the stub process (it takes --port)', async () => {
    expect(MODEL_STUB_SUBCOMMAND).toBe('__model-stub');
    let err = '';
    const code = await runCli(['fleet', MODEL_STUB_SUBCOMMAND, '--bogus'], { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, env: {}, cwd: process.cwd() });
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option for model-stub: --bogus/);
  });
});
