/**
 * One worksheet part (xl/worksheets/sheetN.xml) into a Grid: a single forward pass over `<sheetData>`,
 * one cell at a time, with the row limit enforced as rows arrive so an oversized sheet is refused
 * before it is built.
 */
import type { Cached, Cell, Grid } from '../check/grid';
import { tooLarge, tooManyRows } from './errors';
import { MAX_COLS, MAX_ROWS, MAX_WORKBOOK_CELLS } from './limits';
import { readRichText } from './parts';
import type { ReadMeter } from './read';
import { CLOSE, EMPTY, OPEN, XmlScanner, xmlName } from './xmlScanner';
import { parseUint, unescapeOoxml } from './xmlText';

export interface SheetContext {
  /** The workbook's shared-string table, for `t="s"` cells. */
  sharedStrings: readonly string[];
  /** Whether each cell style shows numbers as dates (see readDateStyles). */
  dateStyles: readonly boolean[];
  /** The workbook counts days from 1904 (old Mac Excel): date serials are shifted to the 1900 system. */
  date1904: boolean;
  /** The read's work so far; its cells, all sheets together, are bounded by MAX_WORKBOOK_CELLS. */
  meter: ReadMeter;
}

const SHEET_DATA = xmlName('sheetData');
const DIMENSION = xmlName('dimension');
const ROW = xmlName('row');
const C = xmlName('c');
const V = xmlName('v');
const F = xmlName('f');
const IS = xmlName('is');
const REF = xmlName('ref');
const R_ATTR = xmlName('r');
/** A cell's one-letter attributes, compared as bytes in the per-cell hot path. */
const ATTR_R = 0x72;
const ATTR_S = 0x73;
const ATTR_T = 0x74;

/** The `t` attribute of a cell: how to read its `<v>`. */
const NUMBER = 0;
const SHARED_STRING = 1;
const FORMULA_STRING = 2;
const INLINE_STRING = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;
const CELL_TYPES: [Uint8Array, number][] = [
  [xmlName('n'), NUMBER],
  [xmlName('s'), SHARED_STRING],
  [xmlName('str'), FORMULA_STRING],
  [xmlName('inlineStr'), INLINE_STRING],
  [xmlName('b'), BOOLEAN],
  [xmlName('e'), ERROR],
  [xmlName('d'), ISO_DATE],
];
const SHARED = xmlName('shared');
/** `<f t="shared" si="0">`: a shared formula's attributes. */
const T_ATTR = xmlName('t');
const SI_ATTR = xmlName('si');

/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1904 = 1462;
/** Serial of 1970-01-01 in the 1900 system. */
const SERIAL_UNIX_EPOCH = 25569;
const MS_PER_DAY = 86_400_000;
/** Excel counts a 29 February 1900 that never was, so serials before 1 March 1900 are one day lower. */
const MARCH_1900 = Date.UTC(1900, 2, 1);
const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/** The 1900-system serial of an ISO 8601 date or time (`t="d"` cells); NaN when it is not one. The clock time is taken as written. */
function isoToSerial(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return NaN;
  const time = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) / 86_400;
  if (m[1] === undefined) return time;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return ms / MS_PER_DAY + (ms < MARCH_1900 ? SERIAL_UNIX_EPOCH - 1 : SERIAL_UNIX_EPOCH) + time;
}

class SheetReader {
  private readonly s: XmlScanner;
  private readonly rows: Cell[][] = [];
  /** 1-based number of the current row; 0 before the first. */
  private rowNumber = 0;
  /** 0-based column the next cell takes when it has no address. */
  private nextCol = 0;
  /** The last parseRef(): 1-based column and row. */
  private refCol = 0;
  private refRow = 0;
  /** Shared formulas' text by `si`, for the follower cells that only name it. */
  private readonly sharedFormulas = new Map<number, string>();

  constructor(
    bytes: Uint8Array,
    private readonly name: string,
    part: string,
    private readonly ctx: SheetContext,
  ) {
    this.s = new XmlScanner(bytes, part);
  }

  read(): Grid {
    const s = this.s;
    for (;;) {
      if (!s.next()) throw s.damaged();
      if (s.kind === CLOSE) continue;
      if (s.is(DIMENSION)) this.checkDimension();
      else if (s.is(SHEET_DATA)) break;
    }
    if (s.kind === OPEN) this.readRows();
    return { name: this.name, rows: this.rows };
  }

  private checkRow(rowNumber: number): void {
    if (rowNumber > MAX_ROWS) throw tooManyRows(this.name, rowNumber, MAX_ROWS);
  }

  /** `<dimension ref="A1:J250000">` declares the used range: a quick refusal before any row is read. */
  private checkDimension(): void {
    const s = this.s;
    if (!s.attr(REF)) return;
    const b = s.bytes;
    let p = s.valueEnd;
    while (p > s.valueStart && b[p - 1]! >= 0x30 && b[p - 1]! <= 0x39) p--;
    const lastRow = parseUint(b, p, s.valueEnd);
    if (lastRow > 0) this.checkRow(lastRow);
  }

  private readRows(): void {
    const s = this.s;
    while (s.next()) {
      if (s.kind === CLOSE) {
        if (s.is(SHEET_DATA)) return;
      } else if (s.is(C)) {
        this.readCell();
      } else if (s.is(ROW)) {
        const r = s.attrInt(R_ATTR);
        if (r === 0) throw s.damaged();
        // A row without `r` follows the previous one, as a cell without `r` does.
        this.rowNumber = r > 0 ? r : this.rowNumber + 1;
        this.checkRow(this.rowNumber);
        this.nextCol = 0;
      } else {
        s.skip();
      }
    }
    throw s.damaged();
  }

