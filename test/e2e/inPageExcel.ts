/**
 * Excel inside the test page: the same workbook model the adapter's tests use (cells with values,
 * formulas, formats, fills, notes, comments, protection, settings), bundled for the browser and
 * installed as the Office and Excel globals in place of Office.js. The end-to-end test drives it
 * through `window.careplanExcel`: it types figures into cells, selects a cell and reads back what
 * the pane left on the sheet.
 */
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { a1, parseA1 } from '../../src/check/grid';
import { FakeBook, type FakeCell, type FakeFill, type FakeSheet } from '../excel/mock/book';
import { templateCalc } from '../excel/mock/fixtures';
import { PROFILES, has } from '../excel/mock/profiles';
import { MockExcel } from '../excel/mock/proxies';
import { ExcelError, invocation, lateRuntime } from '../functions/fakeRuntime';

// tracked.ts lets a sync's promises settle with Node's setImmediate; a page has none. A macrotask
// does the same (called only at context.sync(), after this module has run).
const immediate = globalThis as unknown as { setImmediate?: (f: () => void) => unknown };
immediate.setImmediate ??= (f: () => void) => setTimeout(f, 0);

const book = new FakeBook();
book.addSheet('Sheet1');
/** The counties of a county table, as its whole-city form lists them. */
const countiesOf = (id: string): string[] =>
  (buildTemplate(id).tables[0]?.rows ?? []).filter((r) => !r.total && r.county !== null).map((r) => r.county as string);
// Every template as careplan inserts it, so a formula on an inserted sheet computes as in Excel: the
// whole-city form, and a county's own form (于都县's where the table has it; 抚州's tables do not).
book.calc = templateCalc(
  TEMPLATES.flatMap((t) => {
    if (!t.counties) return [buildTemplate(t.id)];
    const counties = countiesOf(t.id);
    const county = counties.includes('于都县') ? '于都县' : counties[0];
    return county === undefined ? [buildTemplate(t.id)] : [buildTemplate(t.id), buildTemplate(t.id, { county })];
  }),
);
const excel = new MockExcel(book);

const sheetOf = (name?: string): FakeSheet => {
  const s = name ? book.sheet(name) : book.active;
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

const place = (address: string): { r: number; c: number } => parseA1(address.replace(/\$/gu, ''));

/** What a cell shows and carries, for the test to compare before and after. */
function cellState(sheet: FakeSheet, address: string) {
  const { r, c } = place(address);
  const cell = sheet.cell(r, c);
  return { value: sheet.value(r, c), formula: cell?.formula ?? null, fill: cell?.fill.color ?? null, note: sheet.notes.get(address) ?? null };
}

/** A cell's look in a snapshot: what careplan's marks change and clearing must put back. */
export interface CellFormats {
  value: FakeCell['value'];
  formula: string | null;
  fill: FakeFill;
  format: Record<string, unknown>;
}

/**
 * CustomFunctions as a cold start in Excel meets it: office.js defines it with associate() only
 * (office.debug.js, near line 1406), the page's functions bundle binds then, and the host script
 * attaches Error and ErrorCode later (excel-win32-16.01.debug.js:59741), here once Office is ready.
 */
const functions = lateRuntime();
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = functions.runtime;
let errorArrived = false;

const api = {
  book,
  /** How many CARE functions the page's bundle bound, and whether CustomFunctions.Error has arrived since. */
  functionsState: () => ({ bound: functions.associated.size, errorArrived }),
  /** Excel calling a bound CARE function: its value, or the Excel error it throws (code and message). */
  async callFunction(id: string, args: unknown[]): Promise<{ value: unknown } | { error: { code: string; message: string } | string }> {
    const f = functions.associated.get(id);
    if (!f) throw new Error(`${id} was never bound`);
    try {
      return { value: await f(...args, invocation) };
    } catch (e) {
      return { error: e instanceof ExcelError ? { code: e.code, message: e.message } : String(e) };
    }
  },
  sheets: () => book.sheets.map((s) => s.name),
  activate(name: string) {
    book.active = sheetOf(name);
  },
  /** Types a value the way a user would, then lets Excel's change event fire. */
  async type(address: string, value: unknown, sheetName?: string) {
    const sheet = sheetOf(sheetName);
    const { r, c } = place(address);
    sheet.write(r, c, value);
    await Promise.all([...sheet.handlers].map((h) => h({ address, worksheetId: sheet.id, changeType: 'RangeEdited' })));
  },
  /** Clicks a cell: its sheet becomes the active one, as in Excel. */
  select(address: string, sheetName?: string) {
    const sheet = sheetOf(sheetName);
    book.active = sheet;
    book.selected = { sheet, cell: address };
  },
  selected: () => book.selected && { sheet: book.selected.sheet.name, cell: book.selected.cell },
  cell: (address: string, sheetName?: string) => cellState(sheetOf(sheetName), address),
  /** Every cell's value, fill and other formats by A1 address, and every note, to compare a sheet before a check and after clearing. */
  formats(sheetName?: string): { cells: Record<string, CellFormats>; notes: Record<string, string> } {
    const sheet = sheetOf(sheetName);
    const cells: Record<string, CellFormats> = {};
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) cells[a1(r, c)] = { value: cell.value, formula: cell.formula, fill: { ...cell.fill }, format: { ...cell.format } };
      }),
    );
    return { cells, notes: Object.fromEntries(sheet.notes) };
  },
  /** The sheet's protection, as careplan left it. */
  protection: (sheetName?: string) => sheetOf(sheetName).protection,
  /** The add-in's saved settings (Office's workbook settings). */
  setting: (key: string) => book.settings.get(key),
};

declare global {
  interface Window {
    careplanExcel: typeof api;
  }
}

window.careplanExcel = api;
(window as unknown as { Excel: unknown }).Excel = { run: excel.run };
const language = new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
/** Excel on the web as mock/profiles.ts describes it. */
const web = PROFILES.find((p) => p.name === 'Excel on the web')!;
(window as unknown as { Office: unknown }).Office = {
  onReady: () => {
    setTimeout(() => {
      functions.attachHost();
      errorArrived = true;
    }, 0);
    return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  },
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: language, requirements: { isSetSupported: (set: string, version = '1.1') => has(web, set, version) } },
};
