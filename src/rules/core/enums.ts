/**
 * Every enumerated argument, with the documents' Chinese words first and English aliases after.
 * Parsing folds width (NFKC), case, spaces, hyphens and underscores, so 新建, “ New ” and NEW agree.
 */
import type { Bilingual } from '../data/schema';
import { RuleError } from './errors';
import { msg, type Label } from './messages';

export interface EnumOption {
  zh: string;
  en: string;
  aliases?: readonly string[];
}

export interface EnumDef<K extends string> {
  label: Label;
  options: Readonly<Record<K, EnumOption>>;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\-_'’]+/gu, '');

const lookups = new WeakMap<object, Map<string, string>>();

function lookupOf<K extends string>(def: EnumDef<K>): Map<string, K> {
  let map = lookups.get(def) as Map<string, K> | undefined;
  if (!map) {
    map = new Map<string, K>();
    for (const [key, opt] of Object.entries(def.options) as [K, EnumOption][]) {
      for (const word of [key, opt.zh, opt.en, ...(opt.aliases ?? [])]) map.set(fold(word), key);
    }
    lookups.set(def, map);
  }
  return map;
}

export function acceptedWords<K extends string>(def: EnumDef<K>): { zh: string[]; en: string[] } {
  const opts = Object.values(def.options) as EnumOption[];
  return { zh: opts.map((o) => o.zh), en: opts.map((o) => o.en) };
}

export function parseEnum<K extends string>(def: EnumDef<K>, value: unknown): K {
  const words = acceptedWords(def);
  if (Array.isArray(value)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(def.label));
  if (value === undefined || value === null || value === '') throw new RuleError('BAD_ARGUMENT', msg.missing(def.label));
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new RuleError('BAD_ARGUMENT', msg.notText(def.label, value, words.zh, words.en));
  }
  const key = lookupOf(def).get(fold(String(value)));
  if (key === undefined) throw new RuleError('BAD_ARGUMENT', msg.unknownValue(def.label, value, words.zh, words.en));
  return key;
}

const e = <K extends string>(label: Bilingual, options: Record<K, EnumOption>): EnumDef<K> => ({ label, options });

export const CITY = e(
  { zh: '城市', en: 'city' },
  {
    ganzhou: { zh: '赣州', en: 'Ganzhou', aliases: ['赣州市', 'Ganzhou City'] },
    yingtan: { zh: '鹰潭', en: 'Yingtan', aliases: ['鹰潭市', 'Yingtan City'] },
    jian: { zh: '吉安', en: "Ji'an", aliases: ['吉安市', 'jian', 'Jian City'] },
    fuzhou: { zh: '抚州', en: 'Fuzhou', aliases: ['抚州市', 'Fuzhou City'] },
  },
);
export type City = keyof typeof CITY.options;

export const BED_BUILD_TYPE = e(
  { zh: '建设方式', en: 'buildType' },
  {
    new: { zh: '新建', en: 'new' },
    expand: { zh: '扩建', en: 'expand' },
    owned: { zh: '自有房产', en: 'owned', aliases: ['利用自有房产', '利用自有房产建设', '自有'] },
    leased: { zh: '租赁改建', en: 'leased', aliases: ['租赁', '租赁房屋改建', '租赁房屋'] },
  },
);

export const SLOT_BUILD_TYPE = e(
  { zh: '建设方式', en: 'buildType' },
  {
    new: { zh: '新建', en: 'new' },
    renovate: { zh: '改扩建', en: 'renovate', aliases: ['改建', '扩建', '改造', 'expand', 'rebuild', 'renovation'] },
  },
);

export const AREA = e(
  { zh: '城乡', en: 'area' },
  {
    urban: { zh: '城市', en: 'urban', aliases: ['城镇', '城区', 'city'] },
    rural: { zh: '农村', en: 'rural', aliases: ['乡村', 'village'] },
  },
);

export const FUNDING_PART = e(
  { zh: '分担部分', en: 'part' },
  {
    total: { zh: '合计', en: 'total', aliases: ['总计', '全部', 'all'] },
    city: { zh: '市级', en: 'city', aliases: ['市', '市本级'] },
    county: { zh: '县级', en: 'county', aliases: ['县', '县区', '县（市、区）'] },
  },
);

export const SITE_TYPE = e(
  { zh: '居住区类型', en: 'siteType' },
  {
    new: { zh: '新建', en: 'new', aliases: ['新建居住区', '新建小区', '新建住宅小区'] },
    existing: { zh: '已建', en: 'existing', aliases: ['已建成', '已建居住区', '老城区', '既有', '现有', 'old'] },
  },
);

