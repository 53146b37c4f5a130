/**
 * The command line for offices that send forms out and collect them by script: one form per county
 * in one go, folders checked with their subfolders, a workbook with no careplan sheet never passing,
 * Excel's lock files left alone, and a blank due figure failing the run when asked.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { readWorkbook } from '../../src/xlsx/read';
import { careplan } from '../support/cli';
import { sha, tempDir, templateBytes } from '../support/workbooks';

describe('careplan template ID --county all', () => {
  it('writes each county of 赣州’s bed table its own form, the file named county first', async () => {
    const dir = path.join(tempDir(), '下发');
    const r = await careplan('template', 'gz-beds', '--county', 'all', '-o', dir);
    expect(r.code).toBe(0);
    const counties = buildTemplate('gz-beds').tables[0]!.rows.filter((x) => !x.total).map((x) => x.county!);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(counties.map((c) => `${c}_养老床位分解表.xlsx`).sort());
    const sheet = readWorkbook(new Uint8Array(readFileSync(path.join(dir, '于都县_养老床位分解表.xlsx')))).sheets[0]!;
    expect(sheet.name).toBe('于都县养老床位分解表');
  });

  it('refuses to overwrite a form already there without --force, and replaces them all with it', async () => {
    const dir = tempDir();
    expect((await careplan('template', 'gz-slots', '--county', 'all', '-o', dir)).code).toBe(0);
    const one = path.join(dir, '章贡区_托位分解表.xlsx');
    writeFileSync(one, 'kept');
    const before = sha(one);
    const refused = await careplan('template', 'gz-slots', '--county', 'all', '-o', dir);
    expect(refused.code).toBe(64);
    expect(refused.err).toContain('--force');
    expect(sha(one)).toBe(before);
    expect((await careplan('template', 'gz-slots', '--county', 'all', '-o', dir, '--force')).code).toBe(0);
    expect(sha(one)).not.toBe(before);
  });

  it('refuses a template that has no county forms', async () => {
    const dir = path.join(tempDir(), 'x');
    const r = await careplan('template', 'gz-indicators', '--county', 'all', '-o', dir);
    expect(r.code).toBe(64);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('careplan check on a folder of returns', () => {
  async function folder() {
    const dir = tempDir();
    mkdirSync(path.join(dir, '二月', '补报'), { recursive: true });
    writeFileSync(path.join(dir, '二月', '补报', '于都县.xlsx'), await templateBytes('gz-beds', [], { county: '于都县' }));
    writeFileSync(path.join(dir, '~$于都县.xlsx'), new Uint8Array([1, 2, 3]));
    return dir;
  }

  it('checks the workbooks of its subfolders and lists Excel’s ~$ lock files as skipped', async () => {
    const dir = await folder();
    const r = await careplan('check', dir, '--as-of', '2026-01-01', '--json');
    const json = JSON.parse(r.out) as { files: { file: string; sheets: { template: string | null }[] }[] };
    expect(json.files.map((f) => [f.file, f.sheets[0]!.template])).toEqual([['于都县.xlsx', 'gz-beds']]);
    expect(r.err).toContain('~$于都县.xlsx');
    expect(r.err).toContain('已跳过');
  });

  it('counts a workbook with no sheet careplan knows as not checked (exit 2), saying what was looked for', async () => {
    const dir = await folder();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '各县报表请于月底前报送';
    writeFileSync(path.join(dir, '通知.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await careplan('check', dir, '--as-of', '2026-01-01');
    expect(r.code).toBe(2);
    expect(r.err).toContain('通知.xlsx: 未检查');
    expect(r.err).toContain('careplan:');
    expect(r.err).toContain('县（市、区）新增改造养老床位分解表');
  });

  it('with --fail-on warning, a due figure left blank fails the run (exit 1); without it, it does not', async () => {
    const dir = await folder();
    expect((await careplan('check', dir, '--as-of', '2026-01-01')).code).toBe(0);
    expect((await careplan('check', dir, '--as-of', '2026-01-01', '--fail-on', 'warning')).code).toBe(1);
    expect((await careplan('check', dir, '--fail-on', 'info')).code).toBe(64);
  });
});
