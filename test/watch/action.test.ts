/**
 * The fleet-watch action adapter: strict inputs (each bad value named with the input and the value), the
 * action.yml (every input parsed, node24 bundle path), and run.ts as the runner calls it — INPUT_* env,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against fake gateways with a directory state store.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInputs, Input, Output, run } from '../../src/actions/fleet-watch/run.js';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';
import { DirStore } from '../../src/deploy/store/dir.js';
import { readSamples, readWatchState } from '../../src/watch/history.js';
import type { GitHubRequest } from '../../src/github/port.js';
import type { WatchResult } from '../../src/watch/watch.js';
import { recordingLogger } from '../fleet/helpers.js';
import { parseFileCommands } from '../helpers/runner.js';
import type { FakeGateway } from '../smoke/fake-gateway.js';
import { startWatchFake } from './fakes.js';

let ok: FakeGateway;
let bad: FakeGateway;
let dir: string;
beforeAll(async () => {
  ok = await startWatchFake();
  bad = await startWatchFake({ notReady: ['agent-database:main'] });
  dir = mkdtempSync(join(tmpdir(), 'watch-action-'));
  writeFileSync(join(dir, 'inventory.yaml'), `instances:\n  - id: gw-ok\n    url: ${ok.url}\n    tokenEnv: WATCH_OK_TOKEN\n  - id: gw-bad\n    url: ${bad.url}\n    tokenEnv: WATCH_BAD_TOKEN\n    zone: b\n`);
});
afterAll(async () => {
  await Promise.all([ok?.stop(), bad?.stop()]);
});

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'temp'), GITHUB_REPOSITORY: 'acme/ops', WATCH_OK_TOKEN: ok.token, WATCH_BAD_TOKEN: bad.token, ...extra });
const base = { inventory: 'inventory.yaml', 'github-token': 'ghs_watchtoken123456' };

describe('getInputs', () => {
  it('defaults: every instance, git store, 30 days, debounce 3, alerts on, no browser, tokens registered', () => {
    const secrets = new SecretRegistry();
    const i = getInputs(reader(base), env(), secrets);
    expect(i.targets.map((t) => t.id)).toEqual(['gw-ok', 'gw-bad']);
    expect(i).toMatchObject({ environment: 'default', store: { kind: 'git', branch: 'clawfleet-state', remote: 'origin' }, retentionDays: 30, debounce: 3, recoverAfter: 1, remindAfterMs: 86_400_000, alerts: true, failOn: 'failed', timeoutMs: 60_000, concurrency: 8, pairDevices: true });
    expect(i.browser).toBeUndefined();
    expect(i.repository).toEqual({ owner: 'acme', repo: 'ops' });
    expect(i.inventoryIds).toEqual(['gw-ok', 'gw-bad']);
    expect(secrets.has(ok.token)).toBe(true);
    expect(secrets.has('ghs_watchtoken123456')).toBe(true);
  });

  it('parses a full set: selector, dir store, sample as a share, runbook, environment case', () => {
    const i = getInputs(
      reader({ ...base, instances: 'zone=b', environment: 'Production', 'state-store': 'dir', 'state-dir': 'state', 'retention-days': '3650', debounce: '1', 'runbook-url': 'https://example.com/rb', 'fail-on': 'degraded', 'recover-after': '3', 'remind-after-hours': '0', 'browser-sample': '25%', alerts: 'false', 'github-token': '' }),
      env(),
      new SecretRegistry(),
    );
    expect(i.targets.map((t) => t.id)).toEqual(['gw-bad']);
    expect(i.inventoryIds).toEqual(['gw-ok', 'gw-bad']); // the selection narrows the probes, not the inventory
    expect(i).toMatchObject({ environment: 'production', store: { kind: 'dir', path: 'state' }, retentionDays: 3650, debounce: 1, recoverAfter: 3, remindAfterMs: 0, runbookUrl: 'https://example.com/rb', failOn: 'degraded', alerts: false });
    expect(i.githubToken).toBeUndefined();
  });

  it.each([
    [{ 'retention-days': '0' }, "The value '0' is not valid for 'retention-days'. Expected a whole number between 1 and 3650."],
    [{ 'retention-days': '3651' }, "The value '3651' is not valid for 'retention-days'. Expected a whole number between 1 and 3650."],
    [{ 'retention-days': '30d' }, "The value '30d' is not valid for 'retention-days'."],
    [{ debounce: '0' }, "The value '0' is not valid for 'debounce'. Expected a whole number between 1 and 1000."],
    [{ debounce: 'three' }, "The value 'three' is not valid for 'debounce'."],
    [{ 'recover-after': '0' }, "The value '0' is not valid for 'recover-after'. Expected a whole number between 1 and 1000."],
    [{ 'remind-after-hours': '-1' }, "The value '-1' is not valid for 'remind-after-hours'. Expected a whole number between 0 and 8760."],
    [{ 'remind-after-hours': '1.5' }, "The value '1.5' is not valid for 'remind-after-hours'."],
    [{ alerts: 'yes' }, "The value 'yes' is not valid for 'alerts'. Valid values are: [true, false]."],
    [{ 'fail-on': 'warn' }, "The value 'warn' is not valid for 'fail-on'. Valid values are: [failed, degraded, never]."],
    [{ 'browser-sample': 'some' }, "The value 'some' is not valid for 'browser-sample'. Expected a number of instances (e.g. 2) or a share of them (e.g. 10% or 0.1)."],
    [{ 'browser-sample': '150%' }, "The value '150%' is not valid for 'browser-sample'."],
    [{ 'browser-sample': '-1' }, "The value '-1' is not valid for 'browser-sample'."],
    [{ 'timeout-seconds': '5' }, "The value '5' is not valid for 'timeout-seconds'. Expected a whole number between 10 and 3600."],
    [{ concurrency: '65' }, "The value '65' is not valid for 'concurrency'."],
    [{ 'state-store': 'branch' }, "The value 'branch' is not valid for 'state-store'. Valid values are: [git, dir, none]."],
    [{ 'state-store': 'dir' }, "The input 'state-dir' is required when state-store is 'dir'."],
    [{ 'state-branch': '--force' }, "The value '--force' is not valid for 'state-branch'."],
    [{ environment: 'prod env' }, "The value 'prod env' is not valid for 'environment'."],
    [{ 'runbook-url': 'runbooks/gw.md' }, "The value 'runbooks/gw.md' is not valid for 'runbook-url'. Expected an http(s) URL"],
    [{ 'runbook-url': 'javascript:alert(1)' }, "The value 'javascript:alert(1)' is not valid for 'runbook-url'. Expected an http(s) URL."],
    [{ 'runbook-url': 'https://u:p@example.com/rb' }, "The input 'runbook-url' holds credentials"],
    [{ 'github-token': '' }, "The input 'github-token' is empty but 'alerts' is true"],
    [{ 'browser-path': '/usr/bin/chromium' }, "'browser-path' is set but 'browser' is false; remove one of them."],
    [{ 'expected-version': '>=2026.9' }, "Input 'expected-version' is '>=2026.9', which is not an exact OpenClaw version."],
    [{ inventory: '' }, "The input 'inventory' is required but was empty."],
    [{ instances: 'gw-nope' }, 'selector "gw-nope": no instance has id gw-nope'],
  ])('refuses %j', (over, message) => {
    expect(() => getInputs(reader({ ...base, ...over }), env(), new SecretRegistry())).toThrow(message);
  });

  it('alerts need GITHUB_REPOSITORY (where the issues go)', () => {
    expect(() => getInputs(reader(base), { ...env(), GITHUB_REPOSITORY: '' }, new SecretRegistry())).toThrow("'alerts' is true but GITHUB_REPOSITORY (owner/repo, where the alert issues go) is not set.");
    expect(() => getInputs(reader(base), { ...env(), GITHUB_REPOSITORY: 'not a repo' }, new SecretRegistry())).toThrow("GITHUB_REPOSITORY (owner/repo, where the alert issues go) is 'not a repo'.");
    expect(getInputs(reader({ ...base, alerts: 'false' }), { ...env(), GITHUB_REPOSITORY: '' }, new SecretRegistry()).repository).toBeUndefined();
  });

  it('a missing token names the env var and the instance, never a value', () => {
    expect(() => getInputs(reader(base), { ...env(), WATCH_BAD_TOKEN: '' }, new SecretRegistry())).toThrow('gateway token(s) not set: WATCH_BAD_TOKEN (empty) for gw-bad.');
  });
});

describe('action.yml', () => {
  const yml = parse(readFileSync(join(__dirname, '../../actions/fleet-watch/action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { description: string }>; runs: { using: string; main: string } };
  it('declares exactly the inputs getInputs reads and the outputs run sets, runs the node24 bundle', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(yml.outputs).sort()).toEqual(Object.values(Output).sort());
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/fleet-watch/index.js' });
    expect(yml.inputs['github-token']!.default).toBe('${{ github.token }}');
    for (const [k, v] of Object.entries({ ...yml.inputs, ...yml.outputs })) expect(v.description, k).toBeTruthy();
  });
});

/** Runs run.ts like the runner: INPUT_* env, file commands in temp files. */
async function runAction(inputs: Record<string, string>, extra: Record<string, string> = {}, request?: GitHubRequest) {
  // One pair of files for the whole file: @actions/core caches the summary path after its first write.
  const files = join(dir, 'runner-files');
  mkdirSync(files, { recursive: true });
  const out = join(files, 'output');
  const summary = join(files, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const e = { ...env(extra), GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary };
  Object.assign(process.env, e);
  process.exitCode = undefined;
  const logger = recordingLogger();
  const secrets = new SecretRegistry();
  const result: WatchResult | undefined = await run({ read: reader(inputs), env: e, logger, secrets, now: () => new Date('2026-11-22T10:00:00.000Z'), ...(request ? { request } : {}) });
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { result, outputs: parseFileCommands(readFileSync(out, 'utf8')), summary: readFileSync(summary, 'utf8'), logger, exitCode };
}

function assertNoToken(...texts: string[]) {
  for (const tok of [ok.token, bad.token, 'ghs_watchtoken123456']) for (const form of derivedForms(tok)) for (const t of texts) expect(t.includes(form), t.slice(0, 200)).toBe(false);
}

describe('run.ts as the runner runs it', () => {
  it('a failed instance: outputs, report, summary table, history in the dir store, and the step fails naming it', async () => {
    const stateDir = join(dir, 'state-1');
    const r = await runAction({ ...base, environment: 'prod', 'state-store': 'dir', 'state-dir': stateDir, debounce: '1', alerts: 'false', 'expected-version': '2026.9.6' }, { GITHUB_RUN_ID: '777', GITHUB_RUN_ATTEMPT: '2', GITHUB_REPOSITORY: 'o/r' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'failed', healthy: '1', degraded: '0', failed: '1', 'failed-instances': 'gw-bad', 'degraded-instances': '', 'incidents-opened': '1', 'incidents-closed': '0', 'screenshots-dir': '' });
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as WatchResult;
    expect(report.tool).toBe('clawfleet/fleet-watch');
    expect(report.run).toBe('777-2');
    expect(report.rows.map((x) => x.instance)).toEqual(['gw-ok', 'gw-bad']);
    expect(r.summary).toContain('## Fleet watch — prod');
    expect(r.summary).toContain('**1 healthy, 0 degraded, 1 failed** of 2 instance(s)');
    expect(r.summary).toMatch(/\| gw-bad \| failed \| 40 \| 2026\.9\.6 \| — \| \d+ ms \|  \| readyz: not ready/);
    expect(r.summary).toContain('- opened for `gw-bad` (failed)');
    expect(r.logger.lines.some((l) => l.startsWith('error: gw-bad failed: readyz: not ready'))).toBe(true);
    const store = new DirStore(stateDir);
    expect((await readSamples(store, 'prod')).map((s) => [s.instance, s.status, s.run])).toEqual([
      ['gw-ok', 'healthy', '777-2'],
      ['gw-bad', 'failed', '777-2'],
    ]);
    expect((await readWatchState(store, 'prod'))?.instances['gw-bad']?.incident).toMatchObject({ issue: 0, status: 'failed' });
    assertNoToken(JSON.stringify(r.outputs), r.summary, readFileSync(r.outputs['report-json']!, 'utf8'), ...r.logger.lines);
  });

  it('fail-on never: the same failure is recorded but the step passes', async () => {
    const r = await runAction({ ...base, 'state-store': 'none', alerts: 'false', 'fail-on': 'never' });
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs['failed']).toBe('1');
  });

  it('alerts on: the failed instance gets one GitHub issue (through the injected Octokit request), the token never leaks', async () => {
    const calls: Array<{ route: string; params: Record<string, unknown> }> = [];
    const request: GitHubRequest = async (route, params) => {
      calls.push({ route, params });
      if (route === 'GET /repos/{owner}/{repo}/issues') return { status: 200, data: [] };
      if (route === 'GET /repos/{owner}/{repo}/labels/{name}') return { status: 200, data: { name: params['name'] } };
      if (route === 'POST /repos/{owner}/{repo}/labels') return { status: 201, data: { name: params['name'] } };
      if (route === 'POST /repos/{owner}/{repo}/issues') return { status: 201, data: { number: 31, html_url: 'https://github.com/acme/ops/issues/31', state: 'open', title: params['title'], labels: (params['labels'] as string[]).map((name) => ({ name })), body: params['body'] } };
      throw Object.assign(new Error(`unexpected ${route}`), { status: 500 });
    };
    const r = await runAction({ ...base, 'state-store': 'none', debounce: '1', 'runbook-url': 'https://example.com/runbook' }, {}, request);
    expect(r.exitCode).toBe(1);
    const created = calls.filter((c) => c.route === 'POST /repos/{owner}/{repo}/issues');
    expect(created, JSON.stringify({ routes: calls.map((c) => c.route), log: r.logger.lines.filter((l) => !l.startsWith('info')) })).toHaveLength(1);
    expect(created[0]!.params).toMatchObject({ owner: 'acme', repo: 'ops' });
    expect(String(created[0]!.params['title'])).toContain('gw-bad');
    expect(String(created[0]!.params['body'])).toContain('https://example.com/runbook');
    expect(r.outputs['incidents-opened']).toBe('1');
    expect(r.summary).toContain('- opened for `gw-bad` (failed) — [#31](https://github.com/acme/ops/issues/31)');
    assertNoToken(JSON.stringify(calls), r.summary, ...r.logger.lines);
  });

  it('a healthy selection passes with no GitHub call', async () => {
    const calls: string[] = [];
    const request: GitHubRequest = async (route) => {
      calls.push(route);
      return { status: 200, data: [] };
    };
    const r = await runAction({ ...base, instances: 'gw-ok', 'state-store': 'none' }, {}, request);
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({ result: 'healthy', healthy: '1', failed: '0', 'failed-instances': '', 'incidents-opened': '0' });
    expect(calls.filter((c) => !c.startsWith('GET '))).toEqual([]);
  });

  it('a bad input fails the step before anything is contacted or written', async () => {
    const stateDir = join(dir, 'state-bad');
    const calls = ok.rpcCalls.length;
    const r = await runAction({ ...base, 'state-store': 'dir', 'state-dir': stateDir, 'retention-days': '0' });
    expect(r.exitCode).toBe(1);
    expect(r.result).toBeUndefined();
    expect(r.outputs).toEqual({});
    expect(ok.rpcCalls.length).toBe(calls);
    expect(await readSamples(new DirStore(stateDir), 'default')).toEqual([]);
  });
});
