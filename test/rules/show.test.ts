import { describe, expect, it } from 'vitest';
import { percent, show } from '../../src/rules/core/show';

// How a refusal repeats the value a user typed: what the user reads back in the message.
describe('a message echoes the value it refuses', () => {
  it('a blank cell (undefined from Excel, null from a script) is echoed as 空 / empty', () => {
    expect(show(undefined)).toBe('(空 / empty)');
    expect(show(null)).toBe('(空 / empty)');
  });
  it('a short text is echoed whole in quotes, up to 40 characters', () => {
    expect(show('南昌')).toBe('“南昌”');
    const forty = '赣'.repeat(40);
    expect(show(forty)).toBe(`“${forty}”`);
  });
  it('a pasted paragraph of 1234 characters is cut after 40, with its length said', () => {
    const long = '赣州'.repeat(617); // 1234 characters
    expect(show(long)).toBe(`“${'赣州'.repeat(20)}…”（共 1,234 字符 / 1,234 characters）`);
  });
  it('numbers, TRUE/FALSE and big integers are echoed as written', () => {
    expect(show(22)).toBe('22');
    expect(show(true)).toBe('true');
    expect(show(12n)).toBe('12');
  });
  it('a date is echoed as its day, and an invalid date says so', () => {
    expect(show(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(show(new Date(Number.NaN))).toBe('Invalid Date');
  });
  it('a range is echoed by its size, and anything else by its kind', () => {
    expect(show([1, 2, 3])).toBe('[3 项 / items]');
    expect(show(Symbol('x'))).toBe('symbol');
    expect(show(() => 1)).toBe('function');
    expect(show({ a: 1 })).toBe('object');
  });
});

// How a share reads in a finding and in the pane: as the percentage Excel's 0% format would show.
describe('a share is shown as a percentage', () => {
  it('to two places, without trailing zeros', () => {
    expect(percent(0.6)).toBe('60%');
    expect(percent(0.355)).toBe('35.5%');
    expect(percent(1 / 3)).toBe('33.33%');
    expect(percent(0)).toBe('0%');
  });
  it('to more places where two would hide a difference', () => {
    expect(percent(1 / 3, 4)).toBe('33.3333%');
  });
});
