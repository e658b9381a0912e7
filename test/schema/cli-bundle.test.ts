/**
 * The CLI bundle finds clawfleet's and OpenClaw's package.json at run time (src/common/package-root.ts):
 * ncc no longer copies the root package.json into dist/cli/ (which left a file named "clawfleet" there, so
 * the project root was taken to be dist/cli/ and node_modules/openclaw was looked up beside the bundle),
 * `--version` still reads the real one, and the exact engine still runs the pinned OpenClaw from the bundle.
 * Builds the bundle into a temp package layout (test/helpers/cli-bundle.ts; shared with other test files).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { clawfleetRoot, findPackageRoot } from '../../src/common/package-root.js';
import { findProjectRoot } from '../../src/schema/openclaw-cli.js';
import { buildCliBundle, REPO_ROOT, runBundledCli, type CliBundle } from '../helpers/cli-bundle.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('package root lookup', () => {
  test('from the sources: the repo root, with its version', () => {
    expect(findProjectRoot()).toBe(REPO_ROOT);
    expect(clawfleetRoot(import.meta.url)).toEqual({ dir: REPO_ROOT, version: pkg.version });
  });

  test('skips package.json files of other packages (and unreadable ones) on the way up', () => {
    const top = mkdtempSync(join(tmpdir(), 'clawfleet-pkgroot-'));
    writeFileSync(join(top, 'package.json'), JSON.stringify({ name: 'clawfleet', version: '9.9.9' }));
    const mid = join(top, 'dist');
    const leaf = join(mid, 'cli');
    mkdirSync(leaf, { recursive: true });
    writeFileSync(join(mid, 'package.json'), '{ not json');
    writeFileSync(join(leaf, 'package.json'), JSON.stringify({ type: 'module' }));
    expect(findPackageRoot(leaf)).toEqual({ dir: top, version: '9.9.9' });
    expect(findPackageRoot(leaf, 'no-such-package')).toBeUndefined();
  });
});

describe('the CLI bundle (ncc)', () => {
  let b: CliBundle;
  beforeAll(async () => {
    b = await buildCliBundle();
  }, 300_000);

  test('dist/cli/package.json is only the ESM marker, and no bundle file reads a copied package.json', () => {
    expect(JSON.parse(readFileSync(join(b.root, 'dist', 'cli', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    for (const f of readdirSync(join(b.root, 'dist', 'cli')).filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(b.root, 'dist', 'cli', f), 'utf8'), f).not.toMatch(/__nccwpck_require__\.ab \+ "package\.json"/);
    }
  });

  test('--version reads the package root found at run time', async () => {
    const r = await runBundledCli(b, ['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`clawfleet ${pkg.version}\n`);
  }, 60_000);

  test('validate --engine exact runs the pinned OpenClaw from the bundle (valid → 0, invalid → 1 naming the key)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-bundle-exact-'));
    writeFileSync(join(dir, 'good.json5'), '{ gateway: { mode: "local", port: 18789 } }\n');
    writeFileSync(join(dir, 'bad.json5'), '{\n  gateway: { mode: "local", bogus: true },\n}\n');
    const good = await runBundledCli(b, ['validate', '--engine', 'exact', '--json', join(dir, 'good.json5')], { cwd: dir, timeoutMs: 120_000 });
    expect(good.code, good.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ valid: true, engine: 'exact' });
    const bad = await runBundledCli(b, ['validate', '--engine', 'exact', '--json', join(dir, 'bad.json5')], { cwd: dir, timeoutMs: 120_000 });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/bogus/);
  }, 240_000);
});
