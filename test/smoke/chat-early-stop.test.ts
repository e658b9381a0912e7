/**
 * The chat check's early stop on provider errors (src/smoke/chat.ts): the event rules of RunObserver, and
 * chatViaApi against the fake gateway (a dead model, a rate-limited one). The real-gateway proof is
 * chat.gateway.test.ts. Port: 24960 (the demo engineer's range).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../src/fleet/client.js';
import { chatViaApi, DEFAULT_PROVIDER_FAILURE_LIMIT, RunObserver } from '../../src/smoke/chat.js';
import { Deadline } from '../../src/smoke/deadline.js';
import type { GatewayEvent } from '../../src/smoke/gateway-ws.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

const PORT = 24960;

// Shapes measured on OpenClaw 2026.9.6 with the model endpoint refusing connections.
const failed = (runId: string, reason = 'timeout', sessionKey = 'agent:main:s1'): GatewayEvent => ({
  event: 'agent',
  payload: {
    runId,
    sessionKey,
    stream: 'lifecycle',
    data: { phase: 'finishing', error: 'LLM request failed: connection refused by the provider endpoint.', errorObservation: { provider: 'stub', model: 'demo-model', failoverReason: reason, providerRuntimeFailureKind: reason }, aborted: false },
  },
});
const retrying = (runId: string, n: number): GatewayEvent => ({
  event: 'agent',
  payload: { runId, sessionKey: 'agent:main:s1', stream: 'run_status', data: { phase: 'retrying', message: `Provider temporarily unavailable. Retrying in 1s (${n}/8).`, retryAttempt: n, maxRetries: 8, reason: 'timeout' } },
});
const text = (runId: string, t: string): GatewayEvent => ({ event: 'agent', payload: { runId, sessionKey: 'agent:main:s1', stream: 'assistant', data: { text: t } } });

describe('RunObserver.providerVerdict', () => {
  it('counts failed model attempts of its run and names the provider error once the limit is reached', () => {
    const o = new RunObserver(() => 'r1');
    o.observe(failed('other'));
    expect(o.providerFailures).toBe(0);
    o.observe(failed('r1'));
    o.observe(retrying('r1', 1));
    expect(o.providerVerdict(2)).toBeUndefined();
    o.observe(failed('r1'));
    expect(o.providerFailures).toBe(2);
    expect(o.providerVerdict(2)).toBe(
      "provider error: LLM request failed: connection refused by the provider endpoint. (provider stub, model demo-model, reason timeout); 2 model attempts failed in a row, stopped without waiting out the agent's retries (last status: Provider temporarily unavailable. Retrying in 1s (1/8).)",
    );
    expect(o.providerVerdict(3)).toBeUndefined();
  });

  it('limit 0 never stops early', () => {
    const o = new RunObserver(() => 'r1');
    for (let i = 0; i < 9; i++) o.observe(failed('r1'));
    expect(o.providerVerdict(0)).toBeUndefined();
    expect(DEFAULT_PROVIDER_FAILURE_LIMIT).toBe(2);
  });

  it('rate limits and overloads are waited out, not counted', () => {
    const o = new RunObserver(() => 'r1');
    o.observe(failed('r1', 'rate_limit'));
    o.observe(failed('r1', 'overloaded'));
    o.observe(failed('r1', 'rate_limit'));
    expect(o.providerFailures).toBe(0);
    expect(o.throttledAttempts).toBe(3);
    expect(o.providerVerdict(2)).toBeUndefined();
    // …but a real failure after them still counts.
    o.observe(failed('r1', 'auth'));
    o.observe(failed('r1', 'auth'));
    expect(o.providerVerdict(2)).toMatch(/^provider error: .*reason auth\)/);
  });

  it('a model answer in between resets the count (one blip absorbed by a retry is not a failure)', () => {
    const o = new RunObserver(() => 'r1');
    o.observe(failed('r1'));
    o.observe(text('r1', '')); // a retry opens an empty assistant item: not an answer
    expect(o.providerFailures).toBe(1);
    o.observe(text('r1', 'PONG'));
    expect(o.providerFailures).toBe(0);
    o.observe(failed('r1'));
    expect(o.providerVerdict(2)).toBeUndefined();
  });

  it('an error without a provider observation (not a model attempt) does not count', () => {
    const o = new RunObserver(() => 'r1');
    o.observe({ event: 'agent', payload: { runId: 'r1', stream: 'lifecycle', data: { phase: 'error', error: 'tool crashed' } } });
    o.observe({ event: 'agent', payload: { runId: 'r1', stream: 'lifecycle', data: { phase: 'error', error: 'tool crashed' } } });
    expect(o.providerFailures).toBe(0);
    expect(o.providerVerdict(1)).toBeUndefined();
  });

  it('before the run id is known, events of other sessions are ignored; listeners hear every event of the run', () => {
    let runId: string | undefined;
    const o = new RunObserver(() => runId, 'agent:main:s1');
    let heard = 0;
    const off = o.onChange(() => heard++);
    o.observe(failed('x', 'timeout', 'agent:main:someone-else'));
    o.observe(failed('x', 'timeout', 'agent:main:someone-else'));
    expect(o.providerFailures).toBe(0);
    expect(heard).toBe(0);
    o.observe(failed('r9', 'timeout', 'agent:main:s1'));
    runId = 'r9';
    o.observe(failed('r9'));
    expect(o.providerFailures).toBe(2);
    expect(heard).toBe(2);
    off();
    o.observe(failed('r9'));
    expect(heard).toBe(2);
  });
});

describe('chatViaApi early stop (fake gateway)', () => {
  let gw: FakeGateway;
  beforeAll(async () => {
    gw = await startFakeGateway({ port: PORT });
  });
  afterAll(async () => {
    await gw.stop();
  });
  beforeEach(() => {
    for (const k of Object.keys(gw.knobs)) delete gw.knobs[k as keyof typeof gw.knobs];
    gw.wsCalls.length = 0;
  });
  const opts = (deadline: Deadline) => ({
    url: gw.url,
    token: gw.token,
    deadline,
    callTimeoutMs: 5_000,
    pairing: { client: createGatewayClient({ id: 'fake', url: gw.url, token: gw.token }, { timeoutMs: 5_000 }), timeoutMs: () => 5_000, approve: true },
    defaultAgentId: 'main',
  });

  it('a dead model: a provider-error reason long before the deadline, the run aborted and the session deleted', async () => {
    gw.knobs.modelDown = true;
    gw.knobs.modelDownReason = 'timeout';
    const deadline = new Deadline(60_000);
    const r = await chatViaApi({ ...opts(deadline), spec: { prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: 50_000, providerFailureLimit: 3 } });
    deadline.dispose();
    expect(r.status).toBe('fail');
    expect(r.summary).toMatch(/^provider error: LLM request failed: connection refused by the provider endpoint\. \(provider fake, model fake-model, reason timeout\); 3 model attempts failed in a row/);
    expect(r.summary).not.toMatch(/no reply within/);
    expect(r.data?.['providerError']).toEqual({ attempts: 3, provider: 'fake', model: 'fake-model', reason: 'timeout' });
    // The fake sends one failure per 150 ms: stopped on the third, nowhere near the 50 s chat deadline.
    expect(Number(r.data?.['latencyMs'])).toBeLessThan(50_000);
    const methods = gw.wsCalls.map((c) => c.method);
    expect(methods).toEqual(['connect', 'chat.send', 'agent.wait', 'chat.abort', 'sessions.delete']);
    const runId = gw.wsCalls[1]?.params['idempotencyKey'];
    expect(gw.wsCalls[3]?.params).toEqual({ sessionKey: gw.wsCalls[1]?.params['sessionKey'], runId });
  });

  it('a rate-limited model is waited out: the check ends at its deadline, not early', async () => {
    gw.knobs.modelDown = true;
    gw.knobs.modelDownReason = 'rate_limit';
    const deadline = new Deadline(30_000);
    const r = await chatViaApi({ ...opts(deadline), spec: { prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: 2_000 } });
    deadline.dispose();
    expect(r.status).toBe('fail');
    expect(r.summary).toMatch(/^no reply within 2 s; the agent reported: LLM request failed/);
    expect(r.data?.['providerError']).toBeUndefined();
  });
});
