/**
 * Charts added to a package exceljs wrote, as openpyxl and the package's own parts show them: each
 * chart its own part, found from the sheet through its drawing; the <drawing> element where
 * CT_Worksheet puts it (before <legacyDrawing>, which a sheet with notes has); one content type
 * override per part, even when a second sheet gets charts of its own; nothing added when there is no
 * chart. Part names and content types are ECMA-376's, written out here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BarChart } from '../../src/round/chartXml';
import { addCharts } from '../../src/xlsx/addCharts';
import { pythonJson } from '../support/python';
import { tempDir } from '../support/workbooks';

const chart = (title: string, sheet: string, row: number): BarChart => ({
  title,
  sheet,
  categories: { range: `$A$${row}:$A$${row + 1}`, values: ['甲县', '乙县'] },
  values: { range: `$B$${row}:$B$${row + 1}`, values: [1.2, 0.5], name: '完成率' },
  anchor: { c1: 3, r1: row - 1, c2: 9, r2: row + 14 },
});

let written: Uint8Array;
/**
 * Two charts on 通报 and then one on 附表, added again inside each test rather than in beforeAll or
 * memoized, so that Stryker credits addCharts to every test that checks it (see roundSheets.test.ts).
 */
function charted(): { bytes: Uint8Array; parts: Record<string, string> } {
  const bytes = addCharts(addCharts(written, '通报', [chart('床位完成率', '通报', 1), chart('托位完成率', '通报', 20)]), '附表', [chart('附表完成率', '附表', 1)]);
  return { bytes, parts: Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b)])) };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  for (const name of ['通报', '附表']) {
    const ws = wb.addWorksheet(name);
    ws.addRows([['甲县', 1.2], ['乙县', 0.5]]);
    // A note gives the sheet a <legacyDrawing>, which must come after <drawing>.
    ws.getCell('A1').note = '备注';
  }
  written = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('charts added to a written package', () => {
  it('adds nothing, not even an empty drawing, when there is no chart', () => {
    expect(addCharts(written, '通报', [])).toBe(written);
  });

  it('gives each sheet its own charts, each found by openpyxl through the sheet’s drawing', () => {
    const file = path.join(tempDir(), 'charts.xlsx');
    writeFileSync(file, charted().bytes);
    const seen = pythonJson<Record<string, number>>(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: len(ws._charts) for ws in wb.worksheets}, ensure_ascii=False))
`,
      [file],
    );
    expect(seen).toEqual({ 通报: 2, 附表: 1 });
  });

  it('points each anchor of a drawing at a chart of its own', () => {
    const { parts } = charted();
    const drawing = Object.keys(parts).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/u.test(p));
    expect(drawing).toHaveLength(2);
    const targets = drawing.map((d) => {
      const rels = parts[`xl/drawings/_rels/${d.slice('xl/drawings/'.length)}.rels`]!;
      const ids = [...parts[d]!.matchAll(/<c:chart [^>]*r:id="([^"]+)"/gu)].map((m) => m[1]!);
      return ids.map((id) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels)!.slice(1).find(Boolean));
    });
    const all = targets.flat();
    expect(all).toHaveLength(3);
    expect(new Set(all).size).toBe(3);
    for (const t of all) expect(parts[`xl/charts/${t!.replace('../charts/', '')}`]).toContain('<c:chartSpace');
  });

  it('puts <drawing> before <legacyDrawing>, as CT_Worksheet orders them, and links it relative to the sheet', () => {
    const { parts } = charted();
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = parts[sheet]!;
      expect(xml.indexOf('<drawing ')).toBeGreaterThan(0);
      expect(xml.indexOf('<drawing ')).toBeLessThan(xml.indexOf('<legacyDrawing'));
      const rels = parts[sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels']!;
      const target = /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/drawing" Target="([^"]+)"/u.exec(rels)![1]!;
      expect(target).toMatch(/^\.\.\/drawings\/drawing\d\.xml$/u);
      expect(parts[`xl/drawings/${target.slice('../drawings/'.length)}`]).toBeDefined();
    }
  });

  it('links the sheet to its drawing by an id XML accepts (xsd:ID, a name that starts with a letter), one the sheet’s relationships give', () => {
    const { parts } = charted();
    const id = /<drawing r:id="([^"]*)"\/>/u.exec(parts['xl/worksheets/sheet1.xml']!)![1]!;
    expect(id).toMatch(/^[A-Za-z_][\w.-]*$/u);
    expect(parts['xl/worksheets/_rels/sheet1.xml.rels']).toMatch(new RegExp(`<Relationship Id="${id}" Type="[^"]*/drawing" Target="../drawings/drawing1.xml"/>`, 'u'));
  });

  it('declares the tenth chart and after as charts too', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => chart(`图${i + 1}`, '通报', 1 + 20 * i));
    const types = strFromU8(unzipSync(addCharts(written, '通报', twelve))['[Content_Types].xml']!);
    const charts = [...types.matchAll(/<Override PartName="\/xl\/charts\/chart(\d+)\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml"\/>/gu)].map((m) => Number(m[1]));
    expect(charts).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('refuses a sheet the workbook does not have, and a sheet that already has a drawing, as faults of the caller', () => {
    expect(() => addCharts(written, '无此表', [chart('x', '无此表', 1)])).toThrow('addCharts: no sheet 无此表');
    const once = addCharts(written, '通报', [chart('x', '通报', 1)]);
    expect(() => addCharts(once, '通报', [chart('y', '通报', 20)])).toThrow('addCharts: 通报 already has a drawing');
  });

  it('declares each new part once, charts as charts and drawings as drawings', () => {
    const { parts } = charted();
    // Nothing but Default and Override elements inside Types (ECMA-376 Part 2, §10.1.2.2).
    expect(parts['[Content_Types].xml']).toMatch(/^<\?xml [^>]*\?>\s*<Types [^>]*>(?:<(?:Default|Override) [^>]*\/>)*<\/Types>$/u);
    const overrides = [...parts['[Content_Types].xml']!.matchAll(/<Override PartName="([^"]+)" ContentType="([^"]+)"\/>/gu)].map((m) => [m[1]!, m[2]!] as const);
    const names = overrides.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    const typeOf = new Map(overrides);
    const added = Object.keys(parts).filter((p) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/u.test(p));
    expect(added).toHaveLength(5);
    for (const p of added) {
      expect(typeOf.get(`/${p}`), p).toBe(p.startsWith('xl/charts/') ? 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' : 'application/vnd.openxmlformats-officedocument.drawing+xml');
    }
  });
});
