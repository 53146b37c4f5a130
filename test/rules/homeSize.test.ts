/**
 * HOMESIZE, PRICECAP and RENTCAP: a planned home's beds against the city's standard for its kind
 * (以上 and 以下 and 至 include the number), and the ceilings of an inclusive price and of the rent
 * of idle state premises.
 */
import { describe, expect, it } from 'vitest';
import { homeSize } from '../../src/rules/standards/homeSize';
import { priceCap, rentCap } from '../../src/rules/standards/marketCap';
import { expectRefusal } from '../helpers';

describe('HOMESIZE', () => {
  it('a Ji’an township home of 40 or of 150 beds meets 40 至 150 张; 39 or 151 does not; the note gives the bounds', () => {
    const r = (beds: number) => homeSize({ city: '吉安', kind: '乡镇敬老院', beds, asOf: '2023-01-01' });
    expect([39, 40, 150, 151].map((b) => r(b).value)).toEqual([false, true, true, false]);
    expect(r(40).notes![0]!.zh).toContain('40–150');
    expect(r(40).sources[0]!.quote).toContain('40 至 150 张');
  });

  it('a Fuzhou county nursing home must have 300 beds or more and 500 or fewer (300张以上500张以下)', () => {
    const r = (beds: number) => homeSize({ city: '抚州', kind: 'nursing-home', beds, asOf: '2021-01-01' }).value;
    expect([299, 300, 500, 501].map(r)).toEqual([false, true, true, false]);
  });

  it('a Yingtan nursing home of 300 beds or more meets the standard, with no upper bound', () => {
    const r = homeSize({ city: '鹰潭', kind: '突出护理功能的综合养老院', beds: 1000, asOf: '2023-01-01' });
    expect(r.value).toBe(true);
    expect(r.notes![0]!.zh).toContain('不少于 300');
    expect(homeSize({ city: '鹰潭', kind: '护理型养老院', beds: 299, asOf: '2023-01-01' }).value).toBe(false);
  });

  it('a Ganzhou county care institution for 特困 disabled people needs 100 beds and grade 3 or above; without a grade only the beds are judged, and a note says so', () => {
    const at = (beds: number, grade?: unknown) => homeSize({ city: '赣州', kind: '特困失能人员集中照护机构', beds, grade, asOf: '2024-03-01' });
    expect(at(100, 3).value).toBe(true);
    expect(at(100, '五级').value).toBe(true);
    expect(at(100, 2).value).toBe(false);
    expect(at(99, 5).value).toBe(false);
    const blank = at(100);
    expect(blank.value).toBe(true);
    expect(blank.notes!.map((n) => n.zh).join()).toContain('未填等级');
    expect(blank.sources.map((s) => s.ref)).toEqual(['homeSize.hardshipCareInstitution', 'homeSize.hardshipCareInstitutionGrade']);
  });

  it('before 2023-12-13 Ganzhou set no such size; a kind a city does not size is NOT_IN_POLICY', () => {
    expectRefusal(() => homeSize({ city: '赣州', kind: 'hardship-care', beds: 120, asOf: '2023-12-12' }), 'NO_RULE_IN_FORCE', '2023-12-13');
    expectRefusal(() => homeSize({ city: '赣州', kind: '乡镇敬老院', beds: 120 }), 'NOT_IN_POLICY', '乡镇敬老院床位数');
    expectRefusal(() => homeSize({ city: '吉安', kind: '护理型养老院', beds: 300 }), 'NOT_IN_POLICY');
  });

  it('refuses a fraction of a bed and a kind of home it does not know', () => {
    expectRefusal(() => homeSize({ city: '吉安', kind: '乡镇敬老院', beds: 40.5 }), 'BAD_ARGUMENT', '床位数');
    expectRefusal(() => homeSize({ city: '吉安', kind: '幼儿园', beds: 40 }), 'BAD_ARGUMENT', '乡镇敬老院');
  });
});

describe('PRICECAP and RENTCAP', () => {
  it('a Yingtan inclusive service costing 3,000 on the market may cost at most 2,100 (不高于 70%)', () => {
    const r = priceCap({ city: '鹰潭', marketPrice: 3000, asOf: '2023-01-01' });
    expect(r.value).toBe(2100);
    expect(r.sources[0]!.quote).toContain('70%');
  });

  it('idle state premises in Ganzhou let for elderly care at a market rent of 12,000 may be let for at most 6,000, or free', () => {
    expect(rentCap({ city: '赣州', marketRent: 12000, asOf: '2024-03-01' }).value).toBe(6000);
    expect(rentCap({ city: '赣州', marketRent: 0, asOf: '2024-03-01' }).value).toBe(0);
  });

  it('the rent rule runs from the 2022 plan (养老托育服务) and the 2023 opinion restates it; before 2022-11-30 there is none', () => {
    expect(rentCap({ city: '赣州', marketRent: 100, asOf: '2023-01-01' }).sources[0]!.document).toBe('赣市府字〔2022〕94号');
    expect(rentCap({ city: '赣州', marketRent: 100, asOf: '2024-01-01' }).sources[0]!.document).toBe('赣市府发〔2023〕13号');
    expectRefusal(() => rentCap({ city: '赣州', marketRent: 100, asOf: '2022-11-29' }), 'NO_RULE_IN_FORCE', '2022-11-30');
  });

  it('cities without the figure refuse, and a negative market price is out of range', () => {
    expectRefusal(() => priceCap({ city: '赣州', marketPrice: 3000 }), 'NOT_IN_POLICY');
    expectRefusal(() => rentCap({ city: '鹰潭', marketRent: 3000 }), 'NOT_IN_POLICY');
    expectRefusal(() => priceCap({ city: '鹰潭', marketPrice: -5 }), 'OUT_OF_RANGE', '市场价格');
  });
});
