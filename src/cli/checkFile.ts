/**
 * One workbook checked from disk, and its annotated copy written where asked: the unit of work a
 * worker thread does. The input file is only read.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../check';
import type { IsoDay } from '../rules/core/dates';
import { checkBytes } from '../xlsx/checkBytes';
import { XlsxError, tooLarge } from '../xlsx/errors';
import { MAX_FILE_BYTES } from '../xlsx/limits';
import { writeFileAtomically } from './files';
import { inflateWithZlib } from './inflate';

export interface FileReport {
  file: string;
  error?: { code: string; zh: string; en: string };
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
  try {
    // The size is known before a byte is read: a huge file is refused without loading it.
    const size = statSync(job.file).size;
    if (size > MAX_FILE_BYTES) throw tooLarge({ kind: 'file', found: size, limit: MAX_FILE_BYTES });
    const bytes = new Uint8Array(readFileSync(job.file));
    const sheets = checkBytes(bytes, job.asOf, inflateWithZlib);
    if (!job.annotate) return { file: name, sheets };
    const { annotate } = await import('../xlsx/annotate');
    const marks = sheets.flatMap((s) => s.findings.map((finding) => ({ sheet: s.sheet, finding })));
    writeFileAtomically(job.annotate, await annotate(bytes, marks));
    return { file: name, sheets, annotated: job.annotate };
  } catch (e) {
    if (e instanceof XlsxError) return { file: name, error: { code: e.code, zh: e.zh, en: e.en }, sheets: [] };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return { file: name, error: { code, zh: `无法打开文件（${code}）；请检查路径和权限。`, en: `Cannot open the file (${code}); check the path and permissions.` }, sheets: [] };
    }
    throw e;
  }
}
