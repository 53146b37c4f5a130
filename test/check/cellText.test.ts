/**
 * A cell's words as the checker compares headers and labels: what the cell shows as text (a
 * formula's text result too, not its number), and folded so that full-width forms, spaces, case and
 * a bracketed end
 * (a unit) and other brackets do not matter.
 */
import { describe, expect, it } from 'vitest';
import { cellText, fold } from '../../src/check/cellText';

describe('cellText', () => {
  it.each([
    ['a text', '章贡区', '章贡区'],
    ['a number', 2021, '2021'],
    ['a boolean', false, 'false'],
    ['a blank', null, ''],
    ['a hole', undefined, ''],
    ['a formula’s text result', { t: 'formula', formula: 'A1', cached: '于都县' }, '于都县'],
    ['a formula’s number', { t: 'formula', formula: 'A1', cached: 7 }, ''],
    ['a formula without a value', { t: 'formula', formula: 'A1', cached: null }, ''],
    ['an error', { t: 'error', code: '#N/A' }, ''],
    ['a date', { t: 'date', serial: 45000 }, ''],
  ] as const)('%s', (_, cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe('fold', () => {
  it.each([
    // A bracketed end is a unit or a gloss, dropped whole; brackets elsewhere are dropped, their words kept.
    ['县（市、区）', '县'],
    ['县(市、区)', '县'],
    ['  Ｙｕｄｕ  县 ', 'yudu县'],
    ['2021年实际新增改造（张）', '2021年实际新增改造'],
    ['（张）实际', '张实际'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});
