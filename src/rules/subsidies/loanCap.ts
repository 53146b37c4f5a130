import { parseAsOf } from '../core/dates';
import { BORROWER, CITY, optionLabel, parseEnum } from '../core/enums';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface LoanCapInput {
  city: unknown;
  borrower: unknown;
  asOf?: unknown;
}

/**
 * Ceiling of a guaranteed business start-up loan (创业担保贷款) in elderly care.
 * @example loanCap({ city: '鹰潭', borrower: '个人' }).value // 2000000
 */
export function loanCap(input: LoanCapInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const borrower = parseEnum(BORROWER, input.borrower);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'loanCap.ceiling', asOf);
  return { value: tableValue(entry, borrower, optionLabel(BORROWER)), unit: 'yuan', sources: [sourceOf(entry)] };
}
