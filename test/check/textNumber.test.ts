/**
 * A number typed as text, as county staff type it: plain, with thousands separators between groups
 * of three only (as Excel shows them), full-width (U+FF10–U+FF19 and their point, comma, percent and
 * signs), with spaces (the ideographic U+3000 included) or a percent sign; anything else is no number.
 */
import { describe, expect, it } from 'vitest';
import { textNumber } from '../../src/check/textNumber';

describe('text that is a number', () => {
  it.each([
    ['1234', 1234],
    ['-12', -12],
    ['+7', 7],
    ['.5', 0.5],
    ['3.', 3],
    ['1,234', 1234],
    ['12,345,678.5', 12_345_678.5],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['－３', -3],
    [' 1 234 ', 1234],
    ['\u30001200\u3000', 1200],
    ['60%', 0.6],
    ['60 %', 0.6],
    ['６０％', 0.6],
    // Divided by 100 as Excel reads 14.3%: 0.143, not the float 0.14300000000000002.
    ['14.3%', 0.143],
    ['0.07%', 0.0007],
  ])('%j is %d', (text, n) => {
    expect(textNumber(text)).toBe(n);
  });
});

describe('text that is no number', () => {
  it.each([
    ['150张'],
    ['约300'],
    ['1.2.3'],
    ['1,23'],
    ['12,3456'],
    ['1,234,56'],
    [',123'],
    ['1e5'],
    ['%'],
    [''],
    ['-'],
    ['60%%'],
    ['一百'],
    // 400 nines is past the largest double (about 1.8E308): no figure, rather than Infinity.
    ['9'.repeat(400)],
  ])('%j', (text) => {
    expect(textNumber(text)).toBeUndefined();
  });
});
