/**
 * What a user types into a portable budget, on each day that matters: every count different, a
 * provincial amount per bed where the city leaves it to the province (and once left blank), and the
 * 生效日期 on both sides of every day a figure the budget reads starts (from its 参数 sheet). Shared
 * by the test that has LibreOffice recalculate the sheet and the one that works it out in process.
 */
import { dayBefore, serialOf } from '../../src/rules/core/dates';
import type { Value } from '../../src/templates/formula';
import type { Layout, PlacedCell } from '../../src/templates/layout';
import { countFor, meaning } from './budgets';

export interface BudgetRun {
  date: string;
  /** By address, as typed: a date as 'YYYY-MM-DD'. */
  fill: Record<string, number | string>;
  /** By meaning, as the rule functions take them: a date as its serial. */
  typed: Map<string, Value>;
}

const isoOf = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/** The days a figure the budget reads starts (its 参数 sheet's 生效起 column), and the day before each. */
function datesAround(params: readonly PlacedCell[]): string[] {
  const starts = new Set<string>();
  for (const c of params) if (c.column?.key === 'from' && typeof c.value === 'number') starts.add(isoOf(c.value));
  return [...starts].sort().flatMap((d) => [dayBefore(d), d]);
}

export function budgetRuns(portable: Layout, params: Layout): BudgetRun[] {
  const inputs = portable.cells.filter((c) => c.kind === 'input' && c.table?.key !== 'settings');
  const provincial = portable.cells.find((c) => c.kind === 'input' && c.row?.key === 'provincial');
  const asOf = portable.cells.find((c) => c.row?.key === 'asOf' && c.column?.key === 'value')!;
  const dates = datesAround(params.cells);
  const run = (date: string, k: number, given: boolean): BudgetRun => {
    const fill: Record<string, number | string> = Object.fromEntries(inputs.map((c, i) => [c.address, countFor(i + k)]));
    // A provincial amount per bed the user looked up (鹰潭, 吉安 leave it to the province).
    if (provincial && given) fill[provincial.address] = 5000 + 1000 * k;
    const typed = new Map<string, Value>(portable.cells.filter((c) => c.address in fill).map((c) => [meaning(c), fill[c.address] as number]));
    if (provincial && !given) typed.set(meaning(provincial), null);
    typed.set(meaning(asOf), serialOf(date));
    fill[asOf.address] = date;
    return { date, fill, typed };
  };
  // And, where the sheet asks for it, the provincial amount not yet given, on the last day: those lines wait for it.
  return [...dates.map((date, k) => run(date, k, true)), ...(provincial ? [run(dates.at(-1)!, dates.length, false)] : [])];
}
