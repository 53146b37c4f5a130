/**
 * The portable budgets' formulas (IF, LOOKUP, N, * + and &) as text a person could type into Excel,
 * WPS or LibreOffice, and as the value they come to, on a 参数 sheet written out here: 赣市府发〔2023〕13号
 * sets a 三级 home's award at 10 万元 from 2023-12-13 (获评二到五级的，分别给予 5 万元、10 万元、20 万元、
 * 30 万元资金奖补). Its second version, from 2025-01-01, is made up for the test, as is everything on the
 * budget sheet's side (C4 the 生效日期, C9 and D9 counts). The portable budgets are checked whole by
 * LibreOffice in portableBudgets.test.ts; this is the quick check of each piece, and of edges no city's
 * figures reach (a quotation mark in a clause, a text where a date should be).
 */
import { describe, expect, it } from 'vitest';
import { serialOf } from '../../src/rules/core/dates';
import type { Value } from '../../src/templates/formula';
import type { CellRef } from '../../src/templates/model';
import { exprRefs, exprText, exprValue, type Block, type Expr } from '../../src/templates/sheetExpr';

const here = (a1: string): CellRef => ({ table: 'main', row: a1.slice(1), col: a1[0]! });
const param = (col: string, row: number): CellRef => ({ table: 'params', row: String(row), col, companion: true });
const address = (r: CellRef): string => (r.companion ? `'参数'!$${r.col}$${r.row}` : `${r.col}${r.row}`);

const CLAUSE_2023 = '赣市府发〔2023〕13号 获评二到五级的，分别给予 5 万元、10 万元、20 万元、30 万元资金奖补';
/** The 参数 rows of one figure, from row 5 down: 生效起 in B, the figure in C, the clause in D. */
const block = (...versions: [from: string, figure: number | null, clause: string][]): Block => ({
  rows: versions.map(([from, figure, clauseText], i) => ({ from: param('B', 5 + i), value: param('C', 5 + i), clause: param('D', 5 + i), fromSerial: serialOf(from), figure, clauseText })),
});
const AWARD = block(['2023-12-13', 100_000, CLAUSE_2023], ['2025-01-01', 120_000, '（测试）第二版']);
const AS_OF = here('C4');
const figure = (b: Block, field: 'value' | 'clause' = 'value'): Expr => ({ x: 'figure', block: b, field, date: AS_OF });
const ref = (a1: string): Expr => ({ x: 'ref', ref: here(a1) });
const text = (t: string): Expr => ({ x: 'text', text: t });
const valueOn = (e: Expr, cells: Record<string, Value | undefined>): Value | undefined => exprValue(e, (r) => cells[address(r)]);

describe('a figure in force, as written', () => {
  it('looks up the 生效日期 among the 生效起 dates and takes the figure beside the last one not after it', () => {
    expect(exprText(figure(AWARD), address)).toBe(`LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$C$5:$C$6)`);
    expect(exprText(figure(AWARD, 'clause'), address)).toBe(`LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$D$5:$D$6)`);
  });

  it('names a single version’s cell alone, not a range of one', () => {
    expect(exprText(figure(block(['2023-12-13', 100_000, CLAUSE_2023])), address)).toBe(`LOOKUP(C4,'参数'!$B$5,'参数'!$C$5)`);
  });

  it('wraps the figure in N() where a version leaves it empty, so an empty cell reads 0 (LOOKUP would give it blank), and never the clause', () => {
    const gap = block(['2023-12-13', null, CLAUSE_2023], ['2025-01-01', 120_000, '（测试）第二版']);
    expect(exprText(figure(gap), address)).toBe(`N(LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$C$5:$C$6))`);
    expect(exprText(figure(gap, 'clause'), address)).toBe(`LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$D$5:$D$6)`);
  });
});

