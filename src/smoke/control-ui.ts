/**
 * The Control UI in a real browser (issue #5 item 4, and the UI flavour of item 5): open
 * `<gateway>/#token=…`, wait until the sidebar's status says `Connected`, collect console errors, uncaught
 * page errors and failed loads, save a screenshot, optionally chat, and leave nothing behind on the gateway.
 *
 * Facts this relies on (openclaw-notes §5, re-measured with playwright-core + Chromium on 2026.9.6):
 * - the connected indicator is `div.sidebar-footer-bar span.sr-only[role="status"]`, text exactly
 *   `Connected` (English UI: the context forces `locale: "en-US"`); the composer is
 *   `textarea[aria-label="Chat composer"]`, the send button has the accessible name `Send message`, and
 *   transcript rows carry their text in `[data-message-text]`. Playwright locators pierce the open shadow roots;
 * - the UI removes the token from the address bar and keeps it in sessionStorage; its WebSocket `connect`
 *   frame carries the browser's device id (`params.device.id`). A refused connect answers
 *   `{ok:false, error:{code, message, details:{code}}}`: `CONTROL_UI_ORIGIN_NOT_ALLOWED` (origin not in
 *   `gateway.controlUi.allowedOrigins`), `PAIRING_REQUIRED` (+ `requestId`, `deviceId`) for a non-local
 *   browser, `AUTH_TOKEN_MISMATCH` (or another auth code) for a wrong token. The UI retries on its own, so
 *   approving the pending request is enough for it to connect;
 * - a healthy 2026.9.6 UI requests a few optional images that 404 (`/api/users/<id>/avatar`,
 *   `/__openclaw__/workspace-icon/…`, as `fetch`), each with a console error "Failed to load resource". So a
 *   failed load only fails the check when it is part of the app (document, script, stylesheet, font, or
 *   anything under `/assets/`); other 4xx loads are listed in the report as ignored, 5xx ones warn;
 * - a route `/chat/<agentId>/<a>/<b>` opens the literal session key `agent:<agentId>:<a>:<b>`, created by the
 *   first message: the UI chat runs in `agent:<id>:clawfleet:smoke-<hex>`, never in the operator's main chat.
 *
 * Secrets: no tracing, HAR or video is ever recorded (they would capture the token in the URL and frames);
 * the screenshot file name comes from the instance id only; every message leaves here through the run's
 * SecretRegistry (Playwright errors quote the URL, fragment included).
 */
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response, WebSocket as PwWebSocket } from 'playwright-core';
import type { Deadline } from './deadline.js';
import { describeFailure, oneLine } from './errors.js';
import { displayUrl } from './http.js';
import { approveOwnPairing, PairingError, rejectPending, removeDevice, type PairingDeps } from './pairing.js';
import { DEFAULT_PROVIDER_FAILURE_LIMIT, judgeReply, RunObserver, type ChatSpec } from './chat.js';
import { CheckBuilder } from './status.js';
import type { CheckResult } from './types.js';

export const SELECTORS = {
  status: 'div.sidebar-footer-bar span.sr-only[role="status"]',
  composer: 'textarea[aria-label="Chat composer"]',
  sendButtonName: 'Send message',
  messageText: '[data-message-text]',
} as const;

/** Resource types that make up the app: if one fails to load, the UI is broken. */
const CRITICAL_TYPES = new Set(['document', 'script', 'stylesheet', 'font']);

export type LoadClass = 'critical' | 'server-error' | 'ignored';

