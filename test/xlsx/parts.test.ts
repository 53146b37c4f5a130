/**
 * The parts around a workbook's sheets, each read directly from a small part typed out here: the
 * relationships (Open Packaging Conventions, ECMA-376 Part 2 §9.3: a relationships part sits in
 * `_rels/` beside its source and resolves targets against the source's folder), the shared strings
 * (ECMA-376 Part 1 §18.4: `<si>` of one `<t>` or of runs, `<rPh>` guides not part of the text), the
 * cell styles (§18.8.10 cellXfs: a cell's `s` indexes its `<xf>`s; §18.8.30–31 numFmt; §18.8.9
 * cellStyleXfs, which cells do not index) and the workbook part (§18.2.19 sheet, §18.2.5
 * definedName, §18.2.28 workbookPr).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markerName } from '../../src/templates/marker';
import { inflateWithFflate } from '../../src/xlsx/inflate';
import { Package, parseRelationships, readDateStyles, readSharedStrings, readWorkbookInfo, relsPartOf } from '../../src/xlsx/parts';
import { newMeter } from '../../src/xlsx/read';
import { inspectZip } from '../../src/xlsx/zip';
import { expectRefusal } from '../support/refusals';

const OD = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (body: string): Uint8Array => strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`);
const rel = (id: string, type: string, target: string, extra = ''): string => `<Relationship Id="${id}" Type="${OD}/${type}" Target="${target}"${extra}/>`;

describe('where a part’s relationships are, and what they point at', () => {
  it('the relationships of a part sit in _rels beside it; the package’s own are _rels/.rels', () => {
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
  });

  it('targets resolve against the source part’s folder: plain, ./, ../ and absolute; external ones and incomplete ones are left out', () => {
    const body =
      rel('rId1', 'worksheet', 'worksheets/sheet1.xml') +
      rel('rId2', 'worksheet', './worksheets//sheet2.xml') +
      rel('rId3', 'styles', '../xl/styles.xml') +
      rel('rId4', 'sharedStrings', '/xl/sharedStrings.xml') +
      rel('rId5', 'hyperlink', 'https://example.org/', ' TargetMode="External"') +
      `<Relationship Type="${OD}/worksheet" Target="worksheets/sheet9.xml"/>` +
      `<Relationship Id="rId7" Target="worksheets/sheet7.xml"/>` +
      `<Relationship Id="rId8" Type="${OD}/worksheet"/>` +
      rel('rId9', 'theme', 'theme/theme1.xml', ' TargetMode="Internal"') +
      // Written with a close tag, as XML allows; an element of another name is not a relationship, whatever its attributes.
      `<Relationship Id="rId10" Type="${OD}/worksheet" Target="worksheets/sheet10.xml"></Relationship>` +
      `<Other Id="rId11" Type="${OD}/worksheet" Target="worksheets/sheet11.xml"/>`;
    const found = parseRelationships(rels(body), 'xl/workbook.xml');
    expect([...found.entries()]).toEqual([
      ['rId1', { type: `${OD}/worksheet`, part: 'xl/worksheets/sheet1.xml' }],
      ['rId2', { type: `${OD}/worksheet`, part: 'xl/worksheets/sheet2.xml' }],
      ['rId3', { type: `${OD}/styles`, part: 'xl/styles.xml' }],
      ['rId4', { type: `${OD}/sharedStrings`, part: 'xl/sharedStrings.xml' }],
      ['rId9', { type: `${OD}/theme`, part: 'xl/theme/theme1.xml' }],
      ['rId10', { type: `${OD}/worksheet`, part: 'xl/worksheets/sheet10.xml' }],
    ]);
  });

  it('a package’s own relationships resolve from its root; a damaged part is named as the .rels part', () => {
    expect(parseRelationships(rels(rel('rId1', 'officeDocument', 'xl/workbook.xml')), '').get('rId1')?.part).toBe('xl/workbook.xml');
    expectRefusal(() => parseRelationships(strToU8('<Relationships><Relationship Id="a"'), 'xl/workbook.xml'), 'DAMAGED', 'xl/_rels/workbook.xml.rels');
  });
});

describe('the shared-string table', () => {
  const sst = (body: string): string[] => readSharedStrings(strToU8(`<sst xmlns="x" count="9">${body}</sst>`), 'xl/sharedStrings.xml');

  it('one <t>, runs joined whatever their properties, an empty <si/>, phonetic guides skipped, escapes decoded', () => {
    expect(
      sst(
        '<si><t>南昌</t></si>' +
          '<si><r><rPr><b/><sz val="11"/></rPr><t>养老</t></r><r><t xml:space="preserve"> 床位</t></r></si>' +
          '<si/>' +
          '<si><t>托育</t><rPh sb="0" eb="2"><t>とく</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si><t>a&amp;b_x000D_c</t></si>',
      ),
    ).toEqual(['南昌', '养老 床位', '', '托育', 'a&b\rc']);
  });

  it('a part that ends inside an <si> is DAMAGED, naming the part', () => {
    expectRefusal(() => readSharedStrings(strToU8('<sst><si><r><t>x</t></r>'), 'xl/sharedStrings.xml'), 'DAMAGED', 'xl/sharedStrings.xml');
  });
});

describe('which cell styles show dates', () => {
  const styles = (body: string): boolean[] => readDateStyles(strToU8(`<styleSheet xmlns="x">${body}</styleSheet>`), 'xl/styles.xml');

  it('one entry per <xf> of cellXfs, in order: built-in date ids and custom codes with a date token; cellStyleXfs not counted', () => {
    const found = styles(
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.00%"/><numFmt numFmtId="14" formatCode="0.0"/></numFmts>' +
        '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="164"/><xf numFmtId="165"/><xf/><xf numFmtId="58"/><xf numFmtId="14"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    );
    // 14 is a built-in date (m/d/yyyy), 58 the CJK 'm月d日'; 164 has 年/月 tokens outside quotes; 165 is a
    // percentage; a custom code given for id 14 replaces the built-in one (here with no date token).
    expect(found).toEqual([false, false, true, false, false, true, false]);
  });

  it('a numFmt for id 0 replaces General too', () => {
    expect(styles('<numFmts><numFmt numFmtId="0" formatCode="yyyy/m/d"/></numFmts><cellXfs><xf numFmtId="0"/><xf/></cellXfs>')).toEqual([true, true]);
  });

  it('a numFmt without its code or its id is ignored; no cellXfs is no styles', () => {
    expect(styles('<numFmts><numFmt numFmtId="170"/><numFmt formatCode="yyyy"/></numFmts><cellXfs><xf numFmtId="170"/></cellXfs>')).toEqual([false]);
    expect(styles('<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>')).toEqual([]);
    expect(styles('<cellXfs count="0"/><dxfs><dxf><numFmt numFmtId="14" formatCode="0"/></dxf></dxfs>')).toEqual([]);
  });

  it('an <xf> after cellXfs has closed is not a cell style', () => {
    expect(styles('<cellXfs><xf numFmtId="14"/></cellXfs><extLst><xf numFmtId="14"/></extLst>')).toEqual([true]);
    expect(styles('<cellXfs count="0"/><extLst><xf numFmtId="14"/></extLst>')).toEqual([]);
  });
});

/** A package from parts given as text, read as the reader reads it. */
function pkg(parts: Record<string, string>, meter = newMeter()): Package {
  // The reader takes a zip for a package only with its content types (ECMA-376 Part 2 §10.1.2).
  const files: Zippable = { '[Content_Types].xml': strToU8('<Types/>') };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  const bytes = zipSync(files);
  return new Package(bytes, inspectZip(bytes), inflateWithFflate, meter);
}

