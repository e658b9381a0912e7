/**
 * The status page from the recorded history, opened from file:// in a REAL headless Chromium (system
 * browser through playwright-core; never downloaded): no console error, no failed or external request,
 * the rows and statuses found by role, no horizontal page scroll at 375 px, and full-page screenshots
 * (desktop, phone, dark) saved where the test prints them (copies in /tmp/w3-status-*.png).
 *
 * No gateway needed (the page is static), so this is a unit test. Without a browser it FAILS in CI
 * (CI=true) and is skipped only locally.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/smoke/browser.js';
import { writeStatusPage } from '../../src/watch/report-html.js';
import type { StatusModel } from '../../src/watch/report-model.js';
import { loadFixture } from './fixture.js';

let browserPath: string | undefined;
let missing = '';
try {
  browserPath = findBrowser().path;
} catch (e) {
  missing = (e as Error).message;
}
const inCi = process.env['CI'] === 'true';

if (!browserPath && inCi) {
  test('a system Chrome/Chromium is available for the status-page browser check', () => {
    throw new Error(`the status-page browser test needs a system Chrome/Chromium in CI: ${missing}`);
  });
}

describe.skipIf(!browserPath)('status page in headless Chromium', () => {
  let browser: Browser;
  let url: string;
  let model: StatusModel;
  const outDir = mkdtempSync(join(tmpdir(), 'w3-status-shots-'));

  beforeAll(async () => {
    const f = await loadFixture();
    const written = await writeStatusPage(join(outDir, 'site'), f);
    model = written.model;
    url = pathToFileURL(join(outDir, 'site', 'index.html')).href;
    browser = await launchBrowser(browserPath!);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page and records every console error, page error, failed request and non-file request. */
  async function open(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport, colorScheme, offline: true, javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) problems.push(`external request: ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  test('desktop: no console error or request beyond the file; headings, rows and statuses by role; screenshot', async () => {
    const { page, problems } = await open({ width: 1280, height: 900 });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('rehearsal');
    for (const name of ['Summary', 'Open incidents', 'Instances', 'Health timeline', 'Deployments and rollbacks']) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    const instances = page.getByRole('table', { name: /instances, worst first/ });
    expect(await instances.getByRole('row').count()).toBe(1 + model.instances.length);
    for (const row of model.instances) {
      const tr = instances.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.id, exact: true }) });
      expect(await tr.count(), row.id).toBe(1);
      const label = { healthy: 'Healthy', degraded: 'Degraded', failed: 'Failed', 'never-probed': 'Never probed' }[row.status];
      expect(await tr.getByRole('cell').nth(0).innerText()).toBe(label);
      // The chart of each instance is an image named after it, described by its text summary.
      const chart = page.getByRole('img', { name: `Health score of ${row.id} over time (0–100)` });
      expect(await chart.count()).toBe(1);
      expect(await chart.getAttribute('aria-describedby')).toMatch(/^chart-\d+-desc$/);
    }
    const deployments = page.getByRole('table', { name: /deployments and rollbacks/i });
    const rollback = deployments.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Rollback/ }) });
    expect(await rollback.count()).toBe(1);
    expect(await rollback.getByRole('cell').nth(1).innerText()).toBe('rolled-back');
    expect(await deployments.getByRole('link', { name: 'workflow run' }).count()).toBe(model.deployments.filter((d) => d.runUrl).length);
    // The visually-hidden summary is in the accessibility tree but takes no room.
    const desc = page.locator('#chart-1-desc');
    expect((await desc.boundingBox())!.width).toBeLessThanOrEqual(1);
    expect(await desc.textContent()).toMatch(/^score \d+ \(\w+\) at /);
    const shot = join(outDir, 'status-desktop.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, '/tmp/w3-status-desktop.png');
    console.log(`status page screenshot (desktop): ${shot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('phone (375 px): no horizontal page scroll, tables reflow, everything still there; screenshot', async () => {
    const { page, problems } = await open({ width: 375, height: 812 });
    // Browser-side code as strings: the project's tsconfig has no DOM lib.
    const widths = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, body: document.body.scrollWidth })')) as { scroll: number; client: number; body: number };
    expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(widths.client);
    expect(widths.body).toBeLessThanOrEqual(375);
    // Reflowed: every cell shows its column label, so a row reads on its own.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('#cap-instances').closest('table').querySelector('td[data-label="Status"]'), '::before').content`)).toBe('"Status: "');
    // No element sticks out to the right of the viewport.
    const overflowing = await page.evaluate('[...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !el.closest(".vh")).map((el) => el.tagName + "." + el.getAttribute("class"))');
    expect(overflowing).toEqual([]);
    // Body text stays readable (≥ 14 px) on a phone.
    const fontSize = (await page.evaluate('parseFloat(getComputedStyle(document.querySelector("td")).fontSize)')) as number;
    expect(fontSize).toBeGreaterThanOrEqual(14);
    // The smallest common phone width too.
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })')) as { scroll: number; client: number };
    expect(narrow.scroll, JSON.stringify(narrow)).toBeLessThanOrEqual(narrow.client);
    await page.setViewportSize({ width: 375, height: 812 });
    const shot = join(outDir, 'status-phone.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, '/tmp/w3-status-phone.png');
    console.log(`status page screenshot (phone): ${shot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('during the incident (the records cut at west-1\'s last failed run): Failed row, open incident, screenshot', async () => {
    const f = await loadFixture({ at: 'incident' });
    const written = await writeStatusPage(join(outDir, 'incident'), f);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    page.on('pageerror', (e) => void problems.push(e.message));
    await page.goto(pathToFileURL(written.paths[0]!).href);
    const instances = page.getByRole('table', { name: /instances, worst first/ });
    const rows = instances.getByRole('row');
    // Worst first: west-1 (Failed) is the first data row.
    expect(await rows.nth(1).getByRole('rowheader').innerText()).toBe('west-1');
    expect(await rows.nth(1).getByRole('cell').nth(0).innerText()).toBe('Failed');
    expect(await rows.nth(2).getByRole('cell').nth(0).innerText()).toBe('Healthy');
    const incidents = page.getByRole('region', { name: 'Open incidents' });
    expect(await incidents.getByRole('listitem').count()).toBe(1);
    expect(await incidents.getByRole('listitem').innerText()).toMatch(/^Failed\s+west-1 since 2026-\d\d-\d\d \d\d:\d\d UTC — no issue \(alerts off\)$/);
    expect(await page.locator('header p.overall').innerText()).toBe('Failed 1 of 2 instances failed.');
    const shot = join(outDir, 'status-incident.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, '/tmp/w3-status-incident.png');
    console.log(`status page screenshot (during the incident): ${shot}`);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('dark scheme: the palette switches (background and text) and the page stays clean; screenshot', async () => {
    const { page, problems } = await open({ width: 1280, height: 900 }, 'dark');
    const colors = await page.evaluate('({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color })');
    expect(colors).toEqual({ bg: 'rgb(13, 17, 23)', fg: 'rgb(230, 237, 243)' });
    const shot = join(outDir, 'status-dark.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, '/tmp/w3-status-dark.png');
    console.log(`status page screenshot (dark): ${shot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
