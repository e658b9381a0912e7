/**
 * fleet-watch action: typed inputs → one watch run (probe, history, retention, alerts, one store flush) →
 * outputs, a report file and the job summary; the step fails for failed instances (`fail-on`).
 *
 * Every input is parsed before anything is contacted or written (the scalar inputs first, then the
 * inventory, the selection and the tokens, which are registered as secrets the moment they are read).
 */
import * as github from '@actions/github';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { handleError } from '../common/errors.js';
import { actionsInputReader, createInputs, invalidValueMessage, type InputReader, type Inputs } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { markdownTable, setOutputs, writeSummary } from '../common/summary.js';
import { openStore, parseStoreInputs, runContext, type StoreSpec } from '../rolling-deploy/shared.js';
import { UserError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { normalizeEnvironment } from '../../deploy/records.js';
import type { StateStore } from '../../deploy/store/types.js';
import { loadInventory, resolveTokens, selectInstances } from '../../fleet/inventory.js';
import type { GatewayClient } from '../../fleet/types.js';
import { findBrowser, type BrowserLocation } from '../../smoke/browser.js';
import type { SmokeTarget } from '../../smoke/run-smoke.js';
import type { ExpectedVersion } from '../../smoke/types.js';
import { resolveExpectedVersion } from '../../smoke/version.js';
import { GitHubPort, type GitHubRequest } from '../../github/port.js';
import { createAlertSink } from '../../watch/alerts.js';
import type { AlertSink } from '../../watch/types.js';
import { runWatch, SUMMARY_HEADERS, summaryRows, type BrowserSample, type FailOn, type WatchOptions, type WatchResult, type WatchTarget } from '../../watch/watch.js';
import { writeArtifacts } from '../rolling-deploy/shared.js';

export const ACTION_NAME = 'fleet-watch';

/** Input names, once (kebab-case, as in action.yml). */
export const Input = {
  Inventory: 'inventory',
  Instances: 'instances',
  Environment: 'environment',
  ExpectedVersion: 'expected-version',
  ConfigRepo: 'config-repo',
  Browser: 'browser',
  BrowserPath: 'browser-path',
  BrowserSample: 'browser-sample',
  TimeoutSeconds: 'timeout-seconds',
  Concurrency: 'concurrency',
  PairDevices: 'pair-devices',
  StateStore: 'state-store',
  StateBranch: 'state-branch',
  StateRemote: 'state-remote',
  StateDir: 'state-dir',
  RetentionDays: 'retention-days',
  Debounce: 'debounce',
  RecoverAfter: 'recover-after',
  RemindAfterHours: 'remind-after-hours',
  Alerts: 'alerts',
  RunbookUrl: 'runbook-url',
  GithubToken: 'github-token',
  FailOn: 'fail-on',
} as const;

export const Output = {
  Result: 'result',
  Healthy: 'healthy',
  Degraded: 'degraded',
  Failed: 'failed',
  FailedInstances: 'failed-instances',
  DegradedInstances: 'degraded-instances',
  IncidentsOpened: 'incidents-opened',
  IncidentsClosed: 'incidents-closed',
  ReportJson: 'report-json',
  ScreenshotsDir: 'screenshots-dir',
} as const;

export interface WatchInputs {
  inventoryFile: string;
  targets: WatchTarget[];
  /** Every instance id of the inventory (incidents of instances no longer in it are closed). */
  inventoryIds: string[];
  environment: string;
  expectedVersion?: ExpectedVersion;
  browser?: { location: BrowserLocation; sample: BrowserSample };
  timeoutMs: number;
  concurrency: number;
  pairDevices: boolean;
  store: StoreSpec;
  retentionDays: number;
  debounce: number;
  recoverAfter: number;
  remindAfterMs: number;
  alerts: boolean;
  runbookUrl?: string;
  githubToken?: string;
  /** `owner/repo` for the alert issues (GITHUB_REPOSITORY), when alerts are on. */
  repository?: { owner: string; repo: string };
  failOn: FailOn;
  /** Folder for this run's files (report, screenshots). */
  runDir: string;
}

/** `browser-sample`: a count (`2`) or a share of the selection (`10%`, `0.1`); `0` = no browser this run. */
export function parseBrowserSample(inputs: Inputs, name: string): BrowserSample {
  const raw = inputs.getOptional(name);
  if (raw === undefined) return { kind: 'count', count: 1 };
  if (/^\d{1,6}$/.test(raw)) return { kind: 'count', count: Number(raw) };
  if (/%$/.test(raw) || /^\d*\.\d+$/.test(raw)) return { kind: 'ratio', ratio: inputs.getRatio(name, { default: 0 }) };
  throw new UserError(invalidValueMessage(name, raw, 'Expected a number of instances (e.g. 2) or a share of them (e.g. 10% or 0.1).'));
}

/** `runbook-url`: an http(s) URL without credentials (it is printed in every alert issue). */
function parseRunbookUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UserError(invalidValueMessage(Input.RunbookUrl, value, 'Expected an http(s) URL, e.g. https://github.com/acme/ops/blob/main/runbooks/gateway.md.'));
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UserError(invalidValueMessage(Input.RunbookUrl, value, 'Expected an http(s) URL.'));
  if (u.username || u.password) throw new UserError(`The input '${Input.RunbookUrl}' holds credentials (user:password@); it is published in every alert issue. Remove them.`);
  return value;
}

