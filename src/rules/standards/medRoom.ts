import { count } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, OWNERSHIP, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { boundOf, passes, resolve, sourceOf, tableValue } from '../data/registry';

export interface MedRoomInput {
  city: unknown;
  ownership: unknown;
  count: unknown;
  asOf?: unknown;
}

const KEY = { public: 'publicResidents', private: 'privateBeds' } as const;
const SIZE = (k: string) =>
  k === 'publicResidents' ? { zh: '公办养老院入住人数', en: 'residents of a public home' } : { zh: '民办养老院床位数', en: 'beds of a private home' };

/**
 * Whether a home must have its own clinic or nursing station: a public home by residents admitted,
 * a private home by beds (以上 includes the number: 50 residents or 150 beds is enough).
 * @example medRoom({ city: '抚州', ownership: '公办', count: 50 }).value // true
 */
export function medRoom(input: MedRoomInput): RuleResult<boolean> {
  const city = parseEnum(CITY, input.city);
  const ownership = parseEnum(OWNERSHIP, input.ownership);
  const n = count(ARG.homeSize, input.count);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'medRoom.threshold', asOf);
  const threshold = tableValue(entry, KEY[ownership], SIZE);
  return { value: passes(n, threshold, boundOf(entry)), unit: 'boolean', sources: [sourceOf(entry)] };
}
