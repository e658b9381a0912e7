/**
 * The probe checks of one instance (issue #5 item 1): `/healthz`, `/readyz` (sent with the bearer token, so
 * the gateway includes its details), `/startupz`, the `health` RPC and `config.get` — plus the `status` RPC,
 * whose facts (running version, degraded secret owners) later checks use.
 *
 * What each answer means (docs/gateway/health.md, openclaw-notes §3.1/§3.5, re-measured on 2026.9.6):
 * - `/healthz` 200 `{ok:true,status:"live"}` = the HTTP server is up. Anything else: failed.
 * - `/readyz` 200 `{ready:true,failing:[]}` = admits traffic; 503 with `failing` (`startup-sidecars`,
 *   `agent-database:<id>`, `plugin-reload`, channel accounts) = failed. `eventLoop.degraded` = degraded.
 * - `/startupz` 200 `status:"started"` (+ `version` for authenticated callers); 503 `starting`/`draining` = failed.
 * - `health` RPC `ok:false` = failed; plugin errors/unavailable, hot reload not active, a degraded model
 *   runtime (agents still preparing) = degraded.
 * - `config.get`: `valid:false` = failed (the gateway runs an older config and refuses the file);
 *   `configRevisionHash !== appliedConfigHash` = the saved config is not the running one = failed;
 *   warnings (e.g. a missing `${VAR}`) = degraded.
 * An unreachable or stopped gateway fails `/healthz` and the other checks are skipped instead of each
 * waiting for its own timeout; a refused token fails the first RPC and the other RPC checks are skipped.
 */
import type { GatewayClient } from '../fleet/types.js';
import type { Deadline } from './deadline.js';
import { describeFailure, isTerminal, type DescribedFailure } from './errors.js';
import { CheckBuilder, skippedCheck } from './status.js';
import type { CheckResult } from './types.js';

/** Where a running version was read. */
export type VersionSource = 'startupz' | 'readyz' | 'status' | 'hello' | 'ui';

/** What the probes learned, for the checks that come after them. */
export interface ProbeFacts {
  /** A failure after which nothing else should be tried (timeout, unreachable, TLS). */
  terminal?: DescribedFailure;
  /** Why RPC-based checks cannot run (unauthorized, admin RPC not enabled). */
  rpcBlocked?: DescribedFailure;
  /** Resolved config from `config.get`. */
  config?: unknown;
  /** Agent ids the gateway runs (health RPC). */
  agentIds: string[];
  /** The gateway's default agent (health RPC). */
  defaultAgentId?: string;
  /** `status` RPC payload. */
  status?: unknown;
  /** Versions as each source reported them. */
  versions: Array<{ source: VersionSource; version: string }>;
}

