/**
 * A small OpenAI-compatible model server on loopback, so rehearsal gateways can complete chat turns with no
 * internet (openclaw-notes §5). It serves `GET /v1/models` and `POST /v1/chat/completions` (SSE streaming
 * chunks ending in `data: [DONE]`, or one JSON completion), answers with a configurable reply, records every
 * request (never the API key) and has fault knobs: an HTTP error status, a delay, a hang, a reset connection.
 *
 * Point a gateway at it with the provider fragment from `stub.providerConfig()`:
 * `models.providers.fake = {baseUrl: stub.url, apiKey, api: "openai-completions", models: [{id, name}]}` and
 * `agents.defaults.model.primary: "fake/<modelId>"`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the stub does instead of answering normally. `times` limits it to the next N requests. */
export interface ModelStubFault {
  /** Answer with this HTTP status and an OpenAI-style error body (e.g. 500, 401, 429). */
  status?: number;
  /** Error message in the body (default depends on the status). */
  message?: string;
  /** Wait this long before answering (or before failing). */
  delayMs?: number;
  /** Never answer (the socket stays open until the client gives up or the stub stops). */
  hang?: boolean;
  /** Destroy the connection without an answer. */
  reset?: boolean;
  /** Apply the fault to the next N model requests only, then clear it. Default: until cleared. */
  times?: number;
}

/** One request the stub received. The bearer key itself is never stored. */
export interface ModelStubRequest {
  time: number;
  method: string;
  path: string;
  /** Whether an `Authorization: Bearer …` header was present and matched `apiKey` (when one is required). */
  authorized: boolean;
  model?: string;
  stream?: boolean;
  messageCount?: number;
  /** Text of the last user message (truncated to 2 000 characters). */
  lastUserMessage?: string;
  /** Text of every user message, joined by newlines (the last 8 000 characters) — gateways add context messages. */
  userText?: string;
  /** The HTTP status the stub answered with (0 for hang/reset). */
  status: number;
}

export interface StartModelStubOptions {
  /** Port on 127.0.0.1; 0 or omitted = any free port. Tests in this repo use their own range. */
  port?: number;
  /** Reply text, or a function of the request's last user message. Default `PONG from model stub`. */
  reply?: string | ((lastUserMessage: string) => string);
  /** Model id listed by `/v1/models` and used in `providerConfig()`. Default `fake-model`. */
  modelId?: string;
  /** When set, requests whose bearer key differs get 401 (like a provider with a revoked key). */
  apiKey?: string;
  /** Characters per streamed chunk (default 8), so clients see several deltas. */
  chunkSize?: number;
}

export interface ModelStub {
  /** Base URL for an OpenAI-compatible provider: `http://127.0.0.1:<port>/v1`. */
  url: string;
  port: number;
  /** Every request, oldest first (a live array; `clear()` empties it). */
  requests: ModelStubRequest[];
  setReply(reply: string | ((lastUserMessage: string) => string)): void;
  /** Sets (or with `null` clears) the fault applied to model requests. */
  setFault(fault: ModelStubFault | null): void;
  /** Empties the request log. */
  clear(): void;
  /** The `models.providers.<id>` fragment and model ref that point a gateway at this stub. */
  providerConfig(providerId?: string): { providerId: string; modelRef: string; provider: Record<string, unknown> };
  stop(): Promise<void>;
}

const DEFAULT_REPLY = 'PONG from model stub';
const DEFAULT_MODEL = 'fake-model';
const DEFAULT_API_KEY = 'sk-clawfleet-stub';
const MAX_BODY_BYTES = 16 * 1024 * 1024; // the gateway sends a ~65 KB system prompt; leave ample room

