/**
 * Local provisioning, run on the gateway host (measured against OpenClaw 2026.9.6):
 *
 * 1. Under a lock on the state directory, the keys go into the managed block of `$OPENCLAW_STATE_DIR/.env`
 *    (0600, atomic, parent 0700, symlinks refused) as `CLAWFLEET_<SOURCE>_G<n>` variables.
 * 2. `openclaw secrets apply` gets a plan with one env SecretRef per agent profile (`<provider>:clawfleet`);
 *    the agents' SQLite stores then hold refs, never keys. `secrets apply` also migrates and rewrites the
 *    config file it is given (plain JSON + `meta` + `.bak`, even for a plan with only store targets), so it
 *    runs against a byte copy of the config in the same directory (includes resolve alike), deleted after:
 *    the gateway's config — the one in git — does not drift.
 * 3. A running gateway only sees variables that were in its environment when its process started: an
 *    in-process restart (`gateway.restart.request`) loads NEW names from `.env` but never replaces a value it
 *    already has, and `secrets.reload` reads no `.env` at all. A changed key therefore gets a new generation
 *    name, and the gateway is restarted (when a URL is given) whenever a name was added.
 * 4. For versions that still read `auth-profiles.json` (opt-in by version) that file gets the same refs.
 * 5. Verification: `openclaw models status --check --json --agent <id>` per agent on the on-disk state, and
 *    `models.authStatus` on the running gateway when one is given.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { createGatewayClient } from '../fleet/client.js';
import { RestartDetector } from '../fleet/identity.js';
import type { GatewayClient } from '../fleet/types.js';
import { parseDotenv, planManaged, renderDotenv } from './dotenv.js';
import { buildLegacyAuthProfiles, buildSecretsPlan, envRefProvider, type RefTarget, type StoreFormat } from './plan.js';
import type { ResolvedProfiles } from './profiles.js';
import { childEnv, describeFailure, parseJsonOutput, parseOpenclawCommand, runOpenclaw } from './openclaw-cli.js';
import { ensurePrivateDir, readSecureFile, removeStaleTemps, withLock, writeSecureFile } from './secure-file.js';
import type { GatewayEndpoint, ProvisionDeps, ProvisionInputs } from './types.js';
import { cellsFromAuthStatus, cellsFromModelsStatus, unresolvedFromStatus, worse, type Cell } from './verify.js';
import type { AgentNeeds } from './needs.js';
import { withTemporarySession } from './temporary-session.js';

export class LocalProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalProvisionError';
  }
}

export interface LocalContext {
  inputs: ProvisionInputs;
  deps: ProvisionDeps;
  config: unknown;
  needs: AgentNeeds[];
  resolved: ResolvedProfiles;
  storeFormat: StoreFormat;
}

export interface LocalResult {
  changed: boolean;
  actions: string[];
  warnings: string[];
  cells: Cell[];
  verified: boolean;
  restart: { required: boolean; requested: boolean; reason?: string };
}

const LOCK_NAME = '.clawfleet-provision.lock';

/** Provisions on the gateway host. Nothing is written before every check passed (done by the caller). */
export async function provisionLocal(ctx: LocalContext): Promise<LocalResult> {
  const { inputs, deps } = ctx;
  const stateDir = resolve(inputs.stateDir);
  const envPath = join(stateDir, '.env');
  const actions: string[] = [];
  const warnings: string[] = [];
  const cli = parseOpenclawCommand(inputs.openclaw);
  const refProvider = envRefProvider(ctx.config);
  const wanted = new Map<string, string>();
  for (const a of ctx.resolved.assignments) wanted.set(a.sourceEnv, ctx.resolved.values.get(a.sourceEnv) as string);

  let newNames: string[] = [];
  let changed = false;
  await ensureStateDir(stateDir, inputs.dryRun, actions);
  const locked = async () => {
    const stale = inputs.dryRun ? [] : await removeStaleTemps(envPath);
    if (stale.length) warnings.push(`removed ${stale.length} temp file(s) left in ${stateDir} by an interrupted run: ${stale.join(', ')}`);
    const text = (await readSecureFile(envPath))?.toString('utf8') ?? '';
    const doc = parseDotenv(text);
    const managed = planManaged(doc.managed, wanted);
    newNames = [...managed.added, ...managed.rotated];
    const next = renderDotenv(doc, managed.entries);
    const targets: RefTarget[] = ctx.resolved.assignments.map((a) => ({ agentId: a.agentId, provider: a.provider, envName: managed.names.get(a.sourceEnv) as string }));
    if (inputs.dryRun) {
      if (next !== text) actions.push(`would update ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s))`);
      actions.push(`would apply ${targets.length} auth-profile ref(s) (${ctx.storeFormat === 'sqlite' ? 'openclaw secrets apply' : 'auth-profiles.json'})`);
      return;
    }
    const w = await writeSecureFile(envPath, next);
    if (w.written) {
      changed = true;
      actions.push(`wrote ${envPath} (${managed.added.length} new, ${managed.rotated.length} rotated variable(s); mode 0600)`);
    } else if (w.modeFixed) {
      changed = true;
      actions.push(`tightened ${envPath} to mode 0600`);
    }
    if (ctx.storeFormat === 'sqlite') {
      if (await applyPlan(ctx, cli, stateDir, targets, refProvider, actions)) changed = true;
    } else if (await writeLegacyFiles(stateDir, targets, refProvider, actions)) changed = true;
    // Superseded generations are dropped only now that no ref points at them any more.
    const final = renderDotenv(doc, managed.finalEntries);
    if (final !== next) {
      await writeSecureFile(envPath, final);
      actions.push(`removed ${managed.entries.length - managed.finalEntries.length} superseded variable(s) from ${envPath}`);
    }
  };
  if (inputs.dryRun) await locked(); // reads only: no lock file either
  else await withLock(join(stateDir, LOCK_NAME), locked, { timeoutMs: Math.max(inputs.timeoutMs, 30_000) });

  // The running gateway: restart when it must load new variables, then ask it what it holds.
  const gateway = inputs.gateways[0];
  const client = gateway ? createGatewayClient(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) }) : undefined;
  const restart: LocalResult['restart'] = { required: false, requested: false };
  if (newNames.length > 0 && !inputs.dryRun) {
    restart.reason = `the gateway must restart to load ${newNames.length} new credential variable(s) from ${envPath}`;
    if (client && inputs.restart === 'auto') {
      await restartAndWait(client, gateway as GatewayEndpoint, inputs.timeoutMs, deps);
      restart.requested = true;
      changed = true;
      actions.push(`restarted gateway ${gateway?.id} (gateway.restart.request) to load the new variables`);
    } else {
      restart.required = true;
      warnings.push(`${restart.reason}; ${client ? "restart is 'never'" : 'no gateway URL was given'}. Until it restarts, its agents cannot use the new keys`);
    }
  }

  let cells: Cell[] = [];
  const verified = inputs.verify && !inputs.dryRun;
  if (verified) {
    const onDisk = await verifyOnDisk(ctx, cli, stateDir);
    cells = client ? merge(onDisk, await verifyLive(ctx, client)) : onDisk;
    // The files are right but the running gateway still lacks a key: it did not restart after an earlier
    // run (a failed restart, `restart: never`, a crash). Restart once now, then check it again.
    const onDiskReady = (c: Cell) => onDisk.some((d) => d.agentId === c.agentId && d.provider === c.provider && d.status !== 'missing');
    if (client && inputs.restart === 'auto' && !restart.requested && cells.some((c) => c.status === 'missing' && onDiskReady(c))) {
      await restartAndWait(client, gateway as GatewayEndpoint, inputs.timeoutMs, deps);
      restart.requested = true;
      changed = true;
      actions.push(`restarted gateway ${gateway?.id}: it was running without credentials that are on disk`);
      cells = merge(onDisk, await verifyLive(ctx, client));
    }
  }
  return { changed, actions, warnings, cells, verified, restart };
}

