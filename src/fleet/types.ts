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
  /** `config.patch` reported nothing to change (`noop: true`; no new hash). Added by client.ts. */
  noop?: boolean;
  raw: unknown;
}

export type ReloadKind = 'hot' | 'restart' | 'none';

export interface ReadyzResult {
  status: number;
  ready: boolean;
  failing: string[];
  uptimeMs?: number;
  eventLoopDegraded?: boolean;
  /** `eventLoop.reasons` (e.g. `["cpu"]`) when the detail is present. Added by client.ts. */
  eventLoopReasons?: string[];
  version?: string;
}

export interface HealthScore {
  score: number; // 0..100
  reasons: string[];
}

/** Per-call options. Every call has a timeout (default set on the client). */
export interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Max attempts for transient failures (unreachable, timeout, retryable UNAVAILABLE); writes default to 1 for non-rate-limit errors. */
  attempts?: number;
}

export interface StartupzResult {
  status: number;
  started: boolean;
  version?: string;
  uptimeMs?: number;
  /** `status` field: `starting` | `started` | `draining`. Added by client.ts. */
  phase?: string;
}

/** The `health` RPC payload, the fields we use. */
export interface HealthRpc {
  ok: boolean;
  plugins?: { loaded?: unknown[]; errors?: unknown[]; unavailable?: unknown[] };
  configReload?: { hotReloadStatus?: string };
  modelRuntime?: { degraded?: boolean; pendingAgents?: unknown[] };
  defaultAgentId?: string;
  agents?: unknown[];
  [k: string]: unknown;
}

/** The gateway an instance of the client talks to. `token` is a secret: never log it. */
export interface GatewayTarget {
  id: string;
  url: string;
  token: string;
}

/**
 * Typed client over a gateway's admin HTTP RPC (`POST /api/v1/admin/rpc`) and probes.
 * Failures throw `GatewayError` (see client.ts) with a `kind` from `GatewayErrorKind`.
 */
export interface GatewayClient {
  readonly id: string;
  readonly url: string;
  call<T = unknown>(method: string, params?: unknown, opts?: CallOptions): Promise<T>;
  configGet(opts?: CallOptions): Promise<ConfigSnapshot>;
  configApply(params: { raw: string; baseHash: string; note?: string; restartDelayMs?: number }, opts?: CallOptions): Promise<WriteResult>;
  configPatch(
    params: { raw: string; baseHash: string; note?: string; replacePaths?: string[]; restartDelayMs?: number },
    opts?: CallOptions,
  ): Promise<WriteResult>;
  configSchema(opts?: CallOptions): Promise<{ schema: unknown; version?: string }>;
  configSchemaLookup(path: string, opts?: CallOptions): Promise<{ reloadKind: ReloadKind; [k: string]: unknown }>;
  health(opts?: CallOptions): Promise<HealthRpc>;
  status(opts?: CallOptions): Promise<{ runtimeVersion?: string; [k: string]: unknown }>;
  modelsAuthStatus(params?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  restartRequest(opts?: CallOptions): Promise<unknown>;
  updateStatus(opts?: CallOptions): Promise<unknown>;
  healthz(opts?: CallOptions): Promise<{ status: number; ok: boolean }>;
  readyz(opts?: CallOptions): Promise<ReadyzResult>;
  startupz(opts?: CallOptions): Promise<StartupzResult>;
}

/** One instance of the inventory, after defaults are applied. */
export interface InstanceSpec {
  id: string;
  url: string;
  tier: 'primary' | 'standby';
  zone?: string;
  labels: Record<string, string>;
  /** Name of the env var that holds this instance's bearer token. */
  tokenEnv: string;
  /** Config fragment merged over the deployed config for this instance only (defaults.overlay, then this). */
  overlay?: Record<string, unknown>;
}

export interface Inventory {
  file: string;
  instances: InstanceSpec[];
}
