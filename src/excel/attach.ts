/**
 * Threads Excel refuses. In an Excel without the notes API (ExcelApi 1.18: Excel 2021 and 2024) a
 * mark's words go in a threaded comment, and careplan cannot see whether the cell holds a user's
 * note. Whether Excel then refuses is not documented for Office.js (CommentCollection.add names
 * only a target larger than one cell, InvalidArgument: excel.commentcollection.yml). What is
 * documented points to a refusal: VBA's Range.AddCommentThreaded "adds a new modern threaded
 * comment to the range if no comment already exists"
 * (https://learn.microsoft.com/office/vba/api/excel.range.addcommentthreaded), where a Range's
 * Comment is the note; and a file keeps each thread with a legacy comment, the note's own element,
 * on its cell ([MS-XLSX] threaded comments "replace and/or work in addition to legacy comments",
 * https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/e0fb917a-1107-409a-852f-13b47aea70dc).
 * careplan takes the refusal as possible, the case that would otherwise fail the whole marking.
 *
 * The host runs a batch's commands in order and stops at the one that fails, reporting it
 * (Body.Error.ActionIndex, excel-win32-16.01.debug.js:14061): with the new threads queued last
 * (marks.ts), the threads the sheet gained before the failure tell which add was refused. That cell
 * keeps its fill alone; the threads after it are added again. Two round trips per refused cell, one
 * more to find the ids of what was added; none where nothing is refused.
 */
import type { MarkRecord } from './record';
import type { Written } from './marks';
import { failedAt } from './protection';

/** Whether a failed stage 3 was a thread Excel refused, which attachRest takes over (only threads are added through CommentCollection.add). */
export const threadRefused = (e: unknown): boolean => failedAt(e, 'CommentCollection.add');

/**
 * After stage 3 failed at a refused thread: adds the threads after it, again and again until none is
 * refused, and finds the ids of every comment and reply the marking added. Returns the cells whose
 * thread was refused and those ids, for Written.queueIds.
 */
export async function attachRest(context: Excel.RequestContext, sheet: Excel.Worksheet, written: Written, failure: unknown): Promise<{ refused: Set<string>; ids: Map<MarkRecord, string> }> {
  const refused = new Set<string>();
  let rest = written.threads;
  let before = written.threadsBefore;
  for (;;) {
    const count = sheet.comments.getCount();
    // One round trip per refused cell is the point of this loop: which thread was refused is only known from the last.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    // A ClientResult's value is there after the sync; it has no load.
    // eslint-disable-next-line office-addins/load-object-before-read
    const ran = count.value - before;
    const at = rest[ran];
    // Fewer threads than before, or none missing: the failure was not what threadRefused took it for.
    if (ran < 0 || !at) throw failure;
    refused.add(at.cell);
    rest = rest.slice(ran + 1);
    before = count.value;
    if (rest.length === 0) break;
    for (const t of rest) sheet.comments.add(sheet.getRange(t.cell), t.text);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      break;
    } catch (e) {
      if (!failedAt(e, 'CommentCollection.add')) throw e;
    }
  }
  // The ids a failed batch loaded never came back: each added thread is found by its cell, each reply as the new one of its thread.
  const threads = written.threads.filter((t) => !refused.has(t.cell)).map((t) => ({ line: t.line, item: sheet.comments.getItemByCell(t.cell).load('id') }));
  const replies = written.replies.map((r) => ({ r, items: sheet.comments.getItem(r.commentId).replies.load('items/id,items/content') }));
  await context.sync();
  const ids = new Map<MarkRecord, string>(threads.map((t) => [t.line, t.item.id]));
  for (const { r, items } of replies) {
    const reply = items.items.find((x) => !written.replyIds.has(x.id) && x.content === r.text);
    if (reply) ids.set(r.line, reply.id);
  }
  return { refused, ids };
}
