/**
 * careplan check FILE.xlsx|DIR [--as-of DATE] [--json|--csv] [--lang en] [--annotate OUT] [--force] [--threads N] [--fail-on warning]
 * A folder is searched with its subfolders. Exit 0 when no finding is an error (with --fail-on
 * warning: nor a warning), 1 when any is, 2 when an input could not be read or had no sheet careplan
 * knows (the other files are still checked). Inputs are only ever read.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeControl } from '../check/escape';
import { parseAsOf } from '../rules/core/dates';
import { formatCsv, formatJson, formatText, type Lang } from './checkReport';
import type { CheckJob, FileReport } from './checkFile';
import { fileProblems } from './fileErrors';
import { refuseOverwrite } from './files';
import { inputOf, isFolder, makeFolder, realPath, refuseCollision, type Input } from './inputFile';
import { noMoreArgs, takeFlag, takeOption, UsageError } from './options';
import { checkAll, threadsFor } from './pool';
import { collectWorkbooks, skippedLine } from './collect';
import { TEMPLATES } from '../templates';

const XLSX = /\.xlsx$/iu;

export const CHECK_EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}



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
    refuseOverwrite(out, force);
    return [out];
  }
  if (existsSync(out) && realPath(out) === realPath(input)) throw fileProblems.sameAsInput(out, input);
  makeFolder(out);
  return files.map((f) => {
    const target = path.join(out, path.basename(f));
    refuseCollision(target, inputs);
    refuseOverwrite(target, force);
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
  const failOnWord = takeOption(args, '--fail-on');
  const [input, ...rest] = args;
  noMoreArgs(rest);
  if (!input) throw new UsageError('check 需要一个 .xlsx 文件或文件夹 / check needs a .xlsx file or a folder');
  if (json && csv) throw new UsageError('--json 与 --csv 只能选一个 / choose --json or --csv');
  const failOn = failOnWord ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on 应为 error 或 warning / --fail-on takes error or warning: ${escapeControl(failOn)}`);
  // Links resolved once: a loop or a missing path is one line here, before anything is read.
  const isDir = isFolder(input);
  const { files, skipped } = isDir ? collectWorkbooks([input], XLSX) : { files: [input], skipped: [] };
  for (const s of skipped) io.err(escapeControl(skippedLine(s)));
  if (isDir && files.length === 0) throw new UsageError(`${escapeControl(input)} 中没有 .xlsx 文件 / has no .xlsx files`);
  const targets = annotateTargets(input, isDir, files, annotate, force);
  const jobs: CheckJob[] = files.map((file, i) => ({ file, asOf, ...(targets[i] ? { annotate: targets[i] } : {}) }));
  const reports = await checkAll(jobs, threads ?? threadsFor(files.length, files.reduce((sum, f) => sum + sizeOf(f), 0)));
  for (const r of reports) if (r.error) io.err(escapeControl(`${r.file}: ${r.error.code}: ${r.error.zh} / ${r.error.en}`));
  for (const r of reports) if (nothingRecognised(r)) io.err(escapeControl(notRecognisedLine(r)));
  io.out(json ? formatJson(reports, asOf) : csv ? formatCsv(reports, lang) : formatText(reports, lang));
  return exitCode(reports, failOn);
}

/** A readable workbook none of whose sheets is a careplan sheet: not checked, so never a pass. */
const nothingRecognised = (r: FileReport): boolean => !r.error && r.sheets.every((s) => s.template === null);

function notRecognisedLine(r: FileReport): string {
  const looked = TEMPLATES.map((t) => t.title).join('、');
  return `${r.file}: 未检查：${r.sheets.length ? `工作表 ${r.sheets.map((s) => s.sheet).join('、')} ` : ''}中既没有模板编号（第 1–12 行的 careplan:…），也没有以下任一模板的大部分表头：${looked} / not checked: no sheet carries a template marker (careplan:… in rows 1-12) or most of the headers of any careplan template (careplan template --list)`;
}

export function exitCode(reports: readonly FileReport[], failOn: 'error' | 'warning' = 'error'): number {
  if (reports.some((r) => r.error || nothingRecognised(r))) return CHECK_EXIT.unreadable;
  const failing = (sev: string) => sev === 'error' || (failOn === 'warning' && sev === 'warning');
  return reports.some((r) => r.sheets.some((s) => s.findings.some((f) => failing(f.severity)))) ? CHECK_EXIT.errors : CHECK_EXIT.clean;
}
