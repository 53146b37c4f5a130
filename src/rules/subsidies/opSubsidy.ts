import { count, grade, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { hasParameter, resolve, sourceOf, tableValue } from '../data/registry';
import { perNeed } from './perNeed';
import { gradeLabel } from './gradeLabel';

export interface OpSubsidyInput {
  city: unknown;
  severe: unknown;
  partial: unknown;
  grade?: unknown;
  months?: unknown;
  asOf?: unknown;
}

/**
 * Operating subsidy for the disabled residents an institution actually admits, per month, times the
 * city's rating coefficient where it sets one (an unrated home, grade 0, takes the base).
 * @example opSubsidy({ city: '赣州', severe: 40, partial: 25, grade: 2, months: 12 }).value // 138600
 */
export function opSubsidy(input: OpSubsidyInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const severe = count(ARG.severe, input.severe);
  const partial = count(ARG.partial, input.partial);
  const g = optional(input.grade, (v) => grade(ARG.grade, v), 0);
  const months = optional(input.months, (v) => count(ARG.months, v), 1);
  const asOf = parseAsOf(input.asOf);
  const base = resolve(city, 'opSubsidy.perResidentMonth', asOf);
  const monthly = perNeed(base, severe, partial);
  const sources = [sourceOf(base)];
  let coefficient = 1;
  if (hasParameter(city, 'opSubsidy.ratingCoefficient')) {
    const c = resolve(city, 'opSubsidy.ratingCoefficient', asOf);
    coefficient = tableValue(c, String(g), gradeLabel);
    sources.push(sourceOf(c));
  }
  return { value: tidy(monthly * coefficient * months), unit: 'yuan', sources };
}
