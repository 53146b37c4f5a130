/**
 * The workbook's parts around its sheets: the package's relationships, the workbook part (sheets in
 * tab order, the 1904 date system), the shared-string table and the cell styles that show dates.
 * Each part is inflated once, through Package, so the read's total is known.
 */
import { markerName } from '../templates/marker';
import { isBuiltInDate, isDateFormatCode } from '../check/numberFormats';
import { damaged, notXlsx } from './errors';
import type { Inflate, InflateAsync } from './inflate';
import type { ReadMeter } from './read';
import { readEntry, readEntryAsync, type ZipDirectory, type ZipEntry } from './zip';
import { CLOSE, EMPTY, OPEN, XmlScanner, xmlName } from './xmlScanner';
import { unescapeOoxml } from './xmlText';

/*
 * Cell text as SpreadsheetML holds it: a shared-string table entry `<si>` or an inline `<is>`, either
 * one `<t>` or rich-text runs `<r><rPr/><t/></r>` whose texts join up. Phonetic guides `<rPh>` (the
 * furigana over Japanese text) are not part of the value and are skipped.
 */

const SI = xmlName('si');
const T_NAME = xmlName('t');
const RPH = xmlName('rPh');

/** The text of the `<si>` or `<is>` whose open tag was just read, up to and including its close tag. */
export function readRichText(s: XmlScanner): string {
  if (s.kind === EMPTY) return '';
  let text = '';
  for (let depth = 0; s.next(); ) {
    if (s.kind === CLOSE) {
      if (depth === 0) return unescapeOoxml(text);
      depth--;
    } else if (s.is(T_NAME)) {
      s.readText();
      text += s.textAsString();
    } else if (s.is(RPH)) {
      s.skip();
    } else if (s.kind === OPEN) {
      depth++;
    }
  }
  throw s.damaged();
}

/** xl/sharedStrings.xml: the table that `t="s"` cells index into. */
export function readSharedStrings(bytes: Uint8Array, part: string): string[] {
  const s = new XmlScanner(bytes, part);
  const strings: string[] = [];
  while (s.next()) if (s.kind !== CLOSE && s.is(SI)) strings.push(readRichText(s));
  return strings;
}

// ─── Date styles ─────────────────────────────────────────────────────────────────────────────────────

const NUM_FMT = xmlName('numFmt');
const CELL_XFS = xmlName('cellXfs');
const XF = xmlName('xf');
const NUM_FMT_ID = xmlName('numFmtId');
const FORMAT_CODE = xmlName('formatCode');

/**
 * For each cell style (the `s` index of a cell, an entry of `cellXfs`), whether it shows numbers as
 * dates: a date in a cell is only a number with a date format, so this tells 45352 the date from
 * 45352 the count. `<xf>` also appears under `cellStyleXfs`, which cells do not index.
 */
export function readDateStyles(bytes: Uint8Array, part: string): boolean[] {
  const s = new XmlScanner(bytes, part);
  const customCodes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.is(CELL_XFS)) inCellXfs = false;
    } else if (s.is(NUM_FMT)) {
      const id = s.attrInt(NUM_FMT_ID);
      const code = s.attrString(FORMAT_CODE);
      if (id >= 0 && code !== undefined) customCodes.set(id, code);
    } else if (s.is(CELL_XFS)) {
      inCellXfs = s.kind === OPEN;
    } else if (inCellXfs && s.is(XF)) {
      xfFormats.push(Math.max(0, s.attrInt(NUM_FMT_ID)));
      s.skip();
    }
  }
  return xfFormats.map((id) => {
    const code = customCodes.get(id);
    return code === undefined ? isBuiltInDate(id) : isDateFormatCode(code);
  });
}

const RELATIONSHIP = xmlName('Relationship');
const ID = xmlName('Id');
const TYPE = xmlName('Type');
const TARGET = xmlName('Target');
const TARGET_MODE = xmlName('TargetMode');
const SHEET = xmlName('sheet');
const NAME = xmlName('name');
/** `r:id` on `<sheet>`; attributes are matched by local name, whatever the prefix. */
const R_ID = xmlName('id');
const WORKBOOK_PR = xmlName('workbookPr');
const DEFINED_NAME = xmlName('definedName');
const LOCAL_SHEET_ID = xmlName('localSheetId');
const DATE_1904 = xmlName('date1904');

/** Relationship types, by the ending shared by the transitional and strict namespaces. */
const OFFICE_DOCUMENT = '/officeDocument';
const WORKSHEET = '/worksheet';
const SHARED_STRINGS = '/sharedStrings';
const STYLES = '/styles';
/** Where Excel puts the workbook, for a package that lacks the root relationships. */
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

export interface Relationship {
  type: string;
  /** The target as a part name: resolved against the source part's folder. */
  part: string;
}

export interface SheetRef {
  name: string;
  part: string;
  /** The text of the sheet-scoped defined name careplan writes its template marker in (templates/marker.ts). */
  marker?: string;
}

