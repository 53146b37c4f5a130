/**
 * The page's round, wherever it runs (the worker, or the main thread): each dropped file read into
 * its county returns and reported at once, then all of them merged by the command line's own code
 * (mergeInputs: the same city table, 报送情况, 核查结果 and 进度通报 as `careplan merge`).
 */
import { RuleError } from '../rules/core/errors';
import type { FileInput } from '../round/status';
import { readFileOf, roundView } from '../round/view';
import { XlsxError } from '../xlsx/errors';
import { findingsWorkbook, mergeInputs, readReturnFile } from '../xlsx/mergeReturns';
import { bytesOf } from './fileBytes';
import type { FileOutcome, JobHooks, RoundJob } from './fileJob';

async function readOne(f: RoundJob['files'][number], asOf: string): Promise<FileInput> {
  try {
    return readReturnFile({ file: f.name, bytes: await bytesOf(f.file) }, asOf);
  } catch (e) {
    if (e instanceof XlsxError) return { file: f.name, error: { zh: e.zh, en: e.en } };
    throw e;
  }
}

export async function runRound(job: RoundJob, hooks: JobHooks): Promise<FileOutcome> {
  const inputs: FileInput[] = [];
  for (const [index, f] of job.files.entries()) {
    await hooks.between?.();
    const input = await readOne(f, job.asOf);
    inputs.push(input);
    hooks.onProgress?.({ kind: 'progress', index, read: readFileOf(input) });
  }
  await hooks.between?.();
  try {
    const r = await mergeInputs(inputs, { asOf: job.asOf });
    const view = roundView(r.city, r.asOf, inputs, r.status, r.progress, r.findings);
    return { kind: 'round', view, workbook: r.bytes, findingsBook: await findingsWorkbook(r.findings) };
  } catch (e) {
    if (e instanceof RuleError) return { kind: 'roundRefused', reason: { zh: e.zh, en: e.en } };
    throw e;
  }
}
