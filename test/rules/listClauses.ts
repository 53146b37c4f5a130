/**
 * The clause tests of the figures added with 赣州市基本养老服务清单（2023年版） and the other figures of
 * issue 8: one per parameter and document, named by the clause, each checked through the function
 * that reads it, or through `careplan rules`' own listing where no function does. clauses.test.ts
 * runs them with the others, and its last test fails if a parameter has none.
 */
import { expect } from 'vitest';
import { findFunction, invoke } from '../../src/catalog';
import { parameterRows } from '../../src/cli/format';
import { homeSize } from '../../src/rules/standards/homeSize';
import { priceCap, rentCap } from '../../src/rules/standards/marketCap';
import { allowance } from '../../src/rules/subsidies/allowance';
import { hardshipLiving } from '../../src/rules/subsidies/hardshipLiving';
import type { City } from '../../src/rules/core/enums';
import { expectRefusal } from '../helpers';

export interface Clause {
  /** city|parameter id|in force from */
  key: string;
  clause: string;
  check: () => void;
}

const GZ22 = '2023-06-01';
const GZ23 = '2024-06-01';
const YT = '2023-01-01';
const JA = '2023-01-01';
const FZ = '2021-01-01';

/** The figure `careplan rules` lists for a parameter version, and its quote. */
function listed(city: City, id: string, from: string): { value?: number; values?: Record<string, number>; min?: number; max?: number; quote: string; to?: string } {
  const row = parameterRows(city).find((r) => r.id === id && r.from === from);
  if (!row) throw new Error(`careplan rules lists no ${city} ${id} from ${from}`);
  return { ...row, quote: row.citation.quote };
}

const source = (name: string, city: string, asOf: string): string => invoke(findFunction('SOURCE')!, [name, city, asOf]).value as string;

