/**
 * The line a sheet holding CARE formulas carries with its guide, outside the print area: CARE.*
 * cells compute only in an Excel where the careplan add-in is loaded, and elsewhere (or before the
 * add-in registers its functions) they show #NAME? (office-js#6611, #6355).
 */
import { formulaText } from './formula';
import type { Template } from './model';

export const CARE_FORMULAS_NOTE =
  '本表含 CARE 公式：若单元格显示 #NAME?，请在已加载 careplan 加载项的 Excel 中打开，在任务窗格“检查”中点“修复 #NAME?”；或改用不含 CARE 公式的通用版本。/ This sheet holds CARE formulas: if cells show #NAME?, open it in Excel with the careplan add-in loaded and use “Repair #NAME?” in the pane’s Check, or use the portable form without CARE formulas.';

const CARE_CALL = /\bCARE\./u;

/** Whether any cell of the template holds a formula that calls a CARE function. */
export function holdsCareFormulas(t: Template): boolean {
  return t.tables.some((table) => [...table.cells.values()].some((c) => c.formula !== undefined && CARE_CALL.test(formulaText(c.formula, () => 'A1'))));
}
