/**
 * The GitHub side of the fleet watch alerts (applyAlertActions, createAlertSink) against a fake GitHub
 * that keeps issues like GitHub does and answers with documented fields. Every call made is checked
 * against GitHub's OpenAPI description (test/helpers/openapi.ts), and so is every response field read.
 * Failure paths: rate limits (primary and secondary), 403 permissions, 410 issues disabled, 5xx, a create
 * whose response was lost, a 422 on one call, labels dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubPort } from '../../src/github/port.js';
import type { Logger } from '../../src/common/logger.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import {
  applyAlertActions,
  createAlertSink,
  defaultRunbookUrl,
  describeGitHubError,
  evaluateAlerts,
  incidentMarker,
  INCIDENT_LABEL,
  type ApplyOptions,
} from '../../src/watch/alerts.js';
import type { AlertAction, WatchSample, WatchState } from '../../src/watch/types.js';
import type { SmokeStatus } from '../../src/smoke/types.js';
import { assertCall, documentsStatus, httpError, responseFields, type Call, type Obj } from '../helpers/openapi.js';

const repo = { owner: 'acme', repo: 'fleet-config' };
const T0 = Date.parse('2026-11-22T00:00:00Z');
const STEP = 15 * 60_000;
const at = (i: number) => new Date(T0 + i * STEP).toISOString();
const RUNBOOK = 'https://github.com/acme/clawfleet/blob/v1.4.0/docs/runbook.md';
const RUN_URL = 'https://github.com/acme/fleet-config/actions/runs/77';

const ROUTES = {
  list: 'GET /repos/{owner}/{repo}/issues',
  get: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
  create: 'POST /repos/{owner}/{repo}/issues',
  comment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  patch: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  getLabel: 'GET /repos/{owner}/{repo}/labels/{name}',
  createLabel: 'POST /repos/{owner}/{repo}/labels',
} as const;
const LABEL_ROUTES: string[] = [ROUTES.getLabel, ROUTES.createLabel];

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: string[];
  pull_request?: Obj;
}

/**
 * A small GitHub: issues with numbers, labels, state and comments; list by label + state with pagination;
 * repository labels (an issue only gets labels that exist — the strict behaviour, so the explicit label
 * creation is what makes them stick); one-shot failures per route (`failNext`), optionally after the
 * effect (a response lost on the way back). `canLabel: false` drops every label of a new issue, as GitHub
 * does for a token without push access.
 */
function fakeGitHub(opts: { canLabel?: boolean; labels?: string[] } = {}) {
  const issues: FakeIssue[] = [];
  const labels = new Map<string, { color: string; description: string }>((opts.labels ?? []).map((l) => [l, { color: 'ededed', description: '' }]));
  const calls: Call[] = [];
  const failures: Array<{ route: string; error: Error; afterEffect?: boolean }> = [];
  const toApi = (i: FakeIssue) => ({
    number: i.number,
    html_url: `https://github.com/acme/fleet-config/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    ...(i.pull_request ? { pull_request: i.pull_request } : {}),
  });
  const find = (n: unknown) => issues.find((i) => i.number === n);
  const handle = (route: string, p: Obj): { status: number; data: unknown } => {
    switch (route) {
      case ROUTES.list: {
        const want = String(p['labels'] ?? '').split(',').filter(Boolean);
        const matching = issues.filter((i) => (p['state'] === 'all' || i.state === (p['state'] ?? 'open')) && want.every((l) => i.labels.includes(l)));
        const per = Number(p['per_page'] ?? 30);
        const page = Number(p['page'] ?? 1);
        return { status: 200, data: matching.slice((page - 1) * per, page * per).map(toApi) };
      }
      case ROUTES.get: {
        const i = find(p['issue_number']);
        if (!i) throw httpError(404, 'Not Found');
        return { status: 200, data: toApi(i) };
      }
      case ROUTES.create: {
        const i: FakeIssue = { number: issues.length + 1, title: String(p['title']), body: String(p['body'] ?? ''), state: 'open', state_reason: null, labels: opts.canLabel === false ? [] : ((p['labels'] as string[]) ?? []).filter((l) => labels.has(l)), comments: [] };
        issues.push(i);
        return { status: 201, data: toApi(i) };
      }
      case ROUTES.comment: {
        const i = find(p['issue_number']);
        if (!i) throw httpError(404, 'Not Found');
        i.comments.push(String(p['body']));
        return { status: 201, data: { id: 1000 + i.comments.length, html_url: `https://github.com/acme/fleet-config/issues/${i.number}#issuecomment-${i.comments.length}` } };
      }
      case ROUTES.patch: {
        const i = find(p['issue_number']);
        if (!i) throw httpError(404, 'Not Found');
        if (typeof p['title'] === 'string') i.title = p['title'];
        if (p['state'] === 'closed' || p['state'] === 'open') {
          i.state = p['state'];
          i.state_reason = (p['state_reason'] as string | undefined) ?? (p['state'] === 'closed' ? 'completed' : 'reopened');
        }
        return { status: 200, data: toApi(i) };
      }
      case ROUTES.getLabel: {
        const l = labels.get(String(p['name']));
        if (!l) throw httpError(404, 'Not Found');
        return { status: 200, data: { name: p['name'], ...l } };
      }
      case ROUTES.createLabel: {
        if (labels.has(String(p['name']))) throw httpError(422, 'Validation Failed: already_exists');
        labels.set(String(p['name']), { color: String(p['color']), description: String(p['description'] ?? '') });
        return { status: 201, data: { name: p['name'], color: p['color'], description: p['description'] } };
      }
      default:
        throw httpError(500, `unexpected ${route}`);
    }
  };
  const request = async (route: string, params: Record<string, unknown>) => {
    calls.push([route, params]);
    const f = failures.findIndex((x) => x.route === route);
    if (f >= 0) {
      const [failure] = failures.splice(f, 1);
      if (failure!.afterEffect) handle(route, params);
      throw failure!.error;
    }
    return handle(route, params);
  };
  return {
    issues,
    labels,
    calls,
    port: new GitHubPort(request, repo),
    failNext: (route: string, error: Error, afterEffect = false) => failures.push({ route, error, afterEffect }),
    /** A person closes an issue in the UI. */
    closeByHand: (n: number, reason: 'completed' | 'not_planned') => Object.assign(find(n)!, { state: 'closed', state_reason: reason }),
    routes: () => calls.map((c) => c[0]),
    reset: () => calls.splice(0),
  };
}

