import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startModelStub, type ModelStub } from '../../action-fixtures/fleet/model-stub.js';

let stub: ModelStub;
const KEY = 'sk-stub-test-key-000111';
beforeAll(async () => {
  stub = await startModelStub({ apiKey: KEY, chunkSize: 5 });
});
afterAll(async () => {
  await stub.stop();
});
beforeEach(() => {
  stub.setFault(null);
  stub.setReply('PONG from model stub');
  stub.clear();
});

const chat = (body: Record<string, unknown>, key = KEY) =>
  fetch(`${stub.url}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'fake-model', messages: [{ role: 'system', content: 'sys' }, { role: 'user', content: 'hello there' }], ...body }),
  });

describe('model stub', () => {
  it('serves on loopback with an OpenAI-style base URL and lists its model', async () => {
    expect(stub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const res = await fetch(`${stub.url}/models`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'clawfleet-model-stub' }] });
  });

  it('non-streaming completion with the default reply and usage', async () => {
    const res = await chat({});
    const body = (await res.json()) as { choices: Array<{ message: { content: string }; finish_reason: string }>; usage: { total_tokens: number } };
    expect(res.status).toBe(200);
    expect(body.choices[0]?.message.content).toBe('PONG from model stub');
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(body.usage.total_tokens).toBeGreaterThan(0);
  });

  it('streaming completion: SSE chunks that rebuild the reply, a stop chunk, usage when asked, then [DONE]', async () => {
    stub.setReply((m) => `echo: ${m}`);
    const res = await chat({ stream: true, stream_options: { include_usage: true } });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = (await res.text()).split('\n\n').filter(Boolean).map((e) => e.replace(/^data: /, ''));
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e) as { choices: Array<{ delta: { content?: string }; finish_reason: string | null }>; usage?: unknown });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('echo: hello there');
    expect(chunks.filter((c) => c.choices[0]?.finish_reason === 'stop')).toHaveLength(1);
    expect(chunks.at(-1)?.usage).toBeDefined();
    expect(chunks.length).toBeGreaterThan(4); // chunkSize 5 → several deltas
  });

  it('logs requests (model, stream, last user message) and never the key', async () => {
    await chat({ stream: false });
    await chat({}, 'sk-wrong');
    expect(stub.requests).toHaveLength(2);
    expect(stub.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', authorized: true, model: 'fake-model', stream: false, messageCount: 2, lastUserMessage: 'hello there', status: 200 });
    expect(stub.requests[1]).toMatchObject({ authorized: false, status: 401 });
    expect(JSON.stringify(stub.requests)).not.toContain(KEY);
  });

  it('fault: HTTP 500 and 401 with OpenAI error bodies, limited to N requests', async () => {
    stub.setFault({ status: 500, times: 1 });
    const r1 = await chat({});
    expect(r1.status).toBe(500);
    expect(await r1.json()).toEqual({ error: { message: 'The model stub was told to fail.', type: 'server_error' } });
    expect((await chat({})).status).toBe(200);
    stub.setFault({ status: 401 });
    expect((await chat({})).status).toBe(401);
    expect((await chat({})).status).toBe(401);
  });

  it('fault: delay, hang (client gives up) and reset', async () => {
    stub.setFault({ delayMs: 300 });
    const t = Date.now();
    expect((await chat({})).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(280);
    stub.setFault({ hang: true });
    await expect(fetch(`${stub.url}/models`, { headers: { authorization: `Bearer ${KEY}` }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    stub.setFault({ reset: true });
    await expect(chat({})).rejects.toThrow(/fetch failed/);
  });

  it('unknown routes are 404, bad JSON is 400, wrong methods 405', async () => {
    expect((await fetch(`${stub.url}/embeddings`, { method: 'POST', body: '{}' })).status).toBe(404);
    const bad = await fetch(`${stub.url}/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${KEY}` }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect((await fetch(`${stub.url}/chat/completions`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(405);
  });

  it('providerConfig points a gateway at the stub', () => {
    expect(stub.providerConfig()).toEqual({
      providerId: 'fake',
      modelRef: 'fake/fake-model',
      provider: { baseUrl: stub.url, apiKey: KEY, api: 'openai-completions', models: [{ id: 'fake-model', name: 'Clawfleet Model Stub' }] },
    });
  });
});
