/**
 * How a sheet prints, judged by an oracle that tries every way to split it rather than by the
 * greedy packing print.ts does: the paper and page sizes are ISO 216's (A4 210 × 297 mm, A3 297 ×
 * 420 mm, 72 points an inch, to a tenth of a point) less the narrow margins and the 25% kept for LibreOffice's wider
 * fallback font (print.ts, SLACK), and a column's printed width is Excel's (look.ts, widthPoints).
 * For a few hundred sheets of random widths and year groups, the setup must:
 * - print every page within the paper at its scale, the key columns again on each later page;
 * - keep the body text at the size asked (11 pt at the scale, one per cent kept), except the last resort of a sheet
 *   with no year groups wider than A3, which still prints one page wide;
 * - take the first of portrait A4, one landscape A4 page, one A3 page, A4 split by years, A3 split
 *   by years that fits, with no fewer pages possible on its paper;
 * - and at that number of pages, the largest scale: one per cent more and no split of as many
 *   pages fits.
 */
import { describe, expect, it } from 'vitest';
import { widthPoints } from '../../src/templates/look';
import { printSetup, type PrintNeeds, type PrintSetup } from '../../src/templates/print';

const MARGINS = 0.25 + 0.25; // inches, left and right (look.ts MARGINS_INCHES)
const SLACK = 0.75;
/** The printable width of a side of paper in millimetres, the paper in points to a tenth (A4 long side 841.9). */
const room = (mm: number): number => (Math.round((mm * 72 * 10) / 25.4) / 10 - MARGINS * 72) * SLACK;
const ROOM = { portrait: room(210), A4: room(297), A3: room(420) } as const;
const BODY = 11;

/** The width of each page of a split, the key columns counted again on every page after the first. */
function pageWidths(n: PrintNeeds, breaks: readonly number[]): number[] {
  const w = n.widths.map(widthPoints);
  const sum = (a: number, b: number) => w.slice(a, b).reduce((s, x) => s + x, 0);
  const edges = [0, ...breaks, w.length];
  return edges.slice(1).map((end, p) => sum(edges[p]!, end) + (p > 0 ? sum(0, n.keyColumns) : 0));
}

const fits = (n: PrintNeeds, breaks: readonly number[], paperRoom: number, scale: number): boolean =>
  pageWidths(n, breaks).every((x) => (x * scale) / 100 <= paperRoom + 1e-9);

/** Every set of page breaks at year-group starts with this many breaks (the first group starts after the key columns). */
function splits(n: PrintNeeds, count: number): number[][] {
  const starts = n.groupStarts.filter((s) => s > 0);
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === count) return void out.push(chosen);
    for (let i = from; i < starts.length; i++) pick(i + 1, [...chosen, starts[i]!]);
  };
  pick(0, []);
  return out;
}

const anySplitFits = (n: PrintNeeds, count: number, paperRoom: number, scale: number): boolean =>
  splits(n, count).some((b) => fits(n, b, paperRoom, scale));

/** The smallest scale at which the body text is the size asked. */
const smallest = (n: PrintNeeds): number => Math.ceil((n.minText / BODY) * 100);

