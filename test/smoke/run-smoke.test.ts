/**
 * The orchestrator against two fake gateways: merged verdicts, budgets, concurrency, skipping after a
 * terminal failure, screenshots, and that no token reaches the report or the log in any derived form.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';
import { findBrowser } from '../../src/smoke/browser.js';
import { redactDeep, runSmoke, screenshotName, type SmokeOptions } from '../../src/smoke/run-smoke.js';
import { CHECK_NAMES, type SmokeReport } from '../../src/smoke/types.js';
import { recordingLogger } from '../fleet/helpers.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

let a: FakeGateway;
let b: FakeGateway;
beforeAll(async () => {
  a = await startFakeGateway({ port: 22951 });
  b = await startFakeGateway({ port: 22960 });
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});
beforeEach(() => {
  for (const g of [a, b]) {
    for (const k of Object.keys(g.knobs)) delete g.knobs[k as keyof typeof g.knobs];
    g.paired.clear();
    g.pending.clear();
  }
});

function opts(over: Partial<SmokeOptions> = {}): SmokeOptions & { logger: ReturnType<typeof recordingLogger> } {
  const secrets = new SecretRegistry();
  secrets.add(a.token);
  secrets.add(b.token);
  return {
    targets: [
      { id: 'gw-a', url: a.url, token: a.token },
      { id: 'gw-b', url: b.url, token: b.token },
    ],
    expectedVersion: { version: '2026.9.6', source: 'input' },
    timeoutMs: 20_000,
    callTimeoutMs: 5_000,
    concurrency: 2,
    pairDevices: true,
    secrets,
    ...over,
    logger: recordingLogger(),
  };
}

/** Fails when any token (any derived form) is in the text. */
function assertNoTokens(...texts: string[]): void {
  for (const t of [a.token, b.token, 'wrong-token-0123456789abcdef']) {
    for (const form of derivedForms(t)) for (const text of texts) expect(text.includes(form), `token form leaked: ${text.slice(0, 200)}`).toBe(false);
  }
}

const byName = (r: SmokeReport, i: number) => Object.fromEntries((r.instances[i]?.checks ?? []).map((c) => [c.name, c]));

