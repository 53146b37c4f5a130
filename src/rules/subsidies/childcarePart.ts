import { FUNDING_PART, optionLabel } from '../core/enums';
import { figure, times, type Recipe } from './recipe';

export type FundingPart = keyof typeof FUNDING_PART.options;

/** The city's or the county's share of a childcare grant (市、县财政按 2：8分担), or the whole. */
export function withPart(total: Recipe, part: FundingPart): Recipe {
  return part === 'total' ? total : times(total, figure('childcareFunding.share', part, { name: optionLabel(FUNDING_PART) }));
}
