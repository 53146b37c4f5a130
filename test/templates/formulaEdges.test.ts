/**
 * The template formulas at edges no shipped sheet reaches by typing alone, each side checked against
 * what Excel does with the same text: a SUM down a column written as the range a person types, a
 * word in quotes, and a cell the formula needs that is unknown (a formula saved without its value,
 * which the checker must leave unjudged rather than call wrong) or holds an error (Excel's #N/A
 * passes through IF(OR(…)) unchanged). Cells here are named by their A1 address so the expected
 * text can be written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formulaText, type Value } from '../../src/templates/formula';
import type { CellRef } from '../../src/templates/model';

/** The cell at an A1 address (C9: column C, row 9), and back. */
const at = (a1: string): CellRef => {
  const [, col, row] = /^([A-Z]+)(\d+)$/u.exec(a1)!;
  return { table: 'main', row: row!, col: col! };
};
const plain = (r: CellRef): string => `${r.col}${r.row}`;
const absolute = (r: CellRef): string => `$${r.col}$${r.row}`;
const sheet = (cells: Record<string, Value | undefined>) => (r: CellRef) => cells[plain(r)];
const NA: Value = { t: 'error', code: '#N/A' };

describe('a SUM as it is written', () => {
  const sum = (...cells: string[]) => ({ kind: 'sum' as const, refs: cells.map(at) });

  it('reads a run down one column as its range, SUM(C9:C12), as a person types a 小计', () => {
    expect(formulaText(sum('C9', 'C10', 'C11', 'C12'), plain)).toBe('SUM(C9:C12)');
  });

  it('reads one cell as itself, SUM(C9), not a range of one', () => {
    expect(formulaText(sum('C9'), plain)).toBe('SUM(C9)');
  });

  it('lists cells that are no run: a gap, another column, or the rows upwards', () => {
    expect(formulaText(sum('C9', 'C11'), plain)).toBe('SUM(C9,C11)');
    expect(formulaText(sum('C9', 'D10'), plain)).toBe('SUM(C9,D10)');
    expect(formulaText(sum('C12', 'C11', 'C10'), plain)).toBe('SUM(C12,C11,C10)');
  });

  it('still reads a run as a range where the cells are placed absolute ($C$9)', () => {
    expect(formulaText(sum('C9', 'C10', 'C11'), absolute)).toMatch(/^SUM\(\$?C\$?9:\$?C\$?11\)$/u);
  });

  it('adds the numbers, skipping blanks and words as Excel’s SUM does, and passes an error through', () => {
    const f = sum('C9', 'C10', 'C11', 'C12');
    expect(evaluate(f, sheet({ C9: 3, C10: null, C11: '备注', C12: 4.5 }))).toBe(7.5);
    expect(evaluate(f, sheet({ C9: 3, C10: NA, C11: 1, C12: 1 }))).toEqual(NA);
  });
});

describe('a word inside a formula', () => {
  it('doubles a quotation mark inside the quotes, as Excel writes "" for one "', () => {
    const f = { kind: 'care' as const, fn: 'ALLOWANCE', args: [at('C4'), 'say "yes"', null] };
    expect(formulaText(f, plain)).toBe('CARE.ALLOWANCE(C4,"say ""yes""",)');
  });
});

describe('a ratio (num ÷ den × scale) with a cell it cannot know or an error in it', () => {
  const ratio = { kind: 'ratio' as const, num: at('C9'), den: at('D9'), scale: 1000 };

  it('is unknown while either cell is unknown, even when the other is a number', () => {
    expect(evaluate(ratio, sheet({ C9: undefined, D9: 130_000 }))).toBeUndefined();
    expect(evaluate(ratio, sheet({ C9: 6500, D9: undefined }))).toBeUndefined();
    // Both known: 6500 beds for 130 000 elderly is 50 a thousand.
    expect(evaluate(ratio, sheet({ C9: 6500, D9: 130_000 }))).toBe(50);
  });

  it('gives the numerator’s #N/A as Excel does, also over a zero or blank denominator', () => {
    // IF(OR(C9="",D9="",D9=0),…): C9="" is #N/A when C9 is, and OR and IF pass it on.
    expect(evaluate(ratio, sheet({ C9: NA, D9: 130_000 }))).toEqual(NA);
    expect(evaluate(ratio, sheet({ C9: NA, D9: 0 }))).toEqual(NA);
    expect(evaluate(ratio, sheet({ C9: NA, D9: null }))).toEqual(NA);
  });
});

describe('是否达到 with a target it cannot know', () => {
  it('is unknown while the target cell is, though the actual figure is typed', () => {
    const meets = { kind: 'meets' as const, actual: at('E9'), target: at('D9'), comparator: '>=' as const };
    expect(evaluate(meets, sheet({ E9: 0.4, D9: undefined }))).toBeUndefined();
    expect(evaluate({ ...meets, comparator: null }, sheet({ E9: '基本建立', D9: undefined }))).toBeUndefined();
  });
});
