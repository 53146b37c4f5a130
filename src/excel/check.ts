/**
 * Checking a sheet where it stands, and clearing its marks. Clear takes 3 round trips; check 4 (read;
 * probe; restore and mark; comment ids) for a sheet inside the first block read.ts loads, one more
 * per block of a larger sheet, and, where Excel refuses threaded comments (attach.ts), two more per
 * refused cell and one to find the ids of those added.
 */
import { checkSheet } from '../check';
import type { SheetReport } from '../check/finding';
import type { IsoDay } from '../rules/core/dates';
import { attachRest, threadRefused } from './attach';
import { type ExcelOpError, isExcelOpError, messagesNotAttached, noSheet, protectedByOther } from './errors';
import { carrierOf } from './markPlan';
import { byCell, queueProbe, queueState, queueWrite, type Written } from './marks';
import { failedAt } from './protection';
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

const isItemNotFound = (e: unknown): boolean => (e as { code?: unknown } | null | undefined)?.code === 'ItemNotFound';

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
    let written: Written;
    try {
      written = queueWrite(context, probe, findings);
    } catch (e) {
      // A sheet protected by anyone but careplan: careplan does not lift a protection it did not
      // set. The findings still show in the pane, with why the sheet was not marked.
      if (isExcelOpError(e) && e.code === 'SHEET_PROTECTED') return { report, marked: 0, carrier: carrierOf(caps), notMarked: e };
      throw e;
    }
    const wrote = await writeMarks(context, state.sheet, written);
    if ('notMarked' in wrote) return { report, marked: 0, carrier: carrierOf(caps), notMarked: wrote.notMarked };
    progress('mark', 0.5);
    written.queueIds(wrote.after);
    await putBackOnFailure(context, written, () => context.sync());
    progress('mark', 1);
    const marked = [...findings.values()].reduce((n, list) => n + list.length, 0);
    const refused = [...(wrote.after?.refused ?? [])];
    return { report, marked, carrier: carrierOf(caps), ...(refused.length > 0 ? { notAttached: messagesNotAttached(state.sheet.name, refused) } : {}) };
  });
}

type Wrote = { notMarked: ExcelOpError } | { after?: Awaited<ReturnType<typeof attachRest>> };

/**
 * Stage 3 (marks.ts) once queued. A thread Excel refused is taken over by attachRest; a password
 * given since to careplan's own protection leaves the sheet unmarked, with why; any other failure
 * puts careplan's protection back (putBack) before it is thrown.
 */
async function writeMarks(context: Excel.RequestContext, sheet: Excel.Worksheet, written: Written): Promise<Wrote> {
  try {
    await context.sync();
    return {};
  } catch (e) {
    // Excel stops a batch at the failing command (attach.ts): an unprotect that failed ran first, so nothing was written.
    if (written.lift && failedAt(e, 'WorksheetProtection.unprotect')) return { notMarked: protectedByOther(sheet.name, 'mark') };
    if (threadRefused(e)) return { after: await putBackOnFailure(context, written, () => attachRest(context, sheet, written, e)) };
    await putBack(context, written);
    throw e;
  }
}

/**
 * careplan's protection put back after a failure (Excel ran none of the batch after the failing
 * command, its protect() included), so that a failure never leaves careplan's sheet open; a failure
 * of that is not allowed to hide the first.
 */
async function putBack(context: Excel.RequestContext, written: Written): Promise<void> {
  if (!written.lift) return;
  written.lift.restore();
  await context.sync().catch(() => undefined);
}

async function putBackOnFailure<T>(context: Excel.RequestContext, written: Written, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    await putBack(context, written);
    throw e;
  }
}

export async function clearSheetMarks(run: ExcelRun, caps: MarkCapabilities, ref: SheetRef): Promise<{ restored: number }> {
  return run(async (context) => {
    const state = queueState(context, ref.get(context), caps);
    await syncFinding(context, ref);
    const probe = queueProbe(state, []);
    await context.sync();
    const written = queueWrite(context, probe, new Map());
    const wrote = await writeMarks(context, state.sheet, written);
    if ('notMarked' in wrote) throw wrote.notMarked;
    return { restored: written.steps.length };
  });
}
