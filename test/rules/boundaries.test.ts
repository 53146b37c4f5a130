/**
 * Thresholds read as the documents' words require (以上 includes the number, 超过 excludes it), and
 * every date where a rule starts or is superseded, checked on both sides.
 */
import { describe, expect, it } from 'vitest';
import { childcareSlots } from '../../src/rules/standards/childcareSlots';
import { facilityArea } from '../../src/rules/standards/facilityArea';
import { landNeed } from '../../src/rules/standards/landNeed';
import { medRoom } from '../../src/rules/standards/medRoom';
import { staffNeed } from '../../src/rules/standards/staffNeed';
import { bedSubsidy } from '../../src/rules/subsidies/bedSubsidy';
import { caregiverBonus } from '../../src/rules/subsidies/caregiverBonus';
import { gradBonus } from '../../src/rules/subsidies/gradBonus';
import { opSubsidy } from '../../src/rules/subsidies/opSubsidy';
import { ratingAward } from '../../src/rules/subsidies/ratingAward';
import { hardshipCare } from '../../src/rules/subsidies/hardshipCare';
import { loanCap } from '../../src/rules/subsidies/loanCap';
import { expectRefusal } from '../helpers';

describe('以上 includes the number', () => {
  for (const city of ['鹰潭', '抚州']) {
    it(`${city}: a public home with exactly 50 residents needs a clinic, with 49 it does not`, () => {
      expect(medRoom({ city, ownership: '公办', count: 50 }).value).toBe(true);
      expect(medRoom({ city, ownership: '公办', count: 49 }).value).toBe(false);
    });
    it(`${city}: a private home with exactly 150 beds needs a clinic, with 149 it does not`, () => {
      expect(medRoom({ city, ownership: '民办', count: 150 }).value).toBe(true);
      expect(medRoom({ city, ownership: '民办', count: 149 }).value).toBe(false);
    });
  }
});

describe('超过 excludes the number', () => {
  it('赣州: an area whose elderly share is exactly 20% keeps 0.1 m² a head; just over 20% takes 0.2', () => {
    expect(landNeed({ city: '赣州', population: 10000, elderlyShare: 0.2 }).value).toBe(1000);
    expect(landNeed({ city: '赣州', population: 10000, elderlyShare: 0.2000001 }).value).toBe(2000);
    expect(landNeed({ city: '赣州', population: 10000, elderlyShare: 0.1999999 }).value).toBe(1000);
  });
});

describe('不少于 a ratio is a minimum, so fractions round up', () => {
  it('赣州 新建: 1,001 people need 11 slots (10.01 rounded up), 1,000 need exactly 10', () => {
    expect(childcareSlots({ city: '赣州', population: 1001, siteType: '新建' }).value).toBe(11);
    expect(childcareSlots({ city: '赣州', population: 1000, siteType: '新建' }).value).toBe(10);
    expect(childcareSlots({ city: '赣州', population: 0, siteType: '新建' }).value).toBe(0);
  });
  it('赣州 1:3, 1:6, 1:10: 3 + 6 + 10 residents need exactly 3 carers, one more resident makes 4', () => {
    expect(staffNeed({ city: '赣州', severe: 3, moderate: 6, able: 10 }).value).toBe(3);
    expect(staffNeed({ city: '赣州', severe: 3, moderate: 6, able: 11 }).value).toBe(4);
    expect(staffNeed({ city: '赣州', severe: 1, moderate: 1, able: 1 }).value).toBe(1);
  });
});

describe('the single-site minimum', () => {
  it('赣州: 1,500 new households need 300 m² (the minimum), 1,501 need 300.2 m²; no households need no site', () => {
    expect(facilityArea({ city: '赣州', households: 1500, siteType: '新建' }).value).toBe(300);
    expect(facilityArea({ city: '赣州', households: 1501, siteType: '新建' }).value).toBe(300.2);
    expect(facilityArea({ city: '赣州', households: 1, siteType: '已建' }).value).toBe(200);
    expect(facilityArea({ city: '赣州', households: 0, siteType: '已建' }).value).toBe(0);
  });
});

