/**
 * "Why this number?": a CARE.* formula taken apart for an auditor. Given the formula and the values
 * Excel passes for its arguments, it names each argument, runs the rule and lists every parameter
 * the rule read, with the figure in force on the as-of date, its dates and its clause quoted.
 */
import { RuleError, isRuleError } from '../rules/core/errors';
import { parseAsOf } from '../rules/core/dates';
import { CITY, parseEnum } from '../rules/core/enums';
import { resolve, type Source } from '../rules/data/registry';
import type { ResultUnit } from '../rules/core/result';
import type { Bilingual, Parameter, ParamUnit } from '../rules/data/schema';
import { findFunction, invoke } from '.';
import type { ParamSpec } from './types';

export interface ExplainedArgument {
  name: string;
  label: string;
  help: Bilingual;
  /** The argument as the formula writes it (a cell address or a literal). */
  text: string;
  /** The value Excel passes for it. */
  value: unknown;
}

/**
 * A parameter's figure in force, as data: the face words its unit and formats its numbers in the
 * reader's language (a share as a percentage). A table is every key the document sets, each named in
 * the words of the function's argument that picks among them (新建, 失能), where one does.
 */
export type ExplainedFigure =
  | { kind: 'value'; value: number; unit: ParamUnit }
  | { kind: 'table'; rows: readonly { key: string; words: Bilingual | null; value: number }[]; unit: ParamUnit }
  | { kind: 'range'; min: number; max: number; unit: ParamUnit }
  | { kind: 'reference'; refersTo: Bilingual };

export interface ExplainedSource extends Source {
  /** The parameter's figure as the rule read it; null for a clause without one, an indicator or a table row. */
  figure: ExplainedFigure | null;
}

export interface Explanation {
  fn: string;
  description: Bilingual;
  args: ExplainedArgument[];
  /** The rule's answer, or its refusal. */
  result: { value: number | string | boolean; unit: ResultUnit } | { error: { code: string; message: Bilingual } };
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

function figureOf(p: Parameter, params: readonly ParamSpec[]): ExplainedFigure | null {
  switch (p.kind) {
    case 'value':
      return { kind: 'value', value: p.value, unit: p.unit };
    case 'table': {
      const keys = Object.keys(p.values);
      const choices = params.map((a) => a.choices).find((c) => c !== undefined && keys.every((k) => Object.hasOwn(c.options, k)));
      const words = (k: string): Bilingual | null => (choices ? { zh: choices.options[k]!.zh, en: choices.options[k]!.en } : null);
      return { kind: 'table', rows: keys.map((key) => ({ key, words: words(key), value: p.values[key]! })), unit: p.unit };
    }
    case 'range':
      return { kind: 'range', min: p.min, max: p.max, unit: p.unit };
    case 'reference':
      return { kind: 'reference', refersTo: p.refersTo };
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
    return { ...base, result: { value: r.value, unit: r.unit }, sources: r.sources.map((s) => withFigure(s, values, spec.params)), notes: r.notes ?? [] };
  } catch (e) {
    if (!isRuleError(e)) throw e;
    return { ...base, result: { error: { code: e.code, message: { zh: e.zh, en: e.en } } }, sources: [], notes: [] };
  }
}

/** A parameter source gets the figure in force; an indicator or table source already quotes its figure. */
function withFigure(s: Source, values: readonly unknown[], params: readonly ParamSpec[]): ExplainedSource {
  if (s.ref.includes(':')) return { ...s, figure: null };
  const names = params.map((p) => p.name);
  try {
    const city = parseEnum(CITY, values[names.indexOf('city')]);
    const asOfAt = names.indexOf('asOf');
    return { ...s, figure: figureOf(resolve(city, s.ref, parseAsOf(asOfAt >= 0 ? values[asOfAt] : undefined)).param, params) };
  } catch (e) {
    if (e instanceof RuleError) return { ...s, figure: null };
    throw e;
  }
}
