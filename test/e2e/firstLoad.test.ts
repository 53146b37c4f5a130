/**
 * The pane's first load in a plain browser, from the production build (test/e2e/firstLoad.ts): what
 * the page fetches before anyone acts stays within the goal of issue 12 (165 KB gzipped, Microsoft's
 * React task pane template's initial JavaScript), and the first screen still shows every template.
 * Bytes are counted, never time (`npm run bench` prints the same figures request by request).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n';
import { SEEDS } from '../../src/rules/data/seeds';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { hasChromium, skipWithout } from '../support/programs';
import { CHROMIUM, launchChromium } from './built';
import { productionBuild } from '../support/addinBuild';
import { FIRST_LOAD_BUDGET_KB, firstLoad, totalKb, type Script } from './firstLoad';

// Under CI a missing browser is not skipped (programs.ts).
const skip = skipWithout(hasChromium());
if (skip) console.warn(`test/e2e/firstLoad.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let browser: Browser;
let dist = '';
let scripts: Script[] = [];
let firstScreen = '';

describe.skipIf(skip)('the task pane’s first load in a plain browser', () => {
  beforeAll(async () => {
    const ready = await Promise.allSettled([launchChromium(), productionBuild()]);
    if (ready[0].status === 'fulfilled') browser = ready[0].value;
    if (ready[1].status === 'fulfilled') dist = ready[1].value;
    const failed = ready.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    ({ scripts, firstScreen } = await firstLoad(browser, dist));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it(`fetches at most ${FIRST_LOAD_BUDGET_KB} KB of the project’s own scripts, gzipped, before anyone acts`, () => {
    const listed = scripts.map((s) => `${s.name} ${(s.gzipped / 1000).toFixed(1)} KB`).join(', ');
    expect(scripts.some((s) => s.name.startsWith('taskpane.')), listed).toBe(true);
    expect(totalKb(scripts), listed).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });

  it('shows every template on the first screen, with what it is for and its document, in the city groups', () => {
    const zh = MESSAGES.zh;
    for (const e of TEMPLATES) {
      expect(firstScreen, e.id).toContain(e.title);
      // A budget is made portable in the browser: its 依据 line is the portable form's, not the CARE form's CARE.SOURCE.
      expect(firstScreen, e.id).toContain(e.serves ? zh.portableBasis : buildTemplate(e.id).basis);
    }
    for (const purpose of [zh.purposeCounty, zh.purposeIndicators, zh.purposeReference, zh.purposeBudget]) expect(firstScreen).toContain(purpose);
    expect(firstScreen).toContain(zh.download);
  });

  it('fetches none of the views only Excel offers, nor the templates or the .xlsx writer, before anyone acts', () => {
    const names = scripts.map((s) => s.name);
    expect(names.filter((n) => /^(check|overview|explain|excel-ops|templates|xlsx-write|xlsx-check)\./u.test(n))).toEqual([]);
    // Each of them is in the build, as its own chunk.
    for (const chunk of ['check', 'overview', 'explain', 'excel-ops', 'templates', 'xlsx-write']) expect(readdirSync(dist).some((f) => f.startsWith(`${chunk}.`)), chunk).toBe(true);
  });

  it('loads no seed data for the pane before a template is made: no script fetched carries a parameter’s note', () => {
    // functions.js carries the seeds without notes (scripts/build/functionsSeeds.ts); the templates' chunk carries them whole.
    const note = SEEDS.flatMap((s) => s.parameters).find((p) => p.note)!.note!.zh;
    expect(scripts.filter((s) => s.text.includes(note)).map((s) => s.name)).toEqual([]);
    // The build has it, in what loads when a card makes its sheet.
    expect(readdirSync(dist).filter((f) => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes(note))).not.toEqual([]);
  });
});
