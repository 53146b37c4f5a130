/**
 * A document that sets a table of figures but leaves one of its cases out: the rule must refuse the
 * case it lacks (NOT_IN_POLICY), naming that case and the cases the document does set in the user's
 * words, never a key of the seed file. No shipped document leaves such a gap today, so each test
 * runs the rules on the real seeds with one cell taken out, the way a later document could read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RuleError } from '../../../src/rules/core/errors';
import { SEED_FILES } from '../../../src/rules/data/seeds';

type Seeds = Record<string, { parameters: { id: string; values?: Record<string, number> }[] }>;

/** The seeds with the cells `keys` of parameter `id` taken out in every document that sets it. */
async function withoutCells(id: string, ...keys: string[]): Promise<void> {
  const data = structuredClone(SEED_FILES) as unknown as Seeds;
  for (const seed of Object.values(data)) {
    for (const p of seed.parameters) if (p.id === id) for (const k of keys) delete p.values![k];
  }
  vi.resetModules();
  vi.doMock('../../../src/rules/data/seeds', () => ({ SEED_FILES: data, SEEDS: Object.values(data) }));
}

afterEach(() => {
  vi.doUnmock('../../../src/rules/data/seeds');
  vi.resetModules();
});

/**
 * What `f` throws. The rules are loaded afresh with the edited seeds, so their RuleError is another
 * class than this file's: the error is judged by its fields, not by instanceof.
 */
function ruleError(f: () => unknown): RuleError {
  try {
    f();
  } catch (e) {
    return e as RuleError;
  }
  throw new Error('expected a refusal, but the call returned');
}

/** The refusal names the missing case and lists the ones set, in both languages. */
function expectNamed(e: RuleError, missing: { zh: string; en: string }, set: { zh: string[]; en: string[] }): void {
  expect(e.code).toBe('NOT_IN_POLICY');
  expect(e.zh).toContain(`未就“${missing.zh}”规定`);
  expect(e.zh).toContain(`该文件规定的有：${set.zh.join('、')}。`);
  expect(e.en).toContain(` for ${missing.en}; it sets one for: ${set.en.join(', ')}.`);
}

