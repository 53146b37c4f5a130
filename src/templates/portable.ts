/**
 * A budget sheet that recalculates without the add-in: each CARE formula of the budget is replaced
 * by a formula of built-in functions made from the same rule's recipe (rules/subsidies/recipe.ts)
 * over a 参数 sheet holding the city's figures with their dates (params.ts). The sheet is made for
 * one city; a line whose figure the city's documents do not set stays blank and says why, in the
 * rule's own words, in its 依据 cell; so does a line before its rule is in force.
 */
import { findFunction, invoke } from '../catalog';
import type { FunctionSpec } from '../catalog/types';
import { CITY, type City } from '../rules/core/enums';
import { isoOfSerial, todayIso, type IsoDay } from '../rules/core/dates';
import { isRuleError, type RuleError } from '../rules/core/errors';
import type { Recipe } from '../rules/subsidies/recipe';
import { AS_OF_CELL, CITY_CELL } from './budgetParts';
import { cellKey, type CellRef, type Column, type Content, type Formula, type Table, type Template } from './model';
import { PARAMS_SHEET, ParamBook } from './params';
import { budgetBasis, budgetGuide } from './portableWords';
import { RECIPES } from './recipes';
import { exprRefs, type Block, type Expr } from './sheetExpr';

export const BASIS_COLUMN: Column = { key: 'basis', header: '依据', headerEn: 'Clause', role: 'computed', format: 'text', width: 36 };

const same = (a: CellRef, b: CellRef): boolean => a.table === b.table && a.row === b.row && a.col === b.col;
const blankIf = (ref: CellRef, then: Expr, otherwise: Expr): Expr => ({ x: 'if', when: { c: 'blank', ref }, then, else: otherwise });
const NOTHING: Expr = { x: 'text', text: '' };

/** What a budget line becomes: its amount, and the words under 依据 (the clauses, or why there is no figure). */
interface Line {
  amount: Content;
  basis: Expr;
  figures: number;
}

/** The words of a line's key columns, which are fixed on the sheet (新建, 三级, 城市 …). */
function keyWords(t: Template, ref: CellRef): string | undefined {
  const table = t.tables.find((x) => x.key === ref.table);
  const column = table?.columns.find((c) => c.key === ref.col);
  if (!table || !column || column.role !== 'key') return undefined;
  const k = table.columns.filter((c) => c.role === 'key').indexOf(column);
  return table.rows.find((r) => r.key === ref.row)?.labels[k];
}

/** The rule's own error for the line's fixed arguments, with its counts 0 (or `blank` left empty) on `asOf`. */
function ruleError(spec: FunctionSpec, fixed: Record<string, unknown>, open: ReadonlyMap<string, CellRef>, asOf: IsoDay, blank?: string): RuleError | undefined {
  const args = spec.params.map((p) => (p.name === 'asOf' ? asOf : p.name in fixed ? fixed[p.name] : open.has(p.name) && p.name !== blank ? 0 : null));
  try {
    invoke(spec, args);
    return undefined;
  } catch (e) {
    if (isRuleError(e)) return e;
    throw e;
  }
}

