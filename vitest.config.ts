import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', './test/summaryReporter.ts'],
    // The adapter tests run a whole workbook model in JavaScript (test/excel/mock) and the pane tests
    // render Fluent UI in jsdom; on two cores shared with other jobs one can take half a minute.
    testTimeout: 60_000,
  },
});
