/**
 * careplan template: list the templates, describe one cell by cell, or write one as a real .xlsx.
 *   careplan template --list [--json]
 *   careplan template --describe ID [--county C]
 *   careplan template ID [--county C] [--city C] [--as-of DATE] [--functions] -o FILE.xlsx [--force]
 *   careplan template ID --county all -o DIR [--force]
 * A budget is written portable (built-in functions over its 参数 sheet) unless --functions asks for CARE.* formulas.
 */
import { escapeControl } from '../check/escape';
import { CITY } from '../rules/core/enums';
import { TEMPLATES, buildTemplate, type TemplateOptions } from '../templates';
import { describedCells, layout } from '../templates/layout';
import { writeTemplate } from '../xlsx/write';
import { refuseOverwrite, writeFileAtomically } from './files';
import { noMoreArgs, takeFlag, takeOption, UsageError } from './options';
import { writeEveryCounty } from './templateAll';

export interface Out {
  out: (text: string) => void;
}

function list(args: string[], io: Out): number {
  const json = takeFlag(args, '--json');
  noMoreArgs(args);
  const rows = TEMPLATES.map((t) => ({ id: t.id, city: t.city, title: t.title, titleEn: t.titleEn, ...(t.serves ? { serves: t.serves } : {}) }));
  const serves = (r: (typeof rows)[number]): string => (r.serves ? `\n${''.padEnd(18)} 适用城市 / for: ${r.serves.map((c) => `${CITY.options[c].zh} ${c}`).join('、')}` : '');
  io.out(json ? JSON.stringify(rows, null, 2) : rows.map((r) => `${r.id.padEnd(18)} ${r.title}\n${''.padEnd(18)} ${r.titleEn}${serves(r)}`).join('\n'));
  return 0;
}

function options(args: string[]): TemplateOptions {
  const form = takeFlag(args, '--functions') ? 'functions' : 'portable';
  const county = takeOption(args, '--county');
  const city = takeOption(args, '--city');
  const asOf = takeOption(args, '--as-of');
  return { form, ...(county !== undefined ? { county } : {}), ...(city !== undefined ? { city } : {}), ...(asOf !== undefined ? { asOf } : {}) };
}

function describe(id: string, args: string[], io: Out): number {
  const t = buildTemplate(id, options(args));
  noMoreArgs(args);
  const l = layout(t);
  const cells = describedCells(l).map((c) => ({
    address: c.address,
    role: c.kind,
    county: c.row?.county ?? null,
    measure: c.content?.measure ?? c.column?.measure ?? null,
    year: c.content?.year !== undefined ? c.content.year : (c.column?.year ?? null),
    value: c.value,
    ...(c.formula ? { formula: `=${c.formula}` } : {}),
  }));
  io.out(JSON.stringify({ id: t.id, city: t.city, county: t.county, title: t.title.zh, titleEn: t.title.en, sheet: t.sheet, cells }, null, 2));
  return 0;
}

async function write(id: string, args: string[], io: Out): Promise<number> {
  const file = takeOption(args, '-o') ?? takeOption(args, '--output');
  const force = takeFlag(args, '--force');
  const o = options(args);
  noMoreArgs(args);
  if (o.county === 'all') {
    if (!file) throw new UsageError('--county all 需要 -o 文件夹 / --county all needs -o FOLDER');
    return writeEveryCounty(id, file, { force }, io.out);
  }
  const t = buildTemplate(id, o);
  if (!file) throw new UsageError('template 需要 -o FILE.xlsx / template needs -o FILE.xlsx');
  if (!/\.xlsx$/iu.test(file)) throw new UsageError(`输出文件应以 .xlsx 结尾 / the output must end in .xlsx: ${escapeControl(file)}`);
  refuseOverwrite(file, force);
  const bytes = await writeTemplate(t);
  writeFileAtomically(file, bytes);
  io.out(`${escapeControl(file)}：${t.title.zh}（${t.sheet}）`);
  return 0;
}

export function template(args: string[], io: Out): number | Promise<number> {
  if (takeFlag(args, '--list')) return list(args, io);
  const described = takeOption(args, '--describe');
  if (described !== undefined) return describe(described, args, io);
  const id = args.shift();
  if (!id || id.startsWith('-')) throw new UsageError('template 需要模板编号，见 --list / template needs a template id (see --list)');
  return write(id, args, io);
}
