/**
 * careplan template ID --county all -o DIR [--force]: every county's own form of a county table,
 * one file each, named county first in Chinese (于都县_养老床位分解表.xlsx) so a folder of them sorts
 * by county. Nothing is overwritten without --force; each file is written whole or not at all.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { countyForms } from '../templates/countyForms';
import { writeTemplate } from '../xlsx/write';
import { isFolder } from './inputFile';
import { writeFileAtomically } from './files';
import { UsageError } from './options';

export async function writeEveryCounty(id: string, dir: string, o: { force: boolean }, out: (text: string) => void): Promise<number> {
  const forms = countyForms(id);
  if (!forms) throw new UsageError(`${id} 没有县级填报表 / has no county forms`);
  if (existsSync(dir) && !isFolder(dir)) throw new UsageError(`${dir} 不是文件夹 / is not a folder`);
  const targets = forms.map((f) => path.join(dir, f.fileName));
  const taken = targets.filter((f) => existsSync(f));
  if (taken.length && !o.force) throw new UsageError(`${taken.join('、')} 已存在；如要覆盖请加 --force / exist; add --force to overwrite them`);
  mkdirSync(dir, { recursive: true });
  for (const [i, { template: t }] of forms.entries()) {
    writeFileAtomically(targets[i]!, await writeTemplate(t));
    out(`${targets[i]}：${t.title.zh}`);
  }
  return 0;
}
