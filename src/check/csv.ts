/**
 * Findings as CSV, one finding a row, for every face that offers them as a file: `careplan check
 * --csv` and the page's round. UTF-8 with a byte-order mark, so that Excel opens the Chinese intact.
 */
import type { Finding } from './finding';

export const FINDINGS_CSV_HEAD = ['file', 'sheet', 'template', 'cell', 'severity', 'ruleId', 'county', 'measure', 'year', 'expected', 'actual', 'gap', 'message', 'document', 'section', 'quote'];

/**
 * A field a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one)
 * is prefixed with ', so opening the CSV never runs anything (OWASP's CSV injection advice).
 */
export function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/u.test(v) ? `'${v}` : v;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** A finding's figure as text: numbers without float noise, blank for none. */
export const figureText = (v: number | string | null): string => (v === null ? '' : typeof v === 'number' ? String(Number(v.toFixed(4))) : v);

/** Where a finding was found: the file, the sheet and the template the sheet was recognised as. */
export interface FoundIn {
  file: string;
  sheet: string;
  template: string;
}

/** A finding's row under FINDINGS_CSV_HEAD, its message in `lang`. */
export function findingCsvRow(at: FoundIn, f: Finding, lang: 'zh' | 'en'): string[] {
  return [
    at.file,
    at.sheet,
    at.template,
    f.cell,
    f.severity,
    f.ruleId,
    f.county ?? '',
    f.measure ?? '',
    f.year === null ? '' : String(f.year),
    figureText(f.expected),
    figureText(f.actual),
    figureText(f.gap),
    f.message[lang],
    f.citation?.document ?? '',
    f.citation?.section ?? '',
    f.citation?.quote ?? '',
  ];
}

/** Rows (the head first) as the CSV file's text. */
export const csvText = (rows: readonly (readonly string[])[]): string => `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}`;
