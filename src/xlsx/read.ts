/**
 * An .xlsx file's sheets as Grids, straight from its bytes. The zip directory is checked first
 * (zip.ts); then only the parts needed are inflated, each once (parts.ts), the sheets one after the
 * other so that a single sheet's XML is held at a time (sheet.ts). Pure: no Node APIs, so it runs in
 * the add-in and the browser page as well.
 */
import type { Grid } from '../check/grid';
import { damaged } from './errors';
import { inflateWithFflate, type Inflate, type InflateAsync } from './inflate';
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
 * The read as steps, whoever unpacks: it yields each large part it needs (the string table, the
 * styles, each sheet, in that order) and goes on with that part's bytes. The workbook part and its
 * relationships, which are small, are unpacked by the package's own Inflate.
 */
function* readSteps(pkg: Package, meter: ReadMeter, opts: ReadOptions): Generator<ZipEntry, { sheets: Grid[] }, Uint8Array> {
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
    sharedStrings: stringsEntry ? readSharedStrings(yield stringsEntry, stringsEntry.name) : [],
    dateStyles: stylesEntry ? readDateStyles(yield stylesEntry, stylesEntry.name) : [],
    date1904: info.date1904,
    meter,
  };
  // One sheet's XML held at a time: each is scanned into its Grid before the next is unpacked.
  const sheets: Grid[] = [];
  for (const [i, sheet] of chosen.entries()) {
    const grid = readSheet(yield sheetEntries[i]!, sheet.name, sheet.part, ctx);
    sheets.push(sheet.marker === undefined ? grid : { ...grid, markerName: sheet.marker });
  }
  return { sheets };
}

function start(bytes: Uint8Array, opts: ReadOptions): { pkg: Package; steps: ReturnType<typeof readSteps> } {
  const meter = opts.meter ?? newMeter();
  const pkg = new Package(bytes, inspectZip(bytes), opts.inflate ?? inflateWithFflate, meter);
  return { pkg, steps: readSteps(pkg, meter, opts) };
}

/**
 * The workbook's worksheets (hidden ones too, chart sheets never) as Grids, in tab order.
 * Throws XlsxError: NOT_XLSX, ENCRYPTED, LEGACY_XLS, DAMAGED, TOO_LARGE or TOO_MANY_ROWS.
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): { sheets: Grid[] } {
  const { pkg, steps } = start(bytes, opts);
  for (let step = steps.next(); ; step = steps.next(pkg.inflate(step.value))) if (step.done) return step.value;
}

/** readWorkbook with the large parts unpacked by an inflater that answers later (the browser's DecompressionStream). */
export async function readWorkbookAsync(bytes: Uint8Array, unpack: InflateAsync, opts: ReadOptions = {}): Promise<{ sheets: Grid[] }> {
  const { pkg, steps } = start(bytes, opts);
  for (let step = steps.next(); ; step = steps.next(await pkg.inflateAsync(step.value, unpack))) if (step.done) return step.value;
}
