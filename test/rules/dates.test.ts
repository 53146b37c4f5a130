import { describe, expect, it } from 'vitest';
import { dayBefore, isoOfSerial, parseAsOf, serialOf } from '../../src/rules/core/dates';
import { expectRefusal } from '../helpers';

describe('a date typed as text', () => {
  it('with spaces around it, or in full-width digits from a Chinese input method, is the same day', () => {
    expect(parseAsOf(' 2024-03-01 ')).toBe('2024-03-01');
    expect(parseAsOf('２０２４年３月１日')).toBe('2024-03-01');
  });
  it('a month 13 or a 30 February is no day, even where the calendar would roll it over', () => {
    // Date.UTC(2023, 12, 1) is 2024-01-01 and Date.UTC(2023, 1, 30) is 2023-03-02: neither was typed.
    expectRefusal(() => parseAsOf('2023-13-01'), 'BAD_ARGUMENT', '2023-13-01');
    expectRefusal(() => parseAsOf('2023-02-30'), 'BAD_ARGUMENT', '2023-02-30');
  });
  it('the year 0099 is not read as 1999', () => {
    // Date.UTC maps the years 0–99 to 1900–1999.
    expectRefusal(() => parseAsOf('0099-01-01'), 'BAD_ARGUMENT', '0099-01-01');
  });
  it('a date with more before or after it is not read in part', () => {
    expectRefusal(() => parseAsOf('2024-03-01 至 2024-12-31'), 'BAD_ARGUMENT');
    expectRefusal(() => parseAsOf('12024-03-01'), 'BAD_ARGUMENT');
  });
  it('a serial typed as text keeps its time of day: 45352.75 is 2024-03-01', () => {
    // 2024-01-01 is 124 × 365 + 30 leap days (1904–2020) + 1 (1900-01-01 is 1) + 1 (Excel's phantom 1900-02-29)
    // = 45292, and 2024-03-01 is 31 + 29 days later: 45352.
    expect(parseAsOf('45352.75')).toBe('2024-03-01');
    expect(parseAsOf('45352.5')).toBe('2024-03-01');
  });
  it('a number in scientific notation is not a serial', () => {
    expectRefusal(() => parseAsOf('4.5e4'), 'BAD_ARGUMENT', '4.5e4');
  });
  it('accepts days from 1900-01-01 to 2100-12-31 and refuses the days beyond them as out of range', () => {
    expect(parseAsOf('1900-01-01')).toBe('1900-01-01');
    expect(parseAsOf('2100-12-31')).toBe('2100-12-31');
    expectRefusal(() => parseAsOf('1899-12-31'), 'OUT_OF_RANGE', '1900-01-01', '2100-12-31');
    expectRefusal(() => parseAsOf('2101-01-01'), 'OUT_OF_RANGE', '1900-01-01', '2100-12-31');
  });
});

describe('Excel serial day numbers', () => {
  // Microsoft documents 1900-01-01 as serial 1 and keeps the fictitious 1900-02-29 as serial 60, so
  // 1900-03-01 is 61; 2024-03-01 is 45352 (worked out above).
  it('a day after 1900-02-28 has the serial Excel gives it', () => {
    expect(serialOf('1900-03-01')).toBe(61);
    expect(serialOf('2024-03-01')).toBe(45352);
    expect(serialOf('2024-12-31')).toBe(45352 + 305);
  });
  it('a serial is read back as its day, and the days before 1900-03-01 count from 1900-01-01 = 1', () => {
    expect(isoOfSerial(61)).toBe('1900-03-01');
    expect(isoOfSerial(59)).toBe('1900-02-28');
    expect(isoOfSerial(45352)).toBe('2024-03-01');
    expect(isoOfSerial(0)).toBeUndefined();
  });
  it('the day before 1 March 2024 is 29 February, a leap day', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
  });
});
