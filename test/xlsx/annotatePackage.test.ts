/**
 * The package around an annotated copy's marks: the content types, the relationships and the
 * workbook's list of sheets that the copy adds to, checked as Python's XML parser reads them against
 * the rules of the Open Packaging Conventions (ECMA-376 Part 2) and SpreadsheetML (Part 1). Each
 * workbook here is written by hand for what a real one may hold and careplan's own templates do not:
 * a namespace prefix on the workbook, sheet ids with gaps, a sheet that already has a drawing, a
 * `.vml` default declared with its attributes the other way round, a styles part nobody refers to.
 * A program that opens a package breaking these rules repairs it (and says so) or refuses it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateCopy } from '../../src/xlsx/annotate';
import { mark } from '../support/marks';
import { pythonJson } from '../support/python';
import { random } from '../support/random';
import { expectRefusal } from '../support/refusals';
import { tempDir } from '../support/workbooks';
import { declaring } from '../support/zips';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MiB = 1024 * 1024;
const DRAWING_XML = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';

interface Options {
  /** The workbook part's namespace prefix (none: the default namespace). */
  prefix?: string;
  sheetIds?: [number, number];
  /** A styles part the workbook refers to; `stray`: an xl/styles.xml that nothing refers to. */
  styles?: 'referred' | 'stray' | 'none';
  /** The `.vml` default already declared, ContentType written before Extension. */
  vmlDefault?: boolean;
  /** Characters of random text in a comment in each sheet and the styles: each part packs to about three quarters of it. */
  padding?: number;
}

/** Two sheets, 甲 (with a drawing of its own) and 乙 (no relationships), each with a figure in B2. */
function workbook(o: Options = {}): Uint8Array {
  const p = o.prefix ? `${o.prefix}:` : '';
  const ns = o.prefix ? `xmlns:${o.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const [id1, id2] = o.sheetIds ?? [1, 2];
  const styles = o.styles ?? 'referred';
  const next = random(7);
  const padding = o.padding ? `<!--${Array.from({ length: o.padding }, () => BASE64[Math.floor(next() * 64)]).join('')}-->` : '';
  const sheet = (extra = '') => strToU8(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${padding}<sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData>${extra}</worksheet>`);
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        (o.vmlDefault ? '<Default ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing" Extension="vml"/>' : '') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="甲" sheetId="${id1}" r:id="rId1"/><${p}sheet name="乙" sheetId="${id2}" r:id="rId2"/></${p}sheets></${p}workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
        (styles === 'referred' ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : '') +
        '</Relationships>',
    ),
    'xl/worksheets/sheet1.xml': sheet('<drawing r:id="rId1"/>'),
    'xl/worksheets/_rels/sheet1.xml.rels': strToU8(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`),
    'xl/drawings/drawing1.xml': strToU8(DRAWING_XML),
    'xl/worksheets/sheet2.xml': sheet(),
  };
  if (styles !== 'none') files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${MAIN}">${padding}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`);
  return zipSync(files);
}

const BOTH = [mark('甲', 'B2'), mark('乙', 'B2')];

interface Rel {
  id: string;
  type: string;
  target: string;
}
interface Seen {
  /** Parts Python's XML parser refuses. */
  malformed: string[];
  parts: string[];
  defaults: [string, string][];
  overrides: Record<string, string>;
  /** Each relationships part: its relationships, and any text between them. */
  rels: Record<string, { list: Rel[]; text: string }>;
  /** The workbook's sheets, each with the namespace its element is in. */
  sheets: { name: string; sheetId: string; rid: string; ns: string }[];
  /** Each sheet part's legacyDrawing r:id, or null. */
  legacy: Record<string, string | null>;
  /** Each VML drawing's o:idmap and shape ids. */
  vml: Record<string, { idmap: string | null; shapes: string[] }>;
}

