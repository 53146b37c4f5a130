/**
 * Findings marked where they stand and cleared again: each finding's cell gets the fill of its
 * severity and a note (or a comment) with the message and the clause; clearing puts back exactly
 * the fill and note the cell had, also in a later session, and no value is ever written.
 */
import { beforeEach, describe, expect } from 'vitest';
import { ExcelOpError } from '../../src/excel/errors';
import { buildTemplate } from '../../src/templates';
import { MARK_HEADING } from '../../src/check/markText';
import { createExcelOps } from '../../src/excel/ops';
import type { CheckProgress } from '../../src/excel/types';
import type { FakeSheet } from './mock/book';
import { supports, type Setup } from './mock/fixtures';
import { MockExcel } from './mock/proxies';
import { commandsRun, itWithCommands, profile } from './mock/eachExcel';
import { has } from './mock/profiles';
import * as marking from './mock/marking';
import { AS_OF, MARK_FILL, RECORD_SHEET, USER_FILL, USER_NOTE, byCell, mostSevere, parse, linesOnRecord, seen } from './mock/marking';

/**
 * Where this Excel puts a mark's words: a note (ExcelApi 1.18), else a threaded comment (1.10).
 * Excel 2021 and 2024 have notes in their interface but not in the API: careplan cannot see a
 * user's note there, and Excel refuses a thread on a cell holding one (mock/proxies.ts), so such a
 * cell is marked by its fill alone and the pane names it.
 */
const NOTES = has(profile, 'ExcelApi', '1.18');

let s: Setup;
let sheet: FakeSheet;

/** 养老床位分解表 loaded and filled in by the county, some figures short of their targets. */
async function filledCountyTable(caps?: { notes: boolean; comments: boolean }): Promise<void> {
  ({ s, sheet } = await marking.filledCountyTable(caps));
}

const userMarkedCells = (n: number): Promise<string[]> => marking.userMarkedCells(s, sheet, n);

const userMarkedCell = async (): Promise<string> => (await userMarkedCells(1))[0]!;

describe('checking marks each finding where it stands', () => {
  beforeEach(() => (commandsRun ? filledCountyTable() : undefined));

  itWithCommands('in the fill of its most severe finding, with a note (a threaded comment where notes are missing) giving the message, the figures and the clause', async () => {
    const result = await s.ops.checkActiveSheet(AS_OF);
    expect(result.carrier).toBe(NOTES ? 'note' : 'comment');
    expect(result.marked).toBe(result.report.findings.length);
    for (const [cell, findings] of byCell(result.report.findings)) {
      const { r, c } = parse(cell);
      expect(sheet.cell(r, c)?.fill.color, cell).toBe(MARK_FILL[mostSevere(findings)]);
      const note = NOTES ? sheet.notes.get(cell)! : sheet.commentAt(cell)!.content;
      expect(note.startsWith(MARK_HEADING)).toBe(true);
      for (const f of findings) {
        expect(note).toContain(f.message.zh);
        expect(note).toContain(f.message.en);
        if (f.citation) expect(note).toContain(f.citation.quote);
      }
    }
  });

  itWithCommands('reports read, check and mark as they happen', async () => {
    const seenStages: CheckProgress[] = [];
    await s.ops.checkActiveSheet(AS_OF, (p) => seenStages.push(p));
    expect(seenStages.map((p) => `${p.stage} ${p.done}`)).toEqual(['read 0', 'read 1', 'check 0', 'check 1', 'mark 0', 'mark 0.5', 'mark 1']);
  });

  itWithCommands('never writes a value: every figure and formula the county typed stays as it was', async () => {
    const before = sheet.contents();
    await s.ops.checkActiveSheet(AS_OF);
    expect(sheet.contents()).toBe(before);
    await s.ops.clearMarks();
    expect(sheet.contents()).toBe(before);
  });

  itWithCommands('keeps a user’s own note whole, with the mark’s words after it where this Excel reads notes', async () => {
    const [cell] = await userMarkedCells(1);
    await s.ops.checkActiveSheet(AS_OF);
    const note = sheet.notes.get(cell!)!;
    if (NOTES) expect(note.startsWith(`${USER_NOTE}\n\n${MARK_HEADING}`)).toBe(true);
    else expect(note).toBe(USER_NOTE);
  });

  itWithCommands('where this Excel cannot read notes (Excel 2021, 2024), a cell holding a user’s note is marked by its fill alone, every other cell gets its comment, and the pane names the cell and why', async () => {
    const noted = await userMarkedCells(2);
    const result = await s.ops.checkActiveSheet(AS_OF);
    const cells = byCell(result.report.findings);
    expect(result.marked).toBe(result.report.findings.length);
    for (const [cell, findings] of cells) {
      const { r, c } = parse(cell);
      expect(sheet.cell(r, c)?.fill.color, cell).toBe(MARK_FILL[mostSevere(findings)]);
      const words = NOTES ? sheet.notes.get(cell) : noted.includes(cell) ? undefined : sheet.commentAt(cell)?.content;
      if (words !== undefined) expect(words, cell).toContain(`${MARK_HEADING}\n\n`);
    }
    if (NOTES) {
      expect(result.notAttached).toBeUndefined();
      return;
    }
    for (const cell of noted) {
      expect(sheet.notes.get(cell)).toBe(USER_NOTE);
      expect(sheet.commentAt(cell)).toBeUndefined();
    }
    expect(sheet.comments.size).toBe(cells.size - noted.length);
    expect(result.notAttached).toBeInstanceOf(ExcelOpError);
    expect(result.notAttached!.code).toBe('NOT_ATTACHED');
    for (const cell of noted) {
      expect(result.notAttached!.zh).toContain(cell);
      expect(result.notAttached!.en).toContain(cell);
    }
    expect(result.notAttached!.zh).toContain('注释（Excel 2019/2021 和 WPS 中称“批注”）');
    expect(result.notAttached!.zh).toContain('ExcelApi 1.18');
    // Clearing restores the fills and leaves the user's notes as they were.
    await s.ops.clearMarks();
    for (const cell of noted) {
      const { r, c } = parse(cell);
      expect(sheet.cell(r, c)?.fill.color).toBe(USER_FILL);
      expect(sheet.notes.get(cell)).toBe(USER_NOTE);
    }
    expect(sheet.comments.size).toBe(0);
  });
});

