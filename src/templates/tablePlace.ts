/**
 * Where one table's cells stand on the sheet, in one of two shapes:
 * - across: the document's own shape, rows of counties (or lines) and columns of measures by
 *   year, grouped under their year (2021年), with an optional caption row above;
 * - yearsDown: a county's own form, its one row turned so that the years run down the rows and the
 *   measures across, in blocks narrow enough for a portrait page; the document's base figures
 *   (基数) stand on the county's row above them.
 */
import { a1 } from './address';
import { cellKey, type Column, type Row, type Table } from './model';

export type Piece = 'marker' | 'titleEn' | 'guide' | 'title' | 'basis' | 'filer' | 'filedOn' | 'signature' | 'caption' | 'group' | 'header' | 'key';

/** A heading, caption or label placed on the sheet; the table's own cells are placed by position. */
export interface Label {
  r: number;
  c: number;
  kind: Piece;
  value: string;
  table?: Table;
  column?: Column;
  row?: Row;
}

export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Placement {
  labels: Label[];
  merges: Merge[];
  /** Where each of the table's cells stands, by cellKey(row, column). */
  positions: Map<string, { r: number; c: number }>;
  /** Width in characters of each sheet column the table uses. */
  widths: number[];
  /** The table's first row and its header row (the last row repeated on every printed page). */
  top: number;
  headerRow: number;
  /** The row after the table and a blank row under it. */
  next: number;
}

/** The key column's header and each year's label when the years run down the rows. */
export const YEAR_HEADER = '年度';
export const yearLabel = (y: number): string => `${y}年`;

/** Columns of a county's own form: wide enough for five characters of 11 pt text a line. */
export const YEARS_DOWN_WIDTH = 8;

export function placeAcross(table: Table, top: number): Placement {
  const labels: Label[] = [];
  const merges: Merge[] = [];
  let r = top;
  if (table.caption) {
    labels.push({ r, c: 0, kind: 'caption', value: table.caption, table });
    merges.push({ r1: r, c1: 0, r2: r, c2: table.columns.length - 1 });
    r += 1;
  }
  if (table.columns.some((col) => col.group)) {
    let start = 0;
    table.columns.forEach((column, c) => {
      const next = table.columns[c + 1];
      if (next && next.group === column.group) return;
      if (column.group) {
        labels.push({ r, c: start, kind: 'group', value: column.group, table });
        if (c > start) merges.push({ r1: r, c1: start, r2: r, c2: c });
      }
      start = c + 1;
    });
    r += 1;
  }
  table.columns.forEach((column, c) => labels.push({ r, c, kind: 'header', value: column.header, table, column }));
  const headerRow = r;
  const positions = new Map<string, { r: number; c: number }>();
  for (const row of table.rows) {
    r += 1;
    table.columns.forEach((column, c) => positions.set(cellKey(row.key, column.key), { r, c }));
  }
  return { labels, merges, positions, widths: table.columns.map((c) => c.width), top, headerRow, next: r + 2 };
}

/** Whether a table can be turned: one row, and measures by year that say their header without the year. */
export const turnable = (table: Table): boolean => table.rows.length === 1 && table.columns.some((c) => c.yearless !== undefined);

/**
 * The one row turned: the key and base figures on a row of their own, then for each block of
 * measures a header row (年度, the measures' yearless headers) and a row a year.
 * `perBlock` is how many measures a block holds.
 */
export function placeYearsDown(table: Table, top: number, perBlock: number): Placement {
  const row = table.rows[0]!;
  const labels: Label[] = [];
  const positions = new Map<string, { r: number; c: number }>();
  const keyCol = table.columns.find((c) => c.role === 'key')!;
  const givens = table.columns.filter((c) => c.yearless === undefined && c.role !== 'key');
  const measures = [...new Map(table.columns.filter((c) => c.yearless !== undefined).map((c) => [c.yearless!, c] as const)).values()];
  const years = [...new Set(table.columns.map((c) => (c.yearless !== undefined ? c.year : undefined)).filter((y): y is number => typeof y === 'number'))];
  const widths = [keyCol.width];
  const widen = (c: number, w: number) => (widths[c] = Math.max(widths[c] ?? 0, w));

  let r = top;
  labels.push({ r, c: 0, kind: 'header', value: keyCol.header, table, column: keyCol });
  givens.forEach((g, i) => {
    labels.push({ r, c: i + 1, kind: 'header', value: g.header, table, column: g });
    widen(i + 1, Math.min(g.width, YEARS_DOWN_WIDTH));
  });
  positions.set(cellKey(row.key, keyCol.key), { r: r + 1, c: 0 });
  givens.forEach((g, i) => positions.set(cellKey(row.key, g.key), { r: r + 1, c: i + 1 }));
  r += 3;
  const headerRow = r;
  const blocks = Math.ceil(measures.length / perBlock);
  const size = Math.ceil(measures.length / blocks);
  for (let b = 0; b < blocks; b++) {
    const block = measures.slice(b * size, (b + 1) * size);
    labels.push({ r, c: 0, kind: 'header', value: YEAR_HEADER, table });
    block.forEach((m, i) => {
      labels.push({ r, c: i + 1, kind: 'header', value: m.yearless!, table, column: m });
      widen(i + 1, YEARS_DOWN_WIDTH);
    });
    for (const y of years) {
      r += 1;
      labels.push({ r, c: 0, kind: 'key', value: yearLabel(y), table, row });
      block.forEach((m, i) => {
        const column = table.columns.find((c) => c.yearless === m.yearless && c.year === y);
        if (column) positions.set(cellKey(row.key, column.key), { r, c: i + 1 });
      });
    }
    r += 2;
  }
  return { labels, merges: [], positions, widths, top, headerRow, next: r };
}

export const labelAddress = (l: { r: number; c: number }): string => a1(l.r, l.c);
