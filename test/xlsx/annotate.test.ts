import ExcelJS, { type Cell, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/check/finding';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { annotate, type Mark } from '../../src/xlsx/annotate';
import { SEVERITY_FILL } from '../../src/check/markFill';
import { FILL } from '../../src/templates/look';
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

// exceljs gives a colour as ARGB, alpha first: FF is opaque (https://github.com/exceljs/exceljs#fills), so
// each expected fill is FF then the look's RGB, written out here rather than through the writer's own argb().
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

    expect(fillOf(ws.getCell(TASK_2023))).toBe(`FF${SEVERITY_FILL.error}`);
    expect(fillOf(ws.getCell(DONE_2023))).toBe(`FF${SEVERITY_FILL.warning}`);
    expect(fillOf(ws.getCell(SHARE_2023))).toBe(`FF${SEVERITY_FILL.info}`);

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
    expect(fillOf(ws.getCell(TASK_2024))).toBe(`FF${FILL.document}`);
    expect(ws.getCell(TASK_2024).note).toBeUndefined();
    expect(fillOf(ws.getCell(DONE_2023))).toBe(`FF${FILL.input}`);
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
    expect(fillOf(ws.getCell(TASK_2023))).toBe(`FF${SEVERITY_FILL.info}`);
    expect(ws.getCell('A1').note).toBeUndefined();
  });
});
