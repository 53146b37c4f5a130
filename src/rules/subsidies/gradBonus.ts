import { EDUCATION } from '../core/enums';
import type { RuleResult } from '../core/result';
import { choiceAmount } from './choiceAmount';

export interface GradBonusInput {
  city: unknown;
  education: unknown;
  asOf?: unknown;
}

/**
 * Hiring bonus for a graduate who takes front-line care work on a contract of 3 years or more.
 * @example gradBonus({ city: '赣州', education: '大专' }).value // 30000
 */
export function gradBonus(input: GradBonusInput): RuleResult<number> {
  return choiceAmount('gradBonus.perGraduate', EDUCATION, input.city, input.education, input.asOf);
}
