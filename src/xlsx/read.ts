/**
 * An .xlsx file's sheets as Grids, straight from its bytes. The zip directory is checked first
 * (zip.ts); then only the parts needed are inflated, each once, the sheets one after the other so that
 * a single sheet's XML is held at a time. Pure: no Node APIs, so it runs in the add-in as well.
 *
 * The XML is scanned as UTF-8 bytes, not decoded to a string and never parsed into a tree: a sheet
 * costs its XML once in memory, offsets stay byte offsets, numbers are parsed straight from the
 * bytes, and only the values kept (strings, formulas) are decoded. The scanner knows exactly what
 * SpreadsheetML needs: element tags with namespace prefixes, attributes, text with entities and
 * CDATA; comments, processing instructions and doctypes are skipped.
 */
import type { Cached, Cell, Grid } from '../check/grid';
import { isBuiltInDate, isDateFormatCode } from './numberFormats';
import { damaged, notXlsx, tooLarge, tooManyRows, type XlsxError } from './errors';
import { MAX_COLS, MAX_ROWS } from './limits';
import { checkDeclaredSizes, inspectZip, readEntry, type ZipDirectory, type ZipEntry } from './zip';

// ─── XML scanner ─────────────────────────────────────────────────────────────────────────────────────

const OPEN = 1;
const CLOSE = 2;
/** A self-closing tag, `<c r="A1"/>`: an open tag with no content. */
const EMPTY = 3;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const COMMENT_END = ascii('-->');
const CDATA_START = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');

