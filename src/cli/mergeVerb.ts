/**
 * careplan merge DIR|FILE... -o CITY.xlsx [--template ID] [--as-of DATE] [--json] [--force]
 * The returned county forms into the city table of their template, with 报送情况, 核查结果 and 进度通报.
 * Exit 0 when every county has reported without errors, 1 when one has not (missing, errors or a
 * conflict; the workbook is still written), 2 when a file could not be read, 64 a usage error.
 * The returns are only read.
 */
import { escapeControl } from '../check/escape';
import { parseAsOf } from '../rules/core/dates';
import { FILE_STATUS_WORDS, STATUS_WORDS } from '../round/messages';
import { RETURN_FILES } from '../round/returnFiles';
import { errorsOf, warningsOf } from '../round/status';
import { MAX_FILE_BYTES } from '../xlsx/limits';
import { mergeReturns, type MergeResult, type ReturnFile } from '../xlsx/mergeReturns';
import { XlsxError } from '../xlsx/errors';
import { collectWorkbooks, skippedLine } from './collect';
import { FileProblem } from './fileErrors';
import { refuseOverwrite, writeFileAtomically } from './files';
import { inputOf, readInputFile, refuseCollision } from './inputFile';
import { noMoreArgs, takeFlag, takeOption, UsageError } from './options';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const MERGE_EXIT = { complete: 0, incomplete: 1, unreadable: 2 } as const;

/** A return's bytes as `check` reads a file (ordinary files only, within the size limit); a refusal becomes that file's status. */
function load(file: string): ReturnFile {
  try {
    return { file, bytes: readInputFile(file, MAX_FILE_BYTES) };
  } catch (e) {
    if (e instanceof FileProblem || e instanceof XlsxError) return { file, error: { zh: e.zh, en: e.en } };
    throw e;
  }
}

export async function merge(args: string[], io: Io): Promise<number> {
  const json = takeFlag(args, '--json');
  const force = takeFlag(args, '--force');
  const out = takeOption(args, '-o') ?? takeOption(args, '--output');
  const template = takeOption(args, '--template');
  const asOf = parseAsOf(takeOption(args, '--as-of'));
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) noMoreArgs([unknown]);
  if (!args.length) throw new UsageError('merge 需要报表文件或文件夹 / merge needs return files or a folder');
  if (!out) throw new UsageError('merge 需要 -o CITY.xlsx / merge needs -o CITY.xlsx');
  if (!/\.xlsx$/iu.test(out)) throw new UsageError(`输出文件应以 .xlsx 结尾 / the output must end in .xlsx: ${escapeControl(out)}`);
  refuseOverwrite(out, force);
  const { files, skipped } = collectWorkbooks(args, RETURN_FILES);
  refuseCollision(out, files.map(inputOf));
  if (!files.length) throw new UsageError(`${escapeControl(args.join(' '))} 中没有 .xlsx 文件 / has no .xlsx files`);
  for (const s of skipped) io.err(escapeControl(skippedLine(s)));

  const result = await mergeReturns(files.map(load), { asOf, ...(template ? { template } : {}) });
  writeFileAtomically(out, result.bytes);
  for (const f of result.status.files) if (f.status === 'unreadable') io.err(escapeControl(`${f.file}: ${f.reason?.zh ?? ''} / ${f.reason?.en ?? ''}`));
  io.out(json ? formatJson(result, skipped) : formatText(result, out));
  if (result.status.files.some((f) => f.status === 'unreadable')) return MERGE_EXIT.unreadable;
  return result.status.counties.every((c) => c.status === 'submitted') ? MERGE_EXIT.complete : MERGE_EXIT.incomplete;
}

function formatJson(r: MergeResult, skipped: readonly string[]): string {
  return JSON.stringify(
    {
      template: r.city.id,
      asOf: r.asOf,
      counties: r.status.counties.map((c) => ({ county: c.county, status: c.status, files: c.files, errors: errorsOf(c), warnings: warningsOf(c), ...(c.reason ? { reason: c.reason } : {}) })),
      files: [...r.status.files.map((f) => ({ file: f.file, status: f.status, ...(f.reason ? { reason: f.reason } : {}) })), ...skipped.map((file) => ({ file, status: 'skipped' }))],
    },
    null,
    2,
  );
}

/**
 * The readable summary. File names, and reasons that quote them, come from whoever sent the returns:
 * each is escaped (escapeControl) so that it stays one line of plain text, as in check's table.
 */
function formatText(r: MergeResult, out: string): string {
  const safe = escapeControl;
  const lines = [`${r.city.title.zh}（${r.city.id}，截至 ${r.asOf}）`];
  for (const c of r.status.counties) {
    const counts = c.status === 'missing' ? '' : `  错误 ${errorsOf(c)}，警告 ${warningsOf(c)}`;
    lines.push(`  ${c.county}  ${STATUS_WORDS[c.status].zh}${counts}${c.files.length ? `  ${safe(c.files.join('、'))}` : ''}${c.reason && c.status !== 'missing' ? `  ${safe(c.reason.zh)}` : ''}`);
  }
  const others = r.status.files.filter((f) => f.status !== 'merged' && f.status !== 'conflict');
  if (others.length) lines.push('其他文件：', ...others.map((f) => `  ${safe(f.file)}  ${FILE_STATUS_WORDS[f.status].zh}  ${safe(f.reason?.zh ?? '')}`));
  for (const m of r.progress) lines.push(m.sentence);
  lines.push(`已写入 ${safe(out)}：城市汇总表、报送情况、核查结果（${r.findings.length} 条）、进度通报。`);
  return lines.join('\n');
}
