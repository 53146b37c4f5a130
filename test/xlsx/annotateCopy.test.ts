/**
 * The annotated copy is the input package part for part: only the styles, the marked sheet, its
 * relationships, its notes and the content types change; every other part is copied as stored, so a
 * chart, a picture or a part that claims to unpack to 1.5 GB comes through byte for byte without
 * being inflated. Another program reads the result: openpyxl (/usr/bin/python3) the notes and fills,
 * LibreOffice Calc converts it to PDF.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateCopy, type Mark } from '../../src/xlsx/annotate';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { inspectZip } from '../../src/xlsx/zip';
import { edited, tempDir, templateBytes } from '../support/workbooks';

const YUDU_2021 = { row: '于都县', header: '2021年实际新增改造（张）', value: 1 };
const marksOf = (bytes: Uint8Array): Mark[] => checkBytes(bytes, '2022-01-01').flatMap((s) => s.findings.map((finding) => ({ sheet: s.sheet, finding })));

/** Each part's stored bytes (local record through data), by name: what "copied as stored" compares. */
function storedParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const dir = inspectZip(bytes);
  return new Map(dir.entries.map((e) => [e.name, bytes.slice(e.localHeaderOffset + 30 + e.name.length, e.localHeaderOffset + 30 + e.name.length + e.compressedSize)]));
}

let input: Uint8Array;
beforeAll(async () => {
  const base = unzipSync(await templateBytes('gz-beds', [YUDU_2021]));
  // A picture and a chart part of seeded noise: whatever they hold, the copy must hold the same.
  let seed = 7;
  const noise = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
  base['xl/media/image1.png'] = noise(5000);
  base['xl/charts/chart1.xml'] = strToU8(`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">${'<c:x/>'.repeat(100)}</c:chartSpace>`);
  input = zipSync(base);
});

describe('the annotated copy changes only what marking needs', () => {
  it('every part but the styles, the marked sheet, its relationships and notes and the content types is copied as stored', () => {
    const copy = annotateCopy(input, marksOf(input));
    const before = storedParts(input);
    const after = storedParts(copy);
    const changed = [...before.keys()].filter((name) => !Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!)));
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const added = [...after.keys()].filter((name) => !before.has(name)).sort();
    expect(added).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels']);
  });

  it('a theme claiming to unpack to 1.5 GB is copied without being inflated', () => {
    const bytes = input.slice();
    const theme = inspectZip(bytes).get('xl/theme/theme1.xml')!;
    new DataView(bytes.buffer).setUint32(theme.centralOffset + 24, 1.5 * 2 ** 30, true);
    const copy = annotateCopy(bytes, marksOf(input));
    const copied = inspectZip(copy).get('xl/theme/theme1.xml')!;
    expect(copied.uncompressedSize).toBe(1.5 * 2 ** 30);
    expect(storedParts(copy).get('xl/theme/theme1.xml')).toEqual(storedParts(bytes).get('xl/theme/theme1.xml'));
  });

  it('a cell’s own note is kept, with the findings after it; a note on an unmarked cell is untouched', async () => {
    // 于都县's 2021 beds: 1 done of a larger task, an error, so the error fill (check/markFill.ts).
    const yudu = marksOf(input).find((m) => m.finding.county === '于都县' && m.finding.year === 2021 && m.finding.severity === 'error')!.finding.cell;
    const noted = await edited(input, (ws) => {
      ws.getCell(yudu).note = '县里自己的批注';
      ws.getCell('A40').note = '另一条批注';
    });
    const file = path.join(tempDir(), 'noted.xlsx');
    writeFileSync(file, annotateCopy(noted, marksOf(noted)));
    const r = spawnSync('/usr/bin/python3', ['-c', `import openpyxl, json\nws = openpyxl.load_workbook(${JSON.stringify(file)}).worksheets[0]\nprint(json.dumps({c.coordinate: [c.comment.text, c.fill.fgColor.rgb, c.comment.author] for row in ws.iter_rows() for c in row if c.comment}))`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const notes = JSON.parse(r.stdout) as Record<string, [string, string, string]>;
    // A note careplan adds is careplan's, as openpyxl reads its author.
    const own = Object.entries(notes).filter(([cell]) => cell !== yudu && cell !== 'A40');
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map(([, n]) => n[2]))).toEqual(new Set(['careplan']));
    expect(notes[yudu]![0]).toMatch(/^县里自己的批注\s*\n\ncareplan 检查 \/ check/u);
    expect(notes[yudu]![1]).toBe('FFFFC7CE');
    expect(notes.A40![0]).toBe('另一条批注');
    expect(Object.keys(notes).length).toBe(new Set(marksOf(noted).map((m) => m.finding.cell)).size + 1);
  });
});

const SOFFICE = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version']).status === 0);
// CI installs LibreOffice: there a missing one fails the test rather than skipping it.
describe.skipIf(!SOFFICE && process.env.CI !== 'true')('the annotated copy in LibreOffice Calc', () => {
  it('converts to PDF without error', () => {
    const dir = tempDir();
    const file = path.join(dir, 'marked.xlsx');
    writeFileSync(file, annotateCopy(input, marksOf(input)));
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const text = spawnSync('pdftotext', [path.join(dir, 'marked.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('于都县');
  });
});
