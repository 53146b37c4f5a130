/**
 * An annotated copy of a workbook that already holds what careplan adds to: notes of the sheet's own
 * (a comments part and its VML drawing), parts written with data descriptors, a sheet name that XML
 * must escape, and more marked cells than the list keeps. Python's own zipfile and XML parser
 * (/usr/bin/python3) read the copy as Excel's loader would: every CRC-32 right, every part
 * well-formed. Also a sheet whose relationships part is one empty element.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LISTED_FINDINGS_PER_SHEET } from '../../src/check/finding';
import { annotateCopy } from '../../src/xlsx/annotate';
import { inspectZip } from '../../src/xlsx/zip';
import { mark } from '../support/marks';
import { pythonJson } from '../support/python';
import { directoryOffset, streamed } from '../support/zips';
import { tempDir } from '../support/workbooks';

async function workbook(name: string, build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(name));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What Python's zipfile and XML parser make of a package: the first bad CRC (None when all are right) and each part that does not parse. */
function pythonReads(bytes: Uint8Array): { badCrc: string | null; malformed: string[] } {
  const file = path.join(tempDir(), 'copy.xlsx');
  writeFileSync(file, bytes);
  const script = [
    'import zipfile, json, xml.dom.minidom',
    `z = zipfile.ZipFile(${JSON.stringify(file)})`,
    'bad = []',
    'for n in z.namelist():',
    "    if n.endswith(('.xml', '.rels', '.vml')):",
    '        try: xml.dom.minidom.parseString(z.read(n))',
    '        except Exception: bad.append(n)',
    "print(json.dumps({'badCrc': z.testzip(), 'malformed': bad}))",
  ].join('\n');
  return pythonJson<{ badCrc: string | null; malformed: string[] }>(script);
}

/** Each entry's whole local record (header, name, data, data descriptor), from its offset to the next record. */
function localRecords(bytes: Uint8Array): Map<string, string> {
  const entries = [...inspectZip(bytes).entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const directory = directoryOffset(bytes);
  return new Map(entries.map((e, i) => [e.name, Buffer.from(bytes.subarray(e.localHeaderOffset, entries[i + 1]?.localHeaderOffset ?? directory)).toString('hex')]));
}

describe('a sheet with notes of its own', () => {
  it('new notes are by careplan, appended notes keep their author, and every shape id in the drawing is unique', async () => {
    const input = await workbook('S', (ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A1').note = '自己的批注';
      ws.getCell('D4').note = '另一条';
    });
    const copy = annotateCopy(input, [mark('S', 'A1'), mark('S', 'B2'), mark('S', 'C3')]);
    const parts = unzipSync(copy);
    const comments = strFromU8(parts[Object.keys(parts).find((p) => /comments\d*\.xml$/u.test(p))!]!);
    const authors = [...comments.matchAll(/<author>(.*?)<\/author>/gu)].map((m) => m[1]);
    const byCell = Object.fromEntries([...comments.matchAll(/<comment ref="([A-Z0-9]+)" authorId="(\d+)"/gu)].map((m) => [m[1], authors[Number(m[2])]]));
    expect(byCell.B2).toBe('careplan');
    expect(byCell.C3).toBe('careplan');
    expect(byCell.A1).not.toBe('careplan');
    const vml = strFromU8(parts[Object.keys(parts).find((p) => p.endsWith('.vml'))!]!);
    const ids = [...vml.matchAll(/<v:shape id="_x0000_s(\d+)"/gu)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pythonReads(copy)).toEqual({ badCrc: null, malformed: [] });
  });
  it('a mark only where a note already is adds to that note: the drawing and the relationships are copied record for record', async () => {
    const input = await workbook('S', (ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A1').note = '自己的批注';
    });
    const copy = annotateCopy(input, [mark('S', 'A1')]);
    const [before, after] = [localRecords(input), localRecords(copy)];
    for (const part of ['xl/worksheets/_rels/sheet1.xml.rels', 'xl/drawings/vmlDrawing1.vml']) {
      expect(after.get(part), part).toBeDefined();
      expect(after.get(part), part).toBe(before.get(part));
    }
    expect(strFromU8(unzipSync(copy)['xl/comments1.xml']!)).toContain('数字不对');
  });
});

describe('a sheet whose relationships part is one empty element', () => {
  it('gains its notes’ relationships inside that element (valid XML a program may leave when a sheet’s last relationship goes)', async () => {
    const files = unzipSync(await workbook('S', (ws) => void (ws.getCell('B2').value = 2)));
    // Ended by a line break or by nothing.
    for (const end of ['\n', '']) {
      files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(`<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships" />${end}`);
      const copy = annotateCopy(zipSync(files), [mark('S', 'B2')]);
      expect(pythonReads(copy)).toEqual({ badCrc: null, malformed: [] });
      const rels = strFromU8(unzipSync(copy)['xl/worksheets/_rels/sheet1.xml.rels']!);
      expect(rels.match(/<Relationship /gu)).toHaveLength(2);
      expect(rels).toMatch(/Target="\.\.\/comments1\.xml"/u);
    }
  });
});

describe('a package written with data descriptors', () => {
  it('an unchanged part is copied record for record, its data descriptor included, and every CRC-32 checks', async () => {
    const files = unzipSync(await workbook('S', (ws) => void (ws.getCell('B2').value = 2)));
    files['xl/media/image1.png'] = Uint8Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 24);
    const input = streamed(files);
    expect(inspectZip(input).get('xl/media/image1.png')!.flags & 0x8).toBe(0x8);
    const copy = annotateCopy(input, [mark('S', 'B2')]);
    expect(localRecords(copy).get('xl/media/image1.png')).toBe(localRecords(input).get('xl/media/image1.png'));
    expect(pythonReads(copy)).toEqual({ badCrc: null, malformed: [] });
  });
});

