/**
 * The page's Web Worker: reads and checks a picked file, or makes its annotated copy, off the main
 * thread, so that the tab answers while a large or hostile file is worked on and 取消 can end the work
 * at once (the page terminates this worker). Started by fileWork.ts only when the user picks a file.
 */
import { runFileJob, transfersOf, type FileJob } from './fileJob';

/** The worker's global scope, as much of it as this uses (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<FileJob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  void runFileJob(e.data, { onProgress: (p) => scope.postMessage(p) }).then((outcome) => scope.postMessage(outcome, transfersOf(outcome)));
};
// Loaded and running: from now on an error event is a fault in a job, not a worker that cannot start.
scope.postMessage({ kind: 'ready' });