const READ = `
import json, sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
R = '{${REL}}'
out = {'malformed': [], 'parts': z.namelist(), 'defaults': [], 'overrides': {}, 'rels': {}, 'sheets': [], 'legacy': {}, 'vml': {}}
for n in z.namelist():
    if not n.endswith(('.xml', '.rels', '.vml')): continue
    try: root = ET.fromstring(z.read(n))
    except ET.ParseError:
        out['malformed'].append(n); continue
    tag = root.tag.split('}')[-1]
    if n == '[Content_Types].xml':
        for e in root:
            if e.tag.endswith('Default'): out['defaults'].append([e.get('Extension'), e.get('ContentType')])
            else: out['overrides'][e.get('PartName')] = e.get('ContentType')
    elif n.endswith('.rels'):
        text = (root.text or '') + ''.join((e.text or '') + (e.tail or '') for e in root)
        out['rels'][n] = {'list': [{'id': e.get('Id'), 'type': e.get('Type'), 'target': e.get('Target')} for e in root], 'text': text.strip()}
    elif tag == 'workbook':
        for e in root.iter():
            if e.tag.endswith('}sheet'):
                out['sheets'].append({'name': e.get('name'), 'sheetId': e.get('sheetId'), 'rid': e.get(R + 'id'), 'ns': e.tag[1:].split('}')[0]})
    elif tag == 'worksheet':
        ld = [e for e in root if e.tag.endswith('}legacyDrawing')]
        out['legacy'][n] = ld[0].get(R + 'id') if ld else None
    elif n.endswith('.vml'):
        idmap = [e.get('data') for e in root.iter() if e.tag.endswith('}idmap')]
        out['vml'][n] = {'idmap': idmap[0] if idmap else None, 'shapes': [e.get('id') for e in root.iter() if e.tag.endswith('}shape')]}
print(json.dumps(out, ensure_ascii=False))
`;

function seen(bytes: Uint8Array): Seen {
  const file = path.join(tempDir(), 'annotated.xlsx');
  writeFileSync(file, bytes);
  return pythonJson<Seen>(READ, [file]);
}

/** The part a relationship's target names, resolved against its source's folder (OPC Part 2 §9.3). */
function resolve(relsPart: string, target: string): string {
  const source = relsPart.replace(/_rels\/([^/]+)\.rels$/u, '$1');
  const parts = source.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}
const relsOf = (part: string): string => part.replace(/([^/]+)$/u, '_rels/$1.rels');
/** An xsd:ID: a name without a colon, not beginning with a digit, '-' or '.'. */
const NCNAME = /^[A-Za-z_][\w.-]*$/u;

describe('the relationships and content types of the copy', () => {
  it('gives each added part a relationship of its type, its content type, and ids that are unique names', () => {
    const copy = annotateCopy(workbook(), BOTH);
    const s = seen(copy);
    expect(s.malformed).toEqual([]);
    for (const [part, { list, text }] of Object.entries(s.rels)) {
      expect(text, part).toBe('');
      expect(list.every((r) => NCNAME.test(r.id)), part).toBe(true);
      expect(new Set(list.map((r) => r.id)).size, part).toBe(list.length);
    }
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const rels = s.rels[relsOf(sheet)]!.list;
      const of = (type: string) => rels.filter((r) => r.type === `${REL}/${type}`).map((r) => resolve(relsOf(sheet), r.target));
      const [comments] = of('comments');
      expect(s.parts).toContain(comments);
      expect(s.overrides[`/${comments}`]).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
      // Excel shows notes through the sheet's legacyDrawing, which must name the VML drawing's relationship.
      const legacy = rels.find((r) => r.id === s.legacy[sheet]);
      expect(legacy?.type).toBe(`${REL}/vmlDrawing`);
      expect(s.parts).toContain(resolve(relsOf(sheet), legacy!.target));
    }
    // 甲's own drawing keeps its relationship and its bytes.
    expect(s.rels['xl/worksheets/_rels/sheet1.xml.rels']!.list).toContainEqual({ id: 'rId1', type: `${REL}/drawing`, target: '../drawings/drawing1.xml' });
    expect(unzipSync(copy)['xl/drawings/drawing1.xml']).toEqual(strToU8(DRAWING_XML));
    // One default for .vml, the drawings' content type (Part 2 §10.1.2.2.2: no extension mapped twice).
    expect(s.defaults.filter(([ext]) => ext === 'vml')).toEqual([['vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing']]);
  });

  it('declares .vml once where the package already maps it, whatever the order of its attributes', () => {
    const s = seen(annotateCopy(workbook({ vmlDefault: true }), BOTH));
    expect(s.malformed).toEqual([]);
    expect(s.defaults.filter(([ext]) => ext === 'vml')).toHaveLength(1);
  });

  it('numbers each new drawing’s note shapes within its own block of 1,024, from block 1', () => {
    const s = seen(annotateCopy(workbook(), BOTH));
    const drawings = Object.values(s.vml);
    expect(drawings).toHaveLength(2);
    // o:idmap names the blocks a drawing's shape ids come from: block n holds n × 1024 to n × 1024 + 1023.
    // Office numbers a shape id as an unsigned integer (MS-ODRAW: MSOSPID), so no block below 1.
    for (const d of drawings) {
      const block = Number(d.idmap);
      expect(block).toBeGreaterThanOrEqual(1);
      for (const id of d.shapes) expect(Math.floor(Number(id.replace('_x0000_s', '')) / 1024)).toBe(block);
    }
    expect(new Set(drawings.map((d) => d.idmap)).size).toBe(2);
  });
});

