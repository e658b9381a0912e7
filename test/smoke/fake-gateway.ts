/**
 * A small fake OpenClaw gateway for the smoke tests: one HTTP server on 127.0.0.1 with the probes, the admin
 * HTTP RPC (the methods the smoke test calls), the Control UI page + bundle, and the WebSocket protocol
 * (challenge → connect → hello-ok, chat.send / agent.wait / events), plus a miniature Control UI app that
 * behaves like the real one where the smoke test looks: the sidebar status says `Connected`, a refused
 * connect is retried while pairing is pending, the composer sends `chat.send` and the reply appears as a
 * `[data-message-text]` row.
 *
 * Payload shapes are the ones measured on OpenClaw 2026.9.6 (see src/smoke/*.ts module docs). Knobs switch
 * on each failure the smoke test must recognise. The real gateway is exercised in smoke.gateway.test.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeKnobs {
  /** The UI renders the final reply in two steps: its first 8 characters, then the whole text this many ms later. */
  uiStreamMs?: number;
  version?: string;
  /** `/readyz` not ready with these failing subsystems. */
  notReady?: string[];
  eventLoopDegraded?: boolean;
  healthOk?: boolean;
  pluginErrors?: string[];
  configValid?: boolean;
  configApplied?: boolean;
  configWarnings?: Array<{ path: string; message: string }>;
  /** The resolved config `config.get` returns. */
  config?: Record<string, unknown>;
  /** `models.authStatus` payload (default: the `fake` provider, status static). */
  authStatus?: unknown;
  /** Cache-Control of the UI HTML; `null` = header absent (stripped by a proxy). */
  cacheControl?: string | null;
  /** Drop the security headers OpenClaw sends on the UI HTML. */
  stripSecurityHeaders?: boolean;
  /** `GET /` answers 302 to this location (a login page in front). */
  redirectTo?: string;
  /** `GET /` serves some other site's page (a default web server page in front). */
  plainPage?: boolean;
  /** The JS bundle file 404s. */
  missingBundle?: boolean;
  /** The app logs this with console.error after connecting. */
  consoleError?: string;
  /** The app throws this uncaught after connecting. */
  pageError?: string;
  /** The app fetches a missing avatar (404, like a healthy 2026.9.6 UI does). */
  avatar404?: boolean;
  /** A same-origin API call answers 500. */
  api500?: boolean;
  /** Connects from a browser need pairing (like a non-loopback browser). */
  requirePairing?: boolean;
  /** Browser connects are refused with CONTROL_UI_ORIGIN_NOT_ALLOWED. */
  originNotAllowed?: boolean;
  /** The app never reaches Connected (connects are left unanswered). */
  neverConnect?: boolean;
  /** Shared-token WS clients without a device get no scopes (a remote caller). */
  remoteScopes?: boolean;
  /** Reply text of the agent. */
  reply?: string;
  /** The model endpoint is down: lifecycle errors + retry status, never a reply. */
  modelDown?: boolean;
  /** With modelDown: the `errorObservation.failoverReason` of each failed attempt (e.g. `rate_limit`). */
  modelDownReason?: string;
  /** Delay before the reply (ms). */
  replyDelayMs?: number;
  /** Every HTTP request and WS message is left unanswered (SIGSTOP). */
  blackHole?: boolean;
}

export interface FakeGateway {
  url: string;
  token: string;
  port: number;
  knobs: FakeKnobs;
  /** Every admin RPC method called, in order. */
  rpcCalls: Array<{ method: string; params: unknown }>;
  /** Every WS request method called (connect included). */
  wsCalls: Array<{ method: string; params: Record<string, unknown> }>;
  /** Paired device ids. */
  paired: Set<string>;
  /** Pending pairing requests: requestId → deviceId. */
  pending: Map<string, string>;
  /** Raw request URLs, to check nothing was asked for with the token in it. */
  httpPaths: string[];
  stop(): Promise<void>;
}

const BUILD_ID = (v: string) => `${v}-release-0123456789ab-2026-09-23T16-33-12.144Z-deadbeef`;

