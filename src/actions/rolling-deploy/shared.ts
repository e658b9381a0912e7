/**
 * Input parsing and runner wiring shared by rolling-deploy and auto-rollback: the rollout policy, the state
 * store, the run context, the gateway clients. Names of inputs live once, here.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { normalizeCanarySteps } from '../../deploy/batches.js';
import { validatePolicy } from '../../deploy/engine.js';
import { DirStore, MemoryStore } from '../../deploy/store/dir.js';
import { GitStore } from '../../deploy/store/git.js';
import type { StateStore } from '../../deploy/store/types.js';
import { DEFAULT_POLICY, type RolloutPolicy, type RunContext, type SourceInfo, type WaveMode } from '../../deploy/types.js';
import { createGatewayClient } from '../../fleet/client.js';
import type { GatewayClient, InstanceSpec } from '../../fleet/types.js';
import { invalidValueMessage, type Inputs } from '../common/inputs.js';

/** Input names shared by both deploy actions. */
export const PolicyInput = {
  Strategy: 'strategy',
  BatchSize: 'batch-size',
  WaitSeconds: 'wait-seconds',
  ProbeIntervalSeconds: 'probe-interval-seconds',
  MinSuccessRatio: 'min-success-ratio',
  MinHealthScore: 'min-health-score',
  RollbackErrorRate: 'rollback-error-rate',
  AutoRollback: 'auto-rollback',
  RollbackScope: 'rollback-scope',
  CanarySteps: 'canary-steps',
  AllowAllAtOnce: 'allow-all-at-once',
  ConfirmationToken: 'confirmation-token',
  OnDrift: 'on-drift',
  NoDataPolicy: 'no-data-policy',
  ProgressDeadlineSeconds: 'progress-deadline-seconds',
  Waves: 'waves',
  RetryFailed: 'retry-failed',
  AllowProcessRestart: 'allow-process-restart',
  RestartCooldownSeconds: 'restart-cooldown-seconds',
  RestartTimeoutSeconds: 'restart-timeout-seconds',
  FailOnMissingEnv: 'fail-on-missing-env',
  Concurrency: 'concurrency',
} as const;

export const StoreInput = {
  Environment: 'environment',
  StateStore: 'state-store',
  StateBranch: 'state-branch',
  StateRemote: 'state-remote',
  StateDir: 'state-dir',
  ForceUnlock: 'force-unlock',
} as const;

export const ClientInput = {
  Inventory: 'inventory',
  Instances: 'instances',
  HostAllowlist: 'host-allowlist',
  RequestTimeoutSeconds: 'request-timeout-seconds',
  Ticket: 'ticket',
} as const;

/** `none` | `zone` | `label:<key>` */
export function parseWaves(name: string, value: string | undefined): WaveMode {
  const v = (value ?? '').trim();
  if (v === '' || v === 'none') return { kind: 'none' };
  if (v === 'zone') return { kind: 'zone' };
  const m = /^label:([A-Za-z0-9._/-]{1,63})$/.exec(v);
  if (m) return { kind: 'label', key: m[1]! };
  throw new UserError(invalidValueMessage(name, v, 'Valid values are: [none, zone, label:<key>].'));
}

