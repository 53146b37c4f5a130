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
import type { ExcelOps } from './types';
import { detectCapabilities, type Capabilities } from './requirements';
import { excelTooOld } from './errors';
import { watchSheet } from './watch';

export { countingRun, type CountingRun, type ExcelRun } from './run';


/**
 * The capabilities of this Excel, refusing with the reason where it lacks ExcelApi 1.9, which every
 * operation that writes or marks calls into (requirements.ts): Office.js would otherwise throw
 * ApiNotFound half-way through a batch (excel-win32-16.01.debug.js:12748-12763, 16449).
 */
async function capable(): Promise<Capabilities> {
  const caps = detectCapabilities();
  if (!caps.core) throw excelTooOld();
  return caps;
}

export function createExcelOps(excelRun: ExcelRun = Excel.run): ExcelOps {
  const run = waitingForCellEdit(excelRun);
  return {
    capabilities: async () => detectCapabilities(),
    insertTemplate: async (template) => (await capable(), insertTemplate(run, template)),
    checkActiveSheet: async (asOf, onProgress) => checkAndMark(run, await capable(), activeSheet, asOf, onProgress),
    clearMarks: async (sheet) => clearSheetMarks(run, await capable(), sheet === undefined ? activeSheet : sheetCalled(sheet)),
    repairFormulas: async () => (await capable(), repairCareFormulas(run)),
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
