import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/read';

// A file of its own so that `npm run mutate` can leave it out (vitest.mutate.config.ts): it covers
// nearly every line of the reader, so each surviving reader mutant would read its million cells.

describe('a large sheet', () => {
  it('a 100,000-row × 10-column sheet exceljs wrote reads completely and correctly', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Big');
    for (let r = 1; r <= 100_000; r++) ws.addRow([r, r * 1.5, `name ${r % 100}`, r % 2 === 0, r / 7, 'x', r * 3, -r, 0.1 * r, r % 3 === 0 ? '三' : 3]);
    const { sheets } = readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheets).toHaveLength(1);
    const g = sheets[0]!;
    expect(g.rows).toHaveLength(100_000);
    let cells = 0;
    for (const row of g.rows) for (const cell of row) if (cell !== undefined) cells++;
    expect(cells).toBe(1_000_000);
    expect(g.rows[0]).toEqual([1, 1.5, 'name 1', false, 1 / 7, 'x', 3, -1, 0.1, 3]);
    expect(g.rows[54_320]).toEqual([54_321, 54_321 * 1.5, 'name 21', false, 54_321 / 7, 'x', 54_321 * 3, -54_321, 0.1 * 54_321, '三']);
    expect(g.rows[99_999]).toEqual([100_000, 150_000, 'name 0', true, 100_000 / 7, 'x', 300_000, -100_000, 10_000, 3]);
  }, 120_000);
});
