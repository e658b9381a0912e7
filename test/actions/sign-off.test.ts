/**
 * The sign-off action's adapter (src/actions/sign-off/run.ts): inputs of each mode, outputs, the job
 * summary, failure messages, and secrets — the GitHub token planted in any input or coming back in a
 * response never reaches an output, the summary, an error or a request to GitHub. GitHub is a fake
 * `request` whose every call is checked against GitHub's OpenAPI description.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getInputs, run, type SignoffContext } from '../../src/actions/sign-off/run.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { COMMENT_MARKER } from '../../src/github/port.js';
import { planLine } from '../../src/signoff/signoff.js';
import { assertCall, fakeGitHub, type Call, type Obj } from '../helpers/openapi.js';

const TOKEN = 'ghs_s1SignoffTestToken0123456789abcdefXYZ';
const D = 'sha256:' + 'c'.repeat(64);
const D2 = 'sha256:' + 'e'.repeat(64);
const reader = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const CTX: SignoffContext = { serverUrl: 'https://github.com', repo: { owner: 'acme', repo: 'fleet-config' }, runId: 4242, actor: 'dispatcher', sha: 'f'.repeat(40), payload: {} };

afterEach(() => {
  process.exitCode = undefined;
});

interface Result {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  failed: boolean;
  calls: Call[];
}

/** Runs the action with a fake GitHub; captures outputs, summary and everything printed. */
async function runSignoff(inputs: Record<string, string>, responses: Parameters<typeof fakeGitHub>[0] = {}, context: SignoffContext = CTX): Promise<Result> {
  const gh = fakeGitHub(responses);
  const outputs: Record<string, string> = {};
  let summary = '';
  const sink = {
    addRaw(text: string) {
      summary += text;
      return sink;
    },
    write: async () => undefined,
  };
  const chunks: string[] = [];
  const orig = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((c: string | Uint8Array) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
  try {
    await run({ read: reader({ 'github-token': TOKEN, ...inputs }), request: gh.request, context, secrets: new SecretRegistry(), setOutput: (n, v) => (outputs[n] = v), summary: sink });
  } finally {
    process.stdout.write = orig;
  }
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  for (const [route, params] of gh.calls) assertCall(route, params);
  return { outputs, summary, stdout: chunks.join(''), failed, calls: gh.calls };
}

/** No token anywhere a reader could see it. */
function expectNoToken(r: Result): void {
  expect(JSON.stringify(r.outputs)).not.toContain(TOKEN);
  expect(r.summary).not.toContain(TOKEN);
  expect(r.stdout).not.toContain(TOKEN);
  expect(JSON.stringify(r.calls)).not.toContain(TOKEN);
}

const approvals = (list: Obj[]) => () => ({ data: list });
const noMergedPr = () => ({ data: [] });
const CHECK = { mode: 'check', 'plan-digest': D, 'required-approvals': '1' };

describe('getInputs', () => {
  it('check: defaults, normalised digests, approvers', () => {
    const i = getInputs(reader({ 'github-token': 't', 'plan-digest': 'C'.repeat(64), approvers: 'Alice, acme/Release-Managers' }));
    expect(i).toMatchObject({ mode: 'check', planDigest: D, required: 1, sources: 'both', approvers: { users: ['alice'], teams: ['acme/release-managers'] } });
  });
  it.each([
    [{ mode: 'approve' }, "The value 'approve' is not valid for 'mode'. Valid values are: [check, deployment-start, deployment-finish, pr-comment]."],
    [{ 'github-token': '' }, "The input 'github-token' is required but was empty."],
    [{ 'plan-digest': '' }, "The input 'plan-digest' is required but was empty."],
    [{ 'plan-digest': 'sha256:abc' }, "The value 'sha256:abc' is not valid for 'plan-digest'. Expected sha256:<64 hex>"],
    [{ 'approved-plan-digest': 'yesterday' }, "The value 'yesterday' is not valid for 'approved-plan-digest'."],
    [{ 'required-approvals': '21' }, "The value '21' is not valid for 'required-approvals'."],
    [{ 'required-approvals': 'two' }, "The value 'two' is not valid for 'required-approvals'."],
    [{ approvers: 'alice; bob' }, "The value 'alice; bob' is not valid for 'approvers'."],
    [{ sources: 'slack' }, "The value 'slack' is not valid for 'sources'."],
    [{ 'environment-url': 'javascript:alert(1)' }, "The value 'javascript:alert(1)' is not valid for 'environment-url'. Expected an http(s) URL."],
    [{ mode: 'deployment-start', environment: 'production' }, "The input 'ref' is required but was empty."],
    [{ mode: 'deployment-start', ref: 'abc' }, "The input 'environment' is required but was empty."],
    [{ mode: 'deployment-start', ref: 'abc', environment: 'p', 'plan-digest': 'x' }, "The value 'x' is not valid for 'plan-digest'."],
    [{ mode: 'deployment-finish' }, "The input 'deployment-id' is required in mode deployment-finish. Fix: pass the deployment-id output of the deployment-start step."],
    [{ mode: 'deployment-finish', 'deployment-id': '0' }, "The value '0' is not valid for 'deployment-id'."],
    [{ mode: 'deployment-finish', 'deployment-id': '5', 'job-status': 'skipped' }, "The value 'skipped' is not valid for 'job-status'."],
    [{ mode: 'pr-comment' }, "The input 'reports-dir' is required but was empty."],
  ])('refuses %j', (over, message) => {
    expect(() => getInputs(reader({ 'github-token': 't', 'plan-digest': D, ...over }))).toThrow(message);
  });
});

describe('mode check', () => {
  it('passes with a bound approval: outputs the approvers and the signed-off digest, summary says so', async () => {
    const r = await runSignoff(CHECK, {
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': approvals([{ state: 'approved', comment: `LGTM\n${planLine(D)}`, user: { login: 'alice' }, environments: [{ name: 'production' }] }]),
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': noMergedPr,
    });
    expect(r.failed, r.stdout).toBe(false);
    expect(r.outputs).toEqual({ 'approved-by': 'alice', 'plan-digest': D });
    expect(r.summary).toContain('### Sign-off ✅');
    expect(r.summary).toContain('Sign-off OK: 1/1 approval');
    expect(r.calls.map((c) => c[0])).toEqual(['GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls']);
    expect(r.calls[0]![1]).toMatchObject({ run_id: 4242 });
    expect(r.calls[1]![1]).toMatchObject({ commit_sha: CTX.sha });
    expectNoToken(r);
  });

  it('fails before any write when nobody bound an approval to this plan; the digest output stays empty', async () => {
    const r = await runSignoff(CHECK, {
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': approvals([
        { state: 'approved', comment: 'ship it', user: { login: 'alice' }, environments: [{ name: 'production' }] },
        { state: 'approved', comment: planLine(D2), user: { login: 'bob_the_reviewer' }, environments: [{ name: 'production' }] },
        { state: 'approved', comment: planLine(D), user: { login: 'dispatcher' }, environments: [{ name: 'production' }] },
      ]),
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': noMergedPr,
    });
    expect(r.failed).toBe(true);
    expect(r.outputs).toEqual({ 'approved-by': '', 'plan-digest': '' });
    expect(r.stdout).toContain(`::error::sign-off failed: Sign-off missing: 0 of 1 required approval(s) bind to plan ${D}.`);
    expect(r.stdout).toContain('self-approval does not count');
    expect(r.stdout).toContain('Fix: an allowed reviewer approves the deployment (or the PR) with the line');
    expect(r.summary).toContain('### Sign-off ⛔');
    expect(r.summary).toContain('- bob\\_the\\_reviewer (environment): stale: approved sha256:eeeeeeeeeeee…, not the plan about to run');
    expect(r.summary).toContain('- alice (environment): no "clawfleet-plan: sha256:…" line');
    expectNoToken(r);
  });

  it('refuses when the plan about to run is not the one shown to reviewers', async () => {
    const r = await runSignoff({ ...CHECK, 'approved-plan-digest': D2 }, {
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': approvals([{ state: 'approved', comment: planLine(D), user: { login: 'alice' }, environments: [{ name: 'production' }] }]),
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': noMergedPr,
    });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain(`The plan changed since reviewers saw it: shown ${D2}, about to run ${D}. Nothing was written.`);
    expect(r.outputs['plan-digest']).toBe('');
  });

  it('a GitHub error (missing actions: read) fails the step with GitHub\'s message', async () => {
    const r = await runSignoff(CHECK, {
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('::error::sign-off failed: Resource not accessible by integration');
    expect(r.outputs).toEqual({});
  });

  it('the token pasted into an input is masked in the error that quotes it, and nothing is sent', async () => {
    const r = await runSignoff({ ...CHECK, 'plan-digest': TOKEN });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain("::error::sign-off failed: The value '***' is not valid for 'plan-digest'.");
    expect(r.calls).toHaveLength(0);
    expectNoToken(r);
    const r2 = await runSignoff({ ...CHECK, approvers: `alice,${TOKEN}` });
    expect(r2.failed).toBe(true);
    expect(r2.calls).toHaveLength(0);
    expectNoToken(r2);
  });
});

describe('modes deployment-start / deployment-finish', () => {
  const deployments = {
    'POST /repos/{owner}/{repo}/deployments': (p: Obj) => ({ status: 201, data: { id: 55, ref: p['ref'] } }),
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': () => ({ status: 201, data: { id: 1 } }),
  };

  it('start creates the deployment (plan digest in the payload) and an in_progress status linking the run', async () => {
    const r = await runSignoff({ mode: 'deployment-start', environment: 'production', ref: 'abc123', 'plan-digest': D, 'environment-url': 'https://status.example.com' }, deployments);
    expect(r.failed, r.stdout).toBe(false);
    expect(r.outputs).toEqual({ 'deployment-id': '55' });
    expect(r.calls[0]![1]).toMatchObject({ ref: 'abc123', environment: 'production', auto_merge: false, required_contexts: [], payload: { tool: 'clawfleet', planDigest: D } });
    expect(r.calls[1]![1]).toMatchObject({ deployment_id: 55, state: 'in_progress', log_url: 'https://github.com/acme/fleet-config/actions/runs/4242', environment_url: 'https://status.example.com' });
  });

  it.each([
    ['description', { description: `reason: ${TOKEN}` }, 'the deployment description'],
    ['environment-url', { 'environment-url': `https://x.example/?t=${TOKEN}` }, 'the environment URL'],
    ['ref', { ref: TOKEN }, 'the ref'],
  ])('start refuses a token planted in %s before any request', async (_n, over, what) => {
    const r = await runSignoff({ mode: 'deployment-start', environment: 'production', ref: 'abc', ...over }, deployments);
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain(`::error::sign-off failed: refusing to send ${what} to GitHub: it contains a secret`);
    expect(r.calls).toHaveLength(0);
    expect(r.outputs).toEqual({});
    expectNoToken(r);
  });

  it('GitHub not creating the deployment (202 merge / no id) fails with its message', async () => {
    const r = await runSignoff({ mode: 'deployment-start', environment: 'production', ref: 'abc' }, { 'POST /repos/{owner}/{repo}/deployments': () => ({ status: 202, data: { message: 'Auto-merged main into topic on deployment.' } }) });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('GitHub did not create the deployment (HTTP 202: Auto-merged main into topic on deployment.)');
    expect(r.outputs).toEqual({});
  });

  it.each([
    ['success', 'success'],
    ['failure', 'failure'],
    ['cancelled', 'error'],
  ])('finish with job-status %s sets the status %s', async (jobStatus, state) => {
    const r = await runSignoff({ mode: 'deployment-finish', 'deployment-id': '55', 'job-status': jobStatus }, deployments);
    expect(r.failed, r.stdout).toBe(false);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]![1]).toMatchObject({ deployment_id: 55, state, description: `clawfleet: ${jobStatus}`, auto_inactive: state === 'success' });
  });
});

