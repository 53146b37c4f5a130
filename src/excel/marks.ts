/**
 * Findings marked where they stand, and taken away again, in a fixed number of batches whatever
 * the sheet's size. Each stage queues its Office.js calls; the operation (ops.ts) syncs between:
 *
 *   1 state   the sheet's id, name and protection, the record sheet, the sheet's notes and comments
 *   2 probe   the record's lines, where each note and comment stands, the fills of cells to mark
 *   3 write   the record first, then each cell restored or marked (fill, note, comment)
 *   4 ids     the ids of comments just added, into the record
 *
 * No value of any cell is written, only fills, notes and comments, and the record sheet.
 */
import type { Finding } from '../check/finding';
import { sheetProtected } from './errors';
import { planMarks, touchesObjects, type CellNow, type Step } from './markPlan';
import { RECORD_SHEET, queueRecordLines, queueRecordSheet, queueRecordWrite, recordLines, type Fill, type MarkRecord } from './record';
import type { MarkCapabilities } from './types';

export interface MarkState {
  sheet: Excel.Worksheet;
  record: Excel.Worksheet;
  notes: Excel.NoteCollection | null;
  comments: Excel.CommentCollection | null;
  caps: MarkCapabilities;
}

/** Stage 1. */
export function queueState(context: Excel.RequestContext, sheet: Excel.Worksheet, caps: MarkCapabilities): MarkState {
  sheet.load('id,name');
  sheet.protection.load('protected,options');
  const notes = caps.notes ? sheet.notes.load('items/content') : null;
  const comments = caps.comments ? sheet.comments.load('items/id') : null;
  return { sheet, record: queueRecordSheet(context.workbook), notes, comments, caps };
}

export interface Probe {
  state: MarkState;
  record: Excel.Range | null;
  notes: { content: string; where: Excel.Range }[];
  comments: { id: string; where: Excel.Range; replies: Excel.CommentReplyCollection }[];
  fills: Map<string, Excel.RangeFill>;
}

/** A cell's address without its sheet and '$' signs: Sheet1!$B$9 -> B9. */
export const bareAddress = (address: string): string => address.slice(address.lastIndexOf('!') + 1).replace(/\$/gu, '').toUpperCase();

const A1 = /^[A-Z]{1,3}[1-9]\d*$/u;

/** Findings by the cell they stand on; a finding without a single-cell address has nowhere to go. */
export function byCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const cells = new Map<string, Finding[]>();
  for (const f of findings) {
    const cell = bareAddress(f.cell);
    if (!A1.test(cell)) continue;
    const list = cells.get(cell);
    if (list) list.push(f);
    else cells.set(cell, [f]);
  }
  return cells;
}

/** Stage 2, after stage 1 synced; `cells` are the cells about to be marked. */
export function queueProbe(state: MarkState, cells: Iterable<string>): Probe {
  const fills = new Map<string, Excel.RangeFill>();
  for (const cell of cells) fills.set(cell, state.sheet.getRange(cell).format.fill.load('color,pattern,patternColor,tintAndShade'));
  return {
    state,
    record: queueRecordLines(state.record),
    notes: (state.notes?.items ?? []).map((n) => ({ content: n.content, where: n.getLocation().load('address') })),
    comments: (state.comments?.items ?? []).map((c) => ({ id: c.id, where: c.getLocation().load('address'), replies: c.replies.load('items/id') })),
    fills,
  };
}

export interface Written {
  steps: Step[];
  /** Stage 4: queues the record again with the ids of the comments and replies just added. */
  queueIds(): void;
}

