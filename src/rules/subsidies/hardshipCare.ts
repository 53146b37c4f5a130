import { quantity } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CARE_NEED, CITY, optionLabel, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface HardshipCareInput {
  city: unknown;
  minWage: unknown;
  level: unknown;
  asOf?: unknown;
}

/**
 * Monthly care funding for a person in extreme hardship (特困): a share of the local monthly minimum
 * wage, which the caller supplies because no document here fixes it.
 * @example hardshipCare({ city: '抚州', minWage: 1850, level: '失能' }).value // 1480
 */
export function hardshipCare(input: HardshipCareInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const minWage = quantity(ARG.minWage, input.minWage);
  const level = parseEnum(CARE_NEED, input.level);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'hardshipCare.shareOfMinWage', asOf);
  return { value: tidy(minWage * tableValue(entry, level, optionLabel(CARE_NEED))), unit: 'yuan', sources: [sourceOf(entry)] };
}
