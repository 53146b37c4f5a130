// 汇总 in the page: drop-to-results for one return and for twenty, in headless Chromium (Debian's,
// driven by playwright-core) on the page build (`webpack --env page`, as `npm start` serves it). A run
// is timed in the page, from the drop event to the 报送情况 table on screen: reading each file in the
// worker, merging, writing the city workbook and the findings workbook, and drawing the results.
// Each run is a fresh page (the worker and its chunks load again, as for a user's first drop); the
// one-file and twenty-file runs alternate, and the medians are compared in one run.
// The page build is the one the tests share (test/support/addinBuild.ts); CAREPLAN_PAGE_DIR=page
// uses npm start's page/ instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, ORIGIN, launchChromium, serveBuilt } from '../test/e2e/built';
import { productionBuild } from '../test/support/addinBuild';
import { dropFiles, openRound, roundDone } from '../test/e2e/roundPage';
import { hasChromium } from '../test/support/programs';
import { roundFiles } from '../test/support/round';
import { fmt } from './measure';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function roundPageBench(): Promise<void> {
  if (!hasChromium()) {
    console.log(`\n汇总 in the page: no Chromium at ${CHROMIUM}`);
    return;
  }
  const own = process.env.CAREPLAN_PAGE_DIR;
  const dist = own ? path.resolve(own) : await productionBuild('page');
  const browser = await launchChromium();
  try {
    const twenty = await roundFiles();
    const one = twenty.slice(0, 1);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', serviceWorkers: 'block' });
    await context.route('**/*', (r) => serveBuilt(r, dist).then(() => undefined));
    const time = async (files: typeof twenty): Promise<number> => {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/taskpane.html`);
      await openRound(page);
      await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()));
      await dropFiles(page, files);
      await roundDone(page);
      const ms = await page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0);
      await page.close();
      return ms;
    };
    const times = { one: [] as number[], twenty: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.one.push(await time(one));
      times.twenty.push(await time(twenty));
    }
    const [a, b] = [median(times.one), median(times.twenty)];
    console.log(`\n汇总 in the page, drop to results (headless Chromium, worker, medians of ${RUNS} alternating runs, each in a fresh page):`);
    console.log(`  1 return ${fmt(a, 0)} ms; 20 returns ${fmt(b, 0)} ms; 20 ÷ 1 = ${fmt(b / a, 2)}×; each return past the first ${fmt((b - a) / 19, 0)} ms (the rest is the worker, its chunks and writing the city workbook)`);
    console.log(`  runs: 1 → ${times.one.map((t) => fmt(t, 0)).join(', ')} ms; 20 → ${times.twenty.map((t) => fmt(t, 0)).join(', ')} ms`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await roundPageBench();
