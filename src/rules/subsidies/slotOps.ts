import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, FUNDING_PART, parseEnum, type City } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { firstSet } from '../data/registry';
import { withPart, type FundingPart } from './childcarePart';
import { arg, compute, figure, times, type Recipe } from './recipe';

export interface SlotOpsInput {
  city: unknown;
  childMonths: unknown;
  part?: unknown;
  asOf?: unknown;
}

const WHAT = { zh: '普惠性托育机构运营补贴', en: 'an operating subsidy for inclusive childcare' };

/** Child-months times the amount per child a month, or the city's or county's part of it. */
export function slotOpsRecipe(city: City, part: FundingPart): Recipe {
  const id = firstSet(city, ['slotOps.perChildMonth', 'slotOps.provincialScheme'], WHAT);
  return withPart(times(arg('childMonths'), figure(id)), part);
}

/**
 * Childcare operating subsidy: per enrolled child per month, in total or the city's or county's part.
 * @example slotOps({ city: '赣州', childMonths: 600 }).value // 120000
 */
export function slotOps(input: SlotOpsInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const childMonths = count(ARG.childMonths, input.childMonths);
  const part = optional(input.part, (v) => parseEnum(FUNDING_PART, v), 'total' as const);
  const asOf = parseAsOf(input.asOf);
  const sources: RuleResult['sources'] = [];
  return { value: tidy(compute(slotOpsRecipe(city, part), { childMonths }, city, asOf, sources)), unit: 'yuan', sources };
}
