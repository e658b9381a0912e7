/**
 * The alert state machine (evaluateAlerts) and the no-GitHub settlement (trackAlertActions): debounce,
 * flapping, escalation, reminders, recovery, removed instances, owed writes, muting. Pure: no I/O.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAlerts, formatDuration, renderCloseComment, renderIncidentBody, trackAlertActions, DEFAULT_REMIND_AFTER_MS, type EvaluateOptions } from '../../src/watch/alerts.js';
import type { PlannedAlert, WatchSample, WatchState } from '../../src/watch/types.js';
import type { SmokeStatus } from '../../src/smoke/types.js';

const T0 = Date.parse('2026-11-22T00:00:00Z');
const STEP = 15 * 60_000;
const at = (i: number) => new Date(T0 + i * STEP).toISOString();

function sample(instance: string, status: SmokeStatus, i: number, extra: Partial<WatchSample> = {}): WatchSample {
  return { at: at(i), run: `run-${i}`, instance, status, score: status === 'healthy' ? 100 : status === 'degraded' ? 80 : 0, ...extra };
}

/** Runs one evaluation per probe index, settling each like a successful GitHub apply (issue 10+n). */
function runSeries(statuses: SmokeStatus[], opts: Partial<EvaluateOptions> = {}, instance = 'gw-1'): { state: WatchState | undefined; log: Array<{ i: number; actions: PlannedAlert[] }> } {
  let state: WatchState | undefined;
  const log: Array<{ i: number; actions: PlannedAlert[] }> = [];
  let issue = 10;
  statuses.forEach((s, i) => {
    const r = evaluateAlerts(state, [sample(instance, s, i)], { now: at(i), ...opts });
    state = settle(r.state, r.actions, at(i), () => issue++);
    log.push({ i, actions: r.actions });
  });
  return { state, log };
}

/** What a successful apply does to the state (an issue per open, pending cleared, closes done). */
function settle(state: WatchState, actions: PlannedAlert[], now: string, nextIssue: () => number): WatchState {
  const s = structuredClone(state);
  for (const a of actions) {
    const st = s.instances[a.instance];
    if (!st) continue;
    if (a.kind === 'close') {
      if (st.lastIncident) st.lastIncident.issueState = 'closed';
      if (a.reason === 'removed') delete s.instances[a.instance];
    } else if (st.incident) {
      if (a.kind === 'open') st.incident.issue = nextIssue();
      delete st.incident.pending;
      st.incident.updatedAt = now;
    }
  }
  return s;
}

const kinds = (log: Array<{ i: number; actions: PlannedAlert[] }>) => log.flatMap(({ i, actions }) => actions.map((a) => `${i}:${a.kind}${a.kind === 'update' || a.kind === 'close' ? `:${a.reason}` : `:${a.status}`}`));

describe('debounce', () => {
  it('N=3: the third consecutive bad probe opens the incident, not before', () => {
    const { state, log } = runSeries(['healthy', 'failed', 'failed', 'failed', 'failed']);
    expect(kinds(log)).toEqual(['3:open:failed']);
    expect(state!.instances['gw-1']).toMatchObject({ consecutiveBad: 4, lastStatus: 'failed', incident: { issue: 10, openedAt: at(3), status: 'failed' } });
  });

  it('N=1: the first bad probe opens it', () => {
    const { log } = runSeries(['healthy', 'degraded'], { debounce: 1 });
    expect(kinds(log)).toEqual(['1:open:degraded']);
  });

  it('the default is 3', () => {
    expect(kinds(runSeries(['failed', 'failed']).log)).toEqual([]);
    expect(kinds(runSeries(['failed', 'failed', 'failed']).log)).toEqual(['2:open:failed']);
  });

  it('a flapping instance (bad, good, bad …) never opens one below N, and a healthy probe resets the count', () => {
    const flap: SmokeStatus[] = Array.from({ length: 39 }, (_, i) => (i % 3 === 2 ? 'healthy' : 'failed')); // bad, bad, good … good
    const { state, log } = runSeries(flap);
    expect(kinds(log)).toEqual([]);
    expect(state!.instances['gw-1']!.consecutiveBad).toBe(0);
    expect(kinds(runSeries([...flap, 'failed', 'failed', 'failed']).log)).toEqual(['41:open:failed']);
  });

  it('degraded and failed both count as bad; the incident opens with the worst status of the streak', () => {
    const { log, state } = runSeries(['failed', 'degraded', 'degraded']);
    expect(kinds(log)).toEqual(['2:open:failed']);
    expect(state!.instances['gw-1']!.incident!.status).toBe('failed');
  });

  it('instances are independent', () => {
    const r = evaluateAlerts(undefined, [sample('a', 'failed', 0), sample('b', 'healthy', 0)], { now: at(0), debounce: 1 });
    expect(r.actions.map((a) => `${a.instance}:${a.kind}`)).toEqual(['a:open']);
    expect(Object.keys(r.state.instances).sort()).toEqual(['a', 'b']);
  });
});

