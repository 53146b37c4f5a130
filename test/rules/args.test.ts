import { describe, expect, it } from 'vitest';
import { count, grade, optional, quantity, share, text, year } from '../../src/rules/core/args';
import { parseAsOf } from '../../src/rules/core/dates';
import { BED_BUILD_TYPE, CARE_NEED, CITY, EDUCATION, parseEnum } from '../../src/rules/core/enums';
import { ARG } from '../../src/rules/core/labels';
import { YEARS } from '../../src/rules/core/years';
import { expectRefusal } from '../helpers';

describe('as-of dates', () => {
  it('reads Excel serials on Excel’s calendar, including its fictitious 1900-02-29', () => {
    expect(parseAsOf(1)).toBe('1900-01-01');
    expect(parseAsOf(59)).toBe('1900-02-28');
    expectRefusal(() => parseAsOf(60), 'BAD_ARGUMENT', '有效日期');
    expect(parseAsOf(61)).toBe('1900-03-01');
    expect(parseAsOf(45352)).toBe('2024-03-01');
    expect(parseAsOf(45352.75)).toBe('2024-03-01');
  });
  it('reads ISO, slashed and Chinese dates, and numeric text as a serial', () => {
    expect(parseAsOf('2023-12-13')).toBe('2023-12-13');
    expect(parseAsOf('2023/12/13')).toBe('2023-12-13');
    expect(parseAsOf('2023年12月13日')).toBe('2023-12-13');
    expect(parseAsOf('45273')).toBe('2023-12-13');
    expect(parseAsOf(new Date(2024, 2, 1))).toBe('2024-03-01');
  });
  it('defaults to today and refuses impossible or far-off dates', () => {
    expect(parseAsOf(undefined, undefined, new Date(2026, 10, 23))).toBe('2026-11-23');
    expect(parseAsOf(null, undefined, new Date(2026, 10, 23))).toBe('2026-11-23');
    expectRefusal(() => parseAsOf('2023-02-30'), 'BAD_ARGUMENT', '2023-02-30');
    expectRefusal(() => parseAsOf('yesterday'), 'BAD_ARGUMENT');
    expectRefusal(() => parseAsOf(-3), 'BAD_ARGUMENT');
    expectRefusal(() => parseAsOf(99999999), 'OUT_OF_RANGE', '2100');
    expectRefusal(() => parseAsOf([[45000]]), 'BAD_ARGUMENT', '单个');
  });
});

describe('counts and shares', () => {
  it('counts are whole, finite and not negative', () => {
    expect(count(ARG.beds, 0)).toBe(0);
    expectRefusal(() => count(ARG.beds, -1), 'OUT_OF_RANGE', '负数', '床位数');
    expectRefusal(() => count(ARG.beds, 2.5), 'BAD_ARGUMENT', '整数');
    expectRefusal(() => count(ARG.beds, '12'), 'BAD_ARGUMENT', '数字');
    expectRefusal(() => count(ARG.beds, NaN), 'BAD_ARGUMENT');
    expectRefusal(() => count(ARG.beds, 1e20), 'OUT_OF_RANGE');
    expectRefusal(() => count(ARG.beds, undefined), 'BAD_ARGUMENT', '缺少');
  });
  it('a share of 22 where 0.22 was meant is refused with the fix; 1 and 0 are fine', () => {
    expect(share(ARG.elderlyShare, 1)).toBe(1);
    expect(share(ARG.elderlyShare, 0)).toBe(0);
    expectRefusal(() => share(ARG.elderlyShare, 22), 'OUT_OF_RANGE', '0.22', '22%');
    expectRefusal(() => share(ARG.elderlyShare, -0.1), 'OUT_OF_RANGE');
  });
  it('grades: 0–5, 三级, 5星, 五星级, 未评级', () => {
    expect([0, '3', '三级', '5星', '五星级', '未评级', 'grade 2'].map((g) => grade(ARG.grade, g))).toEqual([0, 3, 3, 5, 5, 0, 2]);
    expectRefusal(() => grade(ARG.grade, 6), 'OUT_OF_RANGE');
    expectRefusal(() => grade(ARG.grade, '六级'), 'BAD_ARGUMENT', '一级');
  });
});

