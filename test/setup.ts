// Fakes the parts of the Actions runner that code under test reads, in a fresh temp folder per test
// file, and restores process.env after each test (toolkit/codeql style).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

const base = mkdtempSync(join(tmpdir(), 'clawfleet-test-'));
let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  process.env['RUNNER_TEMP'] = join(base, 'runner-temp');
  process.env['GITHUB_WORKSPACE'] = join(base, 'workspace');
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});
