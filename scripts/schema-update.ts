/**
 * `npm run schema:update`: regenerates src/schema/generated/ from the pinned OpenClaw.
 *
 * Runs `openclaw config schema` of the version pinned in package.json (devDependency `openclaw`),
 * isolated (temporary HOME and OPENCLAW_STATE_DIR), then normalizes, lays out and compiles it
 * (src/schema/generate.ts) and writes the files. Running it twice gives byte-identical files.
 *
 *   npm run schema:update            # regenerate
 *   npm run schema:update -- --check # exit 1 if the committed files differ from a regeneration
 *   npm run schema:update -- --from <file>  # use a saved export instead of running OpenClaw
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getErrorMessage } from '../src/common/errors.js';
import { generateSchemaArtifacts, sha256 } from '../src/schema/generate.js';
import type { JsonObject } from '../src/schema/normalize.js';
import { readOpenClawPackage, runOpenClaw, tail } from '../src/schema/openclaw-cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'schema', 'generated');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const fromIdx = args.indexOf('--from');
  const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> })
    .devDependencies?.['openclaw'];
  const install = readOpenClawPackage(join(root, 'node_modules', 'openclaw'));
  if (!install) {
    console.error('schema:update: node_modules/openclaw is missing. Fix: run `npm ci`.');
    return 1;
  }
  if (pinned !== install.version) {
    console.error(`schema:update: node_modules/openclaw is ${install.version} but package.json pins ${pinned}. Fix: run \`npm ci\`.`);
    return 1;
  }
  let rawText: string;
  if (fromIdx >= 0) {
    const file = args[fromIdx + 1];
    if (!file) {
      console.error('schema:update: --from needs a file.');
      return 2;
    }
    rawText = await readFile(file, 'utf8');
  } else {
    const res = await runOpenClaw({ ...install, source: 'project' }, ['config', 'schema'], { timeoutMs: 120_000 });
    if (res.code !== 0 || res.timedOut) {
      console.error(`schema:update: \`openclaw config schema\` failed (exit ${res.code}${res.timedOut ? ', timed out' : ''}):\n${tail(res.stderr || res.stdout, 20)}`);
      return 1;
    }
    rawText = res.stdout;
  }
  const raw = JSON.parse(rawText) as JsonObject;
  const started = Date.now();
  const files = generateSchemaArtifacts(raw, { version: install.version, rawSha256: sha256(rawText) });
  const stale: string[] = [];
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = join(outDir, name);
    const current = existsSync(target) ? await readFile(target, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(name);
    if (!check) await writeFile(target, content);
  }
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (check) {
    if (stale.length > 0) {
      console.error(`schema:update --check: stale generated files: ${stale.join(', ')}. Fix: run \`npm run schema:update\`.`);
      return 1;
    }
    console.log(`schema:update --check: up to date with openclaw@${install.version} (${took} s)`);
    return 0;
  }
  console.log(
    `schema:update: openclaw@${install.version}, ${stale.length ? `wrote ${stale.join(', ')}` : 'no change'} (${took} s)`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`schema:update failed: ${getErrorMessage(e)}`);
    process.exitCode = 2;
  },
);
