/**
 * The sheets a merged city workbook carries beside the city table: 报送情况 (who has reported),
 * 核查结果 (every finding of the merged table, each linked to its cell) and 进度通报 (the counties
 * ranked by completion rate, with the sentence naming those behind). Charts are added to the
 * written package afterwards (addCharts.ts); this returns where they go.
 */
import type { Style, Worksheet } from 'exceljs';
import type ExcelJS from 'exceljs';
import type { Finding } from '../check';
import { SEVERITY_WORD } from '../check/reportSheet';
import type { BarChart } from '../round/chartXml';
import { STATUS_FILL } from '../round/look';
import { FILE_STATUS_WORDS, STATUS_WORDS, type CountyStatus } from '../round/messages';
import { PROGRESS_MSG } from '../round/progressMessages';
import type { MeasureProgress } from '../round/progress';
import { errorsOf, warningsOf, type RoundStatus } from '../round/status';
import { quotedSheet } from '../templates/address';
import type { Template } from '../templates/model';
import { SEVERITY_FILL } from '../check/markFill';
import { BODY_SIZE, FILL, FONT_NAME, MARGINS_INCHES, NUM_FMT, PAGE_FOOTER } from '../templates/look';
import { solid } from './styles';
import { textWidth } from '../templates/lines';

export const SHEETS = { status: '报送情况', findings: '核查结果', progress: '进度通报' } as const;

const A4 = 9;
const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BOX = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size = BODY_SIZE, bold = false) => ({ name: FONT_NAME, size, bold });
const STYLE = {
  title: { font: font(16, true), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  line: { font: font(10), alignment: { vertical: 'middle', wrapText: true } },
  heading: { font: font(BODY_SIZE, true), alignment: { vertical: 'middle', wrapText: true } },
  header: { font: font(10, true), fill: solid(FILL.header), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  cell: { font: font(10), border: BOX, alignment: { vertical: 'middle', wrapText: true } },
} satisfies Record<string, Partial<Style>>;

/** How many of a county's error and warning messages 报送情况 lists before counting the rest. */
const LISTED_FINDINGS = 8;

/**
 * Each sheet prints across A4, one page wide. Its widths add up to 126 units or fewer, so that its
 * 10-pt text prints at 10 pt in Excel and WPS (a unit of Calibri 11 is 7 px, and a column has 5 of
 * padding: 126 units over 8 columns are 922 px, 692 pt of the 806 pt between the margins) and at
 * 9 pt or more where a unit is wider (LibreOffice with DejaVu Sans for Calibri; roundSheetsPrint.test).
 * Upright, A4's 559 pt would hold about 75 units: too few for the explanations these tables carry.
 */
function sheet(wb: ExcelJS.Workbook, name: string, widths: readonly number[]): Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: MARGINS_INCHES },
    headerFooter: { oddFooter: `&C${PAGE_FOOTER}` },
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Points of row height per line of 10-pt text, and the cell's padding; a larger font's lines are as much taller. */
const LINE_PT = 13;
const PADDING_PT = 3;
/** A column's width counts digits of the 11-pt body font; 10-pt text fits about 1.5 of textWidth’s units a unit (measured in LibreOffice’s PDF), larger text fewer. */
const DIGITS_PER_WIDTH = 1.5;
const TEXT_PT = 10;

/**
 * A row of cells from column 1, each styled, each value across as many columns as `spans` gives it
 * (1 where it gives none), merged: a banner line is one value across the table.
 */
function put(ws: Worksheet, r: number, values: readonly ExcelJS.CellValue[], style: Partial<Style>, spans: readonly number[] = []): void {
  let column = 1;
  const widths = values.map((v, i) => {
    const span = spans[i] ?? 1;
    const cell = ws.getCell(r, column);
    cell.value = v;
    cell.style = { ...style };
    if (span > 1) ws.mergeCells(r, column, r, column + span - 1);
    const width = Array.from({ length: span }, (_, k) => ws.getColumn(column + k).width ?? 8).reduce((a, b) => a + b, 0);
    column += span;
    return width;
  });
  fitHeight(ws, r, values, widths, (style.font?.size ?? TEXT_PT) / TEXT_PT);
}

/**
 * A row tall enough for its wrapped text: Excel and LibreOffice do not grow a row on opening a file
 * (nor ever for merged cells), so the lines each text needs in its cells' width are counted here.
 */
function fitHeight(ws: Worksheet, r: number, values: readonly ExcelJS.CellValue[], widths: readonly number[], scale: number): void {
  const lines = Math.max(
    1,
    ...values.map((v, i) => (typeof v === 'string' ? v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * scale) / (widths[i]! * DIGITS_PER_WIDTH))), 0) : 1)),
  );
  if (lines > 1) ws.getRow(r).height = Math.max(ws.getRow(r).height ?? 0, lines * LINE_PT * scale + PADDING_PT);
}

