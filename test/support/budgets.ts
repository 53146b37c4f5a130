/**
 * A budget judged by other programs: openpyxl (/usr/bin/python3) types into a workbook or builds one
 * from cells, LibreOffice recalculates it (libreoffice.ts), openpyxl reads the values back; and what
 * the rule functions give for the same figures, from the CARE form of the same budget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { findFunction, invoke } from '../../src/catalog';
import { isRuleError } from '../../src/rules/core/errors';
import type { Value } from '../../src/templates/formula';
import type { Layout, PlacedCell } from '../../src/templates/layout';
import { runPython as python } from './python';
import { tempDir } from './workbooks';

export type Cells = Record<string, string | number | boolean | null>;

/** A cell by meaning (table, line, column), the same in both forms of a budget wherever it stands. */
export const meaning = (c: PlacedCell): string => `${c.table?.key}|${c.row?.key}|${c.column?.key}`;

/** Counts a user might type, different in every cell: 1 to 97. */
export const countFor = (i: number): number => ((i * 37) % 97) + 1;

/** Sets a cell: 'YYYY-MM-DD' as a date, any other value as it is ('=…' is a formula to openpyxl). */
const SET_CELL = `def put(ws, address, v):
    ws[address] = datetime.datetime.strptime(v, '%Y-%m-%d') if isinstance(v, str) and len(v) == 10 and v[4] == '-' and v[:4].isdigit() else v
`;

/** openpyxl fills the inputs (a date as a date) and saves; it computes nothing. */
export function fillWithOpenpyxl(bytes: Uint8Array, sheet: string, values: Record<string, number | string>): Uint8Array {
  const file = path.join(tempDir(), 'budget.xlsx');
  writeFileSync(file, bytes);
  python(
    `import openpyxl, json, sys, datetime
${SET_CELL}wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
for address, v in json.loads(sys.argv[3]).items():
    put(ws, address, v)
wb.save(sys.argv[1])`,
    [file, sheet, JSON.stringify(values)],
  );
  return new Uint8Array(readFileSync(file));
}

/** A workbook openpyxl builds from sheets of cells, in the order given: what another Excel's sheets hold, saved to a file. */
export function workbookWithOpenpyxl(sheets: readonly { name: string; cells: Record<string, number | string | boolean> }[]): Uint8Array {
  const file = path.join(tempDir(), 'built.xlsx');
  python(
    `import openpyxl, json, sys, datetime
${SET_CELL}wb = openpyxl.Workbook()
wb.remove(wb.active)
for sheet in json.loads(sys.argv[2]):
    ws = wb.create_sheet(sheet['name'])
    for address, v in sheet['cells'].items():
        put(ws, address, v)
wb.save(sys.argv[1])`,
    [file, JSON.stringify(sheets)],
  );
  return new Uint8Array(readFileSync(file));
}

/** Every cell of every sheet as openpyxl reads the values LibreOffice saved. */
export function readWithOpenpyxl(bytes: Uint8Array): Record<string, Cells> {
  const file = path.join(tempDir(), 'recalculated.xlsx');
  writeFileSync(file, bytes);
  const out = python(
    `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps({ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}, default=str))`,
    [file],
  );
  return JSON.parse(out) as Record<string, Cells>;
}

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
    } else if (f.kind === 'care') {
      // The rule function itself, called as Excel calls CARE.* (an empty cell is a left-out argument), not
      // the templates' own evaluate(): the expectation must not come from the code under test.
      const args = f.args.map((a) => {
        const x = a === null || typeof a === 'string' ? a : get(a);
        return x === '' ? null : x;
      });
      const spec = findFunction(f.fn)!;
      try {
        v = invoke(spec, args).value as Value;
      } catch (e) {
        if (!isRuleError(e)) throw e;
        // The rule's own words, which the portable form's 依据 must agree with.
        v = { t: 'error', code: '#N/A', message: e.zh };
      }
    } else throw new Error(`a budget formula of kind ${f.kind} the test does not work out`);
    memo.set(cell.address, v);
    return v;
  };
  return valueOf;
}

/**
 * Each amount of a recalculated portable budget (`got`, its sheet's values by address) equals what the
 * rule functions give for the same figures, to the yuan as the rule rounds; a line with no figure that
 * day stays blank and says why in its 依据 cell. Returns how many amounts were compared.
 */
export function expectRuleAmounts(got: Cells, portable: Layout, care: Layout, typed: ReadonlyMap<string, Value>, label: string): number {
  const expected = ruleValues(care, typed);
  let compared = 0;
  for (const cell of care.cells.filter((c) => c.content?.formula)) {
    const want = expected(cell);
    const placed = portable.cells.find((c) => meaning(c) === meaning(cell))!;
    const at = `${label} ${placed.address} ${cell.row?.labels.join(' ')} ${cell.column?.header}`;
    if (typeof want === 'number') {
      expect(got[placed.address], at).toBeTypeOf('number');
      expect(Math.abs((got[placed.address] as number) - want), at).toBeLessThan(0.005);
      compared += 1;
    } else {
      expect(got[placed.address] ?? '', at).toBe('');
      const basis = portable.cells.find((c) => c.table === placed.table && c.row === placed.row && c.column?.key === 'basis');
      if (basis) expectBasisAgrees(String(got[basis.address] ?? ''), want, `${at} 依据`);
    }
  }
  return compared;
}

/**
 * A line with no amount says why as the rule does: before the rule is in force, the day it starts and
 * its document, as the rule's error names them; otherwise (a figure the documents do not set, a
 * provincial amount not yet given) the rule's own sentence.
 */
function expectBasisAgrees(basis: string, want: Value, at: string): void {
  const words = typeof want === 'object' && want !== null && 'message' in want ? want.message : undefined;
  if (words === undefined) return expect(basis, at).toMatch(/[\u4e00-\u9fff]/u);
  const notYet = /最早自 (\d{4}-\d{2}-\d{2}) 起（([^）]+)）/u.exec(words);
  if (!notYet) return expect(basis, at).toBe(words);
  expect(basis, at).toContain(`自 ${notYet[1]} 起施行`);
  expect(basis, at).toContain(`（${notYet[2]}）`);
}
