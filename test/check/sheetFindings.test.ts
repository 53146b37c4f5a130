/**
 * The checks every template shares, where consistency.test.ts and layout.test.ts stop: how close a
 * saved figure must be to what its inputs give (9 significant digits, at any size), a blank shown as
 * blank and said as （空）, and the words of a missing table, a missing or duplicated row named by all
 * its key words. Expected figures are the inputs' arithmetic, worked out here.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { atCell, byRule, sheetOf } from './sheet';

const BEDS = '2021年末养老床位数（张）';
const NURSING = '2021年末护理型床位数（张）';
const ELDERLY = '2021年末老年人口（人）';
const PER_1000 = '2021年每千名老人床位数（张）';
const SHARE = '2021年护理型床位占比';

/** 于都县 with 6,390 beds, 2,300 of them nursing, for 141,000 elderly: 45.319… per 1,000. */
const filled = () => sheetOf('gz-beds').fill('于都县', BEDS, 6390).fill('于都县', NURSING, 2300).fill('于都县', ELDERLY, 141_000);
const per1000 = (6390 / 141_000) * 1000;
const mismatches = (s: ReturnType<typeof filled>, header: string) => atCell(checkSheet(s.grid, '2022-01-01').findings, s.address('于都县', header)).filter((f) => f.ruleId === 'computed.mismatch');

describe('a saved figure agrees with its inputs to 9 significant digits', () => {
  it('off by a part in ten billion it agrees; by a part in ten million it does not', () => {
    expect(mismatches(filled().setCached('于都县', PER_1000, per1000 * (1 + 1e-10)), PER_1000)).toEqual([]);
    expect(mismatches(filled().setCached('于都县', PER_1000, per1000 * (1 + 1e-7)), PER_1000)).toHaveLength(1);
  });

  it('the tolerance grows with the figure: 45,319,148.9… per 1,000 shown 0.001 higher still agrees, 1 higher does not', () => {
    // 6,390,000 beds for 141 elderly: a billionth of 45 million is 0.045.
    const s = sheetOf('gz-beds').fill('于都县', BEDS, 6_390_000).fill('于都县', NURSING, 2300).fill('于都县', ELDERLY, 141);
    const big = (6_390_000 / 141) * 1000;
    expect(big).toBeGreaterThan(4e7);
    expect(mismatches(s.setCached('于都县', PER_1000, big + 0.001), PER_1000)).toEqual([]);
    expect(mismatches(s.setCached('于都县', PER_1000, big + 1), PER_1000)).toHaveLength(1);
  });

  it('a small figure is held to a billionth, not a billionth of itself', () => {
    const s = filled();
    const share = 2300 / 6390;
    expect(mismatches(s.setCached('于都县', SHARE, share + 5e-10), SHARE)).toEqual([]);
    expect(mismatches(s.setCached('于都县', SHARE, share + 5e-9), SHARE)).toHaveLength(1);
  });
});

describe('blank shown as blank', () => {
  it('a formula that gave "" where its inputs give nothing agrees', () => {
    const s = sheetOf('gz-beds').setCached('于都县', PER_1000, '');
    expect(mismatches(s, PER_1000)).toEqual([]);
  });

  it('a formula that gave "" where its inputs give a figure is a mismatch said as （空）', () => {
    const [f] = mismatches(filled().setCached('于都县', PER_1000, ''), PER_1000);
    expect(f?.message.zh).toBe(`“每千名老人床位数”按本表填报数应为 ${Number(per1000.toFixed(2))}，单元格为 （空）；公式可能被改写或未重新计算。`);
    expect(f?.actual).toBe('');
  });

  it('a figure where its inputs give nothing is a mismatch, the expected said as （空）', () => {
    const [f] = mismatches(sheetOf('gz-beds').setCached('于都县', PER_1000, 45), PER_1000);
    expect(f?.message.zh).toBe('“每千名老人床位数”按本表填报数应为 （空），单元格为 45；公式可能被改写或未重新计算。');
  });
});

describe('what of the template is not on the sheet', () => {
  it('a table without its header: an error at A1 naming its caption', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: '2024-06-01' });
    s.grid.rows[21] = [];
    const f = byRule(checkSheet(s.grid, '2024-06-01').findings, 'sheet.missingTable');
    expect(f).toEqual([
      expect.objectContaining({
        cell: 'A1',
        severity: 'error',
        county: null,
        measure: null,
        message: {
          zh: `工作表“${s.grid.name}”中找不到“二、运营补贴（按实际收住失能老年人，按等级评定系数）”的表头，该表未检查。`,
          en: `Sheet “${s.grid.name}” has no header row for “二、运营补贴（按实际收住失能老年人，按等级评定系数）”; that table was not checked.`,
        },
      }),
    ]);
  });

  it('a table with no caption is named by its first three headers', () => {
    const s = sheetOf('gz-indicators');
    const header = s.layout.headerRow.get('main')!;
    s.grid.rows[header] = [];
    const [f] = byRule(checkSheet(s.grid, '2024-06-01').findings, 'sheet.missingTable');
    expect(f?.message.zh).toBe(`工作表“${s.grid.name}”中找不到“指标、目标年份、单位”的表头，该表未检查。`);
  });

  it('a missing or repeated row of several key words is named by all of them', () => {
    const s = sheetOf('gz-indicators').removeRow(['基本医疗保险参保率', 2025]);
    const copy = s.duplicateRow(['基本养老保险参保率', 2025]);
    const fs = checkSheet(s.grid, '2024-06-01').findings;
    expect(byRule(fs, 'sheet.missingRow').map((f) => f.message.zh)).toEqual([`工作表“${s.grid.name}”中找不到“基本医疗保险参保率 2025”所在的行，该行未检查；请恢复其名称。`]);
    expect(byRule(fs, 'sheet.duplicateRow').map((f) => [f.cell, f.message.zh])).toEqual([[`A${copy + 1}`, `“基本养老保险参保率 2025”在第 ${copy + 1} 行再次出现；只检查第一处，请删去重复的行。`]]);
  });
});

describe('a document figure typed over', () => {
  const changed = (s: ReturnType<typeof sheetOf>, asOf = '2026-01-01') => byRule(checkSheet(s.grid, asOf).findings, 'document.changed');

  it('is said in the row’s own unit: the 60% target of 护理型养老床位占比 retyped as 0.5 reads 60% and 50%', () => {
    const [f] = changed(sheetOf('gz-indicators').fill(['护理型养老床位占比', '2025'], '目标值', 0.5));
    expect(f?.message.zh).toContain('是文件规定的数字 60%');
    expect(f?.message.zh).toContain('被改成了 50%');
  });

  it('cleared to an empty text, it is said as （空）', () => {
    const [f] = changed(sheetOf('gz-indicators').fill(['护理型养老床位占比', '2025'], '目标值', ''));
    expect(f?.message.zh).toContain('被改成了 （空）');
  });

  it('a figure the document leaves blank (抚州 市本级’s 社区数) shown as an empty text agrees', () => {
    const s = sheetOf('fz-facilities').fill('市本级', '社区数（个）', '');
    expect(changed(s, '2020-01-01')).toEqual([]);
  });
});
