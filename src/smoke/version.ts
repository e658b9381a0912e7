/**
 * The version pin: which OpenClaw version every instance must run, and the comparison.
 *
 * Order of sources (the first that exists wins; all are documented in the action README):
 * 1. the `expected-version` input;
 * 2. a `.openclaw-version` file at the root of the config repo (one version on the first non-comment line);
 * 3. the config repo's `package.json`: `devDependencies.openclaw`, then `dependencies.openclaw` — only an
 *    exact version counts; a range (`^2026.9.0`) is refused, because "the fleet runs something in a range"
 *    is not a pin.
 * A malformed pin is a `UserError` naming the file (or input) and the fix, raised before any probe runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { UserError } from '../common/errors.js';
import { CheckBuilder } from './status.js';
import type { CheckResult, ExpectedVersion } from './types.js';

export const VERSION_FILE = '.openclaw-version';

/** Parses one version string (a leading `v` is allowed); `undefined` when it is not an exact version. */
export function parseExactVersion(raw: string): string | undefined {
  const v = raw.trim().replace(/^v(?=\d)/, '');
  return semver.valid(v) ?? undefined;
}

/**
 * Resolves the expected version. `input` is the action input (may be empty); `repoDir` the config repo
 * checkout (usually `GITHUB_WORKSPACE`). Returns `undefined` when nothing pins a version.
 */
export function resolveExpectedVersion(input: string | undefined, repoDir: string | undefined, cwd = process.cwd()): ExpectedVersion | undefined {
  const given = input?.trim();
  if (given) {
    const v = parseExactVersion(given);
    if (!v) {
      throw new UserError(
        `Input 'expected-version' is '${given}', which is not an exact OpenClaw version. Expected a version such as 2026.9.6 (no ranges).`,
      );
    }
    return { version: v, source: 'input' };
  }
  if (!repoDir) return undefined;
  const shown = (p: string) => relative(cwd, p) || p;

  const versionFile = join(repoDir, VERSION_FILE);
  if (existsSync(versionFile)) {
    const lines = readFileSync(versionFile, 'utf8').split(/\r?\n/);
    const idx = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const line = idx >= 0 ? (lines[idx] ?? '').trim() : '';
    const v = parseExactVersion(line);
    if (!v) {
      const what = idx < 0 ? 'has no version line' : `'${line}' is not an exact OpenClaw version`;
      throw new UserError(
        `${shown(versionFile)}:${idx >= 0 ? idx + 1 : 1}:1: ${what}. Put one version such as 2026.9.6 on the first line.`,
        { file: shown(versionFile), line: idx >= 0 ? idx + 1 : 1, column: 1 },
      );
    }
    return { version: v, source: VERSION_FILE };
  }

  const pkgFile = join(repoDir, 'package.json');
  if (existsSync(pkgFile)) {
    let pkg: { devDependencies?: Record<string, unknown>; dependencies?: Record<string, unknown> };
    try {
      pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as typeof pkg;
    } catch (err) {
      throw new UserError(`${shown(pkgFile)} is not valid JSON (${(err as Error).message}); fix it or set the 'expected-version' input.`, undefined, {
        cause: err,
      });
    }
    for (const field of ['devDependencies', 'dependencies'] as const) {
      const spec = pkg[field]?.['openclaw'];
      if (spec === undefined) continue;
      const v = typeof spec === 'string' ? parseExactVersion(spec) : undefined;
      if (!v) {
        throw new UserError(
          `${shown(pkgFile)}: ${field}.openclaw is '${String(spec)}', a range rather than one version. Pin an exact version (e.g. "openclaw": "2026.9.6"), add a ${VERSION_FILE} file, or set the 'expected-version' input.`,
        );
      }
      return { version: v, source: `package.json (${field}.openclaw)` };
    }
  }
  return undefined;
}

/** Extracts the release version from a Control UI build id such as `2026.9.6-release-eb377ac…`. */
export function versionFromBuildId(buildId: string | undefined): string | undefined {
  if (!buildId) return undefined;
  const m = /^(\d+\.\d+\.\d+(?:-(?!release)[0-9A-Za-z.]+)?)(?:-release|$|-)/.exec(buildId.trim());
  return m?.[1] ? (semver.valid(m[1]) ?? undefined) : undefined;
}

/** Whether a running version equals the pin (semver equality, so `v2026.9.6` = `2026.9.6`). */
export function versionsEqual(running: string, expected: string): boolean {
  const a = parseExactVersion(running);
  const b = parseExactVersion(expected);
  return a !== undefined && b !== undefined && semver.eq(a, b);
}

/**
 * The version check: every source that reported a running version must equal the pin. A mismatch is a
 * hard failure however green the rest is; sources that disagree with each other fail too (a stale UI
 * bundle served from a cache reports the old version while the gateway runs the new one).
 */
export function checkVersion(
  expected: ExpectedVersion | undefined,
  running: ReadonlyArray<{ source: string; version: string }>,
): CheckResult {
  const check = new CheckBuilder('version');
  const seen = new Map<string, string[]>();
  for (const r of running) seen.set(r.version, [...(seen.get(r.version) ?? []), r.source]);
  const describe = [...seen].map(([v, sources]) => `${v} (${[...new Set(sources)].join(', ')})`).join(', ');
  check.data['running'] = [...seen.keys()];
  if (expected) check.data['expected'] = expected.version;
  if (!running.length) {
    if (expected) check.fail(`no source reported the running OpenClaw version, so the pin ${expected.version} could not be verified`);
    else check.skip('no version reported and none pinned');
    return check.build('');
  }
  if (!expected) {
    check.skip(`running ${describe}; no version pinned (set expected-version, add ${VERSION_FILE}, or pin openclaw in package.json)`);
    return check.build('');
  }
  for (const [v, sources] of seen) {
    if (!versionsEqual(v, expected.version)) {
      check.fail(`runs OpenClaw ${v} (${[...new Set(sources)].join(', ')}) but ${expected.version} is pinned (${expected.source})`);
    }
  }
  return check.build(`${expected.version} as pinned (${expected.source})`);
}
