// validateFiles: the report both engines fill — shape, positions through includes, ordering, the exact
// engine's mapping (with a scripted verdict, no OpenClaw needed), env-mode, prototype safety.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles, type ExactVerdict, type ExactValidateFn } from '../../src/validate/validate.js';
import { CONFIG_FIXTURES, prototypeKeys, removeTemp, tempConfigDir } from '../helpers/configs.js';

const dir = tempConfigDir();
afterAll(() => removeTemp(dir));
let n = 0;
function caseDir(files: Record<string, string>): string {
  const d = join(dir, String(n++));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(d, rel, '..'), { recursive: true });
    writeFileSync(join(d, rel), content);
  }
  return d;
}

describe('report shape', () => {
  it('is exactly the issue #2 JSON contract', async () => {
    const cwd = caseDir({ 'good.json5': '{ gateway: { mode: "local" } }', 'bad.json5': '{\n  gateway: { port: "x" },\n}' });
    const report = await validateFiles(['good.json5', 'bad.json5'], { cwd, env: {} });
    expect(JSON.parse(JSON.stringify(report))).toEqual({
      valid: false,
      engine: 'fast',
      files: [
        { file: 'good.json5', valid: true, issues: [], lint: [] },
        {
          file: 'bad.json5',
          valid: false,
          issues: [{ severity: 'error', path: 'gateway.port', message: 'Invalid input: expected number, received string', file: 'bad.json5', line: 2, column: 20 }],
          lint: [],
        },
      ],
    });
  });

  it('keeps files as given and in order', async () => {
    const cwd = caseDir({ 'a/openclaw.json': '{}', 'b/openclaw.json': '{}' });
    const report = await validateFiles(['b/openclaw.json', './a/openclaw.json', join(cwd, 'a/openclaw.json')], { cwd, env: {} });
    expect(report.files.map((f) => f.file)).toEqual(['b/openclaw.json', './a/openclaw.json', join(cwd, 'a/openclaw.json')]);
    expect(report.valid).toBe(true);
  });
});

describe('positions', () => {
  it('an issue inside an included file points at that file, not the root', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{ gateway: { $include: "./gw.json5" } }', 'gw.json5': '{\n  mode: "local",\n  reload: { mode: "hot" },\n}' });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: {} })).files[0]!;
    expect(f.issues).toEqual([
      { severity: 'error', path: 'gateway.reload.mode', message: 'Invalid input (allowed: "off", "hybrid")', file: 'gw.json5', line: 3, column: 19, allowedValues: ['off', 'hybrid'] },
    ]);
  });

  it('an unknown key points at the key itself', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{\n  gateway: {\n    mode: "local",\n    bogus: 1,\n  },\n}' });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: {} })).files[0]!;
    expect(f.issues).toEqual([{ severity: 'error', path: 'gateway', message: 'Unrecognized key: "bogus"', file: 'openclaw.json5', line: 4, column: 5 }]);
  });

  it('a missing key points at the object that should hold it', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{\n  models: {\n    providers: {\n      myprov: { models: [] },\n    },\n  },\n}' });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: {} })).files[0]!;
    expect(f.issues.map((i) => [i.path, i.line, i.column])).toEqual([['models.providers.myprov.baseUrl', 4, 7]]);
  });

  it('a migrated legacy entry points where it was written (agents.list.N)', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{\n  agents: {\n    list: [\n      { id: "main" },\n      { id: "helper", heartbeat: { every: "soon" } },\n    ],\n  },\n}' });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: {} })).files[0]!;
    const issue = f.issues.find((i) => i.path === 'agents.entries.helper.heartbeat.every');
    expect(issue).toMatchObject({ message: 'invalid duration (use ms, s, m, h)', line: 5, column: 43 });
  });

  it('BI-01: a parse error in an included file, with its chain', async () => {
    const f = (await validateFiles(['openclaw.json5'], { cwd: join(CONFIG_FIXTURES, 'invalid', 'parse-error-in-include'), env: {} })).files[0]!;
    expect(f.valid).toBe(false);
    expect(f.issues).toHaveLength(1);
    expect(f.issues[0]).toMatchObject({ file: 'agents/a.json5', line: 3, column: 6, includeChain: ['openclaw.json5', 'agents/a.json5'] });
  });

  it('orders errors first, then by file (root, includes) and position', async () => {
    const cwd = caseDir({
      'openclaw.json5': '{\n  gateway: { $include: "./gw.json5", port: "${P}" },\n  a: "${MISSING}",\n}',
      'gw.json5': '{ bogus: 1, mode: "${ALSO_MISSING}" }',
    });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: { P: '1' } })).files[0]!;
    expect(f.issues.map((i) => [i.severity, i.file, i.line])).toEqual([
      ['error', 'openclaw.json5', 2],
      ['error', 'openclaw.json5', 3],
      ['error', 'gw.json5', 1],
      ['error', 'gw.json5', 1],
      ['warning', 'openclaw.json5', 3],
      ['warning', 'gw.json5', 1],
    ]);
  });
});

