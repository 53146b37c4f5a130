/**
 * What marking (or clearing) does to each cell, worked out before anything is written. Pure: given
 * the record of the sheet's old marks, what each cell holds now and the new findings, each cell gets
 * one step. A cell marked before is first taken back to what the record says it had, so what is
 * recorded as "before" is always the user's, never an earlier mark.
 */
import type { Finding } from '../check/finding';
import { olderExcel } from './errors';
import { severityFill } from './look';
import { markText, userNotePart, withUserNote, worstOf } from '../check/markText';
import type { Carrier, Fill, MarkRecord } from './record';
import type { MarkCapabilities } from './types';

export interface CellNow {
  /** The cell's note now, null for none; undefined where this Excel cannot read notes. */
  note: string | null | undefined;
  /** Ids of the comments on the cell now. */
  comments: readonly string[];
  /** The cell's fill now, where it was read (cells about to be marked). */
  fill?: Fill;
}

export interface PlanInput {
  sheetId: string;
  sheet: string;
  /** The record's lines for this sheet. */
  old: readonly MarkRecord[];
  now: (cell: string) => CellNow;
  /** Every comment and reply on the sheet now, by id. */
  commentIds: ReadonlySet<string>;
  replyIds: ReadonlySet<string>;
  /** The replies under each comment now, by the comment's id. */
  threads: ReadonlyMap<string, readonly string[]>;
  /** The new findings by cell; empty when clearing. */
  findings: ReadonlyMap<string, readonly Finding[]>;
  caps: MarkCapabilities;
}

export interface Step {
  cell: string;
  fill: { restore: Fill } | { mark: string };
  /** The note to leave on the cell, where it changes: null deletes it. */
  note?: { now: string | null; then: string | null };
  deleteComment?: string;
  /** careplan's own thread that colleagues replied to: only its first message, careplan's, is rewritten. */
  setComment?: { commentId: string; text: string };
  deleteReply?: { commentId: string; replyId: string };
  add?: { kind: 'comment'; text: string } | { kind: 'reply'; commentId: string; text: string };
  /** The record's line for the new mark; null where the cell is only restored. */
  record: MarkRecord | null;
}

/**
 * What careplan's first message of a thread becomes when its mark is cleared but colleagues replied
 * under it: Comment.delete() "deletes the comment and all the connected replies"
 * (office-js-docs-reference excel.comment.yml), and a thread has no first message without words,
 * so careplan's words give way to this line and the replies stay.
 */
export const MARK_CLEARED = 'careplan 的标记已清除，下面的回复保留。/ careplan’s mark was cleared; the replies below are kept.';

/** How the marks of a check carry their words on this Excel. */
export const carrierOf = (caps: MarkCapabilities): 'note' | 'comment' | 'none' => (caps.notes ? 'note' : caps.comments ? 'comment' : 'none');

export function planMarks(input: PlanInput): Step[] {
  const { caps } = input;
  const oldBy = new Map(input.old.map((m) => [m.cell, m]));
  for (const m of input.old) {
    if (m.carrier === 'note' && !caps.notes) throw olderExcel(input.sheet, 'notes');
    if ((m.carrier === 'comment' || m.carrier === 'reply') && !caps.comments) throw olderExcel(input.sheet, 'comments');
  }
  const ours = new Set(input.old.filter((m) => m.carrier === 'comment' && m.commentId).map((m) => m.commentId!));
  const cells = [...new Set([...oldBy.keys(), ...input.findings.keys()])];

  return cells.map((cell): Step => {
    const old = oldBy.get(cell);
    const found = input.findings.get(cell);
    const now = input.now(cell);
    const step: Partial<Step> = { cell };
    // careplan's own thread: deleted with it only while nobody replied under it.
    const ownThread = old?.carrier === 'comment' && old.commentId && input.commentIds.has(old.commentId) ? old.commentId : null;
    const answered = ownThread !== null && (input.threads.get(ownThread)?.length ?? 0) > 0;
    if (ownThread && !answered) step.deleteComment = ownThread;
    if (old?.carrier === 'reply' && old.commentId && old.replyId && input.replyIds.has(old.replyId)) {
      step.deleteReply = { commentId: old.commentId, replyId: old.replyId };
    }
    // What the cell had before careplan: the record's fill for a cell marked before, else the cell as
    // it is; and the note as it is now without careplan's words, so that what a user added since stays.
    const fill = old ? old.fill : now.fill;
    const note = old?.carrier === 'note' && now.note !== undefined ? userNotePart(now.note) : now.note;
    const userComment = now.comments.find((id) => !ours.has(id));

    let carrier: Carrier = 'none';
    let noteThen = note;
    if (found) {
      if (!fill) throw new Error(`the fill of ${cell} was not read before marking it`);
      const text = markText(found);
      // careplan's own thread that colleagues answered keeps the words, notes or not: the talk about
      // the cell is there, and a note beside it would leave the thread's first message out of date.
      if (answered) carrier = 'comment';
      else carrier = caps.notes ? (userComment && caps.comments ? 'reply' : 'note') : caps.comments ? (userComment ? 'reply' : 'comment') : 'none';
      if (carrier === 'note') noteThen = withUserNote(note ?? null, text);
      if (answered) step.setComment = { commentId: ownThread, text };
      else if (carrier === 'comment') step.add = { kind: 'comment', text };
      if (carrier === 'reply' && userComment) step.add = { kind: 'reply', commentId: userComment, text };
      step.fill = { mark: severityFill(worstOf(found)) };
    } else {
      if (!fill) throw new Error(`no record of ${cell}'s fill`);
      step.fill = { restore: fill };
      if (answered) step.setComment = { commentId: ownThread, text: MARK_CLEARED };
    }
    // Notes are touched only where this Excel reads them, and only where they change.
    if (now.note !== undefined && noteThen !== undefined && now.note !== noteThen) step.note = { now: now.note, then: noteThen };
    step.record = found
      ? { sheetId: input.sheetId, sheet: input.sheet, cell, fill: fill!, note: note ?? null, carrier, commentId: carrier === 'reply' ? userComment! : step.setComment ? ownThread : null, replyId: null }
      : null;
    return step as Step;
  });
}

