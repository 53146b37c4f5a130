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
import { checkFile, type CheckJob, type FileReport } from './checkFile';

// The worker's entry beside this module: bin/worker.js in the built bin, src/cli/worker.ts when run
// from source with tsx (whose loader a worker inherits through execArgv).
const WORKER = new URL(`./worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Least input, in bytes, for which worker threads are started. Measured with the built bin on two
 * workbooks of 5,000 to 100,000 rows (0.47 to 8.98 MiB; --threads 1 against 2, medians of 3 paired
 * runs): checking costs ≈ 0.27 s of CPU a MiB in this thread (0.95 s at 0.47 MiB, 3.26 s at 8.98),
 * and two workers add ≈ 0.57 s of CPU whatever the size (1.54 s and 4.24 s), ≈ 0.29 s a worker
 * to load the reader and checker again, and 28–94 MiB of peak memory. Split over n free cores the
 * work wins back 0.27 × (1 − 1/n) s a MiB, so workers pay off from ≈ 2.1 MiB on two cores (≈ 1.4
 * on four). Under load they do not: on the 2-core machine the figures come from, shared at load
 * ≈ 11, workers took 0.88× to 2.37× the wall time of this thread. A folder of 100 county
 * workbooks (≈ 1 MiB) is checked in this thread; `npm run bench` measures both ways.
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
  return { file, error: { code: 'INTERNAL', zh: `careplan 内部错误，请报告：${fault}`, en: `careplan internal error, please report: ${fault}` }, sheets: [] };
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
