/**
 * A county's own form whose years run down the rows (于都县's 新增改造养老床位分解表: the county and its
 * 2020 base figures on rows 8–9, then blocks headed 年度 with a row per year), found on the sheet as a
 * county clerk may leave it: years typed as 2021, "2021" or "2021 年", a block moved down, a block
 * gone. Addresses expected here are read off the form as printed (rows and columns counted from 0).
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/check/grid';
import { locate, type LocatedTable } from '../../src/check/locate';
import { locateYearsDown } from '../../src/check/locateYears';
import { buildTemplate } from '../../src/templates';
import { cellKey } from '../../src/templates/model';
import { sheetOf } from './sheet';

const own = () => sheetOf('gz-beds', { county: '于都县' });
const table = () => buildTemplate('gz-beds', { county: '于都县' }).tables[0]!;
const at = (lt: LocatedTable | undefined, col: string) => lt?.cells?.get(cellKey('yudu', col));

/** The form's rows as printed: the key header on row 7, 年度 blocks on rows 10 and 17. */
const located = (grid: Grid) => locateYearsDown(grid, table());

describe('the form as careplan wrote it', () => {
  it('finds the county, its base figures and every year’s measures where they stand', () => {
    const lt = located(own().grid)!;
    expect(lt.headerRow).toBe(10);
    expect([...lt.rows]).toEqual([['yudu', 8]]);
    expect(at(lt, 'county')).toEqual({ r: 8, c: 0 });
    expect(at(lt, 'bedsTotal')).toEqual({ r: 8, c: 1 });
    expect(at(lt, 'bedsPer1000Elderly')).toEqual({ r: 8, c: 2 });
    expect(at(lt, 'task2021')).toEqual({ r: 11, c: 1 });
    expect(at(lt, 'done2023')).toEqual({ r: 13, c: 2 });
    expect(at(lt, 'nursing2025')).toEqual({ r: 15, c: 4 });
    expect(at(lt, 'elderly2021')).toEqual({ r: 18, c: 1 });
    expect(at(lt, 'nursingShare2025')).toEqual({ r: 22, c: 3 });
    expect(lt.cells?.size).toBe(38);
    expect(lt.missingColumns).toEqual([]);
    expect(lt.missingRows).toEqual([]);
    expect(lt.duplicateRows).toEqual([]);
    // A column's sheet column is where it was found.
    expect(lt.columns.get('elderly2024')).toBe(1);
    expect(lt.columns.get('done2024')).toBe(2);
  });

  it('is what locate finds for the county’s template', () => {
    const s = own();
    expect(locate(s.template, s.grid).tables.get('main')?.cells?.get(cellKey('yudu', 'done2023'))).toEqual({ r: 13, c: 2 });
  });

  it('is not a city table: a table whose rows are the counties is not turned', () => {
    expect(locateYearsDown(own().grid, buildTemplate('gz-beds').tables[0]!)).toBeUndefined();
  });
});

describe('years as a clerk types them', () => {
  it.each<[string, Cell]>([
    ['a number', 2023],
    ['text without 年', '2023'],
    ['text with a space before 年', ' 2023 年 '],
  ])('2023 as %s', (_, year) => {
    const g = own().grid;
    g.rows[13]![0] = year;
    g.rows[20]![0] = year;
    const lt = located(g)!;
    expect(at(lt, 'done2023')).toEqual({ r: 13, c: 2 });
    expect(at(lt, 'elderly2023')).toEqual({ r: 20, c: 1 });
  });

  it('a year that is no year ends its block: the years under it are not read', () => {
    const g = own().grid;
    g.rows[13]![0] = '2023年度合计';
    const lt = located(g)!;
    expect(at(lt, 'done2022')).toEqual({ r: 12, c: 2 });
    expect(at(lt, 'done2023')).toBeUndefined();
    expect(at(lt, 'done2024')).toBeUndefined();
    expect(lt.missingColumns.map((c) => c.key)).toEqual(expect.arrayContaining(['task2023', 'done2023', 'nursing2025']));
    expect(lt.missingColumns).toHaveLength(3 * 4);
  });

  it('a fractional number is no year', () => {
    const g = own().grid;
    g.rows[15]![0] = 2025.5;
    expect(at(located(g), 'done2025')).toBeUndefined();
    expect(at(located(g), 'done2024')).toEqual({ r: 14, c: 2 });
  });
});

