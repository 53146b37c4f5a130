import { ARG } from '../rules/core/labels';
import { HOME_KIND, OWNERSHIP, SITE_TYPE } from '../rules/core/enums';
import { childcareSlots, type ChildcareSlotsInput } from '../rules/standards/childcareSlots';
import { facilityArea, type FacilityAreaInput } from '../rules/standards/facilityArea';
import { landNeed, type LandNeedInput } from '../rules/standards/landNeed';
import { HOME_SIZE_SOURCE, homeSize, type HomeSizeInput } from '../rules/standards/homeSize';
import { priceCap, rentCap, type PriceCapInput, type RentCapInput } from '../rules/standards/marketCap';
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

/** The size, price and rent standards added with the basic elderly-care service list. */
export const FACILITY_STANDARDS: readonly FunctionSpec[] = [
  defineFunction<HomeSizeInput>({
    name: 'HOMESIZE',
    description: {
      zh: '规划的养老机构床位数是否符合本市对该类机构的规模标准：TRUE/FALSE（标准见说明，条款见出处）',
      en: "Whether a planned home's beds meet the city's size standard for its kind: TRUE/FALSE (bounds in the notes, clauses in the sources)",
    },
    params: [
      city,
      choice('kind', HOME_KIND, { zh: '机构类型：乡镇敬老院、护理型养老院、特困失能人员集中照护机构', en: 'Kind: township-home, nursing-home, hardship-care' }),
      countParam('beds', ARG.beds, { zh: '规划床位数', en: 'Planned beds' }),
      p('grade', '等级', 'any', { zh: '等级评定结果（可选）：标准含等级要求时一并判断', en: 'Rating grade (optional), checked where the standard names one' }, { optional: true }),
      asOf,
    ],
    result: { type: 'boolean', unit: 'boolean' },
    reads: [...new Set(Object.values(HOME_SIZE_SOURCE).flatMap((s) => [s.beds, ...(s.grade ? [s.grade] : [])]))],
    run: homeSize,
  }),
  defineFunction<PriceCapInput>({
    name: 'PRICECAP',
    description: { zh: '普惠性养老托育服务价格上限（元）：当地同等服务市场价格的比例', en: 'Ceiling of an inclusive service price (yuan), a share of the local market price' },
    params: [city, p('marketPrice', '市场价格', 'number', { zh: '当地同等服务市场价格（元）', en: 'Local market price of the same service (yuan)' }), asOf],
    result: { type: 'number', unit: 'yuan' },
    reads: ['inclusivePrice.maxShareOfMarket'],
    run: priceCap,
  }),
  defineFunction<RentCapInput>({
    name: 'RENTCAP',
    description: {
      zh: '闲置国有资产场所用于养老服务的租金上限（元）：低于同类房屋市场租金的幅度，无偿亦可',
      en: 'Ceiling of the rent of idle state premises let for elderly care (yuan), below the market rent; free use is allowed too',
    },
    params: [city, p('marketRent', '市场租金', 'number', { zh: '同类房屋市场租金（元）', en: 'Market rent of similar premises (yuan)' }), asOf],
    result: { type: 'number', unit: 'yuan' },
    reads: ['premisesRent.discountBelowMarket'],
    run: rentCap,
  }),
];