/** How much a failed load matters (see module doc). `aborted` loads (navigation, cancelled fetches) are ignored. */
export function classifyFailedLoad(r: { url: string; resourceType: string; status?: number; errorText?: string }, pageOrigin: string): LoadClass {
  if (r.errorText && /ERR_ABORTED/.test(r.errorText)) return 'ignored';
  let sameOrigin = false;
  let path = '';
  try {
    const u = new URL(r.url);
    sameOrigin = u.origin === pageOrigin;
    path = u.pathname;
  } catch {
    /* data: or malformed: treat as foreign */
  }
  // Same-origin app files are the app. From other origins only scripts are (a missing web font or theme
  // stylesheet from a CDN degrades the look, not the function — and offline runners cannot reach CDNs).
  if (sameOrigin && (CRITICAL_TYPES.has(r.resourceType) || /(^|\/)assets\//.test(path))) return 'critical';
  if (!sameOrigin && (r.resourceType === 'script' || r.resourceType === 'document')) return 'critical';
  if (sameOrigin && r.status !== undefined && r.status >= 500) return 'server-error';
  return 'ignored';
}

export interface ConsoleEntry {
  text: string;
  url?: string;
}

/**
 * The console errors that count: not the "Failed to load resource" lines (their loads are judged by
 * `classifyFailedLoad`), not those matching an ignore pattern.
 */
export function countedConsoleErrors(errors: readonly ConsoleEntry[], ignore: readonly RegExp[] = []): ConsoleEntry[] {
  return errors.filter((e) => !/^Failed to load resource\b/.test(e.text) && !ignore.some((re) => re.test(e.text)));
}

/** The message for a refused UI connect, with the fix. */
export function connectFailureMessage(code: string, message: string, origin: string): { kind: string; text: string } {
  if (code === 'CONTROL_UI_ORIGIN_NOT_ALLOWED') {
    return {
      kind: 'rejected',
      text: `the gateway refuses the browser origin ${origin} (CONTROL_UI_ORIGIN_NOT_ALLOWED): add "${origin}" to gateway.controlUi.allowedOrigins in the config repo`,
    };
  }
  if (/^AUTH_|TOKEN/.test(code) || /token|secret|unauthori[sz]ed/i.test(message)) {
    return { kind: 'unauthorized', text: `unauthorized: the gateway rejected the token (${code}); check the instance's tokenEnv` };
  }
  if (code === 'PAIRING_REQUIRED') {
    return { kind: 'rejected', text: 'the gateway requires pairing this browser and pairing is turned off (input pair-devices: false)' };
  }
  return { kind: 'rejected', text: `the gateway refused the UI connection: ${code}: ${oneLine(message)}` };
}

export interface ControlUiOptions {
  browser: Browser;
  url: string;
  token: string;
  deadline: Deadline;
  /** How long to wait for `Connected` after the page loads. */
  connectTimeoutMs: number;
  /** Navigation / screenshot / RPC timeout. */
  callTimeoutMs: number;
  /** Absolute path of the screenshot to write. */
  screenshotFile: string;
  pairing: PairingDeps & { approve: boolean };
  /** Chat through the UI when set. */
  chat?: ChatSpec;
  defaultAgentId?: string;
  /** Console errors matching any of these do not count. */
  ignoreConsole?: readonly RegExp[];
  /** Extra headers on every browser request (tests: X-Forwarded-For to look non-local). */
  extraHTTPHeaders?: Record<string, string>;
  /** Deletes the UI chat's session afterwards (and aborts its run when `runId` is given). */
  cleanupSession?: (sessionKey: string, runId: string | undefined) => Promise<string>;
}

export interface ControlUiOutcome {
  checks: CheckResult[];
  /** Version from the UI's hello-ok (`server.version`). */
  version?: string;
  /** Whether the screenshot file was written. */
  screenshot: boolean;
}

/** Everything the page's network, console and WebSocket told us. */
class PageMonitor {
  readonly consoleErrors: ConsoleEntry[] = [];
  readonly pageErrors: string[] = [];
  readonly failedLoads: Array<{ url: string; resourceType: string; status?: number; errorText?: string }> = [];
  deviceId: string | undefined;
  serverVersion: string | undefined;
  connectError: { code: string; message: string; details: Record<string, unknown> } | undefined;
  hello = false;
  readonly approvals = new Map<string, Promise<string | undefined>>();
  /** chat.send request id → the run id the gateway answered with. */
  private readonly chatSendIds = new Set<string>();
  chatRunId: string | undefined;
  readonly observer = new RunObserver(() => this.chatRunId);
  private connectIds = new Set<string>();
  private terminalWaiters: Array<() => void> = [];
  terminal: { kind: string; text: string } | undefined;

  constructor(private readonly onPairingRequired: (requestId: string, deviceId: string) => void) {}

  setTerminal(t: { kind: string; text: string }): void {
    if (this.terminal) return;
    this.terminal = t;
    for (const w of this.terminalWaiters) w();
    this.terminalWaiters = [];
  }

  whenTerminal(): Promise<void> {
    return this.terminal ? Promise.resolve() : new Promise((r) => this.terminalWaiters.push(r));
  }

  attach(page: Page, origin: string): void {
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error') return;
      const loc = m.location();
      this.consoleErrors.push({ text: m.text().slice(0, 2000), ...(loc?.url ? { url: loc.url } : {}) });
    });
    page.on('pageerror', (e: Error) => this.pageErrors.push(oneLine(`${e.name}: ${e.message}`)));
    page.on('requestfailed', (r: Request) => {
      this.failedLoads.push({ url: r.url(), resourceType: r.resourceType(), errorText: r.failure()?.errorText ?? 'failed' });
    });
    page.on('response', (r: Response) => {
      if (r.status() >= 400) this.failedLoads.push({ url: r.url(), resourceType: r.request().resourceType(), status: r.status() });
    });
    page.on('websocket', (ws: PwWebSocket) => {
      ws.on('framesent', (f) => this.onSent(String(f.payload)));
      ws.on('framereceived', (f) => this.onReceived(String(f.payload), origin));
    });
  }

  private onSent(raw: string): void {
    let j: { type?: string; id?: string; method?: string; params?: { device?: { id?: unknown } } };
    try {
      j = JSON.parse(raw) as typeof j;
    } catch {
      return;
    }
    if (j.type !== 'req' || typeof j.id !== 'string') return;
    if (j.method === 'connect') {
      this.connectIds.add(j.id);
      if (typeof j.params?.device?.id === 'string') this.deviceId = j.params.device.id;
    } else if (j.method === 'chat.send') this.chatSendIds.add(j.id);
  }

  private onReceived(raw: string, origin: string): void {
    let j: { type?: string; id?: string; ok?: boolean; payload?: Record<string, unknown>; error?: { code?: string; message?: string; details?: unknown }; event?: string };
    try {
      j = JSON.parse(raw) as typeof j;
    } catch {
      return;
    }
    if (j.type === 'event' && typeof j.event === 'string') {
      this.observer.observe({ event: j.event, payload: j.payload });
      return;
    }
    if (j.type !== 'res' || typeof j.id !== 'string') return;
    if (this.chatSendIds.has(j.id)) {
      if (j.ok && typeof j.payload?.['runId'] === 'string') this.chatRunId = j.payload['runId'];
      else if (!j.ok) this.observer.lastError = `chat.send refused: ${j.error?.code ?? ''} ${j.error?.message ?? ''}`.trim();
      return;
    }
    if (!this.connectIds.has(j.id)) return;
    if (j.ok) {
      this.hello = true;
      const server = j.payload?.['server'] as { version?: unknown } | undefined;
      if (typeof server?.version === 'string') this.serverVersion = server.version;
      return;
    }
    const details = j.error?.details && typeof j.error.details === 'object' ? (j.error.details as Record<string, unknown>) : {};
    const code = String(details['code'] ?? j.error?.code ?? 'CONNECT_REJECTED');
    const message = j.error?.message ?? '';
    this.connectError = { code, message, details };
    const requestId = details['requestId'];
    const deviceId = details['deviceId'];
    if (code === 'PAIRING_REQUIRED' && typeof requestId === 'string' && typeof deviceId === 'string') {
      this.onPairingRequired(requestId, deviceId);
      return;
    }
    this.setTerminal(connectFailureMessage(code, message, origin));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the browser check (and the UI chat) for one instance. Never throws. */
export async function checkControlUi(o: ControlUiOptions): Promise<ControlUiOutcome> {
  const ui = new CheckBuilder('control-ui');
  let chatCheck: CheckBuilder | undefined;
  const newChatCheck = () => {
    chatCheck = new CheckBuilder('chat');
    chatCheck.data['via'] = 'ui';
    return chatCheck;
  };
  const base = o.url.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const agentId = o.chat?.agentId ?? o.defaultAgentId ?? 'main';
  const sessionRest = `smoke-${randomBytes(4).toString('hex')}`;
  const sessionKey = `agent:${agentId}:clawfleet:${sessionRest}`;
  const path = o.chat ? `/chat/${encodeURIComponent(agentId)}/clawfleet/${sessionRest}` : '/';
  const notes: string[] = [];
  let context: BrowserContext | undefined;
  let screenshot = false;
  let approvedBy: string | undefined;
  let approvedDevice: string | undefined;
  let pairingFailure: string | undefined;
  let chatStarted = false;

  const monitor = new PageMonitor((requestId, deviceId) => {
    if (monitor.approvals.has(requestId)) return;
    if (!o.pairing.approve) {
      monitor.approvals.set(requestId, Promise.resolve(undefined));
      monitor.setTerminal(connectFailureMessage('PAIRING_REQUIRED', '', origin));
      return;
    }
    if (monitor.deviceId && deviceId !== monitor.deviceId) {
      monitor.setTerminal({ kind: 'rejected', text: `a pairing request for another device (${deviceId.slice(0, 12)}…) answered this browser's connect; not approving it` });
      return;
    }
    const p = approveOwnPairing(o.pairing, requestId, deviceId).then(
      (r) => {
        approvedBy = r.approvedVia ?? 'owner';
        approvedDevice = deviceId;
        notes.push('browser paired through device.pair.approve (non-local origin)');
        return undefined;
      },
      (err: unknown) => {
        pairingFailure = err instanceof PairingError ? err.message : describeFailure(err).message;
        monitor.setTerminal({ kind: 'rejected', text: `pairing the browser failed: ${pairingFailure}` });
        return pairingFailure;
      },
    );
    monitor.approvals.set(requestId, p);
  });

  let page: Page | undefined;
  try {
    // No recordHar / recordVideo / tracing: they would store the token (module doc).
    context = await o.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      ...(o.extraHTTPHeaders ? { extraHTTPHeaders: o.extraHTTPHeaders } : {}),
    });
    context.setDefaultTimeout(o.callTimeoutMs);
    page = await context.newPage();
    monitor.attach(page, origin);

    const started = performance.now();
    try {
      // A page load is slower than an RPC on a busy runner: at least a minute (cut to the instance budget).
      await page.goto(`${base}${path}#token=${encodeURIComponent(o.token)}`, { waitUntil: 'domcontentloaded', timeout: o.deadline.timeout(Math.max(o.callTimeoutMs, 60_000)) });
    } catch (err) {
      throw new Error(`opening ${displayUrl(base + path)} failed: ${oneLine((err as Error).message).replace(/navigating to "[^"]*"/, 'navigating')}`);
    }

    // Connected, or a refused connect, or the time is up.
    const connectBudget = o.deadline.timeout(o.connectTimeoutMs);
    const connected = page
      .locator(SELECTORS.status)
      .filter({ hasText: /^\s*Connected\s*$/ })
      .first()
      .waitFor({ state: 'attached', timeout: connectBudget })
      .then(() => 'connected' as const);
    connected.catch(() => undefined);
    const outcome = await Promise.race([connected, monitor.whenTerminal().then(() => 'refused' as const)]).catch(() => 'timeout' as const);
    const connectMs = Math.round(performance.now() - started);
    ui.data['connectMs'] = connectMs;

    if (outcome === 'connected') {
      // Let late loads and errors arrive before judging them.
      const settle = performance.now();
      await page.waitForLoadState('networkidle', { timeout: o.deadline.timeout(1_000) }).catch(() => undefined);
      ui.data['settleMs'] = Math.round(performance.now() - settle);
    } else if (outcome === 'refused' && monitor.terminal) {
      ui.fail(monitor.terminal.kind === 'unauthorized' ? monitor.terminal.text : `${monitor.terminal.kind}: ${monitor.terminal.text}`);
    } else {
      const status = await page.locator(SELECTORS.status).first().textContent({ timeout: 1_000 }).catch(() => null);
      const last = monitor.connectError ? `; last connect error ${monitor.connectError.code}` : '';
      ui.fail(
        `timeout: the UI did not show "Connected" within ${Math.round(connectBudget / 1000)} s (status: ${status?.trim() ? `"${status.trim()}"` : 'none'}${last})`,
      );
    }

    // Chat in the UI, once connected.
    if (o.chat) {
      if (outcome !== 'connected') newChatCheck().skip('skipped: the UI did not connect (see control-ui)');
      else {
        chatStarted = true;
        await chatInUi(page, monitor, o.chat, newChatCheck(), o.deadline);
      }
    }

    try {
      // Rendering a screenshot needs CPU; on a contended runner it can take many seconds.
      const shot = performance.now();
      await page.screenshot({ path: o.screenshotFile, fullPage: false, timeout: Math.min(30_000, Math.max(5_000, o.deadline.remaining())) });
      ui.data['screenshotMs'] = Math.round(performance.now() - shot);
      screenshot = true;
    } catch (err) {
      ui.warn(`no screenshot: ${oneLine((err as Error).message)}`);
    }
  } catch (err) {
    const d = describeFailure(err, o.deadline.signal);
    ui.fail(`${d.kind}: ${d.message}`);
    if (o.chat && !chatCheck) newChatCheck().skip('skipped: the UI check failed before the chat (see control-ui)');
    if (page && !screenshot) {
      screenshot = await page
        .screenshot({ path: o.screenshotFile, timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
    }
  } finally {
    await context?.close().catch(() => undefined);
  }

  // Judge loads and console errors (after the page is gone, so nothing arrives late).
  const classes = monitor.failedLoads.map((f) => ({ ...f, cls: classifyFailedLoad(f, origin) }));
  const critical = classes.filter((c) => c.cls === 'critical');
  const serverErrors = classes.filter((c) => c.cls === 'server-error');
  const ignored = classes.filter((c) => c.cls === 'ignored' && !(c.errorText && /ERR_ABORTED/.test(c.errorText)));
  const show = (c: { url: string; status?: number; errorText?: string }) => `${safePath(c.url, origin)} → ${c.status !== undefined ? `HTTP ${c.status}` : c.errorText}`;
  if (critical.length) ui.fail(`${critical.length} failed load(s) of the app itself: ${unique(critical.map(show)).slice(0, 4).join('; ')}`);
  if (serverErrors.length) ui.warn(`${serverErrors.length} request(s) answered with a server error: ${unique(serverErrors.map(show)).slice(0, 4).join('; ')}`);
  const consoleErrors = countedConsoleErrors(monitor.consoleErrors, o.ignoreConsole);
  if (consoleErrors.length) ui.fail(`${consoleErrors.length} console error(s): ${unique(consoleErrors.map((c) => `"${oneLine(c.text).slice(0, 200)}"`)).slice(0, 3).join('; ')}`);
  if (monitor.pageErrors.length) ui.fail(`${monitor.pageErrors.length} uncaught page error(s): ${unique(monitor.pageErrors).slice(0, 3).join('; ')}`);
  Object.assign(ui.data, {
    consoleErrors: consoleErrors.length,
    failedLoads: critical.length,
    ...(ignored.length ? { ignoredLoads: unique(ignored.map(show)).slice(0, 10) } : {}),
    ...(monitor.serverVersion ? { serverVersion: monitor.serverVersion } : {}),
    pairing: approvedBy ? 'approved via admin RPC' : monitor.hello ? 'local (approved by the gateway)' : 'none',
  });

  // Leave nothing behind: the browser's device record (silent or approved), pending requests, the chat session.
  // Cleanup runs even after the instance's budget is spent (a record left behind is worse than a few seconds).
  const cleanupDeps: PairingDeps = { ...o.pairing, signal: undefined, timeoutMs: () => o.callTimeoutMs };
  const cleanupStarted = performance.now();
  // An approval still in flight (the check timed out meanwhile) must land before we decide what to remove.
  await Promise.all(monitor.approvals.values());
  const deviceToRemove = approvedDevice ?? (monitor.hello ? monitor.deviceId : undefined);
  if (deviceToRemove) {
    const r = await removeDevice(cleanupDeps, deviceToRemove).catch((err: unknown) => `not removed (${describeFailure(err).message})`);
    if (r === 'removed' || r === 'absent') notes.push('browser device removed (device.pair.remove)');
    else ui.warn(`the browser's paired-device record could not be removed: ${r}`);
  } else if (monitor.connectError?.code === 'PAIRING_REQUIRED' && typeof monitor.connectError.details['requestId'] === 'string' && !approvedBy) {
    await rejectPending(cleanupDeps, monitor.connectError.details['requestId']).catch(() => undefined);
  }
  const chatResult = chatCheck as CheckBuilder | undefined;
  if (chatStarted && o.cleanupSession) {
    const done = monitor.observer.finished || chatResult?.failed === false;
    notes.push(await o.cleanupSession(sessionKey, done ? undefined : monitor.chatRunId).catch((err: unknown) => `chat session not deleted: ${describeFailure(err).message}`));
  }
  ui.data['cleanupMs'] = Math.round(performance.now() - cleanupStarted);
  if (notes.length) ui.data['notes'] = notes;

  const checks = [ui.build(`Connected in ${((Number(ui.data['connectMs']) || 0) / 1000).toFixed(1)} s, no console errors or failed loads`)];
  if (chatResult) {
    checks.push(chatResult.build(`"${oneLine(String(chatResult.data['reply'] ?? '')).slice(0, 60)}" in ${((Number(chatResult.data['latencyMs']) || 0) / 1000).toFixed(1)} s (UI)`));
  }
  return { checks, ...(monitor.serverVersion ? { version: monitor.serverVersion } : {}), screenshot };
}

/** Types the prompt, sends it, and waits for the agent's reply row. */
async function chatInUi(page: Page, monitor: PageMonitor, spec: ChatSpec, check: CheckBuilder, deadline: Deadline): Promise<void> {
  const composer = page.locator(SELECTORS.composer).first();
  try {
    // Upper bounds only: on an idle runner these take milliseconds, on a saturated 2-core host the UI's
    // re-render that enables the send button took more than 10 s (measured at load average ~30).
    await composer.waitFor({ state: 'visible', timeout: deadline.timeout(30_000) });
    await composer.fill(spec.prompt, { timeout: deadline.timeout(30_000) });
    await page.getByRole('button', { name: SELECTORS.sendButtonName }).first().click({ timeout: deadline.timeout(30_000) });
  } catch (err) {
    check.fail(`could not send the prompt in the UI: ${describeFailure(err, deadline.signal).message}`);
    return;
  }
  const sentAt = performance.now();
  const budget = Math.min(spec.timeoutMs, deadline.remaining());
  let finishedAt: number | undefined;
  let matchedAt: number | undefined;
  let reply: string | undefined;
  let stableSince: number | undefined;
  for (;;) {
    const rows = await page
      .locator(SELECTORS.messageText)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-message-text') ?? ''))
      .catch(() => [] as string[]);
    const mine = rows.lastIndexOf(spec.prompt);
    const after = mine >= 0 ? rows.slice(mine + 1).filter((t) => t.trim() !== '') : [];
    const elapsed = performance.now() - sentAt;
    if (monitor.observer.finished && finishedAt === undefined) finishedAt = elapsed;
    if (after.length) {
      const text = after.join('\n');
      if (text !== reply) stableSince = elapsed;
      reply = text;
      // The reply streams in: once it matches, keep reading until the run is over AND the transcript shows
      // the whole reply — the text the gateway sent (the page's own WebSocket frames), or, when the UI
      // renders it differently (markdown), no change for 1.5 s — at most 5 s more. The run's end reaches
      // the page before its last chunk is rendered (measured: "PONG fro" read at the lifecycle end).
      if (spec.expect.test(reply)) {
        matchedAt ??= elapsed;
        const sent = monitor.observer.replyText.trim();
        const whole = (sent !== '' && reply.includes(sent)) || (stableSince !== undefined && elapsed - stableSince >= 1_500);
        if ((finishedAt !== undefined && whole) || elapsed - matchedAt > 5_000) break;
      }
    }
    // The model keeps failing (see chat.ts): say why now instead of waiting out the agent's retries.
    const verdict = matchedAt === undefined ? monitor.observer.providerVerdict(spec.providerFailureLimit ?? DEFAULT_PROVIDER_FAILURE_LIMIT) : undefined;
    if (verdict) {
      check.fail(verdict);
      check.data['latencyMs'] = Math.round(elapsed);
      return;
    }
    // After the run is over, give the transcript 3 s to render the final row.
    if ((finishedAt !== undefined && elapsed - finishedAt > 3_000) || elapsed >= budget || deadline.expired) break;
    await sleep(250);
  }
  const elapsed = matchedAt ?? performance.now() - sentAt;
  if (reply !== undefined || finishedAt === undefined) {
    judgeReply(check, reply, { ...spec, timeoutMs: budget }, elapsed, reply === undefined ? monitor.observer.explain() : '');
  } else {
    check.fail(`the agent run ended without a reply in the transcript${monitor.observer.explain()}`);
    check.data['latencyMs'] = Math.round(elapsed);
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** A URL as shown in findings: same-origin paths only; other origins as origin + path. No query/fragment. */
function safePath(url: string, origin: string): string {
  try {
    const u = new URL(url);
    return u.origin === origin ? u.pathname : `${u.origin}${u.pathname}`;
  } catch {
    return '<url>';
  }
}
