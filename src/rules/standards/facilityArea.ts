import { count } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, SITE_TYPE, optionLabel, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { hasParameter, resolve, sourceOf, tableValue } from '../data/registry';

export interface FacilityAreaInput {
  city: unknown;
  households: unknown;
  siteType: unknown;
  asOf?: unknown;
}

/**
 * Floor area (m²) of community elderly-care rooms a residential area must provide: so many m² per
 * 100 households, pro rata, and never less than the city's minimum for a single site where it sets one
 * (an area with no households needs no site, so no minimum).
 * @example facilityArea({ city: '赣州', households: 2000, siteType: '新建' }).value // 400
 */
export function facilityArea(input: FacilityAreaInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const households = count(ARG.households, input.households);
  const siteType = parseEnum(SITE_TYPE, input.siteType);
  const asOf = parseAsOf(input.asOf);
  const rate = resolve(city, 'facilityArea.perHundredHouseholds', asOf);
  const sources = [sourceOf(rate)];
  let area = tidy((households * tableValue(rate, siteType, optionLabel(SITE_TYPE))) / 100);
  if (households > 0 && hasParameter(city, 'facilityArea.minPerSite')) {
    const min = resolve(city, 'facilityArea.minPerSite', asOf);
    area = Math.max(area, tableValue(min, siteType, optionLabel(SITE_TYPE)));
    sources.push(sourceOf(min));
  }
  return { value: area, unit: 'm2', sources };
}
