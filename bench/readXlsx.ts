// Reading a 100,000-row × 10-column workbook with src/xlsx: the time of readWorkbook with each
// unpacker it is given (fflate, as in the browser; node:zlib, as in the command line), median of 5
// after a warm-up, against exceljs's streaming reader on the same file in the same run, and the
// memory a read takes. The workbook is written once with exceljs, whose writer is async.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { inflateWithZlib } from '../src/cli/inflate';
import { inflateWithFflate, type Inflate } from '../src/xlsx/inflate';
import { readWorkbook } from '../src/xlsx/read';
import { inflateBrowserBench } from './inflateBrowser';
import { inspectZip } from '../src/xlsx/zip';
import { fmt } from './measure';

const ROWS = 100_000;
const RUNS = 5;
const MiB = 1024 * 1024;

export async function bigWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  for (let r = 1; r <= ROWS; r++) {
    ws.addRow([r, r * 1.5, `名称 ${r % 100}`, r % 2 === 0, new Date(Date.UTC(2024, 0, 1 + (r % 365))), r / 7, 'x', r * 3, -r, 0.1 * r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** CPU time of this process (user + system), in ms: on a shared machine steadier than the clock. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** exceljs's streaming WorkbookReader over the same bytes, every row's cells counted. */
async function exceljsStreaming(bytes: Uint8Array): Promise<number> {
  const start = cpuMs();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit', hyperlinks: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) cells += (row as ExcelJS.Row).cellCount;
  if (cells < ROWS) throw new Error(`exceljs read ${cells} cells`);
  return cpuMs() - start;
}

const mib = (bytes: number): string => `${fmt(bytes / MiB, 1)} MiB`;

export async function readBench(): Promise<void> {
  const bytes = await bigWorkbook();
  const sheetXml = inspectZip(bytes).get('xl/worksheets/sheet1.xml')?.uncompressedSize ?? 0;
  // The three readers take turns, so the machine's load falls on each alike.
  const time = (inflate: Inflate): number => {
    const start = cpuMs();
    readWorkbook(bytes, { inflate });
    return cpuMs() - start;
  };
  time(inflateWithFflate);
  time(inflateWithZlib);
  const runs: [number, number, number][] = [];
  for (let i = 0; i < RUNS; i++) runs.push([time(inflateWithFflate), time(inflateWithZlib), await exceljsStreaming(bytes)]);
  const med = (k: number): number => runs.map((r) => r[k]!).sort((a, b) => a - b)[RUNS >> 1]!;
  const [median, zlib, streamed] = [med(0), med(1), med(2)];

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
  console.log(`  readWorkbook, fflate    median of ${RUNS}: ${fmt(median)} ms CPU, ${fmt((ROWS * 1000) / median)} rows/s`);
  console.log(`  readWorkbook, node:zlib median of ${RUNS}: ${fmt(zlib)} ms CPU, ${fmt((ROWS * 1000) / zlib)} rows/s (${fmt(median / zlib, 2)}× fflate's speed)`);
  console.log(`  exceljs streaming reader, median of ${RUNS}: ${fmt(streamed)} ms CPU: readWorkbook is ${fmt(streamed / median, 1)}× (fflate) and ${fmt(streamed / zlib, 1)}× (zlib) as fast`);
  console.log(
    `  heap used during the read +${mib(during.heapUsed - before.heapUsed)}, array buffers +${mib(during.arrayBuffers - before.arrayBuffers)}` +
      `; kept by the grid after gc +${mib(after.heapUsed - before.heapUsed)}${globalThis.gc ? '' : ' (run node with --expose-gc for exact figures)'}`,
  );
  await inflateBrowserBench(bytes);
}
