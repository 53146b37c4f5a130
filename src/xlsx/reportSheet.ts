/**
 * The 核查结果 sheet (src/check/reportSheet.ts) written with exceljs: a title, the findings under a
 * header row, each cell address a link to its cell, each severity in its fill, and the legend under
 * the list; it prints on A4 landscape one page wide, the header row on every page.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../check/finding';
import { REPORT_SHEET, reportSheet } from '../check/reportSheet';
import { FILL, FONT_NAME, MARGINS_INCHES, PAGE_FOOTER, SEVERITY_FILL, TITLE_SIZE, excelWidth } from '../templates/look';
import { freeSheetName } from '../templates/sheetName';
import { solid } from './styles';

const A4 = 9;
/** The column of each line's cell address, which links to the cell (1-based). */
const LINK_COLUMN = 3;
const SEVERITY_COLUMN = 4;

export function addReportSheet(wb: ExcelJS.Workbook, marks: readonly { sheet: string; finding: Finding }[]): void {
  const report = reportSheet(marks);
  const ws = wb.addWorksheet(freeSheetName(REPORT_SHEET, wb.worksheets.map((w) => w.name)), {
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: MARGINS_INCHES, printTitlesRow: '2:2' },
    headerFooter: { oddFooter: `&C${PAGE_FOOTER}` },
  });
  const width = report.columns.length;
  ws.columns = report.columns.map((c) => ({ width: excelWidth(c.width) }));
  const font = { name: FONT_NAME, size: 11 };
  ws.addRow([report.title]).font = { ...font, bold: true, size: TITLE_SIZE };
  ws.mergeCells(1, 1, 1, width);
  const header = ws.addRow(report.columns.map((c) => c.header));
  header.eachCell((c) => (c.style = { font: { ...font, bold: true }, fill: solid(FILL.header), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
  for (const line of report.lines) {
    const row = ws.addRow(line.values);
    row.eachCell({ includeEmpty: true }, (c) => (c.style = { font, alignment: { vertical: 'top', wrapText: true } }));
    const sheet = line.link.sheet.replace(/'/gu, "''");
    row.getCell(LINK_COLUMN).value = { text: line.link.cell, hyperlink: `#'${sheet}'!${line.link.cell}` };
    row.getCell(LINK_COLUMN).font = { ...font, color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(SEVERITY_COLUMN).fill = solid(SEVERITY_FILL[line.severity]);
  }
  if (report.lines.length === 0) ws.addRow([report.empty]).font = font;
  ws.addRow([]);
  ws.addRow(['图例']).font = { ...font, bold: true };
  for (const item of report.legend) {
    const row = ws.addRow(['', item.meaning]);
    row.getCell(1).fill = solid(item.fill);
    row.getCell(2).font = font;
    ws.mergeCells(row.number, 2, row.number, width);
  }
}
