/**
 * How each unit a figure can carry reads after the figure, in both languages: a rule's answer
 * (ResultUnit) and a document's parameter (ParamUnit). Typed over both unions, so a unit added to
 * the seeds' schema without its words fails typecheck. A share has no word: it is shown as a
 * percentage; a count or a yes/no answer needs none.
 */
import type { ResultUnit } from '../core/result';
import type { Bilingual, ParamUnit } from './schema';

export const UNIT_WORDS: Readonly<Record<ResultUnit | ParamUnit, Bilingual>> = {
  yuan: { zh: '元', en: 'yuan' },
  'yuan/bed': { zh: '元/张', en: 'yuan per bed' },
  'yuan/person/month': { zh: '元/人/月', en: 'yuan per person per month' },
  'yuan/slot': { zh: '元/个', en: 'yuan per slot' },
  'yuan/child/month': { zh: '元/人/月', en: 'yuan per child per month' },
  'yuan/facility/year': { zh: '元/个/年', en: 'yuan per facility per year' },
  'yuan/student/year': { zh: '元/人/年', en: 'yuan per student per year' },
  'yuan/person': { zh: '元/人', en: 'yuan per person' },
  'yuan/institution': { zh: '元/家', en: 'yuan per institution' },
  '100m_yuan': { zh: '亿元', en: '100 million yuan' },
  m2: { zh: '平方米', en: 'm²' },
  'm2/100 households': { zh: '平方米/百户', en: 'm² per 100 households' },
  'm2/site': { zh: '平方米/处', en: 'm² per site' },
  'm2/person': { zh: '平方米/人', en: 'm² per person' },
  slots: { zh: '个', en: 'slots' },
  beds: { zh: '张', en: 'beds' },
  carers: { zh: '人', en: 'carers' },
  persons: { zh: '人', en: 'persons' },
  facilities: { zh: '个', en: 'facilities' },
  communities: { zh: '个', en: 'communities' },
  villages: { zh: '个', en: 'villages' },
  homes: { zh: '个', en: 'homes' },
  'beds/1000 elderly': { zh: '张/千名老人', en: 'beds per 1000 elderly' },
  'slots/1000 people': { zh: '个/千人', en: 'slots per 1000 people' },
  'residents/carer': { zh: '人/名护理人员', en: 'residents per carer' },
  'students/year': { zh: '人/年', en: 'students per year' },
  per_mille: { zh: '‰', en: '‰' },
  per_1000: { zh: '（每千人）', en: 'per 1000' },
  coefficient: { zh: '倍', en: 'times' },
  grade: { zh: '级', en: '(grade)' },
  months: { zh: '个月', en: 'months' },
  years: { zh: '年', en: 'years' },
  count: { zh: '个', en: '' },
  share: { zh: '', en: '' },
  boolean: { zh: '', en: '' },
  text: { zh: '', en: '' },
};
