/**
 * The sheets a merged city workbook carries beside its table (报送情况, 核查结果, 进度通报), written
 * from the round made up in test/support/roundSheets.ts and read back by openpyxl, as another
 * program sees them: the words and counts, the fills, the frozen header, the filter, the printed
 * titles, the merged cells, the links into the city table and the page breaks. Expectations are the
 * arithmetic of the made-up round and the colours and formats written out (STYLE.md), never the
 * code's own tables. The sheets' fonts, borders, widths and page setup: roundSheetsLook.test.ts.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addFindingsSheet } from '../../src/xlsx/roundSheets';
import { book, LONG, MEASURES, readBack, v, XINFENG, type SheetSeen } from '../support/roundSheets';

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';
const LAVENDER = 'FFE4DFEC';

describe('报送情况', () => {
  const s = async () => (await book()).seen['报送情况']!;

  it('counts the counties by status in the line under the title', async () => {
    const sheet = await s();
    expect(v(sheet, 'A2')).toBe('截至 2026-03-01：应报 5 个，已报送 1 个，有错误 2 个，冲突 1 个，未报送 1 个。');
  });

  it('gives each county its status, files, errors and warnings, the status filled red or yellow', async () => {
    const sheet = await s();
    const rows = [5, 6, 7, 8, 9].map((r) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => v(sheet, `${c}${r}`)));
    expect(rows).toEqual([
      [1, '章贡区', '已报送', '章贡区报表.xlsx', 0, 0],
      [2, '信丰县', '有错误', '信丰县报表.xlsx', 10, 2],
      [3, '于都县', '冲突', '于都县报表.xlsx\n于都县报表（更正）.xlsx', 0, 0],
      [4, '赣县区', '未报送', '', 0, 0],
      [5, '会昌县', '有错误', '会昌县报表.xlsx', 8, 0],
    ]);
    expect([5, 6, 7, 8, 9].map((r) => sheet.cells[`C${r}`]!.fill)).toEqual([null, RED, RED, YELLOW, RED]);
  });

  it('lists eight of a county’s errors and warnings, never its notes, and counts the rest', async () => {
    const sheet = await s();
    const lines = String(v(sheet, 'G6')).split('\n');
    const eight = Array.from({ length: 8 }, (_, i) => `C${i + 1} 第${i + 1}条`);
    expect(lines).toEqual([...eight, '……另有 4 条，见“核查结果”']);
    expect(String(v(sheet, 'G9')).split('\n')).toEqual(eight);
    expect(v(sheet, 'G7')).toBe('两份报表数字不同');
  });

  it('makes a row tall enough for its lines: a row does not grow by itself on opening', async () => {
    const sheet = await s();
    // 13 pt a line of 10-pt text and 3 of padding: nine lines, and two file names.
    expect(sheet.heights['6']).toBe(9 * 13 + 3);
    expect(sheet.heights['7']).toBe(2 * 13 + 3);
    expect(sheet.heights['5']).toBeUndefined();
  });

  it('freezes, filters and prints the header row on every page', async () => {
    const sheet = await s();
    expect(sheet.freeze).toBe('A5');
    expect(sheet.filter).toBe('A4:G9');
    expect(sheet.titles).toBe('$4:$4');
  });

  it('lists the files received in the counties’ columns, each name across three merged and its handling across two', async () => {
    const sheet = await s();
    expect(v(sheet, 'A11')).toBe('收到的文件');
    expect([v(sheet, 'B13'), v(sheet, 'E13'), v(sheet, 'B14'), v(sheet, 'E14'), v(sheet, 'G14')]).toEqual(['章贡区报表.xlsx', '已汇总', '说明.xlsx', '未识别，未汇总', '没有 careplan 工作表']);
    // Every merge of the sheet: its two lines and the files' heading across A:G, and each file's two cells; nothing of one column.
    expect([...sheet.merged].sort()).toEqual(['A11:G11', 'A1:G1', 'A2:G2', 'B12:D12', 'B13:D13', 'B14:D14', 'E12:F12', 'E13:F13', 'E14:F14']);
  });
});

describe('the header rows', () => {
  /** A row's words from column A, as openpyxl reads them (a merged cell's other columns are empty). */
  const words = (sheet: SheetSeen, row: number, columns: string): unknown[] => [...columns].map((c) => v(sheet, `${c}${row}`));

  it('read, word for word, as the returns and circulars have them', async () => {
    const { seen } = await book();
    // 报送情况: the counties' table under its two lines (row 4), and the files' table two rows after the five counties.
    expect(words(seen['报送情况']!, 4, 'ABCDEFG')).toEqual(['序号', v(seen['报送情况']!, 'B4'), '报送情况', '来源文件', '错误', '警告', '说明（原因、错误和警告）']);
    expect(v(seen['报送情况']!, 'B4')).toMatch(/县/u);
    expect(words(seen['报送情况']!, 11, 'A')).toEqual(['收到的文件']);
    expect(words(seen['报送情况']!, 12, 'ABEG')).toEqual(['序号', '文件', '处理', '说明']);
    expect(words(seen['核查结果']!, 1, 'ABCDEFGHIJ')).toEqual(['级别', '县（市、区）', '栏目', '年份', '应为', '实际', '差距', '说明', '依据', '单元格']);
    const progress = seen['进度通报']!;
    const heads = Object.keys(progress.cells).filter((a) => /^A\d+$/u.test(a) && v(progress, a) === '排名').map((a) => Number(a.slice(1)));
    expect(heads.length).toBe(MEASURES.length);
    for (const r of heads) expect(words(progress, r, 'ABCDEFG')).toEqual(['排名', '单位', '目标任务', '实际完成', '完成率', '差距', '备注']);
  });
});

