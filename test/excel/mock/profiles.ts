/**
 * What Office.context.requirements.isSetSupported answers in the Excels careplan's offices run, from
 * Microsoft's requirement-set tables (OfficeDev/office-js-docs-reference at fa81c2a76c):
 * docs/requirement-sets/excel/excel-api-requirement-sets.md (ExcelApi 1.1-1.7 "Office 2019",
 * 1.8-1.14 "Office 2021", 1.15-1.17 "Office 2024" in the volume-licensed column; 1.21 the newest),
 * docs/requirement-sets/common/shared-runtime-requirement-sets.md (SharedRuntime 1.1: Excel 2021;
 * 1.2: Excel 2024) and docs/requirement-sets/excel/custom-functions-requirement-sets.md
 * (CustomFunctionsRuntime 1.1-1.3: Office 2021 and later volume-licensed; 1.4-1.5 Microsoft 365 and
 * the web only). DelayForCellEdit, the set the runtime asks before it honours RunOptions.delayForCellEdit
 * (excel-win32-16.01.debug.js:24365), is not in the tables; it is taken to come with ExcelApi 1.11,
 * where the reference documents the option (excel.runoptions.yml).
 *
 * The adapter's tests run once under each profile: vitest.config.ts makes a project per profile and
 * names it in CAREPLAN_EXCEL, which setup() (fixtures.ts) applies.
 */
import { OfficeMockObject } from 'office-addin-mock';

export interface Profile {
  name: string;
  sets: Record<string, string>;
}

export const PROFILES: readonly Profile[] = [
  { name: 'Excel 2019 (volume-licensed)', sets: { ExcelApi: '1.7' } },
  { name: 'Excel 2021 (volume-licensed)', sets: { ExcelApi: '1.14', DelayForCellEdit: '1.1', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' } },
  { name: 'Excel 2024 (volume-licensed)', sets: { ExcelApi: '1.17', DelayForCellEdit: '1.1', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.3' } },
  { name: 'Microsoft 365', sets: { ExcelApi: '1.21', DelayForCellEdit: '1.1', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.5' } },
  { name: 'Excel on the web', sets: { ExcelApi: '1.21', ExcelApiOnline: '1.1', DelayForCellEdit: '1.1', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.5' } },
];

/** "1.10" above "1.9": minor versions compared as numbers. */
export function atLeast(have: string, want: string): boolean {
  const [hm = 0, hn = 0] = have.split('.').map(Number);
  const [wm = 0, wn = 0] = want.split('.').map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

/** Office.js as the profile's Excel: isSetSupported per the tables, with Office's default minimum of 1.1. */
export function useProfile(p: Profile): void {
  const isSetSupported = (set: string, version = '1.1') => has(p, set, version);
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
}

/** The profile this test run stands for (CAREPLAN_EXCEL, set per vitest project), else Microsoft 365. */
export function currentProfile(): Profile {
  const name = process.env.CAREPLAN_EXCEL;
  const p = PROFILES.find((x) => x.name === (name ?? 'Microsoft 365'));
  if (!p) throw new Error(`no Excel profile named ${name}`);
  return p;
}

/** Whether the profile answers isSetSupported(set, version) with true. */
export const has = (p: Profile, set: string, version: string): boolean => p.sets[set] !== undefined && atLeast(p.sets[set]!, version);
