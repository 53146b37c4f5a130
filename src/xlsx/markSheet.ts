/**
 * A worksheet part of an annotated copy: each marked cell given its marked style (its `s`), a cell
 * or row that was not written added in its place, and, when the sheet gains notes, the
 * `<legacyDrawing>` that shows them. Everything else in the part stays as written.
 */
import { a1 } from '../check/grid';
import { applyEdits, type Edit } from './partEdits';
import { CLOSE, EMPTY, OPEN, XmlScanner, xmlName } from './xmlScanner';
import { parseUint } from './xmlText';

const SHEET_DATA = xmlName('sheetData');
const ROW = xmlName('row');
const C = xmlName('c');
const R = xmlName('r');
const S = xmlName('s');
const ID = xmlName('id');
const LEGACY_DRAWING = xmlName('legacyDrawing');
/** Elements that follow `<legacyDrawing>` in CT_Worksheet (ECMA-376 Part 1, 18.3.1.99): it goes before the first of them. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'].map(xmlName);

/** The relationship id of the sheet's `<legacyDrawing>`, if it has one (form controls or notes already there). */
export function legacyDrawingOf(bytes: Uint8Array, part: string): string | undefined {
  const s = new XmlScanner(bytes, part);
  while (s.next()) if (s.kind !== CLOSE && s.is(LEGACY_DRAWING)) return s.attrString(ID);
  return undefined;
}

/** A marked cell: 0-based row and column, and the style a cell of style `base` takes. */
export interface CellMark {
  r: number;
  c: number;
  style: (base: number) => number;
}

/** The column of an `r` attribute value (B3 → 1), 0-based; -1 when it has none. */
function columnOf(s: XmlScanner): number {
  const b = s.bytes;
  let col = 0;
  for (let p = s.valueStart; p < s.valueEnd && (b[p]! | 0x20) >= 0x61 && (b[p]! | 0x20) <= 0x7a; p++) col = col * 26 + (b[p]! & 0x1f);
  return col - 1;
}

export function markSheet(bytes: Uint8Array, part: string, marks: readonly CellMark[], legacyDrawingId?: string): Uint8Array {
  const byRow = new Map<number, CellMark[]>();
  for (const m of marks) byRow.set(m.r, [...(byRow.get(m.r) ?? []), m]);
  // Rows with marks, in order, consumed from the front by an index (shift() would make 199,000 rows quadratic).
  const rowsLeft = { rows: [...byRow.keys()].sort((a, b) => a - b), next: 0 };
  for (const list of byRow.values()) list.sort((a, b) => a.c - b.c);
  const edits: Edit[] = [];
  const newCell = (m: CellMark): string => `<c r="${a1(m.r, m.c)}" s="${m.style(0)}"/>`;
  const newRows = (before: number): string => {
    let text = '';
    while (rowsLeft.next < rowsLeft.rows.length && rowsLeft.rows[rowsLeft.next]! < before) {
      const r = rowsLeft.rows[rowsLeft.next++]!;
      text += `<row r="${r + 1}">${byRow.get(r)!.map(newCell).join('')}</row>`;
    }
    return text;
  };

  const s = new XmlScanner(bytes, part);
  let depth = 0;
  let legacyAt = -1;
  while (s.next()) {
    if (s.kind === CLOSE) {
      depth--;
      if (depth === 0 && legacyAt < 0) legacyAt = s.tagStart;
      continue;
    }
    if (depth === 1 && s.is(SHEET_DATA)) {
      if (s.kind === EMPTY) {
        edits.push({ at: s.tagStart, remove: s.pos - s.tagStart, text: `<sheetData>${newRows(Infinity)}</sheetData>` });
      } else {
        readRows(s, byRow, rowsLeft, newRows, newCell, edits);
      }
    } else if (depth === 1 && legacyAt < 0 && AFTER_LEGACY_DRAWING.some((n) => s.is(n))) {
      legacyAt = s.tagStart;
    }
    if (s.kind === OPEN) {
      if (depth === 1) s.skip();
      else depth++;
    }
  }
  if (legacyDrawingId !== undefined) {
    if (legacyAt < 0) throw s.damaged();
    edits.push({ at: legacyAt, remove: 0, text: `<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${legacyDrawingId}"/>` });
  }
  return applyEdits(bytes, edits);
}

/**
 * An insertion, made only when there is something to insert: most rows of a long sheet gain nothing,
 * and two empty edits a row were 400,000 edits to sort and apply on 199,000 duplicated rows.
 */
function insert(edits: Edit[], at: number, text: string): void {
  if (text !== '') edits.push({ at, remove: 0, text });
}

/** `<sheetData>`'s rows, as the reader walks them: a row or cell without `r` follows the one before. */
function readRows(s: XmlScanner, byRow: Map<number, CellMark[]>, rowsLeft: { rows: number[]; next: number }, newRows: (before: number) => string, newCell: (m: CellMark) => string, edits: Edit[]): void {
  let row = -1;
  let col = 0;
  let pending: CellMark[] = [];
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.is(ROW)) {
        insert(edits, s.tagStart, pending.map(newCell).join(''));
        pending = [];
      } else if (s.is(SHEET_DATA)) {
        edits.push({ at: s.tagStart, remove: 0, text: newRows(Infinity) });
        return;
      }
      continue;
    }
    if (s.is(ROW)) {
      const n = s.attr(R) ? parseUint(s.bytes, s.valueStart, s.valueEnd) : row + 2;
      if (n <= 0) throw s.damaged();
      row = n - 1;
      col = 0;
      insert(edits, s.tagStart, newRows(row));
      if (rowsLeft.rows[rowsLeft.next] === row) rowsLeft.next++;
      pending = [...(byRow.get(row) ?? [])];
      if (s.kind === EMPTY && pending.length) {
        // <row r="5"/> becomes <row r="5">…</row>, its attributes kept.
        const open = new TextDecoder().decode(s.bytes.subarray(s.tagStart, s.pos)).replace(/\s*\/>$/u, '>');
        edits.push({ at: s.tagStart, remove: s.pos - s.tagStart, text: `${open}${pending.map(newCell).join('')}</row>` });
        pending = [];
      }
    } else if (s.is(C)) {
      const c = s.attr(R) ? columnOf(s) : col;
      col = c + 1;
      while (pending.length && pending[0]!.c < c) edits.push({ at: s.tagStart, remove: 0, text: newCell(pending.shift()!) });
      if (pending[0]?.c === c) {
        const m = pending.shift()!;
        if (s.attr(S)) edits.push({ at: s.valueStart, remove: s.valueEnd - s.valueStart, text: String(m.style(parseUint(s.bytes, s.valueStart, s.valueEnd))) });
        else edits.push({ at: s.attrStart, remove: 0, text: ` s="${m.style(0)}"` });
      }
      s.skip();
    } else {
      s.skip();
    }
  }
  throw s.damaged();
}
