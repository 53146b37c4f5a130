/**
 * The record of marks, kept in the workbook itself so that clearing works after the file was saved
 * and reopened: a very hidden sheet, careplan_marks, with one line per marked cell saying what the
 * cell had before careplan marked it (its fill, its note) and which comment careplan added.
 */
import { badRecord } from './errors';

export const RECORD_SHEET = 'careplan_marks';

const HEADING =
  'careplan 标记记录：检查时每个被标记单元格原有的填充色和注释（note），清除标记时据此恢复。请勿编辑。 / careplan record of marks: what each marked cell had before marking, restored when marks are cleared. Do not edit.';

/** How a mark carries its words: a note, a comment of its own, a reply under a user's comment, or nothing (fill only). */
export type Carrier = 'note' | 'comment' | 'reply' | 'none';

export interface Fill {
  /** '#RRGGBB' as Excel reports it. */
  color: string;
  /** Excel.FillPattern: 'None' for no fill, 'Solid', or a pattern. */
  pattern: string;
  patternColor: string | null;
}

export interface MarkRecord {
  /** Worksheet.id: stays the same when the sheet is renamed or moved. */
  sheetId: string;
  sheet: string;
  cell: string;
  fill: Fill;
  /** The cell's note before marking; null for none. */
  note: string | null;
  carrier: Carrier;
  /** The comment careplan added, or the user's comment its reply stands under. */
  commentId: string | null;
  replyId: string | null;
}

const VERSION = 1;
const CARRIERS: readonly Carrier[] = ['note', 'comment', 'reply', 'none'];

export const lineOf = (m: MarkRecord): string =>
  JSON.stringify([VERSION, m.sheetId, m.sheet, m.cell, m.fill.color, m.fill.pattern, m.fill.patternColor, m.note, m.carrier, m.commentId, m.replyId]);

const isText = (v: unknown): v is string => typeof v === 'string';
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** A line as written by lineOf; `row` (1-based) names it in the error when it was edited. */
export function parseLine(text: unknown, row: number): MarkRecord {
  let v: unknown;
  try {
    v = JSON.parse(String(text));
  } catch {
    throw badRecord(row);
  }
  if (!Array.isArray(v) || v.length !== 11 || v[0] !== VERSION) throw badRecord(row);
  const [, sheetId, sheet, cell, color, pattern, patternColor, note, carrier, commentId, replyId] = v as unknown[];
  if (!isText(sheetId) || !isText(sheet) || !isText(cell) || !isText(color) || !isText(pattern)) throw badRecord(row);
  if (!textOrNull(patternColor) || !textOrNull(note) || !textOrNull(commentId) || !textOrNull(replyId)) throw badRecord(row);
  const known = CARRIERS.find((c) => c === carrier);
  if (!known) throw badRecord(row);
  return { sheetId, sheet, cell, fill: { color, pattern, patternColor }, note, carrier: known, commentId, replyId };
}

/** Queues the look-up of the record sheet (a null object where no sheet was ever marked). */
export function queueRecordSheet(workbook: Excel.Workbook): Excel.Worksheet {
  const sheet = workbook.worksheets.getItemOrNullObject(RECORD_SHEET);
  sheet.load('name');
  return sheet;
}

export interface RecordLines {
  lines: MarkRecord[];
  /** Rows the record takes on its sheet now, heading included (0 where there is no sheet). */
  rows: number;
}

/** Once the record sheet is known: queues the load of its lines (null where there is no record sheet). */
export function queueRecordLines(sheet: Excel.Worksheet): Excel.Range | null {
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,values');
  return used;
}

/** After the next sync: the lines queueRecordLines loaded. */
export function recordLines(used: Excel.Range | null): RecordLines {
  if (!used || used.isNullObject) return { lines: [], rows: 0 };
  return linesOf(used.rowIndex, used.values);
}

/** The lines of a record whose rows start at `rowIndex` (0-based); row 1 is the heading. */
export function linesOf(rowIndex: number, values: readonly (readonly unknown[])[]): RecordLines {
  const lines: MarkRecord[] = [];
  values.forEach((row, i) => {
    const r = rowIndex + i;
    const text = row[0];
    // An empty cell reads as '' (Range.values): a line a user cleared is skipped.
    if (r === 0 || text === '') return;
    lines.push(parseLine(text, r + 1));
  });
  return { lines, rows: rowIndex + values.length };
}

/**
 * Queues the record's new content: the heading and every line, written as text, and the rows it
 * no longer needs cleared. The sheet is added the first time anything is recorded (`sheet` is null
 * until then), and made very hidden each time: LibreOffice, which has no very hidden sheets, saves it
 * back as merely hidden, one click from being shown and edited.
 */
export function queueRecordWrite(workbook: Excel.Workbook, sheet: Excel.Worksheet | null, before: number, lines: readonly MarkRecord[]): void {
  const target = sheet ?? workbook.worksheets.add(RECORD_SHEET);
  target.visibility = 'VeryHidden';
  const rows = [[HEADING], ...lines.map((l) => [lineOf(l)])];
  const range = target.getRangeByIndexes(0, 0, rows.length, 1);
  range.numberFormat = rows.map(() => ['@']);
  range.values = rows;
  if (before > rows.length) target.getRangeByIndexes(rows.length, 0, before - rows.length, 1).clear();
}
