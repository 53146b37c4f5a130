/**
 * Checking a sheet where it stands, and clearing its marks. Clear takes 3 round trips; check 4 (read;
 * probe; restore and mark; comment ids) for a sheet inside the first block read.ts loads, and one
 * more per block of a larger sheet.
 */
import { checkSheet } from '../check';
import type { SheetReport } from '../check/finding';
import type { IsoDay } from '../rules/core/dates';
import { isExcelOpError, noSheet } from './errors';
import { carrierOf } from './markPlan';
import { byCell, queueProbe, queueState, queueWrite } from './marks';
import { queueGrid, readGrid } from './read';
import type { ExcelRun } from './run';
import type { CheckProgress, CheckResult, MarkCapabilities } from './types';

/** Which sheet an operation works on, and how to name it when it is missing. */
export interface SheetRef {
  get(context: Excel.RequestContext): Excel.Worksheet;
  /** The name or id asked for; null for the active sheet, which always exists. */
  asked: string | null;
}

export const activeSheet: SheetRef = { get: (c) => c.workbook.worksheets.getActiveWorksheet(), asked: null };
/** A sheet by name or by Worksheet.id (Excel's getItem takes either). */
export const sheetCalled = (key: string): SheetRef => ({ get: (c) => c.workbook.worksheets.getItem(key), asked: key });

const isItemNotFound = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemNotFound';

/** The first sync of an operation, where a sheet asked for by name turns out to be missing. */
async function syncFinding(context: Excel.RequestContext, ref: SheetRef): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (ref.asked !== null && isItemNotFound(e)) throw noSheet(ref.asked);
    throw e;
  }
}

/**
 * Reads and checks the sheet and writes nothing: for the re-check that runs by itself after an
 * edit. Every write to the workbook is an undo step, so marking there would make Ctrl+Z undo
 * careplan instead of the user's typing; the sheet is marked only when the user asks (检查).
 */
export async function checkOnly(run: ExcelRun, ref: SheetRef, asOf: IsoDay): Promise<SheetReport> {
  return run(async (context) => {
    const queued = queueGrid(ref.get(context));
    await syncFinding(context, ref);
    return checkSheet(await readGrid(context, queued), asOf);
  });
}

export async function checkAndMark(run: ExcelRun, caps: MarkCapabilities, ref: SheetRef, asOf: IsoDay, onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
  const progress = (stage: CheckProgress['stage'], done: number) => onProgress?.({ stage, done });
  return run(async (context) => {
    progress('read', 0);
    const sheet = ref.get(context);
    const queued = queueGrid(sheet);
    const state = queueState(context, sheet, caps);
    await syncFinding(context, ref);
    const grid = await readGrid(context, queued);
    progress('read', 1);

    progress('check', 0);
    const report = checkSheet(grid, asOf);
    const findings = byCell(report.findings);
    progress('check', 1);

    progress('mark', 0);
    const probe = queueProbe(state, findings.keys());
    await context.sync();
    let written: ReturnType<typeof queueWrite>;
    try {
      written = queueWrite(context, probe, findings);
    } catch (e) {
      // A sheet protected (by its owner, with or without a password) against formatting or editing
      // objects: careplan does not lift a protection it did not set. The findings still show in
      // the pane, with why the sheet was not marked.
      if (isExcelOpError(e) && e.code === 'SHEET_PROTECTED') return { report, marked: 0, carrier: carrierOf(caps), notMarked: e };
      throw e;
    }
    await context.sync();
    progress('mark', 0.5);
    written.queueIds();
    await context.sync();
    progress('mark', 1);
    const marked = [...findings.values()].reduce((n, list) => n + list.length, 0);
    return { report, marked, carrier: carrierOf(caps) };
  });
}

export async function clearSheetMarks(run: ExcelRun, caps: MarkCapabilities, ref: SheetRef): Promise<{ restored: number }> {
  return run(async (context) => {
    const state = queueState(context, ref.get(context), caps);
    await syncFinding(context, ref);
    const probe = queueProbe(state, []);
    await context.sync();
    const written = queueWrite(context, probe, new Map());
    await context.sync();
    return { restored: written.steps.length };
  });
}
