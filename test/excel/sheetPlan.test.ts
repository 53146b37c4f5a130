/**
 * The plan an inserted template is written from (src/excel/sheetPlan.ts), against the layout it is
 * planned from: every cell of the used rectangle written (a gap as blank, not left to whatever the
 * sheet held), validation only where the county types, and the #NAME? check only on CARE.* cells.
 */
import { describe, expect, it } from 'vitest';
import { planSheet } from '../../src/excel/sheetPlan';
import { layout, type Layout } from '../../src/templates/layout';
import { filled } from '../support/workbooks';

const ALLOWANCES = layout(filled('budget-allowances', []));
const BEDS = layout(filled('gz-beds', []));

const placed = (l: Layout) => new Map(l.cells.map((c) => [`${c.r},${c.c}`, c]));

describe('a template’s sheet plan', () => {
  it('writes every cell of the used rectangle, a cell the layout leaves out as blank', () => {
    const plan = planSheet(BEDS);
    const cells = placed(BEDS);
    let gaps = 0;
    plan.contents.forEach((row, r) =>
      row.forEach((v, c) => {
        if (cells.has(`${r},${c}`)) return;
        gaps += 1;
        expect(v, `${r},${c}`).toBe('');
      }),
    );
    expect(gaps).toBeGreaterThan(0);
  });

  it('is as wide as its widest cell, should the layout give fewer column widths than it has columns', () => {
    const narrow: Layout = { ...BEDS, widths: BEDS.widths.slice(0, -3) };
    const widest = Math.max(...BEDS.cells.map((c) => c.c)) + 1;
    const plan = planSheet(narrow);
    expect(plan.cols).toBe(widest);
    expect(plan.contents.every((row) => row.length === widest)).toBe(true);
  });

  it.each([
    ['gz-beds', BEDS],
    ['budget-allowances', ALLOWANCES],
  ])('%s: validates the cells the county types in and no others, not a total a column’s kind would accept', (_, l) => {
    const cells = placed(l);
    const validated = planSheet(l).validations.flatMap(({ rects }) => rects.flatMap((x) => Array.from({ length: x.rows * x.cols }, (__, i) => cells.get(`${x.r + Math.floor(i / x.cols)},${x.c + (i % x.cols)}`))));
    expect(validated.length).toBeGreaterThan(0);
    expect(validated.filter((c) => c?.kind !== 'input').map((c) => c?.address)).toEqual([]);
  });

  it('checks for #NAME? only the cells that call a CARE.* function, not the sums beside them', () => {
    const formulas = ALLOWANCES.cells.filter((c) => c.formula !== undefined);
    const calls = formulas.filter((c) => c.formula!.includes('CARE.'));
    // The allowances budget adds its CARE.* amounts up with plain formulas: both kinds are on the sheet.
    expect(calls.length).toBeGreaterThan(0);
    expect(formulas.length).toBeGreaterThan(calls.length);
    expect(planSheet(ALLOWANCES).care).toEqual(calls.map((c) => ({ address: c.address, formula: `=${c.formula}` })));
  });
});
