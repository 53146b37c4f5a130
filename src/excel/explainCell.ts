/**
 * "Why this number?" for the selected cell: its CARE formula taken apart, each argument's value read
 * from the cells it names (one more batch), and the rule explained with its sources.
 */
import { findFunction } from '../catalog';
import { explain, parseCareCall, type Explanation } from '../catalog/explain';
import { todayIso, type IsoDay } from '../rules/core/dates';
import type { ExcelRun } from './run';

/** An argument as the formula writes it. */
export type Argument =
  | { kind: 'value'; value: string | number | boolean | null }
  | { kind: 'ref'; sheet: string | null; address: string }
  /** Anything else (B9*2, DATE(…)): passed on as its text, which the rule refuses with a message. */
  | { kind: 'text'; text: string };

const REF = /^(?:(?:'((?:[^']|'')+)'|([^'!()",\s]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/iu;
const STRING = /^"((?:[^"]|"")*)"$/u;
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?%?$/u;

export function argumentOf(text: string): Argument {
  const t = text.trim();
  if (t === '') return { kind: 'value', value: null };
  const s = STRING.exec(t);
  if (s) return { kind: 'value', value: s[1]!.replace(/""/gu, '"') };
  if (NUMBER.test(t)) return { kind: 'value', value: t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t) };
  if (/^(TRUE|FALSE)$/iu.test(t)) return { kind: 'value', value: t.toUpperCase() === 'TRUE' };
  if (/^TODAY\(\)$/iu.test(t)) return { kind: 'value', value: todayIso() };
  const r = REF.exec(t);
  if (r) return { kind: 'ref', sheet: r[1]?.replace(/''/gu, "'") ?? r[2] ?? null, address: r[3]!.replace(/\$/gu, '').toUpperCase() };
  return { kind: 'text', text: t };
}

/** A cell's value as Excel passes it to a function: blank as null; a range as its rows. */
function passed(values: unknown[][]): unknown {
  if (values.length === 1 && values[0]?.length === 1) {
    const v = values[0][0];
    return v === '' ? null : v;
  }
  return values;
}

/**
 * Where the formula leaves the as-of date blank, the pane's date stands in (the rule would take
 * today, which is what the pane's date means when it has none).
 */
function withAsOf(fn: string, values: unknown[], asOf: IsoDay | null): unknown[] {
  const at = findFunction(fn)?.params.findIndex((p) => p.name === 'asOf') ?? -1;
  if (asOf === null || at < 0 || (values[at] !== null && values[at] !== undefined)) return values;
  const out = [...values];
  while (out.length < at) out.push(null);
  out[at] = asOf;
  return out;
}

export async function explainSelection(run: ExcelRun, asOf: IsoDay | null): Promise<Explanation | null> {
  return run(async (context) => {
    const here = context.workbook.worksheets.getActiveWorksheet();
    const cell = context.workbook.getActiveCell();
    cell.load('formulas');
    await context.sync();

    const formula = cell.formulas[0]?.[0];
    const call = typeof formula === 'string' ? parseCareCall(formula) : undefined;
    if (!call) return null;
    const args = call.args.map(argumentOf);
    const ranges = args.map((a) => {
      if (a.kind !== 'ref') return null;
      const sheet = a.sheet === null ? here : context.workbook.worksheets.getItem(a.sheet);
      return sheet.getRange(a.address).load('values');
    });
    await context.sync();

    const values = args.map((a, i) => (a.kind === 'value' ? a.value : a.kind === 'text' ? a.text : passed(ranges[i]!.values)));
    return explain(call.fn, call.args, withAsOf(call.fn, values, asOf)) ?? null;
  });
}
