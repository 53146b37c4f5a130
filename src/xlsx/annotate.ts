/**
 * The annotated copy: the user's own workbook with each finding shown on its cell, as a fill in the
 * severity's colour and a note saying what is wrong and which clause says so.
 *
 * The copy is the input package part for part: only the parts marking needs are read and changed
 * (the styles, each marked sheet, its relationships, its notes and the content types), and every other
 * part (charts, pictures, pivot tables, themes, whatever a program put there) is copied as stored,
 * never inflated nor parsed. Values, formulas and a user's own notes stay as they were. A workbook
 * without a styles part gains the least one, so that the fills can show. Pure: no Node APIs, so the
 * browser page's worker makes the same copy (src/taskpane/fileJob.ts).
 *
 * After the workbook's own sheets it adds a 核查结果 sheet listing the findings with a link to each
 * cell (check/reportSheet.ts, reportPart.ts): one more worksheet part, with its `<sheet>` entry,
 * workbook relationship and content type.
 */
import { LISTED_FINDINGS_PER_SHEET, type Finding, type SheetReport } from '../check/finding';
import { parseA1 } from '../check/grid';
import { markText, worstOf } from '../check/markText';
import { REPORT_SHEET, reportSheet } from '../check/reportSheet';
import { freeSheetName } from '../templates/sheetName';
import { inflateWithFflate } from './inflate';
import { newMeter } from './read';
import { damaged } from './errors';
import { MINIMAL_STYLES, MarkStyles } from './markStyles';
import { addToComments, addToVml, newComments, newVml, type Note } from './markNotes';
import { legacyDrawingOf, markSheet, type CellMark } from './markSheet';
import { Package, parseRelationships, readWorkbookInfo, relsPartOf, type Relationship } from './parts';
import { escapeXml } from '../round/xml';
import { applyEdits } from './partEdits';
import { reportPart } from './reportPart';
import { checkDeclaredSizes, inspectZip, readEntry, type ZipEntry } from './zip';
import { rewriteZip } from './zipWrite';

export interface Mark {
  sheet: string;
  finding: Finding;
}

/** Every finding of a checked workbook as a mark, each with its sheet. */
export const marksOf = (reports: readonly SheetReport[]): Mark[] => reports.flatMap((s) => s.findings.map((finding) => ({ sheet: s.sheet, finding })));

const A1 = /^[A-Z]{1,3}[1-9]\d*$/u;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_TYPE = `${REL}/comments`;
const VML_TYPE = `${REL}/vmlDrawing`;
const CONTENT_TYPES = '[Content_Types].xml';
const utf8 = new TextEncoder();

/**
 * The findings by sheet and cell, in the order they came: the first LISTED_FINDINGS_PER_SHEET cells
 * of each sheet (the most severe, as the checker sorted them), each with every finding on it. A
 * finding without an A1 cell has nowhere to go.
 */
function byCell(marks: readonly Mark[]): Map<string, Map<string, Finding[]>> {
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const { sheet, finding } of marks) {
    const address = finding.cell.replace(/\$/gu, '').toUpperCase();
    if (!A1.test(address)) continue;
    let cells = sheets.get(sheet);
    if (!cells) sheets.set(sheet, (cells = new Map()));
    const list = cells.get(address);
    if (list) list.push(finding);
    else if (cells.size < LISTED_FINDINGS_PER_SHEET) cells.set(address, [finding]);
  }
  return sheets;
}

/** Text inserted before the last `</tag>` of a part (a closing tag of its root), found as bytes. */
function beforeLast(bytes: Uint8Array, close: string, text: string, part: string): Uint8Array {
  const at = new TextDecoder('latin1').decode(bytes).lastIndexOf(close);
  if (at < 0) throw damaged(part);
  return applyEdits(bytes, [{ at, remove: 0, text }]);
}

/**
 * Relationships added to a relationships part: before its `</Relationships>`, or, where the part has
 * none and is written as one empty element (`<Relationships xmlns="…"/>`, valid XML that a program
 * may leave when a sheet's last relationship goes), into that element.
 */
