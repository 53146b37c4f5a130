/**
 * Formulas of built-in functions only, for the budget sheets that must recalculate where the add-in
 * is absent (WPS, LibreOffice, Excel 2010): IF, LOOKUP, * + and &, which all three have. A figure
 * in force is LOOKUP(生效日期, the 参数 rows' 生效起 dates, their figures): the rows of one
 * parameter stand in the order of their dates, and LOOKUP takes the last date not after the one
 * asked, which is the version in force, since each version runs until the next one starts.
 */
import { serialOf } from '../rules/core/dates';
import type { Value } from './formula';
import type { CellRef } from './model';

/** A parameter's versions on the 参数 sheet, earliest first: where each stands and what it holds. */
export interface Block {
  rows: readonly { from: CellRef; value: CellRef; clause: CellRef; fromSerial: number; figure: number | null; clauseText: string }[];
}

export type Cond =
  /** The cell is blank (an empty input, or a line whose rule gives nothing). */
  | { c: 'blank'; ref: CellRef }
  /** The date comes before the first version of the parameter: no rule is in force yet. */
  | { c: 'before'; date: CellRef; block: Block };

export type Expr =
  | { x: 'ref'; ref: CellRef }
  /** A neutral number (a left-out optional count's default), never a policy figure. */
  | { x: 'num'; n: number }
  | { x: 'text'; text: string }
  /** The figure (or the clause) of the version in force on the date. */
  | { x: 'figure'; block: Block; field: 'value' | 'clause'; date: CellRef }
  | { x: 'times'; of: Expr[] }
  | { x: 'plus'; of: Expr[] }
  /**
   * Texts one after another, separated by “；”, each text once: two parameters set in one clause (an
   * amount and its share) have the same clause words, which would otherwise be listed twice.
   */
  | { x: 'join'; of: Expr[] }
  | { x: 'if'; when: Cond; then: Expr; else: Expr };

const quote = (s: string): string => `"${s.replace(/"/gu, '""')}"`;
export const JOINER = '；';

/** The formula text, without '=', with each reference placed by `address`. */
export function exprText(e: Expr, address: (ref: CellRef) => string): string {
  const t = (x: Expr): string => exprText(x, address);
  const range = (block: Block, field: 'from' | 'value' | 'clause'): string => {
    const first = address(block.rows[0]![field]);
    const last = address(block.rows[block.rows.length - 1]![field]);
    return first === last ? first : `${first}:${last.replace(/^.*!/u, '')}`;
  };
  switch (e.x) {
    case 'ref':
      return address(e.ref);
    case 'num':
      return String(e.n);
    case 'text':
      return quote(e.text);
    case 'figure': {
      const lookup = `LOOKUP(${address(e.date)},${range(e.block, 'from')},${range(e.block, e.field)})`;
      // A version that does not list the key leaves its cell empty; LibreOffice gives an empty cell's LOOKUP as blank, N() as 0.
      return e.field === 'value' && e.block.rows.some((r) => r.figure === null) ? `N(${lookup})` : lookup;
    }
    case 'times':
      return e.of.map((x) => (x.x === 'plus' ? `(${t(x)})` : t(x))).join('*');
    case 'plus':
      return e.of.map(t).join('+');
    case 'join': {
      const texts = e.of.map(t);
      return texts
        .map((text, i) => {
          if (i === 0) return text;
          const next = `${quote(JOINER)}&${text}`;
          const same = texts.slice(0, i).filter((_, j) => mayBeSame(e.of[i]!, e.of[j]!)).map((earlier) => `${text}=${earlier}`);
          if (same.length === 0) return next;
          return `IF(${same.length === 1 ? same[0] : `OR(${same.join(',')})`},"",${next})`;
        })
        .join('&');
    }
    case 'if': {
      const when = e.when.c === 'blank' ? `${address(e.when.ref)}=""` : `${address(e.when.date)}<${address(e.when.block.rows[0]!.from)}`;
      return `IF(${when},${t(e.then)},${t(e.else)})`;
    }
  }
}

