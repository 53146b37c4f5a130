/**
 * Yearly tasks (非累计): 赣州 新增改造床位 and 抚州 新增嵌入式养护院 / 新增床位 / 其中护理型. Each year's
 * task is that year's own figure; a county meets year Y when what it did from the first year
 * through Y reaches those years' tasks added up, checked once Y has ended.
 */
import { parseA1 } from '../../src/check/grid';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { allocation } from '../../src/rules/plans/allocation';
import { atCell, sheetOf, type Sheet } from './sheet';

const beds = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const fz = (county: string, measure: string, year: number): number => allocation({ city: '抚州', county, measure, year }).value;

/** 赣州 养老床位分解表 headers, as the sheet prints them. */
const DONE = (y: number) => `${y}年实际新增改造（张）`;
const TASK = (y: number) => `${y}年新增改造任务（张）`;
/** 抚州 设施任务分解表 headers. */
const HOMES = (y: number) => `${y}年实际新增嵌入式养护院（个）`;
const NEW_BEDS = (y: number) => `${y}年实际新增床位（张）`;
const NURSING = (y: number) => `${y}年实际新增护理型床位（张）`;

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
/** The findings of one county (the row's own cells). */
const of = (fs: readonly Finding[], county: string): Finding[] => fs.filter((f) => f.county === county);
/** The one finding at a cell, failing if there is none or more than one. */
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}