export interface ProbeOptions {
  /** Timeout of one probe or RPC call (cut to the instance's remaining budget). */
  callTimeoutMs: number;
  /** Attempts for a probe/read that fails transiently (connection reset, 5xx). Default 2. */
  attempts?: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const firstN = (xs: string[], n = 3) => xs.slice(0, n).join('; ') + (xs.length > n ? ` (+${xs.length - n} more)` : '');

/** Runs the probe checks in order. Never throws: every failure becomes a finding. */
export async function runProbes(client: GatewayClient, deadline: Deadline, opts: ProbeOptions): Promise<{ checks: CheckResult[]; facts: ProbeFacts }> {
  const facts: ProbeFacts = { agentIds: [], versions: [] };
  const checks: CheckResult[] = [];
  const call = () => ({ timeoutMs: deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, attempts: opts.attempts ?? 2 });
  const fail = (c: CheckBuilder, err: unknown, what: string): DescribedFailure => {
    const d = describeFailure(err, deadline.signal);
    c.fail(`${d.kind}: ${what}${d.message.startsWith('(') ? ' ' : ': '}${d.message}`);
    c.data['failure'] = d.kind;
    return d;
  };

  // /healthz — liveness; a failure that means "nobody answers" ends the instance here.
  {
    const c = new CheckBuilder('healthz');
    try {
      const r = await client.healthz(call());
      c.data['httpStatus'] = r.status;
      if (r.status !== 200 || !r.ok) c.fail(`/healthz answered HTTP ${r.status}${r.ok ? '' : ' without ok:true'}`);
    } catch (err) {
      const d = fail(c, err, '/healthz');
      if (isTerminal(d.kind)) facts.terminal = d;
    }
    checks.push(c.build('live'));
  }
  if (facts.terminal) return { checks: [...checks, ...skipRest(['readyz', 'startupz', 'health-rpc', 'config'], facts.terminal)], facts };

  // /readyz — traffic admission, with details because the request carries the token.
  {
    const c = new CheckBuilder('readyz');
    try {
      const r = await client.readyz(call());
      c.data['httpStatus'] = r.status;
      if (r.uptimeMs !== undefined) c.data['uptimeMs'] = r.uptimeMs;
      if (!r.ready) c.fail(`not ready (HTTP ${r.status})${r.failing.length ? `: failing ${r.failing.join(', ')}` : ''}`);
      if (r.eventLoopDegraded) {
        const reasons = (r as { eventLoopReasons?: string[] }).eventLoopReasons;
        c.warn(`event loop degraded${reasons?.length ? ` (${reasons.join(', ')})` : ''}`);
        c.data['eventLoopDegraded'] = true;
      }
      if (r.version) facts.versions.push({ source: 'readyz', version: r.version });
    } catch (err) {
      const d = fail(c, err, '/readyz');
      if (isTerminal(d.kind)) facts.terminal = d;
    }
    checks.push(c.build('ready, no failing subsystems'));
  }
  if (facts.terminal) return { checks: [...checks, ...skipRest(['startupz', 'health-rpc', 'config'], facts.terminal)], facts };

  // /startupz — startup settled and not draining; the authenticated answer carries the version.
  {
    const c = new CheckBuilder('startupz');
    try {
      const r = await client.startupz(call());
      c.data['httpStatus'] = r.status;
      const phase = (r as { phase?: string }).phase;
      if (!r.started) c.fail(`not started (HTTP ${r.status}${phase ? `, status "${phase}"` : ''})`);
      if (r.version) {
        c.data['version'] = r.version;
        facts.versions.push({ source: 'startupz', version: r.version });
      }
      if (r.uptimeMs !== undefined) c.data['uptimeMs'] = r.uptimeMs;
    } catch (err) {
      const d = fail(c, err, '/startupz');
      if (isTerminal(d.kind)) facts.terminal = d;
    }
    checks.push(c.build(`started${facts.versions[0] ? ` (${facts.versions[0].version})` : ''}`));
  }
  if (facts.terminal) return { checks: [...checks, ...skipRest(['health-rpc', 'config'], facts.terminal)], facts };

  // health RPC — the first RPC: it also tells whether the token is accepted and the admin route exists.
  {
    const c = new CheckBuilder('health-rpc');
    try {
      const h = await client.health(call());
      if (!h.ok) c.fail('health RPC answered ok:false');
      const plugins = isObj(h.plugins) ? h.plugins : {};
      const errors = list(plugins['errors']).map(describeItem);
      const unavailable = list(plugins['unavailable']).map(describeItem);
      if (errors.length) c.warn(`plugin errors: ${firstN(errors)}`);
      if (unavailable.length) c.warn(`plugins unavailable: ${firstN(unavailable)}`);
      const reload = isObj(h.configReload) ? h.configReload['hotReloadStatus'] : undefined;
      if (typeof reload === 'string' && reload !== 'active') c.warn(`config hot reload is "${reload}" (changes may not apply without a restart)`);
      const mr = isObj(h.modelRuntime) ? h.modelRuntime : {};
      if (mr['degraded'] === true) {
        const pending = list(mr['pendingAgents']).map(describeItem);
        c.warn(`model runtime degraded${pending.length ? `: agents still preparing ${firstN(pending)}` : ''}`);
      }
      const el = isObj(h['eventLoop']) ? (h['eventLoop'] as Obj) : undefined;
      if (el?.['degraded'] === true && !checks.some((x) => x.data?.['eventLoopDegraded'])) {
        c.warn(`event loop degraded${list(el['reasons']).length ? ` (${list(el['reasons']).map(String).join(', ')})` : ''}`);
      }
      facts.agentIds = list(h.agents)
        .map((a) => (isObj(a) && typeof a['agentId'] === 'string' ? a['agentId'] : undefined))
        .filter((x): x is string => !!x);
      if (typeof h.defaultAgentId === 'string') {
        facts.defaultAgentId = h.defaultAgentId;
        if (!facts.agentIds.includes(h.defaultAgentId)) facts.agentIds.push(h.defaultAgentId);
      }
      c.data['agents'] = facts.agentIds.length;
      c.data['plugins'] = list(plugins['loaded']).length;
    } catch (err) {
      const d = fail(c, err, 'health RPC');
      if (isTerminal(d.kind)) facts.terminal = d;
      else if (d.kind === 'unauthorized' || d.kind === 'not-enabled') facts.rpcBlocked = d;
    }
    checks.push(c.build(`ok, ${facts.agentIds.length} agent(s)`));
  }
  if (facts.terminal) return { checks: [...checks, ...skipRest(['config'], facts.terminal)], facts };
  if (facts.rpcBlocked) return { checks: [...checks, skippedCheck('config', `skipped: ${facts.rpcBlocked.kind} (see health-rpc)`)], facts };

  // config.get — valid, and the saved config is the applied one.
  {
    const c = new CheckBuilder('config');
    try {
      const snap = await client.configGet(call());
      facts.config = snap.config;
      if (!snap.valid) {
        const issues = snap.issues.map((i) => `${i.path || '<root>'}: ${i.message}`);
        c.fail(`the config file is invalid, the gateway keeps running its last good config${issues.length ? `: ${firstN(issues)}` : ''}`);
      }
      if (snap.configRevisionHash && snap.appliedConfigHash && snap.configRevisionHash !== snap.appliedConfigHash) {
        c.fail('the saved config is not the applied one (a restart is pending or the last reload failed)');
      } else if (snap.valid && !snap.configRevisionHash) {
        c.warn('the gateway did not report a config revision, so "applied" could not be verified');
      }
      const warnings = snap.warnings.map((w) => `${w.path || '<root>'}: ${w.message}`);
      if (warnings.length) c.warn(`config warnings: ${firstN(warnings)}`);
      if (snap.appliedConfigHash) c.data['appliedConfigHash'] = snap.appliedConfigHash;
      c.data['issues'] = snap.issues.length;
      c.data['warnings'] = snap.warnings.length;
    } catch (err) {
      const d = fail(c, err, 'config.get');
      if (isTerminal(d.kind)) facts.terminal = d;
    }
    checks.push(c.build('valid and applied'));
  }
  if (facts.terminal) return { checks, facts };

  // status RPC — not a check of its own; its facts feed the version and credentials checks.
  try {
    const s = await client.status(call());
    facts.status = s;
    if (typeof s.runtimeVersion === 'string') facts.versions.push({ source: 'status', version: s.runtimeVersion });
  } catch (err) {
    const d = describeFailure(err, deadline.signal);
    if (isTerminal(d.kind)) facts.terminal = d;
  }
  return { checks, facts };
}

function skipRest(names: Array<'readyz' | 'startupz' | 'health-rpc' | 'config'>, why: DescribedFailure): CheckResult[] {
  return names.map((n) => skippedCheck(n, `skipped: ${why.kind} (see healthz)`));
}

/** A plugin/agent entry as a short string (they are ids or `{id|pluginId|agentId, error|reason}` objects). */
function describeItem(x: unknown): string {
  if (typeof x === 'string') return x;
  if (isObj(x)) {
    const id = x['id'] ?? x['pluginId'] ?? x['agentId'] ?? x['name'];
    const why = x['error'] ?? x['reason'] ?? x['stage'] ?? x['message'];
    return `${typeof id === 'string' ? id : '?'}${typeof why === 'string' ? ` (${why})` : ''}`;
  }
  return String(x);
}
