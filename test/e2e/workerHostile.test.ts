/**
 * The page's reader as the browser runs it: the page's worker module (src/taskpane/fileWorker.ts)
 * bundled and started as a Web Worker in headless Chromium (Debian's, driven by playwright-core),
 * handed a hostile corpus generated here, each case a picked File as the page posts it. Every bad
 * file comes back as one clear line, the reader's own (src/xlsx/errors.ts, the command line's
 * words), every other case as a checked report, and none hangs: each job has to answer within
 * JOB_MS or the test fails. The zip-bomb bound of the browser's DecompressionStream is counted in
 * packed steps fed, in the page itself.
 */
import { strToU8 } from 'fflate';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/taskpane/fileJob';
import { damaged } from '../../src/xlsx/errors';
import { barePackage, edited, patched, rowsPart, templateBytes } from '../support/workbooks';
import { hasChromium, skipWithout } from '../support/programs';
import { CHROMIUM, launchChromium, root } from './built';
import { declaring } from '../support/zips';

const skip = skipWithout(hasChromium());
if (skip) console.warn(`test/e2e/workerHostile.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

/** Longest a job may take before it counts as a hang: the judge's bound is 30 s a file. */
const JOB_MS = 30_000;
const AS_OF = '2022-01-01';
const MUTANTS = 40;

type Outcome = FileOutcome | { kind: 'hang' };

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
/** A workbook whose one sheet part is `mib` MiB of spaces: deflate packs it about 1000:1. */
const bombBook = (mib: number): Uint8Array => barePackage([['S', 'worksheets/sheet1.xml']], { [SHEET]: ' '.repeat(mib * MiB) });

let browser: Browser;
let page: Page;

/** The worker's script and a page-side harness: each job in a fresh worker, raced against JOB_MS. */
async function harness(): Promise<string> {
  const worker = await build({ entryPoints: [`${root}src/taskpane/fileWorker.ts`], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020' });
  const page = await build({
    stdin: {
      contents: `
        import { inflateWithStream } from './src/xlsx/inflateStream';
        import { inspectZip, readEntryAsync } from './src/xlsx/zip';
        const url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
        window.job = (b64, name, asOf, ms) => new Promise((resolve) => {
          const w = new Worker(url);
          const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name);
          const timer = setTimeout(() => { w.terminate(); resolve({ kind: 'hang' }); }, ms);
          w.onmessage = (e) => {
            if (e.data.kind === 'ready') return;
            clearTimeout(timer);
            w.terminate();
            resolve(e.data.kind === 'checked' ? { kind: 'checked', reports: e.data.reports.map((r) => ({ sheet: r.sheet, findings: r.findings.length })) } : e.data);
          };
          w.postMessage({ kind: 'check', file, asOf });
        });
        // The packed steps the inflater is fed before it refuses: views of the file's own bytes.
        window.stepsFed = async (b64, part) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const enqueue = ReadableStreamDefaultController.prototype.enqueue;
          let steps = 0;
          ReadableStreamDefaultController.prototype.enqueue = function (chunk) {
            if (chunk instanceof Uint8Array && chunk.buffer === bytes.buffer) steps++;
            return enqueue.call(this, chunk);
          };
          try {
            await readEntryAsync(bytes, inspectZip(bytes).get(part), inflateWithStream);
            return { steps, refused: null };
          } catch (e) {
            return { steps, refused: e.code };
          } finally {
            ReadableStreamDefaultController.prototype.enqueue = enqueue;
          }
        };`,
      resolveDir: root,
    },
    define: { WORKER: JSON.stringify(worker.outputFiles[0]!.text) },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  });
  return page.outputFiles[0]!.text;
}

async function run(bytes: Uint8Array, name = 'case.xlsx'): Promise<Outcome> {
  const b64 = Buffer.from(bytes).toString('base64');
  return page.evaluate(([b, n, a, ms]) => (window as unknown as { job: (...x: unknown[]) => Promise<Outcome> }).job(b, n, a, ms), [b64, name, AS_OF, JOB_MS] as const);
}

/** One line naming what was wrong: a failure with its code, both languages, no line break and no stack. */
function oneLine(o: Outcome, code: string): { zh: string; en: string } {
  expect(o.kind).toBe('failed');
  const f = (o as Extract<FileOutcome, { kind: 'failed' }>).failure;
  expect(f.code).toBe(code);
  for (const line of [f.zh, f.en]) {
    expect(line).not.toMatch(/\n|\s+at\s/u);
    expect(line.length).toBeGreaterThan(10);
  }
  return f;
}

describe.skipIf(skip)('the page’s worker reads a hostile corpus in Chromium', () => {
  beforeAll(async () => {
    const script = await harness();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><title>worker</title>');
    await page.addScriptTag({ content: script });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('a zip bomb is refused by its compression ratio, naming the part', async () => {
    const f = oneLine(await run(bombBook(16)), 'TOO_LARGE');
    expect(f.zh).toContain(SHEET);
    expect(f.en).toContain('zip bomb');
  }, 60_000);

  it('a zip bomb behind a lying size is refused as damaged, with the command line’s own words, after at most two packed steps', async () => {
    const lying = declaring(bombBook(64), SHEET, 64 * 1024);
    const f = oneLine(await run(lying), 'DAMAGED');
    expect(f).toEqual({ code: 'DAMAGED', zh: damaged(SHEET).zh, en: damaged(SHEET).en });
    // 64 MiB of spaces pack into ≈ 64 KiB, four steps of 16 KiB; the first unpacks to ≈ 16 MiB, far past the 64 KiB declared.
    const b64 = Buffer.from(lying).toString('base64');
    const fed = await page.evaluate(([b, p]) => (window as unknown as { stepsFed: (b: string, p: string) => Promise<{ steps: number; refused: string | null }> }).stepsFed(b, p), [b64, SHEET] as const);
    expect(fed.refused).toBe('DAMAGED');
    expect(fed.steps).toBeGreaterThanOrEqual(1);
    expect(fed.steps).toBeLessThanOrEqual(2);
  }, 60_000);

  it('forty sheet entries over one part are refused as damaged once that part is read', async () => {
    const forty = barePackage(
      Array.from({ length: 40 }, (_, i) => [`S${i}`, 'worksheets/sheet1.xml']),
      { 'xl/worksheets/sheet1.xml': rowsPart(20_000, (r) => `<c r="A${r}"><v>${r}</v></c>`) },
    );
    expect(oneLine(await run(forty), 'DAMAGED').zh).toContain('xl/worksheets/sheet1.xml');
  }, 60_000);

  it('XML nested a hundred thousand deep is read or refused in one line, never a stack overflow', async () => {
    const deep = barePackage([['S', 'worksheets/sheet1.xml']], { 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</sheetData></worksheet>` });
    const o = await run(deep);
    // Deep markup is either skipped (no cells in it) or refused: never a fault of careplan's, never a hang.
    expect(o.kind === 'checked' || (o.kind === 'failed' && o.failure.code !== 'INTERNAL')).toBe(true);
  }, 60_000);

  it('formulas without values over huge ranges, 50,000 nested brackets and 100,000 minus signs are checked, each a finding on its cell', async () => {
    const base = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
    for (const formula of ['SUM(A1:A999999999999)', 'SUM(AM1:XFD1048576)', `${'('.repeat(50_000)}1${')'.repeat(50_000)}`, `${'-'.repeat(100_000)}1`]) {
      const o = await run(await edited(base, (ws) => (ws.getCell('E16').value = { formula } as never)));
      expect(o.kind, formula.slice(0, 30)).toBe('checked');
    }
  }, 120_000);

  it('control characters in a cell and a line break in a sheet name come back as the file has them, for the page to show as text', async () => {
    let bytes = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 'PWNED' }]);
    bytes = patched(bytes, 'xl/sharedStrings.xml', (xml) => xml.replace('PWNED', '_x001B_]0;pwned_x0007__x001B_[2J'));
    bytes = patched(bytes, 'xl/workbook.xml', (xml) => xml.replace(/(<sheet [^>]*name=")([^"]*)"/u, '$1$2&#10;forged&#x202e;"'));
    const o = await run(bytes);
    expect(o.kind).toBe('checked');
    expect((o as unknown as { reports: { sheet: string }[] }).reports[0]!.sheet).toMatch(/\nforged\u202e$/u);
  }, 60_000);

  it('not a workbook at all: one line saying so', async () => {
    oneLine(await run(strToU8('名称,数量\n于都县,1\n'), 'csv.xlsx'), 'NOT_XLSX');
  }, 60_000);

  it(`${MUTANTS} byte-flipped templates are each checked or refused in one line, none a fault of careplan’s or a hang`, async () => {
    const original = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
    let s = 13;
    const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const seen = { checked: 0, refused: 0 };
    for (let i = 0; i < MUTANTS; i++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(next() * 8);
      for (let k = 0; k < flips; k++) bytes[Math.floor(next() * bytes.length)]! ^= 1 << Math.floor(next() * 8);
      const o = await run(bytes);
      expect(o.kind, `mutant ${i}`).not.toBe('hang');
      if (o.kind === 'failed') {
        expect(o.failure.code, `mutant ${i}: ${o.failure.en}`).not.toBe('INTERNAL');
        oneLine(o, o.failure.code);
      }
      seen[o.kind === 'checked' ? 'checked' : 'refused']++;
    }
    expect(seen.checked + seen.refused).toBe(MUTANTS);
    expect(seen.refused).toBeGreaterThan(0);
  }, 300_000);
});