function lineOf(t: Template, f: Extract<Formula, { kind: 'care' }>, city: City, book: ParamBook): Line {
  const spec = findFunction(f.fn);
  const make = RECIPES[f.fn];
  if (!spec || !make) throw new Error(`CARE.${f.fn} has no recipe: budget ${t.id} cannot be written without the add-in`);
  const fixed: Record<string, unknown> = {};
  const open = new Map<string, CellRef>();
  let date: CellRef | undefined;
  f.args.forEach((a, i) => {
    const name = spec.params[i]!.name;
    if (a === null) return;
    if (typeof a === 'string') fixed[name] = a;
    else if (same(a, CITY_CELL)) fixed[name] = city;
    else if (same(a, AS_OF_CELL)) date = a;
    else if (keyWords(t, a) !== undefined) fixed[name] = keyWords(t, a);
    else open.set(name, a);
  });
  const notSet = (e: RuleError): Line => ({ amount: { value: null }, basis: { x: 'text', text: e.zh }, figures: 0 });
  let recipe: Recipe;
  try {
    recipe = make(fixed);
  } catch (e) {
    if (isRuleError(e) && e.code === 'NOT_IN_POLICY') return notSet(e);
    throw e;
  }
  const figures = figuresOf(recipe);
  const versions = figures.map((x) => book.versions(x.id));
  // A figure the city leaves to another document (or does not set): the rule says which, on the latest day any of them starts.
  if (versions.some((v) => v.length === 0 || v.some((e) => e.param.kind === 'reference' || e.param.kind === 'clause'))) {
    const latest = versions.flat().reduce((d, e) => (e.from > d ? e.from : d), todayIso());
    const e = ruleError(spec, fixed, open, latest);
    if (!e) throw new Error(`CARE.${f.fn} for ${city}: a figure is not set, yet the rule answers`);
    return notSet(e);
  }
  if (!date) throw new Error(`CARE.${f.fn} in budget ${t.id} reads no 生效日期`);
  const asOf = date;
  const blocks = figures.map((x) => book.block(x.id, x.key, x.name));
  figures.forEach((x, i) => {
    if (x.absent !== 'zero' && blocks[i]!.rows.some((r) => r.figure === null)) {
      throw new Error(`${x.id} does not list ${x.key} in every version: CARE.${f.fn} cannot be written without the add-in`);
    }
  });
  const blockOf = (id: string, k: string | undefined): Block => blocks[figures.findIndex((x) => x.id === id && x.key === k)]!;
  const toExpr = (r: Recipe): Expr => {
    switch (r.op) {
      case 'input': {
        const ref = open.get(r.name);
        if (ref) return { x: 'ref', ref };
        if (r.fallback === undefined) throw new Error(`CARE.${f.fn} in budget ${t.id} leaves ${r.name} out`);
        return { x: 'num', n: r.fallback };
      }
      case 'figure':
        return { x: 'figure', block: blockOf(r.id, r.key), field: 'value', date: asOf };
      case 'times':
      case 'plus':
        return { x: r.op, of: r.of.map(toExpr) };
    }
  };
  const latest = blocks.reduce((b, x) => (x.rows[0]!.fromSerial > b.rows[0]!.fromSerial ? x : b));
  const latestDay = isoOfSerial(latest.rows[0]!.fromSerial)!;
  const clauses: Expr = { x: 'join', of: distinctIds(figures).map((i) => ({ x: 'figure', block: blocks[i]!, field: 'clause', date: asOf }) as Expr) };
  let amount = toExpr(recipe);
  let basis: Expr = clauses;
  // A figure the user gives (the provincial amount per bed): blank until given, and the rule says what to give.
  for (const [name, ref] of open) {
    if (ref.table !== CITY_CELL.table || !inputsOf(recipe).includes(name)) continue;
    const e = ruleError(spec, fixed, open, latestDay, name);
    amount = blankIf(ref, NOTHING, amount);
    basis = blankIf(ref, { x: 'text', text: e?.zh ?? '' }, basis);
  }
  const first = book.versions(figures[blocks.indexOf(latest)]!.id)[0]!;
  const before = `尚无规定：${first.param.label.zh}自 ${first.from} 起施行（${first.doc.number}）`;
  const guard = (then: Expr, otherwise: Expr): Expr => ({ x: 'if', when: { c: 'before', date: asOf, block: latest }, then, else: otherwise });
  return { amount: { formula: { kind: 'sheet', expr: guard(NOTHING, amount) } }, basis: guard({ x: 'text', text: before }, basis), figures: figures.length };
}

const inputsOf = (r: Recipe): string[] => (r.op === 'input' ? [r.name] : r.op === 'figure' ? [] : r.of.flatMap(inputsOf));

