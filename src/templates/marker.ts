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

/** careplan:ID, or careplan:ID:COUNTY-ID for a county's own form. */
export const markerId = (t: Template): string => `${PREFIX}${t.id}${t.countyId ? `:${t.countyId}` : ''}`;

/** The marker line on the sheet. */
export function markerOf(t: Template): string {
  return `模板编号 ${markerId(t)}（careplan 据此识别本表，请勿删改）`;
}

export function parseMarker(text: string): { id: string; countyId: string | null } | undefined {
  const m = MARKER.exec(text);
  return m ? { id: m[1]!, countyId: m[2] ?? null } : undefined;
}
