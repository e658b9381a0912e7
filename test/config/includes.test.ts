// $include semantics, checked case by case against what `openclaw config validate` 2026.9.6 does
// (fixtures in action-fixtures/configs/includes; see its README for OpenClaw's verdicts).
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { CONFIG_FIXTURES, removeTemp, tempConfigDir } from '../helpers/configs.js';

// Record every open(2) the loader makes, to prove escaping or oversized targets are never opened.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, openSync: vi.fn(actual.openSync) };
});
const opened = () => vi.mocked(openSync).mock.calls.map((c) => String(c[0]));

const INCLUDES = join(CONFIG_FIXTURES, 'includes');
const load = (name: string, entry = 'openclaw.json5', env: NodeJS.ProcessEnv = {}) => loadConfig(entry, { cwd: join(INCLUDES, name), env });

const temps: string[] = [];
beforeEach(() => {
  vi.mocked(openSync).mockClear();
});
afterEach(() => {
  while (temps.length) removeTemp(temps.pop()!);
});
function temp(files: Record<string, string>): string {
  const dir = tempConfigDir(files);
  temps.push(dir);
  return dir;
}

describe('$include merge semantics', () => {
  it('a string include replaces the containing object; sibling scalars win', () => {
    const r = load('replace');
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { mode: 'local', port: 19305, auth: { mode: 'token' } } });
    expect(r.files).toEqual(['openclaw.json5', 'gateway.json5']);
  });

  it('an array include folds its files in order: objects merge, arrays concatenate, later scalars win (openclaw-notes §1.2)', () => {
    const r = load('array-concat');
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { port: 19305, auth: { mode: 'token' }, trustedProxies: ['10.0.0.1', '10.0.0.2'], reload: { mode: 'hybrid' } } });
  });

  it('sibling arrays are appended after the included array, not replacing it', () => {
    expect(load('siblings-append').config).toEqual({ gateway: { mode: 'local', trustedProxies: ['10.0.0.1', '10.0.0.9'] } });
  });

  it('include paths are relative to the including file', () => {
    const r = load('nested-relative');
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { mode: 'local', auth: { mode: 'token' } } });
    expect(r.files).toEqual(['openclaw.json5', 'sub/a.json5', 'sub/b.json5']);
  });

  it('the same file may be included twice (no cycle); its array appears twice', () => {
    const r = load('same-file-twice');
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { trustedProxies: ['1.1.1.1', '1.1.1.1'] } });
  });

  it('a root-level $include works, with sibling overrides merged on top', () => {
    expect(load('root-include').config).toEqual({ gateway: { mode: 'local', port: 19310 } });
  });

  it('an include inside an array element replaces that element', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { trustedProxies: [{ $include: "./ip.json5" }, "10.0.0.2"] } }', 'ip.json5': '"10.0.0.1"' });
    expect(loadConfig('openclaw.json5', { cwd: dir }).config).toEqual({ gateway: { trustedProxies: ['10.0.0.1', '10.0.0.2'] } });
  });

  it('a value set by two files of one array include: the later wins, and a duplicate-key finding names both', () => {
    const r = load('array-concat');
    const dup = r.findings.filter((f) => f.rule === 'duplicate-key').map((f) => f.message);
    expect(dup).toEqual([
      'gateway.port is set by more than one file of an array $include: first at a.json5:1:9, again at b.json5:1:9; the later file wins',
      'gateway.reload.mode is set by more than one file of an array $include: first at a.json5:1:62, again at b.json5:1:62; the later file wins',
    ]);
  });

  it('positions point at the included file that holds each value', () => {
    const r = load('array-concat');
    expect(r.sourceMap.locate('gateway.trustedProxies.1').loc).toEqual({ file: 'b.json5', line: 1, column: 33 });
    expect(r.sourceMap.locate('gateway.auth.mode').loc).toEqual({ file: 'a.json5', line: 1, column: 85 });
    expect(r.sourceMap.locate('gateway.port').loc).toEqual({ file: 'openclaw.json5', line: 2, column: 58 });
  });

  it('merges drop __proto__/constructor/prototype keys, as OpenClaw does, without touching Object.prototype', () => {
    const dir = temp({
      'openclaw.json5': '{ gateway: { $include: "./a.json5", mode: "local" } }',
      'a.json5': '{ "__proto__": { "polluted": 1 }, constructor: { prototype: { polluted: 2 } }, port: 1234 }',
    });
    const r = loadConfig('openclaw.json5', { cwd: dir });
    expect(r.config).toEqual({ gateway: { port: 1234, mode: 'local' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(['forbidden-key', 'forbidden-key', 'forbidden-key']);
  });
});

describe('$include limits', () => {
  it('accepts 10 nested include files', () => {
    const r = load('depth-10');
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { mode: 'local' } });
    expect(r.files).toHaveLength(11);
  });

  it('refuses the 11th nested include with OpenClaw\'s message and the chain', () => {
    const r = load('depth-11');
    expect(r.config).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', path: '<root>', message: 'Maximum include depth (10) exceeded at: ./f11.json5', file: 'f10.json5', line: 1, column: 13 });
    expect(r.issues[0]!.includeChain).toEqual(['openclaw.json5', ...Array.from({ length: 10 }, (_, i) => `f${i + 1}.json5`)]);
  });

  it('names a cycle with its whole chain and stops', () => {
    const started = Date.now();
    const r = load('cycle');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.issues[0]).toMatchObject({ message: 'Circular include detected: openclaw.json5 -> a.json5 -> b.json5 -> a.json5', file: 'b.json5', line: 1, column: 13 });
  });

  it('detects a file including itself', () => {
    expect(load('self-include').issues[0]!.message).toBe('Circular include detected: openclaw.json5 -> a.json5 -> a.json5');
  });

  it('detects a cycle through array includes', () => {
    expect(load('cycle-array').issues[0]!.message).toBe('Circular include detected: openclaw.json5 -> a.json5 -> b.json5 -> a.json5');
  });

  it('stops a fan-out include bomb at the read budget, quickly (BI-07)', () => {
    const started = Date.now();
    const rss = process.memoryUsage().rss;
    const r = load('fanout-bomb');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    expect(r.config).toBeUndefined();
    expect(r.issues[0]!.message).toMatch(/^Include budget exceeded: more than 256 include files read for one config/);
  });

  it('refuses an include over 2 MiB by stat, without reading it (BI-08)', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./big.json5" } }' });
    writeFileSync(join(dir, 'big.json5'), '{ x: "' + 'a'.repeat(3 * 1024 * 1024) + '" }');
    const r = loadConfig('openclaw.json5', { cwd: dir });
    expect(r.issues[0]!.message).toBe(
      'Include file failed security checks (regular file, max 2097152 bytes, no hardlinks): ./big.json5 — it is 3145737 bytes, which exceeds 2 MiB; it was not read. Fix: split it into smaller includes',
    );
    expect(opened()).toEqual([join(dir, 'openclaw.json5')]);
  });

  it('refuses a FIFO include before opening it, without hanging (BI-08)', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./pipe.json5" } }' });
    execFileSync('mkfifo', [join(dir, 'pipe.json5')]);
    const r = loadConfig('openclaw.json5', { cwd: dir });
    expect(r.issues[0]!.message).toBe(
      'Include file failed security checks (regular file, max 2097152 bytes, no hardlinks): ./pipe.json5 — a FIFO (named pipe), not a regular file; it was not opened',
    );
  }, 5000);

  it('refuses a root config that is a FIFO or a device without opening it', () => {
    const dir = temp({});
    execFileSync('mkfifo', [join(dir, 'openclaw.json')]);
    expect(loadConfig('openclaw.json', { cwd: dir }).issues[0]!.message).toBe('Config path openclaw.json is a FIFO (named pipe), not a regular file; it was not opened');
    expect(loadConfig('/dev/zero', { cwd: dir }).issues[0]!.message).toBe('Config path /dev/zero is a character device, not a regular file; it was not opened');
  }, 5000);

  it('refuses a hard-linked include, like OpenClaw (BI-05)', () => {
    const outside = temp({ 'secret.json5': '{ mode: "local" }' });
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./linked.json5" } }' });
    linkSync(join(outside, 'secret.json5'), join(dir, 'linked.json5')); // both under os.tmpdir(): one filesystem
    expect(loadConfig('openclaw.json5', { cwd: dir }).issues[0]!.message).toMatch(/^Include file failed security checks \(regular file, max 2097152 bytes, no hardlinks\): \.\/linked\.json5 — it has 2 hard links/);
  });
});