describe('a form laid out otherwise', () => {
  it('a year row read twice is read where it first stands', () => {
    const g = own().grid;
    g.rows[14] = [...g.rows[12]!];
    expect(at(located(g), 'done2022')).toEqual({ r: 12, c: 2 });
  });

  it('the county row is the row under the key header, wherever the header stands', () => {
    const g = own().grid;
    g.rows.splice(6, 0, [], []);
    const lt = located(g)!;
    expect([...lt.rows]).toEqual([['yudu', 10]]);
    expect(lt.headerRow).toBe(12);
    expect(at(lt, 'bedsTotal')).toEqual({ r: 10, c: 1 });
  });

  it('without the key header, the county row is taken under the first 年度 header', () => {
    const g = own().grid;
    g.rows[7]![0] = '地区';
    const lt = located(g)!;
    expect([...lt.rows]).toEqual([['yudu', 11]]);
    expect(at(lt, 'county')).toBeUndefined();
    expect(at(lt, 'bedsTotal')).toEqual({ r: 8, c: 1 });
  });

  it('one block found is enough, the other block’s measures missing', () => {
    const g = own().grid;
    g.rows[17]![0] = '';
    const lt = located(g)!;
    expect(lt.missingColumns.map((c) => c.key).sort()).toEqual(['elderly2021', 'elderly2022', 'elderly2023', 'elderly2024', 'elderly2025', 'nursingShare2021', 'nursingShare2022', 'nursingShare2023', 'nursingShare2024', 'nursingShare2025', 'per10002021', 'per10002022', 'per10002023', 'per10002024', 'per10002025'].sort());
  });

  it('exactly half the form found is this form: 3 fixed cells and 4 years of 4 measures, 19 of 38', () => {
    const g = own().grid;
    g.rows[17]![0] = '';
    g.rows[15]![0] = '合计';
    const lt = located(g)!;
    expect(lt.cells?.size).toBe(19);
    expect(lt.missingColumns).toHaveLength(19);
  });

  it('under half the form found is not this form', () => {
    const g = own().grid;
    g.rows[10] = ['年度', '新增改造\n任务\n（张）'];
    g.rows[17] = ['年度', '年末老年\n人口\n（人）'];
    // 3 fixed cells and 5 + 5 cells of two measures: 13 of 38.
    expect(located(g)).toBeUndefined();
  });

  it('no 年度 header at all is not this form', () => {
    const g = own().grid;
    g.rows[10]![0] = '';
    g.rows[17]![0] = '';
    expect(located(g)).toBeUndefined();
  });

  it('a form standing below the first 200 rows is not looked for', () => {
    const g = own().grid;
    g.rows.splice(0, 0, ...Array.from({ length: 200 }, (): Cell[] => []));
    expect(located(g)).toBeUndefined();
    const within = own().grid;
    within.rows.splice(0, 0, ...Array.from({ length: 170 }, (): Cell[] => []));
    expect(at(located(within), 'done2021')).toEqual({ r: 181, c: 2 });
  });

  it('a year row on the 201st row is past the search: the last year of the second block is missing', () => {
    const g = own().grid;
    // The second block's 2021–2025 rows (18–22) moved down 178 rows: 196–200.
    g.rows.splice(0, 0, ...Array.from({ length: 178 }, (): Cell[] => []));
    const lt = located(g)!;
    expect(at(lt, 'elderly2024')).toEqual({ r: 199, c: 1 });
    expect(at(lt, 'elderly2025')).toBeUndefined();
  });
});
