/**
 * provision-auth-profiles, end to end: load the config → work out each agent's needs → map every need to a
 * non-empty secret (all failures reported together, before anything is written) → provision the way the
 * target OpenClaw version reads credentials → verify per agent → one report.
 *
 * Preflight order matters: the config is loaded and every agent id checked (SE-08) before any filesystem
 * write; every secret is registered with the SecretRegistry (and so masked by the runner) the moment it is
 * read, before anything can print it; no gateway is contacted before the inputs are known to be complete.
 */
import { loadConfig } from '../config/load.js';
import { formatLocation, UserError, type SourceLocation } from '../common/errors.js';
import { computeNeeds, type AgentNeeds } from './needs.js';
import { parseProfiles, ProfilesInputError, resolveProfiles, type ResolvedProfiles } from './profiles.js';
import { selectStoreFormat, StoreFormatError, type StoreFormat } from './plan.js';
import { provisionLocal } from './local.js';
import { planStoreEntries, provisionRemote, syncStore, verifyRemote, type StoreEntryPlan } from './remote.js';
import { childEnv, parseOpenclawCommand, parseVersion, runOpenclaw } from './openclaw-cli.js';
import { createGatewayClient } from '../fleet/client.js';
import type { ProvisionDeps, ProvisionInputs, ProvisionReport, ReportInstance, ReportProvider } from './types.js';
import { worse, type Cell } from './verify.js';

/** Everything decided before the first write. Exposed for tests and `--dry-run`. */
export interface Preflight {
  config: unknown;
  needs: AgentNeeds[];
  resolved: ResolvedProfiles;
  storeFormat: StoreFormat;
  openclawVersion: string | undefined;
  /** Secret-store entries (remote: all; local: providers whose config references the store). */
  storeEntries: StoreEntryPlan[];
  warnings: string[];
}

function locationOf(loc: { file: string; line: number; column: number }): SourceLocation {
  return { file: loc.file, line: loc.line, column: loc.column };
}

/** Loads and checks everything; throws UserError (file:line, input names) before any side effect. */
export async function preflight(inputs: ProvisionInputs, deps: ProvisionDeps): Promise<Preflight> {
  const warnings: string[] = [];
  const loaded = loadConfig(inputs.configFile, { env: deps.env, envMode: 'warn' });
  const loadError = loaded.issues[0];
  if (loadError) {
    const rest = loaded.issues.length > 1 ? ` (and ${loaded.issues.length - 1} more problem(s))` : '';
    throw new UserError(`config ${inputs.configFile}: ${loadError.message}${rest}`, locationOf(loadError));
  }
  for (const w of loaded.warnings) warnings.push(`${w.file}:${w.line}:${w.column}: ${w.message}`);
  const config = loaded.config;

  const needs = computeNeeds(config);
  const errors = needs.issues.filter((i) => i.severity === 'error');
  for (const w of needs.issues.filter((i) => i.severity === 'warning')) warnings.push(w.message);
  if (errors.length) {
    const located = errors.map((e) => ({ e, loc: loaded.sourceMap.keyLocation(e.path) ?? loaded.sourceMap.locate(e.path).loc }));
    const first = located[0] as (typeof located)[number];
    throw new UserError(
      `config ${inputs.configFile}: ${located.map(({ e, loc }) => `${formatLocation(locationOf(loc))}: ${e.message}`).join('; ')}. Nothing was written`,
      locationOf(first.loc),
    );
  }

  let resolved: ResolvedProfiles;
  try {
    resolved = resolveProfiles(needs.agents, parseProfiles(inputs.profiles), deps.env, deps.registry);
  } catch (e) {
    if (e instanceof ProfilesInputError) {
      throw new UserError(`${e.problems.length} credential problem(s); nothing was written:\n- ${e.problems.join('\n- ')}`);
    }
    throw e;
  }
  warnings.push(...resolved.warnings);

  let openclawVersion = inputs.openclawVersion;
  if (openclawVersion === undefined && inputs.mode === 'local' && inputs.legacyBelow) openclawVersion = await detectLocalVersion(inputs, deps);
  let storeFormat: StoreFormat;
  try {
    storeFormat = selectStoreFormat(openclawVersion, inputs.legacyBelow);
  } catch (e) {
    if (e instanceof StoreFormatError) throw new UserError(e.message);
    throw e;
  }
  if (storeFormat === 'legacy-json' && inputs.mode === 'remote') {
    throw new UserError(`OpenClaw ${openclawVersion} reads auth-profiles.json (per 'legacy-auth-profiles-below'), which only a step on the gateway host can write. Fix: use mode: local for these gateways`);
  }

  const plan = planStoreEntries(config, needs.agents, resolved, { onlyStoreRefs: inputs.mode === 'local', remoteConfig: inputs.remoteConfig });
  if (plan.problems.length) throw new UserError(`${plan.problems.length} problem(s) with the secret-store plan; nothing was written:\n- ${plan.problems.join('\n- ')}`);
  if (inputs.mode === 'local' && plan.entries.length > 0 && inputs.gateways.length === 0) {
    throw new UserError(
      `the config references the gateway's secret store for ${plan.entries.map((e) => `"${e.provider}"`).join(', ')}; storing those keys needs the running gateway. Fix: set the 'gateway-url' and 'gateway-token-env' inputs`,
    );
  }
  if (inputs.mode === 'remote' && inputs.gateways.length === 0) throw new UserError(`mode is 'remote' but no gateway was given. Fix: set 'gateway-url' and 'gateway-token-env', or 'inventory'`);
  return { config, needs: needs.agents, resolved, storeFormat, openclawVersion, storeEntries: plan.entries, warnings };
}

