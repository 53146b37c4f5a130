/**
 * Real checker reports for the pane's tests: a 赣州 养老床位分解表 filled the way counties would,
 * checked by src/check as Excel's adapter would check it, as of 2023-01-01 (2021 and 2022 due).
 */
import { checkSheet } from '../../src/check';
import type { SheetReport } from '../../src/check/finding';
import type { CheckResult } from '../../src/excel/types';
import { allocation } from '../../src/rules/plans/allocation';
import { sheetOf } from '../check/sheet';

export const AS_OF = '2023-01-01';
export const DONE = (y: number) => `${y}年实际新增改造（张）`;
export const task = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;

/**
 * 章贡区 did both due years' tasks (2 of 2 met); 于都县 did 2021's and left 2022 blank (1 of 2);
 * 信丰县 did 10 beds in 2021 (short: an error) and left 2022 blank (0 of 2); the rest left all blank.
 */
export function bedsReport(): SheetReport {
  const s = sheetOf('gz-beds')
    .fill('章贡区', DONE(2021), task('章贡区', 2021))
    .fill('章贡区', DONE(2022), task('章贡区', 2022))
    .fill('于都县', DONE(2021), task('于都县', 2021))
    .fill('信丰县', DONE(2021), 10);
  return checkSheet(s.grid, AS_OF);
}

export const result = (report: SheetReport, carrier: CheckResult['carrier'] = 'note'): CheckResult => ({ report, marked: report.findings.length, carrier });

/** A sheet that is no careplan template. */
export const notRecognised = (): SheetReport => checkSheet({ name: 'Sheet1', rows: [['随便写的'], [1, 2, 3]] }, AS_OF);
