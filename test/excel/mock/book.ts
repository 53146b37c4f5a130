/**
 * The workbook behind the mock: what Excel would hold (cells with values, formulas, formats and
 * fills, notes, threaded comments, protection, settings), with Excel's rules where the adapter
 * depends on them: a text written as "2025" becomes a number unless it starts with an apostrophe,
 * null in a written block leaves the cell alone, a protected sheet refuses what it does not allow,
 * a cell holds a note or a threaded comment but not both, and sheet names are unique without case.
 */
import { a1 } from '../../../src/check/grid';

export interface FakeFill {
  /** '#RRGGBB'; null for no fill. */
  color: string | null;
  pattern: string;
  patternColor: string | null;
}

export const NO_FILL: FakeFill = { color: null, pattern: 'None', patternColor: null };

/**
 * The values of Excel.FillPattern (the runtime's enum, excel-win32-16.01.debug.js:57727). The
 * runtime sends a pattern to Excel unchecked (RangeFill's setter, :33715). Excel's answer to any
 * other string is not documented; the double gives the code documented for "the argument is invalid
 * or missing or has an incorrect format", InvalidArgument
 * (office-js-docs-pr docs/testing/application-specific-api-error-handling.md).
 */
const FILL_PATTERNS = new Set(['None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8', 'LinearGradient', 'RectangularGradient']);

export interface FakeCell {
  value: number | string | boolean | null;
  /** '=…' where the cell holds a formula. */
  formula: string | null;
  /** Written through formulasLocal. */
  local: boolean;
  /** A typed error value (#N/A pasted as a value). */
  error: boolean;
  numberFormat: string;
  fill: FakeFill;
  locked: boolean;
  /** Every other format written (font/bold, wrapText, …), by its Office.js path. */
  format: Record<string, unknown>;
  validation?: Record<string, unknown>;
}

/** A threaded comment: the first message and its replies, each with its author's name. */
export interface FakeComment {
  id: string;
  cell: string;
  content: string;
  author: string;
  replies: { id: string; content: string; author: string }[];
}

/** What a formula comes to; a `{ error }` is an Excel error value. */
export type CalcResult = number | string | boolean | { error: string };
export type Calc = (f: { sheet: FakeSheet; r: number; c: number; formula: string; local: boolean; value: (r: number, c: number) => CalcResult }) => CalcResult;

const blankCell = (): FakeCell => ({ value: null, formula: null, local: false, error: false, numberFormat: 'General', fill: { ...NO_FILL }, locked: true, format: {} });

/** Whether a cell has any formatting assigned: anything blankCell does not have. */
const formatted = (cell: FakeCell): boolean =>
  cell.numberFormat !== 'General' || cell.fill.pattern !== 'None' || !cell.locked || Object.keys(cell.format).length > 0 || cell.validation !== undefined;

