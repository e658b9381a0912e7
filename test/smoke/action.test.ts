/**
 * The action adapter: strict inputs (every cross-field rule, exact messages), the composite action.yml
 * (inputs only through env, every input wired, the bundle path the build produces), and run.ts end to end
 * against a fake gateway the way the runner calls it — INPUT_* env, temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files — asserting outputs, summary, report digest, the step's verdict, and that no token leaks.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';
import { getInputs, Input, parseExpect } from '../../src/actions/smoke-and-browser-test/inputs.js';
import { run } from '../../src/actions/smoke-and-browser-test/run.js';
import { verifyDigest } from '../../src/smoke/report.js';
import type { DigestedReport } from '../../src/smoke/types.js';
import { parseFileCommands } from '../helpers/runner.js';
import { recordingLogger } from '../fleet/helpers.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

let gw: FakeGateway;
let dir: string;
let inventory: string;
beforeAll(async () => {
  gw = await startFakeGateway({ port: 22952 });
  dir = mkdtempSync(join(tmpdir(), 'smoke-action-'));
  inventory = join(dir, 'inventory.yaml');
  writeFileSync(inventory, `instances:\n  - id: gw-1\n    url: ${gw.url}\n    tokenEnv: SMOKE_GW_1_TOKEN\n  - id: gw-2\n    url: ${gw.url}\n    tokenEnv: SMOKE_GW_1_TOKEN\n    zone: b\n`);
});
afterAll(async () => {
  await gw.stop();
});
beforeEach(() => {
  for (const k of Object.keys(gw.knobs)) delete gw.knobs[k as keyof typeof gw.knobs];
});

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'temp'), SMOKE_GW_1_TOKEN: gw.token, ...extra });

describe('getInputs', () => {
  it('defaults: all instances, browser found, 180 s budget, tokens registered', () => {
    const secrets = new SecretRegistry();
    const i = getInputs(reader({ inventory: 'inventory.yaml' }), env(), secrets);
    expect(i.targets.map((t) => t.id)).toEqual(['gw-1', 'gw-2']);
    expect(i.timeoutMs).toBe(180_000);
    expect(i.concurrency).toBe(4);
    expect(i.browser?.path).toBeTruthy();
    expect(i.failOn).toBe('failed');
    expect(i.chat).toBeUndefined();
    expect(secrets.has(gw.token)).toBe(true);
    expect(i.screenshotsDir.startsWith(join(dir, 'temp', 'clawfleet-smoke-'))).toBe(true);
    expect(i.reportFile.endsWith('smoke-report.json')).toBe(true);
  });

  it('selector, chat defaults, expect parsing, version pin from the repo', () => {
    writeFileSync(join(dir, '.openclaw-version'), '2026.9.6\n');
    try {
      const i = getInputs(reader({ inventory: 'inventory.yaml', instances: 'zone=b', browser: 'false', 'golden-prompt': 'ping', expect: '/pong/i' }), env(), new SecretRegistry());
      expect(i.targets.map((t) => t.id)).toEqual(['gw-2']);
      expect(i.browser).toBeUndefined();
      expect(i.chat).toEqual({ prompt: 'ping', expect: /pong/i, via: 'api', timeoutMs: 90_000, providerFailureLimit: 2 });
      const waitOut = getInputs(reader({ inventory: 'inventory.yaml', browser: 'false', 'golden-prompt': 'ping', 'chat-provider-failures': '0' }), env(), new SecretRegistry());
      expect(waitOut.chat?.providerFailureLimit).toBe(0);
      expect(i.expectedVersion).toEqual({ version: '2026.9.6', source: '.openclaw-version' });
    } finally {
      rmSync(join(dir, '.openclaw-version'));
    }
  });

  it.each([
    [{}, "The input 'inventory' is required but was empty. Fix: set it in the step's 'with:' block."],
    [{ inventory: 'inventory.yaml', browser: 'yes' }, "The value 'yes' is not valid for 'browser'. Valid values are: [true, false]."],
    [{ inventory: 'inventory.yaml', 'timeout-seconds': '5' }, "The value '5' is not valid for 'timeout-seconds'. Expected a whole number between 10 and 3600."],
    [{ inventory: 'inventory.yaml', expect: 'x' }, "'expect' checks the reply to 'golden-prompt'; set the prompt too."],
    [{ inventory: 'inventory.yaml', browser: 'false', 'chat-via': 'ui', 'golden-prompt': 'p' }, "'chat-via: ui' types the prompt into the Control UI and needs 'browser: true'; use 'api' without a browser."],
    [{ inventory: 'inventory.yaml', 'golden-prompt': 'p', expect: '/(/' }, /^The value '\/\(\/' is not valid for 'expect'\. It is not a valid regular expression/],
    [{ inventory: 'inventory.yaml', 'golden-prompt': 'p', expect: '/x/g' }, "The value '/x/g' is not valid for 'expect'. Flags after the closing / may only be i, m, s and u (e.g. /pong/i)."],
    [{ inventory: 'inventory.yaml', 'golden-prompt': 'p', 'chat-timeout-seconds': '200' }, "'chat-timeout-seconds' (200) must be below 'timeout-seconds' (180), the budget of the whole instance."],
    [{ inventory: 'inventory.yaml', 'golden-prompt': 'p', 'chat-provider-failures': '-1' }, "The value '-1' is not valid for 'chat-provider-failures'. Expected a whole number between 0 and 20."],
    [{ inventory: 'inventory.yaml', 'golden-prompt': 'p', 'chat-provider-failures': 'two' }, "The value 'two' is not valid for 'chat-provider-failures'. Expected a whole number between 0 and 20."],
    [{ inventory: 'inventory.yaml', 'fail-on': 'sometimes' }, "The value 'sometimes' is not valid for 'fail-on'. Valid values are: [failed, degraded, never]."],
    [{ inventory: 'inventory.yaml', browser: 'false', 'browser-path': '/usr/bin/chromium' }, "'browser-path' is set but 'browser' is false; remove one of them."],
    [{ inventory: 'inventory.yaml', 'browser-path': '/nope/chrome' }, "Input 'browser-path' is '/nope/chrome', which is not an executable file. Give the path of a Chrome or Chromium binary, or leave it empty to search."],
    [{ inventory: 'inventory.yaml', 'expected-version': 'latest' }, "Input 'expected-version' is 'latest', which is not an exact OpenClaw version. Expected a version such as 2026.9.6 (no ranges)."],
    [{ inventory: 'inventory.yaml', instances: 'gw-9' }, 'selector "gw-9": no instance has id gw-9'],
    [{ inventory: 'inventory.yaml', 'ignore-console-errors': 'ok\n(' }, /^The value '\(' is not valid for 'ignore-console-errors'\. Each line must be a regular expression/],
    [{ inventory: 'inventory.yaml', 'chat-agent': 'Main' }, "The value 'Main' is not valid for 'chat-agent'. Expected an agent id (lower-case letters, digits, _ and -)."],
  ])('%j → %s', (values, message) => {
    expect(() => getInputs(reader(values as Record<string, string>), env(), new SecretRegistry())).toThrow(message);
  });

  it('a missing token fails before anything is contacted, naming the variable (not a value)', () => {
    gw.httpPaths.length = 0;
    expect(() => getInputs(reader({ inventory: 'inventory.yaml' }), env({ SMOKE_GW_1_TOKEN: '' }), new SecretRegistry())).toThrow(
      'gateway token(s) not set: SMOKE_GW_1_TOKEN (empty) for gw-1, gw-2. Set these environment variables (e.g. from repository secrets) before running; nothing was contacted.',
    );
    expect(gw.httpPaths).toEqual([]);
  });

  it('no browser anywhere → the fix is in the message', () => {
    expect(() => getInputs(reader({ inventory: 'inventory.yaml' }), env({ CHROME_BIN: '/nope/chromium' }), new SecretRegistry())).toThrow(
      "CHROME_BIN is '/nope/chromium', which is not an executable file. Fix or unset CHROME_BIN, or set the 'browser-path' input.",
    );
  });

  it('parseExpect: bare patterns and /pattern/flags', () => {
    expect(parseExpect('PONG')).toEqual(/PONG/);
    expect(parseExpect('/a|b/im')).toEqual(/a|b/im);
    expect(parseExpect('/not closed')).toEqual(/\/not closed/);
  });
});

describe('action.yml (composite)', () => {
  const yml = parse(readFileSync('actions/smoke-and-browser-test/action.yml', 'utf8')) as {
    inputs: Record<string, { description?: string; default?: string }>;
    outputs: Record<string, { value: string; description?: string }>;
    runs: { using: string; steps: Array<{ id?: string; run?: string; env?: Record<string, string>; if?: string }> };
  };

  it('is composite; inputs reach scripts only through env, and every input is passed', () => {
    expect(yml.runs.using).toBe('composite');
    for (const step of yml.runs.steps) expect(step.run ?? '', 'no ${{ }} inside run:').not.toMatch(/\$\{\{/);
    const smoke = yml.runs.steps.find((s) => s.id === 'smoke')!;
    const passed = Object.entries(smoke.env ?? {}).map(([k, v]) => [k, v]);
    for (const name of Object.keys(yml.inputs)) {
      expect(passed, name).toContainEqual([`INPUT_${name.toUpperCase()}`, `\${{ inputs.${name} }}`]);
    }
    expect(Object.values(Input).sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  it('runs the bundle the build produces for src/actions/smoke-and-browser-test/main.ts', () => {
    const smoke = yml.runs.steps.find((s) => s.id === 'smoke')!;
    expect(smoke.run).toContain('node "$GITHUB_ACTION_PATH/../../dist/smoke-and-browser-test/index.js"');
    expect(readFileSync('src/actions/smoke-and-browser-test/main.ts', 'utf8')).toBe("import { run } from './run.js';\n\nvoid run();\n");
    const vendor = JSON.parse(readFileSync('src/actions/smoke-and-browser-test/vendor.json', 'utf8')) as { packages: Array<{ name: string }> };
    expect(vendor.packages.map((p) => p.name)).toEqual(['playwright-core']);
  });

  it('every output comes from the smoke step and has a description; defaults match getInputs', () => {
    for (const [name, o] of Object.entries(yml.outputs)) {
      expect(o.value).toBe(`\${{ steps.smoke.outputs.${name} }}`);
      expect(o.description).toBeTruthy();
    }
    expect(yml.inputs['timeout-seconds']?.default).toBe('180');
    expect(yml.inputs['concurrency']?.default).toBe('4');
    expect(yml.inputs['browser']?.default).toBe('true');
    expect(yml.inputs['fail-on']?.default).toBe('failed');
  });
});

// One pair of files for the whole file: @actions/core caches the summary path after its first write.
const files = mkdtempSync(join(tmpdir(), 'smoke-runner-'));

/** Runs run.ts like the runner: INPUT_* env, file commands in temp files (emptied before each run). */
async function runAction(inputs: Record<string, string>) {
  const out = join(files, 'output');
  const summary = join(files, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  mkdirSync(join(dir, 'temp'), { recursive: true });
  Object.assign(process.env, env(), { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary });
  process.exitCode = undefined;
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  const logger = recordingLogger();
  const secrets = new SecretRegistry();
  const report = await run({ logger, secrets });
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { report, outputs: parseFileCommands(readFileSync(out, 'utf8')), summary: readFileSync(summary, 'utf8'), logger, exitCode };
}

function assertNoToken(...texts: string[]) {
  for (const form of derivedForms(gw.token)) for (const t of texts) expect(t.includes(form), t.slice(0, 200)).toBe(false);
}

describe('run.ts as the runner runs it', () => {
  it('healthy fleet: outputs, digest, summary with one row per instance; the step passes', async () => {
    const r = await runAction({ inventory: 'inventory.yaml', browser: 'false', 'golden-prompt': 'Reply with PONG', expect: '/pong/i', 'expected-version': '2026.9.6' });
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs['result']).toBe('healthy');
    expect(r.outputs['failed-instances']).toBe('');
    expect(r.outputs['screenshots-dir']).toBe('');
    const file = r.outputs['report-file']!;
    const report = JSON.parse(readFileSync(file, 'utf8')) as DigestedReport;
    expect(verifyDigest(report)).toBe(true);
    expect(r.outputs['report-digest']).toBe(report.digest);
    expect(report.instances.map((i) => i.id)).toEqual(['gw-1', 'gw-2']);
    expect(r.summary).toContain('## Smoke test: ✅ healthy');
    expect(r.summary).toMatch(/\| gw-1 \| ✅ healthy \| 2026\.9\.6 \|/);
    expect(r.summary).toMatch(/\| gw-2 \| ✅ healthy \| 2026\.9\.6 \|/);
    expect(r.summary).toContain(`Report: \`${file}\` (${report.digest})`);
    assertNoToken(JSON.stringify(r.outputs), r.summary, readFileSync(file, 'utf8'), ...r.logger.lines);
  });

  it('a failed instance fails the step with the reason, sets failed-instances and annotates', async () => {
    gw.knobs.version = '2026.9.5';
    const r = await runAction({ inventory: 'inventory.yaml', instances: 'gw-1', browser: 'false', 'expected-version': '2026.9.6' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['result']).toBe('failed');
    expect(r.outputs['failed-instances']).toBe('gw-1');
    expect(r.logger.lines).toContain('error: gw-1 failed: version: runs OpenClaw 2026.9.5 (startupz, status, ui) but 2026.9.6 is pinned (input)');
    expect(r.summary).toContain('**gw-1** — ❌ failed');
    expect(r.report?.result).toBe('failed');
  });

  it('fail-on: never only reports; fail-on: degraded fails on a degraded instance', async () => {
    gw.knobs.eventLoopDegraded = true;
    const never = await runAction({ inventory: 'inventory.yaml', instances: 'gw-1', browser: 'false', 'fail-on': 'never' });
    expect(never.exitCode).toBeUndefined();
    expect(never.outputs['result']).toBe('degraded');
    expect(never.outputs['degraded-instances']).toBe('gw-1');
    const strict = await runAction({ inventory: 'inventory.yaml', instances: 'gw-1', browser: 'false', 'fail-on': 'degraded' });
    expect(strict.exitCode).toBe(1);
  });

  it('bad input: the step fails before any gateway is contacted and sets no outputs', async () => {
    gw.httpPaths.length = 0;
    const r = await runAction({ inventory: 'inventory.yaml', concurrency: 'many' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual({});
    expect(r.report).toBeUndefined();
    expect(gw.httpPaths).toEqual([]);
  });
});
