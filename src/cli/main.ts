/** The `careplan` process: its arguments, its output streams and its exit code. */
import { escapeControlKeepingLines } from '../check/escape';
import { EXIT, internalLine, run } from './run';

// Every line on stderr has its control characters escaped, terminal or not; the lines themselves are
// careplan's (a value from a file or an argument is escaped whole where it is put into a line).
const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${escapeControlKeepingLines(text)}\n`),
};

// A reader that stops early (careplan check … | head) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

// The seeds are not validated here: the build of this bin validated the data it bundles
// (scripts/build/cli.ts) and the tests validate it again, so a start pays for neither zod nor the check.
try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (e) {
  io.err(internalLine(e));
  process.exitCode = EXIT.internal;
}
