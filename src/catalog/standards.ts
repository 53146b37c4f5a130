import { ARG } from '../rules/core/labels';
import { OWNERSHIP, SITE_TYPE } from '../rules/core/enums';
import { childcareSlots, type ChildcareSlotsInput } from '../rules/standards/childcareSlots';
import { facilityArea, type FacilityAreaInput } from '../rules/standards/facilityArea';
import { landNeed, type LandNeedInput } from '../rules/standards/landNeed';
import { medRoom, type MedRoomInput } from '../rules/standards/medRoom';
import { staffNeed, type StaffNeedInput } from '../rules/standards/staffNeed';
import { asOf, choice, city, countParam, p } from './params';
import { defineFunction, type FunctionSpec } from './types';

const siteType = choice('siteType', SITE_TYPE, { zh: '居住区类型：新建、已建', en: 'Site: new, existing' });

export const STANDARDS: readonly FunctionSpec[] = [
  defineFunction<FacilityAreaInput>({
    name: 'FACILITYAREA',
    description: { zh: '居住区应配建的社区养老服务设施面积（平方米）', en: 'Community elderly-care floor area a residential area must provide (m²)' },
    params: [city, countParam('households', ARG.households, { zh: '居住区户数', en: 'Households' }), siteType, asOf],
    result: { type: 'number', unit: 'm2' },
    reads: ['facilityArea.perHundredHouseholds', 'facilityArea.minPerSite'],
    run: facilityArea,
  }),
  defineFunction<ChildcareSlotsInput>({
    name: 'CHILDCARESLOTS',
    description: { zh: '居住区应配建的托位数（个，向上取整）', en: 'Childcare slots a residential area must provide (rounded up)' },
    params: [city, countParam('population', ARG.population, { zh: '居住区人口数', en: 'Residents' }), siteType, asOf],
    result: { type: 'number', unit: 'slots' },
    reads: ['childcareSlots.perThousand'],
    run: childcareSlots,
  }),
  defineFunction<LandNeedInput>({
    name: 'LANDNEED',
    description: { zh: '养老服务设施用地（平方米），按人均用地标准', en: 'Land for elderly-care facilities (m²) at the per-capita standard' },
    params: [
      city,
      countParam('population', ARG.population, { zh: '总人口数', en: 'Population' }),
      p('elderlyShare', '老年人口占比', 'number', { zh: '老年人口占总人口比例（0–1，例如 0.21 或 21%）', en: 'Elderly share of the population, a fraction (0.21 or 21%)' }),
      asOf,
    ],
    result: { type: 'number', unit: 'm2' },
    reads: ['landNeed.perCapita', 'landNeed.agedShareThreshold'],
    run: landNeed,
  }),
  defineFunction<StaffNeedInput>({
    name: 'STAFFNEED',
    description: { zh: '养老机构最少护理人员数（1:3、1:6、1:10，合计向上取整）', en: 'Minimum carers for an institution (1:3, 1:6, 1:10, rounded up)' },
    params: [
      city,
      countParam('severe', ARG.severe, { zh: '完全、重度失能入住人数', en: 'Completely or severely disabled residents' }),
      countParam('moderate', ARG.moderate, { zh: '中度、轻度失能入住人数', en: 'Moderately or mildly disabled residents' }),
      countParam('able', ARG.able, { zh: '能力完好入住人数', en: 'Able residents' }),
      asOf,
    ],
    result: { type: 'number', unit: 'carers' },
    reads: ['staffing.residentsPerCarer'],
    run: staffNeed,
  }),
  defineFunction<MedRoomInput>({
    name: 'MEDROOM',
    description: {
      zh: '养老院是否应内设医疗机构（医务室或护理站）：TRUE/FALSE',
      en: 'Whether a home must have its own clinic or nursing station: TRUE/FALSE',
    },
    params: [
      city,
      choice('ownership', OWNERSHIP, { zh: '举办性质：公办、民办', en: 'Ownership: public, private' }),
      countParam('count', ARG.homeSize, { zh: '公办填入住人数，民办填床位数', en: 'Residents for a public home, beds for a private one' }),
      asOf,
    ],
    result: { type: 'boolean', unit: 'boolean' },
    reads: ['medRoom.threshold'],
    run: medRoom,
  }),
];