describe('blank cells, ranges and endless numbers', () => {
  it('an empty text, like a blank cell, is a missing argument, and an optional one takes its default', () => {
    expectRefusal(() => count(ARG.beds, ''), 'BAD_ARGUMENT', '缺少参数“床位数”');
    expect(optional('', (v) => count(ARG.months, v), 12)).toBe(12);
  });
  it('a range where one cell is wanted is refused as a range, for numbers, years, text and grades alike', () => {
    for (const f of [() => count(ARG.beds, [[3]]), () => year(ARG.year, [[2025]]), () => text(ARG.name, [['赣州']]), () => grade(ARG.grade, [[3]])]) {
      expectRefusal(f, 'BAD_ARGUMENT', '应为单个值', 'not a range or array');
    }
  });
  it('an endless amount (a division by zero passed on) is refused, not taken as a huge number', () => {
    expectRefusal(() => quantity(ARG.marketRent, Infinity), 'BAD_ARGUMENT', '有限');
    expectRefusal(() => count(ARG.beds, Number.NaN), 'BAD_ARGUMENT', '有限');
  });
});

describe('years', () => {
  it('a year typed as 2025, “2025”, “2025年”, with spaces or in full-width digits is 2025', () => {
    expect([2025, '2025', '2025年', ' 2025年 ', '２０２５年'].map((v) => year(ARG.year, v))).toEqual(Array(5).fill(2025));
  });
  it('年 goes after the digits, not before them', () => {
    expectRefusal(() => year(ARG.year, '年2025'), 'BAD_ARGUMENT', '年份');
  });
  it('a blank year is missing', () => {
    expectRefusal(() => year(ARG.year, undefined), 'BAD_ARGUMENT', '缺少参数“年份”');
  });
  it('takes whole years from the first to the last a plan can speak of, both included', () => {
    expect(year(ARG.year, YEARS.min)).toBe(YEARS.min);
    expect(year(ARG.year, YEARS.max)).toBe(YEARS.max);
    for (const v of [YEARS.min - 1, YEARS.max + 1, 2025.5]) expectRefusal(() => year(ARG.year, v), 'BAD_ARGUMENT', `${YEARS.min} 至 ${YEARS.max}`);
  });
});

describe('text', () => {
  it('a name typed as a number is read as its digits; an empty one is missing', () => {
    expect(text(ARG.county, 42)).toBe('42');
    expectRefusal(() => text(ARG.name, ''), 'BAD_ARGUMENT', '缺少参数“名称”');
    expectRefusal(() => text(ARG.name, undefined), 'BAD_ARGUMENT', '缺少参数“名称”');
  });
  it('TRUE or an error value (NaN) is no name, and the refusal lists no accepted words for free text', () => {
    const e = expectRefusal(() => text(ARG.name, true), 'BAD_ARGUMENT');
    expect([e.zh, e.en]).toEqual(['“名称”应为文字，收到 true。', 'name must be text; got true.']);
    expectRefusal(() => text(ARG.name, Number.NaN), 'BAD_ARGUMENT', '应为文字', 'NaN');
  });
});

describe('enumerations', () => {
  it('accept the documents’ words, English aliases, any case and full-width forms', () => {
    expect(['赣州', '赣州市', 'GANZHOU', ' ganzhou ', 'Ganzhou City'].map((c) => parseEnum(CITY, c))).toEqual(Array(5).fill('ganzhou'));
    expect(parseEnum(CITY, "Ji'an")).toBe('jian');
    expect(parseEnum(BED_BUILD_TYPE, '租赁房屋改建')).toBe('leased');
    expect([parseEnum(CARE_NEED, '重度失能'), parseEnum(CARE_NEED, '部分失能')]).toEqual(['disabled', 'semiDisabled']);
    expect(parseEnum(EDUCATION, 'Ｂａｃｈｅｌｏｒ')).toBe('bachelor');
  });
  it('refuse anything else, listing what is accepted', () => {
    expectRefusal(() => parseEnum(CITY, '南昌'), 'BAD_ARGUMENT', '赣州、鹰潭、吉安、抚州');
    expectRefusal(() => parseEnum(BED_BUILD_TYPE, true), 'BAD_ARGUMENT', '新建');
  });
  it('a city refused is told in English too, the four cities listed with commas', () => {
    expectRefusal(() => parseEnum(CITY, 'Nanchang'), 'BAD_ARGUMENT', "Ganzhou, Yingtan, Ji'an, Fuzhou");
  });
  it('TRUE where a word is wanted is refused as not text, with the words accepted in both languages', () => {
    expectRefusal(() => parseEnum(CITY, true), 'BAD_ARGUMENT', '应为文字', '赣州、鹰潭', 'must be text', 'Accepted: Ganzhou');
  });
  it('a blank, null or empty city is missing; a range is refused as a range', () => {
    for (const v of [undefined, null, '']) expectRefusal(() => parseEnum(CITY, v), 'BAD_ARGUMENT', '缺少参数“城市”');
    expectRefusal(() => parseEnum(CITY, [['赣州']]), 'BAD_ARGUMENT', '应为单个值');
  });
});