/** The miniature Control UI (plain JS, served as /assets/app.js). */
const APP_JS = String.raw`
(() => {
  const status = document.querySelector('[role="status"]');
  const rows = document.getElementById('rows');
  const token = new URLSearchParams(location.hash.slice(1)).get('token') || sessionStorage.getItem('tok');
  if (token) sessionStorage.setItem('tok', token);
  history.replaceState(null, '', location.pathname);
  let deviceId = sessionStorage.getItem('dev');
  if (!deviceId) { deviceId = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join(''); sessionStorage.setItem('dev', deviceId); }
  const sessionKey = location.pathname.startsWith('/chat/') ? 'agent:' + location.pathname.split('/').slice(2).map(decodeURIComponent).join(':') : 'agent:main:main';
  let ws; let n = 0; const pend = {};
  const call = (method, params) => new Promise((res) => { const id = 'u' + (++n); pend[id] = res; ws.send(JSON.stringify({ type: 'req', id, method, params })); });
  function connect() {
    ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/');
    ws.onmessage = async (m) => {
      const f = JSON.parse(m.data);
      if (f.type === 'event' && f.event === 'connect.challenge') {
        const r = await call('connect', { minProtocol: 4, maxProtocol: 4, client: { id: 'openclaw-control-ui', version: 'x', platform: 'test', mode: 'webchat' }, role: 'operator', scopes: ['operator.admin'], auth: { token }, device: { id: deviceId, publicKey: 'pk', signature: 'sig', signedAt: f.payload.ts, nonce: f.payload.nonce } });
        if (r.ok) { status.textContent = 'Connected'; afterConnect(); }
        else {
          status.textContent = 'Disconnected';
          if (r.error && r.error.details && r.error.details.code === 'PAIRING_REQUIRED') setTimeout(connect, 300);
        }
        return;
      }
      if (f.type === 'res' && pend[f.id]) { pend[f.id](f); delete pend[f.id]; return; }
      if (f.type === 'event' && f.event === 'chat' && f.payload.state === 'final' && f.payload.text) {
        const k = window.__knobs || {};
        const full = f.payload.text;
        const d = document.createElement('div'); rows.appendChild(d);
        const show = (t) => { d.setAttribute('data-message-text', t); d.textContent = t; };
        // Like the real UI on a busy host: the run's end arrives before the last chunk is rendered.
        if (k.uiStreamMs) { show(full.slice(0, 8)); setTimeout(() => show(full), k.uiStreamMs); }
        else show(full);
      }
    };
  }
  function afterConnect() {
    const k = window.__knobs || {};
    if (k.avatar404) fetch('/api/users/gateway-owner/avatar').catch(() => {});
    if (k.api500) fetch('/api/broken').catch(() => {});
    if (k.consoleError) console.error(k.consoleError);
    if (k.pageError) setTimeout(() => { throw new Error(k.pageError); }, 0);
  }
  document.getElementById('send').addEventListener('click', () => {
    const ta = document.querySelector('textarea');
    const text = ta.value; ta.value = '';
    const d = document.createElement('div'); d.setAttribute('data-message-text', text); d.textContent = text; rows.appendChild(d);
    call('chat.send', { sessionKey, message: text, idempotencyKey: String(Date.now()) });
  });
  connect();
})();
`;

function page(knobs: FakeKnobs, version: string): string {
  return `<!doctype html>
<html data-openclaw-control-ui-build-id="${BUILD_ID(version)}" lang="en"><head><meta charset="UTF-8"><title>OpenClaw Control</title>
<link rel="stylesheet" crossorigin href="/assets/app.css">
<script>window.__knobs = ${JSON.stringify({ avatar404: knobs.avatar404, api500: knobs.api500, consoleError: knobs.consoleError, pageError: knobs.pageError, uiStreamMs: knobs.uiStreamMs })};</script>
<script type="module" crossorigin src="/assets/app.js"></script>
</head><body>
<div class="sidebar-footer-bar"><span class="sr-only" role="status" aria-live="polite">Connecting</span></div>
<main><div id="rows"></div><textarea aria-label="Chat composer" placeholder="Message Assistant"></textarea><button id="send" class="chat-send-btn chat-send-btn--send" aria-label="Send message">Send</button></main>
</body></html>`;
}

