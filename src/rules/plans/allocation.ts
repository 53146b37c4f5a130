/**
 * County allocation tables: a county's figure for a measure and year, exactly as the table prints it.
 */
import { text, year } from '../core/args';
import { CITY, parseEnum, type City } from '../core/enums';
import { RuleError } from '../core/errors';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import type { RuleResult } from '../core/result';
import { cityName, type Source } from '../data/registry';
import type { CountyTable, Measure, SeedDocument } from '../data/schema';
import { SEEDS } from '../data/seeds';
import { cellNotes } from './discrepancies';
import { countyStem, foldName } from './names';

export interface AllocationInput {
  city: unknown;
  county: unknown;
  measure: unknown;
  year: unknown;
}

interface Located {
  table: CountyTable;
  doc: SeedDocument['document'];
  measure: Measure;
}

/** The words that mean a table's own total row. */
export const TOTAL_NAMES = ['全市', '全市总计', '全市合计', '合计', '总计', 'total', 'city total'];
const TOTALS = new Set(TOTAL_NAMES.map(foldName));

type Row = { name: string; values: (number | null)[] };

interface TableIndex {
  table: CountyTable;
  doc: SeedDocument['document'];
  /** County rows by every stem of their name, id and aliases. */
  rows: Map<string, Row>;
  /** Each measure's columns: their year (null for a yearless count) and index. */
  columns: Map<string, { year: number | null; i: number }[]>;
}

/** Each city's measures by every folded word for them, each with its table; built once at load. */
const MEASURES = new Map<City, Map<string, Located>>();
const ROWS = new Map<CountyTable, TableIndex>();
for (const seed of SEEDS) {
  const measures = MEASURES.get(seed.document.city) ?? new Map<string, Located>();
  MEASURES.set(seed.document.city, measures);
  for (const table of seed.tables) {
    const rows = new Map<string, Row>();
    for (const r of table.rows) {
      for (const w of [r.county.id, r.county.name, ...r.county.aliases]) rows.set(countyStem(w), { name: r.county.name, values: r.values });
    }
    const columns = new Map<string, { year: number | null; i: number }[]>();
    table.columns.forEach((c, i) => columns.set(c.measure, [...(columns.get(c.measure) ?? []), { year: c.year, i }]));
    ROWS.set(table, { table, doc: seed.document, rows, columns });
    for (const measure of table.measures) {
      for (const w of [measure.id, measure.name, measure.nameEn, ...measure.aliases]) measures.set(foldName(w), { table, doc: seed.document, measure });
    }
  }
}

export function tablesOf(city: City): { table: CountyTable; doc: SeedDocument['document'] }[] {
  return SEEDS.filter((s) => s.document.city === city).flatMap((s) => s.tables.map((table) => ({ table, doc: s.document })));
}

function locate(city: City, name: string): Located {
  const found = MEASURES.get(city)?.get(foldName(name));
  if (found) return found;
  const accepted = tablesOf(city).flatMap(({ table }) => table.measures.map((m) => m.name));
  throw new RuleError('BAD_ARGUMENT', msg.unknownMeasure(cityName(city), name, accepted));
}

/** The row of a county (by name as written, short name, pinyin id or alias), or the total row. */
export function findRow(city: City, table: CountyTable, name: string): Row {
  if (TOTALS.has(foldName(name))) return table.total;
  const row = ROWS.get(table)?.rows.get(countyStem(name));
  if (row) return row;
  throw new RuleError('BAD_ARGUMENT', msg.unknownCounty(cityName(city), name, table.rows.map((r) => r.county.name)));
}

/** Where a table's figures come from: the table's own title in its document. */
export function tableSource(table: CountyTable, doc: SeedDocument['document']): Source {
  return {
    ref: `table:${table.id}`,
    document: doc.number,
    title: doc.title,
    section: table.citation.section,
    quote: table.citation.quote,
    file: table.citation.file,
    from: doc.inForce,
  };
}

/**
 * A county's allocated figure. Base columns (养老床位总数, 2020) need their own year; a county
 * with a blank cell has no figure there (NOT_IN_POLICY), never a zero.
 * @example allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year: 2023 }).value // 255
 */
export function allocation(input: AllocationInput): RuleResult<number> {
  const city = parseEnum(CITY, input.city);
  const countyName = text(ARG.county, input.county);
  const { table, doc, measure } = locate(city, text(ARG.measure, input.measure));
  const y = year(ARG.year, input.year);
  const row = findRow(city, table, countyName);
  const columns = ROWS.get(table)?.columns.get(measure.id) ?? [];
  const column = columns.find((c) => c.year === null || c.year === y);
  if (!column) {
    throw new RuleError('NOT_IN_POLICY', msg.noColumnForYear(cityName(city), measure.name, y, columns.map((c) => c.year ?? y)));
  }
  const value = row.values[column.i];
  if (value === null || value === undefined) {
    throw new RuleError('NOT_IN_POLICY', msg.blankCell(cityName(city), row.name, measure.name, column.year));
  }
  const source = tableSource(table, doc);
  const notes = row === table.total ? cellNotes(city, table.id, measure.id, column.year) : [];
  return { value, unit: measure.unit, sources: [source], ...(notes.length ? { notes } : {}) };
}
