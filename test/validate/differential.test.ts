/**
 * The differential proof (issue #2): the fast engine (our loader + the compiled schema + the rules,
 * through `validateFiles`) against what the real `openclaw config validate --json` said about every
 * corpus case (test/fixtures/corpus/verdicts.json, recorded by scripts/corpus-verdicts.ts).
 *  - ≥ 99.5 % of verdicts agree and there is no false reject (fast: invalid, OpenClaw: valid);
 *  - the exact engine, re-run on a fixed-seed sample of 10 cases, agrees 100 % with the stored verdicts
 *    (which also catches a verdict file that no longer matches the pinned OpenClaw).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, caseEnv, corpusDigest, createRng, readManifest, readVerdicts, type CorpusCase } from '../../scripts/corpus-lib.js';
import { OPENCLAW_VERSION } from '../../src/schema/generated/meta.js';
import { runExactValidate } from '../../src/validate/exact-engine.js';
import { validateFiles } from '../../src/validate/validate.js';

const manifest = readManifest();
const verdicts = readVerdicts();

interface Outcome {
  c: CorpusCase;
  expected: boolean;
  fast: boolean;
  fastIssues: string[];
  expectedIssues: string[];
}

async function fastVerdict(c: CorpusCase): Promise<{ valid: boolean; issues: string[] }> {
  const report = await validateFiles([join(CORPUS_DIR, c.entry)], { engine: 'fast', env: caseEnv(c), cwd: CORPUS_DIR });
  const file = report.files[0]!;
  return { valid: file.valid, issues: file.issues.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`) };
}

describe('differential corpus', () => {
  it('is the corpus the verdicts were recorded for, from the pinned OpenClaw', () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(400);
    expect(verdicts.openclawVersion, 'verdicts.json comes from another OpenClaw; run tsx scripts/corpus-verdicts.ts').toBe(OPENCLAW_VERSION);
    expect(verdicts.corpusSha256, 'corpus files changed since verdicts.json was recorded; run tsx scripts/corpus-verdicts.ts').toBe(corpusDigest());
    const missing = manifest.cases.filter((c) => !verdicts.verdicts[c.id]).map((c) => c.id);
    expect(missing).toEqual([]);
    // Both outcomes must be well represented, or agreement would mean little.
    const invalid = manifest.cases.filter((c) => !verdicts.verdicts[c.id]!.valid).length;
    expect(invalid).toBeGreaterThan(100);
    expect(manifest.cases.length - invalid).toBeGreaterThan(100);
  });

  it('fast engine agrees with OpenClaw on ≥ 99.5 % of verdicts, with no false rejects', async () => {
    const outcomes: Outcome[] = [];
    for (const c of manifest.cases) {
      const v = verdicts.verdicts[c.id]!;
      const fast = await fastVerdict(c);
      outcomes.push({
        c,
        expected: v.valid,
        fast: fast.valid,
        fastIssues: fast.issues,
        expectedIssues: v.issues.map((i) => `${i.path}: ${i.message}`),
      });
    }
    const agree = outcomes.filter((o) => o.fast === o.expected);
    const falseRejects = outcomes.filter((o) => !o.fast && o.expected);
    const falseAccepts = outcomes.filter((o) => o.fast && !o.expected);
    const pct = (100 * agree.length) / outcomes.length;
    // Secondary figure: among cases both call invalid, how often the first issue's path is the same.
    const bothInvalid = outcomes.filter((o) => !o.fast && !o.expected);
    const samePath = bothInvalid.filter((o) => o.fastIssues.some((f) => f.split(': ')[0] === o.expectedIssues[0]?.split(': ')[0])).length;
    console.log(
      `differential: fast engine agrees on ${agree.length}/${outcomes.length} (${pct.toFixed(2)} %), false rejects ${falseRejects.length}, false accepts ${falseAccepts.length}; ` +
        `first issue path matches on ${samePath}/${bothInvalid.length} invalid cases`,
    );
    for (const o of [...falseRejects, ...falseAccepts]) {
      console.log(
        `  ${o.fast ? 'false accept' : 'FALSE REJECT'} ${o.c.id} (${o.c.note ?? o.c.kind}): openclaw=${JSON.stringify(o.expectedIssues.slice(0, 2))} fast=${JSON.stringify(o.fastIssues.slice(0, 2))}`,
      );
    }
    expect(falseRejects.map((o) => o.c.id)).toEqual([]);
    expect(pct).toBeGreaterThanOrEqual(99.5);
  }, 120_000);

  it('exact engine reproduces the stored verdicts on a fixed-seed sample of 10 cases', async () => {
    const rng = createRng(424242);
    const sample = rng.shuffle(manifest.cases).slice(0, 10);
    const results = await Promise.all(
      // Two at a time: each run is a Node process that loads OpenClaw.
      [0, 1].map(async (lane) => {
        const out: Array<{ id: string; ok: boolean; detail: string }> = [];
        for (const c of sample.filter((_, i) => i % 2 === lane)) {
          const res = await runExactValidate(join(CORPUS_DIR, c.entry), { env: caseEnv(c), cwd: CORPUS_DIR });
          const stored = verdicts.verdicts[c.id]!;
          const norm = (s: string) => s.split(CORPUS_DIR).join('<corpus>');
          const got = { valid: res.valid, issues: res.issues.map((i) => ({ ...i, message: norm(i.message) })), warnings: res.warnings.map((w) => ({ ...w, message: norm(w.message) })) };
          const ok = JSON.stringify(got) === JSON.stringify(stored);
          out.push({ id: c.id, ok, detail: ok ? '' : `stored ${JSON.stringify(stored)} now ${JSON.stringify(got)}` });
        }
        return out;
      }),
    );
    const flat = results.flat();
    const agree = flat.filter((r) => r.ok).length;
    console.log(`differential: exact engine agrees on ${agree}/${flat.length} sampled cases (${flat.map((r) => r.id).join(', ')})`);
    expect(flat.filter((r) => !r.ok)).toEqual([]);
  }, 180_000);
});
