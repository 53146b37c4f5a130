/**
 * The notes of an annotated copy, as Excel keeps them: a comments part (the text, ECMA-376 Part 1,
 * 18.7) and a VML drawing with one hidden note shape per cell (how Excel shows it). A sheet's own
 * notes are kept: a marked cell that has one gets the findings appended to it, the others get new
 * notes, and the VML gains shapes only for those.
 */
import { a1 } from '../check/grid';
import { escapeXml } from '../round/xml';
import { applyEdits, type Edit } from './partEdits';
import { CLOSE, XmlScanner, xmlName } from './xmlScanner';

export interface Note {
  r: number;
  c: number;
  text: string;
}

const AUTHOR = 'careplan';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const run = (text: string): string => `<r><t xml:space="preserve">${escapeXml(text)}</t></r>`;

const COMMENT = xmlName('comment');
const AUTHORS = xmlName('authors');
const AUTHOR_TAG = xmlName('author');
const COMMENT_LIST = xmlName('commentList');
const TEXT = xmlName('text');
const REF = xmlName('ref');

/** A new comments part holding `notes`. */
export const newComments = (notes: readonly Note[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${AUTHOR}</author></authors><commentList>${notes
    .map((n) => `<comment ref="${a1(n.r, n.c)}" authorId="0"><text>${run(n.text)}</text></comment>`)
    .join('')}</commentList></comments>`;

/**
 * An existing comments part with `notes` added: appended to a cell's own comment, or new comments by
 * the author careplan. Returns the part and the notes that are new (they need a shape).
 */
export function addToComments(bytes: Uint8Array, part: string, notes: readonly Note[]): { bytes: Uint8Array; added: Note[] } {
  const s = new XmlScanner(bytes, part);
  const textEnds = new Map<string, number>();
  let authors = 0;
  let authorsEnd = -1;
  let listEnd = -1;
  let ref: string | undefined;
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.is(AUTHORS)) authorsEnd = s.tagStart;
      else if (s.is(COMMENT_LIST)) listEnd = s.tagStart;
      else if (s.is(TEXT) && ref !== undefined && !textEnds.has(ref)) textEnds.set(ref, s.tagStart);
    } else if (s.is(AUTHOR_TAG)) authors++;
    else if (s.is(COMMENT)) ref = s.attrString(REF)?.replace(/\$/gu, '').toUpperCase();
  }
  if (authorsEnd < 0 || listEnd < 0) throw s.damaged();
  const edits: Edit[] = [{ at: authorsEnd, remove: 0, text: `<author>${AUTHOR}</author>` }];
  const added: Note[] = [];
  for (const n of notes) {
    const at = textEnds.get(a1(n.r, n.c));
    if (at !== undefined) edits.push({ at, remove: 0, text: run(`\n\n${n.text}`) });
    else added.push(n);
  }
  edits.push({ at: listEnd, remove: 0, text: added.map((n) => `<comment ref="${a1(n.r, n.c)}" authorId="${authors}"><text>${run(n.text)}</text></comment>`).join('') });
  return { bytes: applyEdits(bytes, edits), added };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Excel's hidden note box beside its cell; `id` is unique in the drawing. */
const shape = (n: Note, id: number): string =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:120pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.c + 1}, 15, ${n.r}, 2, ${n.c + 4}, 15, ${n.r + 6}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.r}</x:Row><x:Column>${n.c}</x:Column></x:ClientData></v:shape>`;

/** A new VML drawing with a note shape for each of `notes`; `block` (1, 2, …) keeps shape ids apart between drawings. */
export const newVml = (notes: readonly Note[], block: number): string =>
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPE_TYPE}${notes.map((n, i) => shape(n, block * 1024 + 1 + i)).join('')}</xml>`;

/**
 * An existing VML drawing with shapes for `notes` added before its end. VML is not always
 * well-formed XML (Excel writes `<br>`), so it is searched as text, one character a byte.
 */
export function addToVml(bytes: Uint8Array, notes: readonly Note[]): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const end = text.lastIndexOf('</xml>');
  if (end < 0) return bytes;
  const used = [...text.matchAll(/_x0000_s(\d+)/gu)].reduce((n, m) => Math.max(n, Number(m[1])), 0);
  const type = text.includes('_x0000_t202') ? '' : SHAPE_TYPE;
  return applyEdits(bytes, [{ at: end, remove: 0, text: type + notes.map((n, i) => shape(n, used + 1 + i)).join('') }]);
}
