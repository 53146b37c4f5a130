/**
 * Parameters by city, id and date. A later document's value for the same id supersedes the earlier
 * one from its `from` day (DESIGN.md); the earlier one's `to` is derived, never typed twice.
 */
import { CITY, type City } from '../core/enums';
import { RuleError } from '../core/errors';
import { dayBefore, type IsoDay } from '../core/dates';
import { msg, type Label } from '../core/messages';
import type { Bilingual, Citation, Parameter, SeedDocument } from './schema';
import { SEEDS } from './seeds';

export type DocMeta = SeedDocument['document'];

export interface ResolvedParameter {
  param: Parameter;
  city: City;
  doc: DocMeta;
  from: IsoDay;
  /** Last day in force, where a later document supersedes it. */
  to?: IsoDay;
}

/** Where a figure in a result comes from. */
export interface Source {
  /** The parameter, indicator (indicator:…) or table (table:…) the figure is read from. */
  ref: string;
  document: string;
  title: string;
  section: string;
  quote: string;
  file: string;
  from: IsoDay;
  to?: IsoDay;
}

const key = (city: City, id: string): string => `${city}|${id}`;

function build(seeds: readonly SeedDocument[]): Map<string, ResolvedParameter[]> {
  const map = new Map<string, ResolvedParameter[]>();
  for (const seed of seeds) {
    for (const param of seed.parameters) {
      const k = key(seed.document.city, param.id);
      const list = map.get(k) ?? [];
      list.push({ param, city: seed.document.city, doc: seed.document, from: param.from ?? seed.document.inForce });
      map.set(k, list);
    }
  }
  for (const list of map.values()) {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    list.forEach((entry, i) => {
      const next = list[i + 1];
      if (next) entry.to = dayBefore(next.from);
    });
  }
  return map;
}

const BY_KEY = build(SEEDS);

/** Records which parameter ids a call reads; the catalog contract test uses it. */
export const readTrace: { ids: Set<string> | undefined } = { ids: undefined };

export const cityName = (city: City): Label => ({ zh: CITY.options[city].zh, en: CITY.options[city].en });

export function documentsOf(city: City): string[] {
  return SEEDS.filter((s) => s.document.city === city).map((s) => s.document.number);
}

const LABELS = new Map<string, Bilingual>(SEEDS.flatMap((s) => s.parameters.map((p) => [p.id, p.label] as const)));

/** A parameter's words, for a city that does not set it (a city that does uses its own). */
export function labelOf(id: string): Bilingual {
  return LABELS.get(id) ?? { zh: id, en: id };
}

export function hasParameter(city: City, id: string): boolean {
  return BY_KEY.has(key(city, id));
}

export function allParameters(): ResolvedParameter[] {
  return [...BY_KEY.values()].flat();
}

/** The version in force on `asOf`, or NOT_IN_POLICY / NO_RULE_IN_FORCE. */
export function resolve(city: City, id: string, asOf: IsoDay): ResolvedParameter {
  readTrace.ids?.add(id);
  const list = BY_KEY.get(key(city, id));
  if (!list || list.length === 0) {
    throw new RuleError('NOT_IN_POLICY', msg.notInPolicy(cityName(city), labelOf(id), documentsOf(city)));
  }
  let found: ResolvedParameter | undefined;
  for (const entry of list) if (entry.from <= asOf) found = entry;
  if (!found) {
    const first = list[0]!;
    throw new RuleError('NO_RULE_IN_FORCE', msg.noRuleInForce(cityName(city), first.param.label, asOf, first.from, first.doc.number));
  }
  return found;
}

export function sourceOf(entry: ResolvedParameter, citation: Citation = entry.param.citation): Source {
  return {
    ref: entry.param.id,
    document: entry.doc.number,
    title: entry.doc.title,
    section: citation.section,
    quote: citation.quote,
    file: citation.file,
    from: entry.from,
    ...(entry.to ? { to: entry.to } : {}),
  };
}

function figureOf(entry: ResolvedParameter): Extract<Parameter, { kind: 'value' | 'table' | 'range' }> {
  const p = entry.param;
  if (p.kind === 'reference') {
    throw new RuleError('NOT_IN_POLICY', msg.refersTo(cityName(entry.city), p.label, p.refersTo, entry.doc.number));
  }
  if (p.kind === 'clause') throw new Error(`parameter ${p.id} has no figure`);
  return p;
}

/** The single figure of a `value` parameter. */
export function valueOf(entry: ResolvedParameter): number {
  const p = figureOf(entry);
  if (p.kind !== 'value') throw new Error(`parameter ${p.id} is a ${p.kind}, not a value`);
  return p.value;
}

/** Both ends of a `range` parameter (50-1000元不等, 40 至 150 张), each included. */
export function rangeOf(entry: ResolvedParameter): { min: number; max: number } {
  const p = figureOf(entry);
  if (p.kind !== 'range') throw new Error(`parameter ${p.id} is a ${p.kind}, not a range`);
  return { min: p.min, max: p.max };
}

/**
 * One cell of a `table` parameter; a key the document does not set is NOT_IN_POLICY.
 * `name` gives a key's words for the message (an enum option, a grade).
 */
export function tableValue(entry: ResolvedParameter, k: string, name: (k: string) => Label): number {
  const p = figureOf(entry);
  if (p.kind !== 'table') throw new Error(`parameter ${p.id} is a ${p.kind}, not a table`);
  const v = p.values[k];
  if (v === undefined) {
    const set = Object.keys(p.values).map(name);
    throw new RuleError('NOT_IN_POLICY', msg.notInPolicyKey(cityName(entry.city), p.label, name(k), entry.doc.number, set));
  }
  return v;
}

/** How a `value` or `table` threshold reads (以上 inclusive, 超过 exclusive); undefined for any other. */
export function boundOf(entry: ResolvedParameter): 'inclusive' | 'exclusive' | undefined {
  const p = entry.param;
  return p.kind === 'value' || p.kind === 'table' ? p.bound : undefined;
}

/** Does `x` pass a threshold read the document's way (以上 inclusive, 超过 exclusive)? */
export function passes(x: number, threshold: number, bound: 'inclusive' | 'exclusive' | undefined): boolean {
  if (bound === undefined) throw new Error('a threshold parameter needs its bound');
  return bound === 'inclusive' ? x >= threshold : x > threshold;
}

/**
 * The first of `ids` that the city sets: a rule whose figure a city either sets itself or leaves to
 * another document. None of them: NOT_IN_POLICY for `what`. It does not depend on the date.
 */
export function firstSet(city: City, ids: readonly string[], what: Label): string {
  const id = ids.find((i) => hasParameter(city, i));
  if (id === undefined) {
    for (const i of ids) readTrace.ids?.add(i);
    throw new RuleError('NOT_IN_POLICY', msg.notInPolicy(cityName(city), what, documentsOf(city)));
  }
  return id;
}

/** The first of `ids` that the city sets (firstSet), resolved for the date. */
export function resolveFirst(city: City, ids: readonly string[], asOf: IsoDay, what: Label): ResolvedParameter {
  return resolve(city, firstSet(city, ids, what), asOf);
}
