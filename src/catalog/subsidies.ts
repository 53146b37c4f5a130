import { ARG } from '../rules/core/labels';
import { AREA, BED_BUILD_TYPE, BORROWER, CARE_NEED, CERT_LEVEL, EDUCATION, SLOT_BUILD_TYPE } from '../rules/core/enums';
import { bedSubsidy, type BedSubsidyInput } from '../rules/subsidies/bedSubsidy';
import { caregiverBonus, type CaregiverBonusInput } from '../rules/subsidies/caregiverBonus';
import { facilityOps, type FacilityOpsInput } from '../rules/subsidies/facilityOps';
import { gradBonus, type GradBonusInput } from '../rules/subsidies/gradBonus';
import { hardshipCare, type HardshipCareInput } from '../rules/subsidies/hardshipCare';
import { loanCap, type LoanCapInput } from '../rules/subsidies/loanCap';
import { opSubsidy, type OpSubsidyInput } from '../rules/subsidies/opSubsidy';
import { ratingAward, type RatingAwardInput } from '../rules/subsidies/ratingAward';
import { serviceBuy, type ServiceBuyInput } from '../rules/subsidies/serviceBuy';
import { slotGrant, type SlotGrantInput } from '../rules/subsidies/slotGrant';
import { slotOps, type SlotOpsInput } from '../rules/subsidies/slotOps';
import { trainingAid, type TrainingAidInput } from '../rules/subsidies/trainingAid';
import { asOf, choice, city, countParam, months, p, part, years } from './params';
import { defineFunction, type FunctionSpec } from './types';

const GRADE_HELP = { zh: '等级评定结果：0（未评级）至 5，或“三级”“五星级”', en: 'Rating grade: 0 (unrated) to 5' };

