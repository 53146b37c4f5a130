/**
 * How each placed cell looks, as Office.js sets it. The definitions are the .xlsx writer's own
 * (src/xlsx/styles.ts: fills, fonts, borders, alignment, number formats); this only turns their
 * exceljs shape into Office.js words, so a template inserted into Excel looks like the file.
 * styles.ts imports exceljs for its types only, so nothing of exceljs reaches the add-in's bundle.
 */
import type { Severity } from '../check/finding';
import type { PlacedCell } from '../templates/layout';
import { MARGINS_INCHES, NUM_FMT, PAGE_FOOTER, SEVERITY_FILL, excelWidth, formatOf, styleOf } from '../xlsx/styles';

export interface Look {
  /** '#RRGGBB', or none. */
  fill: string | null;
  font: { name: string | null; size: number | null; bold: boolean; color: string | null };
  horizontal: 'Left' | 'Center' | null;
  vertical: 'Center' | null;
  wrap: boolean;
  /** Thin borders round every cell, in this colour; none where the style has none. */
  border: string | null;
  locked: boolean;
}

/** exceljs keeps colours as ARGB (FFD6DCE4); Office.js takes #RRGGBB. */
export const hexOf = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`;

/** The fill that marks a finding of this severity, as Office.js takes it. */
export const severityFill = (s: Severity): string => hexOf(SEVERITY_FILL[s]);

const HORIZONTAL = { left: 'Left', center: 'Center' } as const;

export function lookOf(cell: PlacedCell): Look {
  const s = styleOf(cell);
  const fill = s.fill?.type === 'pattern' ? s.fill.fgColor?.argb : undefined;
  const h = s.alignment?.horizontal;
  const border = s.border?.top?.color?.argb;
  return {
    fill: fill ? hexOf(fill) : null,
    font: {
      name: s.font?.name ?? null,
      size: s.font?.size ?? null,
      bold: s.font?.bold ?? false,
      color: s.font?.color?.argb ? hexOf(s.font.color.argb) : null,
    },
    horizontal: h === 'left' || h === 'center' ? HORIZONTAL[h] : null,
    vertical: s.alignment?.vertical === 'middle' ? 'Center' : null,
    wrap: s.alignment?.wrapText ?? false,
    border: border ? hexOf(border) : null,
    locked: s.protection?.locked ?? true,
  };
}

/** Excel's own code for "no particular format". */
export const GENERAL = 'General';

/** The number format of a placed cell: its own or its column's, else General. */
export const numberFormatOf = (cell: PlacedCell): string => {
  const f = formatOf(cell);
  return f ? NUM_FMT[f] : GENERAL;
};

/**
 * Column width in points from the layout's width in characters, through the .xlsx writer's own
 * character count (excelWidth). Office.js sets widths in points: a character of the body font is
 * 7 pixels plus 5 pixels of padding, at 0.75 pt a pixel.
 */
export const widthPoints = (width: number): number => Math.round((excelWidth(width) * 7 + 5) * 0.75 * 100) / 100;

/** Inches to the points Office.js takes. */
const POINTS_PER_INCH = 72;

/** The .xlsx writer's page: A4 landscape, one page wide, Excel's "Narrow" margins (points), page x of n. */
export const PAGE = {
  paperSize: 'A4',
  orientation: 'Landscape',
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  margins: Object.fromEntries(Object.entries(MARGINS_INCHES).map(([k, v]) => [k, v * POINTS_PER_INCH])) as Record<keyof typeof MARGINS_INCHES, number>,
  centerFooter: PAGE_FOOTER,
} as const;
