// Reading a 100,000-row × 10-column workbook with src/xlsx (fflate plus a byte scanner): the time of
// readWorkbook (median of 5, after a warm-up) and the memory it takes. exceljs took 2.1 s and ~1 GB for
// the same sheet. The workbook is written once with exceljs, whose writer is async, hence the Promise.
import ExcelJS from 'exceljs';
import { readWorkbook } from '../src/xlsx/read';
import { inspectZip } from '../src/xlsx/zip';
import { fmt } from './measure';

const ROWS = 100_000;
const RUNS = 5;
const MiB = 1024 * 1024;

async function bigWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  for (let r = 1; r <= ROWS; r++) {
    ws.addRow([r, r * 1.5, `名称 ${r % 100}`, r % 2 === 0, new Date(Date.UTC(2024, 0, 1 + (r % 365))), r / 7, 'x', r * 3, -r, 0.1 * r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const mib = (bytes: number): string => `${fmt(bytes / MiB, 1)} MiB`;

export async function readBench(): Promise<void> {
  const bytes = await bigWorkbook();
  const sheetXml = inspectZip(bytes).get('xl/worksheets/sheet1.xml')?.uncompressedSize ?? 0;
  readWorkbook(bytes);

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    readWorkbook(bytes);
    times.push(performance.now() - start);
  }
  const median = times.sort((a, b) => a - b)[RUNS >> 1]!;

  // Memory of one read: everything allocated while reading (before any collection can free the
  // sheet XML), and what the grid itself keeps once the garbage is collected.
  globalThis.gc?.();
  const before = process.memoryUsage();
  const grid = readWorkbook(bytes);
  const during = process.memoryUsage();
  globalThis.gc?.();
  const after = process.memoryUsage();
  const cells = grid.sheets[0]!.rows.reduce((n, row) => n + row.length, 0);

  console.log(`\nreading a ${fmt(ROWS)}-row × 10-column .xlsx (${mib(bytes.length)} file, ${mib(sheetXml)} of sheet XML, ${fmt(cells)} cells)`);
  console.log(`  readWorkbook median of ${RUNS}: ${fmt(median)} ms, ${fmt((ROWS * 1000) / median)} rows/s`);
  console.log(
    `  heap used during the read +${mib(during.heapUsed - before.heapUsed)}, array buffers +${mib(during.arrayBuffers - before.arrayBuffers)}` +
      `; kept by the grid after gc +${mib(after.heapUsed - before.heapUsed)}${globalThis.gc ? '' : ' (run node with --expose-gc for exact figures)'}`,
  );
}
