/**
 * Everything a template's sheet needs, worked out before Excel is touched: the one block of cell
 * contents and the one block of number formats for the used rectangle, and each look, validation
 * and merge as rectangles. Pure, from the same layout() the .xlsx writer places its cells from.
 */
import { a1 } from '../check/grid';
import type { Layout, PlacedCell } from '../templates/layout';
import type { PrintSetup } from '../templates/print';
import { acceptsOf } from '../templates/validation';
import { GENERAL, lookOf, numberFormatOf, widthPoints, type Look } from './look';
import { rectanglesBy, type Rect } from './rects';
import { inputValidation, type InputValidation } from './validationRule';

export interface SheetPlan {
  rows: number;
  cols: number;
  /** What `range.formulas` gets for the used rectangle: '=' formulas, numbers, texts, '' for blank. */
  contents: (string | number)[][];
  numberFormats: string[][];
  looks: { look: Look; rects: Rect[] }[];
  validations: { validation: InputValidation; rects: Rect[] }[];
  merges: Rect[];
  /** Column widths in points. */
  widths: number[];
  freeze: { rows: number; cols: number };
  /** Rows repeated on every printed page, as Excel writes them ($7:$8). */
  printTitles: string;
  printArea: string;
  /** The page: orientation, scale, the year groups' column breaks, the key column on every page ($A:$A). */
  print: PrintSetup;
  printTitleColumns: string | null;
  /** Rows of the signature block and the filer's line, given room to write in. */
  signatureRows: number[];
  /** The sheet-scoped name carrying the template marker, and the formula it refers to; none on a budget's 参数 sheet. */
  marker?: { name: string; formula: string };
  /** The CARE.* formula cells, checked for #NAME? after writing (office-js#6614). */
  care: { address: string; formula: string }[];
}

/**
 * A text Excel would read as something else when written (a year "2025" as a number, "1-2" as a
 * date, "=…" as a formula) is written after an apostrophe, which Excel keeps out of the value.
 */
const READ_AS_OTHER = /^[=+\-@']|^[\d.,\s]+%?$|^\d{1,4}[-/.年]\d{1,2}|^(true|false)$/iu;
export const literalText = (s: string): string => (READ_AS_OTHER.test(s) ? `'${s}` : s);

const column = (c: number): string => a1(0, c).replace(/\d+$/u, '');

const CARE_CALL = /\bCARE\.[A-Z]+\(/u;

function content(cell: PlacedCell): string | number {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.value === null) return '';
  return typeof cell.value === 'string' ? literalText(cell.value) : cell.value;
}

export function planSheet(l: Layout): SheetPlan {
  const rows = Math.max(...l.cells.map((c) => c.r)) + 1;
  const cols = Math.max(l.widths.length, ...l.cells.map((c) => c.c + 1));
  const contents = Array.from({ length: rows }, () => Array.from({ length: cols }, (): string | number => ''));
  const numberFormats = Array.from({ length: rows }, () => Array.from({ length: cols }, () => GENERAL));
  const looks = new Map<string, Look>();
  const lookKeys = new Map<PlacedCell, string>();
  for (const cell of l.cells) {
    contents[cell.r]![cell.c] = content(cell);
    numberFormats[cell.r]![cell.c] = numberFormatOf(cell);
    const look = lookOf(cell);
    const key = JSON.stringify(look);
    looks.set(key, look);
    lookKeys.set(cell, key);
  }
  const validationOf = new Map<string, InputValidation>();
  const validationRects = rectanglesBy(l.cells, (cell) => {
    const accepts = cell.kind === 'input' ? acceptsOf(cell) : undefined;
    const v = accepts && inputValidation(accepts);
    if (!accepts || !v) return undefined;
    validationOf.set(accepts, v);
    return accepts;
  });
  const [first, last] = l.printRows;
  return {
    rows,
    cols,
    contents,
    numberFormats,
    looks: [...rectanglesBy(l.cells, (cell) => lookKeys.get(cell))].map(([key, rects]) => ({ look: looks.get(key)!, rects })),
    validations: [...validationRects].map(([accepts, rects]) => ({ validation: validationOf.get(accepts)!, rects })),
    merges: l.merges.map((m) => ({ r: m.r1, c: m.c1, rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 })),
    widths: l.widths.map(widthPoints),
    freeze: l.freeze,
    printTitles: `$${first + 1}:$${last + 1}`,
    printArea: `A${l.printArea[0] + 1}:${a1(l.printArea[1], cols - 1)}`,
    print: l.print,
    printTitleColumns: l.print.titleColumns ? `$${column(l.print.titleColumns[0])}:$${column(l.print.titleColumns[1])}` : null,
    signatureRows: l.signatureRows,
    ...(l.marker ? { marker: { name: l.marker.name, formula: `="${l.marker.value}"` } } : {}),
    care: l.cells.filter((c) => c.formula !== undefined && CARE_CALL.test(c.formula)).map((c) => ({ address: c.address, formula: `=${c.formula}` })),
  };
}
