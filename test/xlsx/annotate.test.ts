import ExcelJS, { type Cell, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/check/finding';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { annotate, type Mark } from '../../src/xlsx/annotate';
import { FILL, SEVERITY_FILL } from '../../src/templates/look';
import { argb } from '../../src/xlsx/styles';
import { writeTemplate } from '../../src/xlsx/write';

const t = buildTemplate('gz-beds', { county: '于都县' });
const l = layout(t);
const at = (col: string): string => l.address({ table: 'main', row: 'yudu', col });
const SHEET = t.sheet;

const TASK_2023 = at('task2023');
const TASK_2024 = at('task2024');
const DONE_2023 = at('done2023');
const BEDS_2023 = at('beds2023');
const NURSING_2023 = at('nursing2023');
const SHARE_2023 = at('nursingShare2023');

const USER_NOTE = '已与民政局核对 / checked with the civil affairs bureau';

function finding(cell: string, severity: Severity, over: Partial<Finding> = {}): Finding {
  return {
    cell,
    severity,
    ruleId: 'task.cumulative',
    county: '于都县',
    measure: '新增改造床位',
    year: 2023,
    expected: 816,
    actual: 700,
    gap: 116,
    message: { zh: '于都县截至 2023 年累计新增改造床位 700 张，未达到累计任务 816 张', en: 'Yudu added 700 beds by 2023, short of its cumulative task of 816' },
    citation: { document: '赣市府字〔2022〕94号', section: '县（市、区）新增改造养老床位分解表', quote: '于都县 289 272 255' },
    ...over,
  };
}

async function load(bytes: Uint8Array): Promise<Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb.getWorksheet(SHEET)!;
}

const fillOf = (c: Cell): string | undefined => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb : undefined);

const noteText = (c: Cell): string => {
  const n = c.note as string | ExcelJS.Comment | undefined;
  return typeof n === 'string' ? n : (n?.texts ?? []).map((r) => r.text).join('');
};

/** Every cell's value, formula and cached result, by address. */
function contents(ws: Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((c) => void out.set(c.address, [c.type, c.value, c.formula, c.result])));
  return out;
}

