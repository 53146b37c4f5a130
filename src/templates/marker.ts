/**
 * The template's id travels inside the sheet it was written to, twice: as a sheet-scoped defined
 * name (CAREPLAN_TEMPLATE), which nobody sees or prints, and as one line of text in the sheet's first
 * row, outside the print area, since a cell survives every program's round trip where a defined
 * name may not (an old WPS, a copy-paste into a new workbook). The checker reads either; a sheet
 * made by an earlier careplan carries the line in row 5, within the rows the checker searches.
 */
import type { Template } from './model';

const PREFIX = 'careplan:';
const MARKER = /careplan:([a-z][a-z-]*)(?::([a-z][a-z0-9-]*))?/u;

/** The defined name, scoped to the template's sheet, whose value is the marker text. */
export const markerName = 'CAREPLAN_TEMPLATE';

/**
 * careplan:ID; careplan:ID:COUNTY-ID for a county's own form; careplan:ID:CITY-ID for a portable
 * budget, which is made for one city (its companion 参数 sheet holds that city's figures): the
 * checker builds the same form again from it.
 */
export const markerId = (t: Template): string => `${PREFIX}${t.id}${t.countyId ? `:${t.countyId}` : t.companion && t.city ? `:${t.city}` : ''}`;

/** The marker line on the sheet. */
export function markerOf(t: Template): string {
  return `模板编号 ${markerId(t)}（careplan 据此识别本表，请勿删改）`;
}

/** The template's id and the part after it: a county's id on a county form, a city's on a portable budget. */
export function parseMarker(text: string): { id: string; part: string | null } | undefined {
  const m = MARKER.exec(text);
  return m ? { id: m[1]!, part: m[2] ?? null } : undefined;
}