describe('escalation and reminders', () => {
  it('degraded → failed is an escalation (one update); failed → degraded is not news', () => {
    const { log, state } = runSeries(['degraded', 'degraded', 'degraded', 'degraded', 'failed', 'failed', 'degraded', 'failed']);
    expect(kinds(log)).toEqual(['2:open:degraded', '4:update:escalated']);
    expect(state!.instances['gw-1']!.incident!.status).toBe('failed');
  });

  it('an escalation while the open is still owed changes what is opened instead of planning an update', () => {
    let r = evaluateAlerts(undefined, [sample('gw-1', 'degraded', 0)], { now: at(0), debounce: 1 });
    expect(r.actions[0]).toMatchObject({ kind: 'open', status: 'degraded', retry: false });
    // the apply failed: state keeps pending 'open'
    r = evaluateAlerts(r.state, [sample('gw-1', 'failed', 1)], { now: at(1), debounce: 1 });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'open', status: 'failed', retry: true, openedAt: at(0) })]);
  });

  it('reminds at most once per remindAfterMs (default 24 h), not every run', () => {
    const day = DEFAULT_REMIND_AFTER_MS / STEP; // 96 probes
    const series: SmokeStatus[] = Array.from({ length: 3 + 2 * day + 5 }, () => 'failed');
    const { log } = runSeries(series);
    // opened at probe 2 (updatedAt = its time); reminders exactly 24 h and 48 h later
    expect(kinds(log)).toEqual(['2:open:failed', `${2 + day}:update:reminder`, `${2 + 2 * day}:update:reminder`]);
  });

  it('a custom reminder interval, and 0 turns reminders off', () => {
    expect(kinds(runSeries(Array(10).fill('failed'), { remindAfterMs: 2 * STEP }).log)).toEqual(['2:open:failed', '4:update:reminder', '6:update:reminder', '8:update:reminder']);
    expect(kinds(runSeries(Array(200).fill('failed'), { remindAfterMs: 0 }).log)).toEqual(['2:open:failed']);
  });

  it('a reminder that could not be posted is planned again on the next run (not lost, not doubled)', () => {
    let state = runSeries(Array(3).fill('failed'), { remindAfterMs: STEP }).state!;
    let r = evaluateAlerts(state, [sample('gw-1', 'failed', 3)], { now: at(3), remindAfterMs: STEP });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'update', reason: 'reminder', retry: false })]);
    state = r.state; // not settled: GitHub failed
    r = evaluateAlerts(state, [sample('gw-1', 'failed', 4)], { now: at(4), remindAfterMs: STEP });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'update', reason: 'reminder', retry: true })]);
  });
});

