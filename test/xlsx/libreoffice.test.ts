/**
 * The round trip through another spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) opens a template careplan wrote, recalculates every
 * formula itself and saves it again. Its figures must be the ones careplan cached, and the file it
 * saved must be recognised and checked the same.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/check';
import type { Cell } from '../../src/check/grid';
import { allocation } from '../../src/rules/plans/allocation';
import { readWorkbook } from '../../src/xlsx/read';
import { SOFFICE, needed, throughLibreOffice } from '../support/libreoffice';
import { templateBytes, type Entry } from '../support/workbooks';

const cached = (c: Cell): unknown => (typeof c === 'object' && c !== null && c.t === 'formula' ? c.cached : undefined);

const task = (county: string, year: number) => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const BEDS: Entry[] = [
  { row: '于都县', header: '2021年实际新增改造（张）', value: task('于都县', 2021) },
  { row: '于都县', header: '2022年实际新增改造（张）', value: task('于都县', 2022) - 7 },
  { row: '于都县', header: '2021年末养老床位数（张）', value: 6390 },
  { row: '于都县', header: '2021年末护理型床位数（张）', value: 2301 },
  { row: '于都县', header: '2021年末老年人口（人）', value: 140230 },
  { row: '全市总计', header: '2021年末养老床位数（张）', value: 68702 },
  { row: '全市总计', header: '2021年末护理型床位数（张）', value: 26000 },
  { row: '全市总计', header: '2021年末老年人口（人）', value: 1390000 },
];
const FACILITIES: Entry[] = [
  { row: '东乡区', header: '2020年末城市居家和社区养老服务设施实有（个）', value: 14 },
  { row: '全市合计', header: '2020年末城市居家和社区养老服务设施实有（个）', value: 200 },
  { row: '临川区', header: '2019年实际新增床位（张）', value: 60 },
];

describe.skipIf(!SOFFICE && !needed)('a template through LibreOffice Calc', () => {
  it.each([
    ['gz-beds', BEDS],
    ['fz-facilities', FACILITIES],
    ['gz-indicators', [{ row: '护理型养老床位占比', header: '实际值', value: 0.45 }]],
  ] as const)('%s: Calc recomputes the built-in formulas to careplan’s cached values, and the saved file checks the same', (id, entries) => {
    expect(SOFFICE, 'LibreOffice is installed (.ci/run installs libreoffice-calc-nogui)').toBeDefined();
    return templateBytes(id, entries).then((bytes) => {
      const mine = readWorkbook(bytes).sheets[0]!;
      const theirs = readWorkbook(throughLibreOffice(bytes, `${id}.xlsx`)).sheets[0]!;
      let formulas = 0;
      mine.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const v = cached(cell);
          if (v === undefined) return;
          formulas += 1;
          const w = cached(theirs.rows[r]?.[c]);
          if (typeof v === 'number') expect(w, `${r},${c}`).toBeCloseTo(v, 9);
          else expect(w ?? '', `${r},${c}`).toBe(v ?? '');
        }),
      );
      expect(formulas).toBeGreaterThan(10);
      const strip = (s: ReturnType<typeof checkWorkbook>) => s.map((x) => ({ template: x.template, findings: x.findings.map((f) => [f.cell, f.severity, f.ruleId, f.expected, f.actual]) }));
      const asOf = '2026-01-01';
      const before = strip(checkWorkbook([mine], asOf));
      expect(before[0]!.template).toBe(id);
      expect(before[0]!.findings.some((f) => f[1] === 'error')).toBe(true);
      expect(strip(checkWorkbook([theirs], asOf))).toEqual(before);
    });
  }, 180_000);
});
