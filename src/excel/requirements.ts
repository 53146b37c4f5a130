/**
 * Every requirement set the add-in calls into, asked of Office at run time
 * (Office.context.requirements.isSetSupported). The task-pane-only manifest names none, so the pane
 * must find out here what this Excel can do and say what it cannot (Requirements.tsx in the pane).
 *
 * The set of each member, from the Office.js reference (office-js-docs-reference at fa81c2a76c,
 * docs/docs-ref-autogen/excel/excel/*.yml, the "[API set: …]" line of each member), and the Excels
 * that have it from docs/requirement-sets/excel/excel-api-requirement-sets.md,
 * docs/requirement-sets/common/shared-runtime-requirement-sets.md and
 * docs/requirement-sets/excel/custom-functions-requirement-sets.md
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 *
 * - core, ExcelApi 1.9: PageLayout (paper, margins, print area, setPrintTitleColumns),
 *   verticalPageBreaks and RangeFill.pattern / patternColor / tintAndShade are 1.9; DataValidation
 *   1.8; getRangeByIndexes, freezePanes, getActiveCell and onChanged 1.7; settings, names and the
 *   *OrNullObject getters 1.4; protection, formulasLocal and merge 1.2. Insert, check and clear all
 *   need it: the fill a mark replaces is read through pattern and tintAndShade. Excel 2019
 *   volume-licensed stops at 1.7.
 * - comments, ExcelApi 1.10: CommentCollection, Comment, CommentReply (a mark's words where notes are missing).
 * - delayForCellEdit: RunOptions.delayForCellEdit, documented as ExcelApi 1.11; the runtime honours
 *   it only where the set "DelayForCellEdit" is supported (excel-win32-16.01.debug.js:24365), which
 *   is what is asked here. Without it a batch sent while the user types fails
 *   (InvalidOperationInCellEditMode, :24331-24336).
 * - notes, ExcelApi 1.18: NoteCollection, Note (Microsoft 365 and the web only, not Excel 2024).
 * - sharedRuntime, SharedRuntime 1.1: Office.addin.setStartupBehavior, so the CARE functions are
 *   registered when a workbook with careplan content opens (startup.ts).
 * - functions, CustomFunctionsRuntime 1.2: the CARE.* functions, which the main manifest requires.
 */

export const REQUIREMENTS = {
  core: { set: 'ExcelApi', version: '1.9' },
  comments: { set: 'ExcelApi', version: '1.10' },
  delayForCellEdit: { set: 'DelayForCellEdit', version: '1.1' },
  notes: { set: 'ExcelApi', version: '1.18' },
  sharedRuntime: { set: 'SharedRuntime', version: '1.1' },
  functions: { set: 'CustomFunctionsRuntime', version: '1.2' },
} as const;

export type Capability = keyof typeof REQUIREMENTS;

/** What this Excel supports of each requirement above. */
export type Capabilities = Record<Capability, boolean>;

export const CAPABILITIES = Object.keys(REQUIREMENTS) as Capability[];

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Asked of Office.js; outside Office (a plain browser, a test without the global) nothing is supported. */
export function detectCapabilities(): Capabilities {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const req = office?.context?.requirements;
  const out = {} as Capabilities;
  for (const c of CAPABILITIES) out[c] = req?.isSetSupported(REQUIREMENTS[c].set, REQUIREMENTS[c].version) ?? false;
  return out;
}