/**
 * Reads and checks every input (see module doc). `env` is the step environment: tokens arrive there
 * (each instance's `tokenEnv`), never as inputs.
 */
export function getInputs(read: InputReader, env: NodeJS.ProcessEnv, registry: SecretRegistry): WatchInputs {
  const inputs = createInputs(read);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));

  const inventoryRaw = inputs.getRequired(Input.Inventory);
  const selector = inputs.getOptional(Input.Instances);
  const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 60, min: 10, max: 3600 }) * 1000;
  const concurrency = inputs.getInt(Input.Concurrency, { default: 8, min: 1, max: 64 });
  const pairDevices = inputs.getBoolean(Input.PairDevices, true);
  const failOn = inputs.getEnum(Input.FailOn, ['failed', 'degraded', 'never'] as const, 'failed');
  const retentionDays = inputs.getInt(Input.RetentionDays, { default: 30, min: 1, max: 3650 });
  const debounce = inputs.getInt(Input.Debounce, { default: 3, min: 1, max: 1000 });
  const recoverAfter = inputs.getInt(Input.RecoverAfter, { default: 1, min: 1, max: 1000 });
  const remindAfterMs = inputs.getInt(Input.RemindAfterHours, { default: 24, min: 0, max: 8760 }) * 3_600_000;
  const alerts = inputs.getBoolean(Input.Alerts, true);
  const runbookUrl = parseRunbookUrl(inputs.getOptional(Input.RunbookUrl));
  const githubToken = inputs.getOptional(Input.GithubToken);
  registry.add(githubToken);
  if (alerts && !githubToken) {
    throw new UserError(`The input '${Input.GithubToken}' is empty but '${Input.Alerts}' is true: alerts open GitHub issues. Pass \${{ github.token }} (with issues: write) or set '${Input.Alerts}: false'.`);
  }
  let repository: { owner: string; repo: string } | undefined;
  if (alerts) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env['GITHUB_REPOSITORY'] ?? '');
    if (!m) throw new UserError(`'${Input.Alerts}' is true but GITHUB_REPOSITORY (owner/repo, where the alert issues go) is ${env['GITHUB_REPOSITORY'] ? `'${env['GITHUB_REPOSITORY']}'` : 'not set'}. It is set on GitHub Actions; elsewhere set it or use '${Input.Alerts}: false'.`);
    repository = { owner: m[1]!, repo: m[2]! };
  }
  const useBrowser = inputs.getBoolean(Input.Browser, false);
  const browserPath = inputs.getOptional(Input.BrowserPath);
  if (browserPath && !useBrowser) throw new UserError(`'${Input.BrowserPath}' is set but '${Input.Browser}' is false; remove one of them.`);
  const sample = parseBrowserSample(inputs, Input.BrowserSample);
  const storeInputs = parseStoreInputs(inputs);
  const environment = normalizeEnvironment(storeInputs.environment);

  const configRepo = inputs.getOptional(Input.ConfigRepo);
  const expectedVersion = resolveExpectedVersion(inputs.getOptional(Input.ExpectedVersion), configRepo ? inWorkspace(configRepo) : workspace, workspace);

  // Inventory, selection and tokens: all before any network call or store access.
  const inventoryFile = inWorkspace(inventoryRaw);
  const inventory = loadInventory(inventoryFile);
  const picked = selectInstances(inventory, selector);
  const tokens = resolveTokens({ ...inventory, instances: picked }, env);
  const targets: WatchTarget[] = picked.map((inst) => {
    const token = tokens.get(inst.id) ?? '';
    registry.add(token);
    return { id: inst.id, url: inst.url, token, ...(inst.overlay ? { overlay: inst.overlay } : {}) };
  });
  const location = useBrowser ? findBrowser({ ...(browserPath ? { browserPath } : {}), env }) : undefined;

  return {
    inventoryFile,
    targets,
    inventoryIds: inventory.instances.map((i) => i.id),
    environment,
    ...(expectedVersion ? { expectedVersion } : {}),
    ...(location ? { browser: { location, sample } } : {}),
    timeoutMs,
    concurrency,
    pairDevices,
    store: storeInputs.store,
    retentionDays,
    debounce,
    recoverAfter,
    remindAfterMs,
    alerts,
    ...(runbookUrl ? { runbookUrl } : {}),
    ...(githubToken ? { githubToken } : {}),
    ...(repository ? { repository } : {}),
    failOn,
    runDir: join(env['RUNNER_TEMP'] || tmpdir(), `clawfleet-watch-${randomBytes(4).toString('hex')}`),
  };
}

