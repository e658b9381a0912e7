#!/usr/bin/env node
// Fails when dist/ differs from a fresh build (changed, missing or extra files) and says how to fix it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'clawfleet-dist-'));
try {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('check-dist: the build failed');
    process.exit(1);
  }
  const list = (dir) => {
    const out = [];
    const walk = (d) => {
      if (!existsSync(d)) return;
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(relative(dir, p));
      }
    };
    walk(dir);
    return out.sort();
  };
  const want = list(fresh);
  const have = list(join(root, 'dist'));
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join(root, 'dist', f)))) problems.push(`differs: dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`extra:   dist/${f}`);
  if (problems.length) {
    console.error(`check-dist: dist/ is not the output of a fresh build (${problems.length} file(s)):`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Fix: run `npm run build` and commit dist/ (git add -A dist).');
    process.exit(1);
  }
  console.log(`check-dist: dist/ matches a fresh build (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
