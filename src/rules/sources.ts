/**
 * SOURCE: the clauses behind a function, a parameter or an indicator, as text for a cell.
 */
import { isBlank, text } from './core/args';
import { parseAsOf, type IsoDay } from './core/dates';
import { CITY, parseEnum, type City } from './core/enums';
import { RuleError } from './core/errors';
import { ARG } from './core/labels';
import { msg } from './core/messages';
import type { RuleResult } from './core/result';
import { allParameters, cityName, documentsOf, hasParameter, resolve, sourceOf, type Source } from './data/registry';
import { indicatorSource, lookupIndicator } from './plans/indicators';

export interface SourceInput {
  name: unknown;
  city?: unknown;
  asOf?: unknown;
}

/** Resolves a function name (BEDSUBSIDY, CARE.BEDSUBSIDY) to the parameter ids it reads. */
export type ReadsOf = (functionName: string) => readonly string[] | undefined;

const ALL_CITIES = Object.keys(CITY.options) as City[];

export function formatSource(s: Source): string {
  const span = s.to ? `${s.from} 至 ${s.to}` : `${s.from} 起`;
  return `${s.document} ${s.section}：“${s.quote}”（${span}）`;
}

function parameterSources(ids: readonly string[], cities: readonly City[], asOf: IsoDay): Source[] {
  const out: Source[] = [];
  for (const city of cities) {
    const set = ids.filter((id) => hasParameter(city, id));
    const inForce = set.flatMap((id) => {
      try {
        return [sourceOf(resolve(city, id, asOf))];
      } catch (e) {
        if (e instanceof RuleError && e.code === 'NO_RULE_IN_FORCE' && cities.length === 1 && set.length === 1) throw e;
        return [];
      }
    });
    out.push(...inForce);
  }
  return out;
}

function indicatorSources(name: string, cities: readonly City[]): Source[] {
  return cities.flatMap((city) => {
    const plan = lookupIndicator(city, name);
    return plan ? plan.targets.map((t) => indicatorSource(plan, t)) : [];
  });
}

/**
 * The citations behind a name, each as “document section: quote (in force from … )”, one per line.
 * @example source({ name: 'CAREGIVERBONUS', city: '赣州', asOf: '2024-01-01' }, readsOf).value
 */
export function source(input: SourceInput, readsOf: ReadsOf): RuleResult<string> {
  const name = text(ARG.name, input.name).trim();
  const cities = isBlank(input.city) ? ALL_CITIES : [parseEnum(CITY, input.city)];
  const asOf = parseAsOf(input.asOf);
  const fnReads = readsOf(name.replace(/^care\./iu, '').toUpperCase());
  const paramIds = fnReads ?? (allParameters().some((e) => e.param.id === name) ? [name] : undefined);
  const sources = paramIds ? parameterSources(paramIds, cities, asOf) : indicatorSources(name, cities);
  if (sources.length === 0) {
    if (!paramIds && indicatorSources(name, ALL_CITIES).length === 0) throw new RuleError('BAD_ARGUMENT', msg.unknownSourceName(name));
    const city = cities[0]!;
    throw new RuleError('NOT_IN_POLICY', msg.notInPolicy(cityName(city), { zh: name, en: name }, documentsOf(city)));
  }
  const unique = [...new Map(sources.map((s) => [formatSource(s), s])).values()];
  return { value: unique.map(formatSource).join('\n'), unit: 'text', sources: unique };
}
