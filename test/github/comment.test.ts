/**
 * The config-check PR comment: what it says (validity, per-environment plan, restart flags), that every
 * piece of user-controlled text is inert Markdown (no ping, no link, no HTML, no fake marker, no broken
 * table), that it stays under GitHub's size limit, and that it is ONE comment updated in place — found by
 * its marker across pages, never a human's comment quoting the marker. Calls are checked against GitHub's
 * OpenAPI description.
 */
import { describe, expect, it } from 'vitest';
import { codeSpan, COMMENT_LIMIT, escapeMarkdown, renderCheckComment } from '../../src/github/comment.js';
import { COMMENT_MARKER, GitHubPort } from '../../src/github/port.js';
import { assertCall, fakeGitHub, type Obj } from '../helpers/openapi.js';

const RUN = 'https://github.com/acme/cfg/actions/runs/1';
const plan = (over: Obj = {}) => ({
  digest: 'sha256:' + 'd'.repeat(64),
  counts: { update: 2, total: 3 },
  instances: [
    { id: 'gw-1', action: 'update', restart: 'none', changes: [{ path: 'ui.seamColor', class: 'hot' }] },
    { id: 'gw-2', action: 'update', restart: 'restart', changes: [{ path: 'gateway.auth.mode', class: 'restart' }] },
    { id: 'gw-3', action: 'unchanged', restart: 'none', changes: [] },
  ],
  ...over,
});

describe('renderCheckComment: content', () => {
  it('a valid config with a plan: marker first, verdict, commit, run link, one row per changed instance with its restart flag', () => {
    const body = renderCheckComment({ validationResult: 'success', validation: { valid: true, files: [] }, plans: [{ environment: 'production', plan: plan() }], runUrl: RUN, sha: '0123456789abcdef0123' });
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('## clawfleet config check — ✅ valid');
    expect(body).toContain(`Commit \` 0123456789ab \` · [run](${RUN})`);
    expect(body).toContain('### production — 2 of 3 instance(s) change');
    expect(body).toContain(`Plan \` sha256:${'d'.repeat(64)} \``);
    expect(body).toContain('| gw-1 | ui.seamColor | none |');
    expect(body).toContain('| gw-2 | gateway.auth.mode | restart ⚠ |');
    expect(body).not.toContain('gw-3');
  });

  it('an invalid config lists each bad file with file:line, path and message; a failed validate job is invalid even without a report', () => {
    const validation = { valid: false, files: [{ file: 'openclaw.json5', valid: false, issues: [{ file: 'openclaw.json5', line: 7, path: 'gateway.port', message: 'Expected number' }] }, { file: 'ok.json5', valid: true, issues: [] }] };
    const body = renderCheckComment({ validationResult: 'failure', validation, plans: [], runUrl: RUN, sha: 'abc' });
    expect(body).toContain('## clawfleet config check — ❌ invalid');
    expect(body).toContain('**openclaw.json5**');
    expect(body).toContain('- openclaw.json5:7 ` gateway.port ` Expected number');
    expect(body).not.toContain('ok.json5');
    expect(body).toContain('_No live plan (no inventory or no fleet secrets — fork pull requests never get them)._');
    expect(renderCheckComment({ validationResult: 'failure', validation: undefined, plans: [], runUrl: RUN, sha: 'abc' })).toContain('❌ invalid');
    expect(renderCheckComment({ validationResult: 'success', validation: { valid: false, files: [] }, plans: [], runUrl: RUN, sha: 'abc' })).toContain('❌ invalid');
  });

  it('caps the table at 50 rows and says how many more', () => {
    const instances = Array.from({ length: 73 }, (_, i) => ({ id: `gw-${i}`, action: 'update', restart: 'none', changes: [{ path: 'ui.seamColor', class: 'hot' }] }));
    const body = renderCheckComment({ validationResult: 'success', validation: { valid: true }, plans: [{ environment: 'prod', plan: plan({ instances, counts: { update: 73, total: 73 } }) }], runUrl: RUN, sha: 'abc' });
    expect(body.split('\n').filter((l) => /^\| gw-\d+ \|/.test(l))).toHaveLength(50);
    expect(body).toContain('| … 23 more | | |');
  });

  it('reads malformed reports defensively (no throw, placeholders)', () => {
    const body = renderCheckComment({ validationResult: 'success', validation: 'not json', plans: [{ environment: 'x', plan: null }, { environment: 'y', plan: { instances: 'nope', counts: 5 } }], runUrl: RUN, sha: '' });
    expect(body).toContain('### x — 0 of ? instance(s) change');
    expect(body).toContain('### y — 0 of ? instance(s) change');
  });

  it('stays under GitHub\'s comment limit, cut at a line with a pointer to the run', () => {
    const issues = Array.from({ length: 20 }, (_, i) => ({ file: 'f.json5', line: i, path: 'p'.repeat(150), message: 'm'.repeat(190) }));
    const files = Array.from({ length: 60 }, (_, i) => ({ file: `file-${i}.json5`, valid: false, issues }));
    const body = renderCheckComment({ validationResult: 'failure', validation: { valid: false, files }, plans: [], runUrl: RUN, sha: 'abc' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.endsWith(`_Truncated: the full validation report and plans are artifacts of the [run](${RUN})._`)).toBe(true);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });
});

describe('renderCheckComment: user-controlled text is inert', () => {
  const hostile = {
    id: 'gw-1 | x | y',
    path: 'a`b',
    message: '@acme/admins see #12 [click](https://evil.example) ![img](https://evil.example/x.png) <img src=x onerror=alert(1)> **bold** _it_ ~~s~~\n| new | row |',
  };
  const body = renderCheckComment({
    validationResult: 'failure',
    validation: { valid: false, files: [{ file: `<!-- clawfleet:config-check -->`, valid: false, issues: [{ file: 'f', line: '1\n## heading', path: hostile.path, message: hostile.message }] }] },
    plans: [{ environment: 'prod @here', plan: plan({ instances: [{ id: hostile.id, action: 'update', restart: 'none', changes: [{ path: 'x|y', class: 'hot' }] }] }) }],
    runUrl: RUN,
    sha: 'ab`c',
  });

  it('cannot fake or duplicate the marker (exactly one, on the first line)', () => {
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('&lt;\\!-- clawfleet:config-check --&gt;');
  });
  it('no mentions, issue links, links, images or HTML', () => {
    expect(body).not.toMatch(/(^|[^\\&])@acme/);
    expect(body).toContain('&#64;acme/admins');
    expect(body).toContain('&#35;12');
    expect(body).not.toContain('[click](');
    expect(body).toContain('\\[click\\]\\(https://evil.example\\)');
    expect(body).toContain('\\!\\[img\\]');
    expect(body).not.toContain('<img');
    expect(body).toContain('\\*\\*bold\\*\\*');
    expect(body).toContain('prod &#64;here');
  });
  it('a value cannot add table rows, columns or headings', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| instance |'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBe('| gw-1 \\| x \\| y | x\\|y | none |');
    expect(body.split('\n').some((l) => l.startsWith('## heading'))).toBe(false);
    expect(body.split('\n').some((l) => l.startsWith('| new'))).toBe(false);
  });
  it('a backtick cannot close a code span early', () => {
    expect(body).toContain("` a'b `");
    expect(body).toContain("` ab'c `");
  });
});

