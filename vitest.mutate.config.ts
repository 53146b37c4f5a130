import { defineConfig } from 'vitest/config';
import { FOLDER_ENV, isMutatedFolder, MUTATED_FOLDERS } from './scripts/mutate/folders';

/**
 * The tests Stryker runs for `npm run mutate`: the in-process unit tests of the mutated folders
 * (src/check, src/xlsx, src/excel, src/templates, src/rules) and the in-process CLI check, which
 * drives them end to end. Left out because each would run for every mutant it covers: the built
 * bundles and CLI child processes (test/cli/cli.test.ts, test/functions/built.test.ts), LibreOffice
 * (test/xlsx/libreoffice.test.ts, test/xlsx/print.test.ts, which prints every form to PDF: 138 s
 * a run), openpyxl (test/check/markerName.test.ts), Chromium (test/e2e) and the React
 * pane (test/taskpane, jsdom). `npm test` still runs them all.
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
    exclude: ['test/xlsx/libreoffice.test.ts', 'test/xlsx/print.test.ts', 'test/check/markerName.test.ts'],
    environment: 'node',
    // As in vitest.config.ts: a bound that only stops a hanging test (Stryker times each mutant itself).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