type Fake = ReturnType<typeof fakeGitHub>;

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
  return { logger, lines, warnings: () => lines.filter((l) => l.startsWith('warning: ')) };
}

function sample(instance: string, status: SmokeStatus, i: number, extra: Partial<WatchSample> = {}): WatchSample {
  return { at: at(i), run: `run-${i}`, instance, status, score: status === 'healthy' ? 100 : status === 'degraded' ? 80 : 0, version: '2026.9.6', expectedVersion: '2026.9.6', configVersion: 12, configHash: 'a'.repeat(64), latencyMs: 42, reasons: status === 'healthy' ? [] : ['readyz: not ready (/readyz 503)'], ...extra };
}

/** One watch run through the real path: evaluate, then apply against the fake. */
async function run(gh: Fake, state: WatchState | undefined, samples: WatchSample[], i: number, extra: Partial<ApplyOptions> & { debounce?: number; inventory?: string[]; remindAfterMs?: number } = {}) {
  const { debounce, inventory, remindAfterMs, ...apply } = extra;
  const ev = evaluateAlerts(state, samples, { now: at(i), ...(debounce !== undefined ? { debounce } : {}), ...(inventory ? { inventory } : {}), ...(remindAfterMs !== undefined ? { remindAfterMs } : {}) });
  const log = recordingLogger();
  const r = await applyAlertActions(gh.port, ev.actions, ev.state, { environment: 'production', runUrl: RUN_URL, runbookUrl: RUNBOOK, debounce: debounce ?? 3, secrets: new SecretRegistry(), logger: log.logger, now: at(i), writeSpacingMs: 0, ...apply });
  return { ...r, planned: ev.actions, log };
}

/** Every call made matches GitHub's description; and the response fields alerts.ts reads are documented. */
function checkAgainstOpenApi(gh: Fake): void {
  expect(gh.calls.length).toBeGreaterThan(0);
  for (const [route, params] of gh.calls) assertCall(route, params);
}

let current: Fake | undefined;
afterEach(() => {
  if (current) checkAgainstOpenApi(current);
  current = undefined;
});
const github = (opts?: { canLabel?: boolean; labels?: string[] }) => (current = fakeGitHub(opts));

describe('the response fields read are documented', () => {
  it('list/get/create/update issue and create comment', () => {
    for (const f of ['number', 'html_url', 'title', 'state', 'state_reason', 'body', 'labels', 'pull_request']) {
      expect(responseFields(ROUTES.list)).toContain(f);
      expect(responseFields(ROUTES.get)).toContain(f);
      expect(responseFields(ROUTES.create, '201')).toContain(f);
      expect(responseFields(ROUTES.patch)).toContain(f);
    }
    expect(responseFields(ROUTES.comment, '201')).toContain('html_url');
    for (const [route, status] of [[ROUTES.create, 403], [ROUTES.create, 410], [ROUTES.get, 404], [ROUTES.get, 410], [ROUTES.patch, 403], [ROUTES.getLabel, 404], [ROUTES.createLabel, 422]] as const) expect(documentsStatus(route, status), `${route} ${status}`).toBe(true);
  });

  it('the OpenAPI check catches a bad query enum and a bad state_reason', () => {
    expect(() => assertCall(ROUTES.list, { ...repo, state: 'opened' })).toThrow();
    expect(() => assertCall(ROUTES.patch, { ...repo, issue_number: 1, state: 'closed', state_reason: 'resolved' })).toThrow();
    expect(() => assertCall(ROUTES.create, { ...repo, body: 'no title' })).toThrow();
  });
});

