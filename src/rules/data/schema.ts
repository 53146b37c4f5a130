/**
 * The shape of a seed file: one source document's figures, each with the clause it comes from.
 * Every file in seeds/ is parsed with `SeedDocument` at load time and in the tests, so a typo in a
 * key, a percentage written as 60 instead of 0.6, or a missing quote fails with the file and field.
 */
import { z } from 'zod';
import { YEARS } from '../core/years';

export const CITY_IDS = ['ganzhou', 'yingtan', 'jian', 'fuzhou'] as const;
export const CityId = z.enum(CITY_IDS);
export type CityId = z.infer<typeof CityId>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
const Year = z.number().int().min(YEARS.min).max(YEARS.max);
const Text = z.string().trim().min(1);

export const Bilingual = z.strictObject({ zh: Text, en: Text });
export type Bilingual = z.infer<typeof Bilingual>;

/** Where a figure is written: the source file, the section as the document numbers it, and the words. */
export const Citation = z.strictObject({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file name in seeds/sources/'),
  section: Text,
  quote: z.string().min(4, 'the clause in the document’s own words'),
});
export type Citation = z.infer<typeof Citation>;

/** Units of parameters. Money is yuan; shares are fractions (60% -> 0.6). */
export const PARAM_UNITS = [
  'yuan',
  'yuan/bed',
  'yuan/person/month',
  'yuan/slot',
  'yuan/child/month',
  'yuan/facility/year',
  'yuan/student/year',
  'yuan/person',
  'yuan/institution',
  'share',
  'coefficient',
  'm2/100 households',
  'm2/site',
  'm2/person',
  'slots/1000 people',
  'residents/carer',
  'persons',
  'beds',
  'students/year',
  'grade',
  'months',
  'years',
  'm2',
] as const;
export const ParamUnit = z.enum(PARAM_UNITS);
export type ParamUnit = z.infer<typeof ParamUnit>;

/**
 * How a threshold reads (DESIGN.md): 以上/以下/以内/届满 include the number, 不满/超过/以外 exclude it.
 */
export const Bound = z.enum(['inclusive', 'exclusive']);
export type Bound = z.infer<typeof Bound>;

const paramBase = {
  /** Stable id shared by every city and document that sets the same rule. */
  id: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'a dotted camelCase id'),
  label: Bilingual,
  /** Defaults to the document's in-force date; set where the clause names its own start. */
  from: IsoDate.optional(),
  citation: Citation,
  note: Bilingual.optional(),
};

export const Parameter = z.discriminatedUnion('kind', [
  z.strictObject({ ...paramBase, kind: z.literal('value'), unit: ParamUnit, value: z.number().finite(), bound: Bound.optional() }),
  z.strictObject({
    ...paramBase,
    kind: z.literal('table'),
    unit: ParamUnit,
    values: z.record(z.string().min(1), z.number().finite()).refine((v) => Object.keys(v).length > 0, 'at least one value'),
    bound: Bound.optional(),
  }),
  /**
   * A figure the document gives as a span (每人每月50-1000元不等, 40 至 150 张): both ends kept, each
   * end included (至, -, 以上…以下 all include the number). A rule answers the lower end, the minimum
   * the document guarantees, and says the span in a note.
   */
  z
    .strictObject({ ...paramBase, kind: z.literal('range'), unit: ParamUnit, min: z.number().finite(), max: z.number().finite() })
    .refine((p) => p.min <= p.max, { message: 'min must not exceed max', path: ['max'] }),
  /** The document leaves the figure to another document that is not in the seeds. */
  z.strictObject({ ...paramBase, kind: z.literal('reference'), refersTo: Bilingual }),
  /** A rule with no figure of its own (e.g. an upgrade is paid the difference). */
  z.strictObject({ ...paramBase, kind: z.literal('clause') }),
]);
export type Parameter = z.infer<typeof Parameter>;

/** Units of plan indicators. Shares are fractions; per-mille values are plain numbers of ‰. */
export const INDICATOR_UNITS = ['share', 'per_mille', 'per_1000', 'count', 'years', '100m_yuan', 'text'] as const;
export const IndicatorUnit = z.enum(INDICATOR_UNITS);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

