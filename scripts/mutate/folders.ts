// The folders `npm run mutate` mutates, each with the tests that are its own. A run of one folder
// (`npm run mutate -- rules`) gives Stryker only these tests: its dry run then measures coverage of
// a few hundred tests instead of all of them, and a surviving mutant is run against the tests of
// its folder only. A mutant killed only by another folder's tests therefore counts as survived
// here: that is the point, since each folder's tests should catch its own bugs.
export const MUTATED_FOLDERS = {
  rules: ['test/rules/**/*.test.ts', 'test/seeds/**/*.test.ts'],
  check: ['test/check/**/*.test.ts'],
  xlsx: ['test/xlsx/**/*.test.ts'],
  excel: ['test/excel/**/*.test.ts'],
  // The templates are the layouts the other folders write, read and check: their tests are the
  // ones that import src/templates (grep), besides test/templates itself.
  templates: [
    'test/templates/**/*.test.ts',
    'test/excel/{insert,look,profiles,repair,syncs}.test.ts',
    'test/xlsx/{write,writePage,careNote}.test.ts',
    'test/check/{allowances,budgets}.test.ts',
  ],
} as const;

export type MutatedFolder = keyof typeof MUTATED_FOLDERS;

export const isMutatedFolder = (name: string): name is MutatedFolder => Object.hasOwn(MUTATED_FOLDERS, name);

/** The environment variable through which scripts/mutate.ts tells vitest.mutate.config.ts the folder. */
export const FOLDER_ENV = 'CAREPLAN_MUTATE_FOLDER';
