/**
 * A subsidy rule's arithmetic, written once as data: products and sums of the rule's counts and of
 * the figures in force on a date. The rule computes its amount by `compute` below; the budget
 * sheets turn the same recipe into a formula of built-in functions over a 参数 sheet
 * (templates/portable.ts), so a figure is read from its document in one place only.
 *
 * What the city's documents say is decided when the recipe is made (which parameter a city sets, a
 * table key that does not exist): it does not change with the date. What changes with the date is
 * which version of a parameter is in force, and that is what `figure` leaves open.
 */
import type { City } from '../core/enums';
import type { IsoDay } from '../core/dates';
import type { Label } from '../core/messages';
import { rangeOf, resolve, sourceOf, tableValue, valueOf, type Source } from '../data/registry';

export type Recipe =
  /** One of the rule's arguments by its name (beds, severe, months …); `fallback` where it is optional and left out. */
  | { op: 'input'; name: string; fallback?: number }
  /**
   * The parameter's figure in force: a table's cell by `key`, a value, or a range's lower end (the
   * minimum the document guarantees). `absent: 'zero'` where the rule reads a key the table does
   * not list as nothing (a grade without an award); otherwise such a key is NOT_IN_POLICY.
   */
  | { op: 'figure'; id: string; key?: string; absent?: 'zero'; name?: (k: string) => Label }
  | { op: 'times'; of: Recipe[] }
  | { op: 'plus'; of: Recipe[] };

export const arg = (name: string, fallback?: number): Recipe => ({ op: 'input', name, fallback });
export const figure = (id: string, key?: string, o: { absent?: 'zero'; name?: (k: string) => Label } = {}): Recipe => ({ op: 'figure', id, key, ...o });
export const times = (...of: Recipe[]): Recipe => ({ op: 'times', of });
export const plus = (...of: Recipe[]): Recipe => ({ op: 'plus', of });

/**
 * The recipe's amount for the city on the date, with `inputs` by name; each parameter read is added
 * to `sources` once. Throws the rule's errors (NO_RULE_IN_FORCE, NOT_IN_POLICY) as resolve does.
 */
export function compute(r: Recipe, inputs: Readonly<Record<string, number | undefined>>, city: City, asOf: IsoDay, sources: Source[]): number {
  switch (r.op) {
    case 'input': {
      const v = inputs[r.name] ?? r.fallback;
      return v!;
    }
    case 'figure': {
      const entry = resolve(city, r.id, asOf);
      if (!sources.some((s) => s.ref === entry.param.id)) sources.push(sourceOf(entry));
      if (r.key === undefined) return entry.param.kind === 'range' ? rangeOf(entry).min : valueOf(entry);
      if (r.absent === 'zero' && entry.param.kind === 'table' && entry.param.values[r.key] === undefined) return 0;
      return tableValue(entry, r.key, r.name ?? ((k) => ({ zh: k, en: k })));
    }
    default: {
      const xs = r.of.map((x) => compute(x, inputs, city, asOf, sources));
      return r.op === 'times' ? xs.reduce((p, x) => p * x) : xs.reduce((p, x) => p + x);
    }
  }
}
