import { ARG } from '../rules/core/labels';
import { ALLOWANCE_ITEM } from '../rules/core/enums';
import { ALLOWANCE_SOURCE, allowance, type AllowanceInput } from '../rules/subsidies/allowance';
import { hardshipLiving, type HardshipLivingInput } from '../rules/subsidies/hardshipLiving';
import { asOf, choice, city, countParam, p } from './params';
import { defineFunction, type FunctionSpec } from './types';

export const ALLOWANCES: readonly FunctionSpec[] = [
  defineFunction<AllowanceInput>({
    name: 'ALLOWANCE',
    description: {
      zh: '赣州市基本养老服务清单中按月发放的补贴（元）：每人每月标准×人数×月数；区间按文件保证的最低额',
      en: 'A monthly allowance of the basic elderly-care service list (yuan): per person per month × persons × months; a span gives its guaranteed minimum',
    },
    params: [
      city,
      choice('item', ALLOWANCE_ITEM, {
        zh: '补贴项目：高龄津贴、养老服务补贴、失能老年人护理补贴、困难残疾人生活补贴、重度残疾人护理补贴、独生子女死亡特别扶助金、独生子女伤残特别扶助金、重度失能居家养老服务支持、中度失能居家养老服务支持',
        en: 'Item: old-age, service-subsidy, disabled-care, disability-living, severe-disability-care, bereaved-family, disabled-child-family, home-care-severe, home-care-moderate',
      }),
      countParam('persons', ARG.persons, { zh: '享受人数，默认 1', en: 'Persons, default 1' }, true),
      countParam('months', ARG.months, { zh: '发放月数，默认 1', en: 'Months, default 1' }, true),
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: [...new Set(Object.values(ALLOWANCE_SOURCE).map((s) => s.id))],
    run: allowance,
  }),
  defineFunction<HardshipLivingInput>({
    name: 'HARDSHIPLIVING',
    description: {
      zh: '特困人员基本生活标准的最低额（元）：当地最低生活保障标准的倍数',
      en: 'Minimum basic living standard of a person in extreme hardship (yuan), a multiple of the local minimum living standard',
    },
    params: [
      city,
      p('minLiving', '低保标准', 'number', { zh: '当地最低生活保障标准（元/人/月；按年填则结果亦为年）', en: 'Local minimum living standard (yuan per person per month; a yearly figure gives a yearly result)' }),
      asOf,
    ],
    result: { type: 'number', unit: 'yuan' },
    reads: ['hardshipSupport.basicLivingMultiple', 'hardshipSupport.disabledUrbanStandard'],
    run: hardshipLiving,
  }),
];
