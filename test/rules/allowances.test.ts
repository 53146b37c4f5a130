/**
 * ALLOWANCE and HARDSHIPLIVING: the monthly amounts of 赣州市基本养老服务清单（2023年版）, a span
 * answered by its guaranteed minimum, the list's dates, and the 特困 basic living standard.
 */
import { describe, expect, it } from 'vitest';
import { allowance } from '../../src/rules/subsidies/allowance';
import { hardshipLiving } from '../../src/rules/subsidies/hardshipLiving';
import { serviceBuy } from '../../src/rules/subsidies/serviceBuy';
import { expectRefusal } from '../helpers';

const LIST_DAY = '2023-12-13';
const DAY_BEFORE = '2023-12-12';

describe('ALLOWANCE', () => {
  it('in 2024, 100 people aged 80 or more in Ganzhou get at least 50 yuan a month each: 5,000 a month, 60,000 a year', () => {
    expect(allowance({ city: '赣州', item: '高龄津贴', persons: 100, asOf: '2024-03-01' }).value).toBe(5000);
    expect(allowance({ city: '赣州', item: '高龄津贴', persons: 100, months: 12, asOf: '2024-03-01' }).value).toBe(60000);
  });

  it('says the 高龄津贴 span, 50–1000 yuan, in its note and never answers a figure inside it', () => {
    const r = allowance({ city: '赣州', item: 'old-age', asOf: '2024-03-01' });
    expect(r.value).toBe(50);
    expect(r.notes).toHaveLength(1);
    expect(r.notes![0]!.zh).toContain('50–1000');
    expect(r.notes![0]!.en).toContain('50 to 1000');
    expect(r.sources[0]).toMatchObject({ ref: 'allowance.oldAge', section: '附件 赣州市基本养老服务清单（2023年版）第4项' });
  });

  it('gives one person one month by default: the standard itself', () => {
    const each = (item: string) => allowance({ city: '赣州', item, asOf: '2024-03-01' }).value;
    expect(['养老服务补贴', '失能老年人护理补贴', '困难残疾人生活补贴', '重度残疾人护理补贴', '独生子女死亡特别扶助金', '独生子女伤残特别扶助金'].map(each)).toEqual([50, 50, 100, 100, 810, 550]);
  });

  it('reads 居家养老服务支持 from the one parameter SERVICEBUY reads, so the two never disagree', () => {
    const home = allowance({ city: '赣州', item: '重度失能居家养老服务支持', persons: 10, months: 12, asOf: '2024-03-01' });
    const buy = serviceBuy({ city: '赣州', severe: 10, partial: 0, months: 12, asOf: '2024-03-01' });
    expect(home.value).toBe(buy.value);
    expect(home.sources).toEqual(buy.sources);
    expect(allowance({ city: '赣州', item: '居家养老服务支持（中度失能）', asOf: '2024-03-01' }).value).toBe(100);
  });

  it('before 2023-12-13 the list’s new items are not yet in force: NO_RULE_IN_FORCE naming the first day', () => {
    for (const item of ['高龄津贴', '养老服务补贴', '失能老年人护理补贴', '困难残疾人生活补贴', '重度残疾人护理补贴', '独生子女死亡', '独生子女伤残']) {
      expectRefusal(() => allowance({ city: '赣州', item, asOf: DAY_BEFORE }), 'NO_RULE_IN_FORCE', LIST_DAY, '赣市府发〔2023〕13号');
      expect(allowance({ city: '赣州', item, asOf: LIST_DAY }).value).toBeGreaterThan(0);
    }
  });

  it('before 2023-12-13 居家养老服务支持 stands on the 2022 plan’s same figure; before 2022-11-30 on nothing', () => {
    const r = allowance({ city: '赣州', item: 'home-care-severe', asOf: DAY_BEFORE });
    expect(r.value).toBe(200);
    expect(r.sources[0]!.document).toBe('赣市府字〔2022〕94号');
    expectRefusal(() => allowance({ city: '赣州', item: 'home-care-moderate', asOf: '2022-11-29' }), 'NO_RULE_IN_FORCE', '2022-11-30');
  });

  it('the other three cities have no such list: NOT_IN_POLICY naming their documents', () => {
    expectRefusal(() => allowance({ city: '鹰潭', item: '高龄津贴', asOf: '2024-03-01' }), 'NOT_IN_POLICY', '鹰府字〔2022〕20号', '高龄津贴');
    expectRefusal(() => allowance({ city: '抚州', item: '独生子女死亡', asOf: '2024-03-01' }), 'NOT_IN_POLICY', '抚办发〔2020〕4号');
  });

  it('refuses an item the list does not pay monthly, naming the accepted words, and a fraction of a person', () => {
    expectRefusal(() => allowance({ city: '赣州', item: '公证服务' }), 'BAD_ARGUMENT', '高龄津贴', 'bereaved-family');
    expectRefusal(() => allowance({ city: '赣州', item: '高龄津贴', persons: 2.5 }), 'BAD_ARGUMENT', '人数');
    expectRefusal(() => allowance({ city: '赣州', item: '高龄津贴', months: -1 }), 'OUT_OF_RANGE', '月数');
  });
});

describe('HARDSHIPLIVING', () => {
  it('in Ganzhou a person in extreme hardship lives on at least 1.3 times the local 低保 standard: 800 gives 1,040', () => {
    const r = hardshipLiving({ city: '赣州', minLiving: 800, asOf: '2024-03-01' });
    expect(r.value).toBe(1040);
    expect(r.sources[0]!.section).toBe('附件 赣州市基本养老服务清单（2023年版）第15项、第16项');
    expect(r.notes).toBeUndefined();
  });

  it('in Fuzhou the same 1.3, with the note that disabled people take the urban standard of institutional support', () => {
    const r = hardshipLiving({ city: 'fuzhou', minLiving: 750, asOf: '2021-01-01' });
    expect(r.value).toBe(975);
    expect(r.notes![0]!.zh).toBe('城乡特困失能、半失能人员基本生活标准统一按城市集中供养标准执行');
  });

  it('Ganzhou before the list, Yingtan and Ji’an at any time: no such figure', () => {
    expectRefusal(() => hardshipLiving({ city: '赣州', minLiving: 800, asOf: DAY_BEFORE }), 'NO_RULE_IN_FORCE', LIST_DAY);
    expectRefusal(() => hardshipLiving({ city: '鹰潭', minLiving: 800 }), 'NOT_IN_POLICY');
    expectRefusal(() => hardshipLiving({ city: '吉安', minLiving: 800 }), 'NOT_IN_POLICY');
  });

  it('takes the 低保 standard as given (a whole year’s gives a year’s minimum) and refuses a negative one', () => {
    expect(hardshipLiving({ city: '赣州', minLiving: 9600, asOf: '2024-03-01' }).value).toBe(12480);
    expectRefusal(() => hardshipLiving({ city: '赣州', minLiving: -1 }), 'OUT_OF_RANGE', '最低生活保障标准');
  });
});