async function ensureStateDir(stateDir: string, dryRun: boolean, actions: string[]): Promise<void> {
  if (dryRun) return;
  if (await ensurePrivateDir(stateDir)) actions.push(`made ${stateDir} a private directory (0700)`);
}

/** Runs `openclaw secrets apply` on a scratch copy of the config; returns whether the stores changed. */
async function applyPlan(ctx: LocalContext, cli: ReturnType<typeof parseOpenclawCommand>, stateDir: string, targets: RefTarget[], refProvider: string, actions: string[]): Promise<boolean> {
  const { inputs, deps } = ctx;
  if (targets.length === 0) return false;
  const planFile = join(inputs.tempDir, `clawfleet-secrets-plan-${randomBytes(6).toString('hex')}.json`);
  deps.staging.file(planFile);
  await writeSecureFile(planFile, `${JSON.stringify(buildSecretsPlan(targets, refProvider), null, 2)}\n`, { parent: 'existing' });
  const configFile = resolve(inputs.gatewayConfigFile);
  const scratch = join(dirname(configFile), `.clawfleet-apply-${randomBytes(6).toString('hex')}.json`);
  deps.staging.file(scratch);
  try {
    await copyFile(configFile, scratch);
    const env = childEnv(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: scratch });
    const r = await runOpenclaw(cli, ['secrets', 'apply', '--from', planFile, '--json'], { env, timeoutMs: inputs.timeoutMs });
    const json = parseJsonOutput(r.stdout) as { changed?: unknown; changedFiles?: unknown } | undefined;
    if (r.code !== 0 || json === undefined) throw new LocalProvisionError(describeFailure('openclaw secrets apply', r, deps.registry));
    const files = Array.isArray(json.changedFiles) ? json.changedFiles.length : 0;
    if (json.changed === true) actions.push(`openclaw secrets apply: set ${targets.length} env SecretRef(s) in ${files} agent store(s)`);
    return json.changed === true;
  } finally {
    await removeScratch(scratch);
  }
}