describe('recovery', () => {
  it('the first healthy probe closes the incident by default', () => {
    const { log, state } = runSeries(['failed', 'failed', 'failed', 'failed', 'healthy', 'healthy']);
    expect(kinds(log)).toEqual(['2:open:failed', '4:close:recovered']);
    const st = state!.instances['gw-1']!;
    expect(st.incident).toBeUndefined();
    expect(st.lastIncident).toMatchObject({ issue: 10, openedAt: at(2), closedAt: at(4), status: 'failed', resolution: 'recovered', issueState: 'closed' });
    expect(st.lastIncident).not.toHaveProperty('pending');
    expect(st.consecutiveBad).toBe(0);
  });

  it('recoverAfter=2: one healthy probe between bad ones keeps the same incident open', () => {
    const { log } = runSeries(['failed', 'failed', 'failed', 'healthy', 'failed', 'healthy', 'healthy', 'healthy'], { recoverAfter: 2 });
    expect(kinds(log)).toEqual(['2:open:failed', '6:close:recovered']);
  });

  it('a new incident after recovery needs a new debounce and gets a new issue', () => {
    const { log, state } = runSeries(['failed', 'failed', 'failed', 'healthy', 'failed', 'failed', 'degraded']);
    expect(kinds(log)).toEqual(['2:open:failed', '3:close:recovered', '6:open:failed']);
    expect(state!.instances['gw-1']!.incident!.issue).toBe(11);
  });

  it('keeps the last probes (bounded) as evidence', () => {
    const { state } = runSeries(Array(30).fill('failed'), { recentProbes: 5 });
    const recent = state!.instances['gw-1']!.recent!;
    expect(recent.map((p) => p.at)).toEqual([25, 26, 27, 28, 29].map(at));
    expect(recent[0]).toEqual({ at: at(25), run: 'run-25', status: 'failed', score: 0 });
  });

  it('a healthy instance without an incident keeps only its last probe (the "last good" row of a future issue)', () => {
    const { state } = runSeries(['failed', 'healthy', 'healthy', 'healthy', 'failed', 'failed']);
    expect(state!.instances['gw-1']!.recent!.map((p) => `${p.at}:${p.status}`)).toEqual([`${at(3)}:healthy`, `${at(4)}:failed`, `${at(5)}:failed`]);
    const open = runSeries(['failed', 'failed', 'failed', 'healthy', 'failed'], { recoverAfter: 2 }).state!;
    expect(open.instances['gw-1']!.recent).toHaveLength(5); // while an incident is open every probe is evidence
  });
});

describe('removed instances', () => {
  it('an open incident of an instance no longer in the inventory is closed with reason "removed", then the instance is forgotten', () => {
    const prev = runSeries(['failed', 'failed', 'failed']).state!;
    const r = evaluateAlerts(prev, [sample('gw-2', 'healthy', 3)], { now: at(3), inventory: ['gw-2'] });
    expect(r.actions).toEqual([{ kind: 'close', instance: 'gw-1', openedAt: at(2), reason: 'removed', retry: false }]);
    expect(r.state.instances['gw-1']!.lastIncident).toMatchObject({ resolution: 'removed', closedAt: at(3), issue: 10 });
    const settled = settle(r.state, r.actions, at(3), () => 0);
    expect(Object.keys(settled.instances)).toEqual(['gw-2']);
  });

  it('a close that could not be sent is retried for a removed instance, which is kept until it is', () => {
    const prev = runSeries(['failed', 'failed', 'failed']).state!;
    const first = evaluateAlerts(prev, [], { now: at(3), inventory: [] });
    const again = evaluateAlerts(first.state, [], { now: at(4), inventory: [] });
    expect(again.actions).toEqual([{ kind: 'close', instance: 'gw-1', openedAt: at(2), reason: 'removed', retry: true }]);
    expect(again.state.instances['gw-1']).toBeDefined();
  });

  it('an instance without an incident is simply forgotten', () => {
    const prev = runSeries(['failed']).state!;
    const r = evaluateAlerts(prev, [], { now: at(1), inventory: [] });
    expect(r.actions).toEqual([]);
    expect(r.state.instances).toEqual({});
  });

  it('without an explicit inventory the samples define it; a sample outside a given inventory is ignored', () => {
    const prev = runSeries(['healthy'], {}, 'old').state!;
    expect(Object.keys(evaluateAlerts(prev, [sample('new', 'healthy', 1)], { now: at(1) }).state.instances)).toEqual(['new']);
    const r = evaluateAlerts(undefined, [sample('stray', 'failed', 0)], { now: at(0), inventory: ['gw-1'], debounce: 1 });
    expect(r.actions).toEqual([]);
    expect(r.state.instances).toEqual({});
  });
});

