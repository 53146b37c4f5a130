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

  it('refuses protect() on a sheet that is protected already', async () => {
    const s = setup();
    s.sheet1.protection = { protected: true, options: {} };
    await expect(
      s.excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.protect({ allowFormatCells: true });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