describe('a figure in force, as it comes out', () => {
  it('is the first version from its first day to the day before the second, then the second', () => {
    expect(valueOn(figure(AWARD), { C4: serialOf('2023-12-13') })).toBe(100_000);
    expect(valueOn(figure(AWARD), { C4: serialOf('2024-12-31') })).toBe(100_000);
    expect(valueOn(figure(AWARD), { C4: serialOf('2025-01-01') })).toBe(120_000);
    expect(valueOn(figure(AWARD, 'clause'), { C4: '2025-06-01' })).toBe('（测试）第二版');
  });

  it('is #N/A before the first version, and for a 生效日期 that is text but no day, as LOOKUP gives', () => {
    expect(valueOn(figure(AWARD), { C4: serialOf('2023-12-12') })).toEqual({ t: 'error', code: '#N/A' });
    expect(valueOn(figure(AWARD), { C4: '2024-06-011' })).toEqual({ t: 'error', code: '#N/A' });
    // A day with something before it is no day either, even a space or a digit a number reading would take.
    expect(valueOn(figure(AWARD), { C4: ' 2024-06-01' })).toEqual({ t: 'error', code: '#N/A' });
    expect(valueOn(figure(AWARD), { C4: '12024-06-01' })).toEqual({ t: 'error', code: '#N/A' });
  });

  it('is 0 where the version in force leaves the figure empty, as N() makes it', () => {
    const gap = block(['2023-12-13', null, CLAUSE_2023], ['2025-01-01', 120_000, '（测试）第二版']);
    expect(valueOn(figure(gap), { C4: serialOf('2024-06-01') })).toBe(0);
  });
});

describe('arithmetic and words', () => {
  // 三级 homes × (new homes + 2): parentheses where a sum stands in a product.
  const homes: Expr = { x: 'times', of: [figure(AWARD), { x: 'plus', of: [ref('C9'), { x: 'num', n: 2 }] }] };

  it('writes * and + as typed, a sum inside a product in parentheses', () => {
    expect(exprText(homes, address)).toBe(`LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$C$5:$C$6)*(C9+2)`);
    expect(exprText({ x: 'plus', of: [ref('C9'), ref('D9')] }, address)).toBe('C9+D9');
  });

  it('comes to 10 万元 × (1 + 2) = 30 万元, an empty count counting as 0', () => {
    expect(valueOn(homes, { C4: serialOf('2024-06-01'), C9: 1 })).toBe(300_000);
    expect(valueOn(homes, { C4: serialOf('2024-06-01'), C9: null })).toBe(200_000);
    expect(valueOn({ x: 'plus', of: [ref('C9'), ref('D9')] }, { C9: 7, D9: 5 })).toBe(12);
  });

  it('joins clauses with “；” between them, and doubles a quotation mark inside the quotes', () => {
    expect(exprText({ x: 'join', of: [text('甲'), text('乙')] }, address)).toBe('"甲"&"；"&"乙"');
    expect(exprText(text('称 "护理型" 床位'), address)).toBe('"称 ""护理型"" 床位"');
    expect(valueOn({ x: 'join', of: [text('甲'), ref('C9'), text('乙')] }, { C9: null })).toBe('甲；；乙');
  });

  it('lists a clause once where two parameters are set in the same clause (an amount and its share), on the days they are', () => {
    // The share stands in the 2023 clause from the start; the award moves to another clause in 2025.
    const share = block(['2023-12-13', 0.2, CLAUSE_2023]);
    const clauses: Expr = { x: 'join', of: [figure(AWARD, 'clause'), figure(share, 'clause')] };
    const [award, ofShare] = [`LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$D$5:$D$6)`, `LOOKUP(C4,'参数'!$B$5,'参数'!$D$5)`];
    expect(exprText(clauses, address)).toBe(`${award}&IF(${ofShare}=${award},"","；"&${ofShare})`);
    expect(valueOn(clauses, { C4: serialOf('2024-06-01') })).toBe(CLAUSE_2023);
    expect(valueOn(clauses, { C4: serialOf('2025-06-01') })).toBe(`（测试）第二版；${CLAUSE_2023}`);
    // Clauses that never share words are joined as they are.
    const other = block(['2023-12-13', 1, '（测试）另一条']);
    expect(exprText({ x: 'join', of: [figure(AWARD, 'clause'), figure(other, 'clause')] }, address)).toBe(`${award}&"；"&LOOKUP(C4,'参数'!$B$5,'参数'!$D$5)`);
  });

  it('compares a third text with each earlier one it may repeat, and gives an error it reads as that error', () => {
    expect(exprText({ x: 'join', of: [text('甲'), text('乙'), ref('C9')] }, address)).toBe('"甲"&"；"&"乙"&IF(OR(C9="甲",C9="乙"),"","；"&C9)');
    expect(valueOn({ x: 'join', of: [text('甲'), text('乙'), ref('C9')] }, { C9: '乙' })).toBe('甲；乙');
    expect(valueOn({ x: 'join', of: [text('甲'), ref('C9')] }, { C9: { t: 'error', code: '#N/A' } })).toEqual({ t: 'error', code: '#N/A' });
  });

  it('is unknown while a clause it joins is unknown', () => {
    expect(valueOn({ x: 'join', of: [text('甲'), ref('C9')] }, { C9: undefined })).toBeUndefined();
  });
});

