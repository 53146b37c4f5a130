import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellAt, type Grid } from '../../src/check/grid';
import { damaged, encrypted, legacyXls, notXlsx, tooLarge, tooManyRows } from '../../src/xlsx/errors';
import { readWorkbook, sheetNames } from '../../src/xlsx/read';
import { MAIN, handWorkbook } from '../support/handWorkbook';
import { expectRefusal } from '../support/refusals';

async function excel(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A copy of `bytes` whose part `name` has undecodable deflate data (just after its name in the local header): reading it is DAMAGED. */
function withBrokenData(bytes: Uint8Array, name: string): Uint8Array {
  const broken = bytes.slice();
  const at = new TextDecoder('latin1').decode(broken).indexOf(name) + name.length;
  broken.fill(0xff, at, at + 10);
  return broken;
}

const only = (bytes: Uint8Array): Grid => {
  const { sheets } = readWorkbook(bytes);
  expect(sheets).toHaveLength(1);
  return sheets[0]!;
};

describe('values, from a workbook exceljs wrote', () => {
  it('numbers, shared strings, rich text, booleans and errors read as the values they are', async () => {
    const g = only(
      await excel((wb) => {
        wb.addWorksheet('值').addRow([
          42,
          -3.5,
          '养老床位',
          { richText: [{ text: 'Hello ' }, { font: { bold: true }, text: 'World' }] },
          true,
          false,
          { error: '#N/A' },
          'a & b < c "q"',
          0.1 + 0.2,
          1e-7,
          123456789012345680000,
        ]);
      }),
    );
    expect(g.name).toBe('值');
    expect(g.rows[0]).toEqual([42, -3.5, '养老床位', 'Hello World', true, false, { t: 'error', code: '#N/A' }, 'a & b < c "q"', 0.1 + 0.2, 1e-7, 123456789012345680000]);
  });

  it('a number in a date-formatted cell is a date, by built-in and custom formats; percent and number formats stay numbers', async () => {
    const march1 = new Date(Date.UTC(2024, 2, 1));
    const g = only(
      await excel((wb) => {
        const ws = wb.addWorksheet('S');
        const put = (address: string, value: number | Date, numFmt?: string): void => {
          ws.getCell(address).value = value;
          if (numFmt) ws.getCell(address).numFmt = numFmt;
        };
        put('A1', march1); // exceljs gives a Date the built-in format 14
        put('B1', march1, 'yyyy"年"m"月"d"日"');
        put('C1', 0.5, 'hh:mm');
        put('D1', march1, '[$-804]dddd, mmmm d, yyyy');
        put('E1', 0.25, '0.00%');
        put('F1', 1234.5, '#,##0.00');
        put('G1', 45352, '[Red]0.00;[Blue]-0.00');
        put('H1', 45352, '"Days: "0');
        put('I1', 45352, 'General');
        put('J1', 45352);
      }),
    );
    expect(g.rows[0]).toEqual([
      { t: 'date', serial: 45352 },
      { t: 'date', serial: 45352 },
      { t: 'date', serial: 0.5 },
      { t: 'date', serial: 45352 },
      0.25,
      1234.5,
      45352,
      45352,
      45352,
      45352,
    ]);
  });

  it('formulas read with their text and cached value; shared-formula cells carry the first cell’s text', async () => {
    const g = only(
      await excel((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = 2;
        ws.getCell('B1').value = { formula: 'A1*2', result: 4, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
        ws.getCell('B2').value = { sharedFormula: 'B1', result: 8 } as ExcelJS.CellValue;
        ws.getCell('B3').value = { sharedFormula: 'B1', result: 12 } as ExcelJS.CellValue;
        ws.getCell('C1').value = { formula: 'IF(A1>0,"是","否")', result: '是' } as ExcelJS.CellValue;
        ws.getCell('D1').value = { formula: 'A1>0', result: true } as ExcelJS.CellValue;
        ws.getCell('E1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
        ws.getCell('F1').value = { formula: 'DATE(2024,3,1)', result: 45352 } as ExcelJS.CellValue;
        ws.getCell('F1').numFmt = 'yyyy-mm-dd';
      }),
    );
    expect(g.rows[0]).toEqual([
      2,
      { t: 'formula', formula: 'A1*2', cached: 4 },
      { t: 'formula', formula: 'IF(A1>0,"是","否")', cached: '是' },
      { t: 'formula', formula: 'A1>0', cached: true },
      { t: 'formula', formula: 'A1/0', cached: { t: 'error', code: '#DIV/0!' } },
      // Cached has no date form: a date-formatted formula keeps its serial as a number.
      { t: 'formula', formula: 'DATE(2024,3,1)', cached: 45352 },
    ]);
    expect(cellAt(g, 1, 1)).toEqual({ t: 'formula', formula: 'A1*2', cached: 8 });
    expect(cellAt(g, 2, 1)).toEqual({ t: 'formula', formula: 'A1*2', cached: 12 });
  });

  it('hidden sheets are read; blanks stay undefined', async () => {
    const g = readWorkbook(
      await excel((wb) => {
        wb.addWorksheet('Shown').getCell('C3').value = 1;
        const hidden = wb.addWorksheet('Hidden', { state: 'hidden' });
        hidden.getCell('A1').value = 'secret';
      }),
    ).sheets;
    expect(g.map((s) => s.name)).toEqual(['Shown', 'Hidden']);
    expect(g[0]!.rows[2]).toEqual([undefined, undefined, 1]);
    expect(cellAt(g[0]!, 0, 0)).toBeUndefined();
    expect(cellAt(g[1]!, 0, 0)).toBe('secret');
  });
});

describe('what other writers do, written by hand', () => {
  it('a workbook saved without cached formula values reads those cells as formulas with no value, never 0', () => {
    const g = only(
      handWorkbook([
        {
          name: 'S',
          xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f>A1+B1</f></c><c r="D1" t="str"><f>A1&amp;B1</f></c><c r="E1"><f>A1*2</f><v></v></c><c r="F1" t="str"><f>""</f><v></v></c></row>',
        },
      ]),
    );
    expect(g.rows[0]).toEqual([
      1,
      2,
      { t: 'formula', formula: 'A1+B1', cached: null },
      { t: 'formula', formula: 'A1&B1', cached: null },
      { t: 'formula', formula: 'A1*2', cached: null },
      // An empty string is a value a formula can return; only a missing <v> means no value.
      { t: 'formula', formula: '""', cached: '' },
    ]);
  });

  it('shared formulas written by hand: followers without text take the master’s', () => {
    const g = only(
      handWorkbook([
        {
          name: 'S',
          xml: '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="7">ROW()*10</f><v>10</v></c></row><row r="2"><c r="A2"><f t="shared" si="7"/><v>20</v></c></row><row r="3"><c r="A3"><f t="shared" si="7"></f></c></row>',
        },
      ]),
    );
    expect(g.rows.map((r) => r[0])).toEqual([
      { t: 'formula', formula: 'ROW()*10', cached: 10 },
      { t: 'formula', formula: 'ROW()*10', cached: 20 },
      { t: 'formula', formula: 'ROW()*10', cached: null },
    ]);
  });

  it('inline strings, rich runs, phonetic guides, entities, _xHHHH_ escapes and CDATA decode to the text Excel shows', () => {
    const g = only(
      handWorkbook(
        [
          {
            name: 'S',
            xml:
              '<row r="1">' +
              '<c r="A1" t="inlineStr"><is><t>inline &amp; plain</t></is></c>' +
              '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">日本 </t></r><r><t>語</t></r><rPh sb="0" eb="2"><t>ニホン</t></rPh></is></c>' +
              '<c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c>' +
              '<c r="F1" t="str"><v>line_x000D__x000A_break</v></c>' +
              '<c r="G1" t="inlineStr"><is><t><![CDATA[<b>not markup</b> & raw]]></t></is></c>' +
              '<c r="H1" t="inlineStr"><is><t/></is></c>' +
              '</row>',
          },
        ],
        { sharedStrings: '<si><t>&lt;&#x4E2D;&#25991;&gt; &quot;q&quot; &apos;a&apos;</t></si><si><t>literal _x005F_x0041_</t></si><si><r><t>漢字</t></r><rPh><t>かんじ</t></rPh></si>' },
      ),
    );
    expect(g.rows[0]).toEqual(['inline & plain', '日本 語', '<中文> "q" \'a\'', 'literal _x0041_', '漢字', 'line\r\nbreak', '<b>not markup</b> & raw', '']);
  });

  it('cells and rows without r attributes follow the previous one', () => {
    const g = only(
      handWorkbook([{ name: 'S', xml: '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="5"><c><v>9</v></c></row>' }]),
    );
    expect(g.rows[0]).toEqual([1, 2, undefined, undefined, 5, 6]);
    expect(g.rows[1]).toEqual([7]);
    expect(g.rows[4]).toEqual([9]);
    expect(g.rows[2]).toBeUndefined();
  });

  it('multiple sheets come in tab order, through relative and absolute targets; chart sheets are skipped', () => {
    const bytes = handWorkbook([
      { name: '第一', xml: '<row r="1"><c r="A1"><v>1</v></c></row>', target: 'worksheets/sheet1.xml' },
      { name: 'Chart', xml: '<chartsheet/>', target: 'chartsheets/sheet1.xml', kind: 'chartsheet' },
      { name: '第二', xml: '<row r="1"><c r="A1"><v>2</v></c></row>', target: '/xl/worksheets/other.xml' },
      { name: 'Third', xml: '<row r="1"><c r="A1"><v>3</v></c></row>', target: '../xl/worksheets/./third.xml', part: 'xl/worksheets/third.xml' },
    ]);
    expect(sheetNames(bytes)).toEqual(['第一', '第二', 'Third']);
    expect(readWorkbook(bytes).sheets.map((s) => [s.name, cellAt(s, 0, 0)])).toEqual([
      ['第一', 1],
      ['第二', 2],
      ['Third', 3],
    ]);
  });

  it('opts.sheets skips sheets without inflating them: a damaged sheet that is not asked for does not stop the read', () => {
    const bytes = handWorkbook([
      { name: 'Wanted', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Broken', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ]);
    const broken = withBrokenData(bytes, 'xl/worksheets/sheet2.xml');
    expectRefusal(() => readWorkbook(broken), 'DAMAGED', 'xl/worksheets/sheet2.xml');
    expect(readWorkbook(broken, { sheets: (name) => name === 'Wanted' }).sheets.map((s) => s.name)).toEqual(['Wanted']);
    expect(readWorkbook(broken, { sheets: () => false }).sheets).toEqual([]);
  });

  it('a workbook with no sheet asked for is read no further: not even its string table, damaged here, is unpacked', () => {
    const bytes = withBrokenData(handWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], { sharedStrings: '<si><t>文字</t></si>' }), 'xl/sharedStrings.xml');
    expectRefusal(() => readWorkbook(bytes), 'DAMAGED', 'xl/sharedStrings.xml');
    expect(readWorkbook(bytes, { sheets: () => false }).sheets).toEqual([]);
  });

  it('numbers in date styles and t="d" ISO dates are dates; a 1904 workbook’s serials are moved to the 1900 system', () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/><numFmt numFmtId="165" formatCode="0.0&quot; d&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs>';
    const xml =
      '<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>45352.5</v></c><c r="C1" s="3"><v>3</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1"><v>45352</v></c>' +
      '<c r="F1" t="d"><v>2024-03-01T12:00:00</v></c><c r="G1" t="d" s="1"><v>1900-01-01</v></c></row>';
    expect(only(handWorkbook([{ name: 'S', xml }], { styles })).rows[0]).toEqual([
      { t: 'date', serial: 45352 },
      { t: 'date', serial: 45352.5 },
      3,
      0.5,
      45352,
      { t: 'date', serial: 45352.5 },
      { t: 'date', serial: 1 },
    ]);
    const mac = only(handWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1" s="1"><v>43890</v></c><c r="B1"><v>43890</v></c></row>' }], { styles, workbookPr: '<workbookPr date1904="1"/>' }));
    expect(mac.rows[0]).toEqual([{ t: 'date', serial: 45352 }, 43890]);
  });

  it('namespace prefixes (x:row, x:c) and XML comments do not change what is read', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><!-- written by a .NET tool --><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(only(handWorkbook([{ name: 'S', xml }])).rows).toEqual([['前缀', 2]]);
  });
});

describe('refusals while scanning', () => {
  it('a sheet with a row 1,000,001 is TOO_MANY_ROWS, naming the sheet, the row and the limit', () => {
    const bytes = handWorkbook([{ name: '台账', xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000001"><c r="A1000001"><v>1</v></c></row>' }]);
    const e = expectRefusal(() => readWorkbook(bytes), 'TOO_MANY_ROWS', '台账', '1,000,001', '200,000', '删除未使用的行', 'delete unused rows');
    expect(e.message).toBe(`${e.zh} / ${e.en}`);
  });

  it('the declared <dimension> refuses an oversized sheet before its rows are read', () => {
    const xml = `<worksheet xmlns="${MAIN}"><dimension ref="A1:C250000"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    expectRefusal(() => readWorkbook(handWorkbook([{ name: 'S', xml }])), 'TOO_MANY_ROWS', '250,000');
  });

  it('row 200,000 is still accepted; a cell past column XFD is TOO_LARGE', () => {
    expect(only(handWorkbook([{ name: 'S', xml: '<row r="200000"><c r="XFD200000"><v>1</v></c></row>' }])).rows[199_999]![16_383]).toBe(1);
    expectRefusal(() => readWorkbook(handWorkbook([{ name: 'S', xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }])), 'TOO_LARGE', '16,385', '16,384');
  });

  it('malformed sheet XML is DAMAGED, naming the part', () => {
    const cases = [
      '<row r="1"><c r="A1"><v>1</v></c></row>', // no </sheetData>: cut off
      '<row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>', // no such shared string
      '<row r="1"><c r="A1" t="q"><v>1</v></c></row></sheetData>', // no such cell type
      '<row r="1"><c r="A1"><v>twelve</v></c></row></sheetData>', // not a number
      '<row r="1"><c r="1A"><v>1</v></c></row></sheetData>', // not an address
      '<row r="1"><c r="A1" s="1><v>1</v></c></row></sheetData>', // unterminated attribute
    ];
    for (const rows of cases) {
      const xml = `<worksheet xmlns="${MAIN}"><sheetData>${rows}</worksheet>`;
      expectRefusal(() => readWorkbook(handWorkbook([{ name: 'S', xml }])), 'DAMAGED', 'xl/worksheets/sheet1.xml');
    }
  });

  it('a sheet whose part is missing from the zip is DAMAGED; a package with no workbook is NOT_XLSX', () => {
    expect(only(handWorkbook([{ name: 'S', xml: '<row r="1"/>' }])).rows).toEqual([]);
    expectRefusal(() => readWorkbook(handWorkbook([{ name: 'S', xml: null }])), 'DAMAGED', 'xl/worksheets/sheet1.xml');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expectRefusal(() => readWorkbook(docx), 'NOT_XLSX');
  });
});

describe('the refusal messages', () => {
  it('every code has a Chinese then an English message saying what is wrong and what to do', () => {
    const all = [
      notXlsx(),
      encrypted(),
      legacyXls(),
      damaged('xl/worksheets/sheet1.xml'),
      tooLarge({ kind: 'part', part: 'xl/worksheets/sheet1.xml', found: 300 * 2 ** 20, limit: 256 * 2 ** 20 }),
      tooManyRows('Sheet1', 250_000, 200_000),
    ];
    expect(all.map((e) => e.code)).toEqual(['NOT_XLSX', 'ENCRYPTED', 'LEGACY_XLS', 'DAMAGED', 'TOO_LARGE', 'TOO_MANY_ROWS']);
    for (const e of all) {
      expect(e.message).toBe(`${e.zh} / ${e.en}`);
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(e.zh).toMatch(/请/u);
      expect(e.en).not.toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(all[4]!.en).toContain('300.0 MiB');
  });
});
