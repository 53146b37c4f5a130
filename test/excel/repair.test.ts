/**
 * 修复 #NAME?: every CARE formula of the active sheet entered again, lifting and restoring the
 * protection careplan set on a sheet it inserted, and never a protection someone else set; and the
 * add-in asked to load with a workbook that now holds careplan content.
 */
import { beforeEach, describe, expect, vi } from 'vitest';
import { ExcelOpError } from '../../src/excel/errors';
import { buildTemplate } from '../../src/templates';
import { layout, type PlacedCell } from '../../src/templates/layout';
import type { Template } from '../../src/templates/model';
import type { FakeSheet } from './mock/book';
import { withInserted, type Setup } from './mock/fixtures';
import { commandsRun, itWithCommands } from './mock/eachExcel';


let t: Template;
/** The CARE cells of the template, worked out from its layout. */
let careCells: PlacedCell[];
let s: Setup;
let sheet: FakeSheet;

beforeEach(async () => {
  t = buildTemplate('budget-eldercare', { asOf: '2024-01-01' });
  careCells = layout(t).cells.filter((c) => c.formula !== undefined && /CARE\./u.test(c.formula));
  if (commandsRun) ({ s, sheet } = await withInserted(t));
});

describe('修复 #NAME?', () => {
  itWithCommands('enters every CARE formula of a careplan sheet again, its protection lifted and put back as it was', async () => {
    expect(careCells.length).toBeGreaterThan(0);
    const protection = structuredClone(sheet.protection);
    expect(protection.protected).toBe(true);
    // As a file saved before the functions registered may hold it.
    const first = careCells[0]!;
    sheet.at(first.r, first.c).formula = `=${first.formula!.replace(/CARE\./gu, '_xldudf_CARE_')}`;
    const r = await s.ops.repairFormulas();
    expect(r).toEqual({ sheet: t.sheet, formulas: careCells.length });
    expect(sheet.cell(first.r, first.c)?.formula).toBe(`=${first.formula}`);
    expect(sheet.protection).toEqual(protection);
  });

  itWithCommands('leaves a sheet someone else protected alone, and says why', async () => {
    s.book.settings.delete('careplan.sheets');
    const before = JSON.stringify(sheet.rows);
    const e = await s.ops.repairFormulas().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ExcelOpError);
    expect((e as ExcelOpError).zh).toContain('不是 careplan 插入的工作表');
    expect(JSON.stringify(sheet.rows)).toBe(before);
    expect(sheet.protection.protected).toBe(true);
  });

  itWithCommands('leaves careplan’s own sheet alone once someone gave its protection a password, and says why', async () => {
    sheet.protection = { ...sheet.protection, password: '县局' };
    const protection = structuredClone(sheet.protection);
    const first = careCells[0]!;
    sheet.at(first.r, first.c).formula = `=${first.formula!.replace(/CARE\./gu, '_xldudf_CARE_')}`;
    const before = JSON.stringify(sheet.rows);
    await expect(s.ops.repairFormulas()).rejects.toMatchObject({ code: 'SHEET_PROTECTED', zh: expect.stringContaining('已加密码') });
    expect(JSON.stringify(sheet.rows)).toBe(before);
    expect(sheet.protection).toEqual(protection);
  });
});

describe('loading with the workbook', () => {
  /**
   * Office as an Excel whose requirement sets `isSetSupported` answers, with setStartupBehavior
   * recorded: the spy, and a way to change the answer mid-test.
   */
  function officeWith(isSetSupported: (set: string, version?: string) => boolean) {
    const office = (globalThis as { Office: Record<string, unknown> }).Office;
    const setStartupBehavior = vi.fn(async () => undefined);
    Object.assign(office, { addin: { setStartupBehavior }, StartupBehavior: { load: 'load', none: 'none' } });
    const answer = (f: typeof isSetSupported) => ((office.context as { requirements: unknown }).requirements = { isSetSupported: f });
    answer(isSetSupported);
    return { setStartupBehavior, answer };
  }
  const sharedRuntime = (set: string) => set === 'SharedRuntime' || set === 'ExcelApi';

  itWithCommands('asks Office to load the add-in with the workbook once a template is inserted, where the shared runtime exists', async () => {
    const { setStartupBehavior, answer } = officeWith(sharedRuntime);
    await s.ops.insertTemplate(t);
    expect(setStartupBehavior).toHaveBeenCalledWith('load');
    setStartupBehavior.mockClear();
    answer((set) => set === 'ExcelApi');
    await s.ops.insertTemplate(t);
    expect(setStartupBehavior).not.toHaveBeenCalled();
  });

  itWithCommands('a sheet without CARE formulas, even one someone else protected, has nothing to repair: no refusal, and Office is not asked', async () => {
    const { setStartupBehavior } = officeWith(sharedRuntime);
    s.sheet1.write(0, 0, '乡镇汇总');
    s.sheet1.protection = { protected: true, options: {}, password: '乡镇' };
    s.book.active = s.sheet1;
    expect(await s.ops.repairFormulas()).toEqual({ sheet: 'Sheet1', formulas: 0 });
    expect(setStartupBehavior).not.toHaveBeenCalled();
    expect(s.sheet1.protection).toEqual({ protected: true, options: {}, password: '乡镇' });
  });

  itWithCommands('asks the same after 修复 #NAME? re-entered the CARE formulas, in an Excel whose shared runtime is 1.1 (Excel 2021)', async () => {
    // Excel 2021 has SharedRuntime 1.1 and not 1.2 (shared-runtime-requirement-sets.md); Office compares the version asked.
    const { setStartupBehavior } = officeWith((set, version = '1.1') => set === 'ExcelApi' || (set === 'SharedRuntime' && version === '1.1'));
    expect((await s.ops.repairFormulas()).formulas).toBe(careCells.length);
    expect(setStartupBehavior).toHaveBeenCalledWith('load');
  });
});
