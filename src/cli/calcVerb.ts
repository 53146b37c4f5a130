/** careplan calc and careplan functions: the catalog's functions, called and listed. */
import { CATALOG, findFunction, invoke } from '../catalog';
import type { FunctionSpec } from '../catalog/types';
import { coerce } from './coerce';
import { takeFlag, takeOption, UsageError } from './options';

interface Out {
  out: (text: string) => void;
}

function signature(f: FunctionSpec): string {
  return `${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

export function calc(args: string[], io: Out): number {
  const valueOnly = takeFlag(args, '--value');
  takeFlag(args, '--json'); // JSON is what calc prints anyway
  const asOf = takeOption(args, '--as-of');
  const [name, ...words] = args;
  if (!name) throw new UsageError('calc 需要函数名 / calc needs a function name');
  const spec = findFunction(name);
  if (!spec) throw new UsageError(`未知函数 / unknown function: ${name}\n可用 / available: ${CATALOG.map((f) => f.name).join(' ')}`);
  if (asOf !== undefined) {
    const at = spec.params.findIndex((p) => p.name === 'asOf');
    if (at < 0) throw new UsageError(`${spec.name} 不取生效日期 / takes no as-of date`);
    if (words.length > at) throw new UsageError(`--as-of 与第 ${at + 1} 个参数重复 / --as-of repeats argument ${at + 1}`);
    while (words.length < at) words.push('');
    words.push(asOf);
  }
  const required = spec.params.filter((p) => !p.optional).length;
  if (words.length < required || words.length > spec.params.length) {
    throw new UsageError(`参数个数不对 / wrong number of arguments: ${signature(spec)}`);
  }
  const result = invoke(spec, words.map((w, i) => coerce(w, spec.params[i]!)));
  io.out(valueOnly ? JSON.stringify(result.value) : JSON.stringify({ function: `CARE.${spec.name}`, ...result }, null, 2));
  return 0;
}

export function functions(io: Out): number {
  for (const f of CATALOG) {
    io.out(`${signature(f)}\n  ${f.description.zh}\n  ${f.description.en}`);
    for (const p of f.params) io.out(`    ${p.name}${p.optional ? '?' : ''}: ${p.help.zh}`);
  }
  return 0;
}
