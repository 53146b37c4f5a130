/**
 * "Why this number?": a CARE.* formula taken apart for an auditor. Given the formula and the values
 * Excel passes for its arguments, it names each argument, runs the rule and lists every parameter
 * the rule read, with the figure in force on the as-of date, its dates and its clause quoted.
 */
import { RuleError, isRuleError } from '../rules/core/errors';
import { parseAsOf } from '../rules/core/dates';
import { CITY, parseEnum } from '../rules/core/enums';
import { resolve, type Source } from '../rules/data/registry';
import type { Bilingual, Parameter } from '../rules/data/schema';
import { findFunction, invoke } from '.';

export interface ExplainedArgument {
  name: string;
  label: string;
  help: Bilingual;
  /** The argument as the formula writes it (a cell address or a literal). */
  text: string;
  /** The value Excel passes for it. */
  value: unknown;
}

export interface ExplainedSource extends Source {
  /** The parameter's figure as the rule read it (a value, a table, or the document it defers to). */
  figure: string | null;
}

export interface Explanation {
  fn: string;
  description: Bilingual;
  args: ExplainedArgument[];
  /** The rule's answer, or its refusal. */
  result: { value: number | string | boolean; unit: string } | { error: { code: string; message: Bilingual } };
  sources: ExplainedSource[];
  notes: Bilingual[];
}

/** The CARE function a formula calls at its top, and the text of each argument; undefined for any other formula. */
export function parseCareCall(formula: string): { fn: string; args: string[] } | undefined {
  const m = /^=?\s*(?:CARE\.|_xldudf_CARE_)([A-Z]+)\((.*)\)\s*$/isu.exec(formula.trim());
  if (!m) return undefined;
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of m[2]!) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth += 1;
    if (!quoted && ch === ')') depth -= 1;
    if (!quoted && depth === 0 && (ch === ',' || ch === '，')) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '' || args.length) args.push(current.trim());
  return { fn: m[1]!.toUpperCase(), args };
}

function figureOf(p: Parameter): string | null {
  switch (p.kind) {
    case 'value':
      return `${p.value} ${p.unit}`;
    case 'table':
      return `${Object.entries(p.values).map(([k, v]) => `${k}: ${v}`).join('；')} ${p.unit}`;
    case 'range':
      return `${p.min}–${p.max} ${p.unit}`;
    case 'reference':
      return `→ ${p.refersTo.zh}`;
    case 'clause':
      return null;
  }
}

/** `values` are the arguments as Excel passes them, in the formula's order (blank: null). */
export function explain(fn: string, texts: readonly string[], values: readonly unknown[]): Explanation | undefined {
  const spec = findFunction(fn);
  if (!spec) return undefined;
  const args = spec.params.slice(0, Math.max(texts.length, values.length)).map((p, i) => ({ name: p.name, label: p.label, help: p.help, text: texts[i] ?? '', value: values[i] ?? null }));
  const base = { fn: spec.name, description: spec.description, args };
  try {
    const r = invoke(spec, values);
    return { ...base, result: { value: r.value, unit: r.unit }, sources: r.sources.map((s) => withFigure(s, values, spec.params.map((p) => p.name))), notes: r.notes ?? [] };
  } catch (e) {
    if (!isRuleError(e)) throw e;
    return { ...base, result: { error: { code: e.code, message: { zh: e.zh, en: e.en } } }, sources: [], notes: [] };
  }
}

/** A parameter source gets the figure in force; an indicator or table source already quotes its figure. */
function withFigure(s: Source, values: readonly unknown[], names: readonly string[]): ExplainedSource {
  if (s.ref.includes(':')) return { ...s, figure: null };
  try {
    const city = parseEnum(CITY, values[names.indexOf('city')]);
    const asOfAt = names.indexOf('asOf');
    return { ...s, figure: figureOf(resolve(city, s.ref, parseAsOf(asOfAt >= 0 ? values[asOfAt] : undefined)).param) };
  } catch (e) {
    if (e instanceof RuleError) return { ...s, figure: null };
    throw e;
  }
}
