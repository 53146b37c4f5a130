/**
 * 修复 #NAME?: every CARE formula of a sheet entered again. Excel can show #NAME? in CARE cells that
 * stay so until each is re-entered (office-js#6611, #6355), for instance when the workbook was
 * calculated before the add-in's functions registered; a file saved then may even hold them as
 * _xldudf_CARE_NAME(…). Entering the formula again makes Excel look the name up anew.
 *
 * A sheet careplan inserted is protected by careplan without a password; careplan lifts that
 * protection around the writing and puts the same protection back. It knows its own sheets from
 * its record in the workbook's settings (ownSheets.ts), not from the protection itself: a
 * protection without a password could as well be the user's, and Excel does not tell a password
 * outside the web. A sheet protected by anyone else is left alone, with why.
 */
import type { Grid } from '../check/grid';
import { a1 } from '../check/grid';
import { ExcelOpError } from './errors';
import { PROTECTION } from './insert';
import { OWN_SHEETS_KEY, ownSheets } from './ownSheets';
import { queueGrid, readGrid } from './read';
import type { ExcelRun } from './run';
import { loadWithWorkbook } from './startup';

const CARE = /\bCARE\.|_xldudf_CARE_/iu;

/** Each CARE formula cell of the grid, with its formula as Excel should hold it. */
export function careFormulas(grid: Grid): { address: string; formula: string }[] {
  const out: { address: string; formula: string }[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === 'object' && cell !== null && cell.t === 'formula' && CARE.test(cell.formula)) {
        out.push({ address: a1(r, c), formula: `=${cell.formula.replace(/_xldudf_CARE_/giu, 'CARE.')}` });
      }
    }),
  );
  return out;
}

const protectedByOther = (sheet: string): ExcelOpError =>
  new ExcelOpError('SHEET_PROTECTED', {
    zh: `工作表“${sheet}”受保护，且不是 careplan 插入的工作表，careplan 不会撤销他人设置的保护；请在“审阅→撤销工作表保护”后再修复 #NAME?。`,
    en: `Sheet “${sheet}” is protected and was not inserted by careplan, which does not lift a protection someone else set; unprotect it (Review → Unprotect Sheet), then repair #NAME? again.`,
  });

/** Two round trips for a sheet inside read.ts's first block: the read, and the writing. */
export async function repairCareFormulas(run: ExcelRun): Promise<{ sheet: string; formulas: number }> {
  const result = await run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('id');
    const protection = sheet.protection.load('protected');
    const own = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    own.load('value');
    const queued = queueGrid(sheet);
    await context.sync();
    const grid = await readGrid(context, queued);
    const cells = careFormulas(grid);
    if (cells.length === 0) return { sheet: grid.name, formulas: 0 };
    const lifted = protection.protected;
    if (lifted) {
      if (own.isNullObject || !ownSheets(own.value).includes(sheet.id)) throw protectedByOther(grid.name);
      sheet.protection.unprotect();
    }
    for (const c of cells) sheet.getRange(c.address).formulas = [[c.formula]];
    if (lifted) sheet.protection.protect(PROTECTION);
    await context.sync();
    return { sheet: grid.name, formulas: cells.length };
  });
  if (result.formulas > 0) await loadWithWorkbook();
  return result;
}
