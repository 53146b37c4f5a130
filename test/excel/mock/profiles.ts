/**
 * What Office.context.requirements.isSetSupported answers in the Excels careplan's offices run, from
 * Microsoft's requirement-set tables (OfficeDev/office-js-docs-reference at fa81c2a76c):
 * docs/requirement-sets/excel/excel-api-requirement-sets.md (ExcelApi 1.1-1.7 "Office 2019",
 * 1.8-1.14 "Office 2021", 1.15-1.17 "Office 2024" in the volume-licensed column; 1.21 the newest),
 * docs/requirement-sets/common/shared-runtime-requirement-sets.md (SharedRuntime 1.1: Excel 2021;
 * 1.2: Excel 2024) and docs/requirement-sets/excel/custom-functions-requirement-sets.md
 * (CustomFunctionsRuntime 1.1-1.3: Office 2021 and later volume-licensed; 1.4-1.5 Microsoft 365 and
 * the web only).
 */
import { OfficeMockObject } from 'office-addin-mock';

export interface Profile {
  name: string;
  sets: Record<string, string>;
}

export const PROFILES: readonly Profile[] = [
  { name: 'Excel 2019 (volume-licensed)', sets: { ExcelApi: '1.7' } },
  { name: 'Excel 2021 (volume-licensed)', sets: { ExcelApi: '1.14', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' } },
  { name: 'Excel 2024 (volume-licensed)', sets: { ExcelApi: '1.17', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.3' } },
  { name: 'Microsoft 365', sets: { ExcelApi: '1.21', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.5' } },
  { name: 'Excel on the web', sets: { ExcelApi: '1.21', ExcelApiOnline: '1.1', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.5' } },
];

/** "1.10" above "1.9": minor versions compared as numbers. */
export function atLeast(have: string, want: string): boolean {
  const [hm = 0, hn = 0] = have.split('.').map(Number);
  const [wm = 0, wn = 0] = want.split('.').map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

/** Office.js as the profile's Excel: isSetSupported per the tables, with Office's default minimum of 1.1. */
export function useProfile(p: Profile): void {
  const isSetSupported = (set: string, version = '1.1') => p.sets[set] !== undefined && atLeast(p.sets[set]!, version);
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
}
