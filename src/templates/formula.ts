/**
 * Each template formula once, two ways: as the text written into the sheet, and evaluated here. The
 * writer caches the evaluated value for programs that do not recalculate; the checker recomputes a
 * computed cell from its inputs instead of trusting (or missing) what the file saved.
 */
import { findFunction, invoke } from '../catalog';
import { EXCEL_ERROR, isRuleError } from '../rules/core/errors';
import type { Comparator } from '../rules/data/schema';
import { ANSWER_SPACES, foldAnswer } from '../rules/plans/names';
import { compare } from '../rules/plans/target';
import type { CellRef, Formula } from './model';
import { exprRefs, exprText, exprValue } from './sheetExpr';

/** A cell's value as a formula sees it; undefined where it is not known (a formula saved without a value). */
export type Value = number | string | boolean | null | { t: 'error'; code: string; message?: string };

export const MEETS_WORDS = { yes: '达到', no: '未达到' } as const;

const COMPARATOR_TEXT: Record<Comparator, string> = { '>=': '>=', '<=': '<=', '>': '>', '<': '<', '=': '=' };

const quote = (s: string): string => `"${s.replace(/"/gu, '""')}"`;

/**
 * 是否达到's test. A comparator wants a number: in Excel, WPS and LibreOffice text compares greater
 * than any number, so "3">=4.5 is TRUE; ISNUMBER keeps text typed into a figure from meeting it. A
 * text target is met by its words with the spaces foldAnswer ignores (literal characters, not
 * UNICHAR: that is an Excel 2013 function a file must spell _xlfn.UNICHAR); = ignores case.
 */
function meetsTest(a: string, t: string, comparator: Comparator | null): string {
  if (comparator) return `AND(ISNUMBER(${a}),${a}${COMPARATOR_TEXT[comparator]}${t})`;
  const folded = ANSWER_SPACES.reduce((x, space) => `SUBSTITUTE(${x},${quote(space)},"")`, `CLEAN(${a})`);
  return `${folded}=${t}`;
}

/** The formula text, without '=', with each reference placed by `address`. */
export function formulaText(f: Formula, address: (ref: CellRef) => string): string {
  switch (f.kind) {
    case 'ratio': {
      const n = address(f.num);
      const d = address(f.den);
      return `IF(OR(${n}="",${d}="",${d}=0),"",${n}/${d}${f.scale === 1 ? '' : `*${f.scale}`})`;
    }
    case 'care':
      return `CARE.${f.fn}(${f.args.map((a) => (a === null ? '' : typeof a === 'string' ? quote(a) : address(a))).join(',')})`;
    case 'sheet':
      return exprText(f.expr, address);
    case 'sum':
      return `SUM(${sumArgs(f.refs, address)})`;
    case 'product':
      return `${address(f.a)}*${address(f.b)}`;
    case 'meets': {
      const a = address(f.actual);
      const t = address(f.target);
      return `IF(${a}="","",IF(${meetsTest(a, t, f.comparator)},${quote(MEETS_WORDS.yes)},${quote(MEETS_WORDS.no)}))`;
    }
  }
}

/** A run of cells down one column reads as a range (SUM(C9:C12)); anything else as a list. */
function sumArgs(refs: readonly CellRef[], address: (ref: CellRef) => string): string {
  const parsed = refs.map((r) => /^([A-Z]+)(\d+)$/u.exec(address(r).replace(/\$/gu, '')));
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  const contiguous =
    first &&
    last &&
    parsed.every((m, i) => m && m[1] === first[1] && Number(m[2]) === Number(first[2]) + i);
  return contiguous && refs.length > 1 ? `${first[0]}:${last[0]}` : refs.map(address).join(',');
}

const isError = (v: Value | undefined): v is { t: 'error'; code: string } => typeof v === 'object' && v !== null;
const blank = (v: Value | undefined): boolean => v === null || v === '';

/**
 * The value the formula gives, with `get` reading the cells it refers to; undefined when a cell it
 * needs is unknown. Errors propagate as Excel's do (#N/A in, #N/A out).
 */
export function evaluate(f: Formula, get: (ref: CellRef) => Value | undefined): Value | undefined {
  switch (f.kind) {
    case 'ratio': {
      const n = get(f.num);
      const d = get(f.den);
      if (n === undefined || d === undefined) return undefined;
      if (isError(n)) return n;
      if (isError(d)) return d;
      if (blank(n) || blank(d) || d === 0) return '';
      if (typeof n !== 'number' || typeof d !== 'number') return { t: 'error', code: '#VALUE!' };
      return (n / d) * f.scale;
    }
    case 'care': {
      const args: unknown[] = [];
      for (const a of f.args) {
        const v = a === null || typeof a === 'string' ? a : get(a);
        if (v === undefined) return undefined;
        if (isError(v)) return v;
        args.push(v === '' ? null : v);
      }
      const spec = findFunction(f.fn);
      if (!spec) throw new Error(`template formula names an unknown function CARE.${f.fn}`);
      try {
        return invoke(spec, args).value;
      } catch (e) {
        if (isRuleError(e)) return { t: 'error', code: EXCEL_ERROR[e.code], message: `${e.zh} / ${e.en}` };
        throw e;
      }
    }
    case 'sheet':
      return exprValue(f.expr, get);
    case 'sum': {
      let total = 0;
      for (const ref of f.refs) {
        const v = get(ref);
        if (v === undefined) return undefined;
        if (isError(v)) return v;
        if (typeof v === 'number') total += v;
      }
      return total;
    }
    case 'product': {
      const a = get(f.a);
      const b = get(f.b);
      if (a === undefined || b === undefined) return undefined;
      if (isError(a)) return a;
      if (isError(b)) return b;
      return (typeof a === 'number' ? a : 0) * (typeof b === 'number' ? b : 0);
    }
    case 'meets': {
      const a = get(f.actual);
      const t = get(f.target);
      if (a === undefined || t === undefined) return undefined;
      if (isError(a)) return a;
      if (blank(a)) return '';
      const ok = f.comparator
        ? typeof a === 'number' && typeof t === 'number' && compare(f.comparator, a, t)
        : foldAnswer(String(a)) === String(t).toLowerCase(); // as meetsTest: the answer folded, the target as written
      return ok ? MEETS_WORDS.yes : MEETS_WORDS.no;
    }
  }
}

/** The cells a formula reads. */
export function refsOf(f: Formula): CellRef[] {
  switch (f.kind) {
    case 'ratio':
      return [f.num, f.den];
    case 'care':
      return f.args.filter((a): a is CellRef => a !== null && typeof a !== 'string');
    case 'sheet':
      return exprRefs(f.expr);
    case 'sum':
      return f.refs;
    case 'product':
      return [f.a, f.b];
    case 'meets':
      return [f.actual, f.target];
  }
}
