/**
 * A sheet as the checker reads it: the cells' values, whatever program or API produced them. The
 * .xlsx reader (src/xlsx) and the Excel adapter (src/excel) both build this, so the checker never
 * knows where a sheet came from.
 */

/** A formula's last computed value, as the file or Excel holds it; `null` when none was saved. */
export type Cached = number | string | boolean | CellError | null;

/** An error value (#DIV/0!, #N/A, …) in a cell or as a formula's cached result. */
export interface CellError {
  t: 'error';
  code: string;
}

/** A number shown with a date format: a date typed into the cell, not a count. */
export interface CellDate {
  t: 'date';
  /** The Excel serial day number. */
  serial: number;
}

export interface CellFormula {
  t: 'formula';
  /** Without the leading '='. */
  formula: string;
  cached: Cached;
}

/** Plain values stay primitives so that a 100,000-row sheet costs no object per cell. */
export type Cell = null | undefined | number | string | boolean | CellError | CellDate | CellFormula;

export interface Grid {
  /** The sheet's name as the workbook shows it. */
  name: string;
  /** rows[r][c], both 0-based (A1 is rows[0][0]); a missing row or cell is blank. */
  rows: Cell[][];
  /**
   * The value of the sheet's own CAREPLAN_TEMPLATE defined name (templates/marker.ts), where the
   * reader found one: the template marker kept out of the printed page.
   */
  markerName?: string;
}

export const cellAt = (g: Grid, r: number, c: number): Cell => g.rows[r]?.[c];

/** A1 address of a 0-based row and column. */
export function a1(r: number, c: number): string {
  let col = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${col}${r + 1}`;
}

/** The 0-based row and column of an A1 address ($ signs allowed). */
export function parseA1(address: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(address.toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
