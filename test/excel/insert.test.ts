/**
 * Loading a template into the open workbook: every laid-out cell written where layout() places it
 * (targets are the seed figures), the look, validation and protection of the .xlsx writer, a new
 * name where the sheet's name is taken, and the #NAME? repair for Chinese-interface Excel.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { literalText } from '../../src/excel/sheetPlan';
import { freeSheetName } from '../../src/templates/sheetName';
import { allocation } from '../../src/rules/plans/allocation';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import type { Template } from '../../src/templates/model';
import { FILL, NUM_FMT } from '../../src/templates/look';
import type { FakeSheet } from './mock/book';
import { inputCell, setup, templateCalc, type Setup } from './mock/fixtures';
import { commandsRun, itWithCommands } from './mock/eachExcel';


const text = (s: FakeSheet, address: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/u.exec(address)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return s.cell(Number(m[2]) - 1, c - 1);
};

let s: Setup;
beforeEach(() => {
  s = setup();
});

describe('a county table loaded from the task pane', () => {
  let t: Template;
  let l: Layout;
  beforeEach(() => {
    t = buildTemplate('gz-beds');
    l = layout(t);
  });

  itWithCommands('stands on a new sheet named as the document names the table, and is the sheet shown', async () => {
    const r = await s.ops.insertTemplate(t);
    expect(r).toEqual({ sheet: t.sheet, formulaFallback: false });
    expect(s.book.active?.name).toBe(t.sheet);
  });

  itWithCommands('holds every cell where layout() places it: targets are the seed figures, inputs blank, formulas behind "="', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    for (const p of l.cells) {
      const cell = sheet.cell(p.r, p.c);
      if (p.formula !== undefined) expect(cell?.formula, p.address).toBe(`=${p.formula}`);
      else expect(cell?.value ?? null, p.address).toBe(p.value);
    }
    const targets = l.cells.filter((p) => p.kind === 'target' && typeof p.value === 'number');
    expect(targets.length).toBeGreaterThan(50);
    // 章贡区's 2021 task as the seeds transcribe 赣市府字〔2022〕94号's table.
    const task = targets.find((p) => p.row?.county === '章贡区' && p.column?.header === '2021年新增改造任务（张）')!;
    const seed = allocation({ city: '赣州', county: '章贡区', measure: '新增改造床位', year: 2021 }).value;
    expect(sheet.cell(task.r, task.c)?.value).toBe(seed);
  });

  itWithCommands('writes each ratio as a person would type it, blank for a blank or zero denominator (Excel shows #DIV/0! otherwise)', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    // A cell as a person finds it: the column by its header's words, the row by the county in column A.
    const at = (county: string, header: string): string => {
      // A long header is written in lines (templates/lines.ts); a person reads it as one.
      const isHeader = (v: unknown) => typeof v === 'string' && v.replace(/\n/gu, '') === header;
      const hr = sheet.rows.findIndex((row) => row?.some((c) => isHeader(c?.value)));
      const c = sheet.rows[hr]!.findIndex((cell) => isHeader(cell?.value));
      const r = sheet.rows.findIndex((row, i) => i > hr && row?.[0]?.value === county);
      return `${String.fromCharCode(65 + c)}${r + 1}`;
    };
    const [b, n, e] = ['2022年末养老床位数（张）', '2022年末护理型床位数（张）', '2022年末老年人口（人）'].map((h) => at('于都县', h));
    expect(text(sheet, at('于都县', '2022年每千名老人床位数（张）'))).toMatchObject({ formula: `=IF(OR(${b}="",${e}="",${e}=0),"",${b}/${e}*1000)` });
    expect(text(sheet, at('于都县', '2022年护理型床位占比'))).toMatchObject({ formula: `=IF(OR(${n}="",${b}="",${b}=0),"",${n}/${b})` });
  });

  itWithCommands('writes the cells in one block and their number formats in another, not cell by cell', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    const share = l.cells.find((p) => p.column?.format === 'share')!;
    expect(sheet.cell(share.r, share.c)?.numberFormat).toBe(NUM_FMT.share);
    const count = l.cells.find((p) => p.kind === 'input' && p.column?.format === 'count')!;
    expect(sheet.cell(count.r, count.c)?.numberFormat).toBe(NUM_FMT.count);
  });

  itWithCommands('is coloured as the .xlsx writer colours it: grey document figures, yellow inputs, blue formulas', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    const of = (kind: string) => l.cells.find((p) => p.kind === kind)!;
    for (const [kind, argb] of [['target', FILL.document], ['input', FILL.input], ['computed', FILL.computed], ['header', FILL.header]] as const) {
      const p = of(kind);
      expect(sheet.cell(p.r, p.c)?.fill, kind).toEqual({ color: `#${argb}`, pattern: 'Solid', patternColor: null });
    }
    const header = of('header');
    expect(sheet.cell(header.r, header.c)?.format).toMatchObject({ 'font/bold': true, 'font/name': '宋体', 'border/top/style': 'Continuous' });
  });

  itWithCommands('leaves only the input cells open, with the Chinese prompt of the .xlsx writer, and protects the rest', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    const input = inputCell(l, '章贡区', '2021年实际新增改造（张）');
    const cell = sheet.cell(input.r, input.c)!;
    expect(cell.locked).toBe(false);
    // A count: a whole number from 0 up, its prompt shown on entering the cell, anything else stopped with the reason, a blank let through.
    expect(cell.validation).toMatchObject({
      rule: { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } },
      prompt: { showPrompt: true, message: expect.stringContaining('请填写不小于 0 的整数') },
      errorAlert: { showAlert: true, style: 'Stop' },
      ignoreBlanks: true,
    });
    const target = l.cells.find((p) => p.kind === 'target')!;
    expect(sheet.cell(target.r, target.c)?.locked).toBe(true);
    expect(sheet.protection).toEqual({ protected: true, options: expect.objectContaining({ allowFormatCells: true, allowSort: true, allowAutoFilter: true, allowEditObjects: true }) });
  });

  itWithCommands('keeps its headers in view, its columns at their widths, its groups merged, and prints as the layout sets the page', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    expect(sheet.freeze).toEqual(l.freeze);
    expect(sheet.widths.size).toBe(l.widths.length);
    expect(sheet.merges).toHaveLength(l.merges.length);
    // The whole-city table splits between its year groups, 县（市、区）on every page, at 9 pt or more (11 pt body × scale).
    expect(l.print.columnBreaks.length).toBeGreaterThan(0);
    expect((11 * l.print.scale) / 100).toBeGreaterThanOrEqual(9);
    expect(sheet.page).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { scale: l.print.scale },
      centerHorizontally: true,
      printTitleRows: `$${l.printRows[0] + 1}:$${l.printRows[1] + 1}`,
      printTitleColumns: '$A:$A',
      printArea: expect.stringMatching(/^A4:[A-Z]+\d+$/u),
      columnBreaks: l.print.columnBreaks,
      centerFooter: '第 &P 页 共 &N 页',
    });
    // The marker is a name of the sheet, not a printed line.
    expect(sheet.names.get('CAREPLAN_TEMPLATE')).toBe('="careplan:gz-beds"');
  });
});

describe('a taken sheet name', () => {
  itWithCommands('gets a suffix, and the sheet already there keeps every value and fill', async () => {
    const t = buildTemplate('gz-beds');
    const existing = s.book.addSheet(t.sheet);
    existing.write(0, 0, '县里自己的表');
    existing.formatCell(0, 0, 'fill/color', '#00B050');
    const before = JSON.stringify(existing.rows);
    expect((await s.ops.insertTemplate(t)).sheet).toBe(`${t.sheet} (2)`);
    expect((await s.ops.insertTemplate(t)).sheet).toBe(`${t.sheet} (3)`);
    expect(JSON.stringify(existing.rows)).toBe(before);
    expect(existing.protection.protected).toBe(false);
  });

  itWithCommands('a failed insert leaves no half-built sheet behind, and the error is the pane’s to show', async () => {
    const t = buildTemplate('gz-beds');
    const s = setup();
    s.book.calc = templateCalc([t]);
    const sheetsBefore = s.book.sheets.map((x) => x.name);
    // The writing fails at Excel (a sheet refusing a format, say) after the sheet was added.
    const write = s.book.addSheet.bind(s.book);
    s.book.addSheet = (name: string) => {
      const sheet = write(name);
      sheet.formatCell = () => {
        throw Object.assign(new Error('refused'), { code: 'GeneralException' });
      };
      return sheet;
    };
    await expect(s.ops.insertTemplate(t)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(s.book.sheets.map((x) => x.name)).toEqual(sheetsBefore);
  });

  it('is compared without case and kept within 31 characters', () => {
    expect(freeSheetName('Beds', ['beds'])).toBe('Beds (2)');
    expect(freeSheetName('一'.repeat(31), ['一'.repeat(31)])).toBe(`${'一'.repeat(27)} (2)`);
    // Names Excel refuses: the characters : \ / ? * [ ] and more than 31 characters.
    expect(freeSheetName('2021/2022年[县]表?*:\\', [])).toBe('2021／2022年【县】表？＊：＼');
    expect(freeSheetName('一'.repeat(40), [])).toBe('一'.repeat(31));
    expect(freeSheetName("'表'", [])).toBe('表');
  });
});

describe('texts that Excel would read as numbers or dates', () => {
  itWithCommands('an indicator sheet’s year 2025 stays the text the document writes', async () => {
    const t = buildTemplate('gz-indicators');
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    const year = layout(t).cells.find((p) => p.value === '2025')!;
    expect(sheet.cell(year.r, year.c)?.value).toBe('2025');
    expect(literalText('2025')).toBe("'2025");
    expect(literalText('赣州')).toBe('赣州');
    // "Excel is preprogrammed to make it easier to enter dates. For example, 12/2 changes to 2-Dec"
    // (Microsoft support, "Stop automatically changing numbers to dates"); 3-4 and 2025年3月 likewise
    // in a Chinese Excel. Such a text is written after an apostrophe.
    for (const date of ['12/2', '3-4', '2025年3月']) expect(literalText(date), date).toBe(`'${date}`);
  });
});

describe('CARE formulas under a Chinese interface (office-js#6614)', () => {
  let t: Template;
  let careCells: PlacedCell[];
  beforeEach(() => {
    t = buildTemplate('budget-eldercare');
    careCells = layout(t).cells.filter((p) => p.formula?.startsWith('CARE.'));
  });

  itWithCommands('bind as written where Excel knows the functions', async () => {
    s.book.calc = templateCalc([t]);
    const r = await s.ops.insertTemplate(t);
    expect(r.formulaFallback).toBe(false);
    const sheet = s.book.sheet(r.sheet)!;
    expect(careCells.every((p) => sheet.cell(p.r, p.c)?.local === false)).toBe(true);
  });

  itWithCommands('are written again through formulasLocal where the first values are #NAME?, and then compute', async () => {
    const calc = templateCalc([t]);
    s.book.calc = (f) => (f.formula.includes('CARE.') && !f.local ? { error: '#NAME?' } : calc(f));
    const r = await s.ops.insertTemplate(t);
    expect(r.formulaFallback).toBe(true);
    const sheet = s.book.sheet(r.sheet)!;
    for (const p of careCells) {
      expect(sheet.cell(p.r, p.c)).toMatchObject({ formula: `=${p.formula}`, local: true });
      expect(sheet.value(p.r, p.c), p.address).not.toEqual({ error: '#NAME?' });
    }
    expect(s.counter.syncs()).toBe(3);
  });

  itWithCommands('stay as written where even formulasLocal shows #NAME?, to bind once the add-in’s functions register', async () => {
    s.book.calc = (f) => (f.formula.includes('CARE.') ? { error: '#NAME?' } : '');
    const r = await s.ops.insertTemplate(t);
    expect(r.formulaFallback).toBe(true);
    const sheet = s.book.sheet(r.sheet)!;
    for (const p of careCells) expect(sheet.cell(p.r, p.c)?.formula).toBe(`=${p.formula}`);
    expect(sheet.protection.protected).toBe(true);
  });

  itWithCommands('a budget sheet’s city is a list of the four cities and its date a date', async () => {
    await s.ops.insertTemplate(t);
    const sheet = s.book.sheet(t.sheet)!;
    const l = layout(t);
    const city = l.cells.find((p) => p.kind === 'input' && p.content?.accepts === 'city')!;
    const date = l.cells.find((p) => p.kind === 'input' && p.content?.accepts === 'date')!;
    expect(sheet.cell(city.r, city.c)?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: '赣州,鹰潭,吉安,抚州' } });
    expect(sheet.cell(date.r, date.c)?.validation?.rule).toEqual({ date: { operator: 'GreaterThanOrEqualTo', formula1: '1900-01-01' } });
    expect(sheet.cell(date.r, date.c)?.numberFormat).toBe(NUM_FMT.date);
    expect(text(sheet, 'A4')).toMatchObject({ value: t.title.zh });
  });
});

describe('round trips', () => {
  // Below ExcelApi 1.9 the one test is that inserting refuses (eachExcel.ts).
  if (!commandsRun) itWithCommands('every template is inserted in 3 context.sync() calls', async () => undefined);
  else it.each(TEMPLATES.map((e) => e.id))('%s is inserted in 3 context.sync() calls', async (id) => {
    const t = buildTemplate(id);
    await s.ops.insertTemplate(t);
    expect(s.counter.syncs()).toBe(3);
    expect(s.book.syncs).toBe(3);
  });
});
