import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, renderSummary, renderText, reportDigest, verifyDigest, withDigest, writeReport } from '../../src/smoke/report.js';
import type { DigestedReport, SmokeReport } from '../../src/smoke/types.js';

function report(): SmokeReport {
  return {
    schemaVersion: 1,
    tool: 'clawfleet/smoke-and-browser-test',
    startedAt: '2026-11-21T22:00:00.000Z',
    finishedAt: '2026-11-21T22:00:10.000Z',
    durationMs: 10_000,
    result: 'failed',
    expectedVersion: { version: '2026.9.6', source: 'input' },
    settings: { browser: true, chat: 'ui', wsLoadConnections: 0, timeoutSeconds: 180, concurrency: 4 },
    counts: { healthy: 1, degraded: 0, failed: 1 },
    instances: [
      {
        id: 'gw-1',
        url: 'http://127.0.0.1:22000',
        status: 'healthy',
        reasons: [],
        version: '2026.9.6',
        screenshot: 'gw-1.png',
        checks: [
          { name: 'healthz', status: 'pass', summary: 'live', reasons: [], durationMs: 3 },
          { name: 'control-ui', status: 'pass', summary: 'Connected in 3.1 s', reasons: [], durationMs: 4000 },
        ],
        durationMs: 5000,
      },
      {
        id: 'gw-2',
        url: 'http://127.0.0.1:22120',
        status: 'failed',
        reasons: ['version: runs OpenClaw 2026.9.5 | (status) but 2026.9.6 is pinned (input)'],
        version: '2026.9.5',
        checks: [
          { name: 'healthz', status: 'pass', summary: 'live', reasons: [], durationMs: 3 },
          { name: 'version', status: 'fail', summary: 'runs OpenClaw 2026.9.5', reasons: ['runs OpenClaw 2026.9.5'], durationMs: 0 },
        ],
        durationMs: 5000,
      },
    ],
  };
}

describe('digest', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"x":2,"z":1}]},"b":1}');
  });

  it('the digest is stable under key order, changes with content, and verifies', () => {
    const r = report();
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const shuffled = reverseKeys(r) as SmokeReport;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(r));
    expect(reportDigest(shuffled)).toBe(reportDigest(r));
    expect(reportDigest(r)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const d = withDigest(r);
    expect(verifyDigest(d)).toBe(true);
    const tampered: DigestedReport = { ...d, result: 'healthy' };
    expect(verifyDigest(tampered)).toBe(false);
  });

  it('writeReport writes the digested JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'smoke-report-')), 'sub', 'report.json');
    const d = writeReport(file, report());
    const back = JSON.parse(readFileSync(file, 'utf8')) as DigestedReport;
    expect(back.digest).toBe(d.digest);
    expect(verifyDigest(back)).toBe(true);
  });
});

describe('renderSummary', () => {
  it('one row per instance with each check, the reasons, and the screenshots', () => {
    const md = renderSummary(report(), { screenshotsDir: '/tmp/shots', reportFile: '/tmp/r.json', digest: 'sha256:abc' });
    expect(md).toContain('## Smoke test: ❌ failed');
    expect(md).toContain('2 instance(s): 1 healthy, 0 degraded, 1 failed · expected OpenClaw 2026.9.6 (input) · browser on · chat via ui · 10.0 s');
    expect(md).toContain('| instance | status | OpenClaw | healthz | version | control-ui | first reason |');
    expect(md).toContain('| gw-1 | ✅ healthy | 2026.9.6 | ✅ | — | ✅ |  |');
    // a | inside a message cannot break the table
    expect(md).toContain('| gw-2 | ❌ failed | 2026.9.5 | ✅ | ❌ | — | version: runs OpenClaw 2026.9.5 \\| (status) but 2026.9.6 is pinned (input) |');
    expect(md).toContain('### Why');
    expect(md).toContain('**gw-2** — ❌ failed');
    expect(md).toContain('### Screenshots');
    expect(md).toContain('- `gw-1.png` — gw-1 (healthy)');
    expect(md).toContain('In `/tmp/shots`');
    expect(md).toContain('Report: `/tmp/r.json` (sha256:abc)');
  });

  it('caps the rows', () => {
    const md = renderSummary(report(), { maxRows: 1 });
    expect(md).toContain('…and 1 more instance(s) in the report file.');
    expect(md).not.toContain('| gw-2 |');
  });

  it('renderText lists every reason', () => {
    expect(renderText(report())).toBe(
      'smoke: failed (1 healthy, 0 degraded, 1 failed)\n  gw-1: healthy (2026.9.6)\n  gw-2: failed (2026.9.5)\n    - version: runs OpenClaw 2026.9.5 | (status) but 2026.9.6 is pinned (input)\n',
    );
  });
});
