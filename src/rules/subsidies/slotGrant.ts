import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { AREA, CITY, FUNDING_PART, SLOT_BUILD_TYPE, parseEnum, type City } from '../core/enums';
import { ARG } from '../core/labels';
import type { Label } from '../core/messages';
import { tidy, type RuleResult } from '../core/result';
import { firstSet } from '../data/registry';
import { withPart, type FundingPart } from './childcarePart';
import { arg, compute, figure, times, type Recipe } from './recipe';

export interface SlotGrantInput {
  city: unknown;
  slots: unknown;
  buildType: unknown;
  area: unknown;
  part?: unknown;
  asOf?: unknown;
}

const WHAT = { zh: '普惠性托育机构一次性建设补助', en: 'a construction grant for inclusive childcare slots' };

const KIND: Record<string, Label> = {
  newUrban: { zh: '城市新建', en: 'new, urban' },
  newRural: { zh: '农村新建', en: 'new, rural' },
  renovateUrban: { zh: '城市改扩建', en: 'renovated, urban' },
  renovateRural: { zh: '农村改扩建', en: 'renovated, rural' },
};

/** Slots times the amount per slot for the build type and area, or the city's or county's part of it. */
export function slotGrantRecipe(city: City, buildType: keyof typeof SLOT_BUILD_TYPE.options, area: keyof typeof AREA.options, part: FundingPart): Recipe {
  const id = firstSet(city, ['slotGrant.perSlot', 'slotGrant.provincialScheme'], WHAT);
  const key = `${buildType}${area === 'urban' ? 'Urban' : 'Rural'}`;
  return withPart(times(arg('slots'), figure(id, key, { name: (k) => KIND[k] ?? { zh: k, en: k } })), part);
}

/**
 * One-off construction grant for inclusive (普惠) childcare slots, by build type and urban/rural,
 * in total or the city's or county's part.
 * @example slotGrant({ city: '赣州', slots: 80, buildType: '新建', area: '城市', part: '县级' }).value // 38400
 */
export function slotGrant(input: SlotGrantInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const slots = count(ARG.slots, input.slots);
  const buildType = parseEnum(SLOT_BUILD_TYPE, input.buildType);
  const area = parseEnum(AREA, input.area);
  const part = optional(input.part, (v) => parseEnum(FUNDING_PART, v), 'total' as const);
  const asOf = parseAsOf(input.asOf);
  const sources: RuleResult['sources'] = [];
  return { value: tidy(compute(slotGrantRecipe(city, buildType, area, part), { slots }, city, asOf, sources)), unit: 'yuan', sources };
}