describe('owed writes are planned again (retry), nothing else is', () => {
  it('an open that failed is retried with the latest probe until it succeeds, and only once per run', () => {
    let r = evaluateAlerts(undefined, [sample('gw-1', 'failed', 0)], { now: at(0), debounce: 1 });
    for (let i = 1; i <= 3; i++) {
      r = evaluateAlerts(r.state, [sample('gw-1', 'failed', i)], { now: at(i), debounce: 1 });
      expect(r.actions).toEqual([expect.objectContaining({ kind: 'open', retry: true, openedAt: at(0), sample: expect.objectContaining({ at: at(i) }) })]);
    }
    const settled = settle(r.state, r.actions, at(3), () => 42);
    expect(evaluateAlerts(settled, [sample('gw-1', 'failed', 4)], { now: at(4), debounce: 1 }).actions).toEqual([]);
  });

  it('a close that failed is retried; an escalation that failed is retried', () => {
    const opened = runSeries(['degraded', 'degraded', 'degraded']).state!;
    const esc = evaluateAlerts(opened, [sample('gw-1', 'failed', 3)], { now: at(3) });
    expect(evaluateAlerts(esc.state, [sample('gw-1', 'failed', 4)], { now: at(4) }).actions).toEqual([expect.objectContaining({ kind: 'update', reason: 'escalated', retry: true })]);
    const rec = evaluateAlerts(opened, [sample('gw-1', 'healthy', 3)], { now: at(3) });
    expect(rec.actions).toEqual([expect.objectContaining({ kind: 'close', reason: 'recovered', retry: false })]);
    expect(evaluateAlerts(rec.state, [sample('gw-1', 'healthy', 4)], { now: at(4) }).actions).toEqual([expect.objectContaining({ kind: 'close', reason: 'recovered', retry: true, openedAt: at(2) })]);
  });

  it('an instance that was not probed this run is not retried (nothing new to show)', () => {
    const r = evaluateAlerts(undefined, [sample('gw-1', 'failed', 0)], { now: at(0), debounce: 1, inventory: ['gw-1'] });
    expect(evaluateAlerts(r.state, [], { now: at(1), debounce: 1, inventory: ['gw-1'] }).actions).toEqual([]);
  });

  it('an incident closed on GitHub by a person is not closed again', () => {
    const st = runSeries(['failed', 'failed', 'failed']).state!;
    const inc = st.instances['gw-1']!.incident!;
    delete st.instances['gw-1']!.incident;
    st.instances['gw-1']!.lastIncident = { ...inc, closedAt: at(3), issueState: 'closed', resolution: 'closed-on-github' };
    st.instances['gw-1']!.consecutiveBad = 0;
    const r = evaluateAlerts(st, [sample('gw-1', 'failed', 3)], { now: at(3) });
    expect(r.actions).toEqual([]);
  });
});

