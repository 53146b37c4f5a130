/**
 * What the template formulas come to where a sheet is recalculated the way a spreadsheet does it
 * (test/check/sheet.ts: the checker and the writer's cached values work the same way), at the edges a
 * county meets: a zero or blank denominator, a count left empty, the very day a document comes into
 * force (自印发之日起施行: that day is in force) and the day before. The figures expected are the
 * documents' (赣市府发〔2023〕13号: 获评二到五级的，分别给予 5 万元、10 万元、20 万元、30 万元资金奖补;
 * 赣市府字〔2022〕94号: 新建…的床位每张补助不少于 10000元) or arithmetic typed here.
 */
import { describe, expect, it } from 'vitest';
import { sheetOf, type Sheet } from '../check/sheet';

const cached = (s: Sheet, row: string | string[], header: string, table?: string): unknown => {
  const c = s.get(row, header, table);
  return typeof c === 'object' && c !== null && 't' in c && c.t === 'formula' ? c.cached : c;
};

describe('a ratio on a county table', () => {
  const PER_1000 = '2022年每千名老人床位数（张）';
  const SHARE = '2022年护理型床位占比';
  const fill = (beds: number | null, nursing: number | null, elderly: number | null): Sheet =>
    sheetOf('gz-beds')
      .fill('于都县', '2022年末养老床位数（张）', beds)
      .fill('于都县', '2022年末护理型床位数（张）', nursing)
      .fill('于都县', '2022年末老年人口（人）', elderly)
      .recalculate();

  it.each([
    // beds, nursing, elderly → per thousand elderly, nursing share
    [6500, 2600, 130_000, 50, 0.4],
    [10, 0, 0, '', 0],
    [0, 0, 0, '', ''],
    [null, 5, 1000, '', ''],
    [300, null, null, '', ''],
  ] as const)('beds %s, nursing %s, elderly %s: %s per thousand, share %s (blank, never #DIV/0!, for a zero or blank denominator)', (beds, nursing, elderly, per1000, share) => {
    const s = fill(beds, nursing, elderly);
    const [p, sh] = [cached(s, '于都县', PER_1000), cached(s, '于都县', SHARE)];
    if (per1000 === '') expect(p).toBe('');
    else expect(p).toBeCloseTo(per1000, 12);
    if (share === '') expect(sh).toBe('');
    else expect(sh).toBeCloseTo(share, 12);
  });
});

describe('a portable budget’s line on the day its document comes into force', () => {
  const award = (asOf: string): Sheet =>
    sheetOf('budget-eldercare', { city: '赣州', asOf, form: 'portable' }).fill('三级', '新评定机构数（家）', 2, 'awards').fill('五级', '新评定机构数（家）', 1, 'awards').recalculate();

  it('pays 10 万元 a 三级 home and 30 万元 a 五级 home from 2023-12-13, the day 赣市府发〔2023〕13号 was issued', () => {
    const s = award('2023-12-13');
    expect(cached(s, '三级', '每家奖补（元）', 'awards')).toBe(100_000);
    expect(cached(s, '三级', '奖补合计（元）', 'awards')).toBe(200_000);
    expect(cached(s, '五级', '每家奖补（元）', 'awards')).toBe(300_000);
    expect(cached(s, '小计', '奖补合计（元）', 'awards')).toBe(500_000);
  });

  it('pays nothing the day before, and says from when', () => {
    const s = award('2023-12-12');
    expect(cached(s, '三级', '每家奖补（元）', 'awards')).toBe('');
    expect(cached(s, '三级', '奖补合计（元）', 'awards')).toBe('');
    expect(String(cached(s, '三级', '依据', 'awards'))).toContain('2023-12-13');
  });

  it('takes a count left empty as none: an empty 核定护理型床位数 pays 0, 120 new beds 120 × 10000', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: '2024-06-01', form: 'portable' })
      .fill('新建', '核定护理型床位数（张）', 120, 'beds')
      .fill('扩建', '核定护理型床位数（张）', null, 'beds')
      .recalculate();
    expect(cached(s, '扩建', '建设补贴（元）', 'beds')).toBe(0);
    expect(cached(s, '新建', '建设补贴（元）', 'beds')).toBe(1_200_000);
  });
});
