import { parseAsOf } from '../core/dates';
import { CITY, EDUCATION, optionLabel, parseEnum } from '../core/enums';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

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
  const city = parseEnum(CITY, input.city);
  const education = parseEnum(EDUCATION, input.education);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'gradBonus.perGraduate', asOf);
  return { value: tableValue(entry, education, optionLabel(EDUCATION)), unit: 'yuan', sources: [sourceOf(entry)] };
}
