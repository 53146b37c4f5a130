import { grade, isBlank } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { RuleError } from '../core/errors';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import type { RuleResult } from '../core/result';
import { cityName, hasParameter, resolve, sourceOf } from '../data/registry';
import { gradeLabel } from './gradeLabel';
import { compute, figure, type Recipe } from './recipe';

export interface RatingAwardInput {
  city: unknown;
  grade: unknown;
  previousGrade?: unknown;
  asOf?: unknown;
}

const PER_GRADE = 'ratingAward.perGrade';

/** The award for a grade; a grade the table does not list earns nothing (赣州 grade 1; 抚州 three stars or fewer). */
export function ratingAwardRecipe(g: number): Recipe {
  return figure(PER_GRADE, String(g), { absent: 'zero', name: gradeLabel });
}

/**
 * Award for a private institution's rating grade. On an upgrade, where the city says so, only the
 * difference to the award already paid for the previous grade.
 * @example ratingAward({ city: '赣州', grade: 4, previousGrade: 2 }).value // 150000
 */
export function ratingAward(input: RatingAwardInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const g = grade(ARG.grade, input.grade);
  const previous = isBlank(input.previousGrade) ? 0 : grade(ARG.previousGrade, input.previousGrade);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, PER_GRADE, asOf);
  const sources = [sourceOf(entry)];
  const award = compute(ratingAwardRecipe(g), {}, city, asOf, sources);
  const paid = compute(ratingAwardRecipe(previous), {}, city, asOf, sources);
  if (previous >= g) {
    return { value: 0, unit: 'yuan', sources, notes: [{ zh: '未获评更高等级，不再奖补。', en: 'No higher grade, so no further award.' }] };
  }
  if (paid === 0) return { value: award, unit: 'yuan', sources };
  if (!hasParameter(city, 'ratingAward.upgradeTopUp')) {
    throw new RuleError('NOT_IN_POLICY', msg.upgradeNotInPolicy(cityName(city), entry.doc.number));
  }
  const topUp = resolve(city, 'ratingAward.upgradeTopUp', asOf);
  return { value: award - paid, unit: 'yuan', sources: [...sources, sourceOf(topUp)] };
}
