/**
 * Shapes of the smoke test (issue #5): what one check, one instance and the whole run report.
 *
 * Every string in these shapes is meant to be shown to people and written to artifacts, so it must never
 * carry a token: the orchestrator passes the whole report through the run's `SecretRegistry` before it
 * leaves `runSmoke()`.
 */

/** The three verdicts an instance (and the whole run) can get. `degraded` = traffic may continue. */
export type SmokeStatus = 'healthy' | 'degraded' | 'failed';

/** One check's outcome. `warn` makes the instance `degraded`, `fail` makes it `failed`. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** The checks, in the order they run and are shown. */
export const CHECK_NAMES = [
  'smoke', // the smoke test itself could not check the instance (an unexpected error)
  'healthz',
  'readyz',
  'startupz',
  'health-rpc',
  'config',
  'version',
  'credentials',
  'ui-http',
  'cache-headers',
  'control-ui',
  'chat',
  'ws-load',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckResult {
  name: CheckName;
  status: CheckStatus;
  /** One line a person can act on: what was seen, and for a failure the likely fix. */
  summary: string;
  /** Every individual finding behind the status (each failing/warning condition on its own line). */
  reasons: string[];
  durationMs: number;
  /** Structured facts for machines (versions, latencies, counts). Never raw gateway payloads with secrets. */
  data?: Record<string, unknown>;
}

/** Where the expected OpenClaw version came from. */
export interface ExpectedVersion {
  version: string;
  /** `input`, or the file it was read from (`.openclaw-version`, `package.json`). */
  source: string;
}

export interface InstanceResult {
  id: string;
  /** Base URL of the gateway (no credentials: inventory URLs with userinfo are rejected earlier). */
  url: string;
  status: SmokeStatus;
  /** The summaries of the failing checks, then the warning ones: the "why" in one list. */
  reasons: string[];
  /** The OpenClaw version the instance reported, when any source answered. */
  version?: string;
  /** Screenshot file, relative to the screenshots folder (never contains a token). */
  screenshot?: string;
  checks: CheckResult[];
  durationMs: number;
}

/** The merged probe result of a run: what `report-file` holds (plus its digest). */
export interface SmokeReport {
  schemaVersion: 1;
  tool: 'clawfleet/smoke-and-browser-test';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: SmokeStatus;
  expectedVersion?: ExpectedVersion;
  /** What was asked for, so a reader knows which checks could run (booleans and numbers only). */
  settings: {
    browser: boolean;
    chat: 'off' | 'ui' | 'api';
    wsLoadConnections: number;
    timeoutSeconds: number;
    concurrency: number;
  };
  counts: Record<SmokeStatus, number>;
  instances: InstanceResult[];
}

/** A report as written to disk: the report plus `sha256:<hex>` of its canonical JSON (without this field). */
export interface DigestedReport extends SmokeReport {
  digest: string;
}
