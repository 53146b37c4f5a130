import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, FUNDING_PART, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { resolveFirst, sourceOf, valueOf } from '../data/registry';
import { applyPart } from './childcarePart';

export interface SlotOpsInput {
  city: unknown;
  childMonths: unknown;
  part?: unknown;
  asOf?: unknown;
}

const WHAT = { zh: '普惠性托育机构运营补贴', en: 'an operating subsidy for inclusive childcare' };

/**
 * Childcare operating subsidy: per enrolled child per month, in total or the city's or county's part.
 * @example slotOps({ city: '赣州', childMonths: 600 }).value // 120000
 */
export function slotOps(input: SlotOpsInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const childMonths = count(ARG.childMonths, input.childMonths);
  const part = optional(input.part, (v) => parseEnum(FUNDING_PART, v), 'total' as const);
  const asOf = parseAsOf(input.asOf);
  const entry = resolveFirst(city, ['slotOps.perChildMonth', 'slotOps.provincialScheme'], asOf, WHAT);
  const sources = [sourceOf(entry)];
  return { value: applyPart(city, part, asOf, childMonths * valueOf(entry), sources), unit: 'yuan', sources };
}
