/**
 * Once a workbook holds careplan content (an inserted template, repaired CARE formulas), the add-in
 * asks Office to load it when that workbook opens, so that the CARE functions are registered before
 * Excel calculates them instead of showing #NAME? until the pane is opened
 * (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open; office-js-docs-pr
 * docs/develop/run-code-on-document-open.md:25). It needs the shared runtime (SharedRuntime 1.1,
 * the same page); setStartupBehavior is asynchronous and sends its own request
 * (excel-win32-16.01.debug.js:23160-23181). Where the set is missing, nothing is asked.
 */
type OfficeAddin = {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
  addin?: { setStartupBehavior?(behavior: unknown): Promise<void> };
  StartupBehavior?: { load: unknown };
};

/** Asks Office to load the add-in with the workbook, where this Office can. */
export async function loadWithWorkbook(): Promise<void> {
  const office = (globalThis as { Office?: OfficeAddin }).Office;
  const set = office?.addin?.setStartupBehavior;
  if (!set || office.StartupBehavior === undefined || !office.context?.requirements?.isSetSupported('SharedRuntime', '1.1')) return;
  await set.call(office.addin, office.StartupBehavior.load);
}
