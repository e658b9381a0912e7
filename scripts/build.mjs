#!/usr/bin/env node
// Builds every action found under actions/*/action.yml (and the CLI) with ncc: one unminified bundle per
// entry, with a source map and a licenses file (ncc type-checks src/ through src/tsconfig.json; its
// transpile-only mode emits CommonJS for these ESM sources, so it is not used). Fails when an action.yml names a runs.main / runs.post
// file that the build did not produce. `--out DIR` builds into another folder (used by check-dist).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIdx = process.argv.indexOf('--out');
const outRoot = outIdx > 0 ? resolve(process.argv[outIdx + 1]) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Entries: [source file, output folder relative to the dist root]. */
const entries = [];
const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();
const checks = [];
for (const name of actions) {
  const ymlPath = join(root, 'actions', name, 'action.yml');
  const yml = parse(readFileSync(ymlPath, 'utf8'));
  const srcDir = join(root, 'src', 'actions', name);
  for (const [kind, file] of [['main', 'main.ts'], ['post', 'post.ts']]) {
    if (existsSync(join(srcDir, file))) entries.push([join(srcDir, file), kind === 'main' ? name : join(name, 'post')]);
  }
  for (const key of ['main', 'post', 'pre']) {
    const p = yml?.runs?.[key];
    if (p) checks.push([relative(root, ymlPath), key, resolve(dirname(ymlPath), p)]);
  }
}
if (existsSync(join(root, 'src', 'cli', 'main.ts'))) entries.push([join(root, 'src', 'cli', 'main.ts'), 'cli']);

if (outRoot === join(root, 'dist')) rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
for (const [src, out] of entries) {
  const target = join(outRoot, out);
  const r = spawnSync(process.execPath, [ncc, 'build', src, '-o', target, '--source-map', '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`build: ncc failed for ${relative(root, src)}`);
    process.exit(1);
  }
  console.log(`build: ${relative(root, src)} -> ${relative(root, join(target, 'index.js'))}`);
}
// Packages that cannot be bundled (playwright-core reads its own files at run time) are copied beside the
// action's bundle, to dist/<action>/vendor/<package>, as listed in src/actions/<action>/vendor.json:
// {"packages": [{"name": "playwright-core", "exclude": ["lib/vite"]}]}. Only the installed (lockfile-pinned)
// copy is used, so the result is as reproducible as the bundle. (Not node_modules/: .gitignore drops that.)
for (const name of actions) {
  const vendorFile = join(root, 'src', 'actions', name, 'vendor.json');
  if (!existsSync(vendorFile)) continue;
  const { packages = [] } = JSON.parse(readFileSync(vendorFile, 'utf8'));
  for (const pkg of packages) {
    const from = join(root, 'node_modules', pkg.name);
    if (!existsSync(join(from, 'package.json'))) {
      console.error(`build: ${relative(root, vendorFile)} vendors ${pkg.name}, which is not installed (run npm ci)`);
      process.exit(1);
    }
    const to = join(outRoot, name, 'vendor', pkg.name);
    rmSync(to, { recursive: true, force: true });
    const excluded = (pkg.exclude ?? []).map((e) => join(from, e));
    cpSync(from, to, { recursive: true, filter: (src) => !excluded.some((e) => src === e || src.startsWith(e + '/')) });
    console.log(`build: vendored ${pkg.name} -> ${relative(root, to)}`);
  }
}

let bad = 0;
for (const [yml, key, abs] of checks) {
  const inOut = join(outRoot, relative(join(root, 'dist'), abs));
  if (!existsSync(inOut)) {
    console.error(`build: ${yml} runs.${key} points at ${relative(root, abs)}, which the build did not produce`);
    bad++;
  }
}
if (bad) process.exit(1);
