/**
 * The page's 汇总 as a user works it, for the browser test, the benchmark and the screenshots: open
 * the view, drop files on its drop zone (a drop event carrying a DataTransfer of Files, as the
 * browser fires it for files dragged from the desktop), and wait for the round's results.
 */
import type { Page } from 'playwright-core';
import { zhCN } from '../../src/i18n/zh-CN';
import { ROUND_WORDS } from '../../src/taskpane/roundWords';
import { navButton } from './built';

export const WORDS = ROUND_WORDS.zh;

/** Sets the date the documents are read on, in 设置. */
export async function settingsAsOf(page: Page, asOf: string): Promise<void> {
  await navButton(page, zhCN.navSettings).click();
  await page.getByLabel(zhCN.settingsAsOf).fill(asOf);
}

/** Opens 汇总 from the pane's navigation and waits for its drop zone. */
export async function openRound(page: Page): Promise<void> {
  await page.getByRole('navigation').waitFor({ timeout: 60_000 });
  await navButton(page, zhCN.navRound).click();
  await page.getByTestId('round-drop').waitFor({ timeout: 60_000 });
}

/** Drops the files on the drop zone; resolves once the drop event has been dispatched. */
export async function dropFiles(page: Page, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    b64: Buffer.from(f.bytes).toString('base64'),
  }));
  await page.getByTestId('round-drop').evaluate((zone, list: { name: string; b64: string }[]) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    zone.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: dt,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, payload);
}

/** Waits for the round's results: the 报送情况 table on screen. */
export async function roundDone(page: Page, timeout = 120_000): Promise<void> {
  await page.getByRole('table', { name: WORDS.statusHeading }).waitFor({ timeout });
}
