/**
 * The notes of a marked copy, driven directly: a comments part (ECMA-376 Part 1, 18.7.3 comment:
 * `ref` a cell, `authorId` an index into `<authors>` from 0) and the VML drawing Excel shows them by
 * (one `v:shape` per note, `x:Row`/`x:Column` from 0, shape ids unique in the drawing). Every
 * expectation is the XML typed out.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addToComments, addToVml, newComments, newVml } from '../../src/xlsx/markNotes';

const PART = 'xl/comments1.xml';
const run = (t: string): string => `<r><t xml:space="preserve">${t}</t></r>`;

describe('a new comments part', () => {
  it('holds each note by careplan on its cell, its text escaped', () => {
    expect(newComments([{ r: 0, c: 1, text: 'a < b & "c"' }, { r: 11, c: 27, text: '第二条' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<authors><author>careplan</author></authors><commentList>' +
        `<comment ref="B1" authorId="0"><text>${run('a &lt; b &amp; &quot;c&quot;')}</text></comment>` +
        `<comment ref="AB12" authorId="0"><text>${run('第二条')}</text></comment>` +
        '</commentList></comments>',
    );
  });
});

describe('notes added to a sheet\'s own comments', () => {
  const own =
    '<comments><authors><author>张三</author><author>李四</author></authors><commentList>' +
    '<comment ref="A1" authorId="1"><text><r><t>请核对</t></r></text></comment>' +
    '<comment ref="$c$3" authorId="0"><text><t>已改</t></text></comment>' +
    '</commentList></comments>';

  it('a cell with a note of its own gets the finding after it; the others get notes by careplan, the next author', () => {
    const { bytes, added } = addToComments(strToU8(own), PART, [{ r: 2, c: 2, text: '超过目标' }, { r: 4, c: 0, text: '缺少' }, { r: 0, c: 0, text: '低于' }, { r: 5, c: 1, text: '空' }]);
    expect(strFromU8(bytes)).toBe(
      '<comments><authors><author>张三</author><author>李四</author><author>careplan</author></authors><commentList>' +
        `<comment ref="A1" authorId="1"><text><r><t>请核对</t></r>${run('\n\n低于')}</text></comment>` +
        `<comment ref="$c$3" authorId="0"><text><t>已改</t>${run('\n\n超过目标')}</text></comment>` +
        `<comment ref="A5" authorId="2"><text>${run('缺少')}</text></comment>` +
        `<comment ref="B6" authorId="2"><text>${run('空')}</text></comment>` +
        '</commentList></comments>',
    );
    expect(added).toEqual([{ r: 4, c: 0, text: '缺少' }, { r: 5, c: 1, text: '空' }]);
  });

  it('with every marked cell already noted, no comment is added', () => {
    const { bytes, added } = addToComments(strToU8(own), PART, [{ r: 0, c: 0, text: 'x' }]);
    expect(added).toEqual([]);
    expect(strFromU8(bytes)).toContain(`<text><r><t>请核对</t></r>${run('\n\nx')}</text></comment><comment ref="$c$3"`);
  });

  it('a comment\'s text ends at its own </text>, after its rich runs', () => {
    const nested = '<comments><authors><author>a</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>x</t></r></text></comment></commentList></comments>';
    expect(strFromU8(addToComments(strToU8(nested), PART, [{ r: 1, c: 1, text: 'y' }]).bytes)).toContain(`<t>x</t></r>${run('\n\ny')}</text></comment>`);
  });

  it.each([
    ['no authors', '<comments><commentList></commentList></comments>'],
    ['no comment list', '<comments><authors><author>a</author></authors></comments>'],
  ])('a part with %s is DAMAGED, naming it', (_, xml) => {
    expect(() => addToComments(strToU8(xml), PART, [{ r: 0, c: 0, text: 'x' }])).toThrow(expect.objectContaining({ code: 'DAMAGED', zh: expect.stringContaining(PART) }));
  });
});

describe('the VML drawing', () => {
  const shapeIds = (vml: string): string[] => [...vml.matchAll(/<v:shape id="_x0000_s(\d+)"/gu)].map((m) => m[1]!);
  const anchors = (vml: string): string[] => [...vml.matchAll(/<x:Anchor>([^<]*)<\/x:Anchor><x:AutoFill>False<\/x:AutoFill><x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/gu)].map((m) => `${m[2]},${m[3]}: ${m[1]}`);

  it('a new drawing has its block in the id map, the note shape type once, and a hidden shape on each note\'s cell', () => {
    const vml = newVml([{ r: 0, c: 1, text: 'x' }, { r: 9, c: 3, text: 'y' }], 2);
    expect(vml).toMatch(/^<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2"\/><\/o:shapelayout><v:shapetype id="_x0000_t202"/u);
    expect(vml.match(/<v:shapetype /gu)).toHaveLength(1);
    // Block n owns ids n × 1024 + 1 onwards.
    expect(shapeIds(vml)).toEqual(['2049', '2050']);
    expect(anchors(vml)).toEqual(['0,1: 2, 15, 0, 2, 5, 15, 6, 16', '9,3: 4, 15, 9, 2, 7, 15, 15, 16']);
    expect(vml.match(/visibility:hidden/gu)).toHaveLength(2);
    expect(vml.endsWith('</v:shape></xml>')).toBe(true);
    // Shapes follow one another directly; the box of each is Excel's note box.
    expect(vml).toContain('</v:shape><v:shape id="_x0000_s2050"');
    expect(vml).toContain('<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>');
  });

  it('an existing drawing gains shapes before its end, numbered after the highest id it has; its shape type is not repeated', () => {
    const own = '<xml><v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025"/><v:shape id="_x0000_s1031"/><br></xml>';
    const vml = strFromU8(addToVml(strToU8(own), [{ r: 2, c: 0, text: 'a' }, { r: 3, c: 0, text: 'b' }]));
    expect(vml.startsWith('<xml><v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025"/><v:shape id="_x0000_s1031"/><br><v:shape id="_x0000_s1032"')).toBe(true);
    expect(shapeIds(vml)).toEqual(['1025', '1031', '1032', '1033']);
    expect(vml).toContain('</v:shape><v:shape id="_x0000_s1033"');
    expect(vml.match(/<v:shapetype /gu)).toHaveLength(1);
    expect(vml.endsWith('</v:shape></xml>')).toBe(true);
  });

  it('a drawing of form controls only gains the note shape type with its first note', () => {
    const own = '<xml><v:shapetype id="_x0000_t201"/><v:shape id="_x0000_s1025" type="#_x0000_t201"/></xml>';
    const vml = strFromU8(addToVml(strToU8(own), [{ r: 0, c: 0, text: 'a' }]));
    expect(vml).toMatch(/<v:shape id="_x0000_s1025" type="#_x0000_t201"\/><v:shapetype id="_x0000_t202"[^>]*>.*<\/v:shapetype><v:shape id="_x0000_s1026"/u);
  });

  it('a drawing with no end is left as it was, bytes not UTF-8 included', () => {
    const own = new Uint8Array([...strToU8('<xml><v:shape id="_x0000_s1"/>'), 0x96, 0xff]);
    expect(addToVml(own, [{ r: 0, c: 0, text: 'a' }])).toEqual(own);
  });

  it('keeps bytes that are not UTF-8 where they were: the drawing is edited a byte at a time', () => {
    const own = new Uint8Array([...strToU8('<xml><p>'), 0x96, 0xe9, ...strToU8('</p></xml>')]);
    const out = addToVml(own, [{ r: 0, c: 0, text: 'a' }]);
    expect(out.subarray(0, 13)).toEqual(own.subarray(0, 13));
    expect(strFromU8(out.subarray(own.length - 6))).toMatch(/^<v:shapetype/u);
    expect(strFromU8(out.subarray(out.length - 6))).toBe('</xml>');
  });
});