describe('a person closed the issue', () => {
  it('as completed: a still-bad instance opens a new incident only after a fresh debounce', () => {
    const st = runSeries(['failed', 'failed', 'failed']).state!;
    st.instances['gw-1']!.consecutiveBad = 0; // what applyAlertActions does when it finds the issue closed
    st.instances['gw-1']!.lastIncident = { ...st.instances['gw-1']!.incident!, closedAt: at(3), issueState: 'closed', resolution: 'closed-on-github' };
    delete st.instances['gw-1']!.incident;
    let r = evaluateAlerts(st, [sample('gw-1', 'failed', 3)], { now: at(3) });
    r = evaluateAlerts(r.state, [sample('gw-1', 'failed', 4)], { now: at(4) });
    expect(r.actions).toEqual([]);
    r = evaluateAlerts(r.state, [sample('gw-1', 'failed', 5)], { now: at(5) });
    expect(r.actions).toEqual([expect.objectContaining({ kind: 'open', openedAt: at(5) })]);
  });

  it('as not planned: muted until a healthy probe, then the normal debounce applies', () => {
    const st = runSeries(['failed', 'failed', 'failed']).state!;
    delete st.instances['gw-1']!.incident;
    Object.assign(st.instances['gw-1']!, { consecutiveBad: 0, mutedUntilHealthy: true });
    let state: WatchState = st;
    const seen: PlannedAlert[] = [];
    for (let i = 3; i < 20; i++) {
      const r = evaluateAlerts(state, [sample('gw-1', 'failed', i)], { now: at(i) });
      seen.push(...r.actions);
      state = r.state;
    }
    expect(seen).toEqual([]);
    state = evaluateAlerts(state, [sample('gw-1', 'healthy', 20)], { now: at(20) }).state;
    expect(state.instances['gw-1']!.mutedUntilHealthy).toBeUndefined();
    for (let i = 21; i < 24; i++) {
      const r = evaluateAlerts(state, [sample('gw-1', 'failed', i)], { now: at(i) });
      seen.push(...r.actions);
      state = r.state;
    }
    expect(seen.map((a) => `${a.kind}@${a.openedAt}`)).toEqual([`open@${at(23)}`]);
  });
});

describe('inputs and purity', () => {
  it('does not mutate the previous state or the samples', () => {
    const prev = runSeries(['failed', 'failed']).state!;
    const frozen = structuredClone(prev);
    const samples = [sample('gw-1', 'failed', 5), sample('gw-1', 'failed', 2)];
    const copy = structuredClone(samples);
    evaluateAlerts(prev, samples, { now: at(5) });
    expect(prev).toEqual(frozen);
    expect(samples).toEqual(copy);
  });

  it('replays several probes of one instance in time order, whatever order they come in', () => {
    const r = evaluateAlerts(undefined, [sample('gw-1', 'healthy', 3), sample('gw-1', 'failed', 0), sample('gw-1', 'failed', 2), sample('gw-1', 'failed', 1)], { now: at(3) });
    expect(r.actions.map((a) => `${a.kind}@${a.kind === 'close' ? a.sample?.at : a.openedAt}`)).toEqual([`open@${at(2)}`, `close@${at(3)}`]);
    expect(r.state.instances['gw-1']).toMatchObject({ lastStatus: 'healthy', lastAt: at(3) });
  });

  it.each([
    [{ debounce: 0 }, "The alert option 'debounce' must be a whole number ≥ 1; got 0."],
    [{ debounce: 2.5 }, "The alert option 'debounce' must be a whole number ≥ 1; got 2.5."],
    [{ recoverAfter: 0 }, "The alert option 'recoverAfter' must be a whole number ≥ 1; got 0."],
    [{ remindAfterMs: -1 }, "The alert option 'remindAfterMs' must be a whole number ≥ 0; got -1."],
    [{ now: 'yesterday' }, 'The alert option \'now\' is not a valid time: "yesterday".'],
  ])('refuses %j with a clear message', (bad, message) => {
    expect(() => evaluateAlerts(undefined, [], { now: at(0), ...bad } as EvaluateOptions)).toThrow(message);
  });

  it('refuses a sample with an invalid time, naming the instance', () => {
    expect(() => evaluateAlerts(undefined, [{ ...sample('gw-9', 'failed', 0), at: 'nope' }], { now: at(0) })).toThrow("Watch sample of 'gw-9' has an invalid time: \"nope\".");
  });
});

