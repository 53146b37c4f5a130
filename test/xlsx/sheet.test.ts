/**
 * One worksheet part read directly, each part typed out here as a writer other than exceljs might
 * write it. The rules are ECMA-376 Part 1's: §18.3.1.4 c (its r, s and t; t's values from
 * §18.18.11 ST_CellType), §18.3.1.73 row, §18.3.1.35 dimension, §18.3.1.40 f (shared formulas),
 * §18.17.4.1 (the 1900 date system counts a 29 February 1900 that never was), §18.17.4.3 (t="d"
 * holds an ISO 8601 date).
 */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import type { Grid } from '../../src/check/grid';
import { MAX_COLS, MAX_ROWS } from '../../src/xlsx/limits';
import { newMeter } from '../../src/xlsx/read';
import { readSheet, type SheetContext } from '../../src/xlsx/sheet';
import { expectRefusal } from '../support/refusals';

const PART = 'xl/worksheets/sheet1.xml';
const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({ sharedStrings: ['甲', '乙'], dateStyles: [false, true], date1904: false, meter: newMeter(), ...over });
/** The rows of a part whose sheetData holds `rows`, with anything before it in `head`. */
const read = (rows: string, over: Partial<SheetContext> = {}, head = ''): Grid['rows'] =>
  readSheet(strToU8(`<worksheet xmlns="x">${head}<sheetData>${rows}</sheetData></worksheet>`), '表一', PART, ctx(over)).rows;
/** The value of a lone cell A1 written as `cell`. */
const one = (cell: string, over: Partial<SheetContext> = {}): unknown => read(`<row r="1">${cell}</row>`, over)[0]?.[0];
const refused = (rows: string, code: 'DAMAGED' | 'TOO_LARGE' | 'TOO_MANY_ROWS', ...words: string[]) => expectRefusal(() => read(rows), code, ...words);

describe('a cell’s t says how its <v> reads', () => {
  it('n or none is a number; s an index into the shared strings; str and inlineStr text; b a boolean; e an error code', () => {
    expect(one('<c r="A1"><v>12.5</v></c>')).toBe(12.5);
    expect(one('<c r="A1" t="n"><v>-3</v></c>')).toBe(-3);
    expect(one('<c r="A1" t="s"><v>1</v></c>')).toBe('乙');
    expect(one('<c r="A1" t="str"><v>a&amp;b_x000A_c</v></c>')).toBe('a&b\nc');
    expect(one('<c r="A1" t="inlineStr"><v>直接</v></c>')).toBe('直接');
    expect(one('<c r="A1" t="inlineStr"><is><t>内联</t></is></c>')).toBe('内联');
    expect(['1', 'true', '0', 'false'].map((v) => one(`<c r="A1" t="b"><v>${v}</v></c>`))).toEqual([true, true, false, false]);
    expect(one('<c r="A1" t="e"><v>#DIV/0!</v></c>')).toEqual({ t: 'error', code: '#DIV/0!' });
  });

  it('an empty <v> is a blank, except for text types, where it is the empty string', () => {
    for (const t of ['n', 's', 'b', 'e', 'd']) expect(one(`<c r="A1" t="${t}"><v></v></c>`)).toBeUndefined();
    expect(one('<c r="A1" t="str"><v></v></c>')).toBe('');
    expect(one('<c r="A1" t="inlineStr"><v/></c>')).toBe('');
    expect(one('<c r="A1" s="1"/>')).toBeUndefined();
    expect(one('<c r="A1"><extLst><ext uri="x"><v>9</v></ext></extLst></c>')).toBeUndefined();
  });

  it('what a type cannot hold is DAMAGED, naming the part: a number that is not, an index past the table, a boolean that is neither, an unknown t', () => {
    for (const cell of ['<v>12a</v>', '<v>2</v>', '<v>-1</v>'].map((v, i) => `<c r="A1"${i ? ' t="s"' : ''}>${v}</c>`)) refused(`<row r="1">${cell}</row>`, 'DAMAGED', PART);
    refused('<row r="1"><c r="A1" t="b"><v>yes</v></c></row>', 'DAMAGED', PART);
    refused('<row r="1"><c r="A1" t="x"><v>1</v></c></row>', 'DAMAGED', PART);
    refused('<row r="1"><c r="A1" t="nn"><v>1</v></c></row>', 'DAMAGED', PART);
  });
});

