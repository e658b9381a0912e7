/**
 * Every GitHub call of src/github, checked against GitHub's published OpenAPI description
 * (@octokit/openapi): the route exists with that method, every path parameter and required body field is
 * sent, no parameter is invented, enums are respected, and the response fields we read are documented.
 * A fake `request` records the calls; no network.
 */
import { describe, expect, it } from 'vitest';
import { checkSignoff } from '../../src/signoff/check.js';
import { COMMENT_MARKER, GitHubPort } from '../../src/github/port.js';
import { silentLogger } from '../../src/common/logger.js';
import { planLine } from '../../src/signoff/signoff.js';
import { assertCall, fakeGitHub, responseFields, type Obj } from '../helpers/openapi.js';

const D = 'sha256:' + 'c'.repeat(64);
const repo = { owner: 'acme', repo: 'fleet-config' };

describe('GitHub calls match the OpenAPI description', () => {
  it('sign-off reads run approvals, the merged PR, its reviews and team membership', async () => {
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': () => ({ data: [
        { state: 'approved', comment: planLine(D), user: { login: 'alice' }, environments: [{ name: 'production' }] },
        { state: 'rejected', comment: planLine(D), user: { login: 'mallory' }, environments: [{ name: 'production' }] },
      ] }),
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': () => ({ data: [{ number: 7, merged_at: '2026-11-20T10:00:00Z', user: { login: 'author' } }] }),
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': () => ({ data: [
        { state: 'APPROVED', body: planLine(D), user: { login: 'carol' }, submitted_at: '2026-11-20T09:00:00Z' },
        { state: 'APPROVED', body: planLine(D), user: { login: 'bob' } },
        { state: 'CHANGES_REQUESTED', body: '', user: { login: 'bob' } },
        { state: 'APPROVED', body: planLine(D), user: { login: 'author' } },
      ] }),
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (p) => (p['username'] === 'carol' ? { data: { state: 'active' } } : (() => { throw Object.assign(new Error('Not Found'), { status: 404 }); })()),
    });
    const port = new GitHubPort(gh.request, repo);
    const r = await checkSignoff(port, { runId: 42, actor: 'deployer', sha: 'f'.repeat(40), environment: 'production', sources: 'both', required: 2, approvers: { users: ['alice'], teams: ['acme/sre'] }, planDigest: D }, silentLogger);
    expect(r.ok).toBe(true);
    expect(r.counted.sort()).toEqual(['alice', 'carol']);
    expect(r.rejected.map((x) => `${x.login}:${x.reason}`)).toEqual(['author:self-approval does not count']);
    expect([...new Set(gh.calls.map((c) => c[0]))]).toEqual([
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
    ]);
    for (const [route, params] of gh.calls) assertCall(route, params);
    for (const f of ['state', 'comment', 'user', 'environments']) expect(responseFields('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals')).toContain(f);
    for (const f of ['number', 'merged_at', 'user']) expect(responseFields('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toContain(f);
    for (const f of ['state', 'body', 'user', 'submitted_at']) expect(responseFields('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toContain(f);
    expect(responseFields('GET /orgs/{org}/teams/{team_slug}/memberships/{username}')).toContain('state');
  });

  it('a team lookup error other than 404 fails the check (no silent pass)', async () => {
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': () => ({ data: [{ state: 'approved', comment: planLine(D), user: { login: 'zed' }, environments: [{ name: 'production' }] }] }),
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': () => { throw Object.assign(new Error('Forbidden'), { status: 403 }); },
    });
    await expect(checkSignoff(new GitHubPort(gh.request, repo), { runId: 1, actor: 'd', sha: 'a'.repeat(40), sources: 'environment', required: 1, approvers: { users: [], teams: ['acme/sre'] }, planDigest: D }, silentLogger)).rejects.toThrow('Forbidden');
  });

  it('approvals for another environment do not count', async () => {
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': () => ({ data: [{ state: 'approved', comment: planLine(D), user: { login: 'alice' }, environments: [{ name: 'dev' }] }] }),
    });
    const r = await checkSignoff(new GitHubPort(gh.request, repo), { runId: 1, actor: 'd', sha: 'a'.repeat(40), environment: 'production', sources: 'environment', required: 1, approvers: { users: [], teams: [] }, planDigest: D }, silentLogger);
    expect(r.ok).toBe(false);
  });

  it('deployments and statuses', async () => {
    const gh = fakeGitHub({
      'POST /repos/{owner}/{repo}/deployments': () => ({ status: 201, data: { id: 99 } }),
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': () => ({ status: 201, data: { id: 1, state: 'in_progress' } }),
    });
    const port = new GitHubPort(gh.request, repo);
    const id = await port.createDeployment({ ref: 'v1.2.3', environment: 'production', description: 'x'.repeat(300), payload: { planDigest: D } });
    expect(id).toBe(99);
    await port.setDeploymentStatus(id, { state: 'in_progress', logUrl: 'https://github.com/acme/fleet-config/actions/runs/1', environmentUrl: 'https://status.example.com' });
    await port.setDeploymentStatus(id, { state: 'success', logUrl: 'https://github.com/acme/fleet-config/actions/runs/1' });
    await port.setDeploymentStatus(id, { state: 'failure' });
    for (const [route, params] of gh.calls) assertCall(route, params);
    expect((gh.calls[0]![1]['description'] as string).length).toBe(140);
    expect(gh.calls[1]![1]).toMatchObject({ deployment_id: 99, state: 'in_progress', environment_url: 'https://status.example.com' });
    expect(responseFields('POST /repos/{owner}/{repo}/deployments', '201')).toContain('id');
  });

  it('a deployment GitHub refuses (202 merge / 409) is an error, not an id', async () => {
    const gh = fakeGitHub({ 'POST /repos/{owner}/{repo}/deployments': () => ({ status: 202, data: { message: 'Auto-merged main into topic' } }) });
    await expect(new GitHubPort(gh.request, repo).createDeployment({ ref: 'main', environment: 'dev' })).rejects.toThrow('GitHub did not create the deployment (HTTP 202: Auto-merged main into topic)');
  });

  it('PR comment: created once, then updated in place (only our bot comment)', async () => {
    let comments: Obj[] = [{ id: 5, body: `${COMMENT_MARKER} forged by a human`, user: { type: 'User' } }];
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => ({ data: comments }),
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p) => { comments = [...comments, { id: 6, body: p['body'], user: { type: 'Bot' } }]; return { status: 201, data: { html_url: 'https://x/6' } }; },
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => ({ data: { html_url: `https://x/${String(p['comment_id'])}` } }),
    });
    const port = new GitHubPort(gh.request, repo);
    expect(await port.upsertComment(3, 'first')).toBe('https://x/6');
    expect(await port.upsertComment(3, 'second')).toBe('https://x/6');
    expect(gh.calls.map((c) => c[0].split(' ')[0])).toEqual(['GET', 'POST', 'GET', 'PATCH']);
    for (const [route, params] of gh.calls) assertCall(route, params);
    expect(responseFields('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', '201')).toContain('html_url');
  });

  it('the OpenAPI check itself catches an invented parameter and a bad enum', () => {
    expect(() => assertCall('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: 'a', repo: 'b', deployment_id: 1, state: 'done' })).toThrow();
    expect(() => assertCall('POST /repos/{owner}/{repo}/deployments', { owner: 'a', repo: 'b', ref: 'x', colour: 'red' })).toThrow();
    expect(() => assertCall('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approval', { owner: 'a', repo: 'b', run_id: 1 })).toThrow();
  });
});