describe('where a mark goes', () => {
  it('on the cell its address names, written absolute or in lower case', () => {
    const parts = unzipSync(annotateCopy(workbook(), [mark('乙', '$B$2'), mark('乙', 'c3')]));
    const refs = Object.entries(parts).flatMap(([name, bytes]) => (/comments\d*\.xml$/u.test(name) ? [...strFromU8(bytes).matchAll(/<comment ref="([A-Z]+\d+)"/gu)].map((m) => m[1]) : []));
    expect(refs.sort()).toEqual(['B2', 'C3']);
  });
});

describe('the 核查结果 sheet in the workbook part', () => {
  it('takes a sheet id above every other, even past single digits, with a worksheet relationship', () => {
    const s = seen(annotateCopy(workbook({ sheetIds: [9, 10] }), BOTH));
    expect(s.sheets.map((x) => x.sheetId)).toEqual(['9', '10', '11']);
    const wbRels = s.rels['xl/_rels/workbook.xml.rels']!.list;
    for (const sheet of s.sheets) {
      const rel = wbRels.find((r) => r.id === sheet.rid);
      expect(rel?.type, sheet.name).toBe(`${REL}/worksheet`);
      expect(s.parts).toContain(resolve('xl/_rels/workbook.xml.rels', rel!.target));
    }
    const report = resolve('xl/_rels/workbook.xml.rels', wbRels.find((r) => r.id === s.sheets[2]!.rid)!.target);
    expect(s.overrides[`/${report}`]).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  });

  it('adds its entry with the workbook’s own namespace prefix, however long', () => {
    const s = seen(annotateCopy(workbook({ prefix: 'ss' }), BOTH));
    expect(s.malformed).toEqual([]);
    expect(s.sheets.map((x) => [x.name, x.ns])).toEqual([
      ['甲', MAIN],
      ['乙', MAIN],
      ['核查结果', MAIN],
    ]);
  });
});

describe('the styles of a workbook without them', () => {
  it('adds a styles part under a name no part has, leaving a part nothing refers to as it was', () => {
    const input = workbook({ styles: 'stray' });
    const copy = annotateCopy(input, BOTH);
    const s = seen(copy);
    expect(s.malformed).toEqual([]);
    const wbRels = s.rels['xl/_rels/workbook.xml.rels']!;
    expect(wbRels.text).toBe('');
    const styles = wbRels.list.filter((r) => r.type === `${REL}/styles`).map((r) => resolve('xl/_rels/workbook.xml.rels', r.target));
    expect(styles).toEqual(['xl/styles2.xml']);
    expect(s.overrides['/xl/styles2.xml']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    expect(unzipSync(copy)['xl/styles.xml']).toEqual(unzipSync(input)['xl/styles.xml']);
  });
});

describe('nothing to mark', () => {
  it('gives the workbook back byte for byte, as a copy of its own', () => {
    const input = workbook();
    for (const marks of [[], [mark('丙', 'B2')], [mark('甲', '第二行')]]) {
      const out = annotateCopy(input, marks);
      expect(out).toEqual(input);
      expect(out.buffer).not.toBe(input.buffer);
    }
  });
});

describe('parts that declare too much', () => {
  // Each part is under the 256 MiB a part may unpack to, and packs to more than a 200th of what it
  // declares (src/xlsx/limits.ts); together with the workbook's small parts they pass the 512 MiB a
  // read may unpack in all. The copy refuses them before unpacking any, as a read would.
  const lying = (o: Options, parts: string[]): Uint8Array => parts.reduce((zip, part) => declaring(zip, part, 256 * MiB), workbook({ ...o, padding: 2 * MiB }));

  it('counts the styles with the marked sheets', () => {
    expectRefusal(() => annotateCopy(lying({}, ['xl/worksheets/sheet1.xml', 'xl/styles.xml']), BOTH), 'TOO_LARGE', '512.0 MiB');
  });

  it('counts the marked sheets of a workbook without styles', () => {
    expectRefusal(() => annotateCopy(lying({ styles: 'none' }, ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']), BOTH), 'TOO_LARGE', '512.0 MiB');
  });
});