describe('a document that leaves one case of a table out', () => {
  it('LANDNEED: without the 0.2 m² per resident for areas over 20% elderly, a county at 25% is refused by 老龄化地区, and 一般地区 is named as set', async () => {
    await withoutCells('landNeed.perCapita', 'aged');
    const { landNeed } = await import('../../../src/rules/standards/landNeed');
    const e = ruleError(() => landNeed({ city: '赣州', population: 100000, elderlyShare: 0.25, asOf: '2024-01-01' }));
    expectNamed(e, { zh: '老龄化地区', en: 'aged areas' }, { zh: ['一般地区'], en: ['other areas'] });
    // 人均用地不少于 0.1 平方米 still answers a county at 20% (超过 excludes it): 100000 × 0.1 m².
    expect(landNeed({ city: '赣州', population: 100000, elderlyShare: 0.2, asOf: '2024-01-01' }).value).toBe(10000);
  });

  it('MEDROOM: without 150 beds for a private home, 抚州 refuses a private home and names the public homes’ residents as set', async () => {
    await withoutCells('medRoom.threshold', 'privateBeds');
    const { medRoom } = await import('../../../src/rules/standards/medRoom');
    const e = ruleError(() => medRoom({ city: '抚州', ownership: '民办', count: 150, asOf: '2021-01-01' }));
    expectNamed(e, { zh: '民办养老院床位数', en: 'beds of a private home' }, { zh: ['公办养老院入住人数'], en: ['residents of a public home'] });
    // 入住 50 人以上的公办养老院 … 应内设医务室或护理站: 50 is enough.
    expect(medRoom({ city: '抚州', ownership: '公办', count: 50, asOf: '2021-01-01' }).value).toBe(true);
  });

  it('STAFFNEED: without the 1:10 for able residents, 赣州 refuses and names the severe and moderate ratios as set', async () => {
    await withoutCells('staffing.residentsPerCarer', 'able');
    const { staffNeed } = await import('../../../src/rules/standards/staffNeed');
    const e = ruleError(() => staffNeed({ city: '赣州', severe: 3, moderate: 6, able: 10, asOf: '2024-01-01' }));
    expectNamed(e, { zh: '能力完好人数', en: 'able' }, { zh: ['重度失能人数', '中度、轻度失能人数'], en: ['severe', 'moderate'] });
  });

  it('STAFFNEED: without the 1:6 for moderate needs, 赣州 names the moderate residents, and the severe and able ones as set', async () => {
    await withoutCells('staffing.residentsPerCarer', 'moderate');
    const { staffNeed } = await import('../../../src/rules/standards/staffNeed');
    const e = ruleError(() => staffNeed({ city: '赣州', severe: 3, moderate: 6, able: 10, asOf: '2024-01-01' }));
    expectNamed(e, { zh: '中度、轻度失能人数', en: 'moderate' }, { zh: ['重度失能人数', '能力完好人数'], en: ['severe', 'able'] });
  });

  it('OPSUBSIDY: without the 1倍系数 for an unrated home, 赣州 refuses grade 0 as 未评级 and names 1级 to 5级 as set', async () => {
    await withoutCells('opSubsidy.ratingCoefficient', '0');
    const { opSubsidy } = await import('../../../src/rules/subsidies/opSubsidy');
    const e = ruleError(() => opSubsidy({ city: '赣州', severe: 1, partial: 1, grade: 0, asOf: '2023-01-01' }));
    const grades = [1, 2, 3, 4, 5];
    expectNamed(e, { zh: '未评级', en: 'unrated' }, { zh: grades.map((g) => `${g}级`), en: grades.map((g) => `grade ${g}`) });
  });

  it('OPSUBSIDY: without the 100元 for partially disabled residents, 赣州 names 部分失能人数 as not set and 重度失能人数 as set', async () => {
    await withoutCells('opSubsidy.perResidentMonth', 'partial');
    const { opSubsidy } = await import('../../../src/rules/subsidies/opSubsidy');
    const e = ruleError(() => opSubsidy({ city: '赣州', severe: 1, partial: 1, grade: 0, asOf: '2023-01-01' }));
    expectNamed(e, { zh: '部分失能人数', en: 'partial' }, { zh: ['重度失能人数'], en: ['severe'] });
  });

  it('OPSUBSIDY: without the 200元 for severely disabled residents, 赣州 names 重度失能人数 as not set and 部分失能人数 as set', async () => {
    await withoutCells('opSubsidy.perResidentMonth', 'severe');
    const { opSubsidy } = await import('../../../src/rules/subsidies/opSubsidy');
    const e = ruleError(() => opSubsidy({ city: '赣州', severe: 1, partial: 1, grade: 0, asOf: '2023-01-01' }));
    expectNamed(e, { zh: '重度失能人数', en: 'severe' }, { zh: ['部分失能人数'], en: ['partial'] });
  });

  it('BEDSUBSIDY: without the amount for beds in leased premises, 赣州 refuses 租赁改建 and names the other three ways of building', async () => {
    await withoutCells('bedSubsidy.perBed', 'leased');
    const { bedSubsidy } = await import('../../../src/rules/subsidies/bedSubsidy');
    const e = ruleError(() => bedSubsidy({ city: '赣州', beds: 10, buildType: '租赁改建', asOf: '2024-01-01' }));
    expectNamed(e, { zh: '租赁改建', en: 'leased' }, { zh: ['新建', '扩建', '自有房产'], en: ['new', 'expand', 'owned'] });
  });

  it('SLOTGRANT: without the amount per renovated rural slot, 赣州 refuses 农村改扩建 and names the three it sets', async () => {
    await withoutCells('slotGrant.perSlot', 'renovateRural');
    const { slotGrant } = await import('../../../src/rules/subsidies/slotGrant');
    const e = ruleError(() => slotGrant({ city: '赣州', slots: 10, buildType: '改扩建', area: '农村', asOf: '2023-01-01' }));
    expectNamed(e, { zh: '农村改扩建', en: 'renovated, rural' }, { zh: ['城市新建', '农村新建', '城市改扩建'], en: ['new, urban', 'new, rural', 'renovated, urban'] });
  });

  it('SLOTGRANT: without the county’s share of 市、县财政按 2：8分担, 赣州 refuses the county part and names 市级 as set', async () => {
    await withoutCells('childcareFunding.share', 'county');
    const { slotGrant } = await import('../../../src/rules/subsidies/slotGrant');
    const e = ruleError(() => slotGrant({ city: '赣州', slots: 10, buildType: '新建', area: '城市', part: '县级', asOf: '2023-01-01' }));
    expectNamed(e, { zh: '县级', en: 'county' }, { zh: ['市级'], en: ['city'] });
  });

  it('ALLOWANCE: without the 重度残疾人护理补贴 amount, 赣州 refuses it and names 困难残疾人生活补贴 as set', async () => {
    await withoutCells('allowance.disabledPerson', 'severeDisabledCare');
    const { allowance } = await import('../../../src/rules/subsidies/allowance');
    const e = ruleError(() => allowance({ city: '赣州', item: '重度残疾人护理补贴', persons: 1, asOf: '2024-01-01' }));
    expectNamed(e, { zh: '重度残疾人护理补贴', en: 'severe-disability-care' }, { zh: ['困难残疾人生活补贴'], en: ['disability-living'] });
  });
});
