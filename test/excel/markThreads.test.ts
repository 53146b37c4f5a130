/**
 * Marks in an Excel without the notes API (ExcelApi 1.18; Excel 2021 and 2024): a mark's words go in
 * a threaded comment of careplan's own (ExcelApi 1.10), or in a reply under a user's thread on the
 * cell; Excel refuses a thread on a cell holding a note (mock/proxies.ts), and such a cell keeps its
 * fill alone. Where neither notes nor comments exist, the fill alone marks.
 */
import { describe, expect } from 'vitest';
import { MARK_HEADING } from '../../src/check/markText';
import type { FakeSheet } from './mock/book';
import type { Setup } from './mock/fixtures';
import { itWithCommands } from './mock/eachExcel';
import * as marking from './mock/marking';
import { AS_OF, MARK_FILL, USER_NOTE, byCell, mostSevere, parse, linesOnRecord, seen } from './mock/marking';

let s: Setup;
let sheet: FakeSheet;

/** 养老床位分解表 loaded and filled in by the county, in an Excel with the notes and comments given. */
async function filledCountyTable(caps: { notes: boolean; comments: boolean }): Promise<void> {
  ({ s, sheet } = await marking.filledCountyTable(caps));
}

describe('where this Excel has no notes', () => {
  itWithCommands('ExcelApi 1.10: the words go in a threaded comment, which clearing deletes', async () => {
    await filledCountyTable({ notes: false, comments: true });
    const before = seen(sheet);
    const result = await s.ops.checkActiveSheet(AS_OF);
    expect(result.carrier).toBe('comment');
    const cells = byCell(result.report.findings);
    expect(sheet.comments.size).toBe(cells.size);
    expect(sheet.notes.size).toBe(0);
    const [cell, findings] = [...cells][0]!;
    expect(sheet.commentAt(cell)?.content).toContain(findings[0]!.message.zh);
    await s.ops.clearMarks();
    expect(seen(sheet)).toBe(before);
    expect(sheet.comments.size).toBe(0);
  });

  itWithCommands('a careplan thread the user replaced by a note of their own: checking again deletes careplan’s other threads, marks that cell by its fill alone, and the record says it carries no words', async () => {
    await filledCountyTable({ notes: false, comments: true });
    const before = seen(sheet);
    const first = await s.ops.checkActiveSheet(AS_OF);
    const cells = byCell(first.report.findings);
    const cell = [...cells.keys()][1]!;
    sheet.comments.delete(sheet.commentAt(cell)!.id);
    sheet.notes.set(cell, USER_NOTE);
    const again = await s.ops.checkActiveSheet(AS_OF);
    expect(again.notAttached).toMatchObject({ code: 'NOT_ATTACHED', zh: expect.stringContaining(cell), en: expect.stringContaining(cell) });
    expect(sheet.comments.size).toBe(cells.size - 1);
    expect(sheet.commentAt(cell)).toBeUndefined();
    const lines = linesOnRecord(s.book);
    expect(lines).toHaveLength(cells.size);
    for (const line of lines) {
      if (line.cell === cell) expect(line).toMatchObject({ carrier: 'none', commentId: null });
      else expect(line).toMatchObject({ carrier: 'comment', commentId: sheet.commentAt(line.cell)!.id });
    }
    await s.ops.clearMarks();
    expect(sheet.comments.size).toBe(0);
    expect(sheet.notes.get(cell)).toBe(USER_NOTE);
    sheet.notes.delete(cell);
    expect(seen(sheet)).toBe(before);
  });

  itWithCommands('a reply under a user’s thread, in a check where Excel refused another cell’s thread, is found by its own words: clearing deletes careplan’s reply, never a colleague’s', async () => {
    await filledCountyTable({ notes: false, comments: true });
    const probe = await s.ops.checkActiveSheet(AS_OF);
    await s.ops.clearMarks();
    const [asked, noted] = [...byCell(probe.report.findings).keys()];
    const colleague = { id: 'reply-colleague', content: '已核实，数字无误', author: '乡镇民政所' };
    sheet.comments.set('thread-user', { id: 'thread-user', cell: asked!, content: '请核实此数', author: '县民政局', replies: [{ ...colleague }] });
    sheet.notes.set(noted!, USER_NOTE);
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notAttached?.zh).toContain(noted);
    const replies = sheet.comments.get('thread-user')!.replies;
    expect(replies).toHaveLength(2);
    const ours = replies.find((x) => x.id !== colleague.id)!;
    expect(ours.content.startsWith(MARK_HEADING)).toBe(true);
    const lines = linesOnRecord(s.book);
    expect(lines.find((l) => l.cell === asked)).toMatchObject({ carrier: 'reply', commentId: 'thread-user', replyId: ours.id });
    await s.ops.clearMarks();
    expect(sheet.comments.get('thread-user')!.replies).toEqual([colleague]);
  });

  itWithCommands('neither notes nor comments: the fill alone marks the cell (carrier none), and clearing restores it', async () => {
    await filledCountyTable({ notes: false, comments: false });
    const before = seen(sheet);
    const result = await s.ops.checkActiveSheet(AS_OF);
    expect(result.carrier).toBe('none');
    const [cell, findings] = [...byCell(result.report.findings)][0]!;
    const { r, c } = parse(cell);
    expect(sheet.cell(r, c)?.fill.color).toBe(MARK_FILL[mostSevere(findings)]);
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
    await s.ops.clearMarks();
    expect(seen(sheet)).toBe(before);
  });
});
