import ExcelJS, { type Cell, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findFunction, invoke } from '../../src/catalog';
import { serialOf } from '../../src/rules/core/dates';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { cellKey, type Template } from '../../src/templates/model';
import { FILL, NUM_FMT, excelWidth } from '../../src/templates/look';
import { MAX_MESSAGE, MAX_TITLE } from '../../src/templates/validation';
import { dateOfSerial, validationFor } from '../../src/xlsx/validation';
import { fileFormula, writeTemplate } from '../../src/xlsx/write';

const AS_OF = '2025-01-01';

async function sheetOf(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; ws: Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  expect(wb.worksheets).toHaveLength(1);
  return { wb, ws: wb.worksheets[0]! };
}

const written = async (t: Template) => sheetOf(await writeTemplate(t));

/** The cell a user finds by its row's words in column A and its column's header text. */
/** Where a county's own form (years down the rows) holds the cell a whole-city header names. */
function yearsDownAddress(t: Template, header: string): string {
  const column = t.tables[0]!.columns.find((c) => c.header === header)!;
  return layout(t).address({ table: 'main', row: t.tables[0]!.rows[0]!.key, col: column.key });
}

function cellAt(ws: Worksheet, rowLabel: string, header: string): Cell {
  let headerRow = 0;
  let col = 0;
  let row = 0;
  ws.eachRow((r, n) => {
    r.eachCell((c, cn) => {
      // A long header is written in lines (templates/lines.ts); a person reads it as one.
      if (String(c.value).replace(/\n/gu, '') === header && !headerRow) [headerRow, col] = [n, cn];
    });
    if (r.getCell(1).value === rowLabel && headerRow && n > headerRow && !row) row = n;
  });
  if (!col || !row) throw new Error(`no cell at ${rowLabel} / ${header}`);
  return ws.getCell(row, col);
}

/** A formula cell's text and cached result (cell.value would drop a result of 0 or ''). */
const formulaOf = (c: Cell): { formula: string; result: unknown } => {
  expect(c.type).toBe(ExcelJS.ValueType.Formula);
  return { formula: c.formula, result: c.result as unknown };
};

const partOf = (bytes: Uint8Array, part: string): string => strFromU8(unzipSync(bytes)[part]!);

/** A sheet's cell (a function, so the Office.js lint rules do not take exceljs cells for Office proxies). */
const cellOf = (ws: Worksheet, address: string): Cell => ws.getCell(address);

// exceljs gives a colour as ARGB, alpha first: FF is opaque (https://github.com/exceljs/exceljs#fills), so
// each expected fill is FF then the look's RGB, written out here rather than through the writer's own argb().
const fillOf = (c: Cell): string | undefined => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb : undefined);

const everyForm = [
  ...TEMPLATES.map((e) => ({ name: e.id, build: () => buildTemplate(e.id, { asOf: AS_OF }) })),
  { name: 'gz-beds 于都县', build: () => buildTemplate('gz-beds', { county: '于都县' }) },
];

