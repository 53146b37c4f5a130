/**
 * A mark's words, in a note or a threaded comment, sit beside what users wrote there: a user's
 * thread gets the mark as a reply, a colleague's reply under careplan's thread stays, and words a
 * user typed into a marked note stay when careplan's go.
 */
import { describe, expect } from 'vitest';
import { MARK_END, MARK_HEADING } from '../../src/check/markText';
import type { FakeSheet } from './mock/book';
import type { Setup } from './mock/fixtures';
import { itWithCommands } from './mock/eachExcel';
import { AS_OF, USER_NOTE, filledCountyTable, seen, userMarkedCells } from './mock/marking';

let s: Setup;
let sheet: FakeSheet;

/** 养老床位分解表 filled in by the county, in an Excel with the notes and comments asked for (else the profile's). */
async function table(caps?: { notes: boolean; comments: boolean }): Promise<void> {
  ({ s, sheet } = await filledCountyTable(caps));
}

describe('a cell that already holds a user’s threaded comment', () => {
  itWithCommands('gets the mark as a reply under it, and clearing removes only that reply', async () => {
    await table();
    const probe = await s.ops.checkActiveSheet(AS_OF);
    await s.ops.clearMarks();
    const cell = probe.report.findings[0]!.cell;
    sheet.comments.set('user-1', { id: 'user-1', cell, content: '请核对', author: '市民政局 李四', replies: [{ id: 'user-r', content: '已核对', author: '市民政局 王五' }] });
    const before = seen(sheet);
    await s.ops.checkActiveSheet(AS_OF);
    const thread = sheet.comments.get('user-1')!;
    expect(thread.replies).toHaveLength(2);
    expect(thread.replies[1]!.content.startsWith(MARK_HEADING)).toBe(true);
    expect(sheet.notes.has(cell)).toBe(false);
    await s.ops.clearMarks();
    expect(seen(sheet)).toBe(before);
  });
});

describe('clearing takes away careplan’s words only', () => {
  itWithCommands('a colleague’s reply under careplan’s threaded comment stays, with the thread; careplan’s words give way to a line saying the mark was cleared', async () => {
    await table({ notes: false, comments: true });
    const result = await s.ops.checkActiveSheet(AS_OF);
    const cell = result.report.findings[0]!.cell;
    const thread = sheet.commentAt(cell)!;
    expect(thread.content.startsWith(MARK_HEADING)).toBe(true);
    thread.replies.push({ id: 'colleague-1', content: '此数已与乡镇核对，差额为在建项目。', author: '市民政局 李四' });
    await s.ops.clearMarks();
    const kept = sheet.commentAt(cell)!;
    expect(kept.id).toBe(thread.id);
    expect(kept.replies).toEqual([{ id: 'colleague-1', content: '此数已与乡镇核对，差额为在建项目。', author: '市民政局 李四' }]);
    expect(kept.content).not.toContain(MARK_HEADING);
    for (const f of result.report.findings.filter((x) => x.cell === cell)) expect(kept.content).not.toContain(f.message.zh);
    // Every other mark's thread, unanswered, is gone.
    expect([...sheet.comments.values()].map((c) => c.cell)).toEqual([cell]);
  });

  itWithCommands('checking again rewrites careplan’s words in an answered thread rather than deleting the replies', async () => {
    await table({ notes: false, comments: true });
    const result = await s.ops.checkActiveSheet(AS_OF);
    const cell = result.report.findings[0]!.cell;
    sheet.commentAt(cell)!.replies.push({ id: 'colleague-1', content: '已知悉', author: '市民政局 李四' });
    await s.ops.checkActiveSheet(AS_OF);
    const thread = sheet.commentAt(cell)!;
    expect(thread.content.startsWith(MARK_HEADING)).toBe(true);
    expect(thread.replies.map((r) => r.id)).toEqual(['colleague-1']);
    expect([...sheet.comments.values()].filter((c) => c.cell === cell)).toHaveLength(1);
  });

  itWithCommands('words a user typed into their own part of a marked note stay when the mark is cleared', async () => {
    const cell = (await userMarkedCells(s, sheet, 1))[0]!;
    await s.ops.checkActiveSheet(AS_OF);
    const added = `${USER_NOTE}（已电话核实）`;
    sheet.notes.set(cell, sheet.notes.get(cell)!.replace(USER_NOTE, added));
    await s.ops.clearMarks();
    expect(sheet.notes.get(cell)).toBe(added);
  });
});

/**
 * A note careplan marked, typed into by the user, then cleared: the cell's own note (or none) is
 * given before the check, `edit` is what the user does to the marked note. In an Excel with notes.
 */
async function clearedAfterTyping(own: string | null, edit: (note: string) => string): Promise<string | undefined> {
  await table({ notes: true, comments: true });
  const probe = await s.ops.checkActiveSheet(AS_OF);
  await s.ops.clearMarks();
  const cell = probe.report.findings.find((f) => f.severity === 'error')!.cell;
  if (own !== null) sheet.notes.set(cell, own);
  await s.ops.checkActiveSheet(AS_OF);
  const marked = sheet.notes.get(cell)!;
  expect(marked.endsWith(MARK_END)).toBe(true);
  sheet.notes.set(cell, edit(marked));
  await s.ops.clearMarks();
  return sheet.notes.get(cell);
}

describe('clearing a note the user typed into keeps what they typed, careplan’s words alone going', () => {
  itWithCommands('text typed before careplan’s words stays', async () => {
    expect(await clearedAfterTyping(null, (note) => `已电话核实：\n${note}`)).toBe('已电话核实：');
  });

  itWithCommands('text typed after careplan’s words stays', async () => {
    expect(await clearedAfterTyping(null, (note) => `${note}\n已电话核实，差额为在建项目。`)).toBe('已电话核实，差额为在建项目。');
  });

  itWithCommands('the cell’s own note before careplan’s words and text typed after them both stay, joined by a line break', async () => {
    expect(await clearedAfterTyping(USER_NOTE, (note) => `${note}\n已电话核实。`)).toBe(`${USER_NOTE}\n已电话核实。`);
  });

  itWithCommands('a note whose user deleted careplan’s words entirely is left as the user left it', async () => {
    expect(await clearedAfterTyping(USER_NOTE, () => '县民政局：已改写')).toBe('县民政局：已改写');
  });
});
