/**
 * The budgets without the add-in, judged by other programs: every budget for every city it serves is
 * written portable, filled by openpyxl (/usr/bin/python3) as a user would type, recalculated by
 * LibreOffice, and each amount compared with what the rule functions give for the same figures and
 * date; on both sides of every day a figure the budget reads starts. No cell may show #NAME? or #N/A,
 * and a line with no amount says why in its 依据 cell.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayBefore, serialOf } from '../../src/rules/core/dates';
import { CITY, type City } from '../../src/rules/core/enums';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { evaluate, type Value } from '../../src/templates/formula';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import { writeTemplate } from '../../src/xlsx/write';
import { skipLibreOffice, throughLibreOfficeAll } from '../support/libreoffice';
import { tempDir } from '../support/workbooks';

type Cells = Record<string, string | number | boolean | null>;

/** A cell by meaning (table, line, column), the same in both forms of a budget wherever it stands. */
const meaning = (c: PlacedCell): string => `${c.table?.key}|${c.row?.key}|${c.column?.key}`;

/** openpyxl fills the inputs (a date as a date) and saves; it computes nothing. */
function fillWithOpenpyxl(bytes: Uint8Array, sheet: string, values: Record<string, number | string>): Uint8Array {
  const dir = tempDir();
  const file = path.join(dir, 'budget.xlsx');
  writeFileSync(file, bytes);
  const script = `import openpyxl, json, sys, datetime
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
for address, v in json.loads(sys.argv[3]).items():
    ws[address] = datetime.datetime.strptime(v, '%Y-%m-%d') if isinstance(v, str) else v
wb.save(sys.argv[1])`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, file, sheet, JSON.stringify(values)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  return new Uint8Array(readFileSync(file));
}

/** Every cell of every sheet as openpyxl reads the values LibreOffice saved. */
function readWithOpenpyxl(bytes: Uint8Array): Record<string, Cells> {
  const file = path.join(tempDir(), 'recalculated.xlsx');
  writeFileSync(file, bytes);
  const script = `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps({ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}, default=str))`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, Cells>;
}

/** Counts a user might type, different in every cell: 1 to 97. */
const countFor = (i: number): number => ((i * 37) % 97) + 1;

/** What the rule functions give for a cell of the CARE form of the same budget, with the same figures. */
function ruleValues(care: Layout, typed: ReadonlyMap<string, Value>): (cell: PlacedCell) => Value {
  const byAddress = new Map(care.cells.map((c) => [c.address, c]));
  const memo = new Map<string, Value>();
  const valueOf = (cell: PlacedCell): Value => {
    if (typed.has(meaning(cell))) return typed.get(meaning(cell))!;
    const f = cell.content?.formula;
    if (!f) return cell.value;
    const known = memo.get(cell.address);
    if (known !== undefined) return known;
    const get = (ref: Parameters<Layout['address']>[0]): Value => valueOf(byAddress.get(care.address(ref).replace(/\$/gu, ''))!);
    let v: Value;
    if (f.kind === 'sum') {
      // A line the documents set no figure for pays nothing: the total is that of the lines that have one.
      v = f.refs.map(get).reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);
    } else if (f.kind === 'product') {
      const [a, b] = [get(f.a), get(f.b)];
      v = typeof a === 'number' && typeof b === 'number' ? a * b : { t: 'error', code: '#N/A' };
    } else v = evaluate(f, get)!;
    memo.set(cell.address, v);
    return v;
  };
  return valueOf;
}

/** The days a figure the budget reads starts (from its 参数 sheet), and the day before each. */
function datesAround(cells: readonly PlacedCell[]): string[] {
  const starts = new Set<string>();
  for (const c of cells) if (c.column?.key === 'from' && typeof c.value === 'number') starts.add(isoOf(c.value));
  return [...starts].sort().flatMap((d) => [dayBefore(d), d]);
}
const isoOf = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

const CASES = TEMPLATES.filter((e) => e.serves).flatMap((e) => e.serves!.map((city) => ({ id: e.id, city })));

