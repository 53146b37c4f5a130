/**
 * 修复 #NAME?: every CARE formula of a sheet entered again. Excel can show #NAME? in CARE cells that
 * stay so until each is re-entered (office-js#6611, #6355), for instance when the workbook was
 * calculated before the add-in's functions registered; a file saved then may even hold them as
 * _xldudf_CARE_NAME(…). Entering the formula again makes Excel look the name up anew.
 *
 * A sheet careplan inserted is protected by careplan without a password; careplan lifts that
 * protection around the writing and puts the same protection back (protection.ts). A sheet
 * protected by anyone else is left alone, with why.
 */
import type { Grid } from '../check/grid';
import { a1 } from '../check/grid';
import { protectedByOther } from './errors';
import { failedAt, liftOwn, queueProtection } from './protection';
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

/** Two round trips for a sheet inside read.ts's first block: the read, and the writing. */
export async function repairCareFormulas(run: ExcelRun): Promise<{ sheet: string; formulas: number }> {
  const result = await run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('id,name');
    const protection = queueProtection(context, sheet);
    const queued = queueGrid(sheet);
    await context.sync();
    const grid = await readGrid(context, queued);
    const cells = careFormulas(grid);
    if (cells.length === 0) return { sheet: grid.name, formulas: 0 };
    const lift = liftOwn(sheet, protection, 'repair');
    for (const c of cells) sheet.getRange(c.address).formulas = [[c.formula]];
    lift?.restore();
    try {
      await context.sync();
    } catch (e) {
      // Excel stops a batch at the failing command: an unprotect refused (a password added since) ran first, so nothing was written.
      if (lift && failedAt(e, 'WorksheetProtection.unprotect')) throw protectedByOther(grid.name, 'repair');
      throw e;
    }
    return { sheet: grid.name, formulas: cells.length };
  });
  if (result.formulas > 0) await loadWithWorkbook();
  return result;
}
