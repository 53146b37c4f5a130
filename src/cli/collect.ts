/**
 * The workbooks a command reads: files named on the command line, and every workbook in a folder
 * and its subfolders (where offices keep returns by county or by week). Excel's own lock files
 * (~$name.xlsx, left while a workbook is open) are listed as skipped, never read.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Collected {
  files: string[];
  /** Lock files found and left alone. */
  skipped: string[];
}

const LOCK_FILE = /^~\$/u;

export function collectWorkbooks(inputs: readonly string[], wanted: RegExp): Collected {
  const out: Collected = { files: [], skipped: [] };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (wanted.test(name)) (LOCK_FILE.test(name) ? out.skipped : out.files).push(full);
    }
  };
  for (const input of inputs) {
    if (isDirectory(input)) walk(input);
    else out.files.push(input);
  }
  return out;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    // A path that does not exist is a file that cannot be opened: reported when it is read.
    return false;
  }
}

/** A skipped lock file as one line on stderr. */
export const skippedLine = (file: string): string => `${file}: 已跳过 Excel 锁定文件（~$，工作簿正在别处打开时留下） / skipped an Excel lock file (~$, left while the workbook is open elsewhere)`;
