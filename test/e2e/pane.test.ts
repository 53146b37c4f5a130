/**
 * The BUILT task pane, end to end: the production build served to headless Chromium (Debian's,
 * driven by playwright-core; nothing downloads a browser) with Office.js replaced by the adapter
 * tests' own workbook model (inPageExcel.ts). The test works the pane as a user would, by role and
 * accessible name: it inserts 赣州's bed table, types figures, checks the sheet, goes to a
 * finding, explains a CARE formula of a budget sheet, switches language and clears the marks, and
 * reads back from the mock what the pane did to the workbook. axe-core runs on the pane with its
 * findings shown, in Chinese and in English, and the screenshots go to test-artifacts/ and
 * docs/screenshots/. The pane may fetch nothing but its own files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Axe from 'axe-core';
import { build } from 'esbuild';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, parseCareCall } from '../../src/catalog/explain';
import type { Finding, Severity } from '../../src/check/finding';
import { argumentOf } from '../../src/excel/explainCell';
import { lookOf, severityFill } from '../../src/excel/look';
import { markText, withUserNote, worstOf } from '../../src/check/markText';
import { enUS } from '../../src/i18n/en-US';
import { zhCN } from '../../src/i18n/zh-CN';
import { allocation } from '../../src/rules/plans/allocation';
import { buildTemplate, findTemplate } from '../../src/templates';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import { inputCell, setup, templateCalc } from '../excel/mock/fixtures';
import { annotateCopy, marksOf } from '../../src/xlsx/annotate';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { notXlsx } from '../../src/xlsx/errors';
import { duplicatedRows, templateBytes } from '../support/workbooks';
import { hasChromium, skipWithout } from '../support/programs';
import { OFFICE_JS_TIMEOUT_MS } from '../../src/taskpane/office';
import { CHROMIUM, OFFICE_JS_CDN, ORIGIN, launchChromium, navButton, root, serveBuilt, visit } from './built';
import { productionBuild } from '../support/addinBuild';
import type { CellFormats } from './inPageExcel';

const require = createRequire(import.meta.url);

// Under CI a missing browser is not skipped: beforeAll throws and every test fails.
const skip = skipWithout(hasChromium());
if (skip) console.warn(`test/e2e/pane.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const ARTIFACTS = path.join(root, 'test-artifacts/screenshots');
const DOCS = path.join(root, 'docs/screenshots');
const AS_OF = '2024-01-01';
/** The page's <title> (src/taskpane/taskpane.html). */
const PAGE_TITLE = 'careplan 养老托育政策工具';
const STEP = 60_000;
/** expect.poll waits 1 s by default; CI has two cores. */
const POLL = { timeout: 15_000, interval: 100 };


// What the user does, worked out from the templates and the document's figures in Node.
const BEDS = buildTemplate('gz-beds');
const BEDS_LAYOUT = layout(BEDS);
const BEDS_TITLE = findTemplate('gz-beds').title;
const BUDGET = buildTemplate('budget-eldercare', { asOf: AS_OF });
const BUDGET_LAYOUT = layout(BUDGET);
const BUDGET_TITLE = findTemplate('budget-eldercare').title;
const MEASURE = '新增改造床位';
const YEARS = [2021, 2022, 2023] as const;
const task = (county: string, year: number): number => allocation({ city: '赣州', county, measure: MEASURE, year }).value;
const doneHeader = (year: number) => `${year}年实际新增改造（张）`;
/** 于都县 does each year's task; 兴国县 falls 50 short in 2022 and never makes it up. */
const SHORT = 50;
const FIGURES: { county: string; year: number; value: number }[] = [
  ...YEARS.map((year) => ({ county: '于都县', year, value: task('于都县', year) })),
  ...YEARS.map((year) => ({ county: '兴国县', year, value: task('兴国县', year) - (year === 2022 ? SHORT : 0) })),
];
const at = (l: Layout, f: (p: PlacedCell) => boolean): PlacedCell => {
  const p = l.cells.find(f);
  if (!p) throw new Error('no such cell in the layout');
  return p;
};
const targetCell = (county: string, year: number) => at(BEDS_LAYOUT, (p) => p.kind === 'target' && p.row?.county === county && p.column?.year === year);
const doneCell = (county: string, year: number) => inputCell(BEDS_LAYOUT, county, doneHeader(year)).address;
/** 兴国县's completion rate as the 通报 counts it: the three years' tasks less the 50 short, over the tasks. */
const XINGGUO_OWED = YEARS.reduce((sum, y) => sum + task('兴国县', y), 0);
const XINGGUO_RATE = `${(((XINGGUO_OWED - SHORT) / XINGGUO_OWED) * 100).toFixed(1)}%`;