describe('clearing marks', () => {
  beforeEach(() => (commandsRun ? filledCountyTable() : undefined));

  itWithCommands('puts back every fill and note exactly, a cell’s own fill and note included', async () => {
    const cell = await userMarkedCell();
    const before = seen(sheet);
    const result = await s.ops.checkActiveSheet(AS_OF);
    const { r, c } = parse(cell);
    expect(sheet.cell(r, c)?.fill.color).not.toBe(USER_FILL);
    const { restored } = await s.ops.clearMarks();
    expect(restored).toBe(byCell(result.report.findings).size);
    expect(seen(sheet)).toBe(before);
    expect(sheet.cell(r, c)?.fill.color).toBe(USER_FILL);
    expect(sheet.notes.get(cell)).toBe(USER_NOTE);
  });

  itWithCommands('leaves a cell that had no fill with no fill, not a white one', async () => {
    const probe = await s.ops.checkActiveSheet(AS_OF);
    await s.ops.clearMarks();
    const cell = probe.report.findings.find((f) => f.severity === 'error')!.cell;
    const { r, c } = parse(cell);
    sheet.formatCell(r, c, 'fill/clear', null);
    const noFill = sheet.cell(r, c)!.fill;
    expect(noFill.pattern).toBe('None');
    await s.ops.checkActiveSheet(AS_OF);
    expect(sheet.cell(r, c)!.fill.color).toBe(MARK_FILL.error);
    await s.ops.clearMarks();
    expect(sheet.cell(r, c)!.fill).toEqual(noFill);
  });

  itWithCommands('of a sheet never marked restores nothing and changes nothing', async () => {
    const plain = s.sheet1;
    plain.write(0, 0, '乡镇汇总');
    plain.formatCell(0, 0, 'fill/color', USER_FILL);
    const before = seen(plain);
    expect(await s.ops.clearMarks('Sheet1')).toEqual({ restored: 0 });
    expect(seen(plain)).toBe(before);
    expect(s.book.sheet(RECORD_SHEET)).toBeUndefined();
  });

  itWithCommands('of a sheet never marked that someone else protected is no refusal: there is nothing to clear', async () => {
    s.sheet1.protection = { protected: true, options: {}, password: '乡镇' };
    expect(await s.ops.clearMarks('Sheet1')).toEqual({ restored: 0 });
    expect(s.sheet1.protection).toEqual({ protected: true, options: {}, password: '乡镇' });
  });

  itWithCommands('of one sheet leaves another sheet’s marks and their record alone', async () => {
    await s.ops.checkActiveSheet(AS_OF);
    const marked = seen(sheet);
    expect(await s.ops.clearMarks('Sheet1')).toEqual({ restored: 0 });
    expect(seen(sheet)).toBe(marked);
    expect((await s.ops.clearMarks()).restored).toBeGreaterThan(0);
  });

  itWithCommands('works in a later session: the record is kept in a very hidden sheet of the workbook', async () => {
    const before = seen(sheet);
    await s.ops.checkActiveSheet(AS_OF);
    const record = s.book.sheet(RECORD_SHEET)!;
    expect(record.visibility).toBe('VeryHidden');
    // Saved, closed and opened again: nothing of the first session is left but the workbook.
    const reopened = createExcelOps(new MockExcel(s.book).run);
    await reopened.clearMarks(sheet.name);
    expect(seen(sheet)).toBe(before);
    expect(linesOnRecord(s.book)).toEqual([]);
  });

  itWithCommands('after checking twice restores the user’s fills, never the first check’s marks', async () => {
    const cell = await userMarkedCell();
    const before = seen(sheet);
    await s.ops.checkActiveSheet(AS_OF);
    await s.ops.checkActiveSheet(AS_OF);
    const lines = linesOnRecord(s.book);
    const marks: string[] = Object.values(MARK_FILL);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(marks).not.toContain(line.fill.color);
    // Where this Excel cannot read notes, careplan neither saw the note nor could attach words to the cell.
    expect(lines.find((l) => l.cell === cell)).toMatchObject({ fill: { color: USER_FILL, pattern: 'Solid' }, note: NOTES ? USER_NOTE : null, carrier: NOTES ? 'note' : 'none' });
    await s.ops.clearMarks();
    expect(seen(sheet)).toBe(before);
  });

  itWithCommands('of a sheet renamed since checking still finds its marks (by the sheet’s id)', async () => {
    const before = seen(sheet);
    await s.ops.checkActiveSheet(AS_OF);
    sheet.name = '床位表（已改名）';
    await s.ops.clearMarks('床位表（已改名）');
    expect(seen(sheet)).toBe(before);
  });
});

