import { count, optional } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, valueOf } from '../data/registry';

export interface TrainingAidInput {
  city: unknown;
  students: unknown;
  years?: unknown;
  asOf?: unknown;
}

/**
 * Aid for students in directed elderly-care training, per student per year.
 * @example trainingAid({ city: '吉安', students: 100, years: 3 }).value // 1500000
 */
export function trainingAid(input: TrainingAidInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const students = count(ARG.students, input.students);
  const years = optional(input.years, (v) => count(ARG.years, v), 1);
  const asOf = parseAsOf(input.asOf);
  const entry = resolve(city, 'trainingAid.perStudentYear', asOf);
  return { value: students * valueOf(entry) * years, unit: 'yuan', sources: [sourceOf(entry)] };
}
