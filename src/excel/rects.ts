/**
 * Cells that get the same treatment (a look, a validation) gathered into as few rectangles as the
 * sheet allows, so that an operation sets each once per rectangle rather than once per cell.
 */
import { a1 } from '../check/grid';

export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export const rectAddress = (x: Rect): string =>
  x.rows === 1 && x.cols === 1 ? a1(x.r, x.c) : `${a1(x.r, x.c)}:${a1(x.r + x.rows - 1, x.c + x.cols - 1)}`;

/**
 * Runs of neighbouring cells along each row, stacked into rectangles where the rows below repeat
 * the same run. Every cell falls in exactly one rectangle.
 */
export function rectangles(cells: readonly { r: number; c: number }[]): Rect[] {
  const sorted = [...cells].sort((x, y) => x.r - y.r || x.c - y.c);
  const runs: Rect[] = [];
  for (const { r, c } of sorted) {
    const last = runs[runs.length - 1];
    // A cell given twice is in its run already.
    if (last?.r === r && c < last.c + last.cols) continue;
    if (last?.r === r && c === last.c + last.cols) last.cols += 1;
    else runs.push({ r, c, rows: 1, cols: 1 });
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const run of runs) {
    const key = `${run.c},${run.cols}`;
    const above = open.get(key);
    if (above && above.r + above.rows === run.r) {
      above.rows += 1;
      continue;
    }
    if (above) done.push(above);
    open.set(key, { ...run });
  }
  // In no particular order: the rectangles of one group carry one treatment and share no cell, so
  // Excel ends up the same whichever it is given first.
  return [...done, ...open.values()];
}

/** Cells grouped by a key, each group as rectangles, in the order the keys first appear. */
export function rectanglesBy<T extends { r: number; c: number }>(cells: readonly T[], key: (cell: T) => string | undefined): Map<string, Rect[]> {
  const groups = new Map<string, T[]>();
  for (const cell of cells) {
    const k = key(cell);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(cell);
    else groups.set(k, [cell]);
  }
  return new Map([...groups].map(([k, g]) => [k, rectangles(g)]));
}
