/**
 * rolling-deploy's post step (`post-if: always()`), and the state main hands it.
 *
 * Why it exists: when a job is cancelled, the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the
 * process 2.5 s after that — and then still runs post steps. The engine stops cleanly on SIGINT when it
 * can (it lets in-flight writes finish, records the outcome, releases the environment lock), but a killed
 * main step leaves the lock held for its whole TTL (6 h: every later deploy of the environment is refused)
 * and no audit line saying what happened. The post step closes that gap:
 *
 * - main records its progress with `core.saveState` (key {@link State.Deploy}): where the state store is,
 *   the lock owner/host/pid, and once known the deployment id, versions and the last finished batch; at its
 *   very end (success or failure alike) it records `phase: finished`;
 * - the post step does nothing when main finished (or never got as far as opening the store);
 * - otherwise it appends an `interrupted` audit line with what is known, marks the deployment record
 *   `interrupted` (a re-run resumes it), flushes, and releases the lock — ONLY when the lock is still the
 *   one this job's main step took (same owner, host and pid, and the same deployment when the lock names
 *   one). A lock someone else holds is never touched, and neither is their deployment record;
 * - it never fails the job: every problem (store unreachable, malformed state) is a warning.
 *
 * Nothing here talks to a gateway, and the state holds no secret (no token, no config content).
 */
import * as core from '@actions/core';
import { hostname } from 'node:os';
import { getErrorMessage } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { SecretRegistry } from '../../common/secrets.js';
import type { EngineHooks } from '../../deploy/engine.js';
import { StateRecorder, type LockInfo } from '../../deploy/records.js';
import { redactRemote } from '../../deploy/store/git.js';
import type { StateStore } from '../../deploy/store/types.js';
import type { AuditLine, DeploymentRecord, RunContext } from '../../deploy/types.js';
import { handlePostError } from '../common/errors.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { openStore, type StoreSpec } from './shared.js';

/** State keys (`core.saveState` in main → `STATE_<key>` in post). */
export const State = {
  Deploy: 'deploy',
} as const;

/** Stands in for a state-remote that holds credentials (the post step reads `INPUT_STATE-REMOTE` instead). */
export const REMOTE_FROM_INPUT = '(state-remote input)';

/** The action name as the post step's messages print it. */
const POST_ACTION = 'rolling-deploy';

/** How many instances an `interrupted` audit line lists at most (the batch lines before it list them all). */
export const MAX_AUDIT_INSTANCES = 500;

/** What main saved for the post step. */
export interface DeployStepState {
  schema: 1;
  /** `started`: the store is open and the engine may hold the lock. `finished`: main reached its end. */
  phase: 'started' | 'finished';
  environment: string;
  store: StoreSpec;
  /** The lock owner main used (RunContext.owner), and where main ran: together they identify ITS lock. */
  owner: string;
  host: string;
  pid: number;
  actor?: string;
  ticket?: string;
  runUrl?: string;
  deploymentId?: string;
  attempt?: number;
  version?: number;
  fromVersion?: number;
  /** Batches in the plan, and the last one whose gate finished. */
  batches?: number;
  lastBatch?: number;
}

/**
 * Records main's progress with `save` (default `core.saveState`). Every call saves the whole state: the
 * runner keeps the last value saved under a key, so a kill between two saves leaves the previous one.
 */
export class DeployStepTracker {
  private state: DeployStepState | undefined;
  constructor(private readonly save: (name: string, value: string) => void = (n, v) => core.saveState(n, v)) {}

  /** Main opened the state store; from here on the engine may take the environment lock. */
  started(init: { environment: string; store: StoreSpec; context: Pick<RunContext, 'owner' | 'actor' | 'ticket' | 'runUrl'> }): void {
    const c = init.context;
    this.state = {
      schema: 1,
      phase: 'started',
      environment: init.environment,
      // A state-remote URL with credentials is not copied into the state: the post step reads the input again.
      store: init.store.kind === 'git' && redactRemote(init.store.remote) !== init.store.remote ? { ...init.store, remote: REMOTE_FROM_INPUT } : init.store,
      owner: c.owner,
      host: hostname(),
      pid: process.pid,
      ...(c.actor ? { actor: c.actor } : {}),
      ...(c.ticket ? { ticket: c.ticket } : {}),
      ...(c.runUrl ? { runUrl: c.runUrl } : {}),
    };
    this.write();
  }

  /** Engine hooks that keep the state current (deployment id, versions, last finished batch). */
  hooks(): Required<Pick<EngineHooks, 'onDeployment' | 'afterBatch'>> {
    return {
      onDeployment: (d) => {
        if (!this.state) return;
        Object.assign(this.state, { deploymentId: d.deploymentId, attempt: d.attempt, version: d.version, batches: d.batches }, d.fromVersion !== undefined ? { fromVersion: d.fromVersion } : {});
        this.write();
      },
      afterBatch: (b) => {
        if (!this.state) return;
        this.state.lastBatch = b.index;
        this.write();
      },
    };
  }

