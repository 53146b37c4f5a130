import type { Bilingual } from '../rules/data/schema';
import type { EnumDef } from '../rules/core/enums';
import type { ResultUnit, RuleResult } from '../rules/core/result';

/** Excel custom function parameter and result types (functions.json). */
export type ValueType = 'number' | 'string' | 'boolean' | 'any';

export interface ParamSpec {
  /** ASCII name; also the key of the rule's input object and the en-US parameter name. */
  name: string;
  /** Short Chinese name shown in Excel's zh-CN formula tooltip. */
  label: string;
  type: ValueType;
  optional?: boolean;
  help: Bilingual;
  /** Accepted words, listed in the help and checked by the rule. */
  choices?: EnumDef<string>;
}

export interface FunctionSpec {
  /** ASCII id, called as CARE.NAME in Excel and `careplan calc NAME` on the command line. */
  name: string;
  description: Bilingual;
  params: readonly ParamSpec[];
  result: { type: ValueType; unit: ResultUnit };
  /** Seed parameter ids the function reads (checked by a contract test). */
  reads: readonly string[];
  run: (input: Record<string, unknown>) => RuleResult;
}

/** Binds a typed rule to its positional parameters; the names must be keys of the rule's input. */
export function defineFunction<I>(spec: Omit<FunctionSpec, 'run' | 'params'> & {
  params: readonly (ParamSpec & { name: keyof I & string })[];
  run: (input: I) => RuleResult;
}): FunctionSpec {
  return spec as unknown as FunctionSpec;
}
