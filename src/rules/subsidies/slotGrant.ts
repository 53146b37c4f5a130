import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { AREA, CITY, FUNDING_PART, SLOT_BUILD_TYPE, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { Label } from '../core/messages';
import type { RuleResult } from '../core/result';
import { resolveFirst, sourceOf, tableValue } from '../data/registry';
import { applyPart } from './childcarePart';

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
  const entry = resolveFirst(city, ['slotGrant.perSlot', 'slotGrant.provincialScheme'], asOf, WHAT);
  const key = `${buildType}${area === 'urban' ? 'Urban' : 'Rural'}`;
  const perSlot = tableValue(entry, key, (k) => KIND[k] ?? { zh: k, en: k });
  const sources = [sourceOf(entry)];
  return { value: applyPart(city, part, asOf, slots * perSlot, sources), unit: 'yuan', sources };
}