export const CERT_LEVEL = e(
  { zh: '证书等级', en: 'level' },
  {
    junior: { zh: '初级', en: 'junior', aliases: ['1', '初级工'] },
    intermediate: { zh: '中级', en: 'intermediate', aliases: ['2', '中级工'] },
    senior: { zh: '高级', en: 'senior', aliases: ['3', '高级工'] },
    technician: { zh: '技师', en: 'technician', aliases: ['4'] },
    seniorTechnician: { zh: '高级技师', en: 'senior-technician', aliases: ['5', 'senior technician'] },
  },
);

export const EDUCATION = e(
  { zh: '学历', en: 'education' },
  {
    secondary: { zh: '中专', en: 'secondary', aliases: ['中专毕业生', '中职', '技工院校中级工班', '中级工班'] },
    college: { zh: '大专', en: 'college', aliases: ['大专毕业生', '高职', '专科', '技工院校高级工班', '高级工班'] },
    bachelor: {
      zh: '本科',
      en: 'bachelor',
      aliases: ['本科及以上', '本科毕业生', '研究生', '硕士', '博士', '预备技师班', 'master', 'doctorate', 'bachelor or above'],
    },
  },
);

export const CARE_NEED = e(
  { zh: '失能程度', en: 'level' },
  {
    disabled: { zh: '失能', en: 'disabled', aliases: ['完全失能', '全失能', '重度', '重度失能', 'severe', 'full'] },
    semiDisabled: { zh: '半失能', en: 'semi-disabled', aliases: ['部分失能', '中度', '中度失能', 'partial', 'semi'] },
  },
);

export const BORROWER = e(
  { zh: '借款人', en: 'borrower' },
  {
    individual: { zh: '个人', en: 'individual', aliases: ['person'] },
    smallBusiness: {
      zh: '小微企业',
      en: 'small-business',
      aliases: ['企业', '小微', 'business', 'small business', '民办养老服务企业', '养老服务企业'],
    },
  },
);

export const OWNERSHIP = e(
  { zh: '举办性质', en: 'ownership' },
  {
    public: { zh: '公办', en: 'public', aliases: ['公办养老院', '公立'] },
    private: { zh: '民办', en: 'private', aliases: ['民办养老院', '民营', '社会办'] },
  },
);

/** An option's words, for messages that name a key of a seed table. */
export function optionLabel<K extends string>(def: EnumDef<K>): (k: string) => Label {
  return (k) => {
    const o = (def.options as Record<string, EnumOption | undefined>)[k];
    return o ? { zh: o.zh, en: o.en } : { zh: k, en: k };
  };
}

/** The monthly amounts of 赣州市基本养老服务清单（2023年版）, one word for each person an amount is for. */
export const ALLOWANCE_ITEM = e(
  { zh: '补贴项目', en: 'item' },
  {
    oldAge: { zh: '高龄津贴', en: 'old-age', aliases: ['高龄', 'old age allowance'] },
    serviceSubsidy: { zh: '养老服务补贴', en: 'service-subsidy', aliases: ['经济困难的老年人养老服务补贴'] },
    disabledCare: { zh: '失能老年人护理补贴', en: 'disabled-care', aliases: ['经济困难的失能老年人护理补贴'] },
    disabledLiving: { zh: '困难残疾人生活补贴', en: 'disability-living', aliases: ['城乡困难残疾人生活补贴', '残疾人生活补贴'] },
    severeDisabledCare: { zh: '重度残疾人护理补贴', en: 'severe-disability-care', aliases: ['残疾人护理补贴'] },
    childDied: { zh: '独生子女死亡特别扶助金', en: 'bereaved-family', aliases: ['独生子女死亡', '特别扶助金（独生子女死亡）', '计划生育家庭特别扶助金（独生子女死亡）'] },
    childDisabled: { zh: '独生子女伤残特别扶助金', en: 'disabled-child-family', aliases: ['独生子女伤残', '特别扶助金（独生子女伤残）', '计划生育家庭特别扶助金（独生子女伤残）'] },
    homeCareSevere: { zh: '重度失能居家养老服务支持', en: 'home-care-severe', aliases: ['居家养老服务支持（重度失能）'] },
    homeCareModerate: { zh: '中度失能居家养老服务支持', en: 'home-care-moderate', aliases: ['居家养老服务支持（中度失能）'] },
  },
);

/** The kinds of home the documents give a size for. */
export const HOME_KIND = e(
  { zh: '机构类型', en: 'kind' },
  {
    townshipHome: { zh: '乡镇敬老院', en: 'township-home', aliases: ['敬老院', '区域性养老服务中心'] },
    nursingHome: { zh: '护理型养老院', en: 'nursing-home', aliases: ['突出护理功能的综合养老院', '护理型'] },
    hardshipCare: { zh: '特困失能人员集中照护机构', en: 'hardship-care', aliases: ['县级特困失能人员集中照护机构', '集中照护机构'] },
  },
);
