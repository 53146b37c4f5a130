/**
 * A made-up round for the sheets a merged city workbook carries beside its table (报送情况, 核查结果,
 * 进度通报; src/xlsx/roundSheets.ts), and the workbook read back by openpyxl as another program sees
 * it: words, fills, fonts, borders, row heights, column widths, merges, the frozen header, the filter
 * and the page setup. test/xlsx/roundSheets.test.ts reads the words, roundSheetsLook.test.ts the look.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/check';
import type { BarChart } from '../../src/round/chartXml';
import type { MeasureProgress, ProgressRow } from '../../src/round/progress';
import type { CountyResult, RoundStatus } from '../../src/round/status';
import { buildTemplate } from '../../src/templates';
import { addFindingsSheet, addProgressSheet, addStatusSheet } from '../../src/xlsx/roundSheets';
import { pythonJson } from './python';
import { tempDir } from './workbooks';

export const AS_OF = '2026-03-01';

export const finding = (n: number, severity: Finding['severity'], county: string | null = '信丰县'): Finding => ({
  cell: `C${n}`,
  severity,
  ruleId: 'task.cumulative',
  county,
  measure: '新增改造床位',
  year: 2020 + n,
  expected: 100,
  actual: 90,
  gap: 10,
  message: { zh: `第${n}条`, en: `number ${n}` },
  citation: { document: '赣市府字〔2022〕94号', section: '附件', quote: '新增改造床位' },
});

const county = (name: string, status: CountyResult['status'], findings: Finding[] = [], reason?: string, files = status === 'missing' ? [] : [`${name}报表.xlsx`]): CountyResult => ({
  key: name,
  county: name,
  status,
  files,
  findings,
  ...(reason ? { reason: { zh: reason, en: reason } } : {}),
});

// 信丰县: ten errors, two warnings and a note; 报送情况 lists eight and counts the other four.
// 会昌县: exactly eight errors, all listed. 于都县: two returns that differ, two lines of file names.
export const XINFENG = [...Array.from({ length: 10 }, (_, i) => finding(i + 1, 'error')), finding(11, 'warning'), finding(12, 'warning'), finding(13, 'info')];
const HUICHANG = Array.from({ length: 8 }, (_, i) => finding(i + 1, 'error', '会昌县'));
export const STATUS: RoundStatus = {
  counties: [
    county('章贡区', 'submitted'),
    county('信丰县', 'hasErrors', XINFENG),
    county('于都县', 'conflict', [], '两份报表数字不同', ['于都县报表.xlsx', '于都县报表（更正）.xlsx']),
    county('赣县区', 'missing', [], '没有收到报表'),
    county('会昌县', 'hasErrors', HUICHANG),
  ],
  files: [
    { file: '章贡区报表.xlsx', status: 'merged' },
    { file: '说明.xlsx', status: 'unrecognised', reason: { zh: '没有 careplan 工作表', en: 'no careplan sheet' } },
  ],
};

export const row = (countyName: string, rank: number | null, done: number | null): ProgressRow => ({
  county: countyName,
  rank,
  target: 100,
  done,
  rate: done === null ? null : done / 100,
  gap: done === null ? null : 100 - done,
  note: '',
});
// The first measure: 22 counties, 20 of them rated, longer than a chart's 16 rows; the second: 3.
export const LONG = [...Array.from({ length: 20 }, (_, i) => row(`县${i + 1}`, i + 1, 120 - i)), row('县21', null, null), row('县22', null, null)];
export const measure = (name: string, rows: ProgressRow[]): MeasureProgress => ({
  measure: name,
  unit: '张',
  kind: 'task',
  years: [2021, 2022],
  due: true,
  base: null,
  rows,
  slow: [],
  sentence: `${name}：完成情况`,
});
export const MEASURES = [measure('新增改造床位', LONG), measure('护理型床位', [row('甲县', 1, 100), row('乙县', 2, 50), row('丙县', null, null)])];

export interface SheetSeen {
  cells: Record<string, CellSeen>;
  merged: string[];
  freeze: string | null;
  titles: string | null;
  filter: string | null;
  breaks: number[];
  area: string[] | null;
  heights: Record<string, number>;
  /** Column widths by number (1 = A). */
  widths: Record<string, number>;
  page: { paper: number | null; orientation: string | null; fit: boolean | null; fitWidth: number | null; fitHeight: number | null; footer: string | null };
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface CellSeen {
  v: unknown;
  fill: string | null;
  fmt: string;
  color: string | null;
  font: { name: string | null; size: number | null; bold: boolean; underline: string | null };
  /** The style of each of the four edges (null: none). */
  border: (string | null)[];
  align: { h: string | null; v: string | null; wrap: boolean };
}

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = {}
    for r in ws.iter_rows():
        for c in r:
            if c.value is None: continue
            f = c.fill.fgColor.rgb if c.fill and c.fill.fill_type == 'solid' else None
            col = c.font.color.rgb if c.font and c.font.color is not None else None
            b = c.border
            cells[c.coordinate] = {'v': c.value, 'fill': f, 'fmt': c.number_format, 'color': col,
                'font': {'name': c.font.name, 'size': c.font.sz, 'bold': bool(c.font.b), 'underline': c.font.u},
                'border': [e.style if e is not None else None for e in (b.top, b.left, b.bottom, b.right)],
                'align': {'h': c.alignment.horizontal, 'v': c.alignment.vertical, 'wrap': bool(c.alignment.wrap_text)}}
    widths = {}
    for d in ws.column_dimensions.values():
        if d.customWidth:
            for i in range(d.min, d.max + 1): widths[str(i)] = d.width
    ps, pr, m = ws.page_setup, ws.sheet_properties.pageSetUpPr, ws.page_margins
    out[ws.title] = {
        'cells': cells,
        'merged': sorted(str(m) for m in ws.merged_cells.ranges),
        'freeze': ws.freeze_panes,
        'titles': ws.print_title_rows,
        'filter': ws.auto_filter.ref,
        'breaks': [b.id for b in ws.row_breaks.brk],
        'area': ws.print_area,
        'heights': {str(k): d.height for k, d in ws.row_dimensions.items() if d.height},
        'widths': widths,
        'page': {'paper': ps.paperSize, 'orientation': ps.orientation, 'fit': pr.fitToPage if pr is not None else None,
            'fitWidth': ps.fitToWidth, 'fitHeight': ps.fitToHeight, 'footer': ws.oddFooter.center.text},
        'margins': {'left': m.left, 'right': m.right, 'top': m.top, 'bottom': m.bottom, 'header': m.header, 'footer': m.footer},
    }
print(json.dumps(out, ensure_ascii=False, default=str))
`;

/** A workbook as openpyxl reads it, each sheet by name. */
export async function readBack(wb: ExcelJS.Workbook, name: string): Promise<Record<string, SheetSeen>> {
  const file = path.join(tempDir(), name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return pythonJson<Record<string, SheetSeen>>(READ, [file]);
}

/**
 * The round's three sheets, written again inside each test rather than once in beforeAll or
 * memoized: Stryker's per-test coverage counts what a hook runs as static and leaves its mutants
 * out, and credits code a memo ran to the first test alone, so a mutant would be run against that
 * test only.
 */
export async function book(): Promise<{ seen: Record<string, SheetSeen>; charts: BarChart[] }> {
  const city = buildTemplate('gz-beds');
  const wb = new ExcelJS.Workbook();
  addStatusSheet(wb, city, STATUS, AS_OF);
  addFindingsSheet(wb, XINFENG, "县 '床位'");
  const charts = addProgressSheet(wb, city, MEASURES, AS_OF);
  return { seen: await readBack(wb, 'round.xlsx'), charts };
}

export const v = (s: SheetSeen, a: string): unknown => s.cells[a]?.v ?? null;
