/**
 * The parts of an annotated copy, checked against the rules ECMA-376 Part 1 sets for them, on a
 * sheet written by hand with what exceljs never writes: an empty `<row r="5"/>`, marks before, between
 * and after a row's cells and in rows that are not there, a styled input cell (its own number format,
 * unlocked) and an `<extLst>` after where the notes' drawing goes. Excel repairs (and so warns about)
 * a file that breaks these rules even where openpyxl or exceljs read it without complaint.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateCopy, type Mark } from '../../src/xlsx/annotate';
import { handWorkbook } from '../support/handWorkbook';
import { bareFinding } from '../support/marks';

/** The severities' fills as STYLE.md gives them (error red, warning amber, info blue), in exceljs's ARGB. */
const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFE4DFEC' } as const;

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf></cellXfs>';

const SHEET_XML =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="2"><c r="C2" s="1"><v>5</v></c></row><row r="5"/><row r="7"><c r="B7"><v>1</v></c><c r="E7"><v>2</v></c></row>' +
  '</sheetData><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>';

/**
 * Marks before the first row (A1), on a styled input cell (C2, an error then a lesser info), in an
 * empty row (A5), before, between and after a row's cells (A7; C7 and D7, both before E7; G7) and past
 * the last row (A9).
 */
const MARKS: Mark[] = [
  bareFinding('A1', 'info', '行 < 列 & “引号”'),
  bareFinding('C2', 'error'),
  bareFinding('C2', 'info'),
  bareFinding('A5', 'warning'),
  bareFinding('G7', 'info'),
  bareFinding('A7', 'warning'),
  bareFinding('C7', 'error'),
  bareFinding('D7', 'warning'),
  bareFinding('A9', 'info'),
].map((f) => ({ sheet: 'S', finding: f }));

/** A column's 0-based index from its letters (bijective base 26). */
const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The annotated copy, made inside each test that reads it: Stryker counts what runs in a beforeAll as
 * static and leaves its mutants out (README, mutation testing).
 */
const annotated = (): Uint8Array => annotateCopy(handWorkbook([{ name: 'S', xml: SHEET_XML }], { styles: STYLES }), MARKS);
const partsOf = (): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(annotated())).map(([name, bytes]) => [name, strFromU8(bytes)]));
async function markedSheet(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(annotated().slice().buffer);
  return wb.getWorksheet('S')!;
}

describe('the marked sheet part', () => {
  it('keeps rows in ascending order, each once, and each row’s cells in ascending columns, whatever was marked where (18.3.1.73, 18.3.1.4)', () => {
    const sheet = partsOf()['xl/worksheets/sheet1.xml']!;
    const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>(.*?)<\/row>)/gu)].map((m) => ({ r: Number(m[1]), cells: [...(m[2] ?? '').matchAll(/<c r="([A-Z]+)(\d+)"/gu)].map((c) => [columnIndex(c[1]!), Number(c[2])]) }));
    expect(rows.map((r) => r.r)).toEqual([1, 2, 5, 7, 9]);
    for (const row of rows) {
      expect(row.cells.every(([, r]) => r === row.r)).toBe(true);
      const columns = row.cells.map(([c]) => c!);
      expect(columns).toEqual([...new Set(columns)].sort((a, b) => a - b));
    }
    expect(rows.find((r) => r.r === 7)!.cells.map(([c]) => c)).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it('colours each marked cell by its worst finding, wherever it stood, and leaves the values as they were', async () => {
    const ws = await markedSheet();
    const fill = (a: string) => (ws.getCell(a).fill?.type === 'pattern' ? (ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb : undefined);
    expect(['A1', 'C2', 'A5', 'A7', 'C7', 'D7', 'G7', 'A9'].map(fill)).toEqual([FILL.info, FILL.error, FILL.warning, FILL.warning, FILL.error, FILL.warning, FILL.info, FILL.info]);
    expect([ws.getCell('C2').value, ws.getCell('B7').value, ws.getCell('E7').value, fill('B7')]).toEqual([5, 1, 2, undefined]);
  });

  it('keeps a marked input cell’s number format and leaves it unlocked, so the county can still type in it', async () => {
    const ws = await markedSheet();
    expect(ws.getCell('C2').numFmt).toBe('0.0');
    expect(ws.getCell('C2').protection?.locked).toBe(false);
  });

  it('puts the notes’ legacyDrawing before extLst, in CT_Worksheet’s order (18.3.1.99)', () => {
    const sheet = partsOf()['xl/worksheets/sheet1.xml']!;
    expect(sheet.indexOf('<legacyDrawing ')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(sheet.indexOf('<legacyDrawing ')).toBeLessThan(sheet.indexOf('<extLst>'));
  });
});

describe('the other parts', () => {
  it('each count attribute of fills, fonts and cellXfs says how many children the part now holds (18.8.21, 18.8.23, 18.8.10)', () => {
    const styles = partsOf()['xl/styles.xml']!;
    for (const [list, child] of [
      ['fills', 'fill'],
      ['fonts', 'font'],
      ['cellXfs', 'xf'],
    ] as const) {
      const section = new RegExp(`<${list} count="(\\d+)">(.*?)</${list}>`, 'su').exec(styles)!;
      expect(Number(section[1]), list).toBe(section[2]!.match(new RegExp(`<${child}[ >/]`, 'gu'))!.length);
    }
  });

  it('each note shape sits on its comment’s cell: x:Row and x:Column count from 0', () => {
    const parts = partsOf();
    const refs = [...parts['xl/comments1.xml']!.matchAll(/<comment ref="([A-Z]+)(\d+)"/gu)].map((m) => `${Number(m[2]) - 1},${columnIndex(m[1]!)}`);
    const shapes = [...parts['xl/drawings/vmlDrawing1.vml']!.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/gu)].map((m) => `${m[1]},${m[2]}`);
    expect(refs).toHaveLength(8);
    expect(shapes.sort()).toEqual(refs.sort());
  });

  it('a note’s text keeps <, & and quotes as written', async () => {
    const ws = await markedSheet();
    const note = ws.getCell('A1').note as string | ExcelJS.Comment;
    expect(typeof note === 'string' ? note : note.texts!.map((t) => t.text).join('')).toContain('行 < 列 & “引号”');
  });

  it('the 核查结果 sheet takes a sheetId no other sheet has (18.2.19), and the .vml drawing has a content type', () => {
    const parts = partsOf();
    const ids = [...parts['xl/workbook.xml']!.matchAll(/sheetId="(\d+)"/gu)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(parts['[Content_Types].xml']).toMatch(/<Default [^>]*Extension="vml"/u);
  });
});