function intoRelationships(bytes: Uint8Array, text: string, part: string): Uint8Array {
  const empty = /<Relationships\b[^>]*\/>\s*$/u.exec(new TextDecoder('latin1').decode(bytes));
  if (!empty) return beforeLast(bytes, '</Relationships>', text, part);
  return applyEdits(bytes, [{ at: empty.index + empty[0].lastIndexOf('/>'), remove: 2, text: `>${text}</Relationships>` }]);
}

/** The relative target from a sheet's folder to a part: `xl/comments1.xml` from `xl/worksheets/` is `../comments1.xml`. */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export async function annotate(bytes: Uint8Array, marks: readonly Mark[]): Promise<Uint8Array> {
  return annotateCopy(bytes, marks);
}

/** The annotated copy, made synchronously (see the module's comment). */
export function annotateCopy(bytes: Uint8Array, marks: readonly Mark[]): Uint8Array {
  const dir = inspectZip(bytes);
  const pkg = new Package(bytes, dir, inflateWithFflate, newMeter());
  const info = readWorkbookInfo(pkg);
  const bySheet = byCell(marks);
  const marked = info.sheets.filter((s) => bySheet.has(s.name));
  if (marked.length === 0) return bytes.slice();

  const entry = (name: string): ZipEntry => {
    const e = dir.get(name);
    if (!e) throw damaged(name);
    return e;
  };
  const optional = (name: string): ZipEntry | undefined => dir.get(name);
  // Everything this will inflate, refused up front by its declared sizes as a read would be.
  const workbookRels = relsPartOf(info.part);
  const reading = [entry(info.part), entry(workbookRels), ...(info.styles === undefined ? [] : [entry(info.styles)]), entry(CONTENT_TYPES), ...marked.flatMap((s) => [entry(s.part), optional(relsPartOf(s.part))])].filter((e): e is ZipEntry => e !== undefined);
  checkDeclaredSizes([...pkg.inflated, ...reading]);

  let contentTypes = pkg.inflate(entry(CONTENT_TYPES));
  const replaced = new Map<string, Uint8Array>();
  const added = new Map<string, Uint8Array>();
  const free = (pattern: (k: number) => string): string => {
    for (let k = 1; ; k++) if (!dir.get(pattern(k)) && !added.has(pattern(k))) return pattern(k);
  };
  // The workbook's own relationships gain the added parts': read again here (they were read once to
  // find the sheets), a small part whose size was checked above.
  const workbookRelsAdded: string[] = [];
  const addPart = (part: string, type: string, contentType: string, id: string) => {
    workbookRelsAdded.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${relativeTarget(info.part, part)}"/>`);
    contentTypes = beforeLast(contentTypes, '</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${contentType}+xml"/>`, CONTENT_TYPES);
  };
  // A workbook without a styles part gets the least one, so that the marks can show.
  let stylesPart = info.styles;
  let styles: MarkStyles;
  if (stylesPart !== undefined) styles = new MarkStyles(pkg.inflate(entry(stylesPart)), stylesPart);
  else {
    stylesPart = free((k) => (k === 1 ? 'xl/styles.xml' : `xl/styles${k}.xml`));
    styles = new MarkStyles(utf8.encode(MINIMAL_STYLES), stylesPart);
    addPart(stylesPart, 'styles', 'styles', 'rIdCareplanStyles');
  }
  let vmlNeeded = false;

  marked.forEach((sheet, index) => {
    const cells = bySheet.get(sheet.name)!;
    const cellMarks: CellMark[] = [];
    const notes: Note[] = [];
    // At most LISTED_FINDINGS_PER_SHEET cells (byCell), as the table lists them: 199,000 duplicate
    // rows made a 1.2 GB, 95-second copy.
    for (const [address, findings] of cells) {
      const { r, c } = parseA1(address);
      const worst = worstOf(findings);
      cellMarks.push({ r, c, style: (base) => styles.styleFor(base, worst) });
      notes.push({ r, c, text: markText(findings) });
    }
    const sheetBytes = pkg.inflate(entry(sheet.part));
    const relsPart = relsPartOf(sheet.part);
    const relsEntry = optional(relsPart);
    const relsBytes = relsEntry ? pkg.inflate(relsEntry) : undefined;
    const rels: Map<string, Relationship> = relsBytes ? parseRelationships(relsBytes, sheet.part) : new Map();
    const find = (type: string) => [...rels.entries()].find(([, rel]) => rel.type === type);
    const newRels: string[] = [];
    const relId = (what: string): string => `rIdCareplan${what}`;

    const legacyId = legacyDrawingOf(sheetBytes, sheet.part);
    const vmlRel = legacyId !== undefined ? rels.get(legacyId) : undefined;
    const comments = find(COMMENTS_TYPE);
    let toShape = notes;
    if (comments && dir.get(comments[1].part)) {
      const part = comments[1].part;
      const result = addToComments(pkg.inflate(entry(part)), part, notes);
      replaced.set(part, result.bytes);
      toShape = result.added;
    } else {
      const part = free((k) => `xl/comments${k}.xml`);
      added.set(part, utf8.encode(newComments(notes)));
      newRels.push(`<Relationship Id="${relId('Comments')}" Type="${COMMENTS_TYPE}" Target="${relativeTarget(sheet.part, part)}"/>`);
      contentTypes = beforeLast(contentTypes, '</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`, CONTENT_TYPES);
    }
    let legacyToAdd: string | undefined;
    if (vmlRel && dir.get(vmlRel.part)) {
      if (toShape.length) replaced.set(vmlRel.part, addToVml(pkg.inflate(entry(vmlRel.part)), toShape));
    } else if (toShape.length) {
      const part = free((k) => `xl/drawings/vmlDrawing${k}.vml`);
      added.set(part, utf8.encode(newVml(toShape, index + 1)));
      newRels.push(`<Relationship Id="${relId('Notes')}" Type="${VML_TYPE}" Target="${relativeTarget(sheet.part, part)}"/>`);
      legacyToAdd = relId('Notes');
      vmlNeeded = true;
    }
    replaced.set(sheet.part, markSheet(sheetBytes, sheet.part, cellMarks, legacyToAdd));
    if (newRels.length === 0) return;
    if (relsBytes) replaced.set(relsPart, intoRelationships(relsBytes, newRels.join(''), relsPart));
    else added.set(relsPart, utf8.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRels.join('')}</Relationships>`));
  });

  // The 核查结果 sheet after the workbook's own: its part, relationship, content type and `<sheet>`
  // entry in the workbook part (read again, as its relationships are), under a name not taken.
  const report = free((k) => `xl/worksheets/sheet${k}.xml`);
  added.set(report, utf8.encode(reportPart(reportSheet(marks), styles)));
  addPart(report, 'worksheet', 'worksheet', 'rIdCareplanReport');
  const workbook = readEntry(bytes, entry(info.part), inflateWithFflate);
  const workbookText = new TextDecoder('latin1').decode(workbook);
  const close = /<\/(?:([\w.-]+):)?sheets>/u.exec(workbookText);
  const sheetId = Math.max(0, ...[...workbookText.matchAll(/\bsheetId="(\d+)"/gu)].map((m) => Number(m[1]))) + 1;
  const sheetTag = `<${close?.[1] ? `${close[1]}:` : ''}sheet xmlns:r="${REL}" name="${escapeXml(freeSheetName(REPORT_SHEET, info.names))}" sheetId="${sheetId}" r:id="rIdCareplanReport"/>`;
  replaced.set(info.part, beforeLast(workbook, close?.[0] ?? '</sheets>', sheetTag, info.part));
  (info.styles === undefined ? added : replaced).set(stylesPart, styles.toBytes());
  replaced.set(workbookRels, intoRelationships(readEntry(bytes, entry(workbookRels), inflateWithFflate), workbookRelsAdded.join(''), workbookRels));
  if (vmlNeeded && !/<Default\b[^>]*Extension="vml"/iu.test(new TextDecoder('latin1').decode(contentTypes))) {
    contentTypes = beforeLast(contentTypes, '</Types>', '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>', CONTENT_TYPES);
  }
  replaced.set(CONTENT_TYPES, contentTypes);
  return rewriteZip(bytes, dir, replaced, added);
}
