/**
 * Checks many workbooks across the machine's cores: one worker thread per core (no more than there
 * are files), each taking the next file as it finishes one, so a large workbook does not hold up
 * the rest. A single workbook is checked in this thread: starting a worker would cost more.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckJob, type FileReport } from './checkFile';

// The worker's entry beside this module: bin/worker.js in the built bin, src/cli/worker.ts when run
// from source with tsx (whose loader a worker inherits through execArgv).
const WORKER = new URL(`./worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** careplan's own fault on one file: reported on that file, the rest still checked. */
function internal(file: string, fault: string): FileReport {
  return { file, error: { code: 'INTERNAL', zh: `careplan 内部错误，请报告：${fault}`, en: `careplan internal error, please report: ${fault}` }, sheets: [] };
}

export async function checkAll(jobs: readonly CheckJob[], threads = availableParallelism()): Promise<FileReport[]> {
  if (jobs.length <= 1 || threads <= 1) {
    const out: FileReport[] = [];
    for (const job of jobs) out.push(await checkFile(job));
    return out;
  }
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const give = (): void => {
        if (next >= jobs.length) {
          resolve();
          return;
        }
        const id = next++;
        worker.postMessage({ id, job: jobs[id] });
      };
      worker.on('message', (m: { id: number; report?: FileReport; fault?: string }) => {
        reports[m.id] = m.report ?? internal(jobs[m.id]!.file, m.fault ?? '');
        give();
      });
      worker.on('error', reject);
      give();
    });
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return reports;
}