/**
 * Can two joined texts ever be the same? Two clauses can where their parameters share a clause's
 * words in some version; a text can where it is those words; anything else is not known here.
 */
function mayBeSame(a: Expr, b: Expr): boolean {
  const words = (x: Expr): readonly string[] | undefined => (x.x === 'figure' && x.field === 'clause' ? x.block.rows.map((r) => r.clauseText) : x.x === 'text' ? [x.text] : undefined);
  const [wa, wb] = [words(a), words(b)];
  return wa === undefined || wb === undefined || wa.some((w) => wb.includes(w));
}

/**
 * The day a date cell holds, as LOOKUP compares it: its serial. The checker reads a date input as
 * the ISO day it names (check/readInput.ts), which is that same day; text that is no day is none.
 */
function dayOf(d: Value): number | undefined {
  if (typeof d === 'number') return d;
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(d) ? serialOf(d) : undefined;
}

/**
 * The value the formula comes to, as the spreadsheet computes it, with `get` reading the sheet's own
 * cells (the 参数 figures are the block's); undefined where a cell it needs is unknown.
 */
export function exprValue(e: Expr, get: (ref: CellRef) => Value | undefined): Value | undefined {
  const v = (x: Expr): Value | undefined => exprValue(x, get);
  switch (e.x) {
    case 'ref':
      return get(e.ref);
    case 'num':
      return e.n;
    case 'text':
      return e.text;
    case 'figure': {
      const d = get(e.date);
      if (d === undefined) return undefined;
      const day = dayOf(d);
      const row = day === undefined ? undefined : [...e.block.rows].reverse().find((r) => r.fromSerial <= day);
      if (!row) return { t: 'error', code: '#N/A' };
      return e.field === 'value' ? (row.figure ?? 0) : row.clauseText;
    }
    case 'times':
    case 'plus': {
      let acc = e.x === 'times' ? 1 : 0;
      for (const x of e.of) {
        const n = v(x);
        if (n === undefined) return undefined;
        if (typeof n === 'object' && n !== null) return n;
        // An empty cell counts as 0; text, even "", is #VALUE! in arithmetic, as in Excel.
        if (typeof n === 'string' || typeof n === 'boolean') return { t: 'error', code: '#VALUE!' };
        acc = e.x === 'times' ? acc * (n ?? 0) : acc + (n ?? 0);
      }
      return acc;
    }
    case 'join': {
      const parts = e.of.map(v);
      if (parts.some((p) => p === undefined)) return undefined;
      // An error read by & is the result, as in Excel.
      const error = parts.find((p) => typeof p === 'object' && p !== null);
      if (error) return error;
      const texts = parts.map((p) => (p === null ? '' : String(p)));
      return texts.filter((p, i) => i === 0 || !texts.slice(0, i).includes(p)).join(JOINER);
    }
    case 'if': {
      let holds: boolean;
      if (e.when.c === 'blank') {
        const r = get(e.when.ref);
        if (r === undefined) return undefined;
        holds = r === null || r === '';
      } else {
        const d = get(e.when.date);
        if (d === undefined) return undefined;
        const day = dayOf(d);
        holds = day !== undefined && day < e.when.block.rows[0]!.fromSerial;
      }
      return v(holds ? e.then : e.else);
    }
  }
}

/** The sheet's own cells the formula reads (the 参数 cells are another sheet's). */
export function exprRefs(e: Expr): CellRef[] {
  switch (e.x) {
    case 'ref':
      return [e.ref];
    case 'figure':
      return [e.date];
    case 'times':
    case 'plus':
    case 'join':
      return e.of.flatMap(exprRefs);
    case 'if':
      return [...(e.when.c === 'blank' ? [e.when.ref] : [e.when.date]), ...exprRefs(e.then), ...exprRefs(e.else)];
    default:
      return [];
  }
}
