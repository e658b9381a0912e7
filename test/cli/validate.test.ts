// `clawfleet validate` as a user runs it: the CLI spawned through tsx (src/cli/main.ts), asserting stdout,
// stderr and exit codes (0 valid, 1 invalid or lint error, 2 usage or internal error).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FIXTURES, REPO_ROOT, removeTemp, tempConfigDir } from '../helpers/configs.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; command?: string[] } = {}): Promise<Run> {
  const [cmd, ...pre] = opts.command ?? [TSX, MAIN];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, [...pre, ...args], {
      cwd: opts.cwd ?? CONFIG_FIXTURES,
      // A clean environment: no colour forcing or CI variables from the test runner.
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = tempConfigDir();
afterAll(() => removeTemp(dir));
function write(rel: string, content: string): string {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), content);
  return rel;
}

describe('clawfleet validate', () => {
  it('exit 0 and a readable report for valid configs', async () => {
    const r = await run(['validate', 'valid/minimal/openclaw.json', 'valid/repo/openclaw.json5'], { env: { OPENCLAW_GATEWAY_TOKEN: 't', OPENAI_API_KEY: 'k', FAKE_API_KEY: 'k' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('valid/minimal/openclaw.json  valid\nvalid/repo/openclaw.json5  valid\n\n✔ 2 configs valid (0 errors, 0 warnings; lint: 0 errors, 0 warnings) — engine: fast\n');
  });

  it('exit 1 for an invalid config, naming the included file:line:col', async () => {
    const r = await run(['validate', 'invalid/parse-error-in-include/openclaw.json5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  invalid/parse-error-in-include/agents/a.json5:3:6  error    <root>  Failed to parse include file: ./agents/a.json5");
    expect(r.stdout).toContain('✖ 1 of 1 config invalid');
  });

  it('--json prints exactly the report contract', async () => {
    const r = await run(['validate', '--json', 'valid/minimal/openclaw.json', 'invalid/parse-error-in-include/openclaw.json5']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['valid', 'engine', 'files']);
    expect(report).toMatchObject({
      valid: false,
      engine: 'fast',
      files: [
        { file: 'valid/minimal/openclaw.json', valid: true, issues: [], lint: [] },
        {
          file: 'invalid/parse-error-in-include/openclaw.json5',
          valid: false,
          issues: [{ severity: 'error', path: '<root>', file: 'invalid/parse-error-in-include/agents/a.json5', line: 3, column: 6 }],
          lint: [],
        },
      ],
    });
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it('exit 1 when the config is valid but a lint rule fails; --lint can turn it down', async () => {
    const file = write('lint/openclaw.json5', '{ gateway: { auth: { mode: "token", token: "hunter2hunter2" } } }');
    const strict = await run(['validate', '--json', file], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ valid: true, files: [{ lint: [{ rule: 'plaintext-secret', severity: 'error' }] }] });
    expect(strict.stdout).not.toContain('hunter2');
    const relaxed = await run(['validate', '--lint', 'plaintext-secret=warning', file], { cwd: dir });
    expect(relaxed.code).toBe(0);
  });

  it('--env-mode error fails a missing ${VAR}; the default only warns', async () => {
    const file = write('env/openclaw.json5', '{ models: { providers: { openai: { apiKey: "${OPENAI_API_KEY}" } } } }');
    expect((await run(['validate', file], { cwd: dir })).code).toBe(0);
    const strict = await run(['validate', '--env-mode', 'error', file], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('Missing env var "OPENAI_API_KEY" (unset or empty)');
    expect((await run(['validate', '--env-mode=error', file], { cwd: dir, env: { OPENAI_API_KEY: 'k' } })).code).toBe(0);
  });

  it('colours only on request (FORCE_COLOR) and honours NO_COLOR', async () => {
    expect((await run(['validate', 'invalid/parse-error-in-include/openclaw.json5'])).stdout).not.toContain('\u001b[');
    expect((await run(['validate', 'invalid/parse-error-in-include/openclaw.json5'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await run(['validate', 'invalid/parse-error-in-include/openclaw.json5'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('a crafted key cannot write escape sequences to the terminal', async () => {
    const file = write('esc/openclaw.json5', '{ gateway: { "\\u001b[2J\\u001b]0;pwned\\u0007": 1 } }');
    const r = await run(['validate', file], { cwd: dir, env: { FORCE_COLOR: '0' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Unrecognized key');
    expect(r.stdout).not.toMatch(/\u001b|\u0007/);
  });

  it('the exact engine runs the real openclaw and maps its issues to file:line', async () => {
    const file = write('exact/openclaw.json5', '{\n  gateway: { mode: "local" },\n  agents: { entries: { main: {} } },\n  bindings: [{ agentId: "ghost", match: { channel: "telegram" } }],\n}');
    const r = await run(['validate', '--engine', 'exact', '--json', file], { cwd: dir, env: { HOME: dir } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      engine: 'exact',
      files: [{ file, valid: false, issues: [{ severity: 'error', path: 'bindings.0.agentId', message: 'Unknown agent id "ghost" (not in agents.entries).', file, line: 4, column: 25 }], lint: [] }],
    });
  }, 120_000);
});

describe('usage errors exit 2', () => {
  it.each([
    [['validate'], "clawfleet validate: no config files given. Example: clawfleet validate configs/prod/openclaw.json5\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', '--engine', 'bogus', 'a.json'], "clawfleet validate: The value 'bogus' is not valid for '--engine'. Valid values are: [fast, exact].\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', '--env-mode', 'strict', 'a.json'], "clawfleet validate: The value 'strict' is not valid for '--env-mode'. Valid values are: [warn, error].\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', '--frobnicate', 'a.json'], "clawfleet validate: unknown option '--frobnicate'\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', '--engine'], "clawfleet validate: option '--engine' needs a value\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', '--lint', 'nope=off', 'a.json'], "clawfleet validate: unknown lint rule 'nope'. Valid rules are: [plaintext-secret, retired-providers-key, env-in-non-string, gateway-token-env-missing, env-ref-not-substituted, forbidden-key, duplicate-key, invalid-utf8, non-finite-number, unsafe-integer].\nRun 'clawfleet validate --help' for usage.\n"],
    [['validate', 'valid'], "clawfleet validate: 'valid' is a directory. Pass the entry config file, e.g. valid/openclaw.json\nRun 'clawfleet validate --help' for usage.\n"],
    [['deploi'], "clawfleet: unknown command 'deploi'. Run 'clawfleet --help' for the list of commands.\n"],
  ])('%j', async (args, stderr) => {
    const r = await run(args);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('no arguments: the help on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: clawfleet <command> [options]');
  });
});

describe('help', () => {
  it('clawfleet --help lists the commands and documents the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  validate   Validate OpenClaw configs');
    expect(r.stdout).toContain('Exit codes:\n  0  success');
    expect(r.stdout).toContain('  1  the check failed');
    expect(r.stdout).toContain('  2  usage error');
  });

  it('clawfleet validate --help documents options, lint rules and exit codes', async () => {
    const r = await run(['validate', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--engine fast|exact', '--json', '--env-mode warn|error', '--lint <rule>=<severity>', 'plaintext-secret', 'gateway-token-env-missing', 'Exit codes:']) expect(r.stdout).toContain(s);
  });

  it('clawfleet --version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^clawfleet \d+\.\d+\.\d+\n$/);
  });
});

describe('bin/clawfleet.mjs', () => {
  it('starts dist/cli/index.js with the arguments', async () => {
    mkdirSync(join(dir, 'pkg', 'bin'), { recursive: true });
    mkdirSync(join(dir, 'pkg', 'dist', 'cli'), { recursive: true });
    copyFileSync(join(REPO_ROOT, 'bin', 'clawfleet.mjs'), join(dir, 'pkg', 'bin', 'clawfleet.mjs'));
    writeFileSync(join(dir, 'pkg', 'dist', 'cli', 'index.js'), 'process.stdout.write("bundle " + process.argv.slice(2).join(" ") + "\\n");\n');
    writeFileSync(join(dir, 'pkg', 'package.json'), '{"type":"module"}');
    const r = await run(['validate', 'x.json'], { command: [process.execPath, join(dir, 'pkg', 'bin', 'clawfleet.mjs')] });
    expect(r).toEqual({ code: 0, stdout: 'bundle validate x.json\n', stderr: '' });
  });

  it('says how to fix a missing build, exit 2', async () => {
    mkdirSync(join(dir, 'nobuild', 'bin'), { recursive: true });
    copyFileSync(join(REPO_ROOT, 'bin', 'clawfleet.mjs'), join(dir, 'nobuild', 'bin', 'clawfleet.mjs'));
    const r = await run(['validate'], { command: [process.execPath, join(dir, 'nobuild', 'bin', 'clawfleet.mjs')] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`clawfleet: ${join(dir, 'nobuild', 'dist', 'cli', 'index.js')} is missing. Fix: run \`npm run build\` in ${join(dir, 'nobuild')}/\n`);
  });
});
