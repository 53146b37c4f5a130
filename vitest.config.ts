import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { PROFILES } from './test/excel/mock/profiles.ts';

/**
 * The Excel adapter's tests run once in each Excel the offices have (Excel 2019, 2021, 2024,
 * Microsoft 365, the web): a project per profile, named to setup() in CAREPLAN_EXCEL
 * (test/excel/mock/profiles.ts). Every other test runs once.
 */
const ADAPTER = ['test/excel/{explain,insert,markRecord,markThreads,markWords,marks,page,portable,profiles,read,repair,settings,syncs,watch}.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // The CLI tests start the built bin: test/support/cliBuild.ts builds it when stale.
    globalSetup: ['./test/support/cliBuild.ts'],
    reporters: ['default', './test/summaryReporter.ts'],
    // Speed is measured in bench/, never asserted by a test: vitest's 5 s default failed sound tests
    // (a zip bomb's refusal, the functions grid) whenever the 2-core machine was busy. This bound only
    // stops a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A test file per core, not vitest's default of one fewer (a single worker on CI's two cores): many
    // files spend most of their time waiting on a child process (LibreOffice, Chromium, webpack,
    // python), and one worker left the other core idle while they waited. CI took 20 min 9 s so.
    maxWorkers: availableParallelism(),
    projects: [
      // Each project names its own files: `extends` joins include lists with the root's.
      { extends: true, test: { name: 'careplan', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ADAPTER } },
      ...PROFILES.map((p) => ({ extends: true as const, test: { name: p.name, include: ADAPTER, env: { CAREPLAN_EXCEL: p.name } } })),
    ],
  },
});
