/**
 * The adapter in each Excel the offices run, as isSetSupported answers there (mock/profiles.ts):
 * insert, check and clear work in every one; a mark carries a note where ExcelApi 1.18 is there, a
 * threaded comment where only 1.10 is, the fill alone below; clearing puts every cell back.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { fillAllInputs, setup, templateCalc } from './mock/fixtures';
import { PROFILES, atLeast, useProfile } from './mock/profiles';

const AS_OF = '2026-01-01';
const t = buildTemplate('gz-beds');

describe.each(PROFILES)('in $name', (profile) => {
  it('inserts, checks, marks with what this Excel carries, and clears back to the sheet as it was', async () => {
    useProfile(profile);
    const s = setup();
    s.book.calc = templateCalc([t]);
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    fillAllInputs(sheet, layout(t));
    const before = JSON.stringify({ rows: sheet.rows, notes: [...sheet.notes], comments: [...sheet.comments] });
    const excelApi = profile.sets.ExcelApi!;
    const carrier = atLeast(excelApi, '1.18') ? 'note' : atLeast(excelApi, '1.10') ? 'comment' : 'none';
    const r = await s.ops.checkActiveSheet(AS_OF);
    expect(r.carrier).toBe(carrier);
    expect(r.marked).toBeGreaterThan(0);
    expect(sheet.notes.size > 0).toBe(carrier === 'note');
    expect(sheet.comments.size > 0).toBe(carrier === 'comment');
    await s.ops.clearMarks();
    expect(JSON.stringify({ rows: sheet.rows, notes: [...sheet.notes], comments: [...sheet.comments] })).toBe(before);
  });
});