export function parsePolicy(inputs: Inputs): RolloutPolicy {
  const I = PolicyInput;
  let canarySteps: number[];
  const rawSteps = inputs.getList(I.CanarySteps);
  if (rawSteps.length === 0) canarySteps = [...DEFAULT_POLICY.canarySteps];
  else {
    const nums = rawSteps.map((s) => {
      const n = Number(s.replace(/%$/, ''));
      if (!/^\d+(\.\d+)?%?$/.test(s) || !Number.isFinite(n)) throw new UserError(invalidValueMessage(I.CanarySteps, rawSteps.join(','), 'Expected increasing percentages, e.g. 5,20,35,50,65,80,100.'));
      return n;
    });
    try {
      canarySteps = normalizeCanarySteps(nums);
    } catch (e) {
      throw new UserError(invalidValueMessage(I.CanarySteps, rawSteps.join(','), `${(e as Error).message}. Expected increasing percentages in (0, 100], e.g. 5,20,35,50,65,80,100.`));
    }
  }
  const token = inputs.getOptional(I.ConfirmationToken);
  const policy: RolloutPolicy = {
    strategy: inputs.getEnum(I.Strategy, ['rolling', 'canary', 'all-at-once'] as const, DEFAULT_POLICY.strategy),
    batchSize: inputs.getInt(I.BatchSize, { default: DEFAULT_POLICY.batchSize, min: 1, max: 10_000 }),
    waitSeconds: inputs.getInt(I.WaitSeconds, { default: DEFAULT_POLICY.waitSeconds, min: 0, max: 86_400 }),
    probeIntervalSeconds: inputs.getInt(I.ProbeIntervalSeconds, { default: DEFAULT_POLICY.probeIntervalSeconds, min: 0, max: 3_600 }),
    minSuccessRatio: inputs.getRatio(I.MinSuccessRatio, { default: DEFAULT_POLICY.minSuccessRatio }),
    minHealthScore: inputs.getInt(I.MinHealthScore, { default: DEFAULT_POLICY.minHealthScore, min: 0, max: 100 }),
    rollbackErrorRate: inputs.getRatio(I.RollbackErrorRate, { default: DEFAULT_POLICY.rollbackErrorRate }),
    autoRollback: inputs.getBoolean(I.AutoRollback, DEFAULT_POLICY.autoRollback),
    rollbackScope: inputs.getEnum(I.RollbackScope, ['deployment', 'failed-waves'] as const, DEFAULT_POLICY.rollbackScope),
    canarySteps,
    allowAllAtOnce: inputs.getBoolean(I.AllowAllAtOnce, false),
    ...(token ? { confirmationToken: token } : {}),
    onDrift: inputs.getEnum(I.OnDrift, ['halt', 'skip'] as const, DEFAULT_POLICY.onDrift),
    noData: inputs.getEnum(I.NoDataPolicy, ['fail', 'ignore'] as const, DEFAULT_POLICY.noData),
    progressDeadlineSeconds: inputs.getInt(I.ProgressDeadlineSeconds, { default: DEFAULT_POLICY.progressDeadlineSeconds, min: 30, max: 86_400 }),
    waves: parseWaves(I.Waves, inputs.getOptional(I.Waves)),
    retryFailed: inputs.getBoolean(I.RetryFailed, false),
    allowProcessRestart: inputs.getBoolean(I.AllowProcessRestart, false),
    restartCooldownSeconds: inputs.getInt(I.RestartCooldownSeconds, { default: DEFAULT_POLICY.restartCooldownSeconds, min: 0, max: 600 }),
    restartTimeoutSeconds: inputs.getInt(I.RestartTimeoutSeconds, { default: DEFAULT_POLICY.restartTimeoutSeconds, min: 10, max: 3_600 }),
    failOnMissingEnv: inputs.getBoolean(I.FailOnMissingEnv, DEFAULT_POLICY.failOnMissingEnv),
    concurrency: inputs.getInt(I.Concurrency, { default: DEFAULT_POLICY.concurrency, min: 1, max: 256 }),
    writeLimit: DEFAULT_POLICY.writeLimit,
  };
  validatePolicy(policy);
  return policy;
}

export type StoreSpec = { kind: 'git'; remote: string; branch: string } | { kind: 'dir'; path: string } | { kind: 'none' };

export interface StoreInputs {
  environment: string;
  store: StoreSpec;
  forceUnlock: boolean;
}

export function parseStoreInputs(inputs: Inputs): StoreInputs {
  const I = StoreInput;
  const kind = inputs.getEnum(I.StateStore, ['git', 'dir', 'none'] as const, 'git');
  let store: StoreSpec;
  if (kind === 'git') {
    const branch = inputs.getOptional(I.StateBranch) ?? 'clawfleet-state';
    if (!/^[A-Za-z0-9._/-]{1,100}$/.test(branch) || branch.includes('..') || branch.startsWith('-') || branch.startsWith('/')) {
      throw new UserError(invalidValueMessage(I.StateBranch, branch, 'Expected a branch name such as clawfleet-state.'));
    }
    const remote = inputs.getOptional(I.StateRemote) ?? 'origin';
    if (remote.startsWith('-') || /[\s\0]/.test(remote)) throw new UserError(invalidValueMessage(I.StateRemote, remote, 'Expected a git remote name (origin) or a repository URL/path.'));
    store = { kind, branch, remote };
  } else if (kind === 'dir') {
    const path = inputs.getOptional(I.StateDir);
    if (!path) throw new UserError(`The input '${I.StateDir}' is required when state-store is 'dir'. Fix: name a folder that outlives the job (a self-hosted runner's disk).`);
    store = { kind, path };
  } else store = { kind: 'none' };
  return { environment: inputs.getOptional(I.Environment) ?? 'default', store, forceUnlock: inputs.getBoolean(I.ForceUnlock, false) };
}

