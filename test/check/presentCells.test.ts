/**
 * The cells a range of a sparse sheet holds, in row order, ends included, found without walking the
 * blanks between them; the work counted (visited) is what the sheet holds, never what a range spans.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/check/grid';
import { PresentCells } from '../../src/check/presentCells';

/** A sheet with the given cells (0-based row, column), every other cell a hole. */
function sparse(cells: readonly [number, number, Cell][]): Grid {
  const rows: Cell[][] = [];
  for (const [r, c, v] of cells) (rows[r] ??= [])[c] = v;
  return { name: 'S', rows };
}

const SHEET = sparse([
  [0, 0, 'A1'],
  [0, 5, 'F1'],
  [4, 2, 'C5'],
  [4, 3, 'D5'],
  [9, 2, 'C10'],
  [1_000_000, 16_383, 'XFD1000001'],
]);

function inRange(g: Grid, r0: number, r1: number, c0: number, c1: number): Cell[] {
  const out: Cell[] = [];
  new PresentCells(g).forEach(r0, r1, c0, c1, (cell) => (out.push(cell), true));
  return out;
}

describe('the cells a range holds', () => {
  it('row by row, left to right, with both ends of each span included', () => {
    expect(inRange(SHEET, 0, 9, 0, 5)).toEqual(['A1', 'F1', 'C5', 'D5', 'C10']);
    expect(inRange(SHEET, 4, 4, 2, 3)).toEqual(['C5', 'D5']);
    expect(inRange(SHEET, 0, 0, 5, 5)).toEqual(['F1']);
  });

  it('a range just past a cell on any side holds nothing of it', () => {
    expect(inRange(SHEET, 5, 8, 0, 16_383)).toEqual([]);
    expect(inRange(SHEET, 4, 4, 4, 16_383)).toEqual([]);
    expect(inRange(SHEET, 1, 3, 0, 16_383)).toEqual([]);
    expect(inRange(SHEET, 0, 4, 1, 1)).toEqual([]);
  });

  it('the whole sheet’s span reaches its last cell, XFD1000001, and costs only what it holds: four rows and six cells listed, six handed out', () => {
    const cells = new PresentCells(SHEET);
    const seen: Cell[] = [];
    cells.forEach(0, 1_048_575, 0, 16_383, (cell) => (seen.push(cell), true));
    expect(seen).toEqual(['A1', 'F1', 'C5', 'D5', 'C10', 'XFD1000001']);
    // 4 rows listed, then 2 + 2 + 1 + 1 columns listed in them, then 6 cells handed out.
    expect(cells.visited).toBe(4 + 6 + 6);
  });

  it('stops at the first cell for which the caller says no more', () => {
    const seen: Cell[] = [];
    new PresentCells(SHEET).forEach(0, 9, 0, 5, (cell) => (seen.push(cell), seen.length < 3));
    expect(seen).toEqual(['A1', 'F1', 'C5']);
  });

  it('a cell holding 0, FALSE or empty text is a cell; only a hole or undefined is not', () => {
    const g = sparse([
      [0, 0, 0],
      [0, 1, false],
      [0, 2, ''],
      [0, 3, undefined],
      [0, 4, null],
    ]);
    expect(inRange(g, 0, 0, 0, 10)).toEqual([0, false, '', null]);
  });
});
