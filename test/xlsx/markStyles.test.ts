/**
 * The styles part of a marked copy, driven directly: every expectation is the part out, typed. What
 * a styles part holds is ECMA-376 Part 1, 18.8.39 styleSheet: `<fonts>`, `<fills>` and `<cellXfs>`
 * each with an optional `count`; a cell's `s` indexes `<cellXfs>`, an `<xf>`'s `fillId` and `fontId`
 * index `<fills>` and `<fonts>` from 0. The marks' colours are Excel's "Bad" (FFC7CE) and "Neutral"
 * (FFEB9C) fills.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MarkStyles } from '../../src/xlsx/markStyles';

const PART = 'xl/styles.xml';
const FONT = '<font><sz val="11"/><name val="Calibri"/></font>';
const FILLS = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>';
const solid = (argb: string): string => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

/** A styles part with the given `<cellXfs>` children; `count` attributes as Excel writes them. */
const part = (xfs: string[], fonts: string | null = `<fonts count="1">${FONT}</fonts>`): string =>
  `<styleSheet>${fonts ?? ''}<fills count="2">${FILLS}</fills><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`;
const styles = (xml: string): MarkStyles => new MarkStyles(strToU8(xml), PART);
const out = (m: MarkStyles): string => strFromU8(m.toBytes());

const XF0 = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const XF1 = '<xf numFmtId="14" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/>';