export class FakeSheet {
  visibility = 'Visible';
  rows: (FakeCell | undefined)[][] = [];
  notes = new Map<string, string>();
  comments = new Map<string, FakeComment>();
  merges: string[] = [];
  widths = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  page: Record<string, unknown> = {};
  /** Sheet-scoped defined names, by upper-case name: their reference formula. */
  names = new Map<string, string>();
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string } = { protected: false, options: {} };
  handlers = new Set<(args: unknown) => Promise<unknown>>();
  autofitted = 0;

  constructor(
    readonly book: FakeBook,
    readonly id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.rows[r]?.[c];
  }

  /** The cell, made where it did not exist. */
  at(r: number, c: number): FakeCell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= blankCell());
  }

  /** What the cell shows: a formula's result, else its value ('' for blank). */
  value(r: number, c: number): CalcResult {
    const cell = this.cell(r, c);
    if (!cell) return '';
    if (cell.formula !== null) {
      // A custom function still running shows #BUSY! (office-js-docs-pr docs/excel/custom-functions-troubleshooting.md:102).
      if (this.book.busyNow && /\bCARE\./iu.test(cell.formula)) return { error: '#BUSY!' };
      const key = `${this.id}|${r}|${c}`;
      const memo = this.book.memo.get(key);
      if (memo !== undefined) return memo;
      const v = this.book.calc({ sheet: this, r, c, formula: cell.formula, local: cell.local, value: (rr, cc) => this.value(rr, cc) });
      this.book.memo.set(key, v);
      return v;
    }
    if (cell.error) return { error: String(cell.value) };
    return cell.value ?? '';
  }

  /**
   * The used range's bounding box (0-based; null on a blank sheet): "the smallest range that
   * encompasses any cells that have a value or formatting assigned to them", or with valuesOnly the
   * cells holding a value or formula only (Worksheet.getUsedRangeOrNullObject(valuesOnly),
   * office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.worksheet.yml:1116-1129).
   */
  used(valuesOnly: boolean): { r: number; c: number; rows: number; cols: number } | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === null && cell.formula === null && (valuesOnly || !formatted(cell)))) return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Writes one entry of a values / formulas block as Excel reads typed input. */
  write(r: number, c: number, v: unknown, local = false): void {
    if (v === null || v === undefined) return;
    const cell = this.at(r, c);
    // A locked cell of a protected sheet refuses: AccessDenied, "You cannot perform the requested
    // operation." (the code Excel's REST face gives for it, microsoftgraph/microsoft-graph-docs#4546;
    // the message, office-js-docs-pr docs/testing/application-specific-api-error-handling.md).
    if (this.protection.protected && cell.locked) throw officeError('AccessDenied', `${this.name}!${a1(r, c)} is locked on a protected sheet`);
    this.book.busyReads = this.book.busyAfterWrite;
    this.book.memo.clear();
    cell.error = false;
    cell.local = local;
    cell.formula = null;
    if (typeof v === 'string' && v.startsWith('=')) {
      cell.formula = v;
      cell.value = null;
    } else if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
    else if (v === '') cell.value = null;
    else if (typeof v === 'string' && /^[-+]?\d+(\.\d+)?$/u.test(v.trim())) cell.value = Number(v);
    else if (typeof v === 'string' && /^(true|false)$/iu.test(v)) cell.value = v.toUpperCase() === 'TRUE';
    else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') cell.value = v;
    else throw new Error(`cannot write ${String(v)} to a cell`);
  }

  /**
   * A protected sheet refuses what its options do not allow (Excel.WorksheetProtectionOptions,
   * office-js-docs-reference excel.worksheetprotectionoptions.yml): formatting cells without
   * allowFormatCells, a row's height without allowFormatRows, a column's width without
   * allowFormatColumns, inserting or deleting rows and columns without allowInsertRows /
   * allowDeleteRows / allowInsertColumns / allowDeleteColumns. The reference gives no code for these
   * refusals; AccessDenied is the one it gives for changes protection forbids
   * (WorksheetProtection.updateOptions and setPassword: "If worksheet protection is enabled and not
   * paused, this method throws an AccessDenied error"). Excel's own code here is not known offline.
   */
  refuseUnless(option: keyof Excel.WorksheetProtectionOptions, what: string): void {
    if (this.protection.protected && !this.protection.options[option]) throw officeError('AccessDenied', `${what} on ${this.name} is not allowed by its protection`);
  }

  /** A format write, refused where protection does not allow it (refuseUnless). */
  formatCell(r: number, c: number, path: string, v: unknown): void {
    if (v === undefined || (path === 'numberFormat' && v === null)) return;
    this.refuseUnless(path === 'rowHeight' ? 'allowFormatRows' : path === 'columnWidth' ? 'allowFormatColumns' : 'allowFormatCells', `formatting (${path})`);
    const cell = this.at(r, c);
    if (path === 'fill/color') cell.fill = { color: String(v).toUpperCase(), pattern: cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern, patternColor: cell.fill.patternColor };
    else if (path === 'fill/pattern' && !FILL_PATTERNS.has(String(v))) throw officeError('InvalidArgument', `${JSON.stringify(v)} is not a fill pattern`);
    else if (path === 'fill/pattern') cell.fill = { ...cell.fill, pattern: String(v), color: cell.fill.color ?? '#FFFFFF' };
    else if (path === 'fill/patternColor') cell.fill = { ...cell.fill, patternColor: String(v) };
    else if (path === 'fill/clear') cell.fill = { ...NO_FILL };
    else if (path === 'protection/locked') cell.locked = Boolean(v);
    else if (path === 'numberFormat') cell.numberFormat = String(v);
    else cell.format[path] = v;
  }

  /**
   * Notes and comments are objects: a protected sheet must allow editing objects (the Protect Sheet
   * dialog's "Edit objects", Microsoft support "Protect a worksheet",
   * https://support.microsoft.com/office/3179efdb-1285-4d49-a9c3-f4ca36276de6); see refuseUnless.
   */
  editObjects(): void {
    this.refuseUnless('allowEditObjects', 'notes and comments');
    this.book.dirtyObjects = true;
  }

  commentAt(cell: string): FakeComment | undefined {
    return [...this.comments.values()].find((c) => c.cell === cell);
  }

  /** Every value and formula of the sheet, to show that an operation changed none. */
  contents(): string {
    return JSON.stringify(this.rows.map((row) => row?.map((c) => (c ? [c.value, c.formula] : null))));
  }
}

