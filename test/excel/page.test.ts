/**
 * A county table inserted from the pane looks and prints as the written file does (STYLE.md,
 * "Official returns"): the file's margins, the page from the title to the signature block, the
 * group headings merged, every cell of the table in thin borders and centred up and down, room to
 * sign, and a share accepted from 0 to 1. Each expectation is worked out here from the sheet or
 * the documents' words, not from the plan the adapter wrote from.
 */
import { beforeEach, describe, expect } from 'vitest';
import { a1 } from '../../src/check/grid';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { lookOf } from '../../src/templates/look';
import type { FakeSheet } from './mock/book';
import { commandsRun, itWithCommands } from './mock/eachExcel';
import { inputCell, withInserted } from './mock/fixtures';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTemplate } from '../../src/xlsx/write';
import { pythonJson } from '../support/python';
import { tempDir } from '../support/workbooks';

const t = buildTemplate('gz-beds');
const l = layout(t);
let sheet: FakeSheet;

beforeEach(async () => {
  if (commandsRun) ({ sheet } = await withInserted(t));
});

/** Office.js takes margins in points; there are 72 points to the inch. */
const POINTS_PER_INCH = 72;

describe('养老床位分解表 inserted from the pane, on paper', () => {
  itWithCommands('has the written file’s margins: a quarter inch at the sides, half an inch top and bottom, 0.2 inch for header and footer', async () => {
    expect(sheet.page).toMatchObject({
      leftMargin: 0.25 * POINTS_PER_INCH,
      rightMargin: 0.25 * POINTS_PER_INCH,
      topMargin: 0.5 * POINTS_PER_INCH,
      bottomMargin: 0.5 * POINTS_PER_INCH,
      headerMargin: 0.2 * POINTS_PER_INCH,
      footerMargin: 0.2 * POINTS_PER_INCH,
    });
  });

  itWithCommands('prints from the title to the last row and column holding anything, the software’s banner above the title left off', async () => {
    const title = sheet.rows.findIndex((row) => row?.some((c) => c?.value === t.title.zh));
    expect(title).toBeGreaterThan(0);
    const used = sheet.used(true)!;
    expect(sheet.page.printArea).toBe(`A${title + 1}:${a1(used.r + used.rows - 1, used.c + used.cols - 1)}`);
  });

  itWithCommands('gives each signature line (填报单位, 单位负责人, 审核人, 填报人, 联系电话, 填报日期) a row tall enough to sign in', async () => {
    const signs = /^(填报单位|单位负责人|审核人|填报人|联系电话|填报日期)/u;
    const rows = sheet.rows.flatMap((row, r) => (row?.some((c) => typeof c?.value === 'string' && signs.test(c.value)) ? [r] : []));
    expect(rows.length).toBeGreaterThan(1);
    const body = l.cells.find((p) => p.kind === 'input')!;
    for (const r of rows) expect(sheet.cell(r, 0)?.format.rowHeight, `row ${r + 1}`).toBe(24);
    // A county's row keeps the height Excel fits to its text.
    expect(sheet.cell(body.r, 0)?.format.rowHeight).toBeUndefined();
  });

  itWithCommands('leaves open exactly the cells the county fills in: every other cell, the total row and the rows around the table included, stays locked', async () => {
    const inputs = new Set(l.cells.filter((p) => p.kind === 'input').map((p) => p.address));
    expect(inputs.size).toBeGreaterThan(50);
    sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell && expect(cell.locked, a1(r, c)).toBe(!inputs.has(a1(r, c)))));
  });

  itWithCommands('merges each group heading over exactly the columns and rows the layout gives it', async () => {
    expect(l.merges.length).toBeGreaterThan(5);
    expect(new Set(sheet.merges)).toEqual(new Set(l.merges.map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`)));
  });

  itWithCommands('draws thin borders on all four sides of every cell the written file boxes, and centres every cell up and down as the file does (vertical="middle")', async () => {
    const boxed = l.cells.filter((p) => lookOf(p).border !== null);
    expect(boxed.length).toBeGreaterThan(100);
    for (const p of boxed) {
      const format = sheet.cell(p.r, p.c)!.format;
      for (const side of ['top', 'bottom', 'left', 'right']) expect(format[`border/${side}/style`], `${p.address} ${side}`).toBe('Continuous');
    }
    for (const p of l.cells) expect(sheet.cell(p.r, p.c)?.format.verticalAlignment, p.address).toBe('Center');
  });
});

describe('an indicator sheet inserted from the pane', () => {
  itWithCommands('accepts a share (完成率, 占比) from 0 to 1, that is 0 % to 100 %, and nothing outside', async () => {
    const ind = buildTemplate('gz-indicators');
    const { sheet: s } = await withInserted(ind);
    const share = layout(ind).cells.find((p) => p.kind === 'input' && p.content?.accepts === 'share')!;
    expect(s.cell(share.r, share.c)?.validation?.rule).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 1 } });
    // A count beside it: a whole number from 0 up, with no upper bound.
    const count = inputCell(l, '章贡区', '2021年实际新增改造（张）');
    expect(sheet.cell(count.r, count.c)?.validation?.rule).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } });
  });
});

describe('the page a form is printed on', () => {
  /**
   * A county's own form (one row of figures) fits across a portrait A4 page, its headings frozen; the
   * city's table of 18 counties and more columns is laid landscape, its headings and county column
   * frozen. The expectation is the written .xlsx as openpyxl reads its page setup and panes, so the
   * pane and the file agree on what a person prints and scrolls.
   */
  for (const [what, options] of [
    ['于都县’s own form', { county: '于都县' }],
    ['the city’s table', {}],
  ] as const) {
    itWithCommands(`${what} is laid on the page, and frozen, as the written file is`, async () => {
      const form = buildTemplate('gz-beds', options);
      const file = path.join(tempDir(), 'form.xlsx');
      writeFileSync(file, await writeTemplate(form));
      const written = pythonJson<{ orientation: string; paperSize: number; frozen: [number, number] }>(
        `
import json, sys, openpyxl
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
ps = ws.page_setup
col, row = coordinate_from_string(ws.freeze_panes or 'A1')
print(json.dumps({'orientation': ps.orientation, 'paperSize': int(ps.paperSize), 'frozen': [row - 1, column_index_from_string(col) - 1]}))
`,
        [file],
      );
      const { sheet: inserted } = await withInserted(form);
      expect(String(inserted.page.orientation).toLowerCase()).toBe(written.orientation);
      // SpreadsheetML's paperSize 9 is A4 and 8 is A3 (ECMA-376 18.3.1.63); Office.js names them.
      expect(inserted.page.paperSize).toBe({ 9: 'A4', 8: 'A3' }[written.paperSize]);
      // The first cell below and right of the frozen panes, as the file names it (topLeftCell).
      expect(inserted.freeze ?? { rows: 0, cols: 0 }).toEqual({ rows: written.frozen[0], cols: written.frozen[1] });
    });
  }
});