  /** A cell's `t`, from the value of the attribute nextAttr() just found. */
  private cellType(): number {
    const s = this.s;
    for (const [text, type] of CELL_TYPES) if (s.valueIs(text)) return type;
    throw s.damaged();
  }

  /** "B3": letters for the column, digits for the row; both kept 1-based in refCol/refRow. */
  private parseRef(): void {
    const s = this.s;
    const b = s.bytes;
    let p = s.valueStart;
    let col = 0;
    for (; p < s.valueEnd && (b[p]! | 0x20) >= 0x61 && (b[p]! | 0x20) <= 0x7a; p++) col = col * 26 + (b[p]! & 0x1f);
    this.refRow = parseUint(b, p, s.valueEnd);
    if (col === 0 || this.refRow <= 0) throw s.damaged();
    this.refCol = col;
  }

  private readCell(): void {
    const s = this.s;
    const b = s.bytes;
    let rowNumber = this.rowNumber;
    let col = this.nextCol;
    // No `s` means style 0, the workbook's default.
    let style = 0;
    let type = NUMBER;
    // One pass over the attributes: this runs once per cell, a million times for a large sheet.
    for (s.firstAttr(); s.nextAttr(); ) {
      if (s.attrNameEnd - s.attrNameStart !== 1) continue;
      const name = b[s.attrNameStart];
      if (name === ATTR_R) {
        this.parseRef();
        rowNumber = this.refRow;
        col = this.refCol - 1;
        this.checkRow(rowNumber);
      } else if (name === ATTR_S) {
        style = parseUint(b, s.valueStart, s.valueEnd);
        if (style < 0) throw s.damaged();
      } else if (name === ATTR_T) {
        type = this.cellType();
      }
    }
    // A cell with no `r` follows the previous one; before any row, there is nothing to follow.
    if (rowNumber === 0) throw s.damaged();
    if (col >= MAX_COLS) throw tooLarge({ kind: 'columns', sheet: this.name, found: col + 1, limit: MAX_COLS });
    this.nextCol = col + 1;
    if (s.kind === EMPTY) return;

    let value: Cached | undefined;
    let formula: string | undefined;
    for (;;) {
      if (!s.next()) throw s.damaged();
      if (s.kind === CLOSE) break;
      if (s.is(V)) {
        s.readText();
        value = this.typedValue(type);
      } else if (s.is(F)) {
        formula = this.readFormula();
      } else if (s.is(IS)) {
        value = readRichText(s);
      } else {
        s.skip();
      }
    }
    // Children are read or skipped whole, so the close tag reached is the cell's own.
    if (!s.is(C)) throw s.damaged();

    let cell: Cell;
    if (formula !== undefined) cell = { t: 'formula', formula, cached: value ?? null };
    else if (value === undefined) return;
    else if (type === ISO_DATE) cell = { t: 'date', serial: value as number };
    else if (typeof value === 'number' && this.ctx.dateStyles[style]) cell = { t: 'date', serial: this.ctx.date1904 ? value + DAYS_1904 : value };
    else cell = value;
    if (++this.ctx.meter.cells > MAX_WORKBOOK_CELLS) throw tooLarge({ kind: 'cells', sheet: this.name, limit: MAX_WORKBOOK_CELLS });
    (this.rows[rowNumber - 1] ??= [])[col] = cell;
  }

  /** The `<v>` just read, typed by the cell's `t`; undefined when empty (a blank, or a formula with no saved result). */
  private typedValue(type: number): Cached | undefined {
    const s = this.s;
    if (s.textIsEmpty() && type !== FORMULA_STRING && type !== INLINE_STRING) return undefined;
    switch (type) {
      case NUMBER: {
        const n = s.textAsNumber();
        if (Number.isNaN(n)) throw s.damaged();
        return n;
      }
      case SHARED_STRING: {
        const text = this.ctx.sharedStrings[s.textAsNumber()];
        if (text === undefined) throw s.damaged();
        return text;
      }
      case FORMULA_STRING:
      case INLINE_STRING:
        return unescapeOoxml(s.textAsString());
      case BOOLEAN: {
        const text = s.textAsString();
        if (text === '1' || text === 'true') return true;
        if (text === '0' || text === 'false') return false;
        throw s.damaged();
      }
      case ERROR:
        return { t: 'error', code: s.textAsString() };
      default: {
        const serial = isoToSerial(s.textAsString());
        if (Number.isNaN(serial)) throw s.damaged();
        return serial;
      }
    }
  }

  /**
   * An `<f>`'s text. A shared formula is written once, on its first cell (`t="shared" si="0" ref=…`);
   * the other cells carry only `si`, and get the first cell's text as written, not shifted to their
   * own position.
   */
  private readFormula(): string {
    const s = this.s;
    const si = s.attr(T_ATTR) && s.valueIs(SHARED) ? s.attrInt(SI_ATTR) : -1;
    s.readText();
    const text = s.textAsString();
    if (si < 0) return text;
    if (text !== '') this.sharedFormulas.set(si, text);
    return text || (this.sharedFormulas.get(si) ?? '');
  }
}

/** A worksheet part as a Grid. Throws TOO_MANY_ROWS, TOO_LARGE (columns) or DAMAGED naming the part. */
export function readSheet(bytes: Uint8Array, name: string, part: string, ctx: SheetContext): Grid {
  return new SheetReader(bytes, name, part, ctx).read();
}