describe('incident lifecycle on GitHub', () => {
  it('opens one issue with the evidence, escalates it, then closes it on recovery', async () => {
    const gh = github();
    let state: WatchState | undefined;
    const actions: AlertAction[] = [];
    const series: SmokeStatus[] = ['healthy', 'degraded', 'degraded', 'degraded', 'degraded', 'failed', 'failed', 'healthy', 'healthy'];
    for (const [i, s] of series.entries()) {
      const extra = s === 'failed' ? { version: '2026.9.5', expectedConfigVersion: 13, reasons: ['readyz: not ready (/readyz 503)', 'version: 2026.9.5 | expected 2026.9.6', 'ping @octocat see #12'] } : {};
      const r = await run(gh, state, [sample('gw-1', s, i, extra), sample('gw-2', 'healthy', i)], i);
      state = r.state;
      actions.push(...r.actions);
    }
    expect(actions.map((a) => `${a.kind}:${a.instance}:#${a.issue}:${a.status}:${a.reason}`)).toEqual(['opened:gw-1:#1:degraded:opened', 'updated:gw-1:#1:failed:escalated', 'closed:gw-1:#1:healthy:recovered']);
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    expect(issue).toMatchObject({ title: 'clawfleet: production/gw-1 is failed', state: 'closed', state_reason: 'completed', labels: [INCIDENT_LABEL, 'env:production'] });
    expect(issue.body.startsWith(incidentMarker('production', 'gw-1'))).toBe(true);
    for (const s of ['is degraded', 'Health score | 80 / 100', '`2026.9.6` (pinned `2026.9.6` ✅)', 'v12 (hash `aaaaaaaaaaaaaaaa`)', '`readyz: not ready (/readyz 503)`', '| time (UTC) | status | score | version | config | latency |', '| 2026-11-22 00:45:00 | 🟠 degraded | 80 | 2026.9.6 | v12 | 42 ms |', `${RUNBOOK}#degraded`, `[run](${RUN_URL})`, '3 consecutive bad probe(s), the first at 2026-11-22T00:15:00.000Z (an incident opens after 3)']) expect(issue.body).toContain(s);
    expect(issue.comments).toHaveLength(2);
    expect(issue.comments[0]).toContain('Escalated: now **failed**');
    expect(issue.comments[0]).toContain('`2026.9.5` — **pinned `2026.9.6`** ⚠');
    expect(issue.comments[0]).toContain('| Config version | v12 (hash `aaaaaaaaaaaaaaaa`) — **expected v13** ⚠ |');
    expect(issue.comments[0]).toContain("`version: 2026.9.5 | expected 2026.9.6`"); // pipes cannot break a table here: it is a list
    expect(issue.comments[0]).toContain('`ping @octocat see #12`'); // inside code: no mention, no link
    expect(issue.comments[1]).toContain('Recovered: production/gw-1 is healthy');
    expect(issue.comments[1]).toContain('the incident lasted 1 h.');
    expect(state!.instances['gw-1']).toMatchObject({ lastIncident: { issue: 1, issueState: 'closed', resolution: 'recovered', url: 'https://github.com/acme/fleet-config/issues/1' } });
    expect(state!.instances['gw-1']!.incident).toBeUndefined();
    // Steady runs read one list and write nothing; runs with nothing open make no call at all.
    const perRun = gh.calls.map((c) => c[0]);
    expect(perRun.filter((r) => r === ROUTES.create)).toHaveLength(1);
    expect(gh.calls.find((c) => c[0] === ROUTES.list)![1]).toMatchObject({ state: 'open', labels: INCIDENT_LABEL, per_page: 100 });
  });

  it('a healthy fleet with nothing open makes no GitHub call', async () => {
    const gh = github();
    const r = await run(gh, undefined, [sample('gw-1', 'healthy', 0)], 0);
    expect(r.actions).toEqual([]);
    expect(gh.calls).toEqual([]);
    current = undefined; // nothing to check against OpenAPI
  });

  it('a reminder is a comment at most once per remindAfterMs', async () => {
    const gh = github();
    let state: WatchState | undefined;
    for (let i = 0; i < 12; i++) state = (await run(gh, state, [sample('gw-1', 'failed', i)], i, { remindAfterMs: 4 * STEP })).state;
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.comments.map((c) => c.split('\n')[0])).toEqual(['### 🔴 Still failed after 1 h', '### 🔴 Still failed after 2 h']);
  });

  it('removed from the inventory: the issue is closed with a note and the instance forgotten', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 })).state;
    const r = await run(gh, state, [sample('gw-2', 'healthy', 1)], 1, { inventory: ['gw-2'] });
    state = r.state;
    expect(r.actions).toEqual([{ kind: 'closed', instance: 'gw-1', issue: 1, url: 'https://github.com/acme/fleet-config/issues/1', status: 'healthy', reason: 'removed' }]);
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.issues[0]!.comments.at(-1)).toContain('Closing: gw-1 is no longer in the inventory of production');
    expect(Object.keys(state.instances)).toEqual(['gw-2']);
  });

  it('write spacing: one pause between two writes, none before the first', async () => {
    const gh = github();
    const pauses: number[] = [];
    await run(gh, undefined, [sample('a', 'failed', 0), sample('b', 'failed', 0), sample('c', 'failed', 0)], 0, { debounce: 1, writeSpacingMs: 1000, sleep: async (ms) => void pauses.push(ms) });
    expect(gh.issues).toHaveLength(3);
    expect(pauses).toEqual([1000, 1000, 1000, 1000]); // 2 labels + 3 issues = 5 writes
  });
});

