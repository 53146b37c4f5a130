/**
 * One workbook checked from disk, and its annotated copy written where asked: the unit of work a
 * worker thread does. The input file is only read, and only when it is an ordinary file.
 */
import path from 'node:path';
import type { SheetReport } from '../check';
import type { IsoDay } from '../rules/core/dates';
import { checkBytes } from '../xlsx/checkBytes';
import { XlsxError, failureOf, type FileFailure } from '../xlsx/errors';
import { MAX_FILE_BYTES } from '../xlsx/limits';
import { fromErrno } from './fileErrors';
import { writeFileAtomically } from './files';
import { inflateWithZlib } from './inflate';
import { readInputFile } from './inputFile';

export interface FileReport {
  file: string;
  error?: FileFailure;
  sheets: SheetReport[];
  /** Where the annotated copy was written. */
  annotated?: string;
}

export interface CheckJob {
  file: string;
  asOf: IsoDay;
  /** Path of the annotated copy to write, when asked for. */
  annotate?: string;
}

export async function checkFile(job: CheckJob): Promise<FileReport> {
  const name = path.basename(job.file);
  let sheets: SheetReport[] = [];
  try {
    // Refused by its kind or size before a byte is read: a pipe, a device, a folder, a huge file.
    const bytes = readInputFile(job.file, MAX_FILE_BYTES);
    sheets = checkBytes(bytes, job.asOf, inflateWithZlib);
    if (!job.annotate) return { file: name, sheets };
    const { annotate, marksOf } = await import('../xlsx/annotate');
    writeFileAtomically(job.annotate, await annotate(bytes, marksOf(sheets)));
    return { file: name, sheets, annotated: job.annotate };
  } catch (e) {
    if (e instanceof XlsxError) return { file: name, error: failureOf(e), sheets };
    const problem = fromErrno(e, job.file);
    if (!problem) throw e;
    // A problem with the copy names the copy; the findings of the file itself still stand.
    const where = problem.file === job.file ? '' : `${problem.file}: `;
    return { file: name, error: { code: problem.code, zh: where + problem.zh, en: where + problem.en }, sheets };
  }
}
