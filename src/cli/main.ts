import { validateSeeds } from '../rules/data/validate';
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

// The command line checks the policy data it is about to use: a damaged seed file stops it here,
// naming the file and the field, before any figure is computed from it.
try {
  validateSeeds();
  process.exitCode = await run(process.argv.slice(2), io);
} catch (e) {
  io.err(`INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = EXIT.internal;
}
