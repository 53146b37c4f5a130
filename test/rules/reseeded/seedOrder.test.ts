/**
 * The parameter registry on the seed files loaded in another order: the later document's figure is
 * in force from its day whichever file comes first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_FILES } from '../../../src/rules/data/seeds';

afterEach(() => {
  vi.doUnmock('../../../src/rules/data/seeds');
  vi.resetModules();
});

describe('the registry', () => {
  it('takes 赣州’s 2023 document over its 2022 one from 2023-12-13 whichever order the seed files load in', async () => {
    // Both documents set 养老服务设施人均用地标准; 赣市府发〔2023〕13号 is in force from 2023-12-13.
    for (const order of [(xs: unknown[]) => xs, (xs: unknown[]) => [...xs].reverse()]) {
      const seeds = order(Object.values(SEED_FILES));
      vi.resetModules();
      vi.doMock('../../../src/rules/data/seeds', () => ({ SEED_FILES, SEEDS: seeds }));
      const registry = await import('../../../src/rules/data/registry');
      const later = registry.resolve('ganzhou', 'landNeed.perCapita', '2024-01-01');
      expect(later.doc.number).toBe('赣市府发〔2023〕13号');
      const earlier = registry.resolve('ganzhou', 'landNeed.perCapita', '2023-12-12');
      expect(earlier.doc.number).toBe('赣市府字〔2022〕94号');
      // The earlier one ends the day before the later one starts.
      expect(earlier.to).toBe('2023-12-12');
      expect(later.to).toBeUndefined();
    }
  });

});
