/**
 * Finding a template on a sheet: its marker (the defined name first, else a cell in the first 12
 * rows, wherever a column was inserted), each table's header in the first 200 rows, a second table
 * whose header words repeat the first's, tables moved on the sheet, and where a table's rows end:
 * at the next table's header or at the signature block. Row numbers here are counted on the sheets
 * as printed (from 0).
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Cell, Grid } from '../../src/check/grid';
import { findMarker, locate } from '../../src/check/locate';
import { buildTemplate } from '../../src/templates';
import { sheetOf } from './sheet';

const blankRows = (n: number): Cell[][] => Array.from({ length: n }, () => []);
const grid = (rows: Cell[][], markerName?: string): Grid => ({ name: 'S', rows, ...(markerName === undefined ? {} : { markerName }) });

describe('the marker', () => {
  it('the defined name is read first, with nothing on the sheet', () => {
    expect(findMarker(grid([], 'careplan:gz-beds:yudu'))).toEqual({ id: 'gz-beds', part: 'yudu' });
  });

  it('a defined name that is no marker leaves the sheet’s own line to be read', () => {
    expect(findMarker(grid([['模板编号 careplan:gz-slots']], '别的名字'))).toEqual({ id: 'gz-slots', part: null });
  });

  it('a cell in the first 12 rows, in any column', () => {
    expect(findMarker(grid([...blankRows(11), [null, null, '模板编号 careplan:gz-beds']]))).toEqual({ id: 'gz-beds', part: null });
    expect(findMarker(grid([...blankRows(12), ['模板编号 careplan:gz-beds']]))).toBeUndefined();
  });

  it('a cell that names careplan: without a marker after it is passed over for the next', () => {
    expect(findMarker(grid([['careplan:本表说明', 'careplan:GZ', '模板编号 careplan:ja-indicators']]))).toEqual({ id: 'ja-indicators', part: null });
    expect(findMarker(grid([['careplan:本表说明']]))).toBeUndefined();
  });

  it('a sheet with holes for rows and cells', () => {
    const rows: Cell[][] = [];
    rows[3] = [];
    rows[3][5] = 'careplan:fz-facilities';
    expect(findMarker(grid(rows))).toEqual({ id: 'fz-facilities', part: null });
  });
});

describe('a table’s header', () => {
  it('is looked for in the first 200 rows only', () => {
    const moved = (n: number) => {
      const s = sheetOf('gz-beds').removeMarker();
      s.grid.rows.splice(0, 0, ...blankRows(n));
      return locate(s.template, s.grid);
    };
    const header = sheetOf('gz-beds').layout.headerRow.get('main')!;
    expect(moved(199 - header).tables.get('main')?.headerRow).toBe(199);
    expect(moved(200 - header).missingTables.map((t) => t.key)).toEqual(['main']);
  });

  it('needs every key column and at least half of the columns', () => {
    const template = buildTemplate('budget-eldercare', { city: '赣州' });
    const total = template.tables.find((t) => t.key === 'total')!;
    expect(total.columns.map((c) => c.header)).toEqual(['项目', '金额（元）']);
    // 项目 alone is half of 项目 and 金额（元）: enough.
    const half = locate({ ...template, tables: [total] }, grid([['项目', '说明'], ['合计', 5]]));
    expect(half.tables.get('total')?.headerRow).toBe(0);
    // 金额（元） without the key 项目 is not this table's header.
    const keyless = locate({ ...template, tables: [total] }, grid([['名目', '金额（元）'], ['合计', 5]]));
    expect(keyless.missingTables.map((t) => t.key)).toEqual(['total']);
  });

  it('a header row lacking one of the table’s two key columns is not its header: the table is missing, not its 55 rows', () => {
    const s = sheetOf('gz-indicators');
    const header = s.layout.headerRow.get('main')!;
    s.grid.rows[header]![s.col('目标年份')] = '年份要求';
    const l = locate(s.template, s.grid);
    expect(l.missingTables.map((t) => t.key)).toEqual(['main']);
    expect(l.tables.size).toBe(0);
  });

  it('two tables with the same header words: the second takes the next such row, not the first table’s', () => {
    const total = buildTemplate('budget-eldercare', { city: '赣州' }).tables.find((t) => t.key === 'total')!;
    const again = { ...total, key: 'again' };
    const template = { ...buildTemplate('budget-eldercare', { city: '赣州' }), tables: [total, again] };
    const l = locate(template, grid([['项目', '金额（元）'], ['合计', 5], [], ['项目', '金额（元）'], ['合计', 7]]));
    expect([l.tables.get('total')?.headerRow, l.tables.get('again')?.headerRow]).toEqual([0, 3]);
    // Each reads the 合计 under its own header: the first table's rows end at the second's header.
    expect([l.tables.get('total')?.rows.get(total.rows.at(-1)!.key), l.tables.get('again')?.rows.get(total.rows.at(-1)!.key)]).toEqual([1, 4]);
  });
});

describe('a budget’s tables, two of them headed 项目', () => {
  const s = () => sheetOf('budget-eldercare', { city: '赣州', asOf: '2024-06-01' });

  it('each table has its own header row, not another’s', () => {
    const l = locate(s().template, s().grid);
    expect(Object.fromEntries([...l.tables].map(([k, t]) => [k, t.headerRow]))).toEqual({ settings: 7, beds: 13, ops: 21, awards: 31, total: 40 });
    expect(l.missingTables).toEqual([]);
    for (const t of l.tables.values()) expect([t.missingRows, t.duplicateRows]).toEqual([[], []]);
  });

  it('moved below the others, a table’s rows still end at the next header down: 一级 to 五级 of 运营补贴 and of 等级评定奖补 each read once', () => {
    const sheet = s();
    // The 运营补贴 block (rows 20–29) moved under the 合计 block.
    const rows = sheet.grid.rows;
    sheet.grid.rows = [...rows.slice(0, 20), ...rows.slice(30), [], ...rows.slice(20, 30)];
    const l = locate(sheet.template, sheet.grid);
    expect(l.tables.get('ops')?.headerRow).toBe(37);
    expect(l.tables.get('awards')?.headerRow).toBe(21);
    expect(l.tables.get('ops')?.rows.get(l.tables.get('ops')!.table.rows[1]!.key)).toBe(39);
    for (const t of l.tables.values()) expect([t.table.key, t.missingRows, t.duplicateRows]).toEqual([t.table.key, [], []]);
  });
});

describe('where a table’s rows end', () => {
  it('the signature block ends the table: a county named under it is no second row', () => {
    const s = sheetOf('gz-beds');
    const total = s.row('全市总计');
    s.grid.rows[total + 2] = ['填报人：'];
    s.grid.rows[total + 3] = ['章贡区', 5];
    const main = locate(s.template, s.grid).tables.get('main')!;
    expect(main.duplicateRows).toEqual([]);
    expect(main.rows.get('zhanggong')).toBe(s.row('章贡区'));
  });

  it('a county named above the header is not the county’s row', () => {
    const s = sheetOf('gz-beds');
    const header = s.layout.headerRow.get('main')!;
    s.grid.rows[header - 1] = ['章贡区'];
    const main = locate(s.template, s.grid).tables.get('main')!;
    expect(main.rows.get('zhanggong')).toBe(s.row('章贡区'));
    expect(main.duplicateRows).toEqual([]);
  });

  it('on a county table a county is known by its stem; the total row by its own words', () => {
    const s = sheetOf('gz-beds').renameRow('章贡区', '章贡').renameRow('全市总计', ' 全市 总计 ');
    const report = checkSheet(s.grid, '2022-01-01');
    expect(report.findings.filter((f) => f.ruleId.startsWith('sheet.'))).toEqual([]);
  });
});
