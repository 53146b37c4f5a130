/**
 * Which number formats show a number as a date: the .xlsx reader and the Excel adapter both tell
 * 45352 the date from 45352 the count this way. Kept apart from the .xlsx reader so that the task pane's
 * Excel code does not carry the zip and XML code with it.
 */

/** Built-in formats (no code in the file) that Excel shows as dates or times, CJK locales' included. */
export function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a custom number format code shows a date or time: a y, m, d, h or s that is a format
 * token, not text. Quoted text ("年"), bracketed parts ([Red], [$-804], [DBNum1]) and the one
 * character after \, _ or * are literal or layout, so they are dropped first. General, 0.00% and
 * #,##0 have no such token.
 */
export function isDateFormatCode(code: string): boolean {
  const tokens = code.replace(/"[^"]*"|\[[^\]]*\]|[\\_*]./gu, '');
  return /[ymdhs]/iu.test(tokens);
}

