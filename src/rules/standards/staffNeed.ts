import { count } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface StaffNeedInput {
  city: unknown;
  severe: unknown;
  moderate: unknown;
  able: unknown;
  asOf?: unknown;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const GROUP = (k: string) => (k === 'severe' ? ARG.severe : k === 'moderate' ? ARG.moderate : ARG.able);

/**
 * Minimum number of carers for an institution's residents by care need (1:3, 1:6, 1:10): the sum of
 * the fractions, rounded up once. The sum is taken over a common denominator so that 3 + 6 + 10
 * residents come to exactly 3 carers, not 3.0000000000000004 rounded up to 4.
 * @example staffNeed({ city: '赣州', severe: 30, moderate: 40, able: 25 }).value // 20
 */
export function staffNeed(input: StaffNeedInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const counts = {
    severe: count(ARG.severe, input.severe),
    moderate: count(ARG.moderate, input.moderate),
    able: count(ARG.able, input.able),
  };
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'staffing.residentsPerCarer', asOf);
  const groups = (Object.keys(counts) as (keyof typeof counts)[]).map((k) => ({ n: counts[k], per: tableValue(entry, k, GROUP) }));
  const denominator = groups.reduce((l, g) => (l * g.per) / gcd(l, g.per), 1);
  const numerator = groups.reduce((s, g) => s + g.n * (denominator / g.per), 0);
  return { value: Math.ceil(numerator / denominator), unit: 'carers', sources: [sourceOf(entry)] };
}
