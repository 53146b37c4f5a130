/**
 * What careplan keeps on record between one command and the next (the very hidden careplan_marks
 * sheet, the list of sheets it protected) holds across sheets, repeated checks and Excels: a mark is
 * always cleared back to what the user had, and careplan's protection is never left off.
 */
import { describe, expect } from 'vitest';
import { MARK_HEADING } from '../../src/check/markText';
import { itWithCommands } from './mock/eachExcel';
import { setup, supports } from './mock/fixtures';
import { NO_FILL, type FakeSheet } from './mock/book';
import { AS_OF, MARK_FILL, RECORD_SHEET, byCell, filledCountyTable, insertFilled, linesOnRecord, parse, seen, userMarkedCells } from './mock/marking';

describe('marks on several sheets', () => {
  itWithCommands('two county tables checked one after the other are each cleared back to the sheet as it was', async () => {
    const s = setup();
    const beds = await insertFilled(s, 'gz-beds');
    const slots = await insertFilled(s, 'gz-slots');
    const [bedsBefore, slotsBefore] = [seen(beds), seen(slots)];
    // Inserting shows the new sheet: 托位 is checked first, then 床位.
    expect((await s.ops.checkActiveSheet(AS_OF)).marked).toBeGreaterThan(0);
    s.book.active = beds;
    expect((await s.ops.checkActiveSheet(AS_OF)).marked).toBeGreaterThan(0);
    await s.ops.clearMarks(slots.name);
    await s.ops.clearMarks(beds.name);
    expect(seen(slots)).toBe(slotsBefore);
    expect(seen(beds)).toBe(bedsBefore);
  });

  itWithCommands('a second template inserted leaves the first on careplan’s record: the first, protected by careplan, is still marked', async () => {
    const s = setup();
    const beds = await insertFilled(s, 'gz-beds');
    await insertFilled(s, 'gz-slots');
    s.book.active = beds;
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notMarked).toBeUndefined();
    expect(r.marked).toBe(r.report.findings.length);
  });
});

describe('where the words go in threaded comments (ExcelApi 1.10 without notes)', () => {
  itWithCommands('a thread a colleague answered, checked again and then cleared, keeps the reply and loses careplan’s words', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    const first = await s.ops.checkActiveSheet(AS_OF);
    const cell = first.report.findings[0]!.cell;
    sheet.commentAt(cell)!.replies.push({ id: 'colleague-1', content: '已知悉', author: '市民政局 李四' });
    await s.ops.checkActiveSheet(AS_OF);
    await s.ops.clearMarks();
    const kept = sheet.commentAt(cell)!;
    expect(kept.replies.map((r) => r.content)).toEqual(['已知悉']);
    expect(kept.content).not.toContain(MARK_HEADING);
    expect(sheet.comments.size).toBe(1);
  });

  itWithCommands('one cell holding a user’s note is named to the pane, as two are', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    const [cell] = await userMarkedCells(s, sheet, 1);
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notAttached).toMatchObject({ code: 'NOT_ATTACHED', zh: expect.stringContaining(cell!), en: expect.stringContaining(cell!) });
  });

  itWithCommands('a failure while the comments’ ids are written on record still leaves careplan’s sheet protected as it was', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    await s.ops.checkActiveSheet(AS_OF);
    const protection = structuredClone(sheet.protection);
    expect(protection.protected).toBe(true);
    // Once the marks are written (the pane hears 'mark 0.5'), the record sheet refuses the writing of the comments' ids.
    const refusing = s.ops.checkActiveSheet(AS_OF, (p) => {
      if (p.stage === 'mark' && p.done === 0.5) s.book.sheet('careplan_marks')!.protection = { protected: true, options: {} };
    });
    await expect(refusing).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sheet.protection).toEqual(protection);
  });
});

describe('where Excel refuses a thread on a cell holding a user’s note (ExcelApi 1.10 without notes)', () => {
  itWithCommands('two noted cells among the findings, neither the first, are both named and every other finding’s cell gets its thread', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    const probe = await s.ops.checkActiveSheet(AS_OF);
    await s.ops.clearMarks();
    const cells = [...byCell(probe.report.findings).keys()];
    // Threads are added in the findings' order: a refusal after the first tells which cell by counting the threads added before it.
    const noted = [cells[1]!, cells[3]!];
    for (const cell of noted) sheet.notes.set(cell, '县民政局：此数待复核');
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notAttached?.en).toContain(`, ${noted.join(', ')} already hold a note`);
    for (const cell of cells) expect(sheet.commentAt(cell) === undefined, cell).toBe(noted.includes(cell));
  });

  itWithCommands('careplan’s reply is told from a colleague’s reply of the same words, so clearing takes careplan’s away and leaves the colleague’s', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    // One cell holds a user's note (its thread is refused, attach.ts); another a user's thread, careplan's mark going under it as a reply.
    const [noted, threaded] = await userMarkedCells(s, sheet, 2);
    sheet.notes.delete(threaded!);
    sheet.comments.set('user-1', { id: 'user-1', cell: threaded!, content: '请核对', author: '市民政局 李四', replies: [] });
    await s.ops.checkActiveSheet(AS_OF);
    const words = sheet.comments.get('user-1')!.replies[0]!.content;
    await s.ops.clearMarks();
    // A colleague had quoted careplan's words in a reply of their own before the next check.
    sheet.comments.get('user-1')!.replies.push({ id: 'colleague-1', content: words, author: '市民政局 王五' });
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notAttached?.zh).toContain(noted);
    expect(sheet.comments.get('user-1')!.replies).toHaveLength(2);
    await s.ops.clearMarks();
    expect(sheet.comments.get('user-1')!.replies).toEqual([{ id: 'colleague-1', content: words, author: '市民政局 王五' }]);
  });
});