export async function startFakeGateway(opts: { port: number; token?: string; knobs?: FakeKnobs }): Promise<FakeGateway> {
  const token = opts.token ?? `fake-tok-${randomBytes(12).toString('hex')}`;
  const knobs: FakeKnobs = { ...(opts.knobs ?? {}) };
  const rpcCalls: FakeGateway['rpcCalls'] = [];
  const wsCalls: FakeGateway['wsCalls'] = [];
  const paired = new Set<string>();
  const pending = new Map<string, string>();
  const httpPaths: string[] = [];
  const sockets = new Set<Socket>();
  const clients = new Set<WebSocket>();
  const version = () => knobs.version ?? '2026.9.6';
  const authed = (req: IncomingMessage) => req.headers.authorization === `Bearer ${token}`;

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };

  const rpc = (method: string, params: Record<string, unknown>): { ok: boolean; payload?: unknown; error?: { code: string; message: string }; status?: number } => {
    switch (method) {
      case 'health':
        return {
          ok: true,
          payload: {
            ok: knobs.healthOk ?? true,
            plugins: { loaded: ['admin-http-rpc'], errors: knobs.pluginErrors ?? [], unavailable: [] },
            configReload: { hotReloadStatus: 'active' },
            defaultAgentId: 'main',
            agents: [{ agentId: 'main', isDefault: true }],
            modelRuntime: { degraded: false, pendingAgents: [] },
          },
        };
      case 'status':
        return { ok: true, payload: { runtimeVersion: version(), degradedSecretOwners: [] } };
      case 'config.get':
        return {
          ok: true,
          payload: {
            path: '/fake/openclaw.json',
            exists: true,
            hash: 'hmac-sha256:v1:fake',
            raw: '{}',
            valid: knobs.configValid ?? true,
            config: knobs.config ?? { agents: { defaults: { model: { primary: 'fake/fake-model' } }, entries: { main: {} } } },
            issues: knobs.configValid === false ? [{ path: 'gateway', message: 'Unrecognized key: "bogus"' }] : [],
            warnings: knobs.configWarnings ?? [],
            configRevisionHash: 'hmac-sha256:v1:rev2',
            appliedConfigHash: knobs.configApplied === false ? 'hmac-sha256:v1:rev1' : 'hmac-sha256:v1:rev2',
          },
        };
      case 'models.authStatus':
        return {
          ok: true,
          payload: knobs.authStatus ?? {
            ts: Date.now(),
            providers: [{ provider: 'fake', authProvider: 'fake', displayName: 'fake', status: 'static', profiles: [], apiKey: { source: 'config' } }],
            providerCapabilities: [{ provider: 'ollama', apiKeySupported: false, quickApiKeySetup: false }],
          },
        };
      case 'device.pair.list':
        return {
          ok: true,
          payload: { pending: [...pending].map(([requestId, deviceId]) => ({ requestId, deviceId, clientId: 'openclaw-control-ui' })), paired: [...paired].map((deviceId) => ({ deviceId })) },
        };
      case 'device.pair.approve': {
        const deviceId = pending.get(String(params['requestId']));
        if (!deviceId) return { ok: false, status: 400, error: { code: 'INVALID_REQUEST', message: 'unknown requestId' } };
        pending.delete(String(params['requestId']));
        paired.add(deviceId);
        return { ok: true, payload: { requestId: params['requestId'], device: { deviceId, approvedVia: 'owner' } } };
      }
      case 'device.pair.reject': {
        if (!pending.delete(String(params['requestId']))) return { ok: false, status: 400, error: { code: 'INVALID_REQUEST', message: 'unknown requestId' } };
        return { ok: true, payload: { requestId: params['requestId'] } };
      }
      case 'device.pair.remove': {
        if (!paired.delete(String(params['deviceId']))) return { ok: false, status: 400, error: { code: 'INVALID_REQUEST', message: 'unknown deviceId' } };
        return { ok: true, payload: { deviceId: params['deviceId'] } };
      }
      default:
        return { ok: false, status: 400, error: { code: 'INVALID_REQUEST', message: `admin HTTP RPC method is not supported: ${method}` } };
    }
  };

  const server: Server = createServer((req, res) => {
    httpPaths.push(req.url ?? '');
    if (knobs.blackHole) return; // never answer
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') return json(res, 200, { ok: true, status: 'live' });
    if (path === '/readyz') {
      const failing = knobs.notReady ?? [];
      return json(res, failing.length ? 503 : 200, { ready: !failing.length, failing, uptimeMs: 1000, eventLoop: { degraded: knobs.eventLoopDegraded ?? false, reasons: knobs.eventLoopDegraded ? ['cpu'] : [] } });
    }
    if (path === '/startupz') return json(res, 200, { ok: true, status: 'started', uptimeMs: 1000, ...(authed(req) ? { version: version() } : {}) });
    if (path === '/api/v1/admin/rpc' && req.method === 'POST') {
      if (!authed(req)) return json(res, 401, { error: { message: 'Unauthorized', type: 'unauthorized' } });
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const { id, method, params } = JSON.parse(body) as { id?: string; method: string; params?: Record<string, unknown> };
        rpcCalls.push({ method, params });
        const r = rpc(method, params ?? {});
        if (r.ok) json(res, 200, { id, ok: true, payload: r.payload });
        else json(res, r.status ?? 500, { id, ok: false, error: r.error });
      });
      return;
    }
    if (path === '/api/users/gateway-owner/avatar') return json(res, 404, { error: 'not found' });
    if (path === '/api/broken') return json(res, 500, { error: 'boom' });
    if (path === '/assets/app.js') {
      if (knobs.missingBundle) return json(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' });
      return res.end(APP_JS);
    }
    if (path === '/assets/app.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      return res.end('.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)} body{font-family:sans-serif}');
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (path === '/' || path.startsWith('/chat/')) {
      if (knobs.redirectTo) {
        res.writeHead(302, { location: knobs.redirectTo });
        return res.end();
      }
      if (knobs.plainPage) {
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-cache' });
        return res.end('<html><head><title>Welcome to nginx!</title></head><body>hi</body></html>');
      }
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (knobs.cacheControl !== null) headers['cache-control'] = knobs.cacheControl ?? 'no-cache';
      if (!knobs.stripSecurityHeaders) {
        Object.assign(headers, {
          'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:",
          'x-frame-options': 'DENY',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        });
      }
      res.writeHead(200, headers);
      return res.end(page(knobs, version()));
    }
    if (path === '/login') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html><title>Sign in</title></html>');
    }
    json(res, 404, { error: 'not found' });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (knobs.blackHole) return;
    wss.handleUpgrade(req, socket, head, (ws) => onSocket(ws, req));
  });

  function broadcast(event: string, payload: unknown): void {
    for (const c of clients) if (c.readyState === c.OPEN) c.send(JSON.stringify({ type: 'event', event, payload }));
  }

  const runs = new Map<string, { done: boolean; text?: string; waiters: Array<() => void> }>();

  function onSocket(ws: WebSocket, req: IncomingMessage): void {
    const nonce = randomUUID();
    let helloDone = false;
    ws.send(JSON.stringify({ type: 'event', event: 'connect.challenge', payload: { nonce, ts: Date.now() } }));
    ws.on('message', (data) => {
      if (knobs.blackHole) return;
      const f = JSON.parse(String(data)) as { type: string; id: string; method: string; params: Record<string, unknown> };
      if (f.type !== 'req') return;
      wsCalls.push({ method: f.method, params: f.params });
      const reply = (ok: boolean, payload?: unknown, error?: unknown) => ws.send(JSON.stringify({ type: 'res', id: f.id, ok, ...(ok ? { payload } : { error }) }));
      if (f.method === 'connect') {
        if (knobs.neverConnect) return;
        const p = f.params;
        const client = p['client'] as { id?: string } | undefined;
        const isBrowser = client?.id === 'openclaw-control-ui';
        const auth = p['auth'] as { token?: string } | undefined;
        if (auth?.token !== token) {
          reply(false, undefined, { code: 'INVALID_REQUEST', message: 'unauthorized: gateway token mismatch (This Gateway expects its token)', details: { code: 'AUTH_TOKEN_MISMATCH' } });
          ws.close(1008, 'unauthorized');
          return;
        }
        if (isBrowser && knobs.originNotAllowed) {
          reply(false, undefined, { code: 'INVALID_REQUEST', message: 'origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)', details: { code: 'CONTROL_UI_ORIGIN_NOT_ALLOWED', reason: 'origin not allowed' } });
          ws.close(1008, 'origin not allowed');
          return;
        }
        const device = p['device'] as { id?: string } | undefined;
        const needsPairing = (isBrowser && knobs.requirePairing) || (!isBrowser && knobs.remoteScopes && device?.id !== undefined);
        if (needsPairing && device?.id && !paired.has(device.id)) {
          let requestId = [...pending].find(([, d]) => d === device.id)?.[0];
          if (!requestId) {
            requestId = randomUUID();
            pending.set(requestId, device.id);
          }
          reply(false, undefined, { code: 'NOT_PAIRED', message: 'pairing required: device is not approved yet', details: { code: 'PAIRING_REQUIRED', reason: 'not-paired', requestId, deviceId: device.id } });
          ws.close(1008, `pairing required: device is not approved yet (requestId: ${requestId})`);
          return;
        }
        if (isBrowser && !knobs.requirePairing && device?.id) paired.add(device.id); // loopback: silent pairing
        const scopes = !isBrowser && knobs.remoteScopes && !device?.id ? [] : ((p['scopes'] as string[]) ?? []);
        helloDone = true;
        clients.add(ws);
        reply(true, { type: 'hello-ok', protocol: 4, server: { version: version(), bootId: 'boot-1', connId: randomUUID() }, features: { methods: ['chat.send'], events: [] }, snapshot: {}, policy: {}, auth: { role: 'operator', scopes } });
        return;
      }
      if (!helloDone) return;
      if (f.method === 'chat.send') {
        const runId = String(f.params['idempotencyKey'] ?? randomUUID());
        const run = { done: false, waiters: [] as Array<() => void> } as { done: boolean; text?: string; waiters: Array<() => void> };
        runs.set(runId, run);
        reply(true, { runId, status: 'started' });
        const sessionKey = f.params['sessionKey'];
        if (knobs.modelDown) {
          const tick = (i: number) => {
            if (i > 20 || ws.readyState !== ws.OPEN) return;
            broadcast('agent', { runId, sessionKey, stream: 'lifecycle', data: { phase: 'finishing', error: 'LLM request failed: connection refused by the provider endpoint.', errorObservation: { provider: 'fake', model: 'fake-model', ...(knobs.modelDownReason ? { failoverReason: knobs.modelDownReason } : {}) } } });
            broadcast('agent', { runId, sessionKey, stream: 'run_status', data: { phase: 'retrying', message: `Provider temporarily unavailable. Retrying in 2s (${i}/8).` } });
            setTimeout(() => tick(i + 1), 150);
          };
          tick(1);
          return;
        }
        setTimeout(() => {
          run.done = true;
          run.text = knobs.reply ?? 'PONG from fake gateway';
          broadcast('agent', { runId, sessionKey, stream: 'assistant', data: { text: run.text } });
          broadcast('chat', { runId, sessionKey, state: 'final', text: run.text });
          for (const w of run.waiters) w();
        }, knobs.replyDelayMs ?? 50);
        return;
      }
      if (f.method === 'agent.wait') {
        const run = runs.get(String(f.params['runId']));
        if (!run) return reply(false, undefined, { code: 'INVALID_REQUEST', message: 'unknown runId' });
        const answer = () => reply(true, run.done ? { runId: f.params['runId'], status: 'ok', terminalReply: { disposition: 'visible', text: run.text } } : { runId: f.params['runId'], status: 'timeout' });
        if (run.done) return answer();
        const t = setTimeout(answer, Number(f.params['timeoutMs'] ?? 30_000));
        run.waiters.push(() => {
          clearTimeout(t);
          answer();
        });
        return;
      }
      if (f.method === 'chat.abort' || f.method === 'sessions.delete') return reply(true, { ok: true });
      reply(false, undefined, { code: 'INVALID_REQUEST', message: `unknown method ${f.method}` });
    });
    ws.on('close', () => clients.delete(ws));
    void req;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${opts.port}`,
    token,
    port: opts.port,
    knobs,
    rpcCalls,
    wsCalls,
    paired,
    pending,
    httpPaths,
    async stop() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
