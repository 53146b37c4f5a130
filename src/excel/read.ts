/**
 * A worksheet as the checker's Grid, read in one batch: the used range's values, formulas, number
 * formats and value types. A number shown with a date format is a date, an error value is an error
 * (not the text "#DIV/0!" a user may type), a formula keeps its text and the value Excel shows.
 */
import type { Cached, Cell, Grid } from '../check/grid';
import { isDateFormatCode } from '../check/numberFormats';

/** What one load of the used range gives, with where that range starts (0-based). */
export interface UsedBlock {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

export interface QueuedGrid {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the loads of the sheet's name and used range. */
export function queueGrid(sheet: Excel.Worksheet): QueuedGrid {
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,values,formulas,numberFormat,valueTypes');
  return { sheet, used };
}

/** After `context.sync()`: the Grid of what queueGrid loaded. */
export const loadedGrid = (q: QueuedGrid): Grid => gridOf(q.sheet.name, q.used.isNullObject ? null : q.used);

const ERROR = 'Error';

function cached(value: unknown, type: unknown): Cached {
  if (type === ERROR) return { t: 'error', code: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** One cell as the checker reads it; `isDate` tells whether a number format shows a date. */
export function cellOf(value: unknown, formula: unknown, format: unknown, type: unknown, isDate: (format: string) => boolean): Cell {
  if (typeof formula === 'string' && formula.startsWith('=')) return { t: 'formula', formula: formula.slice(1), cached: cached(value, type) };
  if (type === ERROR) return { t: 'error', code: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' && typeof format === 'string' && isDate(format)) return { t: 'date', serial: value };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** The Grid of a used range that starts at (rowIndex, columnIndex): A1 is rows[0][0] whatever the offset. */
export function gridOf(name: string, block: UsedBlock | null): Grid {
  if (!block) return { name, rows: [] };
  const dateFormats = new Map<string, boolean>();
  const isDate = (format: string): boolean => {
    let known = dateFormats.get(format);
    if (known === undefined) {
      known = isDateFormatCode(format);
      dateFormats.set(format, known);
    }
    return known;
  };
  const rows: Cell[][] = Array.from({ length: block.rowIndex }, () => []);
  block.values.forEach((values, r) => {
    const formulas = block.formulas[r] ?? [];
    const formats = block.numberFormat[r] ?? [];
    const types = block.valueTypes[r] ?? [];
    const row: Cell[] = new Array<Cell>(block.columnIndex + values.length).fill(undefined);
    values.forEach((v, c) => {
      row[block.columnIndex + c] = cellOf(v, formulas[c], formats[c], types[c], isDate);
    });
    rows.push(row);
  });
  return { name, rows };
}