describe('verdict rules', () => {
  it('a root that is not an object gets OpenClaw\'s message', async () => {
    const cwd = caseDir({ 'a.json': '[]', 'b.json': 'null', 'c.json': '"x"' });
    const report = await validateFiles(['a.json', 'b.json', 'c.json'], { cwd, env: {} });
    expect(report.files.map((f) => f.issues.map((i) => [i.path, i.message]))).toEqual([
      [['<root>', 'Invalid input: expected object, received array']],
      [['<root>', 'Invalid input: expected object, received null']],
      [['<root>', 'Invalid input: expected object, received string']],
    ]);
  });

  it('env-mode error makes a missing variable invalid; warn keeps it valid', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{ models: { providers: { openai: { apiKey: "${OPENAI_API_KEY}" } } } }' });
    expect((await validateFiles(['openclaw.json5'], { cwd, env: {} })).valid).toBe(true);
    const strict = await validateFiles(['openclaw.json5'], { cwd, env: {}, envMode: 'error' });
    expect(strict.valid).toBe(false);
    expect(strict.files[0]!.issues[0]!.message).toMatch(/^Missing env var "OPENAI_API_KEY" \(unset or empty\)/);
  });

  it('BI-03: a config with prototype keys leaves Object.prototype untouched, end to end', async () => {
    const before = prototypeKeys();
    const cwd = caseDir({
      'openclaw.json5': '{ "__proto__": { gateway: { auth: { mode: "none" } } }, gateway: { $include: "./gw.json5", mode: "local" } }',
      'gw.json5': '{ "__proto__": { isAdmin: true }, constructor: { prototype: { isAdmin: true } } }',
    });
    const f = (await validateFiles(['openclaw.json5'], { cwd, env: {} })).files[0]!;
    expect(f.lint.filter((l) => l.rule === 'forbidden-key').map((l) => [l.file, l.path])).toEqual([
      ['openclaw.json5', '__proto__'],
      ['gw.json5', 'gateway.__proto__'],
      ['gw.json5', 'gateway.constructor'],
      ['gw.json5', 'gateway.constructor.prototype'],
    ]);
    expect(f.lint.every((l) => l.rule !== 'forbidden-key' || l.severity === 'error')).toBe(true);
    expect(({} as Record<string, unknown>)['gateway']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });
});

