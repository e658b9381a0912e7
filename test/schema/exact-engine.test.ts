/**
 * The exact engine: output parsing (every shape `openclaw config validate --json` prints), version
 * resolution and installation (fake package folders and a fake installer: no network), the Node check,
 * isolation of the child process (a fake OpenClaw that reports what it sees), timeouts, and two real
 * runs of the pinned OpenClaw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { OPENCLAW_VERSION } from '../../src/schema/generated/meta.js';
import {
  cacheLocation,
  findProjectRoot,
  nodeFor,
  readOpenClawPackage,
  resolveOpenClaw,
  runOpenClaw,
  type Installer,
  type OpenClawInstall,
  type RunResult,
} from '../../src/schema/openclaw-cli.js';
import { dotPath, extractJsonDocument, parseValidateOutput, runExactValidate } from '../../src/validate/exact-engine.js';

const run = (stdout: string, code: number | null, extra: Partial<RunResult> = {}): RunResult => ({ code, signal: null, stdout, stderr: '', timedOut: false, ...extra });

async function tempDir(prefix: string): Promise<string> {
  const base = process.env['RUNNER_TEMP'] ?? tmpdir();
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, prefix));
}

/** Writes a fake `openclaw` package whose CLI runs `script` (an ES module body). */
async function fakeOpenClaw(dir: string, version: string, script: string, engines = '>=20'): Promise<string> {
  const pkgDir = join(dir, 'node_modules', 'openclaw');
  await mkdir(pkgDir, { recursive: true });
  await writeFile(join(pkgDir, 'package.json'), JSON.stringify({ name: 'openclaw', version, bin: { openclaw: 'cli.mjs' }, engines: { node: engines } }));
  await writeFile(join(pkgDir, 'cli.mjs'), script);
  return pkgDir;
}

describe('parseValidateOutput', () => {
  it('reads the single-line success document, with warnings made dot-joined', () => {
    const out = parseValidateOutput(
      run('{"valid":true,"path":"/x/openclaw.json","warnings":[{"path":"gateway.trustedProxies[2]","message":"Missing env var \\"A\\" - feature using this value will be unavailable"}]}\n', 0),
      '/x/openclaw.json',
    );
    expect(out).toEqual({
      valid: true,
      issues: [],
      warnings: [{ path: 'gateway.trustedProxies.2', message: 'Missing env var "A" - feature using this value will be unavailable' }],
    });
  });

  it('reads the pretty-printed failure document with allowedValues', () => {
    const doc = {
      ok: false,
      error: { type: 'cli_error', message: 'OpenClaw config is invalid: /x/openclaw.json' },
      valid: false,
      path: '/x/openclaw.json',
      issues: [
        { path: 'gateway.reload.mode', message: 'Invalid input (allowed: "off", "hybrid")', allowedValues: ['off', 'hybrid'] },
        { path: 'gateway', message: 'Unrecognized key: "bogus"' },
      ],
    };
    const out = parseValidateOutput(run(`${JSON.stringify(doc, null, 2)}\n`, 1), '/x/openclaw.json');
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual(doc.issues);
  });

  it('turns "file not found" (no issues list) into one <root> issue naming the file', () => {
    const out = parseValidateOutput(run('{"ok":false,"error":{"type":"cli_error","message":"file not found"},"valid":false,"path":"/x/nope.json"}', 1), '/x/nope.json');
    expect(out.issues).toEqual([{ path: '<root>', message: 'file not found: /x/nope.json' }]);
  });

  it('keeps parse errors as OpenClaw words them', () => {
    const doc = { ok: false, valid: false, path: '/x', issues: [{ path: '<root>', message: 'JSON5 parse failed: SyntaxError: JSON5: invalid end of input at 2:1' }] };
    expect(parseValidateOutput(run(JSON.stringify(doc, null, 2), 1), '/x').issues[0]!.message).toMatch(/^JSON5 parse failed/);
  });

  it('finds the document after other output', () => {
    expect(extractJsonDocument('banner line\n{"valid":true,"warnings":[]}\n')).toEqual({ valid: true, warnings: [] });
    expect(extractJsonDocument('no json here')).toBeUndefined();
  });

  it('throws when there is no verdict, naming the file and stderr, or on a timeout or an inconsistent exit', () => {
    expect(() => parseValidateOutput(run('', 1, { stderr: 'Error: boom\n' }), '/x/a.json')).toThrow(/no JSON verdict for \/x\/a.json \(exit 1\): Error: boom/);
    expect(() => parseValidateOutput(run('', null, { timedOut: true }), '/x/a.json')).toThrow(/timed out on \/x\/a.json/);
    expect(() => parseValidateOutput(run('{"valid":true,"warnings":[]}', 1), '/x/a.json')).toThrow(/said valid=true but exited 1/);
  });

  it('dotPath converts bracket indices', () => {
    expect(dotPath('a.b[2].c')).toBe('a.b.2.c');
    expect(dotPath('list[0]')).toBe('list.0');
    expect(dotPath('<root>')).toBe('<root>');
  });
});

