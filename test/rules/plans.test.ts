import { describe, expect, it } from 'vitest';
import { allocation } from '../../src/rules/plans/allocation';
import type { Comparator } from '../../src/rules/data/schema';
import { compare, gap, meets, target } from '../../src/rules/plans/target';
import { foldAnswer } from '../../src/rules/plans/names';
import { expectRefusal } from '../helpers';

describe('TARGET', () => {
  it('赣州 护理型养老床位占比 reaches 60% in 2025, as a fraction, citing 赣市府发〔2023〕13号, which restates the 2022 table’s figure', () => {
    const r = target({ city: '赣州', indicator: '护理型养老床位占比' });
    expect([r.value, r.unit]).toEqual([0.6, 'share']);
    expect(r.sources[0]).toMatchObject({ document: '赣市府发〔2023〕13号', quote: '到 2025 年底，全市护理型床位占比达到 60%以上' });
  });
  it('finds an indicator by the name with its unit in brackets, or by its id', () => {
    expect(target({ city: '赣州', indicator: '每千名老年人养老床位数（张）' }).value).toBe(50);
    expect(target({ city: 'ganzhou', indicator: 'bedsPer1000Elderly', year: 2025 }).value).toBe(50);
  });
  it('鹰潭 每千人口托位数: 3.5 for 2023 (first stage), still 3.5 in 2024, 4.5 in 2025 and after', () => {
    expect([2023, 2024, 2025, 2030].map((year) => target({ city: '鹰潭', indicator: '每千人口托位数', year }).value)).toEqual([3.5, 3.5, 4.5, 4.5]);
  });
  it('抚州 城市居家和社区养老服务设施覆盖率 follows the 2019–2021 path 70%, 85%, 100%', () => {
    expect([2019, 2020, 2021].map((year) => target({ city: '抚州', indicator: 'urbanCommunityCareCoverage', year }).value)).toEqual([0.7, 0.85, 1]);
  });
  it('for the base year it gives the base the plan states, marked as a base, not a target', () => {
    const r = target({ city: '赣州', indicator: '每千名老年人养老床位数', year: 2020 });
    expect(r.value).toBe(46);
    expect(r.notes?.[0]?.zh).toContain('基数');
    expect(target({ city: '鹰潭', indicator: '每千人口托位数', year: 2020 }).value).toBe(1.86);
    expectRefusal(() => meets({ city: '赣州', indicator: '每千名老年人养老床位数', value: 47, year: 2020 }), 'NOT_IN_POLICY', '2025');
  });
  it('a year before the plan sets the indicator is NOT_IN_POLICY, naming the years it does', () => {
    expectRefusal(() => target({ city: '赣州', indicator: '护理型养老床位占比', year: 2023 }), 'NOT_IN_POLICY', '2025');
  });
  it('a text target comes back as text', () => {
    expect(target({ city: '赣州', indicator: '托育服务综合管理网络' }).value).toBe('基本建立');
  });
  it('an unknown indicator is BAD_ARGUMENT with examples of the city’s names', () => {
    expectRefusal(() => target({ city: '吉安', indicator: '每千人口托位数' }), 'BAD_ARGUMENT', '吉安', '特殊困难老年人月探访率');
  });
});