/** A local element or attribute name as bytes, to compare without decoding. */
const xmlName = ascii;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const ENTITY = /&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/gu;
function decodeEntity(whole: string, amp?: string, lt?: string, gt?: string, quot?: string, apos?: string, hex?: string, dec?: string): string {
  if (amp) return '&';
  if (lt) return '<';
  if (gt) return '>';
  if (quot) return '"';
  if (apos) return "'";
  const code = hex ? parseInt(hex, 16) : Number(dec);
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** `_xHHHH_` is how OOXML writes characters XML cannot hold (a control character, or a literal `_x…_` as `_x005F_x…_`). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/gu;
const unescapeOoxml = (s: string): string =>
  s.includes('_x') ? s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;

/** Exact powers of ten: an integer below 2^53 divided by one of them is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/u;

/** A decimal number from text; NaN for anything that is not one (Number('') would be 0). */
const parseNumber = (s: string): number => (NUMBER_TEXT.test(s) ? Number(s) : NaN);

class XmlScanner {
  /** Where scanning resumes: just after the last tag read. */
  pos = 0;
  /** OPEN, CLOSE or EMPTY: the kind of the last tag read. */
  kind = 0;
  /** The last tag's local name (after any prefix), as a byte range. */
  private nameStart = 0;
  private nameEnd = 0;
  /** The last tag's attributes, as a byte range. */
  private attrStart = 0;
  private attrEnd = 0;
  /** Where nextAttr() resumes. */
  private attrPos = 0;
  /** After nextAttr() or attr(): the attribute's local name and its value, as byte ranges. */
  attrNameStart = 0;
  attrNameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** After readText(): plain text as a byte range, or, when CDATA made that impossible, the decoded string. */
  private textStart = 0;
  private textEnd = 0;
  private textString: string | null = null;

  constructor(
    readonly bytes: Uint8Array,
    /** The part's name, for the DAMAGED message. */
    readonly part: string,
  ) {}

  damaged(): XlsxError {
    return damaged(this.part);
  }

  private indexOf(pattern: Uint8Array, from: number): number {
    const b = this.bytes;
    for (let i = b.indexOf(pattern[0]!, from); i !== -1; i = b.indexOf(pattern[0]!, i + 1)) {
      let k = 1;
      while (k < pattern.length && b[i + k] === pattern[k]) k++;
      if (k === pattern.length) return i;
    }
    return -1;
  }

  /** Past the end of a comment, PI, CDATA or doctype starting at `p` ('<' of '<!' or '<?'). */
  private skipMarkup(p: number): number {
    const b = this.bytes;
    let terminator: Uint8Array | null = null;
    if (b[p + 1] === QUESTION) terminator = PI_END;
    else if (b[p + 2] === 0x2d) terminator = COMMENT_END;
    else if (b[p + 2] === 0x5b) terminator = CDATA_END;
    const at = terminator ? this.indexOf(terminator, p + 2) : b.indexOf(GT, p);
    if (at === -1) throw this.damaged();
    return at + (terminator ? terminator.length : 1);
  }

  /** Moves to the next element tag; false at the end of the part. */
  next(): boolean {
    const b = this.bytes;
    let p = this.pos;
    for (;;) {
      p = b.indexOf(LT, p);
      if (p === -1) {
        this.pos = b.length;
        return false;
      }
      const c = b[p + 1];
      if (c === BANG || c === QUESTION) {
        p = this.skipMarkup(p);
        continue;
      }
      const close = c === SLASH;
      let q = close ? p + 2 : p + 1;
      let nameStart = q;
      for (let ch = b[q]; ch !== undefined && ch !== GT && ch !== SLASH && !isSpace(ch); ch = b[++q]) {
        if (ch === COLON) nameStart = q + 1;
      }
      if (q === nameStart) throw this.damaged();
      this.nameStart = nameStart;
      this.nameEnd = q;
      this.attrStart = q;
      // Find the tag's end, stepping over quoted values: '>' is legal inside an attribute value.
      for (let ch = b[q]; ch !== GT; ch = b[++q]) {
        if (ch === undefined) throw this.damaged();
        if (ch === DQUOTE || ch === SQUOTE) {
          q = b.indexOf(ch, q + 1);
          if (q === -1) throw this.damaged();
        }
      }
      const selfClosing = b[q - 1] === SLASH;
      this.attrEnd = selfClosing ? q - 1 : q;
      this.kind = close ? CLOSE : selfClosing ? EMPTY : OPEN;
      this.pos = q + 1;
      return true;
    }
  }

  /** Whether the last tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.nameStart;
    if (this.nameEnd - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (b[start + i] !== name[i]) return false;
    return true;
  }

  /** Restarts nextAttr() at the last tag's first attribute. */
  firstAttr(): void {
    this.attrPos = this.attrStart;
  }

  /**
   * Steps to the last tag's next attribute: its local name (after any prefix) in
   * attrNameStart/attrNameEnd, its value in valueStart/valueEnd; false after the last one.
   */
  nextAttr(): boolean {
    const b = this.bytes;
    const end = this.attrEnd;
    let p = this.attrPos;
    while (p < end && isSpace(b[p]!)) p++;
    if (p >= end) return false;
    this.attrNameStart = p;
    while (p < end && b[p] !== EQUALS && !isSpace(b[p]!)) {
      if (b[p] === COLON) this.attrNameStart = p + 1;
      p++;
    }
    this.attrNameEnd = p;
    while (p < end && b[p] !== DQUOTE && b[p] !== SQUOTE) p++;
    if (p >= end) throw this.damaged();
    const valueEnd = b.indexOf(b[p]!, p + 1);
    if (valueEnd === -1 || valueEnd >= end) throw this.damaged();
    this.valueStart = p + 1;
    this.valueEnd = valueEnd;
    this.attrPos = valueEnd + 1;
    return true;
  }

  /**
   * Finds the attribute of local name `name` on the last tag (`r:id` answers to `id`) and leaves its
   * value's byte range in valueStart/valueEnd; false when the tag has no such attribute.
   */
  attr(name: Uint8Array): boolean {
    const b = this.bytes;
    this.firstAttr();
    while (this.nextAttr()) {
      const start = this.attrNameStart;
      if (this.attrNameEnd - start !== name.length) continue;
      let i = 0;
      while (i < name.length && b[start + i] === name[i]) i++;
      if (i === name.length) return true;
    }
    return false;
  }

  /** Whether the value found by the last attr() is exactly `text`. */
  valueIs(text: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.valueStart;
    if (this.valueEnd - start !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (b[start + i] !== text[i]) return false;
    return true;
  }

  /** The attribute's value decoded, or undefined when absent. */
  attrString(name: Uint8Array): string | undefined {
    return this.attr(name) ? decodeText(this.bytes, this.valueStart, this.valueEnd, this.part) : undefined;
  }

  /** The attribute's value as a non-negative integer; -1 when absent, DAMAGED when not a number. */
  attrInt(name: Uint8Array): number {
    if (!this.attr(name)) return -1;
    const n = parseUint(this.bytes, this.valueStart, this.valueEnd);
    if (n < 0) throw this.damaged();
    return n;
  }

  /**
   * Reads the text of the element whose open tag was just read, up to and including its close tag.
   * Plain text is kept as a byte range; text with CDATA sections is decoded at once.
   */
  readText(): void {
    this.textString = null;
    if (this.kind === EMPTY) {
      this.textStart = this.textEnd = this.pos;
      return;
    }
    const b = this.bytes;
    const lt = b.indexOf(LT, this.pos);
    if (lt === -1) throw this.damaged();
    if (b[lt + 1] === SLASH) {
      this.textStart = this.pos;
      this.textEnd = lt;
      this.pos = lt;
      this.next();
      return;
    }
    // Text broken by CDATA sections or comments: the rare case, decoded piece by piece.
    let text = '';
    for (let p = this.pos; ; ) {
      const at = b.indexOf(LT, p);
      if (at === -1) throw this.damaged();
      text += decodeText(b, p, at, this.part);
      if (b[at + 1] === SLASH) {
        this.pos = at;
        this.next();
        this.textString = text;
        return;
      }
      if (b[at + 1] !== BANG) throw this.damaged();
      const end = this.skipMarkup(at);
      if (b[at + 2] === 0x5b) text += utf8Decode(b, at + CDATA_START.length, end - CDATA_END.length, this.part);
      p = end;
    }
  }

  /** The text read by readText(), decoded. */
  textAsString(): string {
    return this.textString ?? decodeText(this.bytes, this.textStart, this.textEnd, this.part);
  }

  /** The text read by readText() as a number; NaN when it is not one, including when empty. */
  textAsNumber(): number {
    return this.textString === null ? parseNumberBytes(this.bytes, this.textStart, this.textEnd) : parseNumber(this.textString);
  }

  /** Whether the text read by readText() is empty. */
  textIsEmpty(): boolean {
    return this.textString === null ? this.textStart === this.textEnd : this.textString === '';
  }

  /** Skips the rest of the element whose open tag was just read, children included. */
  skip(): void {
    if (this.kind !== OPEN) return;
    for (let depth = 1; depth > 0; ) {
      if (!this.next()) throw this.damaged();
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE) depth--;
    }
  }
}

function utf8Decode(b: Uint8Array, start: number, end: number, part?: string): string {
  try {
    return utf8.decode(b.subarray(start, end));
  } catch {
    throw damaged(part);
  }
}

/** Text or an attribute value: UTF-8 decoded (as a fresh string, so no slice pins the part in memory), entities resolved. */
function decodeText(b: Uint8Array, start: number, end: number, part?: string): string {
  let plain = end - start <= SHORT_TEXT;
  for (let i = start; plain && i < end; i++) plain = b[i]! < 0x80 && b[i] !== AMP;
  // Short ASCII text, the bulk of any sheet, is cheaper to build in one call than through TextDecoder.
  if (plain) return latin1(b, start, end);
  const s = utf8Decode(b, start, end, part);
  return s.includes('&') ? s.replace(ENTITY, decodeEntity) : s;
}

const SHORT_TEXT = 64;
/** One-character text (a boolean's 1 or 0) is common enough to skip making a subarray for. */
const latin1 = (b: Uint8Array, start: number, end: number): string =>
  end - start === 1 ? String.fromCharCode(b[start]!) : String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);

