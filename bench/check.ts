// The checker and `careplan check`: a 20-county sheet and a 20,000-row sheet through the pure
// checker (time and heap), rows per second read and checked on a 100,000-row workbook, and the
// command line as a whole process on one county workbook and on a folder of twenty, and `careplan
// merge` of the same twenty returns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { checkSheet } from '../src/check';
import type { Cell, Grid } from '../src/check/grid';
import { buildTemplate } from '../src/templates';
import { layout } from '../src/templates/layout';
import { checkBytes } from '../src/xlsx/checkBytes';
import { writeTemplate } from '../src/xlsx/write';
import { fmt } from './measure';
import { filled, type Entry } from '../test/support/workbooks';

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
async function bigWorkbook(rows: number): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplate(buildTemplate('gz-beds'))).slice().buffer);
  const ws = wb.worksheets[0]!;
  for (let i = 0; i < rows; i++) ws.addRow([`乡镇明细 ${i + 1}`, i % 97, i % 89, i % 83, i % 79, i % 73, i % 71, i % 67, i % 61, i % 59]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Whole-process wall time and peak memory of a command, through GNU time where the machine has it. */
function whole(label: string, args: string[], runs = 3): number {
  const time = existsSync('/usr/bin/time');
  const walls: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = time ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/careplan.js', ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, ['bin/careplan.js', ...args], { encoding: 'utf8' });
    walls.push(performance.now() - t);
    const kb = Number(/(\d+)\s*$/u.exec(r.stderr)?.[1]);
    if (Number.isFinite(kb)) peaks.push(kb / 1024);
  }
  const peak = peaks.length ? `, peak RSS of the main process ${fmt(median(peaks), 0)} MiB` : '';
  console.log(`  ${label.padEnd(34)} ${fmt(median(walls) / 1000, 2).padStart(8)} s wall, median of ${runs}${peak}`);
  return median(walls);
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

  const dir = path.join(tmpdir(), `careplan-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const counties = buildTemplate('gz-beds').tables[0]!.rows.filter((r) => !r.total).map((r) => r.county!);
  const header = (y: number) => `${y}年实际新增改造（张）`;
  for (const [i, county] of counties.entries()) {
    const entries: Entry[] = [2021, 2022, 2023, 2024, 2025].map((y) => ({ row: county, header: header(y), value: 40 + ((i * 13 + y) % 300) }));
    writeFileSync(path.join(dir, `${String(i + 1).padStart(2, '0')}.xlsx`), await writeTemplate(filled('gz-beds', entries, { county })));
  }
  console.log(`\ncareplan check, whole process (${availableParallelism()} cores):`);
  const one = whole('one county workbook', ['check', path.join(dir, '01.xlsx'), '--as-of', AS_OF]);
  const folder = whole(`a folder of ${counties.length} county workbooks`, ['check', dir, '--as-of', AS_OF, '--json']);
  // The round: the same twenty returns merged into the city table with its three report sheets and chart.
  const merged = whole(`merge of ${counties.length} returns`, ['merge', dir, '-o', path.join(tmpdir(), `careplan-bench-${process.pid}.xlsx`), '--as-of', AS_OF, '--force', '--json']);
  console.log(`  merge ÷ check of the folder: ${fmt(merged / folder, 2)}x; merge ÷ check of one workbook: ${fmt(merged / one, 2)}x`);
}