describe('writeTemplate: every template, as a user opens it', () => {
  it.each(everyForm)('$name: cells, look, protection, view and print setup', async ({ build }) => {
    const t = build();
    const l = layout(t);
    const bytes = await writeTemplate(t);
    const { wb, ws } = await sheetOf(bytes);

    expect(ws.name).toBe(t.sheet);
    const marker = `careplan:${t.id}${t.countyId ? `:${t.countyId}` : ''}`;
    // The title heads the printed page; the marker stands above it, outside the print area, and in the sheet's own name.
    // Row 4, over the first page; right of the key column where every page repeats it.
    const title = l.cells.find((c) => c.kind === 'title')!;
    expect([title.r, title.c]).toEqual([3, l.print.titleColumns ? 1 : 0]);
    expect(ws.getCell(title.address).value).toBe(t.title.zh);
    expect(String(ws.getCell('A1').value)).toContain(marker);
    expect(partOf(bytes, 'xl/workbook.xml')).toContain(`<definedName name="CAREPLAN_TEMPLATE" localSheetId="0">"${marker}"</definedName>`);
    expect([wb.creator, wb.title, wb.subject]).toEqual(['careplan', t.title.zh, t.id]);
    // exceljs does not read calcPr back; Excel does, and recalculates the CARE formulas on opening.
    expect(partOf(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/u);

    for (const p of l.cells) {
      const c = cellOf(ws, p.address);
      const where = `${t.id} ${p.address} (${p.kind})`;
      expect(c.protection?.locked ?? true, where).toBe(p.kind !== 'input');
      // A computed column may leave a cell blank on purpose (a subtotal row of a per-unit column).
      if (p.formula !== undefined) {
        expect(formulaOf(c).formula, where).toBe(fileFormula(p.formula));
        continue;
      }
      // A date setting comes back as a Date; everything else as the layout placed it.
      const value = c.value instanceof Date ? serialOf(c.value.toISOString().slice(0, 10)) : c.value;
      if (!c.isMerged || c.address === c.master.address) expect(value ?? null, where).toEqual(p.value);
      if (p.kind === 'input') {
        const accepts = p.content?.accepts ?? p.column?.accepts;
        const dv = c.dataValidation;
        if (accepts === 'text' || accepts === undefined) expect(dv, where).toBeUndefined();
        else {
          expect(dv?.showErrorMessage, where).toBe(true);
          expect(dv?.errorStyle, where).toBe('stop');
          expect(dv?.prompt, where).toMatch(/请(填写|从)/u);
        }
      }
    }

    // Protected without a password, so a user who means to change a target can unprotect it.
    const protection = /<sheetProtection [^>]*>/u.exec(partOf(bytes, 'xl/worksheets/sheet1.xml'))?.[0];
    expect(protection).toMatch(/ sheet="1"/u);
    expect(protection).not.toMatch(/hashValue|password/u);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: l.freeze.cols, ySplit: l.freeze.rows });
    expect(ws.pageSetup).toMatchObject({
      paperSize: l.print.paper === 'A4' ? 9 : 8,
      orientation: l.print.orientation,
      scale: l.print.scale,
      printTitlesRow: `${l.printRows[0] + 1}:${l.printRows[1] + 1}`,
    });
    const lastRow = Math.max(...l.cells.map((c) => c.r)) + 1;
    expect(ws.pageSetup.printArea).toBe(`A4:${ws.getColumn(l.widths.length).letter}${lastRow}`);
    const breaks = [...partOf(bytes, 'xl/worksheets/sheet1.xml').matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(breaks).toEqual(l.print.columnBreaks);
    expect(l.widths.map((_, i) => ws.getColumn(i + 1).width)).toEqual(l.widths.map(excelWidth));

    expect(ws.model.merges).toHaveLength(l.merges.length);
    for (const m of l.merges) expect(ws.getCell(m.r2 + 1, m.c2 + 1).master.address).toBe(ws.getCell(m.r1 + 1, m.c1 + 1).address);

    for (const row of l.headerRow.values()) expect(ws.getRow(row + 1).height, `header row ${row + 1}`).toBeGreaterThanOrEqual(45);
  });

  it('one county form holds its own row only, with its document figures', async () => {
    const t = buildTemplate('gz-beds', { county: '于都县' });
    const { ws } = await written(t);
    expect(String(ws.getCell('A1').value)).toContain('careplan:gz-beds:yudu');
    expect(ws.getCell(yearsDownAddress(t, '2023年新增改造任务（张）')).value).toBe(255);
    expect(() => cellAt(ws, '全市总计', '2023年新增改造任务（张）')).toThrow();
  });

  it('target and given cells hold the seed figures; a blank in the document stays blank, not 0', async () => {
    const beds = (await written(buildTemplate('gz-beds'))).ws;
    expect(cellAt(beds, '全市总计', '2021年新增改造任务（张）').value).toBe(2761);
    expect(cellAt(beds, '于都县', '2023年新增改造任务（张）').value).toBe(255);
    const slots = (await written(buildTemplate('gz-slots'))).ws;
    expect(cellAt(slots, '全市总计', '2023年托位目标（个）').value).toBe(34186);
    const fz = (await written(buildTemplate('fz-facilities'))).ws;
    const blank = cellAt(fz, '市本级', '2019年新增床位任务（张）');
    expect(blank.value).toBeNull();
    expect(fillOf(blank)).toBe(`FF${FILL.document}`);
    expect(blank.protection?.locked ?? true).toBe(true);
    expect(cellAt(fz, '临川区', '社区数（个）').value).toBe(70);
  });

  it('each kind of cell looks as the guide line says: grey document figures, yellow inputs, blue formulas', async () => {
    const { ws } = await written(buildTemplate('gz-beds'));
    const target = cellAt(ws, '于都县', '2023年新增改造任务（张）');
    const input = cellAt(ws, '于都县', '2023年末养老床位数（张）');
    const share = cellAt(ws, '于都县', '2023年护理型床位占比');
    expect([fillOf(target), fillOf(input), fillOf(share)]).toEqual([`FF${FILL.document}`, `FF${FILL.input}`, `FF${FILL.computed}`]);
    expect([target.numFmt, input.numFmt, share.numFmt]).toEqual([NUM_FMT.count, NUM_FMT.count, NUM_FMT.share]);
    expect(input.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(input.dataValidation.error).toContain('请填写不小于 0 的整数');
    const header = cellOf(ws, `D${layout(buildTemplate('gz-beds')).headerRow.get('main')! + 1}`);
    expect(header.font?.bold).toBe(true);
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('B4').font).toMatchObject({ bold: true, size: 16, name: '宋体' });
  });

  it('each kind of formula reads as a person would type it: a ratio blank for a blank or zero denominator (Excel shows #DIV/0! otherwise)', async () => {
    // The expected text is written out here, each reference the cell a person finds by row and header.
    const at = (ws: Worksheet, row: string, header: string): string => cellAt(ws, row, header).address;
    const beds = (await written(buildTemplate('gz-beds'))).ws;
    const [b, n, e] = ['2022年末养老床位数（张）', '2022年末护理型床位数（张）', '2022年末老年人口（人）'].map((h) => at(beds, '于都县', h));
    expect(formulaOf(cellAt(beds, '于都县', '2022年每千名老人床位数（张）')).formula).toBe(`IF(OR(${b}="",${e}="",${e}=0),"",${b}/${e}*1000)`);
    expect(formulaOf(cellAt(beds, '于都县', '2022年护理型床位占比')).formula).toBe(`IF(OR(${n}="",${b}="",${b}=0),"",${n}/${b})`);

    const indicators = (await written(buildTemplate('gz-indicators'))).ws;
    const [actual, goal] = ['实际值', '目标值'].map((h) => at(indicators, '基本养老保险参保率', h));
    // 参保率 “达到 95% 以上”: met at the target itself, and only by a number (text compares above any number).
    expect(formulaOf(cellAt(indicators, '基本养老保险参保率', '是否达到')).formula).toBe(`IF(${actual}="","",IF(AND(ISNUMBER(${actual}),${actual}>=${goal}),"达到","未达到"))`);
    const [stunted, stuntedGoal] = ['实际值', '目标值'].map((h) => at(indicators, '生长发育迟缓率', h));
    expect(formulaOf(cellAt(indicators, '生长发育迟缓率', '是否达到')).formula).toBe(`IF(${stunted}="","",IF(AND(ISNUMBER(${stunted}),${stunted}<=${stuntedGoal}),"达到","未达到"))`);
    // 托育服务综合管理网络 “基本建立”: the words, with the spaces typed or pasted around them taken out.
    const [network, networkGoal] = ['实际值', '目标值'].map((h) => at(indicators, '托育服务综合管理网络', h));
    const stripped = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(CLEAN(${network})," ",""),"\u00a0",""),"\u3000","")`;
    expect(formulaOf(cellAt(indicators, '托育服务综合管理网络', '是否达到')).formula).toBe(`IF(${network}="","",IF(${stripped}=${networkGoal},"达到","未达到"))`);

    const budget = (await written(buildTemplate('budget-eldercare'))).ws;
    const [count, each] = ['新评定机构数（家）', '每家奖补（元）'].map((h) => at(budget, '一级', h));
    expect(formulaOf(cellAt(budget, '一级', '奖补合计（元）')).formula).toBe(`${count}*${each}`);
  });

  it('a ratio caches what its inputs come to, and blank while they are blank', async () => {
    const t = buildTemplate('gz-beds', { county: '于都县' });
    const main = t.tables[0]!;
    main.cells.set(cellKey('yudu', 'beds2023'), { value: 6500 });
    main.cells.set(cellKey('yudu', 'elderly2023'), { value: 130000 });
    const { ws } = await written(t);
    expect(formulaOf(cellOf(ws, yearsDownAddress(t, '2023年每千名老人床位数（张）'))).result).toBe(50);
    expect(formulaOf(cellOf(ws, yearsDownAddress(t, '2024年每千名老人床位数（张）'))).result).toBeUndefined();
  });
});

describe('writeTemplate: budget sheets on CARE formulas', () => {
  const asOfSerial = serialOf(AS_OF);
  const bedSubsidy = (city: string, beds: number, how: string, provincial: number | null = null): unknown =>
    invoke(findFunction('BEDSUBSIDY')!, [city, beds, how, provincial, asOfSerial]).value;

  it('writes the settings as the user reads them: the city as text, the date as a date', async () => {
    const { ws } = await written(buildTemplate('budget-eldercare', { city: '赣州', asOf: AS_OF }));
    expect(cellAt(ws, '城市', '取值').value).toBe('赣州');
    expect(cellAt(ws, '城市', '取值').dataValidation).toMatchObject({ type: 'list', formulae: ['"赣州,鹰潭,吉安,抚州"'] });
    const date = cellAt(ws, '生效日期', '取值');
    expect(date.value).toEqual(new Date(`${AS_OF}T00:00:00Z`));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(date.dataValidation.type).toBe('date');
  });

  it('caches each CARE.BEDSUBSIDY result: 0 for no beds, the rule for 120 new beds, and sums of them', async () => {
    const t = buildTemplate('budget-eldercare', { city: '赣州', asOf: AS_OF });
    const empty = (await written(t)).ws;
    const amount = '建设补贴（元）';
    for (const how of ['新建', '扩建', '自有房产', '租赁改建']) {
      const f = formulaOf(cellAt(empty, how, amount));
      // As Excel itself saves a custom function: bound to CARE.BEDSUBSIDY when the add-in loads.
      expect(f.formula).toMatch(/^_xldudf_CARE_BEDSUBSIDY\(/u);
      expect(f.result).toBe(0);
    }

    t.tables.find((tb) => tb.key === 'beds')!.cells.set(cellKey('b0', 'beds'), { value: 120 });
    const { ws } = await written(t);
    const expected = bedSubsidy('赣州', 120, '新建');
    expect(expected).toBeGreaterThan(0);
    expect(formulaOf(cellAt(ws, '新建', amount)).result).toBe(expected);
    expect(formulaOf(cellAt(ws, '小计', amount)).result).toBe(expected);
    expect(formulaOf(cellAt(ws, '护理型床位建设补贴', '金额（元）')).result).toBe(expected);
  });

  it('a bed count below zero caches #VALUE!, as Excel shows for an argument a function refuses (DESIGN.md: BAD_ARGUMENT is #VALUE!)', async () => {
    const t = buildTemplate('budget-eldercare', { city: '赣州', asOf: AS_OF });
    t.tables.find((tb) => tb.key === 'beds')!.cells.set(cellKey('b0', 'beds'), { value: -5 });
    expect(formulaOf(cellAt((await written(t)).ws, '新建', '建设补贴（元）')).result).toEqual({ error: '#VALUE!' });
  });

  it('a formula that refers to itself is a fault of the template, said as such, never an endless loop', async () => {
    const t = buildTemplate('budget-eldercare', { city: '赣州', asOf: AS_OF });
    const beds = t.tables.find((tb) => tb.key === 'beds')!;
    const sub = beds.cells.get(cellKey('sub', 'beds'))!;
    beds.cells.set(cellKey('sub', 'beds'), { ...sub, formula: { kind: 'sum', refs: [{ table: 'beds', row: 'b0', col: 'beds' }, { table: 'beds', row: 'sub', col: 'beds' }] } });
    await expect(writeTemplate(t)).rejects.toThrow(/^template budget-eldercare: the formula in [A-Z]+\d+ depends on itself$/u);
  });

  it('a Yingtan budget without the provincial amount caches #N/A, as Excel would show', async () => {
    const { ws } = await written(buildTemplate('budget-eldercare', { city: '鹰潭', asOf: AS_OF }));
    expect(formulaOf(cellAt(ws, '新建', '建设补贴（元）')).result).toEqual({ error: '#N/A' });
    expect(formulaOf(cellAt(ws, '小计', '建设补贴（元）')).result).toEqual({ error: '#N/A' });
  });
});

describe('validation', () => {
  it('keeps every prompt and message within what Excel accepts, in Chinese first', () => {
    for (const accepts of ['count', 'share', 'quantity', 'date', 'city'] as const) {
      const v = validationFor(accepts)!;
      expect(v.showErrorMessage).toBe(true);
      expect(v.errorStyle).toBe('stop');
      for (const text of [v.prompt, v.error]) {
        expect(text!.length, accepts).toBeLessThanOrEqual(MAX_MESSAGE);
        expect(text, accepts).toMatch(/^[\u4e00-\u9fff]/u);
      }
      for (const title of [v.promptTitle, v.errorTitle]) expect(title!.length, accepts).toBeLessThanOrEqual(MAX_TITLE);
    }
    expect(validationFor('share')!.error).toContain('请填写 0 到 1 之间的小数或百分比，如 0.6 或 60%；不要填 60');
    expect(validationFor('text')).toBeUndefined();
  });

  it('each rule in exceljs\'s words: a blank always allowed, the prompt shown on selecting, each bound as written', () => {
    const shown = { allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop' };
    expect(validationFor('count')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: '填写整数', errorTitle: '输入有误', ...shown });
    expect(validationFor('share')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1], promptTitle: '填写比例', ...shown });
    expect(validationFor('quantity')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: '填写数值', ...shown });
    expect(validationFor('city')).toMatchObject({ type: 'list', formulae: ['"赣州,鹰潭,吉安,抚州"'], promptTitle: '选择城市', ...shown });
    expect(validationFor('city')!.operator).toBeUndefined();
    // Serial 1 is what Excel shows as 1900-01-01: exceljs counts from 1899-12-30, as it reads it back.
    expect(validationFor('date')).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual', formulae: [new Date(Date.UTC(1899, 11, 31))], promptTitle: '填写日期', ...shown });
  });

  it('a date serial becomes the UTC midnight exceljs writes back as that serial', () => {
    // 45292 is 2024-01-01 and 61 is 1900-03-01 in Excel's 1900 date system, whose serial 60 is the 29 February 1900 it counts.
    expect([dateOfSerial(45292), dateOfSerial(61), dateOfSerial(45292.5)].map((d) => d.toISOString())).toEqual(['2024-01-01T00:00:00.000Z', '1900-03-01T00:00:00.000Z', '2024-01-01T12:00:00.000Z']);
  });
});