/**
 * An error as Office.js throws it: its code, and where the host says it failed, which the runtime
 * copies into debugInfo.errorLocation as "Class.method" (excel-win32-16.01.debug.js:14100-14102;
 * {"code":"InvalidArgument","errorLocation":"WorksheetProtection.protect"} in OfficeDev/office-js-docs#1185).
 */
export function officeError(code: string, message: string, location?: string): Error & { code: string; debugInfo: { errorLocation?: string } } {
  return Object.assign(new Error(message), { code, debugInfo: location ? { errorLocation: location } : {} });
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active: FakeSheet | undefined;
  selected: { sheet: FakeSheet; cell: string } | undefined;
  settings = new Map<string, unknown>();
  /** Who runs the add-in: the author of the comments and replies it adds. */
  user = '县民政局 张三';
  /** context.sync() calls, counted by the mock itself. */
  syncs = 0;
  memo = new Map<string, CalcResult>();
  calc: Calc = () => '';
  dirtyObjects = false;
  /**
   * For how many syncs after a cell is written CARE cells show #BUSY!, as Excel shows while the
   * add-in's functions recalculate (0: answers at once). Set by a test; counted down by each sync.
   */
  busyAfterWrite = 0;
  busyReads = 0;
  busyNow = false;

  /** A sync begins: its reads see #BUSY! while syncs of the busy time are left. */
  startSync(): void {
    this.busyNow = this.busyReads > 0;
    this.busyReads = Math.max(0, this.busyReads - 1);
  }
  /** The bytes of each sync's request and response, as the mock measures them (tracked.ts). */
  payloads: { request: number; response: number }[] = [];
  private nextId = 1;
  private editing: { ended: Promise<void>; end: () => void } | null = null;

  /** The user starts typing in a cell: Excel is in cell-edit mode until endCellEdit(). */
  startCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  endCellEdit(): void {
    const e = this.editing;
    this.editing = null;
    e?.end();
  }

  /**
   * Before a sync: in cell-edit mode a batch fails with InvalidOperationInCellEditMode
   * (excel-win32-16.01.debug.js:24334, message at 15690) unless it asked to wait with
   * delayForCellEdit, which Excel then holds until the edit ends
   * (office-js-docs-pr docs/excel/excel-add-ins-delay-in-cell-edit.md:19-22).
   */
  async cellEditGate(delayForCellEdit: boolean): Promise<void> {
    if (!this.editing) return;
    if (!delayForCellEdit) throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    await this.editing.ended;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw officeError('ItemAlreadyExists', `a sheet named ${name} exists`);
    const s = new FakeSheet(this, `{0000000${this.nextId++}-0001-0000-0000-000000000000}`, name);
    this.sheets.push(s);
    this.active ??= s;
    return s;
  }

  /** A sheet by name (any case) or id. */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }
}
