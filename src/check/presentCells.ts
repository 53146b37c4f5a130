/**
 * The cells of a sheet that exist, found by position without walking the blanks between them: a
 * range such as A1:A999999999999 or AM1:XFD1048576 costs what it holds, not what it spans. The grid
 * is sparse (rows[r][c], holes for blanks), so the indices present are listed once, sorted, and a
 * range is found in them by binary search.
 */
import type { Cell, Grid } from './grid';

/** Sorted indices of the entries an array holds (a hole is no entry); for-in lists only those. */
function presentIndices(arr: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const key in arr) {
    const i = Number(key);
    if (Number.isInteger(i) && arr[i] !== undefined) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The first position in a sorted list whose value is at least `v`. */
function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PresentCells {
  private rowIndex: number[] | undefined;
  private readonly colIndex = new Map<number, number[]>();
  /** Index entries listed and cells handed out so far: the work ranges have cost. */
  visited = 0;

  constructor(private readonly grid: Grid) {}

  /**
   * Calls `each` for every non-blank cell of rows r0..r1 and columns c0..c1 (0-based, inclusive),
   * row by row; stops early when `each` returns false.
   */
  forEach(r0: number, r1: number, c0: number, c1: number, each: (cell: Cell) => boolean): void {
    const rows = (this.rowIndex ??= this.listed(this.grid.rows));
    for (let i = lowerBound(rows, r0); i < rows.length && rows[i]! <= r1; i++) {
      const r = rows[i]!;
      const row = this.grid.rows[r]!;
      let cols = this.colIndex.get(r);
      if (!cols) this.colIndex.set(r, (cols = this.listed(row)));
      for (let k = lowerBound(cols, c0); k < cols.length && cols[k]! <= c1; k++) {
        this.visited++;
        if (!each(row[cols[k]!])) return;
      }
    }
  }

  private listed(arr: readonly unknown[]): number[] {
    const list = presentIndices(arr);
    this.visited += list.length;
    return list;
  }
}