describe('dates: a later document supersedes from its own day', () => {
  it('赣州 caregiver bonus for 高级技师: 3000 on 2023-12-12, 5000 from 2023-12-13 (赣市府发〔2023〕13号)', () => {
    expect(caregiverBonus({ city: '赣州', level: '高级技师', asOf: '2023-12-12' }).value).toBe(3000);
    expect(caregiverBonus({ city: '赣州', level: '高级技师', asOf: '2023-12-13' }).value).toBe(5000);
  });
  it('赣州 caregiver bonus for 初级: 1000 before, 500 after the 2023 opinion', () => {
    expect(caregiverBonus({ city: '赣州', level: '初级', asOf: '2023-12-12' }).value).toBe(1000);
    expect(caregiverBonus({ city: '赣州', level: '初级', asOf: '2023-12-13' }).value).toBe(500);
  });
  it('the superseded figure says when it stopped, the new one when it started', () => {
    const before = caregiverBonus({ city: '赣州', level: 1, asOf: '2023-01-01' }).sources[0]!;
    const after = caregiverBonus({ city: '赣州', level: 1, asOf: '2024-01-01' }).sources[0]!;
    expect([before.from, before.to, before.document]).toEqual(['2022-11-30', '2023-12-12', '赣市府字〔2022〕94号']);
    expect([after.from, after.to, after.document]).toEqual(['2023-12-13', undefined, '赣市府发〔2023〕13号']);
  });
  it('赣州 has no rule before 赣市府字〔2022〕94号 (2022-11-30): NO_RULE_IN_FORCE naming the first date', () => {
    expectRefusal(() => bedSubsidy({ city: '赣州', beds: 1, buildType: '新建', asOf: '2022-11-29' }), 'NO_RULE_IN_FORCE', '2022-11-30');
    expect(bedSubsidy({ city: '赣州', beds: 1, buildType: '新建', asOf: '2022-11-30' }).value).toBe(10000);
  });
  it('赣州 rating awards and staffing ratios start with the 2023 opinion', () => {
    expectRefusal(() => ratingAward({ city: '赣州', grade: 3, asOf: '2023-12-12' }), 'NO_RULE_IN_FORCE', '2023-12-13');
    expect(ratingAward({ city: '赣州', grade: 3, asOf: '2023-12-13' }).value).toBe(100000);
    expectRefusal(() => staffNeed({ city: '赣州', severe: 3, moderate: 0, able: 0, asOf: '2023-12-12' }), 'NO_RULE_IN_FORCE');
    expectRefusal(() => hardshipCare({ city: '赣州', minWage: 1000, level: '失能', asOf: '2023-12-12' }), 'NO_RULE_IN_FORCE');
  });
  it('鹰潭 rules start on 2022-03-28, 抚州 on 2020-03-24 and stay in force after the 2019–2021 plan', () => {
    expectRefusal(() => opSubsidy({ city: '鹰潭', severe: 1, partial: 0, asOf: '2022-03-27' }), 'NO_RULE_IN_FORCE', '2022-03-28');
    expectRefusal(() => opSubsidy({ city: '抚州', severe: 1, partial: 0, asOf: '2020-03-23' }), 'NO_RULE_IN_FORCE', '2020-03-24');
    expect(opSubsidy({ city: '抚州', severe: 1, partial: 0, asOf: '2026-11-23' }).value).toBe(200);
  });
  it('the as-of date may be an Excel serial: 45273 is 2023-12-13', () => {
    expect(caregiverBonus({ city: '赣州', level: 5, asOf: 45272 }).value).toBe(3000);
    expect(caregiverBonus({ city: '赣州', level: 5, asOf: 45273 }).value).toBe(5000);
  });
  it('without an as-of date the rules in force today apply', () => {
    expect(gradBonus({ city: '赣州', education: '本科' }).sources[0]!.document).toBe('赣市府发〔2023〕13号');
  });
});

describe('NOT_IN_POLICY where a city’s document fixes no figure', () => {
  const cases: [string, () => unknown, string[]][] = [
    ['抚州 sets no bed construction subsidy', () => bedSubsidy({ city: '抚州', beds: 1, buildType: '新建' }), ['抚办发〔2020〕4号']],
    ['鹰潭 leaves the bed subsidy to the provincial standard', () => bedSubsidy({ city: '鹰潭', beds: 1, buildType: '新建' }), ['省级', '50%']],
    ['吉安 sets no caregiver bonus', () => caregiverBonus({ city: '吉安', level: '初级' }), ['吉府办发〔2022〕16号']],
    ['吉安 sets no hardship care funding', () => hardshipCare({ city: '吉安', minWage: 1000, level: '失能' }), ['吉府办发〔2022〕16号']],
    ['抚州 sets no loan ceiling for individuals', () => loanCap({ city: '抚州', borrower: '个人' }), ['个人', '小微企业']],
    ['抚州 does not say how an upgrade is paid', () => ratingAward({ city: '抚州', grade: 5, previousGrade: 4 }), ['升级']],
    ['赣州 sets no clinic threshold', () => medRoom({ city: '赣州', ownership: '公办', count: 60 }), ['赣市府字〔2022〕94号', '赣市府发〔2023〕13号']],
  ];
  for (const [name, f, words] of cases) it(name, () => expectRefusal(f, 'NOT_IN_POLICY', ...words));
});