describe('赣州 新增改造床位: a year is met once the running total reaches the tasks so far', () => {
  it('于都县 that added 289 new or renovated beds in 2021 meets its 2021 task once 2021 has ended', () => {
    const task = beds('于都县', 2021);
    expect(task).toBe(289);
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), task);
    const fs = check(s, '2022-01-01');
    expect(atCell(fs, s.address('于都县', DONE(2021)))).toEqual([]);
    expect(of(fs, '于都县')).toEqual([]);
  });

  it('于都县 one bed short of its 2021 task is an error, with the task, what was done and the gap', () => {
    const task = beds('于都县', 2021);
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), task - 1);
    const f = only(check(s, '2022-01-01'), s.address('于都县', DONE(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', county: '于都县', measure: '新增改造床位', year: 2021, expected: task, actual: task - 1, gap: 1 });
    expect(f.citation?.document).toBe('赣市府字〔2022〕94号');
    expect(f.message.zh).toContain('非累计');
  });

  it('the template shows 于都县’s 2021 task as the document prints it', () => {
    const s = sheetOf('gz-beds');
    expect(s.get('于都县', TASK(2021))).toBe(beds('于都县', 2021));
    expect(s.get('全市总计', TASK(2021))).toBe(allocation({ city: '赣州', county: '全市总计', measure: '新增改造床位', year: 2021 }).value);
  });

  it('2021 and 2022 each exactly at their tasks meet 2022; one bed short in 2022 is an error for the two years’ sum', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const met = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('于都县', DONE(2022), t22);
    expect(of(check(met, '2023-01-01'), '于都县')).toEqual([]);

    const short = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('于都县', DONE(2022), t22 - 1);
    const fs = of(check(short, '2023-01-01'), '于都县');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: short.address('于都县', DONE(2022)), severity: 'error', ruleId: 'task.cumulative', year: 2022, expected: t21 + t22, actual: t21 + t22 - 1, gap: 1 });
  });

  it('before 2022-12-31 has passed the 2022 task is information with the gap so far; from 2023-01-01 it is an error', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('于都县', DONE(2022), t22 - 100);
    const cell = s.address('于都县', DONE(2022));
    const before = only(check(s, '2022-12-31'), cell);
    expect(before).toMatchObject({ severity: 'info', ruleId: 'task.notYetDue', year: 2022, expected: t21 + t22, actual: t21 + t22 - 100, gap: 100 });
    expect(before.message.zh).toContain('尚未到期');
    expect(before.message.zh).toContain('2022-12-31');
    const after = only(check(s, '2023-01-01'), cell);
    expect(after).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', year: 2022, gap: 100 });
  });

  it('before 2022 has ended, 于都县 at or beyond its running total so far gives no finding at all', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    for (const extra of [0, 5]) {
      const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('于都县', DONE(2022), t22 + extra);
      expect(of(check(s, '2022-12-31'), '于都县'), `2022 at its task + ${extra}`).toEqual([]);
    }
  });

  it('with the 2021 column removed the running total cannot be known: 2022 is not called short by a sum without 2021', () => {
    const t22 = beds('于都县', 2022);
    const s = sheetOf('gz-beds').fill('于都县', DONE(2022), t22 - 1).removeColumn(DONE(2021));
    const fs = check(s, '2023-01-01');
    expect(fs.filter((f) => f.ruleId === 'sheet.missingColumn').map((f) => f.year)).toEqual([2021]);
    expect(atCell(fs, s.address('于都县', DONE(2022)))).toEqual([]);
  });

  it('the 2021 task falls due on 2022-01-01, not on 2021-12-31', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), 10);
    const cell = s.address('于都县', DONE(2021));
    expect(only(check(s, '2021-12-31'), cell)).toMatchObject({ severity: 'info', ruleId: 'task.notYetDue', gap: beds('于都县', 2021) - 10 });
    expect(only(check(s, '2022-01-01'), cell)).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', gap: beds('于都县', 2021) - 10 });
  });

  it('a 2022 shortfall carried into 2023 and made up there leaves 2023 met and 2022 an error', () => {
    const [t21, t22, t23] = [2021, 2022, 2023].map((y) => beds('于都县', y)) as [number, number, number];
    const s = sheetOf('gz-beds')
      .fill('于都县', DONE(2021), t21)
      .fill('于都县', DONE(2022), t22 - 30)
      .fill('于都县', DONE(2023), t23 + 30);
    const fs = check(s, '2024-01-01');
    expect(only(fs, s.address('于都县', DONE(2022)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', year: 2022, expected: t21 + t22, actual: t21 + t22 - 30, gap: 30 });
    expect(atCell(fs, s.address('于都县', DONE(2023)))).toEqual([]);
    expect(of(fs, '于都县')).toHaveLength(1);
  });

  it('a surplus in 2021 carries forward: 2022 below its own task is a warning, not an error', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21 + 20).fill('于都县', DONE(2022), t22 - 20);
    const f = only(check(s, '2023-01-01'), s.address('于都县', DONE(2022)));
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'task.year', county: '于都县', year: 2022, expected: t22, actual: t22 - 20, gap: 20 });
    expect(f.message.zh).toContain('结转');
  });

  it('a 2021 surplus one bed smaller than the 2022 shortfall leaves 2022 an error by one bed', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21 + 20).fill('于都县', DONE(2022), t22 - 21);
    expect(only(check(s, '2023-01-01'), s.address('于都县', DONE(2022)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', gap: 1 });
  });

  it('a 2021 left blank after it fell due is a warning to fill it in, with the task expected', () => {
    const s = sheetOf('gz-beds');
    const f = only(check(s, '2022-01-01'), s.address('于都县', DONE(2021)));
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', county: '于都县', measure: '新增改造床位', year: 2021, expected: beds('于都县', 2021), actual: null });
    expect(f.message.zh).toContain('空白不算完成');
  });

  it('a blank 2021 is never counted as met: 2022 done exactly at its own task is still short by the whole 2021 task', () => {
    const [t21, t22] = [beds('于都县', 2021), beds('于都县', 2022)];
    const s = sheetOf('gz-beds').fill('于都县', DONE(2022), t22);
    const fs = check(s, '2023-01-01');
    expect(only(fs, s.address('于都县', DONE(2021))).ruleId).toBe('input.notFilled');
    const f = only(fs, s.address('于都县', DONE(2022)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', expected: t21 + t22, actual: t22, gap: t21 });
    expect(f.message.zh).toContain('2021 年未填报，按 0 计');
  });

  it('a blank year not yet due gives no finding at all', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), beds('于都县', 2021));
    const fs = check(s, '2022-12-31');
    for (const y of [2022, 2023, 2024, 2025]) expect(atCell(fs, s.address('于都县', DONE(y)))).toEqual([]);
    expect(of(fs, '于都县')).toEqual([]);
  });

  it('全市总计 is checked against the printed total: one short of 2761 in 2021 is an error, the printed figure meets it', () => {
    const printed = allocation({ city: '赣州', county: '全市总计', measure: '新增改造床位', year: 2021 }).value;
    const short = sheetOf('gz-beds').fill('全市总计', DONE(2021), printed - 1);
    const f = only(check(short, '2022-01-01'), short.address('全市总计', DONE(2021)));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', county: '全市总计', expected: printed, actual: printed - 1, gap: 1 });
    const met = sheetOf('gz-beds').fill('全市总计', DONE(2021), printed);
    expect(atCell(check(met, '2022-01-01'), met.address('全市总计', DONE(2021)))).toEqual([]);
  });

  it('于都县’s own form (careplan:gz-beds:yudu) has only its row and is checked the same', () => {
    const s = sheetOf('gz-beds', { county: '于都县' });
    // Its one row is 于都县's, under 县（市、区）, with the years running down the rows below it.
    expect(s.template.tables[0]!.rows.map((r) => r.county)).toEqual(['于都县']);
    const key = parseA1(s.layout.address({ table: 'main', row: 'yudu', col: 'county' }));
    expect([s.grid.rows[key.r - 1]![key.c], s.grid.rows[key.r]![key.c]]).toEqual(['县（市、区）', '于都县']);
    s.fill('于都县', DONE(2021), beds('于都县', 2021) - 5);
    const report = checkSheet(s.grid, '2022-01-01');
    expect(report.template).toBe('gz-beds');
    expect(report.county).toBe('于都县');
    expect(report.findings.map((f) => f.county)).toEqual(report.findings.map(() => '于都县'));
    expect(report.findings.filter((f) => f.ruleId.startsWith('sheet.'))).toEqual([]);
    expect(only(report.findings, s.address('于都县', DONE(2021)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', gap: 5 });
  });
});

describe('抚州 新增嵌入式养护院, 新增床位 and 其中护理型 are yearly tasks too', () => {
  it('临川区 that added exactly its 2019 embedded care homes meets 2019; one fewer is an error', () => {
    const t19 = fz('临川区', '嵌入式养护院', 2019);
    const met = sheetOf('fz-facilities').fill('临川区', HOMES(2019), t19);
    expect(atCell(check(met, '2020-01-01'), met.address('临川区', HOMES(2019)))).toEqual([]);
    const short = sheetOf('fz-facilities').fill('临川区', HOMES(2019), t19 - 1);
    expect(only(check(short, '2020-01-01'), short.address('临川区', HOMES(2019)))).toMatchObject({
      severity: 'error',
      ruleId: 'task.cumulative',
      county: '临川区',
      measure: '嵌入式养护院',
      year: 2019,
      expected: t19,
      actual: t19 - 1,
      gap: 1,
    });
  });

  it('临川区 with two homes beyond its 2019 task may build two fewer in 2020: a warning, not an error', () => {
    const [t19, t20] = [fz('临川区', '嵌入式养护院', 2019), fz('临川区', '嵌入式养护院', 2020)];
    const s = sheetOf('fz-facilities').fill('临川区', HOMES(2019), t19 + 2).fill('临川区', HOMES(2020), t20 - 2);
    expect(only(check(s, '2021-01-01'), s.address('临川区', HOMES(2020)))).toMatchObject({ severity: 'warning', ruleId: 'task.year', expected: t20, actual: t20 - 2, gap: 2 });
  });

  it('东乡区 新增床位 for 2020 short is information on 2020-12-31 and an error on 2021-01-01', () => {
    const [t19, t20] = [fz('东乡区', '新增床位', 2019), fz('东乡区', '新增床位', 2020)];
    const s = sheetOf('fz-facilities').fill('东乡区', NEW_BEDS(2019), t19).fill('东乡区', NEW_BEDS(2020), t20 - 50);
    const cell = s.address('东乡区', NEW_BEDS(2020));
    expect(only(check(s, '2020-12-31'), cell)).toMatchObject({ severity: 'info', ruleId: 'task.notYetDue', measure: '新增床位', year: 2020, expected: t19 + t20, gap: 50 });
    expect(only(check(s, '2021-01-01'), cell)).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', measure: '新增床位', year: 2020, expected: t19 + t20, gap: 50 });
  });

  it('东乡区 其中护理型 is a task of its own: its 2019 task met exactly gives nothing, one short an error', () => {
    const [b19, n19] = [fz('东乡区', '新增床位', 2019), fz('东乡区', '新增护理型床位', 2019)];
    const s = sheetOf('fz-facilities').fill('东乡区', NEW_BEDS(2019), b19).fill('东乡区', NURSING(2019), n19);
    expect(atCell(check(s, '2020-01-01'), s.address('东乡区', NURSING(2019)))).toEqual([]);
    s.fill('东乡区', NURSING(2019), n19 - 1);
    expect(only(check(s, '2020-01-01'), s.address('东乡区', NURSING(2019)))).toMatchObject({ severity: 'error', ruleId: 'task.cumulative', measure: '新增护理型床位', expected: n19, actual: n19 - 1, gap: 1 });
  });

  it('a blank 2019 新增床位 for 南城县 is a warning once 2019 has ended and nothing before', () => {
    const s = sheetOf('fz-facilities');
    const cell = s.address('南城县', NEW_BEDS(2019));
    expect(atCell(check(s, '2019-12-31'), cell)).toEqual([]);
    expect(only(check(s, '2020-01-01'), cell)).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', expected: fz('南城县', '新增床位', 2019) });
  });

  it('市本级 has no 2019 new-beds target: an entry there gives no finding, never a comparison with 0', () => {
    expect(() => fz('市本级', '新增床位', 2019)).toThrow();
    const s = sheetOf('fz-facilities');
    expect(s.get('市本级', '2019年新增床位任务（张）')).toBeNull();
    s.fill('市本级', NEW_BEDS(2019), 50).fill('市本级', NURSING(2019), 20);
    const fs = check(s, '2020-01-01');
    expect(atCell(fs, s.address('市本级', NEW_BEDS(2019)))).toEqual([]);
    expect(atCell(fs, s.address('市本级', NURSING(2019)))).toEqual([]);
  });

  it('市本级’s unreadable 2019 嵌入式养护院 leaves no later year “not judged”: the document sets it no task in any year', () => {
    const s = sheetOf('fz-facilities').fill('市本级', HOMES(2019), '两个').fill('市本级', HOMES(2020), 1);
    const fs = check(s, '2022-01-01');
    expect(atCell(fs, s.address('市本级', HOMES(2019))).map((f) => f.ruleId)).toEqual(['input.invalid']);
    expect(atCell(fs, s.address('市本级', HOMES(2020)))).toEqual([]);
  });

  it('市本级 left blank in 2019, where the document sets nothing, is not asked to fill it in', () => {
    const s = sheetOf('fz-facilities');
    const fs = check(s, '2020-01-01');
    expect(atCell(fs, s.address('市本级', NEW_BEDS(2019)))).toEqual([]);
    expect(atCell(fs, s.address('市本级', HOMES(2019)))).toEqual([]);
    // …while its 2020 new beds, which the document does set, are asked for once 2020 has ended.
    expect(only(check(s, '2021-01-01'), s.address('市本级', NEW_BEDS(2020)))).toMatchObject({ ruleId: 'input.notFilled', expected: fz('市本级', '新增床位', 2020) });
  });

  it('市本级’s 2020 new beds exactly at the 2020 task meet it, the blank 2019 owing nothing', () => {
    const s = sheetOf('fz-facilities').fill('市本级', NEW_BEDS(2020), fz('市本级', '新增床位', 2020));
    expect(of(check(s, '2021-01-01'), '市本级').filter((f) => f.measure === '新增床位')).toEqual([]);
  });
});
