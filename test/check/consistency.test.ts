/**
 * Figures that must agree with each other on one sheet: the total row and the county rows, a part
 * and its whole, a computed cell and the inputs it is computed from, and a formula typed into an
 * input cell, worked out from the sheet when it was saved without its value.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { allocation } from '../../src/rules/plans/allocation';
import { atCell, byRule, sheetOf, type Sheet } from './sheet';

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}

const beds = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const slots = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '托位', year }).value;
const DONE = (y: number) => `${y}年实际新增改造（张）`;
const BEDS = (y: number) => `${y}年末养老床位数（张）`;
const NURSING = (y: number) => `${y}年末护理型床位数（张）`;
const ELDERLY = (y: number) => `${y}年末老年人口（人）`;
const PER_1000 = (y: number) => `${y}年每千名老人床位数（张）`;
const NURSING_SHARE = (y: number) => `${y}年护理型床位占比`;
const SLOTS = (y: number) => `${y}年末托位数（个）`;
const INCLUSIVE = (y: number) => `${y}年末普惠性托位数（个）`;

/** Every county row of a county sheet (not the total). */
const countiesOf = (s: Sheet): string[] => s.table().rows.filter((r) => !r.total).map((r) => r.labels[0]!);

/** A 养老床位分解表 where every county did exactly its 2021 task. */
function bedsAtTask(): Sheet {
  const s = sheetOf('gz-beds');
  for (const county of countiesOf(s)) s.fill(county, DONE(2021), beds(county, 2021));
  return s;
}

describe('the total row is the county rows added up (consistency.total)', () => {
  it('全市总计 equal to the 20 county rows gives no finding', () => {
    const s = bedsAtTask();
    const sum = countiesOf(s).reduce((n, c) => n + beds(c, 2021), 0);
    s.fill('全市总计', DONE(2021), sum);
    expect(byRule(check(s, '2022-01-01'), 'consistency.total')).toEqual([]);
    expect(atCell(check(s, '2022-01-01'), s.address('全市总计', DONE(2021)))).toEqual([]);
  });

  it('全市总计 one more than the county rows is an error at the total, with the sum expected', () => {
    const s = bedsAtTask();
    const sum = countiesOf(s).reduce((n, c) => n + beds(c, 2021), 0);
    s.fill('全市总计', DONE(2021), sum + 1);
    const f = only(check(s, '2022-01-01'), s.address('全市总计', DONE(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'consistency.total', county: '全市总计', measure: '新增改造床位', year: 2021, expected: sum, actual: sum + 1, gap: 1 });
    expect(f.message.zh).toContain(String(sum));
  });

  it('with one county left blank the rows cannot be added up, so the total is not compared', () => {
    const s = bedsAtTask().fill('于都县', DONE(2021), null).fill('全市总计', DONE(2021), 1);
    expect(byRule(check(s, '2022-01-01'), 'consistency.total')).toEqual([]);
  });

  it('抚州 全市合计 urban facilities are compared with the rows that have a document figure', () => {
    const URBAN19 = '2019年末城市居家和社区养老服务设施实有（个）';
    const s = sheetOf('fz-facilities');
    let sum = 0;
    for (const county of countiesOf(s)) {
      if (s.get(county, '2019年城市居家和社区养老服务设施增至（个）') === null) continue;
      const level = allocation({ city: '抚州', county, measure: '城市居家和社区养老服务设施', year: 2019 }).value;
      s.fill(county, URBAN19, level);
      sum += level;
    }
    expect(sum).toBe(allocation({ city: '抚州', county: '全市合计', measure: '城市居家和社区养老服务设施', year: 2019 }).value);
    s.fill('全市合计', URBAN19, sum + 5);
    expect(only(check(s, '2020-01-01'), s.address('全市合计', URBAN19))).toMatchObject({ ruleId: 'consistency.total', expected: sum, actual: sum + 5 });
  });

  it('托位 2023: every county at its target adds up to 34187, one more than the printed total 34186 entered for the city', () => {
    const s = sheetOf('gz-slots');
    for (const county of countiesOf(s)) s.fill(county, SLOTS(2023), slots(county, 2023));
    const printed = slots('全市总计', 2023);
    const sum = countiesOf(s).reduce((n, c) => n + slots(c, 2023), 0);
    expect(sum - printed).toBe(1);
    s.fill('全市总计', SLOTS(2023), printed);
    const f = only(check(s, '2024-01-01'), s.address('全市总计', SLOTS(2023)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'consistency.total', expected: sum, actual: printed, gap: 1 });
  });
});

describe('a part is no more than its whole (consistency.part)', () => {
  it('于都县 with more nursing-type beds than beds at the end of 2022 is an error at the nursing-type cell', () => {
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2022), 6400).fill('于都县', NURSING(2022), 6401);
    const f = only(check(s, '2023-01-01'), s.address('于都县', NURSING(2022)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'consistency.part', county: '于都县', measure: '年末护理型床位数', year: 2022, expected: 6400, actual: 6401, gap: 1 });
    expect(f.message.zh).toContain('年末养老床位数');
  });

  it('as many nursing-type beds as beds is fine', () => {
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2022), 6400).fill('于都县', NURSING(2022), 6400);
    expect(byRule(check(s, '2023-01-01'), 'consistency.part')).toEqual([]);
  });

  it('于都县 with more inclusive slots than slots is an error; equal is fine', () => {
    const s = sheetOf('gz-slots').fill('于都县', SLOTS(2023), 3030).fill('于都县', INCLUSIVE(2023), 3031);
    expect(only(check(s, '2024-01-01'), s.address('于都县', INCLUSIVE(2023)))).toMatchObject({ severity: 'error', ruleId: 'consistency.part', measure: '普惠性托位', expected: 3030, actual: 3031, gap: 1 });
    s.fill('于都县', INCLUSIVE(2023), 3030);
    expect(byRule(check(s, '2024-01-01'), 'consistency.part')).toEqual([]);
  });

  it('抚州 其中护理型 above 新增床位 in the same year is an error', () => {
    const s = sheetOf('fz-facilities').fill('临川区', '2020年实际新增床位（张）', 150).fill('临川区', '2020年实际新增护理型床位（张）', 151);
    const parts = byRule(check(s, '2020-06-30'), 'consistency.part');
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ cell: s.address('临川区', '2020年实际新增护理型床位（张）'), severity: 'error', county: '临川区', measure: '新增护理型床位', year: 2020, expected: 150, actual: 151, gap: 1 });
  });
});

