import { CERT_LEVEL } from '../core/enums';
import type { RuleResult } from '../core/result';
import { choiceAmount } from './choiceAmount';

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
  return choiceAmount('caregiverBonus.perCertificate', CERT_LEVEL, input.city, input.level, input.asOf);
}
