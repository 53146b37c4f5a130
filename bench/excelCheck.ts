// Checking in Excel through the adapter (src/excel) against the office-addin-mock workbook of
// test/excel: gz-beds as loaded (29 rows) and grown to 20,000 rows with village detail, each checked
// and marked three times. The time is the adapter's and the mock's together, not Excel's (a real
// round trip costs far more than the mock's); the point is the sync count, which grows by one per
// block of src/excel/read.ts, and the largest response, which stays far under Excel on the web's 5 MB.
import { buildTemplate } from '../src/templates';
import { layout } from '../src/templates/layout';
import { detailRows, fillAllInputs, setup, templateCalc } from '../test/excel/mock/fixtures';
import { fmt } from './measure';

const AS_OF = '2026-01-01';
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeCheck(label: string, rows: number): Promise<void> {
  const s = setup();
  const t = buildTemplate('gz-beds');
  const l = layout(t);
  s.book.calc = templateCalc([t]);
  await s.ops.insertTemplate(t);
  const sheet = s.book.sheet(t.sheet)!;
  fillAllInputs(sheet, l);
  detailRows(sheet, l, rows);
  const times: number[] = [];
  const syncs: number[] = [];
  const from = s.book.payloads.length;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    s.counter.reset();
    const start = performance.now();
    findings = (await s.ops.checkActiveSheet(AS_OF)).report.findings.length;
    times.push(performance.now() - start);
    syncs.push(s.counter.syncs());
  }
  const used = sheet.used(true)!;
  const largest = Math.max(...s.book.payloads.slice(from).map((p) => p.response));
  console.log(
    `  ${label.padEnd(34)} ${fmt(median(times), 1).padStart(8)} ms median of ${RUNS}   ${syncs.join('/')} context.sync() calls   ${findings} findings   ${fmt(used.rows)} rows × ${used.cols} columns   largest response ${fmt(largest)} bytes`,
  );
}

export async function excelCheckBench(): Promise<void> {
  console.log('\nExcel adapter, check and mark through office-addin-mock (as-of 2026-01-01):');
  await timeCheck('gz-beds as loaded', 0);
  await timeCheck('gz-beds + detail rows (20,000)', 20_000);
}
