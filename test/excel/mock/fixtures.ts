/**
 * Workbooks for the adapter's tests: a mock Excel with a blank sheet, Office's requirement sets as
 * a test says, templates' formulas worked out as Excel would (the template's own formula, evaluated
 * over the mock's cells), and figures typed into a template's input cells by county and header.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelOps } from '../../../src/excel/ops';
import { countingRun, type CountingRun } from '../../../src/excel/run';
import type { ExcelOps } from '../../../src/excel/types';
import { evaluate, type Value } from '../../../src/templates/formula';
import { layout, type Layout, type PlacedCell } from '../../../src/templates/layout';
import type { Template } from '../../../src/templates/model';
import { type Calc, type CalcResult, FakeBook, type FakeSheet } from './book';
import { currentProfile, useProfile } from './profiles';
import { MockExcel } from './proxies';

export interface Setup {
  book: FakeBook;
  excel: MockExcel;
  counter: CountingRun;
  ops: ExcelOps;
  sheet1: FakeSheet;
}

/**
 * Office.js as an Excel that supports notes (ExcelApi 1.18) and comments (1.10), or not. Set on
 * globalThis directly (not vi.stubGlobal) so that the benchmark can use it outside vitest.
 */
export function supports(caps: { notes: boolean; comments: boolean }): void {
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === 'DelayForCellEdit' || (set === 'ExcelApi' && (version === '1.18' ? caps.notes : version === '1.10' ? caps.comments : true)),
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = office;
}

/** A workbook with one blank sheet, in the Excel of this test run's profile (CAREPLAN_EXCEL; mock/profiles.ts). */
export function setup(): Setup {
  useProfile(currentProfile());
  const book = new FakeBook();
  const sheet1 = book.addSheet('Sheet1');
  const excel = new MockExcel(book);
  const counter = countingRun(excel.run);
  return { book, excel, counter, ops: createExcelOps(counter.run), sheet1 };
}

const toValue = (v: CalcResult): Value => (typeof v === 'object' ? { t: 'error', code: v.error } : v === '' ? null : v);
const toResult = (v: Value | undefined): CalcResult =>
  v === undefined || v === null ? '' : typeof v === 'object' ? { error: v.code } : v;

/**
 * Excel's recalculation for template sheets: a formula the layout placed at that cell is worked out
 * with the template's own evaluate() over the mock's cells (CARE calls run the rules, as the
 * add-in's custom functions would). Any other formula shows blank.
 */
export function templateCalc(templates: readonly Template[]): Calc {
  const layouts = templates.map(layout);
  return ({ r, c, formula, value }) => {
    for (const l of layouts) {
      const placed = l.cells.find((p) => p.r === r && p.c === c && p.formula !== undefined && `=${p.formula}` === formula);
      const f = placed?.content?.formula;
      if (!f) continue;
      return toResult(
        evaluate(f, (ref) => {
          const at = /^\$?([A-Z]+)\$?(\d+)$/u.exec(l.address(ref));
          const p = l.cells.find((x) => `${x.address}` === `${at![1]}${at![2]}`)!;
          return toValue(value(p.r, p.c));
        }),
      );
    }
    return '';
  };
}

/** The input cell of a template by its row (county or first label) and column header. */
export function inputCell(l: Layout, row: string, header: string): PlacedCell {
  const cell = l.cells.find((p) => p.kind === 'input' && p.column?.header === header && (p.row?.county === row || p.row?.labels[0] === row));
  if (!cell) throw new Error(`no input ${row} / ${header}`);
  return cell;
}

/** Every input of a county table filled the way bench/check.ts fills it (some short of target). */
export function fillAllInputs(sheet: FakeSheet, l: Layout): void {
  for (const p of l.cells) if (p.kind === 'input') sheet.write(p.r, p.c, 100 + ((p.r * 7 + p.c * 3) % 50));
}

/** Rows of village detail below the table, as a county pastes them, until the sheet has `total` rows. */
export function detailRows(sheet: FakeSheet, l: Layout, total: number): void {
  const width = l.widths.length;
  const first = Math.max(...l.cells.map((p) => p.r)) + 1;
  for (let r = first; r < total; r++) {
    const cells = (sheet.rows[r] ??= []);
    cells[0] = { ...sheet.at(r, 0), value: `乡镇明细 ${r - first + 1}` };
    for (let c = 1; c < width; c++) cells[c] = { ...sheet.at(r, c), value: (r + c) % 97 };
  }
}

/** A workbook model in which `t` has just been inserted: the setup and the new sheet. */
export async function withInserted(t: Template): Promise<{ s: Setup; sheet: FakeSheet }> {
  const s = setup();
  s.book.calc = templateCalc([t]);
  await s.ops.insertTemplate(t);
  return { s, sheet: s.book.sheet(t.sheet)! };
}
