/**
 * The Control UI over plain HTTP (no browser needed): the page itself, its JS/CSS bundle, and its cache
 * headers (issue #5 items 4 and 6, reliability case RF-09).
 *
 * Measured on OpenClaw 2026.9.6: `GET /` answers `200 text/html` with `Cache-Control: no-cache`,
 * `X-Frame-Options: DENY`, a strict `Content-Security-Policy`, `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`; the `<html>` element carries `data-openclaw-control-ui-build-id=
 * "2026.9.6-release-…"`; the bundle is `/assets/*.js|css` referenced by `<script src>` and
 * `<link rel=modulepreload|stylesheet>`. So:
 * - a redirect (a login page, an auth proxy) or a TLS error is a failure, never a pass;
 * - a bundle file that does not load (404 after a half-finished upgrade) is a failure — the page would stay blank;
 * - HTML that browsers may cache is a failure (after an upgrade they would keep running the old UI against
 *   the new gateway: "Protocol mismatch"); a missing header OpenClaw always sends means something in front
 *   (proxy, CDN) stripped it, and the report says which.
 */
import pLimit from 'p-limit';
import type { Deadline } from './deadline.js';
import { describeFailure } from './errors.js';
import { displayUrl, httpGet, type HttpResult } from './http.js';
import { CheckBuilder, skippedCheck } from './status.js';
import type { CheckResult } from './types.js';
import { versionFromBuildId } from './version.js';

/** Headers OpenClaw 2026.9.6 sends on the Control UI HTML, besides Cache-Control. Missing = stripped in front. */
export const EXPECTED_UI_HEADERS = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy'] as const;

/** Headers that reveal a proxy or CDN between the runner and the gateway. */
const PROXY_HEADERS = ['via', 'x-cache', 'cf-cache-status', 'x-served-by', 'age', 'x-proxy-cache', 'server'] as const;

export interface UiHttpFacts {
  buildId?: string;
  version?: string;
  /** Same-origin bundle files the page references. */
  assets: string[];
}

export interface CacheVerdict {
  /** `fail` = browsers may cache the HTML; `warn` = shared caches may; `pass` = revalidated every time. */
  status: 'pass' | 'warn' | 'fail';
  finding: string;
}

/** Parses a Cache-Control value into lower-case directives (`max-age` → number). */
export function parseCacheControl(value: string): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (const part of value.split(',')) {
    const [k, ...rest] = part.trim().split('=');
    if (!k) continue;
    out.set(k.trim().toLowerCase(), rest.length ? rest.join('=').trim().replace(/^"|"$/g, '') : true);
  }
  return out;
}

/** Whether a response's caching lets a browser show the HTML without asking the server first. */
export function assessCacheControl(cacheControl: string | null, expires: string | null = null, now = Date.now()): CacheVerdict {
  if (cacheControl === null || cacheControl.trim() === '') {
    const exp = expires ? Date.parse(expires) : NaN;
    const extra = Number.isFinite(exp) && exp > now ? ` and Expires is ${Math.round((exp - now) / 1000)} s in the future` : '';
    return {
      status: 'fail',
      finding: `the UI HTML has no Cache-Control header${extra}: OpenClaw sends "no-cache", so a proxy or CDN in front stripped it — browsers may keep a stale UI after an upgrade`,
    };
  }
  const d = parseCacheControl(cacheControl);
  if (d.has('no-store') || d.has('no-cache')) return { status: 'pass', finding: `Cache-Control: ${cacheControl}` };
  const maxAge = Number(d.get('max-age'));
  if (d.has('immutable')) return { status: 'fail', finding: `the UI HTML is marked immutable (Cache-Control: ${cacheControl}); browsers will not revalidate it` };
  if (Number.isFinite(maxAge) && maxAge > 0) {
    return {
      status: 'fail',
      finding: `browsers may cache the UI HTML for ${maxAge} s (Cache-Control: ${cacheControl}); OpenClaw sends "no-cache", so something in front rewrote it`,
    };
  }
  const sMaxAge = Number(d.get('s-maxage'));
  if (Number.isFinite(sMaxAge) && sMaxAge > 0) {
    return { status: 'warn', finding: `shared caches may keep the UI HTML for ${sMaxAge} s (Cache-Control: ${cacheControl})` };
  }
  if (Number.isFinite(maxAge) && maxAge === 0) return { status: 'pass', finding: `Cache-Control: ${cacheControl}` };
  return {
    status: 'fail',
    finding: `Cache-Control "${cacheControl}" does not require revalidation (no no-cache, no-store or max-age=0); browsers may reuse a stale UI`,
  };
}

/** `data-openclaw-control-ui-build-id` of the page, if it is the OpenClaw Control UI. */
export function extractBuildId(html: string): string | undefined {
  return /data-openclaw-control-ui-build-id="([^"]+)"/.exec(html)?.[1];
}

/** Same-origin JS/CSS the page needs: module scripts, modulepreloads and stylesheets. */
export function extractAssets(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const out = new Set<string>();
  const add = (ref: string | undefined) => {
    if (!ref) return;
    try {
      const u = new URL(ref.replace(/&amp;/g, '&'), page);
      if (u.origin === page.origin) out.add(u.href);
    } catch {
      /* not a URL: ignore */
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (/\b(stylesheet|modulepreload|preload)\b/.test(rel)) add(/\bhref="([^"]+)"/i.exec(tag)?.[1]);
  }
  return [...out];
}

