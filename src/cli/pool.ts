/**
 * Checks many workbooks: in this thread, or across the machine's cores when there is enough to read
 * for worker threads to pay for their start. Workers take the next file as they finish one,
 * so a large workbook does not hold up the rest, and each runs under a heap limit, so that one
 * hostile file ends its worker (reported on that file) instead of the whole run.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { internalFault } from '../xlsx/errors';
import { checkFile, type CheckJob, type FileReport } from './checkFile';

// The worker's entry beside this module: bin/worker.js in the built bin, src/cli/worker.ts when run
// from source with tsx (whose loader a worker inherits through execArgv).
const WORKER = new URL(`./worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Least input, in bytes, for which worker threads are started. A worker costs ≈ 0.15 s to start (it
 * loads the reader and checker again) and checking costs ≈ 0.2–0.5 s a MiB in this thread (a
 * county workbook ≈ 10 KiB in ≈ 6 ms), so two workers win only from ≈ 1 MiB on; 2 MiB leaves room.
 * A folder of 100 county workbooks (≈ 1 MiB) is checked in this thread: `npm run bench` measures
 * both ways on 1, 5, 20 and 100 workbooks and on two 100,000-row ones.
 */
export const MIN_BYTES_FOR_WORKERS = 2 * 1024 * 1024;

/**
 * A worker's old-generation heap, in MiB. Reading holds one part of at most
 * MAX_PART_UNCOMPRESSED_BYTES (256 MiB) as bytes outside the heap, plus its cells as JavaScript
 * values: 1 GiB is several times what the largest accepted sheet needs, and well short of the machine.
 */
const WORKER_HEAP_MB = 1024;

/** careplan's own fault on one file: reported on that file, the rest still checked. */
function internal(file: string, fault: string): FileReport {
  return { file, error: internalFault(fault), sheets: [] };
}

/** How many worker threads a run uses for `files` workbooks of `bytes` in all; 1 means this thread alone. */
export function threadsFor(files: number, bytes: number, cores = availableParallelism()): number {
  return bytes < MIN_BYTES_FOR_WORKERS ? 1 : Math.min(cores, files);
}

export async function checkAll(jobs: readonly CheckJob[], threads: number): Promise<FileReport[]> {
  if (threads <= 1 || jobs.length <= 1) {
    const out: FileReport[] = [];
    for (const job of jobs) out.push(await checkFile(job));
    return out;
  }
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  // One lane keeps one worker busy; a worker that dies (its heap limit, say) is reported on the file
  // it held and replaced, so the other files are still checked.
  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      let current = -1;
      const start = (): Worker => {
        const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        worker.on('message', (m: { id: number; report?: FileReport; fault?: string }) => {
          reports[m.id] = m.report ?? internal(jobs[m.id]!.file, m.fault ?? '');
          give(worker);
        });
        worker.on('error', (e) => {
          if (current >= 0) reports[current] = internal(jobs[current]!.file, e.message);
          void worker.terminate();
          if (next < jobs.length) give(start());
          else resolve();
        });
        return worker;
      };
      const give = (worker: Worker): void => {
        if (next >= jobs.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      give(start());
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, lane));
  return reports;
}
