/**
 * A template laid out as a spreadsheet holds it once a county has typed into it, for the checker's
 * tests. Everything is found as a person finds it on the sheet: a column by its header words, a row
 * by the county (or row label) in its key column; never by a fixed address, so a test reads the same
 * after the rows were sorted or a column was inserted.
 */
import { a1, cellAt, parseA1, type Cached, type Cell, type Grid } from '../../src/check/grid';
import type { Finding } from '../../src/check/finding';
import { evaluate, type Value } from '../../src/templates/formula';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import type { CellRef, Table, Template } from '../../src/templates/model';
import { buildTemplate, type TemplateOptions } from '../../src/templates';

/** A row by its first key cell (a county, 小计, 城市) or by all its key cells in order ([指标, 2025]). */
export type RowLabel = string | readonly (string | number)[];

export interface SheetOptions {
  /** The sheet's name; the template's own by default. */
  name?: string;
  /** The value a computed cell was saved with; null (the default) is a formula saved without its value. */
  cached?: (cell: PlacedCell) => Cached;
}

const text = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (typeof c === 'object') return c.t === 'formula' && typeof c.cached === 'string' ? c.cached : '';
  return String(c);
};

/** How a placed cell stands in a saved workbook. */
function saved(p: PlacedCell, cached: SheetOptions['cached']): Cell {
  if (p.formula !== undefined) return { t: 'formula', formula: p.formula, cached: cached ? cached(p) : null };
  if (p.value === null) return null;
  const format = p.content?.format ?? p.column?.format;
  if (format === 'date' && typeof p.value === 'number') return { t: 'date', serial: p.value };
  return p.value;
}

export class Sheet {
  readonly grid: Grid;
  readonly layout: Layout;
  /** Each table's header row, by table key; kept right as rows are taken out or added. */
  private readonly headerRows: Map<string, number>;

  constructor(
    readonly template: Template,
    options: SheetOptions = {},
  ) {
    this.layout = layout(template);
    this.grid = { name: options.name ?? template.sheet, rows: [] };
    for (const p of this.layout.cells) {
      const row = (this.grid.rows[p.r] ??= []);
      row[p.c] = saved(p, options.cached);
    }
    for (let r = 0; r < this.grid.rows.length; r++) this.grid.rows[r] ??= [];
    this.headerRows = new Map(this.layout.headerRow);
  }

  /** The template's table by key; the only table when none is named. */
  table(key?: string): Table {
    const t = key === undefined ? this.template.tables[0] : this.template.tables.find((x) => x.key === key);
    if (!t) throw new Error(`no table ${key ?? '(first)'} in ${this.template.id}`);
    return t;
  }

  private headerRow(table: Table): number {
    const r = this.headerRows.get(table.key);
    if (r === undefined) throw new Error(`table ${table.key} has no header row`);
    return r;
  }

  /** The sheet column whose header, in the table's header row, reads exactly `header`. */
  col(header: string, tableKey?: string): number {
    const table = this.table(tableKey);
    const row = this.grid.rows[this.headerRow(table)] ?? [];
    // The layout breaks a long header into lines (templates/lines.ts); a person reads it as one.
    const c = row.findIndex((cell) => text(cell).replace(/\n/gu, '') === header);
    if (c < 0) throw new Error(`no column headed “${header}” in table ${table.key}: ${row.map(text).join(' | ')}`);
    return c;
  }

  private keyCols(table: Table): number[] {
    return table.columns.filter((c) => c.role === 'key').map((c) => this.col(c.header, table.key));
  }

  /** The sheet rows of a table's body: from below its header to the first row with no key words. */
  dataRows(tableKey?: string): number[] {
    const table = this.table(tableKey);
    const [first] = this.keyCols(table);
    const out: number[] = [];
    for (let r = this.headerRow(table) + 1; r < this.grid.rows.length; r++) {
      if (text(cellAt(this.grid, r, first!)) === '' && !(this.grid.rows[r] ?? []).some((c) => text(c) !== '')) break;
      out.push(r);
    }
    return out;
  }

