/**
 * Typed inputs of smoke-and-browser-test, parsed strictly before anything is contacted: the inventory and
 * the selection, every instance's token (registered as a secret the moment it is read), the version pin,
 * the browser, the chat and the limits. Every cross-field rule lives here.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { loadInventory, resolveTokens, selectInstances } from '../../fleet/inventory.js';
import { findBrowser, type BrowserLocation } from '../../smoke/browser.js';
import type { SmokeTarget } from '../../smoke/run-smoke.js';
import type { ExpectedVersion } from '../../smoke/types.js';
import { resolveExpectedVersion } from '../../smoke/version.js';
import { DEFAULT_PROVIDER_FAILURE_LIMIT } from '../../smoke/chat.js';
import { createInputs, invalidValueMessage, type InputReader } from '../common/inputs.js';

/** Input names, once (kebab-case, as in action.yml). */
export const Input = {
  Inventory: 'inventory',
  Instances: 'instances',
  ExpectedVersion: 'expected-version',
  ConfigRepo: 'config-repo',
  Browser: 'browser',
  BrowserPath: 'browser-path',
  InstallBrowser: 'install-browser',
  GoldenPrompt: 'golden-prompt',
  Expect: 'expect',
  ChatVia: 'chat-via',
  ChatAgent: 'chat-agent',
  ChatTimeoutSeconds: 'chat-timeout-seconds',
  ChatProviderFailures: 'chat-provider-failures',
  TimeoutSeconds: 'timeout-seconds',
  Concurrency: 'concurrency',
  WsConnections: 'ws-connections',
  PairDevices: 'pair-devices',
  IgnoreConsoleErrors: 'ignore-console-errors',
  ScreenshotsDir: 'screenshots-dir',
  FailOn: 'fail-on',
} as const;

export const Output = {
  Result: 'result',
  ReportFile: 'report-file',
  ReportDigest: 'report-digest',
  ScreenshotsDir: 'screenshots-dir',
  FailedInstances: 'failed-instances',
  DegradedInstances: 'degraded-instances',
} as const;

export interface ActionInputs {
  inventoryFile: string;
  targets: SmokeTarget[];
  expectedVersion?: ExpectedVersion;
  browser?: BrowserLocation;
  chat?: { prompt: string; expect: RegExp; via: 'ui' | 'api'; timeoutMs: number; providerFailureLimit?: number; agentId?: string };
  timeoutMs: number;
  concurrency: number;
  wsConnections: number;
  pairDevices: boolean;
  ignoreConsole: RegExp[];
  screenshotsDir: string;
  reportFile: string;
  failOn: 'failed' | 'degraded' | 'never';
}

/**
 * Parses `expect`: `/pattern/flags` (flags from `imsu`), or a bare pattern. An invalid pattern names the
 * input and the engine's complaint.
 */
export function parseExpect(raw: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(raw);
  const source = m ? (m[1] ?? '') : raw;
  const flags = m ? (m[2] ?? '') : '';
  if (/[^imsu]/.test(flags)) throw new UserError(invalidValueMessage(Input.Expect, raw, 'Flags after the closing / may only be i, m, s and u (e.g. /pong/i).'));
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new UserError(invalidValueMessage(Input.Expect, raw, `It is not a valid regular expression (${(err as Error).message}).`));
  }
}

/**
 * Reads and checks every input. `env` is the step environment: tokens arrive there (each instance's
 * `tokenEnv`), never as inputs.
 */