describe('marked styles', () => {
  it('a marked style is its base with the new fill, added after every existing style; the counts follow', () => {
    const m = styles(part([XF0, XF1]));
    expect(m.styleFor(1, 'error')).toBe(2);
    expect(out(m)).toBe(
      `<styleSheet><fonts count="1">${FONT}</fonts><fills count="3">${FILLS}${solid('FFFFC7CE')}</fills><cellXfs count="3">${XF0}${XF1}` +
        '<xf fillId="2" applyFill="1" numFmtId="14" fontId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    );
  });

  it('each style and severity pair is made once; a fill is shared by every style marked with it', () => {
    const m = styles(part([XF0, XF1]));
    expect([m.styleFor(0, 'warning'), m.styleFor(1, 'warning'), m.styleFor(0, 'warning'), m.styleFor(0, 'error'), m.styleFor(1, 'warning')]).toEqual([2, 3, 2, 4, 3]);
    expect(out(m)).toBe(
      `<styleSheet><fonts count="1">${FONT}</fonts><fills count="4">${FILLS}${solid('FFFFEB9C')}${solid('FFFFC7CE')}</fills><cellXfs count="5">${XF0}${XF1}` +
        '<xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/>' +
        '<xf fillId="2" applyFill="1" numFmtId="14" fontId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf fillId="3" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
    );
  });

  it('a cell whose style is not in the part is marked from style 0, as Excel shows it', () => {
    const m = styles(part([XF0]));
    expect(m.styleFor(7, 'info')).toBe(1);
    expect(out(m)).toContain('<xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/></cellXfs>');
  });

  it('with nothing marked, the part is unchanged, byte for byte', () => {
    const xml = part([XF0, XF1]);
    expect(out(styles(xml))).toBe(xml);
  });

  it('sections written without count stay without one', () => {
    const xml = `<styleSheet><fills>${FILLS}</fills><cellXfs>${XF0}</cellXfs></styleSheet>`;
    const m = styles(xml);
    m.styleFor(0, 'error');
    expect(out(m)).toBe(`<styleSheet><fills>${FILLS}${solid('FFFFC7CE')}</fills><cellXfs>${XF0}<xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`);
  });

  it('fills and fonts of the differential formats after cellXfs (<dxfs>, 18.8.17) are not counted in the lists', () => {
    const dxfs = '<dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>';
    const xml = part([XF0]).replace('</styleSheet>', `${dxfs}</styleSheet>`);
    const m = styles(xml);
    expect(m.styleOf(0, { fill: 'FFEB9C', font: { bold: true } })).toBe(1);
    expect(out(m)).toContain('<xf fontId="1" applyFont="1" fillId="2" applyFill="1" numFmtId="0" borderId="0" xfId="0"/></cellXfs>');
    expect(out(m)).toContain(`<fonts count="2">${FONT}<font><b/>`);
    expect(out(m)).toContain(`<fills count="3">${FILLS}${solid('FFFFEB9C')}</fills>`);
  });

  it('an xf with children and a prefix keeps them; only xfs of cellXfs count, not cellStyleXfs', () => {
    const xf = '<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"><x:protection locked="0"/></x:xf>';
    const xml = `<x:styleSheet><x:fills count="2">${FILLS}</x:fills><x:cellStyleXfs count="1">${XF0}</x:cellStyleXfs><x:cellXfs count="1">${xf}</x:cellXfs></x:styleSheet>`;
    const m = styles(xml);
    expect(m.styleFor(0, 'error')).toBe(1);
    expect(out(m)).toContain(`<x:cellXfs count="2">${xf}<x:xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0"><x:protection locked="0"/></x:xf></x:cellXfs>`);
  });
});

describe('the 核查结果 sheet\'s styles', () => {
  it('fonts are added to the font list, once each: bold at a size, a link underlined in Excel\'s hyperlink blue, 11 pt 宋体 by default', () => {
    const m = styles(part([XF0]));
    expect([m.styleOf(0, { font: { bold: true, size: 14 } }), m.styleOf(0, { font: { link: true } }), m.styleOf(0, { font: { bold: true, size: 14 } })]).toEqual([1, 2, 1]);
    expect(out(m)).toBe(
      `<styleSheet><fonts count="3">${FONT}<font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font>` +
        '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="宋体"/><charset val="134"/></font></fonts>' +
        `<fills count="2">${FILLS}</fills><cellXfs count="3">${XF0}` +
        '<xf fontId="1" applyFont="1" numFmtId="0" fillId="0" borderId="0" xfId="0"/><xf fontId="2" applyFont="1" numFmtId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
    );
  });

  it('a font shared by two styles is added once, and both styles point at it', () => {
    const m = styles(part([XF0]));
    expect([m.styleOf(0, { fill: 'D9D9D9', font: { bold: true } }), m.styleOf(0, { fill: 'FFC7CE', font: { bold: true } })]).toEqual([1, 2]);
    const xml = out(m);
    expect(xml).toContain(`<fonts count="2">${FONT}<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>`);
    expect(xml).toContain('<xf fontId="1" applyFont="1" fillId="2" applyFill="1" numFmtId="0" borderId="0" xfId="0"/><xf fontId="1" applyFont="1" fillId="3" applyFill="1" numFmtId="0" borderId="0" xfId="0"/>');
  });

  it('a font list that never closes is left alone: the style takes only its fill', () => {
    const m = styles(`<styleSheet><fonts count="1">${FONT}<fills count="2">${FILLS}</fills><cellXfs count="1">${XF0}</cellXfs></styleSheet>`);
    m.styleOf(0, { fill: 'D9D9D9', font: { bold: true } });
    expect(out(m)).toBe(`<styleSheet><fonts count="1">${FONT}<fills count="3">${FILLS}${solid('FFD9D9D9')}</fills><cellXfs count="2">${XF0}<xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`);
  });

  it('wrapping keeps a prefix, and replaces an alignment that has children of its own', () => {
    const prefixed = '<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"><x:alignment horizontal="center"><x:extLst/></x:alignment><x:protection locked="0"/></x:xf>';
    const plain = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment horizontal="left">\n<extLst/></alignment></xf>';
    const m = styles(`<x:styleSheet><x:fills count="2">${FILLS}</x:fills><x:cellXfs count="2">${prefixed}${plain}</x:cellXfs></x:styleSheet>`);
    expect([m.styleOf(0, { wrap: true }), m.styleOf(1, { wrap: true })]).toEqual([2, 3]);
    expect(out(m)).toContain(
      '<x:xf applyAlignment="1" numFmtId="0" fontId="0" fillId="0" borderId="0"><x:alignment vertical="top" wrapText="1"/><x:protection locked="0"/></x:xf>' +
        '<xf applyAlignment="1" numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="top" wrapText="1"/></xf></x:cellXfs>',
    );
  });

  it('a part with no font list keeps its fonts: the style takes only its fill', () => {
    const m = styles(part([XF0], null));
    expect(m.styleOf(0, { fill: 'D9D9D9', font: { bold: true } })).toBe(1);
    expect(out(m)).toBe(`<styleSheet><fills count="3">${FILLS}${solid('FFD9D9D9')}</fills><cellXfs count="2">${XF0}<xf fillId="2" applyFill="1" numFmtId="0" fontId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`);
  });

  it('wrapped text is top-aligned: an empty xf opened for it, an alignment of its own replaced', () => {
    const aligned = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="0"><alignment horizontal="center"/><protection locked="0"/></xf>';
    const m = styles(part([XF0, aligned]));
    expect([m.styleOf(0, { wrap: true }), m.styleOf(1, { wrap: true }), m.styleOf(1, { wrap: false })]).toEqual([2, 3, 4]);
    expect(out(m)).toContain(
      '<xf applyAlignment="1" numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="top" wrapText="1"/></xf>' +
        '<xf applyAlignment="1" numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>' +
        // Not wrapped: a copy of its base as it was.
        `${aligned}</cellXfs>`,
    );
  });
});

describe('parts it refuses', () => {
  it.each([
    ['no fills', `<styleSheet><cellXfs count="1">${XF0}</cellXfs></styleSheet>`],
    ['an empty fill list element', `<styleSheet><fills/><cellXfs count="1">${XF0}</cellXfs></styleSheet>`],
    ['no cellXfs', `<styleSheet><fills count="2">${FILLS}</fills></styleSheet>`],
    ['a cellXfs with no style in it', `<styleSheet><fills count="2">${FILLS}</fills><cellXfs count="0"></cellXfs></styleSheet>`],
    ['a cellXfs that never closes', `<styleSheet><fills count="2">${FILLS}</fills><cellXfs count="1">${XF0}`],
    ['a fill list that never closes', `<styleSheet><fills count="2">${FILLS}<cellXfs count="1">${XF0}</cellXfs></styleSheet>`],
  ])('%s is DAMAGED, naming the part', (_, xml) => {
    expect(() => styles(xml)).toThrow(expect.objectContaining({ code: 'DAMAGED', zh: expect.stringContaining(PART) }));
  });
});