function figuresOf(r: Recipe): Extract<Recipe, { op: 'figure' }>[] {
  if (r.op === 'figure') return [r];
  if (r.op === 'input') return [];
  const all = r.of.flatMap(figuresOf);
  return all.filter((x, i) => all.findIndex((y) => y.id === x.id && y.key === x.key) === i);
}

/** The index of the first figure of each parameter: one clause a parameter. */
const distinctIds = (figures: readonly { id: string }[]): number[] => figures.flatMap((x, i) => (figures.findIndex((y) => y.id === x.id) === i ? [i] : []));

function portableTable(t: Template, table: Table, city: City, book: ParamBook, ruleCells: Set<string>): Table {
  const cells = new Map(table.cells);
  const basisOf = new Map<string, Line>();
  for (const [k, c] of table.cells) {
    const f = c.formula;
    if (f?.kind !== 'care') continue;
    const line = lineOf(t, f, city, book);
    cells.set(k, line.amount.formula ? { ...c, formula: line.amount.formula } : { ...withoutFormula(c), value: null });
    ruleCells.add(`${table.key}|${k}`);
    const row = k.split('|')[0]!;
    if ((basisOf.get(row)?.figures ?? -1) < line.figures) basisOf.set(row, line);
  }
  for (const [k, c] of cells) {
    const f = c.formula;
    if (f?.kind !== 'product') continue;
    const rule = [f.a, f.b].find((r) => ruleCells.has(`${r.table}|${cellKey(r.row, r.col)}`));
    if (rule) cells.set(k, { ...c, formula: { kind: 'sheet', expr: blankIf(rule, NOTHING, { x: 'times', of: [{ x: 'ref', ref: f.a }, { x: 'ref', ref: f.b }] }) } });
  }
  if (basisOf.size === 0) return { ...table, cells };
  for (const [row, line] of basisOf) cells.set(cellKey(row, BASIS_COLUMN.key), { formula: { kind: 'sheet', expr: line.basis } });
  return { ...table, columns: [...table.columns, BASIS_COLUMN], cells };
}

function withoutFormula(c: Content): Content {
  const rest = { ...c };
  delete rest.formula;
  return rest;
}

/** The settings of a sheet made for one city: the city fixed, and only the settings some formula reads. */
function fixedSettings(settings: Table, tables: readonly Table[], city: City): Table {
  const read = new Set(tables.flatMap((x) => [...x.cells.values()].flatMap((c) => (c.formula?.kind === 'sheet' ? exprRefs(c.formula.expr) : []))).filter((r) => r.table === settings.key).map((r) => r.row));
  const cells = new Map(settings.cells);
  cells.set(cellKey(CITY_CELL.row, CITY_CELL.col), { value: CITY.options[city].zh, format: 'text', measure: '城市', role: 'given' });
  return { ...settings, cells, rows: settings.rows.filter((r) => r.key === CITY_CELL.row || read.has(r.key)) };
}

/** The budget of `t` (its CARE form) for the city, in built-in functions over its 参数 sheet. */
export function portableBudget(t: Template, city: City): Template {
  const book = new ParamBook(city);
  const ruleCells = new Set<string>();
  const tables = t.tables.map((table) => portableTable(t, table, city, book, ruleCells));
  const at = tables.findIndex((x) => x.key === CITY_CELL.table);
  if (at >= 0) tables[at] = fixedSettings(tables[at]!, tables, city);
  const portable: Template = {
    ...t,
    city,
    tables,
    guide: budgetGuide(PARAMS_SHEET),
    ...budgetBasis(city, PARAMS_SHEET),
  };
  return { ...portable, companion: book.template(portable) };
}

/** Does any line of the portable budget come to a figure (or will, once the user gives the provincial amount)? */
export function servesCity(t: Template): boolean {
  return t.tables.some((table) =>
    [...table.cells].some(([k, c]) => !k.endsWith(`|${BASIS_COLUMN.key}`) && c.formula?.kind === 'sheet' && c.formula.expr.x === 'if' && c.formula.expr.when.c === 'before'),
  );
}
