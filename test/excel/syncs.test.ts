/**
 * Round trips to Excel do not grow with the sheet (DESIGN.md, "Working with Excel"): checking,
 * clearing and loading make the same number of context.sync() calls for a 20-county table and for
 * the same table with village detail down to row 20,000. Counted twice: by countingRun around the
 * adapter's run, and by the mock's own context.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { detailRows, fillAllInputs, setup, supports, templateCalc } from './mock/fixtures';

const AS_OF = '2026-01-01';

/** Syncs of insert, check, check again, clear on gz-beds grown to `rows` rows. */
async function syncsFor(rows: number): Promise<{ insert: number; check: number; recheck: number; clear: number; findings: number; sheetRows: number }> {
  supports({ notes: true, comments: true });
  const s = setup();
  const t = buildTemplate('gz-beds');
  const l = layout(t);
  s.book.calc = templateCalc([t]);
  const count = async (f: () => Promise<unknown>): Promise<number> => {
    s.counter.reset();
    const before = s.book.syncs;
    await f();
    expect(s.book.syncs - before).toBe(s.counter.syncs());
    return s.counter.syncs();
  };
  const insert = await count(() => s.ops.insertTemplate(t));
  const sheet = s.book.sheet(t.sheet)!;
  fillAllInputs(sheet, l);
  detailRows(sheet, l, rows);
  let findings = 0;
  const check = await count(async () => {
    findings = (await s.ops.checkActiveSheet(AS_OF)).report.findings.length;
  });
  const recheck = await count(() => s.ops.checkActiveSheet(AS_OF));
  const clear = await count(() => s.ops.clearMarks());
  return { insert, check, recheck, clear, findings, sheetRows: sheet.used()!.rows };
}

describe('context.sync() calls do not grow with the sheet', () => {
  it('the county table as loaded (35 rows with its banner and signature block, 20 counties) and grown to 20,000 rows take the same round trips', async () => {
    const small = await syncsFor(0);
    const large = await syncsFor(20_000);
    expect(small.sheetRows).toBeLessThan(36);
    expect(large.sheetRows).toBe(20_000);
    expect(large.findings).toBeGreaterThan(0);
    expect({ ...large, findings: 0, sheetRows: 0 }).toEqual({ ...small, findings: 0, sheetRows: 0 });
    expect(small).toMatchObject({ insert: 3, check: 4, recheck: 4, clear: 3 });
  }, 60_000);
});