/** The job summary of a run. */
export function renderWatchSummary(result: WatchResult, opts: { store: string; reportFile?: string }): string {
  const c = result.counts;
  const lines = [
    `## Fleet watch — ${result.environment}`,
    '',
    `**${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed** of ${result.rows.length} instance(s) · run \`${result.run}\` · ${result.finishedAt}`,
    '',
    markdownTable(SUMMARY_HEADERS, summaryRows(result)),
  ];
  if (result.actions.length) {
    lines.push('', '### Incidents', '');
    for (const a of result.actions) lines.push(`- ${a.kind} for \`${a.instance}\` (${a.status})${a.issue ? ` — ${a.url ? `[#${a.issue}](${a.url})` : `#${a.issue}`}` : ''}`);
  }
  const during = result.rows.find((r) => r.duringDeployment)?.duringDeployment;
  if (during) lines.push('', `> A deployment was running (${during}): instances may have been probed mid-restart.`);
  if (result.alertError) lines.push('', `> **Alerts did not complete:** ${result.alertError}. The samples were recorded; the next run retries.`);
  lines.push('', `History: ${opts.store}${result.retentionRemoved.length ? ` (retention removed ${result.retentionRemoved.length} day file(s))` : ''}.${opts.reportFile ? ` Report: \`${opts.reportFile}\`.` : ''}`);
  return lines.join('\n') + '\n';
}

/**
 * The alert step for these inputs: alerts.ts's sink, with GitHub issues when `alerts` is on (Octokit's
 * request unless one is injected), or tracking incidents in the state only.
 */
export function alertSinkFor(inputs: WatchInputs, opts: { secrets: SecretRegistry; logger: Logger; request?: GitHubRequest }): AlertSink {
  if (!inputs.alerts || !inputs.githubToken || !inputs.repository) return createAlertSink({ secrets: opts.secrets, logger: opts.logger });
  const request = opts.request ?? (github.getOctokit(inputs.githubToken).request as unknown as GitHubRequest);
  return createAlertSink({ port: new GitHubPort(request, inputs.repository), secrets: opts.secrets, logger: opts.logger });
}

/** The runWatch options the action and `clawfleet watch` both derive from the parsed inputs. */
export function watchOptionsFrom(inputs: WatchInputs, store: StateStore, alerts: AlertSink, deps: { secrets: SecretRegistry; logger: Logger }): WatchOptions {
  return {
    environment: inputs.environment,
    targets: inputs.targets,
    inventoryIds: inputs.inventoryIds,
    store,
    alerts,
    ...(inputs.expectedVersion ? { expectedVersion: inputs.expectedVersion } : {}),
    ...(inputs.browser ? { browser: { path: inputs.browser.location.path, sample: inputs.browser.sample, screenshotsDir: join(inputs.runDir, 'screenshots') } } : {}),
    timeoutMs: inputs.timeoutMs,
    concurrency: inputs.concurrency,
    pairDevices: inputs.pairDevices,
    retentionDays: inputs.retentionDays,
    debounce: inputs.debounce,
    recoverAfter: inputs.recoverAfter,
    remindAfterMs: inputs.remindAfterMs,
    failOn: inputs.failOn,
    ...(inputs.runbookUrl ? { runbookUrl: inputs.runbookUrl } : {}),
    secrets: deps.secrets,
    logger: deps.logger,
  };
}

export interface RunOptions {
  read?: InputReader;
  env?: NodeJS.ProcessEnv;
  secrets?: SecretRegistry;
  logger?: Logger;
  /** Test seams. */
  store?: StateStore;
  alerts?: (inputs: WatchInputs) => AlertSink;
  /** Octokit's `request` for the alert issues (default: getOctokit(github-token).request). */
  request?: GitHubRequest;
  clientFactory?: (t: SmokeTarget) => GatewayClient;
  extraHeaders?: Record<string, string>;
  now?: () => Date;
}

/** Runs the action; never throws (failures go through handleError). Returns the result when the watch ran. */
export async function run(opts: RunOptions = {}): Promise<WatchResult | undefined> {
  const env = opts.env ?? process.env;
  const secrets = opts.secrets ?? createActionSecrets();
  const logger = opts.logger ?? createActionsLogger({ secrets });
  let result: WatchResult | undefined;
  try {
    const inputs = getInputs(opts.read ?? actionsInputReader, env, secrets);
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const store = opts.store ?? openStore(inputs.store, workspace);
    const ctx = runContext(env);
    const sink = opts.alerts ? opts.alerts(inputs) : alertSinkFor(inputs, { secrets, logger, ...(opts.request ? { request: opts.request } : {}) });
    logger.info(
      `watch '${inputs.environment}': ${inputs.targets.length} instance(s) from ${inputs.inventoryFile}; ` +
        `browser ${inputs.browser ? `on ${inputs.browser.sample.kind === 'count' ? inputs.browser.sample.count : `${Math.round(inputs.browser.sample.ratio * 100)}%`} (${inputs.browser.location.path})` : 'off'}; ` +
        `history in ${store.description}; retention ${inputs.retentionDays} day(s); debounce ${inputs.debounce}; alerts ${inputs.repository ? `as issues in ${inputs.repository.owner}/${inputs.repository.repo}` : 'off (tracked in the state only)'}`,
    );
    try {
      result = await runWatch({
        ...watchOptionsFrom(inputs, store, sink, { secrets, logger }),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(env['GITHUB_RUN_ID'] ? { runId: `${env['GITHUB_RUN_ID']}-${env['GITHUB_RUN_ATTEMPT'] || '1'}` } : {}),
        ...(opts.clientFactory ? { clientFactory: opts.clientFactory } : {}),
        ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
        ...(opts.now ? { now: opts.now } : {}),
      });
    } finally {
      await (store as { close?: () => Promise<void> }).close?.();
    }
    const files = writeArtifacts(env['RUNNER_TEMP'] || tmpdir(), ACTION_NAME, { 'watch-report.json': secrets.redact(JSON.stringify(result, null, 2)) + '\n' });
    const reportFile = files['watch-report.json']!;
    for (const r of result.rows) {
      if (r.status === 'failed') logger.error(`${r.instance} failed: ${(r.reasons ?? []).join(' | ')}`);
      else if (r.status === 'degraded') logger.warning(`${r.instance} degraded: ${(r.reasons ?? []).join(' | ')}`);
    }
    setOutputs(
      {
        [Output.Result]: result.counts.failed ? 'failed' : result.counts.degraded ? 'degraded' : 'healthy',
        [Output.Healthy]: result.counts.healthy,
        [Output.Degraded]: result.counts.degraded,
        [Output.Failed]: result.counts.failed,
        [Output.FailedInstances]: result.failed.join(','),
        [Output.DegradedInstances]: result.degraded.join(','),
        [Output.IncidentsOpened]: result.incidentsOpened,
        [Output.IncidentsClosed]: result.incidentsClosed,
        [Output.ReportJson]: reportFile,
        [Output.ScreenshotsDir]: inputs.browser && result.browserSampled.length ? join(inputs.runDir, 'screenshots') : '',
      },
      { secrets },
    );
    await writeSummary(renderWatchSummary(result, { store: store.description, reportFile }), { secrets, note: `The full report is ${reportFile}.` });
    if (result.alertError) throw new Error(`alerts did not complete: ${result.alertError} (the samples were recorded)`);
    if (result.shouldFail) {
      const bad = result.rows.filter((r) => r.status === 'failed' || (inputs.failOn === 'degraded' && r.status === 'degraded'));
      throw new Error(
        `${bad.length} of ${result.rows.length} instance(s) ${inputs.failOn === 'degraded' ? 'not healthy' : 'failed'}: ` + bad.map((r) => `${r.instance} (${r.reasons?.[0] ?? r.status})`).join('; '),
      );
    }
    return result;
  } catch (e) {
    handleError(ACTION_NAME, e, { secrets });
    return result;
  }
}