export function getInputs(read: InputReader, env: NodeJS.ProcessEnv, registry: SecretRegistry): ActionInputs {
  const inputs = createInputs(read);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));
  const runDir = join(env['RUNNER_TEMP'] || tmpdir(), `clawfleet-smoke-${randomBytes(4).toString('hex')}`);

  const inventoryFile = inWorkspace(inputs.getRequired(Input.Inventory));
  const selector = inputs.getOptional(Input.Instances);
  const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 180, min: 10, max: 3600 }) * 1000;
  const concurrency = inputs.getInt(Input.Concurrency, { default: 4, min: 1, max: 64 });
  const wsConnections = inputs.getInt(Input.WsConnections, { default: 0, min: 0, max: 1000 });
  const pairDevices = inputs.getBoolean(Input.PairDevices, true);
  const failOn = inputs.getEnum(Input.FailOn, ['failed', 'degraded', 'never'] as const, 'failed');
  const useBrowser = inputs.getBoolean(Input.Browser, true);
  inputs.getBoolean(Input.InstallBrowser, false); // used by the composite step; validated here so a typo fails
  const browserPath = inputs.getOptional(Input.BrowserPath);
  if (browserPath && !useBrowser) throw new UserError(`'${Input.BrowserPath}' is set but '${Input.Browser}' is false; remove one of them.`);

  const prompt = inputs.getOptional(Input.GoldenPrompt);
  const expectRaw = inputs.getOptional(Input.Expect);
  if (expectRaw && !prompt) throw new UserError(`'${Input.Expect}' checks the reply to '${Input.GoldenPrompt}'; set the prompt too.`);
  const chatViaRaw = inputs.getEnum(Input.ChatVia, ['auto', 'ui', 'api'] as const, 'auto');
  const chatVia: 'ui' | 'api' = chatViaRaw === 'auto' ? (useBrowser ? 'ui' : 'api') : chatViaRaw;
  if (prompt && chatVia === 'ui' && !useBrowser) throw new UserError(`'${Input.ChatVia}: ui' types the prompt into the Control UI and needs '${Input.Browser}: true'; use 'api' without a browser.`);
  const chatTimeoutMs = inputs.getInt(Input.ChatTimeoutSeconds, { default: 90, min: 5, max: 3600 }) * 1000;
  const providerFailureLimit = inputs.getInt(Input.ChatProviderFailures, { default: DEFAULT_PROVIDER_FAILURE_LIMIT, min: 0, max: 20 });
  const chatAgent = inputs.getOptional(Input.ChatAgent);
  if (chatAgent && !/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(chatAgent)) throw new UserError(invalidValueMessage(Input.ChatAgent, chatAgent, 'Expected an agent id (lower-case letters, digits, _ and -).'));
  if (prompt && chatTimeoutMs >= timeoutMs) {
    throw new UserError(`'${Input.ChatTimeoutSeconds}' (${chatTimeoutMs / 1000}) must be below '${Input.TimeoutSeconds}' (${timeoutMs / 1000}), the budget of the whole instance.`);
  }
  const ignoreConsole = inputs.getList(Input.IgnoreConsoleErrors, { separator: 'newline' }).map((p) => {
    try {
      return new RegExp(p);
    } catch (err) {
      throw new UserError(invalidValueMessage(Input.IgnoreConsoleErrors, p, `Each line must be a regular expression (${(err as Error).message}).`));
    }
  });

  const configRepo = inputs.getOptional(Input.ConfigRepo);
  const expectedVersion = resolveExpectedVersion(inputs.getOptional(Input.ExpectedVersion), configRepo ? inWorkspace(configRepo) : workspace, workspace);

  // Inventory, selection and tokens: all before any network call.
  const inventory = loadInventory(inventoryFile);
  const picked = selectInstances(inventory, selector);
  const tokens = resolveTokens({ ...inventory, instances: picked }, env);
  const targets: SmokeTarget[] = picked.map((inst) => {
    const token = tokens.get(inst.id) ?? '';
    registry.add(token);
    return { id: inst.id, url: inst.url, token };
  });

  const browser = useBrowser ? findBrowser({ ...(browserPath ? { browserPath } : {}), env }) : undefined;
  const screenshotsDir = inWorkspace(inputs.getOptional(Input.ScreenshotsDir) ?? join(runDir, 'screenshots'));

  return {
    inventoryFile,
    targets,
    ...(expectedVersion ? { expectedVersion } : {}),
    ...(browser ? { browser } : {}),
    ...(prompt ? { chat: { prompt, expect: expectRaw ? parseExpect(expectRaw) : /\S/, via: chatVia, timeoutMs: chatTimeoutMs, providerFailureLimit, ...(chatAgent ? { agentId: chatAgent } : {}) } } : {}),
    timeoutMs,
    concurrency,
    wsConnections,
    pairDevices,
    ignoreConsole,
    screenshotsDir,
    reportFile: join(runDir, 'smoke-report.json'),
    failOn,
  };
}
