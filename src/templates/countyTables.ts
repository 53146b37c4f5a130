/**
 * The three county allocation tables as fill-in forms: the document's figures from seeds/ as
 * target and given cells, the county's figures as inputs beside them, year by year, and the ratios
 * the plans measure as live formulas. A county's own form is the same table with its row alone.
 */
import type { CountyTable, SeedDocument } from '../rules/data/schema';
import { TOTAL_NAMES, tableSource } from '../rules/plans/allocation';
import { countyStem } from '../rules/plans/names';
import { lookupIndicator } from '../rules/plans/indicators';
import type { City } from '../rules/core/enums';
import { RuleError } from '../rules/core/errors';
import { msg } from '../rules/core/messages';
import { cityName } from '../rules/data/registry';
import { SEEDS } from '../rules/data/seeds';
import { cellKey, type Accepts, type Column, type Content, type Format, type Formula, type Row, type Table, type Template } from './model';

/** The unit word a header shows for a seed measure's unit. */
export const UNIT_WORD: Record<CountyTable['measures'][number]['unit'], string> = {
  beds: '张',
  slots: '个',
  facilities: '个',
  communities: '个',
  villages: '个',
  homes: '个',
  'beds/1000 elderly': '张',
  'slots/1000 people': '个',
};

/** Per 1000 people: the scale of a per-thousand figure, a unit, not a policy number. */
const PER_THOUSAND = 1000;

type YearFormula = (row: string, year: number) => Formula;

/** One column repeated for every year of the table. */
interface YearColumn {
  key: string;
  /** The header without its year (a county's own form, years down the rows); the year goes in front. */
  yearless: string;
  headerEn: (y: number) => string;
  role: 'target' | 'input' | 'computed';
  measure: string;
  /** The seed measure whose figures fill a target column. */
  seedMeasure?: string;
  format: Format;
  accepts?: Accepts;
  formula?: YearFormula;
  /** The city indicator a computed ratio is measured by, by its id. */
  indicator?: string;
  /** The column (key, same year) this input is a part of. */
  partOf?: string;
}

interface CountyTableSpec {
  id: string;
  city: City;
  seedTable: string;
  /** Sheet name of the whole city's table (≤ 31 characters with a county name in front). */
  sheet: string;
  keyHeader: string;
  columns: YearColumn[];
  guide: string;
}

/** 2021年 before a measure, 2021 before 年末…: the header of a year's column. */
const yearHeader = (y: number, yearless: string): string => (yearless.startsWith('年') ? `${y}${yearless}` : `${y}年${yearless}`);

const ref = (row: string, col: string) => ({ table: 'main', row, col });
const ratio = (num: string, den: string, scale: number): YearFormula => (row, y) => ({
  kind: 'ratio',
  num: ref(row, `${num}${y}`),
  den: ref(row, `${den}${y}`),
  scale,
});
/** A ratio over a yearless given column (抚州 社区数, 建制村数). */
const coverage = (num: string, den: string): YearFormula => (row, y) => ({
  kind: 'ratio',
  num: ref(row, `${num}${y}`),
  den: ref(row, den),
  scale: 1,
});


/** Width of a year's columns: 赣州's seven measures a year print on one A4 landscape page at 9 pt or more. */
const YEAR_COLUMN_WIDTH = 9;

const GUIDE = '灰色为文件数字（已锁定），黄色为填报单元格，蓝色为自动计算。';

