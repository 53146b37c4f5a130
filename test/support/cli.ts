/** The built `careplan` bin started as a process, as a user starts it: its exit code, stdout, stderr. */
import { execFile } from 'node:child_process';
import { CLI_BIN } from '../../scripts/build/cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function careplan(...argv: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_BIN, ...argv], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      // Each line the CLI prints ends in a newline; the last one is not part of the text.
      // A process killed by a signal, or one that never started, has no exit code of ours: -1.
      resolve({ code: !error ? 0 : typeof error.code === 'number' ? error.code : -1, out: stdout.replace(/\n$/u, ''), err: stderr.replace(/\n$/u, '') });
    });
  });
}
