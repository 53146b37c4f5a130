// Unpacking a 100,000-row sheet's deflate stream in the browser (headless Chromium): fflate in steps,
// as the add-in and the page do (src/xlsx/inflate.ts), against the browser's own DecompressionStream
// ('deflate-raw') under the same bound, read chunk by chunk and cancelled once past the declared
// size. Medians of 5, in turns, in the page's own clock.
import { existsSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fmt } from './measure';

const CHROMIUM = '/usr/bin/chromium';

const PAGE_SCRIPT = `
import { inflateWithFflate } from './src/xlsx/inflate';
async function viaStream(packed, size) {
  const out = new Uint8Array(size);
  let n = 0;
  const reader = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (n + value.length > size) { await reader.cancel(); throw new RangeError('past the declared size'); }
    out.set(value, n);
    n += value.length;
  }
  return out.subarray(0, n);
}
window.race = async (b64, size) => {
  const packed = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const t0 = performance.now();
  const a = inflateWithFflate(packed, size);
  const t1 = performance.now();
  const b = await viaStream(packed, size);
  const t2 = performance.now();
  if (a.length !== size || b.length !== size) throw new Error('short');
  return [t1 - t0, t2 - t1];
};`;

export async function inflateBrowserBench(xml: Uint8Array): Promise<void> {
  if (!existsSync(CHROMIUM)) return;
  const bundled = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: new URL('..', import.meta.url).pathname }, bundle: true, write: false, format: 'iife' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>inflate</title>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    const b64 = Buffer.from(deflateRawSync(xml)).toString('base64');
    const runs: number[][] = [];
    for (let i = 0; i < 6; i++) runs.push(await page.evaluate(([data, size]) => (window as unknown as { race: (b: string, s: number) => Promise<number[]> }).race(data, size), [b64, xml.length] as const));
    runs.shift(); // the warm-up
    const med = (k: number): number => runs.map((r) => r[k]!).sort((a, b) => a - b)[runs.length >> 1]!;
    console.log(`  in Chromium, unpacking its ${fmt(xml.length / 2 ** 20, 1)} MiB sheet XML, bounded: fflate in steps ${fmt(med(0))} ms, DecompressionStream ${fmt(med(1))} ms (fflate ÷ stream time ${fmt(med(0) / med(1), 2)}×)`);
  } finally {
    await browser.close();
  }
}