const ROOT = `<Relationships>${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`;
const workbook = (inner: string): string => `<workbook xmlns:r="${OD}">${inner}</workbook>`;

describe('the workbook part', () => {
  it('sheets in tab order, chart sheets named but not read; shared strings and styles found by their relationship type', () => {
    const info = readWorkbookInfo(
      pkg({
        '_rels/.rels': ROOT,
        // The last <sheet> written with a close tag, as XML allows.
        'xl/workbook.xml': workbook('<sheets><sheet name="说明" sheetId="1" r:id="rId2"/><sheet name="图" sheetId="2" r:id="rId3"/><sheet name="床位" sheetId="3" r:id="rId1"></sheet></sheets>'),
        'xl/_rels/workbook.xml.rels': `<Relationships>${rel('rId1', 'worksheet', 'worksheets/sheet2.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId3', 'chartsheet', 'chartsheets/sheet1.xml')}${rel('rId4', 'styles', 'styles.xml')}${rel('rId5', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`,
      }),
    );
    expect(info).toEqual({
      part: 'xl/workbook.xml',
      sheets: [
        { name: '说明', part: 'xl/worksheets/sheet1.xml' },
        { name: '床位', part: 'xl/worksheets/sheet2.xml' },
      ],
      names: ['说明', '图', '床位'],
      sharedStrings: 'xl/sharedStrings.xml',
      styles: 'xl/styles.xml',
      date1904: false,
    });
  });

  it('a workbook found through the package relationships wherever it is; without them, at xl/workbook.xml', () => {
    const sheets = '<sheets><sheet name="S" r:id="rId1"/></sheets>';
    const elsewhere = readWorkbookInfo(
      pkg({
        '_rels/.rels': `<Relationships>${rel('rId9', 'officeDocument', 'book/main.xml')}</Relationships>`,
        'book/main.xml': workbook(sheets),
        'book/_rels/main.xml.rels': `<Relationships>${rel('rId1', 'worksheet', 'sheets/one.xml')}</Relationships>`,
      }),
    );
    expect([elsewhere.part, elsewhere.sheets, elsewhere.sharedStrings, elsewhere.styles]).toEqual(['book/main.xml', [{ name: 'S', part: 'book/sheets/one.xml' }], undefined, undefined]);
    const noRoot = readWorkbookInfo(pkg({ 'xl/workbook.xml': workbook(sheets), 'xl/_rels/workbook.xml.rels': `<Relationships>${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>` }));
    expect(noRoot.sheets).toEqual([{ name: 'S', part: 'xl/worksheets/sheet1.xml' }]);
  });

  it('no workbook part, or a binary one (.xlsb), is NOT_XLSX; a sheet without a name or a known relationship is DAMAGED', () => {
    expectRefusal(() => readWorkbookInfo(pkg({ '_rels/.rels': ROOT })), 'NOT_XLSX');
    expectRefusal(() => readWorkbookInfo(pkg({ '_rels/.rels': `<Relationships>${rel('rId1', 'officeDocument', 'xl/workbook.bin')}</Relationships>`, 'xl/workbook.bin': 'x' })), 'NOT_XLSX');
    const withRel = { '_rels/.rels': ROOT, 'xl/_rels/workbook.xml.rels': `<Relationships>${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>` };
    expectRefusal(() => readWorkbookInfo(pkg({ ...withRel, 'xl/workbook.xml': workbook('<sheets><sheet r:id="rId1"/></sheets>') })), 'DAMAGED', 'xl/workbook.xml');
    expectRefusal(() => readWorkbookInfo(pkg({ ...withRel, 'xl/workbook.xml': workbook('<sheets><sheet name="S"/></sheets>') })), 'DAMAGED', 'xl/workbook.xml');
    expectRefusal(() => readWorkbookInfo(pkg({ ...withRel, 'xl/workbook.xml': workbook('<sheets><sheet name="S" r:id="rId2"/></sheets>') })), 'DAMAGED', 'xl/workbook.xml');
  });

  it('the 1904 date system is date1904 1 or true; 0, false or absent is the 1900 system', () => {
    const date1904 = (pr: string): boolean => readWorkbookInfo(pkg({ '_rels/.rels': ROOT, 'xl/workbook.xml': workbook(`${pr}<sheets/>`) })).date1904;
    expect(['<workbookPr date1904="1"/>', '<workbookPr date1904="true"/>', '<workbookPr date1904="0"/>', '<workbookPr date1904="false"/>', '<workbookPr/>', ''].map(date1904)).toEqual([true, true, false, false, false, false]);
  });

  it('the template marker: only careplan’s name, only with a sheet position, its quotes undone', () => {
    const names =
      `<definedNames><definedName name="${markerName}" localSheetId="1">"careplan:say ""hi"""</definedName>` +
      `<definedName name="${markerName}">"careplan:global"</definedName>` +
      `<definedName name="${markerName}" localSheetId="7">"careplan:nowhere"</definedName>` +
      `<definedName name="Print_Area" localSheetId="0">A1:B2</definedName></definedNames>`;
    const info = readWorkbookInfo(
      pkg({
        '_rels/.rels': ROOT,
        'xl/workbook.xml': workbook(`<sheets><sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId2"/></sheets>${names}`),
        'xl/_rels/workbook.xml.rels': `<Relationships>${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet2.xml')}</Relationships>`,
      }),
    );
    expect(info.sheets).toEqual([
      { name: 'A', part: 'xl/worksheets/sheet1.xml' },
      { name: 'B', part: 'xl/worksheets/sheet2.xml', marker: 'careplan:say "hi"' },
    ]);
  });
});

