/**
 * Remote provisioning: over the gateway's own RPC surface, for hosts that cannot run a step.
 *
 * Choice (measured against 2026.9.6, justified in the action README):
 * - `models.authSetApiKey` stores a plaintext key AND edits openclaw.json (`auth.profiles.<p>:manual` plus
 *   `models.providers.<p>.apiKey: "<p>:manual"`): config drift against git, and for a configured provider it
 *   writes the shared store, not the agent's. Not used.
 * - The team secret store (`secrets.store.set`, WebSocket + operator.admin) plus a config SecretRef
 *   `models.providers.<p>.apiKey: {source: "store", provider: "default", id: NAME}`: the ref is declarative
 *   and lives in git, the value lives only in the gateway, a set refreshes the runtime at once (no restart),
 *   and rotation is one more set. Used. The trade-off: a provider's key is shared by every agent on that
 *   gateway, so two agents that map one provider to different secrets are refused in this mode.
 * - The store never reveals values, so idempotency uses a fingerprint entry `CLAWFLEET_FP_<NAME>` (kind
 *   `env`) holding HMAC-SHA256 keyed with the gateway token over the name and value: a second run with the
 *   same secret compares fingerprints and writes nothing.
 * - When the config lacks the ref: `remote-config: require` (default) fails before any write and prints the
 *   fragment to add to the config in git; `patch` adds it with `config.patch` (and warns about the drift).
 * Verification: `models.authStatus {agentId}` per agent.
 */
import { createHmac } from 'node:crypto';
import { createGatewayClient } from '../fleet/client.js';
import type { GatewayClient } from '../fleet/types.js';
import { withTemporarySession } from './temporary-session.js';
import type { AgentNeeds } from './needs.js';
import type { ResolvedProfiles } from './profiles.js';
import { findProviderConfig, storeRefOf } from './providers.js';
import type { GatewayEndpoint, ProvisionDeps, ProvisionInputs, ReportInstance } from './types.js';
import { cellsFromAuthStatus, type Cell } from './verify.js';
import { byCodeUnit, getIn } from './util.js';

export const FINGERPRINT_PREFIX = 'CLAWFLEET_FP_';
const MAX_STORE_NAME = 128 - FINGERPRINT_PREFIX.length;

export class RemoteProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteProvisionError';
  }
}

/** One team secret-store entry to fill on every gateway. */
export interface StoreEntryPlan {
  provider: string;
  storeName: string;
  /** Store provider alias of the ref (`secrets.defaults.store`, else `default`). */
  storeAlias: string;
  sourceEnv: string;
  agents: string[];
  /** The config (from git) already references the entry; otherwise it must be patched in. */
  inConfig: boolean;
}

/** The store alias for new refs: `secrets.defaults.store` when set, else `default`. */
export function storeRefProvider(config: unknown): string {
  const alias = getIn(config, ['secrets', 'defaults', 'store']);
  return typeof alias === 'string' && alias.trim() ? alias.trim() : 'default';
}

/**
 * Groups assignments into store entries (pure; runs before anything is written). `onlyStoreRefs` limits it
 * to providers whose config already references the store (local mode). Problems name agent/provider/env.
 */
