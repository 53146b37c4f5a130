/**
 * The page's file jobs where no worker can start (Node has no Web Worker, like a page opened from
 * file://): the same jobs on the main thread, a pause before each, so 取消 stops before the next
 * file; a file that cannot be read is the reader's own one line; the annotated copy is the
 * command line's (annotateCopy) and is named 原名-核查.xlsx.
 */
import { describe, expect, it } from 'vitest';
import { annotateCopy, marksOf } from '../../src/xlsx/annotate';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { notXlsx, tooLarge } from '../../src/xlsx/errors';
import { MAX_FILE_BYTES } from '../../src/xlsx/limits';
import { annotatedName } from '../../src/taskpane/fileJob';
import { Cancelled, FileWork } from '../../src/taskpane/fileWork';
import { templateBytes } from '../support/workbooks';

const AS_OF = '2022-01-01';

describe('file jobs on the main thread', () => {
  it('runs there when no worker can start, and gives what the command line’s checkBytes gives', async () => {
    const bytes = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
    const work = new FileWork();
    expect(work.inWorker).toBe(false);
    const o = await work.run({ kind: 'check', file: new Blob([bytes.slice()]), asOf: AS_OF });
    expect(o).toEqual({ kind: 'checked', reports: checkBytes(bytes, AS_OF) });
  });

  it('the annotated copy is the one annotateCopy makes of the same findings', async () => {
    const bytes = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
    const reports = checkBytes(bytes, AS_OF);
    const o = await new FileWork().run({ kind: 'annotate', file: new Blob([bytes.slice()]), reports });
    expect(o.kind).toBe('annotated');
    expect((o as { copy: Uint8Array }).copy).toEqual(annotateCopy(bytes, marksOf(reports)));
    expect(annotatedName('赣州床位.xlsx')).toBe('赣州床位-核查.xlsx');
    expect(annotatedName('BOOK.XLSX')).toBe('BOOK-核查.xlsx');
  });

  it('取消 before a file starts stops it and every file after it', async () => {
    const bytes = await templateBytes('gz-beds');
    const work = new FileWork();
    const first = work.run({ kind: 'check', file: new Blob([bytes.slice()]), asOf: AS_OF });
    work.cancel();
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    await expect(work.run({ kind: 'check', file: new Blob([bytes.slice()]), asOf: AS_OF })).rejects.toBeInstanceOf(Cancelled);
  });

  it('a file that is not a workbook, or too large, is the reader’s own line, the large one refused by its size before it is read', async () => {
    const csv = await new FileWork().run({ kind: 'check', file: new Blob(['名称,数量\n']), asOf: AS_OF });
    expect(csv).toEqual({ kind: 'failed', failure: { code: 'NOT_XLSX', zh: notXlsx().zh, en: notXlsx().en } });
    // A Blob that says it is one byte over the limit and fails if anything reads it.
    const huge = { size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    const big = await new FileWork().run({ kind: 'check', file: huge, asOf: AS_OF });
    const expected = tooLarge({ kind: 'file', found: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(big).toEqual({ kind: 'failed', failure: { code: 'TOO_LARGE', zh: expected.zh, en: expected.en } });
  });
});