describe('no duplicate issues', () => {
  it('a lost state.json: the open issue carrying the marker is adopted (comment), not duplicated; a pull request with the marker is ignored', async () => {
    const gh = github();
    await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 });
    gh.issues.unshift({ number: 99, title: 'forged', body: incidentMarker('production', 'gw-1'), state: 'open', state_reason: null, labels: [INCIDENT_LABEL], comments: [], pull_request: { url: 'x' } });
    const r = await run(gh, undefined, [sample('gw-1', 'failed', 1)], 1, { debounce: 1 });
    expect(gh.issues.filter((i) => !i.pull_request)).toHaveLength(1);
    expect(r.actions).toEqual([{ kind: 'opened', instance: 'gw-1', issue: 1, url: 'https://github.com/acme/fleet-config/issues/1', status: 'failed', reason: 'adopted' }]);
    expect(r.state.instances['gw-1']!.incident).toMatchObject({ issue: 1, url: 'https://github.com/acme/fleet-config/issues/1' });
    expect(r.state.instances['gw-1']!.incident!.pending).toBeUndefined();
    expect(gh.issues.find((i) => i.number === 1)!.comments[0]).toContain('a new incident was detected; continuing here');
    expect(gh.routes().filter((r) => r === ROUTES.patch)).toEqual([]); // the title already says failed
  });

  it('an adopted issue whose title says degraded is retitled when the new incident is failed', async () => {
    const gh = github();
    await run(gh, undefined, [sample('gw-1', 'degraded', 0)], 0, { debounce: 1 });
    const r = await run(gh, undefined, [sample('gw-1', 'failed', 1)], 1, { debounce: 1 });
    expect(r.actions[0]).toMatchObject({ reason: 'adopted', issue: 1, status: 'failed' });
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.title).toBe('clawfleet: production/gw-1 is failed');
  });

  it('the marker of another instance or environment does not match', async () => {
    const gh = github();
    gh.issues.push({ number: 1, title: 't', body: `${incidentMarker('staging', 'gw-1')}\n${incidentMarker('production', 'gw-10')}`, state: 'open', state_reason: null, labels: [INCIDENT_LABEL], comments: [] });
    await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.issues).toHaveLength(2);
    expect(gh.issues[1]!.title).toBe('clawfleet: production/gw-1 is failed');
  });

  it('two issues for one incident (runs that raced): the one in the state is kept, the other closed as a duplicate', async () => {
    const gh = github();
    const state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.issues.push({ number: 2, title: 'clawfleet: production/gw-1 is failed', body: incidentMarker('production', 'gw-1'), state: 'open', state_reason: null, labels: [INCIDENT_LABEL], comments: [] });
    const r = await run(gh, state, [sample('gw-1', 'failed', 1)], 1, { debounce: 1 });
    expect(r.state.instances['gw-1']!.incident!.issue).toBe(1);
    expect(gh.issues.map((i) => `${i.number}:${i.state}:${i.state_reason}`)).toEqual(['1:open:null', '2:closed:duplicate']);
    expect(gh.issues[1]!.comments).toEqual(['Duplicate of #1: the fleet watch follows this incident there.']);
    gh.reset();
    await run(gh, r.state, [sample('gw-1', 'failed', 2)], 2, { debounce: 1 });
    expect(gh.routes()).toEqual([ROUTES.list]);
  });

  it('a create whose response was lost (502 after GitHub created it): the next run adopts it', async () => {
    const gh = github();
    gh.failNext(ROUTES.create, httpError(502, 'Bad Gateway'), true);
    const r1 = await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 });
    expect(r1.actions).toEqual([expect.objectContaining({ kind: 'opened', issue: 0, pending: true, error: expect.stringContaining('GitHub is unavailable while trying to open an issue for production/gw-1 (HTTP 502: Bad Gateway)') })]);
    expect(r1.state.instances['gw-1']!.incident).toMatchObject({ issue: 0, pending: 'open' });
    expect(r1.log.warnings()).toHaveLength(1);
    const r2 = await run(gh, r1.state, [sample('gw-1', 'failed', 1)], 1, { debounce: 1 });
    expect(gh.issues).toHaveLength(1);
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'opened', issue: 1, reason: 'adopted' })]);
    expect(r2.state.instances['gw-1']!.incident).toMatchObject({ issue: 1, openedAt: at(0) });
  });

  it('two runs sharing a stale state (concurrent): the second adopts the first one\'s issue', async () => {
    const gh = github();
    const base = evaluateAlerts(undefined, [sample('gw-1', 'failed', 0)], { now: at(0), debounce: 1 });
    const opts = { environment: 'production', secrets: new SecretRegistry(), now: at(0), writeSpacingMs: 0 };
    await applyAlertActions(gh.port, base.actions, base.state, opts);
    const second = await applyAlertActions(gh.port, base.actions, base.state, opts);
    expect(gh.issues).toHaveLength(1);
    expect(second.actions[0]).toMatchObject({ reason: 'adopted', issue: 1 });
  });

  it('a recovery while the open was still owed closes an issue that GitHub did create', async () => {
    const gh = github();
    gh.failNext(ROUTES.create, httpError(504, 'Gateway Timeout'), true);
    const r1 = await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 });
    const r2 = await run(gh, r1.state, [sample('gw-1', 'healthy', 1)], 1, { debounce: 1 });
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'closed', issue: 1, reason: 'recovered' })]);
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });

  it('a recovery when the owed open never reached GitHub sends nothing but the list', async () => {
    const gh = github();
    gh.failNext(ROUTES.create, httpError(500, 'Internal Server Error'));
    const r1 = await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 });
    gh.reset();
    const r2 = await run(gh, r1.state, [sample('gw-1', 'healthy', 1)], 1, { debounce: 1 });
    expect(gh.routes()).toEqual([ROUTES.list]);
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'closed', issue: 0 })]);
    expect(r2.state.instances['gw-1']!.lastIncident!.issueState).toBe('closed');
  });
});

