/**
 * Adapter tests in the Excel of this run's profile (mock/profiles.ts). A test of what needs
 * ExcelApi 1.9 (insert, check, mark, clear, repair: src/excel/requirements.ts) runs as written
 * where the profile has it; in an Excel without it (Excel 2019) the same test instead asserts that
 * every such command refuses with the reason, before any request reaches Excel.
 */
import { expect, it } from 'vitest';
import { buildTemplate } from '../../../src/templates';
import { setup } from './fixtures';
import { currentProfile, has } from './profiles';

export const profile = currentProfile();

/** This Excel has ExcelApi 1.9, which the add-in's commands need. */
export const commandsRun = has(profile, 'ExcelApi', '1.9');

/** Every command refuses with OLDER_EXCEL naming ExcelApi 1.9, and the workbook sees no request. */
export async function expectRefusedBelowCore(): Promise<void> {
  const s = setup();
  const t = buildTemplate('gz-beds');
  for (const op of [() => s.ops.insertTemplate(t), () => s.ops.checkActiveSheet('2026-01-01'), () => s.ops.clearMarks(), () => s.ops.repairFormulas()]) {
    await expect(op()).rejects.toMatchObject({ code: 'OLDER_EXCEL', zh: expect.stringContaining('ExcelApi 1.9'), en: expect.stringContaining('ExcelApi 1.9') });
  }
  expect(s.book.syncs).toBe(0);
  expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1']);
}

/** `it`, where this Excel runs the commands; else a test of their refusal under the same name. */
export function itWithCommands(name: string, fn: () => Promise<void>): void {
  if (commandsRun) it(name, fn);
  else it(`${name}: in ${profile.name}, below ExcelApi 1.9, refused with the reason`, expectRefusedBelowCore);
}
