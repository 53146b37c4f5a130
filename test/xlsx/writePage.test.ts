/**
 * The printed page of every written template, read from the sheet and workbook parts as Excel reads
 * them (ECMA-376 Part 1): §18.3.1.70 printOptions, §18.3.1.63 pageSetup and §18.3.1.65 pageSetUpPr
 * (fitToPage, without which the scale is used), §18.3.1.39 headerFooter and its codes (&C centre,
 * &"font", &nn size, &P page, &N pages), §18.2.6 the _xlnm.Print_Area and _xlnm.Print_Titles names,
 * §18.3.1.85 sheetProtection (an attribute that is true protects that action, so "0" allows it), and
 * §18.3.1.73 the rows' custom heights. Each row's height is worked out here from the file's own
 * column widths, merges, fonts and text. Each cell's font, alignment and border are read back by
 * exceljs and compared with the look its kind has (templates/look.ts, the one definition of it).
 */
import ExcelJS, { type Cell, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { lookOf } from '../../src/templates/look';
import { writeTemplate } from '../../src/xlsx/write';

const forms = TEMPLATES.map((e) => ({ id: e.id, t: buildTemplate(e.id, { asOf: '2025-01-01' }) }));

/** A sheet's cell (a function, so the Office.js lint rules do not take exceljs cells for Office proxies). */
const cellOf = (ws: Worksheet, address: string): Cell => ws.getCell(address);

/** A column's letters from its 0-based index, as bijective base 26. */
const letters = (c: number): string => (c < 26 ? '' : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

/** The XML text of an attribute-free element's content, its five entities undone. */
const xmlText = (s: string): string => s.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

/** Chinese characters and full-width punctuation are two digits wide in a CJK font, anything else one. */
const widthOf = (s: string): number => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 || (ch >= '‘' && ch <= '”') ? 2 : 1), 0);

/**
 * The height each row needs, from the sheet as written: every line of a cell's text takes as many
 * lines as its width at the cell's font size needs across the cell's columns (each column's width in
 * digits, less one digit of padding), a header at least three; a row whose text is one line of body
 * size keeps the default height; any other is lines × size × 1.3 + 2 pt, rounded up (Excel's default
 * row is 14.25 pt for 11 pt text).
 */
function neededHeights(ws: Worksheet, headers: Set<string>, markers: Set<string>): Map<number, number> {
  const merges = new Map<string, number>();
  for (const range of ws.model.merges) {
    const [from, to] = range.split(':');
    merges.set(from!, Number(cellOf(ws, to!).col));
  }
  const need = new Map<number, number>();
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (typeof shown !== 'string' || markers.has(cell.address)) return;
      const size = cell.font!.size!;
      let room = -1;
      for (let col = c; col <= (merges.get(cell.address) ?? c); col++) room += ws.getColumn(col).width!;
      const wrapped = shown.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((widthOf(line) * size) / 11 / room)), 0);
      const lines = headers.has(cell.address) ? Math.max(3, wrapped) : wrapped;
      if (lines * size > 11) need.set(r, Math.max(need.get(r) ?? 0, Math.ceil(lines * size * 1.3 + 2)));
    });
  });
  return need;
}

