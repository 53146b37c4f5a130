/**
 * The task pane's Excel operations (ExcelOps in types.ts), over `Excel.run` in the add-in or a
 * mock's `run` in the tests. Each operation makes a fixed number of `context.sync()` round trips
 * whatever the sheet's size: insert 3, check 4, clear 3, explain 2, select 1, settings 1.
 */
import type { IsoDay } from '../rules/core/dates';
import { activeSheet, checkAndMark, checkOnly, clearSheetMarks, sheetCalled } from './check';
import { explainSelection } from './explainCell';
import { insertTemplate } from './insert';
import { repairCareFormulas } from './repair';
import { waitingForCellEdit, type ExcelRun } from './run';
import { loadSettings, saveSettings } from './settings';
import type { SheetReport } from '../check/finding';
import type { Capabilities, ExcelOps } from './types';
import { watchSheet } from './watch';

export { countingRun, type CountingRun, type ExcelRun } from './run';

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * What this Excel supports, asked of Office.js: notes need ExcelApi 1.18, comments 1.10. Outside
 * Office (a plain browser, a test without the global) neither.
 */
export function detectCapabilities(): Capabilities {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const req = office?.context?.requirements;
  return { notes: req?.isSetSupported('ExcelApi', '1.18') ?? false, comments: req?.isSetSupported('ExcelApi', '1.10') ?? false };
}

export function createExcelOps(excelRun: ExcelRun = Excel.run): ExcelOps {
  const run = waitingForCellEdit(excelRun);
  return {
    capabilities: async () => detectCapabilities(),
    insertTemplate: (template) => insertTemplate(run, template),
    checkActiveSheet: (asOf, onProgress) => checkAndMark(run, detectCapabilities(), activeSheet, asOf, onProgress),
    clearMarks: (sheet) => clearSheetMarks(run, detectCapabilities(), sheet === undefined ? activeSheet : sheetCalled(sheet)),
    repairFormulas: () => repairCareFormulas(run),
    selectCell: (sheet, address) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),
    explainSelection: (asOf) => explainSelection(run, asOf),
    watchChecked: async (sheet: string, asOf: IsoDay, onReport: (r: SheetReport) => void, onError: (e: unknown) => void) => {
      const watch = await watchSheet(run, sheet, async (sheetId) => onReport(await checkOnly(run, sheetCalled(sheetId), asOf)), onError);
      return watch.stop;
    },
    loadSettings: () => loadSettings(run),
    saveSettings: (s) => saveSettings(run, s),
  };
}
