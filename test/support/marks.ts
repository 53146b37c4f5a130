/**
 * A finding and a mark as the annotated copy takes them, with nothing but a cell, a severity and a
 * message: the copy's tests are about where marks go and what the package becomes, not about rules.
 */
import type { Finding, Severity } from '../../src/check/finding';
import type { Mark } from '../../src/xlsx/annotate';

export const bareFinding = (cell: string, severity: Severity = 'error', zh = '数字不对'): Finding => ({
  cell,
  severity,
  ruleId: 'task.cumulative',
  county: null,
  measure: null,
  year: null,
  expected: null,
  actual: null,
  gap: null,
  message: { zh, en: 'Wrong figure' },
  citation: null,
});

export const mark = (sheet: string, cell: string, severity: Severity = 'error'): Mark => ({ sheet, finding: bareFinding(cell, severity) });