export function addStatusSheet(wb: ExcelJS.Workbook, city: Template, status: RoundStatus, asOf: string): void {
  const ws = sheet(wb, SHEETS.status, [6, 12, 10, 24, 6, 6, 46]);
  put(ws, 1, [`${city.title.zh}报送情况`], STYLE.title, [7]);
  const n = (s: CountyStatus) => status.counties.filter((c) => c.status === s).length;
  put(ws, 2, [`截至 ${asOf}：应报 ${status.counties.length} 个，${(['submitted', 'hasErrors', 'conflict', 'missing'] as const).map((s) => `${STATUS_WORDS[s].zh} ${n(s)} 个`).join('，')}。`], STYLE.line, [7]);
  const head = 4;
  put(ws, head, ['序号', city.tables[0]!.columns[0]!.header, '报送情况', '来源文件', '错误', '警告', '说明（原因、错误和警告）'], STYLE.header);
  status.counties.forEach((c, i) => {
    const listed = c.findings.filter((f) => f.severity !== 'info');
    const lines = [...(c.reason ? [c.reason.zh] : []), ...listed.slice(0, LISTED_FINDINGS).map((f) => `${f.cell} ${f.message.zh}`)];
    if (listed.length > LISTED_FINDINGS) lines.push(`……另有 ${listed.length - LISTED_FINDINGS} 条，见“${SHEETS.findings}”`);
    put(ws, head + 1 + i, [i + 1, c.county, STATUS_WORDS[c.status].zh, c.files.join('\n'), errorsOf(c), warningsOf(c), lines.join('\n')], STYLE.cell);
    const fill = STATUS_FILL[c.status];
    if (fill) ws.getCell(head + 1 + i, 3).fill = solid(fill);
  });
  const last = head + status.counties.length;
  ws.autoFilter = { from: { row: head, column: 1 }, to: { row: last, column: 7 } };
  ws.views = [{ state: 'frozen', ySplit: head }];
  ws.pageSetup.printTitlesRow = `${head}:${head}`;
  put(ws, last + 2, ['收到的文件'], STYLE.heading, [7]);
  // The files' table in the same columns: 文件 across B–D, 处理 across E–F.
  const FILE_SPANS = [1, 3, 2, 1];
  put(ws, last + 3, ['序号', '文件', '处理', '说明'], STYLE.header, FILE_SPANS);
  status.files.forEach((f, i) => put(ws, last + 4 + i, [i + 1, f.file, FILE_STATUS_WORDS[f.status].zh, f.reason?.zh ?? ''], STYLE.cell, FILE_SPANS));
}

