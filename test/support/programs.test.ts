import { describe, expect, it } from 'vitest';
import { underCI } from './programs';

describe('CI, as the services set it, makes tests needing LibreOffice or Chromium fail where the program is missing', () => {
  it('is set by CI=true (GitHub, GitLab) and CI=1 (others), in any case', () => {
    expect(['true', 'TRUE', '1', 'yes'].map((CI) => underCI({ CI }))).toEqual([true, true, true, true]);
  });
  it('is not set without CI, or with CI empty, false or 0', () => {
    expect([undefined, '', 'false', 'False', '0'].map((CI) => underCI(CI === undefined ? {} : { CI }))).toEqual([false, false, false, false, false]);
  });
});
