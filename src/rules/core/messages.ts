/**
 * Every message a rule can give, in one place. Each says what was wrong and what is accepted,
 * Chinese first.
 */
import type { Bilingual } from '../data/schema';
import { show } from './show';

export type Label = Bilingual;

const list = (xs: readonly string[]): string => xs.join('、');
const listEn = (xs: readonly string[]): string => xs.join(', ');
/** An English label inside a sentence: "Ceiling of a loan" reads "ceiling of a loan". */
/** A label set inside a sentence: “Nursing-type beds” lower-cased, a name in capitals (BEDSUBSIDY, CARE.SOURCE) as written. */
const lc = (s: string): string => (/^[A-Z][a-z]/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export const msg = {
  missing: (arg: Label): Bilingual => ({
    zh: `缺少参数“${arg.zh}”。`,
    en: `The argument ${arg.en} is missing.`,
  }),
  notNumber: (arg: Label, got: unknown): Bilingual => ({
    zh: `“${arg.zh}”应为数字，收到 ${show(got)}。`,
    en: `${arg.en} must be a number; got ${show(got)}.`,
  }),
  notFinite: (arg: Label, got: unknown): Bilingual => ({
    zh: `“${arg.zh}”应为有限的数字，收到 ${show(got)}。`,
    en: `${arg.en} must be a finite number; got ${show(got)}.`,
  }),
  negative: (arg: Label, got: number): Bilingual => ({
    zh: `“${arg.zh}”不能为负数，收到 ${got}；可接受 0 或正数。`,
    en: `${arg.en} cannot be negative; got ${got}. Accepted: 0 or more.`,
  }),
  notWhole: (arg: Label, got: number): Bilingual => ({
    zh: `“${arg.zh}”应为整数（按人、张、个计），收到 ${got}。`,
    en: `${arg.en} must be a whole number (people, beds, slots are counted whole); got ${got}.`,
  }),
  tooLarge: (arg: Label, got: number, max: number): Bilingual => ({
    zh: `“${arg.zh}”过大：${got}；可接受不超过 ${max} 的数。`,
    en: `${arg.en} is too large: ${got}. Accepted: up to ${max}.`,
  }),
  shareOutOfRange: (arg: Label, got: number): Bilingual =>
    got > 1 && got <= 100
      ? {
          zh: `“${arg.zh}”应为 0 到 1 之间的比例，收到 ${got}；如指 ${got}%，请填 ${got / 100}（或百分比格式的 ${got}%）。`,
          en: `${arg.en} must be a fraction from 0 to 1; got ${got}. For ${got}% enter ${got / 100} (or ${got}% in a percent-formatted cell).`,
        }
      : {
          zh: `“${arg.zh}”应为 0 到 1 之间的比例，收到 ${got}。`,
          en: `${arg.en} must be a fraction from 0 to 1; got ${got}.`,
        },
  // Free text (a name) has no list of accepted words: its message then ends at what it got.
  notText: (arg: Label, got: unknown, accepted: readonly string[], acceptedEn: readonly string[]): Bilingual => ({
    zh: `“${arg.zh}”应为文字，收到 ${show(got)}${accepted.length > 0 ? `；可接受：${list(accepted)}` : ''}。`,
    en: `${arg.en} must be text; got ${show(got)}.${acceptedEn.length > 0 ? ` Accepted: ${listEn(acceptedEn)}.` : ''}`,
  }),
  unknownValue: (arg: Label, got: unknown, accepted: readonly string[], acceptedEn: readonly string[]): Bilingual => ({
    zh: `“${arg.zh}”不认识 ${show(got)}；可接受：${list(accepted)}。`,
    en: `${arg.en}: ${show(got)} is not recognised. Accepted: ${listEn(acceptedEn)}.`,
  }),
  badDate: (arg: Label, got: unknown): Bilingual => ({
    zh: `“${arg.zh}”不是有效日期：${show(got)}；可接受 Excel 日期、“2024-03-01”形式的文字或留空（今天）。`,
    en: `${arg.en} is not a valid date: ${show(got)}. Accepted: an Excel date, text like 2024-03-01, or blank for today.`,
  }),
  dateOutOfRange: (arg: Label, got: string, min: string, max: string): Bilingual => ({
    zh: `“${arg.zh}”超出范围：${got}；可接受 ${min} 至 ${max} 之间的日期。`,
    en: `${arg.en} is out of range: ${got}. Accepted: dates from ${min} to ${max}.`,
  }),
  badYear: (arg: Label, got: unknown, min: number, max: number): Bilingual => ({
    zh: `“${arg.zh}”应为 ${min} 至 ${max} 之间的四位年份，收到 ${show(got)}。`,
    en: `${arg.en} must be a year from ${min} to ${max}; got ${show(got)}.`,
  }),
  notScalar: (arg: Label): Bilingual => ({
    zh: `“${arg.zh}”应为单个值，收到的是区域或数组；请引用单个单元格。`,
    en: `${arg.en} must be a single value, not a range or array; refer to one cell.`,
  }),
  notInPolicy: (city: Label, what: Label, documents: readonly string[]): Bilingual => ({
    zh: `${city.zh}的政策文件（${list(documents)}）未规定${what.zh}。`,
    en: `The ${city.en} documents (${listEn(documents)}) set no figure for ${lc(what.en)}.`,
  }),
  notInPolicyKey: (city: Label, what: Label, key: Label, document: string, set: readonly Label[]): Bilingual => ({
    zh: `${city.zh}的 ${document} 未就“${key.zh}”规定${what.zh}；该文件规定的有：${list(set.map((s) => s.zh))}。`,
    en: `${city.en}'s ${document} sets no ${lc(what.en)} for ${key.en}; it sets one for: ${listEn(set.map((s) => s.en))}.`,
  }),
  refersTo: (city: Label, what: Label, refersTo: Bilingual, document: string): Bilingual => ({
    zh: `${city.zh}的 ${document} 规定${what.zh}按${refersTo.zh}执行，该标准的数额不在本产品的政策文件中。`,
    en: `${city.en}'s ${document} leaves ${lc(what.en)} to ${lc(refersTo.en)}; that figure is not among the product's documents.`,
  }),
  needsProvincial: (city: Label, refersTo: Bilingual, document: string, share: number, arg: Label): Bilingual => ({
    zh: `${city.zh}按${refersTo.zh}的 ${share * 100}% 叠加补贴（${document}）；请填写参数“${arg.zh}”（每张床位的省级补助额，元）。`,
    en: `${city.en} tops up ${share * 100}% of ${lc(refersTo.en)} (${document}); supply ${arg.en} (the provincial amount per bed, in yuan).`,
  }),
  noRuleInForce: (city: Label, what: Label, asOf: string, first: string, document: string): Bilingual => ({
    zh: `${asOf} 时${city.zh}尚无${what.zh}的规定；最早自 ${first} 起（${document}）。`,
    en: `On ${asOf} ${city.en} had no rule for ${lc(what.en)}; the first is in force from ${first} (${document}).`,
  }),
  unknownIndicator: (city: Label, got: unknown, examples: readonly string[]): Bilingual => ({
    zh: `${city.zh}的规划中没有指标 ${show(got)}；可用指标名或编号，例如：${list(examples)}。`,
    en: `${city.en}'s plans have no indicator ${show(got)}. Use an indicator's name or id, e.g. ${listEn(examples)}.`,
  }),
  noTargetForYear: (city: Label, indicator: string, year: number, years: readonly number[]): Bilingual => ({
    zh: `${city.zh}的“${indicator}”没有 ${year} 年及以前的目标；规划给出的年份：${list(years.map(String))}。`,
    en: `${city.en}'s “${indicator}” has no target for ${year} or earlier; the plan gives: ${listEn(years.map(String))}.`,
  }),
  textTarget: (indicator: string, target: string): Bilingual => ({
    zh: `“${indicator}”的目标是文字（${target}），没有数值差距可算。`,
    en: `The target of “${indicator}” is text (${target}); there is no numeric gap.`,
  }),
  unknownCounty: (city: Label, got: unknown, examples: readonly string[]): Bilingual => ({
    zh: `${city.zh}的分解表中没有县（市、区）${show(got)}；可接受：${list(examples)}。`,
    en: `${city.en}'s county tables have no county ${show(got)}. Accepted: ${listEn(examples)}.`,
  }),
  unknownMeasure: (city: Label, got: unknown, accepted: readonly string[]): Bilingual => ({
    zh: `${city.zh}的分解表中没有栏目 ${show(got)}；可接受：${list(accepted)}。`,
    en: `${city.en}'s county tables have no column ${show(got)}. Accepted: ${listEn(accepted)}.`,
  }),
  noColumnForYear: (city: Label, measure: string, year: number, years: readonly number[]): Bilingual => ({
    zh: `${city.zh}分解表的“${measure}”没有 ${year} 年的数；表中年份：${list(years.map(String))}。`,
    en: `${city.en}'s table gives “${measure}” for ${listEn(years.map(String))}, not ${year}.`,
  }),
  blankCell: (city: Label, county: string, measure: string, year: number | null): Bilingual => ({
    zh: `${city.zh}分解表中${county}的“${measure}”${year === null ? '' : `（${year} 年）`}为空，文件未给出数字。`,
    en: `${city.en}'s table leaves ${county}'s “${measure}”${year === null ? '' : ` for ${year}`} blank: the document gives no figure.`,
  }),
  unknownSourceName: (got: unknown): Bilingual => ({
    zh: `找不到 ${show(got)} 的出处；可填函数名（如 BEDSUBSIDY）、指标名或参数编号（如 bedSubsidy.perBed）。`,
    en: `No source found for ${show(got)}. Use a function name (e.g. BEDSUBSIDY), an indicator name, or a parameter id (e.g. bedSubsidy.perBed).`,
  }),
  upgradeNotInPolicy: (city: Label, document: string): Bilingual => ({
    zh: `${city.zh}的 ${document} 未规定由原等级升级时如何计发奖补。`,
    en: `${city.en}'s ${document} does not say how an upgrade from an earlier grade is paid.`,
  }),
  rangeMinimum: (min: number, max: number): Bilingual => ({
    zh: `文件规定每人每月 ${min}–${max} 元不等（由各县（市、区）定档），此处按文件保证的最低额 ${min} 元计算。`,
    en: `The document gives a span of ${min} to ${max} yuan per person per month (the counties set the bands); this uses the minimum it guarantees, ${min}.`,
  }),
  /** A size standard: min to max beds, both included, or at least min (max undefined). */
  beds: (min: number, max?: number): Bilingual => ({
    zh: `标准：床位${max === undefined ? `不少于 ${min} 张` : ` ${min}–${max} 张（含两端）`}。`,
    en: `Standard: ${max === undefined ? `at least ${min} beds` : `${min} to ${max} beds, both ends included`}.`,
  }),
  gradeNotGiven: (min: number): Bilingual => ({
    zh: `未填等级，只判断床位数；标准还要求等级评定 ${min} 级及以上。`,
    en: `No grade given, so only the beds are judged; the standard also asks for grade ${min} or above.`,
  }),
  tooManyArguments: (fn: string, max: number, got: number): Bilingual => ({
    zh: `${fn} 最多接受 ${max} 个参数，收到 ${got} 个。`,
    en: `${fn} takes at most ${max} arguments; got ${got}.`,
  }),
} as const;