export function planStoreEntries(config: unknown, needs: AgentNeeds[], resolved: ResolvedProfiles, opts: { onlyStoreRefs: boolean; remoteConfig: 'require' | 'patch' }): { entries: StoreEntryPlan[]; problems: string[] } {
  const problems: string[] = [];
  const byProvider = new Map<string, StoreEntryPlan>();
  const alias = storeRefProvider(config);
  for (const a of resolved.assignments) {
    const need = needs.find((n) => n.agentId === a.agentId)?.providers.find((p) => p.provider === a.provider);
    if (!need) continue;
    const ref = storeRefOf(findProviderConfig(config, a.provider));
    if (opts.onlyStoreRefs && !ref) continue;
    if (need.auth.cls === 'config') {
      problems.push(`agent "${a.agentId}" provider "${a.provider}": ${need.auth.reason}; remote provisioning cannot replace a key held in the config. Fix: set it to a store ref {source: "store", provider: "${alias}", id: "${a.sourceEnv}"} or remove the profiles entry`);
      continue;
    }
    const existing = byProvider.get(a.provider);
    if (existing) {
      if (existing.sourceEnv !== a.sourceEnv) {
        problems.push(
          `provider "${a.provider}": agents ${existing.agents.join(', ')} use ${existing.sourceEnv} but agent "${a.agentId}" uses ${a.sourceEnv}. Over the RPC surface a provider's key is shared by all agents of a gateway (secret store + config ref). Fix: give these agents one secret, or provision them in mode: local`,
        );
        continue;
      }
      existing.agents.push(a.agentId);
      continue;
    }
    const storeName = ref?.id ?? a.sourceEnv;
    if (storeName.length > MAX_STORE_NAME) {
      problems.push(`provider "${a.provider}": secret-store name ${storeName} is longer than ${MAX_STORE_NAME} characters (room is needed for its ${FINGERPRINT_PREFIX} fingerprint entry)`);
      continue;
    }
    byProvider.set(a.provider, { provider: a.provider, storeName, storeAlias: ref?.provider ?? alias, sourceEnv: a.sourceEnv, agents: [a.agentId], inConfig: ref !== undefined });
  }
  const entries = [...byProvider.values()].sort((x, y) => byCodeUnit(x.provider, y.provider));
  const missingRefs = entries.filter((e) => !e.inConfig);
  if (missingRefs.length && opts.remoteConfig === 'require' && !opts.onlyStoreRefs) {
    const fragment = JSON.stringify({ models: { providers: Object.fromEntries(missingRefs.map((e) => [e.provider, { apiKey: { source: 'store', provider: e.storeAlias, id: e.storeName } }])) } });
    problems.push(
      `the config does not reference the secret store for ${missingRefs.map((e) => `"${e.provider}"`).join(', ')}, so a stored key would never be used. Fix: add this to the config in git (and deploy it): ${fragment} — or set remote-config: patch to have this action patch the running config (it then drifts from git until you add it)`,
    );
  }
  return { entries, problems };
}

/** HMAC fingerprint of a stored value (keyed with the gateway token; never printed). */
export function fingerprint(token: string, name: string, value: string): string {
  return `v1:${createHmac('sha256', token).update(`clawfleet-fp-v1\0${name}\0${value}`).digest('base64url')}`;
}

interface StoreListEntry {
  name?: unknown;
  kind?: unknown;
  value?: unknown;
}

export interface StoreSyncResult {
  changed: boolean;
  actions: string[];
  warnings: string[];
}

/**
 * Fills the store entries on one gateway (and, with `patch`, adds the missing config refs). The pairing of
 * the ephemeral device is removed before returning, whatever happened.
 */
