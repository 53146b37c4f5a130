/**
 * One test per parameter and per document that sets it, named by the clause it checks, and each
 * checked through the public rule function. The last test fails if a parameter in seeds/ has none.
 */
import { describe, expect, it } from 'vitest';
import { allParameters } from '../../src/rules/data/registry';
import { childcareSlots } from '../../src/rules/standards/childcareSlots';
import { facilityArea } from '../../src/rules/standards/facilityArea';
import { landNeed } from '../../src/rules/standards/landNeed';
import { medRoom } from '../../src/rules/standards/medRoom';
import { staffNeed } from '../../src/rules/standards/staffNeed';
import { bedSubsidy } from '../../src/rules/subsidies/bedSubsidy';
import { caregiverBonus } from '../../src/rules/subsidies/caregiverBonus';
import { facilityOps } from '../../src/rules/subsidies/facilityOps';
import { gradBonus } from '../../src/rules/subsidies/gradBonus';
import { hardshipCare } from '../../src/rules/subsidies/hardshipCare';
import { loanCap } from '../../src/rules/subsidies/loanCap';
import { opSubsidy } from '../../src/rules/subsidies/opSubsidy';
import { ratingAward } from '../../src/rules/subsidies/ratingAward';
import { serviceBuy } from '../../src/rules/subsidies/serviceBuy';
import { slotGrant } from '../../src/rules/subsidies/slotGrant';
import { slotOps } from '../../src/rules/subsidies/slotOps';
import { trainingAid } from '../../src/rules/subsidies/trainingAid';
import { expectRefusal } from '../helpers';
import { LIST_CLAUSES, type Clause } from './listClauses';

const GZ22 = '2023-06-01';
const GZ23 = '2024-06-01';
const YT = '2023-01-01';
const JA = '2023-01-01';
const FZ = '2021-01-01';

