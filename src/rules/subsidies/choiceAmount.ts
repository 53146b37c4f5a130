import { parseAsOf } from '../core/dates';
import { CITY, optionLabel, parseEnum, type EnumDef } from '../core/enums';
import type { RuleResult } from '../core/result';
import { resolve, sourceOf, tableValue } from '../data/registry';

/**
 * A one-off amount chosen by a word of the document (a certificate level, an education, a kind of
 * borrower): the cell of a table parameter in force for the city on the date.
 */
export function choiceAmount<K extends string>(parameter: string, def: EnumDef<K>, city: unknown, choice: unknown, asOf: unknown): RuleResult<number> {
  const c = parseEnum(CITY, city);
  const key = parseEnum(def, choice);
  const entry = resolve(c, parameter, parseAsOf(asOf));
  return { value: tableValue(entry, key, optionLabel(def)), unit: 'yuan', sources: [sourceOf(entry)] };
}