/** A non-negative decimal integer from bytes; -1 when the range is empty or holds anything else. */
function parseUint(b: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A number from bytes without building a string: the fast exact path for up to 15 significant
 * digits and no exponent (an integer below 2^53 divided by an exact power of ten rounds correctly);
 * anything else goes through Number().
 */
function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const ch = b[i]!;
    if (ch === 0x2e && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = ch - 0x30;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const value = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
    return negative ? -value : value;
  }
  return end - start <= SHORT_TEXT ? parseNumber(latin1(b, start, end)) : NaN;
}

// ─── Cell text ───────────────────────────────────────────────────────────────────────────────────────

/*
 * Cell text as SpreadsheetML holds it: a shared-string table entry `<si>` or an inline `<is>`, either
 * one `<t>` or rich-text runs `<r><rPr/><t/></r>` whose texts join up. Phonetic guides `<rPh>` (the
 * furigana over Japanese text) are not part of the value and are skipped.
 */

const SI = xmlName('si');
const T_NAME = xmlName('t');
const RPH = xmlName('rPh');

/** The text of the `<si>` or `<is>` whose open tag was just read, up to and including its close tag. */
function readRichText(s: XmlScanner): string {
  if (s.kind === EMPTY) return '';
  let text = '';
  for (let depth = 0; s.next(); ) {
    if (s.kind === CLOSE) {
      if (depth === 0) return unescapeOoxml(text);
      depth--;
    } else if (s.is(T_NAME)) {
      s.readText();
      text += s.textAsString();
    } else if (s.is(RPH)) {
      s.skip();
    } else if (s.kind === OPEN) {
      depth++;
    }
  }
  throw s.damaged();
}

/** xl/sharedStrings.xml: the table that `t="s"` cells index into. */
function readSharedStrings(bytes: Uint8Array, part: string): string[] {
  const s = new XmlScanner(bytes, part);
  const strings: string[] = [];
  while (s.next()) if (s.kind !== CLOSE && s.is(SI)) strings.push(readRichText(s));
  return strings;
}

