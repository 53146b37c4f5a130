import { count } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, SITE_TYPE, optionLabel, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface ChildcareSlotsInput {
  city: unknown;
  population: unknown;
  siteType: unknown;
  asOf?: unknown;
}

/**
 * Childcare slots a residential area must provide: so many per 1,000 people, rounded up to a whole
 * slot (不少于 is a minimum, so a fraction of a slot is one more slot).
 * @example childcareSlots({ city: '鹰潭', population: 4321, siteType: '新建' }).value // 44
 */
export function childcareSlots(input: ChildcareSlotsInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const population = count(ARG.population, input.population);
  const siteType = parseEnum(SITE_TYPE, input.siteType);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'childcareSlots.perThousand', asOf);
  const slots = Math.ceil(tidy((population * tableValue(entry, siteType, optionLabel(SITE_TYPE))) / 1000));
  return { value: slots, unit: 'slots', sources: [sourceOf(entry)] };
}