const clauses: Clause[] = [
  {
    key: 'ganzhou|bedSubsidy.perBed|2022-11-30',
    clause: '赣州 赣市府字〔2022〕94号 四（三）：新建、扩建和利用自有房产建设的床位每张补助不少于10000元，租赁房屋改建床位每张不少于4000元',
    check: () => {
      for (const t of ['新建', '扩建', '自有房产']) expect(bedSubsidy({ city: '赣州', beds: 3, buildType: t, asOf: GZ22 }).value).toBe(30000);
      expect(bedSubsidy({ city: '赣州', beds: 3, buildType: '租赁改建', asOf: GZ22 }).value).toBe(12000);
    },
  },
  {
    key: 'ganzhou|bedSubsidy.perBed|2023-12-13',
    clause: '赣州 赣市府发〔2023〕13号 15：新建、扩建和利用自有房产建设的床位每张补助不少于10000元，租赁房屋改建的床位每张不少于4000元',
    check: () => {
      const r = bedSubsidy({ city: 'ganzhou', beds: 2, buildType: 'owned', asOf: GZ23 });
      expect(r.value).toBe(20000);
      expect(r.sources[0]!.document).toBe('赣市府发〔2023〕13号');
      expect(bedSubsidy({ city: 'ganzhou', beds: 2, buildType: 'leased', asOf: GZ23 }).value).toBe(8000);
    },
  },
  {
    key: 'ganzhou|opSubsidy.perResidentMonth|2022-11-30',
    clause: '赣州 2022 四（三）：按实际接收的重度失能、部分失能老年人数，以每人每月200元、100元为基准',
    check: () => {
      expect(opSubsidy({ city: '赣州', severe: 1, partial: 0, asOf: GZ22 }).value).toBe(200);
      expect(opSubsidy({ city: '赣州', severe: 0, partial: 1, asOf: GZ22 }).value).toBe(100);
    },
  },
  {
    key: 'ganzhou|opSubsidy.ratingCoefficient|2022-11-30',
    clause: '赣州 2022 四（三）：未评级按1倍系数；评定结果为1-5级的，分别按1.05、1.1、1.15、1.2、1.25倍系数',
    check: () => {
      const byGrade = [0, 1, 2, 3, 4, 5].map((g) => opSubsidy({ city: '赣州', severe: 20, partial: 0, grade: g, asOf: GZ22 }).value);
      expect(byGrade).toEqual([4000, 4200, 4400, 4600, 4800, 5000]);
      expect(opSubsidy({ city: '赣州', severe: 0, partial: 1, grade: '三级', asOf: GZ22 }).value).toBe(115);
    },
  },
  {
    key: 'ganzhou|facilityOps.perFacilityYear|2022-11-30',
    clause: '赣州 2022 四（三）：城市居家和社区养老服务设施每个不低于3万元/年、农村具备助餐功能的互助养老设施每个不低于1万元/年',
    check: () => {
      expect(facilityOps({ city: '赣州', count: 1, area: '城市', asOf: GZ22 }).value).toBe(30000);
      expect(facilityOps({ city: '赣州', count: 1, area: '农村', asOf: GZ22 }).value).toBe(10000);
    },
  },
  {
    key: 'ganzhou|serviceBuy.perPersonMonth|2022-11-30',
    clause: '赣州 2022 四（三）：对经济困难的失能、部分失能老年人分别按照不低于200元/月、100元/月的标准政府购买基本养老服务',
    check: () => {
      expect(serviceBuy({ city: '赣州', severe: 1, partial: 0, asOf: GZ22 }).value).toBe(200);
      expect(serviceBuy({ city: '赣州', severe: 0, partial: 1, asOf: GZ22 }).value).toBe(100);
    },
  },
  {
    key: 'ganzhou|slotGrant.perSlot|2022-11-30',
    clause: '赣州 2022 四（三）：新建的按城市每个托位600元、农村500元，改扩建的按城市500元、农村400元',
    check: () => {
      const g = (buildType: string, area: string) => slotGrant({ city: '赣州', slots: 10, buildType, area, asOf: GZ22 }).value;
      expect([g('新建', '城市'), g('新建', '农村'), g('改扩建', '城市'), g('改扩建', '农村')]).toEqual([6000, 5000, 5000, 4000]);
    },
  },
  {
    key: 'ganzhou|slotOps.perChildMonth|2022-11-30',
    clause: '赣州 2022 四（三）：运营期间以实际收托婴幼儿人数每人每月200元给予运营补贴',
    check: () => expect(slotOps({ city: '赣州', childMonths: 10, asOf: GZ22 }).value).toBe(2000),
  },
  {
    key: 'ganzhou|childcareFunding.share|2022-11-30',
    clause: '赣州 2022 四（三）：补助资金由市、县财政按2：8分担',
    check: () => {
      expect(slotGrant({ city: '赣州', slots: 10, buildType: '新建', area: '城市', part: '市级', asOf: GZ22 }).value).toBe(1200);
      expect(slotGrant({ city: '赣州', slots: 10, buildType: '新建', area: '城市', part: '县级', asOf: GZ22 }).value).toBe(4800);
      expect(slotOps({ city: '赣州', childMonths: 10, part: 'city', asOf: GZ22 }).value).toBe(400);
      expect(slotOps({ city: '赣州', childMonths: 10, part: 'county', asOf: GZ22 }).value).toBe(1600);
    },
  },
  {
    key: 'ganzhou|loanCap.ceiling|2022-11-30',
    clause: '赣州 2022 四（三）：个人和小微企业可分别申请最高不超过30万元、600万元创业担保贷款',
    check: () => {
      expect(loanCap({ city: '赣州', borrower: '个人', asOf: GZ22 }).value).toBe(300000);
      expect(loanCap({ city: '赣州', borrower: '小微企业', asOf: GZ22 }).value).toBe(6000000);
    },
  },
  {
    key: 'ganzhou|trainingAid.perStudentYear|2022-11-30',
    clause: '赣州 2022 四（四）：学习期间安排5000元/生/年的补助',
    check: () => expect(trainingAid({ city: '赣州', students: 50, years: 3, asOf: GZ22 }).value).toBe(750000),
  },
  {
    key: 'ganzhou|caregiverBonus.perCertificate|2022-11-30',
    clause: '赣州 2022 四（四）：初级、中级、高级、技师及高级技师分别给予1000、1500、2000、2500、3000元一次性补贴（至2023-12-12）',
    check: () => {
      const levels = ['初级', '中级', '高级', '技师', '高级技师'].map((level) => caregiverBonus({ city: '赣州', level, asOf: '2023-12-12' }).value);
      expect(levels).toEqual([1000, 1500, 2000, 2500, 3000]);
    },
  },
  {
    key: 'ganzhou|caregiverBonus.perCertificate|2023-12-13',
    clause: '赣州 赣市府发〔2023〕13号 10：本实施意见下发后，分别给予500、1000、2000、3000、5000元的一次性补贴',
    check: () => {
      const levels = [1, 2, 3, 4, 5].map((level) => caregiverBonus({ city: '赣州', level, asOf: '2023-12-13' }).value);
      expect(levels).toEqual([500, 1000, 2000, 3000, 5000]);
    },
  },
  {
    key: 'ganzhou|gradBonus.perGraduate|2022-11-30',
    clause: '赣州 2022 四（四）：奖补标准为中专2万元、大专3万元、本科及以上4万元',
    check: () => expect(['中专', '大专', '本科'].map((education) => gradBonus({ city: '赣州', education, asOf: GZ22 }).value)).toEqual([20000, 30000, 40000]),
  },
  {
    key: 'ganzhou|gradBonus.perGraduate|2023-12-13',
    clause: '赣州 2023 10：奖补标准为中专毕业生2万元、大专毕业生3万元、本科及以上学历毕业生4万元',
    check: () => {
      const r = gradBonus({ city: '赣州', education: '硕士', asOf: GZ23 });
      expect(r.value).toBe(40000);
      expect(r.sources[0]!.document).toBe('赣市府发〔2023〕13号');
    },
  },
  {
    key: 'ganzhou|facilityArea.perHundredHouseholds|2022-11-30',
    clause: '赣州 2022 三（二）：新建和已建居住区分别按每百户不少于20平方米和15平方米配建社区养老服务设施',
    check: () => {
      expect(facilityArea({ city: '赣州', households: 10000, siteType: '新建', asOf: GZ22 }).value).toBe(2000);
      expect(facilityArea({ city: '赣州', households: 10000, siteType: '已建', asOf: GZ22 }).value).toBe(1500);
    },
  },
  {
    key: 'ganzhou|facilityArea.minPerSite|2022-11-30',
    clause: '赣州 2022 三（二）：且单处用房建筑面积不得少于300平方米和200平方米',
    check: () => {
      expect(facilityArea({ city: '赣州', households: 100, siteType: '新建', asOf: GZ22 }).value).toBe(300);
      expect(facilityArea({ city: '赣州', households: 100, siteType: '已建', asOf: GZ22 }).value).toBe(200);
    },
  },
  {
    key: 'ganzhou|childcareSlots.perThousand|2022-11-30',
    clause: '赣州 2022 三（二）：城市社区按每千人口不少于10个和8个托位建设托育服务设施',
    check: () => {
      expect(childcareSlots({ city: '赣州', population: 3000, siteType: '新建', asOf: GZ22 }).value).toBe(30);
      expect(childcareSlots({ city: '赣州', population: 3000, siteType: '已建', asOf: GZ22 }).value).toBe(24);
    },
  },
  {
    key: 'ganzhou|landNeed.perCapita|2022-11-30',
    clause: '赣州 2022 四（二）：人均用地不少于0.1平方米，老年人口占比超过百分之二十的地区不少于0.2平方米',
    check: () => {
      expect(landNeed({ city: '赣州', population: 1000, elderlyShare: 0.1, asOf: GZ22 }).value).toBe(100);
      expect(landNeed({ city: '赣州', population: 1000, elderlyShare: 0.3, asOf: GZ22 }).value).toBe(200);
    },
  },
  {
    key: 'ganzhou|landNeed.agedShareThreshold|2022-11-30',
    clause: '赣州 2022 四（二）：对老年人口占总人口比重超过百分之二十的地区（超过不含本数）',
    check: () => {
      expect(landNeed({ city: '赣州', population: 1000, elderlyShare: 0.2, asOf: GZ22 }).value).toBe(100);
      expect(landNeed({ city: '赣州', population: 1000, elderlyShare: 0.2001, asOf: GZ22 }).value).toBe(200);
    },
  },
  {
    key: 'ganzhou|opSubsidy.perResidentMonth|2023-12-13',
    clause: '赣州 2023 15：以实际收住中度、重度及完全失能老年人每人每月100元、200元为基准，实行1-1.25倍的差异化运营补助',
    check: () => {
      const r = opSubsidy({ city: '赣州', severe: 1, partial: 1, grade: 5, asOf: GZ23 });
      expect(r.value).toBe(375);
      expect(r.sources.map((s) => s.document)).toEqual(['赣市府发〔2023〕13号', '赣市府字〔2022〕94号']);
    },
  },
  {
    key: 'ganzhou|serviceBuy.perPersonMonth|2023-12-13',
    clause: '赣州 2023 2：对经济困难的完全、重度失能和中度、轻度失能老年人分别按照不低于200元/月、100元/月政府购买基本养老服务',
    check: () => expect(serviceBuy({ city: '赣州', severe: 2, partial: 3, months: 12, asOf: GZ23 }).value).toBe(8400),
  },
  {
    key: 'ganzhou|staffing.residentsPerCarer|2023-12-13',
    clause: '赣州 2023 10：养老机构按完全、重度失能人员1：3，中度、轻度失能人员1：6，能力完好人员1:10的比例配备护理人员',
    check: () => {
      expect(staffNeed({ city: '赣州', severe: 3, moderate: 0, able: 0, asOf: GZ23 }).value).toBe(1);
      expect(staffNeed({ city: '赣州', severe: 0, moderate: 6, able: 0, asOf: GZ23 }).value).toBe(1);
      expect(staffNeed({ city: '赣州', severe: 0, moderate: 0, able: 10, asOf: GZ23 }).value).toBe(1);
      expect(staffNeed({ city: '赣州', severe: 4, moderate: 0, able: 0, asOf: GZ23 }).value).toBe(2);
    },
  },
  {
    key: 'ganzhou|ratingAward.perGrade|2023-12-13',
    clause: '赣州 2023 12：民办养老机构获评二到五级的，分别给予5万元、10万元、20万元、30万元资金奖补',
    check: () => {
      expect([1, 2, 3, 4, 5].map((grade) => ratingAward({ city: '赣州', grade, asOf: GZ23 }).value)).toEqual([0, 50000, 100000, 200000, 300000]);
    },
  },
  {
    key: 'ganzhou|ratingAward.upgradeTopUp|2023-12-13',
    clause: '赣州 2023 12：在原等级基础上获评更高等级的，按标准补足奖补资金',
    check: () => {
      expect(ratingAward({ city: '赣州', grade: 5, previousGrade: 3, asOf: GZ23 }).value).toBe(200000);
      expect(ratingAward({ city: '赣州', grade: 3, previousGrade: 3, asOf: GZ23 }).value).toBe(0);
    },
  },
  {
    key: 'ganzhou|hardshipCare.shareOfMinWage|2023-12-13',
    clause: '赣州 2023 附件第6项：特困人员中失能、部分失能老年人的护理补贴每人每月分别不低于当地最低工资标准的80%、20%',
    check: () => {
      expect(hardshipCare({ city: '赣州', minWage: 1850, level: '失能', asOf: GZ23 }).value).toBe(1480);
      expect(hardshipCare({ city: '赣州', minWage: 1850, level: '部分失能', asOf: GZ23 }).value).toBe(370);
    },
  },
  {
    key: 'ganzhou|landNeed.perCapita|2023-12-13',
    clause: '赣州 2023 7：人均用地不少于0.1平方米，老年人口占比超过百分之二十的县（市、区）不少于0.2平方米',
    check: () => {
      const r = landNeed({ city: '赣州', population: 5000, elderlyShare: 0.25, asOf: GZ23 });
      expect(r.value).toBe(1000);
      expect(r.sources[0]!.document).toBe('赣市府发〔2023〕13号');
    },
  },
  {
    key: 'ganzhou|landNeed.agedShareThreshold|2023-12-13',
    clause: '赣州 2023 7：老年人口占总人口比重超过百分之二十的县（市、区）',
    check: () => {
      expect(landNeed({ city: '赣州', population: 5000, elderlyShare: 0.2, asOf: GZ23 }).value).toBe(500);
      expect(landNeed({ city: '赣州', population: 5000, elderlyShare: 0.21, asOf: GZ23 }).value).toBe(1000);
    },
  },
  {
    key: 'yingtan|bedSubsidy.provincialTopUp|2022-03-28',
    clause: '鹰潭 鹰府字〔2022〕20号 23：各地要按照不低于省级标准的50%叠加落实养老机构建设补贴',
    check: () => expect(bedSubsidy({ city: '鹰潭', beds: 10, buildType: '新建', provincialPerBed: 8000, asOf: YT }).value).toBe(40000),
  },
  {
    key: 'yingtan|bedSubsidy.provincialStandard|2022-03-28',
    clause: '鹰潭 23：省级标准不在本文件中，须由用户给出每床省级补助额',
    check: () => expectRefusal(() => bedSubsidy({ city: '鹰潭', beds: 10, buildType: '新建', asOf: YT }), 'NOT_IN_POLICY', '省级', 'provincialPerBed'),
  },
  {
    key: 'yingtan|opSubsidy.perResidentMonth|2022-03-28',
    clause: '鹰潭 专栏6（一）：按照实际接收的失能、半失能老年人每人每月分别不低于200元、100元标准落实运营补贴',
    check: () => expect(opSubsidy({ city: '鹰潭', severe: 3, partial: 4, grade: 5, months: 2, asOf: YT }).value).toBe(2000),
  },
  {
    key: 'yingtan|hardshipCare.shareOfMinWage|2022-03-28',
    clause: '鹰潭 专栏6（一）：不低于当地月最低工资标准的80%、20%的特困失能、半失能人员照料护理经费',
    check: () => {
      expect(hardshipCare({ city: '鹰潭', minWage: 1000, level: '失能', asOf: YT }).value).toBe(800);
      expect(hardshipCare({ city: '鹰潭', minWage: 1000, level: '半失能', asOf: YT }).value).toBe(200);
    },
  },
  {
    key: 'yingtan|slotGrant.provincialScheme|2022-03-28',
    clause: '鹰潭 专栏6（二）：一次性建设补贴按赣府办发〔2020〕25号执行',
    check: () => expectRefusal(() => slotGrant({ city: '鹰潭', slots: 10, buildType: '新建', area: '城市', asOf: YT }), 'NOT_IN_POLICY', '赣府办发〔2020〕25'),
  },
  {
    key: 'yingtan|slotOps.provincialScheme|2022-03-28',
    clause: '鹰潭 专栏6（二）：普惠性托育机构运营补贴按《江西省2022年民生实事工程安排方案》执行',
    check: () => expectRefusal(() => slotOps({ city: '鹰潭', childMonths: 10, asOf: YT }), 'NOT_IN_POLICY', '民生实事工程'),
  },
  {
    key: 'yingtan|facilityArea.perHundredHouseholds|2022-03-28',
    clause: '鹰潭 专栏5（一）：新建居住（小）区按每百户不少于20平方米、老城区和已建成居住（小）区按每百户不少于15平方米',
    check: () => {
      expect(facilityArea({ city: '鹰潭', households: 100, siteType: '新建', asOf: YT }).value).toBe(20);
      expect(facilityArea({ city: '鹰潭', households: 1000, siteType: '老城区', asOf: YT }).value).toBe(150);
    },
  },
  {
    key: 'yingtan|childcareSlots.perThousand|2022-03-28',
    clause: '鹰潭 专栏5（二）：新建居住区每千人口不少于10个托位，老城区和已建成居住区每千人口不少于8个托位',
    check: () => {
      expect(childcareSlots({ city: '鹰潭', population: 2000, siteType: '新建', asOf: YT }).value).toBe(20);
      expect(childcareSlots({ city: '鹰潭', population: 2000, siteType: '已建', asOf: YT }).value).toBe(16);
    },
  },
  {
    key: 'yingtan|landNeed.perCapita|2022-03-28',
    clause: '鹰潭 专栏5（一）：按人均用地不少于0.1平方米的标准规划建设养老服务设施（无老龄化地区加倍）',
    check: () => expect(landNeed({ city: '鹰潭', population: 1000, elderlyShare: 0.3, asOf: YT }).value).toBe(100),
  },
  {
    key: 'yingtan|medRoom.threshold|2022-03-28',
    clause: '鹰潭 9：入住50人以上的公办养老院和设置床位150张以上的民办养老院应内设医疗机构',
    check: () => {
      expect(medRoom({ city: '鹰潭', ownership: '公办', count: 50, asOf: YT }).value).toBe(true);
      expect(medRoom({ city: '鹰潭', ownership: '民办', count: 150, asOf: YT }).value).toBe(true);
    },
  },
  {
    key: 'yingtan|loanCap.ceiling|2022-03-28',
    clause: '鹰潭 25：个人和小微企业可分别申请最高不超过200万元、600万元创业担保贷款',
    check: () => {
      expect(loanCap({ city: '鹰潭', borrower: 'individual', asOf: YT }).value).toBe(2000000);
      expect(loanCap({ city: '鹰潭', borrower: 'business', asOf: YT }).value).toBe(6000000);
    },
  },
  {
    key: 'jian|bedSubsidy.provincialTopUp|2022-07-13',
    clause: '吉安 吉府办发〔2022〕16号 三（八）2：在省补助的基础上，按省级补助标准的50%再予补助一次',
    check: () => expect(bedSubsidy({ city: '吉安', beds: 30, buildType: '租赁改建', provincialPerBed: 5000, asOf: JA }).value).toBe(75000),
  },
  {
    key: 'jian|bedSubsidy.provincialStandard|2022-07-13',
    clause: '吉安 三（八）2：省级补助标准不在本文件中，须由用户给出',
    check: () => expectRefusal(() => bedSubsidy({ city: '吉安', beds: 30, buildType: '新建', asOf: JA }), 'NOT_IN_POLICY', '吉府办发〔2022〕16号'),
  },
  {
    key: 'jian|opSubsidy.perResidentMonth|2022-07-13',
    clause: '吉安 三（八）2：按实际接收的失能、半失能老年人每人每月分别不低于200元、100元的标准',
    check: () => expect(opSubsidy({ city: '吉安', severe: 10, partial: 10, months: 12, asOf: JA }).value).toBe(36000),
  },
  {
    key: 'jian|trainingAid.perStudentYear|2021-01-01',
    clause: '吉安 三（八）3：自2021年起……落实每生每学年5000元补助',
    check: () => {
      expect(trainingAid({ city: '吉安', students: 100, asOf: '2021-01-01' }).value).toBe(500000);
      expectRefusal(() => trainingAid({ city: '吉安', students: 100, asOf: '2020-12-31' }), 'NO_RULE_IN_FORCE', '2021-01-01');
    },
  },
  {
    key: 'fuzhou|opSubsidy.perResidentMonth|2020-03-24',
    clause: '抚州 抚办发〔2020〕4号 18：按养老院实际接收的失能、半失能老年人发放每人每月分别不低于200元、100元补贴',
    check: () => expect(opSubsidy({ city: '抚州', severe: 1, partial: 2, asOf: FZ }).value).toBe(400),
  },
  {
    key: 'fuzhou|hardshipCare.shareOfMinWage|2020-03-24',
    clause: '抚州 24：落实不低于当地月最低工资标准的80%、20%的特困失能、半失能人员照料护理经费',
    check: () => expect(hardshipCare({ city: '抚州', minWage: 1650, level: '失能', asOf: FZ }).value).toBe(1320),
  },
  {
    key: 'fuzhou|ratingAward.perGrade|2020-03-24',
    clause: '抚州 22：达到五星级奖10万元，四星级奖5万元',
    check: () => expect(['三星级', '四星级', '五星级'].map((grade) => ratingAward({ city: '抚州', grade, asOf: FZ }).value)).toEqual([0, 50000, 100000]),
  },
  {
    key: 'fuzhou|medRoom.threshold|2020-03-24',
    clause: '抚州 21：入住50人以上的公办养老院和设置床位150张以上的民办养老院应内设医务室或护理站',
    check: () => {
      expect(medRoom({ city: '抚州', ownership: '公办', count: 49, asOf: FZ }).value).toBe(false);
      expect(medRoom({ city: '抚州', ownership: '民办', count: 149, asOf: FZ }).value).toBe(false);
    },
  },
  {
    key: 'fuzhou|loanCap.ceiling|2020-03-24',
    clause: '抚州 19：符合条件的民办养老服务企业可申请最高不超过600万元创业担保贷款',
    check: () => expect(loanCap({ city: '抚州', borrower: '民办养老服务企业', asOf: FZ }).value).toBe(6000000),
  },
];

clauses.push(...LIST_CLAUSES);

describe('every parameter, checked against its clause', () => {
  for (const c of clauses) it(c.clause, c.check);

  it('leaves no parameter in seeds/ without a clause test here', () => {
    const all = allParameters().map((e) => `${e.city}|${e.param.id}|${e.from}`);
    expect(clauses.map((c) => c.key).sort()).toEqual(all.sort());
  });
});
