/**
 * How a template's sheet prints, worked out from its layout: A4, portrait when the widest page fits
 * it at 100%, else landscape; a whole-city table wider than a page split between its year groups
 * with the key column and the header rows on every page; the scale the widest page needs, never
 * below what keeps the body text at the size an official reads (10 pt on a county's own form and
 * the other returned forms, 9 pt on a whole-city table split by years).
 */
import { BODY_SIZE, MARGINS_INCHES, widthPoints } from './look';

/** Paper sizes in points: A4 (210 × 297 mm) and A3 (297 × 420 mm). */
const PAPER = { A4: { short: 595.3, long: 841.9 }, A3: { short: 841.9, long: 1190.6 } } as const;
export type Paper = keyof typeof PAPER;
const POINTS_PER_INCH = 72;
/**
 * A column's width is counted in digits of the default font (Calibri 11, 7 px in Excel and WPS).
 * LibreOffice without Calibri or Carlito measures it in its fallback font, 27% wider on Debian
 * (measured: a 95 pt key column printed 121 pt wide; wider columns more), so a page is filled to 74% at most in
 * Excel's measure, and the same sheet still fits the page in LibreOffice.
 */
const SLACK = 0.75;

export interface PrintSetup {
  /**
   * A4, except where a sheet that cannot split (an indicator sheet's twelve columns) or one year
   * group of a whole-city table (抚州's twelve measures a year) does not fit an A4 landscape page at
   * the smallest size allowed: A3, which offices print such tables on.
   */
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  /** Per cent; a page's whole content is printed at this scale. */
  scale: number;
  /** 0-based sheet columns before which a new page starts. */
  columnBreaks: number[];
  /** 0-based first and last columns printed on every page, or none. */
  titleColumns: [number, number] | null;
}

export interface PrintNeeds {
  widths: readonly number[];
  /** The smallest body text on paper, in points. */
  minText: number;
  /** 0-based columns where a page may start (the first column of each year group), when the sheet may split across. */
  groupStarts: readonly number[];
  /** The key columns repeated on each page when the sheet splits. */
  keyColumns: number;
}

const printable = (paper: number): number => paper - (MARGINS_INCHES.left + MARGINS_INCHES.right) * POINTS_PER_INCH;

/** The width in points a page of this orientation holds at 100%, in Excel's measure of column widths. */
export const pageRoom = (orientation: PrintSetup['orientation'], paper: Paper = 'A4'): number =>
  printable(orientation === 'portrait' ? PAPER[paper].short : PAPER[paper].long) * SLACK;

/** Pages across at a scale: each page the key columns and as many whole groups as fit. */
function pagesAt(n: PrintNeeds, room: number): number[] | undefined {
  const w = n.widths.map(widthPoints);
  const sum = (a: number, b: number) => w.slice(a, b).reduce((s, x) => s + x, 0);
  const key = sum(0, n.keyColumns);
  const starts = [...n.groupStarts, w.length];
  // The first page holds the key columns and any before the first year (a 基数) whatever follows.
  if (sum(0, starts[0]!) > room) return undefined;
  const breaks: number[] = [];
  let pageStart = 0;
  for (let i = 1; i < starts.length; i++) {
    const used = (pageStart === 0 ? 0 : key) + sum(pageStart, starts[i]!);
    if (used <= room) continue;
    // The new page starts at a year group, never at column A, so it carries the key columns too;
    // a group that does not fit beside them cannot be placed at this scale.
    const prev = starts[i - 1]!;
    if (key + sum(prev, starts[i]!) > room) return undefined;
    breaks.push(prev);
    pageStart = prev;
  }
  return breaks;
}

export function printSetup(n: PrintNeeds): PrintSetup {
  const whole = n.widths.reduce((s, x) => s + widthPoints(x), 0);
  // One per cent above the bare ratio: at 82% LibreOffice printed 抚州's 11 pt as 8.99 pt (pdftotext -bbox), under the 9 asked.
  const minScale = Math.ceil((n.minText / BODY_SIZE) * 100) + 1;
  const portrait = pageRoom('portrait');
  if (whole <= portrait) return { paper: 'A4', orientation: 'portrait', scale: 100, columnBreaks: [], titleColumns: null };
  // One page wide where the sheet fits A4 landscape, or else A3, at the smallest size allowed or larger.
  for (const paper of ['A4', 'A3'] as const) {
    const fit = Math.floor((pageRoom('landscape', paper) / whole) * 100);
    if (fit >= minScale) return { paper, orientation: 'landscape', scale: Math.min(100, fit), columnBreaks: [], titleColumns: null };
  }
  for (const paper of ['A4', 'A3'] as const) {
    const split = n.groupStarts.length > 0 ? splitByGroups(n, pageRoom('landscape', paper), minScale) : undefined;
    if (split) return { paper, orientation: 'landscape', scale: split.scale, columnBreaks: split.breaks, titleColumns: [0, n.keyColumns - 1] };
  }
  // Only a reference sheet of long clauses (the 2023 service list) is wider than A3 and has no year
  // groups: it prints one A3 page wide, below the body size, as a copy of the document to read.
  return { paper: 'A3', orientation: 'landscape', scale: Math.max(MIN_SCALE, Math.floor((pageRoom('landscape', 'A3') / whole) * 100)), columnBreaks: [], titleColumns: null };
}

/** Excel's smallest print scale (PageLayoutZoomOptions.scale: 10 to 400). */
const MIN_SCALE = 10;

/** The fewest pages across, at the largest scale that gives them; none where a group does not fit at the smallest scale. */
function splitByGroups(n: PrintNeeds, room: number, minScale: number): { scale: number; breaks: number[] } | undefined {
  let best: { scale: number; breaks: number[] } | undefined;
  for (let scale = 100; scale >= minScale; scale--) {
    const breaks = pagesAt(n, (room * 100) / scale);
    if (breaks && (!best || breaks.length < best.breaks.length)) best = { scale, breaks };
  }
  return best;
}
