/**
 * The few formulas people type into the figures of a form (=SUM(B9:B28), =B9+B10, =C5*2), computed
 * from the sheet as it stands. Some programs save formulas without their values; such a cell is
 * worked out here rather than read as 0, and anything beyond this arithmetic is reported instead.
 */
import { cellAt, parseA1, type Cell, type Grid } from './grid';

/** Formulas reading formulas: deeper than this is a loop or something no form needs. */
const MAX_DEPTH = 16;

class Unsupported extends Error {}

/** The number a cell holds for arithmetic (blank is 0, as in Excel); undefined when not computable. */
export function numberOf(grid: Grid, cell: Cell, depth = 0): number | undefined {
  if (cell === null || cell === undefined || cell === '') return 0;
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'object') return undefined;
  if (cell.t === 'date') return cell.serial;
  if (cell.t === 'error') return undefined;
  if (typeof cell.cached === 'number') return cell.cached;
  if (cell.cached !== null) return undefined;
  return evaluateSheetFormula(grid, cell.formula, depth + 1);
}

/** The value of a formula of numbers, cell references, + - * / ( ) and SUM; undefined otherwise. */
export function evaluateSheetFormula(grid: Grid, formula: string, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  try {
    const p = new Parser(grid, formula.replace(/^=/u, ''), depth);
    const v = p.expr();
    p.end();
    return Number.isFinite(v) ? v : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

const TOKEN = /\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|SUM\(|[-+*/(),])/uy;

class Parser {
  private pos = 0;
  private token: string | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly text: string,
    private readonly depth: number,
  ) {
    this.next();
  }

  private next(): void {
    if (/^\s*$/u.test(this.text.slice(this.pos))) {
      this.token = undefined;
      return;
    }
    TOKEN.lastIndex = this.pos;
    const m = TOKEN.exec(this.text);
    if (!m) throw new Unsupported();
    this.token = m[1]!.toUpperCase();
    this.pos = TOKEN.lastIndex;
  }

  end(): void {
    if (this.token !== undefined) throw new Unsupported();
  }

  expr(): number {
    let v = this.term();
    while (this.token === '+' || this.token === '-') {
      const op = this.token;
      this.next();
      const r = this.term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  private term(): number {
    let v = this.factor();
    while (this.token === '*' || this.token === '/') {
      const op = this.token;
      this.next();
      const r = this.factor();
      if (op === '/' && r === 0) throw new Unsupported();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }

  private factor(): number {
    const t = this.token;
    if (t === undefined) throw new Unsupported();
    this.next();
    if (t === '-') return -this.factor();
    if (t === '+') return this.factor();
    if (t === '(') {
      const v = this.expr();
      this.expect(')');
      return v;
    }
    if (t === 'SUM(') {
      let total = 0;
      for (;;) {
        total += this.sumArgument();
        if (this.token !== ',') break;
        this.next();
      }
      this.expect(')');
      return total;
    }
    if (/^\d/u.test(t)) return Number(t);
    if (t.includes(':')) throw new Unsupported();
    return this.cell(t);
  }

  /** In SUM, a range adds its numbers and skips text, as Excel does. */
  private sumArgument(): number {
    const t = this.token;
    if (t && t.includes(':')) {
      this.next();
      const [a, b] = t.split(':').map(parseA1) as [{ r: number; c: number }, { r: number; c: number }];
      let total = 0;
      for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) {
        for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) {
          const cell = cellAt(this.grid, r, c);
          if (typeof cell === 'string' || typeof cell === 'boolean') continue;
          const v = numberOf(this.grid, cell, this.depth);
          if (v === undefined) throw new Unsupported();
          total += v;
        }
      }
      return total;
    }
    return this.expr();
  }

  private cell(address: string): number {
    const { r, c } = parseA1(address);
    const v = numberOf(this.grid, cellAt(this.grid, r, c), this.depth);
    if (v === undefined) throw new Unsupported();
    return v;
  }

  private expect(t: string): void {
    if (this.token !== t) throw new Unsupported();
    this.next();
  }
}
