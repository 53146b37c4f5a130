/**
 * The adapter from insert to clear in the Excel of this run's profile (mock/profiles.ts; every
 * adapter test runs under each): a mark carries a note where ExcelApi 1.18 is there, a threaded
 * comment where only 1.10 is; clearing puts every cell back. Below ExcelApi 1.9 (Excel 2019)
 * nothing is inserted, checked or marked: each command refuses and says why.
 */
import { describe, expect } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { fillAllInputs, setup, templateCalc } from './mock/fixtures';
import { has } from './mock/profiles';
import { itWithCommands, profile } from './mock/eachExcel';

const AS_OF = '2026-01-01';
describe(`in ${profile.name}`, () => {
  itWithCommands('inserts, checks, marks with what this Excel carries, and clears back to the sheet as it was', async () => {
    const t = buildTemplate('gz-beds');
    const s = setup();
    s.book.calc = templateCalc([t]);
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    fillAllInputs(sheet, layout(t));
    const before = JSON.stringify({ rows: sheet.rows, notes: [...sheet.notes], comments: [...sheet.comments] });
    const carrier = has(profile, 'ExcelApi', '1.18') ? 'note' : has(profile, 'ExcelApi', '1.10') ? 'comment' : 'none';
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.carrier).toBe(carrier);
    expect(r.marked).toBeGreaterThan(0);
    expect(sheet.notes.size > 0).toBe(carrier === 'note');
    expect(sheet.comments.size > 0).toBe(carrier === 'comment');
    await s.ops.clearMarks();
    expect(JSON.stringify({ rows: sheet.rows, notes: [...sheet.notes], comments: [...sheet.comments] })).toBe(before);
  });
});
