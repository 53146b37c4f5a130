/** A worker thread: checks the workbooks it is handed, one at a time, and posts each report back. */
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckJob } from './checkFile';

const port = parentPort;
if (!port) throw new Error('src/cli/worker.ts runs as a worker thread');
// The fault's message only: a stack trace is for a debugger, never for the user's output or JSON.
port.on('message', (message: { id: number; job: CheckJob }) => {
  checkFile(message.job).then(
    (report) => port.postMessage({ id: message.id, report }),
    (e: unknown) => port.postMessage({ id: message.id, fault: e instanceof Error ? e.message : String(e) }),
  );
});
