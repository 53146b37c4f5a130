import { count, isBlank, quantity } from '../core/args';
import { parseAsOf } from '../core/dates';
import { BED_BUILD_TYPE, CITY, optionLabel, parseEnum } from '../core/enums';
import { RuleError } from '../core/errors';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import { tidy, type RuleResult } from '../core/result';
import { cityName, resolve, resolveFirst, sourceOf, tableValue, valueOf } from '../data/registry';

export interface BedSubsidyInput {
  city: unknown;
  beds: unknown;
  buildType: unknown;
  provincialPerBed?: unknown;
  asOf?: unknown;
}

const WHAT = { zh: '护理型床位一次性建设补贴', en: 'a construction subsidy for nursing-type beds' };

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
  const entry = resolveFirst(city, ['bedSubsidy.perBed', 'bedSubsidy.provincialTopUp'], asOf, WHAT);
  if (entry.param.id === 'bedSubsidy.perBed') {
    const perBed = tableValue(entry, buildType, optionLabel(BED_BUILD_TYPE));
    return { value: beds * perBed, unit: 'yuan', sources: [sourceOf(entry)] };
  }
  const share = valueOf(entry);
  if (isBlank(input.provincialPerBed)) {
    const standard = resolve(city, 'bedSubsidy.provincialStandard', asOf);
    const refersTo = standard.param.kind === 'reference' ? standard.param.refersTo : standard.param.label;
    throw new RuleError('NOT_IN_POLICY', msg.needsProvincial(cityName(city), refersTo, entry.doc.number, share, ARG.provincialPerBed));
  }
  const provincialPerBed = quantity(ARG.provincialPerBed, input.provincialPerBed);
  return { value: tidy(beds * provincialPerBed * share), unit: 'yuan', sources: [sourceOf(entry)] };
}
