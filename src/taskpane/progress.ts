/**
 * Each county's progress on a checked county table, for the overview's bars.
 *
 * How it is counted: the share of the county's targets that are due and met.
 * - A target is a cell of a target column (a year's task or level) where the document gives the
 *   county a figure; it is due once its year has ended by the check's as-of date, the checker's own
 *   rule (check/context isDue). A blank in the document's table is no target.
 * - A due target is not met when the checker reported, at the county's input for that measure and
 *   year, an error that the target is short (task.cumulative, level.target), an input it cannot
 *   read (input.invalid), or no figure at all (input.notFilled: a blank does not count as met). A
 *   yearly task (非累计) counts the running total, so after a year it could not read, its later
 *   years are not counted as met either.
 * - Every other due target is met: the checker reports a shortfall, never a success.
 * Why this and not done/expected of the latest cumulative finding: it reads the three tables the
 * same way (tasks that carry forward, levels to reach, several measures in one table), counts an
 * unfilled year as behind, and rests on the checker's verdicts rather than on a second reading of
 * the figures.
 */
import { isDue } from '../check/context';
import type { Finding } from '../check/finding';
import { summarize, type CountySummary } from '../check';
import { contentOf, type Template } from '../templates/model';

export interface CountyProgress {
  county: string;
  /** The document's total row (全市合计 and the like). */
  total: boolean;
  /** Targets due by the as-of date, and how many of them are met. */
  due: number;
  met: number;
  /** Errors, warnings and unfilled cells of the county's row, from check summarize(). */
  summary: CountySummary;
}

/** The checker's verdicts that a due target is not met. */
const NOT_MET = new Set(['task.cumulative', 'level.target', 'input.invalid', 'input.notFilled']);

const key = (measure: string | null | undefined, year: number | null | undefined): string => `${measure ?? ''}|${year ?? ''}`;

export function countyProgress(template: Template, findings: readonly Finding[], asOf: string): CountyProgress[] {
  const table = template.tables[0];
  if (template.kind !== 'county' || !table) return [];
  const summaries = new Map(summarize(findings).map((s) => [s.county, s]));
  const targets = table.columns.filter((c) => c.role === 'target' && c.measureKind !== undefined && typeof c.year === 'number');
  const out: CountyProgress[] = [];
  for (const row of table.rows) {
    if (row.county === null) continue;
    const own = findings.filter((f) => f.county === row.county);
    const unread = own.filter((f) => f.ruleId === 'input.invalid');
    const notMet = new Set(own.filter((f) => NOT_MET.has(f.ruleId)).map((f) => key(f.measure, f.year)));
    let due = 0;
    let met = 0;
    for (const c of targets) {
      const year = c.year as number;
      if (typeof contentOf(table, row.key, c.key)?.value !== 'number' || !isDue(year, asOf)) continue;
      due += 1;
      const afterUnread = c.measureKind === 'task' && unread.some((f) => f.measure === c.measure && f.year !== null && f.year < year);
      if (!notMet.has(key(c.measure, year)) && !afterUnread) met += 1;
    }
    out.push({ county: row.county, total: row.total === true, due, met, summary: summaries.get(row.county) ?? { county: row.county, errors: 0, warnings: 0, notFilled: 0 } });
  }
  return out;
}
