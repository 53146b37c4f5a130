// `npm run mutate -- <folder>[/<part>] [stryker options]`: Stryker over one folder of MUTATED_FOLDERS
// (or a subfolder or file of it: `rules/plans`, `check/countyRules.ts`) with that folder's own tests;
// `npm run mutate` with no folder mutates them all with every unit test (hours on two cores). Runs
// accumulate in the incremental file (stryker.config.json), so parts can be run one at a time and
// the report shows every part run so far. Stryker writes that file only when a run ends: a run
// stopped midway keeps nothing, hence parts small enough to finish.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { FOLDER_ENV, isMutatedFolder, MUTATED_FOLDERS } from './folders';

const [first, ...rest] = process.argv.slice(2);
const part = first !== undefined && !first.startsWith('-') ? first.replace(/^src\//, '').replace(/\/$/, '') : undefined;
const folder = part?.split('/')[0];
const strykerArgs = part === undefined ? process.argv.slice(2) : rest;
const glob = part?.endsWith('.ts') ? `src/${part}` : `src/${part}/**/*.ts`;

if (folder !== undefined && !isMutatedFolder(folder)) {
  console.error(`不是可变异的文件夹 / not a mutated folder: ${folder} (${Object.keys(MUTATED_FOLDERS).join(', ')})`);
  process.exit(2);
}

// The TypeScript checker compiles each batch of mutants with every file that depends on them: over
// all of src that took 5 times the test runner's CPU. A mutant must compile in its own folder (with
// what that folder imports); its dependents are other folders' concern. Generated, git-ignored.
const checked = folder ? `src/${folder}` : 'src';
writeFileSync('tsconfig.mutate.json', JSON.stringify({ extends: './tsconfig.json', include: [checked] }, null, 2) + '\n');

const args = ['run', 'stryker.config.json', ...(part ? ['--mutate', glob] : []), ...strykerArgs];
const env = folder ? { ...process.env, [FOLDER_ENV]: folder } : process.env;
const run = spawnSync('node_modules/.bin/stryker', args, { stdio: 'inherit', env });
process.exit(run.status ?? 1);
