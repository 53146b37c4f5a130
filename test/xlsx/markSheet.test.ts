/**
 * A worksheet part marked in place, driven directly on short parts: the whole part out is typed
 * here, so any byte the marking adds, moves or loses shows. What a sheet may hold and in what order
 * is ECMA-376 Part 1: 18.3.1.73 row and 18.3.1.4 c (`r` optional: a row or cell without it follows
 * the one before), 18.3.1.99 CT_Worksheet's sequence (legacyDrawing before legacyDrawingHF, picture,
 * oleObjects, controls, webPublishItems, tableParts, extLst).
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { legacyDrawingOf, markSheet, type CellMark } from '../../src/xlsx/markSheet';

const PART = 'xl/worksheets/sheet1.xml';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const sheet = (data: string, after = ''): string => `<worksheet><sheetPr/>${data}${after}</worksheet>`;
/** A mark whose marked style is 100 plus the cell's own: what it was given shows in what it became. */
const mark = (r: number, c: number): CellMark => ({ r, c, style: (base) => 100 + base });
const marked = (xml: string, marks: CellMark[], legacy?: string): string => strFromU8(markSheet(strToU8(xml), PART, marks, legacy));

describe('cells that are written', () => {
  it('a cell with a style takes the style marked from it; one without is given the mark of style 0, just after its name', () => {
    const xml = sheet('<sheetData><row r="2"><c r="A2" s="7"><v>1</v></c><c r="B2" t="s"><v>0</v></c><c r="C2" s="3"/></row></sheetData>');
    expect(marked(xml, [mark(1, 0), mark(1, 1)])).toBe(sheet('<sheetData><row r="2"><c r="A2" s="107"><v>1</v></c><c s="100" r="B2" t="s"><v>0</v></c><c r="C2" s="3"/></row></sheetData>'));
  });

  it('with nothing to mark, the part is unchanged, byte for byte', () => {
    const xml = sheet('<sheetData><row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c></row><row r="2"/></sheetData>', '<pageMargins/>');
    expect(marked(xml, [])).toBe(xml);
  });

  it('rows and cells without r follow the one before, as the reader counts them', () => {
    const xml = sheet('<sheetData><row r="3"><c r="B3"/><c/></row><row><c/><c s="2"/></row></sheetData>');
    expect(marked(xml, [mark(2, 2), mark(3, 1)])).toBe(sheet('<sheetData><row r="3"><c r="B3"/><c s="100"/></row><row><c/><c s="102"/></row></sheetData>'));
  });

  it('columns of two letters and Z count as Excel counts them (Z 26, AB 28)', () => {
    const xml = sheet('<sheetData><row r="1"><c r="Y1"/><c r="Z1"/><c r="AB1"/></row></sheetData>');
    expect(marked(xml, [mark(0, 25), mark(0, 27), mark(0, 26)])).toBe(sheet('<sheetData><row r="1"><c r="Y1"/><c s="100" r="Z1"/><c r="AA1" s="100"/><c s="100" r="AB1"/></row></sheetData>'));
  });

  it('a first row without r is row 1', () => {
    expect(marked(sheet('<sheetData><row><c s="4"/></row></sheetData>'), [mark(0, 0)])).toBe(sheet('<sheetData><row><c s="104"/></row></sheetData>'));
  });

  it('a cell whose address is in lower case is the cell it names', () => {
    const xml = sheet('<sheetData><row r="1"><c r="b1"/></row></sheetData>');
    expect(marked(xml, [mark(0, 1)])).toBe(sheet('<sheetData><row r="1"><c s="100" r="b1"/></row></sheetData>'));
  });
});

