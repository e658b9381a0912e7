/**
 * The revert PR: the domain logic (which files, idempotency) and the Octokit adapter's requests on the
 * wire, recorded by a local server standing in for api.github.com. The request bodies are typed against
 * GitHub's OpenAPI description in the adapter (tsc); here we check method, path and body as sent.
 */
import * as github from '@actions/github';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { githubRevertApi } from '../../src/actions/auto-rollback/github.js';
import { openRevertPr, type RevertPrApi } from '../../src/deploy/revert-pr.js';
import type { VersionRecord } from '../../src/deploy/types.js';

const version = (n: number, sha: string | undefined, files: string[]): VersionRecord => ({
  schema: 1,
  version: n,
  digest: `sha256:${n}`,
  createdAt: '2026-01-01T00:00:00Z',
  config: {},
  ...(sha ? { source: { sha, files, entry: files[0]! } } : {}),
});

interface Recorded {
  method: string;
  path: string;
  query: string;
  body: unknown;
  auth: string | undefined;
}

let server: Server;
let baseUrl: string;
const requests: Recorded[] = [];
/** path@ref → content (absent = 404). */
let files: Record<string, string> = {};
let openPulls: Array<{ number: number; html_url: string }> = [];
let refExists = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname);
      requests.push({ method: req.method ?? '', path, query: url.search, body: raw ? (JSON.parse(raw) as unknown) : undefined, auth: req.headers['authorization'] });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && path === '/repos/acme/cfg/pulls') return send(200, openPulls);
      if (req.method === 'GET' && path === '/repos/acme/cfg/git/ref/heads/main') return send(200, { ref: 'refs/heads/main', object: { sha: 'head-sha', type: 'commit' } });
      if (req.method === 'GET' && path === '/repos/acme/cfg/git/commits/head-sha') return send(200, { sha: 'head-sha', tree: { sha: 'head-tree' } });
      const m = /^\/repos\/acme\/cfg\/contents\/(.+)$/.exec(path);
      if (req.method === 'GET' && m) {
        const key = `${m[1]}@${url.searchParams.get('ref')}`;
        if (!(key in files)) return send(404, { message: 'Not Found' });
        return send(200, { type: 'file', encoding: 'base64', content: Buffer.from(files[key]!).toString('base64'), path: m[1] });
      }
      if (req.method === 'POST' && path === '/repos/acme/cfg/git/trees') return send(201, { sha: 'new-tree', tree: [] });
      if (req.method === 'POST' && path === '/repos/acme/cfg/git/commits') return send(201, { sha: 'new-commit' });
      if (req.method === 'POST' && path === '/repos/acme/cfg/git/refs') return refExists ? send(422, { message: 'Reference already exists' }) : send(201, { ref: 'x' });
      if (req.method === 'POST' && path === '/repos/acme/cfg/pulls') return send(201, { number: 42, html_url: 'https://github.com/acme/cfg/pull/42' });
      send(500, { message: `unexpected ${req.method} ${path}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  requests.length = 0;
  openPulls = [];
  refExists = false;
  files = {
    'config/openclaw.json5@good-sha': '{ ui: { seamColor: "#111111" } }\n',
    'config/openclaw.json5@head-sha': '{ ui: { seamColor: "#222222" } }\n',
    'config/models.json5@head-sha': '{ models: {} }\n', // added by the bad version
    'config/shared.json5@good-sha': '{ a: 1 }\n',
    'config/shared.json5@head-sha': '{ a: 1 }\n',
  };
});

const api = (): RevertPrApi => githubRevertApi(github.getOctokit('ghs_test_token', { baseUrl }), { owner: 'acme', repo: 'cfg' });
const req = () => ({
  environment: 'prod',
  bad: version(2, 'bad-sha', ['config/openclaw.json5', 'config/shared.json5', 'config/models.json5']),
  good: version(1, 'good-sha', ['config/openclaw.json5', 'config/shared.json5']),
  baseBranch: 'main',
  deploymentId: '20260101T000000Z-v2-abcdef12',
  runUrl: 'https://github.com/acme/cfg/actions/runs/9',
});

describe('openRevertPr through the Octokit adapter', () => {
  it('sets the changed files back to the good commit in one tree and commit, then opens the PR', async () => {
    const out = await openRevertPr(api(), req());
    expect(out).toEqual({ status: 'opened', number: 42, url: 'https://github.com/acme/cfg/pull/42', branch: 'clawfleet/revert-prod-v2', files: ['config/models.json5', 'config/openclaw.json5'] });
    const calls = requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      'GET /repos/acme/cfg/pulls',
      'GET /repos/acme/cfg/git/ref/heads/main',
      'GET /repos/acme/cfg/contents/config/models.json5',
      'GET /repos/acme/cfg/contents/config/models.json5',
      'GET /repos/acme/cfg/contents/config/openclaw.json5',
      'GET /repos/acme/cfg/contents/config/openclaw.json5',
      'GET /repos/acme/cfg/contents/config/shared.json5',
      'GET /repos/acme/cfg/contents/config/shared.json5',
      'GET /repos/acme/cfg/git/commits/head-sha',
      'POST /repos/acme/cfg/git/trees',
      'POST /repos/acme/cfg/git/commits',
      'POST /repos/acme/cfg/git/refs',
      'POST /repos/acme/cfg/pulls',
    ]);
    expect(requests[0]!.query).toBe('?state=open&head=acme%3Aclawfleet%2Frevert-prod-v2&per_page=10');
    expect(requests[2]!.query).toBe('?ref=good-sha');
    expect(requests.find((r) => r.path.endsWith('/git/trees'))!.body).toEqual({
      base_tree: 'head-tree',
      tree: [
        { path: 'config/models.json5', mode: '100644', type: 'blob', sha: null },
        { path: 'config/openclaw.json5', mode: '100644', type: 'blob', content: '{ ui: { seamColor: "#111111" } }\n' },
      ],
    });
    expect(requests.find((r) => r.path.endsWith('/git/commits') && r.method === 'POST')!.body).toEqual({
      message: 'Revert config to v1 (clawfleet rolled back v2 on prod)',
      tree: 'new-tree',
      parents: ['head-sha'],
    });
    expect(requests.find((r) => r.path.endsWith('/git/refs'))!.body).toEqual({ ref: 'refs/heads/clawfleet/revert-prod-v2', sha: 'new-commit' });
    const pr = requests.find((r) => r.path.endsWith('/pulls') && r.method === 'POST')!.body as Record<string, unknown>;
    expect(pr).toMatchObject({ title: 'Revert config to v1 (clawfleet rolled back v2 on prod)', head: 'clawfleet/revert-prod-v2', base: 'main', maintainer_can_modify: true });
    expect(pr['body']).toContain('`config/models.json5` (deleted)');
    expect(pr['body']).toContain('Run: https://github.com/acme/cfg/actions/runs/9');
    expect(requests.every((r) => r.auth === 'token ghs_test_token')).toBe(true);
  });

  it('reuses an open PR from the same branch (a second rollback run opens nothing new)', async () => {
    openPulls = [{ number: 7, html_url: 'https://github.com/acme/cfg/pull/7' }];
    const out = await openRevertPr(api(), req());
    expect(out).toMatchObject({ status: 'exists', number: 7 });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('opens nothing when the base branch already holds the good content', async () => {
    files['config/openclaw.json5@head-sha'] = files['config/openclaw.json5@good-sha']!;
    delete files['config/models.json5@head-sha'];
    const out = await openRevertPr(api(), req());
    expect(out).toEqual({ status: 'not-needed', reason: 'main already holds the config of v1' });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('a branch left by an earlier attempt is found again instead of failing', async () => {
    refExists = true;
    let listed = 0;
    const port = api();
    const find = port.findOpenPull.bind(port);
    port.findOpenPull = async (b) => (listed++ === 0 ? undefined : { number: 9, url: 'https://github.com/acme/cfg/pull/9' }) ?? find(b);
    const out = await openRevertPr(port, req());
    expect(out).toMatchObject({ status: 'exists', number: 9 });
  });

  it('cannot revert without a recorded source commit', async () => {
    const out = await openRevertPr(api(), { ...req(), good: version(1, undefined, []) });
    expect(out).toEqual({ status: 'not-possible', reason: 'v1 has no recorded source commit, so its files cannot be restored in the repo' });
    expect(requests).toHaveLength(0);
  });
});