describe('the package', () => {
  it('each part is inflated once, its bytes counted; a second inflation of the same part is DAMAGED, naming it', () => {
    const meter = newMeter();
    const p = pkg({ 'a.xml': '<a>12345</a>', 'b.xml': '<b/>' }, meter);
    const a = p.dir.get('a.xml')!;
    expect(p.inflate(a).length).toBe(12);
    expect(p.inflate(p.dir.get('b.xml')!).length).toBe(4);
    expect(meter.bytesInflated).toBe(16);
    expect(p.inflated.map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
    expectRefusal(() => p.inflate(a), 'DAMAGED', 'a.xml');
    expect(meter.bytesInflated).toBe(16);
  });

  it('the same by the inflater that answers later', async () => {
    const meter = newMeter();
    const p = pkg({ 'a.xml': '<a>12345</a>' }, meter);
    const a = p.dir.get('a.xml')!;
    const later = async (raw: Uint8Array, size: number): Promise<Uint8Array> => inflateWithFflate(raw, size);
    expect((await p.inflateAsync(a, later)).length).toBe(12);
    expect(meter.bytesInflated).toBe(12);
    await expect(p.inflateAsync(a, later)).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  it('a part with no relationships part has none', () => {
    expect(pkg({ 'xl/workbook.xml': '<workbook/>' }).relationships('xl/workbook.xml').size).toBe(0);
  });
});
