/**
 * The browser check against a miniature Control UI (fake-gateway.ts) in real headless Chromium: console
 * errors, failed loads, refused connects (origin, token, pairing), the pairing flow through the admin RPC
 * with the request shapes measured on OpenClaw 2026.9.6, screenshots, and the UI chat.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { findBrowser, launchBrowser } from '../../src/smoke/browser.js';
import { checkControlUi, classifyFailedLoad, connectFailureMessage, countedConsoleErrors, type ControlUiOptions } from '../../src/smoke/control-ui.js';
import { Deadline } from '../../src/smoke/deadline.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

const PORT = 22950;
let gw: FakeGateway;
let browser: Browser;
const shots = mkdtempSync(join(tmpdir(), 'smoke-shots-'));

beforeAll(async () => {
  gw = await startFakeGateway({ port: PORT });
  browser = await launchBrowser(findBrowser().path);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gw?.stop();
});
beforeEach(() => {
  for (const k of Object.keys(gw.knobs)) delete gw.knobs[k as keyof typeof gw.knobs];
  gw.paired.clear();
  gw.pending.clear();
  gw.wsCalls.length = 0;
  gw.rpcCalls.length = 0;
});

let n = 0;
async function run(over: Partial<ControlUiOptions> = {}, budgetMs = 30_000) {
  const deadline = new Deadline(budgetMs);
  const token = over.token ?? gw.token;
  const client = createGatewayClient({ id: 'fake', url: gw.url, token: gw.token }, { timeoutMs: 5_000 });
  const file = join(shots, `fake-${++n}.png`);
  try {
    const out = await checkControlUi({
      browser,
      url: gw.url,
      token,
      deadline,
      connectTimeoutMs: 8_000,
      callTimeoutMs: 8_000,
      screenshotFile: file,
      pairing: { client, timeoutMs: () => 5_000, approve: true },
      ...over,
    });
    return { ...out, ui: out.checks[0]!, chat: out.checks[1], file };
  } finally {
    deadline.dispose();
  }
}

describe('pure classification', () => {
  const origin = 'http://127.0.0.1:1';
  it.each([
    [{ url: `${origin}/assets/index-x.js`, resourceType: 'script', status: 404 }, 'critical'],
    [{ url: `${origin}/assets/x.css`, resourceType: 'stylesheet', status: 500 }, 'critical'],
    [{ url: `${origin}/assets/font.woff2`, resourceType: 'fetch', status: 404 }, 'critical'],
    [{ url: `${origin}/`, resourceType: 'document', status: 502 }, 'critical'],
    [{ url: `${origin}/api/users/gateway-owner/avatar`, resourceType: 'fetch', status: 404 }, 'ignored'],
    [{ url: `${origin}/__openclaw__/workspace-icon/agent%3Amain`, resourceType: 'fetch', status: 404 }, 'ignored'],
    [{ url: `${origin}/api/x`, resourceType: 'xhr', status: 503 }, 'server-error'],
    [{ url: 'https://fonts.example.com/a.css', resourceType: 'stylesheet', errorText: 'net::ERR_NAME_NOT_RESOLVED' }, 'ignored'],
    [{ url: 'https://cdn.example.com/app.js', resourceType: 'script', errorText: 'net::ERR_NAME_NOT_RESOLVED' }, 'critical'],
    [{ url: `${origin}/api/users/a/avatar?v=1`, resourceType: 'fetch', errorText: 'net::ERR_ABORTED' }, 'ignored'],
  ] as const)('%j → %s', (r, want) => expect(classifyFailedLoad(r, origin)).toBe(want));

  it('"Failed to load resource" lines are judged by their load; ignore patterns apply', () => {
    const errors = [{ text: 'Failed to load resource: the server responded with a status of 404 (Not Found)' }, { text: 'TypeError: x is undefined' }, { text: 'extension noise 42' }];
    expect(countedConsoleErrors(errors, [/^extension noise/])).toEqual([{ text: 'TypeError: x is undefined' }]);
  });

  it('refused connects say what to fix', () => {
    expect(connectFailureMessage('CONTROL_UI_ORIGIN_NOT_ALLOWED', 'origin not allowed', 'https://gw.example.com').text).toBe(
      'the gateway refuses the browser origin https://gw.example.com (CONTROL_UI_ORIGIN_NOT_ALLOWED): add "https://gw.example.com" to gateway.controlUi.allowedOrigins in the config repo',
    );
    expect(connectFailureMessage('AUTH_TOKEN_MISMATCH', 'x', 'o')).toEqual({ kind: 'unauthorized', text: "unauthorized: the gateway rejected the token (AUTH_TOKEN_MISMATCH); check the instance's tokenEnv" });
  });
});

describe('checkControlUi in Chromium', () => {
  it('a healthy UI connects; screenshot written; the silently paired browser device is removed again', async () => {
    const r = await run();
    expect(r.ui.status, r.ui.summary).toBe('pass');
    expect(r.ui.summary).toMatch(/^Connected in \d+\.\d s, no console errors or failed loads$/);
    expect(r.ui.data?.['pairing']).toBe('local (approved by the gateway)');
    expect(r.version).toBe('2026.9.6');
    expect(r.screenshot).toBe(true);
    expect(readdirSync(shots)).toContain('fake-1.png'.replace('1', String(n)));
    // The app's connect carried a device id; it was paired silently and removed through device.pair.remove.
    const connect = gw.wsCalls.find((c) => c.method === 'connect' && (c.params['client'] as { id: string }).id === 'openclaw-control-ui');
    const deviceId = (connect?.params['device'] as { id: string }).id;
    expect(gw.rpcCalls).toContainEqual({ method: 'device.pair.remove', params: { deviceId } });
    expect(gw.paired.size).toBe(0);
    // Traces/HAR/video are never recorded: the folder holds screenshots only.
    expect(readdirSync(shots).every((f) => f.endsWith('.png'))).toBe(true);
  });

  it('a console error fails the check and quotes it', async () => {
    gw.knobs.consoleError = 'TypeError: cannot read properties of undefined (reading "agents")';
    const r = await run();
    expect(r.ui.status).toBe('fail');
    expect(r.ui.summary).toBe('1 console error(s): "TypeError: cannot read properties of undefined (reading "agents")"');
  });

  it('an ignored console error pattern does not count', async () => {
    gw.knobs.consoleError = 'noise from a browser extension';
    const r = await run({ ignoreConsole: [/browser extension/] });
    expect(r.ui.status).toBe('pass');
  });

  it('an uncaught page error fails', async () => {
    gw.knobs.pageError = 'boom in render';
    const r = await run();
    expect(r.ui.status).toBe('fail');
    expect(r.ui.reasons).toContain('1 uncaught page error(s): Error: boom in render');
  });

  it('RF-09: the JS bundle 404s → the app never connects and the failed load is named', async () => {
    gw.knobs.missingBundle = true;
    const r = await run({ connectTimeoutMs: 2_000 });
    expect(r.ui.status).toBe('fail');
    expect(r.ui.reasons[0]).toBe('timeout: the UI did not show "Connected" within 2 s (status: "Connecting")');
    expect(r.ui.reasons).toContain('1 failed load(s) of the app itself: /assets/app.js → HTTP 404');
    expect(r.screenshot).toBe(true);
  });

  it('the optional 404 images a healthy UI requests are listed, not failed', async () => {
    gw.knobs.avatar404 = true;
    const r = await run();
    expect(r.ui.status, r.ui.reasons.join('\n')).toBe('pass');
    expect(r.ui.data?.['ignoredLoads']).toEqual(['/api/users/gateway-owner/avatar → HTTP 404']);
  });

  it('a same-origin 5xx degrades', async () => {
    gw.knobs.api500 = true;
    const r = await run();
    expect(r.ui.status).toBe('warn');
    expect(r.ui.summary).toBe('1 request(s) answered with a server error: /api/broken → HTTP 500');
  });

  it('origin not allowed → failure with the origin to add', async () => {
    gw.knobs.originNotAllowed = true;
    const r = await run();
    expect(r.ui.status).toBe('fail');
    expect(r.ui.summary).toBe(
      `rejected: the gateway refuses the browser origin ${gw.url} (CONTROL_UI_ORIGIN_NOT_ALLOWED): add "${gw.url}" to gateway.controlUi.allowedOrigins in the config repo`,
    );
  });

  it('a wrong token → unauthorized, and the token is nowhere in the result', async () => {
    const wrong = 'wrong-token-0123456789abcdef';
    const secrets = new SecretRegistry();
    secrets.add(wrong);
    const r = await run({ token: wrong });
    expect(r.ui.status).toBe('fail');
    expect(r.ui.summary).toBe("unauthorized: the gateway rejected the token (AUTH_TOKEN_MISMATCH); check the instance's tokenEnv");
    expect(secrets.redact(JSON.stringify(r))).toBe(JSON.stringify(r));
  });

  it('pairing required (a non-local browser): exactly our request is approved through the admin RPC, the device removed afterwards', async () => {
    gw.knobs.requirePairing = true;
    const r = await run();
    expect(r.ui.status, r.ui.reasons.join('\n')).toBe('pass');
    expect(r.ui.data?.['pairing']).toBe('approved via admin RPC');
    expect(r.ui.data?.['notes']).toEqual(['browser paired through device.pair.approve (non-local origin)', 'browser device removed (device.pair.remove)']);
    const methods = gw.rpcCalls.map((c) => c.method);
    expect(methods).toEqual(['device.pair.list', 'device.pair.approve', 'device.pair.remove']);
    expect(gw.paired.size).toBe(0);
    expect(gw.pending.size).toBe(0);
  });

  it('pairing required but pair-devices off → failure, and our pending request is rejected', async () => {
    gw.knobs.requirePairing = true;
    const client = createGatewayClient({ id: 'fake', url: gw.url, token: gw.token }, { timeoutMs: 5_000 });
    const r = await run({ pairing: { client, timeoutMs: () => 5_000, approve: false } });
    expect(r.ui.status).toBe('fail');
    expect(r.ui.summary).toBe('rejected: the gateway requires pairing this browser and pairing is turned off (input pair-devices: false)');
    expect(gw.rpcCalls.map((c) => c.method)).toEqual(['device.pair.reject']);
    expect(gw.pending.size).toBe(0);
  });

  it('a UI that never connects fails with a timeout and the status it showed', async () => {
    gw.knobs.neverConnect = true;
    const r = await run({ connectTimeoutMs: 1_500 });
    expect(r.ui.status).toBe('fail');
    expect(r.ui.summary).toBe('timeout: the UI did not show "Connected" within 2 s (status: "Connecting")');
  });
});

describe('chat in the UI', () => {
  const spec = { prompt: 'Reply with PONG', expect: /PONG/, timeoutMs: 5_000 };

  it('a reply still rendering when the run ends is read once the transcript settles, not as its first chunk', async () => {
    gw.knobs.uiStreamMs = 1_200; // the old rule (stop at the run's end once it matches) read "PONG fro" here
    try {
      const r = await run({ chat: spec, cleanupSession: async () => 'deleted' });
      expect(r.chat?.status, r.chat?.reasons.join('\n')).toBe('pass');
      expect(r.chat?.data?.['reply']).toBe('PONG from fake gateway'); // not "PONG fro"
    } finally {
      delete gw.knobs.uiStreamMs;
    }
  });

  it('types the prompt in a dedicated session and reads the reply row', async () => {
    const cleaned: Array<[string, string | undefined]> = [];
    const r = await run({ chat: spec, cleanupSession: async (k, runId) => (cleaned.push([k, runId]), `chat session ${k} deleted`) });
    expect(r.ui.status, r.ui.reasons.join('\n')).toBe('pass');
    expect(r.chat?.status, r.chat?.reasons.join('\n')).toBe('pass');
    expect(r.chat?.data?.['reply']).toBe('PONG from fake gateway');
    expect(r.chat?.data?.['via']).toBe('ui');
    const send = gw.wsCalls.find((c) => c.method === 'chat.send');
    expect(send?.params['sessionKey']).toMatch(/^agent:main:clawfleet:smoke-[0-9a-f]{8}$/);
    expect(send?.params['message']).toBe('Reply with PONG');
    expect(cleaned).toEqual([[send?.params['sessionKey'], undefined]]);
  });

  it('a reply that does not match expect fails and shows the reply', async () => {
    gw.knobs.reply = 'I cannot help with that';
    const r = await run({ chat: spec, cleanupSession: async () => 'deleted' });
    expect(r.chat?.status).toBe('fail');
    expect(r.chat?.summary).toBe('the reply does not match /PONG/: "I cannot help with that"');
  });

  it('a dead model endpoint: fails at the second failed model attempt with the provider error; the run is aborted in cleanup', async () => {
    gw.knobs.modelDown = true;
    const cleaned: Array<[string, string | undefined]> = [];
    const r = await run({ chat: { ...spec, timeoutMs: 20_000 }, cleanupSession: async (k, runId) => (cleaned.push([k, runId]), 'deleted') });
    expect(r.chat?.status).toBe('fail');
    expect(r.chat?.summary).toMatch(
      /^provider error: LLM request failed: connection refused by the provider endpoint\. \(provider fake, model fake-model\); [23] model attempts failed in a row, stopped without waiting out the agent's retries \(last status: Provider temporarily unavailable\. Retrying in 2s \(\d\/8\)\.\)$/,
    );
    expect(Number(r.chat?.data?.['latencyMs'])).toBeLessThan(20_000);
    expect(cleaned[0]?.[1]).toBeDefined(); // the unfinished run id is passed on so it gets aborted
  });

  it('a dead model endpoint with providerFailureLimit 0: no reply within the deadline, with the agent\'s own error', async () => {
    gw.knobs.modelDown = true;
    const cleaned: Array<[string, string | undefined]> = [];
    const r = await run({ chat: { ...spec, timeoutMs: 2_000, providerFailureLimit: 0 }, cleanupSession: async (k, runId) => (cleaned.push([k, runId]), 'deleted') });
    expect(r.chat?.status).toBe('fail');
    expect(r.chat?.summary).toMatch(
      /^no reply within 2 s; the agent reported: LLM request failed: connection refused by the provider endpoint\. \(provider fake, model fake-model\); last status: Provider temporarily unavailable\. Retrying in 2s \(\d+\/8\)\.$/,
    );
    expect(cleaned[0]?.[1]).toBeDefined(); // the unfinished run id is passed on so it gets aborted
  });
});
