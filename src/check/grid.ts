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

// A1 addresses are the templates' (they lay cells out by them); the checker names cells by them too.
export { a1, parseA1 } from '../templates/address';
