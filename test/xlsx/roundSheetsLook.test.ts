/**
 * How the round's three sheets (src/xlsx/roundSheets.ts) print and read, from the workbook as openpyxl
 * reads it back: A4, one page wide, numbered in the footer; titles larger and bold, tables in 10-pt
 * 宋体 with thin black borders (STYLE.md “Official returns”); rows tall enough for text that wraps;
 * the details of the files' table, the findings' table and the circular's headings. Every expectation
 * is typed or worked out here: the page setup and fonts as STYLE.md and templates/look.ts document
 * them, a row's lines from its text's width.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { addFindingsSheet, addProgressSheet, addStatusSheet } from '../../src/xlsx/roundSheets';
import { AS_OF, book, finding, measure, MEASURES, readBack, row, v, type SheetSeen } from '../support/roundSheets';

const city = buildTemplate('gz-beds');

describe('the page', () => {
  it('prints each sheet across A4, one page wide and as many long', async () => {
    const { seen } = await book();
    const pages = Object.fromEntries(Object.entries(seen).map(([name, s]) => [name, s.page]));
    // paperSize 9 is A4 (ECMA-376 Part 1 §18.3.1.63); fitToHeight 0: as many pages long as needed.
    const page = (orientation: string) => ({ paper: 9, orientation, fit: true, fitWidth: 1, fitHeight: 0, footer: '第 &P 页 共 &N 页' });
    expect(pages).toEqual({ 报送情况: page('landscape'), 核查结果: page('landscape'), 进度通报: page('landscape') });
    // templates/look.ts MARGINS_INCHES: a quarter inch at the sides, half an inch top and bottom.
    for (const s of Object.values(seen)) expect(s.margins).toEqual({ left: 0.25, right: 0.25, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 });
  });

  it('gives the columns their widths: the explanations widest, the counts narrow', async () => {
    const { seen } = await book();
    const widths = (s: SheetSeen) => Object.fromEntries(Object.entries(s.widths).map(([k, w]) => [Number(k), w]));
    expect(widths(seen['报送情况']!)).toEqual({ 1: 6, 2: 12, 3: 10, 4: 24, 5: 6, 6: 6, 7: 46 });
    expect(widths(seen['核查结果']!)).toEqual({ 1: 6, 2: 12, 3: 12, 4: 6, 5: 8, 6: 8, 7: 8, 8: 30, 9: 26, 10: 7 });
    // 进度通报's H is its chart's column.
    expect(widths(seen['进度通报']!)).toEqual({ 1: 6, 2: 12, 3: 10, 4: 10, 5: 8, 6: 8, 7: 30, 8: 40 });
  });

  it('fits each sheet between A4 landscape’s margins at 100% in Excel, so that 10-pt text prints at 10 pt', async () => {
    const { seen } = await book();
    // Excel's width unit is a digit of Calibri 11, 7 px, and each column has 5 px of padding; a
    // pixel is 0.75 pt. Between the quarter-inch margins of A4 landscape (11.69 in) lie 806 pt.
    const between = (11.69 - 0.25 - 0.25) * 72;
    for (const [name, s] of Object.entries(seen)) {
      const w = Object.values(s.widths);
      expect((w.reduce((a, b) => a + b, 0) * 7 + w.length * 5) * 0.75, name).toBeLessThanOrEqual(between);
    }
  });
});

describe('the fonts and borders', () => {
  const BOX = ['thin', 'thin', 'thin', 'thin'];
  const NONE = [null, null, null, null];

  it('sets the title large and bold, the lines plain, the tables boxed, their headers bold on grey', async () => {
    const { seen } = await book();
    const status = seen['报送情况']!;
    const look = (a: string) => {
      const c = status.cells[a]!;
      return [c.font.name, c.font.size, c.font.bold, c.border, c.align.h, c.align.v, c.align.wrap];
    };
    expect(look('A1')).toEqual(['宋体', 16, true, NONE, 'center', 'center', true]);
    expect(look('A2')).toEqual(['宋体', 10, false, NONE, null, 'center', true]);
    expect(look('A4')).toEqual(['宋体', 10, true, BOX, 'center', 'center', true]);
    expect(status.cells['A4']!.fill).toBe('FFD6DCE4');
    expect(look('G6')).toEqual(['宋体', 10, false, BOX, null, 'center', true]);
    // The heading over the files' table: the body size (11 pt), bold, unboxed.
    expect(look('A11')).toEqual(['宋体', 11, true, NONE, null, 'center', true]);
  });

  it('underlines the links of 核查结果 and centres the ranks of 进度通报', async () => {
    const { seen } = await book();
    const link = seen['核查结果']!.cells['J2']!;
    expect([link.font.name, link.font.size, link.font.bold, link.font.underline]).toEqual(['宋体', 10, false, 'single']);
    expect(seen['核查结果']!.cells['H2']!.font.underline).toBeNull();
    const rank = seen['进度通报']!.cells['A6']!;
    expect([rank.align.h, rank.align.v, rank.border]).toEqual(['center', 'center', BOX]);
    expect(seen['进度通报']!.cells['B6']!.align.h).toBeNull();
  });
});

describe('row heights', () => {
  const STATUS_NONE = { counties: [{ key: '甲县', county: '甲县', status: 'missing' as const, files: [], findings: [] }], files: [] };
  // textWidth counts a CJK character 2; a width unit holds 1.5 of them in 10-pt text; 13 pt a line and 3 of padding.
  const LINE = 13;
  const PAD = 3;

  it('counts the lines a text wraps to in its column, or across the columns it is merged over', async () => {
    const wb = new ExcelJS.Workbook();
    // 报送情况's 说明 column is 46 wide: 69 units a line; 50 characters (100 units) take two.
    const long = '说'.repeat(50);
    addStatusSheet(wb, city, { counties: [{ ...STATUS_NONE.counties[0]!, reason: { zh: long, en: 'x' } }], files: [] }, AS_OF);
    // 进度通报's sentence, in the 11-pt heading font, is merged over A:G, 84 wide: 126 units a line of
    // 10-pt text, 114 of 11-pt. 100 characters (200 units) take two lines, each 1.1 times as tall;
    // 55 characters (110 units) fit on one, though no single column holds them.
    const wrapped = { ...measure('甲', [row('甲县', 1, 50)]), sentence: '进'.repeat(100) };
    const oneLine = { ...measure('乙', [row('乙县', 1, 50)]), sentence: '度'.repeat(55) };
    addProgressSheet(wb, city, [wrapped, oneLine], AS_OF);
    const seen = await readBack(wb, 'heights.xlsx');
    expect(seen['报送情况']!.heights['5']).toBe(2 * LINE + PAD);
    const progress = seen['进度通报']!;
    const sentenceRow = (text: string) => Object.keys(progress.cells).find((a) => v(progress, a) === text)!.slice(1);
    expect(progress.heights[sentenceRow('进'.repeat(100))]).toBeCloseTo(2 * 1.1 * LINE + PAD, 5);
    expect(progress.heights[sentenceRow('度'.repeat(55))]).toBeUndefined();
  });

  it('makes a 16-pt title’s lines 1.6 times as tall and as much wider, the 通报’s title across its table and chart', async () => {
    const wb = new ExcelJS.Workbook();
    // 报送情况's title over A:G, 110 wide: 165 units a line of 10-pt text. “长”×60 and 报送情况 are
    // 128 units, 205 at 16 pt: two lines.
    addStatusSheet(wb, { ...city, title: { zh: '长'.repeat(60), en: '' } }, STATUS_NONE, AS_OF);
    // 进度通报's title over A:H, 124 wide: 186 units a line. “通”×30 with 完成情况通报（截至 2026-03-01）
    // is 91 units, 146 at 16 pt: one line, where over A:G alone (126) it would take two.
    addProgressSheet(wb, { ...city, title: { zh: '通'.repeat(30), en: '' } }, [MEASURES[1]!], AS_OF);
    const seen = await readBack(wb, 'titles.xlsx');
    expect(seen['报送情况']!.heights['1']).toBeCloseTo(2 * 1.6 * LINE + PAD, 5);
    expect(seen['进度通报']!.heights['1']).toBeUndefined();
    expect(seen['进度通报']!.merged).toContain('A1:H1');
  });
});

describe('报送情况', () => {
  it('is titled with the city table’s name and numbers the files received, a file without a reason left blank', async () => {
    const { seen } = await book();
    const s = seen['报送情况']!;
    expect(v(s, 'A1')).toBe('赣州市县（市、区）新增改造养老床位分解表报送情况');
    // STATUS lists 章贡区报表.xlsx (merged, no reason) and 说明.xlsx (unrecognised, with one).
    expect([v(s, 'A13'), v(s, 'A14')]).toEqual([1, 2]);
    expect(v(s, 'G13') ?? '').toBe('');
  });
});

describe('核查结果', () => {
  it('cites each finding’s clause, and leaves county, column and clause blank where a finding has none', async () => {
    const bare = { ...finding(1, 'error', null), measure: null, citation: null };
    const wb = new ExcelJS.Workbook();
    addFindingsSheet(wb, [finding(1, 'error'), bare], 'T');
    const s = (await readBack(wb, 'findings.xlsx'))['核查结果']!;
    expect([v(s, 'B2'), v(s, 'C2'), v(s, 'I2')]).toEqual(['信丰县', '新增改造床位', '赣市府字〔2022〕94号 附件：“新增改造床位”']);
    expect([v(s, 'B3') ?? '', v(s, 'C3') ?? '', v(s, 'I3') ?? '']).toEqual(['', '', '']);
  });
});

describe('进度通报', () => {
  it('opens with the title and basis, each measure’s heading saying how its target is counted, its header under it', async () => {
    const level = { ...measure('护理型床位占比', [row('甲县', 1, 60)]), kind: 'level' as const };
    const wb = new ExcelJS.Workbook();
    addProgressSheet(wb, city, [MEASURES[0]!, level], AS_OF);
    const s = (await readBack(wb, 'progress.xlsx'))['进度通报']!;
    expect(v(s, 'A1')).toBe('赣州市县（市、区）新增改造养老床位分解表完成情况通报（截至 2026-03-01）');
    expect(v(s, 'A2')).toBe(`依据：${city.basis}`);
    // A task measure's target is the sum of its years' tasks; a level's, the figure to reach by the last year.
    expect(v(s, 'A4')).toBe('一、新增改造床位（单位：张；目标任务为2021—2022年各年任务之和）');
    expect(v(s, 'A5')).toBe('排名');
    // The first measure's 22 rows end at 27, its sentence at 28; the next begins at 30 (roundSheets.test.ts).
    expect(v(s, 'A30')).toBe('二、护理型床位占比（单位：张；目标任务为2021—2022年末应增至数）');
    expect(v(s, 'A31')).toBe('排名');
  });

  it('titles each chart by its measure, and draws none for a measure without a rated county', async () => {
    const unrated = measure('无排名', [row('甲县', null, null)]);
    const wb = new ExcelJS.Workbook();
    const charts = addProgressSheet(wb, city, [unrated, MEASURES[1]!], AS_OF);
    expect(charts.map((c) => [c.title, c.values.name])).toEqual([['护理型床位完成率', '完成率']]);
  });
});