/** The adapter's own check of the same sheet with the same figures, on the same mock in Node: what the pane must show and mark. */
async function expectedCheck(): Promise<Finding[]> {
  const s = setup();
  s.book.calc = templateCalc([BEDS]);
  await s.ops.insertTemplate(BEDS);
  const sheet = s.book.sheet(BEDS.sheet)!;
  for (const f of FIGURES) {
    const p = inputCell(BEDS_LAYOUT, f.county, doneHeader(f.year));
    sheet.write(p.r, p.c, f.value);
  }
  return (await s.ops.checkActiveSheet(AS_OF)).report.findings;
}

/** A finding's heading as the pane writes it (Findings.tsx): cell · county · measure · year. */
const headOf = (f: Finding, yearWord: (y: number) => string): string =>
  [f.cell, f.county, f.measure, f.year === null ? null : yearWord(f.year)].filter((x): x is string => x !== null && x !== '').join(' · ');

let browser: Browser;
let page: Page;
let dist = '';
let expected: Finding[] = [];
const blocked: string[] = [];
const missing: string[] = [];
const pageErrors: string[] = [];
/** The bed table's name as inserted, and its cells and notes as they were before the check. */
let bedsSheet = '';
let before: { cells: Record<string, CellFormats>; notes: Record<string, string> };

/** Runs `f` in the page (where window.careplanExcel is the workbook) with a serialisable argument. */
const excel = <T, A>(f: (arg: A) => T | Promise<T>, arg: A): Promise<T> => page.evaluate(f as (arg: unknown) => T | Promise<T>, arg as unknown);
const nav = (name: string): Locator => page.getByRole('navigation').getByRole('button', { name, exact: true });
const card = (title: string): Locator => page.getByRole('listitem', { name: title, exact: true });
const findingButtons = (severityName: string, words: typeof zhCN): Locator => page.getByRole('list', { name: words.findingsLabel(severityName), exact: true }).getByRole('button');
const findingItem = (cell: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('button', { name: new RegExp(`^${cell} · `, 'u') }) });

