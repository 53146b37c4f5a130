/**
 * The workbooks a command reads: files named on the command line, and every workbook in a folder
 * and its subfolders (where offices keep returns by county or by week). Excel's own lock files
 * (~$name.xlsx, left while a workbook is open) are listed as skipped, never read. Folders are
 * entered once each, by where they really are, so a link back up the tree ends the walk there
 * instead of going round it; anything that is not an ordinary file is refused when it is read
 * (inputFile.ts), by name, so one odd entry never stops the rest.
 */
import path from 'node:path';
import { LOCK_FILE } from '../round/returnFiles';
import { isFolder, namesIn, realPath } from './inputFile';

export interface Collected {
  files: string[];
  /** Lock files found and left alone. */
  skipped: string[];
}

/** Whether `p` is a folder; a dangling link or a loop is not one (it is reported when read as a file). */
function folderAt(p: string): boolean {
  try {
    return isFolder(p);
  } catch {
    return false;
  }
}

export function collectWorkbooks(inputs: readonly string[], wanted: RegExp): Collected {
  const out: Collected = { files: [], skipped: [] };
  const entered = new Set<string>();
  const walk = (dir: string): void => {
    const real = realPath(dir);
    if (entered.has(real)) return;
    entered.add(real);
    for (const name of namesIn(dir).sort()) {
      const full = path.join(dir, name);
      if (folderAt(full)) walk(full);
      else if (wanted.test(name)) (LOCK_FILE.test(name) ? out.skipped : out.files).push(full);
    }
  };
  for (const input of inputs) {
    if (folderAt(input)) walk(input);
    else out.files.push(input);
  }
  return out;
}

/** A skipped lock file as one line on stderr. */
export const skippedLine = (file: string): string => `${file}: 已跳过 Excel 锁定文件（~$，工作簿正在别处打开时留下） / skipped an Excel lock file (~$, left while the workbook is open elsewhere)`;
