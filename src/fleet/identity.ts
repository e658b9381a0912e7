/**
 * Is the process answering on this address the gateway we mean, and has it restarted since we last looked?
 *
 * A probe can be answered by another process on the same port (a new gateway that failed to bind leaves
 * the OLD one answering — openclaw-notes §3.1), so after connecting we compare the authenticated
 * `config.get` path with the expected one. Restarts: `uptimeMs` (in `/readyz` and `/startupz` details)
 * resets on an in-process restart while the PID stays; `status.pid` changes on a process restart. The
 * detector turns each sample into an estimated boot time (`sampledAt - uptimeMs`): if that moves forward by
 * more than a tolerance, the gateway restarted — this also catches a restart between two samples taken so far
 * apart that the new uptime already exceeds the old one (a plain "uptime went down" rule would miss it).
 */
import { GatewayError } from './client.js';
import type { CallOptions, GatewayClient } from './types.js';

export interface IdentityExpectation {
  /** Absolute config path the gateway must report (`config.get.path`). */
  configPath?: string;
}

export interface IdentityResult {
  ok: boolean;
  instanceId: string;
  /** Path the gateway reported. */
  configPath: string;
  expectedConfigPath?: string;
  /** From `/readyz` (when the gateway gives details to this caller). */
  uptimeMs?: number;
  version?: string;
  /** Why it is not ok. */
  reason?: string;
}

function normalizePath(p: string): string {
  return p.replace(/\/+$/, '');
}

/**
 * Reads `config.get` (authenticated — an unauthenticated impostor cannot pass) and `/readyz`, and compares
 * the config path with the expectation. Call errors propagate as GatewayError.
 */
export async function verifyIdentity(client: GatewayClient, expected: IdentityExpectation = {}, opts?: CallOptions): Promise<IdentityResult> {
  const [snapshot, ready] = await Promise.all([client.configGet(opts), client.readyz(opts)]);
  const result: IdentityResult = {
    ok: true,
    instanceId: client.id,
    configPath: snapshot.path,
    ...(expected.configPath !== undefined ? { expectedConfigPath: expected.configPath } : {}),
    ...(ready.uptimeMs !== undefined ? { uptimeMs: ready.uptimeMs } : {}),
    ...(ready.version !== undefined ? { version: ready.version } : {}),
  };
  if (expected.configPath !== undefined && normalizePath(snapshot.path) !== normalizePath(expected.configPath)) {
    result.ok = false;
    result.reason = `the gateway at ${client.url} serves ${snapshot.path}, not ${expected.configPath}: another gateway answers on this address`;
  }
  return result;
}

/** verifyIdentity that throws a `protocol` GatewayError (code IDENTITY_MISMATCH) when the identity is wrong. */
export async function assertIdentity(client: GatewayClient, expected: IdentityExpectation, opts?: CallOptions): Promise<IdentityResult> {
  const r = await verifyIdentity(client, expected, opts);
  if (!r.ok) {
    throw new GatewayError({
      kind: 'protocol',
      instanceId: client.id,
      method: 'config.get',
      code: 'IDENTITY_MISMATCH',
      message: `${client.id}: identity check failed: ${r.reason ?? 'unknown'}`,
    });
  }
  return r;
}

/** One observation of a gateway's liveness clock. */
export interface UptimeSample {
  uptimeMs?: number;
  /** `status.pid` if known: a different PID is a process restart. */
  pid?: number;
  /** When the sample was taken (ms since epoch); default now. */
  at?: number;
}

export interface RestartVerdict {
  restarted: boolean;
  /** Why we think it restarted (uptime reset, PID change). */
  reason?: string;
  /** Estimated boot time of the current run (ms since epoch), when uptime is known. */
  bootAt?: number;
}

/**
 * Tracks one gateway across probes. `toleranceMs` absorbs request latency and clock granularity between
 * the moment the gateway computed `uptimeMs` and our `at` (default 5 s; a restart takes ≥ 5 s anyway).
 */
export class RestartDetector {
  private bootAt: number | undefined;
  private pid: number | undefined;
  private restarts = 0;
  constructor(private readonly toleranceMs = 5_000) {}

  /** Number of restarts seen so far. */
  get count(): number {
    return this.restarts;
  }

  observe(sample: UptimeSample): RestartVerdict {
    const at = sample.at ?? Date.now();
    const reasons: string[] = [];
    if (sample.pid !== undefined) {
      if (this.pid !== undefined && sample.pid !== this.pid) reasons.push(`process id changed (${this.pid} → ${sample.pid})`);
      this.pid = sample.pid;
    }
    let bootAt: number | undefined;
    if (sample.uptimeMs !== undefined) {
      bootAt = at - sample.uptimeMs;
      if (this.bootAt !== undefined && bootAt - this.bootAt > this.toleranceMs) {
        reasons.push(`uptime reset (booted ${Math.round((bootAt - this.bootAt) / 1000)} s after the previous boot)`);
      }
      // Keep the earliest estimate within tolerance so jitter cannot accumulate into a false restart.
      if (this.bootAt === undefined || bootAt - this.bootAt > this.toleranceMs || bootAt < this.bootAt) this.bootAt = bootAt;
    }
    const restarted = reasons.length > 0;
    if (restarted) this.restarts++;
    return { restarted, ...(restarted ? { reason: reasons.join('; ') } : {}), ...(bootAt !== undefined ? { bootAt } : {}) };
  }
}
