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
import type { Bilingual } from '../rules/data/schema';
import type { ReadFile, RoundView } from '../round/view';
import { XlsxError, failureOf, internalFault, type FileFailure } from '../xlsx/errors';
import { hasDeflateRawStream, inflateWithStream } from '../xlsx/inflateStream';
import { Cancelled } from './cancelled';
import { bytesOf } from './fileBytes';

/** A city's round: the dropped returns, read one by one and merged (roundJob.ts). */
export interface RoundJob {
  kind: 'round';
  /** Each file with its name as dropped (a folder's files with their path inside it). */
  files: { name: string; file: Blob }[];
  asOf: IsoDay;
}

export type FileJob = { kind: 'check'; file: Blob; asOf: IsoDay } | { kind: 'annotate'; file: Blob; reports: SheetReport[] } | RoundJob;

export type FileOutcome =
  | { kind: 'checked'; reports: SheetReport[] }
  | { kind: 'annotated'; copy: Uint8Array }
  | { kind: 'failed'; failure: FileFailure }
  /** The merged city workbook and the merged table's findings as a workbook of their own. */
  | { kind: 'round'; view: RoundView; workbook: Uint8Array; findingsBook: Uint8Array }
  /** No merge can start (no county return among the files, or as many of two templates), and why. */
  | { kind: 'roundRefused'; reason: Bilingual };

/** A round's file read, reported as soon as it is, before the merge. */
export interface JobProgress {
  kind: 'progress';
  index: number;
  read: ReadFile;
}

/** What a long job tells as it goes, and where it may stop: on the main thread, `between` files throws Cancelled after 取消. */
export interface JobHooks {
  onProgress?: (p: JobProgress) => void;
  between?: () => Promise<void>;
}

/**
 * A check reads the sheets with the browser's DecompressionStream where it has raw deflate (about
 * twice fflate's speed in Chromium, see inflateStream.ts), else with fflate.
 */
async function check(bytes: Uint8Array, asOf: IsoDay): Promise<SheetReport[]> {
  return hasDeflateRawStream() ? checkBytesAsync(bytes, asOf, inflateWithStream) : checkBytes(bytes, asOf);
}

export async function runFileJob(job: FileJob, hooks: JobHooks = {}): Promise<FileOutcome> {
  try {
    // The round's code (exceljs, the city table's writer) loads only when a round is run.
    if (job.kind === 'round') return await (await import(/* webpackChunkName: "round-job" */ './roundJob')).runRound(job, hooks);
    const bytes = await bytesOf(job.file);
    if (job.kind === 'check') return { kind: 'checked', reports: await check(bytes, job.asOf) };
    return { kind: 'annotated', copy: annotateCopy(bytes, marksOf(job.reports)) };
  } catch (e) {
    if (e instanceof Cancelled) throw e;
    if (e instanceof XlsxError) return { kind: 'failed', failure: failureOf(e) };
    return { kind: 'failed', failure: internalFault(e instanceof Error ? e.message : String(e)) };
  }
}

/** The buffers an outcome carries, moved (not copied) to the page. */
export const transfersOf = (o: FileOutcome): ArrayBuffer[] =>
  (o.kind === 'annotated' ? [o.copy] : o.kind === 'round' ? [o.workbook, o.findingsBook] : []).map((b) => b.buffer as ArrayBuffer);

/** The annotated copy's name: `原名-核查.xlsx` for `原名.xlsx`. */
export const annotatedName = (name: string): string => `${name.replace(/\.xlsx$/iu, '')}-核查.xlsx`;
