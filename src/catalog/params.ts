/** Parameters that many functions share, written once. */
import { ARG } from '../rules/core/labels';
import { CITY, FUNDING_PART, type EnumDef } from '../rules/core/enums';
import type { Bilingual } from '../rules/data/schema';
import type { ParamSpec, ValueType } from './types';

type Label = Bilingual;

type Named<N extends string> = ParamSpec & { name: N };

export const p = <N extends string>(name: N, label: string, type: ValueType, help: Bilingual, extra: Partial<ParamSpec> = {}): Named<N> => ({
  ...extra,
  name,
  label,
  type,
  help,
});

export const choice = <N extends string>(name: N, def: EnumDef<string>, help: Bilingual, optional = false): Named<N> =>
  p(name, def.label.zh, 'string', help, { choices: def, ...(optional ? { optional } : {}) });

/** A whole-number count: beds, people, slots. */
export const countParam = <N extends string>(name: N, label: Label, what: Bilingual, optional = false): Named<N> =>
  p(name, label.zh, 'number', { zh: `${label.zh}：${what.zh}（不小于 0 的整数）`, en: `${what.en} (a whole number, 0 or more)` }, optional ? { optional } : {});

export const city = choice('city', CITY, { zh: '城市：赣州、鹰潭、吉安、抚州', en: 'City: ganzhou, yingtan, jian, fuzhou (or the Chinese name)' });

export const asOf = p(
  'asOf',
  '生效日期',
  'any',
  { zh: '生效日期（可选）：按该日有效的规定计算，默认今天', en: 'As-of date (optional): the rules in force on that day; default today' },
  { optional: true },
);

export const part = choice(
  'part',
  FUNDING_PART,
  { zh: '分担部分（可选）：合计（默认）、市级、县级', en: 'Part (optional): total (default), city, county' },
  true,
);

export const months = countParam('months', ARG.months, { zh: '补贴月数，默认 1', en: 'Months, default 1' }, true);
export const years = countParam('years', ARG.years, { zh: '年数，默认 1', en: 'Years, default 1' }, true);