describe('an issue a person closed', () => {
  it('closed as completed while still failing: the incident ends (no comment); a new one opens after a fresh debounce', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 2 })).state;
    state = (await run(gh, state, [sample('gw-1', 'failed', 1)], 1, { debounce: 2 })).state;
    expect(gh.issues).toHaveLength(1);
    gh.closeByHand(1, 'completed');
    const r = await run(gh, state, [sample('gw-1', 'failed', 2)], 2, { debounce: 2 });
    expect(r.actions).toEqual([{ kind: 'closed', instance: 'gw-1', issue: 1, url: 'https://github.com/acme/fleet-config/issues/1', status: 'failed', reason: 'closed-on-github' }]);
    expect(r.state.instances['gw-1']).toMatchObject({ consecutiveBad: 0, lastIncident: { resolution: 'closed-on-github', issueState: 'closed' } });
    expect(gh.issues[0]!.comments).toEqual([]);
    expect(gh.issues[0]!.state_reason).toBe('completed');
    state = r.state;
    state = (await run(gh, state, [sample('gw-1', 'failed', 3)], 3, { debounce: 2 })).state;
    expect(gh.issues).toHaveLength(1);
    state = (await run(gh, state, [sample('gw-1', 'failed', 4)], 4, { debounce: 2 })).state;
    expect(gh.issues).toHaveLength(2);
    expect(state.instances['gw-1']!.incident).toMatchObject({ issue: 2, openedAt: at(4) });
  });

  it('closed as not planned: muted until healthy again', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.closeByHand(1, 'not_planned');
    for (let i = 1; i < 6; i++) state = (await run(gh, state, [sample('gw-1', 'failed', i)], i, { debounce: 1 })).state;
    expect(gh.issues).toHaveLength(1);
    expect(state.instances['gw-1']!.mutedUntilHealthy).toBe(true);
    state = (await run(gh, state, [sample('gw-1', 'healthy', 6)], 6, { debounce: 1 })).state;
    state = (await run(gh, state, [sample('gw-1', 'failed', 7)], 7, { debounce: 1 })).state;
    expect(gh.issues).toHaveLength(2);
  });

  it('closed by a person, then the instance recovers: no second close, no comment', async () => {
    const gh = github();
    const state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.closeByHand(1, 'completed');
    gh.reset();
    const r = await run(gh, state, [sample('gw-1', 'healthy', 1)], 1, { debounce: 1 });
    expect(gh.routes()).toEqual([ROUTES.list, ROUTES.get]);
    expect(gh.issues[0]!.comments).toEqual([]);
    expect(r.state.instances['gw-1']!.lastIncident).toMatchObject({ issueState: 'closed' });
  });

  it('a deleted issue (404) ends the incident like a close', async () => {
    const gh = github();
    const state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.issues.splice(0);
    const r = await run(gh, state, [sample('gw-1', 'failed', 1)], 1, { debounce: 1 });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'closed', reason: 'closed-on-github', issue: 1 })]);
    expect(r.log.lines.join('\n')).toContain('issue #1 was deleted or moved');
  });

  it('an open issue whose label a person removed is still used (not treated as closed)', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1, remindAfterMs: STEP })).state;
    gh.issues[0]!.labels = [];
    state = (await run(gh, state, [sample('gw-1', 'failed', 1)], 1, { debounce: 1, remindAfterMs: STEP })).state;
    expect(state.instances['gw-1']!.incident).toMatchObject({ issue: 1 });
    expect(gh.issues[0]!.comments).toHaveLength(1);
    const r = await run(gh, state, [sample('gw-1', 'healthy', 2)], 2, { debounce: 1 });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'closed', issue: 1, reason: 'recovered' })]);
    expect(gh.issues[0]!.state).toBe('closed');
  });
});

describe('secrets never reach GitHub', () => {
  it('a token planted in a reason, the version and the run id is redacted in the issue, comments and title', async () => {
    const gh = github();
    const token = 'sk-ant-api03-PLANTEDSECRET0123456789';
    const secrets = new SecretRegistry();
    secrets.add(token);
    const leaky = (i: number, s: SmokeStatus) => sample('gw-1', s, i, { reasons: [`auth failed with ${token}`, `b64 ${Buffer.from(token).toString('base64')}`], version: token, run: `r-${encodeURIComponent(token)}` });
    let state: WatchState | undefined;
    for (const [i, s] of (['degraded', 'failed', 'healthy'] as SmokeStatus[]).entries()) state = (await run(gh, state, [leaky(i, s)], i, { debounce: 1, secrets })).state;
    const sent = JSON.stringify(gh.calls);
    expect(secrets.containsSecret(sent)).toBe(false);
    expect(sent).not.toContain('PLANTEDSECRET');
    expect(gh.issues[0]!.body).toContain('auth failed with ***');
    expect(gh.issues[0]!.comments).toHaveLength(2);
  });

  it('a GitHub error message echoing a token is redacted in the warning and the outcome', async () => {
    const gh = github();
    const token = 'ghp_PLANTEDSECRETabcdefghijklmnop';
    const secrets = new SecretRegistry();
    secrets.add(token);
    gh.failNext(ROUTES.create, httpError(422, `Validation Failed: body contains ${token}`));
    const r = await run(gh, undefined, [sample('gw-1', 'failed', 0)], 0, { debounce: 1, secrets });
    expect(JSON.stringify(r.actions) + r.log.lines.join('\n')).not.toContain('PLANTEDSECRET');
    expect(r.actions[0]!.error).toBe('GitHub could not open an issue for production/gw-1 (HTTP 422: Validation Failed: body contains ***). Retried on the next run.');
  });
});

