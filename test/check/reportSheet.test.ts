/**
 * The 核查结果 sheet of an annotated copy as data: its columns, one line per finding with its link,
 * the legend of the fills and what is said when findings are too many to list. The expected words and
 * widths are typed here, from the sheet a reader prints.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding';
import { REPORT_COLUMNS, REPORT_SHEET, reportSheet, SEVERITY_WORD } from '../../src/check/reportSheet';
import { aFinding } from './finding';

/** 信丰县's 2025 托位数: 300 of 400, with its clause. */
const finding = (over: Partial<Finding>): Finding =>
  aFinding({
    cell: 'D7',
    ruleId: 'level.target',
    county: '信丰县',
    measure: '托位数',
    expected: 400,
    actual: 300,
    gap: 100,
    message: { zh: '托位数未达到目标。', en: 'Short.' },
    citation: { document: '赣州市托育服务实施方案', section: '附件1', quote: '托位400个' },
    ...over,
  });

describe('the sheet’s frame', () => {
  it('is named 核查结果 and has eleven columns, Chinese headers with their widths', () => {
    expect(REPORT_SHEET).toBe('核查结果');
    expect(REPORT_COLUMNS.map((c) => [c.header, c.width])).toEqual([
      ['序号', 4],
      ['工作表', 12],
      ['单元格', 6],
      ['级别', 4],
      ['县（市、区）', 10],
      ['指标', 12],
      ['年度', 6],
      ['问题', 32],
      ['应为', 8],
      ['实际', 8],
      ['依据', 24],
    ]);
    expect(SEVERITY_WORD).toEqual({ error: '错误', warning: '警告', info: '提示' });
  });

  it('is narrow enough for its 11-pt text to print at 10 pt or more across A4 landscape in Excel', () => {
    // A layout width of n characters is n × 1.1 + 2 digits in Excel (templates/look.ts); a digit of
    // Calibri 11 is 7 px and a column has 5 px of padding, 0.75 pt a pixel. Between the quarter-inch
    // margins of A4 landscape (11.69 in) lie 806 pt; Excel shrinks the sheet to fit them.
    const points = REPORT_COLUMNS.reduce((sum, c) => sum + ((c.width * 1.1 + 2) * 7 + 5) * 0.75, 0);
    const scale = Math.min(1, ((11.69 - 0.5) * 72) / points);
    expect(11 * scale).toBeGreaterThanOrEqual(10);
  });

  it('says what to click, what its fills mean and what it says when there is nothing', () => {
    const sheet = reportSheet([]);
    expect(sheet.title).toBe('careplan 核查结果（点击单元格地址可跳转到该单元格）');
    expect(sheet.lines).toEqual([]);
    expect(sheet.more).toEqual([]);
    expect(sheet.empty).toBe('未发现问题。');
    expect(sheet.columns).toEqual([...REPORT_COLUMNS]);
    expect(sheet.legend).toEqual([
      { fill: 'FFC7CE', meaning: '错误：未达到文件要求或填写有误' },
      { fill: 'FFEB9C', meaning: '警告：请核实（如未填写、文件数字被改动）' },
      { fill: 'E4DFEC', meaning: '提示：尚未到期或仅供参考' },
      { fill: 'EDEDED', meaning: '灰色：文件中的数字（已锁定）' },
      { fill: 'FFF5CC', meaning: '黄色：填报单元格' },
      { fill: 'DDEBF7', meaning: '蓝色：公式自动计算' },
    ]);
    // One swatch, one meaning: an information mark on a computed cell must still show.
    expect(new Set(sheet.legend.map((l) => l.fill)).size).toBe(6);
  });
});

describe('a line per finding', () => {
  it('numbers the lines, links each to its cell and fills in every column', () => {
    const sheet = reportSheet([
      { sheet: '托育', finding: finding({}) },
      { sheet: '养老', finding: finding({ cell: 'B3', severity: 'warning', county: null, measure: null, year: null, expected: null, actual: '约三百', citation: null, message: { zh: '应为数字。', en: 'A number.' } }) },
    ]);
    expect(sheet.lines).toEqual([
      {
        severity: 'error',
        link: { sheet: '托育', cell: 'D7' },
        values: [1, '托育', 'D7', '错误', '信丰县', '托位数', 2025, '托位数未达到目标。', 400, 300, '赣州市托育服务实施方案 附件1'],
      },
      {
        severity: 'warning',
        link: { sheet: '养老', cell: 'B3' },
        values: [2, '养老', 'B3', '警告', null, null, null, '应为数字。', null, '约三百', null],
      },
    ]);
  });

  it('cuts a long sheet name in its column but links to the sheet by its whole name', () => {
    const name = '表'.repeat(230);
    const [line] = reportSheet([{ sheet: name, finding: finding({ severity: 'info' }) }]).lines;
    expect(line?.values[1]).toBe(`${'表'.repeat(200)}…（截断，共 230 字符 / cut, 230 characters）`);
    expect(line?.values[3]).toBe('提示');
    expect(line?.link.sheet).toBe(name);
  });
});

describe('more findings than a reader reads', () => {
  it('lists the first 1,000 of each sheet, counts the rest and says where all are', () => {
    const many = (sheet: string, n: number) => Array.from({ length: n }, (_, i) => ({ sheet, finding: finding({ cell: `D${i + 1}` }) }));
    const sheet = reportSheet([...many('托育', 1002), ...many('养老', 1000), ...many('汇总', 2500)]);
    expect(sheet.lines).toHaveLength(3000);
    expect(sheet.lines[999]?.link).toEqual({ sheet: '托育', cell: 'D1000' });
    expect(sheet.lines[1000]?.link).toEqual({ sheet: '养老', cell: 'D1' });
    expect(sheet.lines[2999]?.values[0]).toBe(3000);
    expect(sheet.lines[2999]?.link).toEqual({ sheet: '汇总', cell: 'D1000' });
    expect(sheet.more).toEqual([
      '工作表“托育”另有 2 条未列出；careplan check --json 或 --csv 列出全部。',
      '工作表“汇总”另有 1,500 条未列出；careplan check --json 或 --csv 列出全部。',
    ]);
  });

  it('counts a sheet’s findings wherever they stand in the list', () => {
    const marks = Array.from({ length: 2002 }, (_, i) => ({ sheet: i % 2 === 0 ? '甲' : '乙', finding: finding({ cell: `A${i + 1}` }) }));
    const sheet = reportSheet(marks);
    expect(sheet.lines).toHaveLength(2000);
    expect(sheet.more).toEqual(['工作表“甲”另有 1 条未列出；careplan check --json 或 --csv 列出全部。', '工作表“乙”另有 1 条未列出；careplan check --json 或 --csv 列出全部。']);
  });
});
