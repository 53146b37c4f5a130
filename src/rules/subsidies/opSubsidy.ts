import { count, grade, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum, type City } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { hasParameter } from '../data/registry';
import { perNeed } from './perNeed';
import { gradeLabel } from './gradeLabel';
import { arg, compute, figure, times, type Recipe } from './recipe';

export interface OpSubsidyInput {
  city: unknown;
  severe: unknown;
  partial: unknown;
  grade?: unknown;
  months?: unknown;
  asOf?: unknown;
}

const COEFFICIENT = 'opSubsidy.ratingCoefficient';

/** Per month for each need, times the city's rating coefficient where it sets one, times the months. */
export function opSubsidyRecipe(city: City, grade: number): Recipe {
  const monthly = perNeed('opSubsidy.perResidentMonth');
  const coefficient = hasParameter(city, COEFFICIENT) ? [figure(COEFFICIENT, String(grade), { name: gradeLabel })] : [];
  return times(monthly, ...coefficient, arg('months', 1));
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
  const sources: RuleResult['sources'] = [];
  return { value: tidy(compute(opSubsidyRecipe(city, g), { severe, partial, months }, city, asOf, sources)), unit: 'yuan', sources };
}