describe.each(forms)('the printed page of $id', ({ t }) => {
  const l = layout(t);
  // Written again in each test, not once for the describe: Stryker's per-test coverage counts what
  // runs outside a test as static and would never run these tests against the writer's mutants.
  const parts = async () => {
    const files = unzipSync(await writeTemplate(t));
    return { sheet: strFromU8(files['xl/worksheets/sheet1.xml']!), workbook: strFromU8(files['xl/workbook.xml']!) };
  };
  /** The written sheet as exceljs reads it back. */
  const readBack = async (): Promise<Worksheet> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeTemplate(t)).slice().buffer);
    return wb.worksheets[0]!;
  };

  it('is centred across the page at the layout’s own scale, never shrunk to fit', async () => {
    const { sheet } = await parts();
    expect(sheet).toContain('<printOptions horizontalCentered="1"/>');
    expect(sheet).toMatch(new RegExp(`<pageSetup [^>]*scale="${l.print.scale}"`, 'u'));
    expect(sheet).not.toMatch(/fitToPage="(1|true)"/u);
  });

  it('numbers each page at its foot, centred, in 宋体 at the body’s 11 pt: 第 n 页 共 m 页', async () => {
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/u.exec((await parts()).sheet)?.[1];
    expect(xmlText(footer ?? '')).toBe('&C&"宋体"&11第 &P 页 共 &N 页');
  });

  it('repeats the header rows (and the key column where the table runs over pages) and prints from the title, each end absolute', async () => {
    const { workbook } = await parts();
    const quoted = `'${t.sheet}'`;
    const rows = `${quoted}!$${l.printRows[0] + 1}:$${l.printRows[1] + 1}`;
    const cols = l.print.titleColumns ? `${quoted}!$${letters(l.print.titleColumns[0])}:$${letters(l.print.titleColumns[1])},` : '';
    const name = (n: string) => xmlText(new RegExp(`<definedName name="${n}" localSheetId="0">([^<]*)</definedName>`, 'u').exec(workbook)?.[1] ?? '');
    expect(name('_xlnm.Print_Titles')).toBe(cols + rows);
    const lastRow = Math.max(...l.cells.map((c) => c.r)) + 1;
    expect(name('_xlnm.Print_Area')).toBe(`${quoted}!$A$${l.printArea[0] + 1}:$${letters(l.widths.length - 1)}$${lastRow}`);
  });

  it('is protected so that cells can still be selected, formatted, sorted and filtered', async () => {
    const protection = /<sheetProtection [^>]*\/>/u.exec((await parts()).sheet)?.[0] ?? '';
    expect(protection).toContain(' sheet="1"');
    for (const allowed of ['formatCells', 'formatColumns', 'formatRows', 'sort', 'autoFilter']) expect(protection, allowed).toContain(` ${allowed}="0"`);
    expect(protection).not.toMatch(/select(Locked|Unlocked)Cells="(1|true)"/u);
  });

  it('gives each row the height its text needs, and each signature row room for a name and a stamp', async () => {
    const ws = await readBack();
    const headers = new Set(l.cells.filter((c) => c.kind === 'header').map((c) => c.address));
    // The template's marker (A1) stands outside the print area: it needs no room.
    const markers = new Set(l.cells.filter((c) => c.kind === 'marker').map((c) => c.address));
    const expected = neededHeights(ws, headers, markers);
    // 24 pt, the signature rows' height (templates/signature.ts), wherever a signature line stands.
    for (const r of l.signatureRows) expected.set(r + 1, 24);
    const heights = new Map<number, number>();
    ws.eachRow({ includeEmpty: true }, (row, r) => row.height !== undefined && heights.set(r, row.height));
    expect(heights).toEqual(expected);
  });

  it('gives every cell its kind’s font, alignment and border, and a validation to inputs only', async () => {
    const ws = await readBack();
    for (const placed of l.cells) {
      const look = lookOf(placed);
      const cell = cellOf(ws, placed.address);
      const where = `${placed.address} (${placed.kind})`;
      // exceljs gives colours as ARGB, FF (opaque) first, and leaves out a bold that is off.
      const { name, size, bold, color } = cell.font ?? {};
      expect({ name, size, bold: bold === true, color }, where).toEqual({ name: look.font.name, size: look.font.size, bold: look.font.bold, color: look.font.color ? { argb: `FF${look.font.color}` } : undefined });
      expect(cell.alignment?.horizontal, where).toBe(look.horizontal ?? undefined);
      const edge = look.border ? { style: 'thin', color: { argb: `FF${look.border}` } } : undefined;
      expect([cell.border?.top, cell.border?.left, cell.border?.bottom, cell.border?.right], where).toEqual([edge, edge, edge, edge]);
    }
    // exceljs gives each cell of a validation's ranges (sqref) its validation.
    const validated = l.cells.filter((c) => cellOf(ws, c.address).dataValidation?.type !== undefined).map((c) => c.address);
    const inputs = l.cells.filter((c) => c.kind === 'input' && (c.content?.accepts ?? c.column?.accepts ?? 'text') !== 'text').map((c) => c.address);
    expect(validated).toEqual(inputs);
  });
});
