/**
 * The budgets without the add-in, worked out in process: every budget for every city it serves,
 * made portable, typed into as in portableBudgets.test.ts, and each formula's value computed from its
 * expression (the 参数 figures are the blocks the expression carries); each amount must equal what the
 * rule functions give for the same figures and date. The same comparison as LibreOffice's, in a
 * fraction of its time, so that a fault in how a rule becomes a formula is caught by the quick tests
 * too (and by `npm run mutate`, which leaves LibreOffice out).
 */
import { describe, expect, it } from 'vitest';
import { CITY, type City } from '../../src/rules/core/enums';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { evaluate, type Value } from '../../src/templates/formula';
import { layout, type Layout } from '../../src/templates/layout';
import type { CellRef } from '../../src/templates/model';
import { budgetRuns } from '../support/budgetRuns';
import { expectRuleAmounts, meaning, type Cells } from '../support/budgets';

const CASES = TEMPLATES.filter((e) => e.serves).flatMap((e) => e.serves!.map((city) => ({ id: e.id, city })));

/** Every cell's value by address, as a spreadsheet shows it: an error as its code, an empty text as nothing. */
function worked(pl: Layout, typed: ReadonlyMap<string, Value>): Cells {
  const byMeaning = new Map(pl.cells.filter((c) => c.table && c.row && c.column).map((c) => [meaning(c), c]));
  const memo = new Map<string, Value | undefined>();
  const get = (ref: CellRef): Value | undefined => {
    const key = `${ref.table}|${ref.row}|${ref.col}`;
    if (memo.has(key)) return memo.get(key);
    const cell = byMeaning.get(key);
    if (!cell) throw new Error(`a formula reads ${key}, which the sheet does not lay out`);
    const formula = cell.content?.formula;
    const v = typed.has(key) ? typed.get(key)! : formula ? evaluate(formula, get) : (cell.value ?? null);
    memo.set(key, v);
    return v;
  };
  const cells: Cells = {};
  for (const c of byMeaning.values()) {
    const v = get({ table: c.table!.key, row: c.row!.key, col: c.column!.key });
    if (v === undefined) throw new Error(`${c.address} has no value: a cell it reads is unknown`);
    cells[c.address] = typeof v === 'object' && v !== null ? v.code : v === '' ? null : v;
  }
  return cells;
}

describe('budgets without the add-in, worked out in process', () => {
  it.each(CASES)('$id for $city: every amount equals the rule functions, either side of each day a figure starts; each clause listed once', ({ id, city }) => {
    const portable = buildTemplate(id, { city, form: 'portable' });
    const pl = layout(portable);
    const care = layout(buildTemplate(id, { city, form: 'functions' }));
    const runs = budgetRuns(pl, layout(portable.companion!));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const run of runs) {
      const got = worked(pl, run.typed);
      for (const [address, v] of Object.entries(got)) expect(String(v), `${run.date} ${address}`).not.toMatch(/^#/u);
      expect(expectRuleAmounts(got, pl, care, run.typed, run.date), run.date).toBeGreaterThan(0);
      // Each 小计 is the sum of the lines above it in its table, worked out here.
      for (const sub of pl.cells.filter((c) => c.row?.key === 'sub' && c.formula !== undefined && c.column?.key !== 'basis')) {
        const lines = pl.cells.filter((c) => c.table === sub.table && c.column === sub.column && c.row !== sub.row && c.row);
        expect(lines.length, sub.address).toBeGreaterThan(1);
        const sum = lines.reduce((n, c) => n + (typeof got[c.address] === 'number' ? (got[c.address] as number) : 0), 0);
        expect(Math.abs((got[sub.address] as number) - sum), `${run.date} ${sub.address}`).toBeLessThan(0.005);
      }
      // Each clause once, where two figures of a line are set in one clause.
      for (const basis of pl.cells.filter((c) => c.column?.key === 'basis' && c.formula !== undefined)) {
        const clauses = String(got[basis.address] ?? '').split('；');
        expect(new Set(clauses).size, `${run.date} ${basis.address}`).toBe(clauses.length);
      }
      // The sheet is for one city, named where the city was chosen.
      expect(got[pl.cells.find((c) => c.row?.key === 'city' && c.column?.key === 'value')!.address]).toBe(CITY.options[city as City].zh);
    }
  });
});

describe('what the portable form keeps of the CARE form', () => {
  const forms = (id: string, city: City) => ({ portable: buildTemplate(id, { city, form: 'portable' }), care: buildTemplate(id, { city, form: 'functions' }) });
  const settings = (t: ReturnType<typeof buildTemplate>) => t.tables.find((x) => x.key === 'settings')!;

  it('its city is fixed (given, not chosen), and it asks only what its formulas read: the provincial amount where the city leaves it to the province', () => {
    // 鹰潭 and 吉安 subsidise beds as a share of the provincial amount (鹰府字〔2022〕20号, 吉府办发〔2022〕16号); 赣州 and 抚州 set their own.
    const rows = Object.fromEntries((['ganzhou', 'yingtan', 'jian', 'fuzhou'] as const).map((city) => [city, settings(forms('budget-eldercare', city).portable).rows.map((r) => r.key)]));
    expect(rows).toEqual({ ganzhou: ['city', 'asOf'], yingtan: ['city', 'asOf', 'provincial'], jian: ['city', 'asOf', 'provincial'], fuzhou: ['city', 'asOf'] });
    const city = layout(forms('budget-eldercare', 'jian').portable).cells.find((c) => c.row?.key === 'city' && c.column?.key === 'value')!;
    expect([city.kind, city.value, city.content?.measure]).toEqual(['given', '吉安', '城市']);
    const chosen = layout(forms('budget-eldercare', 'jian').care).cells.find((c) => c.row?.key === 'city' && c.column?.key === 'value')!;
    expect(chosen.kind).toBe('input');
  });

  it.each(CASES)('$id for $city: a 依据 column only beside the lines, each line’s cell in the CARE cell’s format', ({ id, city }) => {
    const { portable, care } = forms(id, city as City);
    expect(settings(portable).columns.map((c) => c.key)).toEqual(settings(care).columns.map((c) => c.key));
    for (const table of care.tables.filter((x) => x.key !== 'settings')) {
      const own = portable.tables.find((x) => x.key === table.key)!;
      for (const [k, c] of table.cells) {
        if (c.formula?.kind !== 'care') continue;
        expect([own.cells.get(k)?.format, own.cells.get(k)?.measure], `${table.key} ${k}`).toEqual([c.format, c.measure]);
      }
    }
  });
});