/** A county's filled-in form: figures typed into the inputs, and a note of the user's own on one of them. */
let filled: Uint8Array;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplate(t)).slice().buffer);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell(DONE_2023).value = 700;
  ws.getCell(BEDS_2023).value = 6500;
  ws.getCell(NURSING_2023).value = 3000;
  ws.getCell(BEDS_2023).note = USER_NOTE;
  ws.getCell(NURSING_2023).note = { texts: [{ text: '重要：', font: { bold: true } }, { text: '含在建床位' }] };
  filled = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('annotate', () => {
  it('colours each marked cell by its most severe finding and notes every finding with its clause', async () => {
    const marks: Mark[] = [
      { sheet: SHEET, finding: finding(TASK_2023, 'warning', { ruleId: 'task.progress', message: { zh: '进度偏慢', en: 'Behind schedule' } }) },
      { sheet: SHEET, finding: finding(TASK_2023, 'error') },
      { sheet: SHEET, finding: finding(DONE_2023, 'warning', { expected: null, actual: null, gap: null, citation: null }) },
      { sheet: SHEET, finding: finding(SHARE_2023, 'info') },
    ];
    const ws = await load(await annotate(filled, marks));

    expect(fillOf(ws.getCell(TASK_2023))).toBe(argb(SEVERITY_FILL.error));
    expect(fillOf(ws.getCell(DONE_2023))).toBe(argb(SEVERITY_FILL.warning));
    expect(fillOf(ws.getCell(SHARE_2023))).toBe(argb(SEVERITY_FILL.info));

    const note = noteText(ws.getCell(TASK_2023));
    expect(note).toContain('进度偏慢');
    expect(note).toContain('Behind schedule');
    expect(note).toContain('于都县截至 2023 年累计新增改造床位 700 张，未达到累计任务 816 张');
    expect(note).toContain('Yudu added 700 beds by 2023, short of its cumulative task of 816');
    expect(note).toMatch(/816.*700.*116/su);
    expect(note).toContain('依据：赣市府字〔2022〕94号 县（市、区）新增改造养老床位分解表：“于都县 289 272 255”');
    // Chinese before English, finding by finding, in the order they came.
    expect(note.indexOf('进度偏慢')).toBeLessThan(note.indexOf('Behind schedule'));
    expect(note.indexOf('Behind schedule')).toBeLessThan(note.indexOf('于都县截至'));
    expect(noteText(ws.getCell(DONE_2023))).not.toContain('依据');
  });

  it('leaves unmarked cells as they were, even those that shared the marked cell\'s style', async () => {
    const out = await annotate(filled, [{ sheet: SHEET, finding: finding(TASK_2023, 'error') }]);
    const ws = await load(out);
    expect(fillOf(ws.getCell(TASK_2024))).toBe(argb(FILL.document));
    expect(ws.getCell(TASK_2024).note).toBeUndefined();
    expect(fillOf(ws.getCell(DONE_2023))).toBe(argb(FILL.input));
    expect(strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']!)).toMatch(/<sheetProtection [^>]*sheet="1"/u);
    expect(ws.getCell(DONE_2023).protection?.locked).toBe(false);
  });

  it("keeps a user's note, plain or formatted, and adds the findings after it", async () => {
    const ws = await load(
      await annotate(filled, [
        { sheet: SHEET, finding: finding(BEDS_2023, 'error', { message: { zh: '床位数与上年不衔接', en: 'Beds do not follow on from last year' } }) },
        { sheet: SHEET, finding: finding(NURSING_2023, 'warning', { message: { zh: '护理型床位偏少', en: 'Few nursing-type beds' } }) },
      ]),
    );
    const plain = noteText(ws.getCell(BEDS_2023));
    expect(plain.startsWith(USER_NOTE)).toBe(true);
    expect(plain).toContain('床位数与上年不衔接');

    const rich = ws.getCell(NURSING_2023).note as ExcelJS.Comment;
    expect(rich.texts?.[0]).toMatchObject({ text: '重要：', font: { bold: true } });
    expect(noteText(ws.getCell(NURSING_2023))).toMatch(/^重要：含在建床位\n\n.*护理型床位偏少/su);
  });

  it('changes no value, formula or cached result anywhere', async () => {
    const before = contents(await load(filled));
    const marks = [TASK_2023, DONE_2023, BEDS_2023, SHARE_2023].map((cell) => ({ sheet: SHEET, finding: finding(cell, 'error') }));
    const after = contents(await load(await annotate(filled, marks)));
    expect(after).toEqual(before);
    expect(before.get(DONE_2023)).toContainEqual(700);
  });

  it('does not modify the bytes it is given', async () => {
    const copy = filled.slice();
    const out = await annotate(filled, [{ sheet: SHEET, finding: finding(TASK_2023, 'error') }]);
    expect(filled).toEqual(copy);
    expect(out).not.toBe(filled);
  });

  it('skips a sheet the workbook does not have and a finding with no cell address', async () => {
    const ws = await load(
      await annotate(filled, [
        { sheet: '没有这张表', finding: finding('A1', 'error') },
        { sheet: SHEET, finding: finding('', 'error') },
        { sheet: SHEET, finding: finding(TASK_2023, 'info') },
      ]),
    );
    expect(fillOf(ws.getCell(TASK_2023))).toBe(argb(SEVERITY_FILL.info));
    expect(ws.getCell('A1').note).toBeUndefined();
  });
});

describe('the 核查结果 sheet of an annotated copy', () => {
  it('lists each finding with its sheet, a link to its cell, county, year and message, and a legend of the fills under them', async () => {
    const marks: Mark[] = [
      { sheet: SHEET, finding: finding(DONE_2023, 'error') },
      { sheet: SHEET, finding: finding(BEDS_2023, 'warning', { ruleId: 'input.notFilled', message: { zh: '于都县 2023 年末养老床位数未填写', en: 'not filled' } }) },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await annotate(filled, marks)).slice().buffer);
    const report = wb.getWorksheet('核查结果')!;
    expect(report, 'a sheet named 核查结果').toBeDefined();
    const rows: unknown[][] = [];
    report.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows[header]).toEqual(['序号', '工作表', '单元格', '级别', '县（市、区）', '指标', '年度', '问题', '应为', '实际', '依据']);
    const first = rows[header + 1]!;
    expect(first.slice(0, 2)).toEqual([1, SHEET]);
    // The address is a link to the cell on the user's sheet.
    expect(first[2]).toEqual({ text: DONE_2023, hyperlink: `#'${SHEET}'!${DONE_2023}` });
    expect(first.slice(3, 8)).toEqual(['错误', '于都县', '新增改造床位', 2023, marks[0]!.finding.message.zh]);
    expect(rows[header + 2]![2]).toEqual({ text: BEDS_2023, hyperlink: `#'${SHEET}'!${BEDS_2023}` });
    expect(fillOf(report.getCell(header + 2, 4))).toBe(argb(SEVERITY_FILL.error));
    expect(fillOf(report.getCell(header + 3, 4))).toBe(argb(SEVERITY_FILL.warning));
    // The legend: the three marks' fills and the template's grey, yellow and blue, each with its meaning.
    let legend = 0;
    report.eachRow((row, n) => void (row.getCell(1).value === '图例' && (legend = n)));
    expect(legend).toBeGreaterThan(header + 3);
    const fills: string[] = [];
    for (let r = legend + 1; r <= report.rowCount; r++) fills.push(fillOf(report.getCell(r, 1))!);
    expect(fills).toEqual([SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.info, FILL.document, FILL.input, FILL.computed].map(argb));
    expect(String(report.getCell(legend + 5, 2).value)).toContain('黄色');
  });

  it('takes another name where the workbook already has a sheet called 核查结果, and leaves that sheet as it was', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filled.slice().buffer);
    wb.addWorksheet('核查结果').getCell('A1').value = '我们自己的核查';
    const mine = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await annotate(mine, [{ sheet: SHEET, finding: finding(DONE_2023, 'error') }])).slice().buffer);
    expect(out.getWorksheet('核查结果')!.getCell('A1').value).toBe('我们自己的核查');
    expect(out.getWorksheet('核查结果 (2)')).toBeDefined();
  });
});
