/**
 * What a formula saved without its value works out to, as Excel would have computed it: the
 * arithmetic a form's formulas use (+ - * /, brackets, SUM of cells and ranges), blanks as 0, text in
 * a range skipped, and no value at all where Excel would show an error or careplan cannot follow
 * (a division by zero, another function, a loop). Every expectation is arithmetic done here.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/check/grid';
import { evaluateSheetFormula } from '../../src/check/sheetFormula';

const grid = (rows: Cell[][]): Grid => ({ name: 'S', rows });
const noValue = (formula: string): Cell => ({ t: 'formula', formula, cached: null });
const value = (g: Grid, formula: string) => evaluateSheetFormula(g, formula);

// A1=2 B1=3 C1=4; A2=10 B2 blank C2='text'; A3=true B3=date serial 45000 C3=#DIV/0!
const sheet = (): Grid =>
  grid([
    [2, 3, 4],
    [10, null, '备注'],
    [true, { t: 'date', serial: 45000 }, { t: 'error', code: '#DIV/0!' }],
  ]);

describe('arithmetic as Excel does it', () => {
  it.each([
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['10-4-3', 3],
    ['12/3/2', 2],
    ['2*3-8/4', 4],
    ['-3+5', 2],
    ['+3', 3],
    ['--3', 3],
    ['-(2+3)', -5],
    ['-SUM(1,2)', -3],
    ['2*-3', -6],
    ['1.5e2+0.5', 150.5],
    ['2E-1*10', 2],
    [' 1 + 2 ', 3],
    ['=1+1', 2],
    ['5*0', 0],
    ['0/5', 0],
    // Forty brackets one after another are one level deep each time, far from Excel's 64.
    [Array.from({ length: 40 }, () => '(1)').join('+'), 40],
  ])('%s = %d', (formula, n) => {
    expect(value(grid([]), formula)).toEqual({ value: n });
  });
});

describe('cells and ranges', () => {
  it.each([
    ['A1+B1*C1', 2 + 3 * 4],
    ['a1+$B$1', 5],
    ['B2+A2', 10],
    ['B3+1', 45001],
    ['SUM(A1:C2)', 2 + 3 + 4 + 10],
    ['SUM(C2:A1)', 2 + 3 + 4 + 10],
    ['SUM(A1,B1,C1*2)', 2 + 3 + 8],
    ['SUM(A1:B1,A2)', 15],
    ['SUM(A1:A3)', 12],
    ['SUM(A1:B2)/A1', (2 + 3 + 10) / 2],
    ['SUM(A5:C9)', 0],
  ])('%s = %d', (formula, n) => {
    expect(value(sheet(), formula)).toEqual({ value: n });
  });

  it('a formula cell is read by its saved number, or worked out when it has none', () => {
    const g = grid([[{ t: 'formula', formula: 'B1*100', cached: 7 }, 5, noValue('B1*2'), noValue('C1+A1')]]);
    expect(value(g, 'A1')).toEqual({ value: 7 });
    expect(value(g, 'C1')).toEqual({ value: 10 });
    expect(value(g, 'D1')).toEqual({ value: 17 });
    expect(value(g, 'SUM(A1:D1)')).toEqual({ value: 7 + 5 + 10 + 17 });
  });

  it('an empty string is a blank, counted as 0', () => {
    expect(value(grid([['', 4]]), 'A1+B1')).toEqual({ value: 4 });
  });
});

describe('no value where Excel shows an error or careplan cannot follow', () => {
  it.each([
    ['1/0'],
    // Excel's #DIV/0! inside stays an error outside: not 1 divided by an endless number, 0.
    ['1/(1/0)'],
    ['A1/B2'],
    ['C2+1'],
    // Excel adds TRUE as 1 here; careplan gives no value rather than guess, and the cell's finding
    // asks for the file to be saved in Excel or WPS (CHECK_MSG.formulaNoValue).
    ['A3+1'],
    ['C3+1'],
    ['SUM(C3:C3)'],
    ['A1:B1'],
    ['AVERAGE(A1:B1)'],
    ['1+'],
    ['(1+2'],
    ['1+2)'],
    ['SUM(1,2'],
    ['1 2'],
    // A comparison (TRUE in Excel) is no arithmetic; only a leading = is the formula's own.
    ['1=1'],
    ['1+2 #'],
    [''],
  ])('%j', (formula) => {
    expect(value(sheet(), formula)).toEqual({ unsupported: true });
  });

  it('a formula cell whose saved value is text or an error', () => {
    const g = grid([[{ t: 'formula', formula: '1', cached: '无' }, { t: 'formula', formula: '1', cached: { t: 'error', code: '#N/A' } }]]);
    expect(value(g, 'A1')).toEqual({ unsupported: true });
    expect(value(g, 'B1')).toEqual({ unsupported: true });
  });

  it('a result past any number', () => {
    expect(value(grid([]), '1e300*1e300')).toEqual({ unsupported: true });
  });

  it('two cells reading each other', () => {
    const g = grid([[noValue('B1+1'), noValue('A1+1')]]);
    expect(value(g, 'A1')).toEqual({ unsupported: true });
    expect(value(g, 'SUM(A1:B1)')).toEqual({ unsupported: true });
  });
});

describe('Excel’s 8,192 characters', () => {
  it('a formula of exactly 8,192 characters is worked out; one more is past the limit', () => {
    const exact = `10${'+0'.repeat(4095)}`;
    expect(exact).toHaveLength(8192);
    expect(value(grid([]), exact)).toEqual({ value: 10 });
    expect(value(grid([]), `${exact}0`)).toEqual({ limit: 'length' });
  });
});

describe('formulas reading formulas, 16 deep at most', () => {
  // Column A: A1 = 1, A(n) = A(n-1)+1 without a saved value, so A(n) = n.
  const chain = (n: number): Grid => grid(Array.from({ length: n }, (_, i) => [i === 0 ? 1 : noValue(`A${i}+1`)]));

  it('a chain of 16 formulas below the one asked is worked out', () => {
    expect(value(chain(17), 'A17')).toEqual({ value: 17 });
  });

  it('a 17th is past the limit, and the limit is not remembered as the cell’s own answer', () => {
    const g = chain(18);
    expect(value(g, 'A18')).toEqual({ limit: 'chain' });
    // Asked from nearer the start, the same cells are within the limit.
    expect(value(g, 'A10')).toEqual({ value: 10 });
    expect(value(g, 'A17')).toEqual({ value: 17 });
  });

  it('a cell past the limit inside SUM makes the sum past the limit', () => {
    expect(value(chain(18), 'SUM(A18:A18)+1')).toEqual({ limit: 'chain' });
  });

  it('a cell whose formula is unsupported makes its readers unsupported, each time asked', () => {
    const g = grid([[noValue('AVERAGE(1)'), noValue('A1+1')]]);
    expect(value(g, 'B1')).toEqual({ unsupported: true });
    expect(value(g, 'B1')).toEqual({ unsupported: true });
  });
});
