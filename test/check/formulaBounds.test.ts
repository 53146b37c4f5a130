/**
 * A formula saved without its value is worked out from the sheet, and a hostile one costs bounded
 * work: ranges cost the cells they hold, not the blanks they span; a formula longer or more deeply
 * nested than Excel allows (support.microsoft.com/office/excel-specifications-and-limits-1672b34d-
 * 7043-467e-8e27-269d656771c3: 8,192 characters, 64 levels) is reported on its cell. Work is
 * counted in cells visited, never timed.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Cell, Grid } from '../../src/check/grid';
import { evaluateSheetFormula, formulaWork } from '../../src/check/sheetFormula';
import { allocation } from '../../src/rules/plans/allocation';
import { atCell, sheetOf } from './sheet';

const grid = (rows: Cell[][]): Grid => ({ name: 'S', rows });
const noValue = (formula: string): Cell => ({ t: 'formula', formula, cached: null });

describe('a range over blank cells costs nothing', () => {
  it('SUM(A1:A999999999999) over three numbers visits those three cells and adds them', () => {
    const g = grid([[1], [2], [3]]);
    expect(evaluateSheetFormula(g, 'SUM(A1:A999999999999)')).toEqual({ value: 6 });
    // Three rows listed, three cells in them listed and visited: nothing proportional to the span.
    expect(formulaWork(g)).toBeLessThanOrEqual(3 + 3 + 3);
  });

  it('SUM(AM1:XFD1048576) on a sheet with one cell in that range visits a handful of cells', () => {
    const rows: Cell[][] = [];
    const far: Cell[] = [];
    far[100] = 7;
    rows[500_000] = far;
    const g = grid(rows);
    expect(evaluateSheetFormula(g, 'SUM(AM1:XFD1048576)')).toEqual({ value: 7 });
    expect(formulaWork(g)).toBeLessThanOrEqual(3);
  });

  it('nested ranges of formulas without values are each worked out once per sheet', () => {
    // B1..B200 each sum column A's 200 cells; C1 sums column B. Worked out once, B costs 200 × 200
    // visits; read again (the second SUM) it costs only the 200 B cells, not another 40,000.
    const rows: Cell[][] = Array.from({ length: 200 }, () => [1, noValue('SUM(A1:A200)')]);
    rows[0]![2] = noValue('SUM(B1:B200)');
    const g = grid(rows);
    expect(evaluateSheetFormula(g, 'SUM(C1:C1)+SUM(B1:B200)')).toEqual({ value: 200 * 200 * 2 });
    const listing = 200 + (200 * 2 + 1);
    expect(formulaWork(g)).toBe(listing + 1 + 200 + 200 * 200 + 200);
  });

  it('a sheet whose formulas together would read more than a million cells stops at the limit', () => {
    // 2,000 rows of 600 numbers, each row ending in a formula that sums the whole block: 1.2 million
    // cells for the first alone.
    const rows: Cell[][] = Array.from({ length: 2000 }, () => Array.from({ length: 600 }, () => 1));
    const g = grid(rows);
    expect(evaluateSheetFormula(g, 'SUM(A1:WB2000)')).toEqual({ limit: 'work' });
    expect(formulaWork(g)).toBeLessThanOrEqual(1_000_000 + 2000 + 600 + 1);
    expect(evaluateSheetFormula(g, 'SUM(A1:A2)')).toEqual({ limit: 'work' });
  });
});

describe('a formula beyond Excel’s own limits is a finding on its cell, not a crash', () => {
  it('100,000 minus signs are longer than 8,192 characters', () => {
    expect(evaluateSheetFormula(grid([]), `${'-'.repeat(100_000)}1`)).toEqual({ limit: 'length' });
  });

  it('8,000 minus signs within the length are read one by one: an even count is the number itself', () => {
    expect(evaluateSheetFormula(grid([]), `${'-'.repeat(8000)}5`)).toEqual({ value: 5 });
  });

  it('50,000 nested brackets, or 65 within the length, are deeper than 64 levels', () => {
    expect(evaluateSheetFormula(grid([]), `${'('.repeat(50_000)}1${')'.repeat(50_000)}`)).toEqual({ limit: 'length' });
    expect(evaluateSheetFormula(grid([]), `${'('.repeat(65)}1${')'.repeat(65)}`)).toEqual({ limit: 'nesting' });
    expect(evaluateSheetFormula(grid([]), `${'SUM('.repeat(64)}1${')'.repeat(64)}`)).toEqual({ value: 1 });
  });

  it('a formula reading itself is not worked out', () => {
    const g = grid([[noValue('A1+1')]]);
    expect(evaluateSheetFormula(g, 'A1')).toEqual({ unsupported: true });
  });

  it('an input cell holding 65 nested brackets without a value is input.formulaNoValue naming the limit', () => {
    const header = `${2021}年实际新增改造（张）`;
    const s = sheetOf('gz-beds').fill('于都县', header, noValue(`${'('.repeat(65)}1${')'.repeat(65)}`));
    const fs = atCell(checkSheet(s.grid, '2022-01-01').findings, s.address('于都县', header));
    expect(fs.map((f) => [f.ruleId, f.severity])).toEqual([['input.formulaNoValue', 'warning']]);
    expect(fs[0]!.message.zh).toContain('64 层');
    expect(fs[0]!.message.en).toContain('64 levels');
    expect(allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year: 2021 }).value).toBeGreaterThan(0);
  });
});
