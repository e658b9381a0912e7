import { describe, expect, it } from 'vitest';
import { CheckBuilder, instanceReasons, instanceStatus, skippedCheck, worstStatus } from '../../src/smoke/status.js';
import type { CheckResult } from '../../src/smoke/types.js';

const check = (name: CheckResult['name'], status: CheckResult['status'], summary = `${name} ${status}`): CheckResult => ({ name, status, summary, reasons: [summary], durationMs: 1 });

describe('CheckBuilder', () => {
  it('pass uses the pass summary', () => {
    let t = 100;
    const b = new CheckBuilder('healthz', () => t);
    t = 142;
    const r = b.build('live');
    expect(r).toEqual({ name: 'healthz', status: 'pass', summary: 'live', reasons: [], durationMs: 42 });
  });

  it('failures come before warnings; the summary is the first with a count of the rest', () => {
    const b = new CheckBuilder('readyz');
    b.warn('event loop degraded');
    b.fail('not ready');
    b.fail('failing agent-database:main');
    const r = b.build('ready');
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['not ready', 'failing agent-database:main', 'event loop degraded']);
    expect(r.summary).toBe('not ready (+2 more)');
  });

  it('warnings alone → warn; data is copied', () => {
    const b = new CheckBuilder('health-rpc');
    b.warn('plugin errors: x');
    b.data['agents'] = 2;
    const r = b.build('ok');
    expect(r.status).toBe('warn');
    expect(r.data).toEqual({ agents: 2 });
  });

  it('skip only when nothing was found', () => {
    expect(new CheckBuilder('chat').skip('skipped: no browser').build('x').status).toBe('skip');
    expect(new CheckBuilder('chat').skip('skipped').fail('boom').build('x').status).toBe('fail');
    expect(skippedCheck('ws-load', 'why')).toEqual({ name: 'ws-load', status: 'skip', summary: 'why', reasons: [], durationMs: 0 });
  });
});

describe('verdicts', () => {
  it.each([
    [['pass', 'pass', 'skip'], 'healthy'],
    [['pass', 'warn', 'skip'], 'degraded'],
    [['warn', 'fail', 'pass'], 'failed'],
    [[], 'healthy'],
  ] as const)('%j → %s', (statuses, want) => {
    expect(instanceStatus(statuses.map((s, i) => check(i === 0 ? 'healthz' : 'readyz', s)))).toBe(want);
  });

  it('the run is the worst instance', () => {
    expect(worstStatus(['healthy', 'degraded'])).toBe('degraded');
    expect(worstStatus(['healthy', 'failed', 'degraded'])).toBe('failed');
    expect(worstStatus([])).toBe('healthy');
  });

  it('reasons list failures first, each with its check', () => {
    expect(instanceReasons([check('cache-headers', 'warn', 'stripped'), check('version', 'fail', 'mismatch'), check('healthz', 'pass')])).toEqual([
      'version: mismatch',
      'cache-headers: stripped',
    ]);
  });
});