export const SUBSIDIES: readonly FunctionSpec[] = [
  defineFunction<BedSubsidyInput>({
    name: 'BEDSUBSIDY',
    description: {
      zh: '民办养老机构核定护理型床位一次性建设补贴（元）',
      en: 'One-off construction subsidy for approved nursing-type beds of a private institution (yuan)',
    },
    params: [
      city,
      countParam('beds', ARG.beds, { zh: '核定护理型床位数', en: 'Approved nursing-type beds' }),
      choice('buildType', BED_BUILD_TYPE, { zh: '建设方式：新建、扩建、自有房产、租赁改建', en: 'How built: new, expand, owned, leased' }),
      p('provincialPerBed', '省级每床补助', 'number', {
        zh: '省级每床补助额（元，可选；鹰潭、吉安按其 50% 叠加，须填写）',
        en: 'Provincial amount per bed in yuan (optional; required for yingtan and jian, which add 50% of it)',
      }, { optional: true }),
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['bedSubsidy.perBed', 'bedSubsidy.provincialTopUp', 'bedSubsidy.provincialStandard'],
    run: bedSubsidy,
  }),
  defineFunction<OpSubsidyInput>({
    name: 'OPSUBSIDY',
    description: {
      zh: '养老机构按实际收住失能老年人的运营补贴（元），赣州按等级评定系数',
      en: 'Operating subsidy for disabled residents actually admitted (yuan); Ganzhou applies its rating coefficient',
    },
    params: [
      city,
      countParam('severe', ARG.severe, { zh: '重度（完全）失能人数', en: 'Severely (completely) disabled residents' }),
      countParam('partial', ARG.partial, { zh: '部分（中度、半）失能人数', en: 'Partially (moderately) disabled residents' }),
      p('grade', '等级', 'any', { zh: `${GRADE_HELP.zh}（可选，默认未评级）`, en: `${GRADE_HELP.en} (optional, default unrated)` }, { optional: true }),
      months,
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['opSubsidy.perResidentMonth', 'opSubsidy.ratingCoefficient'],
    run: opSubsidy,
  }),
  defineFunction<SlotGrantInput>({
    name: 'SLOTGRANT',
    description: { zh: '普惠性托育机构一次性建设补助（元）', en: 'One-off construction grant for inclusive childcare slots (yuan)' },
    params: [
      city,
      countParam('slots', ARG.slots, { zh: '新增托位数', en: 'Slots' }),
      choice('buildType', SLOT_BUILD_TYPE, { zh: '建设方式：新建、改扩建', en: 'How built: new, renovate' }),
      choice('area', AREA, { zh: '城乡：城市、农村', en: 'Area: urban, rural' }),
      part,
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['slotGrant.perSlot', 'slotGrant.provincialScheme', 'childcareFunding.share'],
    run: slotGrant,
  }),
  defineFunction<SlotOpsInput>({
    name: 'SLOTOPS',
    description: { zh: '普惠性托育机构运营补贴（元）', en: 'Operating subsidy for inclusive childcare (yuan)' },
    params: [
      city,
      countParam('childMonths', ARG.childMonths, { zh: '实际收托婴幼儿人数×月数', en: 'Enrolled children times months' }),
      part,
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['slotOps.perChildMonth', 'slotOps.provincialScheme', 'childcareFunding.share'],
    run: slotOps,
  }),
  defineFunction<FacilityOpsInput>({
    name: 'FACILITYOPS',
    description: {
      zh: '城市居家和社区养老服务设施、农村助餐互助养老设施运营补助（元）',
      en: 'Operating grant for community elderly-care facilities (yuan)',
    },
    params: [
      city,
      countParam('count', ARG.facilities, { zh: '设施个数', en: 'Facilities' }),
      choice('area', AREA, { zh: '城乡：城市（居家和社区设施）、农村（具备助餐功能的互助设施）', en: 'Area: urban (community facility), rural (mutual-aid with meals)' }),
      years,
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['facilityOps.perFacilityYear'],
    run: facilityOps,
  }),
  defineFunction<ServiceBuyInput>({
    name: 'SERVICEBUY',
    description: {
      zh: '为经济困难的失能、部分失能老年人政府购买基本养老服务（元）',
      en: 'Basic care bought for economically disadvantaged disabled older people at home (yuan)',
    },
    params: [
      city,
      countParam('severe', ARG.severe, { zh: '失能（完全、重度）人数', en: 'Severely disabled people' }),
      countParam('partial', ARG.partial, { zh: '部分（中度、轻度）失能人数', en: 'Partially disabled people' }),
      months,
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['serviceBuy.perPersonMonth'],
    run: serviceBuy,
  }),
  defineFunction<CaregiverBonusInput>({
    name: 'CAREGIVERBONUS',
    description: { zh: '养老护理员新取得职业技能等级证书一次性补贴（元）', en: "One-off bonus for a caregiver's new skill certificate (yuan)" },
    params: [
      city,
      { ...choice('level', CERT_LEVEL, { zh: '证书等级：初级、中级、高级、技师、高级技师，或 1–5', en: 'Level: junior, intermediate, senior, technician, senior-technician, or 1-5' }), type: 'any' },
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['caregiverBonus.perCertificate'],
    run: caregiverBonus,
  }),
  defineFunction<GradBonusInput>({
    name: 'GRADBONUS',
    description: {
      zh: '大中专毕业生入职养老机构一线护理并签订 3 年以上合同的奖补（元）',
      en: 'Hiring bonus for a graduate in front-line care on a contract of 3 years or more (yuan)',
    },
    params: [city, choice('education', EDUCATION, { zh: '学历：中专、大专、本科（及以上）', en: 'Education: secondary, college, bachelor (or above)' }), asOf],
    result: { type: 'number', unit: 'yuan' },
    reads: ['gradBonus.perGraduate'],
    run: gradBonus,
  }),
  defineFunction<TrainingAidInput>({
    name: 'TRAININGAID',
    description: { zh: '养老服务人才定向培养补助（元）', en: 'Directed training aid for elderly-care students (yuan)' },
    params: [city, countParam('students', ARG.students, { zh: '定向培养学生数', en: 'Students' }), years, asOf],
    result: { type: 'number', unit: 'yuan' },
    reads: ['trainingAid.perStudentYear'],
    run: trainingAid,
  }),
  defineFunction<RatingAwardInput>({
    name: 'RATINGAWARD',
    description: {
      zh: '民办养老机构等级（星级）评定奖补（元），升级只补差额',
      en: "Award for a private institution's rating grade (yuan); an upgrade is paid the difference",
    },
    params: [
      city,
      p('grade', '等级', 'any', GRADE_HELP),
      p('previousGrade', '原等级', 'any', { zh: '原等级（可选）：升级时填写', en: 'Previous grade (optional), for an upgrade' }, { optional: true }),
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['ratingAward.perGrade', 'ratingAward.upgradeTopUp'],
    run: ratingAward,
  }),
  defineFunction<HardshipCareInput>({
    name: 'HARDSHIPCARE',
    description: {
      zh: '特困失能、半失能人员每月照料护理经费（元），按当地月最低工资标准的比例',
      en: 'Monthly care funding for a person in extreme hardship (yuan), a share of the minimum wage',
    },
    params: [
      city,
      p('minWage', '月最低工资', 'number', { zh: '当地月最低工资标准（元）', en: 'Local monthly minimum wage (yuan)' }),
      choice('level', CARE_NEED, { zh: '失能程度：失能、半失能', en: 'Level: disabled, semi-disabled' }),
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['hardshipCare.shareOfMinWage'],
    run: hardshipCare,
  }),
  defineFunction<LoanCapInput>({
    name: 'LOANCAP',
    description: { zh: '养老服务创业担保贷款最高额度（元）', en: 'Ceiling of a guaranteed start-up loan in elderly care (yuan)' },
    params: [city, choice('borrower', BORROWER, { zh: '借款人：个人、小微企业', en: 'Borrower: individual, small-business' }), asOf],
    result: { type: 'number', unit: 'yuan' },
    reads: ['loanCap.ceiling'],
    run: loanCap,
  }),
];
