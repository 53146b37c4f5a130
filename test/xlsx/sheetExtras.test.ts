/**
 * What is added to exceljs's package afterwards, driven directly on small parts: column page breaks
 * (ECMA-376 Part 1, 18.3.1.14 colBreaks, whose place in CT_Worksheet, 18.3.1.99, is after
 * pageMargins, pageSetup, headerFooter and rowBreaks) and the sheet-scoped defined name (18.2.5,
 * its value a string constant in quotes). Each expectation is the XML typed out.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addSheetExtras } from '../../src/xlsx/sheetExtras';

const SHEET = 'xl/worksheets/sheet1.xml';
const BOOK = 'xl/workbook.xml';
const BREAKS = '<colBreaks count="2" manualBreakCount="2"><brk id="5" max="1048575" man="1"/><brk id="9" max="1048575" man="1"/></colBreaks>';

const pkg = (sheet: string, book = '<workbook><sheets><sheet name="表" sheetId="1"/></sheets></workbook>'): Uint8Array =>
  zipSync({ [SHEET]: strToU8(sheet), [BOOK]: strToU8(book), 'xl/styles.xml': strToU8('<styleSheet/>') });
const parts = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('column breaks', () => {
  it.each([
    ['page margins', '<pageMargins left="0.7"/>', ''],
    ['page setup', '<pageMargins/><pageSetup paperSize="9"/>', ''],
    ['the header and footer', '<pageMargins/><pageSetup/><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>', '<drawing r:id="rId1"/>'],
    ['an empty header and footer', '<pageMargins/><headerFooter/>', '<tableParts count="0"/>'],
    ['an empty header and footer with attributes', '<pageMargins/><pageSetup/><headerFooter differentOddEven="0"/>', '<drawing r:id="rId1"/>'],
    ['row breaks', '<pageMargins/><pageSetup/><headerFooter/><rowBreaks count="1"><brk id="3"/></rowBreaks>', '<drawing r:id="rId1"/>'],
    ['empty row breaks', '<pageMargins/><rowBreaks count="0"/>', ''],
  ])('go after %s, the last of those the sheet has, and before what follows', (_, setup, rest) => {
    const sheet = `<worksheet><sheetData/>${setup}${rest}</worksheet>`;
    expect(parts(addSheetExtras(pkg(sheet), { columnBreaks: [5, 9] }))[SHEET]).toBe(`<worksheet><sheetData/>${setup}${BREAKS}${rest}</worksheet>`);
  });

  it('none leaves the sheet as it was, and so does a sheet with no page setup', () => {
    const sheet = '<worksheet><sheetData/><pageMargins/></worksheet>';
    expect(parts(addSheetExtras(pkg(sheet), { columnBreaks: [] }))[SHEET]).toBe(sheet);
    expect(parts(addSheetExtras(pkg('<worksheet><sheetData/></worksheet>'), { columnBreaks: [] }))[SHEET]).toBe('<worksheet><sheetData/></worksheet>');
  });

  it('a sheet with nothing to put them after is a fault of the writer, said as such', () => {
    expect(() => addSheetExtras(pkg('<worksheet><sheetData/></worksheet>'), { columnBreaks: [3] })).toThrow('the written sheet has no page setup to put column breaks after');
  });
});

describe('the template marker', () => {
  it('is a name scoped to the first sheet, its text quoted and escaped, in a new definedNames after the sheets', () => {
    const out = parts(addSheetExtras(pkg('<worksheet><pageMargins/></worksheet>'), { columnBreaks: [], name: { name: '_careplan', value: 'gz<&>beds' } }));
    expect(out[BOOK]).toBe('<workbook><sheets><sheet name="表" sheetId="1"/></sheets><definedNames><definedName name="_careplan" localSheetId="0">"gz&lt;&amp;&gt;beds"</definedName></definedNames></workbook>');
  });

  it('joins the names the workbook already has, after them', () => {
    const book = '<workbook><sheets><sheet name="表" sheetId="1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">表!$1:$3</definedName></definedNames></workbook>';
    const out = parts(addSheetExtras(pkg('<worksheet><pageMargins/></worksheet>', book), { columnBreaks: [], name: { name: '_careplan', value: 'v' } }));
    expect(out[BOOK]).toBe(book.replace('</definedNames>', '<definedName name="_careplan" localSheetId="0">"v"</definedName></definedNames>'));
  });

  it('without one, the workbook part is as it was; every other part is kept', () => {
    const out = parts(addSheetExtras(pkg('<worksheet><pageMargins/></worksheet>'), { columnBreaks: [] }));
    expect(out[BOOK]).toBe('<workbook><sheets><sheet name="表" sheetId="1"/></sheets></workbook>');
    expect(Object.keys(out).sort()).toEqual([SHEET, BOOK, 'xl/styles.xml'].sort());
    expect(out['xl/styles.xml']).toBe('<styleSheet/>');
  });
});

describe('a package exceljs did not write whole', () => {
  it.each([
    ['no first sheet', { [BOOK]: strToU8('<workbook/>') }],
    ['no workbook part', { [SHEET]: strToU8('<worksheet/>') }],
  ])('with %s is a fault of the writer', (_, files) => {
    expect(() => addSheetExtras(zipSync(files), { columnBreaks: [] })).toThrow('exceljs wrote no first sheet or workbook part');
  });
});