/** Starts the stub on 127.0.0.1 (loopback only). */
export async function startModelStub(opts: StartModelStubOptions = {}): Promise<ModelStub> {
  const modelId = opts.modelId ?? DEFAULT_MODEL;
  const chunkSize = Math.max(1, opts.chunkSize ?? 8);
  let reply: string | ((m: string) => string) = opts.reply ?? DEFAULT_REPLY;
  let fault: (ModelStubFault & { remaining?: number }) | null = null;
  const requests: ModelStubRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  /** Takes the current fault for one request, counting down `times`. */
  const takeFault = (): ModelStubFault | null => {
    if (!fault) return null;
    const f = fault;
    if (f.remaining !== undefined) {
      f.remaining -= 1;
      if (f.remaining <= 0) fault = null;
    }
    return f;
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `stub error: ${String(err)}`, type: 'server_error' } });
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const entry: ModelStubRequest = { time: Date.now(), method: req.method ?? 'GET', path, authorized: isAuthorized(req), status: 0 };
    const isModelRoute = path === '/v1/chat/completions' || path === '/v1/models';
    if (!isModelRoute) {
      entry.status = 404;
      requests.push(entry);
      sendJson(res, 404, { error: { message: `unknown route ${path}`, type: 'invalid_request_error' } });
      return;
    }
    let body: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const text = await readBody(req);
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        entry.status = 400;
        requests.push(entry);
        sendJson(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
        return;
      }
    }
    if (path === '/v1/chat/completions') describeChat(entry, body);
    requests.push(entry);

    const f = takeFault();
    if (f?.delayMs) await sleep(f.delayMs);
    if (f?.hang) return; // leave the socket open; stop() destroys it
    if (f?.reset) {
      req.socket.destroy();
      return;
    }
    if (f?.status) {
      entry.status = f.status;
      sendJson(res, f.status, {
        error: { message: f.message ?? defaultFaultMessage(f.status), type: f.status === 401 ? 'invalid_api_key' : 'server_error' },
      });
      return;
    }
    if (!entry.authorized) {
      entry.status = 401;
      sendJson(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_api_key' } });
      return;
    }

    if (path === '/v1/models') {
      if (req.method !== 'GET') return methodNotAllowed(res, entry);
      entry.status = 200;
      sendJson(res, 200, { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'clawfleet-model-stub' }] });
      return;
    }
    if (req.method !== 'POST') return methodNotAllowed(res, entry);
    const text = typeof reply === 'function' ? reply(entry.lastUserMessage ?? '') : reply;
    const model = typeof body['model'] === 'string' ? body['model'] : modelId;
    const id = `chatcmpl-stub-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const usage = { prompt_tokens: 10, completion_tokens: Math.max(1, Math.ceil(text.length / 4)), total_tokens: 10 + Math.ceil(text.length / 4) };
    entry.status = 200;
    if (body['stream'] === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const chunk = (delta: Record<string, unknown>, finish: string | null) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (let i = 0; i < text.length; i += chunkSize) res.write(chunk({ content: text.slice(i, i + chunkSize) }, null));
      res.write(chunk({}, 'stop'));
      const streamOptions = body['stream_options'] as { include_usage?: boolean } | undefined;
      if (streamOptions?.include_usage) {
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
      }
      res.end('data: [DONE]\n\n');
      return;
    }
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage,
    });
  }

  function isAuthorized(req: IncomingMessage): boolean {
    const h = req.headers.authorization;
    if (!h || !/^Bearer\s+\S/i.test(h)) return false;
    if (opts.apiKey === undefined) return true;
    return h.replace(/^Bearer\s+/i, '') === opts.apiKey;
  }

  function methodNotAllowed(res: ServerResponse, entry: ModelStubRequest): void {
    entry.status = 405;
    sendJson(res, 405, { error: { message: 'method not allowed', type: 'invalid_request_error' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/v1`;

  return {
    url,
    port,
    requests,
    setReply(r) {
      reply = r;
    },
    setFault(f) {
      fault = f ? { ...f, ...(f.times !== undefined ? { remaining: f.times } : {}) } : null;
    },
    clear() {
      requests.length = 0;
    },
    providerConfig(providerId = 'fake') {
      return {
        providerId,
        modelRef: `${providerId}/${modelId}`,
        provider: {
          baseUrl: url,
          apiKey: opts.apiKey ?? DEFAULT_API_KEY,
          api: 'openai-completions',
          models: [{ id: modelId, name: 'Clawfleet Model Stub' }],
        },
      };
    },
    async stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}

function describeChat(entry: ModelStubRequest, body: Record<string, unknown>): void {
  if (typeof body['model'] === 'string') entry.model = body['model'];
  entry.stream = body['stream'] === true;
  const messages = Array.isArray(body['messages']) ? (body['messages'] as Array<Record<string, unknown>>) : [];
  entry.messageCount = messages.length;
  const lastUser = [...messages].reverse().find((m) => m?.['role'] === 'user');
  if (lastUser) entry.lastUserMessage = contentText(lastUser['content']).slice(0, 2000);
  const all = messages.filter((m) => m?.['role'] === 'user').map((m) => contentText(m['content'])).join('\n');
  if (all) entry.userText = all.slice(-8000);
}

/** OpenAI message content is a string or an array of parts (`{type:"text", text}`). */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((p) => (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : ''))
      .join('');
  }
  return '';
}

function defaultFaultMessage(status: number): string {
  if (status === 401) return 'Incorrect API key provided.';
  if (status === 429) return 'Rate limit reached for requests.';
  return 'The model stub was told to fail.';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    const b = c as Buffer;
    size += b.length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
