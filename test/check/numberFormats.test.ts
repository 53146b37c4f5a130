import { describe, expect, it } from 'vitest';
import { isBuiltInDate, isDateFormatCode } from '../../src/check/numberFormats';

// ECMA-376 Part 1 §18.8.30 (numFmt) lists the built-in formats a cell may name by id alone:
// 14–22 dates and times, 45–47 times; 27–36 and 50–58 are the East Asian locales' dates (zh-CN
// 27 is yyyy"年"m"月", 31 yyyy"年"m"月"d"日", 32 h"时"mm"分"). 23–26 are unused, 37–44 are
// accounting and number formats, 48 is ##0.0E+0 and 49 is @ (text).
describe('which built-in number formats are dates', () => {
  it.each([
    [0, false],
    [13, false],
    [14, true],
    [22, true],
    [23, false],
    [26, false],
    [27, true],
    [31, true],
    [36, true],
    [37, false],
    [44, false],
    [45, true],
    [47, true],
    [48, false],
    [49, false],
    [50, true],
    [58, true],
    [59, false],
  ])('format %i → %s', (id, isDate) => {
    expect(isBuiltInDate(id)).toBe(isDate);
  });
});

describe('which number formats are dates', () => {
  it.each([
    ['yyyy-mm-dd', true],
    // Excel takes the tokens in either case: YYYY-MM-DD is a date.
    ['YYYY-MM-DD', true],
    ['m/d/yy h:mm', true],
    ['[$-804]yyyy"年"m"月"d"日";@', true],
    ['[DBNum1][$-804]m"月"d"日"', true],
    ['hh:mm:ss AM/PM', true],
    ['[h]:mm', true],
    ['General', false],
    ['0.00%', false],
    ['#,##0.00_);[Red](#,##0.00)', false],
    ['"Days: "0', false],
    ['0 "hrs"', false],
    ['\\d0', false],
    ['0.00E+00', false],
    ['[Red]0', false],
    ['@', false],
  ])('%s → %s', (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });
});
