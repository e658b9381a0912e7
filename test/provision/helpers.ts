/**
 * Helpers for the provisioning tests: a loopback hostname OpenClaw does not classify as "local", provider
 * fragments for the model stubs, an X-Forwarded-For proxy that makes a loopback client look remote, a
 * chat-turn probe, and a leak scanner.
 */
import { lookup } from 'node:dns/promises';
import { createServer, Socket, type Server } from 'node:net';
import { hostname } from 'node:os';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SecretRegistry } from '../../src/common/secrets.js';
import type { Logger } from '../../src/common/logger.js';
import type { Staging } from '../../src/provision/types.js';

/**
 * A hostname that resolves to 127.0.0.1 but is not `localhost`/an IP literal. OpenClaw treats a custom
 * provider on a loopback or private *address* as keyless (no credential is ever needed, so provisioning
 * could not be tested); a hostname is not classified that way. Measured: the machine's own hostname maps
 * to 127.0.0.1 in /etc/hosts here and on most CI runners.
 */
export async function loopbackHostname(): Promise<string> {
  const candidates = [hostname(), 'vm', 'runsc', 'localhost.localdomain'].filter((h) => h && h !== 'localhost');
  for (const h of candidates) {
    try {
      const r = await lookup(h, { family: 4 });
      if (r.address.startsWith('127.')) return h;
    } catch {
      // try the next one
    }
  }
  throw new Error(`no hostname resolving to 127.0.0.1 other than "localhost" (tried ${candidates.join(', ')}); add one to /etc/hosts to run the provisioning gateway tests`);
}

/** `models.providers.<id>` pointing at a stub through a hostname, so OpenClaw requires a key for it. */
export function stubProvider(host: string, port: number, modelId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    baseUrl: `http://${host}:${port}/v1`,
    api: 'openai-completions',
    models: [{ id: modelId, name: modelId }],
    // The hostname resolves to loopback, which OpenClaw's provider fetch guard blocks unless allowed.
    request: { allowPrivateNetwork: true },
    ...extra,
  };
}

/** A logger that keeps every line (tests assert on it and scan it for leaks). */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (t, fn) => {
      lines.push(`group: ${t}`);
      return fn();
    },
  };
}

export function recordingStaging(): Staging & { files: string[]; devices: string[] } {
  const files: string[] = [];
  const devices: string[] = [];
  return { files, devices, file: (p) => void files.push(p), device: (d) => void devices.push(d.deviceId) };
}

/** One OpenAI-compatible chat turn through the gateway, as a given agent. */
export async function chatTurn(url: string, token: string, agentId: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-openclaw-agent-id': agentId },
    body: JSON.stringify({ model: 'openclaw', messages: [{ role: 'user', content: `ping from ${agentId}` }] }),
    signal: AbortSignal.timeout(120_000),
  });
  return { status: res.status, text: await res.text() };
}

/**
 * A TCP proxy that adds `X-Forwarded-For` to the first request of each connection. With the gateway's
 * `gateway.trustedProxies: ["127.0.0.1"]`, a client behind it is treated as remote (non-loopback): the
 * shared token alone grants no scopes and a device must be paired — the path a real remote runner takes.
 */
export async function startForwardedForProxy(listenPort: number, targetPort: number, clientIp = '198.51.100.7'): Promise<{ port: number; connections: () => number; stop: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    count++;
    const upstream = new Socket();
    upstream.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    let buf = Buffer.alloc(0);
    let done = false;
    client.on('data', (d: Buffer) => {
      if (done) {
        upstream.write(d);
        return;
      }
      buf = Buffer.concat([buf, d]);
      const i = buf.indexOf('\r\n\r\n');
      if (i < 0) return;
      upstream.write(`${buf.subarray(0, i).toString('latin1')}\r\nX-Forwarded-For: ${clientIp}\r\n\r\n`, 'latin1');
      upstream.write(buf.subarray(i + 4));
      done = true;
    });
    upstream.on('data', (d: Buffer) => client.write(d));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(listenPort, '127.0.0.1', () => res());
  });
  return {
    port: listenPort,
    connections: () => count,
    stop: () =>
      new Promise<void>((res) => {
        for (const s of sockets) s.destroy();
        server.close(() => res());
      }),
  };
}

/** Every form of each canary a leak could take (raw, JSON-escaped, base64, URL-encoded, each PEM line). */
export function leakForms(canaries: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const c of canaries) {
    forms.add(c);
    forms.add(JSON.stringify(c).slice(1, -1));
    forms.add(Buffer.from(c).toString('base64'));
    forms.add(Buffer.from(c).toString('base64url'));
    forms.add(encodeURIComponent(c));
    for (const line of c.split(/\r?\n/)) if (line.trim().length >= 12) forms.add(line.trim());
  }
  return [...forms].filter((f) => f.length >= 8);
}

/** Finds canary forms in text; `::add-mask::` lines are the runner's masking protocol and are consumed by it. */
export function findLeaks(text: string, forms: readonly string[]): string[] {
  const visible = text
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return forms.filter((f) => visible.includes(f));
}

/** Every regular file under `dir` (recursively), with its content. */
export function filesUnder(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push({ path: p, text: readFileSync(p, 'latin1') });
  }
  return out;
}

export function newRegistry(): SecretRegistry {
  return new SecretRegistry();
}
