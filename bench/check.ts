// The checker: a 20-county sheet and a 20,000-row sheet through the pure checker (time and heap),
// and rows per second read and checked on a 100,000-row workbook. The command line as a process is
// bench/cli.ts.
import { checkSheet } from '../src/check';
import type { Cell, Grid } from '../src/check/grid';
import { buildTemplate } from '../src/templates';
import { layout } from '../src/templates/layout';
import { checkBytes } from '../src/xlsx/checkBytes';
import { writeTemplate } from '../src/xlsx/write';
import { fmt } from './measure';

const AS_OF = '2026-01-01';

/** gz-beds as a spreadsheet holds it, every county's every input filled (some short), plus `extra` rows below. */
function bedsGrid(extra: number): Grid {
  const l = layout(buildTemplate('gz-beds'));
  const rows: Cell[][] = [];
  for (const c of l.cells) {
    const value = c.kind === 'input' ? 100 + ((c.r * 7 + c.c * 3) % 50) : c.value;
    (rows[c.r] ??= [])[c.c] = c.formula ? { t: 'formula', formula: c.formula, cached: null } : value;
  }
  const width = l.widths.length;
  for (let i = 0; i < extra; i++) rows.push([`乡镇明细 ${i + 1}`, ...Array.from({ length: width - 1 }, (_, c) => (i + c) % 97)]);
  return { name: 'bench', rows };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeCheck(label: string, grid: Grid, runs: number): void {
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    findings = checkSheet(grid, AS_OF).findings.length;
    times.push(performance.now() - t);
  }
  const grew = (process.memoryUsage().heapUsed - heap) / 2 ** 20;
  console.log(`  ${label.padEnd(34)} ${fmt(median(times), 1).padStart(8)} ms median of ${runs}   ${findings} findings   heap +${fmt(grew, 1)} MiB`);
}

/** A 100,000-row workbook: the county table with village detail rows below it. */
export async function bigWorkbook(rows: number): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplate(buildTemplate('gz-beds'))).slice().buffer);
  const ws = wb.worksheets[0]!;
  for (let i = 0; i < rows; i++) ws.addRow([`乡镇明细 ${i + 1}`, i % 97, i % 89, i % 83, i % 79, i % 73, i % 71, i % 67, i % 61, i % 59]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function checkBench(): Promise<void> {
  console.log('\nchecker (pure, as-of 2026-01-01):');
  timeCheck('gz-beds, 20 counties + total', bedsGrid(0), 21);
  timeCheck('gz-beds + 19,979 detail rows (20,000)', bedsGrid(19_979), 7);

  const big = await bigWorkbook(100_000);
  const t = performance.now();
  const reports = checkBytes(big, AS_OF);
  const ms = performance.now() - t;
  console.log(`  100,000-row workbook read + checked: ${fmt(ms, 0)} ms, ${fmt(100_000 / (ms / 1000), 0)} rows/s (${reports[0]!.findings.length} findings)`);
}
