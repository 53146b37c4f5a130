// Unpacking and reading the 100,000-row workbook in the browser (headless Chromium), inside a Web
// Worker as the page does (src/taskpane/fileWorker.ts): fflate in steps (src/xlsx/inflate.ts)
// against the browser's own DecompressionStream ('deflate-raw', src/xlsx/inflateStream.ts), both
// under the same zip-bomb bound; first the sheet's deflate stream alone, then the whole read
// (readWorkbook against readWorkbookAsync). Medians of 5 after a warm-up, in turns, in the worker's clock.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fmt } from './measure';

const CHROMIUM = '/usr/bin/chromium';

const WORKER_SCRIPT = `
import { inflateWithFflate } from './src/xlsx/inflate';
import { inflateWithStream } from './src/xlsx/inflateStream';
import { readWorkbook, readWorkbookAsync } from './src/xlsx/read';
import { inspectZip, readEntry, readEntryAsync } from './src/xlsx/zip';
self.onmessage = async ({ data: bytes }) => {
  const entry = inspectZip(bytes).get('xl/worksheets/sheet1.xml');
  const t = [performance.now()];
  readEntry(bytes, entry, inflateWithFflate);
  t.push(performance.now());
  await readEntryAsync(bytes, entry, inflateWithStream);
  t.push(performance.now());
  readWorkbook(bytes);
  t.push(performance.now());
  await readWorkbookAsync(bytes, inflateWithStream);
  t.push(performance.now());
  self.postMessage([t[1] - t[0], t[2] - t[1], t[3] - t[2], t[4] - t[3], entry.uncompressedSize]);
};`;

export async function inflateBrowserBench(bytes: Uint8Array): Promise<void> {
  if (!existsSync(CHROMIUM)) return;
  const bundled = await build({ stdin: { contents: WORKER_SCRIPT, resolveDir: new URL('..', import.meta.url).pathname }, bundle: true, write: false, format: 'iife', platform: 'browser' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>inflate</title>');
    const b64 = Buffer.from(bytes).toString('base64');
    const race = (): Promise<number[]> =>
      page.evaluate(
        ([script, data]) =>
          new Promise<number[]>((resolve, reject) => {
            const w = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
            w.onmessage = (e: MessageEvent<number[]>) => (w.terminate(), resolve(e.data));
            w.onerror = (e) => reject(new Error(e.message));
            w.postMessage(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
          }),
        [bundled.outputFiles[0]!.text, b64] as const,
      );
    await race(); // the warm-up
    const runs: number[][] = [];
    for (let i = 0; i < 5; i++) runs.push(await race());
    const med = (k: number): number => runs.map((r) => r[k]!).sort((a, b) => a - b)[runs.length >> 1]!;
    const xml = runs[0]![4]!;
    console.log(`  in a Chromium worker, unpacking its ${fmt(xml / 2 ** 20, 1)} MiB sheet XML, bounded: fflate in steps ${fmt(med(0))} ms, DecompressionStream ${fmt(med(1))} ms (fflate ÷ stream time ${fmt(med(0) / med(1), 2)}×)`);
    console.log(`  in a Chromium worker, the whole read: readWorkbook (fflate) ${fmt(med(2))} ms, readWorkbookAsync (DecompressionStream) ${fmt(med(3))} ms (${fmt(med(2) / med(3), 2)}×)`);
  } finally {
    await browser.close();
  }
}