describe('refusals, in both languages', () => {
  beforeEach(() => (commandsRun ? filledCountyTable() : undefined));

  itWithCommands('a sheet protected by someone else, even allowing formatting and objects, is checked and its findings given, but nothing is marked, and the pane is told why', async () => {
    // Not careplan's: careplan's record of the sheets it protected does not hold it.
    s.book.settings.delete('careplan.sheets');
    const protection = { protected: true, options: { allowFormatCells: true, allowEditObjects: true } };
    sheet.protection = structuredClone(protection);
    const before = seen(sheet);
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.report.findings.length).toBeGreaterThan(0);
    expect(r.marked).toBe(0);
    expect(r.notMarked).toBeInstanceOf(ExcelOpError);
    expect(r.notMarked!.code).toBe('SHEET_PROTECTED');
    expect(r.notMarked!.zh).toContain('不会撤销他人设置的保护');
    expect(r.notMarked!.zh).toContain('表上未作标记');
    expect(r.notMarked!.en).toContain('nothing was marked');
    expect(seen(sheet)).toBe(before);
    expect(sheet.protection).toEqual(protection);
    expect(s.book.sheet(RECORD_SHEET)).toBeUndefined();
  });

  for (const [what, record] of [
    ['no longer JSON', '["{sheet'],
    ['not a list', '{"sheets":[]}'],
  ]) {
    itWithCommands(`careplan’s record of its own sheets damaged (${what}): its protected sheet counts as someone else’s and is not marked, the pane told why`, async () => {
      s.book.settings.set('careplan.sheets', record);
      const protection = structuredClone(sheet.protection);
      expect(protection.protected).toBe(true);
      const before = seen(sheet);
      const r = await s.ops.checkActiveSheet(AS_OF);
      expect(r.marked).toBe(0);
      expect(r.notMarked).toMatchObject({ code: 'SHEET_PROTECTED' });
      expect(seen(sheet)).toBe(before);
      expect(sheet.protection).toEqual(protection);
      // The next template inserted writes a record careplan can read again, of that sheet alone.
      const t = buildTemplate('gz-indicators');
      await s.ops.insertTemplate(t);
      expect(JSON.parse(String(s.book.settings.get('careplan.sheets')))).toEqual([s.book.sheet(t.sheet)!.id]);
    });
  }

  itWithCommands('marks on a sheet someone else protected since are not cleared, and the pane is told why', async () => {
    await s.ops.checkActiveSheet(AS_OF);
    s.book.settings.delete('careplan.sheets');
    const marked = seen(sheet);
    await expect(s.ops.clearMarks()).rejects.toMatchObject({ code: 'SHEET_PROTECTED', zh: expect.stringContaining(sheet.name) });
    expect(seen(sheet)).toBe(marked);
  });

  itWithCommands('careplan’s own sheet, protected by careplan even against formatting, is marked and cleared with its protection lifted and put back as it was', async () => {
    const protection = { protected: true, options: { allowSort: true, selectionMode: 'Normal' as const } };
    sheet.protection = structuredClone(protection);
    const before = seen(sheet);
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.notMarked).toBeUndefined();
    expect(r.marked).toBe(r.report.findings.length);
    expect(seen(sheet)).not.toBe(before);
    expect(sheet.protection).toEqual(protection);
    await s.ops.clearMarks();
    expect(seen(sheet)).toBe(before);
    expect(sheet.protection).toEqual(protection);
  });

  for (const [whose, forget] of [
    ['a sheet careplan did not insert', true],
    ['careplan’s own sheet the user unprotected', false],
  ] as const) {
    itWithCommands(`${whose}, protected by nobody, is marked and cleared and left unprotected: there is no protection to ask about`, async () => {
      if (forget) s.book.settings.delete('careplan.sheets');
      sheet.protection = { protected: false, options: {} };
      const before = seen(sheet);
      const r = await s.ops.checkActiveSheet(AS_OF);
      expect(r.notMarked).toBeUndefined();
      expect(r.marked).toBe(r.report.findings.length);
      expect(seen(sheet)).not.toBe(before);
      expect(sheet.protection).toEqual({ protected: false, options: {} });
      await s.ops.clearMarks();
      expect(seen(sheet)).toBe(before);
      expect(sheet.protection).toEqual({ protected: false, options: {} });
    });
  }

  itWithCommands('careplan’s own sheet given a password since is checked but not marked, and the pane is told why', async () => {
    sheet.protection = { ...sheet.protection, password: '县局' };
    const protection = structuredClone(sheet.protection);
    const before = seen(sheet);
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.report.findings.length).toBeGreaterThan(0);
    expect(r.marked).toBe(0);
    expect(r.notMarked).toMatchObject({ code: 'SHEET_PROTECTED', zh: expect.stringContaining('已加密码') });
    expect(seen(sheet)).toBe(before);
    expect(sheet.protection).toEqual(protection);
  });

  for (const caps of [undefined, { notes: false, comments: true }]) {
    itWithCommands(`a failure while marking careplan’s own sheet still leaves it protected as it was${caps ? ', and is not taken for a refused thread where marks are threads' : ''}`, async () => {
      if (caps) await filledCountyTable(caps);
      // Marked and cleared: the record sheet is there, and the sheet has no thread of careplan's left.
      await s.ops.checkActiveSheet(AS_OF);
      await s.ops.clearMarks();
      // Excel then refuses the record's writing, the first command after the protection was lifted.
      s.book.sheet(RECORD_SHEET)!.protection = { protected: true, options: {} };
      const protection = structuredClone(sheet.protection);
      expect(protection.protected).toBe(true);
      const before = seen(sheet);
      await expect(s.ops.checkActiveSheet(AS_OF)).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(sheet.protection).toEqual(protection);
      expect(seen(sheet)).toBe(before);
    });
  }

  itWithCommands('a record sheet edited by hand is reported, not guessed at', async () => {
    await s.ops.checkActiveSheet(AS_OF);
    s.book.sheet(RECORD_SHEET)!.at(1, 0).value = '改过了';
    await expect(s.ops.clearMarks()).rejects.toMatchObject({ code: 'BAD_RECORD', zh: expect.stringContaining('careplan_marks 第 2 行') });
    // Checking again cannot take back the old marks either: refused the same, not passed off as a protected sheet.
    await expect(s.ops.checkActiveSheet(AS_OF)).rejects.toMatchObject({ code: 'BAD_RECORD' });
  });

  itWithCommands('marks carrying notes (made where ExcelApi 1.18 is) cannot be cleared by an Excel that cannot read notes', async () => {
    supports({ notes: true, comments: true });
    await s.ops.checkActiveSheet(AS_OF);
    supports({ notes: false, comments: true });
    await expect(s.ops.clearMarks()).rejects.toMatchObject({ code: 'OLDER_EXCEL' });
  });

  itWithCommands('a sheet asked for by a name it no longer has', async () => {
    await expect(s.ops.clearMarks('没有这张表')).rejects.toMatchObject({ code: 'NO_SHEET', zh: expect.stringContaining('没有这张表') });
  });
});
