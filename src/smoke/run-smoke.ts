/**
 * The smoke test of a set of gateways (issue #5): per instance, the probes, the version pin, credentials,
 * the Control UI over HTTP and in a real browser, the chat round trip and the optional WebSocket load probe,
 * merged into one result per instance (`healthy | degraded | failed`) and one for the run.
 *
 * Instances run in parallel (`concurrency`), each within its own budget (`timeoutMs`): a gateway that stops
 * answering costs one budget and fails with "timeout", it never hangs the run. One browser serves every
 * instance (a fresh context each). Everything returned has been passed through the run's SecretRegistry.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import type { Logger } from '../common/logger.js';
import type { SecretRegistry } from '../common/secrets.js';
import { createGatewayClient } from '../fleet/client.js';
import type { GatewayClient } from '../fleet/types.js';
import { launchBrowser } from './browser.js';
import { chatViaApi, cleanupSmokeSession, type ChatSpec } from './chat.js';
import { checkControlUi } from './control-ui.js';
import { checkCredentials } from './credentials.js';
import { Deadline } from './deadline.js';
import { describeFailure } from './errors.js';
import { runProbes, type ProbeFacts } from './probes.js';
import { instanceReasons, instanceStatus, skippedCheck, worstStatus } from './status.js';
import { CHECK_NAMES, type CheckResult, type ExpectedVersion, type InstanceResult, type SmokeReport, type SmokeStatus } from './types.js';
import { checkUiHttp } from './ui-http.js';
import { checkVersion } from './version.js';
import { wsLoadProbe } from './ws-load.js';

export interface SmokeTarget {
  id: string;
  url: string;
  /** Secret: registered in `secrets` by the caller before the run. */
  token: string;
}

export interface SmokeOptions {
  targets: readonly SmokeTarget[];
  expectedVersion?: ExpectedVersion;
  /** Browser executable; undefined = no browser checks. */
  browserPath?: string;
  /**
   * A browser already started from `browserPath` (launchBrowser) to use instead of starting one; the run
   * does not close it. For callers that smoke-test several times in a row (the demo).
   */
  sharedBrowser?: Promise<Browser>;
  /** Chat round trip; `via: 'ui'` needs the browser. */
  chat?: ChatSpec & { via: 'ui' | 'api' };
  /** Concurrent WebSocket connections for the load probe; 0 = off. */
  wsConnections?: number;
  /** Budget per instance. */
  timeoutMs: number;
  /** Budget of one probe/RPC call (cut to what the instance has left). Default 15 s. */
  callTimeoutMs?: number;
  /** How long the UI may take to say Connected. Default 90 s (within the instance budget). */
  uiConnectTimeoutMs?: number;
  concurrency: number;
  /** Folder for the screenshots (created). Required when `browserPath` is set. */
  screenshotsDir?: string;
  /** Approve pairing requests of this run's own browser/client through the admin RPC (and remove them after). */
  pairDevices: boolean;
  /** Console errors matching these do not fail the UI check. */
  ignoreConsole?: readonly RegExp[];
  secrets: SecretRegistry;
  logger: Logger;
  /** Injected client factory (tests, benches); default the real admin-RPC client. */
  clientFactory?: (t: SmokeTarget) => GatewayClient;
  /** Headers added to browser and WebSocket requests (tests use X-Forwarded-For to look like a remote runner). */
  extraHeaders?: Record<string, string>;
  signal?: AbortSignal;
  now?: () => Date;
}

const DEFAULT_CALL_TIMEOUT_MS = 15_000;
// Measured: ~3 s on an idle 2-core machine, but > 45 s when the host is saturated (load 15+ on 2 cores).
// A timeout is an upper bound, not a cost; the instance budget (timeout-seconds) caps it anyway.
const DEFAULT_UI_CONNECT_TIMEOUT_MS = 90_000;