  /** Main reached its end (whatever the result): the post step has nothing to do. */
  finished(): void {
    if (!this.state) return; // never opened the store: post finds no state and does nothing either
    this.state.phase = 'finished';
    this.write();
  }

  private write(): void {
    try {
      this.save(State.Deploy, JSON.stringify(this.state));
    } catch {
      // Saving state is best effort: a deploy must not fail because the runner's state file is unwritable.
    }
  }
}

/** Runs two engine hooks of the same name one after the other (the tracker's and a caller's). */
export function chainHooks(a: EngineHooks, b: EngineHooks | undefined): EngineHooks {
  if (!b) return a;
  const out: EngineHooks = { ...a, ...b };
  for (const k of Object.keys(a) as Array<keyof EngineHooks>) {
    const fa = a[k] as ((x: never) => unknown) | undefined;
    const fb = b[k] as ((x: never) => unknown) | undefined;
    if (fa && fb) {
      (out as Record<string, unknown>)[k] = async (x: never) => {
        await fa(x);
        await fb(x);
      };
    }
  }
  return out;
}

/** Parses the saved state; `undefined` when absent, malformed, or of an unknown shape. */
export function parseDeployStepState(text: string): DeployStepState | undefined {
  if (!text) return undefined;
  let v: Partial<DeployStepState>;
  try {
    v = JSON.parse(text) as Partial<DeployStepState>;
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || v.schema !== 1) return undefined;
  if (v.phase !== 'started' && v.phase !== 'finished') return undefined;
  if (typeof v.environment !== 'string' || typeof v.owner !== 'string' || typeof v.host !== 'string' || typeof v.pid !== 'number') return undefined;
  const s = v.store as Partial<StoreSpec> | undefined;
  const storeOk =
    !!s &&
    ((s.kind === 'git' && typeof (s as { remote?: unknown }).remote === 'string' && typeof (s as { branch?: unknown }).branch === 'string') ||
      (s.kind === 'dir' && typeof (s as { path?: unknown }).path === 'string') ||
      s.kind === 'none');
  if (!storeOk) return undefined;
  return v as DeployStepState;
}

/**
 * True when `lock` is (or, for a lock shared by parallel slices of one run, includes) the hold the main step
 * described by `s` took: same owner, and a holder on the same host with the same pid (and the same
 * deployment when the holder names one). See module doc.
 */
export function isOurLock(lock: LockInfo | undefined, s: DeployStepState): boolean {
  if (!lock || lock.owner !== s.owner) return false;
  type Hold = { host?: string; pid?: number; deploymentId?: string };
  const holders: Hold[] = Array.isArray((lock as { holders?: unknown }).holders) ? (lock as { holders: Hold[] }).holders : [lock];
  return holders.some((h) => h.host === s.host && h.pid === s.pid && !(h.deploymentId && s.deploymentId && h.deploymentId !== s.deploymentId));
}

export interface PostOptions {
  /** Reads a saved state value (default `core.getState`, i.e. the `STATE_<name>` env var). */
  state?: (name: string) => string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  secrets?: SecretRegistry;
  /** Opens the state store (tests inject a fake one). Default: the same store main used. */
  openStore?: (spec: StoreSpec, workspace: string) => StateStore & { close?: () => Promise<void> };
  now?: () => number;
}

export interface PostResult {
  /** `none`: main finished (or never opened the store); `recorded`: the interruption was handled. */
  action: 'none' | 'recorded' | 'failed';
  audited: boolean;
  lockReleased: boolean;
  /** Who holds the lock when it was left alone (`undefined` when there was none or it was ours). */
  lockHeldBy?: string;
  markedInterrupted: boolean;
}

