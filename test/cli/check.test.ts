import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/check/csv';
import { allocation } from '../../src/rules/plans/allocation';
import { careplan } from '../support/cli';
import { edited, reorderRows, rowOf, sha, tempDir, templateBytes, type Entry } from '../support/workbooks';

const task = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const done = (county: string, year: number, value: number): Entry => ({ row: county, header: `${year}年实际新增改造（张）`, value });

/** 于都县 meets every task 2021–2023 exactly; 兴国县 falls short in 2022 and never makes it up. */
const ENTRIES: Entry[] = [
  ...[2021, 2022, 2023].map((y) => done('于都县', y, task('于都县', y))),
  done('兴国县', 2021, task('兴国县', 2021)),
  done('兴国县', 2022, task('兴国县', 2022) - 10),
  done('兴国县', 2023, task('兴国县', 2023)),
];

interface JsonReport {
  asOf: string;
  files: { file: string; error?: { code: string }; sheets: { sheet: string; template: string | null; findings: { cell: string; severity: string; ruleId: string; county: string | null; year: number | null; gap: number | null }[] }[] }[];
}

const errorsOf = (r: JsonReport) => r.files.flatMap((f) => f.sheets.flatMap((s) => s.findings.filter((x) => x.severity === 'error')));

let dir: string;
let filledFile: string;
beforeAll(async () => {
  dir = tempDir();
  filledFile = path.join(dir, 'ganzhou-beds.xlsx');
  writeFileSync(filledFile, await templateBytes('gz-beds', ENTRIES));
});

describe('careplan check on a filled county table', () => {
  it('reports 兴国县’s 2022 shortfall as an error carried into 2023 and exits 1; 于都县 has none', async () => {
    const before = sha(filledFile);
    const r = await careplan('check', filledFile, '--as-of', '2024-01-01', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as JsonReport;
    expect(json.asOf).toBe('2024-01-01');
    const errors = errorsOf(json);
    expect(errors.filter((e) => e.county === '于都县')).toEqual([]);
    const xingguo = errors.filter((e) => e.county === '兴国县' && e.ruleId === 'task.cumulative');
    expect(xingguo.map((e) => [e.year, e.gap])).toEqual([
      [2022, 10],
      [2023, 10],
    ]);
    expect(sha(filledFile)).toBe(before);
  });

  it('before 2022 has ended the same shortfall is information, not an error', async () => {
    const r = await careplan('check', filledFile, '--as-of', '2022-12-31', '--json');
    const json = JSON.parse(r.out) as JsonReport;
    const xingguo = json.files[0]!.sheets[0]!.findings.filter((f) => f.county === '兴国县' && f.year === 2022);
    expect(xingguo.map((f) => [f.severity, f.ruleId])).toEqual([['info', 'task.notYetDue']]);
  });

  it('a sheet met in full exits 0 and prints a Chinese table, or English with --lang en', async () => {
    const file = path.join(dir, 'yudu.xlsx');
    writeFileSync(file, await templateBytes('gz-beds', [2021, 2022, 2023].map((y) => done('于都县', y, task('于都县', y))), { county: '于都县' }));
    const zh = await careplan('check', file, '--as-of', '2024-01-01');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('工作表');
    expect(zh.out).toContain('gz-beds');
    const en = await careplan('check', file, '--as-of', '2024-01-01', '--lang', 'en');
    expect(en.out).toContain('Sheet');
    expect(en.out).toMatch(/0 error\(s\)/u);
  });

  it('finds the same shortfalls on a sheet whose rows were sorted and that gained a column', async () => {
    const original = JSON.parse((await careplan('check', filledFile, '--as-of', '2024-01-01', '--json')).out) as JsonReport;
    const bytes = await edited(new Uint8Array(readFileSync(filledFile)), (ws) => {
      const first = rowOf(ws, '章贡区');
      const last = rowOf(ws, '蓉江新区');
      reorderRows(ws, first, last, (rows) => [...rows].reverse());
      ws.spliceColumns(2, 0, []);
      ws.getCell(first - 1, 2).value = '备注';
    });
    const file = path.join(dir, 'rearranged.xlsx');
    writeFileSync(file, bytes);
    const moved = JSON.parse((await careplan('check', file, '--as-of', '2024-01-01', '--json')).out) as JsonReport;
    const key = (e: { county: string | null; year: number | null; ruleId: string; gap: number | null }) => `${e.county}|${e.year}|${e.ruleId}|${e.gap}`;
    expect(errorsOf(moved).map(key).sort()).toEqual(errorsOf(original).map(key).sort());
    // The findings name the cells where the figures now stand.
    expect(errorsOf(moved).map((e) => e.cell)).not.toEqual(errorsOf(original).map((e) => e.cell));
  });

  it('a workbook saved without cached formula values is still checked, its computed cells worked out', async () => {
    const bytes = await edited(new Uint8Array(readFileSync(filledFile)), (ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === 'object' && 'formula' in v && v.formula) cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
        }),
      );
    });
    const file = path.join(dir, 'no-cache.xlsx');
    writeFileSync(file, bytes);
    const r = JSON.parse((await careplan('check', file, '--as-of', '2024-01-01', '--json')).out) as JsonReport;
    expect(errorsOf(r).map((e) => e.ruleId)).toEqual(['task.cumulative', 'task.cumulative']);
  });

  it('--annotate writes a marked copy and leaves the input byte-identical; an existing copy needs --force', async () => {
    const out = path.join(dir, 'marked.xlsx');
    const before = sha(filledFile);
    expect((await careplan('check', filledFile, '--as-of', '2024-01-01', '--annotate', out)).code).toBe(1);
    expect(sha(filledFile)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
    const ws = wb.worksheets[0]!;
    const json = JSON.parse((await careplan('check', filledFile, '--as-of', '2024-01-01', '--json')).out) as JsonReport;
    const first = errorsOf(json)[0]!;
    expect(String(ws.getCell(first.cell).note ? JSON.stringify(ws.getCell(first.cell).note) : '')).toContain('累计');
    expect((await careplan('check', filledFile, '--annotate', out)).code).toBe(64);
    expect((await careplan('check', filledFile, '--as-of', '2024-01-01', '--annotate', out, '--force')).code).toBe(1);
  });

  it('--csv gives one finding a row and escapes fields a spreadsheet would run as formulas', async () => {
    const r = await careplan('check', filledFile, '--as-of', '2024-01-01', '--csv');
    const lines = r.out.replace(/^\uFEFF/u, '').split('\r\n');
    expect(lines[0]).toBe('file,sheet,template,cell,severity,ruleId,county,measure,year,expected,actual,gap,message,document,section,quote');
    const json = JSON.parse((await careplan('check', filledFile, '--as-of', '2024-01-01', '--json')).out) as JsonReport;
    expect(lines).toHaveLength(1 + json.files[0]!.sheets[0]!.findings.length);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('于都县')).toBe('于都县');
  });
});

