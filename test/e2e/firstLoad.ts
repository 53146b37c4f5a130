/**
 * The task pane's first load as a plain browser makes it: the built page opened in Chromium, nobody
 * acting, every script of the project's own that the page requests until it is idle (its entry,
 * functions.js, the chunks it starts at once, any prefetch), each gzipped as a server would send it.
 * Office.js is answered with what it does outside Office, Office.onReady with host null
 * (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1); office.debug.js,
 * the isPlainBrowser branch of initialize), and is not counted. Used by `npm run bench` and by the
 * budget test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { ORIGIN, serveBuilt } from './built';

/** Microsoft's React task pane template's initial JavaScript, built with the same React and Fluent versions (issue 12). */
export const TEMPLATE_KB = 165.5;
/** The goal: the page's own first-load scripts, in KB (1,000 bytes) gzipped. */
export const FIRST_LOAD_BUDGET_KB = 165;

const OFFICE_STUB = 'window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };';

export interface Script {
  /** The file's name in the build. */
  name: string;
  bytes: number;
  gzipped: number;
  /** The file's text, for a test to look into. */
  text: string;
}

/** The scripts of the build in `dist` that the page requests before anyone acts, largest first. */
export async function firstLoad(browser: Browser, dist: string): Promise<{ scripts: Script[]; firstScreen: string }> {
  const context = await browser.newContext({ viewport: { width: 440, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const requested = new Set<string>();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.fulfill({ status: 200, contentType: 'text/javascript', body: url.pathname.endsWith('/office.js') ? OFFICE_STUB : '' });
      if (url.pathname.endsWith('.js')) requested.add(decodeURIComponent(url.pathname).slice(1));
      await serveBuilt(route, dist);
    });
    await page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: 'networkidle' });
    // The first screen drawn (the template cards), then whatever the page still fetches by itself.
    await page.locator('[data-template]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const firstScreen = await page.locator('main').innerText();
    const scripts = [...requested].map((name) => {
      const body = readFileSync(path.join(dist, name));
      return { name, bytes: body.length, gzipped: gzipSync(body).length, text: body.toString('utf8') };
    });
    return { scripts: scripts.sort((a, b) => b.gzipped - a.gzipped), firstScreen };
  } finally {
    await context.close();
  }
}

/** The total of the scripts, in KB gzipped. */
export const totalKb = (scripts: readonly Script[]): number => scripts.reduce((n, s) => n + s.gzipped, 0) / 1000;