interface WorkbookInfo {
  /** The workbook part itself, e.g. `xl/workbook.xml`. */
  part: string;
  sheets: SheetRef[];
  /** Every sheet's name, chart sheets too: the names an added sheet must not take. */
  names: string[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

/** A relationship target as a part name: `worksheets/sheet1.xml` is relative to the source part's folder, `/xl/…` is absolute. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target : folder + target;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export class Package {
  /** Every entry inflated so far, for the read's total. */
  readonly inflated: ZipEntry[] = [];

  constructor(
    readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
    private readonly unpack: Inflate,
    private readonly meter: ReadMeter,
  ) {}

  /**
   * A part's bytes. Each part is inflated at most once a read: a workbook whose sheet entries all
   * point at one part (forty sheets over one 199,000-row part were 4 GB of work) is damaged, since
   * Excel gives every sheet its own part.
   */
  inflate(entry: ZipEntry): Uint8Array {
    this.claim(entry);
    return this.count(readEntry(this.bytes, entry, this.unpack));
  }

  /** inflate, by an inflater that answers later. */
  async inflateAsync(entry: ZipEntry, unpack: InflateAsync): Promise<Uint8Array> {
    this.claim(entry);
    return this.count(await readEntryAsync(this.bytes, entry, unpack));
  }

  private claim(entry: ZipEntry): void {
    if (this.inflated.includes(entry)) throw damaged(entry.name);
    this.inflated.push(entry);
  }

  private count(bytes: Uint8Array): Uint8Array {
    this.meter.bytesInflated += bytes.length;
    return bytes;
  }

  /** The relationships of `part` (from `folder/_rels/name.rels`), by id; none when that part is absent. */
  relationships(part: string): Map<string, Relationship> {
    const relsPart = relsPartOf(part);
    const entry = this.dir.get(relsPart);
    return entry ? parseRelationships(this.inflate(entry), part) : new Map();
  }
}

/** Where the relationships of `part` are kept: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/') + 1;
  return `${part.slice(0, slash)}_rels/${part.slice(slash)}.rels`;
}

/** A relationships part of `part`, by id, each target resolved to a part name; external targets left out. */
export function parseRelationships(bytes: Uint8Array, part: string): Map<string, Relationship> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = new Map<string, Relationship>();
  const s = new XmlScanner(bytes, relsPartOf(part));
  while (s.next()) {
    if (s.kind === CLOSE || !s.is(RELATIONSHIP)) continue;
    const id = s.attrString(ID);
    const type = s.attrString(TYPE);
    const target = s.attrString(TARGET);
    if (id && type && target && s.attrString(TARGET_MODE) !== 'External') rels.set(id, { type, part: resolveTarget(folder, target) });
  }
  return rels;
}

const findByType = (rels: Map<string, Relationship>, type: string): string | undefined =>
  [...rels.values()].find((rel) => rel.type.endsWith(type))?.part;

/** The workbook part's sheets in tab order (worksheets only: chart and dialog sheets hold no cells), and where its other parts are. */
export function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const workbookPart = findByType(pkg.relationships(''), OFFICE_DOCUMENT) ?? DEFAULT_WORKBOOK;
  const workbookEntry = pkg.dir.get(workbookPart);
  // A .docx, or an .xlsb whose workbook is binary: a package, but not a workbook this reads.
  if (!workbookEntry || !workbookPart.endsWith('.xml')) throw notXlsx();
  const rels = pkg.relationships(workbookPart);

  const s = new XmlScanner(pkg.inflate(workbookEntry), workbookPart);
  const sheets: SheetRef[] = [];
  const names: string[] = [];
  // localSheetId counts every sheet in tab order, chart sheets too (ECMA-376 Part 1, 18.2.5 definedName).
  const byPosition: (SheetRef | undefined)[] = [];
  let date1904 = false;
  while (s.next()) {
    if (s.kind === CLOSE) continue;
    if (s.is(SHEET)) {
      const name = s.attrString(NAME);
      const id = s.attrString(R_ID);
      const rel = id === undefined ? undefined : rels.get(id);
      if (name === undefined || !rel) throw damaged(workbookPart);
      names.push(name);
      const sheet = rel.type.endsWith(WORKSHEET) ? { name, part: rel.part } : undefined;
      if (sheet) sheets.push(sheet);
      byPosition.push(sheet);
    } else if (s.is(DEFINED_NAME) && s.attrString(NAME) === markerName) {
      const at = s.attrString(LOCAL_SHEET_ID);
      s.readText();
      const sheet = at === undefined ? undefined : byPosition[Number(at)];
      // The name's value is a string constant: "careplan:gz-beds", its quotes doubled inside.
      if (sheet) sheet.marker = s.textAsString().replace(/^"|"$/gu, '').replace(/""/gu, '"');
    } else if (s.is(WORKBOOK_PR)) {
      const value = s.attrString(DATE_1904);
      date1904 = value === '1' || value === 'true';
    }
  }
  return { part: workbookPart, sheets, names, sharedStrings: findByType(rels, SHARED_STRINGS), styles: findByType(rels, STYLES), date1904 };
}