  private matches(r: number, table: Table, label: RowLabel): boolean {
    const words = typeof label === 'string' ? [label] : label.map(String);
    const keys = this.keyCols(table);
    return words.every((w, i) => text(cellAt(this.grid, r, keys[i]!)) === w);
  }

  /** The sheet row of a row label (first one, if it stands twice). */
  row(label: RowLabel, tableKey?: string): number {
    const table = this.table(tableKey);
    const r = this.dataRows(table.key).find((x) => this.matches(x, table, label));
    if (r === undefined) throw new Error(`no row “${String(label)}” in table ${table.key}`);
    return r;
  }

  /** The A1 address of a row's cell under a header. */
  address(label: RowLabel, header: string, tableKey?: string): string {
    const { r, c } = this.at(label, header, tableKey);
    return a1(r, c);
  }

  get(label: RowLabel, header: string, tableKey?: string): Cell {
    const { r, c } = this.at(label, header, tableKey);
    return cellAt(this.grid, r, c);
  }

  /**
   * A row's cell under a header. On a county's own form the years run down the rows, so the cell a
   * whole-city header names (2021年实际新增改造（张）) stands where the layout turned it.
   */
  private at(label: RowLabel, header: string, tableKey?: string): { r: number; c: number } {
    const table = this.table(tableKey);
    const column = table.columns.find((c) => c.header === header);
    if (this.template.county !== null && column?.yearless !== undefined) {
      return parseA1(this.layout.address({ table: table.key, row: table.rows[0]!.key, col: column.key }));
    }
    return { r: this.row(label, tableKey), c: this.col(header, tableKey) };
  }

  /** Types a value into a row's cell under a header (a formula or date as its object). */
  fill(label: RowLabel, header: string, value: Cell, tableKey?: string): this {
    const { r, c } = this.at(label, header, tableKey);
    (this.grid.rows[r] ??= [])[c] = value;
    return this;
  }

  /** Sets what a formula cell was saved showing. */
  setCached(label: RowLabel, header: string, cached: Cached, tableKey?: string): this {
    const cell = this.get(label, header, tableKey);
    if (typeof cell !== 'object' || cell === null || cell.t !== 'formula') throw new Error(`${this.address(label, header, tableKey)} holds no formula`);
    return this.fill(label, header, { ...cell, cached }, tableKey);
  }

  /** Reorders a table's body rows, as a sort of the whole rows (the total row included) would. */
  sortRows(compare: (a: string[], b: string[]) => number, tableKey?: string): this {
    const table = this.table(tableKey);
    const rows = this.dataRows(table.key);
    const keys = this.keyCols(table);
    const body = rows.map((r) => this.grid.rows[r] ?? []);
    const words = (row: Cell[]) => keys.map((c) => text(row[c]));
    body.sort((a, b) => compare(words(a), words(b)));
    rows.forEach((r, i) => (this.grid.rows[r] = body[i]!));
    return this;
  }

  /** Reverses a table's body rows. */
  reverseRows(tableKey?: string): this {
    const table = this.table(tableKey);
    const rows = this.dataRows(table.key);
    const body = rows.map((r) => this.grid.rows[r] ?? []).reverse();
    rows.forEach((r, i) => (this.grid.rows[r] = body[i]!));
    return this;
  }

  /**
   * Inserts a blank sheet column at 0-based `at`: every cell at or right of it moves one column right
   * and nothing else changes (formula texts are not rewritten), so the checker must find columns by
   * their headers.
   */
  insertColumn(at: number, header?: string, tableKey?: string): this {
    for (const row of this.grid.rows) if (row.length > at) row.splice(at, 0, null);
    if (header !== undefined) (this.grid.rows[this.headerRow(this.table(tableKey))] ??= [])[at] = header;
    return this;
  }

  /** Deletes the column under a header: the cells right of it move one column left. */
  removeColumn(header: string, tableKey?: string): this {
    const c = this.col(header, tableKey);
    for (const row of this.grid.rows) if (row.length > c) row.splice(c, 1);
    return this;
  }

