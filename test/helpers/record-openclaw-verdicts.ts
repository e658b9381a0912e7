// Re-records test/validate/fixtures/openclaw-verdicts.json from the installed OpenClaw:
//   tsx test/helpers/record-openclaw-verdicts.ts
// Each case's config is written to a temp folder and validated with `openclaw config validate --json`
// (through the exact engine), four at a time. Review the diff before committing it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { runExactValidate } from '../../src/validate/exact-engine.js';
import { removeTemp, REPO_ROOT, tempConfigDir } from './configs.js';

interface RecordedCase {
  name: string;
  config: string;
  env: Record<string, string>;
  valid: boolean;
  issues: Array<{ path: string; message: string }>;
  warnings: Array<{ path: string; message: string }>;
}

const file = join(REPO_ROOT, 'test', 'validate', 'fixtures', 'openclaw-verdicts.json');
const data = JSON.parse(readFileSync(file, 'utf8')) as { openclaw: string; cases: RecordedCase[] };
const dir = tempConfigDir();
const limit = pLimit(4);
try {
  await Promise.all(
    data.cases.map((c) =>
      limit(async () => {
        const caseDir = join(dir, c.name);
        mkdirSync(caseDir, { recursive: true });
        writeFileSync(join(caseDir, 'openclaw.json'), c.config);
        const v = await runExactValidate(join(caseDir, 'openclaw.json'), { env: { PATH: process.env['PATH'] ?? '', ...c.env }, cwd: caseDir });
        c.valid = v.valid;
        c.issues = v.issues.map((i) => ({ path: i.path === '' ? '<root>' : i.path, message: i.message }));
        c.warnings = v.warnings.map((w) => ({ path: w.path, message: w.message }));
        process.stdout.write(`${c.name}: ${v.valid ? 'valid' : 'invalid'}\n`);
      }),
    ),
  );
  writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
} finally {
  removeTemp(dir);
}
