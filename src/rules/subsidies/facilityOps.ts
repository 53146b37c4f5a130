import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { AREA, CITY, optionLabel, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface FacilityOpsInput {
  city: unknown;
  count: unknown;
  area: unknown;
  years?: unknown;
  asOf?: unknown;
}

/**
 * Operating grant for community facilities: urban home-and-community facilities, or rural mutual-aid
 * facilities that serve meals, per facility per year.
 * @example facilityOps({ city: '赣州', count: 3, area: '城市', years: 2 }).value // 180000
 */
export function facilityOps(input: FacilityOpsInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const n = count(ARG.facilities, input.count);
  const area = parseEnum(AREA, input.area);
  const years = optional(input.years, (v) => count(ARG.years, v), 1);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'facilityOps.perFacilityYear', asOf);
  return { value: n * tableValue(entry, area, optionLabel(AREA)) * years, unit: 'yuan', sources: [sourceOf(entry)] };
}
