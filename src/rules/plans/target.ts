import { optional, quantity, share, text, year } from '../core/args';
import { CITY, parseEnum } from '../core/enums';
import { RuleError } from '../core/errors';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import { tidy, type RuleResult } from '../core/result';
import type { Comparator } from '../data/schema';
import { indicatorNotes } from './discrepancies';
import { figureFor, finalYear, findIndicator, indicatorSource, targetFor, type PlanIndicator, type PlanTarget } from './indicators';
import { foldAnswer } from './names';

export interface TargetInput {
  city: unknown;
  indicator: unknown;
  year?: unknown;
}

export interface MeasuredInput extends TargetInput {
  value: unknown;
}

function locate(input: TargetInput): { plan: PlanIndicator; year: number } {
  const city = parseEnum(CITY, input.city);
  const plan = findIndicator(city, text(ARG.indicator, input.indicator));
  return { plan, year: optional(input.year, (v) => year(ARG.year, v), finalYear(plan)) };
}

/** MEETS and GAP compare with a target only: a base year's figure is where the plan starts from. */
function lookup(input: TargetInput): { plan: PlanIndicator; target: PlanTarget } {
  const { plan, year: y } = locate(input);
  return { plan, target: targetFor(plan, y) };
}

const BASE_NOTE = { zh: '该年为规划基数年，此为基数（实际值），不是目标。', en: 'This is the plan’s base-year figure (actual), not a target.' };

/**
 * The plan value of an indicator for a year (default: the plan's final year); for the base year,
 * the base the plan states. Shares are fractions.
 * @example target({ city: '赣州', indicator: '护理型养老床位占比' }).value // 0.6
 */
export function target(input: TargetInput): RuleResult<number | string> {
  const { plan, year: y } = locate(input);
  const figure = figureFor(plan, y);
  if ('base' in figure) {
    const source = indicatorSource(plan, { doc: plan.doc, cite: figure.base.citation ?? plan.indicator.citation });
    const notes = [BASE_NOTE, ...(figure.base.note ? [figure.base.note] : []), ...indicatorNotes(plan.city, plan.indicator.id, y)];
    return { value: figure.base.value, unit: plan.indicator.unit, sources: [source], notes };
  }
  const notes = [...(figure.note ? [figure.note] : []), ...indicatorNotes(plan.city, plan.indicator.id, figure.year)];
  return { value: figure.value, unit: plan.indicator.unit, sources: [indicatorSource(plan, figure)], ...(notes.length ? { notes } : {}) };
}

/** Documents' figures have few digits; comparing at 12 significant digits keeps 0.1 + 0.2 >= 0.3 true. */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

const COMPARE: Record<Comparator, (v: number, t: number) => boolean> = {
  '>=': (v, t) => v > t || close(v, t),
  '<=': (v, t) => v < t || close(v, t),
  '>': (v, t) => v > t && !close(v, t),
  '<': (v, t) => v < t && !close(v, t),
  '=': (v, t) => close(v, t),
};

/** Does `v` satisfy `comparator t`, read the way the documents' words read (以上 >=, 超过 >)? */
export function compare(comparator: Comparator, v: number, t: number): boolean {
  return COMPARE[comparator](v, t);
}

function measured(plan: PlanIndicator, v: unknown): number | string {
  if (plan.indicator.unit === 'text') return text(ARG.value, v);
  return plan.indicator.unit === 'share' ? share(ARG.value, v) : quantity(ARG.value, v);
}

/**
 * TRUE when the value satisfies the target with the target's comparator (以上 >=, 以下 <=, 超过 >).
 * @example meets({ city: '鹰潭', indicator: '每千人口托位数', value: 4.5 }).value // true
 */
export function meets(input: MeasuredInput): RuleResult<boolean> {
  const { plan, target: t } = lookup(input);
  const v = measured(plan, input.value);
  const ok =
    typeof t.value === 'number' && typeof v === 'number' && t.comparator
      ? COMPARE[t.comparator](v, t.value)
      : foldAnswer(String(v)) === foldAnswer(String(t.value));
  return { value: ok, unit: 'boolean', sources: [indicatorSource(plan, t)] };
}

/**
 * How far the value falls short of the target, in the indicator's unit (0 when met).
 * For = it is the distance either way; for a strict > or < an equal value is 0 short but not met.
 * @example gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.45 }).value // 0.15
 */
export function gap(input: MeasuredInput): RuleResult<number> {
  const { plan, target: t } = lookup(input);
  if (typeof t.value !== 'number' || !t.comparator) {
    throw new RuleError('NOT_IN_POLICY', msg.textTarget(plan.indicator.name, String(t.value)));
  }
  const v = measured(plan, input.value) as number;
  // A value a rounding error off the target is the target (see close): 0 short, not 1e-16.
  const short = close(v, t.value) ? 0 : { '>=': t.value - v, '>': t.value - v, '<=': v - t.value, '<': v - t.value, '=': Math.abs(v - t.value) }[t.comparator];
  return { value: Math.max(0, tidy(short)), unit: plan.indicator.unit, sources: [indicatorSource(plan, t)] };
}
