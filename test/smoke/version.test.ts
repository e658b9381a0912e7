import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { checkVersion, parseExactVersion, resolveExpectedVersion, versionFromBuildId, versionsEqual } from '../../src/smoke/version.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smoke-version-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('parseExactVersion', () => {
  it.each([
    ['2026.9.6', '2026.9.6'],
    ['v2026.9.6', '2026.9.6'],
    [' 2026.8.1-beta.3 ', '2026.8.1-beta.3'],
  ])('%s → %s', (raw, want) => expect(parseExactVersion(raw)).toBe(want));
  it.each(['^2026.9.0', '~2026.9.6', '2026.9', 'latest', '', '>=2026.9.6', '2026.9.x'])('rejects %j', (raw) => expect(parseExactVersion(raw)).toBeUndefined());
});

describe('resolveExpectedVersion', () => {
  it('the input wins over the repo', () => {
    const dir = repo({ '.openclaw-version': '2026.1.1\n' });
    expect(resolveExpectedVersion('2026.9.6', dir)).toEqual({ version: '2026.9.6', source: 'input' });
  });

  it('a malformed input names the input and the expected form', () => {
    expect(() => resolveExpectedVersion('^2026.9.0', undefined)).toThrow(
      "Input 'expected-version' is '^2026.9.0', which is not an exact OpenClaw version. Expected a version such as 2026.9.6 (no ranges).",
    );
  });

  it('reads .openclaw-version (comments and blank lines skipped)', () => {
    const dir = repo({ '.openclaw-version': '# pinned by the platform team\n\n2026.9.6\n' });
    expect(resolveExpectedVersion('', dir)).toEqual({ version: '2026.9.6', source: '.openclaw-version' });
  });

  it('a bad .openclaw-version is a UserError at file:line', () => {
    const dir = repo({ '.openclaw-version': '# x\nlatest\n' });
    let err: unknown;
    try {
      resolveExpectedVersion(undefined, dir, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(".openclaw-version:2:1: 'latest' is not an exact OpenClaw version. Put one version such as 2026.9.6 on the first line.");
    expect((err as UserError).location).toEqual({ file: '.openclaw-version', line: 2, column: 1 });
  });

  it('an empty .openclaw-version says so', () => {
    const dir = repo({ '.openclaw-version': '\n# nothing\n' });
    expect(() => resolveExpectedVersion('', dir, dir)).toThrow('.openclaw-version:1:1: has no version line. Put one version such as 2026.9.6 on the first line.');
  });

  it('falls back to an exact openclaw devDependency, then dependency', () => {
    expect(resolveExpectedVersion('', repo({ 'package.json': JSON.stringify({ devDependencies: { openclaw: '2026.9.6' } }) }))).toEqual({
      version: '2026.9.6',
      source: 'package.json (devDependencies.openclaw)',
    });
    expect(resolveExpectedVersion('', repo({ 'package.json': JSON.stringify({ dependencies: { openclaw: '2026.8.1' } }) }))).toEqual({
      version: '2026.8.1',
      source: 'package.json (dependencies.openclaw)',
    });
  });

  it('refuses a range in package.json, with the fix', () => {
    const dir = repo({ 'package.json': JSON.stringify({ devDependencies: { openclaw: '^2026.9.0' } }) });
    expect(() => resolveExpectedVersion('', dir, dir)).toThrow(
      `package.json: devDependencies.openclaw is '^2026.9.0', a range rather than one version. Pin an exact version (e.g. "openclaw": "2026.9.6"), add a .openclaw-version file, or set the 'expected-version' input.`,
    );
  });

  it('refuses a package.json that is not JSON', () => {
    const dir = repo({ 'package.json': '{ nope' });
    expect(() => resolveExpectedVersion('', dir, dir)).toThrow(/package\.json is not valid JSON .*set the 'expected-version' input/);
  });

  it('nothing pinned → undefined', () => {
    expect(resolveExpectedVersion('', repo({ 'package.json': JSON.stringify({ dependencies: { other: '1.0.0' } }) }))).toBeUndefined();
    expect(resolveExpectedVersion(undefined, undefined)).toBeUndefined();
  });
});

describe('versionFromBuildId', () => {
  it.each([
    ['2026.9.6-release-eb377ac59e6c-2026-09-23T16-33-12.144Z-314f5d48', '2026.9.6'],
    ['2026.8.1-beta.3-release-abc', '2026.8.1-beta.3'],
    ['2026.9.6', '2026.9.6'],
    ['garbage', undefined],
    [undefined, undefined],
  ])('%s → %s', (id, want) => expect(versionFromBuildId(id)).toBe(want));
});

describe('checkVersion', () => {
  const pin = { version: '2026.9.6', source: 'input' };

  it('passes when every source agrees with the pin', () => {
    const c = checkVersion(pin, [
      { source: 'startupz', version: '2026.9.6' },
      { source: 'status', version: 'v2026.9.6' },
    ]);
    expect(c.status).toBe('pass');
    expect(c.summary).toBe('2026.9.6 as pinned (input)');
    expect(versionsEqual('v2026.9.6', '2026.9.6')).toBe(true);
  });

  it('a mismatch is a hard failure naming the source', () => {
    const c = checkVersion(pin, [
      { source: 'startupz', version: '2026.9.5' },
      { source: 'status', version: '2026.9.5' },
    ]);
    expect(c.status).toBe('fail');
    expect(c.summary).toBe('runs OpenClaw 2026.9.5 (startupz, status) but 2026.9.6 is pinned (input)');
  });

  it('sources that disagree (a stale UI bundle) fail on the odd one', () => {
    const c = checkVersion(pin, [
      { source: 'startupz', version: '2026.9.6' },
      { source: 'ui', version: '2026.9.1' },
    ]);
    expect(c.status).toBe('fail');
    expect(c.reasons).toEqual(['runs OpenClaw 2026.9.1 (ui) but 2026.9.6 is pinned (input)']);
  });

  it('no pin → skipped with the fix; no running version with a pin → fail', () => {
    const skipped = checkVersion(undefined, [{ source: 'status', version: '2026.9.6' }]);
    expect(skipped.status).toBe('skip');
    expect(skipped.summary).toContain('no version pinned (set expected-version, add .openclaw-version');
    const unknown = checkVersion(pin, []);
    expect(unknown.status).toBe('fail');
    expect(unknown.summary).toBe('no source reported the running OpenClaw version, so the pin 2026.9.6 could not be verified');
  });
});
