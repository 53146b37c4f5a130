import { quantity } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { hasParameter, resolve, sourceOf, valueOf } from '../data/registry';

export interface HardshipLivingInput {
  city: unknown;
  minLiving: unknown;
  asOf?: unknown;
}

const URBAN_STANDARD = 'hardshipSupport.disabledUrbanStandard';

/**
 * The basic living standard of a person in extreme hardship (特困): a multiple of the local minimum
 * living standard (低保标准), which the caller supplies because no document here fixes it. The
 * answer is per the same period as the standard given (a month's standard gives a month's minimum).
 * Where the city says which standard disabled people take (抚州: the urban one), a note says so.
 * @example hardshipLiving({ city: '赣州', minLiving: 800 }).value // 1040
 */
export function hardshipLiving(input: HardshipLivingInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const minLiving = quantity(ARG.minLiving, input.minLiving);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'hardshipSupport.basicLivingMultiple', asOf);
  const result: RuleResult<number> = { value: tidy(minLiving * valueOf(entry)), unit: 'yuan', sources: [sourceOf(entry)] };
  if (!hasParameter(city, URBAN_STANDARD)) return result;
  const clause = resolve(city, URBAN_STANDARD, asOf);
  return { ...result, sources: [...result.sources, sourceOf(clause)], notes: [clause.param.label] };
}
