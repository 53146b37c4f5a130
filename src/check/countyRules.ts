/**
 * The county tables' targets, read as the documents set them:
 * - a task (赣州 新增改造床位; 抚州 嵌入式养护院, 新增床位, 其中护理型) is that year's own figure
 *   (非累计): a county meets year Y when what it did from the table's first year through Y reaches
 *   those years' tasks added up, so a surplus carries forward and a shortfall stays owed;
 * - a level (赣州 托位; 抚州 设施 增至) is what the year-end figure must reach;
 * - a ratio the city's plan sets (抚州 coverage, 赣州 per 1000 and shares) binds the city, the
 *   total row; for a county it is information, since the table's own county figures fall below it;
 * - a blank cell in the document's table is no target: no finding, never 0;
 * - a county's own figure that no target measures (年末养老床位数, 年末老年人口, 常住人口) is needed
 *   by the ratio worked out from it: left blank in a year that has ended while another figure of
 *   the same ratio is filled, it is reported as not filled (neededBlanks).
 */
import type { Source } from '../rules/data/registry';
import { lookupIndicator, indicatorSource } from '../rules/plans/indicators';
import { compare } from '../rules/plans/target';
import type { Column, Table } from '../templates/model';
import { contentOf } from '../templates/model';
import { refsOf } from '../templates/formula';
import { COMPARATOR_SIGN } from '../templates/indicatorSheets';
import { isDue, type SheetContext } from './context';
import { CHECK_MSG, fmt } from './messages';

const ref = (row: string, col: string) => ({ table: 'main', row, col });

interface YearPair {
  year: number;
  target: Column;
  input: Column;
}

/** Each target measure's target and input columns, year by year. */
function pairsOf(table: Table): Map<string, YearPair[]> {
  const out = new Map<string, YearPair[]>();
  for (const target of table.columns) {
    if (target.role !== 'target' || !target.measureKind || target.year == null) continue;
    const input = table.columns.find((c) => c.role === 'input' && c.measure === target.measure && c.year === target.year);
    if (!input) continue;
    const list = out.get(target.measure!) ?? [];
    list.push({ year: target.year, target, input });
    out.set(target.measure!, list.sort((a, b) => a.year - b.year));
  }
  return out;
}

export function checkCountyTable(ctx: SheetContext): void {
  const lt = ctx.located.tables.get('main');
  if (!lt) return;
  const table = lt.table;
  for (const row of table.rows) {
    if (!lt.rows.has(row.key)) continue;
    for (const column of table.columns) if (column.role === 'input') ctx.input(ref(row.key, column.key));
    for (const pairs of pairsOf(table).values()) {
      if (pairs[0]!.target.measureKind === 'task') checkTasks(ctx, table, row.key, pairs);
      else checkLevels(ctx, table, row.key, pairs);
    }
    for (const column of table.columns) {
      if (column.indicator) checkRatio(ctx, row.key, column);
      if (column.partOf) checkPart(ctx, row.key, column);
    }
    neededBlanks(ctx, table, row.key);
  }
  checkTotals(ctx, table);
}