describe('MEETS and GAP', () => {
  it('≥ (以上): 赣州 nursing-bed share 60% meets the 2025 target, 45% is 15 points short', () => {
    expect(meets({ city: '赣州', indicator: '护理型养老床位占比', value: 0.6 }).value).toBe(true);
    expect(meets({ city: '赣州', indicator: '护理型养老床位占比', value: 0.45 }).value).toBe(false);
    expect(gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.45 }).value).toBe(0.15);
    expect(gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.7 }).value).toBe(0);
  });
  it('GAP cites the clause in force: 赣州 nursing-bed share 60% from 赣市府发〔2023〕13号 (which restates the 2022 plan’s figure)', () => {
    const sources = gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.45 }).sources;
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ document: '赣市府发〔2023〕13号', quote: '到 2025 年底，全市护理型床位占比达到 60%以上' });
  });
  it('≤ (以下): 赣州 生长发育迟缓率 must be 5% or less', () => {
    expect(meets({ city: '赣州', indicator: '生长发育迟缓率', value: 0.05 }).value).toBe(true);
    expect(meets({ city: '赣州', indicator: '生长发育迟缓率', value: 0.051 }).value).toBe(false);
    expect(gap({ city: '赣州', indicator: '生长发育迟缓率', value: 0.06 }).value).toBe(0.01);
  });
  it('> (超过 / ＞): 抚州 社会力量运营的养老床位占比 must exceed 50%; exactly 50% does not', () => {
    expect(meets({ city: '抚州', indicator: 'privateRunBedShare', value: 0.5 }).value).toBe(false);
    expect(meets({ city: '抚州', indicator: 'privateRunBedShare', value: 0.51 }).value).toBe(true);
    // Short by the distance to 50%; at 50% itself nothing is short, though it is not met.
    expect(gap({ city: '抚州', indicator: 'privateRunBedShare', value: 0.45 }).value).toBe(0.05);
    expect(gap({ city: '抚州', indicator: 'privateRunBedShare', value: 0.5 }).value).toBe(0);
    expect(gap({ city: '抚州', indicator: 'privateRunBedShare', value: 0.6 }).value).toBe(0);
  });
  it('a share worked out in a spreadsheet, a rounding error off its target, is read as the target itself', () => {
    // In binary floating point 0.94 − 0.34 falls just below 0.6, 0.14 − 0.09 just above 0.05 and 0.06 − 0.01 just below 0.05.
    expect(0.94 - 0.34).toBeLessThan(0.6);
    expect(0.14 - 0.09).toBeGreaterThan(0.05);
    expect(meets({ city: '赣州', indicator: '护理型养老床位占比', value: 0.94 - 0.34 }).value).toBe(true);
    expect(gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.94 - 0.34 }).value).toBe(0);
    expect(meets({ city: '赣州', indicator: '生长发育迟缓率', value: 0.14 - 0.09 }).value).toBe(true);
    expect(gap({ city: '赣州', indicator: '生长发育迟缓率', value: 0.14 - 0.09 }).value).toBe(0);
  });
  it('each of the documents’ comparisons holds 0.06 − 0.01 equal to 5%, and a real difference of 0.01 point stays a difference', () => {
    const noisy = 0.06 - 0.01;
    expect(noisy).not.toBe(0.05);
    expect(['>=', '<=', '=', '>', '<'].map((c) => compare(c as Comparator, noisy, 0.05))).toEqual([true, true, true, false, false]);
    expect(['>=', '<=', '=', '>', '<'].map((c) => compare(c as Comparator, 0.05, noisy))).toEqual([true, true, true, false, false]);
    expect(['>=', '<=', '=', '>', '<'].map((c) => compare(c as Comparator, 0.0499, 0.05))).toEqual([false, true, false, false, true]);
    expect(['>=', '<=', '=', '>', '<'].map((c) => compare(c as Comparator, 0.0501, 0.05))).toEqual([true, false, false, true, false]);
    // Counts in the hundreds of thousands (老年人口) keep the same 12 significant digits: one person is a difference.
    expect(compare('>=', 1_390_000 - 1e-7, 1_390_000)).toBe(true);
    expect(compare('>=', 1_389_999, 1_390_000)).toBe(false);
    expect(compare('=', 1_390_001, 1_390_000)).toBe(false);
  });
  it('a share entered as 45 instead of 0.45 is refused with the fix', () => {
    expectRefusal(() => meets({ city: '赣州', indicator: '护理型养老床位占比', value: 45 }), 'OUT_OF_RANGE', '0.45');
  });
  it('a text target is met by the same words, and has no numeric gap', () => {
    expect(meets({ city: '赣州', indicator: '托育服务综合管理网络', value: '基本建立' }).value).toBe(true);
    expectRefusal(() => gap({ city: '赣州', indicator: '托育服务综合管理网络', value: '基本建立' }), 'NOT_IN_POLICY', '基本建立');
  });
  it('a text target ignores the spaces an answer is typed or pasted with, and nothing else', () => {
    const met = (value: string) => meets({ city: '赣州', indicator: '托育服务综合管理网络', value }).value;
    // ASCII, no-break (U+00A0) and ideographic (U+3000) spaces, a line break and a tab.
    expect(['基本建立 ', '\u3000基本建立', '基本\u00a0建立', '基本建立\n', '\t基本 建立'].map(met)).toEqual([true, true, true, true, true]);
    // Words added in brackets or another stage are another answer (a county name's bracket is dropped, an answer's is not).
    expect(['基本建立（试点）', '已基本建立', '基本'].map(met)).toEqual([false, false, false]);
  });
  it('an answer folded for the comparison is in lower case: the form’s 是否达到 is worked out against the target lower-cased', () => {
    // templates/formula.ts gives the cell's value as foldAnswer(answer) === target.toLowerCase(): Excel's = ignores case.
    expect(foldAnswer(' Basic\u3000SET\n')).toBe('basicset');
  });
});

