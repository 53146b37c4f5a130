/**
 * What an input cell accepts, and what it refuses (input.invalid): each refusal says what was found
 * and what is accepted, and a refused figure is never counted toward a target.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Cell } from '../../src/check/grid';
import type { Finding } from '../../src/check/finding';
import { serialOf } from '../../src/rules/core/dates';
import { allocation } from '../../src/rules/plans/allocation';
import { atCell, byRule, sheetOf, type Sheet } from './sheet';

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}

const DONE = (y: number) => `${y}年实际新增改造（张）`;
const t21 = allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year: 2021 }).value;

/** The finding for 于都县’s 2021 beds holding `value`, checked after 2021 has ended. */
function refusal(value: Cell): Finding {
  const s = sheetOf('gz-beds').fill('于都县', DONE(2021), value);
  const fs = check(s, '2022-01-01');
  const f = only(fs, s.address('于都县', DONE(2021)));
  expect(f).toMatchObject({ severity: 'error', ruleId: 'input.invalid', county: '于都县', measure: '新增改造床位', year: 2021 });
  // Refused, the figure is not compared with the task: no task finding anywhere in the row.
  expect(fs.filter((x) => x.county === '于都县' && x.ruleId.startsWith('task.'))).toEqual([]);
  return f;
}

describe('a count of beds (整数, 0 or more)', () => {
  it('a negative count is refused, saying 0 or more is accepted', () => {
    const f = refusal(-5);
    expect(f.message.zh).toContain('不能为负数');
    expect(f.message.zh).toContain('-5');
    expect(f.message.en).toContain('Accepted: 0 or more');
  });

  it('text in words (一百) is refused, naming the text and what is accepted', () => {
    const f = refusal('一百');
    expect(f.message.zh).toContain('“一百”');
    expect(f.message.zh).toContain('可接受：不小于 0 的整数');
    expect(f.message.en).toContain('Accepted: a whole number, 0 or more');
  });

  it('words around a number (“120张”) are refused, saying what is accepted', () => {
    const f = refusal('120张');
    expect(f.message.zh).toContain('120张');
    expect(f.message.zh).toContain('可接受');
  });

  it('a date in a number cell is refused, showing the date it holds', () => {
    const f = refusal({ t: 'date', serial: serialOf('2021-12-31') });
    expect(f.message.zh).toContain('2021-12-31');
    expect(f.message.zh).toContain('日期');
    expect(f.message.zh).toContain('可接受：不小于 0 的整数');
  });

  it('a fraction of a bed (12.5) is refused: beds are counted whole', () => {
    const f = refusal(12.5);
    expect(f.message.zh).toContain('应为整数');
    expect(f.message.zh).toContain('12.5');
  });

  it('a boolean (TRUE) is refused, naming what is accepted', () => {
    const f = refusal(true);
    expect(f.message.zh).toContain('true');
    expect(f.message.zh).toContain('可接受：不小于 0 的整数');
  });

  it('an error value (#DIV/0!) is refused, naming the error', () => {
    expect(refusal({ t: 'error', code: '#DIV/0!' }).message.zh).toContain('#DIV/0!');
  });

  it('a formula whose saved value is an error is refused the same way', () => {
    expect(refusal({ t: 'formula', formula: 'E9/0', cached: { t: 'error', code: '#DIV/0!' } }).message.zh).toContain('#DIV/0!');
  });

  it('a number stored as a number, 0 included, is accepted', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), t21).fill('章贡区', DONE(2021), 0);
    const fs = check(s, '2022-01-01');
    expect(byRule(fs, 'input.invalid')).toEqual([]);
    expect(only(fs, s.address('章贡区', DONE(2021)))).toMatchObject({ ruleId: 'task.cumulative', actual: 0 });
  });

  it('a number past the largest double (1E+400 in a file’s <v>, read as Infinity) is refused as no finite number', () => {
    expect(refusal(Infinity).message.zh).toContain('应为有限的数字');
  });

  it('a cell of spaces is blank, not text', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), '   ');
    expect(only(check(s, '2022-01-01'), s.address('于都县', DONE(2021))).ruleId).toBe('input.notFilled');
  });

  it('an invalid entry is refused whether or not its year is due', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2025), -1);
    expect(only(check(s, '2022-01-01'), s.address('于都县', DONE(2025)))).toMatchObject({ ruleId: 'input.invalid', year: 2025 });
  });

  it('an invalid 2021 leaves the later running totals unknown rather than counting it as 0, and 2022 says it could not be judged', () => {
    const t22 = allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year: 2022 }).value;
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), '二百八十九').fill('于都县', DONE(2022), t22);
    const fs = check(s, '2023-01-01');
    expect(atCell(fs, s.address('于都县', DONE(2022))).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['task.notJudged info']);
  });
});

describe('a share on an indicator sheet (0 to 1, or a percentage)', () => {
  const ROW = ['护理型养老床位占比', '2025'] as const;

  it('22 where 22% was meant is refused, and the message suggests 0.22', () => {
    const s = sheetOf('gz-indicators').fill(ROW, '实际值', 22);
    const f = only(check(s, '2026-01-01'), s.address(ROW, '实际值'));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'input.invalid', county: null, measure: '护理型养老床位占比', year: 2025 });
    expect(f.message.zh).toContain('请填 0.22');
    expect(f.message.en).toContain('enter 0.22');
  });

  it('0.22 is accepted and compared with the target', () => {
    const s = sheetOf('gz-indicators').fill(ROW, '实际值', 0.22);
    const f = only(check(s, '2026-01-01'), s.address(ROW, '实际值'));
    expect(f.ruleId).toBe('indicator.target');
    expect(f.actual).toBe(0.22);
  });

  it('a negative share is refused', () => {
    const s = sheetOf('gz-indicators').fill(ROW, '实际值', -0.1);
    expect(only(check(s, '2026-01-01'), s.address(ROW, '实际值'))).toMatchObject({ ruleId: 'input.invalid' });
  });

  it('text in a share cell names the fraction or percentage as what is accepted', () => {
    const s = sheetOf('gz-indicators').fill(ROW, '实际值', '六成');
    const f = only(check(s, '2026-01-01'), s.address(ROW, '实际值'));
    expect(f.ruleId).toBe('input.invalid');
    expect(f.message.zh).toContain('0 到 1 之间的小数或百分比');
  });

  it('a count indicator refuses a fraction (赣州 骨干养老企业数量 36.5)', () => {
    const row = ['骨干养老企业数量', '2025'] as const;
    const s = sheetOf('gz-indicators').fill(row, '实际值', 36.5);
    expect(only(check(s, '2026-01-01'), s.address(row, '实际值'))).toMatchObject({ ruleId: 'input.invalid' });
  });
});
