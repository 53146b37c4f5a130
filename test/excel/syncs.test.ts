/**
 * Round trips to Excel (DESIGN.md, "Working with Excel"): loading and clearing make the same number
 * of context.sync() calls for a 20-county table and for the same table with village detail down to
 * row 5,000; checking reads a sheet larger than the first block in blocks of at most
 * CELLS_PER_BLOCK cells, one sync a block, each response under Excel on the web's 5 MB (the mock
 * throws ResponsePayloadSizeLimitExceeded beyond). Counted twice: by countingRun around the
 * adapter's run, and by the mock's own context.
 */
import { describe, expect, it } from 'vitest';
import { CELLS_PER_BLOCK } from '../../src/excel/read';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { detailRows, fillAllInputs, setup, templateCalc } from './mock/fixtures';
import { itWithCommands } from './mock/eachExcel';

import { PAYLOAD_LIMIT } from './mock/tracked';

const AS_OF = '2026-01-01';

/** Syncs of insert, check, check again, clear on gz-beds grown to `rows` rows, and the largest response of the check. */
async function syncsFor(rows: number) {
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
  const from = s.book.payloads.length;
  const check = await count(async () => {
    findings = (await s.ops.checkActiveSheet(AS_OF)).report.findings.length;
  });
  const largest = Math.max(...s.book.payloads.slice(from).map((p) => p.response));
  const recheck = await count(() => s.ops.checkActiveSheet(AS_OF));
  const clear = await count(() => s.ops.clearMarks());
  const used = sheet.used(true)!;
  return { insert, check, recheck, clear, findings, sheetRows: used.rows, columns: used.cols, largest };
}

describe('context.sync() calls and the size of each', () => {
  itWithCommands('the county table as loaded (35 rows with its banner and signature block) is read in the first sync; grown to 5,000 rows, in one more sync per block of the used range', async () => {
    const small = await syncsFor(0);
    const large = await syncsFor(5_000);
    expect(small.sheetRows).toBeLessThan(36);
    expect(small).toMatchObject({ insert: 3, check: 4, recheck: 4, clear: 3 });
    expect(large.sheetRows).toBe(5_000);
    expect(large.findings).toBeGreaterThan(0);
    const rowsPerBlock = Math.floor(CELLS_PER_BLOCK / large.columns);
    const blocks = Math.ceil(5_000 / rowsPerBlock);
    expect(large).toMatchObject({ insert: 3, check: 4 + blocks, recheck: 4 + blocks, clear: 3 });
    expect(large.largest).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('a batch on the context of an earlier one, as an event handler runs, counts each of its syncs once', async () => {
    const s = setup();
    const before = s.book.syncs;
    const context = await s.counter.run(async (c) => {
      await c.sync();
      return c;
    });
    await s.counter.run(context, async (c) => {
      await c.sync();
    });
    expect([s.counter.syncs(), s.book.syncs - before]).toEqual([2, 2]);
  });
});
