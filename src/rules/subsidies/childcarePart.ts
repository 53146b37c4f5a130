import type { IsoDay } from '../core/dates';
import { FUNDING_PART, optionLabel, type City } from '../core/enums';
import { tidy } from '../core/result';
import { resolve, sourceOf, tableValue, type Source } from '../data/registry';

export type FundingPart = keyof typeof FUNDING_PART.options;

/** The city's or the county's share of a childcare grant (市、县财政按 2：8分担); the total is whole. */
export function applyPart(city: City, part: FundingPart, asOf: IsoDay, total: number, sources: Source[]): number {
  if (part === 'total') return total;
  const share = resolve(city, 'childcareFunding.share', asOf);
  sources.push(sourceOf(share));
  return tidy(total * tableValue(share, part, optionLabel(FUNDING_PART)));
}
