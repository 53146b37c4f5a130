/**
 * The careplan command line. `run` takes the arguments and an output sink and returns the exit code,
 * and src/cli/main.ts wires it to the process.
 *   0 success · 2 a rule refused or a file could not be read or written (one line on stderr) ·
 *   64 usage · 70 careplan's own fault, and only that
 */
import { escapeControl } from '../check/escape';
import { cut } from '../check/messages';
import { isRuleError } from '../rules/core/errors';
import { FileProblem } from './fileErrors';
import { UsageError } from './options';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT = { ok: 0, rule: 2, file: 2, usage: 64, internal: 70 } as const;

const USAGE = `用法 / usage:
  careplan calc NAME [arg ...] [--as-of DATE] [--value]
                                           计算 CARE.NAME（CARE. 可省略），输出 JSON
  careplan rules [--city C] [--json]       列出全部政策参数、生效日期与出处
  careplan targets CITY [--json]           列出一个城市的规划指标
  careplan discrepancies [--city C] [--json]  文件自身不一致之处、各方数字与本产品采用的数字
  careplan functions                       列出全部函数及参数
  careplan template --list [--json]        列出模板
  careplan template --describe ID [--county C]   模板逐格说明（JSON）
  careplan template ID [--county C] [--city C] [--as-of DATE] [--functions] -o FILE.xlsx [--force]
                                           生成模板工作簿；测算表默认用 Excel、WPS、LibreOffice 都有的函数和“参数”表，
                                           --functions 改用 CARE 公式（需加载项）
  careplan template ID --county all -o DIR [--force]
                                           每个县（市、区）一份填报表，文件名以县名开头
  careplan check FILE.xlsx|DIR [--as-of DATE] [--json|--csv] [--lang en] [--annotate OUT] [--force] [--threads N]
                [--fail-on warning]        按规划目标检查填好的工作簿（含子文件夹）；退出码 0 无错误，1 有错误，
                                           2 有文件无法读取或未识别出任何表
  careplan merge DIR|FILE... -o CITY.xlsx [--template ID] [--as-of DATE] [--json] [--force]
                                           把各县报表汇总成城市表，附报送情况、核查结果、进度通报；
                                           退出码 0 各县均已报送无错误，1 有未报送、有错误或冲突，2 有文件无法读取
  城市 / cities: 赣州 鹰潭 吉安 抚州 (ganzhou yingtan jian fuzhou)`;

/**
 * The exit code. Each verb's module is imported when it is asked for, so a command loads only what
 * it uses: `calc` the catalog and rules, `check` the reader and checker, `template` exceljs.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = [...argv];
  const verb = args.shift();
  try {
    switch (verb) {
      case 'calc':
        return (await import('./calcVerb')).calc(args, io);
      case 'functions':
        return (await import('./calcVerb')).functions(io);
      case 'rules':
        return (await import('./listVerbs')).rules(args, io);
      case 'targets':
        return (await import('./listVerbs')).targets(args, io);
      case 'discrepancies':
        return (await import('./listVerbs')).discrepancies(args, io);
      case 'template':
        return await (await import('./templateVerb')).template(args, io);
      case 'check':
        return await (await import('./checkVerb')).check(args, io);
      case 'merge':
        return await (await import('./mergeVerb')).merge(args, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return verb === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`未知命令 / unknown command: ${escapeControl(verb)}`);
    }
  } catch (e) {
    return refuse(e, io);
  }
}

function refuse(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`${e.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (e instanceof FileProblem) {
    io.err(e.line());
    return EXIT.file;
  }
  if (isRuleError(e)) {
    io.err(escapeControl(`${e.code}: ${e.zh} / ${e.en}`));
    return EXIT.rule;
  }
  io.err(internalLine(e));
  return EXIT.internal;
}

/** careplan's own fault in one line: the message, cut and escaped; never a stack trace. */
export const internalLine = (e: unknown): string => `INTERNAL: ${escapeControl(cut(e instanceof Error ? e.message : String(e)))}`;
