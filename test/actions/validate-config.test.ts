/**
 * The bundled validate-config action, run as the runner runs it (node dist/validate-config/index.js with
 * INPUT_* env and temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), plus its strict input parsing.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getInputs } from '../../src/actions/validate-config/inputs.js';
import { runAction } from '../helpers/runner.js';

const BUNDLE = 'dist/validate-config/index.js';
let ws: string;

function write(rel: string, text: string): void {
  const p = join(ws, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'vc-ws-'));
  write('good/openclaw.json5', '// a valid config\n{\n  gateway: { mode: "local", port: 18789 },\n}\n');
  write('bad/openclaw.json5', '{\n  gateway: { $include: "./gw.json5" },\n}\n');
  write('bad/gw.json5', '{\n  mode: "local",\n  port: "not-a-number",\n}\n');
  write('parse/openclaw.json5', '{\n  gateway: { $include: "./broken.json5" },\n}\n');
  write('parse/broken.json5', '{\n  mode: "local",\n  port: ,\n}\n');
  // a value that would be a workflow command if printed raw (WS-09)
  write('inject/openclaw.json5', '{\n  gateway: { mode: "local" },\n  "::add-mask::oops": 1,\n}\n');
  write('lint/openclaw.json5', '{\n  gateway: { mode: "local", auth: { mode: "token", token: "a-literal-gateway-token-123456" } },\n}\n');
});

const run = (inputs: Record<string, string>) => runAction(BUNDLE, { inputs, cwd: ws, env: { GITHUB_WORKSPACE: ws } });

describe('validate-config action (bundled)', () => {
  it('passes a valid config and sets the outputs', async () => {
    const r = await run({ files: 'good/openclaw.json5' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '0' });
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report).toMatchObject({ valid: true, engine: 'fast', files: [{ file: 'good/openclaw.json5', valid: true }] });
    expect(r.summary).toContain('OpenClaw would accept every file');
  });

  it('fails on a type error in an included file and annotates that file and line', async () => {
    const r = await run({ files: 'bad/openclaw.json5' });
    expect(r.code).toBe(1);
    expect(r.outputs['valid']).toBe('false');
    expect(Number(r.outputs['error-count'])).toBeGreaterThanOrEqual(1);
    const err = r.commands.find((c) => c.command === 'error' && c.props['file'] === 'bad/gw.json5');
    expect(err, r.stdout).toBeDefined();
    expect(err!.props['line']).toBe('3');
    expect(err!.message).toContain('gateway.port');
    expect(r.commands.some((c) => c.command === 'error' && c.message.startsWith('validate-config failed:'))).toBe(true);
    expect(r.summary).toContain('bad/gw.json5:3:');
  });

  it('names the included file, line and column of a parse error', async () => {
    const r = await run({ files: 'parse/openclaw.json5' });
    expect(r.code).toBe(1);
    const err = r.commands.find((c) => c.command === 'error' && c.props['file'] === 'parse/broken.json5');
    expect(err, r.stdout).toBeDefined();
    expect(err!.props['line']).toBe('3');
  });

  it('expands globs and validates every match', async () => {
    const r = await run({ files: '*/openclaw.json5', mode: 'warn' });
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.files.map((f: { file: string }) => f.file).sort()).toEqual(['bad/openclaw.json5', 'good/openclaw.json5', 'inject/openclaw.json5', 'lint/openclaw.json5', 'parse/openclaw.json5']);
    // mode warn: findings are warnings and the step passes
    expect(r.code).toBe(0);
    expect(r.outputs['valid']).toBe('false');
    expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(r.commands.some((c) => c.command === 'warning' && c.props['file'] === 'bad/gw.json5')).toBe(true);
  });

  it('never lets config text act as a workflow command', async () => {
    const r = await run({ files: 'inject/openclaw.json5' });
    expect(r.code).toBe(1);
    expect(r.commands.some((c) => c.command === 'add-mask')).toBe(false);
    expect(r.stdout).toMatch(/::add-mask::oops/); // shown, inside an escaped annotation, not executed
    expect(r.stdout.split('\n').some((l) => l.startsWith('::add-mask::'))).toBe(false);
  });

  it('reports lint findings beside the verdict and fails only at severity error', async () => {
    const r1 = await run({ files: 'lint/openclaw.json5' });
    expect(r1.outputs['valid']).toBe('true');
    expect(r1.code).toBe(1);
    expect(r1.commands.some((c) => c.command === 'error' && c.message.includes('[plaintext-secret]'))).toBe(true);
    expect(r1.stdout).not.toContain('a-literal-gateway-token-123456');
    expect(r1.summary).not.toContain('a-literal-gateway-token-123456');
    const r2 = await run({ files: 'lint/openclaw.json5', lint: 'plaintext-secret=warning' });
    expect(r2.code).toBe(0);
    expect(r2.commands.some((c) => c.command === 'warning' && c.message.includes('[plaintext-secret]'))).toBe(true);
  });

  it('fails before validating when an input is bad, naming the input and value', async () => {
    const r = await run({ files: 'good/openclaw.json5', engine: 'fastest' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("The value 'fastest' is not valid for 'engine'");
    expect(r.outputs).toEqual({});
  });
});

describe('validate-config getInputs', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('parses defaults', () => {
    const i = getInputs(reader({ files: 'good/openclaw.json5' }), ws);
    expect(i).toMatchObject({ files: ['good/openclaw.json5'], engine: 'fast', mode: 'fail', envMode: 'warn', lintSeverity: {} });
  });
  it.each([
    [{ files: '' }, "The input 'files' is required"],
    [{ files: 'nomatch/*.json5' }, "The value 'nomatch/*.json5' is not valid for 'files'. The pattern matched no file"],
    [{ files: 'a.json5', mode: 'warning' }, "The value 'warning' is not valid for 'mode'"],
    [{ files: 'a.json5', 'env-mode': 'strict' }, "The value 'strict' is not valid for 'env-mode'"],
    [{ files: 'a.json5', lint: 'plaintext-secret=fatal' }, "Expected 'rule=error|warning|off'"],
    [{ files: 'a.json5', lint: 'no-such-rule=off' }, "Unknown rule 'no-such-rule'"],
    [{ files: 'a.json5', 'openclaw-version': 'latest' }, "The value 'latest' is not valid for 'openclaw-version'"],
  ])('rejects %j', (values, message) => {
    expect(() => getInputs(reader(values), ws)).toThrow(message);
  });
  it('parses lint severities and de-duplicates files', () => {
    const i = getInputs(reader({ files: 'good/openclaw.json5\ngood/openclaw.json5', lint: 'plaintext-secret=off, env-in-non-string=error' }), ws);
    expect(i.files).toEqual(['good/openclaw.json5']);
    expect(i.lintSeverity).toEqual({ 'plaintext-secret': 'off', 'env-in-non-string': 'error' });
  });
});