/** Opens the store; a git store runs inside the workspace repo when there is one (its push credentials). */
export function openStore(spec: StoreSpec, workspace: string): StateStore & { close?: () => Promise<void> } {
  switch (spec.kind) {
    case 'git':
      return new GitStore({
        remote: spec.remote,
        branch: spec.branch,
        ...(existsSync(join(workspace, '.git')) ? { repoDir: workspace } : {}),
        author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
      });
    case 'dir':
      return new DirStore(isAbsolute(spec.path) ? spec.path : resolve(workspace, spec.path));
    case 'none':
      return new MemoryStore();
  }
}

/** Who and where, from the runner's environment (or the CLI's process). */
export function runContext(env: NodeJS.ProcessEnv, ticket?: string): RunContext & { source: Omit<SourceInfo, 'entry' | 'files'> } {
  const runId = env['GITHUB_RUN_ID'];
  const repo = env['GITHUB_REPOSITORY'];
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runUrl = runId && repo ? `${server}/${repo}/actions/runs/${runId}${env['GITHUB_RUN_ATTEMPT'] ? `/attempts/${env['GITHUB_RUN_ATTEMPT']}` : ''}` : undefined;
  return {
    // The same owner across re-run attempts of one workflow run: a re-run may take over its own lock.
    owner: runId && repo ? `gh:${repo}:${runId}` : `cli:${hostname()}:${process.pid}`,
    ...(env['GITHUB_ACTOR'] ? { actor: env['GITHUB_ACTOR'] } : {}),
    ...(ticket ? { ticket } : {}),
    ...(runUrl ? { runUrl } : {}),
    source: { ...(repo ? { repository: repo } : {}), ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}), ...(env['GITHUB_SHA'] ? { sha: env['GITHUB_SHA'] } : {}) },
  };
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A client factory over the inventory's tokens (every token is already in the secret registry). */
export function clientFactory(tokens: ReadonlyMap<string, string>, opts: { timeoutMs: number; logger: Logger; secrets: SecretRegistry }): (inst: InstanceSpec) => GatewayClient {
  return (inst) => {
    const token = tokens.get(inst.id);
    if (token === undefined) throw new Error(`no token resolved for ${inst.id}`);
    return createGatewayClient({ id: inst.id, url: inst.url, token }, { timeoutMs: opts.timeoutMs, logger: opts.logger, secrets: opts.secrets });
  };
}

/**
 * The operator's restart command for listener changes, run with `bash -c` and the instance in env vars
 * (`CLAWFLEET_INSTANCE_ID`, `CLAWFLEET_INSTANCE_URL`, `CLAWFLEET_ENVIRONMENT`) — never the token, and never
 * interpolated into the command text.
 */
export function restartCommandHook(command: string, environment: string, timeoutMs: number, logger: Logger): (inst: InstanceSpec) => Promise<void> {
  return (inst) =>
    new Promise<void>((resolveP, reject) => {
      const child = spawn('bash', ['-c', command], {
        env: { ...process.env, CLAWFLEET_INSTANCE_ID: inst.id, CLAWFLEET_INSTANCE_URL: inst.url, CLAWFLEET_ENVIRONMENT: environment },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail = '';
      const keep = (b: Buffer) => {
        tail = (tail + b.toString('utf8')).slice(-2000);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) {
          logger.info(`${inst.id}: restart command finished`);
          resolveP();
        } else reject(new Error(`restart command for ${inst.id} exited ${code ?? signal}: ${tail.trim().split('\n').slice(-3).join(' | ')}`));
      });
    });
}

/** Writes JSON/text files for outputs under RUNNER_TEMP (or a temp dir); returns the paths. */
export function writeArtifacts(baseDir: string, name: string, files: Record<string, string>): Record<string, string> {
  const dir = join(baseDir, 'clawfleet', name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    const p = join(dir, file);
    writeFileSync(p, content, { mode: 0o600 });
    out[file] = p;
  }
  return out;
}
