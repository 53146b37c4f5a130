/**
 * careplan's record of the sheets it inserted and protected (without a password), kept in the
 * workbook's settings so that it travels with the file: the one way careplan tells its own
 * protection from a user's, since Excel does not say who protected a sheet.
 */

/** The workbook setting that lists, by Worksheet.id, the sheets careplan inserted and protected. */
export const OWN_SHEETS_KEY = 'careplan.sheets';

/** The ids in the record; an unreadable record counts as none (the sheet is then not lifted). */
export function ownSheets(value: unknown): string[] {
  try {
    const v: unknown = JSON.parse(String(value));
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
