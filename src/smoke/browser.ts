/**
 * Finding and starting the browser for the Control UI check. One headless Chromium/Chrome is started per
 * run and shared by every instance (a new, empty context per instance, so instances never share cookies,
 * storage or device identities).
 *
 * Where the browser comes from, first match wins (same order as the composite action's install step):
 * the `browser-path` input, `CHROME_BIN`, then the usual system locations. We never download a browser:
 * GitHub's Ubuntu runners ship Google Chrome; elsewhere `install-browser: true` installs Debian's `chromium`.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { UserError } from '../common/errors.js';

type PlaywrightCore = typeof import('playwright-core');

/**
 * Loads playwright-core. It cannot be bundled by ncc (it reads its own package.json and files next to it at
 * run time), so the build copies it beside the action's bundle (`dist/<action>/vendor/playwright-core`,
 * see scripts/build.mjs); from the sources (tests, tsx) the installed package is used. The import is left to
 * Node (`webpackIgnore`), so the bundler neither inlines nor rewrites it.
 */
export async function loadPlaywright(): Promise<PlaywrightCore> {
  // Built from parts on purpose: a literal `new URL('./x', import.meta.url)` is turned into an emitted
  // asset by the bundler (webpack asset modules), which would break the lookup.
  const vendored = new URL(['.', 'vendor', 'playwright-core', 'index.mjs'].join('/'), import.meta.url);
  const specifier = vendored.protocol === 'file:' && existsSync(fileURLToPath(vendored)) ? vendored.href : 'playwright-core';
  return (await import(/* webpackIgnore: true */ specifier)) as PlaywrightCore;
}

/** Flags for a quiet, offline, throw-away headless browser (no sandbox: CI containers run as root). */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;

/** System locations, in preference order (Google Chrome first: Ubuntu's `chromium-browser` is a snap shim). */
export const SYSTEM_BROWSERS: Record<string, readonly string[]> = {
  linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

function isExecutableFile(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserLocation {
  path: string;
  /** `browser-path`, `CHROME_BIN` or `system`. */
  source: 'browser-path' | 'CHROME_BIN' | 'system';
}

/**
 * Finds the browser executable. An explicit `browser-path` or `CHROME_BIN` that does not exist is an error
 * (not a silent fallback): the operator asked for that binary.
 */
export function findBrowser(
  opts: { browserPath?: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; isExecutable?: (p: string) => boolean } = {},
): BrowserLocation {
  const isExec = opts.isExecutable ?? isExecutableFile;
  const env = opts.env ?? process.env;
  const explicit = opts.browserPath?.trim();
  if (explicit) {
    if (!isExec(explicit)) throw new UserError(`Input 'browser-path' is '${explicit}', which is not an executable file. Give the path of a Chrome or Chromium binary, or leave it empty to search.`);
    return { path: explicit, source: 'browser-path' };
  }
  const fromEnv = env['CHROME_BIN']?.trim();
  if (fromEnv) {
    if (!isExec(fromEnv)) throw new UserError(`CHROME_BIN is '${fromEnv}', which is not an executable file. Fix or unset CHROME_BIN, or set the 'browser-path' input.`);
    return { path: fromEnv, source: 'CHROME_BIN' };
  }
  const candidates = SYSTEM_BROWSERS[opts.platform ?? process.platform] ?? [];
  const found = candidates.find((p) => isExec(p));
  if (found) return { path: found, source: 'system' };
  throw new UserError(
    `No Chrome or Chromium found (looked at: ${candidates.join(', ') || 'no known locations on this platform'}). ` +
      `Set 'browser-path' or CHROME_BIN, set 'install-browser: true' (Debian/Ubuntu: apt-get install chromium), or set 'browser: false' to skip the UI check.`,
  );
}

/** Starts the shared headless browser. */
export async function launchBrowser(executablePath: string, timeoutMs = 60_000): Promise<Browser> {
  try {
    const { chromium } = await loadPlaywright();
    return await chromium.launch({ executablePath, headless: true, args: [...BROWSER_ARGS], timeout: timeoutMs, chromiumSandbox: false });
  } catch (err) {
    const first = String((err as Error).message ?? err).split('\n')[0];
    throw new Error(`could not start the browser at ${executablePath}: ${first}`, { cause: err });
  }
}
