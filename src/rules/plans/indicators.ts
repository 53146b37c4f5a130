/**
 * Each city's plan indicators, gathered from its documents. Where two documents of a city give the
 * same indicator, the later document's figure for a year replaces the earlier one's.
 */
import { CITY, type City } from '../core/enums';
import { RuleError } from '../core/errors';
import { msg } from '../core/messages';
import type { Source } from '../data/registry';
import { cityName } from '../data/registry';
import type { Citation, Indicator, SeedDocument, Target } from '../data/schema';
import { SEEDS } from '../data/seeds';
import { foldName } from './names';

export interface PlanTarget extends Target {
  doc: SeedDocument['document'];
  cite: Citation;
}

export interface PlanIndicator {
  city: City;
  indicator: Indicator;
  doc: SeedDocument['document'];
  /** Oldest year first. */
  targets: PlanTarget[];
}

function build(): Map<City, { byName: Map<string, PlanIndicator>; list: PlanIndicator[] }> {
  const out = new Map<City, { byName: Map<string, PlanIndicator>; list: PlanIndicator[] }>();
  for (const city of Object.keys(CITY.options) as City[]) out.set(city, { byName: new Map(), list: [] });
  const docs = [...SEEDS].sort((a, b) => (a.document.inForce < b.document.inForce ? -1 : 1));
  for (const seed of docs) {
    const index = out.get(seed.document.city)!;
    for (const ind of seed.indicators) {
      let plan = index.list.find((p) => p.indicator.id === ind.id);
      if (!plan) {
        plan = { city: seed.document.city, indicator: ind, doc: seed.document, targets: [] };
        index.list.push(plan);
      }
      for (const t of ind.targets) {
        plan.targets = plan.targets.filter((x) => x.year !== t.year);
        plan.targets.push({ ...t, doc: seed.document, cite: t.citation ?? ind.citation });
      }
      plan.targets.sort((a, b) => a.year - b.year);
      for (const name of [ind.id, ind.name, ind.nameEn, ...ind.aliases]) index.byName.set(foldName(name), plan);
    }
  }
  return out;
}

const INDEX = build();

export function indicatorsOf(city: City): readonly PlanIndicator[] {
  return INDEX.get(city)!.list;
}

/** The city's indicator by its id, its name as written or an alias; undefined if none. */
export function lookupIndicator(city: City, name: string): PlanIndicator | undefined {
  return INDEX.get(city)!.byName.get(foldName(name));
}

export function findIndicator(city: City, name: string): PlanIndicator {
  const found = lookupIndicator(city, name);
  if (found) return found;
  const examples = indicatorsOf(city).slice(0, 4).map((p) => p.indicator.name);
  throw new RuleError('BAD_ARGUMENT', msg.unknownIndicator(cityName(city), name, examples));
}

/** The target for a year: the latest one set for that year or before (a plan's figures stay in force). */
export function targetFor(plan: PlanIndicator, year: number): PlanTarget {
  let found: PlanTarget | undefined;
  for (const t of plan.targets) if (t.year <= year) found = t;
  if (!found) {
    throw new RuleError(
      'NOT_IN_POLICY',
      msg.noTargetForYear(cityName(plan.city), plan.indicator.name, year, plan.targets.map((t) => t.year)),
    );
  }
  return found;
}

/**
 * The figure the plan gives for a year: its target, or, for the base year, the base it states
 * (赣州 每千名老年人养老床位数 2020: 46). Other years before the first target have no figure.
 */
export function figureFor(plan: PlanIndicator, year: number): PlanTarget | { base: NonNullable<Indicator['base']> } {
  const base = plan.indicator.base;
  if (base && base.year === year && !plan.targets.some((t) => t.year <= year)) return { base };
  return targetFor(plan, year);
}

export function finalYear(plan: PlanIndicator): number {
  return plan.targets[plan.targets.length - 1]!.year;
}

export function indicatorSource(plan: PlanIndicator, t: Pick<PlanTarget, 'doc' | 'cite'>): Source {
  return {
    ref: `indicator:${plan.indicator.id}`,
    document: t.doc.number,
    title: t.doc.title,
    section: t.cite.section,
    quote: t.cite.quote,
    file: t.cite.file,
    from: t.doc.inForce,
  };
}