export const COMPARATORS = ['>=', '<=', '>', '<', '='] as const;
export const Comparator = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof Comparator>;

const IndicatorValue = z.union([z.number().finite(), Text]);

export const Target = z.strictObject({
  year: Year,
  /** Absent only for a text target such as 基本建立. */
  comparator: Comparator.optional(),
  value: IndicatorValue,
  /** Where the year's figure is stated somewhere other than the indicator's own row. */
  citation: Citation.optional(),
  note: Bilingual.optional(),
});
export type Target = z.infer<typeof Target>;

export const Indicator = z
  .strictObject({
    /** Same id across cities when the indicator measures the same thing. */
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a camelCase id'),
    /** The name as the document writes it, without the unit in brackets. */
    name: Text,
    nameEn: Text,
    aliases: z.array(Text),
    domain: z.enum(['elderly', 'childcare']),
    /** The table or passage the row stands in, as the document titles it. */
    table: Text,
    unit: IndicatorUnit,
    unitLabel: Bilingual,
    attribute: z.enum(['binding', 'expected']).optional(),
    lead: Text.optional(),
    /** The base year's figure; `citation` where it is stated outside the indicator's own row. */
    base: z.strictObject({ year: Year, value: IndicatorValue, citation: Citation.optional(), note: Bilingual.optional() }).optional(),
    targets: z.array(Target).min(1),
    citation: Citation,
    note: Bilingual.optional(),
  })
  .superRefine((ind, ctx) => {
    ind.targets.forEach((t, i) => {
      const numeric = typeof t.value === 'number';
      if (numeric !== (t.comparator !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['targets', i], message: 'a number needs a comparator, a text target has none' });
      }
      if (ind.unit === 'share' && numeric && ((t.value as number) < 0 || (t.value as number) > 1)) {
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: 'a share is a fraction in [0, 1] (60% -> 0.6)' });
      }
    });
    if (ind.unit === 'share' && typeof ind.base?.value === 'number' && (ind.base.value < 0 || ind.base.value > 1)) {
      ctx.addIssue({ code: 'custom', path: ['base', 'value'], message: 'a share is a fraction in [0, 1] (60% -> 0.6)' });
    }
  });
export type Indicator = z.infer<typeof Indicator>;

export const CountyRef = z.strictObject({
  /** ASCII id (pinyin), the same in every table of the city. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case pinyin id'),
  name: Text,
  aliases: z.array(Text),
});
export type CountyRef = z.infer<typeof CountyRef>;

export const Measure = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  /** The column words the function accepts first (e.g. 新增改造床位). */
  name: Text,
  nameEn: Text,
  aliases: z.array(Text),
  unit: z.enum(['beds', 'slots', 'facilities', 'communities', 'villages', 'homes', 'beds/1000 elderly', 'slots/1000 people']),
  /** base: a stock in the base year; task: to add in that year; target: the level to reach by that year. */
  kind: z.enum(['base', 'task', 'target']),
});
export type Measure = z.infer<typeof Measure>;

export const CountyTable = z
  .strictObject({
    id: z.string().regex(/^[a-z]+\.[a-zA-Z]+$/),
    title: Text,
    titleEn: Text,
    citation: Citation,
    measures: z.array(Measure).min(1),
    columns: z.array(z.strictObject({ measure: Text, year: Year.nullable(), label: Text })).min(1),
    /** The document's own total row (全市总计 / 全市合计), as printed. */
    total: z.strictObject({ name: Text, values: z.array(z.number().finite().nullable()) }),
    /** Blank cells are null: the document gives no figure there. */
    rows: z.array(z.strictObject({ county: CountyRef, values: z.array(z.number().finite().nullable()) })).min(1),
  })
  .superRefine((t, ctx) => {
    const ids = new Set(t.measures.map((m) => m.id));
    t.columns.forEach((c, i) => {
      if (!ids.has(c.measure)) ctx.addIssue({ code: 'custom', path: ['columns', i], message: `unknown measure ${c.measure}` });
    });
    const width = t.columns.length;
    if (t.total.values.length !== width) ctx.addIssue({ code: 'custom', path: ['total'], message: `${width} values expected` });
    t.rows.forEach((r, i) => {
      if (r.values.length !== width) ctx.addIssue({ code: 'custom', path: ['rows', i], message: `${r.county.name}: ${width} values expected` });
    });
  });
