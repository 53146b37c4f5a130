/**
 * What a template formula gives when a cell it reads holds an error, is blank or cannot be read yet,
 * as Excel does: an error in any operand comes out as that same error (#N/A stays #N/A, not
 * #VALUE!), a cell not yet known leaves the formula unknown, an empty text is a blank; and a sheet
 * name quoted in a reference as Excel writes it. Expectations are Excel's rules, written out here.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, MEETS_WORDS, type Value } from '../../src/templates/formula';
import { quotedSheet } from '../../src/templates/address';
import type { CellRef, Formula } from '../../src/templates/model';
import { exprValue } from '../../src/templates/sheetExpr';

const ref = (col: string): CellRef => ({ table: 't', row: 'r', col });
const NA: Value = { t: 'error', code: '#N/A' };
/** Evaluates with cells a and b (and the care function's arguments) holding the values given; a missing key is not yet known. */
const run = (f: Formula, cells: Record<string, Value>) => evaluate(f, (r) => (r.col in cells ? cells[r.col]! : undefined));

const ratio: Formula = { kind: 'ratio', num: ref('a'), den: ref('b'), scale: 1 };
const product: Formula = { kind: 'product', a: ref('a'), b: ref('b') };
const sum: Formula = { kind: 'sum', refs: [ref('a'), ref('b')] };
const meets: Formula = { kind: 'meets', actual: ref('a'), target: ref('b'), comparator: '>=' };
const allowance: Formula = { kind: 'care', fn: 'ALLOWANCE', args: ['赣州', ref('a'), ref('b'), null, '2024-06-01'] };

describe('an error read is the error given', () => {
  it.each([
    ['ratio, numerator', ratio, { a: NA, b: 2 }],
    ['ratio, denominator', ratio, { a: 2, b: NA }],
    ['product, first', product, { a: NA, b: 2 }],
    ['product, second', product, { a: 2, b: NA }],
    ['sum', sum, { a: 1, b: NA }],
    ['meets, actual', meets, { a: NA, b: 0.6 }],
    ['a CARE function’s argument', allowance, { a: NA, b: 3 }],
  ] as const)('%s', (_, f, cells) => {
    expect(run(f, cells)).toEqual(NA);
  });
});

describe('a cell not yet known leaves the formula unknown', () => {
  it.each([
    ['product', product, { a: 2 }],
    ['product', product, { b: 2 }],
    ['meets', meets, { a: 0.7 }],
    ['meets', meets, { b: 0.6 }],
  ] as const)('%s', (_, f, cells) => {
    expect(run(f, cells)).toBeUndefined();
  });
});

describe('an empty text is a blank', () => {
  it('a ratio over an empty text is blank, not #VALUE!', () => {
    expect(run(ratio, { a: '', b: 4 })).toBe('');
    expect(run(ratio, { a: 'x', b: 4 })).toEqual({ t: 'error', code: '#VALUE!' });
  });

  it('a CARE function given an empty text counts it as left empty, as given nothing', () => {
    const persons = { kind: 'care', fn: 'ALLOWANCE', args: ['赣州', '高龄津贴（80-89周岁）', ref('b'), null, '2024-06-01'] } as const satisfies Formula;
    expect(run(persons, { b: '' })).toEqual(run(persons, { b: null }));
  });
});

describe('是否达到', () => {
  it('an actual met or not is said in the document’s words', () => {
    expect(run(meets, { a: 0.6, b: 0.6 })).toBe(MEETS_WORDS.yes);
    expect(run(meets, { a: 0.59, b: 0.6 })).toBe(MEETS_WORDS.no);
  });
});

describe('a built-in expression’s operands', () => {
  it('a sum or product with an operand not yet known is not yet known', () => {
    const get = (r: CellRef): Value | undefined => (r.col === 'a' ? 2 : undefined);
    expect(exprValue({ x: 'plus', of: [{ x: 'ref', ref: ref('a') }, { x: 'ref', ref: ref('b') }] }, get)).toBeUndefined();
    expect(exprValue({ x: 'times', of: [{ x: 'ref', ref: ref('a') }, { x: 'ref', ref: ref('b') }] }, get)).toBeUndefined();
  });
});

describe('a sheet name in a reference', () => {
  it('is quoted, its apostrophes doubled, as Excel writes it', () => {
    expect(quotedSheet("县's 参数")).toBe("'县''s 参数'");
  });
});
