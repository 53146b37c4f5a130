/** The `careplan` process: its arguments, its output streams and its exit code. */
import { EXIT, run } from './run';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
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
  io.err(`INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = EXIT.internal;
}
