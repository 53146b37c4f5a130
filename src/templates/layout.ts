/**
 * Where a template's cells stand on the sheet. The .xlsx writer and the Excel adapter both place
 * cells from this one layout, so a template looks the same written to a file or inserted in Excel.
 *
 *   row 1  title (zh)          row 4  how to fill it in
 *   row 2  title (en)          row 5  the template marker (careplan:ID[:county])
 *   row 3  document and clause row 7… tables: [caption] [group headings] headers, rows
 */
import { a1 } from './address';
import { formulaText } from './formula';
import { cellKey, type CellRef, type Column, type Content, type Row, type Table, type Template } from './model';
import { markerOf } from './marker';

export type Piece = 'title' | 'titleEn' | 'basis' | 'guide' | 'marker' | 'caption' | 'group' | 'header' | 'key';

export interface PlacedCell {
  /** 0-based row and column. */
  r: number;
  c: number;
  address: string;
  kind: Piece | 'label' | 'target' | 'given' | 'input' | 'computed';
  value: number | string | null;
  /** Formula text without '=' (computed cells). */
  formula?: string;
  table?: Table;
  row?: Row;
  column?: Column;
  content?: Content;
}

export interface Layout {
  template: Template;
  cells: PlacedCell[];
  merges: { r1: number; c1: number; r2: number; c2: number }[];
  /** Width of each sheet column in characters. */
  widths: number[];
  /** Rows and columns frozen at the top and left. */
  freeze: { rows: number; cols: number };
  /** 0-based first and last rows repeated on every printed page. */
  printRows: [number, number];
  /** Where a cell by meaning stands. */
  address(ref: CellRef): string;
  /** Where each table's header row stands (0-based). */
  headerRow: Map<string, number>;
}

const FIRST_TABLE_ROW = 6;

export function layout(t: Template): Layout {
  const cells: PlacedCell[] = [];
  const merges: Layout['merges'] = [];
  const width = Math.max(...t.tables.map((tb) => tb.columns.length));
  const widths = Array.from({ length: width }, (_, c) => Math.max(...t.tables.map((tb) => tb.columns[c]?.width ?? 0)));
  const positions = new Map<string, { r: number; c: number }>();
  const headerRow = new Map<string, number>();

  const banner: [Piece, string][] = [
    ['title', t.title.zh],
    ['titleEn', t.title.en],
    ['basis', `依据：${t.basis}\u3000Source: ${t.basisEn}`],
    ['guide', t.guide],
    ['marker', markerOf(t)],
  ];
  banner.forEach(([kind, value], r) => {
    cells.push({ r, c: 0, address: a1(r, 0), kind, value });
    if (kind !== 'marker') merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
  });

  let r = FIRST_TABLE_ROW;
  let firstHeaders: [number, number] = [r, r];
  for (const table of t.tables) {
    const top = r;
    if (table.caption) {
      cells.push({ r, c: 0, address: a1(r, 0), kind: 'caption', value: table.caption, table });
      merges.push({ r1: r, c1: 0, r2: r, c2: table.columns.length - 1 });
      r += 1;
    }
    if (table.columns.some((col) => col.group)) {
      placeGroups(table, r, cells, merges);
      r += 1;
    }
    table.columns.forEach((column, c) => cells.push({ r, c, address: a1(r, c), kind: 'header', value: column.header, table, column }));
    headerRow.set(table.key, r);
    if (table === t.tables[0]) firstHeaders = [top, r];
    r += 1;
    for (const row of table.rows) {
      table.columns.forEach((column, c) => positions.set(`${table.key}|${cellKey(row.key, column.key)}`, { r, c }));
      r += 1;
    }
    r += 1;
  }

  const address = (ref: CellRef): string => {
    const p = positions.get(`${ref.table}|${cellKey(ref.row, ref.col)}`);
    if (!p) throw new Error(`template ${t.id} refers to a cell it does not lay out: ${ref.table} ${ref.row} ${ref.col}`);
    // The settings of a budget sheet are absolute, so a formula copied down keeps reading them.
    return ref.table === 'settings' ? `$${a1(p.r, p.c).replace(/(\d+)$/u, '$$$1')}` : a1(p.r, p.c);
  };

  for (const table of t.tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, c) => {
        const p = positions.get(`${table.key}|${cellKey(row.key, column.key)}`)!;
        cells.push(placeCell(table, row, column, c, p.r, address));
      });
    }
  }

  const single = t.tables.length === 1;
  return {
    template: t,
    cells,
    merges,
    widths,
    // One table: its headers stay in view and print on every page; a budget keeps its title.
    freeze: single ? { rows: firstHeaders[1] + 1, cols: t.frozenCols } : { rows: 2, cols: 0 },
    printRows: single ? firstHeaders : [0, 1],
    address,
    headerRow,
  };
}

function placeGroups(table: Table, r: number, cells: PlacedCell[], merges: Layout['merges']): void {
  let start = 0;
  table.columns.forEach((column, c) => {
    const next = table.columns[c + 1];
    if (next && next.group === column.group) return;
    if (column.group) {
      cells.push({ r, c: start, address: a1(r, start), kind: 'group', value: column.group, table });
      if (c > start) merges.push({ r1: r, c1: start, r2: r, c2: c });
    }
    start = c + 1;
  });
}

function placeCell(table: Table, row: Row, column: Column, c: number, r: number, address: (ref: CellRef) => string): PlacedCell {
  const content = table.cells.get(cellKey(row.key, column.key));
  const base = { r, c, address: a1(r, c), table, row, column, ...(content ? { content } : {}) };
  if (column.role === 'key') {
    const k = table.columns.slice(0, c + 1).filter((col) => col.role === 'key').length - 1;
    return { ...base, kind: 'key', value: row.labels[k] ?? null };
  }
  if (content?.formula) return { ...base, kind: 'computed', value: null, formula: formulaText(content.formula, address) };
  return { ...base, kind: column.role, value: content?.value ?? null };
}

/** The cells `template --describe` lists: everything a county or the checker reads. */
export function describedCells(l: Layout): PlacedCell[] {
  return l.cells.filter((c) => c.kind === 'target' || c.kind === 'given' || c.kind === 'input' || c.kind === 'computed');
}