describe('exact engine mapping', () => {
  const scripted = (verdict: ExactVerdict, seen: string[] = []): ExactValidateFn => async (file) => {
    seen.push(file);
    return verdict;
  };

  it('maps OpenClaw paths (dot and bracket forms) to file:line and says which engine ran', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{\n  bindings: [{ agentId: "ghost" }],\n  gateway: { trustedProxies: ["${A}", "${B}", "${C}"] },\n}' });
    const report = await validateFiles(['openclaw.json5'], {
      cwd,
      env: {},
      engine: 'exact',
      engines: {
        runExactValidate: scripted({
          valid: false,
          issues: [{ path: 'bindings.0.agentId', message: 'Unknown agent id "ghost" (not in agents.entries).' }],
          warnings: [{ path: 'gateway.trustedProxies[2]', message: 'Missing env var "C" - feature using this value will be unavailable' }],
        }),
      },
    });
    expect(report.engine).toBe('exact');
    expect(report.files[0]!.issues.map((i) => [i.severity, i.path, i.line, i.column])).toEqual([
      ['error', 'bindings.0.agentId', 2, 25],
      ['warning', 'gateway.trustedProxies.2', 3, 47],
    ]);
  });

  it('puts a <root> include/parse issue where our loader found it, keeping OpenClaw\'s words', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{ gateway: { $include: "./missing.json5" } }' });
    const report = await validateFiles(['openclaw.json5'], {
      cwd,
      env: {},
      engine: 'exact',
      engines: { runExactValidate: scripted({ valid: false, issues: [{ path: '<root>', message: `Failed to read include file: ./missing.json5 (resolved: ${cwd}/missing.json5)` }], warnings: [] }) },
    });
    expect(report.files[0]!.issues).toEqual([
      { severity: 'error', path: '<root>', message: 'Failed to read include file: ./missing.json5 (resolved: missing.json5)', file: 'openclaw.json5', line: 1, column: 24 },
    ]);
  });

  it('an unlocated <root> issue (nothing for our loader) falls back to the root file 1:1', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{}' });
    const report = await validateFiles(['openclaw.json5'], { cwd, env: {}, engine: 'exact', engines: { runExactValidate: scripted({ valid: false, issues: [{ path: '', message: 'something global' }], warnings: [] }) } });
    expect(report.files[0]!.issues).toEqual([{ severity: 'error', path: '<root>', message: 'something global', file: 'openclaw.json5', line: 1, column: 1 }]);
  });

  it('an invalid verdict without issues (file not found) still reports one', async () => {
    const cwd = caseDir({});
    const report = await validateFiles(['nope.json5'], { cwd, env: {}, engine: 'exact', engines: { runExactValidate: scripted({ valid: false, issues: [], warnings: [] }) } });
    expect(report.files[0]!.valid).toBe(false);
    expect(report.files[0]!.issues[0]!.message).toMatch(/^Config file not found: nope\.json5/);
  });

  it('env-mode error: OpenClaw\'s missing-variable warnings become our errors', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{ a: "${X}" }' });
    const report = await validateFiles(['openclaw.json5'], {
      cwd,
      env: {},
      envMode: 'error',
      engine: 'exact',
      engines: { runExactValidate: scripted({ valid: true, issues: [], warnings: [{ path: 'a', message: 'Missing env var "X" - feature using this value will be unavailable' }] }) },
    });
    expect(report.valid).toBe(false);
    expect(report.files[0]!.issues.map((i) => [i.severity, i.message.slice(0, 26)])).toEqual([['error', 'Missing env var "X" (unset']]);
  });

  it('runs at most `concurrency` OpenClaw processes at once', async () => {
    const cwd = caseDir({ 'a.json': '{}', 'b.json': '{}', 'c.json': '{}', 'd.json': '{}' });
    let running = 0;
    let peak = 0;
    const slow: ExactValidateFn = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return { valid: true, issues: [], warnings: [] };
    };
    const report = await validateFiles(['a.json', 'b.json', 'c.json', 'd.json'], { cwd, env: {}, engine: 'exact', concurrency: 2, engines: { runExactValidate: slow } });
    expect(report.files).toHaveLength(4);
    expect(peak).toBe(2);
  });

  it('an engine failure is an internal error, not a verdict', async () => {
    const cwd = caseDir({ 'openclaw.json5': '{}' });
    const broken: ExactValidateFn = async () => {
      throw new Error('openclaw 2026.1.0 is not installed');
    };
    await expect(validateFiles(['openclaw.json5'], { cwd, env: {}, engine: 'exact', engines: { runExactValidate: broken } })).rejects.toThrow('openclaw 2026.1.0 is not installed');
  });
});
