/**
 * The page's work on one picked file, the same wherever it runs: in a Web Worker (fileWorker.ts) or,
 * where the page can start none, on the main thread (fileWork.ts). It checks the file as the command
 * line does (checkBytes) and makes the annotated copy with the command line's own code (annotateCopy),
 * and a file it cannot read comes back as the command line's one line (src/xlsx/errors.ts), never
 * as a thrown error: a structured clone would drop an XlsxError's code and words.
 */
import type { SheetReport } from '../check/finding';
import type { IsoDay } from '../rules/core/dates';
import { annotateCopy, marksOf } from '../xlsx/annotate';
import { checkBytes, checkBytesAsync } from '../xlsx/checkBytes';
import { XlsxError, failureOf, internalFault, tooLarge, type FileFailure } from '../xlsx/errors';
import { hasDeflateRawStream, inflateWithStream } from '../xlsx/inflateStream';
import { MAX_FILE_BYTES } from '../xlsx/limits';

export type FileJob = { kind: 'check'; file: Blob; asOf: IsoDay } | { kind: 'annotate'; file: Blob; reports: SheetReport[] };

export type FileOutcome = { kind: 'checked'; reports: SheetReport[] } | { kind: 'annotated'; copy: Uint8Array } | { kind: 'failed'; failure: FileFailure };

/** The file's bytes, refused by its size before a byte is read, as the command line refuses a large file. */
async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) throw tooLarge({ kind: 'file', found: file.size, limit: MAX_FILE_BYTES });
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  // Older engines (and jsdom) have no Blob.arrayBuffer; FileReader exists in pages and workers alike.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A check reads the sheets with the browser's DecompressionStream where it has raw deflate (about
 * twice fflate's speed in Chromium, see inflateStream.ts), else with fflate.
 */
async function check(bytes: Uint8Array, asOf: IsoDay): Promise<SheetReport[]> {
  return hasDeflateRawStream() ? checkBytesAsync(bytes, asOf, inflateWithStream) : checkBytes(bytes, asOf);
}

export async function runFileJob(job: FileJob): Promise<FileOutcome> {
  try {
    const bytes = await bytesOf(job.file);
    if (job.kind === 'check') return { kind: 'checked', reports: await check(bytes, job.asOf) };
    return { kind: 'annotated', copy: annotateCopy(bytes, marksOf(job.reports)) };
  } catch (e) {
    if (e instanceof XlsxError) return { kind: 'failed', failure: failureOf(e) };
    return { kind: 'failed', failure: internalFault(e instanceof Error ? e.message : String(e)) };
  }
}

/** The annotated copy's name: `原名-核查.xlsx` for `原名.xlsx`. */
export const annotatedName = (name: string): string => `${name.replace(/\.xlsx$/iu, '')}-核查.xlsx`;
