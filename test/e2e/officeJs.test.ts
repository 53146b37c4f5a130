/**
 * The built page and Office.js on an intranet, built with `--env officeJs=bundled`: it loads the real office.js of the @microsoft/office-js package from its
 * own host, which outside Office finds no host (office.debug.js: the isPlainBrowser branch) and lets
 * the pane go on, and no request leaves the host. (A page whose Office.js address never answers is
 * tested in pane.test.ts, on that file's build with the CDN address.)
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { hasChromium, skipWithout } from '../support/programs';
import { CHROMIUM, ORIGIN, launchChromium, navButton, visit } from './built';
import { productionBuild } from '../support/addinBuild';

// Under CI a missing browser is not skipped (programs.ts).
const skip = skipWithout(hasChromium());
if (skip) console.warn(`test/e2e/officeJs.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);


let browser: Browser;
let bundledBuild = '';



describe.skipIf(skip)('Office.js on an intranet, the built page in Chromium', () => {
  beforeAll(async () => {
    const ready = await Promise.allSettled([launchChromium(), productionBuild('officeJs=bundled')]);
    if (ready[0].status === 'fulfilled') browser = ready[0].value;
    if (ready[1].status === 'fulfilled') bundledBuild = ready[1].value;
    const failed = ready.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('built with officeJs=bundled: the package’s own office.js, served by the host, finds no Office host, and the pane goes on with nothing fetched off the host', async () => {
    const v = await visit(browser, bundledBuild, 'refuse');
    await v.page.goto(`${ORIGIN}/taskpane.html`);
    await navButton(v.page, zhCN.navFile).waitFor();
    // The real Office.js: Office.onReady answers outside Office with no host.
    expect(await v.page.evaluate(async () => (await (window as unknown as { Office: { onReady(): Promise<{ host: unknown }> } }).Office.onReady()).host)).toBeNull();
    expect(await v.page.locator('script[data-office-js]').getAttribute('src')).toBe('office-js/office.js');
    expect(await v.page.getByText(/Office\.js/u).count()).toBe(0);
    await v.page.waitForLoadState('networkidle');
    expect(v.offHost).toEqual([]);
    expect(v.missing).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.page.context().close();
  }, 60_000);

  it('built with officeJs=bundled: copies the Excel runtime files, not the whole package', () => {
    const folder = path.join(bundledBuild, 'office-js');
    const top = readdirSync(folder);
    expect(top).toContain('office.js');
    expect(top).toContain('excel-win32-16.01.js');
    expect(top).toContain('excel-web-16.00.js');
    expect(existsSync(path.join(folder, 'zh-cn/office_strings.js'))).toBe(true);
    expect(top.filter((f) => f.endsWith('.debug.js') || /^(word|outlook|powerpoint|onenote|project|access)/u.test(f))).toEqual([]);
  });
});
