/**
 * Findings as a CSV file for Excel and WPS: RFC 4180 quoting (a field with a comma, a quote or a line
 * break is quoted, its quotes doubled), UTF-8 with a byte-order mark so that Excel reads the Chinese,
 * CRLF between records, and OWASP's CSV-injection advice: a field that starts with = + - @, a tab or
 * a carriage return is prefixed with ' so that opening the file runs nothing.
 */
import { describe, expect, it } from 'vitest';
import { csvField, csvText, findingCsvRow, figureText, FINDINGS_CSV_HEAD } from '../../src/check/csv';
import type { Finding } from '../../src/check/finding';

describe('one field', () => {
  it.each([
    ['于都县', '于都县'],
    ['1-2', '1-2'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['300,200', '"300,200"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['说 "够"', '"说 ""够"""'],
    ['', ''],
  ])('%j is written %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});

describe('a finding’s figures', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [1200, '1200'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.3333'],
    [-2.5, '-2.5'],
    [0.00004, '0'],
    ['150张', '150张'],
  ])('%j is written %j', (v, text) => {
    expect(figureText(v)).toBe(text);
  });
});

const finding: Finding = {
  cell: 'D7',
  severity: 'error',
  ruleId: 'task.cumulative',
  county: '于都县',
  measure: '新增改造床位',
  year: 2022,
  expected: 600,
  actual: 410,
  gap: 190,
  message: { zh: '于都县 少 190 张', en: 'Yudu is 190 beds short' },
  citation: { document: '赣市府办字〔2021〕1号', section: '附件1', quote: '于都县 300' },
};

describe('a finding’s row', () => {
  it('has a field for each heading, in the heading’s order, its message in the language asked for', () => {
    const at = { file: '于都.xlsx', sheet: '床位', template: 'gz-beds' };
    const row = findingCsvRow(at, finding, 'zh');
    expect(row).toHaveLength(FINDINGS_CSV_HEAD.length);
    expect(row).toEqual(['于都.xlsx', '床位', 'gz-beds', 'D7', 'error', 'task.cumulative', '于都县', '新增改造床位', '2022', '600', '410', '190', '于都县 少 190 张', '赣市府办字〔2021〕1号', '附件1', '于都县 300']);
    expect(findingCsvRow(at, finding, 'en')[12]).toBe('Yudu is 190 beds short');
  });

  it('a city sheet’s finding with no county, year, figures or clause leaves those fields empty', () => {
    const bare: Finding = { ...finding, county: null, measure: null, year: null, expected: null, actual: null, gap: null, citation: null };
    const row = findingCsvRow({ file: 'a.xlsx', sheet: 'S', template: 'gz-indicators' }, bare, 'zh');
    expect(row.slice(6, 12)).toEqual(['', '', '', '', '', '']);
    expect(row.slice(13)).toEqual(['', '', '']);
  });
});

describe('the file', () => {
  it('starts with the byte-order mark and separates records with CRLF, quoting as it goes', () => {
    expect(csvText([['a', 'b,c'], ['-1', 'd']])).toBe('\uFEFFa,"b,c"\r\n\'-1,d');
  });
});
