/**
 * Turning what OpenClaw reports about credentials into one table: agent × provider → ready / missing /
 * expiring (plus `skipped` for needs this action leaves alone, e.g. a keyless local provider).
 *
 * Two sources, same verdicts:
 * - `openclaw models status --check --json --agent <id>` on the gateway host (exit 0 ok, 1 missing/expired/
 *   unusable, 2 expiring; JSON `auth.missingProvidersInUse`, `auth.modelRouteIssues`, `auth.providers`,
 *   `auth.oauth.providers`) — what the on-disk state gives a freshly started gateway;
 * - the `models.authStatus {agentId}` RPC (`providers[].status`: ok | static | expiring | expired | missing)
 *   — what the running gateway holds in memory.
 */
import { isRecord } from './util.js';

/** `skipped`: this action leaves the need alone (keyless, OAuth login, skipped by input); `unverified`: not checked. */
export type CellStatus = 'ready' | 'missing' | 'expiring' | 'skipped' | 'unverified';

export interface Cell {
  agentId: string;
  provider: string;
  status: CellStatus;
  /** Where the verdict came from and why (never a secret). */
  detail: string;
}

const RANK: Record<CellStatus, number> = { skipped: 0, unverified: 0, ready: 1, expiring: 2, missing: 3 };

/** The worse of two verdicts for one cell (missing > expiring > ready). */
export function worse(a: Cell, b: Cell): Cell {
  return RANK[b.status] > RANK[a.status] ? b : a;
}

interface StatusJsonAuth {
  missingProvidersInUse?: unknown;
  modelRouteIssues?: unknown;
  providers?: unknown;
  oauth?: unknown;
}

/** Verdicts from one `models status --check --json --agent <id>` run for the providers we care about. */
export function cellsFromModelsStatus(agentId: string, providers: readonly string[], exitCode: number | null, json: unknown): Cell[] {
  const auth: StatusJsonAuth = isRecord(json) && isRecord(json['auth']) ? (json['auth'] as StatusJsonAuth) : {};
  const missing = new Set(Array.isArray(auth.missingProvidersInUse) ? auth.missingProvidersInUse.filter((p): p is string => typeof p === 'string').map((p) => p.toLowerCase()) : []);
  const routeIssues = Array.isArray(auth.modelRouteIssues) ? auth.modelRouteIssues.filter(isRecord) : [];
  const effective = new Map<string, string>();
  if (Array.isArray(auth.providers)) {
    for (const p of auth.providers) {
      if (!isRecord(p) || typeof p['provider'] !== 'string') continue;
      const eff = isRecord(p['effective']) ? p['effective']['kind'] : undefined;
      effective.set(p['provider'].toLowerCase(), typeof eff === 'string' ? eff : 'unknown');
    }
  }
  const oauthStatus = new Map<string, string>();
  const oauthProviders = isRecord(auth.oauth) ? auth.oauth['providers'] : undefined;
  if (Array.isArray(oauthProviders)) {
    for (const p of oauthProviders) if (isRecord(p) && typeof p['provider'] === 'string' && typeof p['status'] === 'string') oauthStatus.set(p['provider'].toLowerCase(), p['status']);
  }
  return providers.map((provider) => {
    const src = 'models status';
    if (json === undefined) return { agentId, provider, status: 'missing', detail: `${src}: no JSON output (exit ${exitCode})` };
    if (missing.has(provider)) return { agentId, provider, status: 'missing', detail: `${src}: listed in missingProvidersInUse` };
    const issue = routeIssues.find((i) => String(i['provider']).toLowerCase() === provider);
    if (issue) return { agentId, provider, status: 'missing', detail: `${src}: ${String(issue['kind'])}${typeof issue['message'] === 'string' ? ` (${issue['message']})` : ''}` };
    const oauth = oauthStatus.get(provider);
    if (oauth === 'expired' || oauth === 'missing') return { agentId, provider, status: 'missing', detail: `${src}: OAuth ${oauth}` };
    if (oauth === 'expiring') return { agentId, provider, status: 'expiring', detail: `${src}: OAuth expiring` };
    const eff = effective.get(provider);
    if (eff === 'missing') return { agentId, provider, status: 'missing', detail: `${src}: no usable credential` };
    if (eff !== undefined) return { agentId, provider, status: 'ready', detail: `${src}: credential from ${eff}` };
    return { agentId, provider, status: exitCode === 1 ? 'missing' : 'ready', detail: `${src}: exit ${exitCode}, provider not listed` };
  });
}

/** Verdicts from the `models.authStatus` RPC payload for one agent. */
export function cellsFromAuthStatus(agentId: string, providers: readonly string[], payload: unknown): Cell[] {
  const list = isRecord(payload) && Array.isArray(payload['providers']) ? payload['providers'].filter(isRecord) : [];
  return providers.map((provider) => {
    const src = 'gateway models.authStatus';
    const entry = list.find((p) => String(p['provider']).toLowerCase() === provider || String(p['authProvider']).toLowerCase() === provider);
    if (!entry) return { agentId, provider, status: 'missing', detail: `${src}: provider has no credential` };
    const status = String(entry['status']);
    if (status === 'ok' || status === 'static') return { agentId, provider, status: 'ready', detail: `${src}: ${status}` };
    if (status === 'expiring') return { agentId, provider, status: 'expiring', detail: `${src}: expiring` };
    return { agentId, provider, status: 'missing', detail: `${src}: ${status}` };
  });
}

/**
 * This action's profiles the running gateway cannot resolve, from the `status` RPC's
 * `degradedSecretOwners` (each `ownerId` is `["<agentDir>/openclaw-agent.sqlite", "<profileId>"]` for an
 * auth profile). Returns `agent\0provider` keys for `<provider>:clawfleet` profiles.
 */
export function unresolvedFromStatus(status: unknown): Set<string> {
  const owners = isRecord(status) && Array.isArray(status['degradedSecretOwners']) ? status['degradedSecretOwners'].filter(isRecord) : [];
  const out = new Set<string>();
  for (const o of owners) {
    let id: unknown;
    try {
      id = JSON.parse(String(o['ownerId']));
    } catch {
      continue;
    }
    if (!Array.isArray(id) || typeof id[0] !== 'string' || typeof id[1] !== 'string') continue;
    const agent = /[\\/]agents[\\/]([^\\/]+)[\\/]agent[\\/]openclaw-agent\.sqlite$/.exec(id[0])?.[1];
    const profile = /^(.+):clawfleet$/.exec(id[1])?.[1];
    if (agent && profile) out.add(`${agent}\0${profile}`);
  }
  return out;
}
