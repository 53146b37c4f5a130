/**
 * What the browser tests share: Debian's Chromium (driven by playwright-core; nothing downloads a
 * browser) and the built files (test/support/addinBuild.ts) served at a test origin from inside the
 * browser context.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { CONTENT_TYPES } from '../../scripts/build/contentTypes';
import { CHROMIUM } from '../support/programs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export { CHROMIUM };
export const ORIGIN = 'https://careplan.test';
/** Microsoft's CDN address, the build's default (webpack.config.js). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Answers a request on the origin from the built folder; false (and a 404) for a file it does not have. */
export async function serveBuilt(route: Route, dist: string): Promise<boolean> {
  const url = new URL(route.request().url());
  const file = path.join(dist, decodeURIComponent(url.pathname));
  if (file.startsWith(dist + path.sep) && existsSync(file)) {
    await route.fulfill({ status: 200, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    return true;
  }
  await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  return false;
}

export interface Visit {
  page: Page;
  offHost: string[];
  missing: string[];
  errors: string[];
  stalled: Route[];
}

/** A fresh page on the origin; requests off the host are stalled (never answered) or refused. */
export async function visit(browser: Browser, dist: string, offHost: 'stall' | 'refuse'): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 440, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
  const v: Visit = { page: await context.newPage(), offHost: [], missing: [], errors: [], stalled: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN) {
      if (!(await serveBuilt(route, dist))) v.missing.push(url.href);
      return;
    }
    v.offHost.push(url.href);
    if (offHost === 'stall') v.stalled.push(route);
    else await route.abort('blockedbyclient');
  });
  v.page.on('pageerror', (e) => v.errors.push(e.message));
  return v;
}

/** A button of the pane's navigation, by its name. */
export const navButton = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
