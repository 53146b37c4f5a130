/**
 * Writing on a protected sheet. Excel refuses a value in a locked cell, a format without "Format
 * cells", a note or comment without "Edit objects" (docs/protected-sheets.md has each with its
 * source), so careplan writes on a protected sheet only where it set the protection itself: a sheet
 * it inserted, known from its record in the workbook's settings (ownSheets.ts), never from the
 * protection, which does not say who set it. Such a sheet's protection is lifted before the writing
 * and put back, with the options it had, after it. A sheet protected by anyone else is left as it is.
 */
import { protectedByOther } from './errors';
import { OWN_SHEETS_KEY, ownSheets } from './ownSheets';

export interface ProtectionProbe {
  protection: Excel.WorksheetProtection;
  own: Excel.Setting;
}

/** Queues what tells careplan's protection from anyone else's; the caller loads the sheet's id. */
export function queueProtection(context: Excel.RequestContext, sheet: Excel.Worksheet): ProtectionProbe {
  const protection = sheet.protection.load('protected,options');
  const own = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
  own.load('value');
  return { protection, own };
}

export interface Lift {
  /** Queues the protection the sheet had, options and all. */
  restore(): void;
}

/**
 * Once the probe synced: null where the sheet is not protected; where careplan protected it, its
 * protection's lifting is queued now and the Lift puts it back; anyone else's protection refuses
 * with the reason. A password added since to careplan's own protection refuses at the sync, at
 * WorksheetProtection.unprotect (see failedAt).
 */
export function liftOwn(sheet: Excel.Worksheet, probe: ProtectionProbe, action: 'mark' | 'repair'): Lift | null {
  if (!probe.protection.protected) return null;
  if (probe.own.isNullObject || !ownSheets(probe.own.value).includes(sheet.id)) throw protectedByOther(sheet.name, action);
  const options = probe.protection.options;
  sheet.protection.unprotect();
  return { restore: () => sheet.protection.protect(options) };
}

/**
 * Whether an Office.js error came from the named method. The runtime copies the host's
 * Body.Error.Location into debugInfo.errorLocation (excel-win32-16.01.debug.js:14100-14102), as
 * "Class.method": {"code":"InvalidArgument","errorLocation":"WorksheetProtection.protect"} in
 * OfficeDev/office-js-docs#1185.
 */
export const failedAt = (e: unknown, location: string): boolean =>
  (e as { debugInfo?: { errorLocation?: unknown } } | null | undefined)?.debugInfo?.errorLocation === location;
