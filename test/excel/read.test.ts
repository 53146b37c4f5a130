/**
 * A worksheet read for the checker in one batch: A1 is rows[0][0] wherever the used range starts, a
 * number with a date format is a date, an error value is an error (the text "#DIV/0!" typed by a
 * user is not), and a formula keeps its text and the value Excel shows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { FIRST_COLUMNS, FIRST_ROWS, cellOf, gridOf, queueGrid, readGrid } from '../../src/excel/read';
import { isDateFormatCode } from '../../src/check/numberFormats';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { sheetOf } from '../check/sheet';
import { fillAllInputs, setup, templateCalc, type Setup } from './mock/fixtures';
import { itWithCommands } from './mock/eachExcel';


const AS_OF = '2026-01-01';

describe('cells as the checker reads them', () => {
  const cell = (value: unknown, formula: unknown, format = 'General', type = 'Double') => cellOf(value, formula, format, type, isDateFormatCode);

  it('a number shown as yyyy-mm-dd or 2024年3月1日 is a date; the same number as #,##0 is a count', () => {
    expect(cell(45352, 45352, 'yyyy-mm-dd')).toEqual({ t: 'date', serial: 45352 });
    expect(cell(45352, 45352, 'yyyy"年"m"月"d"日"')).toEqual({ t: 'date', serial: 45352 });
    expect(cell(45352, 45352, '#,##0')).toBe(45352);
    expect(cell(0.6, 0.6, '0.0%')).toBe(0.6);
  });

  it('an error value is an error, while the words "#DIV/0!" typed as text stay text', () => {
    expect(cell('#DIV/0!', '#DIV/0!', 'General', 'Error')).toEqual({ t: 'error', code: '#DIV/0!' });
    expect(cell('#DIV/0!', '#DIV/0!', 'General', 'String')).toBe('#DIV/0!');
  });

  it('a formula keeps its text without "=" and the value Excel shows, errors included', () => {
    expect(cell(1200, '=SUM(B9:B28)')).toEqual({ t: 'formula', formula: 'SUM(B9:B28)', cached: 1200 });
    expect(cell('#N/A', '=CARE.TARGET("鹰潭","每千人口托位数",2024)', 'General', 'Error')).toEqual({ t: 'formula', formula: 'CARE.TARGET("鹰潭","每千人口托位数",2024)', cached: { t: 'error', code: '#N/A' } });
    expect(cell('', '=IF(B9="","",B9/C9)', 'General', 'Empty')).toEqual({ t: 'formula', formula: 'IF(B9="","",B9/C9)', cached: '' });
  });

  it('a CARE cell still calculating (#BUSY!, #GETTING_DATA, #CALC!) has no value yet, while #N/A is its answer', () => {
    for (const code of ['#BUSY!', '#GETTING_DATA', '#CALC!']) {
      expect(cell(code, '=CARE.ALLOCATION("赣州","于都县","新增改造床位",2023)', 'General', 'Error')).toEqual({ t: 'formula', formula: 'CARE.ALLOCATION("赣州","于都县","新增改造床位",2023)', cached: null });
    }
    expect(cell('#N/A', '=CARE.SLOTOPS("鹰潭",10)', 'General', 'Error')).toMatchObject({ cached: { t: 'error', code: '#N/A' } });
  });

  it('a blank cell is blank', () => {
    expect(cell('', '', 'General', 'Empty')).toBeNull();
  });

  it('a used range that starts at C3 still puts C3 at rows[2][2]', () => {
    const g = gridOf('县表', [{ rowIndex: 2, columnIndex: 2, values: [[5, 'x']], formulas: [[5, 'x']], numberFormat: [['General', 'General']], valueTypes: [['Double', 'String']] }]);
    expect(g.rows[2]?.[2]).toBe(5);
    expect(g.rows[2]?.[3]).toBe('x');
    expect(g.rows[0]).toEqual([]);
    expect(g.rows[2]?.[0]).toBeUndefined();
  });

  it('an empty sheet is an empty grid', () => {
    expect(gridOf('空表', [])).toEqual({ name: '空表', rows: [] });
  });
});

describe('a county table read out of Excel', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });

  itWithCommands('gives the checker the same findings as the same figures read from the file', async () => {
    const t = buildTemplate('gz-beds');
    const l = layout(t);
    s.book.calc = templateCalc([t]);
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    fillAllInputs(sheet, l);

    const file = sheetOf('gz-beds');
    for (const p of l.cells) if (p.kind === 'input') file.grid.rows[p.r]![p.c] = sheet.cell(p.r, p.c)!.value;
    file.recalculate();
    const expected = checkSheet(file.grid, AS_OF).findings;

    const result = await s.ops.checkActiveSheet(AS_OF);
    expect(result.report.template).toBe('gz-beds');
    expect(result.report.findings.map((f) => [f.cell, f.ruleId, f.expected, f.actual])).toEqual(expected.map((f) => [f.cell, f.ruleId, f.expected, f.actual]));
    expect(expected.length).toBeGreaterThan(10);
  });

  itWithCommands('right after typing, CARE cells still calculating (#BUSY!) are not computed yet, never a mismatch', async () => {
    const t = buildTemplate('budget-eldercare', { asOf: AS_OF });
    s.book.calc = templateCalc([t]);
    await s.ops.insertTemplate(t);
    const calm = (await s.ops.checkActiveSheet(AS_OF)).report.findings.filter((f) => f.ruleId === 'computed.mismatch');
    s.book.busyAfterWrite = 10;
    const sheet = s.book.sheet(t.sheet)!;
    const input = layout(t).cells.find((p) => p.kind === 'input')!;
    sheet.write(input.r, input.c, sheet.cell(input.r, input.c)?.value ?? '');
    const busy = await s.ops.checkActiveSheet(AS_OF);
    expect(busy.report.findings.filter((f) => f.ruleId === 'computed.mismatch')).toEqual(calm);
  });
});

describe('a sheet whose cells start far from A1', () => {
  /** The sheet as the checker reads it, through the adapter's own batch. */
  const read = (s: Setup) =>
    s.excel.run(async (context) => {
      const q = queueGrid(context.workbook.worksheets.getItem('Sheet1'));
      await context.sync();
      return readGrid(context, q);
    });

  /** The grid, and the context.sync() calls the read took. */
  const counted = async (s: Setup) => {
    const before = s.book.syncs;
    const grid = await read(s);
    return { grid, syncs: s.book.syncs - before };
  };

  it('a sheet filling the first block exactly (FIRST_ROWS × FIRST_COLUMNS from A1) is read in the one sync', async () => {
    const s = setup();
    s.sheet1.write(0, 0, '县');
    s.sheet1.write(FIRST_ROWS - 1, FIRST_COLUMNS - 1, '末格');
    const { grid, syncs } = await counted(s);
    expect(syncs).toBe(1);
    expect(grid.rows[FIRST_ROWS - 1]?.[FIRST_COLUMNS - 1]).toBe('末格');
  });

  it.each([
    ['one row below the first block', FIRST_ROWS, 0],
    ['one column right of it', 0, FIRST_COLUMNS],
  ])('a cell %s is read, in a sync of its own after the first', async (_, r, c) => {
    const s = setup();
    s.sheet1.write(0, 0, '县');
    s.sheet1.write(r, c, '外');
    const { grid, syncs } = await counted(s);
    expect(grid.rows[r]?.[c]).toBe('外');
    expect(syncs).toBe(2);
  });

  it('a row of figures from K1 reaching past the first block’s columns is read to its last column', async () => {
    const s = setup();
    const [from, to] = [10, FIRST_COLUMNS + 6];
    for (let c = from; c < to; c++) s.sheet1.write(0, c, c);
    const { grid } = await counted(s);
    expect(grid.rows[0]?.slice(from)).toEqual(Array.from({ length: to - from }, (_, i) => from + i));
  });

  it('cells formatted far below the figures (a whole column given a number format) do not make the read any larger: only cells with values count', async () => {
    const s = setup();
    s.sheet1.write(0, 0, '县');
    s.sheet1.write(2, 1, 5);
    for (let r = 0; r < 2_000; r++) s.sheet1.formatCell(r, 1, 'numberFormat', '#,##0');
    const { grid, syncs } = await counted(s);
    expect(syncs).toBe(1);
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[2]?.[1]).toBe(5);
  });

  it('a column of 120 figures from C101 down, reaching past the rows the first sync reads, is read whole and in place', async () => {
    const s = setup();
    const [from, to] = [100, 220];
    expect(to).toBeGreaterThan(FIRST_ROWS);
    // Each cell holds its own row number, so a cell read from the wrong row shows.
    for (let r = from; r < to; r++) s.sheet1.write(r, 2, r + 1);
    const grid = await read(s);
    expect(grid.rows).toHaveLength(to);
    for (let r = from; r < to; r++) expect(grid.rows[r]?.[2], `C${r + 1}`).toBe(r + 1);
    expect(grid.rows[from - 1]).toEqual([]);
  });

  it('a block of 300 rows × 40 columns from C11, read in several blocks, puts every cell where it stands', async () => {
    const s = setup();
    for (let r = 10; r < 310; r++) for (let c = 2; c < 42; c++) s.sheet1.write(r, c, r * 1000 + c);
    const grid = await read(s);
    for (const [r, c] of [[10, 2], [10, 41], [200, 20], [309, 2], [309, 41]] as const) expect(grid.rows[r]?.[c], `${r},${c}`).toBe(r * 1000 + c);
    expect(grid.rows[9]).toEqual([]);
    expect(grid.rows[10]?.[1]).toBeUndefined();
  });
});