describe('核查结果', () => {
  const s = async () => (await book()).seen['核查结果']!;

  it('fills each finding’s severity and links its cell in the city table, the sheet name quoted', async () => {
    const sheet = await s();
    expect([v(sheet, 'A2'), v(sheet, 'A12'), v(sheet, 'A14')]).toEqual(['错误', '警告', '提示']);
    expect([sheet.cells['A2']!.fill, sheet.cells['A12']!.fill, sheet.cells['A14']!.fill]).toEqual([RED, YELLOW, LAVENDER]);
    expect(v(sheet, 'J2')).toBe(`=HYPERLINK("#'县 ''床位'''!C1","C1")`);
    expect(sheet.cells['J2']!.color).toBe('FF0563C1');
  });

  it('names the cell without a link, in link colour or not, where the workbook has no table', async () => {
    // A workbook of the findings alone (findingsWorkbook): no table to link to.
    const plain = new ExcelJS.Workbook();
    addFindingsSheet(plain, XINFENG.slice(0, 1), null);
    const linked = (await readBack(plain, 'findings.xlsx'))['核查结果']!;
    expect(v(linked, 'J2')).toBe('C1');
    expect(linked.cells['J2']!.color).not.toBe('FF0563C1');
  });

  it('merges no cell: a filtered table is sorted by its rows', async () => {
    expect((await s()).merged).toEqual([]);
  });

  it('freezes, filters and prints its header row', async () => {
    const sheet = await s();
    expect(sheet.freeze).toBe('A2');
    expect(sheet.filter).toBe('A1:J14');
    expect(sheet.titles).toBe('$1:$1');
  });
});

describe('进度通报', () => {
  const s = async () => (await book()).seen['进度通报']!;

  it('shows the rates as percentages and the figures grouped, one measure a page', async () => {
    const sheet = await s();
    expect([v(sheet, 'B6'), v(sheet, 'E6'), sheet.cells['E6']!.fmt, sheet.cells['C6']!.fmt, sheet.cells['D6']!.fmt, sheet.cells['F6']!.fmt]).toEqual(['县1', 1.2, '0.0%', '#,##0', '#,##0', '#,##0']);
    // The first measure’s 22 rows end at 27 and its sentence at 28; the second begins at 30, after a break.
    expect(v(sheet, 'A28')).toBe('新增改造床位：完成情况');
    expect(sheet.breaks).toEqual([29]);
    expect(String(v(sheet, 'A30'))).toContain('护理型床位');
  });

  it('charts only the rated counties, in column H beside the table and as tall as it', async () => {
    const { charts } = await book();
    expect(charts.map((c) => [c.categories.range, c.values.range, c.categories.values.length])).toEqual([
      ['$B$6:$B$25', '$E$6:$E$25', 20],
      ['$B$32:$B$33', '$E$32:$E$33', 2],
    ]);
    expect(charts[0]!.values.values).toEqual(LONG.slice(0, 20).map((r) => r.rate));
    // Rows 4–28 hold the first measure: its chart spans them (25 rows, more than the 16 a chart takes at least).
    expect(charts.map((c) => c.anchor)).toEqual([
      { c1: 7, r1: 3, c2: 8, r2: 28 },
      { c1: 7, r1: 29, c2: 8, r2: 45 },
    ]);
  });

  it('merges the title and its basis across the chart’s column too, each measure’s heading and sentence across its table', async () => {
    const sheet = await s();
    // The first measure: heading 4, sentence 28; the second: heading 30, sentence 35 (rows 30–35).
    expect([...sheet.merged].sort()).toEqual(['A1:H1', 'A28:G28', 'A2:H2', 'A30:G30', 'A35:G35', 'A4:G4']);
  });

  it('prints the tables with their charts, to column H', async () => {
    const sheet = await s();
    // The second measure: rows 30–35, its chart 16 rows from 30; the print area ends two rows after.
    expect(sheet.area).toEqual(['$A$1:$H$48']);
  });
});
