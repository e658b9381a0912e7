export const id = 6845;
export const ids = [6845];
export const modules = {

/***/ 96845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startModelStub: () => (/* binding */ startModelStub)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
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

const DEFAULT_REPLY = 'PONG from model stub';
const DEFAULT_MODEL = 'fake-model';
const DEFAULT_API_KEY = 'sk-clawfleet-stub';
const MAX_BODY_BYTES = 16 * 1024 * 1024; // the gateway sends a ~65 KB system prompt; leave ample room
/** Starts the stub on 127.0.0.1 (loopback only). */
async function startModelStub(opts = {}) {
    const modelId = opts.modelId ?? DEFAULT_MODEL;
    const chunkSize = Math.max(1, opts.chunkSize ?? 8);
    let reply = opts.reply ?? DEFAULT_REPLY;
    let fault = null;
    const requests = [];
    const sockets = new Set();
    const timers = new Set();
    const sleep = (ms) => new Promise((resolve) => {
        const t = setTimeout(() => {
            timers.delete(t);
            resolve();
        }, ms);
        timers.add(t);
    });
    /** Takes the current fault for one request, counting down `times`. */
    const takeFault = () => {
        if (!fault)
            return null;
        const f = fault;
        if (f.remaining !== undefined) {
            f.remaining -= 1;
            if (f.remaining <= 0)
                fault = null;
        }
        return f;
    };
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        void handle(req, res).catch((err) => {
            if (!res.headersSent)
                sendJson(res, 500, { error: { message: `stub error: ${String(err)}`, type: 'server_error' } });
            else
                res.destroy();
        });
    });
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    async function handle(req, res) {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const entry = { time: Date.now(), method: req.method ?? 'GET', path, authorized: isAuthorized(req), status: 0 };
        const isModelRoute = path === '/v1/chat/completions' || path === '/v1/models';
        if (!isModelRoute) {
            entry.status = 404;
            requests.push(entry);
            sendJson(res, 404, { error: { message: `unknown route ${path}`, type: 'invalid_request_error' } });
            return;
        }
        let body = {};
        if (req.method === 'POST') {
            const text = await readBody(req);
            try {
                body = JSON.parse(text);
            }
            catch {
                entry.status = 400;
                requests.push(entry);
                sendJson(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
                return;
            }
        }
        if (path === '/v1/chat/completions')
            describeChat(entry, body);
        requests.push(entry);
        const f = takeFault();
        if (f?.delayMs)
            await sleep(f.delayMs);
        if (f?.hang)
            return; // leave the socket open; stop() destroys it
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
            if (req.method !== 'GET')
                return methodNotAllowed(res, entry);
            entry.status = 200;
            sendJson(res, 200, { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'clawfleet-model-stub' }] });
            return;
        }
        if (req.method !== 'POST')
            return methodNotAllowed(res, entry);
        const text = typeof reply === 'function' ? reply(entry.lastUserMessage ?? '') : reply;
        const model = typeof body['model'] === 'string' ? body['model'] : modelId;
        const id = `chatcmpl-stub-${requests.length}`;
        const created = Math.floor(Date.now() / 1000);
        const usage = { prompt_tokens: 10, completion_tokens: Math.max(1, Math.ceil(text.length / 4)), total_tokens: 10 + Math.ceil(text.length / 4) };
        entry.status = 200;
        if (body['stream'] === true) {
            res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
            const chunk = (delta, finish) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
            res.write(chunk({ role: 'assistant', content: '' }, null));
            for (let i = 0; i < text.length; i += chunkSize)
                res.write(chunk({ content: text.slice(i, i + chunkSize) }, null));
            res.write(chunk({}, 'stop'));
            const streamOptions = body['stream_options'];
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
    function isAuthorized(req) {
        const h = req.headers.authorization;
        if (!h || !/^Bearer\s+\S/i.test(h))
            return false;
        if (opts.apiKey === undefined)
            return true;
        return h.replace(/^Bearer\s+/i, '') === opts.apiKey;
    }
    function methodNotAllowed(res, entry) {
        entry.status = 405;
        sendJson(res, 405, { error: { message: 'method not allowed', type: 'invalid_request_error' } });
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.address().port;
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
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            const closed = new Promise((resolve) => server.close(() => resolve()));
            for (const s of sockets)
                s.destroy();
            server.closeAllConnections();
            await closed;
        },
    };
}
function describeChat(entry, body) {
    if (typeof body['model'] === 'string')
        entry.model = body['model'];
    entry.stream = body['stream'] === true;
    const messages = Array.isArray(body['messages']) ? body['messages'] : [];
    entry.messageCount = messages.length;
    const lastUser = [...messages].reverse().find((m) => m?.['role'] === 'user');
    if (lastUser)
        entry.lastUserMessage = contentText(lastUser['content']).slice(0, 2000);
    const all = messages.filter((m) => m?.['role'] === 'user').map((m) => contentText(m['content'])).join('\n');
    if (all)
        entry.userText = all.slice(-8000);
}
/** OpenAI message content is a string or an array of parts (`{type:"text", text}`). */
function contentText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        return content
            .map((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? p.text : ''))
            .join('');
    }
    return '';
}
function defaultFaultMessage(status) {
    if (status === 401)
        return 'Incorrect API key provided.';
    if (status === 429)
        return 'Rate limit reached for requests.';
    return 'The model stub was told to fail.';
}
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
        const b = c;
        size += b.length;
        if (size > MAX_BODY_BYTES)
            throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
        chunks.push(b);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ })

};

//# sourceMappingURL=6845.index.js.map