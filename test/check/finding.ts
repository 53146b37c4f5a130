/**
 * A finding made up for a test of what is done with findings (their words, order, counts and the
 * report sheet): 于都县's 2025 新增托位, an error without figures or clause unless a test gives them.
 */
import type { Finding } from '../../src/check/finding';

export const aFinding = (over: Partial<Finding> = {}): Finding => ({
  cell: 'C5',
  severity: 'error',
  ruleId: 'task.cumulative',
  county: '于都县',
  measure: '新增托位',
  year: 2025,
  expected: null,
  actual: null,
  gap: null,
  message: { zh: '未完成。', en: 'Not met.' },
  citation: null,
  ...over,
});