/** Deletes the scratch config and the `.bak` files `secrets apply` made next to it. */
export async function removeScratch(scratch: string): Promise<void> {
  const dir = dirname(scratch);
  const base = basename(scratch);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (n === base || n.startsWith(`${base}.`)) await rm(join(dir, n), { force: true });
}

/** Writes each agent's legacy `auth-profiles.json`; returns whether any changed. */
async function writeLegacyFiles(stateDir: string, targets: RefTarget[], refProvider: string, actions: string[]): Promise<boolean> {
  const byAgent = new Map<string, RefTarget[]>();
  for (const t of targets) byAgent.set(t.agentId, [...(byAgent.get(t.agentId) ?? []), t]);
  let changed = false;
  for (const [agentId, list] of byAgent) {
    // agentId passed checkAgentId (no separators, no dots) before any of this runs.
    const agentsDir = join(stateDir, 'agents');
    const agentDir = join(agentsDir, agentId, 'agent');
    for (const d of [agentsDir, join(agentsDir, agentId), agentDir]) await ensurePrivateDir(d);
    const file = join(agentDir, 'auth-profiles.json');
    const raw = await readSecureFile(file);
    let existing: unknown;
    if (raw !== undefined) {
      try {
        existing = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new LocalProvisionError(`${file} is not valid JSON; it was left unchanged. Fix: repair or remove it`);
      }
    }
    const w = await writeSecureFile(file, buildLegacyAuthProfiles(existing, list, refProvider));
    if (w.written || w.modeFixed) {
      changed = true;
      actions.push(`wrote ${file} (${list.length} keyRef profile(s); mode 0600)`);
    }
  }
  return changed;
}

/** Requests an in-process restart and waits until the gateway is back (uptime reset) and ready. */
async function restartAndWait(client: GatewayClient, gateway: GatewayEndpoint, timeoutMs: number, deps: ProvisionDeps): Promise<void> {
  const detector = new RestartDetector();
  const before = await client.readyz().catch(() => undefined);
  if (before?.uptimeMs !== undefined) detector.observe({ uptimeMs: before.uptimeMs });
  await client.restartRequest();
  deps.logger.info(`${gateway.id}: restart requested; waiting for it to come back`);
  const deadline = Date.now() + Math.max(timeoutMs, 120_000);
  let restarted = before?.uptimeMs === undefined;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const r = await client.readyz({ attempts: 1, timeoutMs: 5000 }).catch(() => undefined);
    if (!r) {
      restarted = true; // unreachable while it restarts
      continue;
    }
    if (r.uptimeMs !== undefined && detector.observe({ uptimeMs: r.uptimeMs }).restarted) restarted = true;
    if (restarted && r.ready) return;
  }
  throw new LocalProvisionError(`${gateway.id}: the gateway did not come back ready within ${Math.round(Math.max(timeoutMs, 120_000) / 1000)} s after the restart request`);
}

