/**
 * A round of 赣州's bed table: twenty files come back from the counties (written here, one saved by
 * LibreOffice Calc), two counties send nothing, one sends two different returns, one sends the slot
 * table instead, one changes a document figure, one saves its return as .et, and a note without any
 * careplan sheet lies among them. `careplan merge` must give every county its status, put every
 * figure in its place, rank the counties as the arithmetic here does, and write a workbook that
 * checks like any city table and that LibreOffice prints with its chart.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocation } from '../../src/rules/plans/allocation';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { SOFFICE, skipLibreOffice, throughLibreOffice } from '../support/libreoffice';
import { careplan } from '../support/cli';
import { edited, sha, tempDir, templateBytes, type Entry } from '../support/workbooks';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const AS_OF = '2026-03-01';
const task = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const header = (y: number) => `${y}年实际新增改造（张）`;

/** What each county that reports did beyond (or short of) each year's task; 0 where not named. */
const DELTA: Record<string, number[]> = {
  信丰县: [0, 0, -30, -20, 0],
  宁都县: [10, 10, 10, 10, 10],
  会昌县: [0, -5, 0, 0, 0],
  瑞金市: [-40, 0, 0, 0, 60],
};
const COUNTIES = ['章贡区', '赣县区', '南康区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市', '赣州开发区', '蓉江新区'];
const MISSING = ['赣县区', '南康区'];
const done = (county: string, y: number): number => task(county, y) + (DELTA[county]?.[YEARS.indexOf(y)] ?? 0);
const entries = (county: string, shift = 0): Entry[] => YEARS.map((y) => ({ row: county, header: header(y), value: done(county, y) + (y === 2024 ? shift : 0) }));

let dir: string;
let out: string;
let merged: ExcelJS.Workbook;
let json: { template: string; asOf: string; counties: { county: string; status: string; files: string[]; errors: number; warnings: number; reason?: { zh: string } }[]; files: { file: string; status: string; reason?: { zh: string } }[] };
let code: number;
const hashes = new Map<string, string>();