describe('dates', () => {
  it('a number in a date style is a date; the same number in style 0 or a style past the table is a number; text and booleans stay as they are', () => {
    expect(one('<c r="A1" s="1"><v>45292</v></c>')).toEqual({ t: 'date', serial: 45292 });
    expect(one('<c r="A1" s="0"><v>45292</v></c>')).toBe(45292);
    expect(one('<c r="A1"><v>45292</v></c>', { dateStyles: [true] })).toEqual({ t: 'date', serial: 45292 });
    expect(one('<c r="A1" s="7"><v>45292</v></c>')).toBe(45292);
    expect(one('<c r="A1" s="1" t="str"><v>45292</v></c>')).toBe('45292');
    expect(one('<c r="A1" s="1" t="b"><v>1</v></c>')).toBe(true);
  });

  it('a 1904 workbook’s serials move 1,462 days to the 1900 system; an ISO date is the same day in either', () => {
    expect(one('<c r="A1" s="1"><v>43830</v></c>', { date1904: true })).toEqual({ t: 'date', serial: 45292 });
    expect(one('<c r="A1" s="0"><v>43830</v></c>', { date1904: true })).toBe(43830);
    expect(one('<c r="A1" t="d"><v>2024-01-01</v></c>', { date1904: true })).toEqual({ t: 'date', serial: 45292 });
  });

  it('t="d": ISO dates and times to 1900 serials, days before 1 March 1900 one lower, the clock as written', () => {
    const serial = (iso: string): unknown => (one(`<c r="A1" t="d"><v>${iso}</v></c>`) as { serial: number }).serial;
    // 2024-01-01 is 45,292 (Excel's own serial); 1 March 1900 is 61 and 28 February 1900 is 59, the 60 between being Excel's 29 February.
    expect(['2024-01-01', '1900-03-01', '1900-02-28', '1900-01-01'].map(serial)).toEqual([45292, 61, 59, 1]);
    expect(['2024-01-01T12:00:00', '2024-01-01T06:00', '2024-01-01T18:00:00Z', '2024-01-01T18:00:00+08:00', ' 2024-01-01T00:00:30.5 '].map(serial)).toEqual([
      45292.5,
      45292.25,
      45292.75,
      45292.75,
      45292 + 30.5 / 86_400,
    ]);
    expect(['12:00', 'T12:00:00', '00:00:36', '12:30'].map(serial)).toEqual([0.5, 0.5, 36 / 86_400, (12 * 60 + 30) / 1_440]);
  });

  it('a t="d" value that is not an ISO date is DAMAGED', () => {
    for (const v of ['2024/01/01', 'T', 'Z', '2024-1-1', 'yesterday']) refused(`<row r="1"><c r="A1" t="d"><v>${v}</v></c></row>`, 'DAMAGED', PART);
  });
});

describe('formulas', () => {
  it('a formula keeps its text and its saved value, or null when none was saved', () => {
    expect(one('<c r="A1"><f>B1/C1</f><v>0.5</v></c>')).toEqual({ t: 'formula', formula: 'B1/C1', cached: 0.5 });
    expect(one('<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>')).toEqual({ t: 'formula', formula: '"a"&"b"', cached: 'ab' });
    expect(one('<c r="A1"><f>SUM(B1:B9)</f></c>')).toEqual({ t: 'formula', formula: 'SUM(B1:B9)', cached: null });
    expect(one('<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>')).toEqual({ t: 'formula', formula: '1/0', cached: { t: 'error', code: '#DIV/0!' } });
  });

  it('shared formulas: followers take their master’s text by si, as written; a master’s own text wins; an unknown si is empty', () => {
    const rows = read(
      '<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A3">B1*2</f><v>2</v></c><c r="B1"><f t="shared" si="1" ref="B1:B2">C1</f></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="B2"><f t="shared" si="1"></f></c><c r="C2"><f t="shared" si="5"/></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0">B3*3</f></c><c r="B3"><f t="array" si="1" ref="B3">D3</f></c><c r="C3"><f si="0"/></c></row>' +
        '<row r="4"><c r="B4"><f t="shared" si="1"/></c></row>',
    );
    expect(rows[0]!.map((c) => (c as { formula: string }).formula)).toEqual(['B1*2', 'C1']);
    expect(rows[1]!.map((c) => (c as { formula: string }).formula)).toEqual(['B1*2', 'C1', '']);
    expect(rows[1]![0]).toEqual({ t: 'formula', formula: 'B1*2', cached: 4 });
    // B3 is an array formula, not a follower; C3's si has no t="shared", so it is an ordinary empty formula.
    expect(rows[2]!.map((c) => (c as { formula: string }).formula)).toEqual(['B3*3', 'D3', '']);
    // The array formula's text did not become si 1's: B4 still follows B1.
    expect(rows[3]![1]).toEqual({ t: 'formula', formula: 'C1', cached: null });
  });
});

