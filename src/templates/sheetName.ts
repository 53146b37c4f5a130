/**
 * A sheet name Excel takes and that is not yet taken in a workbook: never overwrite a sheet
 * (DESIGN.md), whether a template is inserted in Excel or a sheet is added to a written copy.
 */
import type { Template } from './model';
import { budgetBasis, budgetGuide, paramsGuide } from './portableWords';

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** The characters Excel refuses in a sheet name, each as the full-width one a Chinese reader reads the same. */
const FULL_WIDTH: Record<string, string> = { ':': '：', '\\': '＼', '/': '／', '?': '？', '*': '＊', '[': '【', ']': '】' };

/**
 * A name Excel accepts: none of : \ / ? * [ ], no apostrophe at either end, at most 31 characters
 * (Excel refuses the rest; Microsoft support, "Rename a worksheet").
 */
export function sheetNameExcelTakes(name: string): string {
  const fixed = [...name.replace(/[:\\/?*[\]]/gu, (c) => FULL_WIDTH[c]!)].slice(0, MAX_SHEET_NAME).join('').replace(/^'+|'+$/gu, '');
  return fixed === '' ? 'careplan' : fixed;
}

/** The name (made one Excel takes) itself when free, else the first of "name (2)", "name (3)", … that is (Excel compares names without case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const name = sheetNameExcelTakes(wanted);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...name].slice(0, MAX_SHEET_NAME - suffix.length).join('')}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The template under names free in a workbook whose sheets are `taken`: its own sheet's, and its
 * companion's (a portable budget's 参数 sheet), whose name the budget's formulas and guide then say
 * and whose note names the budget as it is called there.
 */
export function freeNames(t: Template, taken: readonly string[]): Template {
  const sheet = freeSheetName(t.sheet, taken);
  const c = t.companion;
  if (!c) return { ...t, sheet };
  if (t.city === null) throw new Error(`template ${t.id} has a companion sheet but no city`);
  const params = freeSheetName(c.sheet, [...taken, sheet]);
  return { ...t, sheet, guide: budgetGuide(params), ...budgetBasis(t.city, params), companion: { ...c, sheet: params, partOf: sheet, guide: paramsGuide(sheet) } };
}
