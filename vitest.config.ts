import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The CLI tests start the built bin: test/support/cliBuild.ts builds it when stale.
    globalSetup: ['./test/support/cliBuild.ts'],
    reporters: ['default', './test/summaryReporter.ts'],
    // Speed is measured in bench/, never asserted by a test: vitest's 5 s default failed sound tests
    // (a zip bomb's refusal, the functions grid) whenever the 2-core machine was busy. This bound only
    // stops a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
