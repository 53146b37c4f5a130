import { count, share } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { hasParameter, passes, resolve, sourceOf, tableValue, valueOf } from '../data/registry';

export interface LandNeedInput {
  city: unknown;
  population: unknown;
  elderlyShare: unknown;
  asOf?: unknown;
}

const STANDARD = (k: string) => (k === 'aged' ? { zh: '老龄化地区', en: 'aged areas' } : { zh: '一般地区', en: 'other areas' });

/**
 * Land (m²) for elderly-care facilities: so many m² per resident, more where the elderly share
 * exceeds the city's threshold (超过 excludes it: exactly 20% takes the lower standard).
 * @example landNeed({ city: '赣州', population: 500000, elderlyShare: 0.21 }).value // 100000
 */
export function landNeed(input: LandNeedInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const population = count(ARG.population, input.population);
  const elderlyShare = share(ARG.elderlyShare, input.elderlyShare);
  const asOf = parseAsOf(input.asOf);
  const rate = resolve(city, 'landNeed.perCapita', asOf);
  const sources = [sourceOf(rate)];
  let standard = 'base';
  if (hasParameter(city, 'landNeed.agedShareThreshold')) {
    const threshold = resolve(city, 'landNeed.agedShareThreshold', asOf);
    sources.push(sourceOf(threshold));
    if (threshold.param.kind === 'value' && passes(elderlyShare, valueOf(threshold), threshold.param.bound)) standard = 'aged';
  }
  return { value: tidy(population * tableValue(rate, standard, STANDARD)), unit: 'm2', sources };
}
