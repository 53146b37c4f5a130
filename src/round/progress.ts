/**
 * The progress circular's figures: each county's completion rate, measure by measure, in the
 * measure's own units, and the ranking. For the documents' two kinds of target:
 * - a yearly task (非累计: 赣州 新增改造床位, 抚州 嵌入式养护院 / 新增床位 / 新增护理型床位): what the county did
 *   in the years due ÷ the sum of those years' tasks (a blank year counts as 0, as the checker counts it);
 * - a level (增至: 赣州 托位, 抚州 facilities) at the end of the last year due: the rise from the document's
 *   base ÷ the rise the target asks where the document gives a base of the same unit (赣州 2020 托位总数),
 *   else the level ÷ the target.
 * A rate above 1 is shown as it is (exceeded). The years due are those ended on the as-of date; before
 * the first has ended, the first year's figures show the progress so far.
 */
import { isDue } from '../check/context';
import type { IsoDay } from '../rules/core/dates';
import type { CountyTable } from '../rules/data/schema';
import { COUNTY_TABLE_SPECS, UNIT_WORD, seedTable } from '../templates/countyTables';
import { contentOf, type Column, type Row, type Template } from '../templates/model';
import type { CountyStatus } from './messages';
import { PROGRESS_MSG } from './progressMessages';
import { figureKey, type Figure } from '../check/figures';
import type { MergedFigures } from './fill';

export interface ProgressRow {
  county: string;
  /** 1 for the highest rate; equal rates share a rank; null when not rated. */
  rank: number | null;
  target: number | null;
  done: number | null;
  rate: number | null;
  gap: number | null;
  note: string;
}

export interface MeasureProgress {
  measure: string;
  unit: string;
  kind: 'task' | 'level';
  /** The years counted: every year due for a task, the last year due for a level. */
  years: number[];
  due: boolean;
  base: { year: number | null; measure: string } | null;
  /** Rated counties by rank, then those not rated. */
  rows: ProgressRow[];
  /** Counties below 100%, the slowest first. */
  slow: string[];
  sentence: string;
}

type SeedMeasure = CountyTable['measures'][number];

export function progress(city: Template, merged: MergedFigures, statuses: ReadonlyMap<string, CountyStatus>, asOf: IsoDay): MeasureProgress[] {
  const spec = COUNTY_TABLE_SPECS.find((s) => s.id === city.id);
  if (!spec) throw new Error(`no county table ${city.id}`);
  const seed = seedTable(spec.seedTable).table;
  const table = city.tables[0]!;
  const out: MeasureProgress[] = [];
  for (const m of seed.measures) {
    if (m.kind === 'base') continue;
    const targets = table.columns.filter((c) => c.role === 'target' && c.measure === m.name);
    const allYears = targets.map((c) => c.year!).sort((a, b) => a - b);
    const dueYears = allYears.filter((y) => isDue(y, asOf));
    const due = dueYears.length > 0;
    const counted = m.kind === 'task' ? (due ? dueYears : allYears.slice(0, 1)) : [due ? dueYears.at(-1)! : allYears[0]!];
    const base = m.kind === 'target' ? baseOf(seed, m) : undefined;
    const rows = table.rows
      .filter((r) => !r.total)
      .map((row) => {
        const target = (y: number): number | null => numberOr(contentOf(table, row.key, targets.find((c) => c.year === y)!.key)?.value);
        const figure = (y: number): Figure | undefined => merged.get(row.key)?.get(figureKey(m.name, y));
        const status = statuses.get(row.key) ?? 'missing';
        const baseValue = base ? numberOr(contentOf(table, row.key, baseColumn(table.columns, base)?.key ?? '')?.value) : null;
        return m.kind === 'task' ? taskRow(row, counted, target, figure, status, UNIT_WORD[m.unit]) : levelRow(row, counted[0]!, target, figure, status, baseValue, base?.year ?? null, UNIT_WORD[m.unit]);
      })
      .filter((r): r is ProgressRow => r !== undefined);
    const ranked = rank(rows);
    const slow = ranked.filter((r) => r.rate !== null && r.rate < 1).sort((a, b) => a.rate! - b.rate!).map((r) => r.county);
    const unrated = ranked.filter((r) => r.rate === null).map((r) => r.county);
    out.push({
      measure: m.name,
      unit: UNIT_WORD[m.unit],
      kind: m.kind === 'task' ? 'task' : 'level',
      years: counted,
      due,
      base: base ? { year: base.year, measure: base.name } : null,
      rows: ranked,
      slow,
      sentence: PROGRESS_MSG.sentence(m.name, slow, unrated, counted, m.kind === 'task'),
    });
  }
  return out;
}

