/**
 * The careplan command line. `run` takes the arguments and an output sink and returns the exit code,
 * so the tests call it in-process; bin/careplan.js only wires it to the process.
 *   0 success · 2 a rule refused (CODE: message on stderr) · 64 usage · 70 an internal fault
 */
import { CATALOG, findFunction, invoke } from '../catalog';
import type { FunctionSpec } from '../catalog/types';
import { CITY, parseEnum, type City } from '../rules/core/enums';
import { isRuleError } from '../rules/core/errors';
import { coerce } from './coerce';
import { check } from './checkVerb';
import { merge } from './mergeVerb';
import { UsageError, takeFlag, takeOption } from './options';
import { template } from './templateVerb';
import { discrepancyRows, formatDiscrepancies, formatParameters, formatTargets, parameterRows, targetRows } from './format';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT = { ok: 0, rule: 2, usage: 64, internal: 70 } as const;

const USAGE = `用法 / usage:
  careplan calc NAME [arg ...] [--as-of DATE] [--value]
                                           计算 CARE.NAME（CARE. 可省略），输出 JSON
  careplan rules [--city C] [--json]       列出全部政策参数、生效日期与出处
  careplan targets CITY [--json]           列出一个城市的规划指标
  careplan discrepancies [--city C] [--json]  文件自身不一致之处、各方数字与本产品采用的数字
  careplan functions                       列出全部函数及参数
  careplan template --list [--json]        列出模板
  careplan template --describe ID [--county C]   模板逐格说明（JSON）
  careplan template ID [--county C] [--city C] [--as-of DATE] [--values] -o FILE.xlsx [--force]
                                           生成模板工作簿（--values：CARE 公式写成数值，供 WPS 等使用）
  careplan template ID --county all -o DIR [--values] [--force]
                                           每个县（市、区）一份填报表，文件名以县名开头
  careplan check FILE.xlsx|DIR [--as-of DATE] [--json|--csv] [--lang en] [--annotate OUT] [--force] [--fail-on warning]
                                           按规划目标检查填好的工作簿（含子文件夹）；退出码 0 无错误，1 有错误，
                                           2 有文件无法读取或未识别出任何表
  careplan merge DIR|FILE... -o CITY.xlsx [--template ID] [--as-of DATE] [--json] [--force]
                                           把各县报表汇总成城市表，附报送情况、核查结果、进度通报；
                                           退出码 0 各县均已报送无错误，1 有未报送、有错误或冲突，2 有文件无法读取
  城市 / cities: 赣州 鹰潭 吉安 抚州 (ganzhou yingtan jian fuzhou)`;

function signature(f: FunctionSpec): string {
  return `${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

function calc(args: string[], io: Io): number {
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
  return EXIT.ok;
}

function cityOption(word: string | undefined): City | undefined {
  return word === undefined ? undefined : parseEnum(CITY, word);
}

/** A listing verb: [--city C] [--json], rows as JSON or as text. */
function listing(args: string[], io: Io, rows: (city?: City) => unknown, text: (city?: City) => string): number {
  const json = takeFlag(args, '--json');
  const city = cityOption(takeOption(args, '--city'));
  if (args.length) throw new UsageError(`多余的参数 / unexpected: ${args.join(' ')}`);
  io.out(json ? JSON.stringify(rows(city), null, 2) : text(city));
  return EXIT.ok;
}

function functions(io: Io): number {
  for (const f of CATALOG) {
    io.out(`${signature(f)}\n  ${f.description.zh}\n  ${f.description.en}`);
    for (const p of f.params) io.out(`    ${p.name}${p.optional ? '?' : ''}: ${p.help.zh}`);
  }
  return EXIT.ok;
}

/** The exit code; `template` and `check` write or read files and answer asynchronously. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  const args = [...argv];
  const verb = args.shift();
  try {
    switch (verb) {
      case 'calc':
        return calc(args, io);
      case 'rules':
        return listing(args, io, parameterRows, formatParameters);
      case 'targets': {
        const json = takeFlag(args, '--json');
        const [word, ...rest] = args;
        if (!word || rest.length) throw new UsageError('targets 需要一个城市 / targets needs one city');
        const city = parseEnum(CITY, word);
        io.out(json ? JSON.stringify(targetRows(city), null, 2) : formatTargets(city));
        return EXIT.ok;
      }
      case 'discrepancies':
        return listing(args, io, discrepancyRows, formatDiscrepancies);
      case 'functions':
        return functions(io);
      case 'template':
        return settle(() => template(args, io), io);
      case 'check':
        return settle(() => check(args, io), io);
      case 'merge':
        return settle(() => merge(args, io), io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return verb === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`未知命令 / unknown command: ${verb}`);
    }
  } catch (e) {
    return refuse(e, io);
  }
}

/** A verb that may answer later: its refusals reach the user the same way as the others'. */
async function settle(verb: () => number | Promise<number>, io: Io): Promise<number> {
  try {
    return await verb();
  } catch (e) {
    return refuse(e, io);
  }
}

function refuse(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`${e.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (isRuleError(e)) {
    io.err(`${e.code}: ${e.zh} / ${e.en}`);
    return EXIT.rule;
  }
  io.err(`INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
  return EXIT.internal;
}
