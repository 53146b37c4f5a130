/**
 * The formulas the adapter writes for a portable budget, recalculated by another program: the cells
 * the Excel double holds after the insert (a user's own 参数 sheet already in the workbook, so the
 * budget reads 参数 (2)) are saved to a file by openpyxl with the quantities typed, LibreOffice
 * recalculates them, and each amount is compared with the rule functions. Runs once, not per Excel
 * profile: the cells written are the same in every Excel that inserts.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/check/grid';
import { serialOf } from '../../src/rules/core/dates';
import { buildTemplate } from '../../src/templates';
import type { Value } from '../../src/templates/formula';
import { layout } from '../../src/templates/layout';
import { countFor, expectRuleAmounts, meaning, readWithOpenpyxl, workbookWithOpenpyxl } from '../support/budgets';
import { skipLibreOffice, throughLibreOffice } from '../support/libreoffice';
import type { FakeSheet } from './mock/book';
import { setup } from './mock/fixtures';

/** What a sheet of the double holds, as a file would: '=…' for a formula, else the value. */
function cellsOf(sheet: FakeSheet): Record<string, number | string | boolean> {
  const cells: Record<string, number | string | boolean> = {};
  sheet.rows.forEach((row, r) => row?.forEach((c, col) => {
    const v = c?.formula ?? c?.value;
    if (v !== null && v !== undefined) cells[a1(r, col)] = v;
  }));
  return cells;
}

describe.skipIf(skipLibreOffice)('a portable budget as Excel holds it once inserted, recalculated by LibreOffice', () => {
  it.each(['ganzhou', 'yingtan'])('budget-eldercare for %s beside a user’s own 参数 sheet: each amount equals the rule functions', async (city) => {
    const s = setup();
    const mine = s.book.addSheet('参数');
    // Figures of the user's own, where the budget would find its own had it read the wrong sheet.
    for (let r = 0; r < 80; r++) for (let c = 0; c < 10; c++) mine.write(r, c, 7);
    const budget = buildTemplate('budget-eldercare', { city, form: 'portable' });
    const inserted = await s.ops.insertTemplate(budget);
    expect(inserted.companion).toBe('参数 (2)');

    const pl = layout(budget);
    const care = layout(buildTemplate('budget-eldercare', { city, form: 'functions' }));
    const asOf = pl.cells.find((c) => c.row?.key === 'asOf' && c.column?.key === 'value')!;
    const provincial = pl.cells.find((c) => c.kind === 'input' && c.row?.key === 'provincial');
    const typed = new Map<string, Value>([[meaning(asOf), serialOf('2025-06-01')]]);
    const sheets = s.book.sheets.map((x) => ({ name: x.name, cells: cellsOf(x) }));
    const own = sheets.find((x) => x.name === inserted.sheet)!;
    own.cells[asOf.address] = '2025-06-01';
    pl.cells.filter((c) => c.kind === 'input' && c.table?.key !== 'settings').forEach((c, i) => {
      own.cells[c.address] = countFor(i);
      typed.set(meaning(c), countFor(i));
    });
    // 鹰潭 leaves the amount per bed to the province: the user gives it.
    if (provincial) {
      own.cells[provincial.address] = 6000;
      typed.set(meaning(provincial), 6000);
    }

    const values = readWithOpenpyxl(throughLibreOffice(workbookWithOpenpyxl(sheets), 'inserted.xlsx'));
    for (const [name, cells] of Object.entries(values)) {
      for (const [address, v] of Object.entries(cells)) expect(String(v), `${name}!${address}`).not.toMatch(/^#(NAME\?|N\/A|VALUE!|REF!|DIV\/0!)/u);
    }
    expect(expectRuleAmounts(values[inserted.sheet]!, pl, care, typed, city)).toBeGreaterThan(3);
  });
});