describe('ALLOCATION', () => {
  it('赣州 于都县 新增改造床位: 289, 272, 255, 219, 195 for 2021–2025', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((year) => allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year }).value)).toEqual([289, 272, 255, 219, 195]);
  });
  it('accepts the short name, the pinyin id and both spellings of the development zone', () => {
    expect(allocation({ city: '赣州', county: '于都', measure: '托位', year: 2025 }).value).toBe(3787);
    expect(allocation({ city: '赣州', county: 'yudu', measure: '托位', year: 2025 }).value).toBe(3787);
    expect(allocation({ city: '赣州', county: '赣州开发区', measure: '托位', year: 2021 }).value).toBe(560);
    expect(allocation({ city: '赣州', county: '赣州经开区', measure: '新增改造床位', year: 2021 }).value).toBe(49);
    expect(allocation({ city: '赣州', county: '蓉江', measure: '托位', year: 2025 }).value).toBe(900);
    expect(allocation({ city: '抚州', county: '东临', measure: '新增床位', year: 2021 }).value).toBe(200);
    expect(allocation({ city: '抚州', county: '高新区', measure: '其中护理型', year: 2020 }).value).toBe(50);
  });
  it('2020 base columns: 章贡区 养老床位总数 7013 and 每千名老人床位数 56.21, for 2020 only', () => {
    expect(allocation({ city: '赣州', county: '章贡区', measure: '养老床位总数', year: 2020 }).value).toBe(7013);
    expect(allocation({ city: '赣州', county: '章贡区', measure: '每千名老人床位数', year: 2020 }).value).toBe(56.21);
    expectRefusal(() => allocation({ city: '赣州', county: '章贡区', measure: '养老床位总数', year: 2021 }), 'NOT_IN_POLICY', '2020');
  });
  it('the printed total with a recorded discrepancy carries a note: 托位 2023 is 34186 printed, 34187 summed', () => {
    const r = allocation({ city: '赣州', county: '全市', measure: '托位', year: 2023 });
    expect(r.value).toBe(34186);
    expect(r.notes?.[0]?.zh).toContain('34187');
    expect(allocation({ city: '赣州', county: '全市', measure: '托位', year: 2022 }).notes).toBeUndefined();
  });
  it('抚州: 临川区 新增护理型床位 2021 is 140; 市本级 has no 2019 figure, which is not a zero', () => {
    expect(allocation({ city: '抚州', county: '临川区', measure: '新增护理型床位', year: 2021 }).value).toBe(140);
    expect(allocation({ city: '抚州', county: '抚州高新区', measure: '城市居家和社区养老服务设施', year: 2020 }).value).toBe(14);
    expectRefusal(() => allocation({ city: '抚州', county: '市本级', measure: '新增床位', year: 2019 }), 'NOT_IN_POLICY', '为空');
  });
  it('unknown counties and measures are BAD_ARGUMENT listing what is accepted', () => {
    expectRefusal(() => allocation({ city: '赣州', county: '临川区', measure: '托位', year: 2023 }), 'BAD_ARGUMENT', '章贡区');
    expectRefusal(() => allocation({ city: '赣州', county: '章贡区', measure: '新增床位', year: 2023 }), 'BAD_ARGUMENT', '新增改造床位');
    expectRefusal(() => allocation({ city: '吉安', county: '吉州区', measure: '新增床位', year: 2023 }), 'BAD_ARGUMENT');
  });
});
