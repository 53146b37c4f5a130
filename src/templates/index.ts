/**
 * Every template by its id: what `careplan template --list` shows, and how a face gets one built.
 */
import { parseAsOf, todayIso, type IsoDay } from '../rules/core/dates';
import { CITY, parseEnum, type City } from '../rules/core/enums';
import { RuleError } from '../rules/core/errors';
import { allowanceBudget } from './allowanceBudget';
import { childcareBudget, eldercareBudget } from './budgets';
import { COUNTY_TABLE_SPECS, countyTableTemplate } from './countyTables';
import { INDICATOR_SHEETS, indicatorTemplate } from './indicatorSheets';
import type { Template } from './model';
import { TEMPLATE_MSG } from './messages';
import { portableBudget, servesCity } from './portable';
import { serviceListTemplate } from './serviceList';

export interface TemplateOptions {
  /** A county's own form of a county table (its name as the document writes it, short, or pinyin id). */
  county?: string;
  /** Budget sheets: the city and the as-of date their formulas start from (default 赣州, today). */
  city?: string;
  asOf?: string;
  /**
   * Budget sheets: portable, built-in functions over a 参数 sheet, for programs without the add-in
   * (the default of the command line and the pane); functions, CARE.* formulas that read the city cell.
   */
  form?: 'portable' | 'functions';
}

export interface TemplateEntry {
  id: string;
  city: City | null;
  title: string;
  titleEn: string;
  /** A county table, which also comes as one county's form. */
  counties: boolean;
  /** A budget: the cities whose documents set a figure for at least one of its lines. */
  serves?: City[];
  build: (o: { county?: string; city: City; asOf: IsoDay }) => Template;
}

const DEFAULT_BUDGET_CITY: City = 'ganzhou';


function entry(build: TemplateEntry['build'], city: City | null, counties: boolean): TemplateEntry {
  const t = build({ city: city ?? DEFAULT_BUDGET_CITY, asOf: todayIso() });
  const serves = t.kind === 'budget' ? (Object.keys(CITY.options) as City[]).filter((c) => servesCity(portableBudget(build({ city: c, asOf: todayIso() }), c))) : undefined;
  return { id: t.id, city, title: t.title.zh, titleEn: t.title.en, counties, build, ...(serves ? { serves } : {}) };
}

export const TEMPLATES: readonly TemplateEntry[] = [
  ...COUNTY_TABLE_SPECS.map((spec) => entry((o) => countyTableTemplate(spec, o.county), spec.city, true)),
  ...INDICATOR_SHEETS.map(({ id, city }) => entry(() => indicatorTemplate(id, city), city, false)),
  entry((o) => serviceListTemplate(o.asOf), 'ganzhou', false),
  entry((o) => eldercareBudget(o.city, o.asOf), null, false),
  entry((o) => childcareBudget(o.city, o.asOf), null, false),
  entry((o) => allowanceBudget(o.city, o.asOf), null, false),
];

export function findTemplate(id: string): TemplateEntry {
  const found = TEMPLATES.find((t) => t.id === id.trim().toLowerCase());
  if (!found) throw new RuleError('BAD_ARGUMENT', TEMPLATE_MSG.unknownTemplate(id, TEMPLATES.map((t) => t.id)));
  return found;
}

/** The template, built for a county, city and date where it takes them; a clear refusal otherwise. */
export function buildTemplate(id: string, o: TemplateOptions = {}): Template {
  const e = findTemplate(id);
  if (o.county !== undefined && !e.counties) throw new RuleError('BAD_ARGUMENT', TEMPLATE_MSG.noCountyForm(e.id, TEMPLATES.filter((t) => t.counties).map((t) => t.id)));
  const city = o.city === undefined ? (e.city ?? DEFAULT_BUDGET_CITY) : parseEnum(CITY, o.city);
  // The CARE form reads its city from a cell the user may change; the portable form is made for one city.
  if (o.form === 'portable' && e.serves && !e.serves.includes(city)) throw new RuleError('BAD_ARGUMENT', TEMPLATE_MSG.budgetNotForCity({ zh: e.title, en: e.titleEn }, CITY.options[city], e.serves.map((c) => CITY.options[c])));
  const t = e.build({ ...(o.county !== undefined ? { county: o.county } : {}), city, asOf: parseAsOf(o.asOf) });
  return t.kind === 'budget' && o.form === 'portable' ? portableBudget(t, city) : t;
}