/** A file name for an instance's screenshot: the id with anything unusual replaced, never a secret. */
export function screenshotName(id: string, index: number, secrets: SecretRegistry, taken: Set<string>): string {
  let base = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || `instance-${index + 1}`;
  if (secrets.redact(base) !== base) base = `instance-${index + 1}`;
  let name = `${base}.png`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.png`;
  taken.add(name);
  return name;
}

/** Deep-copies a value with every string passed through `redact` (the last line of defence for reports). */
export function redactDeep<T>(value: T, redact: (s: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[redact(k)] = redactDeep(v, redact);
    return out as T;
  }
  return value;
}

/** Runs the smoke test. Throws only for problems with the options themselves. */
export async function runSmoke(opts: SmokeOptions): Promise<SmokeReport> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const callTimeoutMs = opts.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const logger = opts.logger;
  const redact = (s: string) => opts.secrets.redact(s);
  if (opts.browserPath && !opts.screenshotsDir) throw new Error('runSmoke: screenshotsDir is required with a browser');
  if (opts.chat?.via === 'ui' && !opts.browserPath) throw new Error("runSmoke: chat via 'ui' needs the browser");
  if (opts.screenshotsDir) mkdirSync(opts.screenshotsDir, { recursive: true });

  const factory =
    opts.clientFactory ?? ((t: SmokeTarget) => createGatewayClient({ id: t.id, url: t.url, token: t.token }, { timeoutMs: callTimeoutMs, logger, secrets: opts.secrets }));

  // One browser for the whole run, started when the first instance needs it (or the caller's).
  let browserPromise: Promise<Browser> | undefined;
  const getBrowser = () => {
    if (!opts.browserPath) throw new Error('no browser');
    if (opts.sharedBrowser) return opts.sharedBrowser;
    browserPromise ??= launchBrowser(opts.browserPath);
    return browserPromise;
  };

  const taken = new Set<string>();
  const names = opts.targets.map((t, i) => (opts.browserPath ? screenshotName(t.id, i, opts.secrets, taken) : undefined));
  const limit = pLimit(Math.max(1, opts.concurrency));
  let instances: InstanceResult[];
  try {
    instances = await Promise.all(
      opts.targets.map((t, i) =>
        limit(async () => {
          const result = await smokeInstance(t, names[i], { ...opts, callTimeoutMs }, factory, getBrowser);
          const clean = redactDeep(result, redact);
          const line = `${clean.id}: ${clean.status} (${(clean.durationMs / 1000).toFixed(1)} s)${clean.reasons.length ? ` — ${clean.reasons[0]}` : ''}`;
          if (clean.status === 'healthy') logger.info(line);
          else logger.warning(line);
          return clean;
        }),
      ),
    );
  } finally {
    if (browserPromise) await browserPromise.then((b) => b.close()).catch(() => undefined);
  }

  const counts: Record<SmokeStatus, number> = { healthy: 0, degraded: 0, failed: 0 };
  for (const r of instances) counts[r.status]++;
  const finishedAt = now();
  const report: SmokeReport = {
    schemaVersion: 1,
    tool: 'clawfleet/smoke-and-browser-test',
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    result: worstStatus(instances.map((r) => r.status)),
    ...(opts.expectedVersion ? { expectedVersion: opts.expectedVersion } : {}),
    settings: {
      browser: Boolean(opts.browserPath),
      chat: opts.chat ? opts.chat.via : 'off',
      wsLoadConnections: opts.wsConnections ?? 0,
      timeoutSeconds: Math.round(opts.timeoutMs / 1000),
      concurrency: opts.concurrency,
    },
    counts,
    instances,
  };
  return redactDeep(report, redact);
}

type InstanceOpts = SmokeOptions & { callTimeoutMs: number };

async function smokeInstance(
  t: SmokeTarget,
  screenshot: string | undefined,
  opts: InstanceOpts,
  factory: (t: SmokeTarget) => GatewayClient,
  getBrowser: () => Promise<Browser>,
): Promise<InstanceResult> {
  const started = performance.now();
  const deadline = new Deadline(opts.timeoutMs, opts.signal);
  const checks: CheckResult[] = [];
  let screenshotWritten = false;
  const versions: ProbeFacts['versions'] = [];
  try {
    const client = factory(t);
    const { checks: probeChecks, facts } = await runProbes(client, deadline, { callTimeoutMs: opts.callTimeoutMs });
    checks.push(...probeChecks);
    versions.push(...facts.versions);
    const defaultAgentId = defaultAgent(facts);
    const pairing = { client, timeoutMs: () => deadline.timeout(opts.callTimeoutMs), signal: deadline.signal, approve: opts.pairDevices };

    if (facts.terminal) {
      const why = `skipped: ${facts.terminal.kind} (see healthz)`;
      for (const n of ['credentials', 'ui-http', 'cache-headers', 'control-ui', 'chat', 'ws-load'] as const) {
        if (applies(n, opts)) checks.push(skippedCheck(n, why));
      }
    } else {
      // Credentials (RPC) and the UI over HTTP are independent: run them side by side.
      const [cred, uiHttp] = await Promise.all([
        facts.rpcBlocked
          ? Promise.resolve(skippedCheck('credentials', `skipped: ${facts.rpcBlocked.kind} (see health-rpc)`))
          : checkCredentials({
              client,
              config: facts.config,
              agentIds: facts.agentIds,
              status: facts.status,
              timeoutMs: () => deadline.timeout(opts.callTimeoutMs),
              signal: deadline.signal,
            }),
        checkUiHttp(t.url, deadline, { callTimeoutMs: opts.callTimeoutMs }),
      ]);
      checks.push(cred, ...uiHttp.checks);
      if (uiHttp.facts.version) versions.push({ source: 'ui', version: uiHttp.facts.version });

      const blockedWhy = facts.rpcBlocked ? `skipped: ${facts.rpcBlocked.kind} (see health-rpc)` : undefined;
      const chatBase = { url: t.url, token: t.token, deadline, callTimeoutMs: opts.callTimeoutMs, pairing, ...(opts.extraHeaders ? { headers: opts.extraHeaders } : {}), ...(defaultAgentId ? { defaultAgentId } : {}) };

      // The chat over the API does not need the page: it runs while the browser check does (each mostly
      // waits on the gateway or the browser, so side by side they take the time of the longer one).
      const apiChat = opts.chat?.via === 'api' && !blockedWhy ? chatViaApi({ ...chatBase, spec: opts.chat }) : undefined;
      if (opts.browserPath && screenshot && opts.screenshotsDir) {
        if (deadline.expired) checks.push(skippedCheck('control-ui', describeFailure(deadline.signal.reason, deadline.signal).message));
        else {
          let browser: Browser | undefined;
          try {
            browser = await getBrowser();
          } catch (err) {
            checks.push({ name: 'control-ui', status: 'fail', summary: describeFailure(err).message, reasons: [describeFailure(err).message], durationMs: 0 });
          }
          if (browser) {
            const ui = await checkControlUi({
              browser,
              url: t.url,
              token: t.token,
              deadline,
              connectTimeoutMs: opts.uiConnectTimeoutMs ?? DEFAULT_UI_CONNECT_TIMEOUT_MS,
              callTimeoutMs: opts.callTimeoutMs,
              screenshotFile: join(opts.screenshotsDir, screenshot),
              pairing,
              ...(opts.chat?.via === 'ui' && !blockedWhy ? { chat: opts.chat, cleanupSession: (key: string, runId: string | undefined) => cleanupSmokeSession(chatBase, key, runId) } : {}),
              ...(defaultAgentId ? { defaultAgentId } : {}),
              ...(opts.ignoreConsole ? { ignoreConsole: opts.ignoreConsole } : {}),
              ...(opts.extraHeaders ? { extraHTTPHeaders: opts.extraHeaders } : {}),
            });
            checks.push(...ui.checks);
            screenshotWritten = ui.screenshot;
            if (ui.version) versions.push({ source: 'hello', version: ui.version });
          }
        }
      }
      if (apiChat) checks.push(await apiChat);
      else if (opts.chat && !checks.some((c) => c.name === 'chat')) {
        if (blockedWhy) checks.push(skippedCheck('chat', blockedWhy));
        else checks.push(skippedCheck('chat', 'skipped: the UI check did not run (see control-ui)'));
      }
      if (opts.wsConnections && opts.wsConnections > 0) {
        checks.push(
          await wsLoadProbe({
            url: t.url,
            token: t.token,
            connections: opts.wsConnections,
            connectTimeoutMs: opts.callTimeoutMs,
            deadline,
            ...(opts.extraHeaders ? { headers: opts.extraHeaders } : {}),
          }),
        );
      }
    }
  } catch (err) {
    // A bug or an unexpected failure must still produce a failed instance, not a crashed run.
    const d = describeFailure(err, deadline.signal);
    checks.push({ name: 'smoke', status: 'fail', summary: `${d.kind}: ${d.message}`, reasons: [`${d.kind}: ${d.message}`], durationMs: 0 });
  } finally {
    deadline.dispose();
  }
  // Nothing answered: the version is unknown because of that failure, not a finding of its own.
  const noAnswer = checks.find((c) => c.status === 'fail' && (c.name === 'smoke' || (c.name === 'healthz' && /^(timeout|unreachable|tls):/.test(c.summary))));
  checks.push(!versions.length && noAnswer ? skippedCheck('version', `skipped: no answer (see ${noAnswer.name})`) : checkVersion(opts.expectedVersion, versions));

  const ordered = [...checks].sort((a, b) => CHECK_NAMES.indexOf(a.name) - CHECK_NAMES.indexOf(b.name));
  const version = versions.find((v) => v.source === 'startupz' || v.source === 'status')?.version ?? versions[0]?.version;
  return {
    id: t.id,
    url: t.url,
    status: instanceStatus(ordered),
    reasons: instanceReasons(ordered),
    ...(version ? { version } : {}),
    ...(screenshot && screenshotWritten ? { screenshot } : {}),
    checks: ordered,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Whether a check is part of this run at all (so a skipped row is shown only for requested checks). */
function applies(name: 'credentials' | 'ui-http' | 'cache-headers' | 'control-ui' | 'chat' | 'ws-load', opts: SmokeOptions): boolean {
  if (name === 'control-ui') return Boolean(opts.browserPath);
  if (name === 'chat') return Boolean(opts.chat);
  if (name === 'ws-load') return Boolean(opts.wsConnections && opts.wsConnections > 0);
  return true;
}

function defaultAgent(facts: ProbeFacts): string | undefined {
  return facts.defaultAgentId ?? facts.agentIds[0];
}