/** Serious and critical axe-core violations of the page as it stands. */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof Axe }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(' ')}`);
}

/**
 * The pane as it stands, into test-artifacts/screenshots/ (and, with UPDATE_SCREENSHOTS=1, copied to
 * docs/screenshots/ for the release note): the pane's height from `top` (a heading scrolled to the top; else the pane's own
 * top), and the whole page as NAME-full.png in the artifacts.
 */
async function screenshot(name: string, top?: Locator): Promise<void> {
  // The pointer off the pane, so that no control shows as hovered.
  await page.mouse.move(page.viewportSize()!.width - 1, page.viewportSize()!.height - 1);
  await page.screenshot({ path: path.join(ARTIFACTS, name.replace(/\.png$/u, '-full.png')), fullPage: true });
  if (top) await top.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  // The committed copies change only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
  if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(file, path.join(DOCS, name));
}


/** inPageExcel.ts for the browser; office-addin-manifest (Node only) stands in with the one enum office-addin-mock reads. */
async function inPageExcel(): Promise<string> {
  const r = await build({
    entryPoints: [path.join(root, 'test/e2e/inPageExcel.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    logLevel: 'silent',
    plugins: [
      {
        name: 'office-addin-manifest-stub',
        setup(b) {
          b.onResolve({ filter: /^office-addin-manifest$/ }, () => ({ path: 'office-addin-manifest', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: "export const OfficeApp = { Excel: 'excel', Word: 'word', PowerPoint: 'powerpoint', Outlook: 'outlook', OneNote: 'onenote', Project: 'project' };",
            loader: 'js',
          }));
        },
      },
    ],
  });
  return r.outputFiles[0]!.text;
}

const TITLE = 'the built task pane in Chromium, on an in-page Excel';
describe.skipIf(skip)(skip ? `${TITLE} (skipped: no Chromium at ${CHROMIUM}; apt-get install -y chromium)` : TITLE, () => {
  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM}, which CI must have (.ci/run installs Debian's chromium)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(DOCS, { recursive: true });
    const launch = launchChromium();
    // Built, bundled and launched side by side; a browser launched for a setup that failed is closed.
    const ready = await Promise.allSettled([inPageExcel(), launch, expectedCheck(), productionBuild()]);
    if (ready[1].status === 'fulfilled') browser = ready[1].value;
    if (ready[3].status === 'fulfilled') dist = ready[3].value;
    const failed = ready.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const officeJs = (ready[0] as PromiseFulfilledResult<string>).value;
    expected = (ready[2] as PromiseFulfilledResult<Finding[]>).value;
    // A task pane's size, and a light scheme whatever the machine's.
    const context = await browser.newContext({ viewport: { width: 440, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', locale: 'zh-CN', serviceWorkers: 'block' });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.href === OFFICE_JS_CDN) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
      if (url.origin === ORIGIN) {
        if (!(await serveBuilt(route, dist))) missing.push(url.href);
        return;
      }
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens in Excel with the pane’s views, and takes the as-of date in the settings', async () => {
    await page.goto(`${ORIGIN}/taskpane.html`);
    for (const v of [zhCN.navTemplates, zhCN.navCheck, zhCN.navExplain, zhCN.navSettings]) await nav(v).waitFor();
    // In Excel: no "open in a browser" notice, no file check, no round (the page's 汇总).
    expect(await page.getByText(zhCN.noExcel).count()).toBe(0);
    expect(await nav(zhCN.navFile).count()).toBe(0);
    expect(await nav(zhCN.navRound).count()).toBe(0);

    await nav(zhCN.navSettings).click();
    await page.getByLabel(zhCN.settingsAsOf, { exact: true }).fill(AS_OF);
    await expect.poll(() => excel((key) => window.careplanExcel.setting(key), 'careplan.settings'), POLL).toBe(JSON.stringify({ city: 'ganzhou', asOf: AS_OF, lang: 'zh' }));
  }, STEP);

  it('inserts 赣州’s bed table for the whole city, with the document’s figures and careplan’s formats', async () => {
    await nav(zhCN.navTemplates).click();
    const beds = card(BEDS_TITLE);
    await beds.getByRole('combobox', { name: zhCN.countyPicker }).selectOption({ label: zhCN.wholeCity });
    await beds.getByRole('button', { name: zhCN.insertLabel(BEDS_TITLE), exact: true }).click();
    await beds.getByRole('status').getByText(zhCN.inserted(BEDS.sheet), { exact: true }).waitFor();
    bedsSheet = BEDS.sheet;

    expect(await excel(() => window.careplanExcel.sheets(), null)).toContain(bedsSheet);
    // 于都县's 2023 task, as the document's table gives it (allocation()), in its cell.
    const yudu2023 = targetCell('于都县', 2023);
    expect(yudu2023.value).toBe(task('于都县', 2023));
    expect((await excel(([a, s]) => window.careplanExcel.cell(a, s), [yudu2023.address, bedsSheet] as const)).value).toBe(task('于都县', 2023));

    // Every cell of the layout: its value or formula, and careplan's fill (grey figures, yellow inputs, blue formulas).
    const sheet = await excel((s) => window.careplanExcel.formats(s), bedsSheet);
    for (const p of BEDS_LAYOUT.cells) {
      const cell = sheet.cells[p.address];
      expect(cell, p.address).toBeDefined();
      if (p.formula !== undefined) expect(cell!.formula, p.address).toBe(`=${p.formula}`);
      else expect(cell!.value, p.address).toBe(p.value);
      expect(cell!.fill.color, `fill of ${p.address} (${p.kind})`).toBe(lookOf(p).fill);
    }
    expect(sheet.notes).toEqual({});
    // Protected, with the inputs open and room to mark findings.
    const protection = await excel((s) => window.careplanExcel.protection(s), bedsSheet);
    expect(protection.protected).toBe(true);
    expect(protection.options).toMatchObject({ allowFormatCells: true, allowEditObjects: true });
  }, STEP);

  it('takes the counties’ figures typed into their cells', async () => {
    for (const f of FIGURES) await excel(([a, v, s]) => window.careplanExcel.type(a, v, s), [doneCell(f.county, f.year), f.value, bedsSheet] as const);
    // A figure of the document cannot be typed over.
    await expect(excel(([a, s]) => window.careplanExcel.type(a, 1, s), [targetCell('兴国县', 2022).address, bedsSheet] as const)).rejects.toThrow(/locked/u);
    before = await excel((s) => window.careplanExcel.formats(s), bedsSheet);
    for (const f of FIGURES) expect(before.cells[doneCell(f.county, f.year)]?.value).toBe(f.value);
  }, STEP);

  it('checks the sheet: 兴国县’s shortfall with its figures and clause, the counties’ progress, and marks at exactly the findings’ cells', async () => {
    await nav(zhCN.navCheck).click();
    await page.getByText(zhCN.asOfLine(AS_OF, false), { exact: true }).waitFor();
    await page.getByRole('button', { name: zhCN.checkLabel, exact: true }).click();
    const count = (s: Severity) => expected.filter((f) => f.severity === s).length;
    const summary = `${zhCN.summary(bedsSheet, count('error'), count('warning'), count('info'))} ${zhCN.marked(new Set(expected.map((f) => f.cell)).size)}`;
    await page.getByRole('status').getByText(summary).waitFor();

    // The errors are 兴国县's, from 2022 on: what the tasks add up to, what was done, the gap, the clause.
    const errors = expected.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.county, f.year, f.cell])).toEqual([
      ['兴国县', 2022, doneCell('兴国县', 2022)],
      ['兴国县', 2023, doneCell('兴国县', 2023)],
    ]);
    await page.getByRole('heading', { name: zhCN.severityHeading(zhCN.severity.error, 2), exact: true }).waitFor();
    expect(await findingButtons(zhCN.severity.error, zhCN).allInnerTexts()).toEqual(errors.map((f) => headOf(f, zhCN.yearWord)));
    const owed2022 = task('兴国县', 2021) + task('兴国县', 2022);
    const item2022 = await findingItem(doneCell('兴国县', 2022)).innerText();
    expect(item2022).toContain(`${zhCN.expectedActual(String(owed2022), String(owed2022 - SHORT))} · ${zhCN.gap(String(SHORT))}`);
    expect(item2022).toContain(errors[0]!.message.zh);
    expect(item2022).toContain(`${zhCN.clause}${errors[0]!.citation!.document}`);
    expect(item2022).toContain(errors[0]!.citation!.quote);
    expect(errors[0]!.citation!.document).toBe('赣市府字〔2022〕94号');

    // Every finding the adapter gives, in the pane, by severity; none for 于都县, which did its tasks.
    for (const s of ['error', 'warning', 'info'] as const) {
      expect(await findingButtons(zhCN.severity[s], zhCN).allInnerTexts(), s).toEqual(expected.filter((f) => f.severity === s).map((f) => headOf(f, zhCN.yearWord)));
    }
    expect(expected.some((f) => f.county === '于都县')).toBe(false);

    // Each county's completion rate of the bed task due (2021–2023, as the 通报 counts it): 于都县 did
    // every task; 兴国县 is 50 short of the three years' tasks, and named as behind.
    await page.getByRole('heading', { name: zhCN.overviewTitle, exact: true }).waitFor();
    const beds = page.getByRole('region', { name: '新增改造床位', exact: true });
    await beds.getByRole('progressbar', { name: zhCN.overviewBar('于都县', '100.0%'), exact: true }).waitFor();
    await beds.getByRole('progressbar', { name: zhCN.overviewBar('兴国县', XINGGUO_RATE), exact: true }).waitFor();
    const behind = await beds.getByText(/进度较慢的是/u).innerText();
    expect(behind).toContain('兴国县');
    expect(behind).not.toContain('于都县');

    // The mock: a fill and a note at each finding's cell, and nowhere else.
    const after = await excel((s) => window.careplanExcel.formats(s), bedsSheet);
    const byCell = new Map<string, Finding[]>();
    for (const f of expected) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
    const changed = Object.keys(after.cells).filter((a) => JSON.stringify(after.cells[a]!.fill) !== JSON.stringify(before.cells[a]?.fill));
    expect(changed.sort()).toEqual([...byCell.keys()].sort());
    expect(Object.keys(after.notes).sort()).toEqual([...byCell.keys()].sort());
    for (const [cell, findings] of byCell) {
      expect(after.cells[cell]!.fill.color, cell).toBe(severityFill(worstOf(findings)));
      expect(after.notes[cell], cell).toBe(withUserNote(null, markText(findings)));
    }
    for (const a of Object.keys(before.cells)) expect([after.cells[a]?.value, after.cells[a]?.formula], a).toEqual([before.cells[a]!.value, before.cells[a]!.formula]);
  }, STEP);

  it('goes to a finding’s cell when the finding is clicked', async () => {
    await excel((s) => window.careplanExcel.select('A1', s), bedsSheet);
    const cell = doneCell('兴国县', 2022);
    await findingButtons(zhCN.severity.error, zhCN).filter({ hasText: new RegExp(`^${cell} · `, 'u') }).click();
    await expect.poll(() => excel(() => window.careplanExcel.selected(), null), POLL).toEqual({ sheet: bedsSheet, cell });
  }, STEP);

  it('has no serious or critical accessibility violation with the findings shown, in Chinese', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await axeViolations()).toEqual([]);
    // The status line and the progress come first; the screenshot shows the errors.
    await screenshot('pane-zh.png', page.getByRole('heading', { name: zhCN.severityHeading(zhCN.severity.error, 2), exact: true }));
  }, STEP);

  it('switches to English, with the findings in English, and no serious or critical violation there either', async () => {
    await page.getByRole('button', { name: zhCN.switchToLabel, exact: true }).click();
    await page.getByRole('button', { name: enUS.checkLabel, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    for (const v of [enUS.navTemplates, enUS.navCheck, enUS.navExplain, enUS.navSettings]) await nav(v).waitFor();
    await page.getByRole('heading', { name: enUS.checkTitle, exact: true }).waitFor();
    await page.getByRole('heading', { name: enUS.severityHeading(enUS.severity.error, 2), exact: true }).waitFor();
    await page.getByRole('heading', { name: enUS.overviewTitle, exact: true }).waitFor();
    await page.getByRole('progressbar', { name: enUS.overviewBar('兴国县', XINGGUO_RATE), exact: true }).waitFor();
    const errors = expected.filter((f) => f.severity === 'error');
    expect(await findingButtons(enUS.severity.error, enUS).allInnerTexts()).toEqual(errors.map((f) => headOf(f, enUS.yearWord)));
    const item = await findingItem(errors[0]!.cell).innerText();
    expect(item).toContain(errors[0]!.message.en);
    expect(item).toContain(enUS.expectedActual(String(errors[0]!.expected), String(errors[0]!.actual)));
    expect(item).toContain(enUS.clause);
    expect(await page.getByText(zhCN.checkTitle, { exact: true }).count()).toBe(0);
    await expect.poll(() => excel((key) => window.careplanExcel.setting(key), 'careplan.settings'), POLL).toContain('"lang":"en"');

    expect(await axeViolations()).toEqual([]);
    await screenshot('pane-en.png', page.getByRole('heading', { name: enUS.severityHeading(enUS.severity.error, 2), exact: true }));

    await page.getByRole('button', { name: enUS.switchToLabel, exact: true }).click();
    await page.getByRole('button', { name: zhCN.checkLabel, exact: true }).waitFor();
  }, STEP);

  it('inserts the budget sheet and explains its CARE formula: the function, its arguments and the clause quoted', async () => {
    await nav(zhCN.navTemplates).click();
    const budget = card(BUDGET_TITLE);
    // The budget card starts from the settings' city and date.
    expect(await budget.getByLabel(zhCN.asOfPicker).inputValue()).toBe(AS_OF);
    // Portable is the default; the CARE form is the one whose formulas the pane explains.
    expect(await budget.getByLabel(zhCN.formPicker).inputValue()).toBe('portable');
    await screenshot('budget-card-zh.png', page.getByRole('heading', { name: BUDGET_TITLE, exact: true }));
    await budget.getByLabel(zhCN.formPicker).selectOption('functions');
    await budget.getByRole('button', { name: zhCN.insertLabel(BUDGET_TITLE), exact: true }).click();
    await budget.getByRole('status').getByText(zhCN.inserted(BUDGET.sheet), { exact: true }).waitFor();
    const sheet = BUDGET.sheet;

    const beds = inputCell(BUDGET_LAYOUT, '新建', '核定护理型床位数（张）');
    const subsidy = at(BUDGET_LAYOUT, (p) => p.kind === 'computed' && p.row?.labels[0] === '新建' && p.column?.header === '建设补贴（元）');
    await excel(([a, s]) => window.careplanExcel.type(a, 50, s), [beds.address, sheet] as const);
    await excel(([a, s]) => window.careplanExcel.select(a, s), [subsidy.address, sheet] as const);

    // What the pane must show, worked out in Node from the cell's formula and the cells it names.
    const shown = await excel(([a, s]) => window.careplanExcel.cell(a, s), [subsidy.address, sheet] as const);
    expect(shown.formula).toBe(`=${subsidy.formula}`);
    const call = parseCareCall(shown.formula!)!;
    const values = await Promise.all(
      call.args.map(async (text) => {
        const arg = argumentOf(text);
        if (arg.kind !== 'ref') return arg.kind === 'value' ? arg.value : arg.text;
        const v = (await excel(([a, s]) => window.careplanExcel.cell(a, s), [arg.address, sheet] as const)).value;
        return v === '' ? null : v;
      }),
    );
    const e = explain(call.fn, call.args, values)!;
    expect(e.fn).toBe('BEDSUBSIDY');
    expect('value' in e.result && e.result.value).toBe(shown.value);
    expect(e.sources.length).toBeGreaterThan(0);

    await nav(zhCN.navExplain).click();
    await page.getByRole('button', { name: zhCN.explain, exact: true }).click();
    const article = page.getByRole('article', { name: `CARE.${e.fn}`, exact: true });
    await article.waitFor();
    await article.getByRole('heading', { name: `CARE.${e.fn}`, exact: true }).waitFor();
    await article.getByText(e.description.zh, { exact: true }).waitFor();
    const table = article.getByRole('table', { name: zhCN.argsHeading, exact: true });
    for (const a of e.args) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: a.name, exact: true }) });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells.slice(0, 2), a.name).toEqual([a.label, a.text]);
    }
    await article.getByText(new RegExp(`^CARE\\.${e.fn} = ${(shown.value as number).toLocaleString('zh-CN')} 元$`, 'u')).waitFor();
    for (const s of e.sources) {
      await article.getByText(s.quote, { exact: true }).waitFor();
      await article.getByText(`${s.document}《${s.title}》`, { exact: true }).waitFor();
    }
    await screenshot('explain-zh.png');
  }, STEP);

  it('clears the marks on the checked sheet: every cell’s fill and note as before the check', async () => {
    await excel((s) => window.careplanExcel.activate(s), bedsSheet);
    await nav(zhCN.navCheck).click();
    await page.getByRole('button', { name: zhCN.clearMarks, exact: true }).click();
    await page.getByRole('status').getByText(zhCN.cleared(new Set(expected.map((f) => f.cell)).size), { exact: true }).waitFor();
    expect(await findingButtons(zhCN.severity.error, zhCN).count()).toBe(0);

    const after = await excel((s) => window.careplanExcel.formats(s), bedsSheet);
    for (const a of new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])) {
      const was = before.cells[a];
      const now = after.cells[a];
      expect({ fill: now?.fill, note: after.notes[a], value: now?.value, formula: now?.formula }, a).toEqual({ fill: was?.fill, note: before.notes[a], value: was?.value, formula: was?.formula });
    }
    expect(after.notes).toEqual(before.notes);
  }, STEP);

  it('CARE functions bound before CustomFunctions.Error arrived give #N/A (not in policy) and #VALUE! (bad argument), each with its message in both languages', async () => {
    await page.waitForFunction(() => {
      const f = window.careplanExcel.functionsState();
      return f.bound > 0 && f.errorArrived;
    });
    // 抚州 has no construction subsidy per bed (FUNCTIONS.md, BEDSUBSIDY); 胡说 is no build type.
    const notInPolicy = await page.evaluate(() => window.careplanExcel.callFunction('BEDSUBSIDY', ['抚州', 10, '新建']));
    const bad = await page.evaluate(() => window.careplanExcel.callFunction('BEDSUBSIDY', ['赣州', 10, '胡说']));
    for (const [r, code] of [[notInPolicy, '#N/A'], [bad, '#VALUE!']] as const) {
      expect(r).toMatchObject({ error: { code } });
      const message = (r as { error: { message: string } }).error.message;
      expect(message).toMatch(/\p{Script=Han}/u);
      expect(message).toMatch(/[A-Za-z]{3,}/u);
    }
  });

  it('shows its title, the browser’s features and the address it waits for while Microsoft’s CDN never answers', async () => {
    const v = await visit(browser, dist, 'stall');
    // The load event waits for the stalled script; the page must not.
    await v.page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: 'domcontentloaded' });
    // Well before the pane gives up on Office.js (OFFICE_JS_TIMEOUT_MS), with the request still unanswered.
    for (const name of [zhCN.navTemplates, zhCN.navFile, zhCN.navSettings]) await navButton(v.page, name).waitFor({ timeout: OFFICE_JS_TIMEOUT_MS / 2 });
    // What proves the page does not wait for Office.js, whatever the machine's load (the time it takes
    // is measured in bench/officeJsStall.ts, not asserted): the features are on screen while the one
    // request is still unanswered, the document has not reached its load event (which waits for
    // the async script), and the browser has already painted content.
    expect(v.stalled).toHaveLength(1);
    const state = await v.page.evaluate(() => ({ readyState: document.readyState, painted: performance.getEntriesByName('first-contentful-paint').length }));
    expect(state).toEqual({ readyState: 'interactive', painted: 1 });
    expect(await v.page.title()).toBe(PAGE_TITLE);
    expect(await v.page.getByText(zhCN.officeJsWaiting(OFFICE_JS_CDN), { exact: true }).count()).toBe(1);
    expect(v.offHost).toEqual([OFFICE_JS_CDN]);
    expect(v.stalled).toHaveLength(1);
    expect(v.errors).toEqual([]);
    await v.page.context().close();
  }, 60_000);

  it('says which address failed when the network refuses Office.js, and still offers the browser’s features', async () => {
    const v = await visit(browser, dist, 'refuse');
    await v.page.goto(`${ORIGIN}/taskpane.html`);
    await v.page.getByText(zhCN.officeJsFailed(OFFICE_JS_CDN, false), { exact: true }).waitFor();
    await navButton(v.page, zhCN.navFile).waitFor();
    expect(v.errors).toEqual([]);
    await v.page.context().close();
  }, 60_000);

  it('outside Excel, checks picked files in a worker started only on the pick: the tab answers while it works, 取消 ends it, a bad file is the reader’s line and the marked copy downloads as 原名-核查.xlsx', async () => {
    const v = await visit(browser, dist, 'refuse');
    const asked: string[] = [];
    v.page.on('request', (r) => asked.push(r.url()));
    await v.page.goto(`${ORIGIN}/taskpane.html`);
    await navButton(v.page, zhCN.navFile).click();
    const input = v.page.getByLabel(zhCN.filePicker);
    await input.waitFor();
    expect(v.page.workers()).toHaveLength(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'careplan-file-'));
    const filled = await templateBytes('gz-beds', [{ row: '于都县', header: doneHeader(2021), value: 1 }]);
    const long = path.join(dir, 'dup.xlsx');
    writeFileSync(long, duplicatedRows(filled, 199_000));
    await input.setInputFiles(long);
    const cancel = v.page.getByRole('button', { name: zhCN.fileCancel, exact: true });
    await cancel.waitFor();
    // The worker's script was fetched on the pick, and the page runs its own script while it works.
    expect(asked.filter((u) => /careplan-file\.[0-9a-f]+\.js$/u.test(u))).toHaveLength(1);
    expect(await v.page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(true);
    await expect.poll(() => v.page.workers().length, POLL).toBe(1);
    await v.page.screenshot({ path: path.join(ARTIFACTS, 'file-checking.png') });
    await cancel.click();
    await v.page.getByText(zhCN.fileCancelled('dup.xlsx'), { exact: true }).waitFor();
    await expect.poll(() => v.page.workers().length, POLL).toBe(0);
    await v.page.screenshot({ path: path.join(ARTIFACTS, 'file-cancelled.png') });

    const good = path.join(dir, '赣州床位.xlsx');
    const bad = path.join(dir, '名单.xlsx');
    writeFileSync(good, filled);
    writeFileSync(bad, '名称,数量\n于都县,1\n');
    await input.setInputFiles([good, bad]);
    await v.page.getByRole('alert').filter({ hasText: zhCN.fileFailed('名单.xlsx') + notXlsx().zh }).waitFor();
    await v.page.getByRole('button', { name: zhCN.fileMakeCopyLabel('赣州床位-核查.xlsx') }).click();
    const link = v.page.getByRole('link', { name: zhCN.downloadReady('赣州床位-核查.xlsx') });
    const [download] = await Promise.all([v.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('赣州床位-核查.xlsx');
    const copy = path.join(dir, 'copy.xlsx');
    await download.saveAs(copy);
    // The command line's copy of the same file, checked on the page's date (today, no as-of set).
    const today = await v.page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(new Uint8Array(readFileSync(copy))).toEqual(annotateCopy(filled, marksOf(checkBytes(filled, today))));
    await v.page.screenshot({ path: path.join(ARTIFACTS, 'file-copy.png') });
    expect(v.errors).toEqual([]);
    await v.page.context().close();
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('fetched nothing but its own files, and raised no error', () => {
    expect(blocked).toEqual([]);
    expect(missing).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
