/**
 * The 核查结果 sheet of an annotated copy, in no file format's terms: every finding on a line with
 * the sheet and cell it stands on (each a link to that cell), the county, measure and year, what
 * is wrong, the figures and the clause; and under the list a legend of the fills, the marks' and the
 * template's, so that a printed copy says what its colours mean. The annotating face lays it out.
 */
import { FILL } from '../templates/look';
import { LISTED_FINDINGS_PER_SHEET, type Finding, type Severity } from './finding';
import { SEVERITY_FILL } from './markFill';
import { cut } from './messages';

export const REPORT_SHEET = '核查结果';

export const SEVERITY_WORD: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface ReportColumn {
  header: string;
  /** Width in characters, as the layout counts them. */
  width: number;
}

export interface ReportLine {
  values: (string | number | null)[];
  severity: Severity;
  /** The cell the finding is on, for the line's link. */
  link: { sheet: string; cell: string };
}

export interface ReportSheet {
  title: string;
  columns: ReportColumn[];
  lines: ReportLine[];
  /** The fills a reader sees, each with what it means. */
  legend: { fill: string; meaning: string }[];
  /** Said when there is nothing to list. */
  empty: string;
  /** Said under the list for each sheet whose findings were not all listed. */
  more: string[];
}

/**
 * 126 characters in all, so that the sheet's 11-pt text prints at 10 pt across A4 landscape in Excel
 * (the layout's widths become Excel's by look.ts excelWidth; 165 printed it at 8 pt). 问题 and 依据
 * wrap, their rows as tall as their lines.
 */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: '序号', width: 4 },
  { header: '工作表', width: 12 },
  { header: '单元格', width: 6 },
  { header: '级别', width: 4 },
  { header: '县（市、区）', width: 10 },
  { header: '指标', width: 12 },
  { header: '年度', width: 6 },
  { header: '问题', width: 32 },
  { header: '应为', width: 8 },
  { header: '实际', width: 8 },
  { header: '依据', width: 24 },
];

const LEGEND: readonly { fill: string; meaning: string }[] = [
  { fill: SEVERITY_FILL.error, meaning: '错误：未达到文件要求或填写有误' },
  { fill: SEVERITY_FILL.warning, meaning: '警告：请核实（如未填写、文件数字被改动）' },
  { fill: SEVERITY_FILL.info, meaning: '提示：尚未到期或仅供参考' },
  { fill: FILL.document, meaning: '灰色：文件中的数字（已锁定）' },
  { fill: FILL.input, meaning: '黄色：填报单元格' },
  { fill: FILL.computed, meaning: '蓝色：公式自动计算' },
];

/**
 * The sheet for every finding of a checked workbook: the first LISTED_FINDINGS_PER_SHEET of each
 * sheet are listed (as the readable table and the marks list them), the rest counted.
 */
export function reportSheet(marks: readonly { sheet: string; finding: Finding }[]): ReportSheet {
  const perSheet = new Map<string, number>();
  const listed = marks.filter(({ sheet }) => {
    const n = (perSheet.get(sheet) ?? 0) + 1;
    perSheet.set(sheet, n);
    return n <= LISTED_FINDINGS_PER_SHEET;
  });
  const more = [...perSheet].filter(([, n]) => n > LISTED_FINDINGS_PER_SHEET).map(([sheet, n]) => `工作表“${cut(sheet)}”另有 ${(n - LISTED_FINDINGS_PER_SHEET).toLocaleString('en-US')} 条未列出；careplan check --json 或 --csv 列出全部。`);
  return {
    title: 'careplan 核查结果（点击单元格地址可跳转到该单元格）',
    columns: [...REPORT_COLUMNS],
    more,
    lines: listed.map(({ sheet, finding: f }, i) => ({
      severity: f.severity,
      link: { sheet, cell: f.cell },
      values: [
        i + 1,
        cut(sheet),
        f.cell,
        SEVERITY_WORD[f.severity],
        f.county,
        f.measure,
        f.year,
        f.message.zh,
        f.expected,
        f.actual,
        f.citation ? `${f.citation.document} ${f.citation.section}` : null,
      ],
    })),
    legend: [...LEGEND],
    empty: '未发现问题。',
  };
}
