/**
 * The template marker travels twice: as the sheet-scoped defined name CAREPLAN_TEMPLATE and as the
 * line in row 1. A county that deletes row 1 (it is outside the print area, and looks like clutter)
 * keeps the name; openpyxl, another program, deletes the row here and saves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { readWorkbook } from '../../src/xlsx/read';
import { runPython } from '../support/python';
import { tempDir, templateBytes } from '../support/workbooks';

/** The workbook after openpyxl deleted row 1 of its first sheet. */
function throughOpenpyxl(bytes: Uint8Array): Uint8Array {
  const file = path.join(tempDir(), 'form.xlsx');
  writeFileSync(file, bytes);
  const script = `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
wb.worksheets[0].delete_rows(1)
wb.save(sys.argv[1])`;
  runPython(script, [file]);
  return new Uint8Array(readFileSync(file));
}

describe('the template marker as a sheet-scoped defined name', () => {
  it('于都县’s bed form with its marker row deleted is still known by the name CAREPLAN_TEMPLATE', async () => {
    const bytes = throughOpenpyxl(await templateBytes('gz-beds', [], { county: '于都县' }));
    const [grid] = readWorkbook(bytes).sheets;
    expect(grid!.rows.slice(0, 3).flat().some((c) => typeof c === 'string' && c.includes('careplan:'))).toBe(false);
    expect(grid!.markerName).toBe('careplan:gz-beds:yudu');
    const report = checkSheet(grid!, '2024-06-01');
    expect(report.template).toBe('gz-beds');
    expect(report.county).toBe('于都县');
  });
});
