/**
 * Runs the page's file jobs (fileJob.ts) off the main thread: in one Web Worker, started when the user
 * picks files and ended when they are done or cancelled. 取消 terminates the worker, which stops the
 * work at once, however far into a file it is. Where the page cannot start a worker (opened from
 * file://, where Chromium refuses a worker script; a browser without workers), the same jobs run on
 * the main thread, one file at a time with a pause between, so 取消 still stops before the next file.
 */
import { Cancelled } from './cancelled';
import type { FileJob, FileOutcome, JobProgress } from './fileJob';

export { Cancelled };

type Message = FileOutcome | JobProgress | { kind: 'ready' };

interface Pending {
  job: FileJob;
  onProgress: ((p: JobProgress) => void) | undefined;
  resolve: (o: FileOutcome) => void;
  reject: (e: unknown) => void;
}

/** A worker, or undefined where the page cannot start one. */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    // webpack 5 bundles the worker from this expression: https://webpack.js.org/guides/web-workers/
    return new Worker(new URL('./fileWorker.ts', import.meta.url), { name: 'careplan-file' });
  } catch {
    return undefined;
  }
}

/** The next turn of the event loop: lets the page paint and take a click on 取消 between files. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class FileWork {
  private worker: Worker | undefined;
  private ready = false;
  private pending: Pending | undefined;
  private cancelled = false;

  constructor() {
    this.worker = startWorker();
    this.worker?.addEventListener('message', (e: MessageEvent<Message>) => this.onMessage(e.data));
    this.worker?.addEventListener('error', (e) => this.onError(e));
  }

  /** Where the work runs, for the page to say and the tests to see. */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  /** One job's outcome, with its progress as it goes; rejects with Cancelled once cancel() is called. Jobs run one at a time. */
  run(job: FileJob, onProgress?: (p: JobProgress) => void): Promise<FileOutcome> {
    if (this.cancelled) return Promise.reject(new Cancelled());
    if (this.pending) return Promise.reject(new Error('FileWork runs one job at a time'));
    if (!this.worker) return this.runHere(job, onProgress);
    return new Promise((resolve, reject) => {
      this.pending = { job, onProgress, resolve, reject };
      this.worker!.postMessage(job);
    });
  }

  /** Stops at once: the worker is ended mid-file; on the main thread, before the next file. */
  cancel(): void {
    this.cancelled = true;
    this.end();
    const p = this.pending;
    this.pending = undefined;
    p?.reject(new Cancelled());
  }

  /** Ends the worker once its jobs are done. */
  end(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private async runHere(job: FileJob, onProgress: ((p: JobProgress) => void) | undefined): Promise<FileOutcome> {
    const between = async (): Promise<void> => {
      await nextTurn();
      if (this.cancelled) throw new Cancelled();
    };
    await between();
    const { runFileJob } = await import(/* webpackChunkName: "filejob" */ './fileJob');
    if (this.cancelled) throw new Cancelled();
    return runFileJob(job, { between, ...(onProgress ? { onProgress } : {}) });
  }

  private onMessage(m: Message): void {
    if (m.kind === 'ready') {
      this.ready = true;
      return;
    }
    if (m.kind === 'progress') {
      this.pending?.onProgress?.(m);
      return;
    }
    const p = this.pending;
    this.pending = undefined;
    p?.resolve(m);
  }

  /**
   * Before the worker said it runs, an error means it could not start (its script refused or
   * missing): the job goes to the main thread instead. After, it is a fault in the job itself.
   */
  private onError(e: ErrorEvent): void {
    e.preventDefault();
    const p = this.pending;
    this.pending = undefined;
    const started = this.ready;
    this.end();
    if (!p) return;
    if (!started) this.runHere(p.job, p.onProgress).then(p.resolve, p.reject);
    else p.reject(new Error(e.message || 'worker error'));
  }
}