describe('the 核查结果 sheet', () => {
  it('stays well-formed XML when the sheet it links to has a name XML must escape, and its merged ranges never overlap', async () => {
    const copy = annotateCopy(await workbook('A&B <1>', (ws) => void (ws.getCell('A1').value = 1)), [mark('A&B <1>', 'A1'), mark('A&B <1>', 'A2', 'warning')]);
    expect(pythonReads(copy)).toEqual({ badCrc: null, malformed: [] });
    const report = strFromU8(unzipSync(copy)['xl/worksheets/sheet2.xml']!);
    const cells = [...report.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/gu)].flatMap((m) => {
      const [c1, c2] = [m[1]!, m[3]!].map((l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
      return Array.from({ length: (Number(m[4]) - Number(m[2]) + 1) * (c2! - c1! + 1) }, (_, k) => `${Number(m[2]) + Math.floor(k / (c2! - c1! + 1))},${c1! + (k % (c2! - c1! + 1))}`);
    });
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells).size).toBe(cells.length);
    // Each legend line's meaning is merged across from column B: the merge's first cell holds the text.
    const legend = [...report.matchAll(/<mergeCell ref="B(\d+):/gu)].map((m) => m[1]);
    expect(legend.length).toBeGreaterThan(0);
    for (const row of legend) expect(report).toMatch(new RegExp(`<c r="B${row}" [^>]*t="inlineStr"><is><t[^>]*>[^<]+</t>`, 'u'));
  });
});

describe('more marked cells than the list keeps', () => {
  it(`marks and notes the first ${LISTED_FINDINGS_PER_SHEET.toLocaleString('en-US')} cells and no more`, async () => {
    const input = await workbook('S', (ws) => void (ws.getCell('A1').value = 1));
    const copy = annotateCopy(input, Array.from({ length: LISTED_FINDINGS_PER_SHEET + 1 }, (_, i) => mark('S', `B${i + 1}`)));
    const comments = strFromU8(unzipSync(copy)['xl/comments1.xml']!);
    expect(comments.match(/<comment /gu)).toHaveLength(LISTED_FINDINGS_PER_SHEET);
    expect(comments).not.toContain(`ref="B${LISTED_FINDINGS_PER_SHEET + 1}"`);
  });
});
