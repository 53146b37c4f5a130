/**
 * The blocks a large sheet is read in (blocksOf): together they cover the used range exactly, each
 * cell once and nothing outside it, and no block holds more than CELLS_PER_BLOCK cells, whatever
 * the range's shape, up to Excel's 16,384 columns. Checked row by row here, by arithmetic of the
 * test's own, so that a block reaching past the used range or leaving a gap fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS_PER_BLOCK, blocksOf, type Extent } from '../../src/excel/read';

/** What is wrong with `blocks` as a tiling of `u`, or null. */
function tilingFault(u: Extent, blocks: readonly Extent[]): string | null {
  const spans = new Map<number, [number, number][]>();
  for (const b of blocks) {
    if (b.rowCount < 1 || b.columnCount < 1) return `an empty block ${JSON.stringify(b)}`;
    if (b.rowCount * b.columnCount > CELLS_PER_BLOCK) return `a block of ${b.rowCount * b.columnCount} cells`;
    for (let r = b.rowIndex; r < b.rowIndex + b.rowCount; r++) spans.set(r, [...(spans.get(r) ?? []), [b.columnIndex, b.columnIndex + b.columnCount]]);
  }
  if (spans.size !== u.rowCount) return `${spans.size} rows read of ${u.rowCount}`;
  for (let r = u.rowIndex; r < u.rowIndex + u.rowCount; r++) {
    const row = (spans.get(r) ?? []).sort((a, b) => a[0] - b[0]);
    let at = u.columnIndex;
    for (const [from, to] of row) {
      if (from !== at) return `row ${r}: columns ${at}–${from} ${from > at ? 'not read' : 'read twice'}`;
      at = to;
    }
    if (at !== u.columnIndex + u.columnCount) return `row ${r} read to column ${at}, not ${u.columnIndex + u.columnCount}`;
  }
  return null;
}

describe('a large sheet read in blocks', () => {
  it('covers the used range exactly, each block within the limit, whatever its shape', () => {
    const extent = fc.record({
      rowIndex: fc.integer({ min: 0, max: 2_000 }),
      columnIndex: fc.integer({ min: 0, max: 300 }),
      rowCount: fc.integer({ min: 1, max: 25_000 }),
      columnCount: fc.integer({ min: 1, max: 16_384 }),
    });
    fc.assert(fc.property(extent, (u) => tilingFault(u, blocksOf(u)) === null), { numRuns: 60 });
  });

  it.each([
    ['a column of 25,000 rows', { rowIndex: 0, columnIndex: 0, rowCount: 25_000, columnCount: 1 }],
    ['exactly two blocks of 38 columns', { rowIndex: 5, columnIndex: 2, rowCount: 2 * Math.floor(CELLS_PER_BLOCK / 38), columnCount: 38 }],
    ['a row wider than a block', { rowIndex: 9, columnIndex: 3, rowCount: 3, columnCount: CELLS_PER_BLOCK + 1 }],
    ['all 16,384 columns', { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 16_384 }],
  ])('%s', (_, u) => {
    expect(tilingFault(u, blocksOf(u))).toBeNull();
  });
});
