/**
 * careplan check FILE.xlsx|DIR [--as-of DATE] [--json|--csv] [--lang en] [--annotate OUT] [--force] [--threads N]
 * Exit 0 when no finding is an error, 1 when any is, 2 when an input could not be read (the other
 * files are still checked). Inputs are only ever read.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeControl } from '../check/escape';
import { parseAsOf } from '../rules/core/dates';
import { formatCsv, formatJson, formatText, type Lang } from './checkReport';
import type { CheckJob, FileReport } from './checkFile';
import { fileProblems } from './fileErrors';
import { inputOf, isFolder, makeFolder, namesIn, realPath, refuseCollision, type Input } from './inputFile';
import { noMoreArgs, takeFlag, takeOption, UsageError } from './options';
import { checkAll, threadsFor } from './pool';

export const CHECK_EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The workbooks of a folder: every .xlsx in it, not Excel's own ~$ lock files. */
function workbooksIn(dir: string): string[] {
  return namesIn(dir)
    .filter((f) => /\.xlsx$/iu.test(f) && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}

const exists = (target: string, force: boolean): void => {
  if (existsSync(target) && !force) throw new UsageError(`${escapeControl(target)} 已存在；如要覆盖请加 --force / exists; add --force to overwrite it`);
};

/**
 * Where each annotated copy goes. No copy may land on a file being checked: targets are compared
 * with the inputs after every link is resolved (a folder linked to the input folder, a link to an
 * input, a hard link), and a collision is refused in one line before anything is read or written.
 */
function annotateTargets(input: string, isDir: boolean, files: readonly string[], out: string | undefined, force: boolean): (string | undefined)[] {
  if (out === undefined) return files.map(() => undefined);
  const inputs: Input[] = files.map(inputOf);
  if (!isDir) {
    if (!/\.xlsx$/iu.test(out)) throw new UsageError(`--annotate 应为 .xlsx 文件 / --annotate needs a .xlsx file: ${escapeControl(out)}`);
    refuseCollision(out, inputs);
    exists(out, force);
    return [out];
  }
  if (existsSync(out) && realPath(out) === realPath(input)) throw fileProblems.sameAsInput(out, input);
  makeFolder(out);
  return files.map((f) => {
    const target = path.join(out, path.basename(f));
    refuseCollision(target, inputs);
    exists(target, force);
    return target;
  });
}

/** A file's size for choosing threads; one that cannot be read counts nothing and is reported by its check. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** --threads N: how many worker threads a folder is checked with (1: this thread alone). */
function threadsOption(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const n = Number(word);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--threads 应为 1 到 64 的整数 / --threads takes a whole number from 1 to 64: ${word}`);
  return n;
}

export async function check(args: string[], io: Io): Promise<number> {
  const json = takeFlag(args, '--json');
  const csv = takeFlag(args, '--csv');
  const force = takeFlag(args, '--force');
  const lang: Lang = (takeOption(args, '--lang') ?? 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
  const asOf = parseAsOf(takeOption(args, '--as-of'));
  const annotate = takeOption(args, '--annotate');
  const threads = threadsOption(takeOption(args, '--threads'));
  const [input, ...rest] = args;
  noMoreArgs(rest);
  if (!input) throw new UsageError('check 需要一个 .xlsx 文件或文件夹 / check needs a .xlsx file or a folder');
  if (json && csv) throw new UsageError('--json 与 --csv 只能选一个 / choose --json or --csv');
  // Links resolved once: a loop or a missing path is one line here, before anything is read.
  const isDir = isFolder(input);
  const files = isDir ? workbooksIn(input) : [input];
  if (isDir && files.length === 0) throw new UsageError(`${escapeControl(input)} 中没有 .xlsx 文件 / has no .xlsx files`);
  const targets = annotateTargets(input, isDir, files, annotate, force);
  const jobs: CheckJob[] = files.map((file, i) => ({ file, asOf, ...(targets[i] ? { annotate: targets[i] } : {}) }));
  const reports = await checkAll(jobs, threads ?? threadsFor(files.length, files.reduce((sum, f) => sum + sizeOf(f), 0)));
  for (const r of reports) if (r.error) io.err(escapeControl(`${r.file}: ${r.error.code}: ${r.error.zh} / ${r.error.en}`));
  io.out(json ? formatJson(reports, asOf) : csv ? formatCsv(reports, lang) : formatText(reports, lang));
  return exitCode(reports);
}

export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error)) return CHECK_EXIT.unreadable;
  return reports.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error'))) ? CHECK_EXIT.errors : CHECK_EXIT.clean;
}