describe('cells and rows that were never written', () => {
  it('a missing cell is added in column order: before, between and after the written ones', () => {
    const xml = sheet('<sheetData><row r="1"><c r="B1"/><c r="D1"/></row></sheetData>');
    expect(marked(xml, [mark(0, 4), mark(0, 0), mark(0, 2), mark(0, 5)])).toBe(
      sheet('<sheetData><row r="1"><c r="A1" s="100"/><c r="B1"/><c r="C1" s="100"/><c r="D1"/><c r="E1" s="100"/><c r="F1" s="100"/></row></sheetData>'),
    );
  });

  it('a new row holds every marked cell of it, in column order', () => {
    expect(marked(sheet('<sheetData><row r="1"/></sheetData>'), [mark(2, 3), mark(2, 1)])).toBe(sheet('<sheetData><row r="1"/><row r="3"><c r="B3" s="100"/><c r="D3" s="100"/></row></sheetData>'));
  });

  it('a missing row is added in row order: before the first, between, and after the last', () => {
    const xml = sheet('<sheetData><row r="2"><c r="A2"/></row><row r="5"><c r="A5"/></row></sheetData>');
    expect(marked(xml, [mark(7, 1), mark(0, 0), mark(3, 2), mark(2, 0)])).toBe(
      sheet('<sheetData><row r="1"><c r="A1" s="100"/></row><row r="2"><c r="A2"/></row><row r="3"><c r="A3" s="100"/></row><row r="4"><c r="C4" s="100"/></row><row r="5"><c r="A5"/></row><row r="8"><c r="B8" s="100"/></row></sheetData>'),
    );
  });

  it('a row written empty gains its cells and keeps its attributes', () => {
    const xml = sheet('<sheetData><row r="4" ht="20" customHeight="1" /></sheetData>');
    expect(marked(xml, [mark(3, 1), mark(3, 0)])).toBe(sheet('<sheetData><row r="4" ht="20" customHeight="1"><c r="A4" s="100"/><c r="B4" s="100"/></row></sheetData>'));
  });

  it('a sheet whose data is empty gains the rows', () => {
    expect(marked(sheet('<sheetData/>'), [mark(1, 0), mark(0, 2)])).toBe(sheet('<sheetData><row r="1"><c r="C1" s="100"/></row><row r="2"><c r="A2" s="100"/></row></sheetData>'));
  });
});

describe('the drawing that shows notes', () => {
  const legacy = `<legacyDrawing xmlns:r="${R_NS}" r:id="rId9"/>`;

  it('goes before the first element CT_Worksheet puts after it', () => {
    for (const next of ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']) {
      const xml = sheet('<sheetData></sheetData>', `<pageSetup/><drawing r:id="rId1"/><${next}/><extLst><ext/></extLst>`);
      expect(marked(xml, [], 'rId9'), next).toBe(sheet('<sheetData></sheetData>', `<pageSetup/><drawing r:id="rId1"/>${legacy}<${next}/><extLst><ext/></extLst>`));
    }
  });

  it('goes last when nothing follows it, and is not fooled by an element of that name deeper down', () => {
    const xml = sheet('<sheetData><row r="1"><c r="A1"><extLst/></c></row></sheetData>', '<headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>');
    expect(marked(xml, [], 'rId9')).toBe(sheet('<sheetData><row r="1"><c r="A1"><extLst/></c></row></sheetData>', `<headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>${legacy}`));
  });

  it('a part that never closes has nowhere to put it: DAMAGED', () => {
    expect(() => marked('<worksheet><sheetData/>', [], 'rId9')).toThrow(expect.objectContaining({ code: 'DAMAGED', zh: expect.stringContaining(PART) }));
  });

  it('the id of a drawing the sheet already has is read, whatever its prefix', () => {
    expect(legacyDrawingOf(strToU8(sheet('<sheetData/>', '<x:legacyDrawing r:id="rId4"/>')), PART)).toBe('rId4');
    expect(legacyDrawingOf(strToU8(sheet('<sheetData/>', '<legacyDrawingHF r:id="rId4"/>')), PART)).toBeUndefined();
  });
});

describe('parts it refuses', () => {
  it.each([
    ['a row numbered 0', '<sheetData><row r="0"/></sheetData>'],
    ['a row numbered with a letter', '<sheetData><row r="x"/></sheetData>'],
    ['sheet data that never closes', '<sheetData><row r="1">'],
  ])('%s is DAMAGED', (_, data) => {
    expect(() => marked(sheet(data), [mark(0, 0)])).toThrow(expect.objectContaining({ code: 'DAMAGED' }));
  });
});
