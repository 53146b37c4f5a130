/**
 * Arguments for every CARE function, as Excel could pass them: every city, every enumerated word,
 * every indicator, measure, county and parameter the seeds name, numbers in and out of range, the
 * as-of dates around each document, blanks, text where a number is due, ranges. The sweeps walk the
 * seed data in full (every indicator and year, every county and measure, every SOURCE name); the
 * random calls, drawn with a fixed seed, mix valid and invalid arguments for every function.
 */
import type { FunctionSpec, ParamSpec } from '../../src/catalog/types';
import type { SeedDocument } from '../../src/rules/data/schema';
import { random } from '../support/random';

export interface Call {
  fn: string;
  args: unknown[];
}

const RANGE = [[1], [2]];
const ODD = [undefined, '', 'x', true, RANGE];

export function grid(catalog: readonly FunctionSpec[], seeds: readonly SeedDocument[], perFunction = 300): Call[] {
  const cities = ['赣州', '鹰潭', '吉安', '抚州'];
  const CITY_IDS = ['ganzhou', 'yingtan', 'jian', 'fuzhou'];
  const countiesOf = (city: string) => [
    ...new Set(
      seeds
        .filter((s) => s.document.city === CITY_IDS[cities.indexOf(city)])
        .flatMap((s) => s.tables.flatMap((t) => [t.total.name, ...t.rows.flatMap((r) => [r.county.id, r.county.name, ...r.county.aliases])])),
    ),
  ];
  const counties = [...new Set([...cities.flatMap(countiesOf), '全市', '南昌县'])];
  const asOfs = [null, '2019-06-01', '2020-12-31', '2021-06-01', '2022-11-30', '2023-01-01', '2023-06-01', '2024-01-01', '2024-03-01', 45272, 45273, '2030-01-01'];
  const years = [null, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2030];
  const indicators = [...new Set(seeds.flatMap((s) => s.indicators.flatMap((i) => [i.id, i.name, i.nameEn, ...i.aliases])))];
  const measures = [...new Set(seeds.flatMap((s) => s.tables.flatMap((t) => t.measures.flatMap((m) => [m.id, m.name, m.nameEn, ...m.aliases]))))];
  const paramIds = [...new Set(seeds.flatMap((s) => s.parameters.map((p) => p.id)))];
  const names = [...catalog.flatMap((f) => [f.name, `care.${f.name.toLowerCase()}`]), ...paramIds, ...indicators];
  const targetValues = [0, 0.45, 0.5, 0.55, 0.6, 0.9, 1, 2, 4.5, 5, 46, 60, 100, 1000, '基本建立', '未建立'];
  const numbers = [0, 1, 2, 3, 5, 10, 25, 40, 100, 1000, 2500, 0.22, 2.5, -1, 1e12];

  const valid = (p: ParamSpec): readonly unknown[] => {
    if (p.choices) return [...Object.keys(p.choices.options), ...Object.values(p.choices.options).map((o) => o.zh)];
    switch (p.name) {
      case 'asOf':
        return asOfs;
      case 'year':
        return years;
      case 'indicator':
        return indicators;
      case 'measure':
        return measures;
      case 'county':
        return counties;
      case 'name':
        return names;
      case 'value':
        return targetValues;
      case 'elderlyShare':
        return [0, 0.1, 0.14, 0.2, 0.3, 1, 22];
      case 'grade':
      case 'previousGrade':
        return [0, 1, 2, 3, 4, 5, '三级', '五星级', null, 6];
      default:
        return p.optional ? [null, ...numbers] : numbers;
    }
  };

  const calls: Call[] = [];
  const byName = new Map(catalog.map((f) => [f.name, f]));
  const add = (fn: string, ...args: unknown[]) => {
    if (byName.has(fn)) calls.push({ fn, args });
  };

  // Every figure of the data, through the functions that return it.
  for (const city of cities) {
    for (const indicator of indicators) {
      for (const year of years) add('TARGET', city, indicator, year);
      for (const value of [0.5, 4.5, '基本建立']) {
        add('MEETS', city, indicator, value, null);
        add('GAP', city, indicator, value, null);
      }
    }
    for (const county of countiesOf(city)) for (const measure of measures) for (const year of [2020, 2023, 2025]) add('ALLOCATION', city, county, measure, year);
  }
  for (const name of names) for (const city of [null, ...cities]) for (const asOf of [null, '2021-01-01', '2023-06-01']) add('SOURCE', name, city, asOf);
  // Every allowance of the service list and every kind of home, on both sides of the list's date.
  const words = (fn: string, param: string): string[] => {
    const def = byName.get(fn)?.params.find((p) => p.name === param)?.choices;
    return def ? Object.entries(def.options).flatMap(([k, o]) => [k, o.zh]) : [];
  };
  for (const city of cities) {
    for (const asOf of ['2023-12-12', '2023-12-13', '2024-03-01']) {
      for (const item of words('ALLOWANCE', 'item')) add('ALLOWANCE', city, item, 3, 12, asOf);
      for (const kind of words('HOMESIZE', 'kind')) for (const beds of [39, 40, 100, 150, 151, 300, 500, 501]) add('HOMESIZE', city, kind, beds, null, asOf);
    }
  }

  // Every function with arguments drawn at random, mostly valid ones.
  const rnd = random(20240301);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (const spec of catalog) {
    for (let n = 0; n < perFunction; n += 1) {
      const args = spec.params.map((p) => {
        if (p.name === 'city' && rnd() < 0.9) return p.optional && rnd() < 0.3 ? null : pick(cities);
        return rnd() < 0.9 ? pick(valid(p)) : pick(ODD);
      });
      // Now and then one argument too many, which the catalog refuses.
      if (rnd() < 0.02) args.push(1);
      calls.push({ fn: spec.name, args });
    }
  }
  return calls;
}

/** What a call gives: its value, or the error it throws (code, message, and for a rule's refusal its words). */
export function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    const o = e as { code?: unknown; message?: unknown; zh?: unknown; en?: unknown; name?: unknown };
    return { error: { name: o.name, code: o.code, message: o.message, zh: o.zh, en: o.en } };
  }
}
