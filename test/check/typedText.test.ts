/**
 * Figures as county staff type them: a number stored as text (with thousands separators, full-width
 * digits or spaces) or a share typed as 60% is read as that number, with a warning that says so,
 * and counts in every check; words around a figure (150张, 约300) are no number, and the running
 * total's later years say they could not be judged.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { allocation } from '../../src/rules/plans/allocation';
import { target } from '../../src/rules/plans/target';
import { atCell, sheetOf } from './sheet';

const beds = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const DONE = (y: number) => `${y}年实际新增改造（张）`;
const BEDS = (y: number) => `${y}年末养老床位数（张）`;
const NURSING = (y: number) => `${y}年末护理型床位数（张）`;
const rules = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.ruleId} ${f.severity}`);

describe('赣州 养老床位分解表: numbers typed as text are read, with a warning', () => {
  it('于都县’s 2021 新增改造 typed as the text “289” meets its 2021 task of 289, with a warning that it is text', () => {
    expect(beds('于都县', 2021)).toBe(289);
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), '289');
    const at = atCell(checkSheet(s.grid, '2022-01-01').findings, s.address('于都县', DONE(2021)));
    expect(rules(at)).toEqual(['input.textNumber warning']);
    expect(at[0]!.actual).toBe(289);
    expect(at[0]!.message.zh).toContain('以文本形式存储的数字');
  });

  it('“6,390” beds, “７,０００” nursing-type beds in full-width digits and “ 288 ” with spaces are read as 6390, 7000 and 288, and checked as such', () => {
    const task = beds('于都县', 2021);
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2021), '6,390').fill('于都县', NURSING(2021), '７,０００').fill('于都县', DONE(2021), ` ${task - 1} `);
    const fs = checkSheet(s.grid, '2022-01-01').findings;
    // 7000 nursing-type beds of 6390 beds: the part exceeds the whole, which only a read 7000 can show.
    expect(rules(atCell(fs, s.address('于都县', NURSING(2021))))).toEqual(['consistency.part error', 'input.textNumber warning']);
    expect(rules(atCell(fs, s.address('于都县', BEDS(2021))))).toEqual(['input.textNumber warning']);
    const done = atCell(fs, s.address('于都县', DONE(2021)));
    expect(rules(done)).toEqual(['task.cumulative error', 'input.textNumber warning']);
    expect(done[0]).toMatchObject({ expected: task, actual: task - 1, gap: 1 });
  });

  it('“150张” and “约300” are not numbers: errors, and the later years of the running total say they could not be judged', () => {
    for (const typed of ['150张', '约300']) {
      const s = sheetOf('gz-beds').fill('于都县', DONE(2021), typed).fill('于都县', DONE(2022), beds('于都县', 2022));
      const fs = checkSheet(s.grid, '2023-01-01').findings;
      expect(rules(atCell(fs, s.address('于都县', DONE(2021))))).toEqual(['input.invalid error']);
      const later = atCell(fs, s.address('于都县', DONE(2022)));
      expect(rules(later)).toEqual(['task.notJudged info']);
      expect(later[0]!.message.zh).toContain('2021 年的填报值无法读取');
    }
  });
});

describe('赣州 规划指标填报表: a share typed as 60%', () => {
  it('护理型养老床位占比 typed as the text “60%” is 0.6, the 2025 target of 60% is met, and a warning says it was text', () => {
    expect(target({ city: '赣州', indicator: '护理型养老床位占比', year: 2025 }).value).toBe(0.6);
    const s = sheetOf('gz-indicators').fill(['护理型养老床位占比', '2025'], '实际值', '60%');
    const at = atCell(checkSheet(s.grid, '2026-01-01').findings, s.address(['护理型养老床位占比', '2025'], '实际值'));
    expect(rules(at)).toEqual(['input.textNumber warning']);
    expect(at[0]!.actual).toBe(0.6);
    // The figure checked is shown as the row's unit shows it (a share), not as the bare 0.6.
    expect(at[0]!.message.zh).toContain('已按 60% 检查');
  });

  it('“45 %” is read as 0.45, short of the 60% target: the shortfall is reported with the figure read', () => {
    const s = sheetOf('gz-indicators').fill(['护理型养老床位占比', '2025'], '实际值', '45 %');
    const at = atCell(checkSheet(s.grid, '2026-01-01').findings, s.address(['护理型养老床位占比', '2025'], '实际值'));
    expect(rules(at)).toEqual(['indicator.target error', 'input.textNumber warning']);
    expect(at[0]).toMatchObject({ expected: 0.6, actual: 0.45 });
  });
});

describe('messages that read right', () => {
  it('a first-year shortfall of 于都县 says 2021 年, not 2021–2021 年', () => {
    const s = sheetOf('gz-beds').fill('于都县', DONE(2021), beds('于都县', 2021) - 1);
    const f = atCell(checkSheet(s.grid, '2022-01-01').findings, s.address('于都县', DONE(2021)))[0]!;
    expect(f.message.zh).toContain('2021 年完成');
    expect(f.message.zh).not.toContain('2021–2021');
    expect(f.message.en).not.toContain('2021-2021');
  });

  it('a nursing-type share of 1/3 against a cell showing 0.33333 shows digits enough to differ, not 33.33% twice', () => {
    // 1000 nursing-type beds of 3000 is 1/3; a cell cached as 0.33333 is not what the formula gives.
    const s = sheetOf('gz-beds').fill('于都县', BEDS(2021), 3000).fill('于都县', NURSING(2021), 1000);
    s.fill('于都县', '2021年护理型床位占比', { t: 'formula', formula: 'X', cached: 0.33333 });
    const f = atCell(checkSheet(s.grid, '2022-01-01').findings, s.address('于都县', '2021年护理型床位占比')).find((x) => x.ruleId === 'computed.mismatch')!;
    expect(f.message.zh).toContain('应为 33.3333%');
    expect(f.message.zh).toContain('单元格为 33.333%');
  });
});