describe('marks an older Excel cannot reach are refused, not half cleared', () => {
  itWithCommands('marks carrying threaded comments are refused where comments are missing (ExcelApi 1.9 without 1.10), with the word for those comments and the API', async () => {
    const { s, sheet } = await filledCountyTable({ notes: false, comments: true });
    await s.ops.checkActiveSheet(AS_OF);
    const marked = seen(sheet);
    supports({ notes: false, comments: false });
    const refusal = s.ops.clearMarks();
    await expect(refusal).rejects.toMatchObject({ code: 'OLDER_EXCEL', zh: expect.stringContaining('对话式批注'), en: expect.stringContaining('ExcelApi 1.10') });
    // 注释 is the note's word: a message about comments must not send the user looking for notes.
    await expect(refusal).rejects.toMatchObject({ zh: expect.not.stringContaining('注释') });
    expect(seen(sheet)).toBe(marked);
  });

  itWithCommands('marks carrying notes are refused with the word for notes and ExcelApi 1.18', async () => {
    const { s } = await filledCountyTable({ notes: true, comments: true });
    await s.ops.checkActiveSheet(AS_OF);
    supports({ notes: false, comments: true });
    await expect(s.ops.clearMarks()).rejects.toMatchObject({ code: 'OLDER_EXCEL', zh: expect.stringContaining('注释'), en: expect.stringContaining('ExcelApi 1.18') });
  });
});

describe('the record sheet itself', () => {
  /** The record's first line as careplan wrote it: [version, sheet id, sheet, cell, colour, pattern, pattern colour, note, carrier, comment id, reply id]. */
  const firstLine = (sheet: FakeSheet): unknown[] => JSON.parse(String(sheet.cell(1, 0)!.value)) as unknown[];
  const replaced = (line: readonly unknown[], at: number, v: unknown): unknown[] => line.map((x, i) => (i === at ? v : x));

  itWithCommands('a line changed in any way careplan would not write it is reported with its row, never read as something else', async () => {
    const { s } = await filledCountyTable();
    await s.ops.checkActiveSheet(AS_OF);
    const record = s.book.sheet(RECORD_SHEET)!;
    const line = firstLine(record);
    expect(line).toHaveLength(11);
    expect(line[0]).toBe(1);
    const edits: [string, unknown][] = [
      ['a later version', replaced(line, 0, 2)],
      ['a twelfth entry', [...line, null]],
      ['a number for the sheet id', replaced(line, 1, 7)],
      ['a number for the pattern colour', replaced(line, 6, 0)],
      ['an unknown carrier', replaced(line, 8, 'email')],
      ['an object with the same entries and length', { ...Object.fromEntries(line.map((v, i) => [i, v])), length: line.length }],
      ['a bare number', 5],
    ];
    for (const [what, edited] of edits) {
      record.at(1, 0).value = JSON.stringify(edited);
      await expect(s.ops.clearMarks(), what).rejects.toMatchObject({ code: 'BAD_RECORD', zh: expect.stringContaining('careplan_marks 第 2 行') });
    }
    record.at(1, 0).value = JSON.stringify(line);
    expect((await s.ops.clearMarks()).restored).toBeGreaterThan(0);
  });

  itWithCommands('a line someone emptied is passed over: every other marked cell is still cleared back', async () => {
    const { s, sheet } = await filledCountyTable();
    const fills = structuredClone(sheet.rows.map((row) => row?.map((c) => c?.fill)));
    await s.ops.checkActiveSheet(AS_OF);
    const record = s.book.sheet(RECORD_SHEET)!;
    const lines = linesOnRecord(s.book);
    expect(lines.length).toBeGreaterThan(2);
    const lost = parse(lines[0]!.cell);
    const kept = parse(lines[1]!.cell);
    record.at(1, 0).value = null;
    expect((await s.ops.clearMarks()).restored).toBe(lines.length - 1);
    // The emptied line's cell keeps its mark: what it had before is no longer known.
    expect(Object.values(MARK_FILL)).toContain(sheet.cell(lost.r, lost.c)!.fill.color);
    expect(sheet.cell(kept.r, kept.c)?.fill ?? NO_FILL).toEqual(fills[kept.r]?.[kept.c] ?? NO_FILL);
  });

  itWithCommands('its lines are written as text, and a record that came back merely hidden (as LibreOffice saves a very hidden sheet) is very hidden again', async () => {
    const { s } = await filledCountyTable();
    await s.ops.checkActiveSheet(AS_OF);
    const record = s.book.sheet(RECORD_SHEET)!;
    const rows = linesOnRecord(s.book).length + 1;
    for (let r = 0; r < rows; r++) expect(record.cell(r, 0)!.numberFormat, `row ${r + 1}`).toBe('@');
    record.visibility = 'Hidden';
    await s.ops.clearMarks();
    expect(record.visibility).toBe('VeryHidden');
  });
});