describe('mode pr-comment', () => {
  const dir = (files: Record<string, unknown>): string => {
    const d = mkdtempSync(join(tmpdir(), 'clawfleet-reports-'));
    for (const [name, v] of Object.entries(files)) writeFileSync(join(d, name), JSON.stringify(v));
    return d;
  };
  const PR_CTX: SignoffContext = { ...CTX, payload: { pull_request: { number: 12, head: { sha: '9'.repeat(40) } } } };
  const comments = (html: string) => ({
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => ({ data: [] }),
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': () => ({ status: 201, data: { id: 3, html_url: html } }),
  });

  it('renders the reports into one marked comment on the PR and outputs its URL', async () => {
    const reports = dir({ 'validation.json': { valid: true, files: [] }, 'plan-production.json': { digest: D, counts: { update: 1, total: 2 }, instances: [{ id: 'gw-1', action: 'update', restart: 'none', changes: [{ path: 'ui.seamColor', class: 'hot' }] }] } });
    const r = await runSignoff({ mode: 'pr-comment', 'reports-dir': reports, 'validation-result': 'success' }, comments('https://github.com/acme/fleet-config/pull/12#issuecomment-3'), PR_CTX);
    expect(r.failed, r.stdout).toBe(false);
    expect(r.outputs).toEqual({ 'comment-url': 'https://github.com/acme/fleet-config/pull/12#issuecomment-3' });
    const post = r.calls.find((c) => c[0].startsWith('POST'))!;
    expect(post[1]['issue_number']).toBe(12);
    const body = String(post[1]['body']);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('### production — 1 of 2 instance(s) change');
    expect(body).toContain('Commit ` 999999999999 `');
  });

  it('needs a pull_request event', async () => {
    const r = await runSignoff({ mode: 'pr-comment', 'reports-dir': dir({}) });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('::error::sign-off failed: mode pr-comment needs a pull_request event (no pull request in this run).');
    expect(r.calls).toHaveLength(0);
  });

  it('never posts a report that carries the token; nothing is sent', async () => {
    const reports = dir({ 'validation.json': { valid: false, files: [{ file: 'x.json5', valid: false, issues: [{ file: 'x.json5', line: 1, path: 'p', message: `token ${TOKEN}` }] }] } });
    const r = await runSignoff({ mode: 'pr-comment', 'reports-dir': reports, 'validation-result': 'failure' }, comments('https://x'), PR_CTX);
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('refusing to send the pull-request comment (from validation.json) to GitHub: it contains a secret');
    expect(r.calls).toHaveLength(0);
    expectNoToken(r);
  });

  it('a secret coming back from GitHub is never set as an output', async () => {
    const r = await runSignoff({ mode: 'pr-comment', 'reports-dir': dir({}), 'validation-result': 'success' }, comments(`https://x/${TOKEN}`), PR_CTX);
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain("refusing to set output 'comment-url': its value contains a secret");
    expect(r.outputs).toEqual({});
    expect(r.stdout).not.toContain(TOKEN);
  });
});
