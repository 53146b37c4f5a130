/**
 * The 核查结果 worksheet part, driven directly on a small report: the whole part typed out, so a
 * cell, a row height, a link, a merge or a print setting that moves shows. SpreadsheetML's terms are
 * ECMA-376 Part 1: 18.3.1.4 c (inline strings, `t="inlineStr"`), 18.3.1.73 row (`ht` in points with
 * `customHeight`), 18.3.1.47 hyperlink (`location` within the workbook needs no relationship),
 * 18.3.1.55 mergeCell, 18.3.1.66 pane (frozen rows), 18.3.1.63 pageSetup (paperSize 9 is A4).
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportSheet } from '../../src/check/reportSheet';
import { MarkStyles, MINIMAL_STYLES } from '../../src/xlsx/markStyles';
import { reportPart } from '../../src/xlsx/reportPart';

const styles = (): MarkStyles => new MarkStyles(strToU8(MINIMAL_STYLES), 'xl/styles.xml');

/** Four columns: the third is each line's link, the fourth its severity. Widths in the layout's characters. */
const REPORT: ReportSheet = {
  title: '核查结果',
  columns: [
    { header: '序号', width: 4 },
    { header: '工作表', width: 8 },
    { header: '单元格', width: 6 },
    { header: '级别', width: 4 },
  ],
  lines: [
    { values: [1, "县表'甲", 'B3', '错误'], severity: 'error', link: { sheet: "县表'甲", cell: 'B3' } },
    { values: [2, '一个很长的表名', null, '警告'], severity: 'warning', link: { sheet: '县表', cell: 'A0' } },
  ],
  legend: [
    { fill: 'FFC7CE', meaning: '错误' },
    { fill: 'D9D9D9', meaning: '灰色 & 锁定' },
  ],
  empty: '未发现问题。',
  more: ['另有 3 条未列出。'],
};

