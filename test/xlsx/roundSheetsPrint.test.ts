/**
 * The round's sheets on paper: the city workbook `careplan merge` writes from the twenty returns of
 * test/support/round.ts, printed by LibreOffice and measured from the PDF's word boxes. 报送情况,
 * 核查结果 and the 通报 each print across A4 landscape. roundSheetsLook.test.ts shows by arithmetic
 * that each fits at 100% in Excel; LibreOffice here measures a width unit in DejaVu Sans, which
 * stands in for Calibri and is wider, so it shrinks the two widest a little: still 9 pt or more.
 */
import { describe, expect, it } from 'vitest';
import { mergeReturns } from '../../src/xlsx/mergeReturns';
import { SHEETS } from '../../src/xlsx/roundSheets';
import { SOFFICE } from '../support/libreoffice';
import { A4, PDFTOTEXT, pageText, printed, skipPrinting, smallest, type Page } from '../support/printed';
import { MISSING, roundFiles, ROUND_AS_OF } from '../support/round';

/** Which sheet a page is of, by the header its table repeats on every page. */
function sheetOf(page: Page): string {
  const text = pageText(page);
  if (text.includes('来源文件') || text.includes('收到的文件')) return SHEETS.status;
  if (text.includes('单元格')) return SHEETS.findings;
  if (text.includes('排名')) return SHEETS.progress;
  return 'table';
}

describe.skipIf(skipPrinting)('the round’s sheets printed through LibreOffice', () => {
  it('print across A4 landscape, 报送情况 at 10 pt, 核查结果 and the 通报 with its chart at 9 pt or more', async () => {
    expect(SOFFICE && PDFTOTEXT, 'LibreOffice and poppler-utils are installed (.ci/run)').toBeTruthy();
    const files = await roundFiles();
    const { bytes } = await mergeReturns(
      files.map((f) => ({ file: f.name, bytes: f.bytes })),
      { asOf: ROUND_AS_OF },
    );
    const pages = printed(bytes, 'round');
    const bySheet = new Map<string, Page[]>();
    for (const page of pages) {
      const sheet = sheetOf(page);
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
    }
    expect([...bySheet.keys()]).toEqual(['table', SHEETS.status, SHEETS.findings, SHEETS.progress]);
    for (const sheet of Object.values(SHEETS)) {
      for (const [i, page] of bySheet.get(sheet)!.entries()) {
        expect([page.width, page.height].map(Math.round), `${sheet} page ${i + 1}`).toEqual([A4.long, A4.short].map(Math.round));
        // Nothing past the right margin (a quarter inch, 18 pt).
        expect(Math.max(...page.words.map((w) => w.xMax)), `${sheet} page ${i + 1}`).toBeLessThanOrEqual(page.width - 18);
      }
    }
    expect(smallest(bySheet.get(SHEETS.status)!)).toBeGreaterThanOrEqual(10 - 0.05);
    expect(smallest(bySheet.get(SHEETS.findings)!)).toBeGreaterThanOrEqual(9);
    const circular = bySheet.get(SHEETS.progress)!;
    expect(smallest(circular)).toBeGreaterThanOrEqual(9);
    // The chart beside the table names each rated county again: the counties that sent nothing only once.
    const words = circular.flatMap((p) => p.words.map((w) => w.text));
    expect(words.filter((w) => w === '章贡区')).toHaveLength(2);
    for (const county of MISSING) expect(words.filter((w) => w === county)).toHaveLength(1);
  }, 180_000);
});