  /** Retypes a row's first key cell (于都县 → 于都). */
  renameRow(label: RowLabel, to: string, tableKey?: string): this {
    const table = this.table(tableKey);
    const r = this.row(label, table.key);
    (this.grid.rows[r] ??= [])[this.keyCols(table)[0]!] = to;
    return this;
  }

  private shiftHeaders(from: number, by: number): void {
    for (const [k, r] of this.headerRows) if (r >= from) this.headerRows.set(k, r + by);
  }

  /** Deletes a row: the rows below move up. */
  removeRow(label: RowLabel, tableKey?: string): this {
    const r = this.row(label, tableKey);
    this.grid.rows.splice(r, 1);
    this.shiftHeaders(r + 1, -1);
    return this;
  }

  /** Copies a row right below itself (the rows below move down); returns the copy's 0-based row. */
  duplicateRow(label: RowLabel, tableKey?: string): number {
    const r = this.row(label, tableKey);
    this.grid.rows.splice(r + 1, 0, [...(this.grid.rows[r] ?? [])]);
    this.shiftHeaders(r + 1, 1);
    return r + 1;
  }

  /** Blanks every cell in the top rows that carries the careplan marker. */
  removeMarker(): this {
    for (const row of this.grid.rows.slice(0, 12)) row.forEach((c, i) => text(c).includes('careplan:') && (row[i] = null));
    return this;
  }

  /** A cell by meaning, wherever it stands now. */
  addressOf(ref: CellRef): string {
    const table = this.table(ref.table);
    const row = table.rows.find((x) => x.key === ref.row);
    const column = table.columns.find((x) => x.key === ref.col);
    if (!row || !column) throw new Error(`no cell ${ref.table} ${ref.row} ${ref.col}`);
    return this.address(row.labels, column.header, table.key);
  }

  /**
   * Saves every formula with the value a spreadsheet would compute from the cells as they stand now:
   * template formulas evaluated over this sheet's cells (CARE.* by the catalog, as Excel calls it).
   */
  recalculate(): this {
    const memo = new Map<string, Value | undefined>();
    const read = (ref: CellRef): Value | undefined => {
      const key = `${ref.table}|${ref.row}|${ref.col}`;
      if (memo.has(key)) return memo.get(key);
      const table = this.table(ref.table);
      const content = table.cells.get(`${ref.row}|${ref.col}`);
      let v: Value | undefined;
      if (content?.formula) v = evaluate(content.formula, read);
      else {
        const at = parseA1(this.addressOf(ref));
        const cell = cellAt(this.grid, at.r, at.c);
        v = cell === undefined ? null : typeof cell === 'object' && cell !== null ? (cell.t === 'date' ? cell.serial : cell.t === 'error' ? cell : cell.cached) : cell;
      }
      memo.set(key, v);
      return v;
    };
    for (const table of this.template.tables) {
      for (const row of table.rows) {
        for (const column of table.columns) {
          const content = table.cells.get(`${row.key}|${column.key}`);
          if (!content?.formula) continue;
          const v = read({ table: table.key, row: row.key, col: column.key });
          const cached: Cached = v === undefined ? null : typeof v === 'object' && v !== null ? { t: 'error', code: v.code } : v;
          this.setCached(row.labels, column.header, cached, table.key);
        }
      }
    }
    return this;
  }
}

/** A template's sheet as written, before anyone typed into it. */
export function sheetOf(id: string, o: TemplateOptions = {}, options: SheetOptions = {}): Sheet {
  return new Sheet(buildTemplate(id, o), options);
}

/** What identifies a finding apart from where it stands. */
export const meaningOfFinding = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, county: f.county, measure: f.measure, year: f.year, expected: f.expected, actual: f.actual, gap: f.gap });

/** The findings of one rule, or at one cell. */
export const byRule = (fs: readonly Finding[], ruleId: string): Finding[] => fs.filter((f) => f.ruleId === ruleId);
export const atCell = (fs: readonly Finding[], cell: string): Finding[] => fs.filter((f) => f.cell === cell);
