/**
 * Finding a county's own form whose years run down the rows (templates/tablePlace.ts,
 * placeYearsDown): each block of measures is found by a header row holding 年度 and the measures'
 * yearless headers, each year's row by its label (2021年, or 2021) under 年度; the county and the
 * document's base figures by the key header and the base headers, each with its figure under it.
 * Every cell is then known by where it stands, not by a county row and a year's column.
 */
import { cellKey, type Row, type Table } from '../templates/model';
import { YEAR_HEADER, turnable } from '../templates/tablePlace';
import { cellText, fold } from './cellText';
import { cellAt, type Cell, type Grid } from './grid';
import type { LocatedTable } from './locate';

/** How far down the sheet the form's header rows are looked for. */
const SEARCH_ROWS = 200;

const YEAR = /^(\d{4})\s*年?$/u;

function yearOf(c: Cell): number | undefined {
  if (typeof c === 'number' && Number.isInteger(c)) return c;
  const m = YEAR.exec(cellText(c).trim());
  return m ? Number(m[1]) : undefined;
}

export function locateYearsDown(grid: Grid, table: Table): LocatedTable | undefined {
  if (!turnable(table)) return undefined;
  const row: Row = table.rows[0]!;
  const byYearless = new Map<string, string>();
  for (const c of table.columns) if (c.yearless !== undefined) byYearless.set(fold(c.yearless), c.yearless);
  const fixed = new Map(table.columns.filter((c) => c.yearless === undefined).map((c) => [fold(c.header), c] as const));
  const cells = new Map<string, { r: number; c: number }>();
  const columns = new Map<string, number>();
  let headerRow: number | undefined;
  let countyRow: number | undefined;
  const end = Math.min(SEARCH_ROWS, grid.rows.length);
  for (let r = 0; r < end; r++) {
    const line = grid.rows[r] ?? [];
    const yearCol = line.findIndex((cell) => fold(cellText(cell)) === fold(YEAR_HEADER));
    if (yearCol >= 0) {
      headerRow ??= r;
      const measures = new Map<number, string>();
      line.forEach((cell, c) => {
        const yl = byYearless.get(fold(cellText(cell)));
        if (yl !== undefined) measures.set(c, yl);
      });
      for (let y = r + 1; y < end; y++) {
        const year = yearOf(cellAt(grid, y, yearCol));
        if (year === undefined) break;
        for (const [c, yl] of measures) {
          const column = table.columns.find((x) => x.yearless === yl && x.year === year);
          if (column && !cells.has(cellKey(row.key, column.key))) {
            cells.set(cellKey(row.key, column.key), { r: y, c });
            columns.set(column.key, c);
          }
        }
      }
      continue;
    }
    // The county's own row: the key header and the base figures' headers, the figures under them.
    line.forEach((cell, c) => {
      const column = fixed.get(fold(cellText(cell)));
      if (!column || cells.has(cellKey(row.key, column.key))) return;
      cells.set(cellKey(row.key, column.key), { r: r + 1, c });
      columns.set(column.key, c);
      if (column.role === 'key') countyRow = r + 1;
    });
  }
  if (headerRow === undefined || cells.size * 2 < table.columns.length) return undefined;
  return {
    table,
    headerRow,
    columns,
    rows: new Map([[row.key, countyRow ?? headerRow + 1]]),
    missingColumns: table.columns.filter((c) => !cells.has(cellKey(row.key, c.key))),
    missingRows: [],
    duplicateRows: [],
    cells,
  };
}