describe('$include confinement (BI-04, BI-05): the target is never opened', () => {
  it('refuses ../ with OpenClaw\'s message, naming the including file:line', () => {
    const r = loadConfig('cfg/openclaw.json5', { cwd: join(INCLUDES, 'escape-parent') });
    expect(r.issues[0]).toMatchObject({
      message: 'Include path escapes config directory: ../outside.json5 (root: cfg). Fix: keep included files inside the config\'s folder',
      file: 'cfg/openclaw.json5',
      line: 1,
      column: 24,
    });
    expect(opened()).toEqual([join(INCLUDES, 'escape-parent', 'cfg', 'openclaw.json5')]);
  });

  it('refuses an absolute path outside the folder', () => {
    expect(load('escape-absolute').issues[0]!.message).toMatch(/^Include path escapes config directory: \/etc\/hostname \(root: \.\)/);
    expect(opened()).toEqual([join(INCLUDES, 'escape-absolute', 'openclaw.json5')]);
  });

  it('does not URL-decode include paths (%2e%2e is a file name)', () => {
    expect(load('not-decoded').issues[0]!.message).toBe('Failed to read include file: %2e%2e/outside.json5 (resolved: %2e%2e/outside.json5)');
  });

  it('treats backslashes literally on POSIX', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "..\\\\..\\\\x.json5" } }' });
    expect(loadConfig('openclaw.json5', { cwd: dir }).issues[0]!.message).toBe('Failed to read include file: ..\\..\\x.json5 (resolved: ..\\..\\x.json5)');
  });

  it('refuses a symlink to a file outside the folder, without reading the target', () => {
    const outside = temp({ 'config': 'Host evil\n  User root\n' });
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./shared.json5" } }' });
    symlinkSync(join(outside, 'config'), join(dir, 'shared.json5'));
    const r = loadConfig('openclaw.json5', { cwd: dir });
    expect(r.issues[0]!.message).toBe('Include path resolves outside config directory (symlink): ./shared.json5 (root: .). Fix: copy the file into the config\'s folder instead of linking to it');
    expect(JSON.stringify(r)).not.toContain('Host evil');
    expect(opened()).toEqual([join(dir, 'openclaw.json5')]);
  });

  it('refuses a symlinked directory in the middle of the path', () => {
    const outside = temp({ 'team/gateway.json5': '{ mode: "remote" }' });
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./linked/team/gateway.json5" } }' });
    symlinkSync(outside, join(dir, 'linked'));
    expect(loadConfig('openclaw.json5', { cwd: dir }).issues[0]!.message).toMatch(/^Include path resolves outside config directory \(symlink\): \.\/linked\/team\/gateway\.json5/);
  });

  it('accepts a symlink that stays inside the folder', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./current.json5" } }', 'v2.json5': '{ mode: "local" }' });
    symlinkSync(join(dir, 'v2.json5'), join(dir, 'current.json5'));
    expect(loadConfig('openclaw.json5', { cwd: dir }).config).toEqual({ gateway: { mode: 'local' } });
  });

  it('refuses a symlink to /dev/zero inside the folder (realpath leaves the folder)', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./zero.json5" } }' });
    symlinkSync('/dev/zero', join(dir, 'zero.json5'));
    expect(loadConfig('openclaw.json5', { cwd: dir }).issues[0]!.message).toMatch(/^Include path resolves outside config directory \(symlink\)/);
  }, 5000);

  it('allows extra roots from OPENCLAW_INCLUDE_ROOTS', () => {
    const shared = temp({ 'gateway.json5': '{ mode: "local" }' });
    const dir = temp({ 'openclaw.json5': `{ gateway: { $include: ${JSON.stringify(join(shared, 'gateway.json5'))} } }` });
    expect(loadConfig('openclaw.json5', { cwd: dir, env: {} }).issues[0]!.message).toMatch(/^Include path escapes config directory/);
    expect(loadConfig('openclaw.json5', { cwd: dir, env: { OPENCLAW_INCLUDE_ROOTS: shared } }).config).toEqual({ gateway: { mode: 'local' } });
  });
});

