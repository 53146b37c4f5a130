/**
 * A county's own figure that no target measures (年末养老床位数, 年末老年人口, 年末常住人口,
 * 年末普惠性托位数) is what the plan's ratios are worked out from: 每千名老人床位数 is 年末养老床位数
 * ÷ 年末老年人口 × 1000, 护理型床位占比 is 年末护理型床位数 ÷ 年末养老床位数 (赣市府字〔2022〕94号,
 * 发展目标). Left blank once its year has ended while the ratio's other figure is filled, it is
 * reported as not filled, naming the ratio that needs it; a year the county has not reported at all
 * is said by its task alone.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { atCell, sheetOf, type Sheet } from './sheet';

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
const BEDS = (y: number) => `${y}年末养老床位数（张）`;
const NURSING = (y: number) => `${y}年末护理型床位数（张）`;
const ELDERLY = (y: number) => `${y}年末老年人口（人）`;
const DONE = (y: number) => `${y}年实际新增改造（张）`;
const SLOTS = (y: number) => `${y}年末托位数（个）`;
const INCLUSIVE = (y: number) => `${y}年末普惠性托位数（个）`;
const POPULATION = (y: number) => `${y}年末常住人口（人）`;

describe('赣州 养老床位分解表: a blank figure a ratio needs', () => {
  it('于都县 with 2021 年末养老床位数 and 年末护理型床位数 filled but 年末老年人口 blank: from 2022-01-01 the blank is not filled, for 每千名老人床位数', () => {
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2021), 6400).fill('于都县', NURSING(2021), 3000);
    const at = atCell(check(s, '2022-01-01'), s.address('于都县', ELDERLY(2021)));
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', county: '于都县', measure: '老年人口', year: 2021, expected: null, actual: null });
    expect(at[0]!.message.zh).toContain('于都县 2021 年“老年人口”已到期（截至 2022-01-01）但未填报；“每千名老人床位数”要用它计算');
    expect(at[0]!.message.en).toContain('“每千名老人床位数” is worked out from it');
  });

  it('年末养老床位数 left blank beside a filled 年末老年人口 and 年末护理型床位数 names both ratios that need it', () => {
    const s = sheetOf('gz-beds').fill('于都县', ELDERLY(2021), 134000).fill('于都县', NURSING(2021), 3000);
    const [f, ...rest] = atCell(check(s, '2022-01-01'), s.address('于都县', BEDS(2021)));
    expect(rest).toEqual([]);
    expect(f!.message.zh).toContain('“每千名老人床位数”“护理型床位占比”要用它计算');
  });

  it('before the year has ended (2021-12-31) the blank is no finding', () => {
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2021), 6400);
    expect(atCell(check(s, '2021-12-31'), s.address('于都县', ELDERLY(2021)))).toEqual([]);
  });

  it('a year with only its 新增改造 reported says nothing of its year-end figures: none of a ratio was begun', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), 289);
    const fs = check(s, '2022-01-01').filter((f) => f.county === '于都县');
    expect(fs).toEqual([]);
  });

  it('全市总计’s 年末老年人口 left blank beside its filled 年末养老床位数 is reported too: the city’s own ratio needs it', () => {
    const s = sheetOf('gz-beds').fill('全市总计', BEDS(2022), 70000);
    const at = atCell(check(s, '2023-01-01'), s.address('全市总计', ELDERLY(2022)));
    expect(at.map((f) => f.ruleId)).toEqual(['input.notFilled']);
  });
});

describe('赣州 托位分解表: the figures 每千人口托位数 and 普惠性托位占比 are worked out from', () => {
  it('于都县 with its 2022 年末托位数 filled but 年末常住人口 and 年末普惠性托位数 blank: each blank is not filled, for its own ratio', () => {
    const s = sheetOf('gz-slots').fill('于都县', SLOTS(2022), 1700);
    const fs = check(s, '2023-01-01');
    const population = atCell(fs, s.address('于都县', POPULATION(2022)));
    const inclusive = atCell(fs, s.address('于都县', INCLUSIVE(2022)));
    expect(population.map((f) => f.ruleId)).toEqual(['input.notFilled']);
    expect(population[0]!.message.zh).toContain('“每千人口托位数”要用它计算');
    expect(inclusive[0]!.message.zh).toContain('“普惠性托位占比”要用它计算');
    // 年末托位数 is measured by its target and filled: nothing said of it.
    expect(atCell(fs, s.address('于都县', SLOTS(2022))).filter((f) => f.ruleId === 'input.notFilled')).toEqual([]);
  });

  it('a blank 年末托位数 beside a filled 年末常住人口 is said once, by its target, not again for the ratio', () => {
    const s = sheetOf('gz-slots').fill('于都县', POPULATION(2022), 1050000);
    const at = atCell(check(s, '2023-01-01'), s.address('于都县', SLOTS(2022)));
    expect(at.map((f) => f.ruleId)).toEqual(['input.notFilled']);
    expect(at[0]!.message.zh).not.toContain('要用它计算');
  });
});
