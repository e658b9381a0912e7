/**
 * Shapes shared by the provisioning engine (local and remote paths), the action adapter and the report.
 */
import type { Logger } from '../common/logger.js';
import type { SecretRegistry } from '../common/secrets.js';
import type { Cell } from './verify.js';
import type { StoreFormat } from './plan.js';

/** A gateway this run talks to over its RPC surface. `token` is a secret. */
export interface GatewayEndpoint {
  id: string;
  url: string;
  token: string;
}

export type Mode = 'local' | 'remote';

export interface ProvisionInputs {
  /** The OpenClaw config (the file in git, as the gateway runs it). */
  configFile: string;
  /** The `profiles` input text (YAML/JSON); empty = conventions only. */
  profiles: string;
  mode: Mode;
  /** local: the gateway's `OPENCLAW_STATE_DIR`. */
  stateDir: string;
  /** local: the config file the gateway runs (default `configFile`). */
  gatewayConfigFile: string;
  /** local: how to run the OpenClaw CLI. */
  openclaw: string;
  /** local: optional, for the restart and the runtime check; remote: the targets. */
  gateways: GatewayEndpoint[];
  /** local: whether to restart the gateway over RPC when new variables were added. */
  restart: 'auto' | 'never';
  /** Target OpenClaw version (detected when unset). */
  openclawVersion: string | undefined;
  /** First OpenClaw version that no longer reads `auth-profiles.json` (unset = never write it). */
  legacyBelow: string | undefined;
  /** remote: what to do when the config lacks the store SecretRef. */
  remoteConfig: 'require' | 'patch';
  verify: boolean;
  dryRun: boolean;
  /** Where staged files go (the runner's temp dir; never the workspace). */
  tempDir: string;
  /** Per-command / per-call timeout. */
  timeoutMs: number;
}

/** Things this run created that the post step must remove. */
export interface Staging {
  file(path: string): void;
  device(entry: { instanceId: string; url: string; deviceId: string }): void;
}

export interface ProvisionDeps {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  registry: SecretRegistry;
  staging: Staging;
  /** Version string sent to gateways as the client version. */
  clientVersion?: string;
}

export interface ReportProvider {
  provider: string;
  /** How the provider authenticates (providers.ts). */
  auth: string;
  status: Cell['status'];
  /** The runner env var the key came from (name only). */
  source?: string;
  /** Config slots that use the provider. */
  slots: string[];
  detail: string;
}

export interface ReportInstance {
  id: string;
  changed: boolean;
  ready: boolean;
  cells: Cell[];
  actions: string[];
  /** Set when provisioning this instance failed (scrubbed message). */
  error?: string;
}

export interface ProvisionReport {
  version: 1;
  action: 'provision-auth-profiles';
  mode: Mode;
  dryRun: boolean;
  openclawVersion: string | undefined;
  storeFormat: StoreFormat;
  changed: boolean;
  ready: boolean;
  verified: boolean;
  restart: { required: boolean; requested: boolean; reason?: string };
  agents: Array<{ agentId: string; providers: ReportProvider[] }>;
  /** remote: one entry per gateway (local: the one host). */
  instances: ReportInstance[];
  /** What was written or changed, in order (paths and names only). */
  actions: string[];
  warnings: string[];
}
