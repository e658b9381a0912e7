/**
 * The optional WebSocket load probe (issue #5 item 7): N concurrent connections, each timed from opening the
 * socket to `hello-ok` (so it covers TCP, the upgrade, the challenge and the authenticated connect), then
 * closed. Reports p50/p95/p99/max and every error by kind. Some errors → degraded; all failed → failed.
 *
 * Each connection is a plain operator client without a device identity: it asks for no scopes, so nothing
 * is paired or stored on the gateway.
 */
import type { Deadline } from './deadline.js';
import { connectGateway, GatewayWsError } from './gateway-ws.js';
import { CheckBuilder } from './status.js';
import type { CheckResult } from './types.js';

export interface WsLoadOptions {
  url: string;
  token: string;
  connections: number;
  /** Per-connection handshake budget. */
  connectTimeoutMs: number;
  deadline: Deadline;
  headers?: Record<string, string>;
}

/** Nearest-rank percentile of sorted values (`p` in 0..100); undefined for no values. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export async function wsLoadProbe(o: WsLoadOptions): Promise<CheckResult> {
  const check = new CheckBuilder('ws-load');
  const n = Math.max(1, Math.floor(o.connections));
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const sessions = await Promise.all(
    Array.from({ length: n }, async () => {
      try {
        const s = await connectGateway({
          url: o.url,
          token: o.token,
          scopes: [],
          ...(o.headers ? { headers: o.headers } : {}),
          timeoutMs: o.deadline.timeout(o.connectTimeoutMs),
          signal: o.deadline.signal,
        });
        latencies.push(s.connectMs);
        return s;
      } catch (err) {
        const key = err instanceof GatewayWsError ? `${err.kind}: ${err.code}` : `error: ${(err as Error).message}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
        return undefined;
      }
    }),
  );
  // All connections were open at the same time: only now close them.
  for (const s of sessions) s?.close();

  latencies.sort((a, b) => a - b);
  const round = (x: number | undefined) => (x === undefined ? null : Math.round(x));
  const failed = n - latencies.length;
  Object.assign(check.data, {
    connections: n,
    succeeded: latencies.length,
    failed,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies[latencies.length - 1]),
    errors: Object.fromEntries(errors),
  });
  const errorText = [...errors].map(([k, c]) => `${c}× ${k}`).join(', ');
  if (failed === n) check.fail(`all ${n} WebSocket connections failed: ${errorText}`);
  else if (failed > 0) check.warn(`${failed} of ${n} WebSocket connections failed: ${errorText}`);
  return check.build(`${n} concurrent connections, connect p50 ${round(percentile(latencies, 50))} ms / p95 ${round(percentile(latencies, 95))} ms / p99 ${round(percentile(latencies, 99))} ms`);
}