describe('GitHub errors: a warning, the write stays owed, the next run retries, nothing is lost or doubled', () => {
  it.each([
    ['primary rate limit (403, x-ratelimit-remaining 0)', httpError(403, 'API rate limit exceeded for installation ID 1.', { 'x-ratelimit-remaining': '0' }), 'GitHub rate limit hit while trying to open an issue for production/a'],
    ['secondary rate limit (403 + retry-after)', httpError(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '60' }), 'GitHub rate limit hit'],
    ['429', httpError(429, 'Too Many Requests'), 'GitHub rate limit hit'],
    ['403 permissions', httpError(403, 'Resource not accessible by integration'), "GitHub refused to open an issue for production/a (HTTP 403: Resource not accessible by integration). Give the watch job 'permissions: issues: write'."],
    ['401', httpError(401, 'Bad credentials'), 'GitHub rejected the token'],
    ['410 issues disabled', httpError(410, 'Issues are disabled for this repo'), 'Issues are disabled in the repository (HTTP 410 while trying to open an issue for production/a). Enable Issues in the repository settings, or turn alerts off.'],
    ['503', httpError(503, 'Service Unavailable'), 'GitHub is unavailable while trying to open an issue for production/a (HTTP 503: Service Unavailable)'],
    ['a network error', new Error('getaddrinfo EAI_AGAIN api.github.com'), 'GitHub is unavailable while trying to open an issue for production/a (getaddrinfo EAI_AGAIN api.github.com)'],
  ])('%s on the first create stops this run; the next run opens both, once', async (_name, error, message) => {
    const gh = github();
    gh.failNext(ROUTES.create, error);
    const r1 = await run(gh, undefined, [sample('a', 'failed', 0), sample('b', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.routes().filter((r) => !LABEL_ROUTES.includes(r))).toEqual([ROUTES.list, ROUTES.create]); // no call after an error that would repeat
    expect(gh.routes().at(-1)).toBe(ROUTES.create);
    expect(r1.actions.map((a) => `${a.instance}:${a.kind}:${a.pending}`)).toEqual(['a:opened:true', 'b:opened:true']);
    expect(r1.log.warnings()).toEqual([expect.stringContaining(message)]);
    expect(r1.state.instances['a']!.incident).toMatchObject({ issue: 0, pending: 'open' });
    const r2 = await run(gh, r1.state, [sample('a', 'failed', 1), sample('b', 'failed', 1)], 1, { debounce: 1 });
    expect(r2.actions.map((a) => `${a.instance}:${a.kind}:#${a.issue}:${a.reason}`)).toEqual(['a:opened:#1:retry', 'b:opened:#2:retry']);
    expect(gh.issues.map((i) => i.title)).toEqual(['clawfleet: production/a is failed', 'clawfleet: production/b is failed']);
    expect(r2.state.instances['a']!.incident).toMatchObject({ openedAt: at(0) }); // the incident's start is kept
  });

  it('the list failing: every planned write is owed, nothing else is called', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.reset();
    gh.failNext(ROUTES.list, httpError(500, 'Server Error'));
    const r = await run(gh, state, [sample('a', 'healthy', 1), sample('b', 'failed', 1)], 1, { debounce: 1 });
    expect(gh.routes()).toEqual([ROUTES.list]);
    expect(r.actions.map((a) => `${a.instance}:${a.kind}:${a.pending}`)).toEqual(['a:closed:true', 'b:opened:true']);
    state = r.state;
    const r2 = await run(gh, state, [sample('a', 'healthy', 2), sample('b', 'failed', 2)], 2, { debounce: 1 });
    expect(r2.actions.map((a) => `${a.instance}:${a.kind}:#${a.issue}`)).toEqual(['a:closed:#1', 'b:opened:#2']);
    expect(gh.issues.map((i) => `${i.number}:${i.state}`)).toEqual(['1:closed', '2:open']);
  });

  it('a failed close is retried next run; the recovery note is not posted twice', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.failNext(ROUTES.patch, httpError(502, 'Bad Gateway'));
    const r1 = await run(gh, state, [sample('a', 'healthy', 1)], 1, { debounce: 1 });
    expect(r1.actions).toEqual([expect.objectContaining({ kind: 'closed', issue: 1, pending: true })]);
    expect(r1.state.instances['a']!.lastIncident!.issueState).toBeUndefined();
    state = r1.state;
    const r2 = await run(gh, state, [sample('a', 'healthy', 2)], 2, { debounce: 1 });
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'closed', issue: 1, reason: 'recovered' })]);
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.issues[0]!.comments.filter((c) => c.includes('Recovered'))).toHaveLength(1);
    gh.reset();
    await run(gh, r2.state, [sample('a', 'healthy', 3)], 3, { debounce: 1 });
    expect(gh.calls).toEqual([]);
    current = undefined;
  });

  it('a failed escalation comment is retried next run, and only then is updatedAt moved', async () => {
    const gh = github();
    let state = (await run(gh, undefined, [sample('a', 'degraded', 0)], 0, { debounce: 1 })).state;
    gh.failNext(ROUTES.comment, httpError(503, 'Service Unavailable'));
    const r1 = await run(gh, state, [sample('a', 'failed', 1)], 1, { debounce: 1 });
    expect(r1.actions).toEqual([expect.objectContaining({ kind: 'updated', pending: true, issue: 1 })]);
    expect(r1.state.instances['a']!.incident).toMatchObject({ pending: 'escalated', updatedAt: at(0) });
    state = r1.state;
    const r2 = await run(gh, state, [sample('a', 'failed', 2)], 2, { debounce: 1 });
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'updated', reason: 'escalated', issue: 1 })]);
    expect(r2.state.instances['a']!.incident).toMatchObject({ updatedAt: at(2) });
    expect(r2.state.instances['a']!.incident!.pending).toBeUndefined();
    expect(gh.issues[0]!.comments.filter((c) => c.includes('Escalated'))).toHaveLength(1);
  });

  it('a 422 on one instance does not stop the others', async () => {
    const gh = github();
    gh.failNext(ROUTES.create, httpError(422, 'Validation Failed'));
    const r = await run(gh, undefined, [sample('a', 'failed', 0), sample('b', 'failed', 0)], 0, { debounce: 1 });
    expect(r.actions.map((a) => `${a.instance}:${a.pending ?? false}`)).toEqual(['a:true', 'b:false']);
    expect(gh.issues.map((i) => i.title)).toEqual(['clawfleet: production/b is failed']);
  });

  it('reading a possibly closed issue fails: the incident is kept and the rest goes on', async () => {
    const gh = github();
    const state = (await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 })).state;
    gh.issues[0]!.labels = [];
    gh.failNext(ROUTES.get, httpError(500, 'boom'));
    const r = await run(gh, state, [sample('a', 'failed', 1)], 1, { debounce: 1 });
    expect(r.state.instances['a']!.incident).toMatchObject({ issue: 1 });
    expect(r.log.warnings()).toEqual([expect.stringContaining('read issue #1')]);
  });

  it('a storm: at most max-new-issues new issues per run, the rest the next run', async () => {
    const gh = github();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const r1 = await run(gh, undefined, ids.map((id) => sample(id, 'failed', 0)), 0, { debounce: 1, maxNewIssues: 2 });
    expect(gh.issues).toHaveLength(2);
    expect(r1.actions.filter((a) => a.pending).map((a) => a.error)).toEqual(Array(3).fill('more than 2 new incident(s) in one run: opened next run (max-new-issues)'));
    const r2 = await run(gh, r1.state, ids.map((id) => sample(id, 'failed', 1)), 1, { debounce: 1, maxNewIssues: 2 });
    const r3 = await run(gh, r2.state, ids.map((id) => sample(id, 'failed', 2)), 2, { debounce: 1, maxNewIssues: 2 });
    expect(gh.issues.map((i) => i.title.split('/')[1])).toEqual(['a is failed', 'b is failed', 'c is failed', 'd is failed', 'e is failed']);
    expect(Object.values(r3.state.instances).every((s) => s.incident && !s.incident.pending)).toBe(true);
  });

  it('labels GitHub dropped (no push access): one warning that says why it matters', async () => {
    const gh = github({ canLabel: false });
    const r = await run(gh, undefined, [sample('a', 'failed', 0), sample('b', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.issues).toHaveLength(2);
    expect(r.log.warnings()).toEqual([expect.stringContaining("GitHub dropped the 'clawfleet-incident' label of issue #1")]);
  });
});

