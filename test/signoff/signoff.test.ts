import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { evaluateSignoff, parseApprovers, planDigestsIn, planLine, type Approval, type SignoffInput } from '../../src/signoff/signoff.js';

const D = 'sha256:' + 'a'.repeat(64);
const OLD = 'sha256:' + 'b'.repeat(64);
const ok = (login: string, digest = D, source: Approval['source'] = 'environment'): Approval => ({ login, source, text: `LGTM\n${planLine(digest)}\n` });
const base = (over: Partial<SignoffInput> = {}): SignoffInput => ({
  approvals: [],
  required: 1,
  approvers: { users: [], teams: [] },
  teamsOf: new Map(),
  self: ['deployer'],
  planDigest: D,
  ...over,
});

describe('plan line convention', () => {
  it('finds digests in comments, tolerating markdown and case', () => {
    expect(planDigestsIn(`ok\n> clawfleet-plan: \`${D.toUpperCase().replace('SHA256', 'sha256')}\`\n`)).toEqual([D]);
    expect(planDigestsIn(`clawfleet-plan: ${D}\nclawfleet-plan: ${OLD}`)).toEqual([D, OLD]);
  });
  it('ignores a digest that is not alone on its line or is truncated', () => {
    expect(planDigestsIn(`I did not read clawfleet-plan: ${D}`)).toEqual([]);
    expect(planDigestsIn(`clawfleet-plan: ${D.slice(0, 40)}`)).toEqual([]);
  });
});

describe('evaluateSignoff', () => {
  it('passes with N distinct allowed approvals of this plan', () => {
    const r = evaluateSignoff(base({ required: 2, approvals: [ok('alice'), ok('bob', D, 'pull-request'), ok('Alice')] }));
    expect(r.ok).toBe(true);
    expect(r.counted.sort()).toEqual(['alice', 'bob']);
  });
  it('refuses when approvals are missing, naming the line to add', () => {
    const r = evaluateSignoff(base({ required: 1 }));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('0 of 1 required');
    expect(r.message).toContain(`"clawfleet-plan: ${D}"`);
    expect(r.message).toContain('Nothing was written');
  });
  it('refuses insufficient approvals (1 of 2)', () => {
    const r = evaluateSignoff(base({ required: 2, approvals: [ok('alice')] }));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('1 of 2');
  });
  it('does not count self-approval (the run actor or the PR author)', () => {
    const r = evaluateSignoff(base({ self: ['Deployer', 'author'], approvals: [ok('deployer'), ok('author', D, 'pull-request')] }));
    expect(r.ok).toBe(false);
    expect(r.rejected.map((x) => x.reason)).toEqual(['self-approval does not count', 'self-approval does not count']);
  });
  it('refuses a stale approval (another plan)', () => {
    const r = evaluateSignoff(base({ approvals: [ok('alice', OLD)] }));
    expect(r.ok).toBe(false);
    expect(r.rejected[0]!.reason).toMatch(/^stale: approved sha256:bbbb/);
  });
  it('refuses an approval with no plan line', () => {
    const r = evaluateSignoff(base({ approvals: [{ login: 'alice', source: 'environment', text: 'looks good' }] }));
    expect(r.ok).toBe(false);
    expect(r.rejected[0]!.reason).toContain('not bound to a plan');
  });
  it('refuses when the plan changed since reviewers saw it', () => {
    const r = evaluateSignoff(base({ approvedPlanDigest: OLD, approvals: [ok('alice'), ok('bob', OLD)] }));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('The plan changed since reviewers saw it');
  });
  it('counts only allowed users and team members', () => {
    const approvers = parseApprovers(['alice', 'acme/Release-Managers']);
    const r = evaluateSignoff(base({
      required: 2,
      approvers,
      teamsOf: new Map([['carol', ['acme/release-managers']], ['dave', []]]),
      approvals: [ok('alice'), ok('carol'), ok('dave'), ok('eve')],
    }));
    expect(r.ok).toBe(true);
    expect(r.counted.sort()).toEqual(['alice', 'carol']);
    expect(r.rejected.map((x) => `${x.login}:${x.reason}`)).toEqual(['dave:not an allowed approver', 'eve:not an allowed approver']);
  });
  it('rejects a malformed plan digest and approver entry as user errors', () => {
    expect(() => evaluateSignoff(base({ planDigest: 'abc' }))).toThrow(UserError);
    expect(() => evaluateSignoff(base({ planDigest: 'abc' }))).toThrow("The value 'abc' is not valid for 'plan-digest'");
    expect(() => parseApprovers(['alice;rm -rf'])).toThrow("The value 'alice;rm -rf' is not valid for 'approvers'");
  });
  it('required 0 passes with no approvals (non-production)', () => {
    expect(evaluateSignoff(base({ required: 0 })).ok).toBe(true);
  });
});