// ─── Date styles ─────────────────────────────────────────────────────────────────────────────────────

const NUM_FMT = xmlName('numFmt');
const CELL_XFS = xmlName('cellXfs');
const XF = xmlName('xf');
const NUM_FMT_ID = xmlName('numFmtId');
const FORMAT_CODE = xmlName('formatCode');

/**
 * For each cell style (the `s` index of a cell, an entry of `cellXfs`), whether it shows numbers as
 * dates: a date in a cell is only a number with a date format, so this tells 45352 the date from
 * 45352 the count. `<xf>` also appears under `cellStyleXfs`, which cells do not index.
 */
function readDateStyles(bytes: Uint8Array, part: string): boolean[] {
  const s = new XmlScanner(bytes, part);
  const customCodes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.is(CELL_XFS)) inCellXfs = false;
    } else if (s.is(NUM_FMT)) {
      const id = s.attrInt(NUM_FMT_ID);
      const code = s.attrString(FORMAT_CODE);
      if (id >= 0 && code !== undefined) customCodes.set(id, code);
    } else if (s.is(CELL_XFS)) {
      inCellXfs = s.kind === OPEN;
    } else if (inCellXfs && s.is(XF)) {
      xfFormats.push(Math.max(0, s.attrInt(NUM_FMT_ID)));
      s.skip();
    }
  }
  return xfFormats.map((id) => {
    const code = customCodes.get(id);
    return code === undefined ? isBuiltInDate(id) : isDateFormatCode(code);
  });
}

// ─── Worksheets ──────────────────────────────────────────────────────────────────────────────────────

/*
 * One worksheet part (xl/worksheets/sheetN.xml) into a Grid: a single forward pass over `<sheetData>`,
 * one cell at a time, with the row limit enforced as rows arrive so an oversized sheet is refused
 * before it is built.
 */

interface SheetContext {
  /** The workbook's shared-string table, for `t="s"` cells. */
  sharedStrings: readonly string[];
  /** Whether each cell style shows numbers as dates (see readDateStyles). */
  dateStyles: readonly boolean[];
  /** The workbook counts days from 1904 (old Mac Excel): date serials are shifted to the 1900 system. */
  date1904: boolean;
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
    const si = s.attr(T_NAME) && s.valueIs(SHARED) ? s.attrInt(SI) : -1;
    s.readText();
    const text = s.textAsString();
    if (si < 0) return text;
    if (text !== '') this.sharedFormulas.set(si, text);
    return text || (this.sharedFormulas.get(si) ?? '');
  }
}

/** A worksheet part as a Grid. Throws TOO_MANY_ROWS, TOO_LARGE (columns) or DAMAGED naming the part. */
function readSheet(bytes: Uint8Array, name: string, part: string, ctx: SheetContext): Grid {
  return new SheetReader(bytes, name, part, ctx).read();
}

// ─── Workbook ────────────────────────────────────────────────────────────────────────────────────────

export interface ReadOptions {
  /** Which sheets to read, by name; the parts of the others are never inflated. All by default. */
  sheets?: (name: string) => boolean;
}

const RELATIONSHIP = xmlName('Relationship');
const ID = xmlName('Id');
const TYPE = xmlName('Type');
const TARGET = xmlName('Target');
const TARGET_MODE = xmlName('TargetMode');
const SHEET = xmlName('sheet');
const NAME = xmlName('name');
/** `r:id` on `<sheet>`; attributes are matched by local name, whatever the prefix. */
const R_ID = xmlName('id');
const WORKBOOK_PR = xmlName('workbookPr');
const DATE_1904 = xmlName('date1904');

/** Relationship types, by the ending shared by the transitional and strict namespaces. */
const OFFICE_DOCUMENT = '/officeDocument';
const WORKSHEET = '/worksheet';
const SHARED_STRINGS = '/sharedStrings';
const STYLES = '/styles';
/** Where Excel puts the workbook, for a package that lacks the root relationships. */
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

interface Relationship {
  type: string;
  /** The target as a part name: resolved against the source part's folder. */
  part: string;
}

interface SheetRef {
  name: string;
  part: string;
}

