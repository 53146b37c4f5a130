/**
 * The workbook double behaves as Excel does where the adapter could go wrong: each case here is a
 * documented behaviour (the comment in test/excel/mock names the page or the runtime line).
 */
import { describe, expect, it } from 'vitest';
import { checkAndMark, sheetCalled } from '../../src/excel/check';
import { waitingForCellEdit } from '../../src/excel/run';
import { setup, supports } from './mock/fixtures';

const caps = { notes: true, comments: true };

describe('the strict Excel double', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const s = setup();
    await expect(
      s.excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        // The mistake the double must catch, on purpose.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        return ws.name;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('throws InvalidObjectPath when an object is used after its Excel.run has ended', async () => {
    const s = setup();
    const kept = await s.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await context.sync();
      return { range, context };
    });
    kept.range.values = [[1]];
    await expect(kept.context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it('throws ResponsePayloadSizeLimitExceeded for a response over 5 MB, as Excel on the web', async () => {
    const s = setup();
    const long = '养老托育'.repeat(100);
    for (let r = 0; r < 2000; r++) for (let c = 0; c < 5; c++) s.sheet1.write(r, c, long);
    await expect(
      s.excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:E2000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('fails a batch while the user edits a cell, unless it asked to wait; then it runs when the edit ends', async () => {
    supports(caps);
    const s = setup();
    s.book.startCellEdit();
    await expect(checkAndMark(s.excel.run, caps, sheetCalled('Sheet1'), '2026-01-01')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const waiting = checkAndMark(waitingForCellEdit(s.excel.run), caps, sheetCalled('Sheet1'), '2026-01-01').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    s.book.endCellEdit();
    await waiting;
    expect(done).toBe(true);
  });

  it('refuses protect() on a sheet that is protected already, and unprotect() on one that is not', async () => {
    const s = setup();
    s.sheet1.protection = { protected: true, options: {} };
    const call = (f: (p: Excel.WorksheetProtection) => void) =>
      s.excel.run(async (context) => {
        f(context.workbook.worksheets.getItem('Sheet1').protection);
        await context.sync();
      });
    await expect(call((p) => p.protect({ allowFormatCells: true }))).rejects.toMatchObject({ code: 'AccessDenied', debugInfo: { errorLocation: 'WorksheetProtection.protect' } });
    s.sheet1.protection = { protected: false, options: {} };
    await expect(call((p) => p.unprotect())).rejects.toMatchObject({ code: 'AccessDenied', debugInfo: { errorLocation: 'WorksheetProtection.unprotect' } });
  });

  it('refuses to lift a protection with a password unless given it', async () => {
    const s = setup();
    s.sheet1.protection = { protected: true, options: {}, password: '县局' };
    const unprotect = (password?: string) =>
      s.excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.unprotect(password);
        await context.sync();
      });
    await expect(unprotect()).rejects.toMatchObject({ code: 'BadPassword', debugInfo: { errorLocation: 'WorksheetProtection.unprotect' } });
    await expect(unprotect('错的')).rejects.toMatchObject({ code: 'BadPassword' });
    await unprotect('县局');
    expect(s.sheet1.protection.protected).toBe(false);
  });

  describe('a protected sheet refuses what its options do not allow', () => {
    const protectedSheet = (options: Excel.WorksheetProtectionOptions) => {
      const s = setup();
      s.sheet1.write(0, 0, '县（市、区）');
      s.sheet1.formatCell(1, 0, 'protection/locked', false);
      s.sheet1.protection = { protected: true, options };
      const run = (f: (ws: Excel.Worksheet) => void) =>
        s.excel.run(async (context) => {
          f(context.workbook.worksheets.getItem('Sheet1'));
          await context.sync();
        });
      return { s, run };
    };
    const writes: [string, keyof Excel.WorksheetProtectionOptions, (ws: Excel.Worksheet) => void][] = [
      ['a fill', 'allowFormatCells', (ws) => void (ws.getRange('A1').format.fill.color = '#FF0000')],
      ['a number format', 'allowFormatCells', (ws) => void (ws.getRange('A1').numberFormat = [['0.00']])],
      ['a row height', 'allowFormatRows', (ws) => void (ws.getRange('A1').format.rowHeight = 30)],
      ['a column width', 'allowFormatColumns', (ws) => void (ws.getRange('A1').format.columnWidth = 80)],
      ['inserting a row', 'allowInsertRows', (ws) => void ws.getRange('A1:Z1').insert('Down')],
      ['deleting a row', 'allowDeleteRows', (ws) => void ws.getRange('A1:Z1').delete('Up')],
      ['inserting a column', 'allowInsertColumns', (ws) => void ws.getRange('A1:A50').insert('Right')],
      ['deleting a column', 'allowDeleteColumns', (ws) => void ws.getRange('A1:A50').delete('Left')],
      ['a threaded comment', 'allowEditObjects', (ws) => void ws.comments.add('B2', '请核对')],
    ];
    for (const [what, option, write] of writes) {
      it(`${what}: refused without ${option}, done with it`, async () => {
        const refused = protectedSheet({});
        await expect(refused.run(write)).rejects.toMatchObject({ code: 'AccessDenied' });
        const allowed = protectedSheet({ [option]: true });
        await allowed.run(write);
      });
    }

    it('a value in a locked cell, whatever the options; an unlocked cell takes one', async () => {
      const { s, run } = protectedSheet({ allowFormatCells: true, allowEditObjects: true, allowInsertRows: true });
      await expect(run((ws) => void (ws.getRange('A1').values = [['改了']]))).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(s.sheet1.value(0, 0)).toBe('县（市、区）');
      await run((ws) => void (ws.getRange('A2').values = [[12]]));
      expect(s.sheet1.value(1, 0)).toBe(12);
    });
  });

  it('stops a batch at the command Excel refuses: what was queued before it is done, nothing after it', async () => {
    const s = setup();
    s.sheet1.notes.set('A2', '县民政局：此数待复核');
    const refusal = s.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.comments.add('A1', '第一条');
      ws.comments.add('A2', '有注释的单元格');
      ws.comments.add('A3', '第三条');
      ws.getRange('B1').values = [['之后']];
      await context.sync();
    });
    await expect(refusal).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'CommentCollection.add' } });
    expect([...s.sheet1.comments.values()].map((c) => c.cell)).toEqual(['A1']);
    expect(s.sheet1.cell(0, 1)).toBeUndefined();
  });
});
