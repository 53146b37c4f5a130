/**
 * The 核查结果 sheet (src/check/reportSheet.ts) as a worksheet part of the annotated copy, written
 * here as XML, not by a library: a title over the columns, the findings under a header row that stays
 * in view, each cell address a link to its cell (a `<hyperlink>` with a
 * `location`, which needs no relationship), each severity in its fill, and the legend of fills under
 * the list. It prints on A4 landscape one page wide. Text is inline (`t="inlineStr"`), so the
 * workbook's shared strings are neither read nor changed.
 */
import type { ReportSheet } from '../check/reportSheet';
import { a1, quotedSheet } from '../templates/address';
import { FILL, MARGINS_INCHES, PAGE_FOOTER, TITLE_SIZE, excelWidth } from '../templates/look';
import { textWidth } from '../templates/lines';
import { SEVERITY_FILL } from '../check/markFill';
import type { MarkStyles } from './markStyles';
import { escapeXml } from '../round/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const A4 = 9;
/** The column of each line's cell address, which links to its cell (0-based). */
const LINK_COLUMN = 2;
const SEVERITY_COLUMN = 3;

const cellXml = (r: number, c: number, value: string | number | null, style: number): string => {
  const ref = a1(r, c);
  if (value === null || value === '') return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
};

/** A line of 11 pt text, in points, as Excel's default row is (15 pt for one line). */
const LINE_POINTS = 15;

/**
 * A row's height for its wrapped text: written out, since neither LibreOffice nor Excel fits a row to
 * wrapped text in a file that gives no height (LibreOffice drew such lines over each other).
 */
function rowHeight(values: readonly (string | number | null)[], widths: readonly number[]): number {
  const lines = Math.max(1, ...values.map((v, i) => Math.ceil(textWidth(String(v ?? '')) / Math.max(1, widths[i] ?? 1))));
  return lines * LINE_POINTS;
}

/** The worksheet part, its styles added to `styles`. */
export function reportPart(report: ReportSheet, styles: MarkStyles): string {
  const width = report.columns.length;
  const last = a1(0, width - 1).replace(/\d+$/u, '');
  const body = styles.styleOf(0, { font: {}, wrap: true });
  const title = styles.styleOf(0, { font: { bold: true, size: TITLE_SIZE } });
  const header = styles.styleOf(0, { fill: FILL.header, font: { bold: true }, wrap: true });
  const link = styles.styleOf(0, { font: { link: true }, wrap: true });
  const rows: string[] = [];
  const merges: string[] = [];
  const links: string[] = [];
  const row = (cells: string[], height?: number) => rows.push(`<row r="${rows.length + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells.join('')}</row>`);

  row([cellXml(0, 0, report.title, title)], 24);
  merges.push(`A1:${last}1`);
  const widths = report.columns.map((c) => c.width);
  row(report.columns.map((c, i) => cellXml(1, i, c.header, header)), rowHeight(report.columns.map((c) => c.header), widths));
  for (const line of report.lines) {
    const r = rows.length;
    row(
      line.values.map((v, i) => {
        if (i === LINK_COLUMN) return cellXml(r, i, v, link);
        if (i === SEVERITY_COLUMN) return cellXml(r, i, v, styles.styleOf(0, { fill: SEVERITY_FILL[line.severity], font: {}, wrap: true }));
        return cellXml(r, i, v, body);
      }),
      rowHeight(line.values, widths),
    );
    if (/^[A-Z]{1,3}[1-9]\d*$/u.test(line.link.cell)) links.push(`<hyperlink ref="${a1(r, LINK_COLUMN)}" location="${escapeXml(`${quotedSheet(line.link.sheet)}!${line.link.cell}`)}" display="${line.link.cell}"/>`);
  }
  for (const text of report.lines.length === 0 ? [report.empty, ...report.more] : report.more) row([cellXml(rows.length, 0, text, body)]);
  row([]);
  row([cellXml(rows.length, 0, '图例', styles.styleOf(0, { font: { bold: true } }))]);
  for (const item of report.legend) {
    const r = rows.length;
    row([cellXml(r, 0, null, styles.styleOf(0, { fill: item.fill })), cellXml(r, 1, item.meaning, body)]);
    merges.push(`B${r + 1}:${last}${r + 1}`);
  }

  const cols = report.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${excelWidth(c.width).toFixed(2)}" customWidth="1"/>`).join('');
  const m = MARGINS_INCHES;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${A4}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&C${PAGE_FOOTER}`)}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}
