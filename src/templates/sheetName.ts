/**
 * A sheet name not yet taken in a workbook: never overwrite a sheet (DESIGN.md), whether a template
 * is inserted in Excel or a 核查结果 sheet is added to an annotated copy.
 */

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** The name itself when free, else the first of "name (2)", "name (3)", … that is (Excel compares names without case). */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...name].slice(0, MAX_SHEET_NAME - suffix.length).join('')}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
