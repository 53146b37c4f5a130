import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { ALLOWANCE_ITEM, CITY, optionLabel, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import { tidy, type RuleResult } from '../core/result';
import { rangeOf, resolve } from '../data/registry';
import { arg, compute, figure, times, type Recipe } from './recipe';

export type AllowanceItem = keyof typeof ALLOWANCE_ITEM.options;

export interface AllowanceInput {
  city: unknown;
  item: unknown;
  persons?: unknown;
  months?: unknown;
  asOf?: unknown;
}

/**
 * Where each amount is kept: a parameter, and the key where it is a table (the item's own key, but
 * for SERVICEBUY's table). 居家养老服务支持 repeats the
 * figure of government-purchased care, so it reads that parameter (SERVICEBUY's), not a copy.
 */
export const ALLOWANCE_SOURCE: Readonly<Record<AllowanceItem, { id: string; key?: string }>> = {
  oldAge: { id: 'allowance.oldAge' },
  serviceSubsidy: { id: 'allowance.serviceSubsidy' },
  disabledCare: { id: 'allowance.disabledCare' },
  disabledLiving: { id: 'allowance.disabledPerson', key: 'disabledLiving' },
  severeDisabledCare: { id: 'allowance.disabledPerson', key: 'severeDisabledCare' },
  childDied: { id: 'allowance.familyPlanning', key: 'childDied' },
  childDisabled: { id: 'allowance.familyPlanning', key: 'childDisabled' },
  homeCareSevere: { id: 'serviceBuy.perPersonMonth', key: 'severe' },
  homeCareModerate: { id: 'serviceBuy.perPersonMonth', key: 'partial' },
};

/** The amount per person a month (a span's lower end) times persons and months. */
export function allowanceRecipe(item: AllowanceItem): Recipe {
  const { id, key } = ALLOWANCE_SOURCE[item];
  return times(figure(id, key, { name: optionLabel(ALLOWANCE_ITEM) }), arg('persons', 1), arg('months', 1));
}

/**
 * A monthly amount of the basic elderly-care service list, per person, times persons and months (both
 * default 1). A span (高龄津贴 50-1000 元不等) answers its lower end, the minimum the document
 * guarantees, and says the span in a note.
 * @example allowance({ city: '赣州', item: '独生子女死亡特别扶助金', persons: 3, months: 12 }).value // 29160
 */
export function allowance(input: AllowanceInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const item = parseEnum(ALLOWANCE_ITEM, input.item);
  const persons = optional(input.persons, (v) => count(ARG.persons, v), 1);
  const months = optional(input.months, (v) => count(ARG.months, v), 1);
  const asOf = parseAsOf(input.asOf);
  const sources: RuleResult['sources'] = [];
  const value = tidy(compute(allowanceRecipe(item), { persons, months }, city, asOf, sources));
  const entry = resolve(city, ALLOWANCE_SOURCE[item].id, asOf);
  if (entry.param.kind !== 'range') return { value, unit: 'yuan', sources };
  const { min, max } = rangeOf(entry);
  return { value, unit: 'yuan', sources, notes: [msg.rangeMinimum(min, max)] };
}