beforeAll(async () => {
  dir = tempDir();
  const returns = path.join(dir, 'returns');
  mkdirSync(path.join(returns, '第二批'), { recursive: true });
  const write = (name: string, bytes: Uint8Array) => writeFileSync(path.join(returns, name), bytes);
  for (const county of COUNTIES.filter((c) => !MISSING.includes(c) && !['定南县', '大余县'].includes(c))) {
    const bytes = await templateBytes('gz-beds', entries(county), { county });
    // 章贡区's clerk opened the form in LibreOffice Calc and saved it there.
    if (county === '章贡区') write('章贡区_养老床位分解表.xlsx', throughLibreOffice(bytes, 'zhanggong.xlsx'));
    // Some counties' returns were filed in a subfolder.
    else write(path.join(county === '寻乌县' || county === '石城县' ? '第二批' : '', `${county}报表.xlsx`), bytes);
  }
  // 于都县 sent a corrected return whose 2024 figure differs.
  write('于都县报表（更正）.xlsx', await templateBytes('gz-beds', entries('于都县', 25), { county: '于都县' }));
  // 兴国县 typed over its 2023 task.
  write(
    '兴国县报表.xlsx',
    await edited(await templateBytes('gz-beds', entries('兴国县'), { county: '兴国县' }), (ws) => {
      // The form's own 2023 task cell, wherever its layout puts it (the document's figure, locked).
      const task = layout(buildTemplate('gz-beds', { county: '兴国县' })).cells.find((c) => c.kind === 'target' && (c.content?.measure ?? c.column?.measure) === '新增改造床位' && (c.content?.year ?? c.column?.year) === 2023);
      ws.getCell(task!.address).value = 1;
    }),
  );
  write('定南县_托位分解表.xlsx', await templateBytes('gz-slots', [], { county: '定南县' }));
  write('大余县报表.et', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const note = new ExcelJS.Workbook();
  note.addWorksheet('说明').getCell('A1').value = '各县报表请于月底前报送';
  write('说明.xlsx', new Uint8Array(await note.xlsx.writeBuffer()));
  write('~$信丰县报表.xlsx', new Uint8Array([1, 2, 3]));
  for (const f of ['于都县报表.xlsx', '章贡区_养老床位分解表.xlsx']) hashes.set(f, sha(path.join(returns, f)));

  out = path.join(dir, '赣州市汇总.xlsx');
  const r = await careplan('merge', returns, '-o', out, '--as-of', AS_OF, '--json');
  expect(r.err).not.toContain('INTERNAL');
  code = r.code;
  json = JSON.parse(r.out) as typeof json;
  merged = new ExcelJS.Workbook();
  await merged.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
}, 240_000);

const countyOf = (name: string) => json.counties.find((c) => c.county === name)!;
const REPORTED = COUNTIES.filter((c) => !MISSING.includes(c) && !['定南县', '大余县', '于都县', '兴国县'].includes(c));

describe('careplan merge of twenty returns', () => {
  it('gives every county of the document’s table its status, with the reason where it is not merged', () => {
    expect(json.template).toBe('gz-beds');
    expect(json.asOf).toBe(AS_OF);
    expect(json.counties.map((c) => c.county).sort()).toEqual([...COUNTIES].sort());
    for (const c of [...MISSING, '定南县']) expect(countyOf(c).status, c).toBe('missing');
    expect(countyOf('于都县').status).toBe('conflict');
    expect(countyOf('于都县').files).toHaveLength(2);
    expect(countyOf('于都县').reason!.zh).toContain('2024年新增改造床位');
    expect(countyOf('兴国县').status).toBe('conflict');
    expect(countyOf('兴国县').reason!.zh).toContain('2023年新增改造床位');
    expect(countyOf('大余县').status).toBe('conflict');
    expect(countyOf('大余县').reason!.zh).toContain('大余县报表.et');
    // Short of the running task in a due year is an error (瑞金市's 2021 shortfall stands until 2025
    // makes it up); a surplus is not.
    const short = ['信丰县', '会昌县', '瑞金市'];
    for (const c of short) expect(countyOf(c).status, c).toBe('hasErrors');
    for (const c of REPORTED.filter((x) => !short.includes(x))) expect(countyOf(c).status, c).toBe('submitted');
    expect(code).toBe(2);
  });

  it('lists every file: the slot table as another template, the .et with how to save it as .xlsx, the note as not recognised, the lock file as skipped', () => {
    const file = (end: string) => json.files.find((f) => f.file.endsWith(end))!;
    expect(file('定南县_托位分解表.xlsx').status).toBe('otherTemplate');
    expect(file('大余县报表.et').status).toBe('unreadable');
    expect(file('大余县报表.et').reason!.zh).toContain('另存为');
    expect(file('大余县报表.et').reason!.zh).toContain('*.xlsx');
    expect(file('说明.xlsx').status).toBe('unrecognised');
    expect(file('~$信丰县报表.xlsx').status).toBe('skipped');
    expect(file(path.join('第二批', '寻乌县报表.xlsx')).status).toBe('merged');
    expect(json.files.filter((f) => f.file.includes('于都县')).map((f) => f.status)).toEqual(['conflict', 'conflict']);
  });

  it('puts every reported figure in its county’s row, leaves the others blank, and totals the rows by formula', () => {
    const ws = merged.worksheets[0]!;
    // A long header is written in lines (templates/lines.ts); a person reads it as one.
    const words = (r: number) => (ws.getRow(r).values as unknown[]).map((v) => (typeof v === 'string' ? v.replace(/\n/gu, '') : v));
    const headerRow = [...Array(12).keys()].map((i) => i + 1).find((r) => words(r).includes(header(2021)))!;
    const col = (y: number) => words(headerRow).indexOf(header(y));
    const rowOf = (name: string) => [...Array(40).keys()].map((i) => headerRow + 1 + i).find((r) => ws.getCell(r, 1).value === name)!;
    const value = (c: ExcelJS.CellValue) => (c !== null && typeof c === 'object' && 'result' in c ? c.result : c);
    for (const county of COUNTIES) {
      for (const y of YEARS) {
        const expected = REPORTED.includes(county) ? done(county, y) : null;
        expect(ws.getCell(rowOf(county), col(y)).value ?? null, `${county} ${y}`).toBe(expected);
      }
    }
    for (const y of YEARS) {
      const total = ws.getCell(rowOf('全市总计'), col(y)).value as ExcelJS.CellFormulaValue;
      expect(total.formula).toMatch(/^SUM\(/u);
      expect(value(total)).toBe(REPORTED.reduce((s, c) => s + done(c, y), 0));
    }
    expect(ws.getCell(rowOf('于都县'), 1).note).toBeTruthy();
  });

  it('ranks the counties in 进度通报 by done ÷ the sum of the tasks due, as worked out here, and names those behind', () => {
    const rate = (c: string) => YEARS.reduce((s, y) => s + done(c, y), 0) / YEARS.reduce((s, y) => s + task(c, y), 0);
    // Equal rates keep the document's order, which is the order of 报送情况.
    const order = json.counties.map((c) => c.county);
    const expected = [...REPORTED].sort((a, b) => rate(b) - rate(a) || order.indexOf(a) - order.indexOf(b));
    const ws = merged.getWorksheet('进度通报')!;
    const head = [...Array(10).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 2).value === '单位')!;
    expect((ws.getRow(head).values as unknown[]).slice(1)).toEqual(['排名', '单位', '目标任务', '实际完成', '完成率', '差距', '备注']);
    const rows = expected.map((_, i) => ws.getRow(head + 1 + i));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(expected);
    rows.forEach((r, i) => {
      const c = expected[i]!;
      expect(r.getCell(3).value).toBe(YEARS.reduce((s, y) => s + task(c, y), 0));
      expect(r.getCell(4).value).toBe(YEARS.reduce((s, y) => s + done(c, y), 0));
      expect(r.getCell(5).value as number).toBeCloseTo(rate(c), 12);
    });
    expect(rate('宁都县')).toBeGreaterThan(1);
    const slow = REPORTED.filter((c) => rate(c) < 1).sort((a, b) => rate(a) - rate(b));
    expect(slow.length).toBeGreaterThan(0);
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(String(r.getCell(1).value ?? '')));
    expect(texts.some((t) => t.includes(`进度较慢的是 ${slow.join('、')}`))).toBe(true);
  });

  it('carries a native bar chart of the rates, its figures cached beside its ranges', () => {
    const parts = unzipSync(readFileSync(out));
    const chart = strFromU8(parts['xl/charts/chart1.xml']!);
    expect(chart).toContain('<c:barChart>');
    expect(chart).toMatch(/(&apos;|')进度通报(&apos;|')!\$E\$\d+:\$E\$\d+/u);
    expect(chart.match(/<c:pt idx=/gu)!.length).toBe(REPORTED.length * 2);
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('/xl/charts/chart1.xml');
    const drawingRels = Object.keys(parts).find((p) => /^xl\/worksheets\/_rels\/sheet\d\.xml\.rels$/u.test(p) && strFromU8(parts[p]!).includes('drawings/drawing'));
    expect(drawingRels).toBeDefined();
  });

  it('never changes a return', () => {
    for (const [f, h] of hashes) expect(sha(path.join(dir, 'returns', f))).toBe(h);
  });
});

