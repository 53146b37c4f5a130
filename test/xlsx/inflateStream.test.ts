/**
 * The page's worker unpacks with the browser's DecompressionStream (Node has the same WHATWG stream,
 * https://nodejs.org/docs/latest-v20.x/api/webstreams.html#class-decompressionstream): the async read
 * gives the same sheets as the synchronous one and refuses what the synchronous one refuses.
 */
import { describe, expect, it } from 'vitest';
import { XlsxError } from '../../src/xlsx/errors';
import { hasDeflateRawStream, inflateWithStream } from '../../src/xlsx/inflateStream';
import { readWorkbook, readWorkbookAsync } from '../../src/xlsx/read';
import { inspectZip, readEntryAsync } from '../../src/xlsx/zip';
import { templateBytes } from '../support/workbooks';
import { declaring, zerosPackage } from '../support/zips';

describe('reading with DecompressionStream, as the page does', () => {
  it('Node has raw deflate in DecompressionStream, as Chromium does', () => {
    expect(hasDeflateRawStream()).toBe(true);
  });

  it('gives the same sheets as the synchronous read with fflate', async () => {
    const bytes = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 120 }]);
    const { sheets } = await readWorkbookAsync(bytes, inflateWithStream);
    // The figure typed in, found in the row that names its county: not only what the other read gives.
    expect(sheets[0]!.rows.find((row) => row?.includes('于都县'))).toContain(120);
    expect(sheets).toEqual(readWorkbook(bytes).sheets);
  });

  it('a zip bomb behind a lying header is refused as damaged, naming the part', async () => {
    const lying = declaring(zerosPackage(64), 'xl/bomb.xml', 64 * 1024);
    const refusal = await readEntryAsync(lying, inspectZip(lying).get('xl/bomb.xml')!, inflateWithStream).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(XlsxError);
    expect((refusal as XlsxError).code).toBe('DAMAGED');
    expect((refusal as XlsxError).zh).toContain('xl/bomb.xml');
    // How much is fed before the refusal is counted in Chromium (test/e2e/workerHostile.test.ts):
    // Node's DecompressionStream is a zlib stream that takes its input ahead of the reader.
  });

  it('an entry that unpacks to less than it declared, or corrupt deflate data, is DAMAGED', async () => {
    const text = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500);
    const zip = zerosPackage(0, text);
    const over = declaring(zip, 'xl/bomb.xml', text.length + 100);
    await expect(readEntryAsync(over, inspectZip(over).get('xl/bomb.xml')!, inflateWithStream)).rejects.toMatchObject({ code: 'DAMAGED' });
    const corrupt = zip.slice();
    const entry = inspectZip(corrupt).get('xl/bomb.xml')!;
    corrupt.fill(0xff, entry.localHeaderOffset + 30 + 'xl/bomb.xml'.length, entry.localHeaderOffset + 80);
    await expect(readEntryAsync(corrupt, entry, inflateWithStream)).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
