/**
 * Findings marked where they stand, and taken away again, in a fixed number of batches whatever
 * the sheet's size. Each stage queues its Office.js calls; the operation (ops.ts) syncs between:
 *
 *   1 state   the sheet's id, name and protection, careplan's record of its own sheets, the record
 *             sheet, the sheet's notes and comments
 *   2 probe   the record's lines, where each note and comment stands, the fills of cells to mark
 *   3 write   careplan's own protection lifted (protection.ts), the record, then each cell restored
 *             or marked (fill, note, comment), the new threads last (attach.ts)
 *   4 ids     the ids of comments just added, into the record; the protection put back
 *
 * No value of any cell is written, only fills, notes and comments, and the record sheet.
 */
import type { Finding } from '../check/finding';
import { planMarks, type CellNow, type Step } from './markPlan';
import { liftOwn, queueProtection, type Lift, type ProtectionProbe } from './protection';
import { RECORD_SHEET, queueRecordLines, queueRecordSheet, queueRecordWrite, recordLines, type Fill, type MarkRecord } from './record';
import type { MarkCapabilities } from './types';

export interface MarkState {
  sheet: Excel.Worksheet;
  record: Excel.Worksheet;
  notes: Excel.NoteCollection | null;
  comments: Excel.CommentCollection | null;
  protection: ProtectionProbe;
  caps: MarkCapabilities;
}

/** Stage 1. */
export function queueState(context: Excel.RequestContext, sheet: Excel.Worksheet, caps: MarkCapabilities): MarkState {
  sheet.load('id,name');
  const protection = queueProtection(context, sheet);
  const notes = caps.notes ? sheet.notes.load('items/content') : null;
  const comments = caps.comments ? sheet.comments.load('items/id') : null;
  return { sheet, record: queueRecordSheet(context.workbook), notes, comments, protection, caps };
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

/** A thread careplan adds on a cell, or a reply under a user's thread (commentId), with the record's line that will hold its id. */
export interface NewThread {
  cell: string;
  text: string;
  line: MarkRecord;
}
export interface NewReply extends NewThread {
  commentId: string;
}

export interface Written {
  steps: Step[];
  /** careplan's own protection, lifted for the writing; null where the sheet was not protected. */
  lift: Lift | null;
  /** The threads added, in the order queued, after every other command of the batch. */
  threads: NewThread[];
  replies: NewReply[];
  /** The ids of every reply on the sheet before the batch. */
  replyIds: ReadonlySet<string>;
  /** Threads on the sheet once the batch's deletions ran, before its threads were added. */
  threadsBefore: number;
  /**
   * Stage 4: queues the record again with the ids of the comments and replies just added (or, after
   * some threads were refused, the ids found again and those cells' marks carrying no words), and
   * puts careplan's protection back; nothing where stage 3 added nothing (it put the protection back).
   */
  queueIds(after?: { refused: ReadonlySet<string>; ids: ReadonlyMap<MarkRecord, string> }): void;
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
  const replyIds = new Set(probe.comments.flatMap((c) => c.replies.items.map((r) => r.id)));
  const steps = planMarks({
    sheetId: sheet.id,
    sheet: sheet.name,
    old: record.lines.filter(mine),
    now,
    commentIds: new Set(probe.comments.map((c) => c.id)),
    replyIds,
    threads: new Map(probe.comments.map((c) => [c.id, c.replies.items.map((r) => r.id)])),
    findings,
    caps,
  });
  const threadsBefore = probe.comments.length - steps.filter((s) => s.deleteComment).length;
  if (steps.length === 0) return { steps, lift: null, threads: [], replies: [], replyIds, threadsBefore, queueIds: () => undefined };

  // A protection careplan did not set refuses here, before anything is queued.
  const lift = liftOwn(sheet, state.protection, 'mark');
  const lines = steps.flatMap((s) => (s.record ? [s.record] : []));
  // The record goes first: should a later command of the batch fail, what was there is on file.
  queueRecordWrite(context.workbook, state.record.isNullObject ? null : state.record, record.rows, [...others, ...lines]);
  const replies: NewReply[] = [];
  const threads: NewThread[] = [];
  for (const step of steps) {
    setFill(sheet.getRange(step.cell).format.fill, 'mark' in step.fill ? { color: step.fill.mark, pattern: 'Solid', patternColor: null } : step.fill.restore);
    if (step.deleteComment) sheet.comments.getItem(step.deleteComment).delete();
    if (step.setComment) sheet.comments.getItem(step.setComment.commentId).content = step.setComment.text;
    if (step.deleteReply) sheet.comments.getItem(step.deleteReply.commentId).replies.getItem(step.deleteReply.replyId).delete();
    if (step.note) setNote(sheet.notes, step.cell, step.note.now, step.note.then);
    if (step.add?.kind === 'reply' && step.record) replies.push({ cell: step.cell, text: step.add.text, line: step.record, commentId: step.add.commentId });
    if (step.add?.kind === 'comment' && step.record) threads.push({ cell: step.cell, text: step.add.text, line: step.record });
  }
  // New threads last, so that a refused one (attach.ts) leaves every other command done.
  const added = [
    ...replies.map((r) => ({ line: r.line, item: sheet.comments.getItem(r.commentId).replies.add(r.text).load('id') })),
    ...threads.map((t) => ({ line: t.line, item: sheet.comments.add(sheet.getRange(t.cell), t.text).load('id') })),
  ];
  // With nothing added there are no ids to wait for: the protection goes back in this batch.
  if (added.length === 0) lift?.restore();
  return {
    steps,
    lift,
    threads,
    replies,
    replyIds,
    threadsBefore,
    queueIds: (after) => {
      for (const { line, item } of added) {
        const id = after ? after.ids.get(line) : item.id;
        if (line.carrier === 'comment' && after?.refused.has(line.cell)) line.carrier = 'none';
        else if (line.carrier === 'comment') line.commentId = id ?? null;
        else line.replyId = id ?? null;
      }
      if (added.length === 0) return;
      const target = state.record.isNullObject ? context.workbook.worksheets.getItem(RECORD_SHEET) : state.record;
      queueRecordWrite(context.workbook, target, 1 + others.length + lines.length, [...others, ...lines]);
      lift?.restore();
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