describe('escapeMarkdown / codeSpan', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a|b', 'a\\|b'],
    ['@user', '&#64;user'],
    ['#1 & <b>', '&#35;1 &amp; &lt;b&gt;'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['a\\b', 'a\\\\b'],
    ['line\r\nbreak\nand\rmore', 'line break and more'],
    ['*_`~!{}', '\\*\\_\\`\\~\\!\\{\\}'],
  ])('%j → %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
  it('cuts before escaping, so no half escape sequence is left', () => {
    const e = escapeMarkdown('@'.repeat(300), 10);
    expect(e).toBe('&#64;'.repeat(9) + '…');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(codeSpan('x`y\nz')).toBe("` x'y z `");
  });
});

describe('upsertComment: one comment, updated in place', () => {
  const repo = { owner: 'acme', repo: 'fleet-config' };
  const page = (n: number, from: number, extra: Obj[] = []): Obj[] => [
    ...Array.from({ length: n - extra.length }, (_, i) => ({ id: from + i, body: `comment ${from + i}`, user: { login: 'someone', type: 'User' } })),
    ...extra,
  ];

  it('finds the bot\'s marked comment on page 3 and PATCHes it; a human quoting the marker on page 1 is left alone', async () => {
    const pages: Record<number, Obj[]> = {
      1: page(100, 1, [{ id: 50, body: `quoting ${COMMENT_MARKER}`, user: { login: 'alice', type: 'User' } }]),
      2: page(100, 101),
      3: page(7, 201, [{ id: 777, body: `${COMMENT_MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } }]),
    };
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (p) => ({ data: pages[p['page'] as number] ?? [] }),
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => ({ data: { id: p['comment_id'], html_url: `https://x/${String(p['comment_id'])}` } }),
    });
    const url = await new GitHubPort(gh.request, repo).upsertComment(9, renderCheckComment({ validationResult: 'success', validation: {}, plans: [], runUrl: RUN, sha: 'a' }));
    expect(url).toBe('https://x/777');
    expect(gh.calls.map(([r, p]) => `${r.split(' ')[0]} ${String(p['page'] ?? p['comment_id'])}`)).toEqual(['GET 1', 'GET 2', 'GET 3', 'PATCH 777']);
    const patch = gh.calls[3]![1];
    expect(String(patch['body']).split(COMMENT_MARKER)).toHaveLength(2); // the marker once
    for (const [route, params] of gh.calls) assertCall(route, params);
  });

  it('creates the comment when no page has it (stops paging at a short page), then updates that one', async () => {
    const created: Obj[] = [];
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (p) => ({ data: p['page'] === 1 ? [...page(3, 1), ...created] : [] }),
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p) => {
        created.push({ id: 900, body: p['body'], user: { login: 'github-actions[bot]', type: 'Bot' } });
        return { status: 201, data: { id: 900, html_url: 'https://x/900' } };
      },
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => ({ data: { id: p['comment_id'], html_url: `https://x/${String(p['comment_id'])}` } }),
    });
    const port = new GitHubPort(gh.request, repo);
    expect(await port.upsertComment(9, 'first body without marker')).toBe('https://x/900');
    expect(String(created[0]!['body']).startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(await port.upsertComment(9, 'second')).toBe('https://x/900');
    expect(gh.calls.map(([r]) => r.split(' ')[0])).toEqual(['GET', 'POST', 'GET', 'PATCH']);
    expect(created).toHaveLength(1);
    for (const [route, params] of gh.calls) assertCall(route, params);
  });

  it('a GitHub error while listing fails the call (no blind second comment)', async () => {
    const gh = fakeGitHub({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    });
    await expect(new GitHubPort(gh.request, repo).upsertComment(9, 'x')).rejects.toThrow('Resource not accessible by integration');
    expect(gh.calls.map(([r]) => r.split(' ')[0])).toEqual(['GET']);
  });
});