describe('trackAlertActions (alerts off)', () => {
  it('tracks incidents with issue 0, owes nothing, and does not report the same incident twice', () => {
    let state: WatchState | undefined;
    const reported: string[] = [];
    const series: SmokeStatus[] = ['failed', 'failed', 'failed', 'failed', 'degraded', 'healthy'];
    series.forEach((s, i) => {
      const r = evaluateAlerts(state, [sample('gw-1', s, i)], { now: at(i) });
      const t = trackAlertActions(r.actions, r.state);
      state = t.state;
      reported.push(...t.actions.map((a) => `${i}:${a.kind}:${a.issue}:${a.status}`));
    });
    expect(reported).toEqual(['2:opened:0:failed', '5:closed:0:healthy']);
    expect(state!.instances['gw-1']!.lastIncident).toMatchObject({ issue: 0, issueState: 'closed', resolution: 'recovered' });
  });

  it('forgets a removed instance once its incident is closed', () => {
    const r1 = evaluateAlerts(undefined, [sample('gw-1', 'failed', 0)], { now: at(0), debounce: 1 });
    const t1 = trackAlertActions(r1.actions, r1.state);
    const r2 = evaluateAlerts(t1.state, [], { now: at(1), inventory: [] });
    const t2 = trackAlertActions(r2.actions, r2.state);
    expect(t2.actions).toEqual([{ kind: 'closed', instance: 'gw-1', issue: 0, status: 'healthy', reason: 'removed' }]);
    expect(t2.state.instances).toEqual({});
  });
});

describe('issue texts', () => {
  const ctx = { environment: 'production', debounce: 3 };
  const s = sample('gw-1', 'failed', 3, { reasons: Array.from({ length: 25 }, (_, i) => `r${i} \`x\`\nnext <b>`) });
  const st = { consecutiveBad: 3, recent: [0, 1, 2, 3].map((i) => ({ at: at(i), run: `run-${i}`, status: (i ? 'failed' : 'healthy') as SmokeStatus, score: i ? 0 : 100 })) };

  it('bounds and neutralises reasons: 20 shown then a count, backticks and line breaks cannot escape the code span', () => {
    const body = renderIncidentBody(ctx, 'gw-1', { openedAt: at(3), status: 'failed' }, st, s);
    expect(body).toContain("- `r0 'x' next <b>`");
    expect(body).toContain('- … 5 more');
    expect(body).not.toContain('r20 ');
    expect(body).toContain('3 consecutive bad probe(s), the first at 2026-11-22T00:15:00.000Z (an incident opens after 3)');
    expect(body.split('\n').filter((l) => l.startsWith('| 2026-11-22'))).toHaveLength(4);
  });

  it('the runbook link: the status section of ours, a URL with its own fragment kept, a plain pointer without one', () => {
    const inc = { openedAt: at(3), status: 'degraded' as const };
    expect(renderIncidentBody({ ...ctx, runbookUrl: 'https://x/docs/runbook.md' }, 'gw-1', inc, st, s)).toContain('Runbook: https://x/docs/runbook.md#degraded');
    expect(renderIncidentBody({ ...ctx, runbookUrl: 'https://wiki/ops#gateway' }, 'gw-1', inc, st, s)).toContain('Runbook: https://wiki/ops#gateway —');
    expect(renderIncidentBody(ctx, 'gw-1', inc, st, s)).toContain('Runbook: docs/runbook.md in clawfleet —');
  });

  it('a run URL that is not http(s) is not made a link', () => {
    expect(renderCloseComment({ ...ctx, runUrl: 'javascript:alert(1)' }, 'gw-1', 'recovered', { openedAt: at(0), closedAt: at(5) }, undefined)).not.toContain('](javascript:');
  });

  it.each([
    [0, '0 min'],
    [59 * 60_000, '59 min'],
    [75 * 60_000, '1 h 15 min'],
    [26 * 3_600_000, '26 h'],
    [50 * 3_600_000, '2 d 2 h'],
  ])('formatDuration(%i) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