const numberOr = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The document's base of a level: a base measure of the same unit (赣州 2020 托位总数 for 托位). */
function baseOf(seed: CountyTable, m: SeedMeasure): { id: string; name: string; year: number | null } | undefined {
  const b = seed.measures.find((x) => x.kind === 'base' && x.unit === m.unit);
  if (!b) return undefined;
  return { id: b.id, name: b.name, year: seed.columns.find((c) => c.measure === b.id)?.year ?? null };
}

const baseColumn = (columns: readonly Column[], base: { id: string }): Column | undefined => columns.find((c) => c.key === base.id);

function notRated(row: Row, status: CountyStatus, target: number | null): ProgressRow {
  return { county: row.county!, rank: null, target, done: null, rate: null, gap: null, note: PROGRESS_MSG.notRated(status) };
}

function taskRow(row: Row, years: readonly number[], target: (y: number) => number | null, figure: (y: number) => Figure | undefined, status: CountyStatus, unit: string): ProgressRow | undefined {
  const tasks = years.map(target);
  if (tasks.every((t) => t === null)) return undefined;
  const owed = tasks.reduce<number>((s, t) => s + (t ?? 0), 0);
  if (status === 'missing' || status === 'conflict') return notRated(row, status, owed);
  const done = years.reduce((s, y) => s + (numberOr(figure(y)) ?? 0), 0);
  const blank = years.filter((y) => typeof figure(y) !== 'number');
  const below = years.filter((y, i) => typeof figure(y) === 'number' && (figure(y) as number) < (tasks[i] ?? 0));
  const rate = owed > 0 ? done / owed : null;
  return { county: row.county!, rank: null, target: owed, done, rate, gap: Math.max(0, owed - done), note: PROGRESS_MSG.taskNote(owed, done, unit, blank, below) };
}

function levelRow(row: Row, year: number, target: (y: number) => number | null, figure: (y: number) => Figure | undefined, status: CountyStatus, base: number | null, baseYear: number | null, unit: string): ProgressRow | undefined {
  const goal = target(year);
  if (goal === null) return undefined;
  if (status === 'missing' || status === 'conflict') return notRated(row, status, goal);
  const level = figure(year);
  if (typeof level !== 'number') return { county: row.county!, rank: null, target: goal, done: null, rate: null, gap: null, note: PROGRESS_MSG.levelBlank(year) };
  const rise = base !== null && goal > base;
  const rate = rise ? (level - base) / (goal - base) : goal > 0 ? level / goal : null;
  return { county: row.county!, rank: null, target: goal, done: level, rate, gap: Math.max(0, goal - level), note: PROGRESS_MSG.levelNote(year, goal, level, unit, rise ? { year: baseYear, value: base } : null) };
}

/** Highest rate first; equal rates share a rank (1, 2, 2, 4); the unrated follow in the document's order. */
function rank(rows: readonly ProgressRow[]): ProgressRow[] {
  const rated = rows.filter((r) => r.rate !== null).sort((a, b) => b.rate! - a.rate!);
  rated.forEach((r, i) => (r.rank = i > 0 && rated[i - 1]!.rate === r.rate ? rated[i - 1]!.rank : i + 1));
  return [...rated, ...rows.filter((r) => r.rate === null)];
}
