/**
 * Builds the `careplan` bin: src/cli bundled by esbuild into bin/ (the folder package.json's `bin`
 * points at; not dist/, which is the add-in a host serves and which its build empties). `prepare`
 * runs this, so a clean clone's `npm ci` leaves a working bin without the add-in's webpack build.
 *
 * The seeds are validated here, before they are bundled: the shipped bin then reads known-good data
 * without loading zod or checking it again at every start (the tests validate them too).
 * exceljs stays outside the bundle and loads from node_modules when a command needs it: it is
 * CommonJS that requires Node's modules at run time, and only `template` and `check --annotate` use it. Each verb is its own chunk (src/cli/run.ts imports them dynamically), so `calc` never parses
 * the reader nor `check` the catalog's help.
 *
 *   tsx scripts/build/cli.ts        build bin/
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validateSeeds } from '../../src/rules/data/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_DIR = path.join(root, 'bin');
/** The inputs of the last build, esbuild's own list: what `cliIsStale` compares against. */
const META = path.join(CLI_DIR, 'meta.json');
export const CLI_BIN = path.join(CLI_DIR, 'careplan.js');

export async function buildCli(): Promise<void> {
  validateSeeds();
  rmSync(CLI_DIR, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    // The worker thread's entry sits beside the command's: src/cli/pool.ts finds it there.
    entryPoints: { careplan: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['exceljs'],
    chunkNames: 'chunk-[hash]',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(META, JSON.stringify(Object.keys(result.metafile.inputs)));
}

/** True when bin/ is missing or any source file it was built from changed after it. */
export function cliIsStale(): boolean {
  if (!existsSync(META) || !existsSync(CLI_BIN)) return true;
  const built = statSync(META).mtimeMs;
  const inputs = JSON.parse(readFileSync(META, 'utf8')) as string[];
  return [...inputs, 'scripts/build/cli.ts'].some((f) => {
    const file = path.join(root, f);
    return !existsSync(file) || statSync(file).mtimeMs > built;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