interface WorkbookInfo {
  sheets: SheetRef[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

/** A relationship target as a part name: `worksheets/sheet1.xml` is relative to the source part's folder, `/xl/…` is absolute. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target : folder + target;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

class Package {
  /** Every entry inflated so far, for the read's total. */
  readonly inflated: ZipEntry[] = [];

  constructor(
    readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
  ) {}

  inflate(entry: ZipEntry): Uint8Array {
    this.inflated.push(entry);
    return readEntry(this.bytes, entry);
  }

  /** The relationships of `part` (from `folder/_rels/name.rels`), by id; none when that part is absent. */
  relationships(part: string): Map<string, Relationship> {
    const slash = part.lastIndexOf('/') + 1;
    const folder = part.slice(0, slash);
    const relsPart = `${folder}_rels/${part.slice(slash)}.rels`;
    const rels = new Map<string, Relationship>();
    const entry = this.dir.get(relsPart);
    if (!entry) return rels;
    const s = new XmlScanner(this.inflate(entry), relsPart);
    while (s.next()) {
      if (s.kind === CLOSE || !s.is(RELATIONSHIP)) continue;
      const id = s.attrString(ID);
      const type = s.attrString(TYPE);
      const target = s.attrString(TARGET);
      if (id && type && target && s.attrString(TARGET_MODE) !== 'External') rels.set(id, { type, part: resolveTarget(folder, target) });
    }
    return rels;
  }
}

const findByType = (rels: Map<string, Relationship>, type: string): string | undefined =>
  [...rels.values()].find((rel) => rel.type.endsWith(type))?.part;

/** The workbook part's sheets in tab order (worksheets only: chart and dialog sheets hold no cells), and where its other parts are. */
function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const workbookPart = findByType(pkg.relationships(''), OFFICE_DOCUMENT) ?? DEFAULT_WORKBOOK;
  const workbookEntry = pkg.dir.get(workbookPart);
  // A .docx, or an .xlsb whose workbook is binary: a package, but not a workbook this reads.
  if (!workbookEntry || !workbookPart.endsWith('.xml')) throw notXlsx();
  const rels = pkg.relationships(workbookPart);

  const s = new XmlScanner(pkg.inflate(workbookEntry), workbookPart);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  while (s.next()) {
    if (s.kind === CLOSE) continue;
    if (s.is(SHEET)) {
      const name = s.attrString(NAME);
      const id = s.attrString(R_ID);
      const rel = id === undefined ? undefined : rels.get(id);
      if (name === undefined || !rel) throw damaged(workbookPart);
      if (rel.type.endsWith(WORKSHEET)) sheets.push({ name, part: rel.part });
    } else if (s.is(WORKBOOK_PR)) {
      const value = s.attrString(DATE_1904);
      date1904 = value === '1' || value === 'true';
    }
  }
  return { sheets, sharedStrings: findByType(rels, SHARED_STRINGS), styles: findByType(rels, STYLES), date1904 };
}

/** The names of the workbook's worksheets, in tab order; inflates only the workbook part and its relationships. */
export function sheetNames(bytes: Uint8Array): string[] {
  return readWorkbookInfo(new Package(bytes, inspectZip(bytes))).sheets.map((sheet) => sheet.name);
}

/**
 * The workbook's worksheets (hidden ones too, chart sheets never) as Grids, in tab order.
 * Throws XlsxError: NOT_XLSX, ENCRYPTED, LEGACY_XLS, DAMAGED, TOO_LARGE or TOO_MANY_ROWS.
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): { sheets: Grid[] } {
  const pkg = new Package(bytes, inspectZip(bytes));
  const info = readWorkbookInfo(pkg);
  const chosen = info.sheets.filter((sheet) => opts.sheets?.(sheet.name) ?? true);
  if (chosen.length === 0) return { sheets: [] };

  const sheetEntries = chosen.map((sheet) => {
    const entry = pkg.dir.get(sheet.part);
    if (!entry) throw damaged(sheet.part);
    return entry;
  });
  // Both optional: a workbook with no text has no string table, and without styles nothing is a date.
  const stringsEntry = info.sharedStrings === undefined ? undefined : pkg.dir.get(info.sharedStrings);
  const stylesEntry = info.styles === undefined ? undefined : pkg.dir.get(info.styles);
  const pending = [stringsEntry, stylesEntry, ...sheetEntries].filter((e): e is ZipEntry => e !== undefined);
  checkDeclaredSizes([...pkg.inflated, ...pending]);

  const ctx = {
    sharedStrings: stringsEntry ? readSharedStrings(pkg.inflate(stringsEntry), stringsEntry.name) : [],
    dateStyles: stylesEntry ? readDateStyles(pkg.inflate(stylesEntry), stylesEntry.name) : [],
    date1904: info.date1904,
  };
  return { sheets: chosen.map((sheet, i) => readSheet(pkg.inflate(sheetEntries[i]!), sheet.name, sheet.part, ctx)) };
}
