/**
 * Contract of the gateway client (issue #3) that rolling-deploy, smoke and provision build on.
 * The implementation lives in `client.ts`; this file only names shapes so work can proceed in parallel.
 */
export type GatewayErrorKind =
  | 'unreachable' // connection refused/reset, DNS, TLS
  | 'timeout' // no answer within the call's timeout
  | 'unauthorized' // 401 / 403
  | 'rate-limited' // 503 UNAVAILABLE for a rate limit (retryAfterMs)
  | 'conflict' // stale baseHash ("config changed since last load")
  | 'rejected' // the gateway refused the request (invalid config, bad params) – carries issues
  | 'unavailable' // 503 UNAVAILABLE (e.g. persisted-not-applied, starting up)
  | 'not-enabled' // admin-http-rpc plugin off (404 on the route)
  | 'protocol'; // an answer we could not understand

export interface ConfigIssueFromGateway {
  path: string;
  message: string;
}

/** `config.get` payload, the fields we use. `raw` has secrets replaced by `__OPENCLAW_REDACTED__`. */
export interface ConfigSnapshot {
  path: string;
  exists: boolean;
  hash: string;
  raw: string | null;
  parsed: unknown;
  config: unknown;
  valid: boolean;
  issues: ConfigIssueFromGateway[];
  warnings: ConfigIssueFromGateway[];
  configRevisionHash: string | null;
  appliedConfigHash: string | null;
}

export interface WriteResult {
  ok: boolean;
  hash?: string;
  changedPaths?: string[];
  requiresRestart?: boolean;
  raw: unknown;
}

export type ReloadKind = 'hot' | 'restart' | 'none';

export interface ReadyzResult {
  status: number;
  ready: boolean;
  failing: string[];
  uptimeMs?: number;
  eventLoopDegraded?: boolean;
  version?: string;
}

export interface HealthScore {
  score: number; // 0..100
  reasons: string[];
}
