/**
 * An .xlsx file's sheets as Grids, straight from its bytes. The zip directory is checked first
 * (zip.ts); then only the parts needed are inflated, each once (parts.ts), the sheets one after the
 * other so that a single sheet's XML is held at a time (sheet.ts). Pure: no Node APIs, so it runs in
 * the add-in and the browser page as well.
 */
import type { Grid } from '../check/grid';
import { damaged } from './errors';
import { inflateWithFflate, type Inflate } from './inflate';
import { Package, readDateStyles, readSharedStrings, readWorkbookInfo } from './parts';
import { readSheet } from './sheet';
import { checkDeclaredSizes, inspectZip, type ZipEntry } from './zip';

/** The work a read has done, counted as it goes: for its bounds, and for the tests and bench that measure them. */
export interface ReadMeter {
  /** Bytes the inflated parts unpacked to. */
  bytesInflated: number;
  /** Cells kept, all sheets together (bounded by MAX_WORKBOOK_CELLS). */
  cells: number;
}

export const newMeter = (): ReadMeter => ({ bytesInflated: 0, cells: 0 });

export interface ReadOptions {
  /** Which sheets to read, by name; the parts of the others are never inflated. All by default. */
  sheets?: (name: string) => boolean;
  /** Where the read counts its work; a fresh one by default. */
  meter?: ReadMeter;
  /** How deflated parts are unpacked: fflate unless the caller has a faster one (node:zlib in the CLI). */
  inflate?: Inflate;
}

/** The names of the workbook's worksheets, in tab order; inflates only the workbook part and its relationships. */
export function sheetNames(bytes: Uint8Array, inflate: Inflate = inflateWithFflate): string[] {
  return readWorkbookInfo(new Package(bytes, inspectZip(bytes), inflate, newMeter())).sheets.map((sheet) => sheet.name);
}

/**
 * The workbook's worksheets (hidden ones too, chart sheets never) as Grids, in tab order.
 * Throws XlsxError: NOT_XLSX, ENCRYPTED, LEGACY_XLS, DAMAGED, TOO_LARGE or TOO_MANY_ROWS.
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): { sheets: Grid[] } {
  const meter = opts.meter ?? newMeter();
  const pkg = new Package(bytes, inspectZip(bytes), opts.inflate ?? inflateWithFflate, meter);
  const info = readWorkbookInfo(pkg);
  const chosen = info.sheets.filter((sheet) => opts.sheets?.(sheet.name) ?? true);
  if (chosen.length === 0) return { sheets: [] };

  const sheetEntries = chosen.map((sheet) => {
    const entry = pkg.dir.get(sheet.part);
    if (!entry) throw damaged(sheet.part);
    return entry;
  });
  // Both optional: a workbook with no text has no string table, and without styles nothing is a date.
  const stringsEntry = info.sharedStrings === undefined ? undefined : pkg.dir.get(info.sharedStrings);
  const stylesEntry = info.styles === undefined ? undefined : pkg.dir.get(info.styles);
  const pending = [stringsEntry, stylesEntry, ...sheetEntries].filter((e): e is ZipEntry => e !== undefined);
  checkDeclaredSizes([...pkg.inflated, ...pending]);

  const ctx = {
    sharedStrings: stringsEntry ? readSharedStrings(pkg.inflate(stringsEntry), stringsEntry.name) : [],
    dateStyles: stylesEntry ? readDateStyles(pkg.inflate(stylesEntry), stylesEntry.name) : [],
    date1904: info.date1904,
    meter,
  };
  return {
    sheets: chosen.map((sheet, i) => {
      const grid = readSheet(pkg.inflate(sheetEntries[i]!), sheet.name, sheet.part, ctx);
      return sheet.marker === undefined ? grid : { ...grid, markerName: sheet.marker };
    }),
  };
}