function judge(n: PrintNeeds, s: PrintSetup): void {
  const whole = n.widths.map(widthPoints).reduce((a, b) => a + b, 0);
  const paperRoom = s.orientation === 'portrait' ? ROOM.portrait : ROOM[s.paper];
  expect(s.columnBreaks).toEqual([...s.columnBreaks].sort((a, b) => a - b));
  for (const b of s.columnBreaks) expect(n.groupStarts).toContain(b);
  expect(fits(n, s.columnBreaks, paperRoom, s.scale)).toBe(true);
  expect(s.scale).toBeLessThanOrEqual(100);
  expect(s.titleColumns).toEqual(s.columnBreaks.length > 0 ? [0, n.keyColumns - 1] : null);
  if (s.orientation === 'portrait') {
    expect([s.paper, s.scale, s.columnBreaks]).toEqual(['A4', 100, []]);
    return;
  }
  expect(whole).toBeGreaterThan(ROOM.portrait);
  const lastResort = s.paper === 'A3' && s.columnBreaks.length === 0 && whole * smallest(n) / 100 > ROOM.A3;
  if (lastResort) {
    // Nothing fits at the body size: one A3 page wide at the largest scale that fits it.
    for (let k = 1; k <= n.groupStarts.length; k++) expect(anySplitFits(n, k, ROOM.A4, smallest(n) + 1) || anySplitFits(n, k, ROOM.A3, smallest(n) + 1)).toBe(false);
    expect(fits(n, [], ROOM.A3, s.scale + 1)).toBe(false);
    return;
  }
  // One per cent above the bare ratio: LibreOffice printed 9 pt asked at 82% as 8.99 pt (print.ts).
  expect(s.scale).toBeGreaterThanOrEqual(smallest(n) + 1);
  if (s.columnBreaks.length === 0) {
    // One page wide: on A3 only when A4 cannot hold it at the body size.
    if (s.paper === 'A3') expect(fits(n, [], ROOM.A4, smallest(n) + 1)).toBe(false);
  } else {
    // Split: neither paper holds it one page wide, and no fewer pages fit on this paper.
    expect(fits(n, [], ROOM.A3, smallest(n) + 1)).toBe(false);
    for (let k = 0; k < s.columnBreaks.length; k++) expect(anySplitFits(n, k, paperRoom, smallest(n) + 1)).toBe(false);
    // A3 only when A4 cannot be split at all at the body size.
    if (s.paper === 'A3') for (let k = 1; k <= n.groupStarts.length; k++) expect(anySplitFits(n, k, ROOM.A4, smallest(n) + 1)).toBe(false);
  }
  if (s.scale < 100) expect(anySplitFits(n, s.columnBreaks.length, paperRoom, s.scale + 1)).toBe(false);
}

/** A small deterministic generator (mulberry32), so that a failure names a sheet that can be made again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Key columns, maybe base columns, then year groups of a few columns each, widths in Excel's units as the templates give them. */
function sheet(seed: number): PrintNeeds {
  const r = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const keyColumns = int(1, 2);
  // The key columns, and on some sheets base columns before the first year (a whole-city table's 基数).
  const widths = [...Array.from({ length: keyColumns }, () => int(8, 30)), ...Array.from({ length: int(0, 1) * int(1, 8) }, () => int(6, 16))];
  const groupStarts: number[] = [];
  const groups = int(0, 7);
  const groupWidth = int(1, 12);
  for (let g = 0; g < groups; g++) {
    groupStarts.push(widths.length);
    for (let c = 0; c < groupWidth; c++) widths.push(int(6, 16));
  }
  if (groups === 0) for (let c = int(2, 30); c > 0; c--) widths.push(int(6, 40));
  return { widths, minText: r() < 0.5 ? 9 : 10, groupStarts, keyColumns };
}

describe('printSetup against an exhaustive oracle', () => {
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('random sheet %i', (seed) => {
    const n = sheet(seed);
    judge(n, printSetup(n));
  });

  it('the generated sheets reach every kind of setup', () => {
    const kinds = new Set(Array.from({ length: 300 }, (_, i) => {
      const s = printSetup(sheet(i + 1));
      return `${s.orientation} ${s.paper} ${s.columnBreaks.length > 0 ? 'split' : 'whole'}${s.scale < 100 ? ' scaled' : ''}`;
    }));
    expect([...kinds].sort()).toEqual([
      'landscape A3 split', 'landscape A3 split scaled', 'landscape A3 whole', 'landscape A3 whole scaled',
      'landscape A4 split', 'landscape A4 split scaled', 'landscape A4 whole', 'landscape A4 whole scaled', 'portrait A4 whole',
    ]);
  });

  it('a year group wider than A3 at the body size is not split inside: one A3 page, scaled to fit', () => {
    const n: PrintNeeds = { widths: [20, ...Array.from({ length: 40 }, () => 12)], minText: 10, groupStarts: [1], keyColumns: 1 };
    const s = printSetup(n);
    judge(n, s);
    expect([s.paper, s.columnBreaks]).toEqual(['A3', []]);
    expect(s.scale).toBeLessThan(Math.ceil((10 / BODY) * 100));
  });

  it('a sheet far too wide for A3 prints at no less than Excel’s 10%', () => {
    const s = printSetup({ widths: Array.from({ length: 400 }, () => 40), minText: 9, groupStarts: [], keyColumns: 1 });
    expect([s.paper, s.orientation, s.scale]).toEqual(['A3', 'landscape', 10]);
  });
});
