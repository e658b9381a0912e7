import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Deadline } from '../../src/smoke/deadline.js';
import { assessCacheControl, checkUiHttp, extractAssets, extractBuildId, parseCacheControl } from '../../src/smoke/ui-http.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

const PORT = 22956;
const TLS_PORT = 22957;
let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ port: PORT });
});
afterAll(async () => {
  await gw.stop();
});
beforeEach(() => {
  for (const k of Object.keys(gw.knobs)) delete gw.knobs[k as keyof typeof gw.knobs];
});

const run = (url = gw.url, budgetMs = 10_000) => {
  const d = new Deadline(budgetMs);
  return checkUiHttp(url, d, { callTimeoutMs: 5_000 }).finally(() => d.dispose());
};

describe('assessCacheControl', () => {
  it.each([
    ['no-cache', 'pass'],
    ['no-store', 'pass'],
    ['private, max-age=0, must-revalidate', 'pass'],
    ['max-age=0', 'pass'],
    ['public, max-age=600', 'fail'],
    ['max-age=31536000, immutable', 'fail'],
    ['public, s-maxage=300', 'warn'],
    ['private', 'fail'],
  ] as const)('%s → %s', (cc, want) => expect(assessCacheControl(cc).status).toBe(want));

  it('a missing header says a proxy stripped what OpenClaw sends, and mentions a future Expires', () => {
    const v = assessCacheControl(null, 'Wed, 21 Oct 2099 07:28:00 GMT', Date.parse('2099-10-21T07:18:00Z'));
    expect(v).toEqual({
      status: 'fail',
      finding:
        'the UI HTML has no Cache-Control header and Expires is 600 s in the future: OpenClaw sends "no-cache", so a proxy or CDN in front stripped it — browsers may keep a stale UI after an upgrade',
    });
  });

  it('parses directives case-insensitively', () => {
    expect([...parseCacheControl('No-Cache, MAX-AGE="0"')]).toEqual([
      ['no-cache', true],
      ['max-age', '0'],
    ]);
  });
});

describe('HTML parsing', () => {
  it('finds the build id and the same-origin bundle files', () => {
    const html = readFileSync(join(process.cwd(), 'node_modules/openclaw/dist/control-ui/index.html'), 'utf8');
    const assets = extractAssets(html, 'http://127.0.0.1:1/');
    // The real 2026.9.6 page: one module script, six modulepreloads, one stylesheet.
    expect(assets.filter((a) => a.endsWith('.js'))).toHaveLength(7);
    expect(assets.filter((a) => a.endsWith('.css'))).toHaveLength(1);
    expect(assets.every((a) => a.startsWith('http://127.0.0.1:1/assets/'))).toBe(true);
    expect(extractBuildId('<html data-openclaw-control-ui-build-id="2026.9.6-release-x">')).toBe('2026.9.6-release-x');
    expect(extractAssets('<script src="https://cdn.example.com/x.js"></script><link rel="icon" href="/f.ico">', 'http://h/')).toEqual([]);
  });
});

describe('checkUiHttp against a local page server', () => {
  it('a healthy page: served, bundle loads, no-cache', async () => {
    const r = await run();
    const [ui, cache] = r.checks;
    expect(ui?.status).toBe('pass');
    expect(ui?.summary).toBe('Control UI 2026.9.6 served, 2 bundle file(s) load');
    expect(cache?.status).toBe('pass');
    expect(cache?.summary).toBe('Cache-Control: no-cache');
    expect(r.facts.version).toBe('2026.9.6');
  });

  it('RF-09: the JS bundle 404s → failure naming the file', async () => {
    gw.knobs.missingBundle = true;
    const [ui] = (await run()).checks;
    expect(ui?.status).toBe('fail');
    expect(ui?.summary).toBe('1 of 2 UI bundle file(s) do not load, the page would not start: /assets/app.js → HTTP 404');
  });

  it('RF-09: a redirect to a login page is a failure, not a pass', async () => {
    gw.knobs.redirectTo = '/login?next=%2F';
    const r = await run();
    expect(r.checks[0]?.status).toBe('fail');
    expect(r.checks[0]?.summary).toBe(
      `the Control UI page redirects (HTTP 302) to ${gw.url}/login: a login page or proxy is in front of the gateway — a redirect is not a working UI`,
    );
    expect(r.checks[1]).toMatchObject({ name: 'cache-headers', status: 'skip' });
  });

  it('a proxy that strips Cache-Control and the security headers is reported with what it stripped', async () => {
    gw.knobs.cacheControl = null;
    gw.knobs.stripSecurityHeaders = true;
    const cache = (await run()).checks[1];
    expect(cache?.status).toBe('fail');
    expect(cache?.reasons[0]).toMatch(/^the UI HTML has no Cache-Control header: OpenClaw sends "no-cache", so a proxy or CDN in front stripped it/);
    expect(cache?.reasons[1]).toBe(
      'headers OpenClaw always sends on the UI are missing: content-security-policy, x-frame-options, x-content-type-options, referrer-policy — a proxy or CDN in front strips them',
    );
    expect(cache?.data?.['stripped']).toEqual(['cache-control', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy']);
  });

  it('a rewritten max-age fails', async () => {
    gw.knobs.cacheControl = 'public, max-age=3600';
    const cache = (await run()).checks[1];
    expect(cache?.status).toBe('fail');
    expect(cache?.summary).toBe('browsers may cache the UI HTML for 3600 s (Cache-Control: public, max-age=3600); OpenClaw sends "no-cache", so something in front rewrote it');
  });

  it('a page that is not the Control UI fails', async () => {
    gw.knobs.plainPage = true;
    const r = await run();
    expect(r.checks[0]?.status).toBe('fail');
    expect(r.checks[0]?.summary).toBe(`the page at ${gw.url}/ is not the OpenClaw Control UI (text/html, title "Welcome to nginx!", no build id)`);
  });

  it('HTTP 404 on the page says where to look', async () => {
    const r = await run(`${gw.url}/nowhere`);
    expect(r.checks[0]?.summary).toBe('the Control UI page answered HTTP 404 (is gateway.controlUi disabled or on another basePath?)');
  });

  it('no answer → timeout within the budget', async () => {
    gw.knobs.blackHole = true;
    const started = Date.now();
    const r = await run(gw.url, 1_500);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.checks[0]?.status).toBe('fail');
    expect(r.checks[0]?.summary).toMatch(/^timeout: the Control UI page could not be fetched: /);
  });

  it('connection refused → unreachable', async () => {
    const r = await run('http://127.0.0.1:22958');
    expect(r.checks[0]?.summary).toBe('unreachable: the Control UI page could not be fetched: http://127.0.0.1:22958/ is unreachable: ECONNREFUSED');
  });
});

describe('RF-09: a TLS error is a failure', () => {
  it('a self-signed certificate fails with the TLS reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smoke-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const server = createHttpsServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => res.end('hi'));
    await new Promise<void>((r) => server.listen(TLS_PORT, '127.0.0.1', () => r()));
    try {
      const r = await run(`https://127.0.0.1:${TLS_PORT}`);
      expect(r.checks[0]?.status).toBe('fail');
      expect(r.checks[0]?.summary).toBe(`tls: the Control UI page could not be fetched: TLS error talking to https://127.0.0.1:${TLS_PORT}/: DEPTH_ZERO_SELF_SIGNED_CERT`);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