export const LIST_CLAUSES: Clause[] = [
  {
    key: 'ganzhou|allowance.oldAge|2023-12-13',
    clause: '赣州 2023 附件第4项：高龄津贴 80周岁及以上老年人 每人每月50-1000元不等（区间：两端都保留，按最低额50元计）',
    check: () => {
      const r = allowance({ city: '赣州', item: '高龄津贴', asOf: GZ23 });
      expect(r.value).toBe(50);
      expect(r.notes![0]!.zh).toContain('50–1000');
      expect(listed('ganzhou', 'allowance.oldAge', '2023-12-13')).toMatchObject({ min: 50, max: 1000 });
    },
  },
  {
    key: 'ganzhou|allowance.serviceSubsidy|2023-12-13',
    clause: '赣州 2023 附件第5项：经济困难的老年人养老服务补贴 每人每月50元',
    check: () => expect(allowance({ city: '赣州', item: '经济困难的老年人养老服务补贴', persons: 10, months: 12, asOf: GZ23 }).value).toBe(6000),
  },
  {
    key: 'ganzhou|allowance.disabledCare|2023-12-13',
    clause: '赣州 2023 附件第6项：低保对象中没有享受残疾人护理补贴的失能老年人护理补贴每人每月不低于50元',
    check: () => expect(allowance({ city: '赣州', item: '失能老年人护理补贴', persons: 2, asOf: GZ23 }).value).toBe(100),
  },
  {
    key: 'ganzhou|allowance.disabledPerson|2023-12-13',
    clause: '赣州 2023 附件第7项：每人每月100元的城乡困难残疾人生活补贴，每人每月100元的重度残疾人护理补贴',
    check: () => {
      expect(allowance({ city: '赣州', item: '困难残疾人生活补贴', asOf: GZ23 }).value).toBe(100);
      expect(allowance({ city: '赣州', item: 'severe-disability-care', asOf: GZ23 }).value).toBe(100);
    },
  },
  {
    key: 'ganzhou|allowance.familyPlanning|2023-12-13',
    clause: '赣州 2023 附件第10项：独生子女死亡的特别扶助对象每人每月810元，独生子女伤残的每人每月550元',
    check: () => {
      expect(allowance({ city: '赣州', item: '独生子女死亡', asOf: GZ23 }).value).toBe(810);
      expect(allowance({ city: '赣州', item: '独生子女伤残特别扶助金', asOf: GZ23 }).value).toBe(550);
    },
  },
  {
    key: 'ganzhou|hardshipSupport.basicLivingMultiple|2023-12-13',
    clause: '赣州 2023 附件第15、16项：特困老年人基本生活标准不低于当地最低生活保障标准的1.3倍',
    check: () => {
      expect(hardshipLiving({ city: '赣州', minLiving: 800, asOf: GZ23 }).value).toBe(1040);
      expectRefusal(() => hardshipLiving({ city: '赣州', minLiving: 800, asOf: '2023-12-12' }), 'NO_RULE_IN_FORCE', '2023-12-13');
    },
  },
  {
    key: 'ganzhou|lotteryFund.elderlyShare|2023-12-13',
    clause: '赣州 2023 15：用于社会福利事业的彩票公益金中支持发展养老服务的占比不得低于55%',
    check: () => {
      expect(listed('ganzhou', 'lotteryFund.elderlyShare', '2023-12-13').value).toBe(0.55);
      expect(source('lotteryFund.elderlyShare', '赣州', GZ23)).toContain('不得低于 55%');
    },
  },
  {
    key: 'ganzhou|premisesRent.discountBelowMarket|2023-12-13',
    clause: '赣州 2023 9：闲置国有资产场所无偿或低偿（低于同类房屋市场租金的50%以上）用于养老服务',
    check: () => {
      const r = rentCap({ city: '赣州', marketRent: 30000, asOf: GZ23 });
      expect(r.value).toBe(15000);
      expect(r.sources[0]!.document).toBe('赣市府发〔2023〕13号');
    },
  },
  {
    key: 'ganzhou|trainingQuota.studentsPerYear|2023-12-13',
    clause: '赣州 2023 10：全市每年依托有关院校定向培养50名以上养老服务相关专业学生',
    check: () => expect(listed('ganzhou', 'trainingQuota.studentsPerYear', '2023-12-13').value).toBe(50),
  },
  {
    key: 'ganzhou|homeSize.hardshipCareInstitution|2023-12-13',
    clause: '赣州 2023 4：县级特困失能人员集中照护机构床位数不低于100张',
    check: () => {
      expect(homeSize({ city: '赣州', kind: '特困失能人员集中照护机构', beds: 100, asOf: GZ23 }).value).toBe(true);
      expect(homeSize({ city: '赣州', kind: '特困失能人员集中照护机构', beds: 99, asOf: GZ23 }).value).toBe(false);
    },
  },
  {
    key: 'ganzhou|homeSize.hardshipCareInstitutionGrade|2023-12-13',
    clause: '赣州 2023 4：县级特困失能人员集中照护机构等级评定三级及以上',
    check: () => {
      expect(homeSize({ city: '赣州', kind: 'hardship-care', beds: 120, grade: '三级', asOf: GZ23 }).value).toBe(true);
      expect(homeSize({ city: '赣州', kind: 'hardship-care', beds: 120, grade: 2, asOf: GZ23 }).value).toBe(false);
    },
  },
  {
    key: 'ganzhou|lotteryFund.elderlyShare|2022-11-30',
    clause: '赣州 2022 四（三）：各地用于社会福利事业的彩票公益金，要将55％以上用于支持发展养老服务（至2023-12-12）',
    check: () => expect(listed('ganzhou', 'lotteryFund.elderlyShare', '2022-11-30')).toMatchObject({ value: 0.55, to: '2023-12-12' }),
  },
  {
    key: 'ganzhou|tax.communityIncomeShare|2022-11-30',
    clause: '赣州 2022 四（三）：为社区提供养老托育服务取得的收入，在计算应纳税所得额时减按90％计入收入总额',
    check: () => {
      expect(listed('ganzhou', 'tax.communityIncomeShare', '2022-11-30')).toMatchObject({ value: 0.9 });
      expect(source('tax.communityIncomeShare', '赣州', GZ23)).toContain('减按 90％计入收入总额');
    },
  },
  {
    key: 'ganzhou|premisesRent.discountBelowMarket|2022-11-30',
    clause: '赣州 2022 附件3第25项：闲置国有资产场所低于同类房屋市场租金的50%以上安排用于养老托育服务',
    check: () => {
      const r = rentCap({ city: '赣州', marketRent: 10000, asOf: GZ22 });
      expect(r.value).toBe(5000);
      expect(r.sources[0]!.document).toBe('赣市府字〔2022〕94号');
    },
  },
  {
    key: 'ganzhou|trainingQuota.studentsPerYear|2022-11-30',
    clause: '赣州 2022 四（四）：每年定向培养养老服务相关专业学生50名以上（至2023-12-12）',
    check: () => expect(listed('ganzhou', 'trainingQuota.studentsPerYear', '2022-11-30')).toMatchObject({ value: 50, to: '2023-12-12' }),
  },
  {
    key: 'yingtan|lotteryFund.elderlyShare|2022-03-28',
    clause: '鹰潭 23：将用于社会福利事业的彩票公益金55%以上用于支持发展养老服务',
    check: () => expect(listed('yingtan', 'lotteryFund.elderlyShare', '2022-03-28').value).toBe(0.55),
  },
  {
    key: 'yingtan|inclusivePrice.maxShareOfMarket|2022-03-28',
    clause: '鹰潭 2：普惠性服务价格不高于当地同等服务市场价格的70%',
    check: () => expect(priceCap({ city: '鹰潭', marketPrice: 3000, asOf: YT }).value).toBe(2100),
  },
  {
    key: 'yingtan|traineeSubsidy.raised|2022-03-28',
    clause: '鹰潭 专栏6（四）：见习期满留用率达到50%以上的单位，见习补贴标准提高到最低工资标准的100%',
    check: () => expect(listed('yingtan', 'traineeSubsidy.raised', '2022-03-28').values).toEqual({ minRetention: 0.5, shareOfMinWage: 1 }),
  },
  {
    key: 'yingtan|traineeSubsidy.minMonths|2022-03-28',
    clause: '鹰潭 专栏6（四）：与见习留用人员签订6个月以上劳动合同且工作满6个月',
    check: () => expect(listed('yingtan', 'traineeSubsidy.minMonths', '2022-03-28').value).toBe(6),
  },
  {
    key: 'yingtan|homeSize.nursingHome|2022-03-28',
    clause: '鹰潭 专栏1（二）：至少要建有1个300张床位以上的护理型养老院（300张含本数，无上限）',
    check: () => {
      expect(homeSize({ city: '鹰潭', kind: '护理型养老院', beds: 300, asOf: YT }).value).toBe(true);
      expect(homeSize({ city: '鹰潭', kind: '护理型养老院', beds: 299, asOf: YT }).value).toBe(false);
      expect(homeSize({ city: '鹰潭', kind: '护理型养老院', beds: 800, asOf: YT }).value).toBe(true);
    },
  },
  {
    key: 'yingtan|landUse.transitionYears|2022-03-28',
    clause: '鹰潭 22：利用存量房产发展养老托育服务，可享受在5年内不改变用地主体和规划条件的过渡期政策',
    check: () => expect(listed('yingtan', 'landUse.transitionYears', '2022-03-28').value).toBe(5),
  },
  {
    key: 'yingtan|conversion.simplifiedMaxArea|2022-03-28',
    clause: '鹰潭 专栏5（三）：利用建筑面积1000平方米以下的建筑改造为养老服务设施的，可不再要求出具近期动迁计划说明等',
    check: () => expect(listed('yingtan', 'conversion.simplifiedMaxArea', '2022-03-28').value).toBe(1000),
  },
  {
    key: 'jian|lotteryFund.elderlyShare|2022-07-13',
    clause: '吉安 四（二）：各级留存使用的福利彩票公益金55%以上用于支持发展养老服务',
    check: () => expect(listed('jian', 'lotteryFund.elderlyShare', '2022-07-13').value).toBe(0.55),
  },
  {
    key: 'jian|homeSize.townshipHome|2022-07-13',
    clause: '吉安 三（四）1：乡镇敬老院每所机构建设床位原则上控制在40至150张（两端都含）',
    check: () => {
      const at = (beds: number) => homeSize({ city: '吉安', kind: '乡镇敬老院', beds, asOf: JA }).value;
      expect([39, 40, 150, 151].map(at)).toEqual([false, true, true, false]);
    },
  },
  {
    key: 'jian|trainingQuota.studentsPerYear|2021-01-01',
    clause: '吉安 三（八）3：自2021年起，每年定向培养养老服务相关专业学生100人以上',
    check: () => {
      expect(listed('jian', 'trainingQuota.studentsPerYear', '2021-01-01').value).toBe(100);
      expectRefusal(() => source('trainingQuota.studentsPerYear', '吉安', '2020-12-31'), 'NO_RULE_IN_FORCE', '2021-01-01');
    },
  },
  {
    key: 'fuzhou|lotteryFund.elderlyShare|2020-03-24',
    clause: '抚州 18：市、县两级留存使用的福彩公益金55%以上用于支持养老服务发展',
    check: () => expect(listed('fuzhou', 'lotteryFund.elderlyShare', '2020-03-24').value).toBe(0.55),
  },
  {
    key: 'fuzhou|hardshipSupport.basicLivingMultiple|2020-03-24',
    clause: '抚州 24：落实不低于当地城乡最低生活保障标准1.3倍的特困人员基本生活费',
    check: () => expect(hardshipLiving({ city: '抚州', minLiving: 700, asOf: FZ }).value).toBe(910),
  },
  {
    key: 'fuzhou|hardshipSupport.disabledUrbanStandard|2020-03-24',
    clause: '抚州 24：对城乡特困失能、半失能人员基本生活标准统一按城市集中供养标准执行',
    check: () => {
      const r = hardshipLiving({ city: '抚州', minLiving: 700, asOf: FZ });
      expect(r.notes![0]!.zh).toContain('城市集中供养标准');
      expect(r.sources.map((s) => s.ref)).toEqual(['hardshipSupport.basicLivingMultiple', 'hardshipSupport.disabledUrbanStandard']);
    },
  },
  {
    key: 'fuzhou|conversion.simplifiedMaxArea|2020-03-24',
    clause: '抚州 15：利用建筑面积1000平方米以下的独栋建筑或内部楼层改造为养老服务设施的，可不出具近期动迁计划说明等',
    check: () => expect(source('conversion.simplifiedMaxArea', '抚州', FZ)).toContain('1000平方米以下'),
  },
  {
    key: 'fuzhou|homeSize.nursingHome|2020-03-24',
    clause: '抚州 9：各县（区）至少建有1个床位300张以上500张以下的护理型养老院（两端都含）',
    check: () => {
      const at = (beds: number) => homeSize({ city: '抚州', kind: '护理型养老院', beds, asOf: FZ }).value;
      expect([299, 300, 500, 501].map(at)).toEqual([false, true, true, false]);
    },
  },
];