/** The findings with a link to each cell on `citySheet`, or, in a workbook without the table (null), the cell's address. */
export function addFindingsSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], citySheet: string | null): void {
  const ws = sheet(wb, SHEETS.findings, [6, 12, 12, 6, 8, 8, 8, 30, 26, 7]);
  put(ws, 1, ['级别', '县（市、区）', '栏目', '年份', '应为', '实际', '差距', '说明', '依据', '单元格'], STYLE.header);
  findings.forEach((f, i) => {
    const r = i + 2;
    const cite = f.citation ? `${f.citation.document} ${f.citation.section}：“${f.citation.quote}”` : '';
    // HYPERLINK with a '#' target jumps within the workbook in Excel, WPS and LibreOffice alike.
    const link = citySheet === null ? f.cell : { formula: `HYPERLINK("#${quotedSheet(citySheet)}!${f.cell}","${f.cell}")`, result: f.cell };
    put(ws, r, [SEVERITY_WORD[f.severity], f.county ?? '', f.measure ?? '', f.year, f.expected, f.actual, f.gap, f.message.zh, cite, link], STYLE.cell);
    ws.getCell(r, 1).fill = solid(SEVERITY_FILL[f.severity]);
    if (citySheet !== null) ws.getCell(r, 10).font = { ...font(10), color: { argb: 'FF0563C1' }, underline: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(2, findings.length + 1), column: 10 } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.pageSetup.printTitlesRow = '1:1';
}

/** Columns of a circular's table (STYLE.md “Official returns”), and where its chart stands. */
const PROGRESS_HEAD = ['排名', '单位', '目标任务', '实际完成', '完成率', '差距', '备注'];
/** The chart stands in column H, right of its table, as wide as this. */
const CHART_WIDTH = 40;
const CHART_MIN_ROWS = 16;

export function addProgressSheet(wb: ExcelJS.Workbook, city: Template, measures: readonly MeasureProgress[], asOf: string): BarChart[] {
  const ws = sheet(wb, SHEETS.progress, [6, 12, 10, 10, 8, 8, 30, CHART_WIDTH]);
  put(ws, 1, [PROGRESS_MSG.title(city.title.zh, asOf)], STYLE.title, [8]);
  put(ws, 2, [PROGRESS_MSG.basis(city.basis)], STYLE.line, [8]);
  const charts: BarChart[] = [];
  let r = 4;
  measures.forEach((m, i) => {
    const top = r;
    // One measure a printed page: its table, its sentence and its chart stay together.
    if (i > 0) ws.getRow(top - 1).addPageBreak();
    put(ws, r, [PROGRESS_MSG.heading(i, m.measure, m.unit, m.kind === 'task', m.years, m.base)], STYLE.heading, [7]);
    put(ws, r + 1, PROGRESS_HEAD, STYLE.header);
    m.rows.forEach((row, k) => {
      const at = r + 2 + k;
      put(ws, at, [row.rank, row.county, row.target, row.done, row.rate, row.gap, row.note], STYLE.cell);
      ws.getCell(at, 3).numFmt = NUM_FMT.count;
      ws.getCell(at, 4).numFmt = NUM_FMT.count;
      ws.getCell(at, 5).numFmt = NUM_FMT.share;
      ws.getCell(at, 6).numFmt = NUM_FMT.count;
      ws.getCell(at, 1).alignment = { horizontal: 'center', vertical: 'middle' };
    });
    const end = r + 2 + m.rows.length;
    put(ws, end, [m.sentence], STYLE.heading, [7]);
    const rated = m.rows.filter((row) => row.rate !== null);
    if (rated.length) {
      const first = r + 2;
      const lastRated = first + rated.length - 1;
      charts.push({
        title: `${m.measure}完成率`,
        sheet: SHEETS.progress,
        categories: { range: `$B$${first}:$B$${lastRated}`, values: rated.map((row) => row.county) },
        values: { range: `$E$${first}:$E$${lastRated}`, values: rated.map((row) => row.rate!), name: '完成率' },
        anchor: { c1: 7, r1: top - 1, c2: 8, r2: top - 1 + Math.max(CHART_MIN_ROWS, end - top + 1) },
      });
    }
    r = Math.max(end, top + CHART_MIN_ROWS) + 2;
  });
  ws.pageSetup.printArea = `A1:H${r}`;
  return charts;
}
