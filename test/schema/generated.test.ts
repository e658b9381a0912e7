/**
 * The committed files in src/schema/generated/ must be what `npm run schema:update` produces from the
 * pinned OpenClaw: same export (one real `openclaw config schema` call, ~3–7 s) and same generator
 * output (a full regeneration from the committed export, ~5 s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemaArtifacts, GENERATED_FILES, sha256 } from '../../src/schema/generate.js';
import { CHANNEL_IDS, NORMALIZATION, OPENCLAW_VERSION, PLUGIN_IDS, RAW_SCHEMA_SHA256 } from '../../src/schema/generated/meta.js';
import type { JsonObject } from '../../src/schema/normalize.js';
import { findProjectRoot, readOpenClawPackage, runOpenClaw } from '../../src/schema/openclaw-cli.js';

const root = findProjectRoot()!;
const generatedDir = join(root, 'src', 'schema', 'generated');
const read = (name: string) => readFileSync(join(generatedDir, name), 'utf8');
const FIX = 'Fix: run `npm run schema:update` and commit src/schema/generated/.';

describe('generated schema files', () => {
  it('come from the OpenClaw version package.json pins', () => {
    const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['openclaw'];
    expect(OPENCLAW_VERSION, FIX).toBe(pinned);
    expect(readOpenClawPackage(join(root, 'node_modules', 'openclaw'))?.version, 'Fix: run `npm ci`.').toBe(pinned);
  });

  it('match what the pinned `openclaw config schema` prints now', async () => {
    const install = readOpenClawPackage(join(root, 'node_modules', 'openclaw'))!;
    const res = await runOpenClaw({ ...install, source: 'project' }, ['config', 'schema'], { timeoutMs: 90_000 });
    expect(res.code, res.stderr).toBe(0);
    expect(sha256(res.stdout), `openclaw config schema changed. ${FIX}`).toBe(RAW_SCHEMA_SHA256);
    expect(read(GENERATED_FILES.rawSchema), FIX).toBe(`${JSON.stringify(JSON.parse(res.stdout))}\n`);
  }, 120_000);

  it('are exactly what the generator makes from the committed export (deterministic, not hand-edited)', () => {
    const raw = JSON.parse(read(GENERATED_FILES.rawSchema)) as JsonObject;
    const files = generateSchemaArtifacts(raw, { version: OPENCLAW_VERSION, rawSha256: RAW_SCHEMA_SHA256 });
    expect(Object.keys(files).sort()).toEqual(Object.values(GENERATED_FILES).sort());
    for (const [name, content] of Object.entries(files)) {
      expect(read(name) === content, `${name} differs from a regeneration. ${FIX}`).toBe(true);
    }
  }, 120_000);

  it('record the channel and plugin ids and what the normalizer did', () => {
    expect(CHANNEL_IDS).toHaveLength(27);
    expect(CHANNEL_IDS).toEqual(expect.arrayContaining(['telegram', 'discord', 'slack', 'whatsapp', 'signal', 'matrix']));
    expect(PLUGIN_IDS).toHaveLength(63);
    expect(NORMALIZATION.droppedRequired).toBe(45);
    expect(NORMALIZATION.rewrittenRefs).toBe(9);
  });

  it('the validator module is self-contained (no imports, no runtime compilation)', () => {
    const code = read(GENERATED_FILES.validator);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/new Function|\beval\(/);
    expect(code.length).toBeLessThan(4_500_000);
  });
});
