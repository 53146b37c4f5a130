import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of test files for `npm run mutate`: shortest first. Stryker stops a mutant's run at its
 * first failing test (bail 1) and runs one file at a time, while vitest's own order puts the longest
 * file first, so a mutant covered by a LibreOffice test (test/xlsx/annotateCopy.test.ts,
 * test/check/documentLayout.test.ts: seconds each) waited for soffice even when a unit test in a
 * quicker file would have killed it. Files not yet timed go last.
 */
export class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      return this.ctx.cache.getFileTestResults(key)?.duration ?? Number.POSITIVE_INFINITY;
    };
    return [...files].sort((a, b) => cost(a) - cost(b));
  }
}
