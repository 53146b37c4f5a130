import type { Bilingual, IndicatorUnit, Measure } from '../data/schema';
import type { Source } from '../data/registry';

export type ResultUnit = 'yuan' | 'm2' | 'slots' | 'carers' | 'boolean' | 'text' | IndicatorUnit | Measure['unit'];

/** What every rule returns: the figure, its unit, and the clauses it was read from. */
export interface RuleResult<T extends number | boolean | string = number | boolean | string> {
  value: T;
  unit: ResultUnit;
  sources: Source[];
  notes?: Bilingual[];
}

/**
 * Binary fractions make 1.15 * 100 come out as 114.99999999999999; the documents' figures have far
 * fewer than 15 significant digits, so rounding there gives back the decimal the arithmetic meant.
 */
export function tidy(x: number): number {
  return Number(x.toPrecision(15));
}
