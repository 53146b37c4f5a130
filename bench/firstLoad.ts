// The task pane's first load, request by request: the production build served to headless Chromium
// (Debian's, driven by playwright-core), opened in a plain browser, as test/e2e/firstLoad.ts
// measures it: every script of the project's own that the page requests before anyone acts,
// gzipped, Office.js not counted. Against Microsoft's React task pane template's initial
// JavaScript (165.5 KB gzipped) and the goal (165 KB), which test/e2e/firstLoad.test.ts holds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium } from '../test/e2e/built';
import { productionBuild } from '../test/support/addinBuild';
import { FIRST_LOAD_BUDGET_KB, TEMPLATE_KB, firstLoad, totalKb } from '../test/e2e/firstLoad';
import { hasChromium } from '../test/support/programs';
import { fmt } from './measure';

export async function firstLoadBench(): Promise<void> {
  if (!hasChromium()) {
    console.log(`\ntask pane first load: no Chromium at ${CHROMIUM}`);
    return;
  }
  const dist = await productionBuild();
  const browser = await launchChromium();
  try {
    const { scripts } = await firstLoad(browser, dist);
    const total = totalKb(scripts);
    console.log(`\ntask pane first load in a plain browser (headless Chromium, scripts the page requested before any action):`);
    for (const s of scripts) console.log(`  ${s.name.padEnd(32)} ${fmt(s.bytes / 1000, 1).padStart(7)} KB, ${fmt(s.gzipped / 1000, 1).padStart(6)} KB gzipped`);
    console.log(`  total ${fmt(total, 1)} KB gzipped = ${fmt(total / TEMPLATE_KB, 2)}× Microsoft's React task pane template (${TEMPLATE_KB} KB); goal ${FIRST_LOAD_BUDGET_KB} KB`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await firstLoadBench();
