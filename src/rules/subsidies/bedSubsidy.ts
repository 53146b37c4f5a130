import { count, isBlank, quantity } from '../core/args';
import { parseAsOf } from '../core/dates';
import { BED_BUILD_TYPE, CITY, optionLabel, parseEnum, type City } from '../core/enums';
import { RuleError } from '../core/errors';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import { tidy, type RuleResult } from '../core/result';
import { cityName, firstSet, resolve, valueOf } from '../data/registry';
import { arg, compute, figure, times, type Recipe } from './recipe';

export interface BedSubsidyInput {
  city: unknown;
  beds: unknown;
  buildType: unknown;
  provincialPerBed?: unknown;
  asOf?: unknown;
}

const WHAT = { zh: '护理型床位一次性建设补贴', en: 'a construction subsidy for nursing-type beds' };

const PER_BED = 'bedSubsidy.perBed';
const TOP_UP = 'bedSubsidy.provincialTopUp';

/**
 * The subsidy's arithmetic for the city: the city's own amount per bed by how the beds were built,
 * or its share of the provincial amount per bed, which the user gives.
 */
export function bedSubsidyRecipe(city: City, buildType: keyof typeof BED_BUILD_TYPE.options): Recipe {
  const id = firstSet(city, [PER_BED, TOP_UP], WHAT);
  return id === PER_BED ? times(arg('beds'), figure(id, buildType, { name: optionLabel(BED_BUILD_TYPE) })) : times(arg('beds'), arg('provincialPerBed'), figure(id));
}

/**
 * One-off construction subsidy for approved nursing-type beds of a private institution: the city's own
 * amount per bed by how the beds were built, or the city's share of the provincial amount per bed.
 * @example bedSubsidy({ city: '赣州', beds: 120, buildType: '新建' }).value // 1200000
 */
export function bedSubsidy(input: BedSubsidyInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const beds = count(ARG.beds, input.beds);
  const buildType = parseEnum(BED_BUILD_TYPE, input.buildType);
  const asOf = parseAsOf(input.asOf);
  const recipe = bedSubsidyRecipe(city, buildType);
  const sources: RuleResult['sources'] = [];
  if (firstSet(city, [PER_BED, TOP_UP], WHAT) === PER_BED) return { value: compute(recipe, { beds }, city, asOf, sources), unit: 'yuan', sources };
  const entry = resolve(city, TOP_UP, asOf);
  if (isBlank(input.provincialPerBed)) {
    const standard = resolve(city, 'bedSubsidy.provincialStandard', asOf);
    const refersTo = standard.param.kind === 'reference' ? standard.param.refersTo : standard.param.label;
    throw new RuleError('NOT_IN_POLICY', msg.needsProvincial(cityName(city), refersTo, entry.doc.number, valueOf(entry), ARG.provincialPerBed));
  }
  const provincialPerBed = quantity(ARG.provincialPerBed, input.provincialPerBed);
  return { value: tidy(compute(recipe, { beds, provincialPerBed }, city, asOf, sources)), unit: 'yuan', sources };
}
