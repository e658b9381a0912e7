#!/usr/bin/env node
// The `clawfleet` command: starts the bundled CLI (dist/cli/index.js, produced by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    `clawfleet: ${fileURLToPath(entry)} is missing. Fix: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}\n`,
  );
  process.exitCode = 2;
} else {
  await import(entry.href);
}