describe('labels', () => {
  it('a fresh repository: both labels are created (colour, description) before the first issue, once per run', async () => {
    const gh = github();
    const r = await run(gh, undefined, [sample('a', 'failed', 0), sample('b', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.routes()).toEqual([ROUTES.list, ROUTES.getLabel, ROUTES.createLabel, ROUTES.getLabel, ROUTES.createLabel, ROUTES.create, ROUTES.create]);
    expect(Object.fromEntries(gh.labels)).toEqual({
      'clawfleet-incident': { color: 'b60205', description: 'A fleet watch incident: opened, updated and closed by clawfleet' },
      'env:production': { color: '1d76db', description: 'clawfleet environment production' },
    });
    expect(gh.issues.every((i) => i.labels.join() === 'clawfleet-incident,env:production')).toBe(true);
    expect(r.log.lines).toContain("info: Alert: created the label 'clawfleet-incident'.");
  });

  it('existing labels are only read; runs without a new issue do not touch labels', async () => {
    const gh = github({ labels: ['clawfleet-incident', 'env:production'] });
    let state = (await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 })).state;
    expect(gh.routes()).toEqual([ROUTES.list, ROUTES.getLabel, ROUTES.getLabel, ROUTES.create]);
    gh.reset();
    state = (await run(gh, state, [sample('a', 'healthy', 1)], 1, { debounce: 1 })).state;
    expect(gh.routes()).toEqual([ROUTES.list, ROUTES.patch, ROUTES.comment]);
  });

  it('a label created by a concurrent run meanwhile (422 already_exists) is fine', async () => {
    const gh = github();
    gh.failNext(ROUTES.createLabel, httpError(422, 'Validation Failed'), true);
    const r = await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 });
    expect(r.log.warnings()).toEqual([]);
    expect(gh.issues[0]!.labels).toEqual(['clawfleet-incident', 'env:production']);
  });

  it('a token that may not create labels (403): a warning that says why it matters, the issue is still opened', async () => {
    const gh = github();
    gh.failNext(ROUTES.createLabel, httpError(403, 'Resource not accessible by integration'));
    const r = await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.issues).toHaveLength(1);
    expect(r.state.instances['a']!.incident).toMatchObject({ issue: 1 });
    expect(r.log.warnings()).toEqual([
      "warning: Alert: could not create the label 'clawfleet-incident' (HTTP 403). Create it by hand, or give the watch job 'permissions: issues: write': without it the duplicate check cannot find the issue.",
      expect.stringContaining("GitHub dropped the 'clawfleet-incident' label of issue #1"),
    ]);
  });

  it('GitHub down while checking a label: the open is owed, no issue is created, the next run opens it', async () => {
    const gh = github();
    gh.failNext(ROUTES.getLabel, httpError(503, 'Service Unavailable'));
    const r1 = await run(gh, undefined, [sample('a', 'failed', 0)], 0, { debounce: 1 });
    expect(gh.issues).toEqual([]);
    expect(r1.actions).toEqual([expect.objectContaining({ kind: 'opened', pending: true, error: expect.stringContaining("GitHub is unavailable while trying to create the label 'clawfleet-incident'") })]);
    const r2 = await run(gh, r1.state, [sample('a', 'failed', 1)], 1, { debounce: 1 });
    expect(r2.actions).toEqual([expect.objectContaining({ kind: 'opened', issue: 1 })]);
  });
});

