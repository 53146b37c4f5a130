import type { Bilingual } from '../data/schema';

/**
 * The four ways a rule can refuse. Excel shows a custom function's own message only on #VALUE! and
 * #N/A, so the first two map to #VALUE! and the last two to #N/A (DESIGN.md).
 */
export const ERROR_CODES = ['BAD_ARGUMENT', 'OUT_OF_RANGE', 'NOT_IN_POLICY', 'NO_RULE_IN_FORCE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Which Excel error each code shows as: Excel shows a function's own message only on these two. */
export const EXCEL_ERROR: Readonly<Record<ErrorCode, '#VALUE!' | '#N/A'>> = {
  BAD_ARGUMENT: '#VALUE!',
  OUT_OF_RANGE: '#VALUE!',
  NOT_IN_POLICY: '#N/A',
  NO_RULE_IN_FORCE: '#N/A',
};

/** The one error type every rule throws: a code and a message in Chinese and English. */
export class RuleError extends Error {
  readonly code: ErrorCode;
  readonly zh: string;
  readonly en: string;

  constructor(code: ErrorCode, message: Bilingual) {
    super(`${message.zh} / ${message.en}`);
    this.name = 'RuleError';
    this.code = code;
    this.zh = message.zh;
    this.en = message.en;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