describe('where each cell lands', () => {
  it('r’s letters count columns (either case), its digits the row; rows and cells without r follow the previous one', () => {
    const rows = read('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c r="e2"><v>3</v></c></row><row><c><v>4</v></c><c r="AB3"><v>5</v></c></row><row r="9" spans="1:2"><c><v>6</v></c></row>');
    expect(rows[0]).toBeUndefined();
    expect(rows[1]).toEqual([undefined, 1, 2, undefined, 3]);
    expect(rows[2]![0]).toBe(4);
    expect(rows[2]![27]).toBe(5);
    expect(rows[8]).toEqual([6]);
    expect(rows).toHaveLength(9);
  });

  it('a cell’s own r wins over its row’s, and attributes of other names, of one letter or more, are not r, s or t', () => {
    const rows = read('<row r="1"><c r="C4" rr="A1" ss="1" tt="s" xr:u="1"><v>7</v></c></row>', { dateStyles: [false, true] });
    expect(rows[3]).toEqual([undefined, undefined, 7]);
  });

  it('an address without letters or digits, row 0, a row r of 0, a cell before any row, or a bad s is DAMAGED', () => {
    for (const r of ['5', 'B', 'B0', '$B$2', '', 'A{1', 'Ä1']) refused(`<row r="1"><c r="${r}"><v>1</v></c></row>`, 'DAMAGED', PART);
    refused('<row r="0"><c><v>1</v></c></row>', 'DAMAGED', PART);
    refused('<c><v>1</v></c>', 'DAMAGED', PART);
    for (const s of ['-1', 'x', '']) refused(`<row r="1"><c r="A1" s="${s}"><v>1</v></c></row>`, 'DAMAGED', PART);
  });

  it(`column XFD (${MAX_COLS.toLocaleString('en-US')}) is read; the one past it is TOO_LARGE, naming the sheet, the column and the limit`, () => {
    expect(read('<row r="1"><c r="XFD1"><v>1</v></c></row>')[0]![MAX_COLS - 1]).toBe(1);
    refused('<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>', 'TOO_LARGE', '表一', (MAX_COLS + 1).toLocaleString('en-US'), MAX_COLS.toLocaleString('en-US'));
    refused('<row r="1"><c r="XFE1"><v>1</v></c></row>', 'TOO_LARGE', '表一');
  });

  it(`row ${MAX_ROWS.toLocaleString('en-US')} is read; the next is TOO_MANY_ROWS, by a row’s r, a cell’s r, a row that follows, or the dimension`, () => {
    expect(read(`<row r="${MAX_ROWS}"><c><v>1</v></c></row>`)).toHaveLength(MAX_ROWS);
    const past = (MAX_ROWS + 1).toLocaleString('en-US');
    refused(`<row r="${MAX_ROWS + 1}"/>`, 'TOO_MANY_ROWS', '表一', past);
    refused(`<row r="1"><c r="A${MAX_ROWS + 1}"><v>1</v></c></row>`, 'TOO_MANY_ROWS', past);
    refused(`<row r="${MAX_ROWS}"/><row/>`, 'TOO_MANY_ROWS', past);
    expectRefusal(() => read('', {}, `<dimension ref="A1:J${MAX_ROWS + 1}"/>`), 'TOO_MANY_ROWS', '表一', past);
    expect(read('', {}, `<dimension ref="A1:J${MAX_ROWS}"/>`)).toEqual([]);
    expect(read('', {}, '<dimension ref="A1:XFD"/><dimension/>')).toEqual([]);
    // The row is read from the digits at the end of ref, the last of them a 9 or after a $.
    expectRefusal(() => read('', {}, `<dimension ref="A1:J${MAX_ROWS + 9}"/>`), 'TOO_MANY_ROWS', (MAX_ROWS + 9).toLocaleString('en-US'));
    expectRefusal(() => read('', {}, `<dimension ref="$A$1:$J$${MAX_ROWS + 1}"/>`), 'TOO_MANY_ROWS', past);
  });
});

describe('the part around sheetData', () => {
  it('what comes before sheetData is passed over; an empty sheetData is no rows; unknown elements among rows are skipped', () => {
    expect(read('', {}, '<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><cols><col min="1" max="2" width="9"/></cols>')).toEqual([]);
    expect(readSheet(strToU8('<worksheet><sheetData/></worksheet>'), 'S', PART, ctx()).rows).toEqual([]);
    expect(read('<row r="1"><c r="A1"><v>1</v></c><extLst><c r="B1"><v>2</v></c></extLst></row>')).toEqual([[1]]);
  });

  it('a part with no sheetData, or that ends inside it or inside a cell, or a cell closed by another tag, is DAMAGED', () => {
    const damaged = (xml: string) => expectRefusal(() => readSheet(strToU8(xml), 'S', PART, ctx()), 'DAMAGED', PART);
    damaged('<worksheet><sheetViews/></worksheet>');
    damaged('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>');
    damaged('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>');
    damaged('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>');
  });

  it('each kept cell is counted in the read’s meter; blanks are not', () => {
    const meter = newMeter();
    read('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1"><v></v></c><c r="D1"><f>A1</f></c></row>', { meter });
    expect(meter.cells).toBe(2);
  });
});
