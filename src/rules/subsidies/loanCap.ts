import { BORROWER } from '../core/enums';
import type { RuleResult } from '../core/result';
import { choiceAmount } from './choiceAmount';

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
  return choiceAmount('loanCap.ceiling', BORROWER, input.city, input.borrower, input.asOf);
}
