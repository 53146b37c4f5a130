/**
 * The template's id travels inside the sheet it was written to, as one line of text near the top:
 * a cell survives Excel, WPS and LibreOffice round trips where custom properties and defined names
 * do not all survive. The checker reads it back to know the sheet again.
 */
import type { Template } from './model';

const PREFIX = 'careplan:';
const MARKER = /careplan:([a-z][a-z-]*)(?::([a-z][a-z0-9-]*))?/u;

/** The marker text: careplan:ID, or careplan:ID:COUNTY-ID for a county's own form. */
export function markerOf(t: Template): string {
  return `模板编号 ${PREFIX}${t.id}${t.countyId ? `:${t.countyId}` : ''}（careplan 据此识别本表，请勿删改）`;
}

export function parseMarker(text: string): { id: string; countyId: string | null } | undefined {
  const m = MARKER.exec(text);
  return m ? { id: m[1]!, countyId: m[2] ?? null } : undefined;
}