describe('createAlertSink', () => {
  it('without a port (alerts off): incidents tracked with issue 0, no call', async () => {
    const sink = createAlertSink({ secrets: new SecretRegistry() });
    let state: WatchState | undefined;
    const seen: AlertAction[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await sink.evaluate(state, [sample('a', 'failed', i)], new Date(at(i)), { environment: 'production', debounce: 3 });
      state = r.state;
      seen.push(...r.actions);
    }
    expect(seen).toEqual([{ kind: 'opened', instance: 'a', issue: 0, status: 'failed', reason: 'opened' }]);
  });

  it('with a port: the real thing, options passed through; dry run: logs, sends nothing, keeps the writes owed', async () => {
    const gh = github();
    const log = recordingLogger();
    const dry = createAlertSink({ port: gh.port, secrets: new SecretRegistry(), logger: log.logger, dryRun: true });
    const d = await dry.evaluate(undefined, [sample('a', 'failed', 0)], new Date(at(0)), { environment: 'production', debounce: 1 });
    expect(gh.calls).toEqual([]);
    expect(log.lines).toEqual(['info: Alert (dry run): would open the incident of production/a (failed).']);
    expect(d.actions).toEqual([{ kind: 'opened', instance: 'a', issue: 0, status: 'failed', reason: 'opened' }]);
    expect(d.state.instances['a']!.incident!.pending).toBe('open');
    const real = createAlertSink({ port: gh.port, secrets: new SecretRegistry(), writeSpacingMs: 0 });
    const r = await real.evaluate(d.state, [sample('a', 'failed', 1)], new Date(at(1)), { environment: 'production', debounce: 1, runbookUrl: RUNBOOK, runUrl: RUN_URL });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'opened', issue: 1 })]);
    expect(gh.issues[0]!.body).toContain(`${RUNBOOK}#failed`);
  });
});

describe('helpers', () => {
  it('defaultRunbookUrl', () => {
    expect(defaultRunbookUrl({ repository: 'acme/clawfleet', ref: 'v1.4.0' })).toBe('https://github.com/acme/clawfleet/blob/v1.4.0/docs/runbook.md');
    expect(defaultRunbookUrl({ serverUrl: 'https://ghe.example.com/', repository: 'ops/clawfleet' })).toBe('https://ghe.example.com/ops/clawfleet/blob/main/docs/runbook.md');
    expect(defaultRunbookUrl({})).toBeUndefined();
    expect(defaultRunbookUrl({ repository: 'not a repo' })).toBeUndefined();
  });

  it('incidentMarker keeps the HTML comment well-formed whatever the id', () => {
    expect(incidentMarker('production', 'gw-1')).toBe('<!-- clawfleet:incident:production:gw-1 -->');
    expect(incidentMarker('prod', 'x -->y')).toBe('<!-- clawfleet:incident:prod:x%20--%3Ey -->');
  });

  it('describeGitHubError: non-repeating 4xx do not stop the run', () => {
    const s = new SecretRegistry();
    expect(describeGitHubError(httpError(422, 'x'), 'do it', s).stop).toBe(false);
    expect(describeGitHubError(httpError(404, 'x'), 'do it', s).stop).toBe(false);
    expect(describeGitHubError(httpError(403, 'x'), 'do it', s).stop).toBe(true);
  });
});
