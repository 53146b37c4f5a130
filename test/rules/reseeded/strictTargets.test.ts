/**
 * GAP for the comparators no shipped plan uses yet: a strict 低于 (<) and an exact figure (=). The
 * tests read 赣州's 生长发育迟缓率 (“5以下”, ≤ 5%) as if the plan had written it those ways.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_FILES } from '../../../src/rules/data/seeds';

type Seed = { indicators: { id: string; targets: { comparator?: string }[] }[] };

/** The rules on seeds where 赣州's 生长发育迟缓率 target reads `comparator` 5%. */
async function stuntingAs(comparator: '<' | '='): Promise<typeof import('../../../src/rules/plans/target')> {
  const data = structuredClone(SEED_FILES) as unknown as Record<string, Seed>;
  data['ganzhou-2022-94.json']!.indicators.find((i) => i.id === 'stuntingRate')!.targets[0]!.comparator = comparator;
  vi.resetModules();
  vi.doMock('../../../src/rules/data/seeds', () => ({ SEED_FILES: data, SEEDS: Object.values(data) }));
  return import('../../../src/rules/plans/target');
}

afterEach(() => {
  vi.doUnmock('../../../src/rules/data/seeds');
  vi.resetModules();
});

describe('GAP against a strict or an exact target', () => {
  it('< 5%: a rate of 6% is 1 point short, one of 4% nothing short, and 5% itself is nothing short but not met', async () => {
    const { gap, meets } = await stuntingAs('<');
    const at = (value: number) => gap({ city: '赣州', indicator: '生长发育迟缓率', value }).value;
    expect(at(0.06)).toBeCloseTo(0.06 - 0.05, 12);
    expect([at(0.04), at(0.05)]).toEqual([0, 0]);
    expect(meets({ city: '赣州', indicator: '生长发育迟缓率', value: 0.05 }).value).toBe(false);
  });

  it('= 5%: 6% and 4% are each 1 point off, 5% is on the target', async () => {
    const { gap } = await stuntingAs('=');
    const at = (value: number) => gap({ city: '赣州', indicator: '生长发育迟缓率', value }).value;
    expect(at(0.06)).toBeCloseTo(0.06 - 0.05, 12);
    expect(at(0.04)).toBeCloseTo(0.05 - 0.04, 12);
    expect(at(0.05)).toBe(0);
  });
});
