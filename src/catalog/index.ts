/**
 * The CARE.* catalog: every function once, in the order of FUNCTIONS.md, then the allowances of the
 * basic elderly-care service list and the size, price and rent standards (README), SOURCE last. The
 * Excel metadata, the custom functions, the command line and the docs are all generated from this list.
 */
import { RuleError } from '../rules/core/errors';
import { msg } from '../rules/core/messages';
import type { RuleResult } from '../rules/core/result';
import { ALLOWANCES } from './allowances';
import { PLANS, sourceSpec } from './plans';
import { FACILITY_STANDARDS, STANDARDS } from './standards';
import { SUBSIDIES } from './subsidies';
import type { FunctionSpec } from './types';

const readsOf = (name: string): readonly string[] | undefined => BY_NAME.get(name)?.reads;

export const CATALOG: readonly FunctionSpec[] = [...SUBSIDIES, ...STANDARDS, ...PLANS, ...ALLOWANCES, ...FACILITY_STANDARDS, sourceSpec(readsOf)];

const BY_NAME = new Map(CATALOG.map((f) => [f.name, f]));

/** The spec of a function by its name, with or without the CARE. prefix, in any case. */
export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.trim().replace(/^care\./iu, '').toUpperCase());
}

/** Calls a function with positional arguments as Excel or the command line passes them. */
export function invoke(spec: FunctionSpec, args: readonly unknown[]): RuleResult {
  if (args.length > spec.params.length) {
    throw new RuleError('BAD_ARGUMENT', msg.tooManyArguments(spec.name, spec.params.length, args.length));
  }
  const input: Record<string, unknown> = {};
  spec.params.forEach((param, i) => {
    input[param.name] = args[i];
  });
  return spec.run(input);
}
