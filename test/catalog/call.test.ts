import { describe, expect, it } from 'vitest';
import { findFunction } from '../../src/catalog';
import { callFormula, callValues } from '../../src/catalog/call';

const BEDSUBSIDY = findFunction('BEDSUBSIDY')!;

describe('a CARE call typed into the calculator', () => {
  it('passes numbers where the function takes them and words as text, as Excel passes a typed formula', () => {
    expect(callValues(BEDSUBSIDY, ['赣州', ' 120 ', '新建'])).toEqual(['赣州', 120, '新建']);
    expect(callFormula(BEDSUBSIDY, ['赣州', '120', '新建'])).toBe('=CARE.BEDSUBSIDY("赣州",120,"新建")');
  });

  it('leaves blank arguments at the end out, and writes a blank in the middle as an omitted argument', () => {
    expect(callFormula(BEDSUBSIDY, ['赣州', '120', '新建', '', ''])).toBe('=CARE.BEDSUBSIDY("赣州",120,"新建")');
    expect(callValues(BEDSUBSIDY, ['赣州', '120', '新建', '', '2024-01-01'])).toEqual(['赣州', 120, '新建', null, '2024-01-01']);
    expect(callFormula(BEDSUBSIDY, ['赣州', '120', '新建', '', '2024-01-01'])).toBe('=CARE.BEDSUBSIDY("赣州",120,"新建",,DATE(2024,1,1))');
  });

  it('keeps text typed where a number belongs as text, so that the rule refuses it with its own message', () => {
    expect(callValues(BEDSUBSIDY, ['赣州', '120张', '新建'])).toEqual(['赣州', '120张', '新建']);
    expect(callFormula(BEDSUBSIDY, ['赣州', '1,200', '新建'])).toBe('=CARE.BEDSUBSIDY("赣州","1,200","新建")');
  });

  it('doubles a quote inside a text argument, as a formula must', () => {
    expect(callFormula(BEDSUBSIDY, ['赣"州', '1', '新建'])).toBe('=CARE.BEDSUBSIDY("赣""州",1,"新建")');
  });
});