const text = (ref: string, s: number, value: string): string => `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;

describe('the 核查结果 part', () => {
  it('is the title, the header row, a line per finding, what was not listed, and the legend, each where and as it should be', () => {
    // Styles are made in the order first asked: 1 body, 2 title, 3 header, 4 link, then each line's
    // severity (5 error, 6 warning), 7 the legend's heading, 8 and 9 its two fills.
    const rows = [
      `<row r="1" ht="24" customHeight="1">${text('A1', 2, '核查结果')}</row>`,
      `<row r="2" ht="15" customHeight="1">${text('A2', 3, '序号')}${text('B2', 3, '工作表')}${text('C2', 3, '单元格')}${text('D2', 3, '级别')}</row>`,
      `<row r="3" ht="15" customHeight="1"><c r="A3" s="1"><v>1</v></c>${text('B3', 1, '县表&apos;甲')}${text('C3', 4, 'B3')}${text('D3', 5, '错误')}</row>`,
      // 一个很长的表名 is 14 characters wide in a column of 8: two lines of 15 pt.
      `<row r="4" ht="30" customHeight="1"><c r="A4" s="1"><v>2</v></c>${text('B4', 1, '一个很长的表名')}<c r="C4" s="4"/>${text('D4', 6, '警告')}</row>`,
      `<row r="5">${text('A5', 1, '另有 3 条未列出。')}</row>`,
      '<row r="6"></row>',
      `<row r="7">${text('A7', 7, '图例')}</row>`,
      `<row r="8"><c r="A8" s="8"/>${text('B8', 1, '错误')}</row>`,
      `<row r="9"><c r="A9" s="9"/>${text('B9', 1, '灰色 &amp; 锁定')}</row>`,
    ];
    expect(reportPart(REPORT, styles())).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
        // Excel's width for n characters is n × 1.1 + 2 (look.ts): 6.4, 10.8, 8.6, 6.4.
        '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="6.40" customWidth="1"/><col min="2" max="2" width="10.80" customWidth="1"/><col min="3" max="3" width="8.60" customWidth="1"/><col min="4" max="4" width="6.40" customWidth="1"/></cols>' +
        `<sheetData>${rows.join('')}</sheetData>` +
        '<mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="B8:D8"/><mergeCell ref="B9:D9"/></mergeCells>' +
        // Only a real cell address is a link: A0 is not one.
        '<hyperlinks><hyperlink ref="C3" location="&apos;县表&apos;&apos;甲&apos;!B3" display="B3"/></hyperlinks>' +
        '<pageMargins left="0.25" right="0.25" top="0.5" bottom="0.5" header="0.2" footer="0.2"/>' +
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>' +
        '</worksheet>',
    );
  });

  it('adds the styles it uses to the styles part: bold 16 pt title, the header fill, the link font, each severity and legend fill', () => {
    const s = styles();
    reportPart(REPORT, s);
    const part = strFromU8(s.toBytes());
    expect(part).toContain('<cellXfs count="10">');
    for (const rgb of ['FFD6DCE4', 'FFFFC7CE', 'FFFFEB9C', 'FFD9D9D9']) expect(part, rgb).toContain(`<fgColor rgb="${rgb}"/>`);
    expect(part).toContain('<font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font>');
    expect(part).toContain('<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="宋体"/><charset val="134"/></font>');
  });

  it('gives each style the look it stands for: font, fill and wrapping, read back through cellXfs (18.8.10), fonts (18.8.23) and fills (18.8.21)', () => {
    const s = styles();
    reportPart(REPORT, s);
    const part = strFromU8(s.toBytes());
    const list = (outer: string, inner: RegExp): string[] => [...(new RegExp(`<${outer}[^>]*>(.*?)</${outer}>`, 'u').exec(part)?.[1] ?? '').matchAll(inner)].map((m) => m[0]);
    const fonts = list('fonts', /<font>.*?<\/font>/gu);
    const fills = list('fills', /<fill>.*?<\/fill>/gu);
    const looks = list('cellXfs', /<xf [^>]*?(?:\/>|>.*?<\/xf>)/gu).map((xf) => {
      const id = (name: string): number => Number(new RegExp(` ${name}="(\\d+)"`, 'u').exec(xf)![1]);
      const font = fonts[id('fontId')]!.replace(/<name val="宋体"\/><charset val="134"\/>/u, ' 宋体');
      const fill = /rgb="FF(\w{6})"/u.exec(fills[id('fillId')]!)?.[1] ?? '';
      return `${font} ${fill} ${xf.includes('wrapText="1"') ? 'wrap' : ''}`.replace(/<\/?font>/gu, '').trim();
    });
    const plain = '<sz val="11"/> 宋体';
    expect(looks.slice(1)).toEqual([
      `${plain}  wrap`, // 1 body
      '<b/><sz val="16"/> 宋体', // 2 title
      '<b/><sz val="11"/> 宋体 D6DCE4 wrap', // 3 header
      '<u/><sz val="11"/><color rgb="FF0563C1"/> 宋体  wrap', // 4 link
      `${plain} FFC7CE wrap`, // 5 error
      `${plain} FFEB9C wrap`, // 6 warning
      '<b/><sz val="11"/> 宋体', // 7 legend heading
      '<sz val="11"/><name val="Calibri"/><family val="2"/> FFC7CE', // 8 legend fill: the fill alone, on the workbook's default font
      '<sz val="11"/><name val="Calibri"/><family val="2"/> D9D9D9', // 9
    ]);
  });

  it('an empty text is an empty cell; Latin text counts one character wide, so it fits where it fits', () => {
    const xml = reportPart({ ...REPORT, lines: [{ ...REPORT.lines[0]!, values: [3, 'ABCDEFGH', '', '错误'] }], more: [] }, styles());
    // ABCDEFGH is 8 characters in the column of 8: one line.
    expect(xml).toContain(`<row r="3" ht="15" customHeight="1"><c r="A3" s="1"><v>3</v></c>${text('B3', 1, 'ABCDEFGH')}<c r="C3" s="4"/>`);
  });

  it('counts Chinese quotation marks two characters wide, as a Chinese font prints them', () => {
    // In the column of 8: 县表甲乙 is 8 characters, one line; “县表”A is 9, two lines.
    const line = (sheet: string) => reportPart({ ...REPORT, lines: [{ ...REPORT.lines[0]!, values: [3, sheet, '', '错误'] }], more: [] }, styles());
    expect(line('县表甲乙')).toContain('<row r="3" ht="15" customHeight="1">');
    expect(line('“县表”A')).toContain('<row r="3" ht="30" customHeight="1">');
  });

  it('links every finding with a cell, one after the other', () => {
    const xml = reportPart({ ...REPORT, lines: [REPORT.lines[0]!, { ...REPORT.lines[0]!, link: { sheet: 'S', cell: 'C9' } }] }, styles());
    expect(xml).toContain('<hyperlinks><hyperlink ref="C3" location="&apos;县表&apos;&apos;甲&apos;!B3" display="B3"/><hyperlink ref="C4" location="&apos;S&apos;!C9" display="C9"/></hyperlinks>');
  });

  it('with nothing found says so under the header, then what was not listed, and has no hyperlinks', () => {
    const xml = reportPart({ ...REPORT, lines: [] }, styles());
    expect(xml).toContain(`<row r="3">${text('A3', 1, '未发现问题。')}</row><row r="4">${text('A4', 1, '另有 3 条未列出。')}</row><row r="5"></row>`);
    // Nothing at all between the merges and the margins (CT_Worksheet's order, 18.3.1.99).
    expect(xml).toMatch(/<\/mergeCells><pageMargins /u);
  });

  it('a cell address of one to three letters and a row from 1 is a link; anything else is not', () => {
    const linked = (cell: string): boolean => reportPart({ ...REPORT, lines: [{ ...REPORT.lines[0]!, link: { sheet: 'S', cell } }] }, styles()).includes('<hyperlink ');
    expect(['A1', 'XFD1048576', 'AB12'].map(linked)).toEqual([true, true, true]);
    expect(['A0', 'ABCD1', 'a1', '$A$1', 'A1:B2', '', 'A01'].map(linked)).toEqual([false, false, false, false, false, false, false]);
  });
});
