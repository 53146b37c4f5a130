/**
 * Finding a template's tables on a filled sheet. Nothing is read by fixed address: a table is found
 * by its header row, a column by its header words and a row by the words in its key columns (a
 * county's name however it is shortened), so a sheet whose rows were sorted or that gained a
 * column is read the same.
 */
import { countyStem } from '../rules/plans/names';
import type { Column, Row, Table, Template } from '../templates/model';
import { parseMarker } from '../templates/marker';
import { isSignatureText } from '../templates/signature';
import { fold } from './cellText';
import { cellAt, type Grid } from './grid';
import { HEADER_DEPTH, headerMatcher, headerParts, labelText } from './headerBand';
import { locateYearsDown } from './locateYears';

/** How far down the sheet a marker or a header row is looked for. */
const MARKER_ROWS = 12;
const HEADER_ROWS = 200;

export interface LocatedTable {
  table: Table;
  headerRow: number;
  /** Sheet column of each template column found, by column key. */
  columns: Map<string, number>;
  /** Sheet row of each template row found, by row key. */
  rows: Map<string, number>;
  missingColumns: Column[];
  missingRows: Row[];
  /** Rows whose key words stand more than once: the first is read. */
  duplicateRows: { row: Row; at: number }[];
  /**
   * Where each cell stands, by cellKey(row, column), on a county's own form whose years run down
   * the rows: there a cell's row is its year's, not the county's (locateYears.ts).
   */
  cells?: Map<string, { r: number; c: number }>;
}

export interface Located {
  tables: Map<string, LocatedTable>;
  /** Tables whose header row was not found at all. */
  missingTables: Table[];
}


/** The template marker in the first rows of the sheet, wherever a column was inserted. */
export function findMarker(grid: Grid): { id: string; part: string | null } | undefined {
  const named = grid.markerName === undefined ? undefined : parseMarker(grid.markerName);
  if (named) return named;
  for (let r = 0; r < Math.min(MARKER_ROWS, grid.rows.length); r++) {
    for (const c of grid.rows[r] ?? []) {
      const text = labelText(c);
      if (text.includes('careplan:')) {
        const m = parseMarker(text);
        if (m) return m;
      }
    }
  }
  return undefined;
}


/**
 * The header, among the sheet's first rows, naming most of the table's columns (all its key
 * columns): on one row, or over two or three (headerBand.ts). Its last row is the table's header
 * row; the rows under it are the table's. A shallower header or an earlier row wins a tie.
 */
function headerRowOf(grid: Grid, table: Table, taken: ReadonlySet<number>): { row: number; at: Map<string, number>; depth: number } | undefined {
  const match = headerMatcher(table);
  const keys = table.columns.filter((c) => c.role === 'key').map((c) => c.key);
  let best: { row: number; at: Map<string, number>; depth: number } | undefined;
  for (let r = 0; r < Math.min(HEADER_ROWS, grid.rows.length); r++) {
    for (let depth = 1; depth <= Math.min(HEADER_DEPTH, r + 1); depth++) {
      if (Array.from({ length: depth }, (_, i) => r - i).some((x) => taken.has(x))) continue;
      const at = new Map<string, number>();
      headerParts(grid, r, depth).forEach((parts, c) => {
        const key = match(parts);
        if (key !== undefined && !at.has(key)) at.set(key, c);
      });
      if (!keys.every((k) => at.has(k))) continue;
      if (!best || at.size > best.at.size) best = { row: r, at, depth };
    }
  }
  // A lone key header (项目) is not enough to call a row this table's header.
  return best && best.at.size * 2 >= table.columns.length ? best : undefined;
}

/** A row's identity as its key cells read: county names by stem, other words folded. */
function rowIdentity(words: readonly string[], county: boolean): string {
  return words.map((w, i) => (county && i === 0 ? countyStem(w) : fold(w))).join('|');
}

export function locate(template: Template, grid: Grid): Located {
  const tables = new Map<string, LocatedTable>();
  const missingTables: Table[] = [];
  const taken = new Set<number>();
  const found: { table: Table; row: number; at: Map<string, number> }[] = [];
  for (const table of template.tables) {
    const h = headerRowOf(grid, table, taken);
    const turned = h ? undefined : locateYearsDown(grid, table);
    if (turned) {
      tables.set(table.key, turned);
      continue;
    }
    if (!h) {
      missingTables.push(table);
      continue;
    }
    for (let i = 0; i < h.depth; i++) taken.add(h.row - i);
    found.push({ table, row: h.row, at: h.at });
  }
  // A table's rows run from its header to the next table's header.
  const starts = found.map((f) => f.row).sort((a, b) => a - b);
  for (const f of found) {
    const end = starts.find((s) => s > f.row) ?? grid.rows.length;
    tables.set(f.table.key, rowsOf(grid, f.table, f.row, end, f.at));
  }
  return { tables, missingTables };
}

function rowsOf(grid: Grid, table: Table, headerRow: number, end: number, columns: Map<string, number>): LocatedTable {
  const keyCols = table.columns.filter((c) => c.role === 'key').map((c) => columns.get(c.key)!);
  const county = table.rows.some((r) => r.county !== null && !r.total);
  // The total row (全市总计) is matched by its folded words, not by a county stem.
  const byIdentity = new Map(table.rows.map((r) => [rowIdentity(r.labels, county && !r.total), r] as const));
  for (const r of table.rows) for (const alias of r.aliases ?? []) byIdentity.set(rowIdentity([alias, ...r.labels.slice(1)], county), r);
  const rows = new Map<string, number>();
  const duplicateRows: LocatedTable['duplicateRows'] = [];
  for (let r = headerRow + 1; r < end; r++) {
    const words = keyCols.map((c) => labelText(cellAt(grid, r, c)));
    if (!words[0]) continue;
    // The signature block under a returned form ends the table: 填报人 is no county.
    if (isSignatureText(words[0])) break;
    const row = byIdentity.get(rowIdentity(words, county)) ?? byIdentity.get(rowIdentity(words, false));
    if (!row) continue;
    if (rows.has(row.key)) duplicateRows.push({ row, at: r });
    else rows.set(row.key, r);
  }
  return {
    table,
    headerRow,
    columns,
    rows,
    missingColumns: table.columns.filter((c) => !columns.has(c.key)),
    missingRows: table.rows.filter((r) => !rows.has(r.key)),
    duplicateRows,
  };
}
