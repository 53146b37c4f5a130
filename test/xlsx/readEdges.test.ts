/**
 * What the reader must get right at the edges of what SpreadsheetML allows, each written by hand as
 * another writer might: column letters past Z, attribute values in single quotes holding '>', the
 * 1904 date system written as xsd:boolean `true`, and a template marker scoped to a sheet that stands
 * after a chart sheet. Expected positions are worked out here from the letters; the rules are
 * ECMA-376 Part 1's.
 */
import { describe, expect, it } from 'vitest';
import { markerName } from '../../src/templates/marker';
import { readWorkbook } from '../../src/xlsx/read';
import { handWorkbook } from '../support/handWorkbook';
import { expectRefusal } from '../support/refusals';

/** A column's 0-based index from its letters, as bijective base 26: A = 1 … Z = 26, AA = 27. */
const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe('cell addresses past Z', () => {
  it('Z, AA, AZ, BA, ZZ, AAA and XFD land in the columns their letters count to', () => {
    const letters = ['Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD'];
    // Checked by hand: XFD is Excel's last column, 24 × 26² + 6 × 26 + 4 = 16,384.
    expect(columnIndex('XFD')).toBe(16_383);
    const xml = `<row r="1">${letters.map((l, i) => `<c r="${l}1"><v>${i + 1}</v></c>`).join('')}</row>`;
    const row = readWorkbook(handWorkbook([{ name: 'S', xml }])).sheets[0]!.rows[0]!;
    expect(letters.map((l) => row[columnIndex(l)])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(row.filter((v) => v !== undefined)).toHaveLength(letters.length);
  });
});

describe('XML as other writers quote it', () => {
  it('attribute values in single quotes may hold ">" (XML 1.0 §2.3 AttValue), and the cell still reads', () => {
    const xml = "<row r='1'><c r='A1' t='inlineStr' x14ac:note='1 > 0'><is><t>单引号</t></is></c><c r='B1'><v>2</v></c></row>";
    expect(readWorkbook(handWorkbook([{ name: 'S', xml }])).sheets[0]!.rows).toEqual([['单引号', 2]]);
  });
});

describe('the workbook part', () => {
  it('date1904="true" is the 1904 date system as date1904="1" is: both are xsd:boolean true', () => {
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    // 43890 days after 1904-01-01 is 45352 after 1900-01-00: the two systems are 1462 days apart.
    const read = (flag: string) => readWorkbook(handWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1" s="1"><v>43890</v></c></row>' }], { styles, workbookPr: `<workbookPr date1904="${flag}"/>` })).sheets[0]!.rows[0];
    expect(read('true')).toEqual([{ t: 'date', serial: 43890 + 1462 }]);
    expect(read('1')).toEqual([{ t: 'date', serial: 43890 + 1462 }]);
    expect(read('false')).toEqual([{ t: 'date', serial: 43890 }]);
  });

  it('a marker scoped by localSheetId counts chart sheets too (ECMA-376 Part 1, 18.2.5): index 2 is the worksheet after the chart', () => {
    const bytes = handWorkbook(
      [
        { name: '说明', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: '图表', xml: '<chartsheet/>', target: 'chartsheets/sheet1.xml', kind: 'chartsheet' },
        { name: '床位', xml: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      ],
      { definedNames: `<definedNames><definedName name="${markerName}" localSheetId="2">"careplan:gz-beds"</definedName></definedNames>` },
    );
    expect(readWorkbook(bytes).sheets.map((s) => [s.name, s.markerName])).toEqual([
      ['说明', undefined],
      ['床位', 'careplan:gz-beds'],
    ]);
  });
});

describe('a text cell in a workbook with no string table', () => {
  it('is DAMAGED, naming the sheet’s part: the text it points to is nowhere in the file', () => {
    const bytes = handWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }]);
    expectRefusal(() => readWorkbook(bytes), 'DAMAGED', 'xl/worksheets/sheet1.xml');
  });
});
