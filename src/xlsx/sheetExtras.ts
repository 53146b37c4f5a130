/**
 * What exceljs 4.4 cannot write, added to its package afterwards: the column page breaks that split
 * a whole-city table between its year groups (<colBreaks>, ECMA-376 Part 1 §18.3.1.14) and the
 * sheet-scoped defined name that carries the template marker (<definedName localSheetId>,
 * §18.2.5). Both are plain XML in a part exceljs has already written.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface SheetExtras {
  /** 0-based columns before which a printed page starts. */
  columnBreaks: readonly number[];
  /** A name scoped to the first sheet and its constant text value (none for a sheet careplan does not check). */
  name?: { name: string; value: string };
}

/** Excel's last row index, which a column break runs down to. */
const LAST_ROW = 1_048_575;

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function withColumnBreaks(xml: string, breaks: readonly number[]): string {
  if (breaks.length === 0) return xml;
  const brk = breaks.map((c) => `<brk id="${c}" max="${LAST_ROW}" man="1"/>`).join('');
  const part = `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</colBreaks>`;
  // After headerFooter and rowBreaks, before anything that follows them in CT_Worksheet's sequence.
  const after = /<\/rowBreaks>|<rowBreaks[^>]*\/>|<\/headerFooter>|<headerFooter[^>]*\/>|<pageSetup[^>]*\/>|<pageMargins[^>]*\/>/gu;
  let end = -1;
  for (const m of xml.matchAll(after)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) throw new Error('the written sheet has no page setup to put column breaks after');
  return xml.slice(0, end) + part + xml.slice(end);
}

function withName(xml: string, name: NonNullable<SheetExtras['name']>): string {
  const entry = `<definedName name="${name.name}" localSheetId="0">"${escape(name.value)}"</definedName>`;
  if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${entry}</definedNames>`);
  return xml.replace('</sheets>', `</sheets><definedNames>${entry}</definedNames>`);
}

export function addSheetExtras(bytes: Uint8Array, extras: SheetExtras): Uint8Array {
  const files = unzipSync(bytes);
  const sheet = 'xl/worksheets/sheet1.xml';
  const book = 'xl/workbook.xml';
  if (!files[sheet] || !files[book]) throw new Error('exceljs wrote no first sheet or workbook part');
  files[sheet] = strToU8(withColumnBreaks(strFromU8(files[sheet]), extras.columnBreaks));
  if (extras.name) files[book] = strToU8(withName(strFromU8(files[book]), extras.name));
  return zipSync(files, { level: 6 });
}
