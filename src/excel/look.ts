/**
 * How each placed cell looks, as Office.js sets it. The definitions are the templates' own
 * (src/templates/look.ts: fills, fonts, borders, alignment, number formats, widths, the page); this
 * only turns them into Office.js words, so a template inserted into Excel looks like the file.
 */
import type { Severity } from '../check/finding';
import type { PlacedCell } from '../templates/layout';
import { SEVERITY_FILL } from '../check/markFill';
import { MARGINS_INCHES, PAGE_FOOTER, lookOf as templateLook } from '../templates/look';

export { GENERAL, numberFormatOf, widthPoints } from '../templates/look';

export interface Look {
  /** '#RRGGBB', or none. */
  fill: string | null;
  font: { name: string | null; size: number | null; bold: boolean; color: string | null };
  horizontal: 'Left' | 'Center' | 'Right' | null;
  vertical: 'Center' | null;
  wrap: boolean;
  /** Thin borders round every cell, in this colour; none where the style has none. */
  border: string | null;
  locked: boolean;
}

/** The templates keep colours as RRGGBB (an ARGB's last six digits too); Office.js takes #RRGGBB. */
export const hexOf = (rgb: string): string => `#${rgb.slice(-6).toUpperCase()}`;

/** The fill that marks a finding of this severity, as Office.js takes it. */
export const severityFill = (s: Severity): string => hexOf(SEVERITY_FILL[s]);

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;

export function lookOf(cell: PlacedCell): Look {
  const s = templateLook(cell);
  return {
    fill: s.fill ? hexOf(s.fill) : null,
    font: { name: s.font.name, size: s.font.size, bold: s.font.bold, color: s.font.color ? hexOf(s.font.color) : null },
    horizontal: s.horizontal ? HORIZONTAL[s.horizontal] : null,
    vertical: 'Center',
    wrap: s.wrap,
    border: s.border ? hexOf(s.border) : null,
    locked: s.locked,
  };
}

/** Inches to the points Office.js takes. */
const POINTS_PER_INCH = 72;

/** The templates' page margins in points, and the footer: page x of n. */
export const PAGE = {
  margins: Object.fromEntries(Object.entries(MARGINS_INCHES).map(([k, v]) => [k, v * POINTS_PER_INCH])) as Record<keyof typeof MARGINS_INCHES, number>,
  centerFooter: PAGE_FOOTER,
} as const;
