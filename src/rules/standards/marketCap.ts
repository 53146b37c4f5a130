import { quantity } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { tidy, type RuleResult } from '../core/result';
import { resolve, sourceOf, valueOf } from '../data/registry';

export interface PriceCapInput {
  city: unknown;
  marketPrice: unknown;
  asOf?: unknown;
}

export interface RentCapInput {
  city: unknown;
  marketRent: unknown;
  asOf?: unknown;
}

/**
 * The highest price of an inclusive (普惠) service: a share of the local market price of the same
 * service, in the unit the market price is given in.
 * @example priceCap({ city: '鹰潭', marketPrice: 3000 }).value // 2100
 */
export function priceCap(input: PriceCapInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const price = quantity(ARG.marketPrice, input.marketPrice);
  const entry = resolve(city, 'inclusivePrice.maxShareOfMarket', parseAsOf(input.asOf));
  return { value: tidy(price * valueOf(entry)), unit: 'yuan', sources: [sourceOf(entry)] };
}

/**
 * The highest rent of idle state premises let for elderly care: at least the document's share below
 * the market rent of similar premises (free use is allowed too).
 * @example rentCap({ city: '赣州', marketRent: 12000 }).value // 6000
 */
export function rentCap(input: RentCapInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const rent = quantity(ARG.marketRent, input.marketRent);
  const entry = resolve(city, 'premisesRent.discountBelowMarket', parseAsOf(input.asOf));
  return { value: tidy(rent * (1 - valueOf(entry))), unit: 'yuan', sources: [sourceOf(entry)] };
}