describe('resolveOpenClaw', () => {
  it('prefers the workspace package, then the project package, when the version matches', async () => {
    const ws = await tempDir('oc-ws-');
    const proj = await tempDir('oc-proj-');
    await fakeOpenClaw(ws, '1.2.3', '');
    await fakeOpenClaw(proj, '1.2.3', '');
    const env = { RUNNER_TOOL_CACHE: await tempDir('oc-tc-') };
    expect((await resolveOpenClaw('1.2.3', { env, cwd: ws, projectRoot: proj, installer: false })).source).toBe('workspace');
    expect((await resolveOpenClaw('1.2.3', { env, cwd: await tempDir('oc-empty-'), projectRoot: proj, installer: false })).source).toBe('project');
  });

  it('uses a completed tool-cache install and ignores one without its marker', async () => {
    const env = { RUNNER_TOOL_CACHE: await tempDir('oc-tc-') };
    const loc = cacheLocation('2.0.0', env);
    expect(loc.dir).toBe(join(env.RUNNER_TOOL_CACHE, 'openclaw', '2.0.0', process.arch));
    await fakeOpenClaw(loc.dir, '2.0.0', '');
    const opts = { env, cwd: await tempDir('oc-empty-'), projectRoot: await tempDir('oc-proj-'), installer: false as const };
    await expect(resolveOpenClaw('2.0.0', opts)).rejects.toThrow(/openclaw 2.0.0 is not installed/);
    await writeFile(loc.marker!, '');
    const found = await resolveOpenClaw('2.0.0', opts);
    expect(found.source).toBe('tool-cache');
    expect(found.entry).toBe(join(loc.dir, 'node_modules', 'openclaw', 'cli.mjs'));
  });

  it('installs a missing version into the tool cache, then finds it there', async () => {
    const env = { RUNNER_TOOL_CACHE: await tempDir('oc-tc-') };
    const calls: Array<[string, string]> = [];
    const installer: Installer = async (version, target) => {
      calls.push([version, target]);
      await fakeOpenClaw(target, version, '');
    };
    const opts = { env, cwd: await tempDir('oc-empty-'), projectRoot: await tempDir('oc-proj-'), installer };
    const got = await resolveOpenClaw('3.1.4', opts);
    expect(got.source).toBe('installed');
    expect(calls).toEqual([['3.1.4', cacheLocation('3.1.4', env).dir]]);
    expect(existsSync(cacheLocation('3.1.4', env).marker!)).toBe(true);
    expect((await resolveOpenClaw('3.1.4', opts)).source).toBe('tool-cache');
    expect(calls).toHaveLength(1);
  });

  it('uses ~/.cache/clawfleet off a runner', () => {
    expect(cacheLocation('1.0.0', { HOME: '/home/u' }).dir).toBe('/home/u/.cache/clawfleet/openclaw/1.0.0');
    expect(cacheLocation('1.0.0', { XDG_CACHE_HOME: '/c' }).dir).toBe('/c/clawfleet/openclaw/1.0.0');
  });

  it('reports a failed install, a wrong result, and a malformed version as UserErrors', async () => {
    const base = async () => ({ env: { RUNNER_TOOL_CACHE: await tempDir('oc-tc-') }, cwd: await tempDir('oc-empty-'), projectRoot: await tempDir('oc-proj-') });
    await expect(resolveOpenClaw('4.0.0', { ...(await base()), installer: async () => Promise.reject(new Error('E404 not found')) })).rejects.toThrow(
      /Could not install openclaw 4.0.0: E404 not found/,
    );
    await expect(
      resolveOpenClaw('4.0.0', { ...(await base()), installer: async (_v, target) => void (await fakeOpenClaw(target, '4.0.1', '')) }),
    ).rejects.toThrow(/did not produce that version/);
    for (const bad of ['latest', '^2026.9.6', '']) {
      await expect(resolveOpenClaw(bad, await base())).rejects.toBeInstanceOf(UserError);
    }
  });

  it('finds the pinned OpenClaw in this repository', async () => {
    const root = findProjectRoot();
    expect(root).toBeDefined();
    const pkg = readOpenClawPackage(join(root!, 'node_modules', 'openclaw'));
    expect(pkg?.version).toBe(OPENCLAW_VERSION);
    expect(readOpenClawPackage(join(root!, 'src'))).toBeUndefined();
  });
});

