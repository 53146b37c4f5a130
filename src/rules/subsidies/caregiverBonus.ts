import { parseAsOf } from '../core/dates';
import { CERT_LEVEL, CITY, optionLabel, parseEnum } from '../core/enums';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

export interface CaregiverBonusInput {
  city: unknown;
  level: unknown;
  asOf?: unknown;
}

/**
 * One-off bonus for a caregiver's newly obtained skill certificate, by level, as in force on the date.
 * @example caregiverBonus({ city: '赣州', level: '高级技师', asOf: '2024-03-01' }).value // 5000
 */
export function caregiverBonus(input: CaregiverBonusInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const level = parseEnum(CERT_LEVEL, input.level);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'caregiverBonus.perCertificate', asOf);
  return { value: tableValue(entry, level, optionLabel(CERT_LEVEL)), unit: 'yuan', sources: [sourceOf(entry)] };
}