export async function syncStore(
  endpoint: GatewayEndpoint,
  admin: GatewayClient,
  entries: StoreEntryPlan[],
  values: ReadonlyMap<string, string>,
  inputs: Pick<ProvisionInputs, 'dryRun' | 'remoteConfig' | 'timeoutMs'>,
  deps: ProvisionDeps,
): Promise<StoreSyncResult> {
  const actions: string[] = [];
  const warnings: string[] = [];
  let changed = false;
  if (entries.length === 0) return { changed, actions, warnings };
  for (const e of entries) {
    const fp = fingerprint(endpoint.token, e.storeName, values.get(e.sourceEnv) as string);
    deps.registry.add(fp);
  }
  await withTemporarySession(admin, endpoint, deps, inputs.timeoutMs, warnings, async (session) => {
    const list = await session.call<{ entries?: StoreListEntry[] }>('secrets.store.list', {});
    const byName = new Map<string, StoreListEntry>();
    for (const item of list.entries ?? []) if (typeof item.name === 'string') byName.set(item.name, item);
    for (const e of entries) {
      const value = values.get(e.sourceEnv) as string;
      const fp = fingerprint(endpoint.token, e.storeName, value);
      const fpName = `${FINGERPRINT_PREFIX}${e.storeName}`;
      const same = byName.get(e.storeName)?.kind === 'secret' && byName.get(fpName)?.value === fp;
      if (same) continue;
      if (inputs.dryRun) {
        actions.push(`${endpoint.id}: would set secret-store entry ${e.storeName} (${e.provider})`);
        continue;
      }
      await session.call('secrets.store.set', { name: e.storeName, value, kind: 'secret' });
      await session.call('secrets.store.set', { name: fpName, value: fp, kind: 'env' });
      changed = true;
      actions.push(`${endpoint.id}: set secret-store entry ${e.storeName} for provider ${e.provider} (agents: ${e.agents.join(', ')})`);
    }
  }, { announceApproval: true });
  const missingRefs = entries.filter((e) => !e.inConfig);
  if (missingRefs.length && inputs.remoteConfig === 'patch') {
    const snap = await admin.configGet();
    const patch = { models: { providers: Object.fromEntries(missingRefs.map((e) => [e.provider, { apiKey: { source: 'store', provider: e.storeAlias, id: e.storeName } }])) } };
    if (inputs.dryRun) actions.push(`${endpoint.id}: would patch the running config with store refs for ${missingRefs.map((e) => e.provider).join(', ')}`);
    else {
      const r = await admin.configPatch({ raw: JSON.stringify(patch), baseHash: snap.hash, note: 'clawfleet provision-auth-profiles: secret-store refs' });
      if (!r.noop && r.changedPaths?.length !== 0) {
        changed = true;
        actions.push(`${endpoint.id}: patched the running config (${(r.changedPaths ?? []).join(', ') || 'models.providers'})`);
        warnings.push(`${endpoint.id}: the running config now differs from the config in git (store refs for ${missingRefs.map((e) => e.provider).join(', ')}); add them to the config in git, or the next deploy removes them`);
      }
    }
  }
  return { changed, actions, warnings };
}

/** Remote mode: every gateway, one after the other (two at a time). */
export async function provisionRemote(
  inputs: ProvisionInputs,
  deps: ProvisionDeps,
  needs: AgentNeeds[],
  resolved: ResolvedProfiles,
  entries: StoreEntryPlan[],
): Promise<{ instances: ReportInstance[]; warnings: string[] }> {
  const warnings: string[] = [];
  const instances: ReportInstance[] = [];
  const queue = [...inputs.gateways];
  const worker = async () => {
    for (let g = queue.shift(); g; g = queue.shift()) {
      const admin = createGatewayClient(g, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
      try {
        const sync = await syncStore(g, admin, entries, resolved.values, inputs, deps);
        warnings.push(...sync.warnings);
        const cells = inputs.verify && !inputs.dryRun ? await verifyRemote(admin, needs, resolved) : [];
        instances.push({ id: g.id, changed: sync.changed, ready: cells.every((c) => c.status !== 'missing'), cells, actions: sync.actions });
      } catch (e) {
        // One unreachable or refusing gateway must not hide what happened on the others.
        instances.push({ id: g.id, changed: false, ready: false, cells: [], actions: [], error: deps.registry.redact(e instanceof Error ? e.message : String(e)) });
      }
    }
  };
  await Promise.all([worker(), worker()]);
  instances.sort((a, b) => byCodeUnit(a.id, b.id));
  return { instances, warnings };
}

/** `models.authStatus {agentId}` per agent, for the providers this run provisioned. */
export async function verifyRemote(admin: GatewayClient, needs: AgentNeeds[], resolved: ResolvedProfiles): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const agent of needs) {
    const providers = agent.providers.map((p) => p.provider).filter((p) => resolved.assignments.some((a) => a.agentId === agent.agentId && a.provider === p));
    if (providers.length === 0) continue;
    const payload = await admin.modelsAuthStatus({ agentId: agent.agentId });
    cells.push(...cellsFromAuthStatus(agent.agentId, providers, payload));
  }
  return cells;
}