async function detectLocalVersion(inputs: ProvisionInputs, deps: ProvisionDeps): Promise<string | undefined> {
  try {
    const r = await runOpenclaw(parseOpenclawCommand(inputs.openclaw), ['--version'], { env: childEnv(deps.env, {}), timeoutMs: Math.min(inputs.timeoutMs, 60_000) });
    return r.code === 0 ? parseVersion(r.stdout) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the whole action and returns its report (it throws only for preflight and local-path failures). */
export async function provision(inputs: ProvisionInputs, deps: ProvisionDeps): Promise<ProvisionReport> {
  const pre = await preflight(inputs, deps);
  for (const w of pre.warnings) deps.logger.warning(w);
  const storeProviders = new Set(pre.storeEntries.map((e) => e.provider));
  const report: ProvisionReport = {
    version: 1,
    action: 'provision-auth-profiles',
    mode: inputs.mode,
    dryRun: inputs.dryRun,
    openclawVersion: pre.openclawVersion,
    storeFormat: pre.storeFormat,
    changed: false,
    ready: false,
    verified: inputs.verify && !inputs.dryRun,
    restart: { required: false, requested: false },
    agents: [],
    instances: [],
    actions: [],
    warnings: [...pre.warnings],
  };

  let cells: Cell[] = [];
  if (inputs.mode === 'local') {
    // Providers the config points at the secret store go there; all others get per-agent env refs.
    const envResolved: ResolvedProfiles = { ...pre.resolved, assignments: pre.resolved.assignments.filter((a) => !storeProviders.has(a.provider)) };
    const local = await provisionLocal({ inputs, deps, config: pre.config, needs: pre.needs, resolved: envResolved, storeFormat: pre.storeFormat });
    report.changed = local.changed;
    report.actions.push(...local.actions);
    report.warnings.push(...local.warnings);
    report.restart = local.restart;
    cells = local.cells;
    const gateway = inputs.gateways[0];
    if (gateway && pre.storeEntries.length > 0) {
      const admin = createGatewayClient(gateway, { secrets: deps.registry, logger: deps.logger, timeoutMs: Math.min(inputs.timeoutMs, 30_000) });
      const sync = await syncStore(gateway, admin, pre.storeEntries, pre.resolved.values, inputs, deps);
      report.changed ||= sync.changed;
      report.actions.push(...sync.actions);
      report.warnings.push(...sync.warnings);
      if (report.verified) {
        const storeResolved = { ...pre.resolved, assignments: pre.resolved.assignments.filter((a) => storeProviders.has(a.provider)) };
        cells.push(...(await verifyRemote(admin, pre.needs, storeResolved)));
      }
    }
    report.instances.push({ id: gateway?.id ?? 'local', changed: report.changed, ready: cells.every((c) => c.status !== 'missing'), cells, actions: [...report.actions] });
  } else {
    const remote = await provisionRemote(inputs, deps, pre.needs, pre.resolved, pre.storeEntries);
    report.instances = remote.instances;
    report.warnings.push(...remote.warnings);
    report.changed = remote.instances.some((i) => i.changed);
    report.actions.push(...remote.instances.flatMap((i) => i.actions));
    cells = remote.instances.flatMap((i) => i.cells);
  }

  report.agents = buildAgentRows(pre, cells, report.verified);
  const failedInstances = report.instances.filter((i) => i.error !== undefined);
  report.ready = report.verified && failedInstances.length === 0 && report.agents.every((a) => a.providers.every((p) => p.status !== 'missing' && p.status !== 'unverified'));
  return report;
}

/** One row per (agent, provider): the worst verdict over all instances, or why it was not provisioned. */
function buildAgentRows(pre: Preflight, cells: Cell[], verified: boolean): ProvisionReport['agents'] {
  return pre.needs.map((agent) => ({
    agentId: agent.agentId,
    providers: agent.providers.map((need): ReportProvider => {
      const slots = need.uses.map((u) => u.slot);
      const base = { provider: need.provider, auth: need.auth.cls, slots };
      const skipped = pre.resolved.skipped.find((s) => s.agentId === agent.agentId && s.provider === need.provider);
      if (skipped) return { ...base, status: 'skipped', detail: skipped.reason };
      const assignment = pre.resolved.assignments.find((a) => a.agentId === agent.agentId && a.provider === need.provider);
      const source = assignment?.sourceEnv;
      const mine = cells.filter((c) => c.agentId === agent.agentId && c.provider === need.provider);
      if (!verified || mine.length === 0) return { ...base, status: 'unverified', ...(source ? { source } : {}), detail: verified ? 'not checked' : 'verification was off' };
      const cell = mine.reduce((a, b) => worse(a, b));
      return { ...base, status: cell.status, ...(source ? { source } : {}), detail: cell.detail };
    }),
  }));
}

export type { ReportInstance };