describe('IF on a blank cell or a date before the rule', () => {
  const ifBlank: Expr = { x: 'if', when: { c: 'blank', ref: here('C9') }, then: text(''), else: ref('C9') };
  const ifBefore: Expr = { x: 'if', when: { c: 'before', date: AS_OF, block: AWARD }, then: text('尚无规定'), else: figure(AWARD) };

  it('writes the test as a person would: C9="" and C4 before the first 生效起', () => {
    expect(exprText(ifBlank, address)).toBe('IF(C9="","",C9)');
    expect(exprText(ifBefore, address)).toBe(`IF(C4<'参数'!$B$5,"尚无规定",LOOKUP(C4,'参数'!$B$5:$B$6,'参数'!$C$5:$C$6))`);
  });

  it('takes "" typed into a cell as blank, as C9="" does in Excel', () => {
    expect(valueOn(ifBlank, { C9: '' })).toBe('');
    expect(valueOn(ifBlank, { C9: 3 })).toBe(3);
  });

  it('is in force on the first day itself (自印发之日起施行) and not the day before', () => {
    expect(valueOn(ifBefore, { C4: serialOf('2023-12-13') })).toBe(100_000);
    expect(valueOn(ifBefore, { C4: serialOf('2023-12-12') })).toBe('尚无规定');
  });

  it('is unknown while the cell it tests is unknown', () => {
    // Neither branch reads C9 here, as a 依据 cell's clauses do not read the provincial amount it tests.
    expect(valueOn({ ...ifBlank, else: text('赣市府发〔2023〕13号') }, { C9: undefined })).toBeUndefined();
    expect(valueOn(ifBefore, { C4: undefined })).toBeUndefined();
  });
});

describe('the cells of the budget sheet an expression reads', () => {
  // The 参数 cells are another sheet's; the 生效日期 the LOOKUP reads is this one's, and a budget keeps the settings rows its formulas read.
  const own = (e: Expr): string[] => [...new Set(exprRefs(e).map(address))].sort();

  it('are the 生效日期 of a figure, every cell of a sum, a product and a join, and both branches of an IF', () => {
    expect(own(figure(AWARD))).toEqual(['C4']);
    expect(own({ x: 'times', of: [figure(AWARD), { x: 'plus', of: [ref('C9'), ref('D9')] }] })).toEqual(['C4', 'C9', 'D9']);
    expect(own({ x: 'join', of: [figure(AWARD, 'clause'), ref('E9')] })).toEqual(['C4', 'E9']);
    expect(own({ x: 'if', when: { c: 'blank', ref: here('C9') }, then: ref('D9'), else: ref('E9') })).toEqual(['C9', 'D9', 'E9']);
    expect(own({ x: 'if', when: { c: 'before', date: AS_OF, block: AWARD }, then: text(''), else: ref('E9') })).toEqual(['C4', 'E9']);
    expect(own(text('尚无规定'))).toEqual([]);
  });
});
