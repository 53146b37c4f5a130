/**
 * A worksheet as the checker's Grid: the used range's values, formulas, number formats and value
 * types. A number shown with a date format is a date, an error value is an error (not the text
 * "#DIV/0!" a user may type), a formula keeps its text and the value Excel shows, and a CARE cell
 * still calculating is "not computed yet".
 *
 * Read in blocks: Excel on the web limits a request and its response to 5 MB and throws
 * RequestPayloadSizeLimitExceeded beyond (https://learn.microsoft.com/office/dev/add-ins/excel/performance,
 * office-js-docs-pr docs/excel/performance.md:127; excel-win32-16.01.debug.js:10983). Each block
 * holds at most CELLS_PER_BLOCK cells, its rows sized from the used range's column count. The first
 * sync loads the used range's extent together with the sheet's top-left FIRST_ROWS × FIRST_COLUMNS
 * cells, which is the whole of every careplan form: a sheet inside it costs that one sync as
 * before; a larger one then costs one sync per block.
 */
import type { Cached, Cell, Grid } from '../check/grid';
import { isDateFormatCode } from '../check/numberFormats';

/**
 * Cells per block. The four arrays cost about 27 bytes a cell for the figures of a county form
 * (test/excel/syncs.test.ts and bench/excelCheck.ts print it: 38 columns, 263 rows, about 270 KB a
 * block) and at most about 330 for a cell of 50 Chinese characters (3 bytes each, in values and in
 * formulas, with its format and type): 10,000 such cells are 3.3 MB, still under the 5 MB.
 */
export const CELLS_PER_BLOCK = 10_000;
export const FIRST_COLUMNS = 64;
export const FIRST_ROWS = Math.floor(CELLS_PER_BLOCK / FIRST_COLUMNS);

/** What one load of a block gives, with where that block starts (0-based). */
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
  first: Excel.Range;
}

/** A rectangle of the sheet, 0-based. */
export interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Queues the loads of the sheet's name, its used range's extent and the top-left block. */
export function queueGrid(sheet: Excel.Worksheet): QueuedGrid {
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const first = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, FIRST_ROWS, FIRST_COLUMNS));
  first.load('rowIndex,columnIndex,values,formulas,numberFormat,valueTypes');
  return { sheet, used, first };
}

/** Whether the used range lies inside the top-left block that the first sync read. */
export const insideFirst = (u: Extent): boolean => u.rowIndex + u.rowCount <= FIRST_ROWS && u.columnIndex + u.columnCount <= FIRST_COLUMNS;

/** The blocks that cover the used range: full width (cut where wider than a block), rows sized from the width. */
export function blocksOf(u: Extent): Extent[] {
  const width = Math.min(u.columnCount, CELLS_PER_BLOCK);
  const height = Math.max(1, Math.floor(CELLS_PER_BLOCK / width));
  const out: Extent[] = [];
  for (let r = 0; r < u.rowCount; r += height) {
    for (let c = 0; c < u.columnCount; c += width) {
      out.push({ rowIndex: u.rowIndex + r, columnIndex: u.columnIndex + c, rowCount: Math.min(height, u.rowCount - r), columnCount: Math.min(width, u.columnCount - c) });
    }
  }
  return out;
}

/**
 * After the first `context.sync()`: the Grid, reading in blocks what the first sync did not cover,
 * one sync per block.
 */
export async function readGrid(context: Excel.RequestContext, q: QueuedGrid): Promise<Grid> {
  const name = q.sheet.name;
  if (q.used.isNullObject) return gridOf(name, []);
  if (insideFirst(q.used)) return gridOf(name, q.first.isNullObject ? [] : [q.first]);
  const read: UsedBlock[] = [];
  for (const b of blocksOf(q.used)) {
    const range = q.sheet.getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount);
    range.load('rowIndex,columnIndex,values,formulas,numberFormat,valueTypes');
    // One sync per block, on purpose: a sync after all of them would send one response over the limit
    // (the subsets-with-a-sync-each pattern of docs/concepts/correlated-objects-pattern.md:228).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    read.push(range);
  }
  return gridOf(name, read);
}

const ERROR = 'Error';

/**
 * What a CARE cell shows while Excel is still working it out: #BUSY! while a custom function runs
 * (docs/excel/custom-functions-troubleshooting.md:102), #GETTING_DATA from older asynchronous
 * functions, #CALC! when a function that is not synchronous meets Excel's own evaluation
 * (docs/excel/custom-functions-synchronous.md:16). Read as no value yet, never as a figure.
 */
const NOT_COMPUTED = new Set(['#BUSY!', '#GETTING_DATA', '#CALC!']);

function cached(value: unknown, type: unknown): Cached {
  if (type === ERROR) return NOT_COMPUTED.has(String(value)) ? null : { t: 'error', code: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** One cell as the checker reads it; `isDate` tells whether a number format shows a date. */
export function cellOf(value: unknown, formula: unknown, format: unknown, type: unknown, isDate: (format: string) => boolean): Cell {
  if (typeof formula === 'string' && formula.startsWith('=')) return { t: 'formula', formula: formula.slice(1), cached: cached(value, type) };
  if (type === ERROR) return { t: 'error', code: String(value) };
  if (value === '') return null;
  if (typeof value === 'number' && typeof format === 'string' && isDate(format)) return { t: 'date', serial: value };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** The Grid of blocks of a sheet: A1 is rows[0][0] wherever a block starts. */
export function gridOf(name: string, blocks: readonly UsedBlock[]): Grid {
  const dateFormats = new Map<string, boolean>();
  const isDate = (format: string): boolean => {
    let known = dateFormats.get(format);
    if (known === undefined) {
      known = isDateFormatCode(format);
      dateFormats.set(format, known);
    }
    return known;
  };
  const rows: Cell[][] = [];
  for (const block of blocks) {
    block.values.forEach((values, i) => {
      // Excel gives the four arrays of a range the same shape.
      const formulas = block.formulas[i]!;
      const formats = block.numberFormat[i]!;
      const types = block.valueTypes[i]!;
      const r = block.rowIndex + i;
      for (let k = rows.length; k <= r; k++) rows.push([]);
      const row = rows[r]!;
      for (let k = row.length; k < block.columnIndex; k++) row.push(undefined);
      values.forEach((v, c) => {
        row[block.columnIndex + c] = cellOf(v, formulas[c], formats[c], types[c], isDate);
      });
    });
  }
  return { name, rows };
}