describe('nodeFor', () => {
  const install = { version: '2026.9.6', nodeRange: '>=24.16.0 <25 || >=26.1.0' };
  it('accepts a Node that satisfies the package engines', () => {
    expect(nodeFor(install, { execPath: '/n24', version: '24.21.0' })).toBe('/n24');
    expect(nodeFor(install, { execPath: '/n26', version: '26.1.0' })).toBe('/n26');
  });
  it('refuses an older or excluded Node with both versions and the fix', () => {
    for (const version of ['22.19.0', '24.15.9', '25.2.0']) {
      expect(() => nodeFor(install, { execPath: '/old', version })).toThrow(UserError);
    }
    expect(() => nodeFor(install, { execPath: '/usr/bin/node', version: '20.20.2' })).toThrow(
      /needs Node >=24.16.0 <25 \|\| >=26.1.0, but this runs on Node 20.20.2 \(\/usr\/bin\/node\)\. Fix:/,
    );
  });
});

describe('runOpenClaw isolation', () => {
  const REPORT = `
import { writeFileSync } from 'node:fs';
const out = { args: process.argv.slice(2), cwd: process.cwd(), home: process.env.HOME, state: process.env.OPENCLAW_STATE_DIR,
  config: process.env.OPENCLAW_CONFIG_PATH, profile: process.env.OPENCLAW_PROFILE ?? null, secret: process.env.OCF_SECRET ?? null,
  vitest: process.env.VITEST ?? null, nodeEnv: process.env.NODE_ENV ?? null };
writeFileSync(1, JSON.stringify(out));
`;

  it('gives the child a fresh HOME and state dir, passes the config path in the environment, and cleans up', async () => {
    const dir = await tempDir('oc-fake-');
    const pkgDir = await fakeOpenClaw(dir, '9.9.9', REPORT);
    const install: OpenClawInstall = { ...readOpenClawPackage(pkgDir)!, source: 'project' };
    const tempRoot = await tempDir('oc-temp-');
    const res = await runOpenClaw(install, ['config', 'validate', '--json'], {
      env: {
        PATH: process.env['PATH'],
        HOME: '/home/runner',
        OPENCLAW_STATE_DIR: '/home/runner/.openclaw',
        OPENCLAW_PROFILE: 'prod',
        OCF_SECRET: 's3cret-value',
        VITEST: 'true',
        NODE_ENV: 'test',
      },
      configPath: join(dir, 'openclaw.json'),
      tempRoot,
    });
    const seen = JSON.parse(res.stdout) as Record<string, string | null | string[]>;
    expect(seen['args']).toEqual(['config', 'validate', '--json']);
    expect(seen['home']).not.toBe('/home/runner');
    expect(String(seen['home']).startsWith(tempRoot)).toBe(true);
    expect(seen['state']).toBe(join(String(seen['home']), 'state'));
    expect(seen['cwd']).toBe(seen['home']);
    expect(seen['config']).toBe(join(dir, 'openclaw.json'));
    expect(seen['profile']).toBeNull();
    // Test-runner markers switch OpenClaw into its own test mode (config schema prints nothing).
    expect(seen['vitest']).toBeNull();
    expect(seen['nodeEnv']).toBeNull();
    // The config's environment is passed on (for ${VAR}), and never on the command line.
    expect(seen['secret']).toBe('s3cret-value');
    expect(JSON.stringify(seen['args'])).not.toContain('s3cret');
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('kills a hung child (and its group) at the timeout', async () => {
    const dir = await tempDir('oc-hang-');
    const pkgDir = await fakeOpenClaw(dir, '9.9.9', `
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
process.stdout.write(String(child.pid));
setInterval(() => {}, 1000);
`);
    const install: OpenClawInstall = { ...readOpenClawPackage(pkgDir)!, source: 'project' };
    const started = Date.now();
    const res = await runOpenClaw(install, ['config', 'validate', '--json'], { env: { PATH: process.env['PATH'] }, timeoutMs: 1500, tempRoot: await tempDir('oc-temp-') });
    expect(res.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const grandchild = Number(res.stdout);
    expect(grandchild).toBeGreaterThan(0);
    // Gone, or a zombie waiting for a reaper that never comes in some containers (PID 1 is not init).
    const alive = () => {
      try {
        process.kill(grandchild, 0);
      } catch {
        return false;
      }
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${grandchild}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });

  it('refuses to run when this Node does not satisfy the package', async () => {
    const dir = await tempDir('oc-old-');
    const pkgDir = await fakeOpenClaw(dir, '9.9.9', REPORT, '>=99');
    const install: OpenClawInstall = { ...readOpenClawPackage(pkgDir)!, source: 'project' };
    await expect(runOpenClaw(install, ['config', 'validate'], { tempRoot: await tempDir('oc-temp-') })).rejects.toThrow(/needs Node >=99/);
  });
});

describe('runExactValidate against the pinned OpenClaw', () => {
  it('returns OpenClaw’s verdict for a valid and an invalid file', async () => {
    const dir = await tempDir('oc-real-');
    await writeFile(join(dir, 'good.json'), '{ gateway: { port: 19301, trustedProxies: ["${OCF_MISSING_X}"] } }\n');
    await writeFile(join(dir, 'bad.json'), '{ gateway: { port: "x", bogus: 1 } }\n');
    const env = { PATH: process.env['PATH'] ?? '' };
    const [good, bad, missing] = await Promise.all([
      runExactValidate('good.json', { cwd: dir, env }),
      runExactValidate('bad.json', { cwd: dir, env }),
      runExactValidate('missing.json', { cwd: dir, env }),
    ]);
    expect(good).toEqual({
      valid: true,
      issues: [],
      warnings: [{ path: 'gateway.trustedProxies.0', message: 'Missing env var "OCF_MISSING_X" - feature using this value will be unavailable' }],
    });
    expect(bad.valid).toBe(false);
    expect(bad.issues).toEqual([
      { path: 'gateway.port', message: 'Invalid input: expected number, received string' },
      { path: 'gateway', message: 'Unrecognized key: "bogus"' },
    ]);
    expect(missing.issues).toEqual([{ path: '<root>', message: `file not found: ${join(dir, 'missing.json')}` }]);
  }, 60_000);

  it('fails clearly for a version that is not installed when installing is off', async () => {
    await expect(
      runExactValidate('x.json', { openclawVersion: '1999.1.1', installer: false, env: { RUNNER_TOOL_CACHE: await tempDir('oc-tc-') } }),
    ).rejects.toThrow(/openclaw 1999.1.1 is not installed/);
  });
});
