/**
 * Records what the real `openclaw config validate --json` says about every corpus case
 * (test/fixtures/corpus/verdicts.json). Dev-time script, run once after scripts/corpus-generate.ts and
 * committed: ~2–3 s per case, two at a time (≈10 min for 500 cases on 2 cores).
 *
 *   tsx scripts/corpus-verdicts.ts [--only <id,id,…>] [--jobs 2]
 *
 * Each case runs with PATH plus the case's own env, through the exact engine (isolated HOME and state).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { OPENCLAW_VERSION } from '../src/schema/generated/meta.js';
import { runExactValidate } from '../src/validate/exact-engine.js';
import { CORPUS_DIR, caseEnv, corpusDigest, readManifest, type Verdict, type VerdictFile } from './corpus-lib.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? new Set((args[onlyIdx + 1] ?? '').split(',')) : undefined;
  const jobsIdx = args.indexOf('--jobs');
  const jobs = jobsIdx >= 0 ? Number(args[jobsIdx + 1]) : 2;
  const manifest = readManifest();
  const target = join(CORPUS_DIR, 'verdicts.json');
  let previous: Record<string, Verdict> = {};
  if (only) {
    try {
      previous = (JSON.parse(readFileSync(target, 'utf8')) as VerdictFile).verdicts;
    } catch {
      previous = {};
    }
  }
  const limit = pLimit(jobs);
  const verdicts: Record<string, Verdict> = { ...previous };
  let done = 0;
  const todo = manifest.cases.filter((c) => !only || only.has(c.id));
  const started = Date.now();
  await Promise.all(
    todo.map((c) =>
      limit(async () => {
        const res = await runExactValidate(join(CORPUS_DIR, c.entry), { env: caseEnv(c), cwd: CORPUS_DIR });
        verdicts[c.id] = {
          valid: res.valid,
          // Absolute temp paths would make the file machine-specific: store them relative to the corpus.
          issues: res.issues.map((i) => ({ ...i, message: i.message.split(CORPUS_DIR).join('<corpus>') })),
          warnings: res.warnings.map((w) => ({ ...w, message: w.message.split(CORPUS_DIR).join('<corpus>') })),
        };
        done++;
        if (done % 25 === 0 || done === todo.length) {
          console.log(`verdicts: ${done}/${todo.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
      }),
    ),
  );
  const ordered: Record<string, Verdict> = {};
  for (const c of manifest.cases) if (verdicts[c.id]) ordered[c.id] = verdicts[c.id]!;
  const file: VerdictFile = { openclawVersion: OPENCLAW_VERSION, corpusSha256: corpusDigest(), verdicts: ordered };
  writeFileSync(target, `${JSON.stringify(file, null, 1)}\n`);
  const invalid = Object.values(ordered).filter((v) => !v.valid).length;
  console.log(`verdicts: wrote ${Object.keys(ordered).length} (${invalid} invalid) to ${target}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
