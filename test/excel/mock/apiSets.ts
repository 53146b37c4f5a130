/** The requirement sets of the Excel a test runs in, as Office.js checks them. */
import { officeError } from './book';

/**
 * Office.js refuses a member of a requirement set this Excel lacks: it throws ApiNotFound, "The
 * method or property {0} is part of the {1} requirement set, which is not available in your version
 * of {2}." (excel-win32-16.01.debug.js:11435, 12748-12763), when a method is called (:16449) or a
 * property read (:16320); a property set is not checked there and fails in the host, at the sync.
 * The double asks the Office global (a profile, mock/profiles.ts) and refuses the same way: the
 * methods when called, the property writes and reads when the batch is synced. The sets are the
 * "[API set: …]" lines of the reference (office-js-docs-reference docs/docs-ref-autogen/excel/excel).
 */
export function supported(set: string, version: string): boolean {
  const req = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(set: string, version: string): boolean } } } }).Office?.context?.requirements;
  return !req || req.isSetSupported(set, version);
}

function need(version: string, member: string): void {
  if (!supported('ExcelApi', version)) {
    throw officeError('ApiNotFound', `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`);
  }
}

/** A member of ExcelApi `version`, refused where this Excel lacks it. */
export const api =
  <A extends unknown[], R>(version: string, member: string, f: (...args: A) => R) =>
  (...args: A): R => {
    need(version, member);
    return f(...args);
  };