describe('careplan check on a folder', () => {
  it('checks every workbook, reports a damaged one on its own line, exits 2 and still checks the rest, the same in worker threads', async () => {
    const folder = tempDir();
    copyFileSync(filledFile, path.join(folder, 'a-ganzhou.xlsx'));
    writeFileSync(path.join(folder, 'b-damaged.xlsx'), readFileSync(filledFile).subarray(0, 4000));
    writeFileSync(path.join(folder, 'c-notes.xlsx'), '县,床位\n于都县,100\n');
    writeFileSync(path.join(folder, 'd-slots.xlsx'), await templateBytes('gz-slots'));
    writeFileSync(path.join(folder, '~$a-ganzhou.xlsx'), 'lock');
    // An Office file encrypted with a password to open: a compound file holding an EncryptedPackage.
    const ole = Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    writeFileSync(path.join(folder, 'e-locked.xlsx'), ole);
    const hashes = ['a-ganzhou.xlsx', 'b-damaged.xlsx', 'c-notes.xlsx'].map((f) => sha(path.join(folder, f)));
    const r = await careplan('check', folder, '--as-of', '2024-01-01', '--json');
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as JsonReport;
    expect(json.files.map((f) => [f.file, f.error?.code ?? null])).toEqual([
      ['a-ganzhou.xlsx', null],
      ['b-damaged.xlsx', 'DAMAGED'],
      ['c-notes.xlsx', 'NOT_XLSX'],
      ['d-slots.xlsx', null],
      ['e-locked.xlsx', 'ENCRYPTED'],
    ]);
    expect(errorsOf(json).filter((e) => e.ruleId === 'task.cumulative')).toHaveLength(2);
    // Three files that cannot be read, and Excel's lock file listed as skipped.
    expect(r.err.split('\n')).toHaveLength(4);
    expect(r.err).toMatch(/~\$a-ganzhou\.xlsx: 已跳过/u);
    expect(r.err).toMatch(/^e-locked\.xlsx: ENCRYPTED: .*密码/mu);
    expect(r.err).toMatch(/^b-damaged\.xlsx: DAMAGED: .*损坏/mu);
    expect(['a-ganzhou.xlsx', 'b-damaged.xlsx', 'c-notes.xlsx'].map((f) => sha(path.join(folder, f)))).toEqual(hashes);
    // A folder this small is checked in the main thread; two workers must give the same report.
    const threaded = await careplan('check', folder, '--as-of', '2024-01-01', '--json', '--threads', '2');
    expect([threaded.code, threaded.out, threaded.err]).toEqual([r.code, r.out, r.err]);
    expect((await careplan('check', folder, '--threads', '0')).code).toBe(64);
  });

  it('a missing file, an empty folder and two output formats at once are refused with the usage', async () => {
    expect((await careplan('check', path.join(dir, 'nope.xlsx'))).code).toBe(2);
    expect((await careplan('check', tempDir())).code).toBe(64);
    expect((await careplan('check', filledFile, '--json', '--csv')).code).toBe(64);
    expect((await careplan('check')).code).toBe(64);
  });
});

