/**
 * Levels (增至, 托位目标): the figure a county must have reached by the year's end, each year on its
 * own; and the ratios the city's plan sets (抚州 备注2 coverage, 赣州 per 1000 and shares), which bind
 * the city's total row and are information for a county.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { allocation } from '../../src/rules/plans/allocation';
import { target } from '../../src/rules/plans/target';
import { atCell, sheetOf, type Sheet } from './sheet';

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}

const slotsFor = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '托位', year }).value;
const SLOTS = (y: number) => `${y}年末托位数（个）`;
const INCLUSIVE = (y: number) => `${y}年末普惠性托位数（个）`;
const POPULATION = (y: number) => `${y}年末常住人口（人）`;
const PER_1000 = (y: number) => `${y}年每千人口托位数（个）`;
const INCLUSIVE_SHARE = (y: number) => `${y}年普惠性托位占比`;

const fzLevel = (county: string, measure: string, year: number): number => allocation({ city: '抚州', county, measure, year }).value;
const fzGiven = (county: string, measure: string): number => allocation({ city: '抚州', county, measure, year: 2019 }).value;
const coverage = (indicator: string, year: number): number => target({ city: '抚州', indicator, year }).value as number;
const URBAN = (y: number) => `${y}年末城市居家和社区养老服务设施实有（个）`;
const URBAN_COVERAGE = (y: number) => `${y}年城市居家和社区养老服务设施覆盖率`;
const RURAL = (y: number) => `${y}年末具备助餐功能农村互助养老服务设施实有（个）`;
const RURAL_COVERAGE = (y: number) => `${y}年农村互助养老服务设施覆盖率`;

describe('赣州 托位: the slots a county must have at each year’s end', () => {
  it('于都县 with exactly its 2021 slot target at the end of 2021 meets it', () => {
    const s = sheetOf('gz-slots').fill('于都县', SLOTS(2021), slotsFor('于都县', 2021));
    // Its 普惠性托位 and 常住人口 left blank are reported for the ratios they feed (neededFigures.test.ts), not for 托位.
    expect(check(s, '2022-01-01').filter((f) => f.county === '于都县' && f.measure === '托位')).toEqual([]);
  });

  it('于都县 one slot short at the end of 2021 is an error from 2022-01-01 and information on 2021-12-31', () => {
    const goal = slotsFor('于都县', 2021);
    const s = sheetOf('gz-slots').fill('于都县', SLOTS(2021), goal - 1);
    const cell = s.address('于都县', SLOTS(2021));
    const after = only(check(s, '2022-01-01'), cell);
    expect(after).toMatchObject({ severity: 'error', ruleId: 'level.target', county: '于都县', measure: '托位', year: 2021, expected: goal, actual: goal - 1, gap: 1 });
    expect(after.citation?.section).toContain('托位分解表');
    expect(after.message.zh).toContain(`为 ${goal - 1}，未达到 2021 年应增至的 ${goal}，差 1。`);
    const before = only(check(s, '2021-12-31'), cell);
    expect(before).toMatchObject({ severity: 'info', ruleId: 'level.notYetDue', year: 2021, expected: goal, actual: goal - 1, gap: 1 });
    expect(before.message.zh).toContain('尚未到期');
    expect(before.message.zh).toContain(`目前 ${goal - 1}，还差 1。`);
  });

  it('a level is not a task: slots beyond the 2021 target do not excuse falling short in 2022', () => {
    const s = sheetOf('gz-slots')
      .fill('于都县', SLOTS(2021), slotsFor('于都县', 2021) + 500)
      .fill('于都县', SLOTS(2022), slotsFor('于都县', 2022) - 1);
    const fs = check(s, '2023-01-01');
    expect(atCell(fs, s.address('于都县', SLOTS(2021)))).toEqual([]);
    expect(only(fs, s.address('于都县', SLOTS(2022)))).toMatchObject({ severity: 'error', ruleId: 'level.target', year: 2022, gap: 1 });
  });

  it('a blank end-of-2022 slot count is a warning once 2022 has ended, and nothing before', () => {
    const s = sheetOf('gz-slots');
    const cell = s.address('于都县', SLOTS(2022));
    expect(atCell(check(s, '2022-12-31'), cell)).toEqual([]);
    expect(only(check(s, '2023-01-01'), cell)).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', expected: slotsFor('于都县', 2022) });
  });

  it('全市总计 at the printed 2023 total (34186) meets its own level', () => {
    const printed = allocation({ city: '赣州', county: '全市总计', measure: '托位', year: 2023 }).value;
    const s = sheetOf('gz-slots').fill('全市总计', SLOTS(2023), printed);
    expect(atCell(check(s, '2024-01-01'), s.address('全市总计', SLOTS(2023)))).toEqual([]);
    s.fill('全市总计', SLOTS(2023), printed - 1);
    expect(only(check(s, '2024-01-01'), s.address('全市总计', SLOTS(2023)))).toMatchObject({ ruleId: 'level.target', severity: 'error', county: '全市总计', gap: 1 });
  });

  it('每千人口托位数 below the 2025 plan figure is an error for 全市总计 and information for 于都县', () => {
    const goal = target({ city: '赣州', indicator: '每千人口托位数', year: 2025 }).value as number;
    const s = sheetOf('gz-slots')
      .fill('于都县', SLOTS(2025), slotsFor('于都县', 2025))
      .fill('于都县', POPULATION(2025), 1_000_000)
      .fill('全市总计', SLOTS(2025), allocation({ city: '赣州', county: '全市总计', measure: '托位', year: 2025 }).value)
      .fill('全市总计', POPULATION(2025), 10_000_000);
    const fs = check(s, '2026-01-01');
    const county = only(fs, s.address('于都县', PER_1000(2025)));
    expect(county).toMatchObject({ severity: 'info', ruleId: 'ratio.county', county: '于都县', measure: '每千人口托位数', year: 2025, expected: goal });
    expect(county.actual).toBeCloseTo(slotsFor('于都县', 2025) / 1000, 9);
    expect(county.gap).toBeCloseTo(goal - slotsFor('于都县', 2025) / 1000, 9);
    expect(county.message.zh).toContain('仅供参考');
    const city = only(fs, s.address('全市总计', PER_1000(2025)));
    expect(city).toMatchObject({ severity: 'error', ruleId: 'ratio.city', county: '全市总计', expected: goal });
    expect(city.citation?.document).toBe('赣市府字〔2022〕94号');
    // Before 2025 has ended both are information that the target is not yet due.
    const before = check(s, '2025-12-31');
    expect(only(before, s.address('于都县', PER_1000(2025)))).toMatchObject({ severity: 'info', ruleId: 'ratio.notYetDue' });
    expect(only(before, s.address('全市总计', PER_1000(2025)))).toMatchObject({ severity: 'info', ruleId: 'ratio.notYetDue' });
  });

  it('普惠性托位占比 of exactly 60% meets the 2025 figure; one slot less is short of it', () => {
    const goal = target({ city: '赣州', indicator: '普惠性托位占比', year: 2025 }).value as number;
    expect(goal).toBe(0.6);
    const s = sheetOf('gz-slots').fill('全市总计', SLOTS(2025), 50_000).fill('全市总计', INCLUSIVE(2025), 30_000);
    expect(atCell(check(s, '2026-01-01'), s.address('全市总计', INCLUSIVE_SHARE(2025)))).toEqual([]);
    s.fill('全市总计', INCLUSIVE(2025), 29_999);
    const f = only(check(s, '2026-01-01'), s.address('全市总计', INCLUSIVE_SHARE(2025)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'ratio.city', measure: '普惠性托位占比', expected: goal });
    expect(f.actual).toBeCloseTo(29_999 / 50_000, 12);
  });
});

describe('抚州 设施 增至: facility levels', () => {
  it('东乡区 with one urban facility fewer than its 2019 level is an error once 2019 has ended', () => {
    const goal = fzLevel('东乡区', '城市居家和社区养老服务设施', 2019);
    const s = sheetOf('fz-facilities').fill('东乡区', URBAN(2019), goal - 1);
    const cell = s.address('东乡区', URBAN(2019));
    expect(only(check(s, '2020-01-01'), cell)).toMatchObject({ severity: 'error', ruleId: 'level.target', measure: '城市居家和社区养老服务设施', year: 2019, expected: goal, actual: goal - 1, gap: 1 });
    expect(only(check(s, '2019-12-31'), cell)).toMatchObject({ severity: 'info', ruleId: 'level.notYetDue', gap: 1 });
  });

  it('东乡区 rural mutual-aid facilities at the 2020 level meet it; a blank 2020 is a warning to fill it in', () => {
    const s = sheetOf('fz-facilities');
    const cell = s.address('东乡区', RURAL(2020));
    expect(only(check(s, '2021-01-01'), cell)).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', expected: fzLevel('东乡区', '农村互助养老服务设施', 2020) });
    s.fill('东乡区', RURAL(2020), fzLevel('东乡区', '农村互助养老服务设施', 2020));
    expect(atCell(check(s, '2021-01-01'), cell)).toEqual([]);
  });

  it('东临新区 has no urban facility level in the document: an entry there gives no level finding and a blank is not asked for', () => {
    const s = sheetOf('fz-facilities');
    expect(s.get('东临新区', '2020年城市居家和社区养老服务设施增至（个）')).toBeNull();
    expect(atCell(check(s, '2022-01-01'), s.address('东临新区', URBAN(2020)))).toEqual([]);
    s.fill('东临新区', URBAN(2020), 3);
    expect(atCell(check(s, '2022-01-01'), s.address('东临新区', URBAN(2020)))).toEqual([]);
  });
});

describe('抚州 备注2 coverage: binding on the city total, information for a county', () => {
  it('东乡区 2020: 14 of 17 communities meets its own level yet is below 备注2’s 85%: information, not an error', () => {
    const goal = coverage('urbanCommunityCareCoverage', 2020);
    const [level, communities] = [fzLevel('东乡区', '城市居家和社区养老服务设施', 2020), fzGiven('东乡区', '社区数')];
    expect([level, communities]).toEqual([14, 17]);
    const s = sheetOf('fz-facilities').fill('东乡区', URBAN(2020), level);
    const fs = check(s, '2021-01-01');
    expect(atCell(fs, s.address('东乡区', URBAN(2020)))).toEqual([]);
    const f = only(fs, s.address('东乡区', URBAN_COVERAGE(2020)));
    expect(f).toMatchObject({ severity: 'info', ruleId: 'ratio.county', county: '东乡区', measure: '城市居家和社区养老服务设施覆盖率', year: 2020, expected: goal });
    expect(f.actual).toBeCloseTo(level / communities, 12);
    expect(f.gap).toBeCloseTo(goal - level / communities, 12);
    expect(f.citation?.section).toContain('备注2');
    expect(f.message.zh).toContain('82.35%');
  });

  it('全市合计 below 备注2’s 25% of villages in 2019 is an error citing 备注2', () => {
    const goal = coverage('ruralMutualAidCoverage', 2019);
    const villages = allocation({ city: '抚州', county: '全市合计', measure: '建制村数', year: 2019 }).value;
    const below = Math.ceil(villages * goal) - 1;
    const s = sheetOf('fz-facilities').fill('全市合计', RURAL(2019), below);
    const f = only(check(s, '2020-01-01'), s.address('全市合计', RURAL_COVERAGE(2019)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'ratio.city', county: '全市合计', year: 2019, expected: goal });
    expect(f.actual).toBeCloseTo(below / villages, 12);
    expect(f.citation?.section).toContain('备注2');
    s.fill('全市合计', RURAL(2019), below + 1);
    expect(atCell(check(s, '2020-01-01'), s.address('全市合计', RURAL_COVERAGE(2019)))).toEqual([]);
  });

  it('the same shortfall on a county row is information: 东乡区 below 25% of its villages in 2019', () => {
    const villages = fzGiven('东乡区', '建制村数');
    const s = sheetOf('fz-facilities').fill('东乡区', RURAL(2019), villages / 4 - 1);
    expect(only(check(s, '2020-01-01'), s.address('东乡区', RURAL_COVERAGE(2019)))).toMatchObject({ severity: 'info', ruleId: 'ratio.county' });
  });

  it('exactly at the percentage meets: 东乡区 33 of 132 villages is 25%, 临川区 49 of 70 communities is 70%', () => {
    expect(fzGiven('东乡区', '建制村数') / 4).toBe(33);
    expect(fzGiven('临川区', '社区数') * coverage('urbanCommunityCareCoverage', 2019)).toBeCloseTo(49, 9);
    const s = sheetOf('fz-facilities').fill('东乡区', RURAL(2019), 33).fill('临川区', URBAN(2019), 49);
    const fs = check(s, '2020-01-01');
    expect(atCell(fs, s.address('东乡区', RURAL_COVERAGE(2019)))).toEqual([]);
    expect(atCell(fs, s.address('临川区', URBAN_COVERAGE(2019)))).toEqual([]);
    // 33 is still below 东乡区’s own 2019 level: the level is checked, the ratio is not.
    expect(only(fs, s.address('东乡区', RURAL(2019)))).toMatchObject({ ruleId: 'level.target', expected: fzLevel('东乡区', '农村互助养老服务设施', 2019), actual: 33 });
  });

  it('全市合计 at all 253 communities in 2021 meets 备注2’s 100%', () => {
    const communities = allocation({ city: '抚州', county: '全市合计', measure: '社区数', year: 2021 }).value;
    const s = sheetOf('fz-facilities').fill('全市合计', URBAN(2021), communities);
    expect(check(s, '2022-01-01').filter((f) => f.county === '全市合计' && f.year === 2021 && f.measure === '城市居家和社区养老服务设施覆盖率')).toEqual([]);
  });

  it('the printed 2020 city total, 215 of 253 communities, is itself just below 85%: an error on 全市合计', () => {
    const printed = fzLevel('全市合计', '城市居家和社区养老服务设施', 2020);
    const s = sheetOf('fz-facilities').fill('全市合计', URBAN(2020), printed);
    const fs = check(s, '2021-01-01');
    expect(atCell(fs, s.address('全市合计', URBAN(2020)))).toEqual([]);
    expect(only(fs, s.address('全市合计', URBAN_COVERAGE(2020)))).toMatchObject({ severity: 'error', ruleId: 'ratio.city', expected: 0.85 });
  });

  it('blank document cells (东临新区 社区数) give no ratio finding, whatever is entered', () => {
    const s = sheetOf('fz-facilities');
    expect(s.get('东临新区', '社区数（个）')).toBeNull();
    for (const y of [2019, 2020, 2021]) s.fill('东临新区', URBAN(y), 1);
    const fs = check(s, '2022-01-01');
    for (const y of [2019, 2020, 2021]) expect(atCell(fs, s.address('东临新区', URBAN_COVERAGE(y)))).toEqual([]);
  });

  it('a 社区数 retyped on the sheet does not change the coverage: it is measured against the document’s figure', () => {
    const s = sheetOf('fz-facilities').fill('东乡区', URBAN(2020), 14).fill('东乡区', '社区数（个）', 14);
    const f = only(check(s, '2021-01-01'), s.address('东乡区', URBAN_COVERAGE(2020)));
    expect(f).toMatchObject({ ruleId: 'ratio.county' });
    expect(f.actual).toBeCloseTo(14 / fzGiven('东乡区', '社区数'), 12);
  });

  it('before 2020 has ended 东乡区’s 2020 coverage is information that it is not yet due', () => {
    const s = sheetOf('fz-facilities').fill('东乡区', URBAN(2020), 14);
    expect(only(check(s, '2020-12-31'), s.address('东乡区', URBAN_COVERAGE(2020)))).toMatchObject({ severity: 'info', ruleId: 'ratio.notYetDue', expected: 0.85 });
  });
});
