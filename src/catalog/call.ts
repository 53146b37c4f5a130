/**
 * A CARE call as a person types it into a form (the page's function calculator): the values the
 * rule receives, as Excel would pass them, and the `=CARE.…` formula that makes the same call in a
 * cell. Blank arguments at the end are left out, as a formula leaves them out.
 */
import type { FunctionSpec } from './types';

/** A number as Excel's formula bar takes it (no thousands separators, a dot for decimals). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;
/** A date as the as-of argument's own text form; written into a formula as DATE(), which every Excel reads the same. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** How many arguments the call passes: up to the last one filled. */
const passed = (texts: readonly string[]): number => {
  let n = texts.length;
  while (n > 0 && texts[n - 1]!.trim() === '') n -= 1;
  return n;
};

/**
 * The values the rule receives: a number where the parameter takes one and the text is one, else the
 * text as typed (the rule then refuses it with its own message), null for a blank.
 */
export function callValues(spec: FunctionSpec, texts: readonly string[]): unknown[] {
  return texts.slice(0, passed(texts)).map((raw, i) => {
    const text = raw.trim();
    if (text === '') return null;
    return spec.params[i]?.type === 'number' && NUMBER.test(text) ? Number(text) : text;
  });
}

/** The formula that makes the same call in a cell. */
export function callFormula(spec: FunctionSpec, texts: readonly string[]): string {
  const args = callValues(spec, texts).map((v, i) => {
    if (v === null) return '';
    if (typeof v === 'number') return String(v);
    const text = String(v);
    const day = spec.params[i]?.name === 'asOf' ? ISO_DAY.exec(text) : null;
    if (day) return `DATE(${Number(day[1])},${Number(day[2])},${Number(day[3])})`;
    return `"${text.replace(/"/gu, '""')}"`;
  });
  return `=CARE.${spec.name}(${args.join(',')})`;
}