describe.skipIf(skipLibreOffice)('budgets recalculated by LibreOffice without the add-in', () => {
  it('serve the cities whose documents set their figures: 养老 in all four, 托育 and 补贴发放 in 赣州 only', () => {
    // 鹰潭 leaves childcare grants to 赣府办发〔2020〕25号 and 吉安, 抚州 set none; only 赣州 has the 2023 service list.
    expect(Object.fromEntries(TEMPLATES.filter((e) => e.serves).map((e) => [e.id, e.serves]))).toEqual({
      'budget-eldercare': ['ganzhou', 'yingtan', 'jian', 'fuzhou'],
      'budget-childcare': ['ganzhou'],
      'budget-allowances': ['ganzhou'],
    });
  });

  it.each(CASES)('$id for $city: every amount equals the rule functions, either side of each day a figure starts', async ({ id, city }) => {
    const portable = buildTemplate(id, { city, form: 'portable' });
    const pl = layout(portable);
    const params = layout(portable.companion!);
    const care = layout(buildTemplate(id, { city, form: 'functions' }));
    const dates = datesAround(params.cells);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    const bytes = await writeTemplate(portable);
    const inputs = pl.cells.filter((c) => c.kind === 'input' && c.table?.key !== 'settings');
    const provincial = pl.cells.find((c) => c.kind === 'input' && c.row?.key === 'provincial');
    const asOfCell = pl.cells.find((c) => c.row?.key === 'asOf' && c.column?.key === 'value')!;
    const runs = dates.map((date, k) => {
      const fill: Record<string, number | string> = Object.fromEntries(inputs.map((c, i) => [c.address, countFor(i + k)]));
      // A provincial amount per bed the user looked up (鹰潭, 吉安 leave it to the province).
      if (provincial) fill[provincial.address] = 5000 + 1000 * k;
      const typed = new Map<string, Value>(pl.cells.filter((c) => c.address in fill).map((c) => [meaning(c), fill[c.address] as number]));
      typed.set(meaning(asOfCell), serialOf(date));
      fill[asOfCell.address] = date;
      return { date, typed, bytes: fillWithOpenpyxl(bytes, portable.sheet, fill) };
    });
    const recalculated = throughLibreOfficeAll(runs.map((r, i) => ({ bytes: r.bytes, name: `b${i}.xlsx` })));
    runs.forEach((run, i) => {
      const sheets = readWithOpenpyxl(recalculated[i]!);
      for (const [name, cells] of Object.entries(sheets)) {
        for (const [address, v] of Object.entries(cells)) expect(String(v), `${run.date} ${name}!${address}`).not.toMatch(/^#(NAME\?|N\/A|VALUE!|REF!|DIV\/0!)/u);
      }
      const got = sheets[portable.sheet]!;
      const expected = ruleValues(care, run.typed);
      let compared = 0;
      for (const cell of care.cells.filter((c) => c.content?.formula)) {
        const want = expected(cell);
        const placed = pl.cells.find((c) => meaning(c) === meaning(cell))!;
        const at = `${run.date} ${placed.address} ${cell.row?.labels.join(' ')} ${cell.column?.header}`;
        if (typeof want === 'number') {
          expect(got[placed.address], at).toBeTypeOf('number');
          expect(Math.abs((got[placed.address] as number) - want), at).toBeLessThan(0.005);
          compared += 1;
        } else {
          // No figure on this day: the amount stays blank and the line's 依据 says why.
          expect(got[placed.address] ?? '', at).toBe('');
          const basis = pl.cells.find((c) => c.table === placed.table && c.row === placed.row && c.column?.key === 'basis');
          if (basis) expect(String(got[basis.address] ?? ''), `${at} 依据`).toMatch(/[\u4e00-\u9fff]/u);
        }
      }
      expect(compared, run.date).toBeGreaterThan(0);
    });
    // The sheet is for one city, named where the city was chosen.
    expect(readWithOpenpyxl(recalculated[0]!)[portable.sheet]![pl.cells.find((c) => c.row?.key === 'city' && c.column?.key === 'value')!.address]).toBe(CITY.options[city as City].zh);
  });
});