export interface UiHttpOptions {
  callTimeoutMs: number;
  /** Most bundle files fetched (the 2026.9.6 page references 8). Default 40. */
  maxAssets?: number;
  /** Parallel asset fetches. Default 4. */
  assetConcurrency?: number;
}

/** Fetches the UI page and its bundle; returns the `ui-http` and `cache-headers` checks and what it learned. */
export async function checkUiHttp(baseUrl: string, deadline: Deadline, opts: UiHttpOptions): Promise<{ checks: CheckResult[]; facts: UiHttpFacts }> {
  const facts: UiHttpFacts = { assets: [] };
  const ui = new CheckBuilder('ui-http');
  const pageUrl = baseUrl.replace(/\/+$/, '') + '/';
  let page: HttpResult;
  try {
    page = await httpGet(pageUrl, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, headers: { accept: 'text/html' }, maxBytes: 2 * 1024 * 1024 });
  } catch (err) {
    const d = describeFailure(err, deadline.signal);
    ui.fail(`${d.kind}: the Control UI page could not be fetched: ${d.message}`);
    ui.data['failure'] = d.kind;
    return { checks: [ui.build(''), skippedCheck('cache-headers', `skipped: ${d.kind} (see ui-http)`)], facts };
  }
  ui.data['httpStatus'] = page.status;
  ui.data['pageMs'] = Math.round(page.elapsedMs);

  if (page.status >= 300 && page.status < 400) {
    const loc = page.headers.get('location');
    ui.fail(
      `the Control UI page redirects (HTTP ${page.status}) to ${loc ? displayUrl(new URL(loc, pageUrl)) : 'nowhere'}: a login page or proxy is in front of the gateway — a redirect is not a working UI`,
    );
    return { checks: [ui.build(''), skippedCheck('cache-headers', 'skipped: the page redirects (see ui-http)')], facts };
  }
  if (page.status !== 200) {
    ui.fail(`the Control UI page answered HTTP ${page.status}${page.status === 404 ? ' (is gateway.controlUi disabled or on another basePath?)' : ''}`);
    return { checks: [ui.build(''), skippedCheck('cache-headers', `skipped: HTTP ${page.status} (see ui-http)`)], facts };
  }
  const type = page.headers.get('content-type') ?? '';
  const buildId = extractBuildId(page.body);
  if (!/text\/html/i.test(type) || !buildId) {
    const title = /<title>([^<]{0,120})<\/title>/i.exec(page.body)?.[1];
    ui.fail(`the page at ${displayUrl(pageUrl)} is not the OpenClaw Control UI (${type || 'no content type'}${title ? `, title "${title}"` : ''}${buildId ? '' : ', no build id'})`);
  }
  if (buildId) {
    facts.buildId = buildId;
    ui.data['buildId'] = buildId;
    const v = versionFromBuildId(buildId);
    if (v) facts.version = v;
  }

  // The bundle: each file must load, or the page stays blank (RF-09).
  facts.assets = extractAssets(page.body, pageUrl).slice(0, opts.maxAssets ?? 40);
  const limit = pLimit(opts.assetConcurrency ?? 4);
  const broken: string[] = [];
  await Promise.all(
    facts.assets.map((asset) =>
      limit(async () => {
        if (deadline.expired) return;
        try {
          const r = await httpGet(asset, { timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, discardBody: true });
          if (r.status !== 200) broken.push(`${new URL(asset).pathname} → HTTP ${r.status}`);
        } catch (err) {
          const d = describeFailure(err, deadline.signal);
          broken.push(`${new URL(asset).pathname} → ${d.kind}`);
        }
      }),
    ),
  );
  ui.data['assets'] = facts.assets.length;
  if (broken.length) {
    ui.fail(`${broken.length} of ${facts.assets.length} UI bundle file(s) do not load, the page would not start: ${broken.slice(0, 4).join('; ')}${broken.length > 4 ? '; …' : ''}`);
    ui.data['brokenAssets'] = broken;
  }
  if (deadline.expired) ui.fail(describeFailure(deadline.signal.reason, deadline.signal).message);

  // Cache headers of the HTML, and the headers OpenClaw sends that are missing (stripped in front).
  const cache = new CheckBuilder('cache-headers');
  const cc = page.headers.get('cache-control');
  const verdict = assessCacheControl(cc, page.headers.get('expires'));
  if (verdict.status === 'fail') cache.fail(verdict.finding);
  else if (verdict.status === 'warn') cache.warn(verdict.finding);
  cache.data['cacheControl'] = cc ?? null;
  const missingSecurity = EXPECTED_UI_HEADERS.filter((h) => !page.headers.has(h));
  const stripped: string[] = [...(cc === null ? ['cache-control'] : []), ...missingSecurity];
  if (stripped.length) cache.data['stripped'] = stripped;
  if (missingSecurity.length) {
    cache.warn(`headers OpenClaw always sends on the UI are missing: ${missingSecurity.join(', ')} — a proxy or CDN in front strips them`);
  }
  const proxy = PROXY_HEADERS.filter((h) => page.headers.has(h) && !(h === 'server' && !page.headers.has('via'))).map((h) => `${h}: ${page.headers.get(h)}`);
  if (proxy.length) cache.data['proxy'] = proxy;

  return {
    checks: [ui.build(`Control UI ${facts.version ?? buildId ?? ''} served, ${facts.assets.length} bundle file(s) load`.replace(/\s+/g, ' ')), cache.build(verdict.finding)],
    facts,
  };
}
