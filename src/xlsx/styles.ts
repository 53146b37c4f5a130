/**
 * The look of each placed cell (src/templates/look.ts) in exceljs's words: ARGB colours, exceljs
 * fonts, borders, alignment and number formats.
 */
import type { Fill, Style } from 'exceljs';
import type { PlacedCell } from '../templates/layout';
import { lookOf, numberFormatOf, GENERAL } from '../templates/look';

/** exceljs keeps colours as ARGB. */
export const argb = (rgb: string): string => `FF${rgb}`;

export const solid = (rgb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(rgb) } });

/**
 * A fresh style object for one cell. exceljs changes a cell's style object in place when a single
 * property is set later, so cells must never share one.
 */
export function styleOf(cell: PlacedCell): Partial<Style> {
  const look = lookOf(cell);
  const numFmt = numberFormatOf(cell);
  const edge = look.border ? { style: 'thin' as const, color: { argb: argb(look.border) } } : undefined;
  return {
    font: { name: look.font.name, size: look.font.size, bold: look.font.bold, ...(look.font.color ? { color: { argb: argb(look.font.color) } } : {}) },
    alignment: { vertical: 'middle', wrapText: look.wrap, ...(look.horizontal ? { horizontal: look.horizontal } : {}) },
    ...(look.fill ? { fill: solid(look.fill) } : {}),
    ...(edge ? { border: { top: edge, left: edge, bottom: edge, right: edge } } : {}),
    ...(numFmt !== GENERAL ? { numFmt } : {}),
    // Only what the county fills in can be typed over once the sheet is protected.
    protection: { locked: look.locked },
  };
}