function checkTasks(ctx: SheetContext, table: Table, row: string, pairs: readonly YearPair[]): void {
  let owed = 0;
  let done = 0;
  let unknown = false;
  let unknownFrom: number | null = null;
  const blanks: number[] = [];
  const first = pairs[0]!.year;
  for (const { year, target, input } of pairs) {
    const content = contentOf(table, row, target.key);
    const task = typeof content?.value === 'number' ? content.value : null;
    const i = ctx.input(ref(row, input.key));
    if (!i) {
      unknown = true;
      continue;
    }
    // An earlier year that could not be read (150张) leaves the running total unknown from there on:
    // said once a later year, rather than nothing.
    if (unknownFrom !== null && task !== null && isDue(year, ctx.asOf)) {
      ctx.add(i.place, 'info', 'task.notJudged', { message: CHECK_MSG.cumulativeNotJudged(i.place.row.county, year, input.measure!, unknownFrom), expected: task, ...src(content) });
    }
    const due = isDue(year, ctx.asOf);
    const f = (n: number) => fmt(n, 'count');
    if (i.read.kind === 'blank') {
      if (task !== null && due) ctx.add(i.place, 'warning', 'input.notFilled', { message: CHECK_MSG.notFilled(i.place.row.county, year, input.measure!, ctx.asOf), expected: task, ...src(content) });
      blanks.push(year);
    } else if (i.read.kind === 'value' && typeof i.read.value === 'number') {
      done += i.read.value;
    } else {
      unknown = true;
      unknownFrom ??= year;
    }
    owed += task ?? 0;
    if (task === null || unknown || i.read.kind !== 'value') continue;
    const v = i.read.value as number;
    const county = i.place.row.county;
    const shortBy = owed - done;
    if (due && shortBy > 0) {
      ctx.add(i.place, 'error', 'task.cumulative', {
        // The years run in order (pairsOf sorts them) and this one is read, so every blank so far is earlier.
        message: CHECK_MSG.cumulativeShort(county, first, year, input.measure!, f(done), f(owed), f(shortBy), blanks),
        expected: owed,
        actual: done,
        gap: shortBy,
        ...src(content),
      });
    } else if (due && v < task) {
      ctx.add(i.place, 'warning', 'task.year', {
        message: CHECK_MSG.yearBelowTask(county, year, input.measure!, f(v), f(task), f(done), f(owed)),
        expected: task,
        actual: v,
        gap: task - v,
        ...src(content),
      });
    } else if (!due && shortBy > 0) {
      ctx.add(i.place, 'info', 'task.notYetDue', {
        message: CHECK_MSG.cumulativeNotDue(county, year, input.measure!, f(done), f(owed), f(shortBy), ctx.asOf),
        expected: owed,
        actual: done,
        gap: shortBy,
        ...src(content),
      });
    }
  }
}

function checkLevels(ctx: SheetContext, table: Table, row: string, pairs: readonly YearPair[]): void {
  for (const { year, target, input } of pairs) {
    const content = contentOf(table, row, target.key);
    const i = ctx.input(ref(row, input.key));
    if (!i || typeof content?.value !== 'number') continue;
    const goal = content.value;
    const due = isDue(year, ctx.asOf);
    const county = i.place.row.county;
    if (i.read.kind === 'blank') {
      if (due) ctx.add(i.place, 'warning', 'input.notFilled', { message: CHECK_MSG.notFilled(county, year, input.measure!, ctx.asOf), expected: goal, ...src(content) });
      continue;
    }
    if (i.read.kind !== 'value' || typeof i.read.value !== 'number' || i.read.value >= goal) continue;
    const v = i.read.value;
    const f = (n: number) => fmt(n, 'count');
    const finding = { expected: goal, actual: v, gap: goal - v, ...src(content) };
    if (due) ctx.add(i.place, 'error', 'level.target', { ...finding, message: CHECK_MSG.levelShort(county, year, input.measure!, f(v), f(goal), f(goal - v)) });
    else ctx.add(i.place, 'info', 'level.notYetDue', { ...finding, message: CHECK_MSG.levelNotDue(county, year, input.measure!, f(v), f(goal), f(goal - v), ctx.asOf) });
  }
}

function checkRatio(ctx: SheetContext, row: string, column: Column): void {
  const plan = ctx.template.city ? lookupIndicator(ctx.template.city, column.indicator!) : undefined;
  const t = plan?.targets.find((x) => x.year === column.year);
  if (!plan || !t || typeof t.value !== 'number' || !t.comparator) return;
  const place = ctx.place(ref(row, column.key));
  const v = ctx.value(ref(row, column.key));
  if (!place || typeof v !== 'number' || compare(t.comparator, v, t.value)) return;
  const year = t.year;
  const isCity = place.row.total === true;
  const due = isDue(year, ctx.asOf);
  const gap = Math.abs(t.value - v);
  const show = (n: number) => fmt(n, column.format);
  const sign = COMPARATOR_SIGN[t.comparator];
  const finding = { expected: t.value, actual: v, gap, source: indicatorSource(plan, t) };
  if (!due) {
    ctx.add(place, 'info', 'ratio.notYetDue', { ...finding, message: CHECK_MSG.ratioNotDue(place.row.county, year, column.measure!, show(v), sign, show(t.value), ctx.asOf) });
  } else {
    ctx.add(place, isCity ? 'error' : 'info', isCity ? 'ratio.city' : 'ratio.county', {
      ...finding,
      message: CHECK_MSG.ratioShort(place.row.county, year, column.measure!, show(v), sign, show(t.value), show(gap), !isCity),
    });
  }
}