export const COUNTY_TABLE_SPECS: readonly CountyTableSpec[] = [
  {
    id: 'gz-beds',
    city: 'ganzhou',
    seedTable: 'ganzhou.beds',
    sheet: '养老床位分解表',
    keyHeader: '县（市、区）',
    guide: `${GUIDE}新增改造床位为当年任务（非累计），累计完成数达到累计任务数即为完成。`,
    columns: [
      { key: 'task', yearless: '新增改造任务（张）', headerEn: (y) => `${y} task: new or renovated beds`, role: 'target', measure: '新增改造床位', seedMeasure: 'newOrRenovatedBeds', format: 'count' },
      { key: 'done', yearless: '实际新增改造（张）', headerEn: (y) => `${y} beds added or renovated`, role: 'input', measure: '新增改造床位', format: 'count', accepts: 'count' },
      { key: 'beds', yearless: '年末养老床位数（张）', headerEn: (y) => `Beds at end of ${y}`, role: 'input', measure: '年末养老床位数', format: 'count', accepts: 'count' },
      { key: 'nursing', yearless: '年末护理型床位数（张）', headerEn: (y) => `Nursing-type beds at end of ${y}`, role: 'input', measure: '年末护理型床位数', format: 'count', accepts: 'count', partOf: 'beds' },
      { key: 'elderly', yearless: '年末老年人口（人）', headerEn: (y) => `Elderly population at end of ${y}`, role: 'input', measure: '老年人口', format: 'count', accepts: 'count' },
      { key: 'per1000', yearless: '每千名老人床位数（张）', headerEn: (y) => `${y} beds per 1000 elderly`, role: 'computed', measure: '每千名老人床位数', format: 'decimal', formula: ratio('beds', 'elderly', PER_THOUSAND), indicator: 'bedsPer1000Elderly' },
      { key: 'nursingShare', yearless: '护理型床位占比', headerEn: (y) => `${y} nursing-type share`, role: 'computed', measure: '护理型床位占比', format: 'share', formula: ratio('nursing', 'beds', 1), indicator: 'nursingBedShare' },
    ],
  },
  {
    id: 'gz-slots',
    city: 'ganzhou',
    seedTable: 'ganzhou.slots',
    sheet: '托位分解表',
    keyHeader: '县（市、区）',
    guide: `${GUIDE}托位目标为当年年末应达到的托位总数。`,
    columns: [
      { key: 'target', yearless: '托位目标（个）', headerEn: (y) => `${y} slot target`, role: 'target', measure: '托位', seedMeasure: 'slots', format: 'count' },
      { key: 'slots', yearless: '年末托位数（个）', headerEn: (y) => `Slots at end of ${y}`, role: 'input', measure: '托位', format: 'count', accepts: 'count' },
      { key: 'inclusive', yearless: '年末普惠性托位数（个）', headerEn: (y) => `Inclusive slots at end of ${y}`, role: 'input', measure: '普惠性托位', format: 'count', accepts: 'count', partOf: 'slots' },
      { key: 'population', yearless: '年末常住人口（人）', headerEn: (y) => `Resident population at end of ${y}`, role: 'input', measure: '常住人口', format: 'count', accepts: 'count' },
      { key: 'per1000', yearless: '每千人口托位数（个）', headerEn: (y) => `${y} slots per 1000 people`, role: 'computed', measure: '每千人口托位数', format: 'decimal', formula: ratio('slots', 'population', PER_THOUSAND), indicator: 'slotsPer1000People' },
      { key: 'inclusiveShare', yearless: '普惠性托位占比', headerEn: (y) => `${y} inclusive share`, role: 'computed', measure: '普惠性托位占比', format: 'share', formula: ratio('inclusive', 'slots', 1), indicator: 'inclusiveSlotShare' },
    ],
  },
  {
    id: 'fz-facilities',
    city: 'fuzhou',
    seedTable: 'fuzhou.facilities',
    sheet: '养老服务设施任务分解表',
    keyHeader: '县（区）',
    guide: `${GUIDE}设施数为年末应增至的数；嵌入式养护院、新增床位为当年任务（非累计）。`,
    columns: [
      { key: 'urbanTarget', yearless: '城市居家和社区养老服务设施增至（个）', headerEn: (y) => `${y} urban community facilities target`, role: 'target', measure: '城市居家和社区养老服务设施', seedMeasure: 'urbanFacilities', format: 'count' },
      { key: 'urban', yearless: '年末城市居家和社区养老服务设施实有（个）', headerEn: (y) => `Urban community facilities at end of ${y}`, role: 'input', measure: '城市居家和社区养老服务设施', format: 'count', accepts: 'count' },
      { key: 'urbanCoverage', yearless: '城市居家和社区养老服务设施覆盖率', headerEn: (y) => `${y} urban facility coverage`, role: 'computed', measure: '城市居家和社区养老服务设施覆盖率', format: 'share', formula: coverage('urban', 'communities'), indicator: 'urbanCommunityCareCoverage' },
      { key: 'ruralTarget', yearless: '具备助餐功能农村互助养老服务设施增至（个）', headerEn: (y) => `${y} rural mutual-aid facilities target`, role: 'target', measure: '农村互助养老服务设施', seedMeasure: 'ruralMutualAid', format: 'count' },
      { key: 'rural', yearless: '年末具备助餐功能农村互助养老服务设施实有（个）', headerEn: (y) => `Rural mutual-aid facilities at end of ${y}`, role: 'input', measure: '农村互助养老服务设施', format: 'count', accepts: 'count' },
      { key: 'ruralCoverage', yearless: '农村互助养老服务设施覆盖率', headerEn: (y) => `${y} rural facility coverage`, role: 'computed', measure: '具备助餐等功能的农村互助养老服务设施覆盖率', format: 'share', formula: coverage('rural', 'villages'), indicator: 'ruralMutualAidCoverage' },
      { key: 'homesTask', yearless: '新增嵌入式养护院任务（个）', headerEn: (y) => `${y} task: embedded care homes`, role: 'target', measure: '嵌入式养护院', seedMeasure: 'embeddedHomes', format: 'count' },
      { key: 'homes', yearless: '实际新增嵌入式养护院（个）', headerEn: (y) => `${y} embedded care homes added`, role: 'input', measure: '嵌入式养护院', format: 'count', accepts: 'count' },
      { key: 'bedsTask', yearless: '新增床位任务（张）', headerEn: (y) => `${y} task: new beds`, role: 'target', measure: '新增床位', seedMeasure: 'newBeds', format: 'count' },
      { key: 'beds', yearless: '实际新增床位（张）', headerEn: (y) => `${y} beds added`, role: 'input', measure: '新增床位', format: 'count', accepts: 'count' },
      { key: 'nursingTask', yearless: '新增护理型床位任务（张）', headerEn: (y) => `${y} task: new nursing-type beds`, role: 'target', measure: '新增护理型床位', seedMeasure: 'newNursingBeds', format: 'count' },
      { key: 'nursing', yearless: '实际新增护理型床位（张）', headerEn: (y) => `${y} nursing-type beds added`, role: 'input', measure: '新增护理型床位', format: 'count', accepts: 'count', partOf: 'beds' },
    ],
  },
];