describe('runSmoke', () => {
  it('all green (probes, credentials, UI over HTTP, chat API, WebSocket load): healthy, checks in canonical order', async () => {
    const o = opts({ chat: { prompt: 'Reply with PONG', expect: /PONG/, timeoutMs: 5_000, via: 'api' }, wsConnections: 3 });
    const r = await runSmoke(o);
    expect(r.result, JSON.stringify(r.instances.map((i) => i.reasons))).toBe('healthy');
    expect(r.counts).toEqual({ healthy: 2, degraded: 0, failed: 0 });
    expect(r.settings).toEqual({ browser: false, chat: 'api', wsLoadConnections: 3, timeoutSeconds: 20, concurrency: 2 });
    const names = r.instances[0]!.checks.map((c) => c.name);
    expect(names).toEqual(CHECK_NAMES.filter((n) => n !== 'control-ui' && n !== 'smoke'));
    expect(r.instances[0]!.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(r.instances[0]!.version).toBe('2026.9.6');
    expect(o.logger.lines).toContain(`info: gw-a: healthy (${(r.instances[0]!.durationMs / 1000).toFixed(1)} s)`);
    assertNoTokens(JSON.stringify(r), ...o.logger.lines);
  });

  it('with the browser: one screenshot per instance named after it; UI chat', async () => {
    const shots = mkdtempSync(join(tmpdir(), 'smoke-run-'));
    const o = opts({ browserPath: findBrowser().path, screenshotsDir: shots, chat: { prompt: 'Reply with PONG', expect: /PONG/, timeoutMs: 8_000, via: 'ui' } });
    const r = await runSmoke(o);
    expect(r.result, JSON.stringify(r.instances.map((i) => i.reasons))).toBe('healthy');
    expect(r.instances.map((i) => i.screenshot)).toEqual(['gw-a.png', 'gw-b.png']);
    expect(readdirSync(shots).sort()).toEqual(['gw-a.png', 'gw-b.png']);
    expect(byName(r, 0)['chat']?.data?.['via']).toBe('ui');
    expect(byName(r, 0)['version']?.data?.['running']).toEqual(['2026.9.6']);
    assertNoTokens(JSON.stringify(r), ...o.logger.lines, ...readdirSync(shots));
  });

  it('a version mismatch is a hard failure however green the rest is', async () => {
    b.knobs.version = '2026.9.5';
    const r = await runSmoke(opts());
    expect(r.result).toBe('failed');
    expect(r.instances[0]!.status).toBe('healthy');
    expect(r.instances[1]!.status).toBe('failed');
    expect(r.instances[1]!.reasons).toEqual(['version: runs OpenClaw 2026.9.5 (startupz, status, ui) but 2026.9.6 is pinned (input)']);
  });

  it('a gateway that stops answering (SIGSTOP) fails with timeout within its budget; the other is unaffected', async () => {
    b.knobs.blackHole = true;
    const started = Date.now();
    const r = await runSmoke(opts({ timeoutMs: 3_000, callTimeoutMs: 1_000 }));
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(r.instances[0]!.status).toBe('healthy');
    const inst = r.instances[1]!;
    expect(inst.status).toBe('failed');
    expect(inst.reasons[0]).toMatch(/^healthz: timeout: \/healthz \(127\.0\.0\.1:22960\/healthz\) no answer within 1000 ms/);
    const checks = byName(r, 1);
    expect(checks['version']?.summary).toBe('skipped: no answer (see healthz)');
    expect(inst.reasons).toHaveLength(1); // one cause, one reason
    for (const n of ['readyz', 'startupz', 'health-rpc', 'config', 'credentials', 'ui-http', 'cache-headers'] as const) {
      expect(checks[n]?.status, n).toBe('skip');
      expect(checks[n]?.summary, n).toMatch(/^skipped: timeout \(see healthz\)$/);
    }
  });

  it('a wrong token: failed "unauthorized", RPC checks skipped, the token in no output', async () => {
    const o = opts({ targets: [{ id: 'gw-a', url: a.url, token: 'wrong-token-0123456789abcdef' }], chat: { prompt: 'p', expect: /x/, timeoutMs: 2_000, via: 'api' } });
    o.secrets.add('wrong-token-0123456789abcdef');
    const r = await runSmoke(o);
    const inst = r.instances[0]!;
    expect(inst.status).toBe('failed');
    expect(inst.reasons[0]).toMatch(/^health-rpc: unauthorized: /);
    const checks = byName(r, 0);
    expect(checks['config']?.summary).toBe('skipped: unauthorized (see health-rpc)');
    expect(checks['credentials']?.summary).toBe('skipped: unauthorized (see health-rpc)');
    expect(checks['chat']?.summary).toBe('skipped: unauthorized (see health-rpc)');
    assertNoTokens(JSON.stringify(r), ...o.logger.lines);
  });

  it.each([
    [{ notReady: ['agent-database:main'] }, 'failed', 'readyz: not ready (HTTP 503): failing agent-database:main'],
    [{ configValid: false }, 'failed', 'config: the config file is invalid, the gateway keeps running its last good config: gateway: Unrecognized key: "bogus"'],
    [{ configApplied: false }, 'failed', 'config: the saved config is not the applied one (a restart is pending or the last reload failed)'],
    [{ healthOk: false }, 'failed', 'health-rpc: health RPC answered ok:false'],
    [{ eventLoopDegraded: true }, 'degraded', 'readyz: event loop degraded (cpu)'],
    [{ pluginErrors: ['telegram'] }, 'degraded', 'health-rpc: plugin errors: telegram'],
    [{ configWarnings: [{ path: 'gateway.auth.token', message: 'Missing env var "GW_TOKEN"' }] }, 'degraded', 'config: config warnings: gateway.auth.token: Missing env var "GW_TOKEN"'],
    [{ cacheControl: null }, 'failed', 'cache-headers: the UI HTML has no Cache-Control header'],
  ] as const)('knob %j → %s', async (knobs, status, reason) => {
    Object.assign(a.knobs, knobs);
    const r = await runSmoke(opts({ targets: [{ id: 'gw-a', url: a.url, token: a.token }] }));
    expect(r.instances[0]!.status).toBe(status);
    expect(r.instances[0]!.reasons[0]).toContain(reason);
  });

  it('a missing credential for the primary model fails the instance', async () => {
    a.knobs.config = { agents: { defaults: { model: { primary: 'anthropic/claude-sonnet-4-5' } } } };
    const r = await runSmoke(opts({ targets: [{ id: 'gw-a', url: a.url, token: a.token }] }));
    expect(r.instances[0]!.status).toBe('failed');
    expect(r.instances[0]!.reasons[0]).toContain('chats will fail with: No API key found for provider "anthropic"');
  });

  it('a client factory that throws still yields a failed instance, not a crashed run', async () => {
    const r = await runSmoke(
      opts({
        targets: [{ id: 'gw-a', url: a.url, token: a.token }],
        clientFactory: () => {
          throw new Error('bad url');
        },
      }),
    );
    expect(r.instances[0]!.status).toBe('failed');
    expect(r.instances[0]!.reasons).toEqual(['smoke: error: bad url']);
  });

  it('refuses inconsistent options', async () => {
    await expect(runSmoke(opts({ browserPath: '/usr/bin/chromium' }))).rejects.toThrow('runSmoke: screenshotsDir is required with a browser');
    await expect(runSmoke(opts({ chat: { prompt: 'p', expect: /x/, timeoutMs: 1, via: 'ui' } }))).rejects.toThrow("runSmoke: chat via 'ui' needs the browser");
  });
});

describe('helpers', () => {
  it('screenshot names come from the id only, never a secret, unique', () => {
    const secrets = new SecretRegistry();
    secrets.add('gw-secret-name-123');
    const taken = new Set<string>();
    expect(screenshotName('gw-1', 0, secrets, taken)).toBe('gw-1.png');
    expect(screenshotName('gw-1', 1, secrets, taken)).toBe('gw-1-2.png');
    expect(screenshotName('../../etc/passwd', 2, secrets, taken)).toBe('etc_passwd.png');
    expect(screenshotName('gw-secret-name-123', 3, secrets, taken)).toBe('instance-4.png');
    expect(existsSync('etc_passwd.png')).toBe(false);
  });

  it('redactDeep redacts keys and values at every level', () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t-value');
    expect(redactDeep({ a: ['x s3cr3t-value'], 's3cr3t-value': { n: 1, b: true } }, (s) => secrets.redact(s))).toEqual({ a: ['x ***'], '***': { n: 1, b: true } });
  });
});
