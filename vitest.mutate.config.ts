import { defineConfig } from 'vitest/config';
import { CheapFirst } from './scripts/mutate/cheapFirst';
import { FOLDER_ENV, isMutatedFolder, MUTATED_FOLDERS } from './scripts/mutate/folders';

/**
 * The tests Stryker runs for `npm run mutate`: the in-process unit tests of the mutated folders
 * (src/check, src/xlsx, src/excel, src/templates, src/rules) and the in-process CLI check, which
 * drives them end to end. Left out because each would run for every mutant it covers: the built
 * bundles and CLI child processes (test/cli/cli.test.ts, test/functions/built.test.ts), LibreOffice
 * (test/xlsx/libreoffice.test.ts, test/xlsx/print.test.ts, which prints every form to PDF: 138 s
 * a run; test/templates/portableBudgets.test.ts, every budget filled by openpyxl and recalculated for
 * each city: 78 s, paid by every templates mutant the quicker tests leave alive, so that the score of
 * src/templates is a lower bound), openpyxl (test/check/markerName.test.ts), Chromium (test/e2e) and the React
 * pane (test/taskpane, jsdom), and the reader's million cells (test/xlsx/largeSheet.test.ts, 20–75 s,
 * covering nearly every line of src/xlsx). Also left out: test/rules/reseeded, which loads the rules again on
 * seeds edited in the test (vi.doMock + vi.resetModules) to reach code the shipped seeds never take.
 * A module loaded again inside a test has its load-time code (enum and message tables, the zod
 * schema, the registry built from the seeds) counted by Stryker as that one test's. `ignoreStatic`
 * skips that code on purpose, but with these tests in the run about two hundred such mutants were
 * counted, each against the one test that reloaded it. `npm test` still runs them all.
 *
 * `npm run mutate -- <folder>` (scripts/mutate/run.ts) names one folder in CAREPLAN_MUTATE_FOLDER:
 * then only that folder's own tests run (scripts/mutate/folders.ts).
 */
const folder = process.env[FOLDER_ENV];
if (folder !== undefined && !isMutatedFolder(folder)) {
  throw new Error(`${FOLDER_ENV}=${folder}: not one of ${Object.keys(MUTATED_FOLDERS).join(', ')}`);
}

export default defineConfig({
  test: {
    include: folder
      ? [...MUTATED_FOLDERS[folder]]
      : ['test/{check,xlsx,excel,rules,seeds,catalog,templates}/**/*.test.ts', 'test/cli/check.test.ts'],
    exclude: ['test/xlsx/libreoffice.test.ts', 'test/xlsx/print.test.ts', 'test/templates/portableBudgets.test.ts', 'test/xlsx/largeSheet.test.ts', 'test/check/markerName.test.ts', 'test/rules/reseeded/**'],
    environment: 'node',
    sequence: { sequencer: CheapFirst },
    // As in vitest.config.ts: a bound that only stops a hanging test (Stryker times each mutant itself).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
