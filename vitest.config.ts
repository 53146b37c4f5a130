import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', './test/summaryReporter.ts'],
    // The adapter tests run a whole workbook model in JavaScript (test/excel/mock); on two shared cores
    // one takes several seconds.
    testTimeout: 20_000,
  },
});