/** Stage 3, after stage 2 synced: restores the sheet's old marks and marks `findings` (none when clearing). */
export function queueWrite(context: Excel.RequestContext, probe: Probe, findings: ReadonlyMap<string, readonly Finding[]>): Written {
  const { state } = probe;
  const { sheet, caps } = state;
  const record = recordLines(probe.record);
  const mine = (m: MarkRecord) => m.sheetId === sheet.id;
  const others = record.lines.filter((m) => !mine(m));
  const notesAt = new Map(probe.notes.map((n) => [bareAddress(n.where.address), n.content]));
  const commentsAt = new Map<string, string[]>();
  for (const c of probe.comments) commentsAt.set(bareAddress(c.where.address), [...(commentsAt.get(bareAddress(c.where.address)) ?? []), c.id]);
  const now = (cell: string): CellNow => {
    const f = probe.fills.get(cell);
    return {
      note: caps.notes ? (notesAt.get(cell) ?? null) : undefined,
      comments: commentsAt.get(cell) ?? [],
      ...(f ? { fill: fillRead(f) } : {}),
    };
  };
  const steps = planMarks({
    sheetId: sheet.id,
    sheet: sheet.name,
    old: record.lines.filter(mine),
    now,
    commentIds: new Set(probe.comments.map((c) => c.id)),
    replyIds: new Set(probe.comments.flatMap((c) => c.replies.items.map((r) => r.id))),
    threads: new Map(probe.comments.map((c) => [c.id, c.replies.items.map((r) => r.id)])),
    findings,
    caps,
  });
  if (steps.length === 0) return { steps, queueIds: () => undefined };

  const options = sheet.protection.options;
  if (sheet.protection.protected && (!options.allowFormatCells || (touchesObjects(steps) && !options.allowEditObjects))) {
    throw sheetProtected(sheet.name, caps.notes || caps.comments);
  }

  const lines = steps.flatMap((s) => (s.record ? [s.record] : []));
  // The record goes first: should a later command of the batch fail, what was there is on file.
  queueRecordWrite(context.workbook, state.record.isNullObject ? null : state.record, record.rows, [...others, ...lines]);
  const added: { line: MarkRecord; item: Excel.Comment | Excel.CommentReply }[] = [];
  for (const step of steps) {
    setFill(sheet.getRange(step.cell).format.fill, 'mark' in step.fill ? { color: step.fill.mark, pattern: 'Solid', patternColor: null } : step.fill.restore);
    if (step.deleteComment) sheet.comments.getItem(step.deleteComment).delete();
    if (step.setComment) sheet.comments.getItem(step.setComment.commentId).content = step.setComment.text;
    if (step.deleteReply) sheet.comments.getItem(step.deleteReply.commentId).replies.getItem(step.deleteReply.replyId).delete();
    if (step.note) setNote(sheet.notes, step.cell, step.note.now, step.note.then);
    if (step.add && step.record) {
      const item =
        step.add.kind === 'comment'
          ? sheet.comments.add(sheet.getRange(step.cell), step.add.text)
          : sheet.comments.getItem(step.add.commentId).replies.add(step.add.text);
      added.push({ line: step.record, item: item.load('id') });
    }
  }
  return {
    steps,
    queueIds: () => {
      if (added.length === 0) return;
      for (const { line, item } of added) {
        if (line.carrier === 'comment') line.commentId = item.id;
        else line.replyId = item.id;
      }
      const target = state.record.isNullObject ? context.workbook.worksheets.getItem(RECORD_SHEET) : state.record;
      queueRecordWrite(context.workbook, target, 1 + others.length + lines.length, [...others, ...lines]);
    },
  };
}

/**
 * A cell's fill as Excel reads it. A cell with no fill reads as colour #FFFFFF, like a white one, with
 * pattern null (office-js#4900, #6218); its tintAndShade is null, where any fill has a number
 * (Microsoft's answer in office-js#4900). One cell is uniform, so null cannot mean mixed fills here.
 */
export function fillRead(f: Pick<Excel.RangeFill, 'color' | 'pattern' | 'patternColor' | 'tintAndShade'>): Fill {
  if (f.tintAndShade === null || f.pattern === 'None') return { color: f.color, pattern: 'None', patternColor: null };
  const pattern = f.pattern ?? 'Solid';
  return { color: f.color, pattern, patternColor: pattern === 'Solid' ? null : f.patternColor };
}

/** A fill as it was: none, solid, or a pattern with its two colours. */
function setFill(fill: Excel.RangeFill, to: Fill): void {
  if (to.pattern === 'None') {
    fill.clear();
    return;
  }
  fill.color = to.color;
  fill.pattern = to.pattern as Excel.FillPattern;
  if (to.patternColor) fill.patternColor = to.patternColor;
}

function setNote(notes: Excel.NoteCollection, cell: string, now: string | null, then: string | null): void {
  if (then === null) notes.getItem(cell).delete();
  else if (now === null) notes.add(cell, then);
  else notes.getItem(cell).content = then;
}