describe('careplan template', () => {
  it('--list gives every template with its city and titles', async () => {
    const list = JSON.parse((await careplan('template', '--list', '--json')).out) as { id: string; city: string | null; title: string; titleEn: string }[];
    expect(list.map((t) => t.id)).toEqual(['gz-beds', 'gz-slots', 'fz-facilities', 'gz-indicators', 'yt-indicators', 'ja-indicators', 'fz-indicators', 'gz-services', 'budget-eldercare', 'budget-childcare', 'budget-allowances']);
    expect(list.find((t) => t.id === 'gz-services')).toMatchObject({ city: 'ganzhou', title: '赣州市基本养老服务清单（2023年版）' });
    expect(list.find((t) => t.id === 'budget-allowances')).toMatchObject({ city: null, title: '养老补贴发放测算表', serves: ['ganzhou'] });
    expect(list.find((t) => t.id === 'budget-eldercare')).toMatchObject({ serves: ['ganzhou', 'yingtan', 'jian', 'fuzhou'] });
    expect((await careplan('template', '--list')).out).toContain('适用城市 / for: 赣州 ganzhou\n');
    expect(list.find((t) => t.id === 'fz-facilities')).toMatchObject({ city: 'fuzhou', title: '抚州市养老服务设施建设任务分解表（2019-2021年）' });
  });

  it('--describe gives every target with the document’s figure and its input with the same county, measure and year', async () => {
    const d = JSON.parse((await careplan('template', '--describe', 'gz-beds', '--county', '于都')).out) as { cells: { address: string; role: string; county: string; measure: string; year: number; value: unknown }[] };
    const targets = d.cells.filter((c) => c.role === 'target');
    expect(targets.map((c) => c.value)).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => task('于都县', y)));
    for (const t of targets) {
      expect(d.cells.filter((c) => c.role === 'input' && c.county === t.county && c.measure === t.measure && c.year === t.year)).toHaveLength(1);
    }
  });

  it('writes an .xlsx, refuses to overwrite it without --force, and refuses an unknown template or county', async () => {
    const file = path.join(tempDir(), 'slots.xlsx');
    expect((await careplan('template', 'gz-slots', '-o', file)).code).toBe(0);
    const before = sha(file);
    expect((await careplan('template', 'gz-slots', '-o', file)).code).toBe(64);
    expect(sha(file)).toBe(before);
    expect((await careplan('template', 'gz-slots', '--county', '于都县', '-o', file, '--force')).code).toBe(0);
    expect(sha(file)).not.toBe(before);
    const unknown = await careplan('template', 'gz-nothing', '-o', file, '--force');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('gz-beds');
    expect((await careplan('template', 'gz-beds', '--county', '南昌县', '-o', file, '--force')).err).toContain('于都县');
    expect((await careplan('template', 'gz-indicators', '--county', '于都县', '-o', file, '--force')).code).toBe(2);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('writes a budget in built-in functions over a 参数 sheet unless --functions asks for CARE formulas; --values is gone', async () => {
    const dir = tempDir();
    const formulas = async (file: string): Promise<string[]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const out: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && out.push(c.formula))));
      return out;
    };
    const portable = path.join(dir, 'portable.xlsx');
    expect((await careplan('template', 'budget-eldercare', '--city', '鹰潭', '-o', portable)).code).toBe(0);
    const plain = await formulas(portable);
    expect(plain.some((f) => /LOOKUP\(\$B\$\d+,'参数'!/u.test(f))).toBe(true);
    expect(plain.filter((f) => /CARE|_xldudf_/u.test(f))).toEqual([]);
    const withFunctions = path.join(dir, 'functions.xlsx');
    expect((await careplan('template', 'budget-eldercare', '--city', '鹰潭', '--functions', '-o', withFunctions)).code).toBe(0);
    expect((await formulas(withFunctions)).some((f) => f.startsWith('_xldudf_CARE_BEDSUBSIDY('))).toBe(true);
    expect((await careplan('template', 'budget-eldercare', '--values', '-o', path.join(dir, 'v.xlsx'))).code).toBe(64);
    // 抚州's plan sets no childcare grant: no sheet of blank lines, but the cities the budget serves.
    const refused = await careplan('template', 'budget-childcare', '--city', '抚州', '-o', path.join(dir, 'c.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('赣州');
  });
});
