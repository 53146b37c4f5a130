import { describe, expect, it } from 'vitest';
import { allocation } from '../../src/rules/plans/allocation';
import { figureFor, lookupIndicator, type PlanIndicator } from '../../src/rules/plans/indicators';
import { meets, target } from '../../src/rules/plans/target';
import { expectRefusal, sourceText } from '../helpers';

// Which clause a plan figure cites and which recorded disagreements of the documents it carries
// (seeds/*.json `discrepancies`), each checked against the document's own words.

describe('the notes a figure carries', () => {
  it('鹰潭 每千人口托位数 2020 is 表2’s 1.86, marked as a base, with 一（一）’s 2.33 noted beside it and 表2 ticked as the figure used', () => {
    // 鹰府字〔2022〕20号: 一（一） “每千人口托位数达到 2.33 个”; 表2 “每千人口托位数 个 1.86 4.5”.
    expect(sourceText('001_262c708a38ed5636.txt')).toContain('每千人口托位数达到 2.33 个');
    const r = target({ city: '鹰潭', indicator: '每千人口托位数', year: 2020 });
    expect(r.value).toBe(1.86);
    // The base note, the base's own note (表2 against 一（一）), and the one discrepancy of this indicator and year.
    expect(r.notes).toHaveLength(3);
    const [base, own, discrepancy] = r.notes!;
    expect(base!.zh).toContain('基数');
    expect(own!.zh).toContain('2.33');
    expect(discrepancy!.zh).toContain('✔ 表2 2020年实际值 1.86；一（一）发展基础 2.33');
    expect(discrepancy!.en).toContain('Table 2 is used');
  });
  it('a year with no recorded disagreement carries no note: 鹰潭 每千人口托位数 2023 (3.5), 赣州 护理型养老床位占比 2025 (60%)', () => {
    expect(target({ city: '鹰潭', indicator: '每千人口托位数', year: 2023 }).notes).toBeUndefined();
    expect(target({ city: '赣州', indicator: '护理型养老床位占比' }).notes).toBeUndefined();
  });
  it('a county’s own cell carries no note of the total’s misprint: 于都县 托位 2023 is 3030, as printed', () => {
    const r = allocation({ city: '赣州', county: '于都县', measure: '托位', year: 2023 });
    expect(r.value).toBe(3030);
    expect(r.notes).toBeUndefined();
  });
  it('the note of 托位总数 2020 (2.7万 in the text, 11026 in the table) stays on that cell, not on 每千人托位数 beside it', () => {
    const total = allocation({ city: '赣州', county: '全市', measure: '托位总数', year: 2020 });
    expect(total.value).toBe(11026);
    expect(total.notes?.[0]?.zh).toContain('✔ 托位分解表：2020年基数全市总计 11026');
    const perThousand = allocation({ city: '赣州', county: '全市', measure: '每千人托位数', year: 2020 });
    expect(perThousand.value).toBe(1.23);
    expect(perThousand.notes).toBeUndefined();
  });
});

describe('the clause a plan figure cites', () => {
  it('ALLOCATION cites 赣市府字〔2022〕94号’s 托位分解表, and refers to the table, not a parameter (catalog/explain.ts reads a ref with “:” as no parameter)', () => {
    const [source, ...more] = allocation({ city: '赣州', county: '于都县', measure: '托位', year: 2025 }).sources;
    expect(more).toEqual([]);
    expect(source).toMatchObject({ document: '赣市府字〔2022〕94号', quote: '县（市、区）托位分解表' });
    expect(source!.ref).toBe('table:ganzhou.slots');
  });
  it('MEETS cites the clause of its target: 赣州 护理型养老床位占比 “到 2025 年底，全市护理型床位占比达到 60%以上”', () => {
    const [source, ...more] = meets({ city: '赣州', indicator: '护理型养老床位占比', value: 0.6 }).sources;
    expect(more).toEqual([]);
    expect(source).toMatchObject({ document: '赣市府发〔2023〕13号', quote: '到 2025 年底，全市护理型床位占比达到 60%以上' });
    expect(source!.ref).toBe('indicator:nursingBedShare');
  });
});

describe('what a user may type', () => {
  it('a county count without a year (抚州 社区数) is the same in any year: 临川区 has 70 社区', () => {
    // 抚办发〔2020〕4号 分解表, 临川区 row: “2 临川区 70 49 60 70 345 …” (社区数 first).
    expect(sourceText('004_61be1e8fdf7813a0.txt')).toContain('2\t临川区\t70\t49\t60\t70\t345');
    expect([2019, 2021].map((year) => allocation({ city: '抚州', county: '临川区', measure: '社区数', year }).value)).toEqual([70, 70]);
  });
  it('an unknown measure of 赣州 lists 赣州’s measures only, not 抚州’s 新增护理型床位', () => {
    const e = expectRefusal(() => allocation({ city: '赣州', county: '于都县', measure: '床位', year: 2023 }), 'BAD_ARGUMENT', '新增改造床位', '托位');
    expect(`${e.zh} ${e.en}`).not.toContain('新增护理型床位');
  });
  it('an indicator name typed with a space in it is still found: “护理型 养老床位占比”', () => {
    expect(target({ city: '赣州', indicator: '护理型 养老床位占比' }).value).toBe(0.6);
  });
  it('a text target is not met by other words: 赣州 托育服务综合管理网络 is 基本建立, not 未建立', () => {
    expect(meets({ city: '赣州', indicator: '托育服务综合管理网络', value: '未建立' }).value).toBe(false);
  });
});

describe('the base year', () => {
  it('a plan that also sets a target for its base year gives that target, not the base', () => {
    // No seed does this yet; a later document restating the base year with a target must win.
    const plan = lookupIndicator('jian', 'nursingBedShare')!;
    expect(figureFor(plan, 2020)).toMatchObject({ base: { value: 0.319 } });
    const restated: PlanIndicator = { ...plan, targets: [{ ...plan.targets[0]!, year: 2020, value: 0.33 }, ...plan.targets] };
    expect(figureFor(restated, 2020)).toMatchObject({ year: 2020, value: 0.33 });
  });
});
