/**
 * The round trip through another spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) opens a template careplan wrote, recalculates every
 * formula itself and saves it again. Its figures must be the ones careplan cached, and the file it
 * saved must be recognised and checked the same.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/check';
import type { Cell, Grid } from '../../src/check/grid';
import { allocation } from '../../src/rules/plans/allocation';
import { readWorkbook } from '../../src/xlsx/read';
import { SOFFICE, skipLibreOffice, throughLibreOffice } from '../support/libreoffice';
import { templateBytes, type Entry } from '../support/workbooks';

if (skipLibreOffice) console.warn('test/xlsx/libreoffice.test.ts skipped: no LibreOffice (apt-get install -y libreoffice-calc-nogui)');

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

/** A cell of a sheet read back, as a person finds it: the column by its header, the row by the county in column A. */
function cellOf(sheet: Grid, county: string, header: string): Cell {
  // A long header is written in lines (templates/lines.ts); a person reads it as one.
  const isHeader = (c: Cell) => typeof c === 'string' && c.replace(/\n/gu, '') === header;
  const hr = sheet.rows.findIndex((row) => row?.some(isHeader));
  const r = sheet.rows.findIndex((row, i) => i > hr && row?.[0] === county);
  if (hr < 0 || r < 0) throw new Error(`no cell ${county} / ${header}`);
  return sheet.rows[r]![sheet.rows[hr]!.findIndex(isHeader)];
}

const BEDS_2021 = { beds: '2021年末养老床位数（张）', nursing: '2021年末护理型床位数（张）', elderly: '2021年末老年人口（人）' };
const PER_1000 = '2021年每千名老人床位数（张）';
const SHARE = '2021年护理型床位占比';
/** Each county's three figures (null: left blank) and what the two ratios must come to, by arithmetic. */
const EDGES: { county: string; beds: number | null; nursing: number | null; elderly: number | null; per1000: number | ''; share: number | '' }[] = [
  { county: '于都县', beds: 0, nursing: 0, elderly: 0, per1000: '', share: '' },
  { county: '赣县区', beds: 0, nursing: 0, elderly: 1000, per1000: 0, share: '' },
  { county: '章贡区', beds: 300, nursing: null, elderly: null, per1000: '', share: '' },
  { county: '南康区', beds: null, nursing: 10, elderly: 5000, per1000: '', share: '' },
  { county: '信丰县', beds: 600, nursing: 240, elderly: 12000, per1000: (600 / 12000) * 1000, share: 240 / 600 },
];

describe.skipIf(skipLibreOffice)('a template through LibreOffice Calc', () => {
  it('Calc computes the ratio formulas’ own text to a blank, never #DIV/0!, for a zero or blank denominator, and to the quotient otherwise', async () => {
    expect(SOFFICE, 'LibreOffice is installed (.ci/run installs libreoffice-calc-nogui)').toBeDefined();
    const entries = EDGES.flatMap((e) => (['beds', 'nursing', 'elderly'] as const).map((k) => ({ row: e.county, header: BEDS_2021[k], value: e[k] })));
    const theirs = readWorkbook(throughLibreOffice(await templateBytes('gz-beds', entries), 'edges.xlsx')).sheets[0]!;
    for (const e of EDGES) {
      const [per1000, share] = [cellOf(theirs, e.county, PER_1000), cellOf(theirs, e.county, SHARE)];
      expect(per1000, `${e.county} per 1000`).toMatchObject({ t: 'formula', formula: expect.stringContaining('/') });
      for (const [cell, want] of [[per1000, e.per1000], [share, e.share]] as const) {
        if (want === '') expect(cached(cell) ?? '', e.county).toBe('');
        else expect(cached(cell), e.county).toBeCloseTo(want, 12);
      }
    }
  }, 180_000);

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