describe('the merged workbook checks like any city table', () => {
  it('careplan check gives, for every county merged, the findings checking its own return gives', async () => {
    const strip = (fs: { severity: string; ruleId: string; measure: string | null; year: number | null; expected: unknown; actual: unknown; gap: unknown; message: { zh: string } }[]) =>
      fs.map((f) => [f.severity, f.ruleId, f.measure, f.year, f.expected, f.actual, f.gap, f.message.zh].join('|')).sort();
    type Report = { files: { sheets: { template: string | null; findings: { county: string | null; severity: string; ruleId: string; measure: string | null; year: number | null; expected: unknown; actual: unknown; gap: unknown; message: { zh: string } }[] }[] }[] };
    const city = JSON.parse((await careplan('check', out, '--as-of', AS_OF, '--json')).out) as Report;
    const cityFindings = city.files[0]!.sheets.find((s) => s.template === 'gz-beds')!.findings;
    for (const county of REPORTED) {
      const file = json.counties.find((c) => c.county === county)!.files[0]!;
      const own = JSON.parse((await careplan('check', file, '--as-of', AS_OF, '--json')).out) as Report;
      const ownFindings = own.files[0]!.sheets[0]!.findings;
      expect(strip(cityFindings.filter((f) => f.county === county)), county).toEqual(strip(ownFindings));
    }
  }, 120_000);
});

describe.skipIf(skipLibreOffice)('the merged workbook in LibreOffice', () => {
  it('prints to PDF with the city table, 报送情况, 核查结果 and the 通报 with its chart', () => {
    expect(SOFFICE, 'LibreOffice is installed (.ci/run installs libreoffice-calc-nogui)').toBeDefined();
    const pdf = throughLibreOffice(readFileSync(out), 'city.xlsx', 'pdf');
    const pdfFile = path.join(dir, 'city.pdf');
    writeFileSync(pdfFile, pdf);
    const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).stdout;
    for (const words of ['报送情况', '单元格', '完成情况通报', '进度较慢的是', '新增改造床位完成率']) expect(text, words).toContain(words);
  }, 180_000);
});

describe('careplan merge names files from the returns as plain text', () => {
  it('escapes an escape sequence and a newline in a return’s file name, on stderr and in the summary', async () => {
    const returns = path.join(tempDir(), 'returns');
    mkdirSync(returns);
    writeFileSync(path.join(returns, '于都县报表.xlsx'), await templateBytes('gz-beds', [], { county: '于都县' }));
    // A file name that would clear the screen and forge a second line if printed as it is.
    const hostile = '坏\x1b[2J\n报表.xlsx';
    writeFileSync(path.join(returns, hostile), 'not a workbook');
    const r = await careplan('merge', returns, '-o', path.join(returns, '..', 'city.xlsx'), '--as-of', AS_OF);
    expect(r.code).toBe(2);
    for (const text of [r.err, r.out]) {
      expect(text).not.toContain('\x1b');
      expect(text).toContain('坏\\x1b[2J\\n报表.xlsx');
    }
    expect(r.err.split('\n').filter((l) => l.includes('报表.xlsx'))).toHaveLength(1);
  });
});