/** The post step. Never throws: problems become warnings (the main step already decided the outcome). */
export async function runPost(opts: PostOptions = {}): Promise<PostResult> {
  const secrets = opts.secrets ?? createActionSecrets();
  const logger = opts.logger ?? createActionsLogger({ secrets });
  const result: PostResult = { action: 'none', audited: false, lockReleased: false, markedInterrupted: false };
  let store: (StateStore & { close?: () => Promise<void> }) | undefined;
  try {
    const raw = (opts.state ?? ((n: string) => core.getState(n)))(State.Deploy);
    if (!raw) {
      logger.debug('post: no state from the main step (it stopped before opening the state store): nothing to do');
      return result;
    }
    const s = parseDeployStepState(raw);
    if (!s) {
      logger.warning(`${POST_ACTION} post step: the state saved by the main step is not readable; the environment lock (if any) was left alone`);
      result.action = 'failed';
      return result;
    }
    if (s.phase === 'finished') {
      logger.debug('post: the main step finished; nothing to do');
      return result;
    }
    if (s.store.kind === 'none') return result; // dry run: no lock, no record
    const env = opts.env ?? process.env;
    if (s.store.kind === 'git' && s.store.remote === REMOTE_FROM_INPUT) {
      // Inputs are given to post steps too (`INPUT_<NAME>`, hyphens kept).
      const remote = (env['INPUT_STATE-REMOTE'] ?? '').trim();
      if (!remote) throw new Error("the state-remote input is not available to the post step; the environment lock (if any) was left alone");
      s.store = { ...s.store, remote };
    }
    registerRemoteCredentials(s.store, secrets);
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const now = opts.now ?? Date.now;
    store = (opts.openStore ?? openStore)(s.store, workspace);
    const recorder = new StateRecorder(store, s.environment, { secrets, now });
    result.action = 'recorded';
    const where = s.lastBatch !== undefined ? `after batch ${s.lastBatch}${s.batches !== undefined ? ` of ${s.batches}` : ''}` : s.deploymentId ? 'before its first batch finished' : 'before the deployment started';
    logger.warning(`${POST_ACTION}: the main step did not finish (cancelled or killed) ${where}${s.deploymentId ? ` — deployment ${s.deploymentId}` : ''}`);

    const lock = await recorder.readLock();
    const ours = isOurLock(lock, s);
    if (lock && !ours) result.lockHeldBy = `${lock.owner}${lock.deploymentId ? ` (deployment ${lock.deploymentId})` : ''}`;

    // The deployment record is only touched while this run holds the lock: once another run holds it, that
    // run may be resuming this very deployment (same id), and its record is no longer ours to change.
    let dep: DeploymentRecord | undefined;
    if (s.deploymentId) {
      dep = await recorder.readDeployment(s.deploymentId).catch((e: unknown) => {
        logger.warning(`${POST_ACTION} post step: could not read deployment ${s.deploymentId}: ${getErrorMessage(e)}`);
        return undefined;
      });
      if (dep && ours && dep.status === 'running') {
        await recorder.writeDeployment({ ...dep, status: 'interrupted', updatedAt: new Date(now()).toISOString(), instances: {} });
        result.markedInterrupted = true;
      }
    }

    const touched = dep ? Object.entries(dep.instances).filter(([, st]) => st.written || st.status !== 'untouched') : [];
    const line: Omit<AuditLine, 'ts' | 'environment'> = {
      event: 'interrupted',
      deploymentId: s.deploymentId ?? '',
      attempt: s.attempt ?? 0,
      ...(s.actor ? { actor: s.actor } : {}),
      ...(s.ticket ? { ticket: s.ticket } : {}),
      ...(s.runUrl ? { runUrl: s.runUrl } : {}),
      ...(s.fromVersion !== undefined ? { fromVersion: s.fromVersion } : {}),
      ...(s.version !== undefined ? { toVersion: s.version } : {}),
      outcome: 'interrupted',
      ...(touched.length ? { instances: touched.slice(0, MAX_AUDIT_INSTANCES).map(([id, st]) => ({ id, status: st.written && st.status === 'untouched' ? 'written?' : st.status })) } : {}),
      detail:
        `the main step did not finish (cancelled or killed) ${where}` +
        (touched.length > MAX_AUDIT_INSTANCES ? `; ${touched.length} instance(s) touched, the first ${MAX_AUDIT_INSTANCES} listed` : '') +
        (touched.some(([, st]) => st.written && st.status === 'untouched') ? '; "written?" = a write was sent or about to be sent and its outcome is unknown (a re-run reads it back)' : '') +
        (ours ? '; the environment lock was released by the post step' : lock ? `; the environment lock is held by ${result.lockHeldBy} and was left alone` : '; no environment lock was held'),
    };
    await recorder.audit(line);
    result.audited = true;
    await recorder.flush(`post: ${s.deploymentId ? `deploy ${s.deploymentId}` : 'deploy'} interrupted`);
    if (ours) {
      await recorder.releaseLock(s.owner, { host: s.host, pid: s.pid });
      result.lockReleased = true;
      logger.info(`released the environment lock of '${recorder.environment}' that the interrupted main step held; re-run the workflow to resume${s.deploymentId ? ` deployment ${s.deploymentId}` : ''}, or run auto-rollback`);
    } else if (lock) {
      logger.info(`the environment lock of '${recorder.environment}' is held by ${result.lockHeldBy}, not by this run: left alone`);
    }
  } catch (e) {
    result.action = 'failed';
    handlePostError(POST_ACTION, e, { secrets, sink: { debug: (m) => logger.debug(m), warning: (m) => logger.warning(m) } });
  } finally {
    await store?.close?.().catch((e: unknown) => logger.debug(`post: closing the state store: ${getErrorMessage(e)}`));
  }
  return result;
}

/** A state-remote URL with credentials in it: mask them before anything can print the URL. */
function registerRemoteCredentials(spec: StoreSpec, secrets: SecretRegistry): void {
  if (spec.kind !== 'git') return;
  try {
    const u = new URL(spec.remote);
    if (u.password) secrets.add(decodeURIComponent(u.password));
    if (u.username && u.password) secrets.add(decodeURIComponent(u.username));
  } catch {
    // a remote name (origin) or a path: nothing to mask
  }
}
