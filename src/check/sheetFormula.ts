/**
 * The few formulas people type into the figures of a form (=SUM(B9:B28), =B9+B10, =C5*2), computed
 * from the sheet as it stands. Some programs save formulas without their values; such a cell is
 * worked out here rather than read as 0, and anything beyond this arithmetic is reported instead.
 *
 * The work is bounded before it is done, whatever the file holds: a range costs the cells it holds
 * (PresentCells), a formula longer or more deeply nested than Excel itself allows is not parsed, a
 * formula cell is worked out once per sheet, and a sheet's evaluations together visit at most
 * FORMULA_LIMITS.work cells. Past a limit the formula is reported on its cell, never a crash.
 */
import { cellAt, parseA1, type Cell, type CellFormula, type Grid } from './grid';
import { PresentCells } from './presentCells';

/**
 * Excel's specifications and limits (support.microsoft.com/office/excel-specifications-and-limits-
 * 1672b34d-7043-467e-8e27-269d656771c3): "Length of formula contents 8,192 characters", "Nested
 * levels of functions 64". A form's formula is far inside both; beyond them Excel could not have
 * written it. `chain` is formulas reading formulas (A1 → B1 → C1 …): deeper than 16 is a loop or
 * something no form needs. `work` is the cells one sheet's evaluations may visit together: every
 * cell of the 100,000-row × 10-column reference sheet (src/xlsx/limits.ts) once.
 */
export const FORMULA_LIMITS = { length: 8192, nesting: 64, chain: 16, work: 1_000_000 } as const;

export type FormulaLimit = keyof typeof FORMULA_LIMITS;

/** A formula's value, or why there is none: not arithmetic this knows, or past one of the limits. */
export type FormulaResult = { value: number } | { unsupported: true } | { limit: FormulaLimit };

class Unsupported extends Error {}
class Beyond extends Error {
  constructor(readonly limit: FormulaLimit) {
    super(limit);
  }
}

/** One sheet's evaluations: their memo, the formulas being worked out (a loop), and the work done. */
class SheetEvaluator {
  readonly cells: PresentCells;
  private readonly memo = new Map<CellFormula, FormulaResult>();
  private readonly active = new Set<CellFormula>();

  constructor(readonly grid: Grid) {
    this.cells = new PresentCells(grid);
  }

  /** Throws Beyond('work') once the sheet's evaluations have visited their share of cells. */
  spend(): void {
    if (this.cells.visited > FORMULA_LIMITS.work) throw new Beyond('work');
  }

  evaluate(formula: string, chain: number): FormulaResult {
    if (chain > FORMULA_LIMITS.chain) return { limit: 'chain' };
    if (formula.length > FORMULA_LIMITS.length) return { limit: 'length' };
    try {
      const p = new Parser(this, formula.replace(/^=/u, ''), chain);
      const v = p.expr();
      p.end();
      return Number.isFinite(v) ? { value: v } : { unsupported: true };
    } catch (e) {
      if (e instanceof Unsupported) return { unsupported: true };
      if (e instanceof Beyond) return { limit: e.limit };
      throw e;
    }
  }

  /** The number a cell holds for arithmetic (blank is 0, as in Excel); throws when not computable. */
  numberOf(cell: Cell, chain: number): number {
    if (cell === null || cell === undefined || cell === '') return 0;
    if (typeof cell === 'number') return cell;
    if (typeof cell !== 'object' || cell.t === 'error') throw new Unsupported();
    if (cell.t === 'date') return cell.serial;
    if (typeof cell.cached === 'number') return cell.cached;
    if (cell.cached !== null || this.active.has(cell)) throw new Unsupported();
    let result = this.memo.get(cell);
    if (!result) {
      this.active.add(cell);
      result = this.evaluate(cell.formula, chain + 1);
      this.active.delete(cell);
      // A chain cut short depends on where it was reached from; every other answer is the cell's own.
      if (!('limit' in result && result.limit === 'chain')) this.memo.set(cell, result);
    }
    if ('value' in result) return result.value;
    if ('limit' in result) throw new Beyond(result.limit);
    throw new Unsupported();
  }
}

const evaluators = new WeakMap<Grid, SheetEvaluator>();
const evaluatorOf = (grid: Grid): SheetEvaluator => {
  let e = evaluators.get(grid);
  if (!e) evaluators.set(grid, (e = new SheetEvaluator(grid)));
  return e;
};

/** The value of a formula of numbers, cell references, + - * / ( ) and SUM, or why it has none. */
export function evaluateSheetFormula(grid: Grid, formula: string): FormulaResult {
  return evaluatorOf(grid).evaluate(formula, 0);
}

/** Cells the sheet's formula evaluations have visited so far: the measure of their work. */
export const formulaWork = (grid: Grid): number => evaluators.get(grid)?.cells.visited ?? 0;

const TOKEN = /\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|SUM\(|[-+*/(),])/uy;

class Parser {
  private pos = 0;
  private token: string | undefined;
  /** Brackets and SUMs open around the current token. */
  private nesting = 0;

  constructor(
    private readonly ev: SheetEvaluator,
    private readonly text: string,
    private readonly chain: number,
  ) {
    this.next();
  }

  private next(): void {
    TOKEN.lastIndex = this.pos;
    const m = TOKEN.exec(this.text);
    if (!m) {
      if (/^\s*$/u.test(this.text.slice(this.pos))) this.token = undefined;
      else throw new Unsupported();
      return;
    }
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

  /** A bracket or SUM opens a level; past Excel's 64 the formula is not one Excel wrote. */
  private open(): void {
    if (++this.nesting > FORMULA_LIMITS.nesting) throw new Beyond('nesting');
  }

  private factor(): number {
    // Signs are counted in a loop, not by recursion: a run of 8,000 minus signs is one step each.
    let sign = 1;
    while (this.token === '-' || this.token === '+') {
      if (this.token === '-') sign = -sign;
      this.next();
    }
    const t = this.token;
    if (t === undefined) throw new Unsupported();
    this.next();
    if (t === '(') {
      this.open();
      const v = this.expr();
      this.expect(')');
      return sign * v;
    }
    if (t === 'SUM(') {
      this.open();
      let total = 0;
      for (;;) {
        total += this.sumArgument();
        if (this.token !== ',') break;
        this.next();
      }
      this.expect(')');
      return sign * total;
    }
    if (/^\d/u.test(t)) return sign * Number(t);
    if (t.includes(':')) throw new Unsupported();
    return sign * this.cell(t);
  }

  /** In SUM, a range adds the numbers it holds and skips text, as Excel does; blanks cost nothing. */
  private sumArgument(): number {
    const t = this.token;
    if (!t || !t.includes(':')) return this.expr();
    this.next();
    const [a, b] = t.split(':').map(parseA1) as [{ r: number; c: number }, { r: number; c: number }];
    let total = 0;
    this.ev.cells.forEach(Math.min(a.r, b.r), Math.max(a.r, b.r), Math.min(a.c, b.c), Math.max(a.c, b.c), (cell) => {
      this.ev.spend();
      if (typeof cell !== 'string' && typeof cell !== 'boolean') total += this.ev.numberOf(cell, this.chain);
      return true;
    });
    return total;
  }

  private cell(address: string): number {
    const { r, c } = parseA1(address);
    return this.ev.numberOf(cellAt(this.ev.grid, r, c), this.chain);
  }

  private expect(t: string): void {
    if (this.token !== t) throw new Unsupported();
    this.nesting--;
    this.next();
  }
}