describe('$include errors', () => {
  it('never expands ${VAR} in include paths', () => {
    const r = load('env-in-path', 'openclaw.json5', { OCF_GATEWAY_FILE: 'gateway' });
    expect(r.issues[0]!.message).toBe('Failed to read include file: ./${OCF_GATEWAY_FILE}.json5 (resolved: ${OCF_GATEWAY_FILE}.json5)');
  });

  it('requires an object when the include has siblings', () => {
    expect(load('non-object-siblings').issues[0]).toMatchObject({ message: 'Sibling keys require included content to be an object', line: 1, column: 47 });
  });

  it('rejects a non-string $include', () => {
    expect(load('bad-include-type').issues[0]!.message).toBe('Invalid $include value: expected string or array of strings, got number');
    expect(load('bad-array-item').issues[0]).toMatchObject({ message: 'Invalid $include array item: expected string, got number', line: 1, column: 38 });
  });

  it('names a missing include and where it was asked for', () => {
    expect(load('missing').issues[0]).toMatchObject({ message: 'Failed to read include file: ./missing.json5 (resolved: missing.json5)', file: 'openclaw.json5', line: 1, column: 24 });
  });

  it('a parse error in an included file names that file:line:col and the chain (BI-01)', () => {
    const r = loadConfig('openclaw.json5', { cwd: join(CONFIG_FIXTURES, 'invalid', 'parse-error-in-include') });
    expect(r.issues).toEqual([
      {
        severity: 'error',
        path: '<root>',
        message: "Failed to parse include file: ./agents/a.json5 (resolved: agents/a.json5): JSON5: invalid character ',' at 3:6 (included via openclaw.json5 -> agents/a.json5)",
        file: 'agents/a.json5',
        line: 3,
        column: 6,
        includeChain: ['openclaw.json5', 'agents/a.json5'],
      },
    ]);
  });

  it('rejects null bytes and over-long include paths', () => {
    const nul = temp({ 'openclaw.json5': '{ gateway: { $include: "./a\\u0000.json5" } }' });
    expect(loadConfig('openclaw.json5', { cwd: nul }).issues[0]!.message).toBe('Include path must not contain null bytes');
    const long = temp({ 'openclaw.json5': `{ gateway: { $include: "./${'a'.repeat(5000)}" } }` });
    expect(loadConfig('openclaw.json5', { cwd: long }).issues[0]!.message).toBe('Include path exceeds maximum length (4096 characters)');
  });

  it('refuses a directory as an include', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./sub" } }' });
    mkdirSync(join(dir, 'sub'));
    expect(loadConfig('openclaw.json5', { cwd: dir }).issues[0]!.message).toMatch(/— a directory, not a regular file; it was not opened$/);
  });
});