export type CountyTable = z.infer<typeof CountyTable>;

/** A place where the document disagrees with itself or with another document: every figure, and the one used. */
export const Discrepancy = z
  .strictObject({
    id: z.string().regex(/^[a-z][A-Za-z0-9.-]*$/),
    where: Text,
    description: Bilingual,
    figures: z
      .array(z.strictObject({ label: Bilingual, value: IndicatorValue, citation: Citation.optional() }))
      .min(2),
    /** Index into `figures` of the one the product uses. */
    productUses: z.number().int().min(0),
    /** The total-row cell it concerns, so that ALLOCATION can show it beside the figure. */
    cell: z.strictObject({ table: Text, measure: Text, year: Year }).optional(),
    /** The indicator year it concerns, so that TARGET can show it. */
    indicator: z.strictObject({ id: Text, year: Year }).optional(),
    why: Bilingual,
  })
  .refine((d) => d.productUses < d.figures.length, { message: 'productUses must index one of the figures' });
export type Discrepancy = z.infer<typeof Discrepancy>;

/** Where one of a service list item's amounts is kept: a parameter (and the key of a table), with the document's words for it. */
export const ServiceAmount = z.strictObject({
  parameter: paramBase.id,
  key: z.string().min(1).optional(),
  /** Who or what the amount is for, in the item's own words (重度失能老年人, 独生子女伤残的特别扶助对象). */
  label: Text,
});
export type ServiceAmount = z.infer<typeof ServiceAmount>;

export const SERVICE_TYPES = ['物质帮助', '照护服务', '关爱服务'] as const;

/** One row of a service list, each column as the document writes it. */
export const ServiceItem = z.strictObject({
  no: z.number().int().min(1),
  type: z.enum(SERVICE_TYPES),
  /** 服务项目, without the “*” that marks an item the city added. */
  item: Text,
  /** Marked “*”: added by the city to the provincial list. */
  added: z.boolean(),
  /** 服务对象 */
  target: Text,
  /** 服务内容及标准 */
  content: Text,
  /** 牵头责任单位, one unit per entry. */
  lead: z.array(Text).min(1),
  /** The amounts the item sets, each kept once as a parameter (an item repeating a figure cites the same parameter). */
  amounts: z.array(ServiceAmount).optional(),
  note: Bilingual.optional(),
});
export type ServiceItem = z.infer<typeof ServiceItem>;

/** A list of basic services (赣州市基本养老服务清单（2023年版）): its items in the document's order. */
export const ServiceList = z
  .strictObject({
    title: Text,
    titleEn: Text,
    /** Where the list stands; the quote is its note on the items marked “*”. */
    citation: Citation,
    items: z.array(ServiceItem).min(1),
  })
  .superRefine((l, ctx) => {
    l.items.forEach((item, i) => {
      if (item.no !== i + 1) ctx.addIssue({ code: 'custom', path: ['items', i, 'no'], message: `items are numbered 1, 2, … in order; ${i + 1} expected` });
    });
  });
export type ServiceList = z.infer<typeof ServiceList>;

export const SeedDocument = z.strictObject({
  $schema: z.string().optional(),
  document: z.strictObject({
    id: z.string().regex(/^[a-z]+-\d{4}-\d+$/),
    file: Citation.shape.file,
    number: Text,
    title: Text,
    titleEn: Text,
    city: CityId,
    issued: IsoDate,
    inForce: IsoDate,
    inForceCitation: Citation.optional(),
    /** The plan's term, where it has one; its figures stay in force after it (DESIGN.md). */
    planYears: z.tuple([Year, Year]).optional(),
  }),
  parameters: z.array(Parameter),
  indicators: z.array(Indicator),
  tables: z.array(CountyTable),
  discrepancies: z.array(Discrepancy),
  serviceList: ServiceList.optional(),
});
export type SeedDocument = z.infer<typeof SeedDocument>;
