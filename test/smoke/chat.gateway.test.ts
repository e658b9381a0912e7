/**
 * The chat check against a real OpenClaw gateway whose model route points at a port where nothing listens:
 * it must fail on the provider error the gateway reports for the run (early stop), not by running out its
 * deadline — and, with the same gateway once the model answers, still pass (the early stop does not break
 * the good path). Ports: gateway 24600 (derived up to 24710), model port 24595 (dead first, then the stub).
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFleet, type Fleet } from '../../action-fixtures/fleet/launcher.js';
import { startModelStub } from '../../action-fixtures/fleet/model-stub.js';
import { createGatewayClient } from '../../src/fleet/client.js';
import { chatViaApi } from '../../src/smoke/chat.js';
import { Deadline } from '../../src/smoke/deadline.js';

const GW_PORT = 24600;
const MODEL_PORT = 24595;
/** Far above what a dead route needs with the early stop (a few seconds after the first model attempt). */
const CHAT_DEADLINE_MS = 170_000;

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });
}

describe('chat check on a real gateway with a dead model endpoint', () => {
  let fleet: Fleet;
  beforeAll(async () => {
    // The test is only meaningful if nothing answers on the model port.
    expect(await portOpen(MODEL_PORT)).toBe(false);
    fleet = await startFleet({ count: 1, basePort: GW_PORT, idPrefix: 'chat', modelStubUrl: `http://127.0.0.1:${MODEL_PORT}/v1` });
  }, 240_000);
  afterAll(async () => {
    await fleet?.stop();
  }, 60_000);

  const chat = async () => {
    const g = fleet.gateways[0]!;
    const deadline = new Deadline(CHAT_DEADLINE_MS + 20_000);
    try {
      return await chatViaApi({
        url: g.url,
        token: g.token,
        deadline,
        callTimeoutMs: 15_000,
        pairing: { client: createGatewayClient({ id: g.id, url: g.url, token: g.token }, { timeoutMs: 15_000 }), timeoutMs: () => 15_000, approve: false },
        spec: { prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: CHAT_DEADLINE_MS },
      });
    } finally {
      deadline.dispose();
    }
  };

  test('fails with the provider error (connection refused), not a timeout; the run is aborted', async () => {
    const r = await chat();
    expect(r.status).toBe('fail');
    expect(r.summary).toMatch(/^provider error: LLM request failed: connection refused by the provider endpoint\. \(provider fake, model fake-model, reason \w+\); 2 model attempts failed in a row/);
    expect(r.summary).not.toMatch(/no reply within|^timeout:/);
    expect(r.data?.['providerError']).toMatchObject({ attempts: 2, provider: 'fake', model: 'fake-model' });
    // The aborted run leaves the gateway idle: a health call answers.
    const health = await createGatewayClient({ id: 'chat-1', url: fleet.gateways[0]!.url, token: fleet.gateways[0]!.token }, { timeoutMs: 15_000 }).health();
    expect(health).toBeDefined();
  }, 240_000);

  test('the same gateway once the model answers: the chat passes (no false early stop)', async () => {
    const stub = await startModelStub({ port: MODEL_PORT });
    try {
      const r = await chat();
      expect(r.status, r.summary).toBe('pass');
      expect(String(r.data?.['reply'])).toMatch(/PONG/);
      expect(r.data?.['providerError']).toBeUndefined();
    } finally {
      await stub.stop();
    }
  }, 240_000);
});
