/**
 * A workbook on paper: printed to PDF by LibreOffice Calc (headless) and read back as pages of word
 * boxes by poppler's pdftotext -bbox, so that a test can measure what a person holding the page sees:
 * its size and orientation, the words on it and how large they print.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOFFICE, throughLibreOffice } from './libreoffice';
import { skipWithout } from './programs';
import { tempDir } from './workbooks';

export const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
// CI installs LibreOffice and poppler-utils; a developer machine without them skips (programs.ts).
export const skipPrinting = skipWithout(SOFFICE !== undefined && PDFTOTEXT);

/**
 * A word box is the font's ascent plus descent high: 1.3 em for the CJK font LibreOffice prints
 * with on Debian (WenQuanYi Zen Hei: an 11 pt cell prints 14.3 pt boxes), so the size is box ÷ 1.3.
 */
const BOX_PER_EM = 1.3;

export interface Page {
  width: number;
  height: number;
  words: { text: string; size: number; xMin: number; xMax: number }[];
}

/** A4 in points. */
export const A4 = { short: 595.3, long: 841.9 };

export function printed(bytes: Uint8Array, name: string): Page[] {
  const dir = tempDir();
  writeFileSync(path.join(dir, `${name}.pdf`), throughLibreOffice(bytes, `${name}.xlsx`, 'pdf'));
  const html = path.join(dir, `${name}.html`);
  const t = spawnSync('pdftotext', ['-bbox', path.join(dir, `${name}.pdf`), html]);
  if (t.status !== 0) throw new Error(`pdftotext failed: ${t.stderr.toString()}`);
  return readFileSync(html, 'utf8')
    .split('<page ')
    .slice(1)
    .map((p) => ({
      width: Number(/width="([\d.]+)"/u.exec(p)![1]),
      height: Number(/height="([\d.]+)"/u.exec(p)![1]),
      words: [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
        text: m[5]!,
        size: (Number(m[4]) - Number(m[2])) / BOX_PER_EM,
        xMin: Number(m[1]),
        xMax: Number(m[3]),
      })),
    }));
}

/** The size of the smallest word printed on any of the pages. */
export const smallest = (pages: Page[]): number => Math.min(...pages.flatMap((p) => p.words.map((w) => w.size)));

/** A page's words run together, as a reader scans it for a heading. */
export const pageText = (page: Page): string => page.words.map((w) => w.text).join('');
