/**
 * A sheet name Excel takes and that is not yet taken in a workbook: never overwrite a sheet
 * (DESIGN.md), whether a template is inserted in Excel or a sheet is added to a written copy.
 */

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
