import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { perNeed } from './perNeed';
import { arg, compute, times } from './recipe';

export interface ServiceBuyInput {
  city: unknown;
  severe: unknown;
  partial: unknown;
  months?: unknown;
  asOf?: unknown;
}

/**
 * Basic care the government buys for economically disadvantaged disabled older people at home,
 * per person per month.
 * @example serviceBuy({ city: '赣州', severe: 10, partial: 4, months: 12 }).value // 28800
 */
export function serviceBuy(input: ServiceBuyInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const severe = count(ARG.severe, input.severe);
  const partial = count(ARG.partial, input.partial);
  const months = optional(input.months, (v) => count(ARG.months, v), 1);
  const asOf = parseAsOf(input.asOf);
  const sources: RuleResult['sources'] = [];
  const value = compute(times(perNeed('serviceBuy.perPersonMonth'), arg('months')), { severe, partial, months }, city, asOf, sources);
  return { value, unit: 'yuan', sources };
}