/**
 * Asks the running gateway to re-resolve its SecretRefs (`secrets.reload`, WebSocket) and returns the
 * (agent, provider) pairs of this action's profiles it cannot resolve (`status.degradedSecretOwners`).
 * Measured: after `secrets apply` a running gateway does not look at the new refs until a reload or
 * restart, `models.authStatus` reports a keyRef profile as usable whether or not the ref resolves, and only
 * the degraded-owner list shows a ref whose variable the process does not have.
 */
async function unresolvedOnGateway(client: GatewayClient, gateway: GatewayEndpoint, deps: ProvisionDeps, timeoutMs: number, warnings: string[]): Promise<Set<string>> {
  await withTemporarySession(client, gateway, deps, timeoutMs, warnings, (session) => session.call('secrets.reload', {}));
  return unresolvedFromStatus(await client.status());
}

/** The providers of an agent this run provisioned (only those are verified). */
function verifiableProviders(ctx: LocalContext, agent: AgentNeeds): string[] {
  return agent.providers.map((p) => p.provider).filter((p) => ctx.resolved.assignments.some((a) => a.agentId === agent.agentId && a.provider === p));
}

/** Per agent: `openclaw models status --check` on the on-disk state (what a fresh start gets). */
async function verifyOnDisk(ctx: LocalContext, cli: ReturnType<typeof parseOpenclawCommand>, stateDir: string): Promise<Cell[]> {
  const { inputs, deps } = ctx;
  const limit = pLimit(2);
  const env = childEnv(deps.env, { OPENCLAW_STATE_DIR: stateDir, OPENCLAW_CONFIG_PATH: resolve(inputs.gatewayConfigFile) });
  const perAgent = await Promise.all(
    ctx.needs.map((agent) =>
      limit(async () => {
        const verifiable = verifiableProviders(ctx, agent);
        if (verifiable.length === 0) return [] as Cell[];
        const r = await runOpenclaw(cli, ['models', 'status', '--check', '--json', '--agent', agent.agentId], { env, timeoutMs: inputs.timeoutMs });
        if (r.timedOut || (r.code !== 0 && r.code !== 1 && r.code !== 2)) throw new LocalProvisionError(describeFailure(`openclaw models status --agent ${agent.agentId}`, r, deps.registry));
        return cellsFromModelsStatus(agent.agentId, verifiable, r.code, parseJsonOutput(r.stdout));
      }),
    ),
  );
  return perAgent.flat();
}

/** Per agent: what the running gateway holds (`models.authStatus` + refs it cannot resolve after a reload). */
async function verifyLive(ctx: LocalContext, client: GatewayClient): Promise<Cell[]> {
  const { inputs, deps } = ctx;
  const unresolved = await unresolvedOnGateway(client, inputs.gateways[0] as GatewayEndpoint, deps, inputs.timeoutMs, []);
  const cells: Cell[] = [];
  for (const agent of ctx.needs) {
    const verifiable = verifiableProviders(ctx, agent);
    if (verifiable.length === 0) continue;
    const payload = await client.modelsAuthStatus({ agentId: agent.agentId });
    cells.push(
      ...cellsFromAuthStatus(agent.agentId, verifiable, payload).map((c): Cell =>
        unresolved.has(`${c.agentId}\0${c.provider}`) ? { ...c, status: 'missing', detail: 'gateway status: the running gateway cannot resolve this key (secret reference not found; it needs a restart)' } : c,
      ),
    );
  }
  return cells;
}

/** Merges two verdict lists for the same (agent, provider) keys, keeping the worse of each. */
function merge(a: Cell[], b: Cell[]): Cell[] {
  const out = new Map(a.map((c) => [`${c.agentId}\0${c.provider}`, c]));
  for (const c of b) {
    const k = `${c.agentId}\0${c.provider}`;
    const prev = out.get(k);
    out.set(k, prev ? worse(prev, c) : c);
  }
  return [...out.values()];
}