export function seedTable(id: string): { table: CountyTable; doc: SeedDocument['document'] } {
  for (const seed of SEEDS) {
    const table = seed.tables.find((t) => t.id === id);
    if (table) return { table, doc: seed.document };
  }
  throw new Error(`no seed table ${id}`);
}

/** The county row of a table by any of its names (于都县, 于都, yudu), or a clear refusal. */
export function countyRowOf(spec: CountyTableSpec, name: string): CountyTable['rows'][number] {
  const { table } = seedTable(spec.seedTable);
  const stem = countyStem(name);
  const row = table.rows.find((r) => [r.county.id, r.county.name, ...r.county.aliases].some((w) => countyStem(w) === stem));
  if (!row) throw new RuleError('BAD_ARGUMENT', msg.unknownCounty(cityName(spec.city), name, table.rows.map((r) => r.county.name)));
  return row;
}

/** A county's own form's title: the county in place of 县（市、区）, else after the title. */
const ownTitle = (title: string, county: string): string => (/^县（[^）]*）/u.test(title) ? `${title.replace(/^县（[^）]*）/u, county)}（县级填报）` : `${title}（${county}填报）`);

export function countyTableTemplate(spec: CountyTableSpec, county?: string): Template {
  const { table, doc } = seedTable(spec.seedTable);
  const source = tableSource(table, doc);
  const measureKind = new Map(table.measures.map((m) => [m.id, m.kind] as const));
  const years = [...new Set(table.columns.filter((c) => measureKind.get(c.measure) !== 'base').map((c) => c.year!))];
  const seedIndex = (measure: string, year: number | null): number => table.columns.findIndex((c) => c.measure === measure && c.year === year);

  const columns: Column[] = [{ key: 'county', header: spec.keyHeader, headerEn: 'County', role: 'key', width: 14 }];
  const givens = table.columns.filter((c) => measureKind.get(c.measure) === 'base');
  for (const g of givens) {
    const m = table.measures.find((x) => x.id === g.measure)!;
    const header = `${g.year === null ? '' : `${g.year}年`}${m.name}（${UNIT_WORD[m.unit]}）`;
    columns.push({ key: g.measure, header, headerEn: m.nameEn, role: 'given', measure: m.name, year: g.year, format: m.unit.includes('/1000') ? 'decimal' : 'count', width: 10, group: '基数', aliases: [m.name, ...m.aliases] });
  }
  for (const y of years) {
    for (const yc of spec.columns) {
      const seedKind = yc.seedMeasure ? measureKind.get(yc.seedMeasure) : undefined;
      const target = spec.columns.find((c) => c.role === 'target' && c.measure === yc.measure);
      const kind = seedKind ?? (target?.seedMeasure ? measureKind.get(target.seedMeasure) : undefined);
      const seedMeasure = table.measures.find((m) => m.id === yc.seedMeasure);
      columns.push({
        key: `${yc.key}${y}`,
        header: yearHeader(y, yc.yearless),
        headerEn: yc.headerEn(y),
        role: yc.role,
        measure: yc.measure,
        year: y,
        format: yc.format,
        ...(yc.accepts ? { accepts: yc.accepts } : {}),
        ...(kind === 'task' ? { measureKind: 'task' as const } : kind === 'target' ? { measureKind: 'level' as const } : {}),
        ...(yc.partOf ? { partOf: `${yc.partOf}${y}` } : {}),
        ...(yc.indicator && lookupIndicator(spec.city, yc.indicator) ? { indicator: yc.indicator } : {}),
        yearless: yc.yearless,
        ...(seedMeasure ? { aliases: [seedMeasure.name, ...seedMeasure.aliases] } : {}),
        width: YEAR_COLUMN_WIDTH,
        group: `${y}年`,
      });
    }
  }

  const own = county === undefined ? undefined : countyRowOf(spec, county);
  const seedRows = own ? [own] : table.rows;
  const rows: Row[] = seedRows.map((r) => ({ key: r.county.id, labels: [r.county.name], county: r.county.name, aliases: [r.county.id, ...r.county.aliases] }));
  if (!own) rows.push({ key: 'total', labels: [table.total.name], county: table.total.name, total: true, aliases: TOTAL_NAMES });

  const cells = new Map<string, Content>();
  const valuesOf = (row: Row): (number | null)[] => (row.total ? table.total.values : table.rows.find((r) => r.county.id === row.key)!.values);
  for (const row of rows) {
    const values = valuesOf(row);
    for (const g of givens) cells.set(cellKey(row.key, g.measure), { value: values[seedIndex(g.measure, g.year)] ?? null, source });
    for (const y of years) {
      for (const yc of spec.columns) {
        const key = cellKey(row.key, `${yc.key}${y}`);
        if (yc.role === 'target') cells.set(key, { value: values[seedIndex(yc.seedMeasure!, y)] ?? null, source });
        if (yc.formula) cells.set(key, { formula: yc.formula(row.key, y) });
      }
    }
  }

  const name = cityName(spec.city).zh;
  const title = own ? ownTitle(table.title, own.county.name) : table.title.startsWith(name) ? table.title : `${name}市${table.title}`;
  return {
    id: spec.id,
    kind: 'county',
    city: spec.city,
    county: own?.county.name ?? null,
    countyId: own?.county.id ?? null,
    title: { zh: title, en: own ? `${own.county.id}: ${table.titleEn}` : `${cityName(spec.city).en}: ${table.titleEn}` },
    sheet: own ? `${own.county.name}${spec.sheet}`.slice(0, 31) : spec.sheet,
    basis: `${doc.number}《${doc.title}》${table.citation.section}`,
    basisEn: `${doc.number} ${doc.titleEn}, ${table.titleEn}`,
    guide: spec.guide,
    tables: [{ key: 'main', columns, rows, cells } satisfies Table],
    frozenCols: 1,
  };
}