describe('a computed cell shows what its inputs give (computed.mismatch)', () => {
  const filled = (): Sheet => sheetOf('gz-beds').fill('于都县', BEDS(2021), 6390).fill('于都县', NURSING(2021), 2300).fill('于都县', ELDERLY(2021), 141_000);

  it('a per-1000 cell saved showing 50 where its inputs give 45.32 is an error', () => {
    const s = filled().setCached('于都县', PER_1000(2021), 50);
    const f = only(check(s, '2022-01-01'), s.address('于都县', PER_1000(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'computed.mismatch', county: '于都县', measure: '每千名老人床位数', year: 2021, actual: 50 });
    expect(f.expected).toBeCloseTo((6390 / 141_000) * 1000, 9);
    expect(f.message.zh).toContain('45.32');
  });

  it('the same cell saved without a cached value gives no finding: it is recomputed', () => {
    const s = filled();
    expect(s.get('于都县', PER_1000(2021))).toMatchObject({ t: 'formula', cached: null });
    expect(byRule(check(s, '2022-01-01'), 'computed.mismatch')).toEqual([]);
  });

  it('cached values that agree with the inputs give no finding', () => {
    const s = filled().setCached('于都县', PER_1000(2021), (6390 / 141_000) * 1000).setCached('于都县', NURSING_SHARE(2021), 2300 / 6390);
    expect(byRule(check(s, '2022-01-01'), 'computed.mismatch')).toEqual([]);
    expect(byRule(check(filled().recalculate(), '2022-01-01'), 'computed.mismatch')).toEqual([]);
  });

  it('a computed cell cleared of its formula, showing nothing where its inputs give 45.32, is an error', () => {
    const s = filled().fill('于都县', PER_1000(2021), undefined);
    const f = only(check(s, '2022-01-01'), s.address('于都县', PER_1000(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'computed.mismatch', actual: null });
    expect(f.expected).toBeCloseTo((6390 / 141_000) * 1000, 9);
  });

  it('a computed cell typed over with its right figure in a date format is compared by the number it holds: no finding', () => {
    const s = filled().fill('于都县', NURSING_SHARE(2021), { t: 'date', serial: 2300 / 6390 });
    expect(atCell(check(s, '2022-01-01'), s.address('于都县', NURSING_SHARE(2021)))).toEqual([]);
  });

  it('a computed cell typed over with a number is compared like a cached one', () => {
    const s = filled().fill('于都县', NURSING_SHARE(2021), 0.5);
    const f = only(check(s, '2022-01-01'), s.address('于都县', NURSING_SHARE(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'computed.mismatch', actual: 0.5 });
    expect(f.expected).toBeCloseTo(2300 / 6390, 12);
  });
});

describe('a formula typed into an input cell', () => {
  it('全市总计 holding =SUM(...) over the county rows, saved without its value, is worked out from them', () => {
    const s = bedsAtTask().fill('于都县', DONE(2021), beds('于都县', 2021) - 1);
    const counties = countiesOf(s);
    const range = `${s.address(counties[0]!, DONE(2021))}:${s.address(counties[counties.length - 1]!, DONE(2021))}`;
    s.fill('全市总计', DONE(2021), { t: 'formula', formula: `SUM(${range})`, cached: null });
    const printed = beds('全市总计', 2021);
    const fs = check(s, '2022-01-01');
    expect(only(fs, s.address('全市总计', DONE(2021)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', expected: printed, actual: printed - 1, gap: 1 });
    expect(byRule(fs, 'input.formulaNoValue')).toEqual([]);
    expect(byRule(fs, 'consistency.total')).toEqual([]);
  });

  it('于都县 2022 holding =(its 2021 cell)+10, saved without its value, counts as 2021 plus 10', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), 200);
    s.fill('于都县', DONE(2022), { t: 'formula', formula: `${s.address('于都县', DONE(2021))}+10`, cached: null });
    const f = only(check(s, '2023-01-01'), s.address('于都县', DONE(2022)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', expected: t21 + t22, actual: 200 + 210, gap: t21 + t22 - 410 });
  });

  it('a formula saved with its value is read by that value', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), { t: 'formula', formula: 'ROUND(289.2,0)', cached: beds('于都县', 2021) });
    expect(atCell(check(s, '2022-01-01'), s.address('于都县', DONE(2021)))).toEqual([]);
  });

  it('a formula saved with the value 0 is read as 0, even one the checker could not work out itself', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), { t: 'formula', formula: 'VLOOKUP("于都县",A1:B2,2,FALSE)', cached: 0 });
    const fs = check(s, '2022-01-01');
    expect(only(fs, s.address('于都县', DONE(2021)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', actual: 0, gap: beds('于都县', 2021) });
  });

  it('an unsupported formula saved without its value is input.formulaNoValue, never 0', () => {
    const [t21, t23] = [beds('于都县', 2021), beds('于都县', 2023)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('于都县', DONE(2023), t23);
    s.fill('于都县', DONE(2022), { t: 'formula', formula: `ROUND(${s.address('于都县', DONE(2021))}*0.94,0)`, cached: null });
    const fs = check(s, '2024-01-01');
    const f = only(fs, s.address('于都县', DONE(2022)));
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'input.formulaNoValue', county: '于都县', year: 2022 });
    expect(f.message.zh).toContain('ROUND(');
    // Read as 0 it would leave 2022 and 2023 short by the whole 2022 task; unknown, 2023 is not judged, and says so.
    expect(atCell(fs, s.address('于都县', DONE(2023))).map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['task.notJudged info']);
    expect(fs.filter((x) => x.county === '于都县' && x.ruleId.startsWith('task.') && x.severity !== 'info')).toEqual([]);
  });
});

describe('the documents’ own figures on the sheet', () => {
  it('a task typed over on the sheet is a warning, and 于都县 is still checked against the document’s 2022 task', () => {
    const s = sheetOf('gz-beds')
      .fill('于都县', '2022年新增改造任务（张）', 1)
      .fill('于都县', '2021年实际新增改造（张）', beds('于都县', 2021))
      .fill('于都县', '2022年实际新增改造（张）', 1);
    const fs = check(s, '2023-01-01');
    expect(only(fs, s.address('于都县', '2022年新增改造任务（张）'))).toMatchObject({ ruleId: 'document.changed', severity: 'warning', expected: beds('于都县', 2022), actual: 1 });
    expect(only(fs, s.address('于都县', '2022年实际新增改造（张）'))).toMatchObject({ ruleId: 'task.cumulative', severity: 'error', expected: beds('于都县', 2021) + beds('于都县', 2022) });
  });

  it('a total row written 合计 instead of 全市总计 is still the total row', () => {
    const s = sheetOf('gz-slots').renameRow('全市总计', '合计').fill('合计', '2021年末托位数（个）', 1);
    const fs = check(s, '2022-01-01');
    expect(byRule(fs, 'sheet.missingRow')).toEqual([]);
    expect(only(fs, s.address('合计', '2021年末托位数（个）'))).toMatchObject({ ruleId: 'level.target', county: '全市总计', expected: slots('全市总计', 2021) });
  });
});
