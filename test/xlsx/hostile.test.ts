/**
 * Packages built to make a small file cost a great deal, each generated here: the read refuses them
 * by counting its work (bytes inflated, cells kept), never by a clock.
 */
import { describe, expect, it } from 'vitest';
import { XlsxError } from '../../src/xlsx/errors';
import { MAX_WORKBOOK_CELLS } from '../../src/xlsx/limits';
import { newMeter, readWorkbook } from '../../src/xlsx/read';
import { barePackage, rowsPart } from '../support/workbooks';

function refusal(f: () => unknown): XlsxError {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const rows = (n: number, cells: string): string => rowsPart(n, () => cells);

describe('each part is inflated at most once', () => {
  it('forty sheet entries pointing at one part are refused as damaged after that part is read once', () => {
    const part = rows(2000, '<c><v>1</v></c><c><v>2</v></c>');
    const bytes = barePackage(
      Array.from({ length: 40 }, (_, i) => [`S${i}`, 'worksheets/sheet1.xml']),
      { 'xl/worksheets/sheet1.xml': part },
    );
    const meter = newMeter();
    const e = refusal(() => readWorkbook(bytes, { meter }));
    expect(e.code).toBe('DAMAGED');
    expect(e.zh).toContain('xl/worksheets/sheet1.xml');
    // The sheet part once, with the small workbook part and its relationships: never a second time.
    expect(meter.bytesInflated).toBeGreaterThanOrEqual(part.length);
    expect(meter.bytesInflated).toBeLessThan(2 * part.length);
    expect(meter.cells).toBe(4000);
  });
});

describe('the cells of all sheets together are bounded', () => {
  it(`two sheets of ${(MAX_WORKBOOK_CELLS / 2 + 1000).toLocaleString('en-US')} cells each are refused as too large once the workbook passes ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}`, () => {
    // The shortest cell the reader keeps, an empty inline string, 1,000 to a row; stored, so the
    // compression-ratio check does not refuse the file first.
    const perSheet = MAX_WORKBOOK_CELLS / 2 + 1000;
    const part = rows(perSheet / 1000, '<c><is/></c>'.repeat(1000));
    const bytes = barePackage(
      [
        ['A', 'worksheets/sheet1.xml'],
        ['B', 'worksheets/sheet2.xml'],
      ],
      { 'xl/worksheets/sheet1.xml': part, 'xl/worksheets/sheet2.xml': part },
      true,
    );
    const meter = newMeter();
    const e = refusal(() => readWorkbook(bytes, { meter }));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.zh).toContain('4,000,000');
    expect(e.zh).toContain('“B”');
    expect(meter.cells).toBe(MAX_WORKBOOK_CELLS + 1);
  });
});