/**
 * A county's blank figure that a ratio of a year that has ended reads: not filled, naming the ratio
 * that needs it. Only where the ratio was begun (another of its figures is filled), so that a year
 * the county has not reported at all is said once, by its tasks, not once a cell. A figure a target
 * measures is left to the task and level checks, which report its blank already.
 */
function neededBlanks(ctx: SheetContext, table: Table, row: string): void {
  const needs = new Map<string, Column[]>();
  for (const column of table.columns) {
    const formula = contentOf(table, row, column.key)?.formula;
    if (column.role !== 'computed' || !formula || column.year == null || !isDue(column.year, ctx.asOf)) continue;
    const inputs = refsOf(formula).filter((r) => r.table === table.key && table.columns.find((c) => c.key === r.col)?.role === 'input');
    const reads = inputs.map((r) => ({ r, i: ctx.input(r) }));
    const begun = reads.some(({ i }) => i !== undefined && i.read.kind !== 'blank');
    if (!begun) continue;
    for (const { r, i } of reads) if (i?.read.kind === 'blank') needs.set(r.col, [...(needs.get(r.col) ?? []), column]);
  }
  const measured = new Set(table.columns.filter((c) => c.role === 'target').map((c) => c.measure));
  for (const [col, by] of needs) {
    const i = ctx.input(ref(row, col))!;
    const column = i.place.column;
    if (measured.has(column.measure)) continue;
    ctx.add(i.place, 'warning', 'input.notFilled', { message: CHECK_MSG.neededBlank(i.place.row.county, column.year ?? null, column.measure!, by.map((c) => c.measure!), ctx.asOf) });
  }
}

function checkPart(ctx: SheetContext, row: string, column: Column): void {
  const part = ctx.number(ref(row, column.key));
  const whole = ctx.number(ref(row, column.partOf!));
  const place = ctx.place(ref(row, column.key));
  const wholeColumn = ctx.place(ref(row, column.partOf!))?.column;
  if (part === undefined || whole === undefined || !place || !wholeColumn || part <= whole) return;
  ctx.add(place, 'error', 'consistency.part', {
    message: CHECK_MSG.partExceedsWhole(place.row.county, column.year ?? null, column.measure!, fmt(part, 'count'), wholeColumn.measure!, fmt(whole, 'count')),
    expected: whole,
    actual: part,
    gap: part - whole,
  });
}

/** The total row's figures entered by the city must be the county rows added up. */
function checkTotals(ctx: SheetContext, table: Table): void {
  const total = table.rows.find((r) => r.total);
  const lt = ctx.located.tables.get(table.key);
  if (!total || !lt?.rows.has(total.key)) return;
  const counties = table.rows.filter((r) => !r.total);
  for (const column of table.columns) {
    if (column.role !== 'input') continue;
    const target = table.columns.find((c) => c.role === 'target' && c.measure === column.measure && c.year === column.year);
    // A county the document gives no figure (抚州 市本级, 东临新区) adds nothing when left blank.
    const noTarget = (row: string): boolean => target !== undefined && contentOf(table, row, target.key)?.value === null;
    const sum = counties.reduce<number | undefined>((s, r) => {
      const i = ctx.input(ref(r.key, column.key));
      const v = i?.read.kind === 'blank' && noTarget(r.key) ? 0 : ctx.number(ref(r.key, column.key));
      return s === undefined || v === undefined ? undefined : s + v;
    }, 0);
    const entered = ctx.number(ref(total.key, column.key));
    const place = ctx.place(ref(total.key, column.key));
    if (sum === undefined || entered === undefined || !place || entered === sum) continue;
    ctx.add(place, 'error', 'consistency.total', {
      message: CHECK_MSG.totalMismatch(total.labels[0]!, column.year ?? null, column.measure!, fmt(entered, 'count'), fmt(sum, 'count')),
      expected: sum,
      actual: entered,
      gap: Math.abs(sum - entered),
    });
  }
}

const src = (content: { source?: Source } | undefined) => (content?.source ? { source: content.source } : {});
