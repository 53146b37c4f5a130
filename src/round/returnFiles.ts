/**
 * Which collected files a round reads, the same for the command line's folders and the page's drops:
 * .xlsx returns, and .xls / .et too so that each is named with how to save it as .xlsx. Excel's own
 * lock files (~$name.xlsx, left while a workbook is open elsewhere) are listed as skipped, never read.
 */
export const RETURN_FILES = /\.(xlsx|xls|et)$/iu;

export const LOCK_FILE = /^~\$/u;

/** A collected name (its last path part decides): a return to read, a lock file to skip, or anything else, left out. */
export function returnFileKind(name: string): 'return' | 'lock' | 'other' {
  const base = name.replace(/^.*[/\\]/u, '');
  if (!RETURN_FILES.test(base)) return 'other';
  return LOCK_FILE.test(base) ? 'lock' : 'return';
}
